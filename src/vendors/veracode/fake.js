// Veracode fake: every request is HMAC-signed (`Authorization: VERACODE-HMAC-SHA-256
// id=<api id>,ts=<ms>,nonce=<hex>,sig=<hex>`) and the fake recomputes the signature the way
// Veracode's published signing code computes it:
//   data = `id={api id, lower case}&host={host, lower case}&url={path and query}&method={METHOD}`
//   k1 = HMAC-SHA256(key = API key hex-decoded, message = nonce hex-decoded)
//   k2 = HMAC-SHA256(k1, ts as decimal text)
//   k3 = HMAC-SHA256(k2, "vcode_request_version_1")
//   sig = hex(HMAC-SHA256(k3, data))
// Veracode's own clients sign the host name WITHOUT the port (they take it from the URL); a server
// can only compare with the Host header. This fake accepts either (`127.0.0.1` or
// `127.0.0.1:PORT`). The signed URL is the path and query the client sent, any sandbox prefix
// (`/_fault/...`, `/_vendor/veracode`) included.
//
// It rejects, each with 401: an unknown or regenerated (revoked) API id, a wrong signature, a
// timestamp more than 5 minutes from the fake's clock, a nonce already used with that id, and an
// expired credential. Unconfirmed (no public recording; shared notes Part 3 §9): the 401 body
// (here `{http_code, http_status, message}`), the skew tolerance (5 minutes assumed), and that
// expired credentials get 401 rather than 403. Why a request was rejected is kept in
// `state.rejections` for tests; the body does not say, as a real server would not be relied on to.
// Also assumed: that the API id is matched without regard to case (the signed data lower-cases
// it, as Veracode's code does), that the scheme name must be spelt `VERACODE-HMAC-SHA-256` exactly
// (the form Veracode's clients send), and the 404/405 bodies (the 401 body's shape) and the 405
// for another method than GET.
//
// EU credentials (`vera01ei-` id, `vera01es-` key) and FedRAMP ones (`vera01fi-` / `vera01fs-`)
// are signed with the prefixes stripped, as Veracode's tools do. Real Veracode serves them only on
// api.veracode.eu and api.veracode.us; this one origin serves every region's accounts alike.
//
// Every answer carries an `x-conversation-id` header (a fresh UUID), the reference Veracode's own
// client logs for each failed call (veracode-api-py apihelper.py); the ids sent are kept in
// `state.conversations`, in order, for tests. Its format is assumed (no public recording).
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

const SKEW_TOLERANCE_MS = 5 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const SCHEME = 'VERACODE-HMAC-SHA-256'
/** Region → the prefixes of its API ID and key; US credentials have none. */
const PREFIXES = {
  eu: { id: 'vera01ei-', key: 'vera01es-' },
  fedramp: { id: 'vera01fi-', key: 'vera01fs-' }
}

const hexOf = (seed, length) => {
  let text = ''
  for (let i = 0; text.length < length; i++) {
    text += createHash('sha256').update(`veracode-sandbox:${seed}:${i}`).digest('hex')
  }
  return text.slice(0, length)
}

// A role's `role_name` is its short name and `role_description` the name the console shows: the
// Identity API docs list `uploadapi` "Upload and Scan API" and `resultsapi` "Results API"
// (docs.veracode.com/r/c_identity_create_api) and give human roles with an `ext` prefix
// (`extseclead`, c_identity_create_human); `extcreator`, `extsubmitter` and `extreviewer` are the
// short names third-party admin tools read back from GET /api/authn/v2/roles. The role ids are made up.
const ROLES = {
  creator: {
    role_id: 'b4a2e1d0-0001-4000-8000-000000000001',
    role_name: 'extcreator',
    role_description: 'Creator',
    is_scan_type: false
  },
  submitter: {
    role_id: 'b4a2e1d0-0002-4000-8000-000000000002',
    role_name: 'extsubmitter',
    role_description: 'Submitter',
    is_scan_type: false
  },
  reviewer: {
    role_id: 'b4a2e1d0-0003-4000-8000-000000000003',
    role_name: 'extreviewer',
    role_description: 'Reviewer',
    is_scan_type: false
  },
  uploadApi: {
    role_id: 'b4a2e1d0-0004-4000-8000-000000000004',
    role_name: 'uploadapi',
    role_description: 'Upload and Scan API',
    is_scan_type: false
  },
  resultsApi: {
    role_id: 'b4a2e1d0-0005-4000-8000-000000000005',
    role_name: 'resultsapi',
    role_description: 'Results API',
    is_scan_type: false
  }
}

