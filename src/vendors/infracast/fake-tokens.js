// Infracast fake: the tokens it issues and checks. Access tokens are real HS256 JWTs (1 hour) signed
// by the "server"; refresh tokens are opaque and live 7 days; an API key is checked against the
// fake's key list. The login and refresh endpoints answer here, as the documentation shows them.
import { randomBytes } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'
import { API_KEYS, now, REFRESH_TOKEN_SECONDS, ROLE_PERMISSIONS, USERS } from './fake-accounts.js'

const SIGNING_SECRET = 'sandbox-infracast-signing-secret'
export const ACCESS_TOKEN_SECONDS = 60 * 60

const isoFromEpoch = (epochSeconds) =>
  new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
export const errorBody = (code, message, details) => ({
  error: { code, message, ...(details === undefined ? {} : { details }) }
})
export const INVALID_TOKEN = ['UNAUTHORIZED', 'Invalid or expired token']

/** Signs an access token for a user, as a login or refresh does, and records it in `issued`. */
export function issueAccessToken(state, user, lifetimeSeconds = ACCESS_TOKEN_SECONDS) {
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

/** Revokes an access token the fake signed, by its jti; anything else is ignored. */
export function revokeAccessToken(state, token) {
  const claims = verifyJwt(token, SIGNING_SECRET)
  if (claims?.jti) state.revokedJti.add(claims.jti)
}

export function answerLogin(state, request, send, echo) {
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

export function refresh(state, request, send, echo) {
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
export function authenticate(state, request) {
  const header = String(request.headers.authorization ?? '')
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
  if (!bearer) return undefined
  const key = [...API_KEYS, ...state.mintedKeys].find((k) => k.key === bearer)
  if (key) {
    if (key.revoked || (key.expiresAt && Date.parse(key.expiresAt) <= Date.now())) return undefined
    const hasTenant = (tenant) => key.tenants.includes('*') || key.tenants.includes(tenant)
    return {
      apiKey: key,
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
    user,
    roleIn,
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
