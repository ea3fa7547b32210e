/**
 * Socket: an organization API token (`sktsec_…`) sent as `Authorization: Bearer`, checked with
 * GET /v0/organizations, which answers {"organizations":{"<id>":{id, name, slug, plan, image}}}: the
 * organizations the token belongs to, and nobody else. Their names, comma-separated, are the
 * `organization` output; no user, role or scope is reported. Socket's errors are
 * {"error":{"message","details"}}; a 429 means the token's API quota is spent (this call costs one
 * unit). Sources: Socket's OpenAPI document (socket-sdk-js openapi.json: getOrganizations, the
 * bearerAuth and basicAuth schemes, SocketUnauthorized, SocketTooManyRequestsResponse) and
 * docs.socket.dev/reference/authentication; the `sktsec_` prefix from Socket's CLI and libraries.
 *
 * The token's environment variables are those Socket's tools look it up in, in their order
 * (SocketDev/socket-lib src/env/socket.mts getSocketApiToken: the canonical SOCKET_API_TOKEN, then
 * its legacy aliases): an empty api-token is read from the first that is set, and the token is
 * exported under the canonical name as well as the two older ones the Socket CLI reads, so a stale
 * job-level SOCKET_API_TOKEN cannot win over the token checked here.
 */
import { emptyIdentity, type Identity } from '../../core/identity.js'
import { checkIdentity, note, type Diagnosis } from '../../kit/endpoint.js'
import { isObject, MAX_NAMES, names, type Json } from '../../kit/parse.js'
import type { LoginResult, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Socket'
export const ORGANIZATIONS_PATH = '/v0/organizations'
export const TOKEN_PREFIX = 'sktsec_'
const TOKEN_PAGE = 'the Socket dashboard under Settings > API Tokens'
/** Where Socket's tools look for the token, first to last (socket-lib getSocketApiToken). */
export const TOKEN_ENV = [
  'SOCKET_API_TOKEN',
  'SOCKET_API_KEY',
  'SOCKET_CLI_API_TOKEN',
  'SOCKET_CLI_API_KEY',
  'SOCKET_SECURITY_API_TOKEN',
  'SOCKET_SECURITY_API_KEY'
] as const
/**
 * Where the Socket CLI looks for the API's base URL, first to last (SocketDev/socket-lib
 * src/env/socket-cli.mts getSocketCliApiBaseUrl, read by socket-cli's getDefaultApiBaseUrl in
 * packages/cli/src/util/socket/api-http.mts before its default https://api.socket.dev/v0/). A job
 * that sets one sends the CLI elsewhere: a token read from the environment is then not sent to
 * another server than the one it names, and a later step's CLI going elsewhere is warned about.
 */
export const API_BASE_URL_ENV = ['SOCKET_CLI_API_BASE_URL', 'SOCKET_SECURITY_API_BASE_URL'] as const
/** What later steps get: the canonical name, and the two the contract names (older Socket CLIs). */
export const EXPORTED_ENV = [
  'SOCKET_API_TOKEN',
  'SOCKET_SECURITY_API_KEY',
  'SOCKET_CLI_API_TOKEN'
] as const
const SECRET = 'the secret behind the api-token input (or SOCKET_API_TOKEN)'

/** The 401: Socket does not know the token. */
export function rejected(token: string): Diagnosis {
  const shape = token.startsWith(TOKEN_PREFIX)
    ? []
    : [
        `the token does not begin with ${TOKEN_PREFIX}, as Socket's organization API tokens do: it may be another service's token`
      ]
  return {
    headline: 'the API token was rejected',
    causes: [
      ...shape,
      'the token was revoked or rotated (a rotated token stops working at once)',
      'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
    ],
    fix: `create an API token in ${TOKEN_PAGE} and put it into ${SECRET}.`
  }
}

/** The 429: Socket's "Insufficient quota for API route", not a passing rate limit. */
const quotaSpent: Diagnosis = {
  headline: "the token's API quota is spent",
  causes: [
    `every Socket API call costs quota units (GET ${ORGANIZATIONS_PATH} costs one), and other jobs or tools using this organization's tokens have used them up`
  ],
  fix: `wait until the quota refills (Socket says when, in Retry-After), or ask Socket for a larger quota; GET /v0/quota shows what is left.`
}

/**
 * The 403. GET /v0/organizations needs no token scope (Socket's API reference), so of the causes the
 * Socket CLI gives for any 403 (socket-cli api-error-messages.mts: the token's permissions, its
 * organization access, the plan) only the last two are left.
 */
const forbidden: Diagnosis = {
  headline: 'the token was accepted but may not list its organizations',
  causes: [
    `GET ${ORGANIZATIONS_PATH} needs no token scope, so a scope is not what is missing: the token has lost access to its organization, or the organization's Socket plan does not include this`
  ],
  fix: `check the token and its organization in ${TOKEN_PAGE} and the organization's plan, or create a new token there and put it into ${SECRET}.`
}

/** 200 with an organization map that names none: the token reaches no organization. */
const noOrganization: Diagnosis = {
  headline: 'the token belongs to no organization',
  causes: [
    'the token is not an organization API token (a public or demonstration token), or its organization was deleted'
  ],
  fix: `create an API token in ${TOKEN_PAGE} of the organization the pipeline works for and put it into ${SECRET}.`
}

/**
 * The vendor's Location.readUrl: a url in the Socket CLI's own form, which ends in the API version
 * (its default is https://api.socket.dev/v0/), is read without it, since every path here starts with
 * /v0; undefined for any other url. Copied from SOCKET_CLI_API_BASE_URL, it would otherwise ask for
 * /v0/v0/organizations and fail with a 404 that says the url points elsewhere.
 */
export function readApiBaseUrl(given: string): { url: string; warning: string } | undefined {
  const url = new URL(given)
  const path = url.pathname.replace(/(?<!\/)\/+$/, '')
  if (!path.endsWith('/v0')) return undefined
  url.pathname = path.slice(0, -'/v0'.length) || '/'
  const read = url.toString().replace(/(?<!\/)\/+$/, '')
  return {
    url: read,
    warning: `The url input ${given} ends in /v0, the API version, which this step adds to every request: it uses ${read}. Set url: ${read} to name the API directly.`
  }
}

export const socket: Vendor = {
  id: 'socket',
  name: NAME,
  location: { defaultUrl: 'https://api.socket.dev', readUrl: readApiBaseUrl },
  modes: [{ id: 'api-token', inputs: ['api-token'] }],
  urlEnv: API_BASE_URL_ENV,
  credentialEnv: { 'api-token': TOKEN_ENV },
  roles: {
    kind: 'none',
    reason: `Socket API tokens belong to an organization, not to a user: GET ${ORGANIZATIONS_PATH} names the organization and no user or role. To limit what the pipeline can do, give its token only the scopes it needs.`
  },
  permissions: {
    kind: 'none',
    reason: `Socket does not report a token's own scopes (they are chosen when the token is created and shown in the dashboard): GET ${ORGANIZATIONS_PATH} needs none and says nothing of them. Remove required-permissions.`
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const token = plan.credentials['api-token']!
    const authorization = `Bearer ${token}`
    context.mask(authorization)
    const { identity } = await checkIdentity(
      context,
      {
        method: 'GET',
        path: ORGANIZATIONS_PATH,
        headers: { authorization },
        meanings: {
          401: () => rejected(token),
          403: forbidden,
          429: quotaSpent,
          // Only Socket's own map, empty: any other answer is "not the API".
          200: ({ body }) =>
            isObject(body) && isObject(body.organizations) ? noOrganization : undefined
        }
      },
      parseOrganizations,
      { anonymous: true, isSuccess: (body) => organizationNames(body).length > 0 }
    )
    const owner = note(
      'Token owner',
      'not reported: Socket API tokens belong to an organization, not to a user'
    )
    context.info(`${owner.label}: ${owner.value}`)
    return {
      identity,
      authHeader: `Authorization: ${authorization}`,
      env: Object.fromEntries(EXPORTED_ENV.map((name) => [name, token])),
      notes: [owner]
    }
  }
}

/**
 * The names of the organizations in `{"organizations":{"<id>":{...}}}`, or their slugs where the
 * name is null (the schema allows it); at most MAX_NAMES of them.
 */
export function organizationNames(body: Json): string[] {
  const organizations = body.organizations
  if (!isObject(organizations)) return []
  return names(Object.values(organizations).filter(isObject).slice(0, MAX_NAMES), [
    'name',
    'slug',
    'id'
  ])
}

export function parseOrganizations(body: Json): Identity {
  return { ...emptyIdentity(), organization: organizationNames(body).join(', ') }
}
