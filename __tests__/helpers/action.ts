// Action-level harness: calls the real run() / cleanup() in-process (files through @actions/core),
// inputs in process.env.INPUT_* (action.yml defaults merged, as the runner does) and the runner's
// files in a temp directory. Only process.stdout is captured, to read the workflow commands.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inputEnv, parseCommands, parseEnvFile } from '../../scripts/runner.js'
import { captureStdout } from './stdout.js'

export interface StepResult {
  exitCode: number
  stdout: string
  outputs: Record<string, string>
  env: Record<string, string>
  state: Record<string, string>
  summary: string
  masks: string[]
  errors: string[]
  warnings: string[]
  debug: string[]
  log: string[]
}

const GITHUB_FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const
// One job-summary file per test process, emptied before each step (the action reads its path from
// GITHUB_STEP_SUMMARY on every write).
const SUMMARY_FILE = join(mkdtempSync(join(tmpdir(), 'scanner-login-summary-')), 'summary')

async function inStep(env: Record<string, string>, body: () => Promise<void>): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'scanner-login-test-'))
  const saved = { ...process.env }
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('INPUT_') || key.startsWith('STATE_')) delete process.env[key]
  }
  for (const name of GITHUB_FILES) {
    process.env[name] = name === 'GITHUB_STEP_SUMMARY' ? SUMMARY_FILE : join(dir, name)
    writeFileSync(process.env[name]!, '')
  }
  Object.assign(process.env, env)
  const capture = captureStdout()
  process.exitCode = 0
  try {
    await body()
  } finally {
    capture.restore()
  }
  const stdout = capture.text()
  const read = (name: (typeof GITHUB_FILES)[number]): string =>
    readFileSync(name === 'GITHUB_STEP_SUMMARY' ? SUMMARY_FILE : join(dir, name), 'utf8')
  const result: StepResult = {
    exitCode: Number(process.exitCode ?? 0),
    stdout,
    outputs: parseEnvFile(read('GITHUB_OUTPUT')),
    env: parseEnvFile(read('GITHUB_ENV')),
    state: parseEnvFile(read('GITHUB_STATE')),
    summary: read('GITHUB_STEP_SUMMARY'),
    ...parseCommands(stdout)
  }
  process.exitCode = 0
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
  rmSync(dir, { recursive: true, force: true })
  return result
}

/** Runs the main step in-process. */
export async function runMain(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<StepResult> {
  const { run } = await import('../../src/runner/main.js')
  return inStep({ ...inputEnv(inputs), ...env }, run)
}

/** Runs the post step in-process with the state a main step saved. */
export async function runPost(
  state: Record<string, string>,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<StepResult> {
  const { cleanup } = await import('../../src/runner/post.js')
  const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
  return inStep({ ...inputEnv(inputs), ...stateEnv, ...env }, cleanup)
}
