// Infracast fake. Access tokens are real HS256 JWTs (1 hour) signed by the "server"; refresh tokens
// are opaque and live 7 days; API keys (ic_live_...) carry their own tenants and permissions. Every
// tenant request checks the bearer (signature, expiry, revocation), the tenant (404 unknown, 403 no
// access) and the permission, and answers in the documented envelope:
//   success {data:[...], meta:{total,page,per_page}}, error {error:{code,message,details}}.
// Writes on tenant paths are recorded in `writes`, so tests can prove the action never wrote.
// A user's role differs per tenant: admin, editor or viewer, the roles of the docs' "Multi-Tenant
// Access"; which permissions each holds is assumed (fake-accounts.js ROLE_PERMISSIONS).
//
// mint-token: POST /api/v1/api-keys ({name, tenants, permissions, expires_at}, the documented body)
// answers 201 with the documented {id, name, key, created_at, expires_at}, and the key works at
// once, for those tenants and permissions only, until expires_at; DELETE /api/v1/api-keys/{id},
// authenticated with that key, deletes it (204). Infracast's page shows the creation with an
// administrator's token and no revoke endpoint; assumed here: that an editor or admin may
// create a key for their tenant with permissions they hold there (403 FORBIDDEN "Role doesn't allow
// this action" for a viewer, the documented 403 text), the 201 and 204, the
// DELETE itself, and that a key may delete itself. Minted keys are listed in `mintedKeys`.
//
// From Infracast's authentication page (docs.infracast.io; the vendor notes, §5):
// the login and refresh bodies, `Authorization: Bearer`, the 401 "Invalid or expired token" and
// 403 "Insufficient permissions" bodies, the error codes BAD_REQUEST, UNAUTHORIZED, FORBIDDEN,
// NOT_FOUND, RATE_LIMITED. Also ASSUMED, with no source: that `Bearer` is read without regard to
// case (the docs only write `Bearer`); the login's 401 text "Invalid username or password" and the
// 400 texts; 405 METHOD_NOT_ALLOWED and 422 VALIDATION_ERROR (codes the docs do not list); the
// 429's Retry-After header and `details.retry_after`; 404 for an unknown tenant and 403 for a known
// one the caller may not use (the docs name "no access to this tenant" only as a cause of 403);
// and that the login and refresh bodies are read as JSON whatever their Content-Type.
//
// Who exists is ./fake-accounts.js; the tokens it issues and checks, and the login and refresh
// endpoints, are ./fake-tokens.js.
import { randomBytes } from 'node:crypto'
import { API_KEYS, sandboxAccounts, seedRefreshTokens, TENANTS, USERS } from './fake-accounts.js'
import {
  ACCESS_TOKEN_SECONDS,
  answerLogin,
  authenticate,
  errorBody,
  INVALID_TOKEN,
  issueAccessToken,
  refresh,
  revokeAccessToken
} from './fake-tokens.js'

const RESOURCES = ['nodes', 'findings', 'jobs']

