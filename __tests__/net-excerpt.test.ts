import { describe, expect, it } from '@jest/globals'
import { redactedExcerpt, textExcerpt } from '../src/net/excerpt.js'

describe('textExcerpt', () => {
  it('strips tags, scripts and whitespace and cuts at 200 characters', () => {
    expect(textExcerpt('<html><script>x()</script><h1>Sign  in</h1>\n<p>now</p></html>')).toBe(
      'Sign in now'
    )
    expect(textExcerpt('<STYLE>p{}</STYLE>a < b and c > d')).toBe('a < b and c > d')
    expect(textExcerpt('x <!-- c --> y <br/>z')).toBe('x y z')
    expect(textExcerpt('a'.repeat(300))).toHaveLength(201)
    expect(textExcerpt(`${'a'.repeat(199)}😀tail`)).toBe(`${'a'.repeat(199)}…`)
  })

  it('is linear on hostile markup', () => {
    const started = performance.now()
    textExcerpt('<'.repeat(1_000_000))
    textExcerpt('<script'.repeat(150_000))
    textExcerpt(`<a${' x'.repeat(500_000)}`)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('redactedExcerpt', () => {
  // The whole raw text is redacted first; folding can then join a secret that a tag or a line
  // break had split, so the excerpt is redacted once more.
  const secret = 'correct horse battery staple'
  const redact = (text: string): string => text.split(secret).join('***')

  it('redacts a secret that only folding joins: split by a tag or by line breaks', () => {
    expect(redactedExcerpt('<p>correct<b></b> horse battery staple</p>', redact)).toBe('***')
    expect(redactedExcerpt('denied: correct\r\n\r\nhorse battery staple', redact)).toBe(
      'denied: ***'
    )
  })
})
