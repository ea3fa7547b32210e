/**
 * SonarQube (Server and Cloud): a token sent as `Authorization: Bearer` (SonarQube 10.0+ and
 * SonarQube Cloud), checked with GET /api/authentication/validate, then read with
 * GET /api/users/current.
 *
 * - validate always answers HTTP 200: `{"valid":false}` is SonarQube's own "this token is rejected"
 *   (the URL skips session loading, so it never answers 401).
 * - users/current answers a bad token with 401 and an empty body, and a good one with the login,
 *   name, email, groups and `permissions.global`. Analysis tokens authenticate as their owner with
 *   permissions cut down to analysis (SonarQube's TokenUserSession), so `permissions.global` is
 *   already what the token may do; groups are the owner's and say nothing about the token.
 * - The token's own expiry arrives in the `SonarQube-Authentication-Token-Expiration` header of
 *   token-authenticated answers (users/current, not validate), as `2026-11-28T00:00:00+0000`.
 * - Errors are `{"errors":[{"msg":"..."}]}` (e.g. 403 "Insufficient privileges"); SonarQube's own
 *   scanner joins every `msg` with ", " (DefaultScannerWsClient.tryParseAsJsonError), and so does
 *   this module when it quotes SonarQube.
 *
 * Sources: shared vendor notes (next vendors, SonarQube), SonarQube's UserSessionInitializer and
 * users/current example, docs.sonarsource.com web-api and token pages. The token prefixes (`squ_`,
 * `sqp_`, `sqa_`) are what SonarQube issues but have no primary documentation, so they only name the
 * token type in the log and decide whether the owner's groups are reported; nothing is refused by
 * prefix.
 */
