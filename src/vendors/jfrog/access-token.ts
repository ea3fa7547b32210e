/**
 * The access-token mode: the api-token input is a JFrog access token, sent as it is. A JFrog access
 * token is a JWT whose claims say whose it is and what it may do (JFrog Access: `sub`
 * `<service id>/users/<name>`, `scp` its scopes, `aud` the services that accept it, `exp`); a
 * reference token (a short stand-in for one) carries none. The claims are read, never verified:
 * the platform verifies the signature when it accepts the token, and only a token it accepted is
 * described by them. A scope that lists groups, roles or actions is reported once per item (see
 * perItem).
 */
import { ActionFailure } from '../../core/failure.js'
import { decodeJwtClaims, jwtExpiry, looksLikeJwt } from '../../kit/jwt.js'
import { isObject, MAX_NAMES, names, text, type Json } from '../../kit/parse.js'
import type { Plan } from '../../kit/types.js'

export const NAME = 'JFrog'
const TOKEN_PAGE =
  'Administration > User Management > Access Tokens (or your profile > Generate an Identity Token)'

/** What the token's own claims say; empty for a token that carries none. */
export interface TokenClaims {
  kind: 'jwt' | 'reference' | 'opaque'
  /** The user named by `sub` (`…/users/<name>`, else the whole subject); '' without one. */
  username: string
  /**
   * `sub` after the service id that issued the token and any `users/` (`jfac@01abc/users/ci-bot`
   * → `ci-bot`), in lower case as JFrog stores user names: who the token acts as, whichever
   * service issued it; '' without one.
   */
  subject: string
  /** `scp`, one scope per entry; undefined when the token states none. */
  scopes: string[] | undefined
  /** `scp` as the platform wrote it (space-separated), for a token asked with the same scope. */
  rawScope: string | undefined
  /**
   * `scp` is a list holding entries that are not text, which `scopes` and `rawScope` skip. What they
   * grant is not known, so a minted token with them is not known to be as narrow as asked.
   */
  scopeUnread?: true
  /** `aud`, one service per entry (`*@*` is every service). */
  audience: string[]
  /**
   * `aud` holds entries `audience` does not: more than it keeps, entries that are not text, or
   * entries that cleaning changes (control characters). What they let the token reach is not known,
   * so a minted token with them is not known to be narrow.
   */
  audienceUnread?: true
  expiresAt: string | undefined
}

/** The token the check is made with, whatever the mode that produced it. */
export interface Credential {
  token: string
  claims: TokenClaims
  /**
   * Issued for this job (the OIDC exchange): its expiry is the token's (`expires-at`), not that of a
   * long-lived credential to warn about.
   */
  shortLived?: boolean
  /** How to get a token that works, for the fix of a rejected one. */
  renew: string
}

/** `reftkn:01:` in base64: how every JFrog reference token begins. */
const REFERENCE_PREFIX = 'cmVmdGtuOjAxOj'

export function readTokenClaims(token: string): TokenClaims {
  if (!looksLikeJwt(token)) {
    const kind = token.startsWith(REFERENCE_PREFIX) ? 'reference' : 'opaque'
    return {
      kind,
      username: '',
      subject: '',
      scopes: undefined,
      rawScope: undefined,
      audience: [],
      expiresAt: undefined
    }
  }
  const claims = decodeJwtClaims(token) ?? {}
  const scopes = scopesOf(claims.scp)
  const audience = spaced(claims.aud)
  return {
    kind: 'jwt',
    username: userOf(claims),
    subject: subjectOf(claims),
    scopes:
      typeof claims.scp === 'string' || Array.isArray(claims.scp)
        ? [...new Set(scopes.flatMap(perItem))].slice(0, MAX_NAMES)
        : undefined,
    rawScope: scopes.join(' ') || undefined,
    ...(hasEntryNotText(claims.scp) ? { scopeUnread: true as const } : {}),
    audience,
    ...(audienceUnread(claims.aud, audience) ? { audienceUnread: true as const } : {}),
    expiresAt: jwtExpiry(claims)
  }
}

