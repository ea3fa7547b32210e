/**
 * The runner's stdout side: the step's inputs as the runner passes them, and the workflow commands
 * every path may need (masks, log lines, warnings, the failure). The runner's files (outputs,
 * environment, state, summary) are written through @actions/core itself, in ./publish.ts.
 *
 * Why these few functions are not @actions/core's own (README, "Start-up performance"):
 * - Loading core evaluates its file-command module, which loads node:crypto for the random heredoc
 *   delimiters. A failed validation and an idle post step write no file, and core with node:crypto
 *   measured about 0.2× of a bare Node start for them.
 * - core writes with process.stdout.write, and creating process.stdout (a stream over a pipe) costs
 *   about 0.1× of a bare Node start on every path. These lines go to file descriptor 1 directly.
 *
 * Each function is core's function of the same name, and __tests__/workflow-commands.test.ts checks
 * with generated text that it writes byte for byte what core's own function writes.
 */

import { inputVariable } from '../plan/input-names.js'

/**
 * os.EOL, without importing node:os: this module is evaluated on every path, a failed validation
 * included, and an import would load node:os on each of them.
 */
export const EOL = process.platform === 'win32' ? '\r\n' : '\n'

/** core.getInput(name): the INPUT_ variable the runner sets, trimmed; '' when absent. */
export function getInput(name: string): string {
  return (process.env[inputVariable(name)] ?? '').trim()
}

/** core.getState(name): what the main step saved, handed to the post step as STATE_<name>. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

/** core.setSecret: the runner masks the value in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', secret)
}

/** core.info: a plain log line. */
export function info(message: string): void {
  writeStdout(message + EOL)
}

/** core.debug: shown with step debug logging. */
export function debug(message: string): void {
  issueCommand('debug', message)
}

/** core.warning without annotation properties. */
export function warning(message: string): void {
  issueCommand('warning', message)
}

/** core.setFailed: the error annotation, and exit code 1 once the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1
  issueCommand('error', message)
}

/**
 * `::name::message`, as core's command module writes a command without properties. The escaping is
 * what keeps a message to one command: `%`, CR and LF are percent-encoded, so no text can end the line
 * and start a command of its own.
 */
function issueCommand(name: string, message: string): void {
  writeStdout(`::${name}::${escapeData(message)}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * Set once a direct write failed, or once something else writes to process.stdout too: from then on
 * every line takes process.stdout, so lines are never interleaved.
 */
let useStream = false

/**
 * For a module that loads @actions/core where the runner gave no GITHUB_OUTPUT / GITHUB_ENV /
 * GITHUB_STATE file: core then writes those commands to process.stdout, which on a full pipe queues
 * them, and a direct write could land inside a queued line.
 */
export function shareStdoutWithCore(): void {
  useStream = true
}

/**
 * Ends the process as soon as a step's work is done, when nothing of ours can still be waiting to be
 * written: every line went to file descriptor 1 synchronously, and the runner's files are written
 * synchronously too. process.exit() skips Node's teardown of the environment and of the V8 heap,
 * which a process that runs out of work pays on its way out (measured: a success 0.97 to 0.99 of the
 * same step ending by itself; docs/performance.md, "Ending the step"). The exit code is
 * process.exitCode, set by setFailed.
 *
 * The exit waits for the next turn of the event loop, so that what is already queued for this one
 * still happens: a warning Node emits on a later tick, and the check for a rejected promise nobody
 * handled, which fails the step as it would have when ending by itself. 'beforeExit' is not emitted.
 *
 * Once a line has gone through process.stdout (a full pipe, or @actions/core writing there without
 * the runner's files), it may still be queued: the process then ends by itself, which writes it out.
 */
export function endStep(): void {
  if (!useStream) setImmediate(() => process.exit())
}

/**
 * Writes to file descriptor 1 synchronously, all of it. A pipe left non-blocking by the parent can
 * refuse a write (EAGAIN) when full, or take none of it; then the rest of this line and every later
 * one go through process.stdout, which queues and waits, so the order of lines is kept.
 */
function writeStdout(text: string): void {
  if (useStream) {
    process.stdout.write(text)
    return
  }
  const fs = process.getBuiltinModule('node:fs')
  let pending = Buffer.from(text, 'utf8')
  while (pending.length) {
    let written: number
    try {
      written = fs.writeSync(1, pending)
    } catch {
      written = 0
    }
    if (written <= 0) {
      useStream = true
      process.stdout.write(pending)
      return
    }
    pending = pending.subarray(written)
  }
}
