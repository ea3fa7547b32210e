/**
 * Semgrep AppSec Platform: a token sent as `Authorization: Bearer`. Tokens belong to a deployment
 * (Semgrep's organization), not to a user, and carry scopes: Agent (CI), which `semgrep ci` needs,
 * and Web API.
 *
 * - GET /api/agent/deployments/current is the Semgrep CLI's own token check (cli auth.py,
 *   Semgrep_login.ml): 200 {"deployment":{"id","name",...}} names the deployment, whose `name` is the
 *   organization; an unknown token gets 401 {"error":"Not authorized"} (the CLI's test mock).
 * - A token without the Agent (CI) scope gets 404 there. Semgrep documents the converse (a token
 *   without the Web API scope gets 404 from the Web API, kb/semgrep-appsec-platform/api-404-token-scope);
 *   that the agent API answers a Web-API-only token alike is assumed. On that 404 the Web API's
 *   GET /api/v1/deployments ({"deployments":[{id, name, slug, ...}]}) names the deployment, and the
 *   step passes with a warning: `semgrep ci` will refuse this token.
 * - Neither answer names a user, a role or the token's scopes: only `organization` is reported.
 */
import { answeredInItsPlace } from '../../core/failure.js'
import { emptyIdentity, type Identity } from '../../core/identity.js'
import {
  explainAnswer,
  note,
  send,
  type Answer,
  type Diagnosis,
  type Endpoint
} from '../../kit/endpoint.js'
import { withoutApiPath } from '../../kit/api-path.js'
import { firstText, isObject, MAX_NAMES, type Json } from '../../kit/parse.js'
import type { LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Semgrep'
export const DEFAULT_URL = 'https://semgrep.dev'
export const AGENT_PATH = '/api/agent/deployments/current'
export const WEB_API_PATH = '/api/v1/deployments'
const TOKEN_PAGE = 'Semgrep AppSec Platform under Settings > Tokens'
const SECRET = 'the secret behind the api-token input (or SEMGREP_APP_TOKEN)'

/** A deployment as either API names it; every field is cleaned server text. */
export interface Deployment {
  name: string
  id: string
  slug: string
}

/** A 401 from either API: Semgrep does not know the token. */
export function rejected(context: VendorContext): Diagnosis {
  const elsewhere =
    context.plan.url === DEFAULT_URL
      ? []
      : [
          `the token was issued by another Semgrep instance than the url input (${context.plan.url}); Semgrep AppSec Platform is ${DEFAULT_URL}`
        ]
  return {
    headline: 'the token was rejected',
    causes: [
      `the token was revoked, or never was a Semgrep token (tokens are listed in ${TOKEN_PAGE})`,
      'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)',
      ...elsewhere
    ],
    fix: `create a token in ${TOKEN_PAGE}, with the Agent (CI) scope for semgrep ci, and put it into ${SECRET}.`
  }
}

/** 404 from the Web API after the agent API's 404: neither API serves this token here. */
export function neitherApi(context: VendorContext): Diagnosis {
  const inPlace = answeredInItsPlace(context.http.server, 'Semgrep AppSec Platform')
  if (!inPlace.fromInput) {
    // The default host is Semgrep AppSec Platform, which serves both paths: no url input to
    // correct, so the token's scopes come first, then whatever answered in its place.
    return {
      headline: 'neither Semgrep API answered for this token',
      causes: [
        'the token has neither the Agent (CI) nor the Web API scope (Semgrep answers 404 to a token without the scope an API needs)',
        `${inPlace.cause}: GET ${AGENT_PATH} and GET ${WEB_API_PATH} both answered 404`
      ],
      fix: `give the token the Agent (CI) scope in ${TOKEN_PAGE}; if it has it, check ${inPlace.check}.`
    }
  }
  return {
    headline: 'neither Semgrep API answered for this token',
    causes: [
      `the url input does not point at Semgrep AppSec Platform (${context.plan.url}): GET ${AGENT_PATH} and GET ${WEB_API_PATH} both answered 404`,
      'the token has neither the Agent (CI) nor the Web API scope (Semgrep answers 404 to a token without the scope an API needs)'
    ],
    fix: `leave the url input empty for ${DEFAULT_URL}, or set it to your instance's base URL without a path; give the token the Agent (CI) scope in ${TOKEN_PAGE}.`
  }
}

/**
 * The vendor's Location.readUrl: both APIs are under /api, which the step adds to every request as
 * the CLI adds it to SEMGREP_APP_URL, so a url ending in /api or /api/v1 (copied from an API
 * example) is read without it, with a warning; sent as given, it would answer 404 at /api/api/….
 */
export function readBaseUrl(given: string): { url: string; warning: string } | undefined {
  return withoutApiPath(given, /\/api(?:\/v1)?\/?$/i, 'the base URL')
}

export const semgrep: Vendor = {
  id: 'semgrep',
  name: NAME,
  location: { defaultUrl: DEFAULT_URL, readUrl: readBaseUrl },
  modes: [{ id: 'api-token', inputs: ['api-token'] }],
  // The CLI reads SEMGREP_URL before SEMGREP_APP_URL (semgrep/semgrep cli/src/semgrep/env.py).
  urlEnv: ['SEMGREP_APP_URL', 'SEMGREP_URL'],
  toolsReadFirst: { SEMGREP_APP_URL: ['SEMGREP_URL'] },
  credentialEnv: { 'api-token': ['SEMGREP_APP_TOKEN'] },
  roles: {
    kind: 'none',
    reason: `Semgrep tokens belong to a deployment (the organization), not to a user: GET ${AGENT_PATH} names the deployment and no user or role. To limit what the pipeline can do, give its token only the Agent (CI) scope.`
  },
  permissions: {
    kind: 'none',
    reason: `Semgrep does not report a token's scopes: this step only tells whether the token has the Agent (CI) scope that semgrep ci needs (the "Token scope" note). Remove required-permissions.`
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const token = plan.credentials['api-token']!
    const authorization = `Bearer ${token}`
    context.mask(authorization)
    const meanings = { 401: () => rejected(context) }
    const agent: Endpoint = {
      method: 'GET',
      path: AGENT_PATH,
      headers: { authorization },
      meanings
    }
    const answer = await send(context, agent)
    const ciScope = answer.response.status !== 404
    const deployments = ciScope
      ? [agentDeployment(context, agent, answer)]
      : await webApiDeployments(context, {
          method: 'GET',
          path: WEB_API_PATH,
          headers: { authorization },
          meanings: { ...meanings, 404: () => neitherApi(context) }
        })

    const identity: Identity = {
      ...emptyIdentity(),
      organization: deployments.map((deployment) => deployment.name).join(', ')
    }
    const notes = deploymentNotes(deployments, ciScope)
    for (const n of notes) context.info(`${n.label}: ${n.value}`)
    return {
      identity,
      authHeader: `Authorization: ${authorization}`,
      env: {
        SEMGREP_APP_TOKEN: token,
        ...(plan.url === DEFAULT_URL ? {} : { SEMGREP_APP_URL: plan.url })
      },
      notes,
      ...(ciScope ? {} : { warnings: [noCiScopeWarning(deployments)] })
    }
  }
}

/** The deployment of a 200 from the agent API; any other answer is the step's failure. */
function agentDeployment(
  context: VendorContext,
  endpoint: Endpoint,
  { response, body }: Answer
): Deployment {
  const ok = response.status >= 200 && response.status < 300
  const deployment = ok && isObject(body) ? readDeployment(body) : undefined
  if (deployment) return deployment
  throw explainAnswer(context, endpoint, response, body)
}

async function webApiDeployments(
  context: VendorContext,
  endpoint: Endpoint
): Promise<Deployment[]> {
  const { response, body } = await send(context, endpoint)
  const ok = response.status >= 200 && response.status < 300
  const deployments = ok && isObject(body) ? readDeploymentList(body) : []
  if (deployments.length) return deployments
  throw explainAnswer(context, endpoint, response, body)
}

/**
 * The agent API's `{"deployment":{...}}`: the deployment's `name` (what `semgrep ci` and
 * `semgrep login` print), else its display name or slug; undefined when it names none.
 */
export function readDeployment(body: Json): Deployment | undefined {
  return deploymentFrom(body.deployment)
}

/** The Web API's `{"deployments":[...]}`: every deployment that has a name, at most MAX_NAMES. */
export function readDeploymentList(body: Json): Deployment[] {
  if (!Array.isArray(body.deployments)) return []
  return body.deployments
    .slice(0, MAX_NAMES)
    .map(deploymentFrom)
    .filter((deployment) => deployment !== undefined)
}

function deploymentFrom(value: unknown): Deployment | undefined {
  if (!isObject(value)) return undefined
  const name = firstText(value, ['name', 'display_name', 'slug'])
  if (!name) return undefined
  return { name, id: firstText(value, ['id']), slug: firstText(value, ['slug']) }
}

function deploymentNotes(deployments: readonly Deployment[], ciScope: boolean): Note[] {
  const [only] = deployments
  return [
    deployments.length === 1 && only
      ? note('Deployment', describeDeployment(only))
      : note('Deployments', `${deployments.length} (their names are the organization output)`),
    note(
      'Token scope',
      ciScope
        ? 'Agent (CI): semgrep ci accepts this token'
        : 'Web API without Agent (CI): semgrep ci will refuse this token'
    ),
    note('Token owner', 'not reported: Semgrep tokens belong to the deployment, not to a user')
  ]
}

/** `acme (id 42, slug acme)`: the id and slug are what the Web API's paths take. */
export function describeDeployment({ name, id, slug }: Deployment): string {
  const details = [id && `id ${id}`, slug && `slug ${slug}`].filter(Boolean)
  return details.length ? `${name} (${details.join(', ')})` : name
}

function noCiScopeWarning(deployments: readonly Deployment[]): string {
  const [only] = deployments
  const whose =
    deployments.length === 1 && only
      ? `deployment ${only.name}`
      : `${deployments.length} deployments`
  return `Semgrep: the token is valid for the Web API of ${whose}, but it lacks the Agent (CI) scope, so semgrep ci will refuse it (GET ${AGENT_PATH} answered 404). For semgrep ci, create a token with the Agent (CI) scope in ${TOKEN_PAGE} (or add the scope to this one) and put it into ${SECRET}.`
}
