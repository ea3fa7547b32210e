import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { redactedExcerpt } from '../src/net/excerpt.js'
import {
  jsonLimitExceeded,
  MAX_JSON_DEPTH,
  MAX_JSON_ENTRIES,
  notJsonFailure,
  parseJson
} from '../src/net/json.js'
import type { HttpResponse } from '../src/net/types.js'

describe('bounded JSON (L3)', () => {
  const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels)
  const array = (entries: number): string =>
    `[${Array.from({ length: entries }, (_, i) => i).join(',')}]`
  const object = (keys: number): string =>
    `{${Array.from({ length: keys }, (_, i) => `"k${i}":${i}`).join(',')}}`

  it('parses JSON within the bounds', () => {
    expect(parseJson(nested(MAX_JSON_DEPTH))).toBeDefined()
    expect(parseJson(array(MAX_JSON_ENTRIES))).toHaveLength(MAX_JSON_ENTRIES)
    expect(parseJson('{"roles":[],"user":{"id":"u1","tags":[[],{}]}}')).toEqual({
      roles: [],
      user: { id: 'u1', tags: [[], {}] }
    })
    expect(parseJson('not json')).toBeUndefined()
  })

  it.each([
    ['nested one level too deep', nested(MAX_JSON_DEPTH + 1), 'too-deep'],
    ['400,000 unclosed [', '['.repeat(400_000), 'too-deep'],
    ['deep objects', '{"a":'.repeat(100) + '1' + '}'.repeat(100), 'too-deep'],
    ['an array of 10,001 entries', array(MAX_JSON_ENTRIES + 1), 'too-many-entries'],
    ['an object of 10,001 keys', object(MAX_JSON_ENTRIES + 1), 'too-many-entries'],
    [
      'entries spread over many small arrays',
      `[${Array.from({ length: 5001 }, () => '[1,2]').join(',')}]`,
      'too-many-entries'
    ]
  ])('refuses %s without throwing', (_name, text, limit) => {
    expect(jsonLimitExceeded(text)).toBe(limit)
    expect(() => parseJson(text)).not.toThrow()
    expect(parseJson(text)).toBeUndefined()
  })

  it('reads JSON behind a UTF-8 byte order mark, as fetch().json() does', () => {
    // JSON.parse alone refuses the BOM: an identity answer from a server that sends one (some IIS
    // and .NET servers do) would otherwise fail as "not JSON".
    expect(parseJson('\ufeff{"user":{"id":"u1"}}')).toEqual({ user: { id: 'u1' } })
    expect(parseJson('\ufeff[1,2]')).toEqual([1, 2])
    // Only one mark, and only at the start, is not part of the JSON.
    expect(parseJson('\ufeff\ufeff{}')).toBeUndefined()
    expect(parseJson('{"a":1}\ufeff')).toBeUndefined()
  })

  it('does not count brackets and commas inside strings', () => {
    const text = JSON.stringify({ note: '['.repeat(1000) + ','.repeat(20_000), esc: '\\"[[' })
    expect(jsonLimitExceeded(text)).toBeUndefined()
    expect(parseJson(text)).toMatchObject({ esc: '\\"[[' })
  })

  it('judges a short text by its openings as the whole pass does', () => {
    // Trailing spaces change nothing in the pass but take a text past the quick count by length.
    const byPass = (text: string): string | undefined =>
      jsonLimitExceeded(text + ' '.repeat(MAX_JSON_ENTRIES + 1))
    const siblings = `[${Array.from({ length: 100 }, () => '[]').join(',')}]`
    expect(jsonLimitExceeded(siblings)).toBeUndefined()
    expect(jsonLimitExceeded(nested(MAX_JSON_DEPTH))).toBeUndefined()
    fc.assert(
      fc.property(
        fc
          .array(
            fc.oneof(
              { arbitrary: fc.constant('[[[[[[[[[['), weight: 4 },
              {
                arbitrary: fc.constantFrom('{"a":[', '[', '{', ']', '}', ',', 'a', ' '),
                weight: 4
              },
              { arbitrary: fc.constantFrom('"', '\\'), weight: 1 }
            ),
            { maxLength: 40 }
          )
          .map((pieces) => pieces.join('')),
        (text) => {
          expect(jsonLimitExceeded(text)).toBe(byPass(text))
        }
      ),
      { numRuns: 500 }
    )
  })

  it('scans a 1 MiB hostile body quickly', () => {
    const bodies = [
      `[${'1,'.repeat(500_000)}1]`,
      `{"a":"${'x'.repeat(1_000_000)}"}`,
      '['.repeat(1_000_000)
    ]
    const started = performance.now()
    for (const body of bodies) parseJson(body)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('explains a refused structure instead of calling it "not JSON"', () => {
    const deep = notJsonFailure('Test', answer(nested(1000)), (t) => t, { quoteBody: true })
    expect(deep.message).toContain(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`)
    expect(deep.message).not.toContain('It begins')
    const huge = notJsonFailure('Test', answer(array(20_000)), (t) => t)
    expect(huge.message).toContain('JSON with more than 10,000 entries')
  })
})

function answer(body: string, contentType = 'text/html'): HttpResponse {
  return {
    status: 200,
    statusText: 'OK',
    headers: { 'content-type': contentType },
    body,
    endpoint: 'POST https://scanner.example.test/auth/token'
  }
}

describe('quoting answers (M2, M3)', () => {
  const secrets = ['Tr0ub4dor  &3xyz', 'correct<horse>battery', 'S3cr3t-Passw0rd-Long']
  const redact = (text: string): string =>
    secrets.reduce((out, secret) => out.split(secret).join('***'), text)

  it('never quotes a token or login answer unless asked to', () => {
    const body =
      'access_token=opaqueAccess7Q2&token_type=bearer&refresh_token=opaqueRefresh9Z4&expires_in=3600'
    const failure = notJsonFailure(
      'Test',
      answer(body, 'application/x-www-form-urlencoded'),
      redact
    )
    expect(failure.message).not.toContain('opaque')
    expect(failure.message).not.toContain('It begins')
    expect(failure.message).toContain(`Its ${body.length} bytes are not quoted`)
    expect(failure.message).toContain('HTTP 200 with a body that is not JSON')
  })

  it.each([
    ['two spaces folded', '<pre>upstream rejected {"password":"Tr0ub4dor  &3xyz"}</pre>'],
    ['a secret split by tag stripping', 'Blocked by WAF: password=correct<horse>battery'],
    ['a secret cut at 200 characters', `${'x'.repeat(188)} S3cr3t-Passw0rd-Long`]
  ])('redacts before shortening: %s', (_name, body) => {
    const failure = notJsonFailure('Test', answer(body), redact, { quoteBody: true })
    expect(failure.message).toContain('It begins:')
    expect(failure.message).not.toMatch(/Tr0ub4dor|correct|battery|S3cr3t-Pa/)
  })

  it('quotes an identity answer as one line without control characters', () => {
    const body = `<html><body>Sign\r\n::error::in\u0085now\u2028\u001b[31mred\u0000</body></html>`
    const excerpt = redactedExcerpt(body, redact)
    expect(excerpt).toBe('Sign ::error::in now [31mred')
    // eslint-disable-next-line no-control-regex
    expect(excerpt).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
    const failure = notJsonFailure('Test', answer(body), redact, { quoteBody: true })
    expect(failure.message.split('\n').filter((line) => line.startsWith('::'))).toEqual([])
  })
})
