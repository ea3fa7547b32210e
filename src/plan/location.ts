/**
 * Where the vendor's API is: the url input, a region, a region the credentials select, or the
 * vendor's default; and the rules every URL must pass before any credential is sent to it.
 */
import { ActionFailure } from '../core/failure.js'
import { withArticle } from '../core/sanitize.js'
import { isLoopbackHost } from '../net/proxy.js'
import { asTheVendorReadsIt } from './servers.js'
import type { CredentialInput, Location, Vendor } from '../kit/types.js'

/** The base URL: the url input, else the region's URL, else the vendor's default. */
export function resolveLocation(
  urlInput: string,
  regionInput: string,
  vendor: Vendor,
  credentials: Partial<Record<CredentialInput, string>> = {}
): {
  url: string
  region: string | undefined
  urlGiven?: string
  urlWarning?: string
  urlFromInput?: true
} {
  const { location } = vendor
  const regionName = regionInput.trim().toLowerCase()
  if (urlInput && regionName) {
    throw new ActionFailure(
      "The url and region inputs were both given; give one: region picks the vendor's cloud URL for that region, url names a server directly."
    )
  }
  if (urlInput) {
    const given = checkedUrl(urlInput)
    const read = location.readUrl?.(given)
    return read
      ? {
          url: checkedUrl(read.url),
          region: undefined,
          urlGiven: given,
          urlWarning: read.warning,
          urlFromInput: true
        }
      : { url: given, region: undefined, urlFromInput: true }
  }
  const regions = location.regions
  if (regions) {
    const chosen =
      regionName || location.regionFromCredentials?.(credentials) || location.defaultRegion
    if (chosen && Object.hasOwn(regions, chosen)) {
      return { url: checkedUrl(regions[chosen]!), region: chosen }
    }
    if (regionName) {
      // Quoted as a refused url is: an address bar's URL may carry a login code in its query.
      throw new ActionFailure(
        `The region input "${withoutSecretParts(regionInput.trim())}" is not ${withArticle(`${vendor.name} region`)}. Valid regions: ${Object.keys(regions).join(', ')}.${regionGivenAsUrl(regionInput.trim(), regions, location.readUrl)}`
      )
    }
  }
  if (location.defaultUrl) return { url: checkedUrl(location.defaultUrl), region: undefined }
  throw new ActionFailure(
    `The url input is required for ${vendor.name}: it is installed on your own servers, so there is no default (e.g. url: ${location.urlExample ?? 'https://scanner.example.com'}).`
  )
}

/**
 * For a region input that is a URL (what the portal's address bar shows): the region whose host it
 * names, itself or as the vendor reads it (Location.readUrl: a console or dashboard host read as
 * its API host, which is what the regions name), or else the url input, which takes a URL.
 */
function regionGivenAsUrl(
  given: string,
  regions: Readonly<Record<string, string>>,
  readUrl: Location['readUrl']
): string {
  if (!/^https?:\/\//i.test(given)) return ''
  // new URL, not URL.parse: the doctor also runs on Node 20, which has no URL.parse.
  const parsed = (url: string): URL | undefined => {
    try {
      return new URL(url)
    } catch {
      return undefined
    }
  }
  const toUrlInput =
    ' A URL goes in the url input, not in region: set url instead, and remove region.'
  const url = parsed(given)
  if (!url) return toUrlInput
  // Only the origin goes to readUrl: the host is what names a region, and a page's path (which
  // a vendor may refuse on its cloud host) or a user:password@ part has no say in it.
  const hosts = [url.host, parsed(asTheVendorReadsIt(url.origin, readUrl))?.host]
  const named = Object.keys(regions).find((region) => {
    const host = parsed(regions[region]!)?.host
    return host !== undefined && hosts.includes(host)
  })
  return named ? ` It names the host of region ${named}: set region: ${named}.` : toUrlInput
}

function checkedUrl(value: string): string {
  // Quoted without any user:password@ part, query or fragment: a url that is refused may still hold
  // a password or a token.
  const shown = withoutSecretParts(value)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ActionFailure(
      /^[a-z][a-z0-9+.-]*:/i.test(value)
        ? `The url input "${shown}" is not a URL; give the base URL of the API, e.g. https://scanner.example.com.`
        : `The url input "${shown}" is not a URL; give the scheme too, e.g. https://${shown}.`
    )
  }
  if (url.username || url.password) {
    throw new ActionFailure(
      'The url input must not contain credentials; use the credential inputs instead.'
    )
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ActionFailure(
      `The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for a loopback host (localhost, 127.0.0.1, [::1]). Got "${shown}". Fix: give the server's https:// URL.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ActionFailure(`The url input must be an https:// URL, not "${shown}".`)
  }
  // After the scheme checks, so that the origin quoted is an http(s) one. Read from the serialised
  // URL, not url.search / url.hash: an empty query or fragment (a url ending in "?" or "#") leaves
  // both empty, yet stays in the URL, and the API paths appended to it would become its query (or
  // be dropped with its fragment), sending every request to the path before it.
  const queryOrFragment = /[?#]/.exec(url.href)
  if (queryOrFragment) {
    throw new ActionFailure(
      `The url input must be a base URL without a query or fragment, not "${url.origin}${url.pathname}${queryOrFragment[0]}…".`
    )
  }
  return url.toString().replace(/(?<!\/)\/+$/, '')
}

/**
 * The text with everything from `//` (or the start) to its last `@` replaced, and everything from
 * the first `?` or `#` after that cut. Not only up to the first `/`, `?` or `#`: a password pasted
 * unencoded may hold those, and a url that a parser split there is still quoted whole.
 */
function withoutSecretParts(value: string): string {
  return value
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^]*@/i, (_, scheme: string | undefined) =>
      scheme ? `${scheme}***@` : '***@'
    )
    .replace(/[?#][^]*$/, (part) => `${part[0]}…`)
}
