/**
 * The two ways in: API keys (5.13+), `x-apikey: accesskey=AK; secretkey=SK;`, verified with one
 * GET /rest/currentUser; or a session, POST /rest/token, then the token and the TNS_SESSIONID cookie
 * on GET /rest/currentUser, ended by DELETE /rest/token in the post step.
 */
import type { Identity } from '../../core/identity.js'
import type { HttpResponse } from '../../net/types.js'
import { checkIdentity, type Endpoint } from '../../kit/endpoint.js'
import { firstText, isObject, text, type Json } from '../../kit/parse.js'
import { endOnFailure, openSession } from '../../kit/session.js'
import type { LoginResult, SessionContext, VendorContext } from '../../kit/types.js'
import { envelopeResponse, succeeded } from './envelope.js'
import { cookieValue, decimalToken } from './grammar.js'
import { COOKIE_NAME, logout, sessionHeaders, TOKEN_PATH } from './logout.js'
import { currentUserMeanings, REST, TOKEN_MEANINGS } from './meanings.js'
import { releaseSession } from './options.js'

const NAME = 'Tenable.sc'
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

export async function loginWithKeys(context: VendorContext): Promise<LoginResult> {
  const { plan } = context
  const accessKey = plan.credentials['access-key']!
  const secretKey = plan.credentials['secret-key']!
  const headerValue = `accesskey=${accessKey}; secretkey=${secretKey};`
  context.mask(headerValue)
  const identity = await currentUser(context, 'api-key', { 'x-apikey': headerValue })
  return {
    identity,
    authHeader: `x-apikey: ${headerValue}`,
    env: { TSC_URL: plan.url, TSC_ACCESS_KEY: accessKey, TSC_SECRET_KEY: secretKey }
  }
}

export async function loginWithSession(context: VendorContext): Promise<LoginResult> {
  const { plan } = context
  const { response, body } = await openSession(
    context,
    {
      method: 'POST',
      path: TOKEN_PATH,
      json: {
        username: plan.credentials.username,
        password: plan.credentials.password,
        releaseSession: releaseSession(plan)
      },
      ...REST,
      ...TOKEN_MEANINGS
    },
    (answer, response) => succeeded(response, answer) && hasToken(answer)
  )
  // Checked against their grammar before they are masked or used: a malformed "token" from a
  // hostile server must neither reach a later step's shell nor register a mask that blanks the log.
  const token = decimalToken(
    envelopeResponse(body)?.token,
    `${NAME}: the session token in the answer of POST ${TOKEN_PATH}`
  )
  context.mask(token)
  let cookie = sessionCookie(context, response)
  await context.keepSession?.({ token, cookie })

  return endOnFailure(
    context,
    () => logout(context, token, cookie),
    async () => {
      const identity = await currentUser(
        context,
        'session',
        sessionHeaders(context, token, cookie),
        {
          // currentUser may re-issue the cookie, on a failure too: the newest one ends the session.
          onAnswer: (answer) => {
            cookie = sessionCookie(context, answer) || cookie
          }
        }
      )
      const cookieLine = cookie ? `${COOKIE_NAME}=${cookie}` : ''
      return {
        identity,
        authHeader: `X-SecurityCenter: ${token}`,
        token,
        cookie: cookieLine,
        env: { TSC_URL: plan.url, TSC_TOKEN: token, TSC_SESSION_COOKIE: cookieLine },
        session: { token, cookie }
      }
    }
  )
}

/** GET /rest/currentUser; HTTP 200, error_code 0 and a user with an id: Tenable.sc's own signal. */
async function currentUser(
  context: VendorContext,
  mode: 'api-key' | 'session',
  headers: Record<string, string>,
  extra: Pick<Endpoint, 'onAnswer'> = {}
): Promise<Identity> {
  const { identity } = await checkIdentity(
    context,
    {
      method: 'GET',
      path: CURRENT_USER_PATH,
      headers,
      ...REST,
      ...currentUserMeanings(mode),
      ...extra
    },
    (body) => parseCurrentUser(envelopeResponse(body)!),
    { isSuccess: (body, response) => succeeded(response, body) && hasUserId(body) }
  )
  return identity
}

function hasUserId(body: Json): boolean {
  return text(envelopeResponse(body)?.id) !== ''
}

function hasToken(body: Json): boolean {
  return text(envelopeResponse(body)?.token) !== ''
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
    ...(roleId ? { roleAliases: [{ alias: roleId, of: roleName }] } : {}),
    permissions: undefined,
    organization: organization || firstText(user, ['orgName'])
  }
}
