#!/usr/bin/env node
// `scanner-login doctor ...`: the action's check from a terminal. Without the doctor subcommand the
// bundle would run as the action's main step, which a terminal has no use for.
if (process.argv[2] === 'doctor') {
  await import('../dist/index.js')
} else {
  process.stderr.write(
    'Usage: scanner-login doctor --vendor <vendor> [flags]\nRun "scanner-login doctor --help" for the flags.\n'
  )
  process.exitCode = 2
}
