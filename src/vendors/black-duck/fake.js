// Black Duck fake: API tokens traded at `POST /api/tokens/authenticate` (`Authorization: token
// <api token>`) for a short-lived bearer token, then `GET /api/current-user` and the user's two role
// lists, `GET /api/users/<id>/roles` (assigned) and `GET /api/users/<id>/inherited-roles` (through its
// user groups), with `Authorization: Bearer <bearer>`.
//
// From Black Duck's own clients (hub-rest-api-python, blackduck-common-api): the exchange and its
// answer `{bearerToken, expiresInMilliseconds}` with an `X-CSRF-TOKEN` header; a refused API token
// is a 401 whose JSON carries `errorMessage`; the user body (`userName`, `firstName`, `lastName`,
// `email`, `type`, `active`, `_meta.href` = `/api/users/<id>` and its `roles` and `inherited-roles`
// links) and the role-assignment page (`totalCount`, `items[]` with `name`, `scope`, `role`,
// `roleKey`), 10 items unless `limit` asks for more. Black Duck's Java client (blackduck-common
// `UserGroupService.getAllRolesForUser`) joins the two lists for a user's roles. A bearer Black Duck
// does not accept gets Spring's `{"error":"invalid_token", "error_description":...}` (recorded in
// hub-rest-api-python issue #3).
// Assumed: the `errorMessage` text; that a user may read its own two role lists and not another
// user's (403); that the inherited list is the same page shape; the two-hour bearer lifetime; that
// GET requests do not check the CSRF token (Spring checks it on requests that change something);
// and that the schemes `token` (exchange) and `Bearer` are read in any case (Black Duck's clients
// send `token` and `Bearer`, as the action does; no source shows another case accepted or refused).
//
// Switches (tests): `setCsrf(false)` answers the exchange without the CSRF header, as an older
// server may; `setRoleLists(false)` serves neither role list (404).
import { createHash, randomBytes, randomUUID } from 'node:crypto'

const BEARER_LIFETIME_MS = 2 * 60 * 60 * 1000
const USER_MEDIA_TYPE = 'application/vnd.blackducksoftware.user-4+json'
const DEFAULT_PAGE = 10

/** Deterministic, shaped like Black Duck's API tokens (long base64), so the README can list them. */
const apiTokenText = (seed) =>
  Buffer.concat([
    createHash('sha256').update(`black-duck-sandbox:${seed}:1`).digest(),
    createHash('sha256').update(`black-duck-sandbox:${seed}:2`).digest()
  ]).toString('base64')

