// Tenable Nessus fake (Manager by default; Professional or Expert with the `nessus-professional` /
// `nessus-expert` switches, and a server that refuses every call with `nessus-412`): API keys in
// X-ApiKeys, or a session (POST /session with {username, password} → {token}, then
// `X-Cookie: token=<token>`, ended by DELETE /session); identity by GET /session; the edition by
// GET /server/properties. Reachable under /_vendor/nessus only (its routes collide with Tenable VM).
// Real servers listen on HTTPS port 8834 with a self-signed certificate; the sandbox's HTTPS
// listener plays that part.
//
// From public sources (vendors-next §2.2 "7. Tenable Nessus"):
//   - X-ApiKeys as Tenable VM, keys of 64 hex characters each;
//   - the GET /session fields {lockout, connectors, whatsnew, container_id, groups, whatsnew_version,
//     lastlogin, permissions, type, name, email, username, id} (a Go client's test data, not a
//     recording); `permissions` 16 Basic, 32 Standard, 64 Administrator, 128 System Administrator;
//   - bad username or password: 401 {"error":"Invalid Credentials"} (recorded in a client's issue);
//   - Professional and Expert: 412 {"error":"API is not available"} (recorded on scan create and
//     launch, while GET /scans answered 200: seccubus/seccubus#631; the maintainers of pyTenable
//     say the scan launch APIs are not available there, #757 and #840). With the edition switches,
//     GET /session answers and POST /scans and POST /scans/{id}/launch answer that 412; the fake
//     models no other scan call;
//   - GET /server/properties names the edition in `nessus_type` ("Nessus Professional", "Nessus
//     Expert", "Nessus Manager", as client code reads it) and is answered without authentication
//     too (a third party's probe); its other fields follow a client's documented schema, values
//     invented;
//   - a path outside the API answers 404 {"error":"The requested file was not found."} before any
//     credential is looked at: pyTenable#471 (labelled Nessus; the server answered the Nessus
//     /scans/{id}/export) quotes that answer to an unauthenticated GET /rest/system. So a url with
//     an extra path, such as `https://host:8834/ui`, gets 404 at `/ui/session`, not a 401 that
//     would blame the password.
// Assumed, with no recording behind it:
//   - which paths are the API: the resources pyTenable's Nessus client calls (API_RESOURCES); any
//     method on another path gets the 404, and a path under those resources needs credentials;
//   - a bad or ended session token, and wrong or malformed API keys, get the same 401 body as a bad
//     password;
//   - the session token is 48 hex characters, and DELETE /session answers 200 with an empty body;
//   - with `nessus-412`, every authenticated call answers 412, GET /session included: only scan
//     create and launch were seen, and the switch exists to test a client's handling of the 412;
//   - when both X-ApiKeys and X-Cookie are sent, the keys decide;
//   - keys must be 64 lower-case hex characters (upper-case hex is refused like a wrong key), and
//     the key parameter names are matched without regard to case, as assumed for Tenable VM;
//   - POST /session reads its body as JSON whatever the Content-Type; GET /server/status's body.
import { createHash, randomBytes } from 'node:crypto'

/** Edition switch → `nessus_type`; without one the server is a Manager. */
const EDITIONS = {
  'nessus-professional': 'Nessus Professional',
  'nessus-expert': 'Nessus Expert',
  'nessus-412': 'Nessus Professional'
}
const MANAGER = 'Nessus Manager'
/** Scan-launching calls, refused by the restricted editions. */
const LAUNCH = /^\/scans(\/\d+\/launch)?$/

/** The first path segment of every resource pyTenable's Nessus client calls (its `_path`s). */
const API_RESOURCES = new Set([
  'agent-groups',
  'agents',
  'editor',
  'file',
  'folders',
  'groups',
  'permissions',
  'plugin-rules',
  'plugins',
  'policies',
  'scanners',
  'scans',
  'server',
  'session',
  'settings',
  'tokens',
  'users'
])

const INVALID_CREDENTIALS = { error: 'Invalid Credentials' }
const NOT_FOUND = { error: 'The requested file was not found.' }
const API_NOT_AVAILABLE = { error: 'API is not available' }
const JSON_TYPE = 'application/json'

/** Level → role name. */
export const NESSUS_ROLES = {
  16: 'Basic',
  32: 'Standard',
  64: 'Administrator',
  128: 'System Administrator'
}

const hex64 = (seed) => createHash('sha256').update(`nessus-sandbox:${seed}`).digest('hex')

const USERS = [
  { account: 'sysadmin', id: 1, username: 'root', name: 'Root Sysadmin', level: 128 },
  { account: 'admin', id: 2, username: 'ada', name: 'Ada Admin', level: 64 },
  { account: 'standard', id: 3, username: 'stan', name: 'Stan Standard', level: 32 },
  { account: 'basic', id: 4, username: 'bea', name: 'Bea Basic', level: 16 }
].map((user) => ({
  ...user,
  email: `${user.username}@acme.example`,
  password: `sandbox-${user.username}-password`,
  accessKey: hex64(`${user.account}:access`),
  secretKey: hex64(`${user.account}:secret`)
}))

