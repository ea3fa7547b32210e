/**
 * Invicti Platform: an API key (a JWT that does not expire) sent as X-Auth, verified with one
 * GET /api/identity/v1/me. That endpoint's response is not publicly documented, so it is read
 * tolerantly: camelCase or snake_case, roles as a string, strings or objects, the organization as an
 * id or an object. Sources: shared vendor notes §4.1, docs.invicti.com/ip/s1-authenticate.
 */
import { randomUUID } from 'node:crypto'
import { ActionFailure, explainCommonStatus, statusFailure, type Explanation } from '../failure.js'
import { notJsonFailure, parseJson, type HttpResponse } from '../http.js'
import type { Identity } from '../identity.js'
import { firstPresent, firstText, isObject, names, unwrap } from './parse.js'
import type { LoginResult, Vendor, VendorContext } from './types.js'

const IDENTITY_PATH = '/api/identity/v1/me'
const NAME = 'Invicti Platform'

/** Causes as Invicti's "Authenticate" page lists them for 401 and 403. */
const UNAUTHORIZED: Explanation = {
  causes: [
    'the API key was deleted or regenerated (generating a new key immediately invalidates the previous one)',
    'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)',
    'the key belongs to another Invicti Platform instance than the url input (on-premises vs on-demand)'
  ],
  fix: 'copy the current key from User settings > API key into the secret behind the api-key input (or INVICTI_API_KEY).'
}

function forbidden(organizationId: string): Explanation {
  return {
    causes: [
      ...(organizationId
        ? [
            `the user does not belong to the organization given in organization-id (${organizationId})`
          ]
        : ['the account has several organizations and none was chosen']),
      'the user role does not allow reading its own identity (the key inherits the user role)'
    ],
    fix: organizationId
      ? 'check the organization-id input, or ask an Invicti Platform administrator for access to that organization.'
      : 'set the organization-id input to the organization to use, or ask an Invicti Platform administrator for a role with API access.'
  }
}

export const invictiPlatform: Vendor = {
  id: 'invicti-platform',
  name: NAME,
  defaultUrl: 'https://platform.invicti.com',
  modes: [{ id: 'api-key', inputs: ['api-key'] }],
  envFallback: { 'api-key': 'INVICTI_API_KEY', 'organization-id': 'INVICTI_ORGANIZATION_ID' },
  roles: { verifiable: true },
  permissions: { verifiable: true },

  validate(plan) {
    const key = plan.credentials['api-key'] ?? ''
    return looksLikeJwt(key)
      ? []
      : [
          'The api-key input does not look like an Invicti Platform API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the key from User settings > API key.'
        ]
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan, http } = context
    const apiKey = plan.credentials['api-key']!
    // One id per run, sent with the request and quoted in every message, so support can trace it.
    const correlationId = randomUUID()
    const trace = `Correlation ID: ${correlationId} (quote it to Invicti support)`
    context.info(trace)

    let response: HttpResponse
    try {
      response = await http.request({
        method: 'GET',
        path: IDENTITY_PATH,
        headers: {
          'x-auth': apiKey,
          'x-correlation-id': correlationId,
          ...(plan.organizationId ? { 'x-invicti-organizationid': plan.organizationId } : {})
        }
      })
    } catch (error) {
      if (error instanceof ActionFailure) throw new ActionFailure(`${error.message}\n${trace}`)
      throw error
    }

    const body = parseJson(response.body)
    if (response.status < 200 || response.status >= 300) {
      throw failureFor(response, body, plan.organizationId, context.redact, trace)
    }
    if (!isObject(body)) {
      const failure = notJsonFailure(NAME, response, context.redact, { quoteBody: true })
      throw new ActionFailure(`${failure.message}\n${trace}`)
    }

    const identity = parseIdentity(body)
    if (!identity.userId && !identity.username && !identity.email) {
      throw new ActionFailure(
        [
          `${NAME}: ${response.endpoint} answered HTTP ${response.status} but named no user, so the key could not be verified.`,
          'Fix: check that the url input points at the Invicti Platform API.',
          trace
        ].join('\n')
      )
    }
    const env: Record<string, string> = { INVICTI_URL: plan.url, INVICTI_API_KEY: apiKey }
    if (plan.organizationId) env.INVICTI_ORGANIZATION_ID = plan.organizationId
    return { identity, authHeader: `X-Auth: ${apiKey}`, env, notes: [trace] }
  }
}

/** Reads the identity from whatever shape /me answers with. */
export function parseIdentity(response: unknown): Identity {
  const user = unwrap(response)
  const firstName = firstText(user, ['firstName', 'first_name', 'givenName', 'given_name'])
  const lastName = firstText(user, ['lastName', 'last_name', 'familyName', 'family_name'])
  const email = firstText(user, ['email', 'emailAddress', 'email_address', 'mail'])
  const roleValue = firstPresent(user, [
    'roles',
    'role',
    'roleName',
    'role_name',
    'userRole',
    'user_role'
  ])
  const permissionValue = firstPresent(user, ['permissions', 'permission', 'scopes'])
  const organizationValue = firstPresent(user, [
    'organization',
    'organisation',
    'organizationName',
    'organization_name',
    'organizations',
    'organizationId',
    'organization_id'
  ])
  return {
    userId: firstText(user, ['id', 'userId', 'user_id', 'sub']),
    username: firstText(user, ['username', 'userName', 'user_name', 'login']) || email,
    displayName:
      firstText(user, ['displayName', 'display_name', 'name', 'fullName', 'full_name']) ||
      [firstName, lastName].filter(Boolean).join(' '),
    email,
    roles: roleValue === undefined ? undefined : names(roleValue),
    permissions: permissionValue === undefined ? undefined : names(permissionValue),
    organization: names(organizationValue, ['name', 'displayName', 'display_name', 'id']).join(', ')
  }
}

function failureFor(
  response: HttpResponse,
  body: unknown,
  organizationId: string,
  redact: (text: string) => string,
  trace: string
): ActionFailure {
  const vendorText = isObject(body)
    ? [firstText(body, ['error']), firstText(body, ['message', 'detail', 'title'])]
        .filter(Boolean)
        .join(': ')
    : ''
  const common = explainCommonStatus(response.status, NAME)
  const { headline, explanation } =
    response.status === 401
      ? { headline: 'the API key was rejected', explanation: UNAUTHORIZED }
      : response.status === 403
        ? {
            headline: 'the API key is valid but may not read its identity',
            explanation: forbidden(organizationId)
          }
        : common
  return statusFailure({
    vendor: NAME,
    endpoint: response.endpoint,
    status: response.status,
    statusText: response.statusText,
    vendorText: vendorText ? redact(vendorText) : undefined,
    headline,
    explanation,
    trailer: [trace]
  })
}

function looksLikeJwt(key: string): boolean {
  const parts = key.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return false
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'))
    return isObject(header) && typeof header.alg === 'string'
  } catch {
    return false
  }
}
