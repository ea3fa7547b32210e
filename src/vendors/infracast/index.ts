/**
 * Infracast: three credential modes, all ending in `Authorization: Bearer ...`.
 *
 * - login: one POST /api/v1/auth/token; its answer carries the access token (1 hour), its expiry, a
 *   refresh token (7 days, never passed on) and the `user` (id, username, email, roles, perhaps
 *   tenants with a role each). That `user` is the only documented identity source.
 * - refresh: one POST /api/v1/auth/refresh; the answer carries only a token and its expiry, so the
 *   identity comes from the access token's own claims.
 * - api-key: long-lived keys carry no identity at all, and no identity endpoint is documented, so
 *   the key is verified by read-only probes of the tenant: one GET per permission.
 *
 * Every permission is proven by a GET of a tenant list endpoint; one that only a write could prove
 * is refused before any request. Sources: shared vendor notes §5 and decisions 20-22,
 * docs.infracast.io/api/authentication. The key prefix (ic_live_) and the permission strings are
 * not publicly confirmed, so nothing here checks a prefix, and an unknown permission is refused as
 * unprovable rather than guessed at.
 */
import {
  ActionFailure,
  explainCommonStatus,
  statusFailure,
  type Diagnosis,
  type Explanation
} from '../../core/failure.js'
import { isoSeconds, normaliseExpiry } from '../../core/expiry.js'
import { notJsonFailure, parseJson, type HttpResponse } from '../../net/client.js'
import { describeIdentity, type Identity, type RequirementResult } from '../../core/identity.js'
import type { Plan } from '../../plan/index.js'
import { note } from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry, looksLikeJwt } from '../../kit/jwt.js'
import { bearerToken } from '../../kit/grammar.js'
import {
  checkTenant,
  DEFAULT_PROBE,
  PROBES,
  probe,
  tenantOf,
  VERIFIABLE,
  vendorErrorText,
  whyUnprovable
} from './probes.js'
import {
  credentialText,
  firstPresent,
  firstText,
  isObject,
  names,
  text,
  type Json
} from '../../kit/parse.js'
import type { LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Infracast'
const TOKEN_PATH = '/api/v1/auth/token'
const REFRESH_PATH = '/api/v1/auth/refresh'

/** The shape of a bearer token (RFC 6750 b64token), for masking what a token answer carries. */
const BEARER_TOKEN_SHAPE = /^[A-Za-z0-9\-._~+/]{8,}=*$/

/** Response fields that carry tokens; each is masked before anything else reads the body. */
const TOKEN_FIELDS = [
  'token',
  'access_token',
  'accessToken',
  'refresh_token',
  'refreshToken',
  'id_token'
]

export const infracast: Vendor = {
  id: 'infracast',
  name: NAME,
  location: { defaultUrl: 'https://api.infracast.io' },
  modes: [
    { id: 'api-key', inputs: ['api-key'] },
    { id: 'login', inputs: ['username', 'password'] },
    { id: 'refresh', inputs: ['refresh-token'] }
  ],
  // refresh-token deliberately has no fallback: the contract's rule is "the variable this action
  // would export", and a refresh token is never exported; reading one from a job-level env would
  // also invite keeping a 7-day credential where every step of the job can read it.
  // username/password have none either: this action exports neither.
  credentialEnv: { 'api-key': ['INFRACAST_API_KEY'] },
  options: [{ input: 'tenant', env: ['INFRACAST_TENANT'] }],
  roles: { kind: 'names' },
  // Every permission is proven by a read-only probe; one without a probe is refused at validation.
  permissions: { kind: 'defined', known: [...PROBES.keys()], unknown: whyUnprovable },
  validate: validatePlan,

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    if (plan.authMode === 'api-key') return apiKeyLogin(context)
    const grant =
      plan.authMode === 'refresh' ? await refreshLogin(context) : await passwordLogin(context)
    return tokenLogin(context, grant)
  }
}

