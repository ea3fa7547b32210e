/**
 * The one HTTP client every vendor uses: per-attempt timeout, bounded retries with exponential
 * backoff, jitter and Retry-After, no redirects (credentials never follow one), a 1 MiB body cap,
 * extra CA / no-verify TLS, and HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
 *
 * It is built on node:http(s) rather than undici: undici's llhttp WASM start-up alone costs more
 * than Node's own boot (see the README's performance section), and this action runs in every job.
 * Node 24 agents honour the proxy variables natively through `proxyEnv`.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import * as tls from 'node:tls'
import { ActionFailure, CA_CERT_HINT, PROXY_HINT, TIMEOUT_HINT } from './failure.js'

export const MAX_BODY_BYTES = 1024 * 1024
/** The longest Retry-After this action waits for; a server asking for more gets this much. */
export const MAX_RETRY_AFTER_MS = 30_000
const BACKOFF_BASE_MS = 500
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504])
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'SCANNER_LOGIN_TIMEOUT'
])
const TLS_CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

export interface HttpClientOptions {
  /** Base URL without a trailing slash. */
  baseUrl: string
  /** Vendor display name, for messages. */
  vendor: string
  timeoutMs: number
  retries: number
  caPem: string | undefined
  tlsVerify: boolean
  /** Removes every registered secret from text that may reach a message. */
  redact: (text: string) => string
  /** Headers sent with every request (user agent, correlation id). */
  headers?: Record<string, string>
  /** Environment to read proxy settings from. */
  env?: NodeJS.ProcessEnv
}

export interface RequestOptions {
  method: 'GET' | 'POST' | 'DELETE'
  /** Path and query, starting with '/'. */
  path: string
  headers?: Record<string, string>
  /** Sent as a JSON body. */
  json?: unknown
  /** Sent as an application/x-www-form-urlencoded body (OAuth token endpoints). */
  form?: Readonly<Record<string, string>>
  /** The request creates something (a session, a token): see the retry policy in request(). */
  creates?: boolean
}

export interface HttpResponse {
  status: number
  statusText: string
  headers: http.IncomingHttpHeaders
  body: string
  /** "GET https://host/path", for messages. */
  endpoint: string
}

/** One line of the job summary's request table. */
export interface RequestRecord {
  endpoint: string
  status: number | undefined
  attempts: number
  durationMs: number
}

interface NetworkError extends Error {
  code?: string
  hostname?: string
}

export class HttpClient {
  readonly records: RequestRecord[] = []
  private readonly agent: http.Agent
  private readonly transport: typeof http | typeof https
  private readonly proxy: string | undefined

