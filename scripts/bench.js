#!/usr/bin/env node
// Start-up benchmark: the committed bundle, run as the runner runs it, against a bare `node -e 0` and
// against a floor script that does the same check with Node's built-ins only, all on the Node binary
// the action runs under.
//
//   npm run bench [-- --rounds 30] [--only <text>] [--json] [--node <path>]
//   npm run bench -- --compare first.json second.json
//
// How it measures (see the README's "Start-up performance"):
//   - The sandbox runs in its own process, started once, so its work never shares an event loop with
//     the timed process or with this one.
//   - Every round runs every scenario once, in a fresh random order, with a bare `node -e 0` between
//     every two; a scenario's figure is the median over rounds of (its time / the mean of the two bare
//     starts around it), which cancels the drift of a shared machine. Wall time is spawn → exit as
//     seen from here.
//   - The first rounds warm the file cache and are not timed; they run each process under GNU time,
//     whose peak RSS is the kernel's accounting of that child (wait4's ru_maxrss). The timed rounds
//     spawn Node directly, so the wrapper's own start is not in the times, and nothing is preloaded
//     into the measured process.
//   - Every run is checked (exit code, outputs, no warning, the expected error), so a broken scenario
//     cannot pass for a fast one.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { BARE, scenarios } from './bench-scenarios.js'
import {
  compareRuns,
  comparisonTable,
  markdownTable,
  shuffle,
  summariseRun
} from './bench-stats.js'
import {
  BUNDLE,
  inputEnv,
  localNode,
  parseEnvFile,
  POST_BUNDLE,
  ROOT,
  startSandboxProcess
} from './runner.js'

const USAGE = `usage: npm run bench -- [--rounds N] [--only TEXT] [--json] [--node PATH]
       npm run bench -- --compare FIRST.json SECOND.json`
const WARM_UP_ROUNDS = 3
const FLOOR_SCRIPT = join(ROOT, 'scripts', 'bench-floor.js')
const GNU_TIME = '/usr/bin/time'
const RSS_MARKER = 'scanner-login-peak-rss-kib='
const RUN_TIMEOUT_MS = 60_000

const options = parseArguments(process.argv.slice(2))
if (options.compare) {
  const [first, second] = options.compare.map((file) => JSON.parse(readFileSync(file, 'utf8')))
  process.stdout.write(comparisonTable(compareRuns(first.scenarios, second.scenarios)) + '\n')
  process.exit(0)
}

const node = options.node ?? localNode()
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
const runtime = /using:\s*node(\d+)/.exec(readFileSync(join(ROOT, 'action.yml'), 'utf8'))?.[1]
if (runtime && !nodeVersion.startsWith(`v${runtime}.`)) {
  process.stderr.write(
    `warning: the action runs under Node ${runtime}, this bench under ${nodeVersion}\n`
  )
}
const measuresRss = gnuTimeWorks()
const loadBefore = loadavg()[0]

