// The fault matrix: every vendor of the shared table × every fault of the contract's behaviour 8, 9
// and 11, each with the outcome the contract demands (exit code, the words of its one ::error::,
// how many requests reached the sandbox) and a wall-time bound derived from the `timeout` and
// `retries` inputs the cell runs with. Shared by faults.bundle.test.ts, which asserts every cell,
// and scripts/fault-matrix.js, which prints the table.
import { createServer } from 'node:net'
import { startSandbox } from '../../sandbox/index.js'
import { startProxy } from '../../sandbox/proxy.js'
import { runStep } from '../../scripts/runner.js'
import type { Sandbox, Scenario, VendorCase } from '../vendors/case.js'
import { hostileFindings, type Step } from './hostile-output.js'
import { faultBase, rebase, retargeted } from './scenario.js'

/** How long the slow faults hold back their answer: well past the 1 s timeout they run with. */
export const SLOW_FAULT_MS = 2500
/** Cells that run at once; the machine running the suite may have only two cores. */
export const CONCURRENCY = 4
/**
 * Node start-up and module loading, on top of what `timeout` and `retries` allow. Generous, since
 * the suite shares a two-core machine with other jobs; FAULT_STARTUP_ALLOWANCE_MS overrides it.
 */
const STARTUP_ALLOWANCE_MS = Number(process.env.FAULT_STARTUP_ALLOWANCE_MS ?? 10_000)
/** The longest back-off before a retry with retries: 1 (0.5 s base, jitter up to +50 %). */
const BACKOFF_MS = 750
/** The Retry-After the sandbox's 429 faults send. */
const RETRY_AFTER_MS = 1000
/** A host name the proxy resolves to loopback: not loopback by name, so the action proxies it. */
const PROXIED_HOST = 'wrong-host.example'

export interface Expectation {
  exitCode: 0 | 1
  /** The one ::error:: must match this (failures only). */
  words?: RegExp
  /** Requests the sandbox saw during the main step. */
  requests: number
  /** Requests the proxy saw, where the fault involves one. */
  proxied?: number
}

export interface CellSetup {
  scenario: Scenario
  /** Upper bound of the main step's wall time. */
  boundMs: number
  expected: Expectation
  /** Requests the proxy saw, when there is one. */
  proxySeen?: () => number
  close?: () => Promise<void>
}

interface Context {
  entry: VendorCase
  sandbox: Sandbox
  /** Main-step requests of the vendor's success(). */
  requests: number
  creates: boolean
}

export interface Fault {
  name: string
  /** What the fault does, for the table. */
  description: string
  setup(context: Context): Promise<CellSetup> | CellSetup
}

const withInputs = (scenario: Scenario, inputs: Record<string, string>): Scenario => ({
  ...scenario,
  inputs: { ...scenario.inputs, ...inputs }
})

/** Bound for a cell whose requests each end quickly, with `retries` attempts after the first. */
const quickBound = (requests: number, retries: number, waitMs = BACKOFF_MS): number =>
  STARTUP_ALLOWANCE_MS + (requests + retries) * 500 + retries * waitMs

/**
 * A fault switch of the sandbox that answers at once and is not retried: one request, failure. A
 * 401 may be followed by the vendor's one request by another scheme (VendorCase.requestsOn401).
 */
function answered(name: string, description: string, words: RegExp, status?: number): Fault {
  return {
    name,
    description,
    setup: ({ entry, sandbox }) => {
      const requests = status === 401 ? (entry.requestsOn401 ?? 1) : 1
      return {
        scenario: withInputs(retargeted(entry, sandbox, faultBase(entry, sandbox, name)), {
          retries: '1'
        }),
        boundMs: quickBound(requests, 0),
        expected: { exitCode: 1, words, requests }
      }
    }
  }
}

/**
 * A transient answer to the first request only. A plain request is retried and the check succeeds
 * with one extra request; a creating request is retried only when the answer proves it never
 * reached the server (`provesUnsent`), otherwise the step fails after that one request.
 */
function once(name: string, description: string, provesUnsent: boolean, words: RegExp): Fault {
  return {
    name,
    description,
    setup: ({ entry, sandbox, requests, creates }) => {
      const retried = !creates || provesUnsent
      return {
        scenario: withInputs(retargeted(entry, sandbox, faultBase(entry, sandbox, name)), {
          retries: '1'
        }),
        boundMs: quickBound(requests + 1, 1, name.startsWith('429') ? RETRY_AFTER_MS : BACKOFF_MS),
        expected: retried
          ? { exitCode: 0, requests: requests + 1 }
          : { exitCode: 1, words, requests: 1 }
      }
    }
  }
}

