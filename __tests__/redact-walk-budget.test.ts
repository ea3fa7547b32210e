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
})
