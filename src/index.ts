// The only top-level side effect: the same bundle runs as the main step, as the post step (started
// by dist/post.js, which action.yml names as runs.post) and as the `scanner-login doctor` command
// (bin/scanner-login.js). The runner passes no arguments to the main step, so a first argument can
// only come from those two files. Everything else is loaded on demand. An idle post step never gets
// here: dist/post.js ends it before reading this file.
//
// The two steps end the process themselves once their work is done (endStep); the doctor, which
// writes through process.stdout, ends by itself.

import { endStep } from './runner/workflow-commands.js'

const command = process.argv[2]
// Not top-level await: in a CommonJS bundle it takes webpack's async-module runtime along (1 KB of
// the entry every path reads, docs/performance.md). A rejection here ends the process as one there
// would, through Node's unhandled-rejection error.
void (async (): Promise<void> => {
  if (command === 'doctor') {
    const { runFromCommandLine } = await import('./doctor/index.js')
    await runFromCommandLine(process.argv.slice(3))
  } else if (command === 'post') {
    const { cleanup } = await import('./runner/post.js')
    await cleanup()
    endStep()
  } else {
    // Eager: the main step's code is part of this file rather than a chunk of its own, since every
    // main step needs it and each chunk is one more file to read and compile (measured: 3.6 % of a
    // success). An idle post step never reads this file (dist/post.js decides first).
    const { run } = await import(/* webpackMode: "eager" */ './runner/main.js')
    await run()
    endStep()
  }
})()