/** A fault on every attempt that a plain request retries and a creating one may not. */
function lasting(name: string, description: string, words: RegExp, timeoutS?: number): Fault {
  return {
    name,
    description,
    setup: ({ entry, sandbox, creates }) => {
      const attempts = creates ? 1 : 2
      const perAttempt = timeoutS === undefined ? 500 : timeoutS * 1000
      return {
        scenario: withInputs(retargeted(entry, sandbox, faultBase(entry, sandbox, name)), {
          retries: '1',
          ...(timeoutS === undefined ? {} : { timeout: String(timeoutS) })
        }),
        boundMs: STARTUP_ALLOWANCE_MS + attempts * perAttempt + BACKOFF_MS,
        expected: { exitCode: 1, words, requests: attempts }
      }
    }
  }
}

/** A loopback port with nothing listening on it (bound, read, released). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A broken-certificate listener, with the sandbox CA trusted so only the named defect remains. */
function tls(name: string, description: string, listener: keyof Sandbox): Fault {
  return {
    name,
    description,
    setup: ({ entry, sandbox }) => ({
      scenario: withInputs(retargeted(entry, sandbox, sandbox[listener] as string), {
        'ca-cert': sandbox.caCertPem,
        retries: '1'
      }),
      boundMs: quickBound(1, 1),
      expected: { exitCode: 1, words: /TLS|certificate/, requests: 0 }
    })
  }
}

const port = (url: string): string => new URL(url).port

