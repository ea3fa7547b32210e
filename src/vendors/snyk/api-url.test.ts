// Snyk's API URL as Snyk's CLI reads it: the CLI's own test table, its rules as properties, and the
// h claim of a PAT read the same way as the url.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { canonicalApiUrl, isImmutableHost, readCanonicalUrl } from './api-url.js'
import { readPat } from './pat.js'

/** A PAT as Snyk's CLI tests build one: prefix, 8-character key id, payload, signature. */
const pat = (claims: Record<string, unknown>): string =>
  `snyk_sat.12345678.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJl`

/** A base URL as the plan holds it (WHATWG-parsed, no trailing slash). */
const base = (text: string): string => new URL(text).toString().replace(/\/+$/, '')

describe('canonicalApiUrl: the CLI’s GetCanonicalApiAsUrl', () => {
  // go-application-framework internal/api/urls_test.go, Test_GetCanonicalApiUrlFromString (its
  // query case is left out: the url input refuses a query before this runs).
  it.each(['snyk.io', 'fedramp-alpha.snykgov', 'au.snyk.io', 'dev.snyk.io'])(
    'reads every documented form of %s.io as its api. host',
    (instance) => {
      for (const given of [
        `https://${instance}.io/api/v1`,
        `https://${instance}.io/api`,
        `https://app.${instance}.io/api`,
        `https://app.${instance}.io/api/v1`,
        `https://api.${instance}.io/api/v1`,
        `https://api.${instance}.io/v1`,
        `https://api.${instance}.io`
      ]) {
        expect(canonicalApiUrl(base(given))).toBe(`https://api.${instance}.io`)
      }
    }
  )

  // Test_GetCanonicalApiUrlFromString_Edgecases, for the hosts the CLI leaves alone. Loopback
  // urls are kept exactly as given here (the CLI would drop /v1 from them too).
  it.each([
    ['https://192.168.2.1/v1', 'https://192.168.2.1'],
    ['https://192.168.2.1:8080/v1', 'https://192.168.2.1:8080'],
    ['https://[2001:db8::]/v1', 'https://[2001:db8::]'],
    ['https://[2001:db8::]:8080/v1', 'https://[2001:db8::]:8080'],
    ['https://stella:8000', 'https://stella:8000'],
    ['https://10.0.0.7/snyk/v1/api', 'https://10.0.0.7/snyk/api'],
    ['https://127.0.0.1/api/v1', 'https://127.0.0.1/api/v1'],
    ['http://localhost:9000/api/v1', 'http://localhost:9000/api/v1'],
    ['http://[::1]:9000/_vendor/snyk', 'http://[::1]:9000/_vendor/snyk']
  ])('%s → %s', (given, expected) => {
    expect(canonicalApiUrl(base(given))).toBe(expected)
  })

  it('keeps a port and rewrites app. only at the start of the host', () => {
    expect(canonicalApiUrl('https://app.snyk.example.com:8443/api')).toBe(
      'https://api.snyk.example.com:8443'
    )
    expect(canonicalApiUrl('https://snyk.app.example.com')).toBe('https://api.snyk.app.example.com')
    expect(canonicalApiUrl('https://application.example.com')).toBe(
      'https://api.application.example.com'
    )
  })

  it('knows the CLI’s immutable hosts', () => {
    for (const host of ['localhost', 'stella', '127.0.0.1', '10.1.2.3', '[::1]', '[2001:db8::]'])
      expect(isImmutableHost(host)).toBe(true)
    for (const host of ['snyk.io', 'api.snyk.io', 'stella.example.com', 'localhost.example.com'])
      expect(isImmutableHost(host)).toBe(false)
  })
})

