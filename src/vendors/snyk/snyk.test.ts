// Snyk: /rest/self and token-answer parsing (unit), and the whole main step in-process against the
// sandbox's Snyk, with an API token and with OAuth client credentials (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../../core/failure.js'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { resolveLocation } from '../../plan/location.js'
import type { Json } from '../../kit/parse.js'
import { accessTokenExpiry, parseSelf, REST_VERSION, snyk } from './index.js'
import { readPat, regionOfToken } from './pat.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { rawServer } from '../../../__tests__/helpers/raw-server.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  apiToken?: string
  clientId?: string
  clientSecret?: string
  id: string
  type: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.snyk as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/snyk`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const tokenOf = (name: string): string => accounts[name]!.apiToken!
/** Vendor io for unit tests: nothing to mask, redaction is the identity, logs dropped. */
const testIo = { mask: () => {}, redact: (text: string) => text, info: () => {}, debug: () => {} }
/** A legacy API token: a UUID, with no claims at all. */
const LEGACY_TOKEN = '3f2b1c7e-9a4d-4e8b-a1c2-0d9e8f7a6b5c'
const client = (): Record<string, string> => ({
  'client-id': accounts.oauthClient!.clientId!,
  'client-secret': accounts.oauthClient!.clientSecret!
})
const issued = (): string[] =>
  (sandbox.fake('snyk') as { state: { issued: string[] } }).state.issued

describe('parseSelf: the JSON:API /self document', () => {
  it('reads a user: id, username, name, email and the default organization', () => {
    expect(
      parseSelf({
        data: {
          id: 'u-1',
          type: 'user',
          attributes: {
            name: 'Ada',
            username: 'ada.dev',
            email: 'ada@acme.example',
            default_org_context: 'org-1'
          }
        }
      })
    ).toEqual({
      userId: 'u-1',
      username: 'ada.dev',
      displayName: 'Ada',
      email: 'ada@acme.example',
      roles: undefined,
      permissions: undefined,
      organization: 'org-1'
    })
  })

  it('reads a service account, which has a name but no username or email', () => {
    expect(
      parseSelf({ data: { id: 's-1', type: 'service_account', attributes: { name: 'ci' } } })
    ).toMatchObject({ userId: 's-1', username: '', displayName: 'ci', email: '' })
  })

  it('names nobody for a body without data (the pact mocks answer an empty 200)', () => {
    expect(parseSelf({})).toMatchObject({ userId: '', username: '', email: '' })
  })
})

describe('accessTokenExpiry', () => {
  const now = Date.parse('2026-11-25T12:00:00Z')

  it('is expires_in seconds from now', () => {
    expect(accessTokenExpiry({ expires_in: 3600 }, 'opaque', now)).toBe('2026-11-25T13:00:00Z')
    expect(accessTokenExpiry({ expires_in: '60' }, 'opaque', now)).toBe('2026-11-25T12:01:00Z')
  })

  it("falls back to the token's exp claim, and to nothing", () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_795_000_000 })).toString('base64url')
    const jwt = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${payload}.sig`
    expect(accessTokenExpiry({}, jwt, now)).toBe('2026-11-18T11:06:40Z')
    expect(accessTokenExpiry({ expires_in: -5 }, 'opaque', now)).toBeUndefined()
    // No lifetime, not a token that has expired already: the claim says when it does.
    expect(accessTokenExpiry({ expires_in: 0 }, jwt, now)).toBe('2026-11-18T11:06:40Z')
    expect(accessTokenExpiry({ expires_in: '' }, jwt, now)).toBe('2026-11-18T11:06:40Z')
    expect(accessTokenExpiry({ expires_in: true }, 'opaque', now)).toBeUndefined()
  })

  it('reads no expiry, and throws nothing, when expires_in is an object or a list', () => {
    const hostile = JSON.parse('{"expires_in": {"toString": "", "valueOf": 1}}') as Json
    expect(accessTokenExpiry(hostile, 'opaque', now)).toBeUndefined()
    expect(accessTokenExpiry({ expires_in: [60] }, 'opaque', now)).toBeUndefined()
  })
})

describe('Snyk regions', () => {
  it.each([
    ['', 'https://api.snyk.io'],
    ['us', 'https://api.snyk.io'],
    ['us2', 'https://api.us.snyk.io'],
    ['eu', 'https://api.eu.snyk.io'],
    ['au', 'https://api.au.snyk.io'],
    ['gov', 'https://api.snykgov.io']
  ])('region %j → %s', (region, expected) => {
    expect(resolveLocation('', region, snyk).url).toBe(expected)
  })
})

