/** The credentials Tenable.sc issues: a decimal session token and its TNS_SESSIONID cookie. */
import { issuedText, malformedCredential } from '../../kit/grammar.js'

/** A Tenable.sc session token: a decimal number (a JSON number in every capture). */
const DECIMAL_TOKEN = /^\d{1,20}$/
/** A PHP session id, as Tenable.sc's TNS_SESSIONID: letters, digits, `,` and `-`. */
const COOKIE_VALUE = /^[A-Za-z0-9,-]{1,256}$/

/** A decimal session token, as a string. */
export function decimalToken(value: unknown, what: string): string {
  const token = issuedText(value)
  if (token === undefined || !DECIMAL_TOKEN.test(token)) {
    throw malformedCredential(what, 'a decimal number')
  }
  return token
}

/** The value of the cookie `name` (without `name=`): letters, digits, `,` and `-` only. */
export function cookieValue(value: unknown, name: string, what: string): string {
  const cookie = issuedText(value)
  if (cookie === undefined || !COOKIE_VALUE.test(cookie)) {
    throw malformedCredential(what, `a ${name} cookie value (1 to 256 letters, digits, "," or "-")`)
  }
  return cookie
}
