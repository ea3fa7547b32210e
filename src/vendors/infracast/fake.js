// Infracast fake. Access tokens are real HS256 JWTs (1 hour) signed by the "server"; refresh tokens
// are opaque and live 7 days; API keys (ic_live_...) carry their own tenants and permissions. Every
// tenant request checks the bearer (signature, expiry, revocation), the tenant (404 unknown, 403 no
// access) and the permission, and answers in the documented envelope:
//   success {data:[...], meta:{total,page,per_page}}, error {error:{code,message,details}}.
// Writes on tenant paths are recorded in `writes`, so tests can prove the action never wrote.
import { randomBytes } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

const SIGNING_SECRET = 'sandbox-infracast-signing-secret'
const ACCESS_TOKEN_SECONDS = 60 * 60
const REFRESH_TOKEN_SECONDS = 7 * 24 * 60 * 60
const RESOURCES = ['nodes', 'findings', 'jobs']

/** Tenants and a few records each, so list endpoints have something to page through. */
const TENANTS = {
  prod: { name: 'Production', nodes: 3, findings: 5, jobs: 2 },
  staging: { name: 'Staging', nodes: 2, findings: 1, jobs: 1 },
  dev: { name: 'Development', nodes: 1, findings: 0, jobs: 0 }
}

/** What a tenant role may do in its tenant ("Role doesn't allow this action" is a documented 403). */
const ROLE_PERMISSIONS = {
  'tenant-admin': ['admin:*'],
  operator: ['nodes:read', 'nodes:write', 'findings:read', 'jobs:read', 'jobs:write'],
  viewer: ['nodes:read', 'findings:read']
}

const USERS = [
  {
    id: 'user-ada',
    username: 'ada',
    password: 'ada-sandbox-password',
    email: 'ada@acme.example',
    roles: ['admin'],
    tenants: [
      { id: 'prod', role: 'tenant-admin' },
      { id: 'staging', role: 'operator' }
    ]
  },
  {
    id: 'user-victor',
    username: 'victor',
    password: 'victor-sandbox-password',
    email: 'victor@acme.example',
    roles: ['member'],
    tenants: [
      { id: 'prod', role: 'viewer' },
      { id: 'staging', role: 'viewer' }
    ]
  },
  {
    // The documented login example: global roles only, no tenant list.
    id: 'user-olga',
    username: 'olga',
    password: 'olga-sandbox-password',
    email: 'olga@acme.example',
    roles: ['operator'],
    globalTenantRole: 'operator'
  },
  {
    // The server's clock is an hour and a half behind: every token it issues has already expired.
    id: 'user-sid',
    username: 'sid',
    password: 'sid-sandbox-password',
    email: 'sid@acme.example',
    roles: ['member'],
    tenants: [{ id: 'prod', role: 'operator' }],
    clockSkewSeconds: -90 * 60
  }
]

/** API keys: deterministic so the README can list them. */
const API_KEYS = [
  {
    key: 'ic_live_sbxReader7f3a9c2e41d8b6',
    name: 'reader',
    tenants: ['prod'],
    permissions: ['nodes:read', 'findings:read']
  },
  {
    key: 'ic_live_sbxOps5d1e8a7c3b920f',
    name: 'ops',
    tenants: ['prod', 'staging'],
    permissions: ['nodes:read', 'findings:read', 'jobs:read', 'jobs:write']
  },
  {
    key: 'ic_live_sbxStaging9b4c2d6e1a7f',
    name: 'staging-nodes',
    tenants: ['staging'],
    permissions: ['nodes:read']
  },
  {
    key: 'ic_live_sbxAdmin3e7f1a9d5c2b84',
    name: 'admin',
    tenants: ['*'],
    permissions: ['admin:*']
  },
  {
    key: 'ic_live_sbxRevoked0c4e8a2f6b1d',
    name: 'revoked',
    tenants: ['prod'],
    permissions: ['nodes:read'],
    revoked: true
  },
  {
    key: 'ic_live_sbxExpired2a6c0e4b8d3f',
    name: 'expired',
    tenants: ['prod'],
    permissions: ['nodes:read'],
    expiresAt: '2025-03-16T00:00:00Z'
  }
]

