// Property-based hostile tests through the committed bundle, for every vendor of the shared table.
//
// 1. A hostile server (./helpers/hostile-server.ts) answers one request of each run, any of the
//    endpoints the vendor calls, with generated statuses, headers and bodies: hostile strings in
//    every field of the real answer, numbers where strings belong, nesting 10k deep, 100k-entry
//    arrays, 1xx answers, and errors echoing the request's credentials in every encoding.
// 2. Any value for any input (control characters, workflow commands, huge, unicode).
// 3. `scanner-login doctor --json` against the same hostile answers: one JSON line, no runner
//    command, no secret (the doctor runs inside workflow steps too).
//
// Properties, checked as the runner reads a step (./helpers/hostile-output.ts): exit code 0 or 1;
// exactly one ::error:: when 1 and none when 0; no workflow command the action did not write; no key
// in GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE that the action does not write; no secret in any
// encoding outside ::add-mask:: and the credential outputs; finished within the bound that the
// `timeout` and `retries` inputs allow; a post step that exits 0 and obeys the same rules.
//
// 4. For a vendor that can mint (its case's mint()): the same hostile answers with mint-token on,
//    the minting and (JFrog) the OIDC exchange among the endpoints answered.
//
// HOSTILE_RUNS (server answers per vendor), HOSTILE_INPUT_RUNS (input values per vendor),
// HOSTILE_DOCTOR_RUNS (server answers per vendor for the doctor) and HOSTILE_MINT_RUNS (server
// answers per minting vendor) size the
// run; HOSTILE_SEED replays one; HOSTILE_REPORT=<file> records every finding instead of stopping at
// the first, for long runs; HOSTILE_STREAMS sets how many bundle runs go at once (default 2).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as fc from 'fast-check'
import { execFile } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox } from '../sandbox/index.js'
import { readActionInputs, ROOT, runStep } from '../scripts/runner.js'
import { hostileFindings, type Step } from './helpers/hostile-output.js'
import { answer, hostileString, startHostileServer } from './helpers/hostile-server.js'
import { rebase, retargeted } from './helpers/scenario.js'
import type { Inputs, Sandbox, VendorCase } from './vendors/case.js'
import { VENDOR_CASES } from './vendors/cases.generated.js'
import { CREDENTIAL_INPUTS, type CredentialInput } from '../src/kit/types.js'
import { loadVendor } from '../src/vendors/index.js'

const SERVER_RUNS = Number(process.env.HOSTILE_RUNS ?? 80)
const INPUT_RUNS = Number(process.env.HOSTILE_INPUT_RUNS ?? 30)
const DOCTOR_RUNS = Number(process.env.HOSTILE_DOCTOR_RUNS ?? 12)
const MINT_RUNS = Number(process.env.HOSTILE_MINT_RUNS ?? 24)
/** Runs of one property at once: each bundle run is a process, mostly waiting on I/O. */
const STREAMS = Number(process.env.HOSTILE_STREAMS ?? 2)
const SEED = process.env.HOSTILE_SEED === undefined ? undefined : Number(process.env.HOSTILE_SEED)
const REPORT = process.env.HOSTILE_REPORT
/** The inputs every hostile run uses, so the time bound below is small. */
const TIMEOUT_S = 2
const RETRIES = 1
/** Node start-up and module loading, generous for a shared two-core machine. */
const STARTUP_ALLOWANCE_MS = Number(process.env.FAULT_STARTUP_ALLOWANCE_MS ?? 10_000)
/** Back-off or Retry-After before a retry: the generated Retry-After values are at most 1 s. */
const RETRY_WAIT_MS = 1500

/** The project's Node 24 (the action's runtime), as the doctor's users run it; else this Node. */
const NODE_24 = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node'))
  ? join(ROOT, 'node_modules', 'node', 'bin', 'node')
  : process.execPath
/** Inputs the doctor takes from the environment only. */
const CREDENTIALS: ReadonlySet<string> = new Set(CREDENTIAL_INPUTS)

