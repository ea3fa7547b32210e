// refuseWrappedCredentials against any credential: it refuses with an ActionFailure or not at all,
// and its message is one of its three texts, quoting at most the Authorization scheme the value
// starts with (and the "Authorization:" before it), never any part of what follows; and it never
// refuses a value of the shapes vendors issue (base64 with its padding, hex, UUIDs, JWTs).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ActionFailure } from '../src/core/failure.js'
import { SECRET_INPUTS, type CredentialInput } from '../src/kit/types.js'
import { refuseWrappedCredentials } from '../src/plan/credentials.js'

const RUNS = Number(process.env.WRAPPED_RUNS ?? 2000)

/** Every character JavaScript's \s and String.prototype.trim count as white space. */
const SPACES = [
  ...[' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f'],
  ...['\u205f', '\u3000', '\ufeff', '\u2000', '\u2005', '\u200a']
]
const space = fc.constantFrom(...SPACES)
const spaces = (minLength: number) =>
  fc.array(space, { minLength, maxLength: 6 }).map((chars) => chars.join(''))

/** A word in any mix of upper and lower case. */
const anyCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''))

const schemeWord = fc.constantFrom('bearer', 'token', 'basic', 'apikey').chain(anyCase)
const header = fc.tuple(anyCase('authorization:'), spaces(0)).map(([name, gap]) => name + gap)

const tail = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('"', "'", ' ', 'a', 'B', '\u2028', ':', 'x'), maxLength: 12 }),
  fc.string({ minLength: 500, maxLength: 3000 })
)

/** Values built to look like the two shapes refused, and anything else. */
const credential = fc.oneof(
  fc
    .tuple(fc.option(header), schemeWord, spaces(0), tail)
    .map(([h, w, gap, rest]) => `${h ?? ''}${w}${gap}${rest}`),
  fc
    .tuple(fc.constantFrom('"', "'"), tail, fc.constantFrom('"', "'", ''))
    .map(([q, rest, end]) => `${q}${rest}${end}`),
  fc.string({ unit: fc.constantFrom('"', "'"), maxLength: 6 }),
  fc
    .tuple(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,24}$/), tail)
    .map(([name, rest]) => `${name}=${rest}`),
  tail
)

const secretInput = fc.constantFrom(...SECRET_INPUTS.filter((input) => input !== 'password'))

const SCHEME_TEXT =
  /^(.*) starts with "([^]*)", the scheme of an Authorization header, which this step adds itself\. Fix: store only what follows it in the secret\.$/
const QUOTE_TEXT =
  /^(.*) is wrapped in (?:double|single) quotes, which the secret holds as part of the value\. Fix: store it again without the quotes\.$/

const ASSIGNMENT_TEXT =
  /^(.*) starts with a variable assignment \(NAME=…, a line of a \.env file\)\. Fix: store only what follows the = in the secret\.$/

describe('refuseWrappedCredentials', () => {
  it('throws only an ActionFailure, and quotes no part of a credential past its scheme', () => {
    fc.assert(
      fc.property(secretInput, credential, (input, value) => {
        const source = (named: CredentialInput): string => `The ${named} input`
        let message: string
        try {
          refuseWrappedCredentials({ [input]: value }, source)
          return
        } catch (error) {
          expect(error).toBeInstanceOf(ActionFailure)
          message = (error as ActionFailure).message
        }
        const quoted = QUOTE_TEXT.exec(message)
        if (quoted) {
          expect(quoted[1]).toBe(source(input))
          return
        }
        // Nothing of the value: its name may be the start of a secret.
        const assignment = ASSIGNMENT_TEXT.exec(message)
        if (assignment) {
          expect(assignment[1]).toBe(source(input))
          expect(value).toMatch(/^[A-Z][A-Z0-9]*_[A-Z0-9_]*=[^=]/)
          return
        }
        const scheme = SCHEME_TEXT.exec(message)
        expect(scheme).not.toBeNull()
        expect(scheme![1]).toBe(source(input))
        const shown = scheme![2]!
        // What is shown is the value's own start, and no more than the scheme (with its header).
        expect(value.startsWith(shown)).toBe(true)
        expect(shown).toMatch(/^(?:authorization:\s*)?(?:bearer|token|basic|apikey)$/i)
        // Nothing of what follows it: no four characters of the rest appear in the message.
        const rest = value.slice(shown.length)
        for (let i = 0; i + 4 <= rest.length; i++) {
          const piece = rest.slice(i, i + 4)
          if (piece.trim().length < 4) continue
          expect(shown).not.toContain(piece)
        }
      }),
      { numRuns: RUNS }
    )
  })

  it('never refuses a credential of the shapes vendors issue', () => {
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 96 })
    const issued = fc.oneof(
      bytes.map((b) => Buffer.from(b).toString('base64')),
      bytes.map((b) => Buffer.from(b).toString('base64url')),
      bytes.map((b) => Buffer.from(b).toString('hex')),
      bytes.map((b) => Buffer.from(b).toString('hex').toUpperCase()),
      fc.uuid(),
      fc
        .tuple(bytes, bytes, bytes)
        .map((parts) => parts.map((b) => Buffer.from(b).toString('base64url')).join('.'))
    )
    fc.assert(
      fc.property(secretInput, issued, (input, value) => {
        expect(() => refuseWrappedCredentials({ [input]: value }, () => 'x')).not.toThrow()
      }),
      { numRuns: RUNS }
    )
  })
})
