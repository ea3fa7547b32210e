/**
 * Checkmarx One's two requests, both to the realm of the tenant: the token exchange (the API key
 * as a refresh token, or the OAuth client's credentials), then userinfo with the token it issued.
 * Every failure of either names the tenant and the IAM it used. A token without the openid scope
 * gets 403 from userinfo (Keycloak 20+): the identity is then read from the token's own claims.
 */
import { ActionFailure } from '../../core/failure.js'
import { isoSeconds } from '../../core/expiry.js'
import type { Identity } from '../../core/identity.js'
import { call, explainAnswer, note, requireNamedUser, send } from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry } from '../../kit/jwt.js'
import { firstPresent, firstText, isObject, names, text, type Json } from '../../kit/parse.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { LoginResult, Note, Plan, VendorContext } from '../../kit/types.js'
import type { HttpResponse } from '../../net/types.js'
import { apiKeyClient, NAME, type Target } from './iam.js'
import { tokenMeanings, USERINFO_MEANINGS } from './meanings.js'

/** The access token the IAM issued, already masked, with its claims and expiry. */
interface Issued {
  token: string
  claims: Json
  expiresAt: string | undefined
}

/** Exchanges the credentials for a token, verifies who it names, and builds the login result. */
export async function exchangeAndVerify(
  context: VendorContext,
  target: Target
): Promise<LoginResult> {
  const { plan } = context
  const realm = `/auth/realms/${encodeURIComponent(target.tenant)}/protocol/openid-connect`
  const tenantNote = note('Tenant', `${target.tenant} (from the ${target.tenantSource})`)
  const trailer = [`${tenantNote.label}: ${tenantNote.value}`, `IAM: ${target.iam}`]

  const issued = await exchange(context, target, realm, trailer)
  const { identity, fromClaims } = await userinfo(context, target, realm, issued, trailer)
  const notes = [
    tenantNote,
    note('IAM', target.iam),
    ...(fromClaims ? [CLAIMS_NOTE] : []),
    ...apiUrlNote(plan, issued.claims)
  ]
  for (const n of notes) context.info(`${n.label}: ${n.value}`)

  const keyExpiresAt = apiKeyExpiry(plan)
  return {
    identity,
    authHeader: `Authorization: Bearer ${issued.token}`,
    token: issued.token,
    ...(issued.expiresAt ? { expiresAt: issued.expiresAt } : {}),
    ...(keyExpiresAt ? { credentialExpiresAt: keyExpiresAt } : {}),
    env: exportedEnv(plan, target),
    notes
  }
}

/** The token request's form: the API key as a refresh token, or the client's credentials. */
function grantForm(plan: Plan): Record<string, string> {
  if (plan.authMode === 'api-key') {
    return {
      grant_type: 'refresh_token',
      client_id: apiKeyClient(plan.credentials['api-key']!),
      refresh_token: plan.credentials['api-key']!
    }
  }
  return {
    grant_type: 'client_credentials',
    client_id: plan.credentials['client-id']!,
    client_secret: plan.credentials['client-secret']!,
    // Keycloak's userinfo answers 403 to a token without the openid scope; a client's default
    // scopes need not include it, and asking for it is always allowed.
    scope: 'openid'
  }
}

/**
 * POST {realm}/token. Only the access token is read: checked against its grammar, then masked. The
 * refresh_token and id_token the IAM adds are never read, masked or quoted (kit/token-answer.ts).
 */
async function exchange(
  context: VendorContext,
  target: Target,
  realm: string,
  trailer: readonly string[]
): Promise<Issued> {
  const { response, body } = await call(context, {
    method: 'POST',
    path: `${realm}/token`,
    form: grantForm(context.plan),
    // Not `creates`, although it issues a token: both grants here are repeatable. An API key is an
    // offline token that Keycloak does not rotate or use up on a refresh (Checkmarx's CLI re-sends
    // the same key for every access token, and retries this POST four times on 5xx), and a client
    // credentials grant holds no single-use secret. Sending it again after a 502 or a timeout at
    // most leaves an unused access token behind, so it is retried like a read.
    issuesCredentials: true,
    meanings: tokenMeanings(context, target),
    trailer
  })
  const token = issuedBearerToken(
    context,
    body.access_token,
    `the access_token from ${response.endpoint}`
  )
  const claims = decodeJwtClaims(token) ?? {}
  const expiresIn = body.expires_in
  const expiresAt =
    typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
      ? isoSeconds(Date.now() + expiresIn * 1000)
      : jwtExpiry(claims)
  return { token, claims, expiresAt }
}

const CLAIMS_NOTE = note(
  'Identity',
  "read from the access token's own claims: userinfo answered 403 insufficient_scope (the token has no openid scope)"
)

