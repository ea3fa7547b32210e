/** The credentials Tenable.sc issues: a decimal session token and its TNS_SESSIONID cookie. */
import { issuedText, malformedCredential } from '../../kit/grammar.js'

/**
 * A Tenable.sc session token: a decimal number (a JSON number in every capture, 9 to 10 digits), at
 * least 6 digits so that a hostile server cannot have a short number masked in every log line.
 */
const DECIMAL_TOKEN = /^\d{6,20}$/
/** A PHP session id, as Tenable.sc's TNS_SESSIONID (32 hex in captures): letters, digits, `,`, `-`. */
const COOKIE_VALUE = /^[A-Za-z0-9,-]{16,256}$/

/** A decimal session token, as a string. */
export function decimalToken(value: unknown, what: string): string {
  const token = issuedText(value)
  if (token === undefined || !DECIMAL_TOKEN.test(token)) {
    throw malformedCredential(what, 'a decimal number of 6 to 20 digits')
  }
  return token
}

/** The value of the cookie `name` (without `name=`): letters, digits, `,` and `-` only. */
export function cookieValue(value: unknown, name: string, what: string): string {
  const cookie = issuedText(value)
  if (cookie === undefined || !COOKIE_VALUE.test(cookie)) {
    throw malformedCredential(
      what,
      `a ${name} cookie value (16 to 256 letters, digits, "," or "-")`
    )
  }
  return cookie
}
