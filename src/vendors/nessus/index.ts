/**
 * Tenable Nessus (Manager; Professional and Expert restrict the API), always on-premises, usually
 * https://host:8834 with a self-signed certificate. Two credential modes:
 *   - API keys in `X-ApiKeys`, as Tenable VM: GET /session;
 *   - a session: POST /session {username, password} → {token}, then `X-Cookie: token=<token>` on
 *     GET /session, ended by DELETE /session in the post step.
 * Either way GET /server/properties follows, naming the edition: Professional and Expert answer
 * GET /session but refuse scan launches, which gets a warning (./edition.ts).
 * GET /session names the user and its role level (`permissions`: 16 Basic ... 128 System
 * Administrator); Nessus reports no finer permissions. Errors are `{"error": "..."}`: 401 for bad
 * keys, passwords or tokens, and 412 "API is not available" where the licence withholds the API.
 * Sources: vendors-next §2.2 "7. Tenable Nessus" (pyTenable's Nessus client, a Go client's test data,
 * recorded errors in public issues), vendors-third T6.
 */
import { explainCommonStatus, type Diagnosis } from '../../core/failure.js'
import type { Identity } from '../../core/identity.js'
import { checkIdentity, type Endpoint, type StatusMeanings } from '../../kit/endpoint.js'
import { malformedCredential } from '../../kit/grammar.js'
import { credentialText, firstText, text, type Json } from '../../kit/parse.js'
import {
  closeSession,
  endOnFailure,
  openSession,
  unauthorizedInServerWords
} from '../../kit/session.js'
import {
  apiKeysHeaderValue,
  roleFromLevel,
  validateApiKeys,
  type KeySource,
  explainPastedKeyLine
} from '../../kit/tenable-keys.js'
import type {
  LoginResult,
  RoleLevel,
  SessionContext,
  Vendor,
  VendorContext
} from '../../kit/types.js'
import { readEdition } from './edition.js'

const NAME = 'Nessus'
const SESSION_PATH = '/session'

export const NESSUS_LEVELS: readonly RoleLevel[] = [
  { name: 'Basic', level: 16 },
  { name: 'Standard', level: 32 },
  { name: 'Administrator', level: 64 },
  { name: 'System Administrator', level: 128 }
]

/**
 * A Nessus session token: hexadecimal (48 characters wherever one is seen in public). The length
 * range is wider than any sighting, the alphabet is not: anything else is refused as malformed.
 */
const SESSION_TOKEN = /^[0-9a-f]{32,128}$/i

const KEY_SOURCE: KeySource = {
  vendorName: NAME,
  generatedAt: 'Settings > My Account > API Keys > Generate',
  envNames: 'NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY'
}

/** Professional and Expert answer this where the licence withholds the API (recorded). */
const API_NOT_AVAILABLE: Diagnosis = {
  headline:
    'the API is not available on this Nessus licence (Nessus Professional and Expert restrict it)',
  causes: [
    'the url input points at Nessus Professional or Nessus Expert, whose licence withholds the API for automation; Tenable provides it in Nessus Manager and in Tenable VM / Tenable Security Center'
  ],
  fix: 'point the url input at a Nessus Manager, or use Tenable VM (vendor: tenable-vm) or Tenable Security Center (vendor: tenable-sc), which manage Nessus scanners through their API.'
}

const KEYS_REJECTED: Diagnosis = {
  headline: 'the API keys were rejected',
  causes: [
    'the keys were regenerated (generating new keys replaces the old pair) or the user was deleted',
    'the secret key does not belong to that access key (swapped, or taken from different pairs)',
    'the keys come from another Nessus server or from Tenable VM, not from the server in the url input'
  ],
  fix: 'generate a new pair under Settings > My Account > API Keys on this Nessus server and put it into the secrets behind the access-key and secret-key inputs (or NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY).'
}

const LOGIN_REJECTED: Diagnosis = {
  headline: 'the login was refused',
  causes: [
    'the username or password is wrong (both are case-sensitive)',
    'the user is locked after too many failed logins',
    'the user signs in another way (SAML or a certificate), which POST /session does not accept'
  ],
  fix: 'check the secrets behind the username and password inputs, ask a Nessus administrator to unlock the user, or use API keys (access-key + secret-key), which open no session.'
}

const TOKEN_REFUSED: Diagnosis = {
  headline: 'the session token was refused right after login',
  causes: [
    'the session ended in between (an administrator, a restart of Nessus, or a session limit)',
    'a proxy or load balancer sent the two requests to different Nessus servers, or dropped the X-Cookie header'
  ],
  fix: 'run the step again; if it keeps failing, let the url input point at the Nessus server directly, or use API keys (access-key + secret-key).'
}

