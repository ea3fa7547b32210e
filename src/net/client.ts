/**
 * The one HTTP client every vendor uses: per-attempt timeout, bounded retries with exponential
 * backoff, jitter and Retry-After, no redirects (credentials never follow one), a 1 MiB body cap,
 * extra CA / no-verify TLS, and HTTPS_PROXY / HTTP_PROXY / NO_PROXY (never for loopback).
 *
 * It is built on node:http(s) rather than undici: undici's llhttp WASM start-up alone costs more
 * than Node's own boot (see the README's performance section), and this action runs in every job.
 * The modules are taken with `process.getBuiltinModule` when a client is built: an ESM
 * `import 'node:http'` builds the module namespace, whose WebSocket getter loads undici, and
 * node:https (with tls and crypto) is only needed for https:// URLs. Node 24 agents honour the
 * proxy variables natively through `proxyEnv`.
 */
import type * as http from 'node:http'
import type * as https from 'node:https'
import { ActionFailure, CA_CERT_HINT, PROXY_HINT, TIMEOUT_HINT } from '../core/failure.js'

export const MAX_BODY_BYTES = 1024 * 1024
/** The longest Retry-After this action waits for; a server asking for more gets this much. */
export const MAX_RETRY_AFTER_MS = 30_000
/** A Retry-After wait is stretched by up to this fraction of itself, at random... */
const RETRY_AFTER_JITTER = 0.25
/** ...and by at most this much. */
const MAX_RETRY_AFTER_JITTER_MS = 2_000
/** JSON nested deeper than this is refused before parsing; identity answers nest 3 or 4 levels. */
export const MAX_JSON_DEPTH = 64
/**
 * JSON with more array entries plus object keys than this, in total, is refused before parsing:
 * an identity answer holds a few dozen, and every entry is work for the vendor module afterwards.
 */
export const MAX_JSON_ENTRIES = 10_000
/** How many 1xx interim answers (100 Continue, 103 Early Hints) one request may receive. */
const MAX_INTERIM_RESPONSES = 10
const BACKOFF_BASE_MS = 500
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504])
/** Statuses after which a creating request is sent again, and only with Retry-After. */
const CREATING_RETRYABLE_STATUSES = new Set([429, 503])
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'SCANNER_LOGIN_TIMEOUT',
  'SCANNER_LOGIN_NO_ANSWER'
])
/**
 * Errors raised before a single byte of the request can have reached the server: the name did not
 * resolve (temporarily: ENOTFOUND is never retried, a typo does not heal), or the connection was
 * refused. Only these are retried for a request that creates something.
 */
const NEVER_SENT_CODES = new Set(['EAI_AGAIN', 'ECONNREFUSED'])
/** The server's certificate chain did not lead to a trusted CA. */
const TLS_CHAIN_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE'
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
  /**
   * Headers computed afresh for every attempt, from the exact URL sent: a signed request (Veracode's
   * HMAC with its timestamp and nonce) must not replay one signature on a retry.
   */
  signedHeaders?: (url: URL) => Record<string, string>
  /** Sent as an application/x-www-form-urlencoded body (OAuth token endpoints). */
  form?: Readonly<Record<string, string>>
  /**
   * The request creates something on the server (a login that opens a session, issues a token or
   * uses up a single-use refresh token). It is sent again only when it provably never reached the
   * server: a temporary DNS failure, a refused connection, or 429/503 with Retry-After. Never after
   * a timeout, a reset, a 502 or a 504, which would leave an orphaned session or a burnt token.
   */
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
  /** Set by Node on ERR_TLS_CERT_ALTNAME_INVALID. */
  cert?: { subjectaltname?: string; subject?: { CN?: string | string[] } }
}

/** A final answer the client cannot use at all (an upgrade); carries the status for the record. */
class UnusableAnswerFailure extends ActionFailure {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

export class HttpClient {
  readonly records: RequestRecord[] = []
  private readonly agent: http.Agent
  private readonly transport: typeof http | typeof https
  private readonly proxy: string | undefined