const sandbox = await startSandboxProcess(node)
const dir = mkdtempSync(join(tmpdir(), 'scanner-login-bench-'))
try {
  const list = scenarios(sandbox).filter(
    (s) => !options.only || s.kind === 'bare' || s.kind === 'floor' || matches(s, options.only)
  )
  const bare = list.find((s) => s.id === BARE)
  const others = list.filter((s) => s.id !== BARE)
  if (!bare) throw new Error('the scenario list has no bare node')
  /** @type {import('./bench-stats.js').Round[]} */
  const rounds = []
  /** @type {Record<string, number[]>} */
  const peakRssKiB = Object.fromEntries(list.map((s) => [s.id, []]))
  const total = WARM_UP_ROUNDS + options.rounds
  for (let index = 0; index < total; index++) {
    const warmUp = index < WARM_UP_ROUNDS
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${warmUp ? 'warm-up' : 'round'} ${index + 1}/${total} `)
    }
    /** @type {import('./bench-stats.js').Round} */
    const round = []
    // bare, A, bare, B, bare, …: every scenario sits between two bare starts.
    for (const scenario of [...shuffle([...others]).flatMap((s) => [bare, s]), bare]) {
      const run = runScenario(scenario, warmUp && measuresRss)
      round.push({ id: scenario.id, ms: run.ms })
      if (run.peakRssKiB !== undefined) peakRssKiB[scenario.id]?.push(run.peakRssKiB)
    }
    if (!warmUp) rounds.push(round)
  }
  if (process.stderr.isTTY) process.stderr.write('\n')

  const results = summariseRun({ scenarios: list, rounds, peakRssKiB, bare: BARE })
  const about = {
    node: nodeVersion,
    nodePath: relative(ROOT, node) || node,
    platform: `${process.platform} ${process.arch}`,
    cpus: availableParallelism(),
    rounds: options.rounds,
    warmUpRounds: WARM_UP_ROUNDS,
    peakRss: measuresRss ? 'GNU time (wait4 ru_maxrss), warm-up rounds' : 'not measured',
    loadAverage: { before: loadBefore, after: loadavg()[0] }
  }
  if (options.json) {
    process.stdout.write(JSON.stringify({ ...about, scenarios: results, rounds }, null, 2) + '\n')
  } else {
    const load = `${about.loadAverage.before.toFixed(1)} → ${about.loadAverage.after.toFixed(1)}`
    // The benchmark itself keeps about one process running.
    const busy = Math.max(about.loadAverage.before, about.loadAverage.after) > 1 + about.cpus / 2
    const widest = Math.max(
      ...results.flatMap((r) =>
        r.ratioToBareInterval ? [(r.ratioToBareInterval.high - r.ratioToBareInterval.low) / 2] : []
      )
    )
    process.stdout.write(
      [
        `scanner-login start-up: ${nodeVersion} (${about.nodePath}), ${about.platform}, ${about.cpus} CPUs,`,
        `${options.rounds} interleaved rounds after ${WARM_UP_ROUNDS} warm-up rounds, load average ${load};`,
        `bare \`node -e 0\` median ${results[0]?.wallMs.median.toFixed(1)} ms; peak RSS: ${about.peakRss}.`,
        ...(Number.isFinite(widest)
          ? [`Widest 95 % interval of a median ratio: ±${widest.toFixed(2)}.`]
          : []),
        ...(busy
          ? [
              `Warning: other work was running (load average above 1 + half the CPUs); expect this run`,
              `to differ from the next by more than its intervals say.`
            ]
          : []),
        '',
        markdownTable(results),
        ''
      ].join('\n')
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
  sandbox.child.kill()
}

/**
 * Runs one scenario once, with its untimed preparation and clean-up.
 * @param {import('./bench-scenarios.js').Scenario} scenario
 * @param {boolean} underGnuTime  spawn through GNU time to read the peak RSS
 */
function runScenario(scenario, underGnuTime) {
  // Each run is a job of its own, as on the runner, which empties RUNNER_TEMP at the start of every
  // job: a step never finds the ca-cert files of an earlier run at its paths (replacing them would
  // cost a rename over an existing file, which ext4 makes write the new file's data out).
  const job = mkdtempSync(join(dir, 'job-'))
  try {
    return runJob(scenario, underGnuTime, job)
  } finally {
    rmSync(job, { recursive: true, force: true })
  }
}

/**
 * @param {import('./bench-scenarios.js').Scenario} scenario
 * @param {boolean} underGnuTime
 * @param {string} job  this run's RUNNER_TEMP
 */
function runJob(scenario, underGnuTime, job) {
  let state = scenario.state ?? {}
  if (scenario.stateFromMain) {
    const main = runStep([BUNDLE], stepEnv({ job, inputs: scenario.inputs ?? {} }))
    check(`${scenario.name}: the main step before it`, main, { exitCode: 0 })
    state = main.state
  }
  const argv =
    scenario.kind === 'bare'
      ? ['-e', '0']
      : scenario.kind === 'floor'
        ? [FLOOR_SCRIPT]
        : [scenario.kind === 'post' ? POST_BUNDLE : BUNDLE]
  const env = stepEnv({
    job,
    ...(scenario.kind === 'main' || scenario.kind === 'post'
      ? { inputs: scenario.inputs ?? {} }
      : {}),
    state: scenario.kind === 'post' ? state : {},
    extra: scenario.env ?? {}
  })
  const run = runStep(argv, env, underGnuTime)
  check(scenario.name, run, scenario.expect)
  if (scenario.opensSession) {
    const post = runStep(
      [POST_BUNDLE],
      stepEnv({ job, inputs: scenario.inputs ?? {}, state: run.state })
    )
    check(`${scenario.name}: ending its session`, post, { exitCode: 0, warnings: false })
  }
  return run
}

/**
 * The environment the runner gives a step: inputs with action.yml defaults, fresh empty command
 * files, the job's RUNNER_TEMP, the post step's saved state, and nothing inherited from this shell
 * (NODE_OPTIONS or NODE_EXTRA_CA_CERTS there would change what is measured); `extra` is the
 * scenario's own environment (the floor's settings, the CA the common case trusts).
 * @param {{ job: string, inputs?: Record<string, string>, state?: Record<string, string>, extra?: Record<string, string> }} step
 */
