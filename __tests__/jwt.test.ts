// The JWT readers in src/kit/jwt.ts: recognised by shape, decoded, never verified.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
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

  it.each([
    ['spaces', 'a.e y J h I j o x f Q.b'],
    ['percent signs', 'a.eyJhIjoxfQ%%.b'],
    ['an empty payload', 'a..b']
  ])('reads no claims from a payload with %s, which Node would decode by skipping them', (_, v) => {
    expect(decodeJwtClaims(v)).toBeUndefined()
  })

  it('reads a payload written with base64 padding', () => {
    const padded = Buffer.from('{"a":1}').toString('base64').replace(/\+/g, '-').replace(/\//g, '_')
    expect(padded.endsWith('=')).toBe(true)
    expect(decodeJwtClaims(`a.${padded}.b`)).toEqual({ a: 1 })
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

describe('the JWT readers, for any string', () => {
  const b64 = (value: string): string => Buffer.from(value).toString('base64url')
  const token = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc
      .tuple(fc.string({ maxLength: 30 }), fc.json({ maxDepth: 2 }), fc.string({ maxLength: 10 }))
      .map(([head, body, sig]) => `${b64(head)}.${b64(body)}.${sig}`),
    fc.json({ maxDepth: 2 }).map((body) => `${header}.${b64(body)}.c2ln`)
  )
  it('never throw, and give claims only as an object', () => {
    fc.assert(
      fc.property(token, (value) => {
        looksLikeJwt(value)
        const claims = decodeJwtClaims(value)
        if (claims === undefined) return
        // Claims come only from a payload that is base64url, whatever surrounds it.
        expect(value.split('.')[1]).toMatch(/^[A-Za-z0-9_-]+={0,2}$/)
        expect(typeof claims === 'object' && claims !== null && !Array.isArray(claims)).toBe(true)
        const expiry = jwtExpiry(claims)
        if (expiry !== undefined) expect(expiry).toMatch(/^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      }),
      { numRuns: 1000 }
    )
  })
})
