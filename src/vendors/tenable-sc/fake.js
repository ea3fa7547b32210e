// Tenable.sc fake: API keys (x-apikey) and username/password sessions (POST /rest/token, then
// X-SecurityCenter plus the TNS_SESSIONID cookie), answering with the real /rest envelope.
//
// What it copies from recorded servers rather than from the docs (shared vendor notes §2):
//   - error bodies are JSON labelled `Content-Type: text/html; charset=UTF-8`;
//   - the session token is a JSON number, and POST /rest/token re-issues TNS_SESSIONID;
//   - a stale or foreign token (or a token without its cookie) is 403 with error_code 12;
//   - bad API keys are 403 with error_code 0, an empty error_msg and `response: ""` (the 5.20-era
//     recording); the `keys-400` switch answers them with 400 instead, as the docs list;
//   - a bad password gets error_code 161 "Invalid login credentials\n" and `response: []` (body
//     recorded); the HTTP status 403 sent with it is ASSUMED: the capture did not keep the status.
//     Answering 161 for a locked user is assumed too;
//   - at the session limit, POST /rest/token answers error_code 0 with `{"releaseSession":true}`;
//   - a successful login sets TNS_SESSIONID twice with different values (5.22, as PHP's
//     session_start() then session_regenerate_id()); only the last one opens the session;
//   - every answer carries `Vary: x-apikey` (5.18 and 5.22 recordings), not only the refusals.
// Real installs serve HTTPS only, with a self-signed certificate: a plain-HTTP request is redirected
// to https:// on the default port, as the Apache in front of Tenable.sc does (the redirect is
// assumed: no recording shows a plain-HTTP request).
// Also ASSUMED, with no recording or doc behind it:
//   - the body of the documented 400s (token and keys together, key auth disabled): the docs give
//     only the status; here the envelope with error_code 0, empty error_msg, `response: ""`;
//   - a /rest call with neither keys nor a token, and DELETE /rest/token without a session, get the
//     invalid-token 403 (error_code 12) recorded for a stale token;
//   - both key spellings (`accesskey=…; secretkey=…;` of the docs, `accessKey=…; secretKey=…` of
//     pyTenable) authenticate: both ship in maintained clients, none seen succeeding (vendors.md §1);
//   - POST /rest/token reads the body as JSON whatever its Content-Type;
//   - an unknown /rest path after authentication answers the non-envelope 404 that pyTenable#471
//     quotes for a wrong path outside the API.
//
// Switches, selectable per request by a path prefix (several joined by commas):
//   /_sc/keys-disabled/rest/...   API key authentication is disabled in the configuration (400)
//   /_sc/keys-400/rest/...        invalid keys answer 400 (documented) instead of 403 (recorded)
//   /_sc/session-timeout/rest/... sessions time out at once: the token just issued is already stale
// and globally with fake.setApiKeysEnabled(false).
import { randomBytes, randomInt } from 'node:crypto'
import { REGENERATED, ROLES, USERS } from './fake-accounts.js'

const ERROR_TYPE = 'text/html; charset=UTF-8'
const INVALID_TOKEN = 'This request contains an invalid token.'
const INVALID_LOGIN = 'Invalid login credentials\n'
/** Switches selected by a /_sc/<name> path prefix; the sandbox banner lists them. */
export const TENABLE_SC_SWITCHES = {
  'keys-disabled': 'API key authentication is disabled in the configuration (400)',
  'keys-400': 'invalid keys answer 400 (documented) instead of 403 (recorded)',
  'session-timeout': 'sessions time out at once: the token just issued is already stale'
}
const SWITCHES = Object.keys(TENABLE_SC_SWITCHES)

const DEFAULT_FIELDS = ['username', 'firstname', 'lastname', 'status']