export const nessus = {
  id: 'nessus',
  /** Fault switches this fake reads from `request.faults` itself; the sandbox lists them. */
  faults: {
    'nessus-412':
      'Nessus only: the server refuses every authenticated API call, GET /session included, with 412 {"error":"API is not available"}',
    'nessus-professional':
      'Nessus only: the server is Nessus Professional: GET /session answers, GET /server/properties says so, and scan launches (POST /scans, POST /scans/{id}/launch) answer 412 {"error":"API is not available"}',
    'nessus-expert': 'Nessus only: as nessus-professional, for Nessus Expert'
  },
  create() {
    /** Live session tokens → username. */
    const sessions = new Map()
    const accounts = Object.fromEntries(
      USERS.map((user) => [
        user.account,
        {
          username: user.username,
          password: user.password,
          accessKey: user.accessKey,
          secretKey: user.secretKey,
          permissions: user.level,
          role: NESSUS_ROLES[user.level]
        }
      ])
    )
    accounts.unknownKey = {
      accessKey: hex64('nobody:access'),
      secretKey: hex64('nobody:secret'),
      note: 'well-formed keys that belong to nobody: 401 {"error":"Invalid Credentials"}'
    }
    return {
      id: 'nessus',
      accounts,
      sessions,
      reset: () => sessions.clear(),
      handle: (request, send) => handle(request, send, sessions)
    }
  }
}

function handle(request, send, sessions) {
  const reply = (status, body) => send(status, body, { 'content-type': JSON_TYPE })
  const path = request.path.replace(/\?.*$/, '')
  const refusesAll = request.faults.includes('nessus-412')
  const switched = request.faults.find((fault) => fault in EDITIONS)
  const edition = switched ? EDITIONS[switched] : MANAGER

  if (!API_RESOURCES.has(path.split('/')[1] ?? '')) return reply(404, NOT_FOUND)
  if (path === '/server/status' && request.method === 'GET')
    return reply(200, { code: 200, progress: null, status: 'ready' })
  if (path === '/server/properties' && request.method === 'GET' && !refusesAll)
    return reply(200, serverProperties(edition))

  if (path === '/session' && request.method === 'POST') {
    const body = request.json ?? {}
    const user = USERS.find((u) => u.username === body.username)
    if (!user || user.password !== body.password) return reply(401, INVALID_CREDENTIALS)
    const token = randomBytes(24).toString('hex')
    sessions.set(token, user.username)
    return reply(200, { token })
  }

  const auth = authenticate(request, sessions)
  if (!auth) return reply(401, INVALID_CREDENTIALS)
  if (refusesAll) return reply(412, API_NOT_AVAILABLE)
  if (edition !== MANAGER && request.method === 'POST' && LAUNCH.test(path))
    return reply(412, API_NOT_AVAILABLE)

  if (path === '/session' && request.method === 'GET') return reply(200, session(auth.user))
  if (path === '/session' && request.method === 'DELETE') {
    if (auth.token) sessions.delete(auth.token)
    return send(200, '', { 'content-type': JSON_TYPE })
  }
  return reply(404, NOT_FOUND)
}

/** The user behind X-ApiKeys, or behind `X-Cookie: token=…`; undefined when neither holds. */
function authenticate(request, sessions) {
  const apiKeys = request.headers['x-apikeys']
  if (typeof apiKeys === 'string') {
    const keys = parseApiKeys(apiKeys)
    if (!keys || !/^[0-9a-f]{64}$/.test(keys.accessKey) || !/^[0-9a-f]{64}$/.test(keys.secretKey))
      return undefined
    const user = USERS.find((u) => u.accessKey === keys.accessKey && u.secretKey === keys.secretKey)
    return user ? { user } : undefined
  }
  const cookie = /(?:^|;\s*)token=([0-9a-f]+)\s*(?:;|$)/.exec(
    String(request.headers['x-cookie'] ?? '')
  )
  const username = cookie ? sessions.get(cookie[1]) : undefined
  const user = username && USERS.find((u) => u.username === username)
  return user ? { user, token: cookie[1] } : undefined
}

/** `accessKey=AK; secretKey=SK;`, spacing and parameter-name case tolerated as on Tenable VM. */
function parseApiKeys(value) {
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

/** GET /server/properties: `nessus_type` names the edition. */
function serverProperties(edition) {
  const manager = edition === MANAGER
  return {
    nessus_type: edition,
    nessus_ui_version: '10.8.3',
    nessus_ui_build: '20',
    server_version: '10.8.3',
    server_build: '20010',
    server_uuid: 'b3f1c0de-5a4d-4c3b-9e2f-sandbox00001',
    plugin_set: '202412010000',
    loaded_plugin_set: '202412010000',
    license: { expiration_date: 1893456000, ips: manager ? 1024 : 16, scanners: manager ? 10 : 0 },
    login_banner: null,
    notifications: []
  }
}

function session(user) {
  return {
    lockout: 0,
    connectors: null,
    whatsnew: true,
    container_id: 0,
    groups: null,
    whatsnew_version: '10.8.0',
    lastlogin: Math.floor(Date.now() / 1000) - 3600,
    permissions: user.level,
    type: 'local',
    name: user.name,
    email: user.email,
    username: user.username,
    id: user.id
  }
}
