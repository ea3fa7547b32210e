#!/usr/bin/env node
// Runs the sandbox in the foreground and prints where it listens, its accounts and its faults.
//   node sandbox/cli.js [--http-port 8080] [--https-port 8443] [--json]
import { FAULTS, startSandbox } from './index.js'

const args = process.argv.slice(2)
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
  process.stdout.write(
    JSON.stringify({ httpUrl, httpsUrl, httpsLocalhostUrl, caCertPath, accounts }) + '\n'
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
    'Accounts:'
  ]
  for (const [vendor, accounts] of Object.entries(sandbox.accounts)) {
    lines.push(`  ${vendor}`)
    for (const [name, account] of Object.entries(accounts))
      lines.push(`    ${name}: ${JSON.stringify(account)}`)
  }
  lines.push('', 'Faults (prefix the url input with /_fault/<name>, several joined by commas):')
  for (const [name, what] of Object.entries(FAULTS)) lines.push(`  ${name.padEnd(14)} ${what}`)
  process.stdout.write(lines.join('\n') + '\n')
}
const stop = () => sandbox.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