export const FAULTS: readonly Fault[] = [
  {
    name: 'dns',
    description: 'host name that resolves nowhere (.invalid)',
    setup: ({ entry, sandbox }) => ({
      scenario: withInputs(retargeted(entry, sandbox, 'https://scanner-login-test.invalid'), {
        retries: '0'
      }),
      boundMs: quickBound(1, 0),
      expected: { exitCode: 1, words: /DNS|resolve/, requests: 0 }
    })
  },
  {
    name: 'refused',
    description: 'loopback port with nothing listening',
    setup: async ({ entry, sandbox }) => ({
      scenario: withInputs(retargeted(entry, sandbox, `http://127.0.0.1:${await closedPort()}`), {
        retries: '1'
      }),
      boundMs: quickBound(1, 1),
      expected: { exitCode: 1, words: /refused/, requests: 0 }
    })
  },
  lasting('reset', 'connection closed before any answer', /reset|hang up|closed|ECONNRESET/i),
  lasting(
    'reset-mid-body',
    'headers and half the body, then the connection is destroyed',
    /reset|closed|aborted|hang up|ECONNRESET|terminated/i
  ),
  lasting('slow-headers', `no headers for ${SLOW_FAULT_MS} ms (timeout: 1)`, /timed out/, 1),
  lasting('slow-body', `body trickled over ${3 * SLOW_FAULT_MS} ms (timeout: 1)`, /timed out/, 1),
  {
    name: '429',
    description: 'always 429 with Retry-After: 1 (retries: 1)',
    setup: ({ entry, sandbox }) => ({
      scenario: withInputs(retargeted(entry, sandbox, faultBase(entry, sandbox, '429')), {
        retries: '1'
      }),
      boundMs: quickBound(2, 1, RETRY_AFTER_MS),
      expected: { exitCode: 1, words: /429/, requests: 2 }
    })
  },
  once('429-once', 'one 429 with Retry-After: 1, then the fake', true, /429/),
  once('502-once', 'one 502 (HTML proxy page), then the fake', false, /502/),
  once('503-once', 'one 503 without Retry-After, then the fake', false, /503/),
  once('504-once', 'one 504 (HTML proxy page), then the fake', false, /504/),
  answered('500', 'always 500 (never retried)', /500/),
  answered('redirect', '302 to another origin', /redirect/),
  answered('html', '200 with an HTML login page', /HTML page/),
  answered('malformed-json', '200 JSON cut off mid-string', /not JSON/),
  answered('empty-200', '200 with an empty body', /not JSON|empty/),
  answered('huge', '200 with 2 MiB (Content-Length)', /over 1 MiB/),
  answered('huge-chunked', '200 with 2 MiB, chunked', /over 1 MiB/),
  answered('switching-protocols', '101 upgrade to a plain request', /101|Switching|upgrade/i),
  answered('echo', '401 echoing every request header', /401/, 401),
  tls('tls-self-signed', 'certificate not issued by the trusted CA', 'tlsSelfSignedUrl'),
  tls('tls-expired', 'certificate expired in 2020', 'tlsExpiredUrl'),
  tls('tls-wrong-host', 'certificate for another host name', 'tlsWrongHostUrl'),
  {
    name: 'proxy',
    description: `HTTPS_PROXY: a working proxy (CONNECT to ${PROXIED_HOST})`,
    setup: async ({ entry, sandbox, requests }) => {
      // The wrong-host listener's certificate names PROXIED_HOST, so TLS verifies end to end.
      const proxy = await startProxy({ upstreamHost: '127.0.0.1' })
      const base = `https://${entry.proxiedHost ?? PROXIED_HOST}:${port(sandbox.tlsWrongHostUrl)}`
      const scenario = retargeted(entry, sandbox, base)
      return {
        scenario: {
          inputs: { ...scenario.inputs, 'ca-cert': sandbox.caCertPem, retries: '1' },
          env: { ...scenario.env, HTTPS_PROXY: proxy.url }
        },
        boundMs: quickBound(requests, 0),
        expected: { exitCode: 0, requests, proxied: requests },
        proxySeen: () => proxy.seen.length,
        close: () => proxy.close()
      }
    }
  },
  {
    name: 'proxy-refusing',
    description: 'HTTPS_PROXY answers CONNECT with 403',
    setup: async ({ entry, sandbox }) => {
      const proxy = await startProxy({ refuse: true })
      const base = `https://${entry.proxiedHost ?? PROXIED_HOST}:${port(sandbox.tlsWrongHostUrl)}`
      const scenario = retargeted(entry, sandbox, base)
      return {
        scenario: {
          inputs: { ...scenario.inputs, 'ca-cert': sandbox.caCertPem, retries: '0' },
          env: { ...scenario.env, HTTPS_PROXY: proxy.url }
        },
        boundMs: quickBound(1, 0),
        expected: { exitCode: 1, words: /proxy/, requests: 0, proxied: 1 },
        proxySeen: () => proxy.seen.length,
        close: () => proxy.close()
      }
    }
  },
  {
    name: 'no-proxy',
    description: 'NO_PROXY names the host: direct, so the .invalid name fails to resolve',
    setup: async ({ entry, sandbox }) => {
      const proxy = await startProxy({ refuse: true })
      const scenario = retargeted(entry, sandbox, 'https://api.scanner-login-test.invalid')
      return {
        scenario: {
          inputs: { ...scenario.inputs, retries: '0' },
          env: {
            ...scenario.env,
            HTTPS_PROXY: proxy.url,
            NO_PROXY: 'localhost,.scanner-login-test.invalid'
          }
        },
        boundMs: quickBound(1, 0),
        expected: { exitCode: 1, words: /DNS|resolve/, requests: 0, proxied: 0 },
        proxySeen: () => proxy.seen.length,
        close: () => proxy.close()
      }
    }
  },
  {
    name: 'loopback-no-proxy',
    description: 'HTTP(S)_PROXY set, loopback url: never proxied (contract 11)',
    setup: async ({ entry, sandbox, requests }) => {
      const proxy = await startProxy({ refuse: true })
      const scenario = entry.success(sandbox)
      return {
        scenario: {
          inputs: scenario.inputs,
          env: { ...scenario.env, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url }
        },
        boundMs: quickBound(requests, 0),
        expected: { exitCode: 0, requests, proxied: 0 },
        proxySeen: () => proxy.seen.length,
        close: () => proxy.close()
      }
    }
  }
]

export interface CellResult {
  vendor: string
  fault: string
  expected: Expectation
  boundMs: number
  exitCode: number | null
  error: string | undefined
  errors: number
  requests: number
  proxied: number | undefined
  wallMs: number
  /** Hostile-output findings: foreign commands or keys, leaks, a wrong number of errors. */
  findings: string[]
  stderr: string
  postExitCode: number | null
}