  constructor(private readonly options: HttpClientOptions) {
    const env = options.env ?? process.env
    const base = new URL(options.baseUrl)
    const secure = base.protocol === 'https:'
    this.transport = secure
      ? process.getBuiltinModule('node:https')
      : process.getBuiltinModule('node:http')
    // Loopback never goes through a proxy: the proxy's "localhost" is another machine, and an
    // http:// loopback URL would carry the credential across the network in clear text.
    const loopback = isLoopbackHost(base.hostname)
    this.proxy = proxyFor(base, env)
    const agentOptions = {
      keepAlive: true,
      // Node >= 24.5 routes through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY matches.
      ...(loopback ? {} : { proxyEnv: env }),
      ...(secure ? tlsOptions(options) : {})
    }
    try {
      this.agent = new this.transport.Agent(agentOptions)
    } catch (error) {
      if ((error as NetworkError).code !== 'ERR_PROXY_INVALID_CONFIG') throw error
      throw new ActionFailure(
        [
          `${options.vendor}: the proxy setting is not a valid URL: ${redactUrlCredentials(this.proxy ?? '')}.`,
          'Fix: set HTTPS_PROXY / HTTP_PROXY to a URL such as http://proxy.example.com:3128, or unset it.'
        ].join('\n')
      )
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
        const lastAttempt = attempt > this.options.retries
        let response: HttpResponse
        try {
          response = await this.send(request, endpoint)
        } catch (error) {
          if (error instanceof UnusableAnswerFailure) record.status = error.status
          const code = (error as NetworkError).code ?? ''
          const transient = TRANSIENT_NETWORK_CODES.has(code)
          const retryable = transient && (!creates || NEVER_SENT_CODES.has(code))
          if (lastAttempt || !retryable) {
            const heldBack = !lastAttempt && transient && !retryable
            throw this.networkFailure(error as NetworkError, endpoint, attempt, heldBack)
          }
          await sleep(backoffMs(attempt))
          continue
        }
        record.status = response.status
        if (response.status >= 300 && response.status < 400) throw this.redirectFailure(response)
        if (lastAttempt || !retryableAnswer(response, creates)) return response
        await sleep(retryDelayMs(response.headers['retry-after'], attempt))
      }
    } finally {
      record.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6)
    }
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
      ...request.signedHeaders?.(url),
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
      // Stays attached after settling: a late error from a destroyed socket must not be unhandled.
      req.on('error', fail)
      req.on('close', () => {
        fail(
          networkError('the connection closed without a complete answer', 'SCANNER_LOGIN_NO_ANSWER')
        )
      })
      req.on('upgrade', (res: http.IncomingMessage, socket: { destroy(): void }) => {
        socket.destroy()
        fail(this.upgradeFailure(endpoint, res))
      })
      let interim = 0
      req.on('information', (info: { statusCode: number }) => {
        interim += 1
        if (interim > MAX_INTERIM_RESPONSES) {
          fail(
            new UnusableAnswerFailure(
              [
                `${this.options.vendor}: ${endpoint} sent more than ${MAX_INTERIM_RESPONSES} interim answers (HTTP ${info.statusCode}) and no final one.`,
                'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
              ].join('\n'),
              info.statusCode
            )
          )
        }
      })
      req.on('response', (res) => {
        const status = res.statusCode ?? 0
        // Node hands over a 101 without `Connection: upgrade` as an ordinary answer.
        if (status < 200) {
          fail(this.upgradeFailure(endpoint, res))
          return
        }
        const declared = Number(res.headers['content-length'] ?? 0)
        if (declared > MAX_BODY_BYTES) {
          fail(this.oversizeFailure(endpoint, status))
          return
        }
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_BODY_BYTES) {
            fail(this.oversizeFailure(endpoint, status))
            return
          }
          chunks.push(chunk)
        })
        res.on('end', () => {
          succeed({
            status,
            statusText: res.statusMessage ?? '',
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            endpoint
          })
        })
        res.on('error', fail)
        res.on('close', () => {
          fail(networkError('the connection closed in the middle of the answer', 'ECONNRESET'))
        })
      })
      req.end(body)
    })
  }

  private networkFailure(
    error: NetworkError,
    endpoint: string,
    attempts: number,
    heldBack: boolean
  ): ActionFailure {
    if (error instanceof ActionFailure) return error
    const { vendor } = this.options
    const base = new URL(this.options.baseUrl)
    const host = base.host
    const code = error.code ?? ''
    const tried = attempts > 1 ? ` after ${attempts} attempts` : ''
    const detail = withoutNodeOnlyAdvice(this.options.redact(error.message))
    const viaProxy = this.proxy ? ` through the proxy ${redactUrlCredentials(this.proxy)}` : ''
    let lines: string[]
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      lines = [
        `${vendor}: could not resolve the host name ${base.hostname} (DNS ${code})${tried}.`,
        'Fix: check the url input for a typo, and that the runner can resolve internal names (self-hosted runner or VPN for on-premises servers).'
      ]
    } else if (code === 'SCANNER_LOGIN_TIMEOUT') {
      lines = [
        `${vendor}: ${endpoint} timed out${viaProxy}${tried}: ${detail}.`,
        `Fix: ${TIMEOUT_HINT}`
      ]
    } else if (isTlsCode(code)) {
      lines = this.tlsFailureLines(error, code, host, detail)
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
    if (heldBack) {
      lines.splice(
        1,
        0,
        'It was not sent again: the request may have reached the server, and repeating a login could open a second session or use up a single-use token.'
      )
    }
    return new ActionFailure(lines.join('\n'))
  }

  private tlsFailureLines(
    error: NetworkError,
    code: string,
    host: string,
    detail: string
  ): string[] {
    const { vendor, caPem } = this.options
    const lastResort = 'Set tls-verify: false only as a last resort.'
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
      const names = certificateNames(error.cert)
      return [
        `${vendor}: the TLS certificate of ${host} is not valid for the host name ${new URL(this.options.baseUrl).hostname}${names ? `; it covers ${names}` : ''} (${code}).`,
        `Fix: set the url input to a host name the certificate covers${names ? '' : ' (see its subject alternative names)'}, or have the certificate reissued for this name. ${lastResort}`
      ]
    }
    if (code === 'CERT_HAS_EXPIRED') {
      return [
        `${vendor}: the TLS certificate of ${host} has expired (${code}).`,
        `Fix: the server's administrator must renew its certificate. ${lastResort}`
      ]
    }
    if (code === 'CERT_NOT_YET_VALID') {
      return [
        `${vendor}: the TLS certificate of ${host} is not valid yet (${code}).`,
        `Fix: check the clock of the runner and of the server. ${lastResort}`
      ]
    }
    if (TLS_CHAIN_CODES.has(code) && caPem) {
      return [
        `${vendor}: the TLS connection to ${host} failed: the CA given in ca-cert did not verify the server's certificate chain: ${detail} (${code}).`,
        `Fix: give in ca-cert the CA that issued the server's certificate (not another CA); if the server does not send its intermediate certificate, add that intermediate to ca-cert too. ${lastResort}`
      ]
    }
    return [
      `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
      `Fix: ${CA_CERT_HINT}`
    ]
  }

  private upgradeFailure(endpoint: string, res: http.IncomingMessage): UnusableAnswerFailure {
    const status = res.statusCode ?? 101
    const statusText = res.statusMessage ? ` ${oneLine(res.statusMessage)}` : ''
    const what =
      status === 101
        ? 'a switch to another protocol that this API never asks for'
        : 'an interim status as its final answer'
    return new UnusableAnswerFailure(
      [
        `${this.options.vendor}: ${endpoint} answered HTTP ${status}${statusText}, ${what}; the connection was closed.`,
        'Likely cause: the url input points at something other than the API (a WebSocket or tunnel endpoint, or a proxy in between).',
        'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
      ].join('\n'),
      status
    )
  }

  private redirectFailure(response: HttpResponse): ActionFailure {
    const location = oneLine(
      this.options.redact(String(response.headers.location ?? '(no Location header)'))
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

function retryableAnswer(response: HttpResponse, creates: boolean): boolean {
  if (!creates) return RETRYABLE_STATUSES.has(response.status)
  const retryAfter = response.headers['retry-after']
  return CREATING_RETRYABLE_STATUSES.has(response.status) && String(retryAfter ?? '').trim() !== ''
}

/** Why a body was refused before JSON.parse, or undefined when it is within the bounds. */
export type JsonLimit = 'too-deep' | 'too-many-entries'

/**
 * Checks the bounds of a JSON text in one linear pass, without parsing it: nesting deeper than
 * MAX_JSON_DEPTH, or more than MAX_JSON_ENTRIES array entries and object keys in total. Counting
 * is on the raw text (a separator or the first item of a container is an entry), so malformed
 * text is measured too; JSON.parse then decides whether it is JSON at all.
 */
export function jsonLimitExceeded(text: string): JsonLimit | undefined {
  let depth = 0
  let entries = 0
  let inString = false
  let justOpened = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c /* \ */) i++
      else if (c === 0x22 /* " */) inString = false
      continue
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue
    if (justOpened) {
      justOpened = false
      if (c !== 0x5d /* ] */ && c !== 0x7d /* } */) entries++
    }
    if (c === 0x22) inString = true
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_JSON_DEPTH) return 'too-deep'
      justOpened = true
    } else if (c === 0x5d || c === 0x7d) depth--
    else if (c === 0x2c /* , */) entries++
    if (entries > MAX_JSON_ENTRIES) return 'too-many-entries'
  }
  return undefined
}

/**
 * Parses a JSON body whatever the Content-Type claims (Tenable.sc labels JSON as text/html).
 * Returns undefined for text that is not JSON and for JSON beyond the bounds of jsonLimitExceeded
 * (so no answer can exhaust the stack or the CPU); notJsonFailure says which it was.
 */
export function parseJson(body: string): unknown {
  if (jsonLimitExceeded(body) !== undefined) return undefined
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

export interface NotJsonOptions {
  /**
   * Whether an excerpt of the body may be quoted. False (the default) for token and login
   * answers, whose body may hold credentials in a form nothing masked; true for identity and
   * probe GETs, where the start of a login page or proxy error helps.
   */
  quoteBody?: boolean
}

/** The failure for an answer that should have been JSON, with a short, redacted excerpt if allowed. */
export function notJsonFailure(
  vendor: string,
  response: HttpResponse,
  redact: (text: string) => string,
  options: NotJsonOptions = {}
): ActionFailure {
  const type = oneLine(String(response.headers['content-type'] ?? 'no Content-Type'))
  const limit = jsonLimitExceeded(response.body)
  if (limit !== undefined) {
    const what =
      limit === 'too-deep'
        ? `JSON nested deeper than ${MAX_JSON_DEPTH} levels`
        : `JSON with more than ${MAX_JSON_ENTRIES.toLocaleString('en-US')} entries`
    return new ActionFailure(
      [
        `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${what} (${type}), far beyond any answer of the API; it was not read.`,
        'Fix: check the url input points at the vendor API, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
      ].join('\n')
    )
  }
  const looksHtml = /<html|<!doctype/i.test(response.body)
  const excerpt = options.quoteBody === true ? redactedExcerpt(response.body, redact) : ''
  const size = Buffer.byteLength(response.body)
  return new ActionFailure(
    [
      `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${looksHtml ? 'an HTML page' : 'a body that is not JSON'} (${type}), not the API's JSON.`,
      options.quoteBody === true
        ? excerpt
          ? `It begins: ${excerpt}`
          : ''
        : `Its ${size} bytes are not quoted: the answer of a login may hold credentials.`,
      looksHtml
        ? 'Likely causes: a login or SSO page, a proxy or firewall error page, or a url input that points at the web interface instead of the API.'
        : 'Likely cause: the url input points at something other than the API.',
      'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
    ]
      .filter(Boolean)
      .join('\n')
  )
}

