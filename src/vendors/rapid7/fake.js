// Rapid7 Insight Platform fake: `GET /validate` with `X-Api-Key`, answering as documented
// (docs.rapid7.com/insight/api-overview): 200 `{"message":"Authorized"}` or
// 401 `{"message":"Unauthorized"}`. The answer names nobody, so nothing about the key's owner can
// be checked. Keys belong to one region: this fake plays the region set by `setRegion()` (`us` by
// default), and a key from another region is unknown here, hence 401, as a real regional host
// would answer (inferred: a regional host knows only its own keys). The method is not checked:
// the docs show GET and Rapid7's InsightConnect plugin sends POST (vendors-third §1.1); what other
// methods get is not known. The header name is read without regard to case, as HTTP requires.
import { createHash } from 'node:crypto'

const keyText = (seed) => {
  const hex = createHash('sha256').update(`rapid7-sandbox:${seed}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

const KEYS = [
  { name: 'userKey', kind: 'user', region: 'us' },
  { name: 'organizationKey', kind: 'organization', region: 'us' },
  { name: 'euKey', kind: 'user', region: 'eu' },
  { name: 'revokedKey', kind: 'user', region: 'us', revoked: true }
].map((k) => ({ ...k, key: keyText(k.name) }))

export const rapid7 = {
  id: 'rapid7',
  create() {
    const state = { region: 'us' }
    const accounts = Object.fromEntries(
      KEYS.map((k) => [
        k.name,
        {
          apiKey: k.key,
          kind: k.kind,
          region: k.region,
          ...(k.region !== 'us' ? { note: `a key of region ${k.region}: 401 on the us host` } : {}),
          ...(k.revoked ? { note: 'revoked: 401' } : {})
        }
      ])
    )
    return {
      id: 'rapid7',
      accounts,
      state,
      /** Which region this host plays; keys of other regions get 401. */
      setRegion(region) {
        state.region = region
      },
      reset() {
        state.region = 'us'
      },
      handle: (request, send) => handle(state, request, send)
    }
  }
}

function handle(state, request, send) {
  if (request.path.split('?')[0] !== '/validate') return false
  const given = request.headers['x-api-key']
  const key = KEYS.find((k) => k.key === given)
  if (!key || key.revoked || key.region !== state.region) {
    return send(401, { message: 'Unauthorized' })
  }
  return send(200, { message: 'Authorized' })
}