  constructor(private readonly options: HttpClientOptions) {
    const env = options.env ?? process.env
    const secure = options.baseUrl.startsWith('https:')
    this.transport = secure ? https : http
    this.proxy = proxyFor(new URL(options.baseUrl), env)
    const agentOptions = {
      keepAlive: true,
      // Node >= 24.5 routes through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY matches.
      proxyEnv: env,
      ...(secure ? tlsOptions(options) : {})
    }
    this.agent = secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions)
  }

  /**
   * Sends one request, retrying network errors, 429, 502, 503 and 504. Returns the final response
   * whatever its status (the vendor module interprets it); throws ActionFailure for network errors,
   * redirects and oversized bodies.
   */
  async request(request: RequestOptions): Promise<HttpResponse> {
    const endpoint = `${request.method} ${this.options.baseUrl}${request.path.split('?')[0]}`
    const started = performance.now()
    const record: RequestRecord = { endpoint, status: undefined, attempts: 0, durationMs: 0 }
    this.records.push(record)
    try {
      for (let attempt = 1; ; attempt++) {
        record.attempts = attempt
        const lastAttempt = attempt > this.options.retries
        let response: HttpResponse
        try {
          response = await this.send(request, endpoint)
        } catch (error) {
          const code = (error as NetworkError).code ?? ''
          if (lastAttempt || !TRANSIENT_NETWORK_CODES.has(code)) {
            throw this.networkFailure(error as NetworkError, endpoint, attempt)
          }
          await sleep(backoffMs(attempt))
          continue
        }
        record.status = response.status
        if (response.status >= 300 && response.status < 400) throw this.redirectFailure(response)
        if (lastAttempt || !RETRYABLE_STATUSES.has(response.status)) return response
        await sleep(retryDelayMs(response.headers['retry-after'], attempt))
      }
    } finally {
      record.durationMs = Math.round(performance.now() - started)
    }
  }

  /** Closes kept-alive connections so the process can exit at once. */
  close(): void {
    this.agent.destroy()
  }

  private send(request: RequestOptions, endpoint: string): Promise<HttpResponse> {
    const url = new URL(this.options.baseUrl + request.path)
    const [body, contentType] =
      request.form !== undefined
        ? [new URLSearchParams(request.form).toString(), 'application/x-www-form-urlencoded']
        : request.json !== undefined
          ? [JSON.stringify(request.json), 'application/json']
          : [undefined, undefined]
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...this.options.headers,
      ...request.headers,
      ...(body === undefined
        ? {}
        : { 'content-type': contentType!, 'content-length': String(Buffer.byteLength(body)) })
    }
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = this.transport.request(url, {
        method: request.method,
        headers,
        agent: this.agent
      })
      const timer = setTimeout(() => {
        const error: NetworkError = new Error(
          `no complete answer within ${this.options.timeoutMs / 1000} s`
        )
        error.code = 'SCANNER_LOGIN_TIMEOUT'
        req.destroy(error)
      }, this.options.timeoutMs)
      req.on('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      req.on('response', (res) => {
        const declared = Number(res.headers['content-length'] ?? 0)
        if (declared > MAX_BODY_BYTES) {
          clearTimeout(timer)
          req.destroy()
          reject(this.oversizeFailure(endpoint, res.statusCode ?? 0))
          return
        }
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_BODY_BYTES) {
            clearTimeout(timer)
            req.destroy()
            reject(this.oversizeFailure(endpoint, res.statusCode ?? 0))
            return
          }
          chunks.push(chunk)
        })
        res.on('end', () => {
          clearTimeout(timer)
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            endpoint
          })
        })
        res.on('error', (error) => {
          clearTimeout(timer)
          reject(error)
        })
      })
      req.end(body)
    })
  }

  private networkFailure(error: NetworkError, endpoint: string, attempts: number): ActionFailure {
    if (error instanceof ActionFailure) return error
    const { vendor } = this.options
    const host = new URL(this.options.baseUrl).host
    const code = error.code ?? ''
    const tried = attempts > 1 ? ` after ${attempts} attempts` : ''
    const detail = this.options.redact(error.message)
    const viaProxy = this.proxy ? ` through the proxy ${redactUrlCredentials(this.proxy)}` : ''
    let lines: string[]
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      lines = [
        `${vendor}: could not resolve the host name ${new URL(this.options.baseUrl).hostname} (DNS ${code})${tried}.`,
        'Fix: check the url input for a typo, and that the runner can resolve internal names (self-hosted runner or VPN for on-premises servers).'
      ]
    } else if (code === 'SCANNER_LOGIN_TIMEOUT') {
      lines = [
        `${vendor}: ${endpoint} timed out${viaProxy}${tried}: ${detail}.`,
        `Fix: ${TIMEOUT_HINT}`
      ]
    } else if (
      TLS_CERT_CODES.has(code) ||
      code.startsWith('ERR_SSL') ||
      code.startsWith('ERR_TLS')
    ) {
      lines = [
        `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
        `Fix: ${CA_CERT_HINT}`
      ]
    } else if (this.proxy && (code === 'ERR_PROXY_TUNNEL' || proxyRefused(error, this.proxy))) {
      lines = [
        `${vendor}: could not reach ${host}${viaProxy}: ${detail}${tried}.`,
        `Fix: ${PROXY_HINT}`
      ]
    } else if (code === 'ECONNREFUSED') {
      lines = [
        `${vendor}: ${host} refused the connection${viaProxy}${tried} (${code}).`,
        'Fix: check the url input (host and port) and that the server is running and reachable from the runner.'
      ]
    } else {
      lines = [
        `${vendor}: ${endpoint} failed${viaProxy}${tried}: ${detail}${code ? ` (${code})` : ''}.`,
        `Fix: check the url input and the runner's network access to ${host}.`
      ]
    }
    return new ActionFailure(lines.join('\n'))
  }

  private redirectFailure(response: HttpResponse): ActionFailure {
    const location = this.options.redact(
      String(response.headers.location ?? '(no Location header)')
    )
    return new ActionFailure(
      [
        `${this.options.vendor}: ${response.endpoint} answered with a redirect (HTTP ${response.status}) to ${location}.`,
        'Credentials are never sent on to a redirect target, so the redirect was not followed.',
        'Fix: set the url input to the API base URL the server expects (a redirect usually means http:// instead of https://, a missing path, or a login page in front of the API).'
      ].join('\n')
    )
  }

  private oversizeFailure(endpoint: string, status: number): ActionFailure {
    return new ActionFailure(
      [
        `${this.options.vendor}: ${endpoint} (HTTP ${status}) sent a response body over ${MAX_BODY_BYTES / 1024 / 1024} MiB; it was cut off.`,
        'An identity check answers with a few kilobytes, so this is not the API the url input should point at.',
        'Fix: check the url input.'
      ].join('\n')
    )
  }
}

