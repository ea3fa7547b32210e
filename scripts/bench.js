#!/usr/bin/env node
// Start-up and memory benchmark: the committed bundle, run as the runner runs it, next to a bare
// `node -e 0` on the same Node binary. The sandbox runs in its own process so the timed child shares
// nothing with it. Prints medians, the 90th percentile, the ratio to bare Node, and peak RSS.
//
//   npm run bench [-- --runs 40 --node path/to/node]
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUNDLE, inputEnv, ROOT } from './runner.js'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const RUNS = Number(option('--runs', '30'))
const localNode = join(ROOT, 'node_modules', '.bin', 'node')
const NODE = option('--node', existsSync(localNode) ? localNode : process.execPath)

const sandbox = await startSandboxProcess()
const dir = mkdtempSync(join(tmpdir(), 'scanner-login-bench-'))
try {
  const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()
  const key = sandbox.accounts['invicti-platform'].alice.apiKey
  const scenarios = [
    { name: 'node -e 0 (baseline)', argv: ['-e', '0'], env: {} },
    {
      name: 'main: Invicti check, HTTP loopback',
      argv: [BUNDLE],
      env: inputEnv({ vendor: 'invicti', url: sandbox.httpUrl, 'api-key': key }),
      expect: 0
    },
    {
      name: 'main: Invicti check, HTTPS + ca-cert',
      argv: [BUNDLE],
      env: inputEnv({
        vendor: 'invicti',
        url: sandbox.httpsLocalhostUrl,
        'api-key': key,
        'ca-cert': sandbox.caCertPath
      }),
      expect: 0
    },
    {
      name: 'main: 401, HTTP loopback',
      argv: [BUNDLE],
      env: inputEnv({ vendor: 'invicti', url: sandbox.httpUrl, 'api-key': 'eyJ.invalid.key' }),
      expect: 1
    },
    {
      name: 'main: validation error (no request)',
      argv: [BUNDLE],
      env: inputEnv({ vendor: 'invicti', url: 'http://scanner.example.com', 'api-key': key }),
      expect: 1
    },
    { name: 'post: nothing to end', argv: [BUNDLE], env: { STATE_isPost: 'true' }, expect: 0 }
  ]

  const rows = []
  for (const scenario of scenarios) {
    const times = []
    let rss = 0
    for (let i = 0; i < RUNS + 3; i++) {
      const files = freshFiles(dir)
      const started = process.hrtime.bigint()
      const result = spawnSync(NODE, scenario.argv, {
        env: { PATH: process.env.PATH, ...files, ...scenario.env }
      })
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      if (scenario.expect !== undefined && result.status !== scenario.expect) {
        throw new Error(
          `${scenario.name}: exit ${result.status}\n${result.stdout}\n${result.stderr}`
        )
      }
      if (i >= 3) times.push(ms) // the first runs warm the file cache
    }
    // Peak memory in separate runs: the probe itself costs a little time.
    const probe = join(ROOT, 'scripts', 'rss-probe.cjs')
    for (let i = 0; i < 5; i++) {
      const result = spawnSync(NODE, ['--require', probe, ...scenario.argv], {
        env: { PATH: process.env.PATH, ...freshFiles(dir), ...scenario.env },
        encoding: 'utf8'
      })
      const match = /scanner-login-rss=(\d+)/.exec(result.stderr)
      if (match) rss = Math.max(rss, Number(match[1]))
    }
    rows.push({ name: scenario.name, ...stats(times), rssMiB: rss / 1024 })
  }

  const baseline = rows[0].median
  const lines = [
    `scanner-login start-up benchmark: ${RUNS} runs each, ${version}, ${process.arch}`,
    '',
    `| scenario | median ms | p90 ms | × node -e 0 | peak RSS MiB |`,
    `|---|---:|---:|---:|---:|`,
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${(r.median / baseline).toFixed(2)} | ${r.rssMiB.toFixed(1)} |`
    )
  ]
  process.stdout.write(lines.join('\n') + '\n')
} finally {
  rmSync(dir, { recursive: true, force: true })
  sandbox.child.kill()
}

function freshFiles(base) {
  const files = {
    GITHUB_OUTPUT: join(base, 'output'),
    GITHUB_ENV: join(base, 'env'),
    GITHUB_STATE: join(base, 'state'),
    GITHUB_STEP_SUMMARY: join(base, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  return files
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { median: at(0.5), p90: at(0.9) }
}

/** Starts `sandbox/cli.js --json` and reads the URLs and accounts it prints. */
function startSandboxProcess() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'sandbox', 'cli.js'), '--json'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const line = out.split('\n')[0]
      if (out.includes('\n')) resolve({ child, ...JSON.parse(line) })
    })
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)))
  })
}