/** Runs one cell on a sandbox of its own (fault counters and request logs are per sandbox). */
async function runCell(entry: VendorCase, fault: Fault, sandbox: Sandbox): Promise<CellResult> {
  sandbox.reset()
  const success = entry.success(sandbox)
  const cell = await fault.setup({
    entry,
    sandbox,
    requests: success.requests,
    creates: entry.firstRequestCreates === true
  })
  try {
    const main: Step = await runStep({
      inputs: cell.scenario.inputs,
      env: { ...cell.scenario.env },
      timeoutMs: cell.boundMs + 30_000
    })
    const requests = sandbox.requests.length
    const proxied = cell.proxySeen?.()
    const post: Step = await runStep({
      inputs: cell.scenario.inputs,
      env: { ...cell.scenario.env },
      post: true,
      state: main.state
    })
    const secrets = entry.secrets(sandbox)
    return {
      vendor: entry.vendor,
      fault: fault.name,
      expected: cell.expected,
      boundMs: cell.boundMs,
      exitCode: main.exitCode,
      error: main.errors[0],
      errors: main.errors.length,
      requests,
      proxied,
      wallMs: Math.round(main.durationMs),
      findings: [...hostileFindings(main, secrets), ...hostileFindings(post, secrets)],
      stderr: main.stderr,
      postExitCode: post.exitCode
    }
  } finally {
    await cell.close?.()
  }
}

/** Every listed vendor × every fault, CONCURRENCY cells at a time, each worker with its sandbox. */
export async function runMatrix(
  vendors: readonly VendorCase[],
  faults: readonly Fault[] = FAULTS
): Promise<CellResult[]> {
  const queue = vendors.flatMap((entry) => faults.map((fault) => ({ entry, fault })))
  const results: CellResult[] = []
  const worker = async (): Promise<void> => {
    const sandbox = await startSandbox({ slowFaultMs: SLOW_FAULT_MS })
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        results.push(await runCell(next.entry, next.fault, sandbox))
      }
    } finally {
      await sandbox.close()
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const order = (r: CellResult): number =>
    vendors.findIndex((v) => v.vendor === r.vendor) * 1000 +
    faults.findIndex((f) => f.name === r.fault)
  return results.sort((a, b) => order(a) - order(b))
}

/** What went wrong in a cell against its expectation; empty when it met the contract. */
export function cellProblems(result: CellResult): string[] {
  const { expected } = result
  const problems = [...result.findings]
  if (result.exitCode !== expected.exitCode)
    problems.push(`exit code ${result.exitCode}, expected ${expected.exitCode}`)
  if (expected.exitCode === 1 && expected.words && !expected.words.test(result.error ?? ''))
    problems.push(`the error does not match ${expected.words}`)
  if (result.requests !== expected.requests)
    problems.push(`${result.requests} requests, expected ${expected.requests}`)
  if (expected.proxied !== undefined && expected.proxied === 0 && result.proxied !== 0)
    problems.push(`the proxy saw ${result.proxied} requests, expected none`)
  if (expected.proxied !== undefined && expected.proxied > 0 && !result.proxied)
    problems.push('the proxy saw nothing')
  if (result.wallMs > result.boundMs) problems.push(`${result.wallMs} ms, bound ${result.boundMs}`)
  if (result.stderr !== '') problems.push(`stderr: ${result.stderr.slice(0, 200)}`)
  if (result.postExitCode !== 0) problems.push(`post step exit code ${result.postExitCode}`)
  return problems
}

/** The closing note's table: fault × vendor → outcome, requests, wall ms. */
export function markdownTable(results: readonly CellResult[], vendors: readonly string[]): string {
  const faults = [...new Set(results.map((r) => r.fault))]
  const cell = (r: CellResult | undefined): string => {
    if (!r) return ''
    const outcome = r.exitCode === 0 ? 'ok' : r.exitCode === 1 ? 'fail' : `exit ${r.exitCode}`
    const verdict = cellProblems(r).length === 0 ? '' : ' ✗'
    return `${outcome}${verdict}, ${r.requests} req, ${r.wallMs} ms`
  }
  const lines = [
    `| fault | ${vendors.join(' | ')} |`,
    `|---|${vendors.map(() => '---').join('|')}|`,
    ...faults.map(
      (fault) =>
        `| ${fault} | ${vendors
          .map((vendor) => cell(results.find((r) => r.fault === fault && r.vendor === vendor)))
          .join(' | ')} |`
    )
  ]
  return lines.join('\n')
}

export { rebase }