/** The vendor-specific checks, all before any request; throws naming the input. */
export function validatePlan(plan: Plan): string[] {
  const apiKey = plan.authMode === 'api-key'
  const tenant = tenantOf(plan)
  if (tenant) checkTenant(tenant)
  if (apiKey && !tenant) {
    throw new ActionFailure(
      [
        'The tenant input is required with an Infracast api-key: a key carries no identity and Infracast has no identity endpoint, so the key can only be verified by reading a tenant it may access. Without a tenant nothing could be verified.',
        'Fix: set tenant (or INFRACAST_TENANT) to the tenant id the key was created for, e.g. tenant: prod.'
      ].join('\n')
    )
  }
  if (apiKey && plan.requiredRoles.length) {
    throw new ActionFailure(
      [
        'The required-roles input cannot be used with an Infracast api-key: API keys belong to no user and carry no role, only tenants and permissions.',
        `Fix: use required-permissions (${VERIFIABLE}) with the API key, or log in with username and password (or refresh-token) to check roles.`
      ].join('\n')
    )
  }
  if (!apiKey && plan.requiredPermissions.length && !tenant) {
    throw new ActionFailure(
      [
        `The required-permissions input needs the tenant input with Infracast: permissions are scoped to a tenant and are proven by reading that tenant (${VERIFIABLE}).`,
        'Fix: set tenant (or INFRACAST_TENANT) to the tenant id to check, e.g. tenant: prod.'
      ].join('\n')
    )
  }
  const warnings: string[] = []
  if (apiKey && looksLikeJwt(plan.credentials['api-key'] ?? '')) {
    warnings.push(
      'The api-key input holds a JWT, which looks like an Infracast access token (valid for 1 hour) rather than an API key. It is sent as a Bearer token all the same; for a lasting credential use an API key, or username and password, or refresh-token.'
    )
  }
  return warnings
}

// ---------------------------------------------------------------------------------------------
// Token modes

/** What a login or refresh answered with, already masked. */
interface Grant {
  token: string
  expiresAt: string | undefined
  /** The `user` object, or the access token's claims when there is none. */
  user: Json
  /** A refresh token came back in refresh mode: the given one may be single-use. */
  rotated: boolean
  endpoint: string
}

async function passwordLogin(context: VendorContext): Promise<Grant> {
  const { plan, http } = context
  const response = await http.request({
    method: 'POST',
    path: TOKEN_PATH,
    // A login issues a token: never sent twice once it may have reached the server.
    creates: true,
    json: { username: plan.credentials.username, password: plan.credentials.password }
  })
  return grantFrom(context, response)
}

async function refreshLogin(context: VendorContext): Promise<Grant> {
  const { plan, http } = context
  const response = await http.request({
    method: 'POST',
    path: REFRESH_PATH,
    // A refresh token may be single-use: a second send could burn it.
    creates: true,
    json: { refresh_token: plan.credentials['refresh-token'] }
  })
  return grantFrom(context, response)
}

