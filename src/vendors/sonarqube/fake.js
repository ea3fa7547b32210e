// SonarQube fake (Server and Cloud answer alike here). What it copies from SonarQube's own source:
//   - `GET /api/authentication/validate` is always 200: `{"valid":false}` for a bad, expired or
//     missing token (the URL skips session loading), `{"valid":true}` for a good one;
//   - every other endpoint answers a bad or expired token with 401 and an EMPTY body;
//   - a token is sent as `Authorization: Bearer <token>` (10.0+) or as the Basic login with an empty
//     password; Basic login:password also works;
//   - analysis tokens (project `sqp_`, global `sqa_`) authenticate as their owner but with their
//     permissions cut down (TokenUserSession): `users/current` answers 200 with the owner's login,
//     and `permissions.global` lists only `scan`/`provisioning` (global analysis token) or nothing
//     (project analysis token). Observed in the server source, not in a recording;
//   - responses to token-authenticated calls (not `validate`, which loads no session) carry
//     `SonarQube-Authentication-Token-Expiration` for tokens with an expiry date, written as
//     SonarQube's DateUtils.formatDateTime does (`2026-12-01T00:00:00+0000`);
//   - with `sonar.forceAuthentication` off, anonymous calls get `isLoggedIn:false` (200) and
//     `validate` says `{"valid":true}`; on (the default since 8.6) they get 401.
// The token prefixes are what SonarQube issues (`squ_` user, `sqp_` project, `sqa_` global).
//
// Errors are SonarQube's `{"errors":[{"msg":"..."}]}` (its scanner joins every `msg`): the 404 of an
// unknown Web API path, and, with the `sonarqube-403` switch, the 403 of a permission check
// ("Insufficient privileges", the text of SonarQube's ForbiddenException) on every call but
// `validate`. SonarQube itself checks no permission on `users/current`: the switch stands in for a
// server or gateway that refuses the call, so that a client's handling of the 403 can be tested.
import { createHash } from 'node:crypto'

const DAY_MS = 24 * 60 * 60 * 1000

/** 40 hex characters after the prefix, deterministic so the README can list them. */
const tokenText = (prefix, seed) =>
  `${prefix}${createHash('sha256').update(`sonarqube-sandbox:${seed}`).digest('hex').slice(0, 40)}`

const USERS = {
  ada: {
    id: 'AYz1sandboxAda0001',
    login: 'ada',
    name: 'Ada Admin',
    email: 'ada@acme.example',
    password: 'ada-sandbox-password',
    groups: ['sonar-administrators', 'sonar-users'],
    permissions: ['admin', 'gateadmin', 'profileadmin', 'provisioning', 'scan']
  },
  dev: {
    id: 'AYz1sandboxDev0002',
    login: 'dev',
    name: 'Dev Eloper',
    email: 'dev@acme.example',
    password: 'dev-sandbox-password',
    groups: ['sonar-users'],
    permissions: ['scan']
  },
  viewer: {
    id: 'AYz1sandboxView003',
    login: 'viewer',
    name: 'Vic Viewer',
    email: 'viewer@acme.example',
    password: 'viewer-sandbox-password',
    groups: ['sonar-users'],
    permissions: []
  }
}

/** What an analysis token may keep of its owner's global permissions (TokenUserSession). */
const GLOBAL_ANALYSIS_PERMISSIONS = ['scan', 'provisioning']

/** Expiry dates are whole days, as SonarQube stores them; `expiresInDays` counts from start-up. */
const TOKENS = [
  { name: 'userToken', type: 'USER_TOKEN', user: 'ada', seed: 'ada-user' },
  { name: 'developerToken', type: 'USER_TOKEN', user: 'dev', seed: 'dev-user', expiresInDays: 90 },
  {
    name: 'expiringSoonToken',
    type: 'USER_TOKEN',
    user: 'dev',
    seed: 'dev-soon',
    expiresInDays: 3
  },
  { name: 'viewerToken', type: 'USER_TOKEN', user: 'viewer', seed: 'viewer-user' },
  { name: 'expiredToken', type: 'USER_TOKEN', user: 'dev', seed: 'dev-expired', expiresInDays: -2 },
  {
    name: 'projectAnalysisToken',
    type: 'PROJECT_ANALYSIS_TOKEN',
    user: 'dev',
    seed: 'dev-project',
    project: 'acme-web',
    expiresInDays: 30
  },
  {
    name: 'globalAnalysisToken',
    type: 'GLOBAL_ANALYSIS_TOKEN',
    user: 'ada',
    seed: 'ada-global',
    expiresInDays: 10
  },
  { name: 'revokedToken', type: 'USER_TOKEN', user: 'ada', seed: 'ada-revoked', revoked: true }
]

const PREFIX = { USER_TOKEN: 'squ_', PROJECT_ANALYSIS_TOKEN: 'sqp_', GLOBAL_ANALYSIS_TOKEN: 'sqa_' }

/** Midnight UTC, `days` from today: SonarQube tokens expire at the start of a day. */
function dayFromToday(days) {
  const today = new Date()
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY_MS
}

