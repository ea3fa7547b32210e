/**
 * Credentials a server issues are checked against their grammar before they are masked, used or
 * handed on: a value that is not what the vendor issues may be an attack on the next step's shell,
 * and it is refused without being quoted. Each vendor's own grammars sit in its folder and build
 * their failure with `malformedCredential`.
 */
import { ActionFailure, answeredInItsPlace, type ServerChoice } from '../core/failure.js'

/**
 * RFC 6750 `b64token`: the characters a bearer token may use, then `=` padding. At least 16
 * characters: every token a vendor issues is far longer, and a shorter value would be masked in every
 * log line it happens to appear in (a hostile server choosing `e` blanks the log).
 */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{16,}=*$/
const MAX_BEARER_TOKEN = 16_384

/**
 * A bearer token the server issued, as a string, or an ActionFailure that names `what` (which
 * credential, from which vendor and endpoint) without quoting the value. `server`: where it came
 * from (HttpClient.server), for the failure's advice; absent, the url input chose it.
 */
export function bearerToken(value: unknown, what: string, server?: ServerChoice): string {
  const token = issuedText(value)
  if (token === undefined || token.length > MAX_BEARER_TOKEN || !BEARER_TOKEN.test(token)) {
    throw malformedCredential(
      what,
      'a bearer token (RFC 6750: at least 16 letters, digits, - . _ ~ + / then = padding)',
      server
    )
  }
  return token
}

/**
 * A string as given, or a whole number that JSON carried exactly; anything else (a fraction, a
 * number past 2^53 that lost digits in parsing, an object) is not a credential.
 */
export function issuedText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value)
  return undefined
}

/**
 * The failure for an issued credential that is not `expected`; the value is never quoted. `server`:
 * where it came from (HttpClient.server); absent, the url input chose it.
 */
export function malformedCredential(
  what: string,
  expected: string,
  server?: ServerChoice
): ActionFailure {
  return new ActionFailure(
    `The server answered with a malformed credential: ${what} is not ${expected}. ` +
      'Its value is not shown, since it may be a secret. A genuine server never sends this: check ' +
      `${answeredInItsPlace(server, 'the real server').check}, and that no proxy or gateway rewrites its answers.`
  )
}
