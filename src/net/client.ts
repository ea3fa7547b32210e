/**
 * The one HTTP client every vendor uses: per-attempt timeout, bounded retries with exponential
 * backoff, jitter and Retry-After, no redirects (credentials never follow one), a 1 MiB body cap,
 * extra CA / no-verify TLS, and HTTPS_PROXY / HTTP_PROXY / NO_PROXY (never for loopback). The rules
 * live beside it: retry.ts, proxy.ts, tls.ts; what a failed request says, in failures.ts, which is
 * loaded only once a request fails (a proxy setting no client can be built with is refused by
 * proxy.ts, before any request).
 *
 * It is built on node:http(s) rather than undici: undici's llhttp WASM start-up alone costs more
 * than Node's own boot (docs/performance.md, "How it stays small"), and this action runs in every
 * job. The modules are taken with `process.getBuiltinModule` when a client is built: an ESM
 * `import 'node:http'` builds the module namespace, whose WebSocket getter loads undici, and
 * node:https (with tls and crypto) is only needed for https:// URLs. Node 24 agents honour the
 * proxy variables natively through `proxyEnv` (from 24.5; an older Node, which only the doctor can
 * run on, fails when a proxy applies instead of quietly connecting direct).
 */
import type * as http from 'node:http'
import type * as https from 'node:https'
import type { ActionFailure, ServerChoice } from '../core/failure.js'
import type { FailureContext } from './failures.js'
import {
  invalidProxyFailure,
  nodeRoutesThroughProxies,
  proxyFor,
  proxyUnsupportedFailure,
  proxyVariableFor,
  unusableProxyFor
} from './proxy.js'
import { afterNetworkError, retryableAnswer, retryReason, waitToRetry } from './retry.js'
import { tlsOptions } from './tls.js'
import type { HttpResponse, NetworkError, RequestOptions, RequestRecord } from './types.js'

/**
 * What a failure says (./failures.js), loaded only when a request fails: most runs never need its
 * texts, and every run would otherwise read them with the step's first file.
 */
type Failures = typeof import('./failures.js')
const loadFailures = (): Promise<Failures> => import('./failures.js')

/**
 * A failure found while an answer arrives, in an event handler that cannot wait for ./failures.js:
 * request() builds its message once the attempt has settled. `status`: the answer's, when it had one
 * but could not be used (an upgrade, a flood of interim answers), for the request's record.
 */
class PendingFailure extends Error {
  constructor(
    readonly build: (failures: Failures) => ActionFailure,
    readonly status?: number
  ) {
    super('a failure whose message is not built yet')
  }
}

export const MAX_BODY_BYTES = 1024 * 1024
/** The body's first buffer: enough for every identity answer; a longer body doubles it. */
const BODY_START_BYTES = 16 * 1024
/** How many 1xx interim answers (100 Continue, 103 Early Hints) one request may receive. */
const MAX_INTERIM_RESPONSES = 10

export interface HttpClientOptions {
  /** Base URL without a trailing slash. */
  baseUrl: string
  /**
   * False when a region, the credentials or the vendor's default chose the base URL rather than
   * the url input: a failure to reach it then names no url input (default true).
   */
  urlFromInput?: boolean
  /** Who reached this server at this URL before this client's requests (failures.ts). */
  reachedEarlier?: 'main step' | 'login' | undefined
  /** Vendor display name, for messages. */
  vendor: string
  timeoutMs: number
  retries: number
  caPem: string | undefined
  tlsVerify: boolean
  /** Removes every registered secret from text that may reach a message. */
  redact: (text: string) => string
  /** Told of each attempt that is sent again, so that a silent server is not a silent step. */
  onRetry?: (line: string) => void
  /** Headers sent with every request (user agent, correlation id). */
  headers?: Record<string, string>
  /** Environment to read proxy settings from. */
  env?: NodeJS.ProcessEnv
}

/** Ends one attempt: the first call of either wins, later ones do nothing. */
interface Settle {
  fail(error: Error): void
  succeed(response: HttpResponse): void
  /** Whether the attempt has ended: a close after the answer needs no error built for it. */
  settled(): boolean
}

export class HttpClient {
  readonly records: RequestRecord[] = []
  private readonly agent: http.Agent
  private readonly transport: typeof http | typeof https
  private readonly failureContext: FailureContext

