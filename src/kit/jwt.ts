/**
 * JWTs as vendors hand them out (API keys, access tokens, refresh tokens): recognised by shape and
 * decoded, never verified, since the signing key is the issuer's. Use the claims only to describe a
 * token that came straight from the server or from the user's own secret.
 */
import { isObject, type Json } from './parse.js'
import { isoSeconds } from '../core/expiry.js'

/** Three base64url parts whose header decodes to JSON with an `alg`. */
export function looksLikeJwt(value: string): boolean {
  const parts = value.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return false
  const header = decodePart(parts[0]!)
  return isObject(header) && typeof header.alg === 'string'
}

/**
 * The payload of a JWT, or undefined when it is not one. Its payload must be base64url (padding
 * allowed): Node's decoder skips other characters, which would read claims out of a value such as
 * "a.eyJ h Ijo x fQ.b" that no issuer wrote.
 */
export function decodeJwtClaims(token: string): Json | undefined {
  const [, body, ...rest] = token.split('.')
  if (rest.length !== 1 || !/^[A-Za-z0-9_-]+={0,2}$/.test(body!)) return undefined
  const payload = decodePart(body!)
  return isObject(payload) ? payload : undefined
}

/**
 * The `exp` claim as ISO-8601, or undefined. Always seconds since the epoch (RFC 7519's NumericDate),
 * never normaliseExpiry's reading of a large number as milliseconds: an exp of 1.5e12 is the year
 * 49,500 to every service that honours the token, not 2017, and read as the latter a token that
 * never expires would pass for one long dead (and JFrog's minted-token check would hand it on).
 */
export function jwtExpiry(claims: Json): string | undefined {
  const exp =
    typeof claims.exp === 'string' && /^\d+$/.test(claims.exp.trim())
      ? Number(claims.exp)
      : claims.exp
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= 0) return undefined
  // '' past Date's range (the year 275,760): no expiry this step can state.
  return isoSeconds(exp * 1000) || undefined
}

function decodePart(part: string): unknown {
  // A JWT part is small; a huge one is not a JWT and is not worth decoding.
  if (part.length > 16_384) return undefined
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}
