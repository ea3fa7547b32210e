// Tenable Vulnerability Management (Tenable.io, cloud.tenable.com) fake: API keys in X-ApiKeys, and
// the identity call GET /session. Reachable under /_vendor/tenable-vm only (its routes collide with
// Nessus).
//
// Copied from recordings (shared vendor notes §3, vendors-next §1.3, F9–F13):
//   - GET /session answers the 2023 shape: `id` a number, `username` and `user_name` both the login
//     e-mail, `permissions` the role level (16 Basic, 24 Scan Operator, 32 Standard, 40 Scan Manager,
//     64 Administrator), `user_permissions` privilege strings, the container fields, `groups`,
//     `enabled`, and `lastlogin` in milliseconds; the Administrator holds the 55 recorded strings
//     (TIO_BACKEND.SCAN.READ, TIO_BACKEND.APIKEY.MANAGE, ASSET_INVENTORY.TAG.EDIT, …);
//   - a key whose container was deleted gets 401 with a plain-text body, `Content-Type:
//     application/octet-stream` and `X-Path-Handler: blacklisted`;
//   - every answer carries `X-Request-Uuid`; pyTenable's `accessKey=…;secretKey=…` (no space, no
//     trailing `;`, header spelled X-APIKeys) was answered 200, so spacing and casing are tolerated.
// Assumed, with no recording behind it:
//   - the lower levels' `user_permissions` (subsets of the recorded strings, see below);
//   - wrong or malformed keys get 401 JSON `{"statusCode":401,"error":"Unauthorized","message":
//     "Invalid Credentials"}` (quoted in a third-party code comment, never recorded);
//   - the key parameter names are matched without regard to case (only `accessKey`/`secretKey`
//     were seen);
//   - a disabled user's keys still answer GET /session, with `enabled: false` (nothing public shows
//     what a disabled user's keys get);
//   - unknown paths answer the recorded 404 shape after authentication;
//   - keys that are not 64 lower-case hex characters get the same 401 as unknown keys (the docs'
//     example keys are 64 hex; the recorded requests' keys were sanitised).
import { createHash, randomUUID } from 'node:crypto'

const JSON_TYPE = 'application/json; charset=utf-8'
const INVALID_CREDENTIALS = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Invalid Credentials'
}
const BLACKLISTED =
  'This scanner, agent, or API key token does not appear to be related to any active containers on any sites and has been blacklisted.'
const NOT_FOUND = { statusCode: 404, error: 'Not Found', message: 'Not Found' }

/** Deterministic 64-hex keys, so the README can list them. */
const hex64 = (seed) => createHash('sha256').update(`tenable-vm-sandbox:${seed}`).digest('hex')

const CONTAINER = {
  container_id: 58234,
  container_uuid: 'a1f3c0de-5b1e-4c8a-9d3e-7f2b6c4e8a10',
  container_name: 'acme-security',
  container_type: 'local',
  container_domains: ['acme.example']
}
const DELETED_CONTAINER = {
  container_id: 41007,
  container_uuid: 'd0d0cafe-0000-4000-8000-000000041007',
  container_name: 'acme-old-site',
  container_type: 'local',
  container_domains: ['acme.example']
}

