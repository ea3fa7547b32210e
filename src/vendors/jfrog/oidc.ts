/**
 * The GitHub OIDC mode (oidc-provider): no stored secret. The job's GitHub ID token (the kit's
 * shared mechanism, loaded only here) is exchanged at POST /access/api/v1/oidc/token, with the body
 * JFrog's own setup-jfrog-cli sends:
 *
 *   {"grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
 *    "subject_token_type": "urn:ietf:params:oauth:token-type:id_token",
 *    "subject_token": "<ID token>", "provider_name": "<oidc-provider>"}
 *
 * and the answer's `access_token` (an access token like any other: its claims name the user the
 * integration's identity mapping chose) goes on to the one Xray check. JFrog answers a refused
 * exchange with `{"errors":[{"message":"…"}]}` (setup-jfrog-cli reads `errors[].message`); which
 * status it uses for which cause is not documented, so every refusal is explained alike, with the
 * ID token's claims that the mapping matches on.
 *
 * Sources: jfrog/setup-jfrog-cli src/oidc-utils.ts (request body, answer, error shape), the
 * vendor's README (`permissions: id-token: write`, `oidc-provider-name`). Assumed: the statuses of a
 * refusal (400, 401, 403 or 404 are all read as one), and that the integration's audience, when it
 * has one, must equal the ID token's `aud` (oidc-audience).
 */
import type { Diagnosis } from '../../core/failure.js'
import { call, type StatusMeanings } from '../../kit/endpoint.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { VendorContext } from '../../kit/types.js'
import { NAME, readTokenClaims, type Credential } from './access-token.js'

export const OIDC_TOKEN_PATH = '/access/api/v1/oidc/token'

/** The access token the platform gives for the job's GitHub ID token. */
export async function exchangeGitHubIdToken(context: VendorContext): Promise<Credential> {
  const { requestGitHubIdToken, mappedClaimLines } = await import('../../kit/github-oidc.js')
  const oidc = context.plan.oidc!
  const idToken = await requestGitHubIdToken(context)
  const refused = refusal(context, oidc.provider, mappedClaimLines(oidc.provider, idToken.claims))
  const { body } = await call(context, {
    method: 'POST',
    path: OIDC_TOKEN_PATH,
    json: {
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      subject_token: idToken.token,
      provider_name: oidc.provider
    },
    // Each exchange issues a token: never sent twice after it may have reached the platform.
    creates: true,
    issuesCredentials: true,
    meanings: { 400: refused, 401: refused, 403: refused, 404: refused }
  })
  const token = issuedBearerToken(
    context,
    body.access_token,
    `the access_token of ${OIDC_TOKEN_PATH}`
  )
  context.info(
    `Exchanged the job's GitHub ID token for a ${NAME} access token (OIDC integration "${oidc.provider}").`
  )
  return {
    token,
    claims: readTokenClaims(token),
    shortLived: true,
    renew: `re-run the job; if it keeps failing, check the "${oidc.provider}" OIDC integration and its identity mapping on this platform`
  }
}

function refusal(
  context: VendorContext,
  provider: string,
  claimLines: string[]
): StatusMeanings[number] {
  return (): Diagnosis & { trailer: string[] } => ({
    headline: `the platform refused to exchange the job's GitHub ID token (OIDC integration "${provider}")`,
    causes: [
      `no OIDC integration named "${provider}" exists on ${context.plan.url} (Administration > General Management > Manage Integrations), or its provider type is not GitHub`,
      "no identity mapping of the integration matches this job's claims (below): a mapping on repository, ref or environment that names another branch or environment",
      "the integration's audience differs from the ID token's aud (set oidc-audience to the integration's audience)",
      "the integration's issuer URL is not https://token.actions.githubusercontent.com (or your GitHub Enterprise Server's)"
    ],
    fix: 'fix the integration or its identity mapping to match the claims below, or set oidc-provider / oidc-audience to the integration this repository is mapped in.',
    trailer: claimLines
  })
}
