// Checkmarx One fake: its IAM is Keycloak, so the token and userinfo endpoints answer as Keycloak
// does. The API key is an offline refresh token: a JWT whose `aud` and `iss` are the realm URL
// `{iam}/auth/realms/{tenant}` at the sandbox's own origin, so keys are built in
// `create({ httpUrl, httpsUrl })` (`issueApiKey` takes a base with a path prefix).
//
// Documented (Checkmarx clients, Klera connector doc): the form-encoded token endpoint, the
// `refresh_token` grant with `client_id=ast-app`, the `client_credentials` grant, `expires_in`.
// Keycloak's standard behaviour, not seen in a Checkmarx recording (unconfirmed, see the shared
// notes): 404 `{"error":"Realm does not exist"}` for an unknown tenant; 400
// `{"error":"invalid_grant",...}` for a revoked, forged or foreign refresh token; 401
// `{"error":"unauthorized_client",...}` for a wrong client secret and `invalid_client` for an unknown
// client; the userinfo fields (standard OIDC claims, no roles: roles are in the access token's
// `roles` claim) and its 401 `invalid_token` with a WWW-Authenticate header. The `ast-base-url`
// claim in the access token is reported for Checkmarx tokens; the access token lifetime (30 min)
// is assumed.
// From ast-cli (`client.go`, `auth_login.go`, `jwt-helper.go`): the key's own `azp` is the
// `client_id` (`ide-integration` for `cx auth login` keys, account `cliLogin`), realms are lower
// case, permissions are in `roles_ast`. Keycloak 20+ (keycloak#16168): userinfo answers 403
// `insufficient_scope` to a token without the `openid` scope (account `noOpenid`).
// Assumed: that a realm name in another case (`Acme`) is unknown (404): the CLI lower-cases it,
// which suggests so, but no answer to another case is public (vendors-third T3, "inf"); that a
// token request whose body is not form-encoded reads as one without grant_type (400); and the
// 405 and unknown-path 404 bodies.
import { randomUUID } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

const ACCESS_TOKEN_SECONDS = 30 * 60
const PUBLIC_CLIENT = 'ast-app'
/** Public clients that mint API keys: the console's, and `cx auth login`'s. */
const PUBLIC_CLIENTS = new Set([PUBLIC_CLIENT, 'ide-integration'])
const INVALID_CLIENT = 'Invalid client or Invalid client credentials'

const realmSecret = (realm) => `sandbox-checkmarx-one-${realm}-realm-key`

/** Tenants (Keycloak realms) and their users and confidential clients. */
const REALMS = {
  acme: {
    id: 'c1a2b3c4-0000-4000-8000-00000000acme',
    users: {
      developer: {
        sub: '5d3c9e1a-1111-4111-8111-000000000001',
        username: 'dev@acme.example',
        email: 'dev@acme.example',
        givenName: 'Dana',
        familyName: 'Developer',
        roles: ['ast-scanner', 'ast-viewer'],
        rolesAst: ['create-scan', 'view-scans', 'view-results', 'view-projects']
      },
      admin: {
        sub: '5d3c9e1a-2222-4222-8222-000000000002',
        username: 'admin@acme.example',
        email: 'admin@acme.example',
        givenName: 'Ada',
        familyName: 'Admin',
        roles: ['ast-admin', 'iam-admin', 'ast-scanner'],
        rolesAst: ['create-scan', 'view-scans', 'view-results', 'manage-users', 'delete-scan']
      }
    },
    clients: {
      'acme-ci': {
        secret: 'cx-sandbox-acme-ci-client-secret-7f3a9c2e41d8',
        sub: '5d3c9e1a-3333-4333-8333-000000000003',
        roles: ['ast-scanner'],
        rolesAst: ['create-scan', 'view-scans']
      }
    }
  },
  globex: {
    id: 'c1a2b3c4-0000-4000-8000-0000000globex',
    users: {
      analyst: {
        sub: '7e4d0f2b-1111-4111-8111-000000000001',
        username: 'analyst@globex.example',
        email: 'analyst@globex.example',
        givenName: 'Gil',
        familyName: 'Analyst',
        roles: ['ast-viewer'],
        rolesAst: ['view-scans', 'view-results']
      }
    },
    clients: {}
  }
}

