/**
 * Veracode: API ID and key, never sent. Every request carries a fresh HMAC signature
 * (`VERACODE-HMAC-SHA-256 id=…,ts=…,nonce=…,sig=…`), computed as Veracode's own signing libraries
 * compute it:
 *
 *   data = "id={API ID, lower case}&host={host name, lower case}&url={path and query}&method={METHOD}"
 *   kNonce = HMAC-SHA256(key = API key hex-decoded, nonce hex-decoded)
 *   kDate  = HMAC-SHA256(kNonce, timestamp in ms as text)
 *   kSig   = HMAC-SHA256(kDate, "vcode_request_version_1")
 *   sig    = hex(HMAC-SHA256(kSig, data))
 *
 * A credential may carry a region prefix (`vera01ei-` / `vera01es-`: the 7th character names the
 * region, e for EU); the prefix is stripped before signing, as Veracode's libraries do, and an EU
 * prefix selects api.veracode.eu by itself. Two requests: GET /api/authn/v2/users/self (who), then
 * GET /api/authn/v2/api_credentials (when the credentials expire). Sources: shared vendor notes
 * §2.2 "5. Veracode", docs.veracode.com/r/c_hmac_signing_example, docs.veracode.com/r/c_identity_intro.
 * Unconfirmed: the 401 body, and how far the runner's clock may drift from Veracode's.
 */