/** `expiresInDays` counts from start-up; negative is already expired. */
const CREDENTIALS = [
  {
    name: 'user',
    region: 'us',
    expiresInDays: 300,
    user: {
      user_name: 'ada@acme.example',
      first_name: 'Ada',
      last_name: 'Lovelace',
      email_address: 'ada@acme.example',
      user_type: 'HUMAN',
      roles: [ROLES.creator, ROLES.submitter, ROLES.reviewer]
    }
  },
  {
    name: 'apiService',
    region: 'us',
    expiresInDays: 200,
    user: {
      user_name: 'acme-ci-api',
      first_name: 'Acme',
      last_name: 'CI',
      email_address: 'ci@acme.example',
      user_type: 'API',
      roles: [ROLES.uploadApi, ROLES.resultsApi]
    }
  },
  {
    name: 'expiringSoon',
    region: 'us',
    expiresInDays: 5,
    user: {
      user_name: 'sam@acme.example',
      first_name: 'Sam',
      last_name: 'Soon',
      email_address: 'sam@acme.example',
      user_type: 'HUMAN',
      roles: [ROLES.reviewer]
    }
  },
  {
    name: 'expired',
    region: 'us',
    expiresInDays: -3,
    user: {
      user_name: 'eve@acme.example',
      first_name: 'Eve',
      last_name: 'Expired',
      email_address: 'eve@acme.example',
      user_type: 'HUMAN',
      roles: [ROLES.reviewer]
    }
  },
  {
    // Its owner generated a new pair since: only one pair is active per user.
    name: 'regenerated',
    region: 'us',
    expiresInDays: 300,
    revoked: true,
    user: {
      user_name: 'rex@acme.example',
      first_name: 'Rex',
      last_name: 'Regenerated',
      email_address: 'rex@acme.example',
      user_type: 'HUMAN',
      roles: [ROLES.creator]
    }
  },
  {
    name: 'eu',
    region: 'eu',
    expiresInDays: 120,
    user: {
      user_name: 'erik@acme.example',
      first_name: 'Erik',
      last_name: 'Europe',
      email_address: 'erik@acme.example',
      user_type: 'HUMAN',
      roles: [ROLES.creator, ROLES.submitter]
    }
  },
  {
    name: 'fedramp',
    region: 'fedramp',
    expiresInDays: 150,
    user: {
      user_name: 'fay@agency.example',
      first_name: 'Fay',
      last_name: 'Federal',
      email_address: 'fay@agency.example',
      user_type: 'API',
      roles: [ROLES.uploadApi]
    }
  }
].map((c, index) => ({
  ...c,
  /** What goes into the header and the signature (EU prefixes stripped). */
  id: hexOf(`id-${c.name}`, 32),
  key: hexOf(`key-${c.name}`, 128),
  userId: `0c8e2f9a-${String(index + 1).padStart(4, '0')}-4000-8000-${hexOf(`user-${c.name}`, 12)}`,
  legacyId: 100000 + index
}))

const ORGANIZATION = { org_id: '6f1b2c3d-0000-4000-8000-00000000acme', org_name: 'Acme Security' }

/** `2026-12-01T13:48:54.000+0000`, the shape Veracode's credential-expiry example parses. */
const veracodeTimestamp = (epochMs) => new Date(epochMs).toISOString().replace('Z', '+0000')

const unauthorized = {
  http_code: 401,
  http_status: 'Unauthorized',
  message: 'Unauthorized request'
}

export const veracode = {
  id: 'veracode',
  create() {
    const startedAt = Date.now()
    const credentials = CREDENTIALS.map((c) => ({
      ...c,
      expiresAt: startedAt + c.expiresInDays * DAY_MS
    }))
    const state = {
      /** api id → Map(nonce → ts) of signatures already accepted. */
      nonces: new Map(),
      /** Why each 401 was sent: unknown-id, revoked, malformed, bad-signature, stale-timestamp, reused-nonce, expired. */
      rejections: [],
      /** The x-conversation-id of every answer, in order. */
      conversations: []
    }
    const accounts = Object.fromEntries(
      credentials.map((c) => [
        c.name,
        {
          apiId: `${PREFIXES[c.region]?.id ?? ''}${c.id}`,
          apiKey: `${PREFIXES[c.region]?.key ?? ''}${c.key}`,
          region: c.region,
          userName: c.user.user_name,
          expiresAt: veracodeTimestamp(c.expiresAt),
          ...(c.revoked ? { note: 'regenerated since: 401' } : {}),
          ...(c.expiresAt <= startedAt ? { note: 'expired: 401' } : {})
        }
      ])
    )
    return {
      id: 'veracode',
      accounts,
      state,
      reset() {
        state.nonces.clear()
        state.rejections.length = 0
        state.conversations.length = 0
      },
      handle: (request, send) => handle(state, credentials, request, withConversation(state, send))
    }
  }
}

/** `send` with a fresh x-conversation-id on every answer, recorded in `state.conversations`. */
function withConversation(state, send) {
  return (status, body, headers = {}) => {
    const id = randomUUID()
    state.conversations.push(id)
    return send(status, body, { ...headers, 'x-conversation-id': id })
  }
}

