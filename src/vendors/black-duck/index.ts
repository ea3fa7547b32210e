/**
 * Black Duck (SCA; the Hub, later Synopsys Black Duck), always on the customer's own server. An API
 * token is never sent with ordinary requests: POST /api/tokens/authenticate trades it
 * (`Authorization: token <api token>`) for a short-lived bearer token, `{bearerToken,
 * expiresInMilliseconds}`, plus an `X-CSRF-TOKEN` response header that Black Duck's own clients send
 * back on every later request. GET /api/current-user then names the user. Roles cost two requests
 * of their own, so they are read only when the step asks about roles: the roles assigned to the user
 * (GET /api/users/{id}/roles) and those it holds through its user groups (GET
 * /api/users/{id}/inherited-roles). Black Duck's Java client joins the same two lists for a user's
 * roles (blackduck-common `UserGroupService.getAllRolesForUser`); either list alone would let a
 * System Administrator by group pass allowed-roles, or fail a scanner whose role comes from its group.
 *
 * Sources: vendors-third §2.2 "5. Black Duck SCA"; Black Duck's Python client (hub-rest-api-python:
 * the exchange, the CSRF header, `errorMessage` on a 401, the recorded user and role-assignment
 * bodies with their default page of 10) and its Java client (blackduck-common-api: the
 * `/api/current-user` view and its `application/vnd.blackducksoftware.user-4+json` media type, the
 * user's `roles` and `inherited-roles` links). Assumed: that a user may read its own two role lists,
 * that the inherited list is a page like the assigned one (`items[].name`), and that older servers
 * may send no CSRF header (then none is sent back).
 */
import { ActionFailure } from '../../core/failure.js'
import { isoSeconds } from '../../core/expiry.js'
import type { Identity } from '../../core/identity.js'
import type { HttpResponse } from '../../net/types.js'
import { withoutApiPath } from '../../kit/api-path.js'
import { call, checkIdentity, note, type Endpoint } from '../../kit/endpoint.js'
import { bearerToken } from '../../kit/grammar.js'
import { firstText, isObject, names, type Json } from '../../kit/parse.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type {
  LoginResult,
  Note,
  Plan,
  SessionContext,
  Vendor,
  VendorContext
} from '../../kit/types.js'
import {
  apiTokenRejected,
  bearerRejected,
  blackDuckErrorText,
  currentUserForbidden,
  exchangeForbidden,
  NAME,
  rolesForbidden,
  rolesNotServed
} from './meanings.js'

export const AUTHENTICATE_PATH = '/api/tokens/authenticate'
const CURRENT_USER_PATH = '/api/current-user'
/** Black Duck pages its lists (10 items unless asked): one page holds every role assignment. */
const WHOLE_PAGE = '?limit=1000'
const USER_MEDIA_TYPE = 'application/vnd.blackducksoftware.user-4+json'
const CSRF_HEADER = 'x-csrf-token'

/**
 * Whether the step asks about roles (required-roles or allowed-roles), the one reason to spend a
 * request on them. The least-privilege warning needs no request of its own (contract Behaviour 14),
 * so it applies only when this is true.
 */
export function asksAboutRoles(plan: Pick<Plan, 'requiredRoles' | 'allowedRoles'>): boolean {
  return plan.requiredRoles.length > 0 || plan.allowedRoles.length > 0
}

/**
 * The vendor's Location.readUrl: every path of the API starts with /api, which the step adds
 * itself (as Detect does to blackduck.url), so a url ending in /api (copied from an API link) is
 * read without it, with a warning; sent as given, the token would go to /api/api/tokens/… for a 404.
 */
export function readServerUrl(given: string): { url: string; warning: string } | undefined {
  return withoutApiPath(given, /\/api\/?$/i, 'the server')
}

