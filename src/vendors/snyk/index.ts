/**
 * Snyk: an API or service-account token sent as `Authorization: token …`, or an OAuth service
 * account whose client id and secret are traded at POST /oauth2/token (client_credentials grant,
 * form-encoded) for a short-lived access token sent as `Authorization: bearer …`. Either way one
 * GET /rest/self names the principal.
 *
 * - /rest/self needs the `version` query, as every Snyk REST call does, and answers in JSON:API:
 *   `data.id`, `data.type` and `data.attributes` (name, username, email, default_org_context).
 * - It reports no role and no permission: those live in organization and group memberships.
 * - Each region has its own host; a token works only on its own region's host. A personal or
 *   service-account token (`snyk_uat.` / `snyk_sat.`) names that host in its `h` claim: it picks
 *   the region when neither region nor url is given, and a mismatch is refused (./pat.ts).
 * - The url input is read as the CLI reads SNYK_API (./api-url.ts): `https://app.eu.snyk.io/api`
 *   is checked, and exported, as `https://api.eu.snyk.io`.
 *
 * Sources: shared vendor notes (next vendors, Snyk): docs.snyk.io authentication-for-api,
 * service-accounts-using-oauth-2.0, config-environment (regions), configure-snyk-cli-to-connect-to-
 * snyk-api (SNYK_API, SNYK_OAUTH_TOKEN), Snyk's Go application framework (/self body; the PAT
 * format and its `h` claim).
 * Assumed, following the documented shapes: the `type` /self reports for service accounts
 * ("service_account"), the OAuth error bodies (RFC 6749 `error` / `error_description`), which
 * callers get 403, and that an expired PAT is answered like a revoked one (401).
 */
