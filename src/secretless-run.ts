/**
 * Why a credential may be empty: GitHub withholds repository secrets from runs triggered from a fork
 * and from Dependabot. Loaded only on that failure path.
 *
 * It takes @actions/github's Context class alone: the package root also builds an Octokit client
 * (and its HTTP stack) at import time, which reading the event payload does not need. A fresh
 * Context reads the environment as it is now.
 */
import { Context } from '../node_modules/@actions/github/lib/context.js'
import { SECRETS_NOT_PASSED_HINT } from './failure.js'

interface PullRequestRepos {
  head?: { repo?: { full_name?: string } }
  base?: { repo?: { full_name?: string } }
}

export function secretlessRunHint(): string | undefined {
  const context = new Context()
  const pullRequest = context.payload.pull_request as PullRequestRepos | undefined
  const headRepo = pullRequest?.head?.repo?.full_name
  const fromFork = headRepo !== undefined && headRepo !== pullRequest?.base?.repo?.full_name
  const byDependabot = context.actor === 'dependabot[bot]'
  if (!fromFork && !byDependabot) return undefined
  const trigger = byDependabot ? 'by Dependabot' : `from the fork ${headRepo}`
  return `This run was triggered ${trigger}. ${SECRETS_NOT_PASSED_HINT}`
}
