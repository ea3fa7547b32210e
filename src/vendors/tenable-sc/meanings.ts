/**
 * What Tenable.sc's answers mean. Its error_code says more than the HTTP status (an invalid token
 * and a deleted user both come as 403), so a known error_code is read first, at any status; the
 * status decides the rest. Every failure quotes the status, error_code and error_msg.
 */
import { explainCommonStatus, type Diagnosis, type Explanation } from '../../core/failure.js'
import type { Answer, AnswerDiagnosis, Endpoint } from '../../kit/endpoint.js'
import { bool, isObject } from '../../kit/parse.js'
import type { Plan } from '../../kit/types.js'
import { errorCode, readEnvelope, vendorText } from './envelope.js'
import { releaseSession } from './options.js'

const NAME = 'Tenable.sc'

/** error_code values with a known meaning (recorded by pyTenable and other public captures). */
export const INVALID_TOKEN = 12
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

const TOKEN_REFUSED_AFTER_LOGIN: Diagnosis = {
  headline: 'the session token was refused right after login',
  ...TOKEN_REFUSED
}

const SESSION_REFUSED: Diagnosis = {
  headline: 'the session was refused',
  causes: [...TOKEN_REFUSED.causes, "the user's role does not allow reading its own record"],
  fix: TOKEN_REFUSED.fix
}

const USER_GONE: Diagnosis = {
  headline: 'the server reported that the user does not exist',
  causes: [
    'the user behind the credentials was deleted or moved while the credentials were in use'
  ],
  fix: 'ask a Tenable.sc administrator whether the user still exists, and update the credential inputs.'
}

const NOT_THE_API = 'the url input points at something other than the Tenable.sc API'

const NO_USER: Diagnosis = {
  headline: 'the answer named no user, so the credentials could not be verified',
  causes: [NOT_THE_API],
  fix: 'set the url input to the base URL of Tenable.sc (the address of its web interface, without a path).'
}

const NO_TOKEN: Diagnosis = {
  headline: 'the login answer carried no token',
  causes: [NOT_THE_API],
  fix: 'set the url input to the base URL of Tenable.sc, without a path.'
}

const SESSION_UNKNOWN: Diagnosis = {
  headline: 'the session was not ended: the server no longer knew it',
  causes: [
    'it had already ended (session timeout, another login with releaseSession, or an administrator)'
  ],
  fix: 'nothing to do for this job.'
}

/**
 * A session the logout left open stays open until Tenable.sc's session timeout (the post step adds
 * so); nothing in this job can end it, but sessions left open count against the user's maximum.
 */
const LEFT_OPEN_FIX = `if sessions left open keep this user from logging in (at its maximum number of sessions), ${SESSION_LIMIT.fix}`

/** How every /rest endpoint is read: errors are JSON too, and quoted by error_code and error_msg. */
export const REST: Pick<Endpoint, 'jsonErrors' | 'errorText'> = {
  jsonErrors: true,
  errorText: vendorText
}

function common({ response }: Answer): Diagnosis {
  return explainCommonStatus(response.status, NAME, response.retryable)
}

function keysRejected({ body }: Answer): AnswerDiagnosis {
  return {
    headline: 'the API keys were rejected',
    ...KEYS_REJECTED,
    trailer: readEnvelope(body)?.errorMsg.trim()
      ? []
      : [
          'Tenable.sc does not say which cause applies: its documentation answers each with HTTP 400, and recorded servers answer some with 403 and error_code 0.'
        ]
  }
}

/** What a known error_code means, whatever the status; an invalid token only for a session. */
function codeMeaning({ body }: Answer, mode: 'api-key' | 'session'): Diagnosis | undefined {
  const code = errorCode(body)
  if (code === INVALID_TOKEN && mode === 'session') return TOKEN_REFUSED_AFTER_LOGIN
  if (code !== undefined && DOES_NOT_EXIST.has(code)) return USER_GONE
  return undefined
}

/** GET /rest/currentUser, with API keys or with a session just opened. */
export function currentUserMeanings(
  mode: 'api-key' | 'session'
): Pick<Endpoint, 'meanings' | 'otherwise'> {
  const refused = (answer: Answer): AnswerDiagnosis =>
    codeMeaning(answer, mode) ?? (mode === 'api-key' ? keysRejected(answer) : SESSION_REFUSED)
  return {
    meanings: {
      200: (answer) =>
        codeMeaning(answer, mode) ?? (errorCode(answer.body) === 0 ? NO_USER : common(answer)),
      400: refused,
      401: refused,
      403: refused
    },
    otherwise: (answer) => codeMeaning(answer, mode) ?? common(answer)
  }
}

function loginRefused(plan: Plan): Diagnosis {
  return { headline: `the login of ${plan.credentials.username} was refused`, ...LOGIN_REJECTED }
}

/** At its session limit, POST /rest/token answers error_code 0 with {"releaseSession": true}. */
function sessionLimit({ body, plan }: Answer): Diagnosis | undefined {
  const response = readEnvelope(body)?.response
  if (!(isObject(response) && bool(response.releaseSession) === true)) return undefined
  return {
    headline: releaseSession(plan)
      ? `${plan.credentials.username} is at its maximum number of sessions, and releasing one did not help`
      : `${plan.credentials.username} is at its maximum number of sessions, so no token was issued`,
    ...SESSION_LIMIT
  }
}

/** POST /rest/token: error_code 161 is a refused login whatever the status. */
export const TOKEN_MEANINGS: Pick<Endpoint, 'meanings' | 'otherwise'> = {
  meanings: {
    200: (answer) => {
      const code = errorCode(answer.body)
      if (code === 0) return sessionLimit(answer) ?? NO_TOKEN
      return code ? loginRefused(answer.plan) : common(answer)
    },
    400: ({ plan }) => loginRefused(plan),
    401: ({ plan }) => loginRefused(plan),
    403: ({ plan }) => loginRefused(plan)
  },
  otherwise: (answer) =>
    errorCode(answer.body) === INVALID_LOGIN ? loginRefused(answer.plan) : common(answer)
}

/** DELETE /rest/token that did not end the session. */
export function logoutMeaning(status: number, body: unknown): Diagnosis {
  if (sessionUnknown(body)) return SESSION_UNKNOWN
  return {
    headline: 'the session was not ended',
    causes: [
      status >= 500
        ? `${NAME} or a proxy in front of it failed the logout (maintenance, overload, an outage)`
        : 'the server refused the logout'
    ],
    fix: LEFT_OPEN_FIX
  }
}

/** Whether a logout's answer says the server no longer knew the session (it had already ended). */
export function sessionUnknown(body: unknown): boolean {
  return errorCode(body) === INVALID_TOKEN
}
