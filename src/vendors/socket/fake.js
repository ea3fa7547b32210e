// Socket fake: `GET /v0/organizations` with an organization API token, sent as
// `Authorization: Bearer <token>` or as the user of HTTP Basic with an empty password (both schemes of
// Socket's OpenAPI document, bearerAuth and basicAuth, as served in SocketDev/socket-sdk-js
// openapi.json; docs.socket.dev/reference/authentication). Shapes from that document:
//   - 200 {"organizations":{"<id>":{"id","name","image","plan","slug"}}}, `name` and `image` nullable;
//   - errors {"error":{"message","details"}}: 401 {"error":{"message":"Unauthorized"}} as Socket's SDK
//     tests mock it, 429 "Insufficient quota for API route" with Retry-After (the call costs one
//     quota unit).
// Tokens begin `sktsec_` (Socket's CLI and libraries; the public demonstration token ends `_api`).
// Only assumed: that a token can list two organizations (the map allows it; `multiOrgToken`), that
// a token of a deleted organization gets 200 with an empty map (`orphanToken`), that a revoked token
// gets the same 401 as an unknown one, and the exact text of the 401 (the SDK's mock, not a
// recording). The `socket-quota` switch plays a spent quota; Socket's real Retry-After is not known.
// The `socket-forbidden` switch plays a 403 for a known token: the OpenAPI document lists none for
// this call (it needs no scope), so the body is assumed, in the error shape of Socket's other
// answers.
import { createHash } from 'node:crypto'

const PATH = '/v0/organizations'

const tokenText = (seed) =>
  `sktsec_${createHash('sha256').update(`socket-sandbox:${seed}`).digest('base64url').slice(0, 40)}_api`

const ORGANIZATIONS = {
  acme: { id: 'org_acme01', name: 'Acme', image: null, plan: 'team', slug: 'acme' },
  // Socket's schema lets `name` be null; the slug then names the organization.
  globex: { id: 'org_globex', name: null, image: null, plan: 'free', slug: 'globex' }
}

const TOKENS = [
  { name: 'orgToken', organizations: ['acme'] },
  { name: 'multiOrgToken', organizations: ['acme', 'globex'] },
  { name: 'orphanToken', organizations: [] },
  { name: 'revokedToken', organizations: ['acme'], revoked: true }
].map((t) => ({ ...t, token: tokenText(t.name) }))

const NOTES = {
  orgToken: 'organization Acme',
  multiOrgToken: 'two organizations, Acme and one without a name (slug globex)',
  orphanToken: '200 with no organization (assumed: its organization was deleted)',
  revokedToken: 'revoked: 401'
}

const unauthorized = { error: { message: 'Unauthorized', details: null } }

export const socket = {
  id: 'socket',
  /** Fault switches this fake reads from `request.faults` itself; the sandbox lists them. */
  faults: {
    'socket-quota':
      'Socket only: every request answers 429 {"error":{"message":"Insufficient quota for API route"}} with Retry-After: 1, a spent API quota',
    'socket-forbidden':
      'Socket only: a known token gets 403 {"error":{"message":"Forbidden"}} (assumed: Socket documents no 403 for GET /v0/organizations)'
  },
  create() {
    const accounts = Object.fromEntries(
      TOKENS.map((t) => [t.name, { token: t.token, note: NOTES[t.name] }])
    )
    return { id: 'socket', accounts, handle }
  }
}

/** The token of `Bearer <token>`, or of Basic `<token>:` (the password is empty). */
function tokenOf(authorization) {
  const bearer = /^bearer +(\S+)$/i.exec(authorization)
  if (bearer) return bearer[1]
  const basic = /^basic +([A-Za-z0-9+/=]+)$/i.exec(authorization)
  if (!basic) return undefined
  const [user, password] = Buffer.from(basic[1], 'base64').toString('utf8').split(':')
  return password === '' ? user : undefined
}

function handle(request, send) {
  if (request.faults.includes('socket-quota')) {
    return send(
      429,
      { error: { message: 'Insufficient quota for API route', details: null } },
      { 'retry-after': '1' }
    )
  }
  if (request.method !== 'GET' || request.path.split('?')[0] !== PATH) return false
  const given = tokenOf(String(request.headers.authorization ?? ''))
  const token = TOKENS.find((t) => given !== undefined && t.token === given)
  if (!token || token.revoked) return send(401, unauthorized)
  if (request.faults.includes('socket-forbidden')) {
    return send(403, { error: { message: 'Forbidden', details: null } })
  }
  const organizations = Object.fromEntries(
    token.organizations.map((key) => [ORGANIZATIONS[key].id, ORGANIZATIONS[key]])
  )
  return send(200, { organizations })
}
