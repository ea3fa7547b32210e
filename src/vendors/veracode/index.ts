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
 * region, e for EU, f for FedRAMP); the prefix is stripped before signing, as Veracode's libraries
 * do, and selects its region's host by itself (api.veracode.eu, api.veracode.us, the hosts Veracode's
 * own client maps its regions to). Two requests: GET /api/authn/v2/users/self (who), then
 * GET /api/authn/v2/api_credentials (when the credentials expire). Every failure after an answer
 * quotes the answer's `x-conversation-id`, which Veracode's client logs for support.
 * Sources: shared vendor notes §2.2 "5. Veracode", docs.veracode.com/r/c_hmac_signing_example,
 * docs.veracode.com/r/c_identity_intro, veracode/veracode-api-py (constants.py REGIONS,
 * apihelper.py x-conversation-id). Unconfirmed: the 401 body, and how far the runner's clock may
 * drift from Veracode's.
 *
 * OAuth Client credentials (a client ID and secret traded for a short-lived token) exist
 * (docs.veracode.com/r/OAuth_Client_credentials), but no public page names the token endpoint or
 * the request, so they are refused by name rather than guessed at.
 */
import { ActionFailure, type Diagnosis } from '../../core/failure.js'
import { normaliseExpiry } from '../../core/expiry.js'
import { parseJson } from '../../net/json.js'
import type { HttpResponse } from '../../net/types.js'
import type { Identity } from '../../core/identity.js'
import {
  checkIdentity,
  explainAnswer,
  note,
  regionCause,
  type Endpoint,
  type StatusMeanings
} from '../../kit/endpoint.js'
import {
  deniedEntry,
  firstPresent,
  firstText,
  isObject,
  MAX_NAMES,
  names
} from '../../kit/parse.js'
import type { LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'
import { REGIONS, regionOfCredentials, stripPrefix, validatePlan } from './credentials.js'

const NAME = 'Veracode'
const SCHEME = 'VERACODE-HMAC-SHA-256'
const REQUEST_VERSION = 'vcode_request_version_1'
const SELF_PATH = '/api/authn/v2/users/self'
const CREDENTIALS_PATH = '/api/authn/v2/api_credentials'

/** Veracode's request reference, as its answers carry it: quoted only when it looks like one. */
const CONVERSATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

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
  roles: {
    kind: 'names',
    // "Administrator" is the role's description; extadmin its role_name. An API service account's
    // "Admin API" (adminapi) may use every Identity endpoint, as an Administrator may: create users
    // and grant them any role (docs.veracode.com/r/c_identity_intro, c_identity_create_api).
    administrative: {
      names: ['Administrator', 'extadmin', 'Admin API', 'adminapi'],
      narrower: 'Submitter (Upload and Scan API for an API service account)'
    },
    // role_description is the name the console shows: uploadapi is "Upload and Scan API"
    // (docs.veracode.com/r/c_identity_create_api). An alias with no role_name is judged itself.
    shown: (role, identity) => {
      const alias = identity.roleAliases?.find((entry) => entry.of === role)?.alias
      return `"${role}"${alias ? ` (${alias})` : ''}`
    }
  },
  permissions: {
    kind: 'none',
    reason:
      'Veracode reports roles (Creator, Submitter, Reviewer, Upload and Scan API, ...), not individual permissions. Use required-roles instead.'
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
    // The latest answer's conversation id, for a failure message; none before an answer.
    let conversation = ''
    const heard = (response: HttpResponse): void => {
      conversation = conversationId(response)
    }
    try {
      const { identity } = await checkIdentity(
        context,
        {
          method: 'GET',
          path: SELF_PATH,
          signedHeaders,
          meanings: meanings(context),
          onAnswer: heard
        },
        (user) => parseUser(user)
      )
      conversation = ''
      const expiry = await credentialExpiry(context, signedHeaders, heard)
      const notes = [...expiry.notes]
      if (plan.region) notes.unshift(note('Region', `${plan.region} (${plan.url})`))
      for (const n of notes) context.info(`${n.label}: ${n.value}`)
      return {
        identity,
        // Each request needs its own signature, so there is no header a later step could reuse.
        authHeader: '',
        ...(expiry.at ? { credentialExpiresAt: expiry.at } : {}),
        env: {
          VERACODE_API_KEY_ID: plan.credentials['access-key']!,
          VERACODE_API_KEY_SECRET: plan.credentials['secret-key']!
        },
        notes
      }
    } catch (error) {
      throw withConversation(error, conversation)
    }
  }
}

/** Both requests mean the same by a 401: the signature, its clock, or the credentials. */
function meanings(context: VendorContext): StatusMeanings {
  return { 401: () => unauthorized(context) }
}

/** GET api_credentials: the credentials' own expiry; a 403 or 404 only loses it, with a note. */
async function credentialExpiry(
  context: VendorContext,
  signedHeaders: (target: URL) => Record<string, string>,
  heard: (response: HttpResponse) => void
): Promise<{ at: string | undefined; notes: Note[] }> {
  const endpoint: Endpoint = {
    method: 'GET',
    path: CREDENTIALS_PATH,
    signedHeaders,
    meanings: meanings(context)
  }
  const response = await context.http.request(endpoint)
  heard(response)
  const body = parseJson(response.body)
  if (response.status >= 200 && response.status < 300 && isObject(body)) {
    const at = normaliseExpiry(body.expiration_ts)
    return {
      at,
      notes: at ? [] : [note('Credential expiry', 'not reported (no expiration_ts in the answer)')]
    }
  }
  if (response.status === 403 || response.status === 404) {
    // The identity is already verified; an account that may not read its own credentials' record
    // only loses the expiry warning.
    return {
      at: undefined,
      notes: [note('Credential expiry', `not reported (HTTP ${response.status})`)]
    }
  }
  throw explainAnswer(context, endpoint, response, body)
}

/** The answer's `x-conversation-id`, when it has the shape of one; '' otherwise. */
export function conversationId(response: Pick<HttpResponse, 'headers'>): string {
  const value = response.headers['x-conversation-id']
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
  return CONVERSATION_ID.test(text) ? text : ''
}

/** The failure with the conversation id of the answer that caused it, for Veracode support. */
function withConversation(error: unknown, conversation: string): unknown {
  if (!(error instanceof ActionFailure) || !conversation) return error
  return new ActionFailure(
    `${error.message}\nConversation ID: ${conversation} (the answer's x-conversation-id; quote it to Veracode support)`
  )
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
  // "Upload and Scan API" in the console is role_name "uploadapi": either spelling names the role.
  // An entry the answer says is not held ("granted": false) is skipped here as names() skips it, or
  // its console name would meet the required role that its role_name does not.
  if (roleValue !== undefined) {
    identity.roleAliases = (Array.isArray(roleValue) ? roleValue : [roleValue])
      .filter((entry) => !deniedEntry(entry))
      .flatMap((entry) => {
        const of = isObject(entry) ? firstText(entry, ['role_name']) : ''
        const alias = isObject(entry) ? firstText(entry, ['role_description']) : ''
        // A console name with no role_name beside it still meets required-roles, but vouches for no role.
        return alias ? [{ alias, of: identity.roles?.includes(of) ? of : '' }] : []
      })
      .slice(0, MAX_NAMES)
  }
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
