#!/usr/bin/env node
// Runs the sandbox in the foreground and prints where it listens, its accounts and its faults.
//   node sandbox/cli.js [--http-port 8080] [--https-port 8443] [--json] [--help]
import { FAKES, FAULTS, startSandbox } from './index.js'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    [
      'Usage: npm run sandbox -- [options]',
      '',
      'Runs the loopback fakes of every vendor until Ctrl-C.',
      '',
      '  --http-port N    port of the plain HTTP listener (default: any free port)',
      '  --https-port N   port of the HTTPS listener, certificate from the sandbox CA (default: any)',
      '  --json           print one JSON line (URLs, CA path, accounts) instead of the banner',
      '  --help           this text',
      '',
      'The TLS fault listeners (self-signed, expired, wrong host) always take free ports.',
      ''
    ].join('\n')
  )
  process.exit(0)
}
/** An expected failure (a bad flag, a busy port): one line, no stack trace, and the process ends. */
function fail(code, message) {
  process.stderr.write(`scanner-login sandbox: ${message}\n`)
  // Exits even when one listener already started: it would keep the process alive.
  process.exit(code)
}
const option = (name) => {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const text = args[i + 1] ?? ''
  const port = Number(text)
  if (!/^\d{1,5}$/.test(text) || port > 65535) {
    // eslint-disable-next-line no-control-regex -- the value is typed text: one bounded line
    const shown = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 40)
    fail(2, `${name} must be a port number from 0 to 65535, not "${shown}".`)
  }
  return port
}
const httpPort = option('--http-port')
const httpsPort = option('--https-port')
if (httpPort && httpPort === httpsPort) fail(2, '--http-port and --https-port must differ.')
const sandbox = await startSandbox({ httpPort, httpsPort }).catch((error) => {
  const { code, port, address } = error ?? {}
  const flag = port === httpPort ? '--http-port' : port === httpsPort ? '--https-port' : undefined
  const choose = flag
    ? `Choose another with ${flag}, or leave ${flag} out to take a free port.`
    : 'Run it again.'
  if (code === 'EADDRINUSE')
    fail(
      1,
      `port ${port} on ${address} is in use (another sandbox or another program listens there). ${choose}`
    )
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL')
    fail(1, `port ${port} on ${address} cannot be opened (${code}). ${choose}`)
  throw error
})
if (args.includes('--json')) {
  // One line for programs that start the sandbox (the benchmark).
  const { httpUrl, httpsUrl, httpsLocalhostUrl, caCertPath, accounts } = sandbox
  const { tlsSelfSignedUrl, tlsExpiredUrl, tlsWrongHostUrl } = sandbox
  process.stdout.write(
    JSON.stringify({
      httpUrl,
      httpsUrl,
      httpsLocalhostUrl,
      tlsSelfSignedUrl,
      tlsExpiredUrl,
      tlsWrongHostUrl,
      caCertPath,
      accounts,
      github: sandbox.github.env
    }) + '\n'
  )
} else {
  printBanner()
}

function printBanner() {
  const lines = [
    `scanner-login sandbox`,
    `  HTTP   ${sandbox.httpUrl}`,
    `  HTTPS  ${sandbox.httpsLocalhostUrl}   (certificate from the sandbox CA: ca-cert: ${sandbox.caCertPath})`,
    '',
    'TLS faults (same fakes behind a broken certificate):',
    `  self-signed, not from the sandbox CA   ${sandbox.tlsSelfSignedUrl}`,
    `  from the sandbox CA, expired in 2020   ${sandbox.tlsExpiredUrl}`,
    `  from the sandbox CA, wrong host name   ${sandbox.tlsWrongHostUrl}`,
    '',
    "GitHub OIDC (oidc-provider): the runner's ID-token service; give the action this environment:",
    ...Object.entries(sandbox.github.env).map(([name, value]) => `  ${name}=${value}`),
    '',
    'Vendors: every fake answers under /_vendor/<id>, e.g. url: ' +
      `${sandbox.httpsLocalhostUrl}/_vendor/${FAKES.at(-1).id}`,
    `  (${FAKES.filter((fake) => fake.unprefixed)
      .map((fake) => fake.id)
      .join(', ')} also answer without the prefix)`,
    '',
    'Accounts:'
  ]
  for (const { id } of FAKES) {
    lines.push(`  ${id}   ${sandbox.httpsLocalhostUrl}/_vendor/${id}`)
    for (const [name, account] of Object.entries(sandbox.accounts[id]))
      lines.push(`    ${name}: ${JSON.stringify(account)}`)
  }
  lines.push(
    '',
    'Faults (prefix the url input with /_fault/<name>, several joined by commas; a /_vendor/ prefix',
    `comes after it: /_fault/429-once/_vendor/${FAKES.at(-1).id}):`
  )
  for (const [name, what] of Object.entries(FAULTS)) lines.push(`  ${name.padEnd(22)} ${what}`)
  for (const { switches } of FAKES.filter((fake) => fake.switches)) {
    lines.push('', `${switches.title}:`)
    for (const [name, what] of Object.entries(switches.names))
      lines.push(`  ${name.padEnd(22)} ${what}`)
  }
  process.stdout.write(lines.join('\n') + '\n')
}
const stop = () => sandbox.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
