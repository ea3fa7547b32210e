// Snyk fake: API and service-account tokens (`Authorization: token <uuid>`), and OAuth service
// accounts that trade `client_id` + `client_secret` for a short-lived bearer token at
// `POST /oauth2/token` (form-encoded client_credentials grant). `GET /rest/self` needs the
// `version` query, as every Snyk REST call does, and answers in JSON:API.
//
// Documented (Snyk docs, Snyk's own Go framework): the two Authorization schemes, the mandatory
// `version`, the `/self` body `{data:{id,type,attributes:{name,username,email,avatar_url,
// default_org_context}}}`, and that REST errors are JSON:API `errors[]`.
// Unconfirmed, following the documented shapes: the exact `detail`/`code` texts of the errors, the
// `type` `/self` reports for service accounts ("service_account"), the OAuth error bodies
// (standard RFC 6749 `{error, error_description}`), which callers get 403, and that a missing
// `version` is refused before the token is looked at.
// Also assumed: that the scheme names are read without regard to case (Snyk's docs write `token`
// and `bearer`, its Go framework sends `token` and Go oauth2's `Bearer`; `Token` is in no source),
// the 405 for another method than POST at /oauth2/token and the 400 for a body that is not
// form-encoded, and the success body's `token_type`/`scope` values.
// Real Snyk serves each region on its own host; this one origin serves all of them.
//
// Personal and service-account access tokens (PATs) are `snyk_uat.` / `snyk_sat.` followed by a
// JWT whose header part is an 8-character key id; the payload's `h` claim names the API host the
// token is valid for (Snyk's Go application framework: PAT_REGEX, Claims.h). This fake accepts a
// PAT only when its `h` names the host the request was sent to (the Host header), as a regional
// host would refuse another region's token; `euServiceAccountPat` names Snyk's EU API host, so
// no sandbox URL accepts it. Assumed: the payload's other claims (none here), and that an expired
// PAT gets the same 401 as a revoked token.
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

const SIGNING_SECRET = 'sandbox-snyk-oauth-signing-secret'
const ACCESS_TOKEN_SECONDS = 3600
const JSON_API = 'application/vnd.api+json'
const VERSION = /^\d{4}-\d{2}-\d{2}(~(beta|experimental))?$/

