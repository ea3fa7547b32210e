// A vendor's successful scenario pointed somewhere else: behind a fault prefix, at a broken-TLS
// listener, at a host name only a proxy knows, or at a hostile server. The path after the origin (a
// /_vendor/<id> prefix) is kept, so the same fake answers whatever comes in front of it.
import type { Sandbox, Scenario, VendorCase } from '../vendors/case.js'

/** `url` with its origin replaced by `base`, which may carry a path prefix of its own. */
export function rebase(url: string, base: string): string {
  const path = new URL(url).pathname.replace(/\/$/, '')
  return `${base.replace(/\/$/, '')}${path}`
}

/** The vendor's success() scenario with every request sent under `base`. */
export function retargeted(entry: VendorCase, sandbox: Sandbox, base: string): Scenario {
  if (entry.retarget) return entry.retarget(sandbox, base)
  const scenario = entry.success(sandbox)
  const url = scenario.inputs.url ?? entry.url(sandbox)
  return { ...scenario, inputs: { ...scenario.inputs, url: rebase(url, base) } }
}

/**
 * The sandbox origin behind one or more fault switches, on the listener (HTTP or HTTPS) that the
 * vendor's success() uses: some fakes answer plain HTTP only with a redirect to HTTPS.
 */
export function faultBase(entry: VendorCase, sandbox: Sandbox, ...faults: string[]): string {
  const url = entry.success(sandbox).inputs.url ?? entry.url(sandbox)
  const origin = url.startsWith('https:') ? sandbox.httpsUrl : sandbox.httpUrl
  return `${origin}/_fault/${faults.join(',')}`
}
