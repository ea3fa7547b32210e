/**
 * Why a credential may be empty: GitHub withholds repository secrets from runs triggered from a fork
 * and from Dependabot. Loaded only on that failure path, because @actions/github is large.
 */
import { SECRETS_NOT_PASSED_HINT } from './failure.js'

export async function secretlessRunHint(): Promise<string | undefined> {
  const { context } = await import('@actions/github')
  const pullRequest = context.payload.pull_request as
    | { head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } }
    | undefined
  const headRepo = pullRequest?.head?.repo?.full_name
  const fromFork = headRepo !== undefined && headRepo !== pullRequest?.base?.repo?.full_name
  const byDependabot = context.actor === 'dependabot[bot]'
  if (!fromFork && !byDependabot) return undefined
  const trigger = byDependabot ? 'by Dependabot' : `from the fork ${headRepo}`
  return `This run was triggered ${trigger}. ${SECRETS_NOT_PASSED_HINT}`
}
