/**
 * The shapes of a request, its answer and its record, apart from the client that sends them: vendor
 * modules, the kit and the failure builders read them without depending on the transport.
 */
import type * as http from 'node:http'

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
  /**
   * Whether the client sends the request again after an answer of this status (a creating request
   * is sent again after fewer: RequestOptions.creates), so whether more retries could have helped.
   * Set by HttpClient.request; undefined for an answer built elsewhere.
   */
  retryable?: boolean
}

/** One line of the job summary's request table. */
export interface RequestRecord {
  endpoint: string
  status: number | undefined
  attempts: number
  durationMs: number
}

export interface NetworkError extends Error {
  code?: string
  hostname?: string
  /** Set by Node on ERR_PROXY_TUNNEL: the proxy's answer to CONNECT. */
  statusCode?: number
  /** Set by Node on ERR_TLS_CERT_ALTNAME_INVALID. */
  cert?: { subjectaltname?: string; subject?: { CN?: string | string[] } }
}
