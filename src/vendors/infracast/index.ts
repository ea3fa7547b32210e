/**
 * Infracast: three credential modes, all ending in `Authorization: Bearer ...`.
 *
 * - login: one POST /api/v1/auth/token; its answer carries the access token (1 hour), its expiry, a
 *   refresh token (7 days, never passed on) and the `user` (id, username, email, roles, perhaps
 *   tenants with a role each). That `user` is the only documented identity source.
 * - refresh: one POST /api/v1/auth/refresh; the answer carries only a token and its expiry, so the
 *   identity comes from the access token's own claims.
 * - api-key: long-lived keys carry no identity at all, and no identity endpoint is documented, so
 *   the key is verified by read-only probes of the tenant: one GET per permission.
 *
 * Every permission is proven by a GET of a tenant list endpoint; one that only a write could prove
 * is refused before any request. Sources: shared vendor notes §5 and decisions 20-22,
 * docs.infracast.io/api/authentication. The key prefix (ic_live_) and the permission strings are
 * not publicly confirmed, so nothing here checks a prefix, and an unknown permission is refused as
 * unprovable rather than guessed at.
 *
 * The token modes are ./login.ts, the probes ./probes.ts, what the answers mean ./meanings.ts, and
 * the tenant input and the user's tenants ./tenants.ts.
 */
import { ActionFailure } from '../../core/failure.js'
import type { Identity } from '../../core/identity.js'
import { note } from '../../kit/endpoint.js'
import { looksLikeJwt } from '../../kit/jwt.js'
import type { LoginResult, Plan, Vendor, VendorContext } from '../../kit/types.js'
import { requestGrant, tokenLogin } from './login.js'
import { NAME } from './meanings.js'
import { DEFAULT_PROBE, PROBES, probe, VERIFIABLE, whyUnprovable } from './probes.js'
import { checkTenantPathSegment, tenantOf } from './tenants.js'

export const infracast: Vendor = {
  id: 'infracast',
  name: NAME,
  location: { defaultUrl: 'https://api.infracast.io' },
  modes: [
    { id: 'api-key', inputs: ['api-key'] },
    { id: 'login', inputs: ['username', 'password'] },
    { id: 'refresh', inputs: ['refresh-token'] }
  ],
  // refresh-token deliberately has no fallback: the contract's rule is "the variable this action
  // would export", and a refresh token is never exported; reading one from a job-level env would
  // also invite keeping a 7-day credential where every step of the job can read it.
  // username/password have none either: this action exports neither.
  urlEnv: ['INFRACAST_URL'],
  credentialEnv: { 'api-key': ['INFRACAST_API_KEY'] },
  // INFRACAST_API_KEY is this action's own fallback name, never exported: Infracast has no public
  // CLI or SDK that reads a credential from the environment (shared notes vendors.md §5), so a job's
  // value beside another server's INFRACAST_URL is sent nowhere by Infracast's tools.
  toolsCredentialEnv: [],
  options: [{ input: 'tenant', env: ['INFRACAST_TENANT'] }],
  // Tenant administrators hold admin:* in their tenant.
  roles: {
    kind: 'names',
    administrative: { names: ['admin'], narrower: 'editor' }
  },
  // Every permission is proven by a read-only probe; one without a probe is refused at validation.
  permissions: { kind: 'defined', known: [...PROBES.keys()], unknown: whyUnprovable },
  validate: validatePlan,

  async login(context: VendorContext): Promise<LoginResult> {
    if (context.plan.authMode === 'api-key') return apiKeyLogin(context)
    return tokenLogin(context, await requestGrant(context))
  },

  // Loaded only when used: a check without mint-token never parses the minting code.
  mint: async (context, login) => (await import('./mint.js')).mintApiKey(context, login),
  logout: async (context, saved) => (await import('./mint.js')).deleteMintedKey(context, saved)
}

