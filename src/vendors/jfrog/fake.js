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
//
// GitHub OIDC (POST /access/api/v1/oidc/token, the body jfrog/setup-jfrog-cli sends): the ID token
// must be one the sandbox's GitHub token service issued (sandbox/github-oidc.js), the provider one
// of INTEGRATIONS, its audience (when the integration has one) the token's `aud`, and one identity
// mapping must match the token's claims; the answer is an access token of the mapped user
// (`access_token`, `expires_in`, `scope`, `token_type`); a group-scoped mapping's token names no
// user: its `sub` is `<provider>/<mapping>` (jfrog/jfrog-client-go#951). A mapping scoped to a
// project (JFrog's "Identity Mappings": from Artifactory 7.94) is considered only when the body's
// optional `project_key` names its project, and before the global ones, which apply in every project.
// Assumed, not recorded: 404 for an unknown provider and 401 for a token no mapping accepts, both
// `{"errors":[{"code","message"}]}`; 400 for a `project_key` that is not a string; and that a
// `project_key` naming no project of the platform only finds no project mapping.
//
// mint-token's token API, and the tokens the platform issues: ./fake-tokens.js.
import { createHash } from 'node:crypto'
import { verifyGitHubIdToken } from '../../../sandbox/github-oidc.js'
import { signJwt } from '../../../sandbox/jwt.js'
import {
  SERVICE_ID,
  SIGNING_SECRET,
  authenticated,
  badCredentials,
  issue,
  mint,
  revoke
} from './fake-tokens.js'

/**
 * The platform's OIDC integrations: name, audience ('' = any), identity mappings (global, or of one
 * `project`: matched only when the exchange names that project's key).
 */
const INTEGRATIONS = [
  {
    name: 'github-acme',
    audience: '',
    mappings: [
      { claims: { repository: 'acme/app' }, user: 'ci-bot', scope: 'applied-permissions/user' },
      {
        project: 'scanners',
        claims: { repository: 'acme/scanners' },
        user: 'scan-bot',
        scope: 'applied-permissions/user'
      },
      // Group-scoped: no user; the token's subject is <provider>/<mapping> (jfrog-client-go #951).
      {
        name: 'ci-readers',
        claims: { repository: 'acme/readers' },
        scope: 'applied-permissions/groups:readers'
      }
    ]
  },
  {
    name: 'github-acme-aud',
    audience: 'jfrog-acme',
    mappings: [
      { claims: { repository: 'acme/app' }, user: 'ci-bot', scope: 'applied-permissions/user' }
    ]
  }
]
const OIDC_TOKEN_SECONDS = 3600
const DEFAULT_MAX_EXPIRY_SECONDS = 7 * 24 * 60 * 60

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
  // A member of many groups: its one group scope is longer than one piece of server text (512).
  {
    name: 'manyGroups',
    user: 'ci-bot',
    scope: `applied-permissions/groups:${Array.from({ length: 60 }, (_, i) => `deployers-of-team-${i}`).join(',')}`,
    days: 90
  },
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
    const state = {
      xray: true,
      maxExpirySeconds: DEFAULT_MAX_EXPIRY_SECONDS,
      mintedScope: undefined,
      forceRevocableKnown: true
    }
    /** Tokens the platform issued while running (OIDC exchanges, minted ones), by token text. */
    const issued = new Map()
    /** Every token mint-token created, for tests: id, user, description, expiry, revoked. */
    const minted = []
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
    const platform = { state, tokens, references, issued, minted }
    return {
      id: 'jfrog',
      accounts,
      state,
      minted,
      /** The OIDC integrations (oidc-provider names) and whom their mappings sign in. */
      integrations: INTEGRATIONS,
      /** Whether this platform has Xray; without it the version path answers 404. */
      setXray(installed) {
        state.xray = installed
      },
      /** The longest expiry (seconds) this platform lets a user give a token it creates. */
      setMaxExpiry(seconds) {
        state.maxExpirySeconds = seconds
      },
      /**
       * A compromised or broken platform: the tokens it mints carry this scp (a string or a list)
       * instead of the scope asked. The real platform gives what was asked or refuses.
       */
      setMintedScope(scp) {
        state.mintedScope = scp
      },
      /**
       * A platform before Artifactory 7.50.3: it knows no force_revocable (assumed: it ignores
       * it), so a token shorter-lived than the revocable-expiry-threshold is not revocable.
       */
      setForceRevocable(known) {
        state.forceRevocableKnown = known
      },
      /**
       * The answer to a mint is lost: the token is created, and the step gets this status instead
       * (502, 504), as from a gateway that timed out. For the failure that says it may exist.
       */
      loseMintAnswer(status) {
        state.lostMintStatus = status
      },
      reset() {
        state.xray = true
        state.maxExpirySeconds = DEFAULT_MAX_EXPIRY_SECONDS
        state.mintedScope = undefined
        state.lostMintStatus = undefined
        state.forceRevocableKnown = true
        issued.clear()
        minted.length = 0
      },
      handle: (request, send) => handle(platform, request, send)
    }
  }
}

