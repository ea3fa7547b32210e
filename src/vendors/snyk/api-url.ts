/**
 * Snyk's API URL as Snyk's CLI reads it. The CLI passes every API URL it is given (SNYK_API, its
 * configuration, the `h` claim of a PAT) through GetCanonicalApiAsUrl before use:
 *
 * - a host it leaves alone ("immutable": `localhost`, Snyk's own `stella`, an IPv6 literal, an
 *   IPv4 address; any port) keeps its path, less the first `/v1` in it;
 * - any other host has a leading `app.` rewritten to `api.`, gets `api.` in front when it does not
 *   begin with it, and loses its path, query and fragment: `https://app.eu.snyk.io/api` (the older
 *   documented form of SNYK_API) is `https://api.eu.snyk.io`.
 *
 * So a url the CLI would rewrite is checked where the CLI sends its requests, and SNYK_API names
 * the host the check reached. A loopback url (the sandbox, a local tunnel) is kept as given.
 *
 * Source: snyk/go-application-framework internal/api/urls.go (isImmutableHost,
 * GetCanonicalApiAsUrl) and pkg/app/app.go (defaultFuncApiUrl), commit 950008a9.
 */
import { ActionFailure } from '../../core/failure.js'
import { isLoopbackHost } from '../../net/proxy.js'

/** The domains Snyk serves its API and app from (multi-tenant regions, Snyk for Government). */
const SNYK_DOMAINS = ['snyk.io', 'snykgov.io']

function isSnykDomain(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '')
  return SNYK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

/** The CLI's isImmutableHost, for a host name as WHATWG URL parsing writes it (no port). */
export function isImmutableHost(hostname: string): boolean {
  // An IPv4 host is always written as four decimal numbers after parsing.
  return (
    hostname === 'localhost' ||
    hostname === 'stella' ||
    hostname.startsWith('[') ||
    /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname)
  )
}

/** The API host the CLI uses for this host name: `app.` becomes `api.`, `api.` is added. */
export function canonicalHostname(hostname: string): string {
  if (isImmutableHost(hostname)) return hostname
  const host = hostname.replace(/^app\./, 'api.')
  return host.startsWith('api.') ? host : `api.${host}`
}

/**
 * The base URL the CLI sends its requests to for this one (a base URL as the plan holds it: no
 * query, fragment or trailing slash), in the same form; a loopback URL unchanged.
 */
export function canonicalApiUrl(value: string): string {
  const url = new URL(value)
  if (isLoopbackHost(url.hostname)) return value
  if (isImmutableHost(url.hostname)) {
    url.pathname = url.pathname.replace('/v1', '')
  } else {
    url.hostname = canonicalHostname(url.hostname)
    url.pathname = '/'
  }
  url.search = ''
  url.hash = ''
  return url.toString().replace(/(?<!\/)\/+$/, '')
}

/**
 * The vendor's Location.readUrl: the base URL the CLI would use for the url input, with a warning
 * naming both; undefined when the url is already that one.
 */
export function readCanonicalUrl(
  given: string,
  vendorName: string
): { url: string; warning: string } | undefined {
  const canonical = canonicalApiUrl(given)
  if (canonical === given) return undefined
  const givenHost = new URL(given).hostname
  const rule = isImmutableHost(givenHost)
    ? 'it keeps the host of an IP address and drops /v1 from its path'
    : 'it turns a leading app. into api., puts api. before any other host and drops the path'
  // app. turned into api. is followed only under Snyk's own domains: elsewhere that sibling host
  // may have another owner (app.example.app and api.example.app under a hosting domain), and the
  // token would go there on the strength of a rewrite the user never saw. api. put in front stays
  // under the host that was named, whose owner it belongs to.
  if (/^app\./.test(givenHost) && !isSnykDomain(givenHost)) {
    throw new ActionFailure(
      `${vendorName}'s CLI would send its requests for the url input ${given} to ${canonical} (${rule}), a host this step was not given. Outside Snyk's own domains (${SNYK_DOMAINS.join(', ')}) the step does not follow that rewrite, so nothing was sent: set url to your Snyk API's own address (url: ${canonical}, if that is it).`
    )
  }
  return {
    url: canonical,
    warning: `${vendorName}'s CLI sends its requests for the url input ${given} to ${canonical} (${rule}), and so does this step. Set url: ${canonical} to name the API directly.`
  }
}