/** Opaque refresh tokens handed out up front, as a user would have stored one in a secret. */
const SEEDED_REFRESH_TOKENS = [
  { token: refreshTokenText('ada'), user: 'user-ada' },
  { token: refreshTokenText('victor'), user: 'user-victor' },
  { token: refreshTokenText('revoked'), user: 'user-ada', revoked: true },
  {
    token: refreshTokenText('expired'),
    user: 'user-ada',
    ageSeconds: REFRESH_TOKEN_SECONDS + 3600
  },
  // Its refresh answer has no expires_at, so a client must read the JWT's exp.
  { token: refreshTokenText('no-expiry'), user: 'user-victor', omitExpiresAt: true },
  // Single-use: the answer carries a new refresh token and the old one stops working.
  { token: refreshTokenText('rotating'), user: 'user-ada', rotate: true }
]

function refreshTokenText(label) {
  return Buffer.from(`sandbox refresh token: ${label}`).toString('base64url')
}

const now = () => Math.floor(Date.now() / 1000)
const isoFromEpoch = (epochSeconds) =>
  new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
const errorBody = (code, message, details) => ({
  error: { code, message, ...(details === undefined ? {} : { details }) }
})
const INVALID_TOKEN = ['UNAUTHORIZED', 'Invalid or expired token']

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
      echoSecrets: false
    }
    const seed = () => {
      state.refreshTokens.clear()
      for (const seeded of SEEDED_REFRESH_TOKENS) {
        state.refreshTokens.set(seeded.token, {
          ...seeded,
          expiresAt: now() + REFRESH_TOKEN_SECONDS - (seeded.ageSeconds ?? 0)
        })
      }
    }
    seed()

    const accounts = {
      ada: {
        username: 'ada',
        password: 'ada-sandbox-password',
        roles: ['admin'],
        tenants: { prod: 'tenant-admin', staging: 'operator' },
        refreshToken: refreshTokenText('ada')
      },
      victor: {
        username: 'victor',
        password: 'victor-sandbox-password',
        roles: ['member'],
        tenants: { prod: 'viewer', staging: 'viewer' },
        refreshToken: refreshTokenText('victor')
      },
      olga: {
        username: 'olga',
        password: 'olga-sandbox-password',
        roles: ['operator'],
        note: 'login response lists no tenants (global roles only)'
      },
      sid: {
        username: 'sid',
        password: 'sid-sandbox-password',
        note: 'server clock skew: every token issued has already expired'
      },
      revokedRefreshToken: { refreshToken: refreshTokenText('revoked'), note: 'revoked: 401' },
      expiredRefreshToken: {
        refreshToken: refreshTokenText('expired'),
        note: 'issued 7 days and 1 hour ago: 401'
      },
      noExpiryRefreshToken: {
        refreshToken: refreshTokenText('no-expiry'),
        note: "victor's; the refresh answer has no expires_at (use the JWT exp)"
      },
      rotatingRefreshToken: {
        refreshToken: refreshTokenText('rotating'),
        note: "ada's; single-use, the answer carries a new refresh token"
      },
      ...Object.fromEntries(
        API_KEYS.map((k) => [
          `key-${k.name}`,
          {
            apiKey: k.key,
            tenants: k.tenants,
            permissions: k.permissions,
            ...(k.revoked ? { note: 'revoked: 401' } : {}),
            ...(k.expiresAt ? { note: `expired ${k.expiresAt}: 401` } : {})
          }
        ])
      )
    }

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
      /** Signs an access token for a user, e.g. one already expired, for tests. */
      issueToken(username, { lifetimeSeconds = ACCESS_TOKEN_SECONDS } = {}) {
        const user = USERS.find((u) => u.username === username)
        if (!user) throw new Error(`no sandbox user ${username}`)
        return issueAccessToken(state, user, lifetimeSeconds).token
      },
      revokeAccessToken(token) {
        const claims = verifyJwt(token, SIGNING_SECRET)
        if (claims?.jti) state.revokedJti.add(claims.jti)
      },
      reset() {
        seed()
        state.revokedJti.clear()
        state.issued.length = 0
        state.writes.length = 0
        state.rateLimited = 0
        state.echoSecrets = false
      },
      handle: (request, send) => handle(state, request, send)
    }
    return fake
  }
}