/** A PAT as Snyk's CLI tests build one: prefix, 8-character key id, payload, signature. */
const pat = (claims: Record<string, unknown>, kind = 'sat'): string =>
  `snyk_${kind}.12345678.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJl`

function raw(inputs: Partial<RawInputs>): RawInputs {
  const all = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs
  return { ...all, vendor: 'snyk', ...inputs }
}
const plan = (inputs: Partial<RawInputs>, env: NodeJS.ProcessEnv = {}) =>
  buildPlan(raw(inputs), snyk, { env })

function planError(inputs: Partial<RawInputs>): string {
  try {
    plan(inputs)
  } catch (error) {
    if (error instanceof ActionFailure) return error.message
    throw error
  }
  throw new Error('expected the plan to be refused')
}

describe('personal and service-account tokens: the h claim names their API host', () => {
  it('reads the kind from the prefix and the host from h, with or without a scheme', () => {
    expect(readPat(pat({ h: 'api.eu.snyk.io' }, 'uat'))).toEqual({
      kind: 'personal access token',
      host: 'api.eu.snyk.io'
    })
    expect(readPat(pat({ h: 'https://API.AU.snyk.io/' }))).toEqual({
      kind: 'service-account token',
      host: 'api.au.snyk.io'
    })
    // The CLI's own test token: a PAT by its shape, whose payload holds no claims.
    expect(readPat('snyk_uat.12345678.abcdefg-hijklmnop.qrstuvwxyz-123456')).toEqual({
      kind: 'personal access token'
    })
  })

  it('is no PAT for a legacy UUID token, another prefix, or extra segments', () => {
    expect(readPat(LEGACY_TOKEN)).toBeUndefined()
    expect(readPat(pat({ h: 'api.snyk.io' }).replace('snyk_sat', 'snyk_xat'))).toBeUndefined()
    expect(readPat(`${pat({ h: 'api.snyk.io' })}.extra`)).toBeUndefined()
  })

  it.each([
    ['credentials', 'user:pw@api.snyk.io'],
    ['spaces', 'api snyk io'],
    ['an IPv6 literal', '[::1]'],
    [
      'no host name once api. is added',
      `${'a'.repeat(62)}.${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(61)}`
    ]
  ])('marks an h claim with %s as unreadable rather than guessing a host', (_what, h) => {
    expect(readPat(pat({ h }))).toEqual({ kind: 'service-account token', unreadable: true })
  })

  it.each([
    ['api.eu.snyk.io/rest', 'api.eu.snyk.io'],
    ['https://api.eu.snyk.io/api/v1?x=1#y', 'api.eu.snyk.io'],
    ['app.eu.snyk.io', 'api.eu.snyk.io'],
    ['https://app.snykgov.io/', 'api.snykgov.io'],
    ['eu.snyk.io', 'api.eu.snyk.io'],
    ['snyk.example.com:8443/api', 'api.snyk.example.com:8443'],
    ['127.0.0.1:8080', '127.0.0.1:8080']
  ])('reads h %s as the CLI does: host %s', (h, host) => {
    expect(readPat(pat({ h }))?.host).toBe(host)
  })

  it('maps only the documented regional hosts to a region', () => {
    const regions = { us: 'https://api.snyk.io', eu: 'https://api.eu.snyk.io' }
    expect(regionOfToken(pat({ h: 'api.eu.snyk.io' }), regions)).toBe('eu')
    expect(regionOfToken(pat({ h: 'api.evil.example' }), regions)).toBeUndefined()
    expect(regionOfToken(undefined, regions)).toBeUndefined()
  })

  it.each([
    ['api.snyk.io', 'us', 'https://api.snyk.io'],
    ['api.us.snyk.io', 'us2', 'https://api.us.snyk.io'],
    ['api.eu.snyk.io', 'eu', 'https://api.eu.snyk.io'],
    ['api.au.snyk.io', 'au', 'https://api.au.snyk.io'],
    ['api.snykgov.io', 'gov', 'https://api.snykgov.io']
  ])('with neither region nor url, h %s selects region %s', (h, region, url) => {
    expect(plan({ 'api-token': pat({ h }) })).toMatchObject({ region, url })
    // Also when the token comes from SNYK_TOKEN.
    expect(plan({}, { SNYK_TOKEN: pat({ h }) })).toMatchObject({ region, url })
  })

  it('selects the region of an h claim in the app. or bare form, as the CLI reads it', () => {
    expect(plan({ 'api-token': pat({ h: 'app.eu.snyk.io' }) })).toMatchObject({
      region: 'eu',
      url: 'https://api.eu.snyk.io'
    })
    expect(plan({ 'api-token': pat({ h: 'https://au.snyk.io/api' }) })).toMatchObject({
      region: 'au',
      url: 'https://api.au.snyk.io'
    })
  })

  it('keeps the default region for a PAT without an h claim, as the CLI does', () => {
    expect(plan({ 'api-token': pat({ sub: 'x' }) })).toMatchObject({
      region: 'us',
      url: 'https://api.snyk.io'
    })
  })

  it('accepts a region or url that names the same host', () => {
    expect(plan({ region: 'eu', 'api-token': pat({ h: 'api.eu.snyk.io' }) }).url).toBe(
      'https://api.eu.snyk.io'
    )
    expect(
      plan({ url: 'https://api.eu.snyk.io/', 'api-token': pat({ h: 'api.eu.snyk.io' }) }).url
    ).toBe('https://api.eu.snyk.io')
  })

  it('refuses a region whose host differs, naming both and the fix', () => {
    const message = planError({ region: 'us', 'api-token': pat({ h: 'api.eu.snyk.io' }, 'uat') })
    expect(message).toContain(
      "Snyk: the api-token is a personal access token for api.eu.snyk.io (its h claim, which Snyk's CLI follows), but this step would send it to region us (https://api.snyk.io)."
    )
    expect(message).toContain('nothing was sent')
    expect(message).toContain(
      'Fix: remove the region input (the token selects region eu, https://api.eu.snyk.io, by itself), or set region: eu.'
    )
  })

  it('says to remove the url input, not to set region beside it, when the url sent it elsewhere', () => {
    const message = planError({
      url: 'https://api.us.snyk.io',
      'api-token': pat({ h: 'api.eu.snyk.io' }, 'uat')
    })
    expect(message).toContain(
      'but this step would send it to the url input (https://api.us.snyk.io)'
    )
    expect(message).toContain(
      'Fix: remove the url input (the token selects region eu, https://api.eu.snyk.io, by itself), or set url: https://api.eu.snyk.io.'
    )
    expect(message).not.toContain('region:')
  })

  it('refuses a url whose host differs, naming both', () => {
    const message = planError({
      url: 'https://api.snyk-proxy.example.com',
      'api-token': pat({ h: 'api.au.snyk.io' })
    })
    expect(message).toContain('service-account token for api.au.snyk.io')
    expect(message).toContain('the url input (https://api.snyk-proxy.example.com)')
  })

  it('compares the url and the h claim as the CLI reads both', () => {
    const result = plan({
      url: 'https://snyk-proxy.example.com/api',
      'api-token': pat({ h: 'app.snyk-proxy.example.com' })
    })
    expect(result.url).toBe('https://api.snyk-proxy.example.com')
    const message = planError({
      url: 'https://snyk-proxy.example.com',
      'api-token': pat({ h: 'api.au.snyk.io' })
    })
    expect(message).toContain(
      "would send it to the url input (https://snyk-proxy.example.com, which Snyk's CLI reads as https://api.snyk-proxy.example.com)."
    )
  })

  it('never follows h to a host that is not a Snyk regional API host', () => {
    const token = pat({ h: 'collector.evil.example' })
    const message = planError({ 'api-token': token })
    // The claim's host as the CLI reads it: api. in front.
    expect(message).toContain('for api.collector.evil.example')
    expect(message).toContain('would send it to region us (https://api.snyk.io)')
    expect(message).toContain(
      "api.collector.evil.example is not one of Snyk's regional API hosts (https://api.snyk.io, https://api.us.snyk.io, https://api.eu.snyk.io, https://api.au.snyk.io, https://api.snykgov.io)"
    )
    expect(message).toContain('set url: https://api.collector.evil.example')
    // The user's own url input may name it: then the user, not the token, chose the host (as
    // the CLI reads both: api. in front).
    expect(plan({ url: 'https://collector.evil.example', 'api-token': token }).url).toBe(
      'https://api.collector.evil.example'
    )
  })

  it('warns about an unreadable h claim and keeps the inputs’ host', () => {
    const result = plan({ 'api-token': pat({ h: 'user@api.eu.snyk.io' }) })
    expect(result.url).toBe('https://api.snyk.io')
    expect(result.warnings).toEqual([
      'The api-token is a Snyk service-account token whose h claim (the API host it is valid for) is not a host name, so the API host comes from the region and url inputs alone.'
    ])
  })

  it('leaves client credentials alone', () => {
    expect(plan({ 'client-id': 'id', 'client-secret': 's' }).url).toBe('https://api.snyk.io')
  })
})

