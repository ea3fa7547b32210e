// GitGuardian fake: `GET /v1/api_tokens/self` and `GET /v1/health` with `Authorization: Token …`.
//
// From the vendor's own code and recordings:
//   - the scheme is `Token` (py-gitguardian client.py), matched case-insensitively as Django REST
//     framework's TokenAuthentication does; the header must have exactly two parts;
//   - a bad key: 401 {"detail":"Invalid API key."} with `WWW-Authenticate: Token` (recorded);
//   - /v1/health with a good key: 200 {"detail":"Valid API key."} (py-gitguardian cassette);
//   - api_tokens/self: {id, name, workspace_id, type, status, created_at, last_used_at, expire_at,
//     revoked_at, member_id, creator_id, scopes} (py-gitguardian models.py and its test payload);
//     any token may read it, whatever its scopes (ggshield reads it to check a token's scopes).
//   - a self-hosted instance serves the API under /exposed (ggshield's dashboard_to_api_url): this
//     fake answers under /exposed too, as one;
// Assumed, not observed:
//   - the key format (64 hex characters here; GitGuardian does not document one);
//   - a missing header gets DRF's 401 {"detail":"Authentication credentials were not provided."};
//   - another method than GET gets DRF's 405 before the key is read (were the API plain REST
//     framework, it would read the key first: APIView.initial runs before the handler lookup);
//   - the US and EU instances keep separate accounts, so a key of the other instance is unknown
//     (401): this fake plays the instance set by `setRegion()` (`us` by default);
//   - a revoked token is refused with the same 401 as an unknown one. `setStatus(name, status)`
//     plays a server that still answers for a token and reports it "expired" or "revoked", which the
//     action must refuse all the same.
import { createHash } from 'node:crypto'

const DAY_MS = 24 * 60 * 60 * 1000
const WORKSPACE_ID = 4242

const keyText = (seed) => createHash('sha256').update(`gitguardian-sandbox:${seed}`).digest('hex')

/** Midnight UTC `days` from now, as GitGuardian writes expiry dates. */
const daysAhead = (days) =>
  new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + days * DAY_MS)
    .toISOString()
    .replace('.000Z', 'Z')

const TOKENS = [
  {
    name: 'pat',
    tokenName: 'ci-scan',
    type: 'personal_access_token',
    memberId: 1042,
    scopes: ['scan', 'incidents:read'],
    expiresInDays: 180
  },
  {
    name: 'serviceAccount',
    tokenName: 'pipeline-sa',
    type: 'service_account',
    memberId: null,
    scopes: ['scan'],
    expiresInDays: null
  },
  {
    name: 'expiringSoon',
    tokenName: 'old-ci',
    type: 'personal_access_token',
    memberId: 1042,
    scopes: ['scan'],
    expiresInDays: 3
  },
  {
    name: 'euKey',
    tokenName: 'eu-ci',
    type: 'personal_access_token',
    memberId: 77,
    scopes: ['scan'],
    expiresInDays: null,
    region: 'eu'
  },
  {
    name: 'revokedKey',
    tokenName: 'gone',
    type: 'personal_access_token',
    memberId: 1042,
    scopes: ['scan'],
    expiresInDays: null,
    revoked: true
  }
].map((t) => ({
  region: 'us',
  ...t,
  key: keyText(t.name),
  id: createHash('sha256').update(`gitguardian-id:${t.name}`).digest('hex').slice(0, 32)
}))

const uuid = (hex) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`

export const gitguardian = {
  id: 'gitguardian',
  create() {
    const state = { region: 'us', statuses: new Map() }
    const accounts = Object.fromEntries(
      TOKENS.map((t) => [
        t.name,
        {
          apiKey: t.key,
          type: t.type,
          tokenName: t.tokenName,
          memberId: t.memberId === null ? '' : String(t.memberId),
          scopes: t.scopes.join(','),
          expireAt: t.expiresInDays === null ? '' : daysAhead(t.expiresInDays),
          region: t.region,
          ...(t.region !== 'us'
            ? { note: `a key of the ${t.region} instance: 401 on the us one` }
            : {}),
          ...(t.revoked ? { note: 'revoked: 401' } : {})
        }
      ])
    )
    return {
      id: 'gitguardian',
      accounts,
      state,
      /** Which instance this host plays; keys of the other get 401. */
      setRegion(region) {
        state.region = region
      },
      /** Reports this account's token with another status (expired, revoked) instead of active. */
      setStatus(name, status) {
        state.statuses.set(name, status)
      },
      reset() {
        state.region = 'us'
        state.statuses.clear()
      },
      handle: (request, send) => handle(state, accounts, request, send)
    }
  }
}

const unauthorized = (send, detail) => send(401, { detail }, { 'www-authenticate': 'Token' })

function handle(state, accounts, request, send) {
  // A self-hosted instance serves the same API under /exposed, beside its dashboard.
  const path = request.path.split('?')[0].replace(/^\/exposed(?=\/)/, '')
  if (path !== '/v1/api_tokens/self' && path !== '/v1/health') return false
  if (request.method !== 'GET')
    return send(405, { detail: `Method "${request.method}" not allowed.` })

  const header = request.headers.authorization
  const parts = typeof header === 'string' ? header.trim().split(/\s+/) : []
  if (parts.length === 0 || parts[0].toLowerCase() !== 'token')
    return unauthorized(send, 'Authentication credentials were not provided.')
  if (parts.length !== 2) return unauthorized(send, 'Invalid API key.')
  const token = TOKENS.find((t) => t.key === parts[1])
  if (!token || token.revoked || token.region !== state.region)
    return unauthorized(send, 'Invalid API key.')

  if (path === '/v1/health') return send(200, { detail: 'Valid API key.' })
  const account = accounts[token.name]
  const status = state.statuses.get(token.name) ?? 'active'
  return send(200, {
    id: uuid(token.id),
    name: token.tokenName,
    workspace_id: WORKSPACE_ID,
    type: token.type,
    status,
    created_at: '2026-01-05T09:30:12.662949Z',
    last_used_at: null,
    expire_at: account.expireAt || null,
    revoked_at: status === 'revoked' ? '2026-02-01T10:00:00Z' : null,
    member_id: token.memberId,
    creator_id: token.memberId ?? 1042,
    scopes: token.scopes
  })
}
