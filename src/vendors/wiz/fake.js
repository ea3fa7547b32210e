// Wiz fake: one origin plays both of Wiz's servers, as a proxy in front of them would, so the url
// input can point at it (the action then asks for the token at the url itself):
//
//   POST /oauth/token  the token server: form-encoded client credentials with audience=wiz-api →
//                      {access_token, token_type, expires_in}; the token is a JWT whose `dc` claim
//                      names the service account's data center
//   POST /graphql      one data center's GraphQL API (`us17` unless `setDataCenter()` says otherwise)
//
// Documented by third-party Wiz API clients (Wiz's own pages need a login; see the shared vendor
// notes, next vendors §8): the token endpoint, the form fields and the audience, `access_token` and
// `expires_in`, the `dc` claim and `https://api.<dc>.app.wiz.io/graphql`, `Authorization: Bearer`,
// and that GraphQL errors can come with HTTP 200 in `errors[]`.
// Assumed, not seen in a recording: the token server's error bodies (RFC 6749 `{error,
// error_description}`: 401 `invalid_client` for a wrong secret or an unknown client, 400
// `invalid_request` for another audience, 403 `access_denied` for a disabled account); that the API
// answers a token it cannot read at all with HTTP 401, and a genuine token it refuses (expired,
// another data center's) with HTTP 200 and `extensions.code` UNAUTHENTICATED, or FORBIDDEN for an
// account type that may not call the API; the claims besides `dc` (`sub` and `client_id`, the
// client id, as Cognito issues them); the 24-hour lifetime; that a gov account is unknown to
// the commercial token server (this fake plays commercial unless `setEnvironment('gov')`); that the
// API reads the token only from `Bearer <token>` spelt exactly so (capital B, one space: the form
// the third-party clients send; whether Wiz also takes another case, as RFC 6750 allows, is not
// known); and that it reads the POST body as JSON whatever its Content-Type (not checked here).
import { createHash, randomUUID } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

const SIGNING_SECRET = 'sandbox-wiz-token-signing-secret'
const TOKEN_SECONDS = 24 * 60 * 60
const AUDIENCE = 'wiz-api'

/** Wiz client ids and secrets are long lower-case alphanumeric strings: deterministic ones here. */
const idFrom = (seed, length) =>
  createHash('sha256').update(`wiz-sandbox:${seed}`).digest('hex').slice(0, length)

const SERVICE_ACCOUNTS = [
  { name: 'ci', dc: 'us17', type: 'custom-integration' },
  { name: 'euCi', dc: 'eu1', type: 'custom-integration' },
  { name: 'govCi', dc: 'us17', type: 'custom-integration', environment: 'gov' },
  { name: 'sensor', dc: 'us17', type: 'sensor' },
  { name: 'disabled', dc: 'us17', type: 'custom-integration', disabled: true },
  // Tokens a genuine server never issues, for the action's refusals: a `dc` that is a host name of
  // its own, and none at all.
  { name: 'hostileDc', dc: 'us17.collector.invalid', type: 'custom-integration' },
  { name: 'noDc', type: 'custom-integration' }
].map((account) => ({
  ...account,
  environment: account.environment ?? 'commercial',
  clientId: idFrom(`client:${account.name}`, 52),
  clientSecret: `wiz-sandbox-${idFrom(`secret:${account.name}`, 52)}`
}))

const graphqlError = (message, code) => ({
  errors: [{ message, ...(code ? { extensions: { code } } : {}) }]
})

export const wiz = {
  id: 'wiz',
  create() {
    const state = { dataCenter: 'us17', environment: 'commercial', issued: [] }
    const accounts = Object.fromEntries(
      SERVICE_ACCOUNTS.map((a) => [
        a.name,
        {
          clientId: a.clientId,
          clientSecret: a.clientSecret,
          ...(a.dc ? { dc: a.dc } : {}),
          environment: a.environment,
          type: a.type,
          ...(a.disabled ? { note: 'disabled: 403 at the token server' } : {})
        }
      ])
    )
    return {
      id: 'wiz',
      accounts,
      state,
      /** Which data center this API plays; tokens of another get 200 UNAUTHENTICATED. */
      setDataCenter(dc) {
        state.dataCenter = dc
      },
      /** Which Wiz environment this token server plays; accounts of another get 401. */
      setEnvironment(environment) {
        state.environment = environment
      },
      reset() {
        state.dataCenter = 'us17'
        state.environment = 'commercial'
        state.issued.length = 0
      },
      handle: (request, send) => handle(state, request, send)
    }
  }
}

function handle(state, request, send) {
  const path = request.path.split('?')[0]
  if (path === '/oauth/token') return token(state, request, send)
  if (path === '/graphql') return graphql(state, request, send)
  return false
}

function token(state, request, send) {
  if (request.method !== 'POST') {
    return send(405, { error: 'invalid_request', error_description: 'Use POST' })
  }
  if (
    !String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
  ) {
    return send(400, {
      error: 'invalid_request',
      error_description: 'The request body must be application/x-www-form-urlencoded'
    })
  }
  const form = new URLSearchParams(request.body)
  if (form.get('grant_type') !== 'client_credentials') {
    return send(400, {
      error: 'unsupported_grant_type',
      error_description: 'Unsupported grant type'
    })
  }
  if (form.get('audience') !== AUDIENCE) {
    return send(400, { error: 'invalid_request', error_description: 'Invalid audience' })
  }
  const account = SERVICE_ACCOUNTS.find(
    (a) => a.clientId === form.get('client_id') && a.environment === state.environment
  )
  if (!account || account.clientSecret !== form.get('client_secret')) {
    return send(401, { error: 'invalid_client', error_description: 'Client authentication failed' })
  }
  if (account.disabled) {
    return send(403, { error: 'access_denied', error_description: 'Service account is disabled' })
  }
  const iat = Math.floor(Date.now() / 1000)
  const accessToken = signJwt(
    {
      sub: account.clientId,
      client_id: account.clientId,
      token_use: 'access',
      jti: randomUUID(),
      ...(account.dc ? { dc: account.dc } : {}),
      iat,
      exp: iat + TOKEN_SECONDS
    },
    SIGNING_SECRET
  )
  state.issued.push(accessToken)
  return send(200, { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_SECONDS })
}

function graphql(state, request, send) {
  if (request.method !== 'POST') {
    return send(405, graphqlError('GraphQL queries are sent with POST'))
  }
  const bearer = /^Bearer (\S+)$/.exec(String(request.headers.authorization ?? ''))
  const claims = bearer ? verifyJwt(bearer[1], SIGNING_SECRET) : undefined
  if (!claims) return send(401, graphqlError('Unauthorized', 'UNAUTHENTICATED'))
  const query = request.json?.query
  if (typeof query !== 'string' || query.trim() === '') {
    return send(400, graphqlError('Must provide query string.', 'BAD_REQUEST'))
  }
  if (claims.exp * 1000 <= Date.now() || claims.dc !== state.dataCenter) {
    return send(200, { data: null, ...graphqlError('Unauthenticated', 'UNAUTHENTICATED') })
  }
  const account = SERVICE_ACCOUNTS.find((a) => a.clientId === claims.client_id)
  if (!account || account.type === 'sensor') {
    return send(200, {
      data: null,
      ...graphqlError('Service account is not authorized to use the API', 'FORBIDDEN')
    })
  }
  if (query.replace(/\s+/g, ' ').trim() !== '{ __typename }') {
    return send(200, {
      data: null,
      ...graphqlError('The sandbox answers only { __typename }', 'GRAPHQL_VALIDATION_FAILED')
    })
  }
  return send(200, { data: { __typename: 'Query' } })
}