/**
 * Whether `aud` holds more than `audience` read of it: an entry of a list that is not a string
 * (which spaced skips), more different entries than MAX_NAMES (`audience` stops there), in a list
 * or in one space-separated string alike, or an entry that cleaning changes. Cleaning reads NEL as a
 * space and drops the other control characters, so `jfxr@*<NEL>*@*` would be one entry and
 * `jfxr@*<U+001F>*@*` the entry `jfxr@**@*`, each within `jfxr@*`, where a reader that splits at
 * whitespace (Java's Character.isWhitespace counts U+001C to U+001F) sees `*@*`.
 */
function audienceUnread(aud: unknown, audience: readonly string[]): boolean {
  if (hasEntryNotText(aud)) return true
  const items = spacedItems(aud) as string[]
  if (items.some((item) => item !== '' && text(item) !== item)) return true
  if (audience.length < MAX_NAMES) return false
  return new Set(items.map((item) => text(item)).filter(Boolean)).size > audience.length
}

/** A list claim with an entry that is not a string (a nested list, an object, a number). */
function hasEntryNotText(claim: unknown): boolean {
  return Array.isArray(claim) && !claim.every((entry) => typeof entry === 'string')
}

/**
 * The longest a claim can be: the token itself is at most this long (kit/grammar.ts). A scope is read
 * whole rather than cut at the bound of one piece of server text: one group scope names every group
 * (`applied-permissions/groups:a,b,…`), and a cut one would drop groups from required-permissions
 * and ask the platform for a scope that ends in an ellipsis. What is shown is cut later, with the
 * identity (core/identity.ts cleanIdentity) or where a message quotes it.
 */
const MAX_CLAIM_TEXT = 16_384

/** `scp`, a space-separated string or a list of them, as cleaned scopes, one per entry. */
function scopesOf(scp: unknown): string[] {
  const items = typeof scp === 'string' ? [scp] : Array.isArray(scp) ? scp : []
  return items
    .filter((item): item is string => typeof item === 'string')
    .flatMap((item) => text(item, MAX_CLAIM_TEXT).split(/\s+/))
    .filter(Boolean)
}

/**
 * The user as the JFrog CLI names it (jfrog-client-go auth/authutils.go
 * ExtractUsernameFromAccessToken, setup-jfrog-cli extractTokenUser): a user's subject
 * (`jfac@01h…/users/ci-bot`, or Artifactory's own `jfrt@…`) ends in the name, after its last `/`;
 * any other subject is the name whole, as a group-scoped OIDC identity mapping issues it
 * (`<provider>/<mapping>`). Cleaned and bounded like any text the server wrote; '' without a `sub`.
 */
function userOf(claims: Json): string {
  const sub = typeof claims.sub === 'string' ? claims.sub : ''
  const named = sub.startsWith('jfrt@') || sub.includes('/users/')
  return text(named ? sub.slice(sub.lastIndexOf('/') + 1) : sub)
}