/** The vendor-specific checks, all before any request; throws naming the input. */
export function validatePlan(plan: Plan): string[] {
  const apiKey = plan.authMode === 'api-key'
  const tenant = tenantOf(plan)
  if (tenant) checkTenantPathSegment(tenant)
  if (apiKey && !tenant) {
    throw new ActionFailure(
      [
        'The tenant input is required with an Infracast api-key: a key carries no identity and Infracast has no identity endpoint, so the key can only be verified by reading a tenant it may access. Without a tenant nothing could be verified.',
        'Fix: set tenant (or INFRACAST_TENANT) to the tenant id the key was created for, e.g. tenant: prod.'
      ].join('\n')
    )
  }
  if (apiKey && (plan.requiredRoles.length || plan.allowedRoles.length)) {
    const input = plan.requiredRoles.length ? 'required-roles' : 'allowed-roles'
    throw new ActionFailure(
      [
        `The ${input} input cannot be used with an Infracast api-key: API keys belong to no user and carry no role, only tenants and permissions.`,
        `Fix: use required-permissions (${VERIFIABLE}) with the API key, or log in with username and password (or refresh-token) to check roles.`
      ].join('\n')
    )
  }
  if (!apiKey && plan.requiredPermissions.length && !tenant) {
    throw new ActionFailure(
      [
        `The required-permissions input needs the tenant input with Infracast: permissions are scoped to a tenant and are proven by reading that tenant (${VERIFIABLE}).`,
        'Fix: set tenant (or INFRACAST_TENANT) to the tenant id to check, e.g. tenant: prod.'
      ].join('\n')
    )
  }
  if (plan.mint) checkMintable(plan, apiKey, tenant)
  const warnings: string[] = []
  if (apiKey && looksLikeJwt(plan.credentials['api-key'] ?? '')) {
    warnings.push(
      'The api-key input holds a JWT, which looks like an Infracast access token (valid for 1 hour) rather than an API key. It is sent as a Bearer token all the same; for a lasting credential use an API key, or username and password, or refresh-token.'
    )
  }
  return warnings
}

/** mint-token makes an API key for one tenant and the required permissions: both must be given. */
function checkMintable(plan: Plan, apiKey: boolean, tenant: string): void {
  const problems = [
    ...(apiKey
      ? [
          'mint-token needs a username/password or refresh-token login with Infracast: the given api-key is what later steps would get anyway, and minting from it would hand on a key as long-lived as its parent.'
        ]
      : []),
    ...(tenant
      ? []
      : ['mint-token needs the tenant input: the minted key is for that one tenant.']),
    ...(plan.requiredPermissions.length
      ? []
      : [
          `mint-token needs required-permissions: the minted key gets exactly the permissions it lists, and no others (of those this step can verify: ${VERIFIABLE}).`
        ])
  ]
  if (problems.length)
    throw new ActionFailure(
      [
        ...problems,
        `Fix: ${[
          ...(apiKey
            ? ['log in with username and password (or refresh-token) instead of api-key']
            : []),
          ...(tenant ? [] : ['set tenant']),
          ...(plan.requiredPermissions.length
            ? []
            : ['set required-permissions to what later steps need (e.g. findings:read)'])
        ].join(', ')}; or turn mint-token off.`
      ].join('\n')
    )
}

/** An API key names no one: it is proven by probing the tenant, the default listing at least. */
async function apiKeyLogin(context: VendorContext): Promise<LoginResult> {
  const { plan } = context
  const apiKey = plan.credentials['api-key']!
  const tenant = tenantOf(plan)
  const wanted = plan.requiredPermissions.length ? plan.requiredPermissions : [DEFAULT_PROBE]
  const outcome = await probe(context, apiKey, wanted, {
    who: 'the API key',
    credential: 'api-key'
  })
  const identity: Identity = {
    userId: '',
    username: '',
    displayName: '',
    email: '',
    roles: undefined,
    permissions: outcome.proven,
    organization: tenant
  }
  const notes = [note('Tenant', `${tenant} (API key may ${outcome.proven.join(', ')})`)]
  for (const n of notes) context.info(`${n.label}: ${n.value}`)
  return {
    identity,
    authHeader: `Authorization: Bearer ${apiKey}`,
    env: { INFRACAST_URL: plan.url, INFRACAST_TOKEN: apiKey, INFRACAST_TENANT: tenant },
    verified: outcome.verified,
    notes
  }
}
