/**
 * The GitHub OIDC mode (oidc-provider): no stored secret. The job's GitHub ID token (the kit's
 * shared mechanism, loaded only here) is exchanged at POST /access/api/v1/oidc/token, with the body
 * JFrog's own setup-jfrog-cli sends:
 *
 *   {"grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
 *    "subject_token_type": "urn:ietf:params:oauth:token-type:id_token",
 *    "subject_token": "<ID token>", "provider_name": "<oidc-provider>",
 *    "project_key": "<JF_PROJECT>"}
 *
 * and the answer's `access_token` (an access token like any other: its claims name the user the
 * integration's identity mapping chose) goes on to the one Xray check. JFrog answers a refused
 * exchange with `{"errors":[{"message":"…"}]}` (setup-jfrog-cli reads `errors[].message`); which
 * status it uses for which cause is not documented, so every refusal is explained alike, with the
 * ID token's claims that the mapping matches on.
 *
 * `project_key` only when the job sets JF_PROJECT, the JFrog CLI's own variable for its project
 * (setup-jfrog-cli sends `project_key: process.env.JF_PROJECT`): JFrog's "OIDC Token Exchange" API
 * lists it as optional, and an identity mapping scoped to a project (Artifactory 7.94 and later) is
 * matched only in that project's scope. `provider_type` is not sent: the integration already has
 * its type, JFrog's API page and setup-jfrog-cli's own exchange leave it out, and `jf eot` fills it
 * with its own default ("GitHub") whatever the integration is.
 *
 * Sources: jfrog/setup-jfrog-cli src/oidc-utils.ts (request body, answer, error shape), the
 * vendor's README (`permissions: id-token: write`, `oidc-provider-name`), JFrog REST APIs "OIDC Token
 * Exchange" (`project_key`), jfrog/jfrog-client-go access/services/accesstoken.go
 * (CreateOidcTokenParams), JFrog's "Create a Project" (a project key is 2 to 32 lowercase letters,
 * digits and hyphens, beginning with a letter). Assumed: the statuses of a refusal (400, 401, 403
 * or 404 are all read as one), and that the integration's audience, when it has one, must equal the
 * ID token's `aud` (oidc-audience).
 */
import { ActionFailure, type Diagnosis } from '../../core/failure.js'
import { call, documentedErrorText, type StatusMeanings } from '../../kit/endpoint.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { VendorContext } from '../../kit/types.js'
import { NAME, readTokenClaims, type Credential } from './access-token.js'

export const OIDC_TOKEN_PATH = '/access/api/v1/oidc/token'

/** The JFrog CLI's variable for the project it works in (setup-jfrog-cli sends it as project_key). */
export const PROJECT_ENV = 'JF_PROJECT'
const PROJECT_KEY = /^[a-z][a-z0-9-]{1,31}$/

/**
 * The job's JF_PROJECT, for the exchange's `project_key`; undefined when unset or blank. One that is
 * no project key is refused before any request, without quoting it (it is the job's, not ours).
 */
export function oidcProjectKey(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = (env[PROJECT_ENV] ?? '').trim()
  if (!value) return undefined
  if (PROJECT_KEY.test(value)) return value
  throw new ActionFailure(
    [
      `${PROJECT_ENV} is set for this job but is not a ${NAME} project key (2 to 32 lowercase letters, digits and hyphens, beginning with a letter), so nothing was sent: it would go to the platform as the project_key of the OIDC exchange.`,
      `Fix: set ${PROJECT_ENV} to the key of the project whose identity mapping this repository uses (Administration > Projects), or remove it to use the integration's global identity mappings.`
    ].join('\n')
  )
}