/** The inputs the contract treats as secrets (src/kit/types.ts SECRET_INPUTS). */
const SECRET_INPUTS = new Set([
  'api-key',
  'access-key',
  'secret-key',
  'password',
  'refresh-token',
  'api-token',
  'client-secret'
])

/**
 * The longest a run may take: every request may use all its attempts (each up to `timeout`, with
 * a wait between), plus start-up. A hostile answer that makes the action spin beyond this (CPU on
 * a huge body, a wait nothing bounds) breaks the property.
 */
const boundMs = (requests: number): number =>
  STARTUP_ALLOWANCE_MS +
  (requests + 1) * ((RETRIES + 1) * TIMEOUT_S * 1000 + RETRIES * RETRY_WAIT_MS)

let sandbox: Sandbox
const recorded: { vendor: string; property: string; findings: string[]; example: string }[] = []
const runCounts: Record<string, number> = {}

beforeAll(async () => {
  sandbox = await startSandbox()
  // One at a time: Jest's module loader trips over concurrent first imports of the same module.
  for (const entry of VENDOR_CASES) await loadVendor(entry.vendor)
})
/** Long runs write their findings as they go, so a run stopped early still tells what it found. */
function writeReport(): void {
  if (REPORT) writeFileSync(REPORT, JSON.stringify({ runCounts, recorded }, null, 2))
}
afterAll(async () => {
  await sandbox.close()
  writeReport()
})

/** Runs main, then post when main left a session to end; returns every finding of both. */
async function check(
  inputs: Inputs,
  env: Record<string, string>,
  secrets: string[],
  bound: number
) {
  const main: Step = await runStep({ inputs, env, timeoutMs: bound + 20_000 })
  const findings = hostileFindings(main, secrets)
  if (main.durationMs > bound)
    findings.push(`took ${Math.round(main.durationMs)} ms, bound ${bound}`)
  if (main.state.logout) {
    const post: Step = await runStep({
      inputs,
      env,
      post: true,
      state: main.state,
      timeoutMs: bound + 20_000
    })
    findings.push(...hostileFindings(post, secrets).map((finding) => `post: ${finding}`))
    if (post.exitCode !== 0) findings.push(`post: exit code ${post.exitCode}`)
  }
  return { main, findings }
}

/** A property's verdict: in report mode every finding is kept and the run goes on. */
function verdict(vendor: string, property: string, findings: string[], example: unknown): boolean {
  runCounts[`${vendor} ${property}`] = (runCounts[`${vendor} ${property}`] ?? 0) + 1
  if (Object.values(runCounts).reduce((a, b) => a + b, 0) % 20 === 0) writeReport()
  if (findings.length === 0) return true
  if (REPORT) {
    recorded.push({ vendor, property, findings, example: fc.stringify(example).slice(0, 2000) })
    return true
  }
  // Thrown rather than returned, so the failure says what went wrong, not only with what.
  throw new Error(`${vendor}: ${findings.join('; ')}`)
}

async function inStreams(runs: number, property: (stream: number) => Promise<void>) {
  await Promise.all(Array.from({ length: STREAMS }, (_, stream) => property(stream)))
  return runs
}

function params<T>(runs: number, stream: number): fc.Parameters<T> {
  return {
    numRuns: Math.ceil(runs / STREAMS),
    ...(SEED === undefined ? {} : { seed: SEED + stream }),
    // Shrinking costs a bundle run per step; the report mode and a replayed seed want it.
    endOnFailure: SEED === undefined && !REPORT
  }
}

const INPUT_NAMES = Object.keys(readActionInputs())