  constructor(private readonly options: HttpClientOptions) {
    const env = options.env ?? process.env
    const base = new URL(options.baseUrl)
    const secure = base.protocol === 'https:'
    this.transport = secure
      ? process.getBuiltinModule('node:https')
      : process.getBuiltinModule('node:http')
    // Loopback never goes through a proxy (proxyFor): the proxy's "localhost" is another machine,
    // and an http:// loopback URL would carry the credential across the network in clear text.
    const proxy = proxyFor(base, env)
    if (proxy && !nodeRoutesThroughProxies()) throw proxyUnsupportedFailure(options.vendor, proxy)
    this.failureContext = { ...options, proxy, unusableProxy: unusableProxyFor(base, env) }
    const agentOptions = {
      keepAlive: true,
      // Node >= 24.5 routes through the proxy its proxyEnv names. It is given the proxy chosen
      // here and no NO_PROXY, so the request goes where proxyFor says, by the job's rules.
      ...(proxy ? { proxyEnv: { HTTPS_PROXY: proxy, HTTP_PROXY: proxy } } : {}),
      ...(secure ? tlsOptions(options) : {})
    }
    try {
      this.agent = new this.transport.Agent(agentOptions)
    } catch (error) {
      if ((error as NetworkError).code !== 'ERR_PROXY_INVALID_CONFIG') throw error
      throw invalidProxyFailure(options.vendor, proxyVariableFor(base, env))
    }
  }

