/**
 * What SonarQube's answers and tokens say of themselves: the type a token's prefix shows, and
 * SonarQube's own words in an error answer. Shared by the check (./index.ts) and mint-token
 * (./mint.ts).
 */
import { documentedErrorText } from '../../kit/endpoint.js'
import { isObject } from '../../kit/parse.js'

export type TokenType = 'user' | 'project-analysis' | 'global-analysis' | 'organization' | 'unknown'

/**
 * The token type its prefix shows; `unknown` for tokens without one (created before 9.x).
 * `sqco_` is a SonarQube Cloud Scoped Organization Token: it belongs to an organization, not to a
 * user, and grants only Execute Analysis on the projects it is scoped to (SonarQube Cloud docs,
 * "Managing Scoped Organization Tokens").
 */
export function tokenType(token: string): TokenType {
  if (token.startsWith('squ_')) return 'user'
  if (token.startsWith('sqp_')) return 'project-analysis'
  if (token.startsWith('sqa_')) return 'global-analysis'
  if (token.startsWith('sqco_')) return 'organization'
  return 'unknown'
}

/**
 * A token that does not act with the groups of the user users/current names: an analysis token
 * acts with analysis rights only, and an organization token has no owner user.
 */
export function actsWithoutGroups(type: TokenType): boolean {
  return type === 'project-analysis' || type === 'global-analysis' || type === 'organization'
}

/**
 * SonarQube's own words in an error answer: every `errors[].msg`, joined with ", " as its scanner
 * joins them; any other body is read for the documented fields every vendor shares. Raw text: the
 * caller redacts it whole before cutting it to one bounded line.
 */
export function sonarErrorText(body: unknown): string {
  const errors = isObject(body) && Array.isArray(body.errors) ? body.errors : []
  const messages = errors
    .slice(0, 20)
    .map((error) => (isObject(error) && typeof error.msg === 'string' ? error.msg.trim() : ''))
    .filter(Boolean)
  return messages.length ? messages.join(', ') : documentedErrorText(body)
}