export const tenableSc = {
  id: 'tenable-sc',
  // It predates the sandbox's /_vendor/ prefix and also answers paths without one.
  unprefixed: true,
  switches: {
    title: 'Tenable.sc switches (a path prefix before /rest, e.g. /_sc/keys-400/rest/...)',
    names: TENABLE_SC_SWITCHES
  },
  create() {
    /** Live sessions by token (a number): { token, cookie, username, created }. */
    const sessions = new Map()
    const state = { apiKeysEnabled: true }
    const seed = () => {
      sessions.clear()
      state.apiKeysEnabled = true
      for (const user of USERS) {
        for (let i = 0; i < (user.openSessions ?? 0); i++) open(sessions, user, newCookie())
      }
    }
    seed()
    const accounts = Object.fromEntries(
      USERS.map((user) => [
        user.account,
        {
          username: user.username,
          password: user.password,
          accessKey: user.accessKey,
          secretKey: user.secretKey,
          role: ROLES[user.role].name,
          roleId: user.role,
          organization: user.organization.name,
          ...(user.locked
            ? { note: 'locked after too many failed logins: every login fails' }
            : {}),
          ...(user.maxSessions === 1
            ? { note: 'already holds its only session: needs release-session: true' }
            : {})
        }
      ])
    )
    accounts.regenerated = {
      username: 'sam.manager',
      ...REGENERATED,
      note: "the manager's previous key pair, since regenerated: rejected"
    }
    return {
      id: 'tenable-sc',
      accounts,
      sessions,
      setApiKeysEnabled(enabled) {
        state.apiKeysEnabled = Boolean(enabled)
      },
      reset: seed,
      handle: (request, send) => handle(request, send, sessions, state)
    }
  }
}

function handle(request, sendAnswer, sessions, state) {
  const send = (status, payload, headers = {}) =>
    sendAnswer(status, payload, { vary: 'x-apikey', ...headers })
  const match = /^(?:\/_sc\/([^/]+))?(\/rest\/[^?]*)(\?.*)?$/.exec(request.path)
  if (!match) return false
  const switches = match[1] ? match[1].split(',') : []
  const unknown = switches.find((name) => !SWITCHES.includes(name))
  if (unknown)
    return send(400, { sandbox: `unknown Tenable.sc switch "${unknown}"`, switches: SWITCHES })
  const path = match[2]
  const options = {
    keysEnabled: state.apiKeysEnabled && !switches.includes('keys-disabled'),
    badKeyStatus: switches.includes('keys-400') ? 400 : 403,
    sessionTimeout: switches.includes('session-timeout')
  }

  if (!request.secure) {
    const host = String(request.headers.host ?? 'localhost').replace(/:\d+$/, '')
    return send(301, '', { location: `https://${host}${request.path}`, 'content-type': ERROR_TYPE })
  }

  const reply = (status, response, errorCode = 0, errorMsg = '', headers = {}) =>
    send(status, envelope(response, errorCode, errorMsg), {
      'content-type': status === 200 && errorCode === 0 ? 'application/json' : ERROR_TYPE,
      ...headers
    })

  if (path === '/rest/token' && request.method === 'POST')
    return answerLogin(request, reply, sessions, options)
  if (path === '/rest/system' && request.method === 'GET') {
    // Unauthenticated; from 5.20 on it no longer returns the version.
    return reply(
      200,
      { buildID: '202401010000', uuid: 'sandbox', releaseID: '', logo: '' },
      0,
      '',
      {
        'set-cookie': cookieHeader(newCookie())
      }
    )
  }

  const auth = authenticate(request, sessions, options)
  if (auth.failure) return reply(...auth.failure)
  const { user, session } = auth

  if (path === '/rest/token' && request.method === 'DELETE') {
    if (!session) return reply(403, '', 12, INVALID_TOKEN)
    sessions.delete(session.token)
    return reply(200, '')
  }
  if (path === '/rest/currentUser' && request.method === 'GET') {
    return reply(200, currentUser(user, request.query.get('fields')))
  }
  return send(404, { error: 'The requested file was not found.' }, { 'content-type': ERROR_TYPE })
}

/** Who the request is, by API keys or by session token + cookie; or the envelope of the refusal. */
function authenticate(request, sessions, options) {
  const apiKey = request.headers['x-apikey']
  const token = request.headers['x-securitycenter']
  // Docs: "400 Returned if your request specified both an authentication token and API keys."
  if (apiKey !== undefined && token !== undefined) return { failure: [400, '', 0, ''] }

  if (apiKey !== undefined) {
    if (!options.keysEnabled) return { failure: [400, '', 0, ''] }
    const keys = parseApiKeyHeader(String(apiKey))
    const user =
      keys &&
      keys.accessKey.length + keys.secretKey.length === 64 &&
      USERS.find((u) => u.accessKey === keys.accessKey)
    if (!user || user.secretKey !== keys.secretKey || user.locked) {
      return { failure: [options.badKeyStatus, '', 0, ''] }
    }
    return { user }
  }

  if (token !== undefined) {
    const session = sessions.get(Number(token))
    const cookie = readCookie(request.headers.cookie)
    if (!session || session.cookie !== cookie) return { failure: [403, '', 12, INVALID_TOKEN] }
    return { user: USERS.find((u) => u.username === session.username), session }
  }
  return { failure: [403, '', 12, INVALID_TOKEN] }
}

