/**
 * Which server a URL variable names, as the vendor reads a url and as a credential sees it: the
 * pairing of an environment credential with the vendor's URL variables (./credentials.ts) and the
 * warnings about what later steps' tools take (../runner/handoff.ts). A module of its own, so that
 * the publishing chunk shares it without taking the plan's credential code along.
 */
import type { Location, Vendor } from '../kit/types.js'

/**
 * The origin a URL variable's value names when that is another server than `url`'s (compared by
 * where a credential goes: Location.credentialServer); undefined when it is empty, no URL, or the
 * same server.
 */
export function otherServerNamed(
  vendor: Vendor,
  variable: string,
  value: string,
  url: string
): string | undefined {
  const named = urlOfVariable(variable, value, vendor)
  if (named === undefined || credentialServerOf(named, vendor) === credentialServerOf(url, vendor))
    return undefined
  return new URL(named).origin
}

/**
 * A URL variable as the vendor reads a url, or, for one whose value is no URL (Vendor.urlEnvNames),
 * as the vendor's tools read that value; undefined when it is empty or names no server.
 */
function urlOfVariable(variable: string, value: string, vendor: Vendor): string | undefined {
  if (!value.trim()) return undefined
  // As given: a tool that does not trim the value does not read " us" as us.
  const readName = vendor.urlEnvNames?.[variable]
  if (readName) return readName(value)
  try {
    const given = new URL(value.trim())
    // file:, data: or x: name no server (their origin is "null"): nothing to send a credential to.
    return given.origin === 'null'
      ? undefined
      : asTheVendorReadsIt(given.href.replace(/(?<!\/)\/+$/, ''), vendor.location.readUrl)
  } catch {
    return undefined
  }
}

/**
 * A URL as the vendor reads a url input (Location.readUrl: a console host read as its API host,
 * a version path dropped), or as given when the vendor has no reading of it. A URL the reading
 * refuses (Snyk: a rewrite to another host outside its domains) still names a server: its own.
 */
export function asTheVendorReadsIt(given: string, readUrl: Location['readUrl']): string {
  try {
    return readUrl?.(given)?.url ?? given
  } catch {
    return given
  }
}

/** The origin a credential for this URL is sent to first: its own, or the vendor's token server. */
function credentialServerOf(url: string, vendor: Vendor): string {
  return new URL(vendor.location.credentialServer?.(url) ?? url).origin
}