/**
 * An excerpt of server text that is safe to quote: secrets are redacted in the whole raw text
 * first (an echo loses its exact form once folded, stripped or cut), then it is shortened, then
 * redacted again (folding can join a secret that a tag had split).
 */
export function redactedExcerpt(body: string, redact: (text: string) => string, max = 200): string {
  return redact(textExcerpt(redact(body), max))
}

/** Only this much of a body is looked at for an excerpt: enough for any page's first words. */
const EXCERPT_SCAN_CHARS = 64 * 1024
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * Plain text of a body for messages: one line, tags, scripts and styles removed, control
 * characters and runs of whitespace folded to one space, at most `max` characters. Linear in the
 * length of the body, whatever it holds.
 */
export function textExcerpt(body: string, max = 200): string {
  const text = oneLine(visibleText(body.slice(0, EXCERPT_SCAN_CHARS)))
  if (text.length <= max) return text
  // Never cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max
  return `${text.slice(0, end)}…`
}

/** One line: control characters (CR, LF, C0, C1, U+2028/9) and whitespace runs become one space. */
function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim()
}

/** Where a tag can start, as in HTML: `<` then a letter, `/`, `!` or `?` ("a < b" is text). */
const TAG_START = /<[A-Za-z/!?]/g

/** Text outside tags, without script and style contents; a `<` that opens no tag is kept. */
function visibleText(html: string): string {
  const lower = html.toLowerCase()
  const parts: string[] = []
  let i = 0
  while (i < html.length) {
    TAG_START.lastIndex = i
    const open = TAG_START.exec(html)?.index ?? -1
    if (open === -1) {
      parts.push(html.slice(i))
      break
    }
    parts.push(html.slice(i, open), ' ')
    const rawTextElement = lower.startsWith('<script', open)
      ? '</script'
      : lower.startsWith('<style', open)
        ? '</style'
        : undefined
    const from = rawTextElement ? lower.indexOf(rawTextElement, open) : open
    const close = from === -1 ? -1 : html.indexOf('>', from)
    if (close === -1) {
      if (!rawTextElement) parts.push(html.slice(open))
      break
    }
    i = close + 1
  }
  return parts.join('')
}

