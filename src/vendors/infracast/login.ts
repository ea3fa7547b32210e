/**
 * Infracast's token modes: a login (username and password) or a refresh, one POST each, whose
 * answer carries an access token. Only that token is masked, once a 2xx answer has carried it and it
 * has passed its grammar: the server never chooses what is masked (kit/token-answer.ts). The
 * identity is the answer's `user`, or else the access token's own claims.
 */
import { ActionFailure, answeredInItsPlace } from '../../core/failure.js'
import { isoSeconds, normaliseExpiry } from '../../core/expiry.js'
import { describeIdentity, type RequirementResult } from '../../core/identity.js'
import { call, note, type Endpoint, type StatusMeanings } from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry } from '../../kit/jwt.js'
import { credentialText, firstText, isObject, type Json } from '../../kit/parse.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { LoginResult, VendorContext } from '../../kit/types.js'
import { grantErrorText, LOGIN_MEANINGS, NAME, REFRESH_MEANINGS } from './meanings.js'
import { probe } from './probes.js'
import { identityFor, tenantOf } from './tenants.js'

const TOKEN_PATH = '/api/v1/auth/token'
const REFRESH_PATH = '/api/v1/auth/refresh'

/** What a login or refresh answered with, already masked. */
export interface Grant {
  token: string
  expiresAt: string | undefined
  /** The `user` object, or the access token's claims when there is none. */
  user: Json
  /** A refresh token came back in refresh mode: the given one may be single-use. */
  rotated: boolean
  endpoint: string
}

/** Logs in or refreshes, as the plan's mode says, and reads the token answer. */
export async function requestGrant(context: VendorContext): Promise<Grant> {
  const { plan } = context
  const endpoint =
    plan.authMode === 'refresh'
      ? grantEndpoint(REFRESH_PATH, REFRESH_MEANINGS, {
          // A refresh token may be single-use: a second send could burn it.
          creates: true,
          json: { refresh_token: plan.credentials['refresh-token'] }
        })
      : grantEndpoint(TOKEN_PATH, LOGIN_MEANINGS, {
          // A login issues a token: never sent twice once it may have reached the server.
          creates: true,
          json: { username: plan.credentials.username, password: plan.credentials.password }
        })
  const { response, body: answer } = await call(context, endpoint)
  return grantFrom(context, grantBody(answer), response.status, response.endpoint)
}

function grantEndpoint(
  path: string,
  meanings: StatusMeanings,
  request: Pick<Endpoint, 'creates' | 'json'>
): Endpoint {
  return {
    method: 'POST',
    path,
    ...request,
    // Whatever its status, the answer may hold tokens in a form nothing masked: a body that is not
    // JSON is never quoted, and of a JSON error only error.code and error.message are (meanings.ts).
    issuesCredentials: true,
    meanings,
    vendorText: grantErrorText
  }
}

/** The documented answer is flat; the overview's {data, meta, error} envelope may wrap it too. */
function grantBody<T>(parsed: T): T | Json {
  return isObject(parsed) && isObject(parsed.data) && !('token' in parsed) ? parsed.data : parsed
}

/**
 * Reads a successful token answer: its access token (checked, then masked), expiry and user. The
 * refresh token it may carry is only noticed, never read, masked or passed on.
 */
function grantFrom(context: VendorContext, body: Json, status: number, endpoint: string): Grant {
  const mode = context.plan.authMode
  const issued = credentialText(body, ['token', 'access_token', 'accessToken'])
  const token = issued
    ? issuedBearerToken(context, issued, `${NAME}: the access token in the answer of ${endpoint}`)
    : ''
  if (!token) {
    // A host the step chose itself is the API already: what answered is in between.
    const inPlace = answeredInItsPlace(context.http.server, 'the Infracast API')
    throw new ActionFailure(
      [
        `${NAME}: ${endpoint} answered HTTP ${status} without a token, so the ${mode === 'refresh' ? 'refresh token' : 'login'} could not be verified.`,
        inPlace.fromInput
          ? 'Fix: check that the url input points at the Infracast API (https://api.infracast.io, https://dev.infracast.io or your own installation).'
          : `Fix: check ${inPlace.check}.`
      ].join('\n')
    )
  }
  // Decoded, NOT verified: the signing key is the server's. The token arrived just now, over the
  // connection this action opened, in answer to its own request, so its claims are as trustworthy as
  // the rest of that answer; they are read only to name the user and find the expiry.
  const claims = decodeJwtClaims(token) ?? {}
  const user = isObject(body.user) ? body.user : claims
  const expiresAt = normaliseExpiry(body.expires_at ?? body.expiresAt) ?? jwtExpiry(claims)
  const rotated = mode === 'refresh' && firstText(body, ['refresh_token', 'refreshToken']) !== ''
  return { token, expiresAt, user, rotated, endpoint }
}

/** The login result of a token mode: the identity, the tenant's proofs when asked, the exports. */
export async function tokenLogin(context: VendorContext, grant: Grant): Promise<LoginResult> {
  const { plan } = context
  if (grant.expiresAt && Date.parse(grant.expiresAt) <= Date.now()) {
    throw new ActionFailure(
      [
        `${NAME}: ${grant.endpoint} issued an access token that had already expired (expires ${grant.expiresAt}; this runner's clock says ${isoSeconds(Date.now())}).`,
        'Likely causes:',
        "  - the Infracast server's clock, or this runner's, is wrong by an hour or more",
        '  - a proxy or cache in between replayed an old answer',
        // A host the step chose itself has no url input in front of it: the proxy sits in between.
        `Fix: check the clocks (NTP) and any caching proxy ${context.http.server.urlFromInput === false ? `between the runner and ${new URL(context.http.server.url).host}` : 'in front of the url input'}; the token would be refused by every later request.`
      ].join('\n')
    )
  }
  const tenant = tenantOf(plan)
  const { identity, notes } = identityFor(grant.user, tenant)
  if (!identity.userId && !identity.username && !identity.email) {
    // The token itself is the success signal; say plainly that no one could be named.
    notes.push(
      note(
        'Identity',
        'not reported (no user in the answer, and the access token carries no readable claims)'
      )
    )
  }
  if (grant.rotated) {
    notes.push(
      note(
        'Refresh token',
        'Infracast answered with a new refresh token, so the one given may be single-use; this action never outputs it. If the next run is refused, store a fresh refresh token or use username and password.'
      )
    )
  }

  let verified: RequirementResult[] = []
  if (plan.requiredPermissions.length) {
    const outcome = await probe(context, grant.token, plan.requiredPermissions, {
      who: `user ${describeIdentity(identity)}`,
      credential: 'token'
    })
    identity.permissions = outcome.proven
    verified = outcome.verified
  } else if (tenant && !notes.some((n) => n.label === 'Tenant')) {
    notes.push(
      note(
        'Tenant',
        `${tenant} (access not verified: the ${plan.authMode === 'refresh' ? 'token' : 'login answer'} lists no tenants; add required-permissions: nodes:read to prove it)`
      )
    )
  }
  for (const n of notes) context.info(`${n.label}: ${n.value}`)

  const env: Record<string, string> = { INFRACAST_URL: plan.url, INFRACAST_TOKEN: grant.token }
  if (grant.expiresAt) env.INFRACAST_TOKEN_EXPIRES_AT = grant.expiresAt
  if (tenant) env.INFRACAST_TENANT = tenant
  return {
    identity,
    authHeader: `Authorization: Bearer ${grant.token}`,
    token: grant.token,
    ...(grant.expiresAt ? { expiresAt: grant.expiresAt } : {}),
    env,
    verified,
    notes
  }
}
