/**
 * Snyk's personal and service-account access tokens: `snyk_uat.` (a user's) or `snyk_sat.` (a
 * service account's), then a JWT whose header part is an 8-character key id,
 * `snyk_uat.1a2b3c4d.<payload>.<signature>`. The payload's `h` claim names the API host the token
 * is valid for, and Snyk's CLI takes its API URL from it (prefixing https:// when the claim has no
 * scheme), even over a URL the user configured.
 *
 * The CLI then reads that URL as it reads any API URL (./api-url.ts): `app.eu.snyk.io` and
 * `eu.snyk.io` both name `api.eu.snyk.io`, and a path is dropped. The claim's host is compared in
 * that canonical form, with the url's canonical host.
 *
 * The action follows the claim only to the regional API hosts it already knows: the claim is read
 * from the secret's own text, not verified, so following it anywhere else would let the token decide
 * where it is sent. A claim that names another host, given or chosen, is refused before any request.
 *
 * Source: snyk/go-application-framework pkg/auth/tokenauthenticator.go (PAT_REGEX, Claims.h,
 * extractClaimsFromPAT, GetApiUrlFromPAT) and pkg/app/app.go (defaultFuncApiUrl), commit 950008a9.
 */
import { ActionFailure } from '../../core/failure.js'
import { decodeJwtClaims } from '../../kit/jwt.js'
import type { Plan } from '../../kit/types.js'
import { canonicalHostname } from './api-url.js'

/** The CLI's PAT_REGEX, anchored as IsAuthTypePAT anchors it. */
const PAT = /^snyk_(uat|sat)\.([a-z0-9]{8}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/

/** A host name with an optional port, as `URL.host` writes it: safe to quote in a message. */
const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::\d{1,5})?$/

export interface PatClaim {
  /** What the prefix says the token is. */
  kind: 'personal access token' | 'service-account token'
  /**
   * The `h` claim's host as the CLI reads it (canonical, lower case, a port only when it names
   * one); absent without a claim.
   */
  host?: string
  /** The token has an `h` claim, but not one that reads as a host name. */
  unreadable?: boolean
}

/** The token's kind and `h` claim, or undefined when it is not a Snyk PAT (a legacy UUID token). */
export function readPat(token: string): PatClaim | undefined {
  const match = PAT.exec(token)
  if (!match) return undefined
  const kind = match[1] === 'uat' ? 'personal access token' : 'service-account token'
  const claim = decodeJwtClaims(match[2]!)?.h
  if (typeof claim !== 'string' || claim.trim() === '') return { kind }
  const host = hostOf(claim.trim())
  return host ? { kind, host } : { kind, unreadable: true }
}

function hostOf(claim: string): string | undefined {
  if (claim.length > 300) return undefined
  let url: URL
  try {
    url = new URL(/^https?:\/\//i.test(claim) ? claim : `https://${claim}`)
  } catch {
    return undefined
  }
  // The CLI drops a path, query or fragment; credentials in the claim are no host name.
  if (url.username || url.password || !HOST.test(url.host)) return undefined
  const host = `${canonicalHostname(url.hostname)}${url.port ? `:${url.port}` : ''}`
  return HOST.test(host) ? host : undefined
}

/** The region whose API host a PAT names; undefined for any other token or host. */
export function regionOfToken(
  token: string | undefined,
  regions: Readonly<Record<string, string>>
): string | undefined {
  const host = readPat(token ?? '')?.host
  return host ? regionOfHost(host, regions) : undefined
}

function regionOfHost(host: string, regions: Readonly<Record<string, string>>): string | undefined {
  return Object.entries(regions).find(([, url]) => new URL(url).host === host)?.[0]
}

/**
 * Before any request: a PAT goes only to the host its `h` claim names. When neither region nor url
 * was given, a known host already chose the region; anything else that differs is refused, naming
 * both hosts. Returns warnings for the log.
 */
export function checkTokenHost(
  plan: Plan,
  vendorName: string,
  regions: Readonly<Record<string, string>>,
  givenUrl = plan.url
): string[] {
  if (plan.authMode !== 'api-token') return []
  const claim = readPat(plan.credentials['api-token'] ?? '')
  if (claim?.unreadable) {
    return [
      `The api-token is a ${vendorName} ${claim.kind} whose h claim (the API host it is valid for) is not a host name, so the API host comes from the region and url inputs alone.`
    ]
  }
  if (!claim?.host) return []
  const used = new URL(plan.url).host
  if (claim.host === used) return []
  const region = regionOfHost(claim.host, regions)
  const chosen = plan.region
    ? `region ${plan.region} (${plan.url})`
    : givenUrl === plan.url
      ? `the url input (${plan.url})`
      : `the url input (${givenUrl}, which ${vendorName}'s CLI reads as ${plan.url})`
  throw new ActionFailure(
    [
      `${vendorName}: the api-token is a ${claim.kind} for ${claim.host} (its h claim, which ${vendorName}'s CLI follows), but this step would send it to ${chosen}. A ${vendorName} token works only at the API host it names, so nothing was sent.`,
      // Name only the input that chose the host: region may not be set beside a url input.
      region
        ? plan.region
          ? `Fix: remove the region input (the token selects region ${region}, ${regions[region]}, by itself), or set region: ${region}.`
          : `Fix: remove the url input (the token selects region ${region}, ${regions[region]}, by itself), or set url: ${regions[region]}.`
        : `Fix: ${claim.host} is not one of ${vendorName}'s regional API hosts (${Object.values(regions).join(', ')}), so the token alone cannot send itself there: if it is your ${vendorName} API, set url: https://${claim.host}; otherwise use a token created in your ${vendorName} region.`
    ].join('\n')
  )
}