/** Removes Node's advice to run Node with --use-system-ca: users of an action cannot do that. */
function withoutNodeOnlyAdvice(message: string): string {
  const at = message.indexOf('--use-system-ca')
  if (at === -1) return message
  // Node appends it as a clause: "unable to verify ...; if the root CA is installed locally, try
  // running Node.js with --use-system-ca". Drop that clause (or sentence), keep the rest.
  const clause = message.lastIndexOf(';', at)
  const start = clause !== -1 ? clause : message.lastIndexOf('. ', at) + 1
  const next = message.indexOf(';', at)
  const end = next === -1 ? message.length : next
  return `${message.slice(0, start)}${message.slice(end)}`.trim()
}

function isTlsCode(code: string): boolean {
  return (
    TLS_CHAIN_CODES.has(code) ||
    code === 'CERT_HAS_EXPIRED' ||
    code === 'CERT_NOT_YET_VALID' ||
    code === 'ERR_TLS_CERT_ALTNAME_INVALID' ||
    code.startsWith('ERR_SSL') ||
    code.startsWith('ERR_TLS')
  )
}

/** "localhost, 127.0.0.1" from the certificate Node attaches to a host name mismatch. */
function certificateNames(cert: NetworkError['cert']): string {
  const altNames = (cert?.subjectaltname ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean)
  const commonName = cert?.subject?.CN
  const names =
    altNames.length > 0 ? altNames : [commonName].flat().filter((name) => name !== undefined)
  return oneLine(names.slice(0, 10).join(', '))
}