export const infracast = {
  id: 'infracast',
  // It predates the sandbox's /_vendor/ prefix and also answers paths without one.
  unprefixed: true,
  create() {
    const state = {
      /** Refresh token → record, including ones issued by logins during the run. */
      refreshTokens: new Map(),
      /** jti of revoked access tokens. */
      revokedJti: new Set(),
      /** Every access token issued: { sub, jti, exp, expiresAt, token }. */
      issued: [],
      /** Every write (non-GET) that reached a tenant or API-key path. */
      writes: [],
      rateLimited: 0,
      echoSecrets: false,
      /** The expiry keys get whatever expires_at asks: undefined keeps the asked one, null sets none. */
      keyExpiry: undefined,
      /** Keys created through POST /api/v1/api-keys: the API_KEYS shape plus id and deleted. */
      mintedKeys: []
    }
    const seed = () => seedRefreshTokens(state)
    seed()

    const accounts = sandboxAccounts()

    const fake = {
      id: 'infracast',
      accounts,
      state,
      /** The next `count` requests get 429 RATE_LIMITED with Retry-After: 1. */
      rateLimit(count = 1) {
        state.rateLimited = count
      },
      /** Error bodies then quote the credentials they received (a server bug a client must survive). */
      echoCredentials(on = true) {
        state.echoSecrets = on
      },
      /**
       * Keys created from now on expire at `expiresAt` (ISO-8601), or never (null), whatever
       * expires_at asked, as a server that ignores or caps the field differently would.
       */
      setKeyExpiry(expiresAt) {
        state.keyExpiry = expiresAt
      },
      /** Signs an access token for a user, e.g. one already expired, for tests. */
      issueToken(username, { lifetimeSeconds = ACCESS_TOKEN_SECONDS } = {}) {
        const user = USERS.find((u) => u.username === username)
        if (!user) throw new Error(`no sandbox user ${username}`)
        return issueAccessToken(state, user, lifetimeSeconds).token
      },
      revokeAccessToken(token) {
        revokeAccessToken(state, token)
      },
      reset() {
        seed()
        state.revokedJti.clear()
        state.issued.length = 0
        state.writes.length = 0
        state.rateLimited = 0
        state.echoSecrets = false
        state.keyExpiry = undefined
        state.mintedKeys.length = 0
      },
      handle: (request, send) => handle(state, request, send)
    }
    return fake
  }
}

function handle(state, request, send) {
  const path = request.path.split('?')[0]
  if (
    !path.startsWith('/api/v1/auth/') &&
    !path.startsWith('/api/v1/tenants/') &&
    path !== '/api/v1/api-keys' &&
    !path.startsWith('/api/v1/api-keys/')
  ) {
    return false
  }
  if (request.method !== 'GET' && !path.startsWith('/api/v1/auth/')) {
    state.writes.push({ method: request.method, path: request.path })
  }
  if (state.rateLimited > 0) {
    state.rateLimited--
    return send(429, errorBody('RATE_LIMITED', 'Rate limit exceeded', { retry_after: 1 }), {
      'retry-after': '1'
    })
  }
  // What a careless server might quote back: only with echoCredentials() on.
  const echo = () =>
    state.echoSecrets
      ? {
          authorization: request.headers.authorization,
          body: request.json
        }
      : undefined

  if (path === '/api/v1/auth/token') return answerLogin(state, request, send, echo)
  if (path === '/api/v1/auth/refresh') return refresh(state, request, send, echo)
  if (path.startsWith('/api/v1/auth/')) {
    return send(404, errorBody('NOT_FOUND', `No route ${request.method} ${path}`))
  }

  const caller = authenticate(state, request)
  if (!caller) return send(401, errorBody(...INVALID_TOKEN, echo()))

  if (path === '/api/v1/api-keys' && request.method === 'POST' && caller.user)
    return createKey(state, caller, request, send)
  const keyPath = /^\/api\/v1\/api-keys\/([^/]+)$/.exec(path)
  if (keyPath && request.method === 'DELETE' && caller.apiKey?.id !== undefined)
    return deleteKey(state, caller, decodeURIComponent(keyPath[1]), send)
  if (path === '/api/v1/api-keys' || path.startsWith('/api/v1/api-keys/')) {
    if (!caller.may('*', 'admin:*')) {
      return send(403, errorBody('FORBIDDEN', 'Insufficient permissions', echo()))
    }
    if (request.method !== 'GET') return send(201, { data: { id: 'key-new' } })
    const data = API_KEYS.map((k) => ({ id: `key-${k.name}`, name: k.name, tenants: k.tenants }))
    return send(200, { data, meta: { total: data.length, page: 1, per_page: data.length } })
  }

  const match = /^\/api\/v1\/tenants\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path)
  if (!match) return send(404, errorBody('NOT_FOUND', `No route ${request.method} ${path}`))
  const tenant = decodeURIComponent(match[1])
  const resource = match[2]
  if (!Object.hasOwn(TENANTS, tenant)) {
    return send(404, errorBody('NOT_FOUND', `Tenant ${tenant} not found`, { tenant }))
  }
  if (!caller.hasTenant(tenant)) {
    return send(403, errorBody('FORBIDDEN', `No access to tenant ${tenant}`, { tenant, ...echo() }))
  }
  if (!RESOURCES.includes(resource ?? '')) {
    return send(404, errorBody('NOT_FOUND', `No route ${request.method} ${path}`))
  }
  const permission = `${resource}:${request.method === 'GET' ? 'read' : 'write'}`
  if (!caller.may(tenant, permission)) {
    return send(
      403,
      errorBody('FORBIDDEN', `Insufficient permissions: ${permission} required`, {
        tenant,
        permission,
        ...echo()
      })
    )
  }
  if (request.method !== 'GET') return send(201, { data: { id: `${resource}-new` } })

  const total = TENANTS[tenant][resource]
  const perPage = clamp(Number(request.query.get('per_page') ?? 20), 1, 100)
  const page = clamp(Number(request.query.get('page') ?? 1), 1, 10_000)
  const all = Array.from({ length: total }, (_, i) => ({
    id: `${resource.slice(0, -1)}-${tenant}-${i + 1}`,
    tenant
  }))
  const data = all.slice((page - 1) * perPage, page * perPage)
  return send(200, { data, meta: { total, page, per_page: perPage } })
}