/** Offline sessions behind the seeded API keys; `revoked` ones were logged out in the console. */
const KEY_SESSIONS = [
  { name: 'developer', realm: 'acme', user: 'developer' },
  { name: 'admin', realm: 'acme', user: 'admin' },
  { name: 'globexAnalyst', realm: 'globex', user: 'analyst' },
  { name: 'revoked', realm: 'acme', user: 'developer', revoked: true },
  // Its issuer names a tenant that does not exist: the token endpoint answers 404.
  { name: 'unknownTenant', realm: 'initech', user: 'developer' },
  // Stored by `cx auth login`: issued to the `ide-integration` client, not `ast-app`.
  { name: 'cliLogin', realm: 'acme', user: 'developer', client: 'ide-integration' },
  // Created without the openid scope: userinfo answers 403 insufficient_scope to its tokens.
  { name: 'noOpenid', realm: 'acme', user: 'developer', scope: 'offline_access' }
]

const now = () => Math.floor(Date.now() / 1000)
const scopes = (value) =>
  String(value ?? '')
    .split(' ')
    .filter(Boolean)

function offlineToken(base, realm, user, sid, { client = PUBLIC_CLIENT, scope } = {}) {
  const url = `${base}/auth/realms/${realm}`
  const [jti, iat] = [randomUUID(), now()]
  const claims = { iss: url, sub: user.sub, aud: url, typ: 'Offline', azp: client, sid, jti, iat }
  return signJwt({ ...claims, scope: scope ?? 'openid offline_access' }, realmSecret(realm))
}

export const checkmarxOne = {
  id: 'checkmarx-one',
  /** @param {{ httpUrl?: string, httpsUrl?: string }} [origins] where the sandbox listens */
  create(origins = {}) {
    const httpBase = origins.httpUrl ?? 'http://127.0.0.1'
    const httpsBase = origins.httpsUrl ?? 'https://127.0.0.1'
    const state = {
      /** sid → { realm, user } of every live offline session. */
      sessions: new Map(),
      revokedSessions: new Set(),
      issued: [],
      /** Every offline token a token answer carried, for tests that prove none is shown. */
      refreshTokens: []
    }
    const seed = () => {
      state.sessions.clear()
      state.revokedSessions.clear()
      for (const session of KEY_SESSIONS) {
        state.sessions.set(`sid-${session.name}`, { realm: session.realm, user: session.user })
        if (session.revoked) state.revokedSessions.add(`sid-${session.name}`)
      }
    }
    seed()
    const userOf = (session) =>
      REALMS[session.realm]?.users[session.user] ?? REALMS.acme.users[session.user]
    const keyAt = (base, session) =>
      offlineToken(base, session.realm, userOf(session), `sid-${session.name}`, session)

    const accounts = Object.fromEntries(
      KEY_SESSIONS.map((session) => [
        session.name,
        {
          apiKey: keyAt(httpBase, session),
          apiKeyHttps: keyAt(httpsBase, session),
          tenant: session.realm,
          username: userOf(session).username,
          ...(session.revoked ? { note: 'revoked offline session: 400 invalid_grant' } : {}),
          ...(REALMS[session.realm] ? {} : { note: 'unknown tenant: 404' })
        }
      ])
    )
    accounts.oauthClient = {
      clientId: 'acme-ci',
      clientSecret: REALMS.acme.clients['acme-ci'].secret,
      tenant: 'acme',
      username: 'service-account-acme-ci'
    }
    return {
      id: 'checkmarx-one',
      accounts,
      state,
      /** Ends an offline session, as logging the API key out in the console does. */
      revokeApiKey(apiKey) {
        const sid = verifyJwtAnyRealm(apiKey)?.sid
        if (sid) state.revokedSessions.add(sid)
      },
      /**
       * An API key of an account issued by `base` (its `iss` origin), for tests that reach the fake
       * through another origin: a fault prefix, a proxy, or another TLS listener.
       */
      issueApiKey(accountName, base) {
        const session = KEY_SESSIONS.find((s) => s.name === accountName)
        if (!session) throw new Error(`no sandbox account ${accountName}`)
        return keyAt(base, session)
      },
      /** Signs an access token, e.g. one already expired, for tests. */
      issueAccessToken(accountName = 'developer', options = {}) {
        const session = KEY_SESSIONS.find((s) => s.name === accountName)
        if (!session || !REALMS[session.realm]) throw new Error(`no sandbox account ${accountName}`)
        return accessToken(httpBase, session.realm, userOf(session), PUBLIC_CLIENT, options)
      },
      reset() {
        seed()
        state.issued.length = 0
        state.refreshTokens.length = 0
      },
      handle: (request, send) => handle(state, request.secure ? httpsBase : httpBase, request, send)
    }
  }
}