describe.each(VENDOR_CASES.map((entry) => [entry.vendor, entry] as const))(
  '%s',
  (vendor, entry: VendorCase) => {
    it('any answer at any endpoint: exit 0/1, one error, no foreign command or key, no secret, bounded', async () => {
      await inStreams(SERVER_RUNS, async (stream) => {
        const server = await startHostileServer(sandbox.httpsUrl)
        try {
          const { requests, inputs: successInputs } = entry.success(sandbox)
          const secrets = entry.secrets(sandbox)
          // The server echoes only what the action holds: the request's credentials and the
          // secret inputs (a secret of another account could not be redacted by anyone).
          const given = Object.values(successInputs).filter((value) => secrets.includes(value))
          await fc.assert(
            fc.asyncProperty(answer, async (generated) => {
              server.arm(generated, requests, given)
              const scenario = retargeted(entry, sandbox, server.url)
              const inputs = {
                ...scenario.inputs,
                timeout: String(TIMEOUT_S),
                retries: String(RETRIES)
              }
              const { findings } = await check(
                inputs,
                { ...scenario.env },
                secrets,
                boundMs(requests)
              )
              return verdict(vendor, 'server', findings, generated)
            }),
            params(SERVER_RUNS, stream)
          )
        } finally {
          await server.close()
        }
      })
      expect(runCounts[`${vendor} server`]).toBeGreaterThanOrEqual(SERVER_RUNS)
    }, 900_000)

    const mintIt = entry.mint ? it : it.skip
    mintIt(
      'with mint-token, any answer at any endpoint: the same properties',
      async () => {
        await inStreams(MINT_RUNS, async (stream) => {
          const server = await startHostileServer(sandbox.httpsUrl)
          try {
            const scenario = entry.mint!(sandbox)
            const secrets = entry.secrets(sandbox)
            const given = Object.values(scenario.inputs).filter((value) => secrets.includes(value))
            await fc.assert(
              fc.asyncProperty(answer, async (generated) => {
                server.arm(generated, scenario.requests, given)
                const inputs = {
                  ...scenario.inputs,
                  url: rebase(scenario.inputs.url ?? entry.url(sandbox), server.url),
                  timeout: String(TIMEOUT_S),
                  retries: String(RETRIES)
                }
                const { findings } = await check(
                  inputs,
                  { ...scenario.env },
                  secrets,
                  boundMs(scenario.requests)
                )
                return verdict(vendor, 'mint', findings, generated)
              }),
              params(MINT_RUNS, stream)
            )
          } finally {
            await server.close()
          }
        })
        expect(runCounts[`${vendor} mint`]).toBeGreaterThanOrEqual(MINT_RUNS)
      },
      900_000
    )

    it('any value for any input: exit 0/1, one error, no injected command, no secret', async () => {
      const longSecretInput = Object.keys(entry.success(sandbox).inputs).find((name) =>
        SECRET_INPUTS.has(name)
      )
      const inputValue = fc.oneof(
        { weight: 4, arbitrary: hostileString },
        // Huge, yet within what the runner can pass: one environment string is at most 128 KiB.
        { weight: 1, arbitrary: hostileString.map((text) => text.repeat(4000).slice(0, 24_000)) }
      )
      await inStreams(INPUT_RUNS, async (stream) => {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...INPUT_NAMES),
            inputValue,
            fc.stringMatching(/^[0-9a-f]{12}$/),
            async (name, raw, nonce) => {
              // The runner cannot pass NUL in the environment.
              let value = raw.replace(/\0/g, '')
              const scenario = entry.success(sandbox)
              const secrets = entry.secrets(sandbox)
              if (SECRET_INPUTS.has(name)) {
                // A unique marker makes the value findable in the output if it leaks.
                value = `${value.slice(0, 15_000)}Zq${nonce}${value.slice(0, 15_000)}`
                secrets.push(
                  value.trim(),
                  ...value
                    .split(/\r\n|\r|\n/)
                    .map((line) => line.trim())
                    .filter((line) => line.includes(nonce))
                )
              }
              if (name === 'url') {
                // Kept behind a loopback origin, so no generated value can send traffic elsewhere.
                value = `${sandbox.httpUrl}${value}`
              }
              const inputs = {
                ...scenario.inputs,
                timeout: String(TIMEOUT_S),
                retries: String(RETRIES),
                [name]: value
              }
              const { findings } = await check(
                inputs,
                { ...scenario.env },
                secrets,
                boundMs(scenario.requests)
              )
              return verdict(vendor, 'input', findings, { name, value: value.slice(0, 300) })
            }
          ),
          {
            ...params<[string, string, string]>(INPUT_RUNS, stream),
            // Found by a long run: a long secret (6,500 characters) made the redaction regex too
            // large for V8; the step crashed without its ::error::, the secret's base64 in stderr.
            examples:
              stream === 0 && longSecretInput
                ? [[longSecretInput, 'a'.repeat(6500), '0'.repeat(12)]]
                : []
          }
        )
      })
      expect(runCounts[`${vendor} input`]).toBeGreaterThanOrEqual(INPUT_RUNS)
    }, 900_000)

    it('doctor --json, any answer at any endpoint: one JSON line, no runner command, no secret', async () => {
      await inStreams(DOCTOR_RUNS, async (stream) => {
        const server = await startHostileServer(sandbox.httpsUrl)
        try {
          const { requests, inputs: successInputs } = entry.success(sandbox)
          const secrets = entry.secrets(sandbox)
          const given = Object.values(successInputs).filter((value) => secrets.includes(value))
          await fc.assert(
            fc.asyncProperty(answer, async (generated) => {
              server.arm(generated, requests, given)
              const scenario = retargeted(entry, sandbox, server.url)
              const run = await runDoctor(
                { ...scenario.inputs, timeout: String(TIMEOUT_S), retries: String(RETRIES) },
                scenario.env ?? {}
              )
              return verdict(vendor, 'doctor', doctorFindings(run, secrets), generated)
            }),
            params(DOCTOR_RUNS, stream)
          )
        } finally {
          await server.close()
        }
      })
      expect(runCounts[`${vendor} doctor`]).toBeGreaterThanOrEqual(DOCTOR_RUNS)
    }, 900_000)
  }
)