/** Tenant roles that may create API keys (assumed: a viewer may not). */
const KEY_ROLES = ['admin', 'editor']

/** A user delegates, for one tenant, permissions they hold there, until a time in the future. */
function createKey(state, caller, request, send) {
  const body = request.json ?? {}
  const { name, tenants, permissions } = body
  const expiresAt = Date.parse(String(body.expires_at ?? ''))
  if (
    typeof name !== 'string' ||
    !name ||
    !Array.isArray(tenants) ||
    tenants.length === 0 ||
    !Array.isArray(permissions) ||
    permissions.length === 0 ||
    !(expiresAt > Date.now())
  ) {
    return send(
      422,
      errorBody(
        'VALIDATION_ERROR',
        'name, tenants, permissions and a future expires_at are required'
      )
    )
  }
  const keyless = tenants.filter((tenant) => !KEY_ROLES.includes(caller.roleIn(tenant)))
  if (keyless.length) {
    return send(403, errorBody('FORBIDDEN', "Role doesn't allow this action", { tenants: keyless }))
  }
  const denied = tenants.flatMap((tenant) =>
    permissions
      .filter((permission) => !caller.may(tenant, permission))
      .map((p) => `${p} in ${tenant}`)
  )
  if (denied.length) {
    return send(
      403,
      errorBody('FORBIDDEN', `Cannot grant permissions you do not hold: ${denied.join(', ')}`)
    )
  }
  const id = `key-${randomBytes(6).toString('hex')}`
  const key = {
    id,
    key: `ic_live_${randomBytes(18).toString('base64url')}`,
    name,
    tenants,
    permissions,
    expiresAt: state.keyExpiry === undefined ? new Date(expiresAt).toISOString() : state.keyExpiry,
    createdBy: caller.user.username,
    deleted: false
  }
  state.mintedKeys.push(key)
  return send(201, {
    id,
    name,
    key: key.key,
    created_at: new Date().toISOString(),
    ...(key.expiresAt === null ? {} : { expires_at: key.expiresAt })
  })
}

/** A minted key deletes itself (the post step holds nothing else). */
function deleteKey(state, caller, id, send) {
  const key = state.mintedKeys.find((k) => k.id === id)
  if (!key) return send(404, errorBody('NOT_FOUND', `API key ${id} not found`))
  if (key !== caller.apiKey) return send(403, errorBody('FORBIDDEN', 'Insufficient permissions'))
  key.deleted = true
  key.revoked = true
  return send(204, '', { 'content-type': 'text/plain' })
}

function clamp(value, min, max) {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), min), max) : min
}