const SESSION_UNKNOWN: Diagnosis = {
  headline: 'the session was not ended: the server no longer knew it',
  causes: ['it had already ended (an administrator, a restart of Nessus, or a timeout)'],
  fix: 'nothing to do for this job.'
}

/** The way around a logout that fails on every run: a mode that opens no session. */
const NO_SESSION_MODE = 'use API keys (access-key + secret-key), which open no session.'

const LOGOUT_FAILED: Diagnosis = {
  headline: 'the session was not ended',
  causes: ['Nessus or a proxy in front of it failed the logout (maintenance, overload, an outage)'],
  fix: `if logouts keep failing, ask a Nessus administrator to check the server, or ${NO_SESSION_MODE}`
}

/** DELETE /session answered 403 with the session the step opened: no user permission to lack. */
const LOGOUT_REFUSED: Diagnosis = {
  headline: 'the session was not ended: the logout was refused',
  causes: [
    'Nessus, or a proxy or firewall in front of it, refused to end this session (see its message above, if any)'
  ],
  fix: `if this happens on every run, ask whoever runs Nessus and the proxies in front of it why DELETE /session is refused, or ${NO_SESSION_MODE}`
}

/** DELETE /session answered 401 without Nessus's {"error": ...} body: not Nessus's own answer. */
const LOGOUT_REFUSED_IN_FRONT: Diagnosis = {
  headline: 'the session was not ended: the logout was refused, but not in the words of Nessus',
  causes: [
    'a proxy or gateway in front of Nessus answered the DELETE with its own 401, so the session may still be open'
  ],
  fix: `if this happens on every run, check what answers DELETE requests at the url input, or ${NO_SESSION_MODE}`
}

/** DELETE /session answered 404, at the url whose POST /session opened the session. */
const LOGOUT_NOT_FOUND: Diagnosis = {
  headline: 'the session was not ended: DELETE /session was not found',
  causes: [
    'the login reached /session at this same url, so something in front of Nessus (a proxy or gateway) answered the DELETE in its place'
  ],
  fix: `if this happens on every run, check what answers DELETE requests at the url input, or ${NO_SESSION_MODE}`
}

const IDENTITY_MEANINGS = (unauthorized: Diagnosis): StatusMeanings => ({
  401: unauthorized,
  412: API_NOT_AVAILABLE
})

export const nessus: Vendor = {
  id: 'nessus',
  name: NAME,
  location: { urlExample: 'https://nessus.example.com:8834' },
  modes: [
    { id: 'api-key', inputs: ['access-key', 'secret-key'] },
    { id: 'session', inputs: ['username', 'password'] }
  ],
  urlEnv: ['NESSUS_URL'],
  credentialEnv: {
    'access-key': ['NESSUS_ACCESS_KEY'],
    'secret-key': ['NESSUS_SECRET_KEY']
  },
  // pyTenable's Nessus() also logs in with NESSUS_USERNAME / NESSUS_PASSWORD, which this step never
  // reads, and only when the two keys are not both set (tenable/base/platform.py _authenticate,
  // _allowed_auth_mech_priority; shared notes vendors-next.md §7).
  toolsCredentialEnv: [
    'NESSUS_ACCESS_KEY',
    'NESSUS_SECRET_KEY',
    'NESSUS_USERNAME',
    'NESSUS_PASSWORD'
  ],
  toolsReadFirst: {
    NESSUS_USERNAME: ['NESSUS_ACCESS_KEY', 'NESSUS_SECRET_KEY'],
    NESSUS_PASSWORD: ['NESSUS_ACCESS_KEY', 'NESSUS_SECRET_KEY']
  },
  roles: {
    kind: 'levels',
    levels: NESSUS_LEVELS,
    administrative: { fromLevel: 64, narrower: 'Standard (32)' }
  },
  permissions: {
    kind: 'none',
    reason:
      'Nessus reports only the user\'s role level, not individual permissions. Use required-roles instead, with the role name or level (e.g. "Administrator" or "64"; a higher level also passes).'
  },

  explainCredentials: (given) => explainPastedKeyLine(given, KEY_SOURCE),
  validate(plan) {
    if (plan.authMode === 'api-key') {
      validateApiKeys(
        plan.credentials['access-key'] ?? '',
        plan.credentials['secret-key'] ?? '',
        KEY_SOURCE
      )
    }
    return []
  },

  async login(context: VendorContext): Promise<LoginResult> {
    return context.plan.authMode === 'session' ? loginWithSession(context) : loginWithKeys(context)
  },

  async logout(context: SessionContext, session: Record<string, string>): Promise<void> {
    await logout(context, session.token)
  }
}

