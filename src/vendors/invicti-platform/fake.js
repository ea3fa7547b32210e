// Invicti Platform fake: API keys are JWTs signed by the "platform", sent as X-Auth; the identity
// endpoint checks the signature and that the key is the user's current one (regenerating a key
// invalidates the old one).
//
// Organizations: Invicti's API page ("Optional request headers") says X-Invicti-OrganizationId is
// "required if your account has access to multiple organizations". So a multi-organization user
// without it is refused, and so is a header naming an organization the user does not belong to.
// The status and body of those refusals are not documented: the 403s below are ASSUMED.
//
// From Invicti's "Authenticate" page: the X-Auth header, the JWT key, that regenerating a key
// invalidates the old one, the 401 body {"error":"Unauthorized","message":"Invalid or missing
// authentication token"}, and GET /api/identity/v1/me as the test call ("Body: Your user
// information", no fields named). Also ASSUMED, with no source:
//   - the fields of the /me answer (id, email, firstName, lastName, displayName, roles as
//     {id, name}, permissions, organization): invented, so a client must read it tolerantly;
//   - that another method than GET answers 405 {"error","message"} before the key is read;
//   - that X-Correlation-ID is echoed back in the answer (the API page only says the caller
//     provides it for tracing);
//   - the 404 body of an unknown path.
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

const SIGNING_SECRET = 'sandbox-invicti-platform-signing-secret'

const ORGANIZATIONS = {
  'org-acme': { id: 'org-acme', name: 'Acme Security' },
  'org-globex': { id: 'org-globex', name: 'Globex Corp' }
}

/** Users, by id. `keyVersion` is the generation of the user's current key. */
const USERS = [
  {
    id: 'usr-alice',
    email: 'alice@acme.example',
    firstName: 'Alice',
    lastName: 'Admin',
    roles: ['Administrator'],
    permissions: ['scans:read', 'scans:write', 'targets:read', 'targets:write', 'users:read'],
    organizations: ['org-acme'],
    keyVersion: 1
  },
  {
    id: 'usr-sam',
    email: 'sam@acme.example',
    firstName: 'Sam',
    lastName: 'Analyst',
    roles: ['Security Analyst'],
    permissions: ['scans:read', 'targets:read'],
    organizations: ['org-acme'],
    keyVersion: 1
  },
  {
    id: 'usr-morgan',
    email: 'morgan@consultancy.example',
    firstName: 'Morgan',
    lastName: 'Multi',
    roles: ['Security Manager'],
    permissions: ['scans:read', 'scans:write', 'targets:read'],
    organizations: ['org-acme', 'org-globex'],
    keyVersion: 1
  },
  {
    id: 'usr-rex',
    email: 'rex@acme.example',
    firstName: 'Rex',
    lastName: 'Regenerated',
    roles: ['Developer'],
    permissions: ['scans:read'],
    organizations: ['org-acme'],
    // Rex regenerated the key: version 1 is dead, only version 2 works.
    keyVersion: 2
  }
]

const keyFor = (user, version = user.keyVersion) =>
  signJwt(
    { sub: user.id, ver: version, iss: 'invicti-platform-sandbox', iat: 1767225600 },
    SIGNING_SECRET
  )

const unauthorized = { error: 'Unauthorized', message: 'Invalid or missing authentication token' }

export const invictiPlatform = {
  id: 'invicti-platform',
  // It predates the sandbox's /_vendor/ prefix and also answers paths without one.
  unprefixed: true,
  create() {
    const accounts = {
      alice: { apiKey: keyFor(USERS[0]), role: 'Administrator', organization: 'org-acme' },
      sam: { apiKey: keyFor(USERS[1]), role: 'Security Analyst', organization: 'org-acme' },
      morgan: {
        apiKey: keyFor(USERS[2]),
        role: 'Security Manager',
        organizations: ['org-acme', 'org-globex'],
        note: 'belongs to two organizations: needs organization-id'
      },
      rexOldKey: {
        apiKey: keyFor(USERS[3], 1),
        note: 'a key that was regenerated: rejected with 401'
      },
      rex: { apiKey: keyFor(USERS[3]), role: 'Developer', organization: 'org-acme' }
    }
    return { id: 'invicti-platform', accounts, handle }
  }
}

function handle(request, send) {
  if (!request.path.startsWith('/api/identity/') && !request.path.startsWith('/api/1.0/targets'))
    return false
  const correlation = request.headers['x-correlation-id']
  const headers = correlation ? { 'x-correlation-id': String(correlation) } : {}
  const reply = (status, body) => send(status, body, headers)

  if (request.method !== 'GET')
    return reply(405, { error: 'Method Not Allowed', message: 'Use GET' })
  const key = request.headers['x-auth']
  if (typeof key !== 'string' || key === '') return reply(401, unauthorized)
  const claims = verifyJwt(key, SIGNING_SECRET)
  const user = claims && USERS.find((u) => u.id === claims.sub)
  if (!user || claims.ver !== user.keyVersion) return reply(401, unauthorized)

  const requestedOrg = request.headers['x-invicti-organizationid']
  let organization
  if (requestedOrg) {
    if (!user.organizations.includes(String(requestedOrg))) {
      return reply(403, {
        error: 'Forbidden',
        message: `User has no access to organization ${requestedOrg}`
      })
    }
    organization = ORGANIZATIONS[String(requestedOrg)]
  } else if (user.organizations.length > 1) {
    return reply(403, {
      error: 'Forbidden',
      message:
        'The user belongs to several organizations; specify one with X-Invicti-OrganizationId'
    })
  } else {
    organization = ORGANIZATIONS[user.organizations[0]]
  }

  if (request.path === '/api/identity/v1/me') {
    return reply(200, {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      displayName: `${user.firstName} ${user.lastName}`,
      roles: user.roles.map((name) => ({
        id: `role-${name.toLowerCase().replace(/\s+/g, '-')}`,
        name
      })),
      permissions: user.permissions,
      organization
    })
  }
  return reply(404, { error: 'Not Found', message: 'Not Found' })
}