export const blackDuck: Vendor = {
  id: 'black-duck',
  name: NAME,
  location: { urlExample: 'https://blackduck.example.com', readUrl: readServerUrl },
  modes: [{ id: 'api-token', inputs: ['api-token'] }],
  urlEnv: ['BLACKDUCK_URL'],
  credentialEnv: { 'api-token': ['BLACKDUCK_API_TOKEN'] },
  roles: {
    kind: 'names',
    administrative: { names: ['System Administrator'], narrower: 'Global Code Scanner' }
  },
  permissions: {
    kind: 'none',
    reason:
      'Black Duck reports roles, not permissions, and shows an API token’s scope (read, or read and write) only where the token was created. Use required-roles instead (e.g. "Global Code Scanner").'
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const apiToken = plan.credentials['api-token']!
    const exchange = await exchangeToken(context, apiToken)
    const headers = {
      authorization: exchange.authorization,
      ...(exchange.csrf ? { [CSRF_HEADER]: exchange.csrf } : {})
    }
    const { identity } = await checkIdentity(
      context,
      {
        method: 'GET',
        path: CURRENT_USER_PATH,
        headers: { ...headers, accept: USER_MEDIA_TYPE },
        meanings: { 401: bearerRejected, 403: currentUserForbidden },
        errorText: blackDuckErrorText
      },
      parseCurrentUser
    )
    const notes: Note[] = []
    if (asksAboutRoles(plan)) identity.roles = await readRoles(context, headers, identity.userId)
    else notes.push(note('Roles', 'not read: no role input asked for them (they cost a request)'))
    for (const n of notes) context.info(`${n.label}: ${n.value}`)
    // The log only: the summary's Token expires row (expires-at) shows the same time.
    if (exchange.expiresAt) context.info(`Bearer token expires: ${exchange.expiresAt}`)
    return {
      identity,
      authHeader: `Authorization: ${exchange.authorization}`,
      token: exchange.bearer,
      ...(exchange.expiresAt ? { expiresAt: exchange.expiresAt } : {}),
      // Detect's names; Detect makes its own exchange from the API token.
      env: { BLACKDUCK_URL: plan.url, BLACKDUCK_API_TOKEN: apiToken },
      notes
    }
  }
}

interface Exchange {
  bearer: string
  /** `Bearer <bearer>`, masked. */
  authorization: string
  csrf: string | undefined
  expiresAt: string | undefined
}

async function exchangeToken(context: VendorContext, apiToken: string): Promise<Exchange> {
  const tokenAuthorization = `token ${apiToken}`
  context.mask(tokenAuthorization)
  const endpoint: Endpoint = {
    method: 'POST',
    path: AUTHENTICATE_PATH,
    headers: { authorization: tokenAuthorization },
    // Issues a bearer token: never sent twice once it may have reached the server.
    creates: true,
    issuesCredentials: true,
    meanings: { 401: apiTokenRejected, 403: exchangeForbidden },
    errorText: blackDuckErrorText
  }
  // expiresInMilliseconds counts from when the bearer was issued: counting from before the request
  // keeps the reported expiry from being later than the real one.
  const requestedAt = Date.now()
  const { response, body } = await call(context, endpoint)
  if (body.bearerToken === undefined || body.bearerToken === '') {
    throw new ActionFailure(
      [
        `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a bearerToken, so the API token could not be verified.`,
        `Fix: set the url input to the base URL of your ${NAME} server, without a path.`
      ].join('\n')
    )
  }
  const bearer = issuedBearerToken(
    context,
    body.bearerToken,
    `the bearerToken from ${response.endpoint}`
  )
  const authorization = `Bearer ${bearer}`
  context.mask(authorization)
  return {
    bearer,
    authorization,
    csrf: csrfToken(context, response),
    expiresAt: bearerExpiry(body.expiresInMilliseconds, requestedAt)
  }
}

/**
 * The CSRF token the exchange issued with the bearer, checked against the bearer grammar (Black
 * Duck issues a UUID) and masked before it is sent anywhere; undefined when the server sent none.
 */
