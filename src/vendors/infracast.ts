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
  formatExplanation,
  statusFailure,
  type Explanation
} from '../failure.js'
import { notJsonFailure, parseJson, textExcerpt, type HttpResponse } from '../http.js'
import { describeIdentity, type Identity, type RequirementResult } from '../identity.js'
import type { Plan } from '../inputs.js'
import { firstPresent, firstText, isObject, names, text, type Json } from './parse.js'
import type { LoginResult, Vendor, VendorContext } from './types.js'

const NAME = 'Infracast'
const TOKEN_PATH = '/api/v1/auth/token'
const REFRESH_PATH = '/api/v1/auth/refresh'

/**
 * Permission → the tenant list endpoint whose GET proves it. Only these three have a read-only list
 * endpoint: `reports:read` means generating and downloading reports, and every `*:write` and
 * `admin:*` could only be shown by changing something.
 */
export const PROBES: Readonly<Record<string, string>> = {
  'nodes:read': 'nodes',
  'findings:read': 'findings',
  'jobs:read': 'jobs'
}
/** What an API key is checked with when the step asks for no permission: the cheapest listing. */
const DEFAULT_PROBE = 'nodes:read'
const VERIFIABLE = Object.keys(PROBES).join(', ')

/** Response fields that carry tokens; each is masked before anything else reads the body. */
const TOKEN_FIELDS = [
  'token',
  'access_token',
  'accessToken',
  'refresh_token',
  'refreshToken',
  'id_token'
]

const fold = (value: string): string => value.trim().toLowerCase()

