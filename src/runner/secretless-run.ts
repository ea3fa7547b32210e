/**
 * Why a credential may be empty: GitHub withholds repository secrets from runs triggered from a fork
 * and from Dependabot. Loaded only on that failure path.
 *
 * It reads the event payload (GITHUB_EVENT_PATH) and the actor (GITHUB_ACTOR) itself, as
 * @actions/github's Context does: that package exports no path to its Context class alone, and its
 * public entry builds an Octokit client whose bundle would add 2 MB to dist/ for this one hint.
 */
import { readFileSync } from 'node:fs'
import { SECRET_NOT_SET_HINT, SECRETS_NOT_PASSED_HINT } from '../core/failure.js'

interface PullRequestRepos {
  head?: { repo?: { full_name?: string } }
  base?: { repo?: { full_name?: string } }
}

export function secretlessRunHint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const pullRequest = eventPayload(env).pull_request as PullRequestRepos | undefined
  const headRepo = pullRequest?.head?.repo?.full_name
  const fromFork = headRepo !== undefined && headRepo !== pullRequest?.base?.repo?.full_name
  const byDependabot = env.GITHUB_ACTOR === 'dependabot[bot]'
  if (!fromFork && !byDependabot) return undefined
  const trigger = byDependabot ? 'by Dependabot' : `from the fork ${headRepo}`
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