function handle(platform, request, send) {
  const path = request.path.split('?')[0]
  if (path === '/access/api/v1/oidc/token') return exchange(platform, request, send)
  if (path === '/access/api/v1/tokens') return mint(platform, request, send)
  const revokePath = /^\/access\/api\/v1\/tokens\/([^/]+)$/.exec(path)
  if (revokePath) return revoke(platform, decodeURIComponent(revokePath[1]), request, send)
  if (path !== '/xray/api/v1/system/version') return false
  if (!platform.state.xray) return send(404, { errors: [{ status: 404, message: 'Not Found' }] })
  const caller = authenticated(platform, request)
  if (!caller) return badCredentials(send)
  if (!/(^|\s)(\*|jfxr)@/.test(caller.claims.aud))
    return send(401, { error: 'Found invalid token' })
  if (request.method !== 'GET') {
    return send(405, { errors: [{ status: 405, message: 'Method Not Allowed' }] })
  }
  return send(200, VERSION)
}

function exchange(platform, request, send) {
  if (request.method !== 'POST')
    return send(405, { errors: [{ status: 405, message: 'Method Not Allowed' }] })
  const body = request.json ?? {}
  if (
    body.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange' ||
    body.subject_token_type !== 'urn:ietf:params:oauth:token-type:id_token' ||
    typeof body.subject_token !== 'string'
  ) {
    return send(400, {
      errors: [{ code: 'BAD_REQUEST', message: 'Invalid token exchange request' }]
    })
  }
  if (body.project_key !== undefined && typeof body.project_key !== 'string') {
    return send(400, {
      errors: [{ code: 'BAD_REQUEST', message: 'Invalid token exchange request' }]
    })
  }
  const integration = INTEGRATIONS.find((i) => i.name === body.provider_name)
  if (!integration) {
    return send(404, {
      errors: [{ code: 'NOT_FOUND', message: `Provider '${String(body.provider_name)}' not found` }]
    })
  }
  const refused = () =>
    send(401, { errors: [{ code: 'UNAUTHORIZED', message: 'Failed to verify the OIDC token' }] })
  const claims = verifyGitHubIdToken(body.subject_token)
  if (!claims) return refused()
  if (integration.audience && claims.aud !== integration.audience) return refused()
  // The project's own mappings first, then the global ones; another project's never.
  const project = body.project_key || undefined
  const inScope = [
    ...integration.mappings.filter((m) => project !== undefined && m.project === project),
    ...integration.mappings.filter((m) => m.project === undefined)
  ]
  const mapping = inScope.find((m) =>
    Object.entries(m.claims).every(([name, value]) => claims[name] === value)
  )
  if (!mapping) return refused()
  const record = mapping.user
    ? issue(platform, mapping.user, mapping.scope, OIDC_TOKEN_SECONDS)
    : issue(
        platform,
        undefined,
        mapping.scope,
        OIDC_TOKEN_SECONDS,
        undefined,
        `${integration.name}/${mapping.name}`
      )
  return send(200, {
    access_token: record.token,
    expires_in: OIDC_TOKEN_SECONDS,
    scope: mapping.scope,
    token_type: 'Bearer',
    issued_token_type: 'urn:ietf:params:oauth:token-type:access_token'
  })
}