/**
 * GET {realm}/userinfo with the token just issued: it names the user, and must name the subject
 * the token was issued to. Keycloak 20+ answers 403 `insufficient_scope` to a token without the
 * openid scope (an API key or client created without it); that token came straight from the IAM
 * over this step's connection, so its own claims name the identity instead.
 */
async function userinfo(
  context: VendorContext,
  target: Target,
  realm: string,
  issued: Issued,
  trailer: readonly string[]
): Promise<{ identity: Identity; fromClaims: boolean }> {
  const endpoint = {
    method: 'GET' as const,
    path: `${realm}/userinfo`,
    headers: { authorization: `Bearer ${issued.token}` },
    meanings: USERINFO_MEANINGS,
    trailer
  }
  const { response, body } = await send(context, endpoint)
  const fromClaims = response.status === 403 && insufficientScope(response, body)
  const ok = response.status >= 200 && response.status < 300 && isObject(body)
  if (!ok && !fromClaims) throw explainAnswer(context, endpoint, response, body)
  const user = fromClaims ? issued.claims : (body as Json)
  const identity = identityFrom(user, issued.claims, target.tenant)
  requireNamedUser(context, identity, response, trailer)
  const claimedSub = text(issued.claims.sub)
  if (claimedSub && identity.userId && claimedSub !== identity.userId) {
    throw new ActionFailure(
      [
        `${NAME}: userinfo named another subject (${identity.userId}) than the access token it was sent (${claimedSub}), so the identity cannot be trusted.`,
        'Fix: check that nothing between the runner and the IAM (a proxy or gateway) rewrites its answers.',
        ...trailer
      ].join('\n')
    )
  }
  return { identity, fromClaims }
}

/** Keycloak's 403 for a token without the openid scope, in its body or its WWW-Authenticate. */
function insufficientScope(response: HttpResponse, body: unknown): boolean {
  if (isObject(body) && text(body.error) === 'insufficient_scope') return true
  const challenge = response.headers['www-authenticate']
  return /error="?insufficient_scope/i.test(String(challenge ?? ''))
}

/**
 * userinfo (or, without it, the token's claims) names the user; the access token's claims carry the
 * roles and the tenant's name, and `roles_ast` the permission names Checkmarx's CLI checks.
 */
export function identityFrom(user: Json, claims: Json, tenant: string): Identity {
  const given = firstText(user, ['given_name'])
  const family = firstText(user, ['family_name'])
  const realmAccess = isObject(claims.realm_access) ? claims.realm_access : undefined
  const roleValue = firstPresent(claims, ['roles']) ?? firstPresent(realmAccess, ['roles'])
  return {
    userId: firstText(user, ['sub']),
    username: firstText(user, ['preferred_username']) || firstText(claims, ['preferred_username']),
    displayName: firstText(user, ['name']) || [given, family].filter(Boolean).join(' '),
    email: firstText(user, ['email']),
    roles: roleValue === undefined ? undefined : names(roleValue),
    permissions: claims.roles_ast === undefined ? undefined : names(claims.roles_ast),
    organization: firstText(claims, ['tenant_name']) || tenant
  }
}

/** A word when the token names another API than the one this step exports. */
function apiUrlNote(plan: Plan, claims: Json): Note[] {
  const astBaseUrl = firstText(claims, ['ast-base-url'])
  if (!astBaseUrl || sameOrigin(astBaseUrl, plan.url) !== false) return []
  return [
    note(
      'API URL',
      `the token names ${astBaseUrl} as the tenant's API, but this step exports ${plan.url} as CX_BASE_URI; set url or region to match if later steps fail`
    )
  ]
}

function sameOrigin(a: string, b: string): boolean | undefined {
  try {
    return new URL(a).origin === new URL(b).origin
  } catch {
    return undefined
  }
}

/** The variables Checkmarx's CLI reads, with the credentials of the mode used. */
function exportedEnv(plan: Plan, target: Target): Record<string, string> {
  const env: Record<string, string> = {
    CX_BASE_URI: plan.url,
    CX_BASE_AUTH_URI: target.iam,
    CX_TENANT: target.tenant
  }
  if (plan.authMode === 'api-key') env.CX_APIKEY = plan.credentials['api-key']!
  else {
    env.CX_CLIENT_ID = plan.credentials['client-id']!
    env.CX_CLIENT_SECRET = plan.credentials['client-secret']!
  }
  return env
}

/** An API key created with an expiry date carries it as `exp`; the shared flow warns before it. */
function apiKeyExpiry(plan: Plan): string | undefined {
  if (plan.authMode !== 'api-key') return undefined
  return jwtExpiry(decodeJwtClaims(plan.credentials['api-key']!) ?? {})
}