/** Deterministic UUID-shaped text, so the README can list the tokens. */
function uuidFrom(seed) {
  const hex = createHash('sha256').update(`snyk-sandbox:${seed}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const PRINCIPALS = {
  ada: {
    id: uuidFrom('user-ada'),
    type: 'user',
    attributes: {
      name: 'Ada Developer',
      username: 'ada.dev',
      email: 'ada@acme.example',
      avatar_url: 'https://avatars.example/ada.png',
      default_org_context: uuidFrom('org-acme')
    }
  },
  ci: {
    id: uuidFrom('service-ci'),
    type: 'service_account',
    attributes: { name: 'acme-ci', default_org_context: uuidFrom('org-acme') }
  },
  oauthCi: {
    id: uuidFrom('service-oauth-ci'),
    type: 'service_account',
    attributes: { name: 'acme-oauth-ci', default_org_context: uuidFrom('org-acme') }
  },
  blocked: {
    id: uuidFrom('user-blocked'),
    type: 'user',
    attributes: { name: 'Blocked Bob', username: 'bob', email: 'bob@acme.example' }
  }
}

const API_TOKENS = [
  { name: 'user', token: uuidFrom('token-ada'), principal: 'ada' },
  { name: 'serviceAccount', token: uuidFrom('token-ci'), principal: 'ci' },
  { name: 'revoked', token: uuidFrom('token-revoked'), principal: 'ada', revoked: true },
  // A valid token whose owner may not use the API from here (e.g. an IP allow-list): 403.
  { name: 'forbidden', token: uuidFrom('token-blocked'), principal: 'blocked', forbidden: true }
]

/**
 * PATs, built when the sandbox starts: `h: 'sandbox'` stands for the sandbox's own HTTP host, so the
 * token can be sent to it; any other value is the host as written into the claim.
 */
const PATS = [
  { name: 'serviceAccountPat', kind: 'sat', h: 'sandbox', principal: 'ci' },
  { name: 'euServiceAccountPat', kind: 'sat', h: 'api.eu.snyk.io', principal: 'ci' },
  { name: 'expiredPat', kind: 'sat', h: 'sandbox', principal: 'ci', expired: true }
]

const base64url = (text) => Buffer.from(text).toString('base64url')

/** `snyk_<kind>.<key id>.<payload>.<signature>`, deterministic but for the host it names. */
function patFor(pat, host) {
  const keyId = createHash('sha256')
    .update(`snyk-sandbox:key:${pat.name}`)
    .digest('hex')
    .slice(0, 8)
  const payload = base64url(JSON.stringify({ h: host }))
  const signature = createHmac('sha256', SIGNING_SECRET)
    .update(`${keyId}.${payload}`)
    .digest('base64url')
  return `snyk_${pat.kind}.${keyId}.${payload}.${signature}`
}

const OAUTH_CLIENTS = [
  {
    name: 'oauthClient',
    clientId: uuidFrom('client-oauth-ci'),
    clientSecret: `snyk-sandbox-secret-${uuidFrom('secret-oauth-ci')}`,
    principal: 'oauthCi'
  }
]

const jsonApiError = (status, title, detail, code) => ({
  jsonapi: { version: '1.0' },
  errors: [
    {
      id: randomUUID(),
      status: String(status),
      ...(code ? { code } : {}),
      title,
      detail
    }
  ]
})

export const snyk = {
  id: 'snyk',
  /** @param {{ httpUrl?: string }} [origins] where the sandbox listens */
  create(origins = {}) {
    const state = { issued: [] }
    const sandboxHost = new URL(origins.httpUrl ?? 'http://127.0.0.1').host
    const pats = PATS.map((pat) => {
      const host = pat.h === 'sandbox' ? sandboxHost : pat.h
      return { ...pat, host, token: patFor(pat, host) }
    })
    const accounts = {
      ...Object.fromEntries(
        API_TOKENS.map((t) => [
          t.name,
          {
            apiToken: t.token,
            id: PRINCIPALS[t.principal].id,
            type: PRINCIPALS[t.principal].type,
            ...(t.revoked ? { note: 'revoked: 401' } : {}),
            ...(t.forbidden ? { note: 'valid but not allowed: 403' } : {})
          }
        ])
      ),
      ...Object.fromEntries(
        pats.map((p) => [
          p.name,
          {
            apiToken: p.token,
            host: p.host,
            id: PRINCIPALS[p.principal].id,
            type: PRINCIPALS[p.principal].type,
            ...(p.expired ? { note: 'expired: 401' } : {}),
            ...(p.h === 'sandbox' ? {} : { note: `valid only at ${p.host}: 401 here` })
          }
        ])
      ),
      ...Object.fromEntries(
        OAUTH_CLIENTS.map((c) => [
          c.name,
          {
            clientId: c.clientId,
            clientSecret: c.clientSecret,
            id: PRINCIPALS[c.principal].id,
            type: 'service_account'
          }
        ])
      )
    }
    return {
      id: 'snyk',
      accounts,
      state,
      /** Signs an access token for an OAuth client, e.g. one already expired, for tests. */
      issueToken(clientName = 'oauthClient', { lifetimeSeconds = ACCESS_TOKEN_SECONDS } = {}) {
        const client = OAUTH_CLIENTS.find((c) => c.name === clientName)
        if (!client) throw new Error(`no sandbox Snyk client ${clientName}`)
        return accessTokenFor(client, lifetimeSeconds)
      },
      reset() {
        state.issued.length = 0
      },
      handle: (request, send) => handle(state, pats, request, send)
    }
  }
}

function accessTokenFor(client, lifetimeSeconds) {
  const iat = Math.floor(Date.now() / 1000)
  return signJwt(
    { sub: PRINCIPALS[client.principal].id, azp: client.clientId, iat, exp: iat + lifetimeSeconds },
    SIGNING_SECRET
  )
}

/**
 * Claims `/oauth2/token`, `/rest/self`, and other `/rest/` paths only when they carry a Snyk
 * Authorization scheme (`/rest/` is also Tenable.sc's prefix).
 */
function handle(state, pats, request, send) {
  const path = request.path.split('?')[0]
  if (path === '/oauth2/token') return token(state, request, send)
  const scheme = /^(token|bearer)\s/i.test(String(request.headers.authorization ?? ''))
  if (path !== '/rest/self' && !(path.startsWith('/rest/') && scheme)) return false

  const reply = (status, body) => send(status, body, { 'content-type': JSON_API })
  const version = request.query.get('version')
  if (!version) {
    return reply(
      400,
      jsonApiError(400, 'Bad Request', "missing required query parameter 'version'", 'SNYK-0003')
    )
  }
  if (!VERSION.test(version)) {
    return reply(400, jsonApiError(400, 'Bad Request', `invalid version "${version}"`, 'SNYK-0003'))
  }
  const caller = authenticate(pats, request.headers.authorization, request.headers.host)
  if (!caller) {
    return reply(
      401,
      jsonApiError(
        401,
        'Authentication error',
        'Authentication credentials not recognized, or user access is not provisioned.',
        'SNYK-0005'
      )
    )
  }
  if (caller.forbidden) {
    return reply(
      403,
      jsonApiError(
        403,
        'Forbidden',
        'You do not have the required permissions to access this resource.'
      )
    )
  }
  if (path !== '/rest/self' || request.method !== 'GET') {
    return reply(404, jsonApiError(404, 'Not Found', `No route ${request.method} ${path}`))
  }
  const principal = PRINCIPALS[caller.principal]
  return reply(200, {
    jsonapi: { version: '1.0' },
    data: { id: principal.id, type: principal.type, attributes: principal.attributes },
    links: { self: `/self?version=${version}` }
  })
}

/**
 * `{ principal, forbidden? }`, or undefined when the token is unknown, revoked or expired, or a PAT
 * sent to another host than its own.
 */
function authenticate(pats, header, host) {
  const match = /^(token|bearer)\s+(\S+)$/i.exec(String(header ?? ''))
  if (!match) return undefined
  const [, scheme, value] = match
  if (scheme.toLowerCase() === 'token') {
    const pat = pats.find((p) => p.token === value)
    if (pat) {
      if (pat.expired || pat.host !== String(host ?? '').toLowerCase()) return undefined
      return { principal: pat.principal }
    }
    const apiToken = API_TOKENS.find((t) => t.token === value)
    if (!apiToken || apiToken.revoked) return undefined
    return { principal: apiToken.principal, forbidden: apiToken.forbidden === true }
  }
  const claims = verifyJwt(value, SIGNING_SECRET)
  if (!claims || typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return undefined
  const client = OAUTH_CLIENTS.find((c) => c.clientId === claims.azp)
  return client ? { principal: client.principal } : undefined
}

function token(state, request, send) {
  if (request.method !== 'POST') {
    return send(405, { error: 'invalid_request', error_description: 'Use POST' })
  }
  const type = String(request.headers['content-type'] ?? '')
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return send(400, {
      error: 'invalid_request',
      error_description: 'The request body must be application/x-www-form-urlencoded'
    })
  }
  const form = new URLSearchParams(request.body)
  const grant = form.get('grant_type')
  if (!grant) {
    return send(400, { error: 'invalid_request', error_description: 'Missing grant_type' })
  }
  if (grant !== 'client_credentials') {
    return send(400, {
      error: 'unsupported_grant_type',
      error_description: `grant_type ${grant} is not supported`
    })
  }
  const client = OAUTH_CLIENTS.find(
    (c) => c.clientId === form.get('client_id') && c.clientSecret === form.get('client_secret')
  )
  if (!client) {
    return send(401, {
      error: 'invalid_client',
      error_description: 'Client authentication failed'
    })
  }
  const accessToken = accessTokenFor(client, ACCESS_TOKEN_SECONDS)
  state.issued.push(accessToken)
  return send(200, {
    access_token: accessToken,
    expires_in: ACCESS_TOKEN_SECONDS,
    token_type: 'bearer',
    scope: 'org.read'
  })
}
