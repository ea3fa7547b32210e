/**
 * When an attempt is sent again and how long to wait first. A request that creates something (a
 * login) is repeated only when it provably never reached the server; see RequestOptions.creates.
 */
import type { HttpResponse, NetworkError } from './types.js'

/** The longest Retry-After this action waits for; a server asking for more gets this much. */
export const MAX_RETRY_AFTER_MS = 30_000
/** A Retry-After wait is stretched by up to this fraction of itself, at random... */
const RETRY_AFTER_JITTER = 0.25
/** ...and by at most this much. */
const MAX_RETRY_AFTER_JITTER_MS = 2_000
const BACKOFF_BASE_MS = 500
/** Statuses after which a request is sent again (a creating one only after fewer: below). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504])
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

/**
 * What may follow an attempt that failed with this error code: another attempt, none because the
 * error is transient but a creating request may have reached the server ('held-back', which the
 * failure explains), or none because the error will not heal ('final').
 */
export function afterNetworkError(
  error: Pick<NetworkError, 'code' | 'statusCode'>,
  creates: boolean
): 'retry' | 'held-back' | 'final' {
  const code = error.code ?? ''
  // A proxy that answered CONNECT with a passing refusal: the request never left the proxy, so
  // even a login may be sent again.
  if (code === 'ERR_PROXY_TUNNEL') {
    return RETRYABLE_STATUSES.has(error.statusCode ?? 0) ? 'retry' : 'final'
  }
  if (!TRANSIENT_NETWORK_CODES.has(code)) return 'final'
  return !creates || NEVER_SENT_CODES.has(code) ? 'retry' : 'held-back'
}

/**
 * Whether an answer is worth another attempt: 429, 502, 503 or 504; for a creating request only
 * 429 or 503, and only with Retry-After.
 */
export function retryableAnswer(response: HttpResponse, creates: boolean): boolean {
  if (!creates) return RETRYABLE_STATUSES.has(response.status)
  const retryAfter = response.headers['retry-after']
  return CREATING_RETRYABLE_STATUSES.has(response.status) && String(retryAfter ?? '').trim() !== ''
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

/**
 * Why an attempt is sent again, for the line that says so: our own codes carry our own words, but
 * Node's messages may name a proxy with its password, so theirs give only the code (and a proxy's
 * refusal of CONNECT its status).
 */
export function retryReason({
  code,
  message,
  statusCode
}: Pick<NetworkError, 'code' | 'message' | 'statusCode'>): string {
  if (code === 'ERR_PROXY_TUNNEL' && statusCode)
    return `the proxy answered CONNECT with ${statusCode}`
  return code?.startsWith('SCANNER_LOGIN_') ? message : (code ?? 'no answer')
}

/**
 * Says which attempt follows `attempt`, after what and when (through the client's onRetry, so that
 * a silent server is not a silent step), then waits for it: the server's Retry-After, or backoff.
 */
export async function waitToRetry(
  client: { onRetry?: (line: string) => void; retries: number },
  after: string,
  attempt: number,
  retryAfter?: string | string[]
): Promise<void> {
  const ms = retryDelayMs(retryAfter, attempt)
  client.onRetry?.(
    `${after}; attempt ${attempt + 1} of ${client.retries + 1} in ${(ms / 1000).toFixed(1)} s.`
  )
  await new Promise((resolve) => setTimeout(resolve, ms))
}
