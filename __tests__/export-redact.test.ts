// redact() answers a text without any encoding mark (\ % & +) by plain search rather than by its
// regular expression. Both must give the same text: a trailing "%" sends the same text down the
// regular-expression path (no form can end in a lone "%"), and the two answers are compared.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mask, redact } from '../src/export.js'

const SECRETS = ['tok-AbC123xyz', 'AbC123', 'p4ss wörd', 'key😀emoji', 'short1']
for (const secret of SECRETS) mask(secret)

const throughRegex = (text: string): string => redact(`${text}%`).slice(0, -1)
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

describe('redact without encoding marks', () => {
  const pieces = fc.oneof(
    fc.constantFrom(...SECRETS),
    fc.constantFrom(...SECRETS.map(base64)).map((form) => form.replace(/[+]/g, '-')),
    fc.constantFrom(...SECRETS).map((secret) => secret.slice(0, 4)),
    fc.constantFrom('😀', '\ud83d', '\ude00', ' ', 'A', 'b', '1', '=', 'x'),
    fc.string({ maxLength: 6 })
  )
  const texts = fc
    .array(pieces, { maxLength: 12 })
    .map((parts) => parts.join('').replace(/[\\%&+]/g, '_'))

  it('gives what the regular expression gives', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(redact(text)).toBe(throughRegex(text))
      }),
      { numRuns: 2000 }
    )
  })

  it('replaces the longest secret whole, and a secret next to another', () => {
    expect(redact('a tok-AbC123xyz b AbC123AbC123 c')).toBe('a *** b ****** c')
    expect(redact('key😀emoji and p4ss wörd')).toBe('*** and ***')
    expect(redact(`Basic ${base64('tok-AbC123xyz')}`)).toBe('Basic ***')
  })

  it('never starts a match inside a surrogate pair', () => {
    mask('\ude00tail-secret')
    expect(redact('😀tail-secret')).toBe(throughRegex('😀tail-secret'))
    expect(redact('x\ude00tail-secret')).toBe('x***')
  })
})
