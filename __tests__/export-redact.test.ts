// redact() takes quicker paths than its regular expression: plain search in a text without any
// encoding mark (\ % & +), and in a text with marks a walk for each value in any mix of encodings,
// which builds the expression only when a value is there. Each must give exactly what the whole
// regular expression gives (redactWithRegex).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mask, redact, redactWithRegex } from '../src/runner/log.js'
import { stdoutOf } from './helpers/stdout.js'

const SECRETS = ['tok-AbC123xyz', 'AbC123', 'p4ss wörd', 'key😀emoji', 'short1', 'a+b/c=d&e']
// The mask commands are not what this file checks (export.test.ts does); they stay off the log.
stdoutOf(() => {
  for (const secret of SECRETS) mask(secret)
})

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')
/** One character of a secret as a server may echo it. */
const encodings = (char: string): string[] => [
  char,
  encodeURIComponent(char),
  JSON.stringify(char).slice(1, -1),
  `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  `&#${char.codePointAt(0)};`,
  `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`,
  // HTML reads any number of leading zeros, and so does the expression: past 20 the walk gave up.
  `&#${'0'.repeat(40)}${char.codePointAt(0)};`,
  `&#x${'0'.repeat(70)}${char.codePointAt(0)!.toString(16)};`
]
const echoed = fc
  .tuple(fc.constantFrom(...SECRETS), fc.array(fc.nat(7), { minLength: 16, maxLength: 16 }))
  .map(([secret, picks]) =>
    [...secret].map((char, i) => encodings(char)[(picks[i % 16] ?? 0) % 8]).join('')
  )
const pieces = fc.oneof(
  fc.constantFrom(...SECRETS),
  fc.constantFrom(...SECRETS.map(base64)),
  fc.constantFrom(...SECRETS).map((secret) => secret.slice(0, 4)),
  echoed,
  echoed.map((text) => text.slice(0, text.length - 1)),
  fc.constantFrom('😀', '\ud83d', '\ude00', ' ', 'A', 'b', '1', '=', 'x', '&#95;', '%', '\\', '+'),
  fc.string({ maxLength: 6 })
)
const texts = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''))

describe('redact', () => {
  it('gives what the whole regular expression gives, on text without encoding marks', () => {
    fc.assert(
      fc.property(
        texts.map((text) => text.replace(/[\\%&+]/g, '_')),
        (text) => {
          expect(redact(text)).toBe(redactWithRegex(text))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('gives what the whole regular expression gives, on text with encoding marks', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(redact(text)).toBe(redactWithRegex(text))
      }),
      { numRuns: 2000 }
    )
  })

  it('replaces the longest secret whole, and a secret next to another', () => {
    expect(redact('a tok-AbC123xyz b AbC123AbC123 c')).toBe('a *** b ****** c')
    expect(redact('key😀emoji and p4ss wörd')).toBe('*** and ***')
    expect(redact(`Basic ${base64('tok-AbC123xyz')}`)).toBe('Basic ***')
  })

  it('finds a secret in a text with marks, in any mix of encodings', () => {
    expect(redact('<td>&#95;</td> tok-AbC%31%323xyz')).toBe('<td>&#95;</td> ***')
    expect(redact('x &#95; \\u0074ok-AbC123xyz')).toBe('x &#95; ***')
    expect(redact('&#95; plain text')).toBe('&#95; plain text')
    const padded = [...'tok-AbC123xyz'].map((c) => `&#${'0'.repeat(30)}${c.charCodeAt(0)};`)
    expect(redact(`said ${padded.join('')}.`)).toBe('said ***.')
  })

  it('leaves a text with marks as it is when a secret only begins like it', () => {
    stdoutOf(() => mask('Bearer eyJhbGciOiJIUzI1NiJ9.c2lnbmVk'))
    const summary = '<td>Bearer token expires</td><td>2026&#45;12&#45;06</td>'
    expect(redact(summary)).toBe(summary)
    expect(redactWithRegex(summary)).toBe(summary)
    expect(redact(`${summary} Bearer%20eyJhbGciOiJIUzI1NiJ9.c2lnbmVk`)).toBe(`${summary} ***`)
  })

  it('finds a lone surrogate sent as the UTF-8 of U+FFFD, as the regular expression does', () => {
    stdoutOf(() => mask('\udc01lone-secret'))
    expect(redact('x %EF%BF%BDlone-secret')).toBe('x ***')
    expect(redactWithRegex('x %EF%BF%BDlone-secret')).toBe('x ***')
  })

  it('never starts a match inside a surrogate pair', () => {
    stdoutOf(() => mask('\ude00tail-secret'))
    expect(redact('😀tail-secret')).toBe(redactWithRegex('😀tail-secret'))
    expect(redact('x\ude00tail-secret')).toBe('x***')
  })
})