/**
 * `scanner-login doctor --json` as a user runs it inside a workflow step: non-secret inputs as flags,
 * credentials from SCANNER_LOGIN_<INPUT>.
 */
async function runDoctor(
  inputs: Inputs,
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const flags = Object.entries(inputs)
    .filter(([name]) => !CREDENTIALS.has(name))
    .flatMap(([name, value]) => [`--${name}`, value])
  // The vendor's own variable first (INVICTI_API_KEY), as the doctor reads them.
  const vendor = await loadVendor(inputs.vendor ?? '')
  const credentials = Object.entries(inputs)
    .filter(([name]) => CREDENTIALS.has(name))
    .map(([name, value]) => [
      vendor.credentialEnv[name as CredentialInput]?.[0] ??
        `SCANNER_LOGIN_${name.toUpperCase().replace(/-/g, '_')}`,
      value
    ])
  return new Promise((resolve) => {
    execFile(
      NODE_24,
      [join(ROOT, 'bin', 'scanner-login.js'), 'doctor', '--json', ...flags],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: tmpdir(),
          ...env,
          ...Object.fromEntries(credentials)
        },
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 16 * 1024 * 1024
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr })
    )
  })
}

/** What the doctor's JSON report must be, whatever the server answered. */
function doctorFindings(
  run: { code: number | null; stdout: string; stderr: string },
  secrets: readonly string[]
): string[] {
  const findings: string[] = []
  if (run.code !== 0 && run.code !== 1)
    findings.push(`doctor exit code ${run.code}: ${run.stderr.slice(0, 300)}`)
  const lines = run.stdout.split('\n').filter(Boolean)
  if (lines.length !== 1) findings.push(`${lines.length} stdout lines, not one JSON report`)
  try {
    JSON.parse(lines[0] ?? '')
  } catch {
    findings.push('stdout is not JSON')
  }
  for (const text of [run.stdout, run.stderr]) {
    for (const line of text.split(/\r\n|\r|\n/)) {
      if (line.trim().startsWith('::') || line.includes('##['))
        findings.push(`runner command: ${JSON.stringify(line.slice(0, 120))}`)
    }
  }
  for (const secret of secrets.filter(Boolean)) {
    if (run.stdout.includes(secret) || run.stderr.includes(secret))
      findings.push(`secret ${secret.slice(0, 4)}… in the doctor's output`)
  }
  return findings
}