function subjectOf(claims: Json): string {
  const sub = typeof claims.sub === 'string' ? claims.sub : ''
  return text(sub.replace(/^[^/@]+@[^/]*\//, '').replace(/^users\//, '')).toLowerCase()
}

/** A claim that is one space-separated string or a list, as cleaned names. */
function spaced(value: unknown): string[] {
  return names(spacedItems(value).filter((item) => !isObject(item)))
}

/**
 * A claim's items: a string split at whitespace, and so each string of a list, since a list entry
 * `"jfxr@* *@*"` may be read as two (a minted token must not pass as narrower than it may be).
 */
function spacedItems(value: unknown): unknown[] {
  const split = (item: unknown): unknown[] =>
    typeof item === 'string' ? item.split(/\s+/) : [item]
  return typeof value === 'string' ? split(value) : Array.isArray(value) ? value.flatMap(split) : []
}

/**
 * A scope that lists several groups, project roles or actions acts with each of them:
 * `applied-permissions/groups:readers,deployers`, `applied-permissions/roles:proj:dev,qa`,
 * `system:metrics:r,w`, `member-of-groups:a,b`. One entry per item, so required-permissions (a
 * comma-separated list) can name one of them. A quoted item is one item, commas and all: JFrog's
 * "Create Scoped Token" reads `applied-permissions/groups:"group_1","group,3"` as two groups, and a
 * split at every comma would make `"ci,readers,x"` seem to carry the group readers.
 */
function perItem(scope: string): string[] {
  const match = LISTING_SCOPE.exec(scope)
  if (!match) return [scope]
  return itemsOf(match[2]!)
    .map((item) => item.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean)
    .map((item) => `${match[1]!}${item}`)
}

/**
 * A list split at its commas outside double quotes. A quote left open keeps the rest one item: it
 * is not known where the platform ends it, and fewer items never make a scope seem held.
 */
function itemsOf(list: string): string[] {
  const items: string[] = []
  let item = ''
  let quoted = false
  for (const char of list) {
    if (char === '"') quoted = !quoted
    if (char === ',' && !quoted) {
      items.push(item)
      item = ''
    } else {
      item += char
    }
  }
  items.push(item)
  return items
}
/** The part before the list, then the list: a group's name may hold `:`, so groups come first. */
const LISTING_SCOPE =
  /^(applied-permissions\/groups:|member-of-groups:|applied-permissions\/roles:[^:]+:|[^\s:/]+:[^:]+:)(.+)$/i

/**
 * `api:*`: REST API access to every service, which JFrog Access before Artifactory 7.21.1 adds to
 * the tokens it issues, whatever scope was asked (jfrog-client-go's sample token:
 * "applied-permissions/admin api:*"). Later versions grant that access to every token by default.
 * It grants no permission of its own, so a scope is compared without it.
 */
const REST_ACCESS_SCOPE = 'api:*'

/**
 * Whether two scopes name the same permissions: the same entries in any order, each item of a
 * listing scope apart and unquoted (a platform may write `applied-permissions/groups:"a",`), and
 * `api:*` left out.
 */
export function sameScopes(minted: string, asked: string): boolean {
  const entries = (scope: string): Set<string> =>
    new Set(
      scope
        .split(/\s+/)
        .filter(Boolean)
        .flatMap(perItem)
        .filter((entry) => entry.toLowerCase() !== REST_ACCESS_SCOPE)
    )
  const [a, b] = [entries(minted), entries(asked)]
  return a.size === b.size && [...a].every((entry) => b.has(entry))
}

/** Whether a token of this audience is accepted by Xray (`jfxr@…`, or every service). */
export function reachesXray(audience: readonly string[]): boolean {
  return audience.length === 0 || audience.some((entry) => /^(?:\*|jfxr)@/i.test(entry))
}

/** The credential of the access-token mode: the api-token input and what it says of itself. */
export function givenAccessToken(plan: Pick<Plan, 'credentials'>): Credential {
  const token = plan.credentials['api-token']!
  return {
    token,
    claims: readTokenClaims(token),
    renew: `create an access token on this platform (${TOKEN_PAGE}) whose scope covers Xray, and put it into the secret behind the api-token input (or JF_ACCESS_TOKEN)`
  }
}

/**
 * Before any request: an API key is not an access token, and a token whose own `exp` has passed
 * would only be refused; both are named with the way out. Returns warnings for the log.
 */
export function checkAccessToken(plan: Pick<Plan, 'credentials'>, now = Date.now()): string[] {
  const token = plan.credentials['api-token'] ?? ''
  if (/^AKC[A-Za-z0-9]{20,}$/.test(token)) {
    throw new ActionFailure(
      [
        `The api-token input holds a ${NAME} API key (it begins "AKC"), not an access token: API keys are deprecated, and the platform does not accept them as a Bearer token.`,
        `Fix: create an access token (${TOKEN_PAGE}) and put it into the secret behind api-token (or JF_ACCESS_TOKEN).`
      ].join('\n')
    )
  }
  const { kind, expiresAt } = readTokenClaims(token)
  if (expiresAt && Date.parse(expiresAt) <= now) {
    throw new ActionFailure(
      [
        `The api-token input holds a ${NAME} access token that expired on ${expiresAt} (its exp claim), so nothing was sent.`,
        `Fix: create a new access token (${TOKEN_PAGE}) and put it into the secret behind api-token (or JF_ACCESS_TOKEN).`
      ].join('\n')
    )
  }
  if (kind === 'opaque') {
    return [
      `The api-token input does not look like a ${NAME} access token (a JWT beginning "eyJ", or a reference token beginning "${REFERENCE_PREFIX}"): it is sent all the same, but it names no user or scopes. Check that the secret holds the whole token.`
    ]
  }
  return []
}