function stepEnv({ job, inputs, state = {}, extra = {} }) {
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: job,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/scanner-login-bench',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTOR: 'octocat',
    ...files,
    ...(inputs ? inputEnv(inputs) : {}),
    ...Object.fromEntries(Object.entries(state).map(([key, value]) => [`STATE_${key}`, value])),
    ...extra
  }
}

/**
 * Spawns Node once and waits for it; the time is from just before the spawn to its exit.
 * @param {string[]} argv
 * @param {Record<string, string>} env
 */
function runStep(argv, env, underGnuTime = false) {
  const [command, args] = underGnuTime
    ? [GNU_TIME, ['-f', `${RSS_MARKER}%M`, node, ...argv]]
    : [node, argv]
  const started = process.hrtime.bigint()
  const result = spawnSync(command, args, {
    env,
    cwd: ROOT,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.error) throw result.error
  let stderr = result.stderr
  /** @type {number | undefined} */
  let peakRssKiB
  if (underGnuTime) {
    const at = stderr.lastIndexOf(RSS_MARKER)
    if (at < 0) throw new Error(`GNU time printed no peak RSS: ${stderr}`)
    peakRssKiB = Number.parseInt(stderr.slice(at + RSS_MARKER.length), 10)
    // GNU time also reports a non-zero exit on its own line.
    stderr = stderr.slice(0, at).replace(/^Command exited with non-zero status \d+\n/m, '')
  }
  const read = (/** @type {string} */ name) => parseEnvFile(readFileSync(env[name] ?? '', 'utf8'))
  return {
    ms,
    peakRssKiB,
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr,
    outputs: read('GITHUB_OUTPUT'),
    state: read('GITHUB_STATE')
  }
}

/**
 * Fails the benchmark when a run did not do what its scenario says.
 * @param {string} name
 * @param {ReturnType<typeof runStep>} run
 * @param {import('./bench-scenarios.js').Expectation} expect
 */
function check(name, run, expect) {
  const problems = []
  if (run.status !== expect.exitCode) {
    problems.push(`exit ${run.status ?? run.signal}, expected ${expect.exitCode}`)
  }
  for (const output of expect.outputs ?? []) {
    if (!run.outputs[output]) problems.push(`output ${output} not set`)
  }
  if (expect.warnings === false && /^::warning::/m.test(run.stdout)) problems.push('a warning')
  if (expect.error && !expect.error.test(errors(run.stdout))) {
    problems.push(`no error matching ${expect.error}`)
  }
  if (run.stderr) problems.push('output on stderr')
  if (problems.length) {
    throw new Error(
      `${name}: ${problems.join('; ')}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`
    )
  }
}

/** @param {string} stdout */
function errors(stdout) {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .join('\n')
}

/** @param {import('./bench-scenarios.js').Scenario} scenario @param {string} text */
function matches(scenario, text) {
  const wanted = text.toLowerCase()
  return scenario.name.toLowerCase().includes(wanted) || scenario.id.includes(wanted)
}

/** Whether GNU time is there and reports the peak RSS in the format used above. */
function gnuTimeWorks() {
  if (!existsSync(GNU_TIME)) return false
  const probe = spawnSync(GNU_TIME, ['-f', `${RSS_MARKER}%M`, node, '-e', '0'], {
    encoding: 'utf8'
  })
  return probe.status === 0 && new RegExp(`${RSS_MARKER}\\d+`).test(probe.stderr)
}

/** @param {string[]} args */
function parseArguments(args) {
  /** @type {{ rounds: number, only?: string, json: boolean, node?: string, compare?: string[] }} */
  const parsed = { rounds: 30, json: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const value = () => {
      const next = args[++i]
      if (next === undefined) fail(`${arg} needs a value`)
      return /** @type {string} */ (next)
    }
    if (arg === '--rounds') {
      parsed.rounds = Number(value())
      if (!Number.isInteger(parsed.rounds) || parsed.rounds < 1)
        fail('--rounds must be a whole number ≥ 1')
    } else if (arg === '--only') parsed.only = value()
    else if (arg === '--json') parsed.json = true
    else if (arg === '--node') parsed.node = value()
    else if (arg === '--compare') parsed.compare = [value(), value()]
    else fail(`unknown argument ${arg}`)
  }
  return parsed
}

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`${message}\n${USAGE}\n`)
  process.exit(2)
}
