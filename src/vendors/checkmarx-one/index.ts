/**
 * Checkmarx One: its IAM is Keycloak. A token from the realm of the tenant, then the realm's
 * userinfo with that token (2 requests):
 *
 * - api-key: the API key is an offline refresh token (a JWT), exchanged with
 *   `grant_type=refresh_token` and, as Checkmarx's CLI does, the client the key was issued to (its
 *   `azp` claim: `ide-integration` for keys from `cx auth login`), `ast-app` when it names none;
 * - oauth-client: `grant_type=client_credentials` with the client's id and secret.
 *
 * Where the token server is. The API key's own realm claim (`aud`, the one Checkmarx's CLI reads,
 * else `iss`) is `{iam}/auth/realms/{tenant}`; as in the CLI it names the tenant (lower-cased) and,
 * when no url or region is given, picks the region. The key is never sent to a server that only the
 * key names, though (a key is user-supplied text, and its claims are not verified): the IAM is
 * always derived from the url or region (a host beginning `ast.` or `<region>.ast.` maps to the same
 * name with `iam`; any other host serves both), and a key whose realm is not at that IAM's origin
 * (scheme, host and port) is refused before any request.
 *
 * Sources: shared vendor notes §2.2 "4. Checkmarx One" (token endpoint, grants, regions, CLI env
 * names). Keycloak's standard answers (userinfo, `invalid_grant`, 404 for an unknown realm,
 * `invalid_client` / `unauthorized_client`) are assumed: no Checkmarx recording shows them. Roles
 * are read from the access token's claims (decoded, not verified: it came straight from the IAM over
 * the connection this action opened), and so are the permission names, from `roles_ast`, the claim
 * Checkmarx's CLI checks them in (ast-cli `internal/wrappers/jwt-helper.go`); no Checkmarx document
 * lists those claims.
 *
 * Where the IAM is and which tenant: ./iam.ts; the two requests: ./exchange.ts; what the IAM's
 * answers mean: ./meanings.ts.
 */
import { atBaseUrl } from '../../kit/endpoint.js'
import type { LoginResult, Vendor, VendorContext } from '../../kit/types.js'
import { exchangeAndVerify } from './exchange.js'
import { locate, NAME, REGIONS, regionOfApiKey } from './iam.js'

export const checkmarxOne: Vendor = {
  id: 'checkmarx-one',
  name: NAME,
  location: {
    defaultUrl: REGIONS.us,
    regions: REGIONS,
    defaultRegion: 'us',
    regionFromCredentials: regionOfApiKey
  },
  modes: [
    { id: 'api-key', inputs: ['api-key'] },
    { id: 'oauth-client', inputs: ['client-id', 'client-secret'] }
  ],
  urlEnv: ['CX_BASE_URI'],
  // ast-cli logs in with CX_APIKEY whenever it is set, before the client id and secret
  // (Checkmarx/ast-cli internal/wrappers/client.go, configureClientCredentialsAndGetNewToken).
  toolsReadFirst: { CX_CLIENT_ID: ['CX_APIKEY'], CX_CLIENT_SECRET: ['CX_APIKEY'] },
  credentialEnv: {
    'api-key': ['CX_APIKEY'],
    'client-id': ['CX_CLIENT_ID'],
    'client-secret': ['CX_CLIENT_SECRET']
  },
  options: [{ input: 'tenant', env: ['CX_TENANT'] }],
  // iam-admin manages Checkmarx One's users, groups, roles and clients, so it can grant itself
  // ast-admin: as over-powered for a scan gate as ast-admin itself.
  roles: {
    kind: 'names',
    administrative: { names: ['ast-admin', 'iam-admin'], narrower: 'ast-scanner' }
  },
  // No `known` list: Checkmarx publishes none of the names roles_ast carries, and its permissions
  // grow with its products, so an unknown name is left to the gate ("lacks"); see the README.
  permissions: { kind: 'reported' },
  validate: (plan) => locate(plan).warnings,

  async login(context: VendorContext): Promise<LoginResult> {
    const target = locate(context.plan)
    return atBaseUrl(context, target.iam, (iam) => exchangeAndVerify(iam, target))
  }
}
