// The bearer grammar a token a server issued must match before it is masked, used or handed on:
// the whole value, not a run of valid characters inside it.
import { describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../src/core/failure.js'
import { bearerToken, issuedText } from '../src/kit/grammar.js'
import { issuedBearerToken } from '../src/kit/token-answer.js'

const VALID = 'abcDEF0123456789-._~+/'

describe('bearerToken', () => {
  it.each([
    ['before', `; touch /tmp/x #${VALID}`],
    ['after', `${VALID}; touch /tmp/x`],
    ['after its padding', `${VALID}==$(id)`]
  ])('refuses a token with what the grammar forbids %s a valid run', (_where, value) => {
    expect(() => bearerToken(value, 'the token')).toThrow(ActionFailure)
  })

  it('takes up to 16384 characters and refuses more', () => {
    expect(bearerToken('a'.repeat(16_384), 'the token')).toHaveLength(16_384)
    expect(() => bearerToken('a'.repeat(16_385), 'the token')).toThrow(ActionFailure)
  })
})

describe('issuedText', () => {
  it('reads a whole number as its digits, but not a negative one', () => {
    expect(issuedText(42)).toBe('42')
    expect(issuedText(-42)).toBeUndefined()
  })
})

describe('bearerToken, one forbidden character', () => {
  // Every printable ASCII character outside RFC 6750 b64token (and `=` before the end), between two
  // valid runs of 16: the property in sanitize.test.ts rarely builds such a value by chance.
  const forbidden = [...Array(128).keys()]
    .map((code) => String.fromCharCode(code))
    .filter((char) => !/[A-Za-z0-9\-._~+/]/.test(char))
  it.each(forbidden.map((char) => [JSON.stringify(char), char]))(
    'refuses %s inside an otherwise valid token',
    (_shown, char) => {
      expect(() => bearerToken(`${VALID}${char}${VALID}`, 'the token')).toThrow(ActionFailure)
    }
  )
})

describe('issuedBearerToken', () => {
  const context = (masked: string[]) => ({
    mask: (value: string) => void masked.push(value),
    http: { server: undefined } as unknown as Parameters<typeof issuedBearerToken>[0]['http']
  })

  it('masks nothing when the issued value fails its grammar, so a server cannot choose a mask', () => {
    const masked: string[] = []
    for (const value of ['e', 'short-token', `${VALID} $(id)`, { token: VALID }]) {
      expect(() => issuedBearerToken(context(masked), value, 'the token')).toThrow(ActionFailure)
    }
    expect(masked).toEqual([])
  })

  it('masks a token that passed its grammar, once, before handing it back', () => {
    const masked: string[] = []
    expect(issuedBearerToken(context(masked), VALID, 'the token')).toBe(VALID)
    expect(masked).toEqual([VALID])
  })
})
