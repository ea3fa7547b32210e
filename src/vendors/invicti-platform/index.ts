/**
 * Invicti Platform: an API key (a JWT that does not expire) sent as X-Auth, verified with one
 * GET /api/identity/v1/me. That endpoint's response is not publicly documented, so it is read
 * tolerantly: camelCase or snake_case, roles as a string, strings or objects, the organization as an
 * id or an object. Sources: shared vendor notes §4.1, docs.invicti.com/ip/s1-authenticate.
 */
import { chosenServer, type Diagnosis } from '../../core/failure.js'
import type { Identity } from '../../core/identity.js'
import { checkIdentity, note, regionCause, type Answer, type Endpoint } from '../../kit/endpoint.js'
import { looksLikeJwt } from '../../kit/jwt.js'
import { firstPresent, firstText, names, unwrap } from '../../kit/parse.js'
import type { LoginResult, Vendor, VendorContext } from '../../kit/types.js'

const IDENTITY_PATH = '/api/identity/v1/me'
const REGIONS = {
  us: 'https://platform.invicti.com',
  eu: 'https://platform-eu.invicti.com',
  ca: 'https://platform-ca.invicti.com'
}

/** Causes as Invicti's "Authenticate" page lists them for 401, plus the regional hosts. */
function unauthorized(context: VendorContext): Diagnosis {
  return {
    headline: 'the API key was rejected',
    causes: [
      ...regionCause(context),
      'the API key was deleted or regenerated (generating a new key immediately invalidates the previous one)',
      'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)',
      `the key belongs to another Invicti Platform instance than ${chosenServer(context.plan)} (on-premises or a private tenant)`
    ],
    fix: 'copy the current key from User settings > API key into the secret behind the api-key input (or INVICTI_API_KEY), and set region (us, eu, ca) or url to where the key was created.'
  }
}

function forbidden({ plan }: Answer): Diagnosis {
  const organizationId = plan.options['organization-id']
  return {
    headline: 'the API key is valid but may not read its identity',
    causes: [
      ...(organizationId
        ? [
            `the user does not belong to the organization given in organization-id (${organizationId})`
          ]
        : [
            'the account belongs to several organizations and none was chosen: Invicti Platform requires X-Invicti-OrganizationId (the organization-id input) for such an account'
          ]),
      'the user role does not allow reading its own identity (the key inherits the user role)'
    ],
    fix: organizationId
      ? 'check the organization-id input, or ask an Invicti Platform administrator for access to that organization.'
      : 'set the organization-id input to the organization to use, or ask an Invicti Platform administrator for a role with API access.'
  }
}

export const invictiPlatform: Vendor = {
  id: 'invicti-platform',
  name: 'Invicti Platform',
  location: { defaultUrl: REGIONS.us, regions: REGIONS, defaultRegion: 'us' },
  modes: [{ id: 'api-key', inputs: ['api-key'] }],
  // No urlEnv: Invicti Platform and Invicti Enterprise both export INVICTI_URL, so it pairs with
  // neither product's credential.
  credentialEnv: { 'api-key': ['INVICTI_API_KEY'] },
  options: [{ input: 'organization-id', env: ['INVICTI_ORGANIZATION_ID'] }],
  roles: { kind: 'names' },
  // No `known` list: neither the /me answer nor its permission names are documented, so an unknown
  // name is left to the gate ("lacks"); see the README.
  permissions: { kind: 'reported' },

  validate(plan) {
    return looksLikeJwt(plan.credentials['api-key'] ?? '')
      ? []
      : [
          'The api-key input does not look like an Invicti Platform API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the key from User settings > API key.'
        ]
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const apiKey = plan.credentials['api-key']!
    const organizationId = plan.options['organization-id']
    // One id per run, sent with the request and quoted in every message, so support can trace it.
    // node:crypto is taken here, not imported: a run that fails validation never needs it.
    const correlationId = process.getBuiltinModule('node:crypto').randomUUID()
    const trace = note('Correlation ID', `${correlationId} (quote it to Invicti support)`)
    context.info(`${trace.label}: ${trace.value}`)

    const endpoint: Endpoint = {
      method: 'GET',
      path: IDENTITY_PATH,
      headers: {
        'x-auth': apiKey,
        'x-correlation-id': correlationId,
        ...(organizationId ? { 'x-invicti-organizationid': organizationId } : {})
      },
      meanings: { 401: () => unauthorized(context), 403: forbidden },
      trailer: [`${trace.label}: ${trace.value}`]
    }
    const { identity } = await checkIdentity(context, endpoint, parseIdentity)
    const notes = [trace]
    if (organizationId) {
      // No public source shows how the organization header is honoured (it may be bound into the
      // key instead), so the action says what it could and could not confirm rather than guess.
      notes.push(
        note(
          'Organization',
          identity.organization
            ? `${organizationId} requested; the answer names ${identity.organization}`
            : `${organizationId} requested, but the answer does not say which organization applies (not confirmed)`
        )
      )
    }
    const env: Record<string, string> = { INVICTI_URL: plan.url, INVICTI_API_KEY: apiKey }
    if (organizationId) env.INVICTI_ORGANIZATION_ID = organizationId
    return { identity, authHeader: `X-Auth: ${apiKey}`, env, notes }
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
