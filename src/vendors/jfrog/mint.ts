/**
 * mint-token: an access token of the same user, scoped to that user's own permissions
 * (`applied-permissions/user`), not refreshable, living `token-lifetime`, created with the token the
 * step verified (the given one, or the one the OIDC exchange gave):
 *
 *   POST /access/api/v1/tokens  {"scope": "applied-permissions/user", "expires_in": <seconds>,
 *                                "refreshable": false, "description": "scanner-login-…"}
 *   → {"token_id": "…", "access_token": "…", "expires_in": <seconds>, "scope": "…", "token_type": "Bearer"}
 *
 * and revoked in the post step with DELETE /access/api/v1/tokens/{token_id}, authenticated with the
 * minted token itself (a user may revoke their own tokens). State carries the minted token and its
 * id (contract, Behaviour 15: the post step has nothing else to authenticate with).
 *
 * Sources: JFrog's Access Tokens REST API (create: `scope`, `expires_in`, `refreshable`,
 * `description`; its answer; revoke by id), the shared vendor notes (third round §2.3, marked
 * inferred there). Assumed: the JSON body (form bodies are the older API's), that a non-admin may
 * create a token for themselves up to the platform's maximum expiry (a longer one is refused with
 * 400 and `errors[].message`), and that a token may revoke itself.
 */
import type { Diagnosis } from '../../core/failure.js'
import { call } from '../../kit/endpoint.js'
import { bearerToken, issuedText, malformedCredential } from '../../kit/grammar.js'
import { closeSession } from '../../kit/session.js'
import { mintedName } from '../../kit/mint.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type {
  LoginResult,
  MintedCredential,
  SessionContext,
  VendorContext
} from '../../kit/types.js'
import { NAME } from './access-token.js'

export const TOKENS_PATH = '/access/api/v1/tokens'
const SCOPE = 'applied-permissions/user'
/** JFrog token ids are UUIDs; anything else from state or an answer is not sent in a path. */
const TOKEN_ID = /^[A-Za-z0-9-]{8,128}$/

export async function mintAccessToken(
  context: VendorContext,
  login: LoginResult
): Promise<MintedCredential> {
  const lifetime = context.plan.mint!.lifetimeSeconds
  const description = mintedName(100)
  const { body } = await call(context, {
    method: 'POST',
    path: TOKENS_PATH,
    headers: { authorization: `Bearer ${login.token!}` },
    json: { scope: SCOPE, expires_in: lifetime, refreshable: false, description },
    creates: true,
    issuesCredentials: true,
    meanings: { 400: mintRefused(lifetime), 403: mintRefused(lifetime) }
  })
  const token = issuedBearerToken(context, body.access_token, `the access_token of ${TOKENS_PATH}`)
  const tokenId = issuedText(body.token_id)
  if (tokenId === undefined || !TOKEN_ID.test(tokenId))
    throw malformedCredential(`the token_id of ${TOKENS_PATH}`, 'a token id (a UUID)')
  const expiresIn =
    typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : lifetime
  const authHeader = `Authorization: Bearer ${token}`
  context.mask(authHeader)
  return {
    token,
    authHeader,
    env: { JF_URL: context.plan.url, JF_ACCESS_TOKEN: token },
    expiresAt: new Date(Date.now() + expiresIn * 1000).toISOString(),
    revoke: { tokenId, token },
    description: `access token "${description}" (scope ${SCOPE}, id ${tokenId})`
  }
}

function mintRefused(lifetime: number): Diagnosis {
  return {
    headline: 'the platform refused to create a token for later steps',
    causes: [
      `token-lifetime (${lifetime} s) is longer than the platform lets this user give a token (Administration > User Management > Settings: the maximum expiry for non-admin users)`,
      'the user may not create tokens for themselves on this platform'
    ],
    fix: 'set token-lifetime within the platform maximum, or turn mint-token off to hand later steps the verified token itself.'
  }
}

/** The post step: the minted token revokes itself by id. */
export async function revokeMintedToken(
  context: SessionContext,
  saved: Record<string, string>
): Promise<void> {
  const tokenId = saved.tokenId ?? ''
  if (!TOKEN_ID.test(tokenId))
    throw new Error('the saved token id is not a JFrog token id; nothing was sent.')
  const token = bearerToken(saved.token, 'the saved minted token')
  await closeSession(context, NAME, {
    request: {
      method: 'DELETE',
      path: `${TOKENS_PATH}/${encodeURIComponent(tokenId)}`,
      headers: { authorization: `Bearer ${token}` }
    },
    ended: (response) => response.status >= 200 && response.status < 300,
    meaning: (response) => ({
      headline: 'the platform did not revoke the token minted for this job',
      causes:
        response.status === 401
          ? ['the minted token was already revoked, or has expired']
          : [
              'the platform refuses to let a token revoke itself (an administrator can revoke it by id)'
            ],
      fix: `revoke it by hand if it must not live until it expires: Administration > User Management > Access Tokens, id ${tokenId}.`
    })
  })
}