function verifyJwtAnyRealm(token) {
  for (const realm of Object.keys(REALMS)) {
    const claims = verifyJwt(token, realmSecret(realm))
    if (claims) return claims
  }
  return undefined
}

/** `{base}/auth/realms/{realm}` → [base, realm]. */
function splitIssuer(iss) {
  const match = /^(.*)\/auth\/realms\/([^/]+)$/.exec(String(iss ?? ''))
  return match ? [match[1], match[2]] : [undefined, undefined]
}

function accessToken(base, realm, principal, clientId, options = {}) {
  const { lifetimeSeconds = ACCESS_TOKEN_SECONDS, scope = 'openid email profile' } = options
  const iat = now()
  const serviceAccount = principal.username === undefined
  const claims = {
    iss: `${base}/auth/realms/${realm}`,
    sub: principal.sub,
    aud: 'account',
    typ: 'Bearer',
    azp: clientId,
    exp: iat + lifetimeSeconds,
    iat,
    jti: randomUUID(),
    scope,
    preferred_username: serviceAccount ? `service-account-${clientId}` : principal.username,
    ...(serviceAccount
      ? { clientId }
      : {
          email: principal.email,
          email_verified: true,
          name: `${principal.givenName} ${principal.familyName}`,
          given_name: principal.givenName,
          family_name: principal.familyName
        }),
    roles: principal.roles,
    roles_ast: principal.rolesAst,
    realm_access: { roles: principal.roles },
    'ast-base-url': base,
    tenant_id: REALMS[realm].id,
    tenant_name: realm
  }
  return { token: signJwt(claims, realmSecret(realm)), claims }
}

function handle(state, base, request, send) {
  const match = /^\/auth\/realms\/([^/]+)\/protocol\/openid-connect\/(token|userinfo)$/.exec(
    request.path.split('?')[0]
  )
  if (!match) {
    if (request.path.startsWith('/auth/realms/')) {
      return send(404, { error: 'Unable to find matching target resource method' })
    }
    return false
  }
  const realm = decodeURIComponent(match[1])
  if (!Object.hasOwn(REALMS, realm)) return send(404, { error: 'Realm does not exist' })
  if (match[2] === 'token') return token(state, base, realm, request, send)
  return userinfo(realm, request, send)
}