/** `2026-12-01T00:00:00+0000`, the shape of SonarQube's DateUtils.formatDateTime. */
const sonarDateTime = (epochMs) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, '+0000')

export const sonarqube = {
  id: 'sonarqube',
  /** Fault switches this fake reads from `request.faults` itself; the sandbox lists them. */
  faults: {
    'sonarqube-403':
      'SonarQube only: every call but validate answers 403 {"errors":[{"msg":"Insufficient privileges"}]}, the body of SonarQube\'s permission check'
  },
  create() {
    const tokens = TOKENS.map((t) => ({
      ...t,
      token: tokenText(PREFIX[t.type], t.seed),
      expiresAt: t.expiresInDays === undefined ? undefined : dayFromToday(t.expiresInDays)
    }))
    const state = { forceAuthentication: true }
    const accounts = Object.fromEntries(
      tokens.map((t) => [
        t.name,
        {
          token: t.token,
          type: t.type,
          login: t.user,
          ...(t.project ? { project: t.project } : {}),
          ...(t.expiresAt === undefined ? {} : { expiresAt: sonarDateTime(t.expiresAt) }),
          ...(t.revoked ? { note: 'revoked: validate says false, other calls 401' } : {}),
          ...(t.expiresAt !== undefined && t.expiresAt <= Date.now()
            ? { note: 'expired: validate says false, other calls 401' }
            : {})
        }
      ])
    )
    accounts.password = { login: 'ada', password: USERS.ada.password, note: 'Basic login:password' }
    return {
      id: 'sonarqube',
      accounts,
      state,
      /** `sonar.forceAuthentication`: off lets anonymous calls through as `isLoggedIn:false`. */
      setForceAuthentication(on) {
        state.forceAuthentication = on
      },
      reset() {
        state.forceAuthentication = true
      },
      handle: (request, send) => handle(state, tokens, request, send)
    }
  }
}

/** Paths only SonarQube serves among the sandbox's fakes. */
const OWN_PATHS = /^\/api\/(authentication|users)\//

function handle(state, tokens, request, send) {
  const path = request.path.split('?')[0]
  if (!OWN_PATHS.test(path)) return false
  const caller = authenticate(tokens, request.headers.authorization)

  if (path === '/api/authentication/validate') {
    const valid = caller === 'anonymous' ? !state.forceAuthentication : caller !== undefined
    return send(200, { valid })
  }
  if (caller === undefined || (caller === 'anonymous' && state.forceAuthentication)) {
    return send(401, '', { 'content-type': 'text/plain' })
  }
  const headers =
    caller !== 'anonymous' && caller.token?.expiresAt !== undefined
      ? { 'sonarqube-authentication-token-expiration': sonarDateTime(caller.token.expiresAt) }
      : {}
  if (request.faults.includes('sonarqube-403')) {
    return send(403, { errors: [{ msg: 'Insufficient privileges' }] }, headers)
  }

  if (path === '/api/users/current' && request.method === 'GET') {
    if (caller === 'anonymous') {
      return send(200, { isLoggedIn: false, permissions: { global: [] } }, headers)
    }
    const user = caller.user
    return send(
      200,
      {
        isLoggedIn: true,
        id: user.id,
        login: user.login,
        name: user.name,
        email: user.email,
        local: true,
        externalIdentity: user.login,
        externalProvider: 'sonarqube',
        scmAccounts: [],
        groups: user.groups,
        permissions: { global: globalPermissions(caller) },
        usingSonarLintConnectedMode: false,
        homepage: { type: 'PROJECTS' }
      },
      headers
    )
  }
  return send(404, { errors: [{ msg: `Unknown url : ${path}` }] }, headers)
}

function globalPermissions(caller) {
  const held = caller.user.permissions
  switch (caller.token?.type) {
    case 'PROJECT_ANALYSIS_TOKEN':
      return []
    case 'GLOBAL_ANALYSIS_TOKEN':
      return held.filter((p) => GLOBAL_ANALYSIS_PERMISSIONS.includes(p))
    default:
      return held
  }
}

/**
 * The caller: `{ user, token? }`, 'anonymous' when no credentials came, undefined when they are
 * wrong, revoked or expired.
 */
function authenticate(tokens, header) {
  if (header === undefined || header === '') return 'anonymous'
  const text = String(header)
  const bearer = /^Bearer\s+(\S+)$/i.exec(text)?.[1]
  if (bearer) return byToken(tokens, bearer)
  const basic = /^Basic\s+(\S+)$/i.exec(text)?.[1]
  if (!basic) return undefined
  const decoded = Buffer.from(basic, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  const login = decoded.slice(0, colon)
  const password = decoded.slice(colon + 1)
  if (password === '') return byToken(tokens, login)
  const user = Object.values(USERS).find((u) => u.login === login && u.password === password)
  return user ? { user } : undefined
}

function byToken(tokens, text) {
  const token = tokens.find((t) => t.token === text)
  if (!token || token.revoked) return undefined
  if (token.expiresAt !== undefined && token.expiresAt <= Date.now()) return undefined
  return { user: USERS[token.user], token }
}
