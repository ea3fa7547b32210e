#!/usr/bin/env node
// `scanner-login doctor ...`: the action's check from a terminal. Without the doctor subcommand the
// bundle would run as the action's main step, which a terminal has no use for.
// `scanner-login --help` (or -h, help) is the doctor's help, the one command there is.
// `scanner-login --version` (or `doctor --version`) prints the package's version, and nothing else.
const [first] = process.argv.slice(2)
if (
  ['--version', '-v', 'version'].includes(first ?? '') ||
  (first === 'doctor' && process.argv.includes('--version'))
) {
  const { readFileSync } = await import('node:fs')
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`scanner-login ${version}\n`)
} else {
  if (['--help', '-h', 'help'].includes(first ?? '')) {
    process.argv.splice(2, 1, 'doctor', '--help')
  }
  if (process.argv[2] === 'doctor') {
    await import('../dist/index.js')
  } else {
    process.stderr.write(
      'Usage: scanner-login doctor --vendor <vendor> [flags]\nRun "scanner-login doctor --help" for the flags.\n'
    )
    process.exitCode = 2
  }
}
