/**
 * A token answer (a login, a refresh, an OAuth token endpoint) is the server's to write, so the
 * server must not choose what the runner masks (contract Behaviour 10): only the credential the step
 * goes on to use is masked, and only once it has passed its grammar. The other fields such an answer
 * may carry (a refresh token, an id_token) are never read, printed or handed on, and the raw body of
 * a token answer is never quoted, so masking them would protect nothing; it would let a hostile
 * server blank any word of the log ("e", the user's name) and withhold outputs that contain it.
 */
import { bearerToken } from './grammar.js'
import type { SessionContext } from './types.js'

/**
 * The bearer token a token answer issued, checked against its grammar and only then masked; an
 * ActionFailure naming `what`, with nothing masked, when it is not a bearer token.
 */
export function issuedBearerToken(
  context: Pick<SessionContext, 'mask' | 'http'>,
  value: unknown,
  what: string
): string {
  const token = bearerToken(value, what, context.http.server)
  context.mask(token)
  return token
}