// The Administrator's `user_permissions`, in the order of pyTenable's 2023 recording
// (tests/io/cassettes/test_session_details.yaml@5d25fb0f, an Administrator's GET /session).
const RECORDED_ADMINISTRATOR_PRIVILEGES = [
  'TIO_BACKEND.MY_PROFILE.READ',
  'TIO_BACKEND.MY_PROFILE.UPDATE',
  'TONE_UI.TONE_TAG.CREATE',
  'TIO_BACKEND.SCAN.DELETE',
  'ASSET_INVENTORY.ACCESS_TO_ASSET_TYPE.WEB_APPLICATION',
  'TIO_BACKEND.FINDING.READ',
  'ASSET_INVENTORY.ACCESS_TO_ASSET_TYPE.IDENTITY',
  'TIO_BACKEND.MY_PROFILE.MANAGE',
  'LUMIN_EXPOSURE_VIEW.EXPOSURE_CARD.CREATE',
  'TONE_BACKEND.TONE_DATA_CATEGORY_CLOUD_RESOURCE.READ',
  'TONE_UI.TONE_EXPOSURE_CARD.READ',
  'LUMIN_EXPOSURE_VIEW.EXPOSURE_CARD.READ',
  'TIO_BACKEND.ACCESS_CONTROL.CREATE',
  'TONE_UI.TONE_EXPOSURE_CARD.CREATE',
  'TONE_UI.TONE_ASSETS.READ',
  'TIO_BACKEND.ACCESS_CONTROL.DELETE',
  'TIO_BACKEND.ACCOUNT_SETTING.MANAGE',
  'TIO_BACKEND.RECAST_RULE.MANAGE',
  'ASSET_INVENTORY.TAG.EDIT',
  'TIO_BACKEND.SCAN.CREATE',
  'TIO_BACKEND.DASHBOARD.MANAGE',
  'TIO_BACKEND.ACTIVITY_LOG.READ',
  'ASSET_INVENTORY.ASSET_INVENTORY.READ',
  'LUMIN_EXPOSURE_VIEW.EXPORT.MANAGE_OWN',
  'TIO_BACKEND.APIKEY.MANAGE',
  'ATTACK_PATH_ANALYSIS.QUERY.SEARCH',
  'ATTACK_PATH_ANALYSIS.EXPORT.MANAGE_OWN',
  'TIO_BACKEND.ACCOUNT_SETTING.READ',
  'TIO_BACKEND.ACCESS_CONTROL.MANAGE',
  'ASSET_INVENTORY.ACCESS_TO_ASSET_TYPE.COMPUTING_RESOURCE',
  'LUMIN_EXPOSURE_VIEW.EXPOSURE_CARD.SHARE',
  'TIO_BACKEND.ACCESS_CONTROL.READ',
  'TIO_BACKEND.RECAST_RULE.READ',
  'TIO_BACKEND.ASSET.READ',
  'TIO_BACKEND.EXPORT.MANAGE_ALL',
  'TONE_UI.ATTACK_PATH_ANALYSIS.READ',
  'LUMIN_EXPOSURE_VIEW.SETTINGS.READ',
  'ATTACK_PATH_ANALYSIS.FINDING.MANAGE',
  'TIO_UI.UI.READ',
  'TONE_BACKEND.TONE_DATA_CATEGORY_WEB_APPLICATION.READ',
  'TONE_BACKEND.TONE_DATA_CATEGORY_IDENTITIES.READ',
  'ASSET_INVENTORY.TAG.CREATE',
  'TIO_BACKEND.SCAN.READ',
  'TIO_BACKEND.ACCOUNT_SETTING.UPDATE',
  'LUMIN_EXPOSURE_VIEW.SETTINGS.MANAGE',
  'TONE_BACKEND.TONE_DATA_CATEGORY_COMPUTING_RESOURCE.READ',
  'TIO_BACKEND.ACCESS_CONTROL.UPDATE',
  'TONE_UI.TONE_TAG.DELETE',
  'ATTACK_PATH_ANALYSIS.QUERY.SAVE',
  'TIO_BACKEND.HEALTH_AND_STATUS.READ',
  'TIO_BACKEND.DASHBOARD.SHARE',
  'ASSET_INVENTORY.ACCESS_TO_ASSET_TYPE.CLOUD_RESOURCE',
  'TIO_BACKEND.EXPORT.MANAGE_OWN',
  'ASSET_INVENTORY.EXPORT.MANAGE_OWN',
  'ATTACK_PATH_ANALYSIS.FINDING.READ'
]

// The lower levels' lists are assumed: no recording shows a non-Administrator's session, so each
// holds a subset of the recorded strings, chosen by the roles page's description of the level
// (Basic views scan results and manages its profile; Scan Operator also creates and runs scans;
// Standard also manages dashboards; Scan Manager also manages recast rules).
const BASIC = [
  'TIO_UI.UI.READ',
  'TIO_BACKEND.MY_PROFILE.READ',
  'TIO_BACKEND.MY_PROFILE.UPDATE',
  'TIO_BACKEND.MY_PROFILE.MANAGE',
  'TIO_BACKEND.ASSET.READ',
  'TIO_BACKEND.FINDING.READ',
  'TIO_BACKEND.SCAN.READ'
]
const SCAN_OPERATOR = [...BASIC, 'TIO_BACKEND.SCAN.CREATE', 'TIO_BACKEND.EXPORT.MANAGE_OWN']
const STANDARD = [
  ...SCAN_OPERATOR,
  'TIO_BACKEND.SCAN.DELETE',
  'TIO_BACKEND.DASHBOARD.MANAGE',
  'TIO_BACKEND.DASHBOARD.SHARE',
  'TIO_BACKEND.RECAST_RULE.READ'
]
const SCAN_MANAGER = [...STANDARD, 'TIO_BACKEND.RECAST_RULE.MANAGE']

/** Role level → name and the privilege strings it carries. */
export const TENABLE_VM_ROLES = {
  16: { name: 'Basic', privileges: BASIC },
  24: { name: 'Scan Operator', privileges: SCAN_OPERATOR },
  32: { name: 'Standard', privileges: STANDARD },
  40: { name: 'Scan Manager', privileges: SCAN_MANAGER },
  64: { name: 'Administrator', privileges: RECORDED_ADMINISTRATOR_PRIVILEGES }
}