export const infracast: Vendor = {
  id: 'infracast',
  name: NAME,
  defaultUrl: 'https://api.infracast.io',
  modes: [
    { id: 'api-key', inputs: ['api-key'] },
    { id: 'login', inputs: ['username', 'password'] },
    { id: 'refresh', inputs: ['refresh-token'] }
  ],
  // refresh-token deliberately has no fallback: the contract's rule is "the variable this action
  // would export", and a refresh token is never exported; reading one from a job-level env would
  // also invite keeping a 7-day credential where every step of the job can read it.
  // username/password have none either: this action exports neither.
  envFallback: { 'api-key': 'INFRACAST_API_KEY', tenant: 'INFRACAST_TENANT' },
  roles: { verifiable: true },
  permissions: { verifiable: true },
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
  if (apiKey && !plan.tenant) {
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
  const unprovable = plan.requiredPermissions.filter((p) => PROBES[fold(p)] === undefined)
  if (unprovable.length) {
    throw new ActionFailure(
      [
        `The required-permissions input asks for ${unprovable.map((p) => `"${p}"`).join(', ')}, which this action cannot verify for Infracast:`,
        ...unprovable.map((p) => `  - ${p}: ${whyUnprovable(p)}`),
        `This action proves a permission only with a read-only request (GET /api/v1/tenants/{tenant}/<resource>?per_page=1) and never writes to check one. Verifiable: ${VERIFIABLE}.`,
        'Fix: remove these from required-permissions; to require an administrator, log in with username and password and use required-roles (e.g. tenant-admin) instead.'
      ].join('\n')
    )
  }
  if (!apiKey && plan.requiredPermissions.length && !plan.tenant) {
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

function whyUnprovable(permission: string): string {
  const [resource = '', action = ''] = fold(permission).split(':')
  if (resource === 'admin') {
    return 'administrative rights show only in administrative actions (creating API keys, configuring SSO); no read-only request proves them'
  }
  if (action === 'write') {
    return `only creating, changing or deleting ${resource || 'something'} would prove it, and this action never writes`
  }
  if (fold(permission) === 'reports:read') {
    return 'it means generating and downloading reports; Infracast has no read-only list endpoint for reports, and generating one is a write'
  }
  return 'it is not an Infracast permission with a read-only list endpoint to probe'
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
  for (const source of [parsed, body]) {
    if (!isObject(source)) continue
    for (const field of TOKEN_FIELDS) {
      const value = source[field]
      if (typeof value === 'string') context.mask(value)
    }
  }
  const mode = context.plan.authMode
  if (response.status < 200 || response.status >= 300) {
    throw authFailure(context, response, body)
  }
  if (!isObject(body)) {
    // The excerpt of a broken token answer could carry a token that was never masked.
    throw notJsonFailure(NAME, response, (t) => context.redact(scrubTokens(t)))
  }
  const token = firstText(body, ['token', 'access_token', 'accessToken'])
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
  const { identity, notes } = identityFor(grant.user, plan.tenant)
  if (!identity.userId && !identity.username && !identity.email) {
    // The token itself is the success signal; say plainly that no one could be named.
    notes.push(
      'Identity: not reported (no user in the answer, and the access token carries no readable claims)'
    )
  }
  if (grant.rotated) {
    notes.push(
      'Refresh token: Infracast answered with a new refresh token, so the one given may be single-use; this action never outputs it. If the next run is refused, store a fresh refresh token or use username and password.'
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
  } else if (plan.tenant && !notes.some((n) => n.startsWith('Tenant:'))) {
    notes.push(
      `Tenant: ${plan.tenant} (access not verified: the ${plan.authMode === 'refresh' ? 'token' : 'login answer'} lists no tenants; add required-permissions: nodes:read to prove it)`
    )
  }
  for (const note of notes) context.info(note)

  const env: Record<string, string> = { INFRACAST_URL: plan.url, INFRACAST_TOKEN: grant.token }
  if (grant.expiresAt) env.INFRACAST_TOKEN_EXPIRES_AT = grant.expiresAt
  if (plan.tenant) env.INFRACAST_TENANT = plan.tenant
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
export function identityFor(user: Json, tenant: string): { identity: Identity; notes: string[] } {
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
  const notes: string[] = []
  if (tenants === undefined) return { identity, notes }

  const listed = tenants.map((t) => (t.role ? `${t.id} (${t.role})` : t.id)).join(', ') || 'none'
  if (!tenant) {
    notes.push(`Tenants: ${listed}`)
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
    notes.push(`Tenant: ${tenant} (role ${entry.role})`)
    if (accountRoles?.length) notes.push(`Account roles: ${accountRoles.join(', ')}`)
  } else {
    notes.push(`Tenant: ${tenant} (listed without a role; account roles apply)`)
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
    organization: plan.tenant
  }
  const notes = [`Tenant: ${plan.tenant} (API key may ${outcome.proven.join(', ')})`]
  for (const note of notes) context.info(note)
  return {
    identity,
    authHeader: `Authorization: Bearer ${apiKey}`,
    env: { INFRACAST_URL: plan.url, INFRACAST_TOKEN: apiKey, INFRACAST_TENANT: plan.tenant },
    verified: outcome.verified,
    notes
  }
}

// ---------------------------------------------------------------------------------------------
// Probes

interface ProbeOutcome {
  /** Canonical names of the permissions proven. */
  proven: string[]
  /**
   * Results for probes the step did not ask for (the default one). Required permissions are already
   * judged by the shared gate from `identity.permissions`; repeating them here would list each twice.
   */
  verified: RequirementResult[]
}

interface Denial {
  permission: string
  response: HttpResponse
  vendorText: string
}

/**
 * One GET per permission, never anything else. A 403 is collected so the message can name every
 * permission missing at once; any other refusal ends the check at once.
 */
async function probe(
  context: VendorContext,
  bearer: string,
  permissions: readonly string[],
  subject: { who: string; credential: 'api-key' | 'token' }
): Promise<ProbeOutcome> {
  const { plan, http } = context
  const tenant = plan.tenant
  const required = new Set(plan.requiredPermissions.map(fold))
  const proven: string[] = []
  const denied: Denial[] = []
  for (const permission of permissions) {
    const canonical = fold(permission)
    const resource = PROBES[canonical]!
    const response = await http.request({
      method: 'GET',
      path: `/api/v1/tenants/${encodeURIComponent(tenant)}/${resource}?per_page=1`,
      headers: { authorization: `Bearer ${bearer}` }
    })
    const body = parseJson(response.body)
    if (response.status === 403) {
      denied.push({
        permission: canonical,
        response,
        vendorText: vendorErrorText(context, response, body)
      })
      continue
    }
    if (response.status < 200 || response.status >= 300) {
      throw probeFailure(context, response, body, canonical, subject)
    }
    if (!isObject(body) || !(Array.isArray(body.data) || Array.isArray(body.items))) {
      if (!isObject(body)) throw notJsonFailure(NAME, response, context.redact, { quoteBody: true })
      throw new ActionFailure(
        [
          `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a data list, so ${canonical} in tenant "${tenant}" could not be verified.`,
          'Fix: check that the url input points at the Infracast API, not a proxy or the web interface.'
        ].join('\n')
      )
    }
    proven.push(canonical)
  }
  if (denied.length) throw denialFailure(plan, denied, proven, subject)
  return {
    proven,
    verified: proven
      .filter((p) => !required.has(p))
      .map((p) => ({ kind: 'permission', required: p, passed: true }))
  }
}

function denialFailure(
  plan: Plan,
  denied: Denial[],
  proven: string[],
  subject: { who: string; credential: 'api-key' | 'token' }
): ActionFailure {
  const tenant = plan.tenant
  const first = denied[0]!
  const missing = denied.map((d) => d.permission).join(', ')
  const defaultOnly = plan.requiredPermissions.length === 0
  const explanation: Explanation =
    subject.credential === 'api-key'
      ? {
          causes: [
            `the API key was not created for tenant "${tenant}" (a key lists its tenants)`,
            `the API key lacks ${missing} (a key lists its permissions)`,
            'the key is restricted to other IP addresses (allowed_ips) than this runner'
          ],
          fix: defaultOnly
            ? `check the tenant input; if the key may read only findings or jobs, set required-permissions (e.g. findings:read) so that is probed instead of ${DEFAULT_PROBE}; or create a key with ${missing} for tenant "${tenant}" and store it behind the api-key input.`
            : `check the tenant input, or create an API key with ${missing} for tenant "${tenant}" and store it behind the api-key input (or INFRACAST_API_KEY).`
        }
      : {
          causes: [
            `the user has no access to tenant "${tenant}"`,
            `the user's role in tenant "${tenant}" does not allow ${missing}`
          ],
          fix: `check the tenant input, or ask a tenant administrator of "${tenant}" for a role that includes ${missing}, or change required-permissions.`
        }
  const lines = [
    `${NAME}: ${subject.who} was denied ${missing} in tenant "${tenant}" (HTTP ${first.response.status}${first.response.statusText ? ` ${first.response.statusText}` : ''} from ${first.response.endpoint}).`,
    ...denied.map(
      (d) =>
        `${NAME} said for ${d.permission} (${d.response.endpoint}): ${d.vendorText || '(no error text)'}`
    ),
    ...(proven.length ? [`Proven in tenant "${tenant}": ${proven.join(', ')}.`] : []),
    ...formatExplanation(explanation)
  ]
  return new ActionFailure(lines.join('\n'))
}

function probeFailure(
  context: VendorContext,
  response: HttpResponse,
  body: unknown,
  permission: string,
  subject: { who: string; credential: 'api-key' | 'token' }
): ActionFailure {
  const tenant = context.plan.tenant
  let headline: string
  let explanation: Explanation
  if (response.status === 401) {
    if (subject.credential === 'api-key') {
      headline = 'the API key was rejected'
      explanation = {
        causes: [
          'the API key was revoked, deleted or has passed its expires_at',
          'the key belongs to another Infracast environment than the url input (a dev key against prod, or the reverse)',
          'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)'
        ],
        fix: 'create a new API key in Infracast and store it in the secret behind the api-key input (or INFRACAST_API_KEY), and check the url input.'
      }
    } else {
      headline = 'the access token Infracast had just issued was rejected'
      explanation = {
        causes: [
          'the url input reaches servers of different Infracast environments (a load balancer or proxy mixing dev and prod)',
          'the token was revoked at once (the user was disabled or logged out everywhere)'
        ],
        fix: 'check the url input and try again; if it persists, ask an Infracast administrator.'
      }
    }
  } else if (response.status === 404) {
    headline = `tenant "${tenant}" does not exist, or ${subject.who} cannot see it`
    explanation = {
      causes: [
        `the tenant input holds a name or a typo instead of the tenant id (ids look like "prod")`,
        `${subject.who} belongs to another Infracast account or environment than the one at the url input`
      ],
      fix: 'set the tenant input to the id of a tenant the credentials may access, and check the url input.'
    }
  } else {
    ;({ headline, explanation } = explainCommonStatus(response.status, NAME))
  }
  return statusFailure({
    vendor: NAME,
    endpoint: response.endpoint,
    status: response.status,
    statusText: response.statusText,
    vendorText: vendorErrorText(context, response, body) || undefined,
    headline,
    explanation,
    trailer: [`(probing ${permission} in tenant "${tenant}" as ${subject.who})`]
  })
}

function authFailure(context: VendorContext, response: HttpResponse, body: unknown): ActionFailure {
  const refresh = context.plan.authMode === 'refresh'
  let headline: string
  let explanation: Explanation
  if (response.status === 401) {
    headline = refresh ? 'the refresh token was rejected' : 'the username or password was rejected'
    explanation = refresh
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
  } else if (response.status === 403) {
    headline = refresh ? 'the refresh was refused' : 'the login was refused'
    explanation = {
      causes: [
        'the user is disabled or locked',
        "the account's IP allow-list does not include this runner"
      ],
      fix: 'ask an Infracast administrator to check the user, or use an API key (api-key input).'
    }
  } else if (response.status === 400) {
    headline = 'the request was refused as malformed'
    explanation = {
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
    ;({ headline, explanation } = explainCommonStatus(response.status, NAME))
  }
  return statusFailure({
    vendor: NAME,
    endpoint: response.endpoint,
    status: response.status,
    statusText: response.statusText,
    vendorText: vendorErrorText(context, response, body) || undefined,
    headline,
    explanation
  })
}

/**
 * The vendor's own words, redacted: `{"error":{"code","message","details"}}` as documented, or the
 * `{"error","message"}` shape of a proxy, or a short excerpt of a body that is not JSON.
 */
function vendorErrorText(context: VendorContext, response: HttpResponse, body: unknown): string {
  return context.redact(scrubTokens(errorText(body, response.body)))
}

export function errorText(body: unknown, raw: string): string {
  if (!isObject(body)) return textExcerpt(raw)
  const error = isObject(body.error) ? body.error : body
  const code = firstText(error, ['code']) || (typeof body.error === 'string' ? body.error : '')
  const message = firstText(error, ['message', 'detail', 'title'])
  const details = isObject(error) ? error.details : undefined
  const detailText =
    details === undefined || details === null
      ? ''
      : typeof details === 'string'
        ? details
        : JSON.stringify(details)
  return [
    [code, message].filter(Boolean).join(': '),
    detailText ? `(details: ${textExcerpt(detailText)})` : ''
  ]
    .filter(Boolean)
    .join(' ')
}

/** Removes anything shaped like a JWT or a token field from text that may reach a message. */
function scrubTokens(value: string): string {
  return value
    .replace(/eyJ[\w-]*\.[\w-]+\.[\w-]+/g, '***')
    .replace(/("(?:refresh_token|refreshToken|access_token|token)"\s*:\s*")[^"]*"/g, '$1***"')
}

// ---------------------------------------------------------------------------------------------
// JWT and time

/**
 * The payload of a JWT, decoded but NOT verified (the signing key is the issuer's, not ours): use
 * it only to describe a token that came straight from the server. Undefined when it is not a JWT.
 */
export function decodeJwtClaims(token: string): Json | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[1]) return undefined
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
    return isObject(payload) ? payload : undefined
  } catch {
    return undefined
  }
}

/** The `exp` claim (seconds since the epoch) as ISO-8601, or undefined. */
export function jwtExpiry(claims: Json): string | undefined {
  const exp = claims.exp
  if (typeof exp === 'number') return normaliseExpiry(exp)
  if (typeof exp === 'string' && /^\d+$/.test(exp.trim())) return normaliseExpiry(Number(exp))
  return undefined
}

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i

/**
 * An expiry as `YYYY-MM-DDTHH:MM:SSZ`: an ISO-8601 string in any offset (a missing offset is read as
 * UTC, as every documented example is), or epoch seconds (milliseconds when it is that large).
 * Fractions of a second are cut, so the reported expiry is never later than the real one.
 */
export function normaliseExpiry(value: unknown): string | undefined {
  let ms: number
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    ms = value > 1e12 ? value : value * 1000
  } else if (typeof value === 'string' && /^\d+$/.test(value.trim())) {
    return normaliseExpiry(Number(value.trim()))
  } else if (typeof value === 'string') {
    const match = ISO_DATE_TIME.exec(value.trim())
    if (!match) return undefined
    let zone = (match[3] ?? 'Z').toUpperCase()
    if (zone !== 'Z') {
      const digits = zone.replace(':', '')
      zone = `${digits.slice(0, 3)}:${digits.slice(3) || '00'}`
    }
    ms = Date.parse(`${match[1]}T${match[2]}${zone}`)
  } else {
    return undefined
  }
  return (Number.isFinite(ms) && isoSeconds(ms)) || undefined
}

function isoSeconds(ms: number): string {
  if (Math.abs(ms) > 8.64e15) return ''
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function looksLikeJwt(value: string): boolean {
  return /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/.test(value)
}