describe('the url input, read as the Snyk CLI reads SNYK_API', () => {
  const rewritten = (given: string, used: string, rule: string): string =>
    `Snyk's CLI sends its requests for the url input ${given} to ${used} (${rule}), and so does this step. Set url: ${used} to name the API directly.`
  const HOST_RULE =
    'it turns a leading app. into api., puts api. before any other host and drops the path'

  it('takes the older app. form with a PAT of that region, sending it to the API host', () => {
    const result = plan({
      url: 'https://app.eu.snyk.io/api',
      'api-token': pat({ h: 'api.eu.snyk.io' }, 'uat')
    })
    expect(result).toMatchObject({ url: 'https://api.eu.snyk.io', region: undefined })
    expect(result.warnings).toEqual([
      rewritten('https://app.eu.snyk.io/api', 'https://api.eu.snyk.io', HOST_RULE)
    ])
  })

  it('rewrites the url for every credential mode, and says so', () => {
    for (const credentials of [
      { 'api-token': LEGACY_TOKEN },
      { 'client-id': 'id', 'client-secret': 's' }
    ]) {
      const result = plan({ url: 'https://app.snyk.io/api/v1', ...credentials })
      expect(result.url).toBe('https://api.snyk.io')
      expect(result.warnings).toEqual([
        rewritten('https://app.snyk.io/api/v1', 'https://api.snyk.io', HOST_RULE)
      ])
    }
    expect(plan({ url: 'https://10.1.2.3:8443/v1', 'api-token': LEGACY_TOKEN })).toMatchObject({
      url: 'https://10.1.2.3:8443',
      warnings: [
        rewritten(
          'https://10.1.2.3:8443/v1',
          'https://10.1.2.3:8443',
          'it keeps the host of an IP address and drops /v1 from its path'
        )
      ]
    })
  })

  it("refuses app. turned into api. outside Snyk's domains, where the sibling may be another's", () => {
    for (const url of ['https://app.example.app', 'https://app.snyk-proxy.acme.example/api']) {
      const api = new URL(url).origin.replace('//app.', '//api.')
      const message = planError({ url, 'api-token': LEGACY_TOKEN })
      expect(message).toContain(`for the url input ${url} to ${api}`)
      expect(message).toContain('a host this step was not given')
      expect(message).toContain(`url: ${api}, if that is it`)
    }
    // Under Snyk's own domains, and for api. put in front of the host that was named, the step
    // follows the CLI (above).
    expect(plan({ url: 'https://app.acme.snyk.io', 'api-token': LEGACY_TOKEN }).url).toBe(
      'https://api.acme.snyk.io'
    )
    expect(plan({ url: 'https://app.snykgov.io', 'api-token': LEGACY_TOKEN }).url).toBe(
      'https://api.snykgov.io'
    )
    expect(plan({ url: 'https://snyk.acme.example', 'api-token': LEGACY_TOKEN }).url).toBe(
      'https://api.snyk.acme.example'
    )
  })

  it("still pairs a SNYK_API the reading refuses with its own server for the job's SNYK_TOKEN", () => {
    const message = (() => {
      try {
        plan(
          { url: 'https://api.snyk.io' },
          {
            SNYK_TOKEN: LEGACY_TOKEN,
            SNYK_API: 'https://app.example.app'
          }
        )
      } catch (error) {
        if (error instanceof ActionFailure) return error.message
        throw error
      }
      return ''
    })()
    expect(message).toContain("the job's SNYK_API names another server (https://app.example.app)")
  })

  it('leaves a canonical url, a region and a loopback url alone, without a warning', () => {
    for (const inputs of [
      { url: 'https://api.eu.snyk.io/' },
      { region: 'gov' },
      { url: 'http://localhost:8080/snyk/api/v1' },
      { url: 'http://127.0.0.1:8080' }
    ]) {
      const result = plan({ ...inputs, 'api-token': LEGACY_TOKEN })
      expect(result.url).toBe(
        new URL(inputs.url ?? 'https://api.snykgov.io').toString().replace(/\/$/, '')
      )
      expect(result.warnings).toEqual([])
    }
  })

  /** The login against the sandbox, with `checked` as the plan: what it exports comes from the plan. */
  async function loginAtSandbox(checked: ReturnType<typeof plan>) {
    const http = createHttpClient({ ...checked, url, vendorName: 'Snyk' }, testIo)
    try {
      return await snyk.login({ ...vendorContext(http, testIo), plan: checked, vendor: snyk })
    } finally {
      http.close()
    }
  }

  it('exports SNYK_API as the url the check used', async () => {
    const token = tokenOf('user')
    const checked = plan({ url: 'https://app.eu.snyk.io/api', 'api-token': token })
    const result = await loginAtSandbox(checked)
    expect(result.env).toEqual({ SNYK_TOKEN: token, SNYK_API: 'https://api.eu.snyk.io' })
  })

  it('exports no SNYK_API for the default host, whether by default or by region us', async () => {
    // The CLI's own default is this host: the variable is set only for another region or url.
    const token = tokenOf('user')
    for (const inputs of [{}, { region: 'us' }]) {
      const checked = plan({ ...inputs, 'api-token': token })
      expect(checked.url).toBe('https://api.snyk.io')
      const result = await loginAtSandbox(checked)
      expect(result.env).toEqual({ SNYK_TOKEN: token })
    }
  })

  it('sends the token to the API host the CLI would use, and nowhere else', async () => {
    // A proxy that refuses every CONNECT shows where the step would connect, and nothing leaves
    // the machine; the token itself never reaches the proxy.
    const proxy = await rawServer((socket) =>
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
    )
    try {
      const step = await runMain(
        {
          vendor: 'snyk',
          url: 'https://app.eu.snyk.io/api',
          'api-token': tokenOf('euServiceAccountPat'),
          retries: '0'
        },
        { HTTPS_PROXY: proxy.url }
      )
      expect(step.exitCode).toBe(1)
      expect(step.warnings).toEqual([
        rewritten('https://app.eu.snyk.io/api', 'https://api.eu.snyk.io', HOST_RULE)
      ])
      expect(proxy.requests).toHaveLength(1)
      expect(proxy.requests[0]).toMatch(/^CONNECT api\.eu\.snyk\.io:443 HTTP\/1\.1\r\n/)
      expect(proxy.requests[0]).not.toContain(tokenOf('euServiceAccountPat'))
    } finally {
      await proxy.close()
    }
  })
})