/** Reads a token answer: masks every token in it first, then checks the success signal. */
function grantFrom(context: VendorContext, response: HttpResponse): Grant {
  const parsed = parseJson(response.body)
  // The documented answer is flat; the overview's {data, meta, error} envelope may wrap it too.
  const body =
    isObject(parsed) && isObject(parsed.data) && !('token' in parsed) ? parsed.data : parsed
  // Every well-formed token in the answer is masked before anything else reads it; one that is not
  // well-formed is never masked (a hostile "token" such as "e" would blank the log) nor quoted.
  for (const source of [parsed, body]) {
    if (!isObject(source)) continue
    for (const field of TOKEN_FIELDS) {
      const value = credentialText(source, [field])
      if (BEARER_TOKEN_SHAPE.test(value)) context.mask(value)
    }
  }
  const mode = context.plan.authMode
  if (response.status < 200 || response.status >= 300) {
    throw authFailure(context, response, body)
  }
  if (!isObject(body)) {
    // A token answer is never quoted: it may hold tokens in a form nothing masked.
    throw notJsonFailure(NAME, response, context.redact, { quoteBody: false })
  }
  const issued = credentialText(body, ['token', 'access_token', 'accessToken'])
  const token = issued
    ? bearerToken(issued, `${NAME}: the access token in the answer of ${response.endpoint}`)
    : ''
  context.mask(token)
  if (!token) {
    throw new ActionFailure(
      [
        `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a token, so the ${mode === 'refresh' ? 'refresh token' : 'login'} could not be verified.`,
        'Fix: check that the url input points at the Infracast API (https://api.infracast.io, https://dev.infracast.io or your own installation).'
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
  return { token, expiresAt, user, rotated, endpoint: response.endpoint }
}

async function tokenLogin(context: VendorContext, grant: Grant): Promise<LoginResult> {
  const { plan } = context
  if (grant.expiresAt && Date.parse(grant.expiresAt) <= Date.now()) {
    throw new ActionFailure(
      [
        `${NAME}: ${grant.endpoint} issued an access token that had already expired (expires ${grant.expiresAt}; this runner's clock says ${isoSeconds(Date.now())}).`,
        'Likely causes:',
        "  - the Infracast server's clock, or this runner's, is wrong by an hour or more",
        '  - a proxy or cache in between replayed an old answer',
        'Fix: check the clocks (NTP) and any caching proxy in front of the url input; the token would be refused by every later request.'
      ].join('\n')
    )
  }
  const { identity, notes } = identityFor(grant.user, tenantOf(plan))
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
  } else if (tenantOf(plan) && !notes.some((n) => n.label === 'Tenant')) {
    notes.push(
      note(
        'Tenant',
        `${tenantOf(plan)} (access not verified: the ${plan.authMode === 'refresh' ? 'token' : 'login answer'} lists no tenants; add required-permissions: nodes:read to prove it)`
      )
    )
  }
  for (const n of notes) context.info(`${n.label}: ${n.value}`)

  const env: Record<string, string> = { INFRACAST_URL: plan.url, INFRACAST_TOKEN: grant.token }
  if (grant.expiresAt) env.INFRACAST_TOKEN_EXPIRES_AT = grant.expiresAt
  if (tenantOf(plan)) env.INFRACAST_TENANT = tenantOf(plan)
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

/**
 * The identity from a login's `user` object or an access token's claims. With a tenant, the role
 * that counts is the user's role in that tenant when the user lists tenants; a listed user without
 * that tenant has verifiably no access to it.
 */
export function identityFor(user: Json, tenant: string): { identity: Identity; notes: Note[] } {
  const email = firstText(user, ['email', 'email_address', 'emailAddress'])
  const roleValue = firstPresent(user, ['roles', 'role'])
  const accountRoles = roleValue === undefined ? undefined : names(roleValue)
  const tenants = parseTenants(firstPresent(user, ['tenants']))
  const identity: Identity = {
    userId: firstText(user, ['id', 'user_id', 'userId', 'sub']),
    username:
      firstText(user, ['username', 'preferred_username', 'user_name', 'userName', 'login']) ||
      email,
    displayName: firstText(user, ['display_name', 'displayName', 'name', 'full_name']),
    email,
    roles: accountRoles,
    permissions: undefined,
    organization: tenant
  }
  const notes: Note[] = []
  if (tenants === undefined) return { identity, notes }

  const listed = tenants.map((t) => (t.role ? `${t.id} (${t.role})` : t.id)).join(', ') || 'none'
  if (!tenant) {
    notes.push(note('Tenants', listed))
    return { identity, notes }
  }
  const entry = tenants.find((t) => t.id === tenant)
  if (!entry) {
    throw new ActionFailure(
      [
        `${NAME}: user ${describeIdentity(identity)} has no access to tenant "${tenant}": Infracast lists the user's tenants as ${listed}.`,
        'Fix: check the tenant input (the tenant id, as Infracast spells it), or ask a tenant administrator to add the user to that tenant.'
      ].join('\n')
    )
  }
  if (entry.role) {
    identity.roles = [entry.role]
    notes.push(note('Tenant', `${tenant} (role ${entry.role})`))
    if (accountRoles?.length) notes.push(note('Account roles', accountRoles.join(', ')))
  } else {
    notes.push(note('Tenant', `${tenant} (listed without a role; account roles apply)`))
  }
  return { identity, notes }
}

interface TenantRole {
  id: string
  role: string
}

/** `[{id, role}]` as documented, or a list of ids, or a `{ tenant: role }` map; undefined if absent. */
export function parseTenants(value: unknown): TenantRole[] | undefined {
  if (value === undefined || value === null) return undefined
  if (isObject(value)) {
    return Object.entries(value).map(([id, role]) => ({
      id,
      role: isObject(role) ? firstText(role, ['role', 'name']) : text(role)
    }))
  }
  if (!Array.isArray(value)) return undefined
  const tenants: TenantRole[] = []
  for (const item of value) {
    const id = isObject(item) ? firstText(item, ['id', 'tenant', 'tenant_id', 'slug']) : text(item)
    const role = isObject(item) ? firstText(item, ['role', 'role_name', 'roleName']) : ''
    if (id) tenants.push({ id, role })
  }
  return tenants
}

// ---------------------------------------------------------------------------------------------
// API keys

async function apiKeyLogin(context: VendorContext): Promise<LoginResult> {
  const { plan } = context
  const apiKey = plan.credentials['api-key']!
  const wanted = plan.requiredPermissions.length ? plan.requiredPermissions : [DEFAULT_PROBE]
  const outcome = await probe(context, apiKey, wanted, {
    who: 'the API key',
    credential: 'api-key'
  })
  const identity: Identity = {
    userId: '',
    username: '',
    displayName: '',
    email: '',
    roles: undefined,
    permissions: outcome.proven,
    organization: tenantOf(plan)
  }
  const notes = [note('Tenant', `${tenantOf(plan)} (API key may ${outcome.proven.join(', ')})`)]
  for (const n of notes) context.info(`${n.label}: ${n.value}`)
  return {
    identity,
    authHeader: `Authorization: Bearer ${apiKey}`,
    env: { INFRACAST_URL: plan.url, INFRACAST_TOKEN: apiKey, INFRACAST_TENANT: tenantOf(plan) },
    verified: outcome.verified,
    notes
  }
}

function authFailure(context: VendorContext, response: HttpResponse, body: unknown): ActionFailure {
  const refresh = context.plan.authMode === 'refresh'
  let diagnosis: Diagnosis
  if (response.status === 401) {
    const explanation: Explanation = refresh
      ? {
          causes: [
            'the refresh token has expired (refresh tokens live 7 days)',
            'the refresh token was revoked (the user logged out, was disabled, or it was already used once)',
            'the token was issued by another Infracast environment than the url input (a dev token against prod, or the reverse)'
          ],
          fix: 'obtain a new refresh token and store it in the secret behind the refresh-token input, or use username and password, or an API key for unattended runs; check the url input.'
        }
      : {
          causes: [
            'the username or password is wrong, or the password was changed',
            'the user signs in through SSO (Okta, Azure AD, SAML) and has no Infracast password',
            'the account belongs to another Infracast environment than the url input (dev vs prod)'
          ],
          fix: 'check the secrets behind the username and password inputs and the url input; for unattended runs an API key (api-key input) is the better credential.'
        }
    diagnosis = {
      headline: refresh
        ? 'the refresh token was rejected'
        : 'the username or password was rejected',
      ...explanation
    }
  } else if (response.status === 403) {
    diagnosis = {
      headline: refresh ? 'the refresh was refused' : 'the login was refused',
      causes: [
        'the user is disabled or locked',
        "the account's IP allow-list does not include this runner"
      ],
      fix: 'ask an Infracast administrator to check the user, or use an API key (api-key input).'
    }
  } else if (response.status === 400) {
    diagnosis = {
      headline: 'the request was refused as malformed',
      causes: [
        refresh
          ? 'the refresh-token input does not hold a refresh token (perhaps an access token or an API key)'
          : 'the username or password input is empty or malformed'
      ],
      fix: refresh
        ? 'store the refresh_token value from an Infracast login in the secret behind refresh-token.'
        : 'check the username and password inputs.'
    }
  } else {
    diagnosis = explainCommonStatus(response.status, NAME)
  }
  return statusFailure({
    vendor: NAME,
    endpoint: response.endpoint,
    status: response.status,
    statusText: response.statusText,
    vendorText: vendorErrorText(context, response, body) || undefined,
    diagnosis
  })
}