/** The access token the platform gives for the job's GitHub ID token. */
export async function exchangeGitHubIdToken(
  context: VendorContext,
  env: NodeJS.ProcessEnv = process.env
): Promise<Credential> {
  const { requestGitHubIdToken, mappedClaimLines } = await import('../../kit/github-oidc.js')
  const oidc = context.plan.oidc!
  const project = oidcProjectKey(env)
  const idToken = await requestGitHubIdToken(context)
  const refused = refusal(
    context,
    oidc.provider,
    project,
    mappedClaimLines(oidc.provider, idToken.claims)
  )
  const { body } = await call(context, {
    method: 'POST',
    path: OIDC_TOKEN_PATH,
    json: {
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      subject_token: idToken.token,
      provider_name: oidc.provider,
      ...(project ? { project_key: project } : {})
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
  // The ID token answered back would be sent to Xray and handed to later steps as the platform's
  // token, where the contract lets it go nowhere but the exchange.
  if (token === idToken.token) {
    throw new ActionFailure(
      `${NAME} answered the OIDC exchange (${OIDC_TOKEN_PATH}) with the job's GitHub ID token itself, not an access token of its own, so nothing was sent on or handed to later steps. A genuine platform never does this: check that the url input points at the real ${NAME} Platform.`
    )
  }
  context.info(
    `Exchanged the job's GitHub ID token for a ${NAME} access token (OIDC integration "${oidc.provider}"${project ? `, project "${project}" from ${PROJECT_ENV}` : ''}).`
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
  project: string | undefined,
  claimLines: string[]
): StatusMeanings[number] {
  return ({ body }): Diagnosis & { trailer: string[] } => {
    // The platform's own words that it knows no integration of that name ("Provider 'github' not
    // found"): the oidc-provider input is then the cause, alone, since the mapping, project, audience
    // and issuer are those of an integration the platform found. Read from the words whatever the
    // status (JFrog documents none per cause; the fake's 404 is assumed) and in any case.
    const unknownProvider = UNKNOWN_PROVIDER.test(documentedErrorText(body))
    return {
      headline: unknownProvider
        ? `the platform knows no OIDC integration named "${provider}" (the oidc-provider input), so it did not exchange the job's GitHub ID token${project ? ` (project "${project}")` : ''}`
        : `the platform refused to exchange the job's GitHub ID token (OIDC integration "${provider}"${project ? `, project "${project}"` : ''})`,
      causes: unknownProvider
        ? [
            `oidc-provider is "${provider}", which names no OIDC integration on ${context.plan.url}, or names one whose provider type is not GitHub`
          ]
        : [
            `no OIDC integration named "${provider}" exists on ${context.plan.url} (Administration > General Management > Manage Integrations), or its provider type is not GitHub`,
            "no identity mapping of the integration matches this job's claims (below): a mapping on repository, ref or environment that names another branch or environment",
            project
              ? `the mapping that should match belongs to another project than "${project}" (${PROJECT_ENV}), or ${PROJECT_ENV} names no project of this platform`
              : `the mapping that should match is scoped to a project: it is matched only when the exchange names that project (set ${PROJECT_ENV} to its key)`,
            "the integration's audience differs from the ID token's aud (set oidc-audience to the integration's audience)",
            "the integration's issuer URL is not https://token.actions.githubusercontent.com (or your GitHub Enterprise Server's)"
          ],
      fix: unknownProvider
        ? `set oidc-provider (now "${provider}") to the exact name of an OIDC integration configured on this platform (Administration > General Management > Manage Integrations lists them), or create a GitHub integration of that name; then check its identity mapping against the claims below.`
        : 'fix the integration or its identity mapping to match the claims below, or set oidc-provider / oidc-audience to the integration this repository is mapped in.',
      trailer: claimLines
    }
  }
}

/**
 * JFrog's words for an integration it does not know: "Provider '<name>' not found", leniently, but
 * only when "not found" is said of the provider (at most its name between): "Provider 'x' matched
 * no identity mapping: mapping not found" is about an integration the platform did find.
 */
const UNKNOWN_PROVIDER =
  /\bprovider(?:\s+\S+)?\s+(?:(?:is|was)\s+)?(?:not found|does not exist|doesn't exist)\b|\b(?:unknown|no such) (?:oidc )?provider\b/i
