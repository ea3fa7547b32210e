/**
 * Tenable Vulnerability Management (formerly Tenable.io, cloud.tenable.com): API keys in
 * `X-ApiKeys`, verified with one GET /session, which names the user, its role level
 * (`permissions`), its privilege strings (`user_permissions`, e.g. TIO_BACKEND.SCAN.READ) and its
 * container. Two 401 shapes: JSON `{statusCode, error, message}` for wrong keys (quoted in public
 * code, not recorded), and, recorded, a plain-text body with `X-Path-Handler: blacklisted` for a key
 * whose container is gone. Sources: shared vendor notes §3 and decisions 10-14, vendors-next F9-F13.
 */
import { ActionFailure, chosenServer, type Diagnosis } from '../../core/failure.js'
import type { HttpResponse } from '../../net/types.js'
import { describeIdentity, type Identity } from '../../core/identity.js'
import { checkIdentity, type Answer, type Endpoint } from '../../kit/endpoint.js'
import { bool, firstText, names, text, type Json } from '../../kit/parse.js'
import {
  apiKeysHeaderValue,
  roleFromLevel,
  validateApiKeys,
  type KeySource,
  explainPastedKeyLine
} from '../../kit/tenable-keys.js'
import type { LoginResult, Plan, RoleLevel, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Tenable VM'
const SESSION_PATH = '/session'

/** The documented role levels (developer.tenable.com "Roles"); a role means that level or higher. */
export const TENABLE_VM_LEVELS: readonly RoleLevel[] = [
  { name: 'Basic', level: 16 },
  { name: 'Scan Operator', level: 24 },
  { name: 'Standard', level: 32 },
  { name: 'Scan Manager', level: 40 },
  { name: 'Administrator', level: 64 }
]
/** Reported by the newer roles page; below every level a step could require. */
const READ_ONLY = { 0: 'Read-Only' }

const KEY_SOURCE: KeySource = {
  vendorName: NAME,
  generatedAt: 'Settings > My Account > API Keys > Generate',
  envNames: 'TIO_ACCESS_KEY / TIO_SECRET_KEY'
}

function keysRejected(plan: Plan): Diagnosis {
  return {
    headline: 'the API keys were rejected',
    causes: [
      'the keys were regenerated (generating new keys replaces the old pair) or deleted',
      'the secret key does not belong to that access key (swapped, or taken from different pairs)',
      `the keys belong to another Tenable site than ${chosenServer(plan)} (a FedRAMP or on-premises-managed site)`,
      'an administrator turned off API access for this user'
    ],
    fix: 'generate a new pair under Settings > My Account > API Keys and put it into the secrets behind the access-key and secret-key inputs (or TIO_ACCESS_KEY / TIO_SECRET_KEY).'
  }
}

/** The recorded answer for a key whose container (the Tenable VM instance) no longer exists. */
const KEY_BLACKLISTED: Diagnosis = {
  headline: 'the access key was revoked, or its container was deleted',
  causes: [
    'the key belongs to a Tenable VM container (instance) that was deleted or expired, such as an old trial or evaluation',
    'Tenable blocked the key ("blacklisted"): it is tied to no active container on any site'
  ],
  fix: "generate keys in the Tenable VM container you use now (Settings > My Account > API Keys) and update the access-key and secret-key inputs; a new user's keys are needed if the old container is gone."
}

const FORBIDDEN: Diagnosis = {
  headline: 'the API keys are valid but may not read their own session',
  causes: [
    'the user\'s role or an access-control rule does not allow API use (Tenable VM answers "Insufficient scope" when the role is too low)',
    'the request was sent on behalf of another user (an X-Impersonate header added by a proxy)'
  ],
  fix: 'ask a Tenable VM administrator to allow API access for this user, or use the keys of a user with at least the Basic role.'
}

function unauthorized({ response, plan }: Answer): Diagnosis {
  const handler = String(response.headers['x-path-handler'] ?? '').toLowerCase()
  return handler === 'blacklisted' || /has been blacklisted/i.test(response.body)
    ? KEY_BLACKLISTED
    : keysRejected(plan)
}

export const tenableVm: Vendor = {
  id: 'tenable-vm',
  name: NAME,
  location: { defaultUrl: 'https://cloud.tenable.com' },
  modes: [{ id: 'api-key', inputs: ['access-key', 'secret-key'] }],
  // pyTenable's names first, then the retired Tenable.io SDK's.
  urlEnv: ['TIO_URL'],
  credentialEnv: {
    'access-key': ['TIO_ACCESS_KEY', 'TENABLEIO_ACCESS_KEY'],
    'secret-key': ['TIO_SECRET_KEY', 'TENABLEIO_SECRET_KEY']
  },
  roles: {
    kind: 'levels',
    levels: TENABLE_VM_LEVELS,
    administrative: { fromLevel: 64, narrower: 'Scan Manager (40)' }
  },
  // No `known` list: user_permissions span Tenable's products and grow with them, so an unknown
  // name is left to the gate ("lacks"); see the README.
  permissions: { kind: 'reported' },

  explainCredentials: (given) => explainPastedKeyLine(given, KEY_SOURCE),
  validate(plan) {
    validateApiKeys(
      plan.credentials['access-key'] ?? '',
      plan.credentials['secret-key'] ?? '',
      KEY_SOURCE
    )
    return []
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const accessKey = plan.credentials['access-key']!
    const secretKey = plan.credentials['secret-key']!
    const headerValue = apiKeysHeaderValue(accessKey, secretKey)
    context.mask(headerValue)
    const { identity, response, body } = await checkIdentity(
      context,
      sessionEndpoint(headerValue),
      parseSession
    )
    refuseDisabledUser(identity, body, response)
    return {
      identity,
      authHeader: `X-ApiKeys: ${headerValue}`,
      env: { TIO_URL: plan.url, TIO_ACCESS_KEY: accessKey, TIO_SECRET_KEY: secretKey }
    }
  }
}

/** GET /session with the keys, and what its statuses mean. */
export function sessionEndpoint(headerValue: string): Endpoint {
  return {
    method: 'GET',
    path: SESSION_PATH,
    headers: { 'x-apikeys': headerValue },
    meanings: { 401: unauthorized, 403: FORBIDDEN }
  }
}

/**
 * A disabled user's keys must not pass the check. What such keys get is not public: this assumes
 * GET /session still answers, with `enabled: false` (a 401 would be explained as rejected keys).
 */
function refuseDisabledUser(identity: Identity, body: Json, response: HttpResponse): void {
  if (bool(body.enabled) !== false) return
  throw new ActionFailure(
    [
      `${NAME}: the API keys belong to ${describeIdentity(identity)}, whose user account is disabled (${response.endpoint} answered HTTP ${response.status} with "enabled": false).`,
      'Likely cause: an administrator disabled the user (it left, or the account is being retired), while its keys are still stored in this repository.',
      'Fix: ask a Tenable VM administrator to enable the user, or generate keys for an enabled user and update the access-key and secret-key inputs (or TIO_ACCESS_KEY / TIO_SECRET_KEY).'
    ].join('\n')
  )
}

/** Reads GET /session: `id` a number, `username` and `user_name` both the login e-mail. */
export function parseSession(user: Json): Identity {
  const email = firstText(user, ['email'])
  const username = firstText(user, ['username', 'user_name']) || email
  const privileges = user.user_permissions
  return {
    userId: text(user.id) || firstText(user, ['uuid']),
    username,
    displayName: firstText(user, ['name']) || username,
    email,
    ...roleFromLevel(user.permissions, TENABLE_VM_LEVELS, READ_ONLY),
    permissions: Array.isArray(privileges) ? names(privileges) : undefined,
    organization: firstText(user, ['container_name'])
  }
}