const uuidText = (seed) => {
  const hex = createHash('sha256').update(`black-duck-sandbox:${seed}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

const server = (name, roleKey) => ({ name, roleKey, scope: 'server' })
const project = (name, roleKey, projectName) => ({ name, roleKey, project: projectName })

const USERS = {
  scanner: {
    userName: 'ci-scanner',
    firstName: 'CI',
    lastName: 'Scanner',
    email: 'ci-scanner@acme.example',
    roles: [
      server('Global Code Scanner', 'codescanner'),
      project('Project Code Scanner', 'projectcodescanner', 'acme-web')
    ]
  },
  admin: {
    userName: 'sysadmin',
    firstName: 'System',
    lastName: 'Administrator',
    email: 'sysadmin@acme.example',
    // More assignments than one default page holds, as on the recorded server.
    roles: [
      server('System Administrator', 'sysadmin'),
      server('Global Code Scanner', 'codescanner'),
      server('Policy Manager', 'policyman'),
      server('License Manager', 'licenseman'),
      ...['acme-web', 'acme-api', 'acme-mobile', 'acme-docs', 'acme-infra', 'acme-data'].flatMap(
        (name) => [
          project('Project Manager', 'projectmanager', name),
          project('Project Viewer', 'projectviewer', name)
        ]
      )
    ]
  },
  viewer: {
    userName: 'vic.viewer',
    firstName: 'Vic',
    lastName: 'Viewer',
    email: 'vic@acme.example',
    roles: [project('Project Viewer', 'projectviewer', 'acme-web')]
  },
  // Roles through user groups: a scanner with none of its own, and a scanner whose group makes it a
  // System Administrator.
  groupScanner: {
    userName: 'ci-group-scanner',
    firstName: 'CI',
    lastName: 'Group Scanner',
    email: 'ci-group-scanner@acme.example',
    roles: [],
    inherited: [server('Global Code Scanner', 'codescanner')]
  },
  groupAdmin: {
    userName: 'ci-group-admin',
    firstName: 'CI',
    lastName: 'Group Admin',
    email: 'ci-group-admin@acme.example',
    roles: [server('Global Code Scanner', 'codescanner')],
    inherited: [server('System Administrator', 'sysadmin')]
  }
}

const TOKENS = [
  { name: 'scannerToken', user: 'scanner' },
  { name: 'adminToken', user: 'admin' },
  { name: 'viewerToken', user: 'viewer' },
  { name: 'groupScannerToken', user: 'groupScanner' },
  { name: 'groupAdminToken', user: 'groupAdmin' },
  { name: 'revokedToken', user: 'scanner', revoked: true }
].map((t) => ({ ...t, token: apiTokenText(t.name) }))

export const blackDuck = {
  id: 'black-duck',
  /** @param {{ httpUrl?: string }} [origins] where the sandbox listens */
  create(origins = {}) {
    const origin = origins.httpUrl ?? 'http://127.0.0.1'
    const state = { csrf: true, roleLists: true, bearers: new Map() }
    const accounts = Object.fromEntries(
      TOKENS.map((t) => [
        t.name,
        {
          apiToken: t.token,
          userName: USERS[t.user].userName,
          roles: USERS[t.user].roles.map((role) => role.name).join(', '),
          ...(USERS[t.user].inherited
            ? { inheritedRoles: USERS[t.user].inherited.map((role) => role.name).join(', ') }
            : {}),
          ...(t.revoked ? { note: 'revoked: 401 from the exchange' } : {})
        }
      ])
    )
    return {
      id: 'black-duck',
      accounts,
      state,
      /** Whether the exchange answers with an X-CSRF-TOKEN header (older servers may not). */
      setCsrf(on) {
        state.csrf = on
      },
      /** Whether this server serves the users' role lists (assigned and inherited). */
      setRoleLists(on) {
        state.roleLists = on
      },
      reset() {
        state.csrf = true
        state.roleLists = true
        state.bearers.clear()
      },
      handle: (request, send) => route(state, origin, request, send)
    }
  }
}

function route(state, origin, request, send) {
  const path = request.path.split('?')[0]
  if (path === '/api/tokens/authenticate') return exchange(state, request, send)
  if (path === '/api/current-user') return currentUser(state, origin, request, send)
  const list = /^\/api\/users\/([^/]+)\/(roles|inherited-roles)$/.exec(path)
  if (list && state.roleLists)
    return roleAssignments(state, origin, request, send, list[1], list[2])
  return false
}

function exchange(state, request, send) {
  if (request.method !== 'POST') {
    return send(405, { errorMessage: 'Request method not supported' })
  }
  const given = /^token\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1]
  const apiToken = TOKENS.find((t) => t.token === given && !t.revoked)
  if (!apiToken) return send(401, { errorMessage: 'Unauthorized' })
  const bearer = randomBytes(48).toString('base64url')
  state.bearers.set(bearer, { user: apiToken.user, expiresAt: Date.now() + BEARER_LIFETIME_MS })
  return send(
    200,
    { bearerToken: bearer, expiresInMilliseconds: BEARER_LIFETIME_MS },
    state.csrf ? { 'x-csrf-token': randomUUID() } : {}
  )
}

/** The user a bearer token was issued for, or undefined when it is unknown or expired. */
function bearerUser(state, request) {
  const bearer = /^bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1]
  const issued = bearer === undefined ? undefined : state.bearers.get(bearer)
  if (!issued || issued.expiresAt <= Date.now()) return undefined
  return issued.user
}

const invalidBearer = (send) =>
  send(401, { error: 'invalid_token', error_description: 'Cannot convert access token to JSON' })

function currentUser(state, origin, request, send) {
  if (request.method !== 'GET') return false
  const key = bearerUser(state, request)
  if (!key) return invalidBearer(send)
  const user = USERS[key]
  const href = `${origin}/api/users/${uuidText(`user-${key}`)}`
  return send(
    200,
    {
      userName: user.userName,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      type: 'INTERNAL',
      active: true,
      _meta: {
        allow: ['GET'],
        href,
        links: [
          { rel: 'roles', href: `${href}/roles` },
          { rel: 'inherited-roles', href: `${href}/inherited-roles` },
          { rel: 'usergroups', href: `${href}/usergroups` },
          { rel: 'api-tokens', href: `${origin}/api/current-user/tokens` }
        ]
      }
    },
    { 'content-type': USER_MEDIA_TYPE }
  )
}

function roleAssignments(state, origin, request, send, userId, list) {
  if (request.method !== 'GET') return false
  const key = bearerUser(state, request)
  if (!key) return invalidBearer(send)
  if (userId !== uuidText(`user-${key}`)) {
    return send(403, { errorMessage: 'You do not have permission to view this user.' })
  }
  const count = (name, fallback) => {
    const value = Number(request.query.get(name) ?? fallback)
    return Number.isInteger(value) && value >= 0 ? value : fallback
  }
  const offset = count('offset', 0)
  const limit = count('limit', DEFAULT_PAGE)
  const userHref = `${origin}/api/users/${uuidText(`user-${key}`)}`
  const assignments = list === 'roles' ? USERS[key].roles : (USERS[key].inherited ?? [])
  const all = assignments.map((role, i) => ({
    role: `${origin}/api/roles/${uuidText(`role-${role.roleKey}`)}`,
    scope: role.scope ?? `${origin}/api/projects/${uuidText(`project-${role.project}`)}`,
    name: role.name,
    description: `${role.name} (sandbox)`,
    roleKey: role.roleKey,
    _meta: {
      allow: ['GET'],
      href: `${userHref}/${list}/${uuidText(`assignment-${key}-${list}-${i}`)}`,
      links: [{ rel: 'user', href: userHref }]
    }
  }))
  return send(
    200,
    {
      totalCount: all.length,
      items: all.slice(offset, offset + limit),
      appliedFilters: [],
      _meta: {
        allow: ['GET'],
        href: `${userHref}/${list}`,
        links: [{ rel: 'user', href: userHref }]
      }
    },
    { 'content-type': USER_MEDIA_TYPE }
  )
}
