// The JFrog Platform fake's tokens (./fake.js): the ones it issues, which of them a request carries,
// and the token API of mint-token.
//
// mint-token (POST /access/api/v1/tokens, JSON `scope`, `expires_in`, `refreshable`,
// `description`, `force_revocable`): a valid token creates a token of its own user, scope
// `applied-permissions/user` only, for at most `maxExpirySeconds` (400 beyond it, as a platform's
// non-admin maximum would); DELETE /access/api/v1/tokens/{id} revokes one of the caller's own
// tokens (200), 404 for an unknown id. Both from JFrog's Access Tokens API; the status of the
// refusals is assumed. A token that expires sooner than the platform's revocable-expiry-threshold
// (6 hours by default) is not revocable unless created with `force_revocable: true` (JFrog's "View
// and Revoke Tokens" and "Revocable Expiry Threshold" pages; force_revocable since Artifactory
// 7.50.3); revoking one answers 400 `{"code":"BAD_REQUEST","message":"Token not revocable",
// "detail":"…"}` and it keeps working (recorded: jfrog/jfrog-client-go#753). Its `ext` claim says
// which it is (`{"revocable":"true"}` or `"false"`).
import { randomUUID } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

/** JFrog Access's default revocable-expiry-threshold: a shorter-lived token is not revocable. */
const REVOCABLE_EXPIRY_THRESHOLD_SECONDS = 6 * 60 * 60

export const SIGNING_SECRET = 'sandbox-jfrog-access-signing-secret'
export const SERVICE_ID = 'jfac@01hsandbox0jfrog0platform0'

export const badCredentials = (send) =>
  send(401, { errors: [{ status: 401, message: 'Bad credentials' }] })

/**
 * The caller's token and its verified claims, or undefined for a token the platform does not honour.
 * Assumed: that the platform reads the `Bearer` scheme in any case (RFC 6750 allows it; JFrog's
 * clients and docs send `Bearer` only, as the action does).
 */
export function authenticated({ tokens, references, issued }, request) {
  const bearer = /^Bearer (\S+)$/i.exec(String(request.headers.authorization ?? ''))
  if (!bearer) return undefined
  const reference = references.get(bearer[1])
  const token = reference
    ? tokens.find((t) => t.name === reference)
    : (tokens.find((t) => t.token === bearer[1]) ?? issued.get(bearer[1]))
  const claims = token && verifyJwt(token.token, SIGNING_SECRET)
  if (!claims || token.revoked || claims.exp <= Date.now() / 1000) return undefined
  return { token, claims }
}

/**
 * A token of the platform's own, recorded so that Xray and the token API honour it; its subject is
 * the user's, or `subject` for a token of no user (a group-scoped OIDC mapping's).
 */
export function issue(
  { issued },
  user,
  scope,
  seconds,
  id = randomUUID(),
  subject = undefined,
  revocable = true
) {
  const now = Math.floor(Date.now() / 1000)
  const token = signJwt(
    {
      ext: JSON.stringify({ revocable: String(revocable) }),
      sub: subject ?? `${SERVICE_ID}/users/${user}`,
      scp: scope,
      aud: '*@*',
      iss: SERVICE_ID,
      iat: now,
      exp: now + seconds,
      jti: id
    },
    SIGNING_SECRET
  )
  const record = { token, user, id, revoked: false, revocable }
  issued.set(token, record)
  return record
}

export function mint(platform, request, send) {
  if (request.method !== 'POST')
    return send(405, { errors: [{ status: 405, message: 'Method Not Allowed' }] })
  const caller = authenticated(platform, request)
  if (!caller) return badCredentials(send)
  const body = request.json ?? {}
  const user = caller.claims.sub.split('/users/')[1]
  if (!user)
    return send(403, { errors: [{ code: 'FORBIDDEN', message: 'Only users may create tokens' }] })
  if (body.scope !== 'applied-permissions/user') {
    return send(403, {
      errors: [
        { code: 'FORBIDDEN', message: 'Non-admin users may only create tokens with the user scope' }
      ]
    })
  }
  const seconds = body.expires_in
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > platform.state.maxExpirySeconds) {
    return send(400, {
      errors: [
        {
          code: 'BAD_REQUEST',
          message: `Token expiry must be between 1 and ${platform.state.maxExpirySeconds} seconds`
        }
      ]
    })
  }
  const revocable =
    seconds >= REVOCABLE_EXPIRY_THRESHOLD_SECONDS ||
    (platform.state.forceRevocableKnown && body.force_revocable === true)
  const record = issue(
    platform,
    user,
    platform.state.mintedScope ?? 'applied-permissions/user',
    seconds,
    undefined,
    undefined,
    revocable
  )
  platform.minted.push({
    id: record.id,
    user,
    description: String(body.description ?? ''),
    refreshable: body.refreshable === true,
    expiresIn: seconds,
    revocable,
    get revoked() {
      return record.revoked
    },
    /** Revokes it behind the action's back (an administrator), for a post step that then fails. */
    revokeNow() {
      record.revoked = true
    }
  })
  if (platform.state.lostMintStatus !== undefined) {
    return send(platform.state.lostMintStatus, '<html><body>Bad Gateway</body></html>', {
      'content-type': 'text/html'
    })
  }
  return send(200, {
    token_id: record.id,
    access_token: record.token,
    expires_in: seconds,
    scope: 'applied-permissions/user',
    token_type: 'Bearer'
  })
}

export function revoke(platform, id, request, send) {
  if (request.method !== 'DELETE')
    return send(405, { errors: [{ status: 405, message: 'Method Not Allowed' }] })
  const caller = authenticated(platform, request)
  if (!caller) return badCredentials(send)
  const target = [...platform.issued.values()].find((r) => r.id === id)
  if (!target) return send(404, { errors: [{ code: 'NOT_FOUND', message: 'Token not found' }] })
  if (target.user !== caller.claims.sub.split('/users/')[1])
    return send(403, {
      errors: [{ code: 'FORBIDDEN', message: 'Not allowed to revoke this token' }]
    })
  if (!target.revocable) {
    return send(400, {
      code: 'BAD_REQUEST',
      message: 'Token not revocable',
      detail: `Token not revocable. revocableExpiryThresholdMillis: ${REVOCABLE_EXPIRY_THRESHOLD_SECONDS * 1000}`
    })
  }
  target.revoked = true
  return send(200, 'Token revoked', { 'content-type': 'text/plain' })
}
