/**
 * SonarQube (Server and Cloud): a token checked with GET /api/authentication/validate, then read
 * with GET /api/users/current (./verify.ts). It is sent as `Authorization: Bearer` (SonarQube Cloud,
 * SonarQube Server 10.0+); a SonarQube Server that refuses or ignores Bearer (before 10.0: 9.9 LTA)
 * gets it once more as HTTP Basic with the token as login and an empty password, which then carries
 * the rest of the run (./scheme.ts).
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
 * token type in the log and decide whether the owner's groups are reported; the one thing refused by
 * prefix is required-roles with a token that acts without its owner's groups.
 */
import { ActionFailure } from '../../core/failure.js'
import { normaliseExpiry } from '../../core/expiry.js'
import type { HttpResponse } from '../../net/types.js'
import { note } from '../../kit/endpoint.js'
import type { LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'
import {
  GLOBAL_PERMISSION_NAMES,
  refuseUiPermissionNames,
  refuseUiPermissionRoles
} from './permissions.js'
import { CLOUD_REGIONS, isSonarCloud, SCHEME_WORDS } from './scheme.js'
import { ADMIN_PERMISSION, parseIdentity, verifyToken } from './verify.js'
import { actsWithoutGroups, sonarErrorText, tokenType, type TokenType } from './words.js'

export { parseIdentity, sonarErrorText, tokenType, type TokenType }

const NAME = 'SonarQube'
export const EXPIRY_HEADER = 'sonarqube-authentication-token-expiration'
const REGIONS = CLOUD_REGIONS

const TYPE_NAMES: Partial<Record<TokenType, string>> = {
  'project-analysis': 'project analysis token (sqp_)',
  'global-analysis': 'global analysis token (sqa_)',
  organization: 'scoped organization token (sqco_)'
}
const TYPE_NOTES: Record<TokenType, string> = {
  user: 'user token (squ_): acts with all of its owner’s permissions',
  'project-analysis':
    'project analysis token (sqp_): acts as its owner, but may only analyse the one project it was created for; SonarQube does not say which, so this check proves the token is valid and whose it is, not that it may analyse this repository’s project',
  'global-analysis':
    'global analysis token (sqa_): acts as its owner, but only with analysis permissions (scan, provisioning); the permissions output lists what it keeps',
  organization:
    'SonarQube Cloud scoped organization token (sqco_): it belongs to an organization, not to a user, and may only run analysis (Execute Analysis) on the projects it was scoped to; what users/current answers for such a token is not publicly documented, so the identity is only what SonarQube reported, and this check does not prove it may analyse this repository’s project',
  unknown:
    'not shown by its prefix (tokens created before SonarQube 9.x have none); read as a user token'
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
  // The scanners read SONAR_REGION beside SONAR_HOST_URL, and take `us` for SonarQube Cloud US; a
  // SONAR_REGION that does not name SONAR_HOST_URL's instance stops them ("Inconsistent values for
  // properties 'sonar.region' and 'sonar.host.url'"), so it pairs a SONAR_TOKEN with sonarqube.us
  // as SONAR_HOST_URL does with its server (SonarSource/sonar-scanner-java-library
  // EnvironmentConfig, ScannerEndpointResolver, OfficialSonarQubeCloudInstance @ d898f3c7).
  urlEnv: ['SONAR_HOST_URL', 'SONAR_REGION'],
  urlEnvNames: { SONAR_REGION: scannerRegionUrl },
  credentialEnv: { 'api-token': ['SONAR_TOKEN'] },
  // Groups are the nearest thing SonarQube has to roles (sonar-administrators, sonar-users); the
  // admin global permission is reported among them (verify.ts parseIdentity).
  roles: { kind: 'names' },
  // The global permission "Administer System" (`admin`): a scan needs only "Execute Analysis".
  permissions: {
    kind: 'reported',
    administrative: {
      names: [ADMIN_PERMISSION],
      narrower: 'only the Execute Analysis permission (scan)'
    },
    known: GLOBAL_PERMISSION_NAMES
  },

  validate(plan) {
    refuseUiPermissionNames(plan)
    // Its prefix says so before any request: the groups users/current lists for it are its owner's,
    // which it does not act with (TokenUserSession), so no group could be judged.
    const type = tokenType(plan.credentials['api-token'] ?? '')
    if (plan.requiredRoles.length && actsWithoutGroups(type)) {
      throw new ActionFailure(
        [
          `required-roles cannot be met with a ${TYPE_NAMES[type]}: ${type === 'organization' ? 'it has no owner user, so no groups' : 'the groups SonarQube lists for it are its owner’s, and it does not act with them'}.`,
          'Fix: give a user token (squ_) to require groups, or require what this token may do with required-permissions (e.g. scan).'
        ].join('\n')
      )
    }
    if (plan.mint && isSonarCloud(plan.url)) {
      // SonarQube Cloud makes user tokens only, and documents no expiry for them (its token page
      // offers none; a token unused for 60 days is removed): a minted one would be neither narrower
      // nor shorter-lived than the token given, only one more to end.
      throw new ActionFailure(
        [
          "mint-token is not available on SonarQube Cloud: its tokens are user tokens, with all of the user's permissions, and have no expiry, so a minted one would be neither narrower nor shorter-lived than the token given.",
          'Fix: turn mint-token off. To limit what later steps can do, give the step a token that may only run analyses (a Scoped Organization Token, sqco_).'
        ].join('\n')
      )
    }
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
    const { identity, response, scheme, authorization } = await verifyToken(context, token)
    refuseUiPermissionRoles(plan, identity)
    const type = tokenType(token)
    const notes: Note[] = [note('Token type', TYPE_NOTES[type])]
    if (scheme === 'basic')
      notes.push(
        note(
          'Authentication',
          `${SCHEME_WORDS.basic}: this SonarQube Server refused or ignored the token as Bearer, as servers before 10.0 do, so auth-header and mint-token use Basic too`
        )
      )
    if (actsWithoutGroups(type)) {
      notes.push(
        note(
          'Groups',
          type === 'organization'
            ? 'not reported: an organization token has no owner user whose groups it could act with'
            : 'not reported: they are the owner’s, and an analysis token does not act with them'
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

/**
 * The SonarQube Cloud instance a SONAR_REGION names as the scanners read it: `us` in any case
 * (compared upper-cased, untrimmed); anything else, `global` included, is a region they refuse.
 */
export function scannerRegionUrl(value: string): string | undefined {
  return value.toUpperCase() === 'US' ? CLOUD_REGIONS.us : undefined
}

/** The token's own expiry from users/current's header, as ISO-8601 UTC; undefined when absent. */
export function tokenExpiry(response: Pick<HttpResponse, 'headers'>): string | undefined {
  const value = response.headers[EXPIRY_HEADER]
  return normaliseExpiry(Array.isArray(value) ? value[0] : value)
}
