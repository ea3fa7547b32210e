// Load: 50 copies of the committed bundle at once against a sandbox that turns each of them away
// once with 429 and Retry-After: 1 (the '429-once-per-client' fault, keyed by Invicti Platform's
// per-run x-correlation-id). Every copy must succeed with exactly one retry, wait at least what
// Retry-After asked, and the retries must not all land at the same instant. The spread of the
// delays is printed for the closing note (LOAD_REPORT=<file> also writes it as JSON).
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { startSandbox } from '../sandbox/index.js'
import { runStep } from '../scripts/runner.js'
import { findLeaks, foreignCommands } from './helpers/hostile-output.js'
import { faultBase, retargeted } from './helpers/scenario.js'
import type { Sandbox } from './vendors/case.js'
import { invictiPlatformCase } from '../src/vendors/invicti-platform/case.js'

const COPIES = 50
const RETRY_AFTER_MS = 1000

let sandbox: Sandbox
/** Arrival time of every request, by the client's correlation id. */
const arrivals = new Map<string, number[]>()

beforeAll(async () => {
  sandbox = await startSandbox()
  // Timestamp each request as the sandbox records it.
  const record = sandbox.requests.push.bind(sandbox.requests)
  sandbox.requests.push = (...requests) => {
    const now = performance.now()
    for (const request of requests) {
      const client = String(request.headers['x-correlation-id'])
      arrivals.set(client, [...(arrivals.get(client) ?? []), now])
    }
    return record(...requests)
  }
})
afterAll(() => sandbox.close())

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

it(`${COPIES} copies at once each get one 429, wait out Retry-After, and all succeed`, async () => {
  const scenario = retargeted(
    invictiPlatformCase,
    sandbox,
    faultBase(invictiPlatformCase, sandbox, '429-once-per-client')
  )
  const secrets = invictiPlatformCase.secrets(sandbox)
  const started = performance.now()
  const steps = await Promise.all(
    Array.from({ length: COPIES }, () =>
      runStep({ inputs: { ...scenario.inputs, retries: '2' }, env: { ...scenario.env } })
    )
  )
  const wallMs = performance.now() - started

  expect(steps.map((step) => step.exitCode)).toEqual(Array(COPIES).fill(0))
  expect(steps.flatMap((step) => step.errors)).toEqual([])
  expect(steps.flatMap((step) => foreignCommands(step.stdout))).toEqual([])
  expect(steps.flatMap((step) => findLeaks(step, secrets))).toEqual([])
  // Each client: exactly two requests, the 429 and the retry that succeeded.
  expect([...arrivals.values()].map((times) => times.length)).toEqual(Array(COPIES).fill(2))

  const delays = [...arrivals.values()]
    .map(([first, retry]) => retry! - first!)
    .sort((a, b) => a - b)
  const spread = {
    copies: COPIES,
    wallMs: Math.round(wallMs),
    minMs: Math.round(delays[0]!),
    medianMs: Math.round(percentile(delays, 50)),
    p90Ms: Math.round(percentile(delays, 90)),
    maxMs: Math.round(delays.at(-1)!),
    distinctTo10Ms: new Set(delays.map((ms) => Math.round(ms / 10))).size
  }
  process.stdout.write(`retry delays after 429 (Retry-After: 1): ${JSON.stringify(spread)}\n`)
  if (process.env.LOAD_REPORT) writeFileSync(process.env.LOAD_REPORT, JSON.stringify(spread))

  // Retry-After is honoured: nobody came back early (a timer may round 1 ms down).
  expect(delays[0]).toBeGreaterThanOrEqual(RETRY_AFTER_MS - 1)
  // The retries are spread, not one synchronised burst.
  expect(spread.distinctTo10Ms).toBeGreaterThan(1)
}, 180_000)
