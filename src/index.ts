// The only top-level side effect: the same bundle runs as the main step, as the post step, and as
// the `scanner-login doctor` command (bin/scanner-login.js). The runner passes no arguments, so the
// command is told apart first, before the post step's state is read.
import { isPostStep } from './state.js'

if (process.argv[2] === 'doctor') {
  const { runFromCommandLine } = await import('./doctor.js')
  await runFromCommandLine(process.argv.slice(3))
} else if (isPostStep()) {
  const { cleanup } = await import('./post.js')
  await cleanup()
} else {
  const { run } = await import('./main.js')
  await run()
}