import { ActionFailure, type Diagnosis } from '../../core/failure.js'
import { normaliseExpiry } from '../../core/expiry.js'
import type { HttpResponse } from '../../net/types.js'
import type { Identity } from '../../core/identity.js'
import { call, checkIdentity, note, regionCause, type Answer } from '../../kit/endpoint.js'
import { bool, firstPresent, firstText, isObject, names, type Json } from '../../kit/parse.js'
import type { LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'
import { refuseUiPermissionNames } from './permissions.js'
import { sonarErrorText, tokenType, type TokenType } from './words.js'

export { sonarErrorText, tokenType, type TokenType }

const NAME = 'SonarQube'
const VALIDATE_PATH = '/api/authentication/validate'
const CURRENT_USER_PATH = '/api/users/current'
export const EXPIRY_HEADER = 'sonarqube-authentication-token-expiration'
const REGIONS = { eu: 'https://sonarcloud.io', us: 'https://sonarqube.us' }

const TYPE_NOTES: Record<TokenType, string> = {
  user: 'user token (squ_): acts with all of its owner’s permissions',
  'project-analysis':
    'project analysis token (sqp_): acts as its owner, but may only analyse the one project it was created for; SonarQube does not say which, so this check proves the token is valid and whose it is, not that it may analyse this repository’s project',
  'global-analysis':
    'global analysis token (sqa_): acts as its owner, but only with analysis permissions (scan, provisioning); the permissions output lists what it keeps',
  unknown:
    'not shown by its prefix (tokens created before SonarQube 9.x have none); read as a user token'
}

/** Causes common to a rejected token, whichever request said so. */
function rejected(context: VendorContext): Diagnosis {
  return {
    headline: 'the token was rejected',
    causes: [
      'the token was revoked, or has expired (SonarQube e-mails its owner before a token expires)',
      ...regionCause(context),
      'the token belongs to another SonarQube server than the url input (SonarQube Server and SonarQube Cloud tokens are not interchangeable)',
      'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)',
      'the server is a SonarQube Server older than 10.0, which does not accept tokens as Bearer'
    ],
    fix: 'create a new token in My Account > Security and store it in the secret behind the api-token input (or SONAR_TOKEN); for SonarQube Server set url to your server, for SonarQube Cloud set region (eu, us).'
  }
}

/** validate's own signal: 200 with `valid` false is a rejected token, not a success. */
function validateAnswer(context: VendorContext) {
  return ({ body }: Answer): Diagnosis | undefined =>
    isObject(body) && bool(body.valid) === false ? rejected(context) : undefined
}

/** users/current with `isLoggedIn` false: the server let an anonymous call through. */
function anonymous(): Diagnosis {
  return {
    headline: 'the server answered for an anonymous user, not for the token',
    causes: [
      'a proxy in front of SonarQube removed the Authorization header',
      'the server does not force authentication (sonar.forceAuthentication is off) and ignored the token'
    ],
    fix: 'check that requests to the url input reach SonarQube with their Authorization header.'
  }
}

export const sonarqube: Vendor = {
  id: 'sonarqube',
  name: NAME,
  location: {
    defaultUrl: REGIONS.eu,
    regions: REGIONS,
    defaultRegion: 'eu',
    urlExample: 'https://sonarqube.example.com'
  },
  modes: [{ id: 'api-token', inputs: ['api-token'] }],
  credentialEnv: { 'api-token': ['SONAR_TOKEN'] },
  // Groups are the nearest thing SonarQube has to roles (sonar-administrators, sonar-users).
  roles: { kind: 'names' },
  // The global permission "Administer System" (`admin`): a scan needs only "Execute Analysis".
  permissions: {
    kind: 'reported',
    administrative: { names: ['admin'], narrower: 'only the Execute Analysis permission (scan)' }
  },

  validate(plan) {
    refuseUiPermissionNames(plan)
    if (plan.mint && plan.postStepLacks.includes('api-token')) {
      throw new ActionFailure(
        [
          'mint-token needs the token in the api-token input, not only in SONAR_TOKEN: the post step revokes the minted token with the given one, and reads it from its input, since by then SONAR_TOKEN holds the minted token (which may not revoke).',
          'Fix: api-token: ${{ secrets.SONAR_TOKEN }}'
        ].join('\n')
      )
    }
    return []
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const token = plan.credentials['api-token']!
    const authorization = `Bearer ${token}`
    context.mask(authorization)
    const headers = { authorization }
    const meanings = { 401: () => rejected(context) }

    // users/current alone would also refuse a bad token (401, empty body), so validate adds no
    // proof. It is kept because the contract names it, and because its {"valid":false} is
    // SonarQube's own verdict on the token, where a bare 401 could also come from a proxy.
    await call(
      context,
      {
        method: 'GET',
        path: VALIDATE_PATH,
        headers,
        meanings: { ...meanings, 200: validateAnswer(context) },
        errorText: sonarErrorText
      },
      (body) => bool(body.valid) === true
    )
    const { identity, response } = await checkIdentity(
      context,
      {
        method: 'GET',
        path: CURRENT_USER_PATH,
        headers,
        meanings: {
          ...meanings,
          200: ({ body }) =>
            isObject(body) && bool(body.isLoggedIn) === false ? anonymous() : undefined
        },
        errorText: sonarErrorText
      },
      (body) => parseIdentity(body, tokenType(token)),
      { isSuccess: (body) => bool(body.isLoggedIn) !== false }
    )

    const type = tokenType(token)
    const notes: Note[] = [note('Token type', TYPE_NOTES[type])]
    if (type === 'project-analysis' || type === 'global-analysis') {
      notes.push(
        note(
          'Groups',
          'not reported: they are the owner’s, and an analysis token does not act with them'
        )
      )
    }
    const credentialExpiresAt = tokenExpiry(response)
    if (!credentialExpiresAt)
      notes.push(
        note('Token expiry', 'none reported (no expiry date, or a server that does not send it)')
      )
    for (const n of notes) context.info(`${n.label}: ${n.value}`)

    return {
      identity,
      authHeader: `Authorization: ${authorization}`,
      ...(credentialExpiresAt ? { credentialExpiresAt } : {}),
      env: { SONAR_HOST_URL: plan.url, SONAR_TOKEN: token },
      notes
    }
  },

  // Loaded only when used: a check without mint-token never parses the minting code.
  mint: async (context, login) => (await import('./mint.js')).mintAnalysisToken(context, login),
  logout: async (context, saved) => (await import('./mint.js')).revokeAnalysisToken(context, saved)
}

/** The token's own expiry from users/current's header, as ISO-8601 UTC; undefined when absent. */
export function tokenExpiry(response: Pick<HttpResponse, 'headers'>): string | undefined {
  const value = response.headers[EXPIRY_HEADER]
  return normaliseExpiry(Array.isArray(value) ? value[0] : value)
}

/**
 * Reads users/current. Groups become roles only for a user token: an analysis token acts as its
 * owner with analysis rights only, so the owner's groups would let required-roles pass on authority
 * the token does not have.
 */
export function parseIdentity(body: Json, type: TokenType): Identity {
  const permissions = isObject(body.permissions) ? body.permissions.global : undefined
  const groups = firstPresent(body, ['groups'])
  const analysis = type === 'project-analysis' || type === 'global-analysis'
  return {
    userId: firstText(body, ['id']),
    username: firstText(body, ['login']),
    displayName: firstText(body, ['name']),
    email: firstText(body, ['email']),
    roles: analysis || groups === undefined ? undefined : names(groups),
    permissions: Array.isArray(permissions) ? names(permissions) : undefined,
    organization: ''
  }
}
