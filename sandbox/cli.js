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
const option = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : undefined
}
const sandbox = await startSandbox({
  httpPort: option('--http-port'),
  httpsPort: option('--https-port')
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
      accounts
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
