/** Builds what a vendor module is handed: the HTTP client and the masking/logging helpers. */
import { log, mask, redact } from './export.js'
import { HttpClient } from './http.js'
import type { Plan } from './inputs.js'
import type { VendorContext } from './vendors/types.js'

export const USER_AGENT = 'scanner-login/1'

export type ConnectionSettings = Pick<
  Plan,
  'url' | 'timeoutMs' | 'retries' | 'caPem' | 'tlsVerify'
> & {
  vendorName: string
}

export function createHttpClient(settings: ConnectionSettings): HttpClient {
  return new HttpClient({
    baseUrl: settings.url,
    vendor: settings.vendorName,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    caPem: settings.caPem,
    tlsVerify: settings.tlsVerify,
    redact,
    headers: { 'user-agent': USER_AGENT }
  })
}

export function vendorContext(http: HttpClient): Omit<VendorContext, 'plan' | 'vendor'> {
  return { http, mask, redact, info: log.info, debug: log.debug }
}
