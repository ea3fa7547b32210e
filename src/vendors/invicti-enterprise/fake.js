// Invicti Enterprise fake (formerly Netsparker Enterprise; Acunetix 360 serves the same API): HTTP
// Basic `user-id:api-token`, identity by GET /api/1.0/account/me. Reachable under
// /_vendor/invicti-enterprise only.
//
// From public sources (shared vendor notes §4.2, vendors-next §1.5, F14, F15):
//   - account/me answers `UserHealthCheckApiModel` in PascalCase: DateFormat, DisplayName, Email,
//     AlternateLoginEmail, TimeZoneInfo (the OpenAPI model; no raw body was ever recorded). It names
//     no user id, role, permission or organization, so the fake reports none;
//   - GET /api/1.0/members/get/{id} answers `MemberApiViewModel` (Id, AccountId, Email,
//     IsApiAccessEnabled, State, RoleWebsiteGroupMappings, Teams), from the 2024 spec.
// Assumed, with no recording behind it:
//   - a failed Basic login is 401 with `WWW-Authenticate: Basic` and ASP.NET Web API's default body
//     {"Message":"Authorization has been denied for this request."}: the real body is unrecorded;
//   - an account whose API access is disabled gets that same 401;
//   - the Basic user id is the member Id, and members/get needs a role that may read members
//     (403 {"Message":…} otherwise);
//   - the value formats of DateFormat and TimeZoneInfo;
//   - the 404 bodies (ASP.NET Web API's default "No HTTP resource…", and "Member not found.");
//   - that the user id is matched exactly as issued (lower-case hex), not without regard to case.
import { createHash } from 'node:crypto'

const JSON_TYPE = 'application/json; charset=utf-8'
const DENIED = { Message: 'Authorization has been denied for this request.' }

const digest = (seed) => createHash('sha256').update(`invicti-enterprise-sandbox:${seed}`).digest()
/** Invicti Enterprise user ids are 32 hex characters; tokens are base64 of 32 bytes. */
const userId = (seed) => digest(`${seed}:id`).toString('hex').slice(0, 32)
const apiToken = (seed) => digest(`${seed}:token`).toString('base64')
const ACCOUNT_ID = userId('account')

const USERS = [
  {
    account: 'owner',
    email: 'olivia.owner@acme.example',
    displayName: 'Olivia Owner',
    roles: [{ RoleName: 'Account Owner', WebsiteGroupName: 'All Websites' }],
    readsMembers: true
  },
  {
    account: 'scanner',
    email: 'sid.scanner@acme.example',
    displayName: 'Sid Scanner',
    roles: [{ RoleName: 'Scan Manager', WebsiteGroupName: 'Production' }]
  },
  {
    account: 'apiDisabled',
    email: 'dora.disabled@acme.example',
    displayName: 'Dora Disabled',
    roles: [{ RoleName: 'Read Only', WebsiteGroupName: 'Production' }],
    apiAccessEnabled: false
  }
].map((user) => ({
  apiAccessEnabled: true,
  readsMembers: false,
  ...user,
  userId: userId(user.account),
  apiToken: apiToken(user.account)
}))

export const invictiEnterprise = {
  id: 'invicti-enterprise',
  create() {
    const accounts = Object.fromEntries(
      USERS.map((user) => [
        user.account,
        {
          userId: user.userId,
          apiToken: user.apiToken,
          email: user.email,
          ...(user.apiAccessEnabled
            ? {}
            : { note: 'API access disabled for this member: 401 (assumed)' })
        }
      ])
    )
    accounts.wrongToken = {
      userId: USERS[0].userId,
      apiToken: apiToken('revoked'),
      note: "the owner's id with a token that is not theirs: 401"
    }
    return { id: 'invicti-enterprise', accounts, handle }
  }
}

function handle(request, send) {
  const reply = (status, body, headers = {}) =>
    send(status, body, { 'content-type': JSON_TYPE, ...headers })
  const user = authenticate(request.headers.authorization)
  if (!user || !user.apiAccessEnabled)
    return reply(401, DENIED, { 'www-authenticate': 'Basic realm="Invicti Enterprise"' })

  const path = request.path.replace(/\?.*$/, '')
  if (request.method === 'GET' && path === '/api/1.0/account/me') {
    return reply(200, {
      DateFormat: 'dd/MM/yyyy',
      DisplayName: user.displayName,
      Email: user.email,
      AlternateLoginEmail: null,
      TimeZoneInfo: '(UTC) Coordinated Universal Time'
    })
  }
  const member = /^\/api\/1\.0\/members\/get\/([^/]+)$/.exec(path)
  if (request.method === 'GET' && member) {
    if (!user.readsMembers && member[1] !== user.userId)
      return reply(403, { Message: 'You do not have permission to view members.' })
    const target = USERS.find((u) => u.userId === member[1])
    if (!target) return reply(404, { Message: 'Member not found.' })
    return reply(200, memberView(target))
  }
  return reply(404, { Message: 'No HTTP resource was found that matches the request URI.' })
}

/** `Basic base64(user-id:api-token)`; the user, or undefined. */
function authenticate(header) {
  const match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(String(header ?? ''))
  if (!match) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  const [id, token] = [decoded.slice(0, colon), decoded.slice(colon + 1)]
  return USERS.find((u) => u.userId === id && u.apiToken === token)
}

function memberView(user) {
  return {
    Id: user.userId,
    AccountId: ACCOUNT_ID,
    Name: user.displayName,
    Email: user.email,
    IsApiAccessEnabled: user.apiAccessEnabled,
    State: 'Enabled',
    RoleWebsiteGroupMappings: user.roles.map((role, i) => ({
      RoleId: userId(`role:${role.RoleName}`),
      RoleName: role.RoleName,
      WebsiteGroupId: userId(`group:${role.WebsiteGroupName}:${i}`),
      WebsiteGroupName: role.WebsiteGroupName
    })),
    Teams: []
  }
}
