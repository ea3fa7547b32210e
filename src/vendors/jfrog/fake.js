// JFrog Platform fake: Xray's `GET /xray/api/v1/system/version`, answered only to a Bearer access
// token the platform issued and still honours:
//
//   200 {"xray_version": "3.107.6", "xray_revision": "…"}        (the shape JFrog's knowledge base shows)
//   401 {"errors":[{"status":401,"message":"Bad credentials"}]}  (recorded: jfrog/jfrog-cli#1634)
//
// Access tokens are JWTs with JFrog Access's claims: `sub` `jfac@<service id>/users/<name>`, `scp`
// (space-separated scopes), `aud` (`*@*` for every service), `iss`, `iat`, `exp`, `jti` (claim names
// and forms from JFrog's access-token documentation and the GitHub OIDC exchange in
// jfrog/setup-jfrog-cli). A reference token stands for one of them: `reftkn:01:…` in base64.
// Assumed, not recorded: that a token limited to other services (`aud` without Xray) gets a 401
// `{"error":"Found invalid token"}` (Xray's wording in jfrog/frogbot#604, seen for another cause);
// that an expired or revoked token gets the "Bad credentials" 401; and the 404 of a platform without
// Xray (`setXray(false)`), in Artifactory's error shape. Real tokens are RS256-signed by the
// platform; these are HS256 (sandbox/jwt.js), verified the same way.
import { createHash } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

const SIGNING_SECRET = 'sandbox-jfrog-access-signing-secret'
const SERVICE_ID = 'jfac@01hsandbox0jfrog0platform0'
const DAY = 24 * 60 * 60
const VERSION = { xray_version: '3.107.6', xray_revision: '5a6b1e3' }

const TOKENS = [
  { name: 'developer', user: 'dev', scope: 'applied-permissions/user', days: 365 },
  {
    name: 'ci',
    user: 'ci-bot',
    scope: 'applied-permissions/groups:readers,ci-deployers',
    days: 90
  },
  { name: 'admin', user: 'admin', scope: 'applied-permissions/admin', days: 365 },
  { name: 'expiringSoon', user: 'ci-bot', scope: 'applied-permissions/user', days: 3 },
  { name: 'revoked', user: 'dev', scope: 'applied-permissions/user', days: 365, revoked: true },
  {
    name: 'artifactoryOnly',
    user: 'dev',
    scope: 'applied-permissions/user',
    audience: 'jfrt@*',
    days: 365
  },
  // Refused before any request by the action; the fake would refuse it too.
  { name: 'expired', user: 'dev', scope: 'applied-permissions/user', days: -1 }
]

function accessToken(t, now) {
  return signJwt(
    {
      ext: JSON.stringify({ revocable: 'true' }),
      sub: `${SERVICE_ID}/users/${t.user}`,
      scp: t.scope,
      aud: t.audience ?? '*@*',
      iss: SERVICE_ID,
      iat: now,
      exp: now + t.days * DAY,
      jti: createHash('sha256').update(`jfrog-sandbox:jti:${t.name}`).digest('hex').slice(0, 32)
    },
    SIGNING_SECRET
  )
}

/** A reference token of `developer`: what "Generate an Identity Token" gives. */
const referenceToken = (name) =>
  Buffer.from(
    `reftkn:01:0000000000:${createHash('sha256').update(`jfrog-sandbox:${name}`).digest('hex').slice(0, 27)}`
  )
    .toString('base64')
    .replace(/=+$/, '')

export const jfrog = {
  id: 'jfrog',
  create() {
    const now = Math.floor(Date.now() / 1000)
    const tokens = TOKENS.map((t) => ({ ...t, token: accessToken(t, now) }))
    const references = new Map([[referenceToken('developer'), 'developer']])
    const state = { xray: true }
    const accounts = Object.fromEntries([
      ...tokens.map((t) => [
        t.name,
        {
          accessToken: t.token,
          username: t.user,
          scope: t.scope,
          ...(t.revoked ? { note: 'revoked: 401' } : {}),
          ...(t.audience ? { note: `aud ${t.audience}: 401 at Xray` } : {}),
          ...(t.days < 0 ? { note: 'expired: refused before any request' } : {})
        }
      ]),
      [
        'reference',
        { accessToken: referenceToken('developer'), username: 'dev', note: 'reference token' }
      ]
    ])
    return {
      id: 'jfrog',
      accounts,
      state,
      /** Whether this platform has Xray; without it the version path answers 404. */
      setXray(installed) {
        state.xray = installed
      },
      reset() {
        state.xray = true
      },
      handle: (request, send) => handle(state, tokens, references, request, send)
    }
  }
}

function handle(state, tokens, references, request, send) {
  if (request.path.split('?')[0] !== '/xray/api/v1/system/version') return false
  if (!state.xray) return send(404, { errors: [{ status: 404, message: 'Not Found' }] })
  const badCredentials = () => send(401, { errors: [{ status: 401, message: 'Bad credentials' }] })
  const bearer = /^Bearer (\S+)$/i.exec(String(request.headers.authorization ?? ''))
  if (!bearer) return badCredentials()
  const reference = references.get(bearer[1])
  const token = reference
    ? tokens.find((t) => t.name === reference)
    : tokens.find((t) => t.token === bearer[1])
  const claims = token && verifyJwt(token.token, SIGNING_SECRET)
  if (!claims || token.revoked || claims.exp <= Date.now() / 1000) return badCredentials()
  if (!/(^|\s)(\*|jfxr)@/.test(claims.aud)) return send(401, { error: 'Found invalid token' })
  if (request.method !== 'GET') {
    return send(405, { errors: [{ status: 405, message: 'Method Not Allowed' }] })
  }
  return send(200, VERSION)
}
