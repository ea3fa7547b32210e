// The runner's ID-token service, as GitHub Actions offers it to a job with `id-token: write`:
//
//   GET <ACTIONS_ID_TOKEN_REQUEST_URL>[&audience=<aud>]
//   Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>
//   → 200 {"value": "<JWT>"}
//
// The sandbox serves it at `/_github/idtoken?api-version=2.0`. The ID token carries the claims
// GitHub documents (`iss` https://token.actions.githubusercontent.com, `sub`
// `repo:<owner>/<repo>:ref:<ref>` or `…:environment:<name>`, `aud` the audience asked for, else the
// owner's URL, `repository`, `repository_owner`, `ref`, `environment` when the job has one,
// `job_workflow_ref`, `run_id`, `iat`, `nbf`, `exp`); vendor fakes verify it with
// `verifyGitHubIdToken`. Real ID tokens are RS256-signed by GitHub; these are HS256 (./jwt.js).
// Assumed, not recorded: the service's answer to a wrong request token (401 with a `message`).
import { signJwt, verifyJwt } from './jwt.js'

const SIGNING_SECRET = 'sandbox-github-actions-oidc-signing-secret'
export const ID_TOKEN_PATH = '/_github/idtoken'
/** What the runner would put in ACTIONS_ID_TOKEN_REQUEST_TOKEN (a JWT of its own there). */
export const REQUEST_TOKEN = 'sandbox-actions-id-token-request-token-0123456789abcdef'
export const ISSUER = 'https://token.actions.githubusercontent.com'

/** The job the ID token describes, unless a test says otherwise (setJob). */
export const DEFAULT_JOB = Object.freeze({
  repository: 'acme/app',
  ref: 'refs/heads/main',
  environment: '',
  workflow: '.github/workflows/scan.yml'
})

export function createGitHubOidc() {
  const state = { job: { ...DEFAULT_JOB }, issued: 0 }
  return {
    requestToken: REQUEST_TOKEN,
    /** ACTIONS_ID_TOKEN_REQUEST_URL for a sandbox origin. */
    requestUrl: (origin) => `${origin}${ID_TOKEN_PATH}?api-version=2.0`,
    /** The job the next ID tokens describe: another repository, ref or environment. */
    setJob(job) {
      state.job = { ...state.job, ...job }
    },
    /** How many ID tokens were issued since the last reset. */
    get issued() {
      return state.issued
    },
    reset() {
      state.job = { ...DEFAULT_JOB }
      state.issued = 0
    },
    handle(request, send) {
      if (request.path.split('?')[0] !== ID_TOKEN_PATH) return false
      if (request.method !== 'GET') return send(405, { message: 'Method Not Allowed' })
      if (request.headers.authorization !== `Bearer ${REQUEST_TOKEN}`)
        return send(401, { message: 'Unauthorized' })
      state.issued++
      return send(200, { value: idToken(state.job, request.query.get('audience')) })
    }
  }
}

function idToken(job, audience) {
  const now = Math.floor(Date.now() / 1000)
  const owner = job.repository.split('/')[0]
  const subject = job.environment
    ? `repo:${job.repository}:environment:${job.environment}`
    : `repo:${job.repository}:ref:${job.ref}`
  return signJwt(
    {
      jti: `sandbox-${now}-${Math.random().toString(36).slice(2)}`,
      sub: subject,
      aud: audience || `https://github.com/${owner}`,
      ref: job.ref,
      repository: job.repository,
      repository_owner: owner,
      ...(job.environment ? { environment: job.environment } : {}),
      job_workflow_ref: `${job.repository}/${job.workflow}@${job.ref}`,
      run_id: '4242',
      iss: ISSUER,
      iat: now,
      nbf: now - 5,
      exp: now + 300
    },
    SIGNING_SECRET
  )
}

/** The claims of an ID token this service issued and that has not expired; undefined otherwise. */
export function verifyGitHubIdToken(token) {
  const claims = verifyJwt(token, SIGNING_SECRET)
  if (!claims || claims.iss !== ISSUER || claims.exp <= Date.now() / 1000) return undefined
  return claims
}