/**
 * Loopback by name or address: localhost (with or without the root dot), 127.0.0.0/8, ::1, and
 * 127.x mapped into IPv6. Such a URL is never proxied.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return (
    host === 'localhost' ||
    host === 'localhost.' ||
    host === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    /^::ffff:(127(\.\d{1,3}){3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.test(host)
  )
}

/**
 * The proxy Node 24 will use for this URL, or undefined for a direct connection: loopback never
 * (see isLoopbackHost), otherwise Node's own choice, which proxyBypassed mirrors.
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  if (isLoopbackHost(url.hostname)) return undefined
  const secure = url.protocol === 'https:'
  // Node: lower case first, and an empty value counts as unset.
  const proxy = secure ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY
  if (!proxy) return undefined
  // Node ignores proxies of other schemes (socks5://...) and connects directly.
  if (!proxy.startsWith('http://') && !proxy.startsWith('https://')) return undefined
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
  const port = url.port ? Number(url.port) : secure ? 443 : 80
  return proxyBypassed(host, port, env.no_proxy || env.NO_PROXY) ? undefined : proxy
}

/**
 * Whether a NO_PROXY list exempts host:port, exactly as Node 24.21's http agent decides
 * (ProxyConfig.shouldUseProxy): comma-separated entries, trimmed and lower-cased; `*` matches
 * all; an entry equal to the host or to `host:port` matches (the port is always present: 443 or
 * 80 when the URL has none; IPv6 hosts have no brackets, so `[::1]:443` never matches);
 * `.example.com` matches example.com and its subdomains; `*.example.com` matches subdomains
 * only; `a.b.c.d-e.f.g.h` is an IPv4 range. A bare `example.com` does not match subdomains, and
 * CIDR blocks are not supported. (Node releases before the fix of nodejs/node#62907 also matched
 * `.example.com` against `notexample.com`.)
 */
