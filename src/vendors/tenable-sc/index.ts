/**
 * Tenable.sc (Security Center), always on-premises. Two credential modes:
 *   - API keys (5.13+): `x-apikey: accesskey=AK; secretkey=SK;`, verified with one
 *     GET /rest/currentUser;
 *   - a session: POST /rest/token, then X-SecurityCenter: <token> plus the TNS_SESSIONID cookie on
 *     every later request, ended by DELETE /rest/token in the post step.
 * Every /rest answer is an envelope { type, response, error_code, error_msg, warnings, timestamp };
 * HTTP 200 alone proves nothing, and errors arrive as 400 or 403 with JSON labelled text/html.
 * Sources: shared vendor notes §2 and decisions 4-9, Tenable's "API Key Authorization" and
 * "Token" pages, pyTenable's recorded cassettes.
 */
import {
  ActionFailure,
  explainCommonStatus,
  statusFailure,
  type Diagnosis,
  type Explanation
} from '../../core/failure.js'
import { notJsonFailure, parseJson, type HttpResponse } from '../../net/client.js'
import type { Identity } from '../../core/identity.js'
import { parseBooleanInput, type Plan } from '../../plan/index.js'
import { cookieValue, decimalToken } from './grammar.js'
import { bool, firstText, isObject, text, type Json } from '../../kit/parse.js'
import type { LoginResult, SessionContext, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Tenable.sc'
const TOKEN_PATH = '/rest/token'
export const CURRENT_USER_FIELDS = [
  'id',
  'username',
  'firstname',
  'lastname',
  'email',
  'role',
  'organization',
  // Older releases name the organization only through orgName.
  'orgName',
  'group',
  'authType',
  'status'
]
const CURRENT_USER_PATH = `/rest/currentUser?fields=${CURRENT_USER_FIELDS.join(',')}`
const COOKIE_NAME = 'TNS_SESSIONID'
/** Tenable.sc keys are 32 + 32 characters; the server rejects any pair whose lengths do not add up. */
const COMBINED_KEY_LENGTH = 64
const TYPICAL_KEY_LENGTH = 32

/** error_code values with a known meaning (recorded by pyTenable and other public captures). */
const INVALID_TOKEN = 12
const DOES_NOT_EXIST = new Set([146, 147])
const INVALID_LOGIN = 161

/** The documented reasons for refusing API keys (400), which a 5.20-era server answers with 403. */
const KEYS_REJECTED: Explanation = {
  causes: [
    'API key authentication is disabled in the Tenable.sc configuration (an administrator enables it under System > Configuration > Security, "Allow API Keys")',
    'the keys were deleted or regenerated (generating new keys replaces the old pair), or come from another Tenable.sc',
    'the secret key does not belong to that access key (the two swapped, or taken from different pairs)',
    'the user is locked after too many failed logins',
    "the user's role does not allow the request (insufficient role)",
    'the request carried both a session token and API keys (a proxy or default header adding X-SecurityCenter)',
    'the server is older than Tenable.sc 5.13, which has no API keys'
  ],
  fix: 'put the current pair from the user\'s "Generate API Keys" into the secrets behind the access-key and secret-key inputs (or TSC_ACCESS_KEY / TSC_SECRET_KEY), and ask a Tenable.sc administrator to allow API keys and to unlock the user if needed.'
}

const LOGIN_REJECTED: Explanation = {
  causes: [
    'the username or password is wrong (both are case-sensitive)',
    'the user is locked after too many failed logins',
    'the user signs in through SAML or a certificate, which POST /rest/token does not accept'
  ],
  fix: 'check the secrets behind the username and password inputs, ask a Tenable.sc administrator to unlock the user, or use API keys (access-key + secret-key), which Tenable recommends for automation.'
}

const SESSION_LIMIT: Explanation = {
  causes: [
    'other jobs, scripts or browser logins of this user hold all of its sessions',
    'earlier runs with logout: false (or that were killed) left their sessions open'
  ],
  fix: 'set release-session: true to end the oldest session of this user, keep logout: true so each run ends its own session, or use API keys (access-key + secret-key), which open no session.'
}

const TOKEN_REFUSED: Explanation = {
  causes: [
    'the TNS_SESSIONID cookie that came with the token did not reach the server (a proxy that strips cookies, or a load balancer sending the requests to different nodes)',
    'the session ended in between: another login of the same user with releaseSession, an administrator, or the session timeout'
  ],
  fix: 'run the step again; if it keeps failing, let the url input point at the Tenable.sc server directly rather than through a proxy, or use API keys (access-key + secret-key).'
}

const USER_GONE: Explanation = {
  causes: [
    'the user behind the credentials was deleted or moved while the credentials were in use'
  ],
  fix: 'ask a Tenable.sc administrator whether the user still exists, and update the credential inputs.'
}

/** The /rest envelope, read tolerantly; `undefined` when the body is not one. */
export interface Envelope {
  response: unknown
  errorCode: number | undefined
  errorMsg: string
}

export const tenableSc: Vendor = {
  id: 'tenable-sc',
  name: NAME,
  location: { urlExample: 'https://sc.example.com' },
  modes: [
    { id: 'api-key', inputs: ['access-key', 'secret-key'] },
    { id: 'session', inputs: ['username', 'password'] }
  ],
  credentialEnv: { 'access-key': ['TSC_ACCESS_KEY'], 'secret-key': ['TSC_SECRET_KEY'] },
  options: [{ input: 'release-session' }],
  roles: { kind: 'names' },
  permissions: {
    kind: 'none',
    reason:
      'Tenable.sc reports only the user\'s role, not individual permissions. Use required-roles instead, with the role name or id (e.g. "Security Manager" or "2").'
  },

  validate(plan) {
    releaseSession(plan)
    if (plan.authMode === 'api-key') {
      validateKeys(plan.credentials['access-key'] ?? '', plan.credentials['secret-key'] ?? '')
      return releaseSession(plan)
        ? ['release-session applies only to username/password sessions; API keys open no session.']
        : []
    }
    return []
  },

  async login(context: VendorContext): Promise<LoginResult> {
    return context.plan.authMode === 'session' ? loginWithSession(context) : loginWithKeys(context)
  },

  async logout(context: SessionContext, session: Record<string, string>): Promise<void> {
    const headers = sessionHeaders(context, session.token ?? '', session.cookie ?? '')
    const response = await context.http.request({ method: 'DELETE', path: TOKEN_PATH, headers })
    const envelope = readEnvelope(response.body)
    if (response.status === 200 && envelope?.errorCode === 0) return
    throw envelopeFailure(response, envelope, context.redact, {
      headline:
        envelope?.errorCode === INVALID_TOKEN
          ? 'the session was not ended: the server no longer knew it'
          : 'the session was not ended',
      ...{
        causes:
          envelope?.errorCode === INVALID_TOKEN
            ? [
                'it had already ended (session timeout, another login with releaseSession, or an administrator)'
              ]
            : ['the server refused or failed the logout'],
        fix: 'nothing to do for this job; if sessions pile up, the user can end them in the Tenable.sc web interface.'
      }
    })
  }
}

/** The release-session input: false unless set, and only meaningful for sessions. */
function releaseSession(plan: Plan): boolean {
  return parseBooleanInput('release-session', plan.options['release-session'] ?? '', false)
}

/** Rejects keys the server would refuse anyway, saying which input looks wrong. */
export function validateKeys(accessKey: string, secretKey: string): void {
  if (accessKey.length + secretKey.length === COMBINED_KEY_LENGTH) return
  const wrong = [
    ...(accessKey.length !== TYPICAL_KEY_LENGTH
      ? [`access-key (${accessKey.length} characters)`]
      : []),
    ...(secretKey.length !== TYPICAL_KEY_LENGTH
      ? [`secret-key (${secretKey.length} characters)`]
      : [])
  ]
  const suspicious = [accessKey, secretKey].some((key) => /[\s"'`;]/.test(key))
  throw new ActionFailure(
    [
      `Tenable.sc API keys must have a combined length of ${COMBINED_KEY_LENGTH} characters (32 + 32); these have ${accessKey.length + secretKey.length}, so Tenable.sc would reject them.`,
      `The input that looks wrong: ${wrong.join(' and ')}.`,
      `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (one of the keys contains such a character)' : ''}, or the two keys pasted into one secret.`,
      'Fix: copy the keys again from "Generate API Keys" in Tenable.sc into the secrets behind the access-key and secret-key inputs (or TSC_ACCESS_KEY / TSC_SECRET_KEY).'
    ].join('\n')
  )
}

async function loginWithKeys(context: VendorContext): Promise<LoginResult> {
  const { plan, http } = context
  const accessKey = plan.credentials['access-key']!
  const secretKey = plan.credentials['secret-key']!
  const headerValue = `accesskey=${accessKey}; secretkey=${secretKey};`
  context.mask(headerValue)
  const response = await http.request({
    method: 'GET',
    path: CURRENT_USER_PATH,
    headers: { 'x-apikey': headerValue }
  })
  const identity = verifiedIdentity(response, context.redact, 'api-key')
  return {
    identity,
    authHeader: `x-apikey: ${headerValue}`,
    env: { TSC_URL: plan.url, TSC_ACCESS_KEY: accessKey, TSC_SECRET_KEY: secretKey }
  }
}

async function loginWithSession(context: VendorContext): Promise<LoginResult> {
  const { plan, http } = context
  const response = await http.request({
    method: 'POST',
    path: TOKEN_PATH,
    // A login opens a session: never sent twice once it may have reached the server.
    creates: true,
    json: {
      username: plan.credentials.username,
      password: plan.credentials.password,
      releaseSession: releaseSession(plan)
    }
  })
  const envelope = readEnvelope(response.body)
  const issued = isObject(envelope?.response) ? envelope.response.token : undefined
  if (!(response.status === 200 && envelope?.errorCode === 0 && text(issued))) {
    throw tokenFailure(response, envelope, plan, context.redact)
  }
  // Checked against their grammar before they are masked or used: a malformed "token" from a
  // hostile server must neither reach a later step's shell nor register a mask that blanks the log.
  const token = decimalToken(
    issued,
    `${NAME}: the session token in the answer of POST ${TOKEN_PATH}`
  )
  context.mask(token)
  let cookie = sessionCookie(context, response)

  let identityResponse: HttpResponse
  try {
    identityResponse = await http.request({
      method: 'GET',
      path: CURRENT_USER_PATH,
      headers: sessionHeaders(context, token, cookie)
    })
    cookie = sessionCookie(context, identityResponse) || cookie
    const identity = verifiedIdentity(identityResponse, context.redact, 'session')
    const cookieLine = cookie ? `${COOKIE_NAME}=${cookie}` : ''
    return {
      identity,
      authHeader: `X-SecurityCenter: ${token}`,
      token,
      cookie: cookieLine,
      env: { TSC_URL: plan.url, TSC_TOKEN: token, TSC_SESSION_COOKIE: cookieLine },
      session: { token, cookie }
    }
  } catch (error) {
    // The session is open but will not be handed to the post step: end it now, best effort.
    await endQuietly(context, token, cookie)
    throw error
  }
}

async function endQuietly(context: VendorContext, token: string, cookie: string): Promise<void> {
  try {
    await tenableSc.logout!(context, { token, cookie })
    context.info('Ended the Tenable.sc session that was opened for this failed check.')
  } catch (error) {
    context.debug(
      `Could not end the Tenable.sc session: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

function sessionHeaders(
  context: SessionContext,
  token: string,
  cookie: string
): Record<string, string> {
  context.mask(token)
  context.mask(cookie)
  return {
    'x-securitycenter': token,
    ...(cookie ? { cookie: `${COOKIE_NAME}=${cookie}` } : {})
  }
}

/** The newest TNS_SESSIONID an answer sets, grammar-checked and masked; '' when it sets none. */
function sessionCookie(context: SessionContext, response: HttpResponse): string {
  const newest = newestSessionCookie(response.headers['set-cookie'])
  if (newest === undefined) return ''
  const cookie = cookieValue(
    newest,
    COOKIE_NAME,
    `${NAME}: the ${COOKIE_NAME} cookie set by ${response.endpoint}`
  )
  context.mask(cookie)
  context.mask(`${COOKIE_NAME}=${cookie}`)
  return cookie
}

/**
 * The value of the last TNS_SESSIONID among Set-Cookie lines: POST /rest/token re-issues the cookie,
 * and only the newest one belongs to the session. PHP's "deleted" placeholder is skipped.
 */
export function newestSessionCookie(setCookie: string | string[] | undefined): string | undefined {
  const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []
  let newest: string | undefined
  for (const line of lines) {
    const match = new RegExp(`^\\s*${COOKIE_NAME}=([^;]*)`).exec(line)
    const value = match?.[1]?.trim()
    if (value && value !== 'deleted') newest = value
  }
  return newest
}

/** The envelope fields, whatever the Content-Type said; `undefined` when the body is not one. */
export function readEnvelope(body: string): Envelope | undefined {
  const json = parseJson(body)
  if (!isObject(json)) return undefined
  if (!('error_code' in json) && !('response' in json) && !('error_msg' in json)) return undefined
  const code = Number(text(json.error_code))
  return {
    response: json.response,
    errorCode: text(json.error_code) !== '' && Number.isFinite(code) ? code : undefined,
    errorMsg: typeof json.error_msg === 'string' ? json.error_msg : ''
  }
}

/** HTTP 200, error_code 0 and a response with an id: Tenable.sc's own success signal. */
function verifiedIdentity(
  response: HttpResponse,
  redact: (text: string) => string,
  mode: 'api-key' | 'session'
): Identity {
  const envelope = readEnvelope(response.body)
  if (
    response.status === 200 &&
    envelope?.errorCode === 0 &&
    isObject(envelope.response) &&
    text(envelope.response.id)
  ) {
    return parseCurrentUser(envelope.response)
  }
  if (response.status === 200 && envelope?.errorCode === 0) {
    throw envelopeFailure(response, envelope, redact, {
      headline: 'the answer named no user, so the credentials could not be verified',
      ...{
        causes: ['the url input points at something other than the Tenable.sc API'],
        fix: 'set the url input to the base URL of Tenable.sc (the address of its web interface, without a path).'
      }
    })
  }
  return identityFailure(response, envelope, redact, mode)
}

function identityFailure(
  response: HttpResponse,
  envelope: Envelope | undefined,
  redact: (text: string) => string,
  mode: 'api-key' | 'session'
): never {
  if (envelope === undefined && !isObject(parseJson(response.body))) {
    throw notJsonFailure(NAME, response, redact, { quoteBody: true })
  }
  const code = envelope?.errorCode
  if (code === INVALID_TOKEN && mode === 'session') {
    throw envelopeFailure(response, envelope, redact, {
      headline: 'the session token was refused right after login',
      ...TOKEN_REFUSED
    })
  }
  if (code !== undefined && DOES_NOT_EXIST.has(code)) {
    throw envelopeFailure(response, envelope, redact, {
      headline: 'Tenable.sc reported that the user does not exist',
      ...USER_GONE
    })
  }
  if (mode === 'api-key' && [400, 401, 403].includes(response.status)) {
    throw envelopeFailure(
      response,
      envelope,
      redact,
      { headline: 'the API keys were rejected', ...KEYS_REJECTED },
      envelope?.errorMsg.trim()
        ? []
        : [
            'Tenable.sc does not say which cause applies: its documentation answers each with HTTP 400, and recorded servers answer some with 403 and error_code 0.'
          ]
    )
  }
  if (mode === 'session' && [400, 401, 403].includes(response.status)) {
    throw envelopeFailure(response, envelope, redact, {
      headline: 'the session was refused',
      ...{
        causes: [...TOKEN_REFUSED.causes, "the user's role does not allow reading its own record"],
        fix: TOKEN_REFUSED.fix
      }
    })
  }
  throw envelopeFailure(response, envelope, redact, generic(response))
}

function tokenFailure(
  response: HttpResponse,
  envelope: Envelope | undefined,
  plan: Plan,
  redact: (text: string) => string
): ActionFailure {
  if (envelope === undefined && !isObject(parseJson(response.body))) {
    return notJsonFailure(NAME, response, redact)
  }
  const limit = isObject(envelope?.response) && bool(envelope.response.releaseSession) === true
  if (response.status === 200 && envelope?.errorCode === 0 && limit) {
    return envelopeFailure(response, envelope, redact, {
      headline: releaseSession(plan)
        ? `${plan.credentials.username} is at its maximum number of sessions, and releasing one did not help`
        : `${plan.credentials.username} is at its maximum number of sessions, so no token was issued`,
      ...SESSION_LIMIT
    })
  }
  if (response.status === 200 && envelope?.errorCode === 0) {
    return envelopeFailure(response, envelope, redact, {
      headline: 'the login answer carried no token',
      ...{
        causes: ['the url input points at something other than the Tenable.sc API'],
        fix: 'set the url input to the base URL of Tenable.sc, without a path.'
      }
    })
  }
  if (
    envelope?.errorCode === INVALID_LOGIN ||
    [400, 401, 403].includes(response.status) ||
    (response.status === 200 && envelope?.errorCode)
  ) {
    return envelopeFailure(response, envelope, redact, {
      headline: `the login of ${plan.credentials.username} was refused`,
      ...LOGIN_REJECTED
    })
  }
  return envelopeFailure(response, envelope, redact, generic(response))
}

function generic(response: HttpResponse): Diagnosis {
  return explainCommonStatus(response.status, NAME)
}

/** A status failure that always quotes the HTTP status, error_code and error_msg. */
function envelopeFailure(
  response: HttpResponse,
  envelope: Envelope | undefined,
  redact: (text: string) => string,
  what: Diagnosis,
  trailer: string[] = []
): ActionFailure {
  return statusFailure({
    trailer,
    vendor: NAME,
    endpoint: response.endpoint,
    status: response.status,
    statusText: response.statusText,
    vendorText: redact(vendorText(response, envelope)),
    diagnosis: what
  })
}

/** `error_code 12, error_msg "..."`; for a body that is not the envelope, its own error text. */
export function vendorText(response: HttpResponse, envelope: Envelope | undefined): string {
  if (envelope) {
    const message = envelope.errorMsg.replace(/\s*\n\s*/g, ' ').trim()
    return `error_code ${envelope.errorCode ?? '(none)'}, error_msg ${message ? JSON.stringify(message) : '"" (empty)'}`
  }
  const json = parseJson(response.body)
  const own = firstText(json, ['error', 'message'])
  return `no Tenable.sc envelope (no error_code, no error_msg)${own ? `: ${own}` : ''}`
}

/** Reads /rest/currentUser: ids and booleans mostly as strings, some nested ids as numbers. */
export function parseCurrentUser(user: Json): Identity {
  const firstName = firstText(user, ['firstname', 'firstName'])
  const lastName = firstText(user, ['lastname', 'lastName'])
  const username = firstText(user, ['username'])
  const role = isObject(user.role) ? user.role : undefined
  const roleName = firstText(role, ['name'])
  const roleId = firstText(role, ['id'])
  const organization = isObject(user.organization)
    ? firstText(user.organization, ['name'])
    : text(user.organization)
  return {
    userId: text(user.id),
    username,
    displayName: [firstName, lastName].filter(Boolean).join(' ') || username,
    email: firstText(user, ['email']),
    roles: roleName ? [roleName] : roleId ? [] : undefined,
    ...(roleId ? { roleAliases: [roleId] } : {}),
    permissions: undefined,
    organization: organization || firstText(user, ['orgName'])
  }
}