export function csrfToken(
  context: Pick<SessionContext, 'mask'>,
  response: Pick<HttpResponse, 'headers' | 'endpoint'>
): string | undefined {
  const value = response.headers[CSRF_HEADER]
  if (value === undefined) return undefined
  const token = bearerToken(
    Array.isArray(value) ? value.join(', ') : value,
    `the X-CSRF-TOKEN header from ${response.endpoint}`
  )
  context.mask(token)
  return token
}

/** `expiresInMilliseconds` after `requestedAt`, as ISO-8601; undefined when absent or not a count. */
export function bearerExpiry(milliseconds: unknown, requestedAt: number): string | undefined {
  const count =
    typeof milliseconds === 'string' && /^\d+$/.test(milliseconds.trim())
      ? Number(milliseconds)
      : milliseconds
  if (typeof count !== 'number' || !Number.isFinite(count) || count <= 0) return undefined
  return isoSeconds(requestedAt + count) || undefined
}

/** Reads /api/current-user: `userName`, the names, `email`, and the id its own link ends with. */
export function parseCurrentUser(body: Json): Identity {
  const meta = isObject(body._meta) ? body._meta : undefined
  const link = firstText(meta, ['href']) || firstText(body, ['user'])
  return {
    userId: /\/api\/users\/([^/?#]+)\/?$/.exec(link)?.[1] ?? '',
    username: firstText(body, ['userName']),
    displayName: [firstText(body, ['firstName']), firstText(body, ['lastName'])]
      .filter(Boolean)
      .join(' '),
    email: firstText(body, ['email']),
    roles: undefined,
    permissions: undefined,
    organization: ''
  }
}

/**
 * The paths of the user's two role lists, assigned and inherited through its user groups, from the
 * id its own link ends with. The id is server text that becomes part of a path: only the characters
 * of Black Duck's ids (UUIDs) are taken, so no answer can point the step at another resource.
 */
export function rolePaths(userId: string): { assigned: string; inherited: string } {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(userId)) {
    throw new ActionFailure(
      [
        `${NAME}: /api/current-user named no user id of the expected form in its own link (_meta.href), so the user's roles cannot be read.`,
        'Fix: remove required-roles and allowed-roles to verify the token alone.'
      ].join('\n')
    )
  }
  const user = `/api/users/${userId}`
  return {
    assigned: `${user}/roles${WHOLE_PAGE}`,
    inherited: `${user}/inherited-roles${WHOLE_PAGE}`
  }
}

/** Every role the user holds: those assigned to it, then those its user groups give it. */
async function readRoles(
  context: VendorContext,
  headers: Record<string, string>,
  userId: string
): Promise<string[]> {
  const paths = rolePaths(userId)
  const held: string[] = []
  for (const path of [paths.assigned, paths.inherited]) {
    const { response, body } = await call(
      context,
      {
        method: 'GET',
        path,
        headers,
        meanings: { 401: bearerRejected, 403: rolesForbidden, 404: rolesNotServed },
        errorText: blackDuckErrorText
      },
      (answer) => Array.isArray(answer.items)
    )
    held.push(...parseRoles(body, response.endpoint))
  }
  return [...new Set(held)]
}

/**
 * The names of every role assignment (server-wide and per project). A page that holds fewer
 * assignments than the server counts would let a gate judge roles it never saw, so it fails.
 */
export function parseRoles(body: Json, endpoint: string): string[] {
  const items = Array.isArray(body.items) ? body.items : []
  const total = body.totalCount
  if (typeof total === 'number' && total > items.length) {
    throw new ActionFailure(
      [
        `${NAME}: ${endpoint} listed ${items.length} of the user's ${total} role assignments, so its roles cannot be judged in full.`,
        'Fix: remove required-roles and allowed-roles to verify the token alone; a server that pages past 1000 assignments cannot be judged in one request.'
      ].join('\n')
    )
  }
  return names(items, ['name'])
}
