// Secrets longer than the per-character expression (256 characters) are still redacted in every
// encoding a server may echo them in, and in any mix of them: PHP's htmlspecialchars (&#039;),
// JSON's \uXXXX, URL escapes, named references.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mask, redact } from '../src/runner/log.js'
import { WITHHELD_TEXT } from '../src/runner/long-echo.js'
import { stdoutOf } from './helpers/stdout.js'

/** One character of a secret as a server may echo it: every encoding the contract lists. */
const encodings = (char: string): string[] => {
  const codePoint = char.codePointAt(0)!
  const units = [...Array(char.length).keys()].map((i) => char.charCodeAt(i))
  const named: Record<string, string> = { "'": '&apos;', '"': '&quot;', '&': '&amp;', '<': '&lt;' }
  return [
    char,
    encodeURIComponent(char),
    units.map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`).join(''),
    units.map((unit) => `\\u${unit.toString(16).padStart(4, '0').toUpperCase()}`).join(''),
    `&#${codePoint};`,
    `&#${String(codePoint).padStart(3, '0')};`,
    `&#x${codePoint.toString(16)};`,
    named[char] ?? char,
    `&#${'0'.repeat(25)}${codePoint};`,
    `&#X${'0'.repeat(200)}${codePoint.toString(16)};`
  ]
}

const secretChars = fc.constantFrom(...'abcXYZ019-_.~+/=\'"&<> %😀é'.split(/(?:)/u))
const longSecrets = fc
  .array(secretChars, { minLength: 257, maxLength: 700 })
  .map((chars) => chars.join(''))
  // A value that is mostly one character would also match inside the surrounding text.
  .filter((secret) => new Set(secret).size > 8)

describe('redact() of a secret over 256 characters', () => {
  it('replaces a password echoed with &#039; for each quote, as PHP does', () => {
    const password = `Corr3ct'Horse'Battery'Staple-${'x7Qz'.repeat(60)}`
    expect(password.length).toBeGreaterThan(256)
    stdoutOf(() => mask(password))
    const echoed = password.replace(/'/g, '&#039;')
    expect(redact(`Invalid login for admin with password ${echoed}.`)).toBe(
      'Invalid login for admin with password ***.'
    )
  })

  it('replaces it in any encoding, one encoding chosen per character', () => {
    fc.assert(
      fc.property(
        longSecrets,
        fc.array(fc.nat(9), { minLength: 700, maxLength: 700 }),
        (secret, picks) => {
          stdoutOf(() => mask(secret))
          const echoed = [...secret].map((char, i) => encodings(char)[picks[i]!]!).join('')
          expect(redact(`said: ${echoed} (end)`)).toBe('said: *** (end)')
        }
      ),
      { numRuns: 60 }
    )
  })

  it("withholds a text made to repeat a long secret's beginning, rather than walk it for minutes", () => {
    // A hostile server issues a token of one repeated character, then answers with an error text
    // that repeats all of it but the last character: every place would start a walk the length of
    // the token, about 16,000 × 130,000 steps. With the walk's budget it is withheld at once.
    const issued = 'A'.repeat(16_000)
    stdoutOf(() => mask(issued))
    const hostile = `${'A'.repeat(15_999)}B`.repeat(8) + '%'
    expect(redact(hostile)).toBe(WITHHELD_TEXT)
    // The same secret echoed in an ordinary text is still found, in any encoding.
    expect(redact(`token ${issued.replace(/A$/, '%41')} expired`)).toBe('token *** expired')
  })

  it('withholds such a text in an encoded form too, whatever its length', () => {
    // Each %41 is one step that decodes an A: a megabyte of them stayed under a budget that grew
    // with the text, and took a minute to come back unchanged.
    const issued = 'A'.repeat(380)
    stdoutOf(() => mask(issued))
    const hostile = `${'%41'.repeat(379)}B`.repeat(Math.ceil((1024 * 1024) / 1138))
    expect(redact(hostile)).toBe(WITHHELD_TEXT)
  })

  it('reads leading zeros of any length in a reference, and a megabyte of them in time', () => {
    const issued = `${'Zq9'.repeat(100)}-end`
    stdoutOf(() => mask(issued))
    const padded = [...issued].map((c) => `&#${'0'.repeat(30)}${c.codePointAt(0)};`).join('')
    expect(redact(`said ${padded}.`)).toBe('said ***.')
    // A megabyte of references to Z whose zeros run for 500 characters, after a token of more Z's
    // than the text holds: each reference starts a walk through those after it, and every walk
    // reads each run of zeros it reaches again. The runs are charged to the walk's budget, so the
    // text is withheld (fail closed) instead of read for seconds: uncharged, it was read whole and
    // came back as it was.
    stdoutOf(() => mask('Z'.repeat(2500)))
    const reference = `&#${'0'.repeat(500)}90;`
    const hostile = `${reference.repeat(1990)}B`
    expect(redact(hostile)).toBe(WITHHELD_TEXT)
  })
})