function handle(state, credentials, request, send) {
  const path = request.path.split('?')[0]
  if (!path.startsWith('/api/authn/')) return false
  const reject = (reason) => {
    state.rejections.push(reason)
    return send(401, unauthorized)
  }

  const header = parseAuthorization(request.headers.authorization)
  if (!header) return reject('malformed')
  const credential = credentials.find((c) => c.id === header.id.toLowerCase())
  if (!credential) return reject('unknown-id')
  if (!signatureMatches(credential, header, request)) return reject('bad-signature')
  const ts = Number(header.ts)
  if (Math.abs(Date.now() - ts) > SKEW_TOLERANCE_MS) return reject('stale-timestamp')
  const seen = state.nonces.get(credential.id) ?? new Map()
  state.nonces.set(credential.id, seen)
  for (const [nonce, at] of seen) if (Date.now() - at > 2 * SKEW_TOLERANCE_MS) seen.delete(nonce)
  if (seen.has(header.nonce.toLowerCase())) return reject('reused-nonce')
  seen.set(header.nonce.toLowerCase(), ts)
  if (credential.revoked) return reject('revoked')
  if (credential.expiresAt <= Date.now()) return reject('expired')

  if (request.method !== 'GET') {
    return send(405, { http_code: 405, http_status: 'Method Not Allowed', message: 'Use GET' })
  }
  if (path === '/api/authn/v2/users/self') return send(200, userBody(credential))
  if (path === '/api/authn/v2/api_credentials') {
    return send(200, {
      api_id: credential.id,
      expiration_ts: veracodeTimestamp(credential.expiresAt),
      _links: { self: { href: '/api/authn/v2/api_credentials' } }
    })
  }
  return send(404, { http_code: 404, http_status: 'Not Found', message: 'Not Found' })
}

function userBody(credential) {
  const { user } = credential
  return {
    user_id: credential.userId,
    user_legacy_id: credential.legacyId,
    user_name: user.user_name,
    first_name: user.first_name,
    last_name: user.last_name,
    email_address: user.email_address,
    user_type: user.user_type,
    active: true,
    login_enabled: user.user_type === 'HUMAN',
    saml_user: false,
    roles: user.roles,
    teams: [{ team_id: 'a7d3e5f1-0000-4000-8000-0000000team1', team_name: 'AppSec' }],
    // Assumed: the documented user model lists no organization; the fake names one so a client
    // that shows it has something to show, and must not require it.
    organization: ORGANIZATION,
    _links: { self: { href: `/api/authn/v2/users/${credential.userId}` } }
  }
}

/** `{ id, ts, nonce, sig }` from the header, or undefined when it is not Veracode's HMAC scheme. */
function parseAuthorization(value) {
  const text = String(value ?? '')
  if (!text.startsWith(`${SCHEME} `)) return undefined
  const fields = Object.fromEntries(
    text
      .slice(SCHEME.length + 1)
      .split(',')
      .map((pair) => {
        const at = pair.indexOf('=')
        return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
      })
  )
  const { id, ts, nonce, sig } = fields
  if (!id || !/^\d+$/.test(ts ?? '') || !/^[0-9a-fA-F]+$/.test(nonce ?? '') || nonce.length % 2) {
    return undefined
  }
  if (!/^[0-9a-fA-F]{64}$/.test(sig ?? '')) return undefined
  return { id, ts, nonce, sig }
}

function signatureMatches(credential, header, request) {
  const hostHeader = String(request.headers.host ?? '').toLowerCase()
  const hostname = hostHeader.replace(/:\d+$/, '')
  const hosts = [...new Set([hostname, hostHeader])]
  const urls = [...new Set(signedUrlCandidates(request))]
  const given = Buffer.from(header.sig, 'hex')
  for (const host of hosts) {
    for (const url of urls) {
      const expected = Buffer.from(
        veracodeSignature(credential.id, credential.key, host, url, request.method, header),
        'hex'
      )
      if (timingSafeEqual(expected, given)) return true
    }
  }
  return false
}

/**
 * The path and query the client signed: what it sent, prefixes included. The sandbox hands the
 * fake the path with its fault prefix removed (and `rawUrl`, the request target as received, when
 * it provides one), so the prefixed forms are rebuilt: `/_fault/<names>` and `/_vendor/veracode`.
 */
function signedUrlCandidates(request) {
  const bare = [request.path, `/_vendor/veracode${request.path}`]
  const candidates = typeof request.rawUrl === 'string' ? [request.rawUrl, ...bare] : bare
  if (request.faults.length > 0) {
    const faultPrefix = `/_fault/${request.faults.join(',')}`
    candidates.push(...bare.map((url) => `${faultPrefix}${url}`))
    candidates.push(`/_vendor/veracode${faultPrefix}${request.path}`)
  }
  return candidates
}

/** Hex signature, as Veracode's signing code computes it. */
function veracodeSignature(id, keyHex, host, url, method, { ts, nonce }) {
  const data = `id=${id.toLowerCase()}&host=${host.toLowerCase()}&url=${url}&method=${method.toUpperCase()}`
  const hmac = (key, message) => createHmac('sha256', key).update(message).digest()
  const keyNonce = hmac(Buffer.from(keyHex, 'hex'), Buffer.from(nonce, 'hex'))
  const keyDate = hmac(keyNonce, String(ts))
  const signingKey = hmac(keyDate, 'vcode_request_version_1')
  return createHmac('sha256', signingKey).update(data).digest('hex')
}
