// The JWT readers in src/kit/jwt.ts: recognised by shape, decoded, never verified.
import { describe, expect, it } from '@jest/globals'
import { decodeJwtClaims, jwtExpiry, looksLikeJwt } from '../src/kit/jwt.js'

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
const header = part({ alg: 'HS256', typ: 'JWT' })
const payload = part({ sub: 'ci', exp: 1_900_000_000 })

describe('looksLikeJwt', () => {
  it('recognises three base64url parts whose header names an alg', () => {
    expect(looksLikeJwt(`${header}.${payload}.c2ln`)).toBe(true)
  })

  it.each([
    ['two parts', `${header}.${payload}`],
    ['four parts', `${header}.${payload}.c2ln.c2ln`],
    ['a character outside base64url', `${header}.${payload}.c2l+`],
    ['a space inside a part', `${header}.pay load.c2ln`],
    ['a header without alg', `${part({ typ: 'JWT' })}.${payload}.c2ln`],
    ['a header past 16 KiB', `${part({ alg: 'HS256', pad: 'x'.repeat(16_384) })}.${payload}.c2ln`]
  ])('refuses %s', (_, value) => {
    expect(looksLikeJwt(value)).toBe(false)
  })
})

describe('decodeJwtClaims', () => {
  it('decodes the payload of a three-part token and nothing else', () => {
    expect(decodeJwtClaims(`${header}.${payload}.c2ln`)).toEqual({ sub: 'ci', exp: 1_900_000_000 })
    expect(decodeJwtClaims(`${header}.${payload}`)).toBeUndefined()
    expect(decodeJwtClaims(`${header}.${part(['a'])}.c2ln`)).toBeUndefined()
  })
})

describe('jwtExpiry', () => {
  it('reads exp as seconds since the epoch, as a number or a string of digits', () => {
    expect(jwtExpiry({ exp: 1_900_000_000 })).toBe('2030-03-17T17:46:40Z')
    expect(jwtExpiry({ exp: ' 1900000000 ' })).toBe('2030-03-17T17:46:40Z')
  })

  it.each([
    ['zero', 0],
    ['a negative number', -5],
    ['a string that is not only digits', '1.9e9'],
    ['a hexadecimal string', '0x71'],
    ['a number past the year 275,760', 1e16],
    ['Infinity (JSON 1e400)', JSON.parse('1e400') as number],
    ['no number', true]
  ])('states no expiry for %s', (_, exp) => {
    expect(jwtExpiry({ exp })).toBeUndefined()
  })
})
