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
// Assumed: on 10.0+, a header that is neither Bearer nor Basic (`Token x`) is refused like a bad
// token here; SonarQube's authenticators would more likely skip it and treat the call as anonymous,
// which gives the same 401 / `{"valid":false}` only while `sonar.forceAuthentication` is on. Also
// assumed: another method than GET on users/current gets the unknown-url 404.
//
// `setBeforeVersion10(true)` plays a SonarQube Server before 10.0 (9.9 LTA): its BasicAuthenticator
// skips a header not starting with `Basic`, so Bearer is no credential and the call is anonymous
// (as above); only Basic `token:` or login:password authenticates. SonarQube's 2022 (9.x)
// UserTokenAuthentication lets analysis tokens reach only scanner endpoints, none served here, so
// they are refused; that 9.9 still does so is assumed.
//
// Errors are SonarQube's `{"errors":[{"msg":"..."}]}` (its scanner joins every `msg`): the 404 of an
// unknown Web API path, and, with the `sonarqube-403` switch, the 403 of a permission check
// ("Insufficient privileges", the text of SonarQube's ForbiddenException) on every call but
// `validate`. SonarQube itself checks no permission on `users/current`: the switch stands in for a
// server or gateway that refuses the call, so that a client's handling of the 403 can be tested.
//
// mint-token's token API: ./fake-tokens.js.
import { createHash } from 'node:crypto'
import { PREFIX, generate, revoke, sonarDateTime } from './fake-tokens.js'

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

/** Midnight UTC, `days` from today: SonarQube tokens expire at the start of a day. */
function dayFromToday(days) {
  const today = new Date()
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY_MS
}

export const sonarqube = {
  id: 'sonarqube',
  /** Fault switches this fake reads from `request.faults` itself; the sandbox lists them. */
  faults: {
    'sonarqube-403':
      'SonarQube only: every call but validate answers 403 {"errors":[{"msg":"Insufficient privileges"}]}, the body of SonarQube\'s permission check',
    'sonarqube-validate-empty':
      'SonarQube only: validate answers 200 {} with no valid field, as no SonarQube does (a gateway or another product at the url)'
  },
  create() {
    const tokens = TOKENS.map((t) => ({
      ...t,
      token: tokenText(PREFIX[t.type], t.seed),
      expiresAt: t.expiresInDays === undefined ? undefined : dayFromToday(t.expiresInDays)
    }))
    const state = {
      forceAuthentication: true,
      tokenTypes: true,
      beforeVersion10: false,
      maxTokenLifetimeDays: undefined,
      /** The zone of a 9.6-era server's JVM, hours east of UTC (0: judged in UTC, as today). */
      utcOffsetHours: 0,
      /** The status a lost generate answer is replaced by (loseGenerateAnswer); undefined: none. */
      lostGenerateStatus: undefined,
      /** Every token mint-token generated: name, login, type, expirationDate, revoked. */
      minted: []
    }
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
      /** Token types (9.5+); off, `type` is ignored and every token is a user token. */
      setTokenTypes(on) {
        state.tokenTypes = on
      },
      /** A server before 10.0: Bearer is no credential (anonymous), only Basic `token:` works. */
      setBeforeVersion10(on) {
        state.beforeVersion10 = on
      },
      /** Enterprise's maximum token lifetime, in days; undefined for none. */
      setMaxTokenLifetimeDays(days) {
        state.maxTokenLifetimeDays = days
      },
      /** A 9.6-era server whose JVM runs this many hours east of UTC: its "today" is that zone's. */
      setServerUtcOffsetHours(hours) {
        state.utcOffsetHours = hours
      },
      /**
       * A proxy in front of the server that loses the answer: the token is created, and the step
       * gets this status instead (502, 504). For the test that such a token still dies with the job.
       */
      loseGenerateAnswer(status) {
        state.lostGenerateStatus = status
      },
      get minted() {
        return state.minted
      },
      reset() {
        state.forceAuthentication = true
        state.tokenTypes = true
        state.beforeVersion10 = false
        state.maxTokenLifetimeDays = undefined
        state.utcOffsetHours = 0
        state.lostGenerateStatus = undefined
        state.minted = []
        tokens.splice(TOKENS.length)
      },
      handle: (request, send) => handle(state, tokens, request, send)
    }
  }
}

/** Paths only SonarQube serves among the sandbox's fakes. */
const OWN_PATHS = /^\/api\/(authentication|users|user_tokens)\//

function handle(state, tokens, request, send) {
  const path = request.path.split('?')[0]
  if (!OWN_PATHS.test(path)) return false
  const caller = authenticate(state, tokens, request.headers.authorization)

  if (path === '/api/authentication/validate') {
    if (request.faults.includes('sonarqube-validate-empty')) return send(200, {})
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
  const tokenApi = path === '/api/user_tokens/generate' || path === '/api/user_tokens/revoke'
  if (tokenApi && caller === 'anonymous')
    return send(401, { errors: [{ msg: 'Authentication is required' }] }, headers)
  if (path === '/api/user_tokens/generate') return generate(state, tokens, caller, request, send)
  if (path === '/api/user_tokens/revoke') return revoke(state, tokens, caller, request, send)
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
function authenticate(state, tokens, header) {
  if (header === undefined || header === '') return 'anonymous'
  const text = String(header)
  const bearer = /^Bearer\s+(\S+)$/i.exec(text)?.[1]
  if (bearer && !state.beforeVersion10) return byToken(tokens, bearer)
  // Before 10.0 only a header starting with Basic is read; anything else is no credential.
  if (state.beforeVersion10 && !/^Basic/i.test(text)) return 'anonymous'
  const basic = /^Basic\s+(\S+)$/i.exec(text)?.[1]
  if (!basic) return undefined
  const decoded = Buffer.from(basic, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  const login = decoded.slice(0, colon)
  const password = decoded.slice(colon + 1)
  if (password === '') {
    const caller = byToken(tokens, login)
    // 9.x: analysis tokens reach only the scanner's endpoints ("Invalid token" elsewhere).
    const analysis = caller && caller.token.type !== 'USER_TOKEN'
    return state.beforeVersion10 && analysis ? undefined : caller
  }
  const user = Object.values(USERS).find((u) => u.login === login && u.password === password)
  return user ? { user } : undefined
}

function byToken(tokens, text) {
  const token = tokens.find((t) => t.token === text)
  if (!token || token.revoked) return undefined
  if (token.expiresAt !== undefined && token.expiresAt <= Date.now()) return undefined
  return { user: USERS[token.user], token }
}
