// The walk that finds long secrets echoed in an encoding (./long-echo.ts) has one budget per text,
// for all the secrets together; a walk that spent it never reads as "no secret here".
import { describe, expect, it } from '@jest/globals'
import { redact, rememberSecret } from '../src/runner/log.js'
import { containsEcho, redactLongEchoes, WITHHELD_TEXT } from '../src/runner/long-echo.js'

/**
 * Blocks of a 400-character secret's first 399 characters, each as %XX, then a character that ends
 * the echo: the walk from each %XX of a block goes on to the block's end, about 80,000 steps a block
 * against the budget of 2,097,152.
 */
const nearEchoes = (character: string, blocks: number): string =>
  `${`%${character.charCodeAt(0).toString(16).toUpperCase()}`.repeat(399)}B`.repeat(blocks)

describe('the walk budget of one text', () => {
  const first = 'A'.repeat(400)
  const second = 'C'.repeat(400)

  it('answers "maybe" when the budget is spent before the echo is reached', () => {
    // redact() then takes the full redaction, which withholds the text: answering "no" would let
    // the echo at the end through unredacted (log.ts checks a text under 64 KiB this way first).
    expect(containsEcho(`${nearEchoes('A', 30)} token ${'%41'.repeat(400)}`, first)).toBe(true)
    expect(containsEcho(`token ${'%41'.repeat(399)}B expired`, first)).toBe(false)
  })

  it("lets redact's search and its redaction share one budget, so a text cannot take it twice", () => {
    rememberSecret(first)
    // Mixed encodings, so that no whole-value form finds it as plain text and the walk must.
    const echo = [...first].map((_, i) => (i % 2 ? '%41' : '&#65;')).join('')
    const text = `${nearEchoes('A', 20)} token ${echo}`
    // Either walk alone stays under the budget: the redaction with a budget of its own redacts it.
    expect(redactLongEchoes(text, [first])).toBe(`${nearEchoes('A', 20)} token ***`)
    // redact() searches first, walking the 20 blocks before it reaches the echo, then redacts,
    // walking them again: with one budget the text is withheld, as one that spent it is.
    expect(redact(text)).toBe(WITHHELD_TEXT)
  })

  it('counts the walks for every secret against one budget, not one budget each', () => {
    // Each secret's 20 blocks stay under the budget alone; together they spend it.
    expect(redactLongEchoes(nearEchoes('A', 20), [first])).toBe(nearEchoes('A', 20))
    expect(redactLongEchoes(nearEchoes('A', 20) + nearEchoes('C', 20), [first, second])).toBe(
      WITHHELD_TEXT
    )
  })
  it("charges the search for a short secret's echo to the same budget", () => {
    rememberSecret('D'.repeat(256))
    // Short enough for redact() to search before it redacts (64 KiB for the two walked values). The
    // walk for the short secret first (about 490,000 steps), then the long one's search and its
    // redaction (about 960,000 each): together past the budget, without the first part within it.
    const nearShort = `${'%44'.repeat(255)}B`.repeat(15)
    const echo = [...first].map((_, i) => (i % 2 ? '%41' : '&#65;')).join('')
    const text = `${nearShort} ${nearEchoes('A', 12)} token ${echo}`
    expect(text.length * 2).toBeLessThan(64 * 1024)
    expect(redactLongEchoes(text, [first])).toBe(`${nearShort} ${nearEchoes('A', 12)} token ***`)
    expect(redact(text)).toBe(WITHHELD_TEXT)
  })

  it('charges a long run of leading zeros in a reference to the budget', () => {
    // Each walk step that reads a reference skips its 1,024 zeros: 16 steps of the budget each. Two
    // blocks take about 160,000 steps, 2.6 million with the zeros: withheld, as a text that would
    // otherwise cost the walk the zeros' length at every step.
    const zeroPadded = `${`&#${'0'.repeat(1024)}65;`.repeat(399)}B`.repeat(2)
    expect(redactLongEchoes(nearEchoes('A', 2), [first])).toBe(nearEchoes('A', 2))
    expect(redactLongEchoes(zeroPadded, [first])).toBe(WITHHELD_TEXT)
  })
})

describe('numeric references at their bounds', () => {
  const body = 'x7Qz'.repeat(70)

  it('reads zeros alone as U+0000, and &#; as no reference', () => {
    const value = `${body}\u0000`
    expect(redactLongEchoes(`[${body}&#00;]`, [value])).toBe('[***]')
    expect(redactLongEchoes(`[${body}&#x0;]`, [value])).toBe('[***]')
    expect(redactLongEchoes(`[${body}&#;]`, [value])).toBe(`[${body}&#;]`)
  })

  it('reads the last code point, U+10FFFF, in decimal and hex, and nothing past it', () => {
    const value = `${body}\u{10FFFF}`
    expect(redactLongEchoes(`[${body}&#1114111;]`, [value])).toBe('[***]')
    expect(redactLongEchoes(`[${body}&#x10FFFF;]`, [value])).toBe('[***]')
    expect(redactLongEchoes(`[${body}&#1114112;]`, [value])).toBe(`[${body}&#1114112;]`)
  })
})