const USERS = [
  { account: 'admin', id: 2263447, email: 'ada.admin@acme.example', name: 'Ada Admin', level: 64 },
  {
    account: 'scanManager',
    id: 2263448,
    email: 'max.manager@acme.example',
    name: 'Max Manager',
    level: 40
  },
  {
    account: 'standard',
    id: 2263449,
    email: 'stan.standard@acme.example',
    name: 'Stan Standard',
    level: 32
  },
  {
    account: 'scanOperator',
    id: 2263450,
    email: 'oli.operator@acme.example',
    name: 'Oli Operator',
    level: 24
  },
  { account: 'basic', id: 2263451, email: 'bea.basic@acme.example', name: 'Bea Basic', level: 16 },
  {
    account: 'disabled',
    id: 2263452,
    email: 'dan.disabled@acme.example',
    name: 'Dan Disabled',
    level: 32,
    enabled: false
  },
  {
    account: 'deletedContainer',
    id: 1180023,
    email: 'olive.old@acme.example',
    name: 'Olive Old',
    level: 64,
    container: DELETED_CONTAINER,
    blacklisted: true
  }
].map((user) => ({
  enabled: true,
  container: CONTAINER,
  ...user,
  accessKey: hex64(`${user.account}:access`),
  secretKey: hex64(`${user.account}:secret`)
}))

const NOTES = {
  disabled: 'a disabled user: GET /session answers 200 with enabled: false (assumed)',
  deletedContainer:
    'its container was deleted: 401 plain text "…has been blacklisted." with X-Path-Handler: blacklisted'
}

export const tenableVm = {
  id: 'tenable-vm',
  create() {
    const accounts = Object.fromEntries(
      USERS.map((user) => [
        user.account,
        {
          accessKey: user.accessKey,
          secretKey: user.secretKey,
          username: user.email,
          permissions: user.level,
          role: TENABLE_VM_ROLES[user.level].name,
          ...(NOTES[user.account] ? { note: NOTES[user.account] } : {})
        }
      ])
    )
    accounts.unknownKey = {
      accessKey: hex64('nobody:access'),
      secretKey: hex64('nobody:secret'),
      note: 'well-formed keys that belong to nobody: 401 JSON Invalid Credentials'
    }
    return { id: 'tenable-vm', accounts, handle }
  }
}

function handle(request, send) {
  const headers = { 'content-type': JSON_TYPE, 'x-request-uuid': randomUUID().replace(/-/g, '') }
  const reply = (status, body, extra = {}) => send(status, body, { ...headers, ...extra })

  const keys = parseApiKeys(request.headers['x-apikeys'])
  const user =
    keys &&
    /^[0-9a-f]{64}$/.test(keys.accessKey) &&
    /^[0-9a-f]{64}$/.test(keys.secretKey) &&
    USERS.find((u) => u.accessKey === keys.accessKey && u.secretKey === keys.secretKey)
  if (!user) return reply(401, INVALID_CREDENTIALS)
  if (user.blacklisted) {
    return reply(401, BLACKLISTED, {
      'content-type': 'application/octet-stream',
      'x-path-handler': 'blacklisted'
    })
  }
  const path = request.path.replace(/\?.*$/, '')
  if (path === '/session' && request.method === 'GET') return reply(200, session(user))
  return reply(404, NOT_FOUND)
}

/**
 * `accessKey=AK; secretKey=SK;` (docs), `accessKey=AK;secretKey=SK` (pyTenable): parameters split on
 * `;`, spaces around them ignored, names matched without regard to case.
 * @param {string | string[] | undefined} value
 */
function parseApiKeys(value) {
  if (typeof value !== 'string') return undefined
  const params = {}
  for (const part of value.split(';')) {
    if (!part.trim()) continue
    const eq = part.indexOf('=')
    if (eq < 0) return undefined
    params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim()
  }
  const { accesskey: accessKey, secretkey: secretKey } = params
  return accessKey && secretKey ? { accessKey, secretKey } : undefined
}

/** The 2023 recorded shape of GET /session, for one sandbox user. */
function session(user) {
  const uuid = `${user.id.toString(16).padStart(8, '0')}-7c1d-4e2a-9f3b-5a6c7d8e9f01`
  const lastLogin = Date.now() - 3_600_000
  const { container } = user
  return {
    id: user.id,
    uuid,
    uuid_id: uuid,
    username: user.email,
    user_name: user.email,
    email: user.email,
    name: user.name,
    type: 'local',
    permissions: user.level,
    user_permissions: TENABLE_VM_ROLES[user.level].privileges,
    // A few of the recorded keys: preference values are strings, features booleans.
    preferences: { enableExplore: 'true', enableVMWorkbench: 'false' },
    enabled: user.enabled,
    last_login_attempt: lastLogin,
    login_fail_count: 0,
    login_fail_total: 0,
    container_id: container.container_id,
    container_uuid: container.container_uuid,
    container_name: container.container_name,
    container_type: container.container_type,
    container_domains: container.container_domains,
    features: { access_groups: true, rbac: true, recast_rules: true, tagging: true },
    apps: {
      pci: 'standard',
      consec: 'standard',
      was: 'standard',
      lumin: 'standard',
      cns: 'standard',
      asm: 'standard',
      one: 'enterprise'
    },
    group_uuids: ['5e1f9a2b-0000-4000-8000-000000000000'],
    groups: [
      {
        uuid: '5e1f9a2b-0000-4000-8000-000000000000',
        immutable: true,
        membership_fixed: true,
        name: 'All Users',
        id: 0,
        container_uuid: container.container_uuid
      }
    ],
    lastlogin: lastLogin
  }
}
