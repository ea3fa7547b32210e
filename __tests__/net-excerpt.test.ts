import { describe, expect, it } from '@jest/globals'
import { textExcerpt } from '../src/net/excerpt.js'

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
