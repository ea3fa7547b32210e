// Runs the fault matrix (__tests__/faults.bundle.test.ts) on the committed bundle, for every vendor
// listed in __tests__/vendors/cases.generated.ts, and prints it as a Markdown table: fault × vendor → outcome,
// requests the sandbox saw, wall time of the main step. A cell that breaks the contract is marked ✗
// and its problems are listed under the table.
//
//   node scripts/fault-matrix.js            (needs `npm run build` first; run with Node 24)
//   node scripts/fault-matrix.js --json     (the raw results instead)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './runner.js'

const dir = mkdtempSync(join(tmpdir(), 'fault-matrix-'))
const report = join(dir, 'matrix.json')
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
    '__tests__/faults.bundle.test.ts'
  ],
  { cwd: ROOT, env: { ...process.env, FAULT_MATRIX_REPORT: report }, encoding: 'utf8' }
)
let data
try {
  data = JSON.parse(readFileSync(report, 'utf8'))
} catch {
  process.stderr.write(jest.stderr)
  process.stderr.write('\nThe fault matrix did not run (see jest output above).\n')
  process.exit(2)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(data, null, 2)}\n`)
  process.exit(jest.status ?? 1)
}

const find = (fault, vendor) => data.results.find((r) => r.fault === fault && r.vendor === vendor)
const outcome = (r) => (r.exitCode === 0 ? 'ok' : r.exitCode === 1 ? 'fail' : `exit ${r.exitCode}`)
const cell = (r) =>
  r ? `${outcome(r)}${r.problems.length ? ' ✗' : ''}, ${r.requests} req, ${r.wallMs} ms` : ''

const lines = [
  `| fault | what it does | ${data.vendors.join(' | ')} |`,
  `|---|---|${data.vendors.map(() => '---').join('|')}|`,
  ...data.faults.map(
    (fault) =>
      `| ${fault.name} | ${fault.description} | ${data.vendors
        .map((vendor) => cell(find(fault.name, vendor)))
        .join(' | ')} |`
  ),
  '',
  `${data.results.length} cells in ${(data.matrixMs / 1000).toFixed(1)} s; ` +
    `${data.results.filter((r) => r.problems.length).length} break the contract (✗).`
]
const broken = data.results.filter((r) => r.problems.length)
if (broken.length) {
  lines.push('')
  for (const r of broken) {
    const said = r.error ? ` It said: ${JSON.stringify(r.error.split('\n')[0])}` : ''
    lines.push(`- ${r.vendor} × ${r.fault}: ${r.problems.join('; ')}.${said}`)
  }
}
process.stdout.write(`${lines.join('\n')}\n`)
process.exit(broken.length ? 1 : 0)
