/**
 * Why a credential may be empty: GitHub withholds repository secrets from runs triggered from a fork
 * and from Dependabot, and expands a secret the run cannot read to an empty string. Loaded only on
 * that failure path, so its texts live here rather than in the entry every step reads.
 *
 * It reads the event payload (GITHUB_EVENT_PATH) and the actor (GITHUB_ACTOR) itself, as
 * @actions/github's Context does: that package exports no path to its Context class alone, and its
 * public entry builds an Octokit client whose bundle would add 2 MB to dist/ for this one hint.
 */
import { readFileSync } from 'node:fs'

// Never pull_request_target: it runs the fork's code with the repository's secrets.
const SECRETS_NOT_PASSED_HINT =
  'GitHub does not pass repository secrets to workflows triggered from a fork or by Dependabot, so ' +
  'the credential is empty here. Skip the step when the secret is absent, so that such runs pass ' +
  'without a scan: a step condition cannot read secrets, so give the secret to the job as an ' +
  'environment variable (env: SCANNER_KEY: ${{ secrets.SCANNER_KEY }}, with your names) and add ' +
  "if: env.SCANNER_KEY != '' to the step. For Dependabot, the secret can also be added to the " +
  'Dependabot secrets of the repository.'

// GitHub's "Using secrets in GitHub Actions": an expression naming a secret that is not set
// expands to an empty string, without an error; environment secrets reach only jobs that name the
// environment, and a reusable workflow gets only the secrets its caller passes.
const SECRET_NOT_SET_HINT =
  'A ${{ secrets.NAME }} that this run cannot read is an empty string, without an error: check ' +
  "that the secret's name in the step matches the one in Settings > Secrets and variables > " +
  'Actions, that a secret of an environment is used in a job that names it (environment:), that ' +
  'an organization secret is shared with this repository, and that a reusable workflow is passed ' +
  'the secret by its caller (secrets: inherit, or by name).'

interface PullRequestRepos {
  // null once the fork the pull request came from has been deleted (GitHub's REST schema: the
  // head's repo is nullable); the base repository is the one this run belongs to.
  head?: { repo?: { full_name?: string } | null }
  base?: { repo?: { full_name?: string } }
}

export function secretlessRunHint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const pullRequest = eventPayload(env).pull_request as PullRequestRepos | undefined
  const headRepo = pullRequest?.head?.repo?.full_name
  const forkDeleted = pullRequest?.head?.repo === null
  // pull_request_target runs in the base repository's context, with its secrets, whatever the
  // pull request's origin (GitHub's "Events that trigger workflows"): a fork withholds nothing there.
  const fromFork =
    env.GITHUB_EVENT_NAME !== 'pull_request_target' &&
    (forkDeleted || (headRepo !== undefined && headRepo !== pullRequest?.base?.repo?.full_name))
  const byDependabot = env.GITHUB_ACTOR === 'dependabot[bot]'
  if (!fromFork && !byDependabot) return undefined
  const trigger = byDependabot
    ? 'by Dependabot'
    : forkDeleted
      ? 'from a fork that has since been deleted'
      : `from the fork ${headRepo}`
  return `This run was triggered ${trigger}. ${SECRETS_NOT_PASSED_HINT}`
}

/**
 * Why a credential input is empty: the run withholds secrets (a fork, Dependabot), or else the
 * secret the step names is not one this run can read, which GitHub expands to an empty string.
 */
export function emptyCredentialHint(env: NodeJS.ProcessEnv = process.env): string {
  return secretlessRunHint(env) ?? SECRET_NOT_SET_HINT
}

/** The event that triggered the run; {} when there is none or it cannot be read. */
function eventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  if (!env.GITHUB_EVENT_PATH) return {}
  try {
    const payload: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
    return typeof payload === 'object' && payload !== null
      ? (payload as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}