export function proxyBypassed(host: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false
  const name = host.toLowerCase()
  const nameWithPort = `${name}:${port}`
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase()
    if (entry === '*' || entry === name || entry === nameWithPort) return true
    if (entry.startsWith('.')) {
      const suffix = entry.slice(1)
      if (
        name === suffix ||
        (name.endsWith(suffix) && name[name.length - suffix.length - 1] === '.')
      )
        return true
    }
    if (entry.startsWith('*.') && name.endsWith(entry.slice(1))) return true
    if (entry.includes('-') && isIPv4(name)) {
      const [start = '', end = ''] = entry.split('-').map((part) => part.trim())
      if (isIPv4(start) && isIPv4(end)) {
        const value = ipv4ToInt(name)
        if (value >= ipv4ToInt(start) && value <= ipv4ToInt(end)) return true
      }
    }
  }
  return false
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

function isIPv4(text: string): boolean {
  return IPV4.test(text)
}

function ipv4ToInt(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0)
}

/**
 * How long to wait before the next attempt: the server's Retry-After (seconds or an HTTP date),
 * capped, or exponential backoff with jitter.
 */
export function retryDelayMs(
  retryAfter: string | string[] | undefined,
  attempt: number,
  now = Date.now(),
  random = Math.random
): number {
  const value = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter
  if (value !== undefined && value.trim() !== '') {
    const trimmed = value.trim()
    const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now
    if (Number.isFinite(ms)) {
      const wait = Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS)
      // Never sooner than asked, but not all at once either: fifty jobs told "Retry-After: 1" by
      // one server would otherwise come back in the same millisecond.
      return Math.round(
        wait + random() * Math.min(wait * RETRY_AFTER_JITTER, MAX_RETRY_AFTER_JITTER_MS)
      )
    }
  }
  return backoffMs(attempt, random)
}

/** Exponential backoff (0.5 s, 1 s, 2 s, ...) with jitter of up to half of it. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS)
  return Math.round(base / 2 + (base / 2) * random())
}

function tlsOptions(options: HttpClientOptions): https.AgentOptions {
  if (!options.tlsVerify) return { rejectUnauthorized: false }
  if (!options.caPem) return {}
  return extraCaTrust(process.getBuiltinModule('node:tls'), options.caPem)
}

/**
 * TLS options that trust `caPem` in addition to the default roots (Node's bundled ones,
 * NODE_EXTRA_CA_CERTS, the system store when enabled).
 *
 * The fast way adds the CA to a default secure context: Node copies its already parsed root store
 * into that context and adds the CA to the copy, about 2 ms. It goes through the `context` property
 * of a SecureContext, which Node does not document (its own TLS tests use it); a test fails the day
 * it disappears. Without it, the documented way: `ca` replaces the default trust store, so it is
 * given the default roots as PEM along with the CA, and Node parses every one of them again (10 to
 * 30 ms, and the agent's connection-pool key holds the whole list).
 */
export function extraCaTrust(
  tls: Pick<
    typeof import('node:tls'),
    'createSecureContext' | 'getCACertificates' | 'rootCertificates'
  >,
  caPem: string
): https.AgentOptions {
  const secureContext = tls.createSecureContext()
  const native = (secureContext as { context?: { addCACert?: unknown } }).context
  if (typeof native?.addCACert === 'function') {
    native.addCACert(caPem)
    return { secureContext }
  }
  const defaults =
    typeof tls.getCACertificates === 'function'
      ? tls.getCACertificates('default')
      : tls.rootCertificates
  return { ca: [...defaults, caPem] }
}

function networkError(message: string, code: string): NetworkError {
  const error: NetworkError = new Error(message)
  error.code = code
  return error
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
