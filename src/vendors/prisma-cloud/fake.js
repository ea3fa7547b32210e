// Prisma Cloud fake: `POST /login` with JSON `{username: <access key id>, password: <secret>}`
// answers `{token, message, customerNames}`, the token a JWT valid for ten minutes; `GET /user/me`
// with `x-redlock-auth: <token>` answers the user's profile.
//
// Documented (Prisma Cloud's API reference on pan.dev, its Login and User Profile OpenAPI specs;
// Palo Alto's Go client prisma-cloud-go): the login body and answer (`message` "login_successful",
// `customerNames[]` of `{customerName, prismaId, tosAccepted}`), the ten-minute JWT, the header
// name, 401 for a refused login with the reasons `invalid_credentials` and
// `sso_enabled_password_login_attempt`, 401 `token_expired` for an expired token, the profile
// (`email`, `firstName`, `lastName`, `displayName`, `roles[]` of `{id, name, type, onlyAllow...}`,
// `activeRole`, `defaultRoleId`, `roleIds`, `enabled`, `timeZone`; the older single-role shape
// with `roleType`), 400 `user_inactive_or_not_exist` from /user/me, and that the reason of an error
// travels in the `x-redlock-status` header as a JSON list of `{i18nKey, severity, subject}`.
// Assumed: error answers carry no body (the header says why); the JWT's claims beyond `sub` and
// `exp`; the 400 for a login body that is not JSON and the 405 for another method (their i18nKeys
// are made up); and that a key of another stack is refused like an unknown one (each stack knows
// only its own tenants' keys).
//
// Keys belong to one stack: this fake plays the stack set by `setRegion()` (`app` by default).
import { createHash } from 'node:crypto'
import { signJwt, verifyJwt } from '../../../sandbox/jwt.js'

const SIGNING_SECRET = 'sandbox-prisma-cloud-signing-secret'
const TOKEN_SECONDS = 600
const CUSTOMER = { customerName: 'Acme Corp', prismaId: '806841019839340544', tosAccepted: true }

const digest = (seed) => createHash('sha256').update(`prisma-cloud-sandbox:${seed}`).digest()
/** An access key ID is a UUID, its secret 20 bytes in base64 (as Prisma Cloud shows them). */
const accessKeyId = (seed) => {
  const hex = digest(`id:${seed}`).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}
const secretKeyText = (seed) => digest(`secret:${seed}`).subarray(0, 20).toString('base64')

const role = (name, type, extra = {}) => ({
  id: accessKeyId(`role:${name}`),
  name,
  type,
  onlyAllowCIAccess: false,
  onlyAllowComputeAccess: false,
  onlyAllowReadAccess: false,
  ...extra
})

const USERS = {
  ci: {
    email: 'ci-bot@acme.example',
    firstName: 'CI',
    lastName: 'Bot',
    roles: [role('CI Scanner', 'Build and Deploy Security', { onlyAllowCIAccess: true })]
  },
  admin: {
    email: 'ada@acme.example',
    firstName: 'Ada',
    lastName: 'Admin',
    roles: [role('System Admin', 'System Admin')]
  },
  // The older single-role profile: no `roles` list, only the role's type.
  reader: {
    email: 'rita@acme.example',
    firstName: 'Rita',
    lastName: 'Reader',
    roleType: 'Account Group Read Only'
  },
  // A service account: no e-mail, a display name (its name) and a role. What GET /user/me answers
  // for one is assumed from the profile schema (UserProfile.json): no recording shows it.
  pipeline: {
    displayName: 'ci-pipeline',
    serviceAccount: true,
    roles: [role('CI Scanner', 'Build and Deploy Security', { onlyAllowCIAccess: true })]
  },
  gone: {
    email: 'gone@acme.example',
    firstName: 'Gone',
    lastName: 'User',
    inactive: true,
    roles: []
  }
}

const KEYS = [
  { name: 'ciKey', user: 'ci', region: 'app' },
  { name: 'adminKey', user: 'admin', region: 'app' },
  { name: 'readerKey', user: 'reader', region: 'app' },
  { name: 'serviceAccountKey', user: 'pipeline', region: 'app' },
  { name: 'euKey', user: 'ci', region: 'eu' },
  { name: 'revokedKey', user: 'ci', region: 'app', revoked: true },
  { name: 'inactiveKey', user: 'gone', region: 'app' }
].map((k) => ({ ...k, accessKey: accessKeyId(k.name), secretKey: secretKeyText(k.name) }))

/** A user who signs in through SSO: a password login is refused as such. */
const SSO_USER = { email: 'sam.sso@acme.example', password: 'sandbox-sso-password' }