function issueAccessToken(state, user, lifetimeSeconds = ACCESS_TOKEN_SECONDS) {
  const iat = now() + (user.clockSkewSeconds ?? 0)
  const exp = iat + lifetimeSeconds
  const jti = randomBytes(8).toString('hex')
  const token = signJwt(
    {
      sub: user.id,
      username: user.username,
      email: user.email,
      roles: user.roles,
      ...(user.tenants ? { tenants: user.tenants } : {}),
      iat,
      exp,
      jti
    },
    SIGNING_SECRET
  )
  const record = { sub: user.id, jti, exp, expiresAt: isoFromEpoch(exp), token }
  state.issued.push(record)
  return record
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

function answerLogin(state, request, send, echo) {
  if (request.method !== 'POST') {
    return send(405, errorBody('METHOD_NOT_ALLOWED', 'Use POST'))
  }
  const body = request.json
  if (
    typeof body?.username !== 'string' ||
    typeof body?.password !== 'string' ||
    !body.username ||
    !body.password
  ) {
    return send(400, errorBody('BAD_REQUEST', 'username and password are required'))
  }
  const user = USERS.find((u) => u.username === body.username && u.password === body.password)
  if (!user) {
    return send(401, errorBody('UNAUTHORIZED', 'Invalid username or password', echo()))
  }
  const access = issueAccessToken(state, user)
  const refreshToken = randomBytes(24).toString('base64url')
  state.refreshTokens.set(refreshToken, {
    token: refreshToken,
    user: user.id,
    expiresAt: now() + REFRESH_TOKEN_SECONDS
  })
  return send(200, {
    token: access.token,
    expires_at: access.expiresAt,
    refresh_token: refreshToken,
    user: {
      id: user.id,
      username: user.username,
      email: user.email,
      roles: user.roles,
      ...(user.tenants ? { tenants: user.tenants } : {})
    }
  })
}

function refresh(state, request, send, echo) {
  if (request.method !== 'POST') {
    return send(405, errorBody('METHOD_NOT_ALLOWED', 'Use POST'))
  }
  const given = request.json?.refresh_token
  if (typeof given !== 'string' || given === '') {
    return send(400, errorBody('BAD_REQUEST', 'refresh_token is required'))
  }
  const record = state.refreshTokens.get(given)
  if (!record || record.revoked || record.expiresAt <= now()) {
    return send(401, errorBody(...INVALID_TOKEN, echo()))
  }
  const user = USERS.find((u) => u.id === record.user)
  const access = issueAccessToken(state, user)
  const answer = { token: access.token }
  if (!record.omitExpiresAt) answer.expires_at = access.expiresAt
  if (record.rotate) {
    record.revoked = true
    const next = randomBytes(24).toString('base64url')
    state.refreshTokens.set(next, { ...record, token: next, revoked: false })
    answer.refresh_token = next
  }
  return send(200, answer)
}

/** The caller behind the bearer: a user's access token or an API key; undefined when rejected. */
function authenticate(state, request) {
  const header = String(request.headers.authorization ?? '')
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
  if (!bearer) return undefined
  const key = API_KEYS.find((k) => k.key === bearer)
  if (key) {
    if (key.revoked || (key.expiresAt && Date.parse(key.expiresAt) <= Date.now())) return undefined
    const hasTenant = (tenant) => key.tenants.includes('*') || key.tenants.includes(tenant)
    return {
      hasTenant,
      may: (tenant, permission) =>
        (tenant === '*' || hasTenant(tenant)) && grants(key.permissions, permission)
    }
  }
  const claims = verifyJwt(bearer, SIGNING_SECRET)
  if (!claims || typeof claims.exp !== 'number' || claims.exp <= now()) return undefined
  if (state.revokedJti.has(claims.jti)) return undefined
  const user = USERS.find((u) => u.id === claims.sub)
  if (!user) return undefined
  const roleIn = (tenant) =>
    user.tenants ? user.tenants.find((t) => t.id === tenant)?.role : user.globalTenantRole
  return {
    hasTenant: (tenant) => roleIn(tenant) !== undefined,
    may: (tenant, permission) =>
      tenant === '*'
        ? user.roles.includes('admin') && permission === 'admin:*'
        : grants(ROLE_PERMISSIONS[roleIn(tenant)] ?? [], permission)
  }
}

function grants(held, permission) {
  return held.includes('admin:*') || held.includes(permission)
}

function clamp(value, min, max) {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), min), max) : min
}