/** Ends the session: DELETE /session, with the saved token checked against its grammar first. */
async function logout(context: SessionContext, saved: string | undefined): Promise<void> {
  const token = sessionToken(saved, 'the session token saved for the post step')
  await closeSession(context, NAME, {
    request: { method: 'DELETE', path: SESSION_PATH, headers: cookieHeader(context, token) },
    ended: (response) => response.status >= 200 && response.status < 300,
    // Only Nessus's own 401 ({"error": ...}): one from a proxy in front says nothing of the session.
    alreadyEnded: unauthorizedInServerWords,
    meaning: (response, body) =>
      response.status === 401 && !unauthorizedInServerWords(response, body)
        ? LOGOUT_REFUSED_IN_FRONT
        : logoutMeaning(response.status)
  })
}

/** Why DELETE /session did not end the session; the post step adds that it may stay open. */
function logoutMeaning(status: number): Diagnosis {
  if (status === 401) return SESSION_UNKNOWN
  // "Try again later" does not fit: nothing sends this logout again, a later run opens its own session.
  if (status >= 500) return LOGOUT_FAILED
  // Not the shared texts: they blame the url input (a 404) or a permission the check needs (a 403).
  if (status === 403) return LOGOUT_REFUSED
  if (status === 404) return LOGOUT_NOT_FOUND
  return { ...explainCommonStatus(status, NAME), headline: 'the session was not ended' }
}

async function loginWithKeys(context: VendorContext): Promise<LoginResult> {
  const { plan } = context
  const accessKey = plan.credentials['access-key']!
  const secretKey = plan.credentials['secret-key']!
  const headerValue = apiKeysHeaderValue(accessKey, secretKey)
  context.mask(headerValue)
  const headers = { 'x-apikeys': headerValue }
  const { identity } = await checkIdentity(
    context,
    {
      method: 'GET',
      path: SESSION_PATH,
      headers,
      meanings: IDENTITY_MEANINGS(KEYS_REJECTED)
    },
    parseSession
  )
  return {
    identity,
    authHeader: `X-ApiKeys: ${headerValue}`,
    env: { NESSUS_URL: plan.url, NESSUS_ACCESS_KEY: accessKey, NESSUS_SECRET_KEY: secretKey },
    ...(await readEdition(context, headers))
  }
}

async function loginWithSession(context: VendorContext): Promise<LoginResult> {
  const { plan } = context
  const login: Endpoint = {
    method: 'POST',
    path: SESSION_PATH,
    json: { username: plan.credentials.username, password: plan.credentials.password },
    meanings: {
      401: { ...LOGIN_REJECTED, headline: `the login of ${plan.credentials.username} was refused` },
      412: API_NOT_AVAILABLE
    }
  }
  const { response, body } = await openSession(context, login, (answer) => 'token' in answer)
  const token = sessionToken(
    credentialText(body, ['token']),
    `the session token in the answer of ${response.endpoint}`
  )
  context.mask(token)
  await context.keepSession?.({ token })

  return endOnFailure(
    context,
    () => logout(context, token),
    async () => {
      const headers = cookieHeader(context, token)
      const { identity } = await checkIdentity(
        context,
        {
          method: 'GET',
          path: SESSION_PATH,
          headers,
          meanings: IDENTITY_MEANINGS(TOKEN_REFUSED)
        },
        parseSession
      )
      return {
        identity,
        authHeader: `X-Cookie: token=${token}`,
        token,
        env: { NESSUS_URL: plan.url, NESSUS_TOKEN: token },
        session: { token },
        ...(await readEdition(context, headers))
      }
    }
  )
}

/** The X-Cookie header of a session; the token is masked before it is put into a header. */
function cookieHeader(context: SessionContext, token: string): Record<string, string> {
  context.mask(token)
  context.mask(`token=${token}`)
  return { 'x-cookie': `token=${token}` }
}

/**
 * A session token as Nessus issues it, or the malformed-credential failure, which never quotes the
 * value (it may be a secret, or an attack on the next step's shell).
 */
export function sessionToken(value: string | undefined, what: string): string {
  if (value !== undefined && SESSION_TOKEN.test(value)) return value
  throw malformedCredential(what, 'a Nessus session token (32 to 128 hexadecimal characters)')
}

/** Reads GET /session: `id` a number, `permissions` the role level, `name` the full name. */
export function parseSession(user: Json): Identity {
  const username = firstText(user, ['username'])
  return {
    userId: text(user.id),
    username,
    displayName: firstText(user, ['name']) || username,
    email: firstText(user, ['email']),
    ...roleFromLevel(user.permissions, NESSUS_LEVELS),
    permissions: undefined,
    organization: ''
  }
}