const status = (i18nKey) => ({
  'x-redlock-status': JSON.stringify([{ i18nKey, severity: 'error', subject: null }])
})

export const prismaCloud = {
  id: 'prisma-cloud',
  create() {
    const state = { region: 'app' }
    const accounts = Object.fromEntries(
      KEYS.map((k) => [
        k.name,
        {
          accessKey: k.accessKey,
          secretKey: k.secretKey,
          // What BC_API_KEY holds after a login with this key (Checkov's form).
          bcApiKey: `${k.accessKey}::${k.secretKey}`,
          ...(USERS[k.user].email
            ? { email: USERS[k.user].email }
            : { note: 'a service account: no e-mail' }),
          region: k.region,
          ...(k.region !== 'app' ? { note: `a key of stack ${k.region}: 401 on app` } : {}),
          ...(k.revoked ? { note: 'deleted: 401' } : {}),
          ...(USERS[k.user].inactive ? { note: 'login works, /user/me 400 (inactive user)' } : {})
        }
      ])
    )
    accounts.ssoUser = {
      accessKey: SSO_USER.email,
      secretKey: SSO_USER.password,
      note: 'an SSO user’s e-mail and password: 401 sso_enabled_password_login_attempt'
    }
    return {
      id: 'prisma-cloud',
      accounts,
      state,
      /** Which stack this host plays; keys of other stacks get 401. */
      setRegion(region) {
        state.region = region
      },
      reset() {
        state.region = 'app'
      },
      handle: (request, send) => serve(state, request, send)
    }
  }
}

function serve(state, request, send) {
  const path = request.path.split('?')[0]
  if (path === '/login') return issueToken(state, request, send)
  if (path === '/user/me') return profile(request, send)
  return false
}

/** An error answer as Prisma Cloud sends it: the reason in the header, no body. */
const answerRefusal = (send, code, i18nKey) =>
  send(code, '', { 'content-type': 'application/json', ...(i18nKey ? status(i18nKey) : {}) })

function issueToken(state, request, send) {
  if (request.method !== 'POST') return answerRefusal(send, 405, 'method_not_allowed')
  const body = request.json
  const isJson = String(request.headers['content-type'] ?? '').startsWith('application/json')
  if (!isJson || typeof body?.username !== 'string' || typeof body?.password !== 'string') {
    return answerRefusal(send, 400, 'bad_request')
  }
  if (body.username === SSO_USER.email) {
    return answerRefusal(send, 401, 'sso_enabled_password_login_attempt')
  }
  const key = KEYS.find((k) => k.accessKey === body.username && k.secretKey === body.password)
  if (!key || key.revoked || key.region !== state.region) {
    return answerRefusal(send, 401, 'invalid_credentials')
  }
  const iat = Math.floor(Date.now() / 1000)
  const token = signJwt(
    {
      accessKeyId: key.accessKey,
      sub: USERS[key.user].email ?? USERS[key.user].displayName,
      user: key.user,
      firstLogin: false,
      prismaId: CUSTOMER.prismaId,
      iat,
      exp: iat + TOKEN_SECONDS
    },
    SIGNING_SECRET
  )
  return send(200, { token, message: 'login_successful', customerNames: [CUSTOMER] })
}

function profile(request, send) {
  if (request.method !== 'GET') return answerRefusal(send, 405, 'method_not_allowed')
  const claims = verifyJwt(String(request.headers['x-redlock-auth'] ?? ''), SIGNING_SECRET)
  if (!claims || !USERS[claims.user]) return answerRefusal(send, 401)
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    return answerRefusal(send, 401, 'token_expired')
  }
  const user = USERS[claims.user]
  if (user.inactive) return answerRefusal(send, 400, 'user_inactive_or_not_exist')
  const roles = user.roles ?? []
  return send(200, {
    ...(user.serviceAccount
      ? { displayName: user.displayName, type: 'SERVICE_ACCOUNT' }
      : {
          email: user.email,
          firstName: user.firstName,
          lastName: user.lastName,
          displayName: `${user.firstName} ${user.lastName}`
        }),
    timeZone: 'UTC',
    enabled: true,
    accessKeysAllowed: true,
    lastLoginTs: Date.now(),
    ...(user.roleType
      ? { roleType: user.roleType, roleId: accessKeyId(`role:${user.roleType}`) }
      : {
          roles,
          activeRole: roles[0],
          defaultRoleId: roles[0]?.id,
          roleIds: roles.map((r) => r.id)
        })
  })
}
