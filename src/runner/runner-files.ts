/**
 * The runner's files for outputs (GITHUB_OUTPUT), environment variables for later steps (GITHUB_ENV)
 * and the post step's state (GITHUB_STATE), written by @actions/core's own file-command module: the
 * random heredoc delimiter that keeps a value from writing other entries, and the append, are core's
 * code, unchanged.
 *
 * Why that module and not `@actions/core` itself: core's index also loads its job-summary module,
 * whose `fs.promises` takes about ten more of Node's modules; the whole measured 0.04× to 0.07× of a
 * bare Node start on every success (README, "Start-up performance"). The three functions below are
 * core's own one-line wrappers of the file branch, and __tests__/runner-files.test.ts checks that the
 * runner reads the same entries from both. Without those files (an old runner, local tools) core
 * itself is loaded, for its fallback to `::set-output`-style commands.
 */
// The path, not the package name: the package exports only its index, which loads all of core.
import {
  issueFileCommand,
  prepareKeyValueMessage
} from '../../node_modules/@actions/core/lib/file-command.js'
import { shareStdoutWithCore } from './workflow-commands.js'

export interface RunnerFiles {
  setOutput(name: string, value: string): void
  /** Also sets the variable in this process, as core does. */
  exportVariable(name: string, value: string): void
  saveState(name: string, value: string): void
}

/** core.setOutput / exportVariable / saveState where the runner gave the file. */
export const FILE_COMMANDS: RunnerFiles = {
  setOutput: (name, value) => issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value)),
  exportVariable: (name, value) => {
    process.env[name] = value
    issueFileCommand('ENV', prepareKeyValueMessage(name, value))
  },
  saveState: (name, value) => issueFileCommand('STATE', prepareKeyValueMessage(name, value))
}

export async function runnerFiles(env: NodeJS.ProcessEnv = process.env): Promise<RunnerFiles> {
  if (env.GITHUB_OUTPUT && env.GITHUB_ENV && env.GITHUB_STATE) return FILE_COMMANDS
  // core then writes those commands to process.stdout; the action's own lines must share it.
  shareStdoutWithCore()
  // Named, so that webpack keeps only these of core: its OIDC client and exec stay out of dist/.
  const { setOutput, exportVariable, saveState } = await import('@actions/core')
  return { setOutput, exportVariable, saveState }
}
