/**
 * mint-token: after a username/password or refresh-token login, an API key for the one tenant and
 * exactly the permissions the step required, expiring when token-lifetime ends (the documented
 * body of POST /api/v1/api-keys):
 *
 *   POST /api/v1/api-keys  {"name": "scanner-login-…", "tenants": ["prod"],
 *                           "permissions": ["nodes:read"], "expires_at": "2026-12-06T18:00:00Z"}
 *   → {"id": "key-…", "name", "key": "ic_live_…", "created_at", "expires_at"}
 *
 * Later steps get the key, never the access token of the login (which may do everything the user
 * may). The post step deletes it with DELETE /api/v1/api-keys/{id}, authenticated with the key
 * itself: the login's access token has expired or gone by then, and a refresh token may be
 * single-use. State therefore carries the key with its id (as JFrog's minted token; a state the
 * runner hands only to this action's post step).
 *
 * Sources: Infracast's authentication page (shared vendor-docs: the body and answer of the
 * creation). Assumed: that a user (not only an administrator, as the page's example has it) may
 * create a key with permissions they hold, the DELETE endpoint and that a key may delete itself.
 */
import type { Diagnosis } from '../../core/failure.js'
import { call } from '../../kit/endpoint.js'
import { issuedText, malformedCredential } from '../../kit/grammar.js'
import { lifetimeEnd, mintedName, mintWithoutRevokeHandle } from '../../kit/mint.js'
import { normaliseExpiry } from '../../core/expiry.js'
import { revokeWithItself } from '../../kit/session.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type {
  LoginResult,
  MintedCredential,
  SessionContext,
  VendorContext
} from '../../kit/types.js'
import { NAME } from './meanings.js'
import { tenantOf } from './tenants.js'

const API_KEYS_PATH = '/api/v1/api-keys'
/**
 * An API key id as Infracast writes them (`key-abc123`); anything else (a dot segment that would
 * climb the path, a one-letter id) is not put in a path.
 */
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/

export async function mintApiKey(
  context: VendorContext,
  login: LoginResult
): Promise<MintedCredential> {
  const { plan } = context
  const tenant = tenantOf(plan)
  const name = mintedName(100)
  // Its id comes only with the answer: a lost answer leaves nothing to delete it by.
  const mayExist = `Infracast may have created the API key all the same: if so, it is named "${name}", and it lives until ${new Date(lifetimeEnd(plan)).toISOString()} unless deleted.`
  const { body, key, id } = await mintWithoutRevokeHandle(context, mayExist, async () => {
    const { body } = await call(context, {
      method: 'POST',
      path: API_KEYS_PATH,
      headers: { authorization: `Bearer ${login.token!}` },
      json: {
        name,
        tenants: [tenant],
        permissions: plan.requiredPermissions,
        expires_at: new Date(lifetimeEnd(plan)).toISOString()
      },
      creates: true,
      issuesCredentials: true,
      meanings: { 400: mintRefused(), 403: mintRefused(), 422: mintRefused() }
    })
    const key = issuedBearerToken(context, body.key, `the key of ${API_KEYS_PATH}`)
    const id = issuedText(body.id)
    if (id === undefined || !KEY_ID.test(id))
      throw malformedCredential(`the id of ${API_KEYS_PATH}`, 'an API key id')
    return { body, key, id }
  })
  const expiresAt =
    normaliseExpiry(issuedText(body.expires_at)) ?? new Date(lifetimeEnd(plan)).toISOString()
  const authHeader = `Authorization: Bearer ${key}`
  context.mask(authHeader)
  return {
    token: key,
    authHeader,
    env: {
      INFRACAST_URL: plan.url,
      INFRACAST_TOKEN: key,
      INFRACAST_TOKEN_EXPIRES_AT: expiresAt,
      INFRACAST_TENANT: tenant
    },
    expiresAt,
    revoke: { secrets: { key }, ids: { id } },
    description: `API key "${name}" (tenant ${tenant}: ${plan.requiredPermissions.join(', ')}; id ${id})`
  }
}

function mintRefused(): Diagnosis {
  return {
    headline: 'the server refused to create an API key for later steps',
    causes: [
      'the user may not create API keys (Infracast may reserve them to administrators)',
      'the user does not hold every permission of required-permissions in the tenant, so cannot hand them to a key'
    ],
    fix: 'ask an Infracast administrator to let the user create API keys, or turn mint-token off to hand later steps the login’s access token.'
  }
}

/** The post step: the minted key deletes itself. */
export async function deleteMintedKey(
  context: SessionContext,
  saved: Record<string, string>
): Promise<void> {
  const id = saved.id ?? ''
  if (!KEY_ID.test(id))
    throw new Error('the saved API key id is not one Infracast gives; nothing was sent.')
  await revokeWithItself(context, NAME, {
    path: `${API_KEYS_PATH}/${encodeURIComponent(id)}`,
    token: saved.key,
    what: 'API key',
    byHand: `API key ${id}`
  })
}
