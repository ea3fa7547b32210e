// HS256 JWTs for the fakes: Invicti Platform API keys and Infracast access tokens are JWTs, and the
// fakes verify the signature the way the real servers would.
import { createHmac, timingSafeEqual } from 'node:crypto'

const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url')

export function signJwt(payload, secret) {
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url')
  return `${unsigned}.${signature}`
}

/** The payload of a token signed with `secret`, or undefined when it is malformed or forged. */
export function verifyJwt(token, secret) {
  const parts = String(token).split('.')
  if (parts.length !== 3) return undefined
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest()
  const given = Buffer.from(parts[2], 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}