/** Parses a JSON body whatever the Content-Type claims (Tenable.sc labels JSON as text/html). */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

/** The failure for an answer that should have been JSON, with a short, redacted excerpt. */
export function notJsonFailure(
  vendor: string,
  response: HttpResponse,
  redact: (text: string) => string,
  options: { quoteBody?: boolean } = {}
): ActionFailure {
  const type = String(response.headers['content-type'] ?? 'no Content-Type')
  const looksHtml = /<html|<!doctype/i.test(response.body)
  const excerpt = options.quoteBody === false ? '' : redact(textExcerpt(redact(response.body)))
  return new ActionFailure(
    [
      `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${looksHtml ? 'an HTML page' : 'a body that is not JSON'} (${type}), not the API's JSON.`,
      ...(excerpt ? [`It begins: ${excerpt}`] : []),
      looksHtml
        ? 'Likely causes: a login or SSO page, a proxy or firewall error page, or a url input that points at the web interface instead of the API.'
        : 'Likely cause: the url input points at something other than the API.',
      'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
    ].join('\n')
  )
}

/** Plain text of a body for messages: tags and whitespace folded, at most 200 characters. */
export function textExcerpt(body: string, max = 200): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/**
 * How long to wait before the next attempt: the server's Retry-After (seconds or an HTTP date),
 * capped, or exponential backoff with jitter.
 */
export function retryDelayMs(
  retryAfter: string | string[] | undefined,
  attempt: number,
  now = Date.now()
): number {
  const value = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter
  if (value !== undefined && value.trim() !== '') {
    const trimmed = value.trim()
    const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS)
  }
  return backoffMs(attempt)
}

/** Exponential backoff (0.5 s, 1 s, 2 s, ...) with jitter of up to half of it. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS)
  return Math.round(base / 2 + (base / 2) * random())
}

/** The proxy Node will use for this URL, mirroring its HTTPS_PROXY / HTTP_PROXY / NO_PROXY rules. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  const proxy =
    url.protocol === 'https:'
      ? (env.HTTPS_PROXY ?? env.https_proxy)
      : (env.HTTP_PROXY ?? env.http_proxy)
  if (!proxy) return undefined
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').trim()
  if (noProxy === '*') return undefined
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase()
    if (!entry) continue
    const [entryHost = '', entryPort] = entry.startsWith('[')
      ? entry.slice(1).split(']:')
      : entry.split(':')
    if (entryPort && entryPort !== port) continue
    const bare = entryHost.replace(/^\*?\./, '')
    if (host === bare || host.endsWith(`.${bare}`)) return undefined
  }
  return proxy
}

function tlsOptions(options: HttpClientOptions): https.AgentOptions {
  if (!options.tlsVerify) return { rejectUnauthorized: false }
  if (!options.caPem) return {}
  // `ca` replaces the default trust store, so the public roots are passed along with the extra CA.
  const defaults =
    typeof tls.getCACertificates === 'function'
      ? tls.getCACertificates('default')
      : tls.rootCertificates
  return { ca: [...defaults, options.caPem] }
}

function proxyRefused(error: NetworkError, proxy: string): boolean {
  try {
    const proxyUrl = new URL(proxy)
    return error.message.includes(`${proxyUrl.hostname}:${proxyUrl.port || 80}`)
  } catch {
    return false
  }
}

function redactUrlCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.username || parsed.password) {
      parsed.username = '***'
      parsed.password = ''
    }
    return parsed.toString().replace(/\/$/, '')
  } catch {
    return '(unparseable proxy URL)'
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