describe('canonicalApiUrl: properties', () => {
  // fc.domain() never yields an IP address, localhost or stella: every host here is rewritten.
  const host = fc.tuple(fc.constantFrom('', 'app.', 'api.'), fc.domain()).map(([p, d]) => p + d)
  const path = fc.webPath().filter((p) => !p.includes('?') && !p.includes('#'))
  const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined })
  const url = fc
    .tuple(host, port, path)
    .map(([h, p, rest]) => base(`https://${h}${p === undefined ? '' : `:${p}`}${rest}`))

  it('lands on an api. host with no path, keeping the port', () => {
    fc.assert(
      fc.property(url, (given) => {
        const canonical = new URL(canonicalApiUrl(given))
        const original = new URL(given)
        expect(canonical.hostname.startsWith('api.')).toBe(true)
        expect(canonical.pathname).toBe('/')
        expect(canonical.port).toBe(original.port)
        expect(canonical.protocol).toBe('https:')
      })
    )
  })

  it('is idempotent, and ignores the path', () => {
    fc.assert(
      fc.property(url, path, (given, other) => {
        const canonical = canonicalApiUrl(given)
        expect(canonicalApiUrl(canonical)).toBe(canonical)
        expect(canonicalApiUrl(base(`${given}${other}`))).toBe(canonical)
      })
    )
  })

  it('reads app.X and api.X as api.X, and any other host X as api.X', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const api = /^(app|api)\./.test(domain) ? `api.${domain.slice(4)}` : `api.${domain}`
        expect(canonicalApiUrl(base(`https://${domain}`))).toBe(`https://${api}`)
        expect(canonicalApiUrl(base(`https://app.${domain}`))).toBe(`https://api.${domain}`)
        expect(canonicalApiUrl(base(`https://api.${domain}`))).toBe(`https://api.${domain}`)
      })
    )
  })

  it('reads a PAT’s h claim as the same host as the url naming it', () => {
    fc.assert(
      fc.property(host, path, (h, rest) => {
        const claimed = readPat(pat({ h: `${h}${rest}` }))?.host
        const canonical = new URL(canonicalApiUrl(base(`https://${h}`))).host
        // A host over 253 characters once api. is added is no host name: the claim is unreadable.
        if (canonical.length > 253) expect(claimed).toBeUndefined()
        else expect(claimed).toBe(canonical)
      })
    )
  })

  it('keeps every loopback url as given', () => {
    const loopback = fc.constantFrom('localhost', '127.0.0.1', '127.1.2.3', '[::1]')
    fc.assert(
      fc.property(loopback, port, path, (h, p, rest) => {
        const given = base(`http://${h}${p === undefined ? '' : `:${p}`}${rest}`)
        expect(canonicalApiUrl(given)).toBe(given)
      })
    )
  })
})

describe('readCanonicalUrl: the token goes only to the host named, or to api. under it', () => {
  // Hosts a url input could use to have app. turned into api. on a host of another owner: Snyk's
  // names inside another domain, a look-alike, a trailing dot, capitals, a look-alike in another
  // script (read as punycode), with userinfo and a port.
  const core = fc.oneof(
    fc.domain(),
    fc.constantFrom(
      'snyk.io',
      'eu.snyk.io',
      'snykgov.io',
      'snyk.io.evil.example',
      'evilsnyk.io',
      'snyk.io-evil.example',
      'snykgov.io.example',
      'snyk.іo',
      'xn--snyk-.io'
    )
  )
  const hostname = fc
    .tuple(
      fc.constantFrom('', 'app.', 'APP.', 'api.', 'app.app.', 'App.'),
      core,
      fc.constantFrom('', '.'),
      fc.boolean()
    )
    .map(([prefix, name, dot, upper]) => {
      const host = `${prefix}${name}${dot}`
      return upper ? host.toUpperCase() : host
    })
  const given = fc
    .tuple(
      fc.constantFrom('', 'user@', 'app.snyk.io@', 'u:p@'),
      hostname,
      fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
      fc.constantFrom('', '/api', '/v1', '/x?y#z')
    )
    .map(([userinfo, host, port, path]) => {
      try {
        return base(`https://${userinfo}${host}${port === undefined ? '' : `:${port}`}${path}`)
      } catch {
        return undefined
      }
    })
    .filter((url): url is string => url !== undefined)
  const snykDomain = (host: string): boolean =>
    /(^|\.)(snyk\.io|snykgov\.io)\.?$/.test(host) && !host.includes('..')

  it('never sends it to a sibling host outside Snyk’s domains', () => {
    fc.assert(
      fc.property(given, (url) => {
        const named = new URL(url).hostname
        let read: ReturnType<typeof readCanonicalUrl>
        try {
          read = readCanonicalUrl(url, 'Snyk')
        } catch (error) {
          // Refused only for app. outside Snyk's domains, naming the host it would have used.
          expect(named.startsWith('app.')).toBe(true)
          expect(snykDomain(named)).toBe(false)
          expect(String(error)).toContain('nothing was sent')
          return
        }
        const sent = new URL(read?.url ?? url).hostname
        const underNamed = sent === named || sent === `api.${named}`
        const snykSibling =
          named.startsWith('app.') && snykDomain(named) && sent === `api.${named.slice(4)}`
        expect(underNamed || snykSibling).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})
