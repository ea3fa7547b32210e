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
 * The key is handed on only with the expiry the answer states, and only when that is not later
 * than the one asked (as SonarQube's and JFrog's minted tokens are checked): a server that ignores
 * `expires_at`, or sets a later one, made a key that outlives the job. Such a key fails the step,
 * and the post step deletes it.
 *
 * Sources: Infracast's authentication page (shared vendor-docs: the body and answer of the
 * creation). Assumed: that a user (not only an administrator, as the page's example has it) may
 * create a key with permissions they hold, the DELETE endpoint and that a key may delete itself.
 */
import { ActionFailure, answeredInItsPlace, type Diagnosis } from '../../core/failure.js'
import { MINT_CLOCK_SLACK_MS, mintedTheGivenCredential } from '../../core/mint.js'
import { call } from '../../kit/endpoint.js'
import { issuedText, malformedCredential } from '../../kit/grammar.js'
import { lifetimeEnd, mintedName, mintWithoutRevokeHandle } from '../../kit/mint.js'
import { isoSeconds, normaliseExpiry } from '../../core/expiry.js'
import { revokeWithItself } from '../../kit/session.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { LoginResult, MintContext, MintedCredential, SessionContext } from '../../kit/types.js'
import { NAME } from './meanings.js'
import { tenantOf } from './tenants.js'

const API_KEYS_PATH = '/api/v1/api-keys'
/**
 * An API key id as Infracast writes them (`key-abc123`); anything else (a dot segment that would
 * climb the path, a one-letter id) is not put in a path.
 */
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/

export async function mintApiKey(
  context: MintContext,
  login: LoginResult
): Promise<MintedCredential> {
  const { plan } = context
  const tenant = tenantOf(plan)
  const name = mintedName(100)
  // To the second, as Infracast's own example writes it and as every expiry is shown.
  const askedEnd = isoSeconds(lifetimeEnd(plan))
  // Its id comes only with the answer: a lost answer leaves nothing to delete it by.
  const mayExist = `Infracast may have created the API key all the same: if so, it is named "${name}", and it lives until ${askedEnd} unless deleted.`
  const { body, key, id } = await mintWithoutRevokeHandle(context, mayExist, async () => {
    const { body } = await call(context, {
      method: 'POST',
      path: API_KEYS_PATH,
      headers: { authorization: `Bearer ${login.token!}` },
      json: {
        name,
        tenants: [tenant],
        permissions: plan.requiredPermissions,
        expires_at: askedEnd
      },
      creates: true,
      issuesCredentials: true,
      meanings: { 400: mintRefused(), 403: mintRefused(), 422: mintRefused() }
    })
    const key = issuedBearerToken(context, body.key, `the key of ${API_KEYS_PATH}`)
    const id = issuedText(body.id)
    if (id === undefined || !KEY_ID.test(id))
      throw malformedCredential(`the id of ${API_KEYS_PATH}`, 'an API key id', context.http.server)
    return { body, key, id }
  })
  // Before anything is kept for the post step, which would otherwise delete with the login's token.
  if (key === login.token || plan.secrets.includes(key))
    throw mintedTheGivenCredential(NAME, context.http.server)
  const revoke = { secrets: { key }, ids: { id } }
  // The expiry the server set, never the one asked: a server that ignored expires_at made a key
  // that lives on (none answered: ../../core/mint.ts fails the step and has the post step delete
  // it), and one that set a later day made a key that outlives token-lifetime.
  const expiresAt = normaliseExpiry(issuedText(body.expires_at))
  if (
    expiresAt !== undefined &&
    Date.parse(expiresAt) > Date.parse(askedEnd) + MINT_CLOCK_SLACK_MS
  ) {
    await context.keepForRevoke(revoke, expiresAt)
    throw new ActionFailure(
      `Infracast created the API key "${name}" (id ${id}) to expire at ${expiresAt}, later than the ${askedEnd} asked for token-lifetime: it was not handed on, and it is deleted when the job ends. A genuine Infracast server sets the expiry asked. Fix: check ${answeredInItsPlace(context.http.server, 'the real Infracast API').check}.`
    )
  }
  const authHeader = `Authorization: Bearer ${key}`
  context.mask(authHeader)
  return {
    token: key,
    authHeader,
    env: {
      INFRACAST_URL: plan.url,
      INFRACAST_TOKEN: key,
      INFRACAST_TOKEN_EXPIRES_AT: expiresAt ?? '',
      INFRACAST_TENANT: tenant
    },
    expiresAt: expiresAt ?? '',
    revoke,
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