describe('Snyk main step with an API token (real @actions/core, sandbox over loopback)', () => {
  it('verifies the token in one GET /rest/self with the version query, and exports SNYK_TOKEN and SNYK_API', async () => {
    const token = tokenOf('user')
    const step = await runMain({ vendor: 'snyk', url, 'api-token': token })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    const [request] = sandbox.requests
    expect(request).toMatchObject({ method: 'GET', path: `/rest/self?version=${REST_VERSION}` })
    expect(request!.headers.authorization).toBe(`token ${token}`)
    expect(step.outputs).toMatchObject({
      vendor: 'snyk',
      'user-id': accounts.user!.id,
      username: 'ada.dev',
      'display-name': 'Ada Developer',
      email: 'ada@acme.example',
      roles: '[]',
      permissions: '[]',
      'auth-header': `Authorization: token ${token}`,
      token: '',
      'expires-at': ''
    })
    expect(step.outputs.organization).toMatch(/^[0-9a-f-]{36}$/)
    // The sandbox is not the default host, so the CLI is told where the API is.
    expect(step.env).toEqual({ SNYK_TOKEN: token, SNYK_API: url })
    expect(step.masks).toEqual(expect.arrayContaining([token, `token ${token}`]))
    expect(step.log.join('\n')).toContain('Account type: user')
    // A loopback url is used as given: no rewrite to warn about.
    expect(step.warnings).toEqual([])
  })

  it('reads the token from SNYK_TOKEN, and names a service account', async () => {
    const token = tokenOf('serviceAccount')
    const step = await runMain({ vendor: 'snyk', url }, { SNYK_TOKEN: token })
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(token)
    expect(step.outputs).toMatchObject({ username: '', 'display-name': 'acme-ci' })
    expect(step.log.join('\n')).toContain('Account type: service account')
  })

  it('explains a 401 with Snyk’s JSON:API words, the region used and the others', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('revoked') })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('Snyk: the API token was rejected (HTTP 401')
    expect(message).toContain(
      'Snyk said: Authentication error: Authentication credentials not recognized'
    )
    expect(message).toContain(`this step used the url input (${url})`)
    expect(message).toContain('gov (https://api.snykgov.io)')
    expect(message).toContain('api-token input (or SNYK_TOKEN)')
    expect(step.env).toEqual({})
  })

  it('explains a 403 for a valid token that may not use the API', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('forbidden') })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'the credential is valid but may not use the Snyk API (HTTP 403'
    )
    expect(step.errors[0]).toContain('Forbidden: You do not have the required permissions')
  })

  it('explains a 400 from /rest/self as the REST version this step asks for, refused', async () => {
    const body = JSON.stringify({
      jsonapi: { version: '1.0' },
      errors: [{ status: '400', title: 'Bad Request', detail: 'invalid version' }]
    })
    const server = await rawServer((socket) =>
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/vnd.api+json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
    try {
      const step = await runMain({
        vendor: 'snyk',
        url: server.url,
        'api-token': tokenOf('user'),
        retries: '0'
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(
        `Snyk: the Snyk REST API refused the request for version ${REST_VERSION} (HTTP 400`
      )
      expect(step.errors[0]).toContain('set the region input (us, us2, eu, au, gov) instead of url')
    } finally {
      await server.close()
    }
  })

  it.each([
    ['user', 'Account type: user'],
    ['app_instance', 'Account type: app_instance (as Snyk reports it)']
  ])('names a /rest/self type %s as the account type', async (type, line) => {
    const body = JSON.stringify({ data: { id: 'u-1', type, attributes: { name: 'Someone' } } })
    const server = await rawServer((socket) =>
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/vnd.api+json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
    try {
      const step = await runMain({ vendor: 'snyk', url: server.url, 'api-token': tokenOf('user') })
      expect(step.errors).toEqual([])
      expect(step.log).toContain(line)
    } finally {
      await server.close()
    }
  })

  it('verifies a service-account PAT at the host its h claim names, noting it', async () => {
    const token = tokenOf('serviceAccountPat')
    const step = await runMain({ vendor: 'snyk', url, 'api-token': token })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]!.headers.authorization).toBe(`token ${token}`)
    expect(step.outputs).toMatchObject({ 'display-name': 'acme-ci', username: '' })
    expect(step.env).toEqual({ SNYK_TOKEN: token, SNYK_API: url })
    const log = step.log.join('\n')
    expect(log).toContain('Account type: service account')
    expect(log).toContain(
      `Token: service-account token, valid at ${new URL(url).host} (its h claim)`
    )
  })

  it('refuses a PAT for another host before any request, naming both', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('euServiceAccountPat') })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('service-account token for api.eu.snyk.io')
    expect(step.errors[0]).toContain(`the url input (${url})`)
    expect(step.errors[0]).toContain('Fix: remove the url input')
    expect(sandbox.requests).toHaveLength(0)
  })

  it('names expiry among the causes of a PAT’s 401, and not another region', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('expiredPat') })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('Snyk: the API token was rejected (HTTP 401')
    expect(message).toContain(
      'the token expired (a service-account token is created with an expiry date; see it where the token was created)'
    )
    expect(message).not.toContain('belongs to another Snyk region')
    // A legacy token's 401 names no expiry: those tokens have none.
    const legacy = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('revoked') })
    expect(legacy.errors[0]).not.toContain('the token expired')
  })

  it('the fake refuses a PAT sent to another host than its own, as a regional host would', async () => {
    const response = await fetch(`${url}/rest/self?version=${REST_VERSION}`, {
      headers: { authorization: `token ${tokenOf('euServiceAccountPat')}` }
    })
    expect(response.status).toBe(401)
  })

  it('refuses required-roles and required-permissions before any request', async () => {
    for (const input of ['required-roles', 'required-permissions']) {
      const step = await runMain({
        vendor: 'snyk',
        url,
        'api-token': tokenOf('user'),
        [input]: 'x'
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(
        `The ${input} input cannot be used with Snyk: GET /rest/self reports no`
      )
    }
    expect(sandbox.requests).toHaveLength(0)
  })

  it('refuses an API token together with client credentials', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('user'), ...client() })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('Conflicting credentials for Snyk')
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('Snyk main step with OAuth client credentials', () => {
  it('trades the client credentials for a bearer token, verifies it, and exports SNYK_OAUTH_TOKEN only', async () => {
    const before = Date.now()
    const step = await runMain({ vendor: 'snyk', url, ...client() })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /oauth2/token',
      `GET /rest/self?version=${REST_VERSION}`
    ])
    const [tokenRequest, selfRequest] = sandbox.requests
    expect(tokenRequest!.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: accounts.oauthClient!.clientId,
      client_secret: accounts.oauthClient!.clientSecret
    })
    const [accessToken = ''] = issued()
    expect(selfRequest!.headers.authorization).toBe(`bearer ${accessToken}`)
    expect(step.outputs).toMatchObject({
      'user-id': accounts.oauthClient!.id,
      'display-name': 'acme-oauth-ci',
      'auth-header': `Authorization: bearer ${accessToken}`,
      token: accessToken
    })
    const expiresAt = Date.parse(step.outputs['expires-at']!)
    expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3_599_000)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_600_000)
    expect(step.env).toEqual({ SNYK_OAUTH_TOKEN: accessToken, SNYK_API: url })
    expect(JSON.stringify(step.env)).not.toContain(accounts.oauthClient!.clientSecret!)
    // The client secret is masked as an input; that mask is checked through the bundle, since
    // in-process masks are registered once per test process.
    expect(step.masks).toEqual(expect.arrayContaining([accessToken, `bearer ${accessToken}`]))
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({ authMode: 'client-credentials' })
    expect(step.log[0]).toBe(`Logging in to Snyk at ${url} with client-credentials`)
  })

  it('explains a wrong client secret (401 invalid_client) after that one request', async () => {
    const step = await runMain({
      vendor: 'snyk',
      url,
      ...client(),
      'client-secret': 'wrong-secret'
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('Snyk: the OAuth client id and secret were rejected (HTTP 401')
    expect(message).toContain('Snyk said: invalid_client: Client authentication failed')
    expect(message).toContain('client-id and client-secret inputs')
    expect(message).toContain(
      'the client-id and client-secret inputs were given the other way round'
    )
    expect(message).toContain('eu (https://api.eu.snyk.io)')
    expect(step.env).toEqual({})
  })

  it('never quotes a token answer that is not JSON, whatever it holds', async () => {
    // A proxy or gateway in front of the token endpoint may answer in plain text, and its text may
    // carry a credential in a form nothing masked.
    const body = 'upstream said: access_token=issued-0123456789abcdef-unmasked'
    const server = await rawServer((socket) =>
      socket.end(
        `HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
    try {
      const step = await runMain({ vendor: 'snyk', url: server.url, ...client(), retries: '0' })
      expect(step.exitCode).toBe(1)
      expect(server.requests).toHaveLength(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain('HTTP 401')
      for (const text of [step.stdout, step.summary]) {
        expect(text).not.toContain('upstream said')
        expect(text).not.toContain('issued-0123456789abcdef-unmasked')
      }
    } finally {
      await server.close()
    }
  })

  it.each([
    ['invalid_client', 'the OAuth client id and secret were rejected (HTTP 400'],
    ['unauthorized_client', 'the OAuth client id and secret were rejected (HTTP 400'],
    ['invalid_request', 'the token endpoint refused the request (HTTP 400']
  ])('reads a 400 %s from the token endpoint as RFC 6749 means it', async (error, headline) => {
    // RFC 6749 lets a server answer a refused client with 400 as well as 401.
    const body = JSON.stringify({ error, error_description: 'refused' })
    const server = await rawServer((socket) =>
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
    try {
      const step = await runMain({ vendor: 'snyk', url: server.url, ...client(), retries: '0' })
      expect(step.exitCode).toBe(1)
      expect(server.requests).toHaveLength(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain(`Snyk: ${headline}`)
    } finally {
      await server.close()
    }
  })

  it('never sends the token request twice once it may have reached the server', async () => {
    // A connection reset after the request was sent: the server may have issued a token.
    const server = await rawServer((socket) => socket.destroy())
    try {
      const step = await runMain({ vendor: 'snyk', url: server.url, ...client(), retries: '2' })
      expect(step.exitCode).toBe(1)
      expect(server.requests).toHaveLength(1)
      expect(step.errors[0]).toContain('It was not sent again')
    } finally {
      await server.close()
    }
  })

  it('asks for the missing half of the client credentials before any request', async () => {
    const step = await runMain({
      vendor: 'snyk',
      url,
      'client-id': accounts.oauthClient!.clientId!
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('The client-secret input is empty')
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('a region chose the host: what a failure suspects is not the url input', () => {
  /** An HTTP/1.1 answer of `status` with a JSON body. */
  const jsonAnswer = (status: string, body: unknown): string => {
    const text = JSON.stringify(body)
    return `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${text.length}\r\nConnection: close\r\n\r\n${text}`
  }

  /**
   * The failure of a login whose plan took region eu's host (no url input), with its requests
   * answered by `answers` in turn at a loopback server, as something in between would answer them.
   */
  async function failureAtRegion(
    inputs: Partial<RawInputs>,
    answers: string[]
  ): Promise<{ message: string; host: string }> {
    const server = await rawServer((socket, _head, index) => socket.end(answers[index - 1] ?? ''))
    try {
      const failure = await failureAtChosenHost(snyk, { region: 'eu', ...inputs }, server.url)
      expect(failure.plan.url).toBe('https://api.eu.snyk.io')
      return { message: failure.message, host: `127.0.0.1:${server.port}` }
    } finally {
      await server.close()
    }
  }

  /** An HTTP/1.1 200 answer with `body` as `type`. */
  const okAnswer = (type: string, body: string): string =>
    `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`

  it.each([
    [
      'an HTML page',
      'text/html',
      '<!doctype html><title>Sign in</title>',
      ', with a login, SSO or error page.'
    ],
    ['a body that is not JSON', 'text/plain', 'upstream connect error', '.']
  ])('an answer that is %s', async (_, type, body, causeEnd) => {
    const { message, host } = await failureAtRegion(client(), [okAnswer(type, body)])
    expect(message).toContain(
      `Likely cause: something between the runner and ${host} answered in its place (a proxy or gateway)${causeEnd}`
    )
    expect(message).toContain(
      `Fix: check that nothing between the runner and ${host} answers in its place (a proxy or gateway), and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.`
    )
    expect(message).not.toContain('url input')
  })

  it('JSON nested beyond any answer of the API', async () => {
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`
    const { message, host } = await failureAtRegion(client(), [okAnswer('application/json', deep)])
    expect(message).toContain('far beyond any answer of the API; it was not read.')
    expect(message).toContain(
      `Fix: check that nothing between the runner and ${host} answers in its place (a proxy or gateway), and the proxy settings`
    )
    expect(message).not.toContain('url input')
  })

  it('names the url input when it chose the server', async () => {
    const server = await rawServer((socket) => socket.end(okAnswer('text/plain', 'not json')))
    try {
      const step = await runMain({ vendor: 'snyk', url: server.url, ...client(), retries: '0' })
      expect(step.errors[0]).toContain(
        'Likely cause: the url input points at something other than the API.\nFix: check the url input, and the proxy settings'
      )
    } finally {
      await server.close()
    }
  })

  it('an identity that names nobody', async () => {
    const { message, host } = await failureAtRegion({ 'api-token': LEGACY_TOKEN }, [
      jsonAnswer('200 OK', { data: { type: 'user', attributes: {} } })
    ])
    expect(message).toContain('but named no user, so the credentials could not be verified.')
    expect(message).toContain(
      `Fix: check that nothing between the runner and ${host} answers in its place (a proxy or gateway).`
    )
    expect(message).not.toContain('url input')
  })

  it.each([
    ['404 Not Found', 'the endpoint was not found', '(a proxy or gateway).'],
    [
      '418 I am a teapot',
      'which this check does not expect',
      "(a proxy or gateway), and the vendor's message above."
    ]
  ])('an answer of HTTP %s no API gives', async (status, headline, fixEnd) => {
    const { message, host } = await failureAtRegion({ 'api-token': LEGACY_TOKEN }, [
      jsonAnswer(status, { errors: [{ detail: 'no route' }] })
    ])
    expect(message).toContain(headline)
    expect(message).toContain(
      `Likely cause: something between the runner and ${host} answered in its place (a proxy or gateway).`
    )
    expect(message).toContain(
      `Fix: check that nothing between the runner and ${host} answers in its place ${fixEnd}`
    )
    expect(message).not.toContain('url input')
  })

  it('a token answer without an access token', async () => {
    const { message, host } = await failureAtRegion(client(), [
      jsonAnswer('200 OK', { token_type: 'bearer', expires_in: 3600 })
    ])
    expect(message).toContain(
      'without an access_token, so the client credentials could not be verified.'
    )
    expect(message).toContain(
      `Fix: check that nothing between the runner and ${host} answers in its place (a proxy or gateway).`
    )
    expect(message).not.toContain('url input')
  })

  it('a malformed access token', async () => {
    const { message, host } = await failureAtRegion(client(), [
      jsonAnswer('200 OK', { access_token: 'short', token_type: 'bearer', expires_in: 3600 })
    ])
    expect(message).toContain('The server answered with a malformed credential')
    expect(message).toContain(
      `check that nothing between the runner and ${host} answers in its place (a proxy or gateway), and that no proxy or gateway rewrites its answers.`
    )
    expect(message).not.toContain('url input')
  })
})