import { ActionFailure, type Diagnosis } from '../../core/failure.js'
import { normaliseExpiry } from '../../core/expiry.js'
import { parseJson } from '../../net/client.js'
import type { Identity } from '../../core/identity.js'
import type { Plan } from '../../plan/index.js'
import {
  checkIdentity,
  explainAnswer,
  note,
  regionCause,
  type Endpoint
} from '../../kit/endpoint.js'
import { firstPresent, firstText, isObject, names } from '../../kit/parse.js'
import type { CredentialInput, LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Veracode'
const SCHEME = 'VERACODE-HMAC-SHA-256'
const REQUEST_VERSION = 'vcode_request_version_1'
const SELF_PATH = '/api/authn/v2/users/self'
const CREDENTIALS_PATH = '/api/authn/v2/api_credentials'

export const REGIONS = { us: 'https://api.veracode.com', eu: 'https://api.veracode.eu' }

/** A credential's region prefix: eight characters and a dash; the 7th names the region. */
const PREFIX = /^([A-Za-z0-9]{8})-(.*)$/
const PREFIX_REGIONS: Readonly<Record<string, string>> = { e: 'eu', g: 'us' }

export const veracode: Vendor = {
  id: 'veracode',
  name: NAME,
  location: {
    defaultUrl: REGIONS.us,
    regions: REGIONS,
    defaultRegion: 'us',
    regionFromCredentials: (credentials) => regionOfCredentials(credentials).region
  },
  modes: [{ id: 'api-credentials', inputs: ['access-key', 'secret-key'] }],
  credentialEnv: {
    'access-key': ['VERACODE_API_KEY_ID'],
    'secret-key': ['VERACODE_API_KEY_SECRET']
  },
  roles: { kind: 'names' },
  permissions: {
    kind: 'none',
    reason:
      'Veracode reports roles (Creator, Submitter, Reviewer, Upload API, ...), not individual permissions. Use required-roles instead.'
  },
  validate: validatePlan,

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const id = stripPrefix(plan.credentials['access-key']!)
    const key = stripPrefix(plan.credentials['secret-key']!)
    // The bare values are substrings of the masked inputs, which the runner would not hide alone.
    context.mask(id)
    context.mask(key)
    // Loaded only here: node:crypto is not needed by any other vendor at start-up.
    const { createHmac, randomBytes } = await import('node:crypto')
    // Signed per attempt, from the URL actually sent: a retry gets a fresh timestamp and nonce.
    const signedHeaders = (target: URL): Record<string, string> => {
      const header = signatureHeader(
        { id, key, host: target.hostname, url: target.pathname + target.search, method: 'GET' },
        { createHmac, randomBytes },
        Date.now()
      )
      context.mask(header)
      return { authorization: header }
    }
    const meanings = { 401: () => unauthorized(context) }

    const { identity } = await checkIdentity(
      context,
      { method: 'GET', path: SELF_PATH, signedHeaders, meanings },
      (user) => parseUser(user)
    )

    const endpoint: Endpoint = {
      method: 'GET',
      path: CREDENTIALS_PATH,
      signedHeaders,
      meanings
    }
    const response = await context.http.request(endpoint)
    const body = parseJson(response.body)
    const notes: Note[] = []
    let credentialExpiresAt: string | undefined
    if (response.status >= 200 && response.status < 300 && isObject(body)) {
      credentialExpiresAt = normaliseExpiry(body.expiration_ts)
      if (!credentialExpiresAt) {
        notes.push(note('Credential expiry', 'not reported (no expiration_ts in the answer)'))
      }
    } else if (response.status === 403 || response.status === 404) {
      // The identity is already verified; an account that may not read its own credentials' record
      // only loses the expiry warning.
      notes.push(note('Credential expiry', `not reported (HTTP ${response.status})`))
    } else {
      throw explainAnswer(context, endpoint, response, body)
    }
    if (plan.region) notes.unshift(note('Region', `${plan.region} (${plan.url})`))
    for (const n of notes) context.info(`${n.label}: ${n.value}`)
    return {
      identity,
      // Each request needs its own signature, so there is no header a later step could reuse.
      authHeader: '',
      ...(credentialExpiresAt ? { credentialExpiresAt } : {}),
      env: {
        VERACODE_API_KEY_ID: plan.credentials['access-key']!,
        VERACODE_API_KEY_SECRET: plan.credentials['secret-key']!
      },
      notes
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Credentials

/** The region a credential's prefix names; `unknown` holds a prefix character no region has. */
export function regionOfCredentials(credentials: Partial<Record<CredentialInput, string>>): {
  region: string | undefined
  unknown?: string
} {
  const prefix = PREFIX.exec(credentials['access-key'] ?? '')?.[1]
  if (!prefix) return { region: undefined }
  const character = prefix[6]!.toLowerCase()
  const region = PREFIX_REGIONS[character]
  return region ? { region } : { region: undefined, unknown: prefix }
}

/** The credential without its region prefix, as Veracode's libraries sign with it. */
export function stripPrefix(credential: string): string {
  return PREFIX.exec(credential)?.[2] ?? credential
}

const HEX = /^[0-9a-fA-F]+$/

/** Shapes Veracode's own libraries check, and the region the prefix names; throws naming the input. */
export function validatePlan(plan: Plan): string[] {
  const idInput = plan.credentials['access-key'] ?? ''
  const keyInput = plan.credentials['secret-key'] ?? ''
  const id = stripPrefix(idInput)
  const key = stripPrefix(keyInput)
  const idLooksLikeKey = HEX.test(id) && id.length >= 128
  const keyLooksLikeId = HEX.test(key) && key.length >= 32 && key.length < 128
  if (idLooksLikeKey && keyLooksLikeId) {
    throw new ActionFailure(
      [
        'The access-key and secret-key inputs look swapped: access-key holds a value as long as a Veracode API key (secret), and secret-key one as short as an API ID.',
        'Fix: put the API ID in access-key (or VERACODE_API_KEY_ID) and the API key in secret-key (or VERACODE_API_KEY_SECRET).'
      ].join('\n')
    )
  }
  if (!HEX.test(id) || id.length < 32 || id.length > 128) {
    throw new ActionFailure(
      `The access-key input is not a Veracode API ID (32 to 128 hexadecimal characters, perhaps after a region prefix such as vera01ei-). Copy the API ID from Veracode > API Credentials into the secret behind access-key (or VERACODE_API_KEY_ID).`
    )
  }
  if (!HEX.test(key) || key.length < 128 || key.length > 1024 || key.length % 2 !== 0) {
    throw new ActionFailure(
      `The secret-key input is not a Veracode API key (at least 128 hexadecimal characters, perhaps after a region prefix such as vera01es-). Copy the API key (secret) from Veracode > API Credentials into the secret behind secret-key (or VERACODE_API_KEY_SECRET).`
    )
  }

  const fromId = regionOfCredentials({ 'access-key': idInput })
  const fromKey = regionOfCredentials({ 'access-key': keyInput })
  if (fromId.unknown || fromKey.unknown) {
    const prefix = fromId.unknown ?? fromKey.unknown
    if (plan.region !== undefined) {
      throw new ActionFailure(
        `The Veracode credentials carry the prefix ${prefix}-, which names a region this action has no URL for (only ${Object.keys(REGIONS).join(', ')}; "f" is Veracode's FedRAMP region). Set the url input to that region's API URL.`
      )
    }
  } else if (fromId.region !== fromKey.region) {
    throw new ActionFailure(
      'The access-key and secret-key inputs carry different region prefixes (or only one has one): they are not one pair. Copy both from the same Veracode > API Credentials page.'
    )
  }
  const credentialRegion = fromId.region
  if (credentialRegion && plan.region && plan.region !== credentialRegion) {
    throw new ActionFailure(
      `The Veracode credentials belong to region ${credentialRegion} (their prefix says so), but the region input is ${plan.region}. Remove the region input (the prefix selects ${REGIONS[credentialRegion as keyof typeof REGIONS]}) or use credentials from region ${plan.region}.`
    )
  }
  return []
}

// ---------------------------------------------------------------------------------------------
// Signing

interface SigningInput {
  /** API ID and key without region prefixes. */
  id: string
  key: string
  /** Host name without the port, as Veracode's clients sign it. */
  host: string
  /** The request's path and query, any base path included. */
  url: string
  method: string
}

interface Crypto {
  createHmac: typeof import('node:crypto').createHmac
  randomBytes: typeof import('node:crypto').randomBytes
}

/** The Authorization header for one request, with a fresh nonce (16 random bytes) and timestamp. */
export function signatureHeader(
  input: SigningInput,
  crypto: Crypto,
  timestampMs: number,
  nonce = crypto.randomBytes(16).toString('hex')
): string {
  const ts = String(timestampMs)
  const data = `id=${input.id.toLowerCase()}&host=${input.host.toLowerCase()}&url=${input.url}&method=${input.method.toUpperCase()}`
  const hmac = (key: Buffer, message: Buffer | string): Buffer =>
    crypto.createHmac('sha256', key).update(message).digest()
  const keyNonce = hmac(Buffer.from(input.key, 'hex'), Buffer.from(nonce, 'hex'))
  const keyDate = hmac(keyNonce, ts)
  const signingKey = hmac(keyDate, REQUEST_VERSION)
  const sig = crypto.createHmac('sha256', signingKey).update(data).digest('hex')
  return `${SCHEME} id=${input.id},ts=${ts},nonce=${nonce},sig=${sig}`
}

// ---------------------------------------------------------------------------------------------
// Answers

/** The documented user model: user_name, email_address, first/last name, roles[].role_name. */
export function parseUser(user: unknown): Identity {
  const first = firstText(user, ['first_name'])
  const last = firstText(user, ['last_name'])
  const roleValue = firstPresent(user, ['roles'])
  const organization = firstPresent(user, ['organization'])
  const identity: Identity = {
    userId: firstText(user, ['user_id', 'user_legacy_id']),
    username: firstText(user, ['user_name']),
    displayName: [first, last].filter(Boolean).join(' '),
    email: firstText(user, ['email_address']),
    roles: roleValue === undefined ? undefined : names(roleValue, ['role_name']),
    permissions: undefined,
    organization: isObject(organization)
      ? firstText(organization, ['org_name', 'name'])
      : names(organization).join(', ')
  }
  // "Upload API" in the console is role_name "uploadapi": either spelling meets required-roles.
  if (roleValue !== undefined) identity.roleAliases = names(roleValue, ['role_description'])
  return identity
}

/** What a 401 means here: the signature, its clock, or the credentials themselves. */
function unauthorized(context: VendorContext): Diagnosis {
  return {
    headline: 'the signed request was rejected',
    causes: [
      ...regionCause(context),
      'the credentials were revoked or have expired: each user has one active API ID and key, and generating a new pair revokes the old one',
      'the API ID and key were swapped, or are not one pair (access-key holds the API ID, secret-key the API key)',
      "this runner's clock is off: the signature carries its time, and Veracode refuses one too far from its own (how far is not documented; keep the clock within a minute, with NTP)"
    ],
    fix: 'generate new API credentials in Veracode > API Credentials (or check their expiry there), store the API ID in access-key (or VERACODE_API_KEY_ID) and the key in secret-key (or VERACODE_API_KEY_SECRET), and check the runner clock.'
  }
}