  /**
   * Sends one request, retrying network errors, 429, 502, 503 and 504 (a creating request only
   * when it never reached the server; see RequestOptions.creates). Returns the final response
   * whatever its status (the vendor module interprets it); throws ActionFailure for network
   * errors, redirects, upgrades and oversized bodies.
   */
  async request(request: RequestOptions): Promise<HttpResponse> {
    const endpoint = `${request.method} ${this.options.baseUrl}${request.path.split('?')[0]}`
    const creates = request.creates === true
    // process.hrtime rather than performance.now(): the global `performance` loads perf_hooks
    // (about 6 ms) on first use.
    const started = process.hrtime.bigint()
    const record: RequestRecord = { endpoint, status: undefined, attempts: 0, durationMs: 0 }
    this.records.push(record)
    try {
      for (let attempt = 1; ; attempt++) {
        record.attempts = attempt
        // The status of this attempt's answer: one an earlier attempt got (a 429 before a timeout)
        // must not pass for it (a creating request's caller judges whether it may have reached the
        // server by whether an answer came).
        record.status = undefined
        const lastAttempt = attempt > this.options.retries
        const retry = (why: string, retryAfter?: string | string[]): Promise<void> =>
          waitToRetry(this.options, `${endpoint}: ${why}`, attempt, retryAfter)
        let response: HttpResponse
        try {
          response = await this.send(request, endpoint)
        } catch (error) {
          if (error instanceof PendingFailure) {
            record.status = error.status
            throw error.build(await loadFailures())
          }
          const next = afterNetworkError(error as NetworkError, creates)
          if (lastAttempt || next !== 'retry') {
            const heldBack = !lastAttempt && next === 'held-back'
            const { networkFailure } = await loadFailures()
            throw networkFailure(
              this.failureContext,
              error as NetworkError,
              endpoint,
              attempt,
              heldBack
            )
          }
          await retry(retryReason(error as NetworkError))
          continue
        }
        record.status = response.status
        if (response.status >= 300 && response.status < 400) {
          throw (await loadFailures()).redirectFailure(this.failureContext, response)
        }
        response.retryable = retryableAnswer(response, creates)
        if (lastAttempt || !response.retryable) return response
        await retry(`HTTP ${response.status}`, response.headers['retry-after'])
      }
    } finally {
      record.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6)
    }
  }

  /** Where this client sends its requests, and whether the url input chose it. */
  get server(): ServerChoice {
    return { url: this.options.baseUrl, urlFromInput: this.options.urlFromInput !== false }
  }

  /** Closes kept-alive connections so the process can exit at once. */
  close(): void {
    this.agent.destroy()
  }

  /**
   * One attempt. Settles exactly once, whatever the server does (an answer, an upgrade, a closed
   * socket, nothing at all), and never later than the timeout; on failure the socket is destroyed.
   */
  private send(request: RequestOptions, endpoint: string): Promise<HttpResponse> {
    const url = new URL(this.options.baseUrl + request.path)
    const [body, contentType] = encodeBody(request)
    const headers = this.headersFor(request, url, body, contentType)
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = this.transport.request(url, {
        method: request.method,
        headers,
        agent: this.agent
      })
      const settle = this.settleOnce(req, resolve, reject)
      this.watchConnection(req, settle, endpoint)
      req.on('response', (res) => this.readAnswer(res, settle, endpoint))
      req.end(body)
    })
  }

  /** The client's headers, the request's, its signature for this URL, the body's type and size. */
  private headersFor(
    request: RequestOptions,
    url: URL,
    body: string | undefined,
    contentType: string | undefined
  ): Record<string, string> {
    return {
      accept: 'application/json',
      ...this.options.headers,
      ...request.headers,
      ...request.signedHeaders?.(url),
      ...(body === undefined
        ? {}
        : { 'content-type': contentType!, 'content-length': String(Buffer.byteLength(body)) })
    }
  }

  /** Settles on the first of an answer, a failure or the timeout; a failure destroys the socket. */
  private settleOnce(
    req: http.ClientRequest,
    resolve: (response: HttpResponse) => void,
    reject: (error: Error) => void
  ): Settle {
    let settled = false
    const fail = (error: Error): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      req.destroy()
      reject(error)
    }
    const succeed = (response: HttpResponse): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(response)
    }
    const timer = setTimeout(() => {
      fail(
        networkError(
          `no complete answer within ${this.options.timeoutMs / 1000} s`,
          'SCANNER_LOGIN_TIMEOUT'
        )
      )
    }, this.options.timeoutMs)
    return { fail, succeed, settled: () => settled }
  }

  /** Everything before a final answer: errors, a close, an upgrade, a flood of interim answers. */
  private watchConnection(
    req: http.ClientRequest,
    { fail, settled }: Settle,
    endpoint: string
  ): void {
    // Stays attached after settling: a late error from a destroyed socket must not be unhandled.
    req.on('error', fail)
    req.on('close', () => {
      if (settled()) return
      fail(
        networkError('the connection closed without a complete answer', 'SCANNER_LOGIN_NO_ANSWER')
      )
    })
    req.on('upgrade', (res: http.IncomingMessage, socket: { destroy(): void }) => {
      socket.destroy()
      fail(upgradeFailureOf(this.failureContext, endpoint, res))
    })
    let interim = 0
    req.on('information', (info: { statusCode: number }) => {
      interim += 1
      if (interim > MAX_INTERIM_RESPONSES) {
        fail(
          new PendingFailure(
            (failures) =>
              failures.interimFloodFailure(
                this.failureContext,
                endpoint,
                info.statusCode,
                MAX_INTERIM_RESPONSES
              ),
            info.statusCode
          )
        )
      }
    })
  }

  /** The final answer, its body read whole unless it grows over MAX_BODY_BYTES. */
  private readAnswer(res: http.IncomingMessage, settle: Settle, endpoint: string): void {
    const { fail, succeed, settled } = settle
    const status = res.statusCode ?? 0
    // Node hands over a 101 without `Connection: upgrade` as an ordinary answer.
    if (status < 200) {
      fail(upgradeFailureOf(this.failureContext, endpoint, res))
      return
    }
    // Built only when the body is too large: an Error captures its stack as it is made, work every
    // answer would otherwise pay.
    const oversize = (): PendingFailure =>
      new PendingFailure((failures) =>
        failures.oversizeFailure(this.failureContext, endpoint, status, MAX_BODY_BYTES)
      )
    const declared = Number(res.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) {
      fail(oversize())
      return
    }
    // Copied into one buffer as it arrives: a body sent a byte per chunk kept as a list of its
    // chunks held a megabyte in a million objects (about 0.5 GB).
    let body = Buffer.allocUnsafe(Math.min(declared || BODY_START_BYTES, BODY_START_BYTES))
    let size = 0
    res.on('data', (chunk: Buffer) => {
      if (size + chunk.length > MAX_BODY_BYTES) {
        fail(oversize())
        return
      }
      if (size + chunk.length > body.length) {
        const grown = Buffer.allocUnsafe(
          Math.min(MAX_BODY_BYTES, Math.max(2 * body.length, size + chunk.length))
        )
        body.copy(grown, 0, 0, size)
        body = grown
      }
      chunk.copy(body, size)
      size += chunk.length
    })
    res.on('end', () => {
      succeed({
        status,
        statusText: res.statusMessage ?? '',
        headers: res.headers,
        body: body.toString('utf8', 0, size),
        endpoint
      })
    })
    res.on('error', fail)
    res.on('close', () => {
      if (settled()) return
      fail(networkError('the connection closed in the middle of the answer', 'ECONNRESET'))
    })
  }
}

/** The body as sent and its content type: a form, JSON, or nothing. */
function encodeBody(
  request: RequestOptions
): [body: string | undefined, contentType: string | undefined] {
  if (request.form !== undefined) {
    return [new URLSearchParams(request.form).toString(), 'application/x-www-form-urlencoded']
  }
  if (request.json !== undefined) return [JSON.stringify(request.json), 'application/json']
  return [undefined, undefined]
}

/** A 101 upgrade, or a 1xx given as the final answer: the answer's status goes to the record. */
function upgradeFailureOf(
  context: FailureContext,
  endpoint: string,
  res: http.IncomingMessage
): PendingFailure {
  return new PendingFailure(
    (failures) => failures.upgradeFailure(context, endpoint, res),
    res.statusCode ?? 101
  )
}

function networkError(message: string, code: string): NetworkError {
  const error: NetworkError = new Error(message)
  error.code = code
  return error
}
