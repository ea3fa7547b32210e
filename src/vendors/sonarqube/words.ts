/**
 * What SonarQube's answers and tokens say of themselves: the type a token's prefix shows, and
 * SonarQube's own words in an error answer. Shared by the check (./index.ts) and mint-token
 * (./mint.ts).
 */
import { documentedErrorText } from '../../kit/endpoint.js'
import { isObject } from '../../kit/parse.js'

export type TokenType = 'user' | 'project-analysis' | 'global-analysis' | 'unknown'

/** The token type its prefix shows; `unknown` for tokens without one (created before 9.x). */
export function tokenType(token: string): TokenType {
  if (token.startsWith('squ_')) return 'user'
  if (token.startsWith('sqp_')) return 'project-analysis'
  if (token.startsWith('sqa_')) return 'global-analysis'
  return 'unknown'
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
