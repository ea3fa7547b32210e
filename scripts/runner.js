// Runs the committed bundle the way the GitHub runner does, without GitHub: inputs as INPUT_<NAME>
// (upper-cased, hyphens kept) with action.yml defaults merged in, GITHUB_OUTPUT / GITHUB_ENV /
// GITHUB_STATE / GITHUB_STEP_SUMMARY files read back in the runner's format, then the post step
// (action.yml runs.post, dist/post.js) with the saved state as STATE_<key>. Shared by the bundle tests, `npm run demo` and the benchmark.
// Zero dependencies, so the demo runs on a fresh clone.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
// SCANNER_LOGIN_BUNDLE points the tests at another build of the same sources (e.g. a scratch ncc output).
export const BUNDLE = process.env.SCANNER_LOGIN_BUNDLE ?? join(ROOT, 'dist', 'index.js')
/** The post step's entry beside a bundle's main entry (scripts/finish-dist.js writes it). */
const postEntryOf = (bundle) => join(dirname(bundle), 'post.js')
export const POST_BUNDLE = postEntryOf(BUNDLE)

/**
 * Inputs and their defaults from action.yml. It reads the subset of YAML that action.yml uses (a
 * mapping of inputs, each with scalar or folded-block keys); a test checks it against a full parser.
 * @returns {Record<string, { default?: string, required: boolean }>}
 */
export function readActionInputs(text = readFileSync(join(ROOT, 'action.yml'), 'utf8')) {
  const inputs = {}
  let inInputs = false
  let current
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      inInputs = line.startsWith('inputs:')
      continue
    }
    if (!inInputs) continue
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (name) {
      current = inputs[name[1]] = { required: false }
      continue
    }
    const field = /^ {4}(default|required):\s*(.+?)\s*$/.exec(line)
    if (field && current) {
      const value = field[2].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1')
      if (field[1] === 'default') current.default = value
      else current.required = value === 'true'
    }
  }
  return inputs
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file as the runner does (NAME=VALUE or heredoc). */
export function parseEnvFile(text) {
  const lines = text.split(/\r?\n/)
  /** @type {Record<string, string>} */
  const out = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1)
      continue
    }
    if (heredoc < 0) throw new Error(`Invalid format '${line}'`)
    const key = line.slice(0, heredoc)
    const delimiter = line.slice(heredoc + 2)
    const value = []
    for (i++; lines[i] !== delimiter; i++) {
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`)
      value.push(lines[i])
    }
    out[key] = value.join('\n')
  }
  return out
}

/** The workflow commands a step printed: masks, errors, warnings, and the remaining log lines. */
export function parseCommands(stdout) {
  /** @type {{ masks: string[], errors: string[], warnings: string[], debug: string[], log: string[] }} */
  const result = { masks: [], errors: [], warnings: [], debug: [], log: [] }
  for (const line of stdout.split(/\r?\n/)) {
    const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    const data = command ? unescapeData(command[3]) : undefined
    if (!command) {
      if (line) result.log.push(line)
    } else if (command[1] === 'add-mask') result.masks.push(data)
    else if (command[1] === 'error') result.errors.push(data)
    else if (command[1] === 'warning') result.warnings.push(data)
    else if (command[1] === 'debug') result.debug.push(data)
    else result.log.push(line)
  }
  return result
}

function unescapeData(text) {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/**
 * Runs one step of the bundle: the main step, or with `post: true` the post step (given `state`).
 * `interruptWhen`: once it settles, the step gets SIGINT, as the runner cancels a job.
 * @param {{ inputs?: Record<string,string>, env?: Record<string,string>, state?: Record<string,string>,
 *           post?: boolean, node?: string, bundle?: string, timeoutMs?: number,
 *           interruptWhen?: Promise<unknown> }} options
 */
export async function runStep(options) {
  const dir = mkdtempSync(join(tmpdir(), 'scanner-login-step-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/scanner-login-demo',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTOR: 'octocat',
    ...files,
    ...inputEnv(options.inputs ?? {}),
    ...options.env,
    // As on the runner: the state the main step saved wins over a STATE_* of the job environment.
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v]))
  }
  const started = performance.now()
  const { code, stdout, stderr } = await spawnAsync(
    options.node ?? process.execPath,
    [options.post ? postEntryOf(options.bundle ?? BUNDLE) : (options.bundle ?? BUNDLE)],
    env,
    options.timeoutMs ?? 60_000,
    options.interruptWhen
  )
  const result = {
    exitCode: code,
    durationMs: performance.now() - started,
    stdout,
    stderr,
    outputs: parseEnvFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseEnvFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseEnvFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    ...parseCommands(stdout)
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/**
 * Runs the main step, then the post step with the state main saved (post-if: always()), sharing one
 * RUNNER_TEMP as the two steps of a job do (the post step removes the ca-cert files main wrote there).
 */
export async function runAction(options) {
  const job = mkdtempSync(join(tmpdir(), 'scanner-login-job-'))
  try {
    const shared = { ...options, env: { RUNNER_TEMP: job, ...options.env } }
    const main = await runStep(shared)
    const post = await runStep({ ...shared, post: true, state: main.state })
    return { main, post }
  } finally {
    rmSync(job, { recursive: true, force: true })
  }
}

/** The `node` dev dependency's binary (the action's runtime), else the Node running this script. */
export function localNode() {
  const local = join(ROOT, 'node_modules', 'node', 'bin', 'node')
  return existsSync(local) ? local : process.execPath
}

/**
 * Starts `sandbox/cli.js --json` under `node` in a process of its own and reads the addresses and
 * accounts it prints (the benchmark and the success-path profile: the bundle tests start the sandbox
 * in their own process).
 * @param {string} node
 * @returns {Promise<import('./bench-scenarios.js').Sandbox & { child: import('node:child_process').ChildProcess }>}
 */
export function startSandboxProcess(node) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(ROOT, 'sandbox', 'cli.js'), '--json'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const end = out.indexOf('\n')
      if (end >= 0) resolve({ child, ...JSON.parse(out.slice(0, end)) })
    })
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)))
  })
}

/** INPUT_<NAME> variables as the runner sets them: action.yml defaults first, then the given inputs. */
export function inputEnv(inputs) {
  const merged = {}
  for (const [name, input] of Object.entries(readActionInputs())) {
    if (input.default !== undefined) merged[name] = input.default
  }
  Object.assign(merged, inputs)
  return Object.fromEntries(
    Object.entries(merged).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
  )
}

/** @returns {Promise<{ code: number | null, stdout: string, stderr: string }>} */
function spawnAsync(command, args, env, timeoutMs, interruptWhen) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    void interruptWhen?.finally(() => child.kill('SIGINT'))
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Replaces every masked value in text with ***, as the runner's log does. */
export function applyMasks(text, masks) {
  let result = text
  for (const mask of [...masks].filter(Boolean).sort((a, b) => b.length - a.length)) {
    result = result.split(mask).join('***')
  }
  return result
}