function token(state, base, realm, request, send) {
  if (request.method !== 'POST') return send(405, { error: 'HTTP 405 Method Not Allowed' })
  const form = new URLSearchParams(
    String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
      ? request.body
      : ''
  )
  const grant = form.get('grant_type')
  if (!grant) {
    return send(400, {
      error: 'invalid_request',
      error_description: 'Missing form parameter: grant_type'
    })
  }
  const clientId = form.get('client_id') ?? ''
  const client = REALMS[realm].clients[clientId]
  if (!PUBLIC_CLIENTS.has(clientId) && !client) {
    return send(401, { error: 'invalid_client', error_description: INVALID_CLIENT })
  }
  if (client && form.get('client_secret') !== client.secret) {
    return send(401, { error: 'unauthorized_client', error_description: INVALID_CLIENT })
  }

  if (grant === 'refresh_token') {
    const given = form.get('refresh_token')
    if (!given) {
      return send(400, {
        error: 'invalid_request',
        error_description: 'Missing form parameter: refresh_token'
      })
    }
    const claims = verifyJwt(given, realmSecret(realm))
    const [, issuerRealm] = splitIssuer(claims?.iss)
    if (!claims || issuerRealm !== realm) {
      return send(400, { error: 'invalid_grant', error_description: 'Invalid refresh token' })
    }
    if (claims.azp !== clientId) {
      return send(400, {
        error: 'invalid_grant',
        error_description: "Invalid refresh token. Token client and authorized client don't match"
      })
    }
    const session = state.sessions.get(claims.sid)
    if (!session || state.revokedSessions.has(claims.sid)) {
      return send(400, {
        error: 'invalid_grant',
        error_description: 'Offline user session not found'
      })
    }
    const user = REALMS[realm].users[session.user]
    const [issuerBase] = splitIssuer(claims.iss)
    // A refresh keeps the offline session's scopes: without openid, no openid in the access token.
    const scope = [
      ...scopes(claims.scope).filter((s) => s !== 'offline_access'),
      'email',
      'profile'
    ].join(' ')
    const access = accessToken(issuerBase ?? base, realm, user, clientId, { scope })
    state.issued.push(access.claims)
    const refreshToken = offlineToken(issuerBase ?? base, realm, user, claims.sid, {
      client: claims.azp,
      scope: claims.scope
    })
    state.refreshTokens.push(refreshToken)
    return send(200, {
      access_token: access.token,
      expires_in: ACCESS_TOKEN_SECONDS,
      refresh_expires_in: 0,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      'not-before-policy': 0,
      session_state: claims.sid,
      scope: `${scope} offline_access`
    })
  }

  if (grant === 'client_credentials') {
    if (!client) {
      return send(401, {
        error: 'unauthorized_client',
        error_description: 'Client not enabled to retrieve service account'
      })
    }
    // The sandbox client's default scopes include openid, so its tokens read userinfo either way;
    // the 403 for a token without openid is the `noOpenid` API key's.
    const scope = 'openid email profile'
    const access = accessToken(base, realm, client, clientId, { scope })
    state.issued.push(access.claims)
    return send(200, {
      access_token: access.token,
      expires_in: ACCESS_TOKEN_SECONDS,
      refresh_expires_in: 0,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope
    })
  }
  return send(400, {
    error: 'unsupported_grant_type',
    error_description: 'Unsupported grant_type'
  })
}

function userinfo(realm, request, send) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1]
  const reject = (error, description, status = 401) =>
    send(
      status,
      { error, error_description: description },
      {
        'www-authenticate': `Bearer realm="${realm}", error="${error}", error_description="${description}"`
      }
    )
  if (!bearer) return reject('invalid_request', 'Token not provided')
  const claims = verifyJwt(bearer, realmSecret(realm))
  const [, issuerRealm] = splitIssuer(claims?.iss)
  if (
    !claims ||
    issuerRealm !== realm ||
    claims.typ !== 'Bearer' ||
    typeof claims.exp !== 'number' ||
    claims.exp <= now()
  ) {
    return reject('invalid_token', 'Token verification failed')
  }
  if (!scopes(claims.scope).includes('openid')) {
    return reject('insufficient_scope', 'Missing openid scope', 403)
  }
  return send(200, {
    sub: claims.sub,
    email_verified: claims.email_verified ?? false,
    preferred_username: claims.preferred_username,
    ...(claims.email
      ? {
          name: claims.name,
          given_name: claims.given_name,
          family_name: claims.family_name,
          email: claims.email
        }
      : {})
  })
}