function answerLogin(request, reply, sessions, options) {
  const body = request.json ?? {}
  const user = USERS.find((u) => u.username === body.username)
  // Whatever the outcome, the answer carries a fresh session cookie.
  const cookie = newCookie()
  const cookieHeaders = { 'set-cookie': cookieHeader(cookie) }
  if (!user || user.password !== body.password || user.locked) {
    return reply(403, [], 161, INVALID_LOGIN, cookieHeaders)
  }
  const held = [...sessions.values()].filter((s) => s.username === user.username)
  if (held.length >= user.maxSessions) {
    const release = body.releaseSession === true || body.releaseSession === 'true'
    if (!release) return reply(200, { releaseSession: true }, 0, '', cookieHeaders)
    held.sort((a, b) => a.created - b.created)
    for (const old of held.slice(0, held.length - user.maxSessions + 1)) sessions.delete(old.token)
  }
  const session = open(sessions, user, cookie)
  if (options.sessionTimeout) sessions.delete(session.token)
  // Two cookies, as 5.22 sends them: a client must keep the last, the first opens nothing.
  cookieHeaders['set-cookie'] = [...cookieHeader(newCookie()), ...cookieHeader(cookie)]
  return reply(
    200,
    {
      lastLogin: String(Math.floor(Date.now() / 1000) - 3600),
      lastLoginIP: '127.0.0.1',
      failedLogins: '0',
      failedLoginIP: 'N/A',
      lastFailedLogin: null,
      token: session.token,
      unassociatedCert: 'false'
    },
    0,
    '',
    cookieHeaders
  )
}

let sequence = 0
function open(sessions, user, cookie) {
  let token
  do token = randomInt(1_000_000_000, 2_147_483_647)
  while (sessions.has(token))
  const session = { token, cookie, username: user.username, created: ++sequence }
  sessions.set(token, session)
  return session
}

function currentUser(user, fieldsParam) {
  const record = {
    id: user.id,
    uuid: `00000000-0000-4000-8000-${user.id.padStart(12, '0')}`,
    username: user.username,
    firstname: user.firstname,
    lastname: user.lastname,
    status: '0',
    email: user.email,
    title: '',
    authType: 'tns',
    locked: user.locked ? 'true' : 'false',
    failedLogins: '0',
    role: ROLES[user.role],
    organization: user.organization,
    orgName: user.organization.name,
    mustChangePassword: 'false',
    ldap: { id: -1, name: '', description: '' }
  }
  // The docs return group and responsibleAsset only for users that are not Administrators.
  if (user.role !== '1') {
    record.group = user.group
    record.responsibleAsset = { id: -1, name: '', description: '' }
  }
  const fields = fieldsParam ? fieldsParam.split(',').map((f) => f.trim()) : DEFAULT_FIELDS
  const result = { id: record.id }
  for (const field of fields) if (field in record) result[field] = record[field]
  return result
}

/** `accesskey=AK; secretkey=SK;` (docs, palantir) or `accessKey=AK; secretKey=SK` (pyTenable). */
export function parseApiKeyHeader(value) {
  const params = {}
  for (const part of value.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) {
      if (part.trim()) return undefined
      continue
    }
    params[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  const accessKey = params.accesskey ?? params.accessKey
  const secretKey = params.secretkey ?? params.secretKey
  return accessKey && secretKey ? { accessKey, secretKey } : undefined
}

function envelope(response, errorCode, errorMsg) {
  return {
    type: 'regular',
    response,
    error_code: errorCode,
    error_msg: errorMsg,
    warnings: [],
    timestamp: Math.floor(Date.now() / 1000)
  }
}

function newCookie() {
  return randomBytes(16).toString('hex')
}

function cookieHeader(value) {
  return [`TNS_SESSIONID=${value}; path=/; secure; HttpOnly; SameSite=Strict`]
}

function readCookie(header) {
  const match = /(?:^|;\s*)TNS_SESSIONID=([^;]*)/.exec(String(header ?? ''))
  return match ? match[1] : undefined
}
