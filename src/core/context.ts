/**
 * Builds what a vendor module is handed: the HTTP client and the masking/logging helpers. Those
 * helpers come from the caller's io, so the same vendor code logs through @actions/core in the action
 * and into the doctor's report on a laptop.
 */
import { HttpClient } from '../net/client.js'
import type { Plan, SessionContext } from '../kit/types.js'

/** The package version; a test keeps it equal to package.json's (a JSON import would bundle all of it). */
export const VERSION = '1.0.0'
/** Sent with every request, so a vendor's logs tell this action and its version apart. */
export const USER_AGENT = `scanner-login/${VERSION}`

/** Where a vendor's secrets and log lines go: the runner in the action, the report in the doctor. */
export interface VendorIo {
  /** Registers a secret (and each line of it) before anything can print it. */
  mask(value: string | number | bigint | null | undefined): void
  /** Replaces every registered secret, in its usual encodings, with ***. */
  redact(text: string): string
  info(message: string): void
  debug(message: string): void
}

export type ConnectionSettings = Pick<
  Plan,
  'url' | 'urlFromInput' | 'timeoutMs' | 'retries' | 'caPem' | 'tlsVerify'
> & {
  vendorName: string
  /** Who reached this server before: the main step (the post step's), or this check's login. */
  reachedEarlier?: 'main step' | 'login' | undefined
}

export function createHttpClient(
  settings: ConnectionSettings,
  io: Pick<VendorIo, 'redact'> & Partial<Pick<VendorIo, 'info'>>
): HttpClient {
  return new HttpClient({
    baseUrl: settings.url,
    urlFromInput: settings.urlFromInput === true,
    reachedEarlier: settings.reachedEarlier,
    vendor: settings.vendorName,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    caPem: settings.caPem,
    tlsVerify: settings.tlsVerify,
    redact: io.redact,
    ...(io.info ? { onRetry: (line: string) => io.info!(line) } : {}),
    headers: { 'user-agent': USER_AGENT }
  })
}

export function vendorContext(
  http: HttpClient,
  io: VendorIo,
  credentials: SessionContext['credentials'] = {}
): SessionContext {
  return {
    http,
    credentials,
    mask: (value) => io.mask(value),
    redact: (text) => io.redact(text),
    info: (message) => io.info(message),
    debug: (message) => io.debug(message)
  }
}
