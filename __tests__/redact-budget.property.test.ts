// redact() with secrets of both kinds, long (walked) and short (in the regular expression), in texts
// made to spend the walk's one budget (./long-echo.ts WALK_STEPS) before an echo: whatever the
// text, it is withheld or redacted exactly as the whole regular expression redacts it (a text
// without any encoding mark, which redact() needs no walk for, is only held to have no secret
// left), never given back with an echo in it because the budget ran out.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mask, redact, redactWithRegex } from '../src/runner/log.js'
import { WITHHELD_TEXT } from '../src/runner/long-echo.js'
import { stdoutOf } from './helpers/stdout.js'

/** Past the regular expression's limit of 256 characters, with every kind of character to encode. */
const LONG = `${'A'.repeat(300)}b+c/d&e 😀${'A'.repeat(100)}`
const SHORT = ['tok-Xy9&z', 'p4ss wörd']
stdoutOf(() => {
  for (const secret of [LONG, ...SHORT]) mask(secret)
})

/** One character as a server may echo it, leading zeros of a reference included. */
const encodings = (char: string): string[] => [
  char,
  encodeURIComponent(char),
  JSON.stringify(char).slice(1, -1),
  `&#${char.codePointAt(0)};`,
  `&#x${'0'.repeat(70)}${char.codePointAt(0)!.toString(16)};`
]
const echo = (secret: string, picks: readonly number[]): string =>
  [...secret].map((char, i) => encodings(char)[(picks[i % picks.length] ?? 0) % 5]).join('')
const picks = fc.array(fc.nat(4), { minLength: 8, maxLength: 8 })
const secret = fc.constantFrom(LONG, ...SHORT)
const piece = fc.oneof(
  fc.tuple(secret, picks).map(([value, p]) => echo(value, p)),
  fc.tuple(secret, picks, fc.nat(400)).map(([value, p, n]) => echo(value, p).slice(0, n)),
  // The long secret's beginning, again and again: each place starts a walk its length.
  fc
    .tuple(picks, fc.integer({ min: 1, max: 30 }))
    .map(([p, n]) => echo(LONG.slice(0, 299), p).repeat(n)),
  fc.constantFrom('%', '&#95;', '\\', '+', ' ', 'x')
)
const texts = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''))

describe('redact, when a text spends the walk budget', () => {
  it('withholds the text or gives what the whole regular expression gives', () => {
    // Few runs: a text that spends the budget takes a good part of a second, by design.
    fc.assert(
      fc.property(texts, (text) => {
        const redacted = redact(text)
        for (const value of [LONG, ...SHORT]) expect(redacted).not.toContain(value)
        if (redacted === WITHHELD_TEXT) return
        // Without any of \ % & + no encoded form can be in a text, so no secret is left in it once
        // its plain forms are gone (above); redact() stops there, while the whole expression still
        // walks from each of the long secret's first characters, and may withhold the text.
        if (!/[\\%&+]/.test(text)) return
        expect(redacted).toBe(redactWithRegex(text))
      }),
      { numRuns: 25 }
    )
  })

  it('gives back a text without marks that repeats the long secret’s first character, which the whole expression withholds', () => {
    // The case above that needs no expression: only plain forms fit such a text, and none is in it.
    const text = 'A'.repeat(9000)
    expect(redact(text)).toBe(text)
    expect(redactWithRegex(text)).toBe(WITHHELD_TEXT)
  })
})