import { ActionFailure, answeredInItsPlace, type Diagnosis } from '../../core/failure.js'
import { isoSeconds } from '../../core/expiry.js'
import type { Identity } from '../../core/identity.js'
import { bearerToken } from '../../kit/grammar.js'
import {
  call,
  checkIdentity,
  note,
  regionCause,
  type Answer,
  type Endpoint
} from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry } from '../../kit/jwt.js'
import { firstText, isObject, text, unwrap, type Json } from '../../kit/parse.js'
import type { LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'
import { readCanonicalUrl } from './api-url.js'
import { checkTokenHost, readPat, regionOfToken, type PatClaim } from './pat.js'

const NAME = 'Snyk'
const TOKEN_PATH = '/oauth2/token'
/** A GA version of the REST API that serves /self (the one Snyk's own tools use). */
export const REST_VERSION = '2024-10-15'
const SELF_PATH = `/rest/self?version=${REST_VERSION}`
const REGIONS = {
  us: 'https://api.snyk.io',
  us2: 'https://api.us.snyk.io',
  eu: 'https://api.eu.snyk.io',
  au: 'https://api.au.snyk.io',
  gov: 'https://api.snykgov.io'
}
const DEFAULT_URL = REGIONS.us
const CLIENT_CREDENTIALS = 'client-credentials'

function tokenRejected(context: VendorContext, pat: PatClaim | undefined): Diagnosis {
  // A token whose own h claim named this host is in its region: another region is no cause.
  const ownHost = pat?.host !== undefined && pat.host === new URL(context.plan.url).host
  return {
    headline: 'the API token was rejected',
    causes: [
      ...(ownHost ? [] : regionCause(context)),
      'the token was revoked or regenerated (a new personal token replaces the old one; a service-account token ends with the service account)',
      ...(pat
        ? [
            `the token expired (a ${pat.kind} is created with an expiry date; see it where the token was created)`
          ]
        : []),
      'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
    ],
    fix: 'copy a current token (Account settings > Auth Token, or a service account of the organization) into the secret behind the api-token input (or SNYK_TOKEN), and set region (us, us2, eu, au, gov) to where the account lives.'
  }
}

function clientRejected(context: VendorContext): Diagnosis {
  return {
    headline: 'the OAuth client id and secret were rejected',
    causes: [
      ...regionCause(context),
      'the client secret was rotated, or the service account was deleted',
      'the client-id and client-secret inputs were given the other way round, or one holds a wrongly copied value (a stray space, quote or line break)',
      'the service account was created for private_key_jwt, not a client secret'
    ],
    fix: 'copy the client id and secret of an OAuth 2.0 service account (client secret) into the secrets behind the client-id and client-secret inputs, and set region to where the service account was created.'
  }
}

/** RFC 6749 sends invalid_client with 400 as well as 401; other 400s are a refused request. */
function tokenBadRequest(context: VendorContext) {
  return ({ body }: Answer): Diagnosis => {
    const error = isObject(body) ? text(body.error) : ''
    if (error === 'invalid_client' || error === 'unauthorized_client')
      return clientRejected(context)
    return {
      headline: 'the token endpoint refused the request',
      causes: [
        'the service account does not use the client credentials grant with a client secret',
        `the url input points at something other than the ${NAME} API`
      ],
      fix: 'use an OAuth 2.0 service account with a client secret, or the api-token input instead.'
    }
  }
}

function accessTokenRejected(): Diagnosis {
  return {
    headline: 'the access token just issued by /oauth2/token was rejected',
    causes: [
      'the service account was disabled or lost its access between the two requests',
      "this runner's clock or the server's is wrong, so the short-lived token reads as expired",
      'a proxy in front of the url input changed the Authorization header'
    ],
    fix: 'run the step again; if it persists, check the service account in the Snyk organization or group settings.'
  }
}

function forbidden(): Diagnosis {
  return {
    headline: 'the credential is valid but may not use the Snyk API',
    causes: [
      'API access is not part of the Snyk plan of this account’s organization',
      'an IP allow-list or other organization policy refuses requests from this runner'
    ],
    fix: 'ask a Snyk organization or group administrator for API access, or use a service account of an organization that has it.'
  }
}

function versionRefused(): Diagnosis {
  return {
    headline: `the Snyk REST API refused the request for version ${REST_VERSION}`,
    causes: [
      `the url input points at a Snyk instance that does not serve REST version ${REST_VERSION}`,
      `the url input points at something other than the ${NAME} API`
    ],
    fix: 'set the region input (us, us2, eu, au, gov) instead of url, or check the url input.'
  }
}

export const snyk: Vendor = {
  id: 'snyk',
  name: NAME,
  location: {
    defaultUrl: DEFAULT_URL,
    regions: REGIONS,
    defaultRegion: 'us',
    regionFromCredentials: (credentials) => regionOfToken(credentials['api-token'], REGIONS),
    readUrl: (url) => readCanonicalUrl(url, NAME)
  },
  modes: [
    { id: 'api-token', inputs: ['api-token'] },
    { id: CLIENT_CREDENTIALS, inputs: ['client-id', 'client-secret'] }
  ],
  // Only the API token falls back: the client secret is never exported, so no variable holds it.
  urlEnv: ['SNYK_API'],
  // The CLI sends SNYK_OAUTH_TOKEN before SNYK_TOKEN (snyk/cli src/lib/api-token.ts getAuthHeader).
  toolsReadFirst: { SNYK_TOKEN: ['SNYK_OAUTH_TOKEN'] },
  credentialEnv: { 'api-token': ['SNYK_TOKEN'] },
  roles: {
    kind: 'none',
    reason:
      'GET /rest/self reports no role; Snyk roles belong to organization and group memberships, which a token cannot be checked against in one read-only request.'
  },
  permissions: {
    kind: 'none',
    reason:
      'GET /rest/self reports no permission; Snyk permissions come from organization and group roles. Remove required-permissions.'
  },
  validate: (plan) => checkTokenHost(plan, NAME, REGIONS, plan.urlGiven),

  async login(context: VendorContext): Promise<LoginResult> {
    return context.plan.authMode === CLIENT_CREDENTIALS
      ? clientCredentialsLogin(context)
      : apiTokenLogin(context)
  }
}

async function apiTokenLogin(context: VendorContext): Promise<LoginResult> {
  const token = context.plan.credentials['api-token']!
  const authorization = `token ${token}`
  context.mask(authorization)
  const pat = readPat(token)
  const { identity, notes } = await self(context, authorization, tokenRejected(context, pat))
  if (pat) {
    const kind = note(
      'Token',
      `${pat.kind}${pat.host ? `, valid at ${pat.host} (its h claim)` : ''}`
    )
    context.info(`${kind.label}: ${kind.value}`)
    notes.push(kind)
  }
  return {
    identity,
    authHeader: `Authorization: ${authorization}`,
    env: { SNYK_TOKEN: token, ...apiEnv(context) },
    notes
  }
}

async function clientCredentialsLogin(context: VendorContext): Promise<LoginResult> {
  const { plan } = context
  const tokenEndpoint: Endpoint = {
    method: 'POST',
    path: TOKEN_PATH,
    form: {
      grant_type: 'client_credentials',
      client_id: plan.credentials['client-id']!,
      client_secret: plan.credentials['client-secret']!
    },
    // Issues a token: never sent twice once it may have reached the server.
    creates: true,
    issuesCredentials: true,
    meanings: { 400: tokenBadRequest(context), 401: () => clientRejected(context) }
  }
  // expires_in counts from when the token was issued: counting from before the request keeps the
  // reported expiry from being later than the real one.
  const requestedAt = Date.now()
  const { response, body } = await call(context, tokenEndpoint)
  if (body.access_token === undefined || body.access_token === '') {
    // A host the step chose itself is the API already: what answered is in between.
    const inPlace = answeredInItsPlace(context.http.server, `the ${NAME} API`)
    throw new ActionFailure(
      [
        `${NAME}: ${response.endpoint} answered HTTP ${response.status} without an access_token, so the client credentials could not be verified.`,
        inPlace.fromInput
          ? `Fix: check that the url input points at the ${NAME} API, or set region instead.`
          : `Fix: check ${inPlace.check}.`
      ].join('\n')
    )
  }
  const accessToken = bearerToken(
    body.access_token,
    `the access_token from ${response.endpoint}`,
    context.http.server
  )
  context.mask(accessToken)
  const authorization = `bearer ${accessToken}`
  context.mask(authorization)
  const expiresAt = accessTokenExpiry(body, accessToken, requestedAt)

  const { identity, notes } = await self(context, authorization, accessTokenRejected())
  // Logged, not a note: the summary has the expiry's own row (expiresAt).
  if (expiresAt) context.info(`Access token expires: ${expiresAt}`)
  return {
    identity,
    authHeader: `Authorization: ${authorization}`,
    token: accessToken,
    ...(expiresAt ? { expiresAt } : {}),
    // The short-lived token only: the client secret stays in the secret it came from.
    env: { SNYK_OAUTH_TOKEN: accessToken, ...apiEnv(context) },
    notes
  }
}

/** `expires_in` seconds from now; else the access token's own `exp` claim. */
export function accessTokenExpiry(
  body: Json,
  accessToken: string,
  now = Date.now()
): string | undefined {
  // A number or its text only: Number() of an object runs the object's own toString or valueOf,
  // and an answer's {"toString": ""} made it throw a TypeError instead of reading no expiry.
  const given = body.expires_in
  const seconds =
    typeof given === 'number' ? given : typeof given === 'string' ? Number(given) : Number.NaN
  if (Number.isFinite(seconds) && seconds > 0) {
    return isoSeconds(now + seconds * 1000) || undefined
  }
  const claims = decodeJwtClaims(accessToken)
  return claims ? jwtExpiry(claims) : undefined
}

/** The Snyk CLI reads the API host from SNYK_API; the default host needs none. */
function apiEnv(context: VendorContext): Record<string, string> {
  return context.plan.url === DEFAULT_URL ? {} : { SNYK_API: context.plan.url }
}

async function self(
  context: VendorContext,
  authorization: string,
  unauthorized: Diagnosis
): Promise<{ identity: Identity; notes: Note[] }> {
  const { identity, body } = await checkIdentity(
    context,
    {
      method: 'GET',
      path: SELF_PATH,
      headers: { authorization },
      meanings: { 400: versionRefused(), 401: unauthorized, 403: forbidden() }
    },
    parseSelf
  )
  const notes = [note('Account type', accountType(body))]
  for (const n of notes) context.info(`${n.label}: ${n.value}`)
  return { identity, notes }
}

/** Reads /rest/self's JSON:API document. The default organization is reported as an id. */
export function parseSelf(body: Json): Identity {
  const data = unwrap(body, ['data'])
  const attributes = isObject(data) ? data.attributes : undefined
  return {
    userId: firstText(data, ['id']),
    username: firstText(attributes, ['username']),
    displayName: firstText(attributes, ['name']),
    email: firstText(attributes, ['email']),
    roles: undefined,
    permissions: undefined,
    organization: firstText(attributes, ['default_org_context'])
  }
}

function accountType(body: Json): string {
  const type = firstText(unwrap(body, ['data']), ['type'])
  if (type === 'user') return 'user'
  if (type === 'service_account') return 'service account'
  return type ? `${type} (as Snyk reports it)` : 'not reported'
}
