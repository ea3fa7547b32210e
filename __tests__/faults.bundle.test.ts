// The fault matrix through the committed bundle: every vendor of the shared table (./vendors/index.ts)
// × every network fault of the contract (DNS, refused, resets, slow answers, 429, 5xx then success,
// redirects, HTML, malformed or empty JSON, over 1 MiB, broken TLS, proxies), each cell checked for
// its exit code, the cause named in its one ::error::, the requests the sandbox saw, a wall-time
// bound from `timeout` and `retries`, a silent post step, and the hostile-output checks (no foreign
// command or key, no secret in any encoding). A vendor joins by being listed.
//
// The cells run CONCURRENCY at a time in beforeAll (each bundle run is mostly waiting), then each
// is asserted as its own test. FAULT_MATRIX_REPORT=<file> also writes the results as JSON, which
// scripts/fault-matrix.js turns into the Markdown table.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { cellProblems, FAULTS, runMatrix, type CellResult } from './helpers/fault-matrix.js'
import { VENDOR_CASES } from './vendors/cases.generated.js'

let results: CellResult[] = []
let matrixMs = 0

beforeAll(async () => {
  const started = performance.now()
  results = await runMatrix(VENDOR_CASES)
  matrixMs = performance.now() - started
}, 1_200_000)

afterAll(() => {
  const report = process.env.FAULT_MATRIX_REPORT
  if (report) {
    writeFileSync(
      report,
      JSON.stringify(
        {
          matrixMs,
          vendors: VENDOR_CASES.map((entry) => entry.vendor),
          faults: FAULTS.map((fault) => ({ name: fault.name, description: fault.description })),
          results: results.map((result) => ({ ...result, problems: cellProblems(result) }))
        },
        null,
        2
      )
    )
  }
})

describe.each(VENDOR_CASES.map((entry) => [entry.vendor] as const))('%s', (vendor) => {
  it.each(FAULTS.map((fault) => [fault.name] as const))('%s', (fault) => {
    const result = results.find((r) => r.vendor === vendor && r.fault === fault)
    expect(result).toBeDefined()
    const { expected, exitCode, requests, error } = result!
    // One object, so a failing cell shows everything about it at once.
    expect({ exitCode, requests, error, problems: cellProblems(result!) }).toEqual({
      exitCode: expected.exitCode,
      requests: expected.requests,
      error: expected.exitCode === 1 ? expect.stringMatching(expected.words!) : undefined,
      problems: []
    })
  })
})
