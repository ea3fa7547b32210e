import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../src/failure.js'
import {
  backoffMs,
  HttpClient,
  MAX_RETRY_AFTER_MS,
  proxyFor,
  retryDelayMs,
  textExcerpt,
  type HttpClientOptions
} from '../src/http.js'
import { startSandbox } from '../sandbox/index.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox

beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

function client(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({
    baseUrl: sandbox.httpUrl,
    vendor: 'Test',
    timeoutMs: 2000,
    retries: 2,
    caPem: undefined,
    tlsVerify: true,
    redact: (text) => text.split('s3cret').join('***'),
    env: {},
    ...overrides
  })
}

async function failureOf(promise: Promise<unknown>): Promise<ActionFailure> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ActionFailure) return error
    throw error
  }
  throw new Error('expected an ActionFailure')
}

describe('HttpClient against the sandbox', () => {
  it('returns any non-redirect status for the vendor to interpret, in one request', async () => {
    const http = client()
    const response = await http.request({ method: 'GET', path: '/api/identity/v1/me' })
    http.close()
    expect(response.status).toBe(401)
    expect(JSON.parse(response.body)).toEqual({
      error: 'Unauthorized',
      message: 'Invalid or missing authentication token'
    })
    expect(sandbox.requests).toHaveLength(1)
    expect(http.records).toEqual([
      expect.objectContaining({
        endpoint: `GET ${sandbox.httpUrl}/api/identity/v1/me`,
        status: 401,
        attempts: 1
      })
    ])
  })

  it.each(['429-once', '429-date-once', '503-once'])(
    'retries after %s and then succeeds',
    async (fault) => {
      const http = client({ baseUrl: `${sandbox.httpUrl}/_fault/${fault}` })
      const started = Date.now()
      const response = await http.request({ method: 'GET', path: '/nothing-here' })
      http.close()
      expect(response.status).toBe(404)
      expect(sandbox.requests).toHaveLength(2)
      expect(http.records[0]?.attempts).toBe(2)
      if (fault.startsWith('429')) expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    }
  )

  it('gives up after `retries` extra attempts and returns the last answer', async () => {
    const http = client({ baseUrl: `${sandbox.httpUrl}/_fault/503`, retries: 1 })
    const response = await http.request({ method: 'GET', path: '/x' })
    http.close()
    expect(response.status).toBe(503)
    expect(sandbox.requests).toHaveLength(2)
  })

  it('never retries a 500', async () => {
    const http = client({ baseUrl: `${sandbox.httpUrl}/_fault/500` })
    expect((await http.request({ method: 'GET', path: '/x' })).status).toBe(500)
    http.close()
    expect(sandbox.requests).toHaveLength(1)
  })

  it('times out a hanging server within the timeout, naming the cause', async () => {
    const http = client({ baseUrl: `${sandbox.httpUrl}/_fault/hang`, timeoutMs: 300, retries: 0 })
    const started = Date.now()
    const error = await failureOf(http.request({ method: 'GET', path: '/x' }))
    http.close()
    expect(Date.now() - started).toBeLessThan(2000)
    expect(error.message).toContain('timed out')
    expect(error.message).toContain('Raise the timeout input')
  })

  it('does not follow a redirect and reports where it pointed', async () => {
    const http = client({ baseUrl: `${sandbox.httpUrl}/_fault/redirect` })
    const error = await failureOf(
      http.request({ method: 'GET', path: '/api/identity/v1/me', headers: { 'x-auth': 's3cret' } })
    )
    http.close()
    expect(error.message).toContain(
      'redirect (HTTP 302) to https://collector.invalid/steal/api/identity/v1/me'
    )
    expect(sandbox.requests).toHaveLength(1)
  })

  it.each(['huge', 'huge-chunked'])('cuts off a %s body over 1 MiB', async (fault) => {
    const http = client({ baseUrl: `${sandbox.httpUrl}/_fault/${fault}` })
    const error = await failureOf(http.request({ method: 'GET', path: '/x' }))
    http.close()
    expect(error.message).toContain('sent a response body over 1 MiB; it was cut off')
  })

  it('names a refused connection', async () => {
    const http = client({ baseUrl: 'http://127.0.0.1:1', retries: 0 })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    expect(error.message).toContain('127.0.0.1:1 refused the connection')
  })

  it('names a DNS failure', async () => {
    const http = client({ baseUrl: 'https://no-such-host.invalid', retries: 0 })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    expect(error.message).toContain('could not resolve the host name no-such-host.invalid')
  })

  it('rejects the sandbox certificate without ca-cert, with a hint', async () => {
    const http = client({ baseUrl: sandbox.httpsLocalhostUrl, retries: 0 })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    http.close()
    expect(error.message).toContain('the TLS connection to localhost')
    expect(error.message).toContain('ca-cert')
  })

  it('trusts the sandbox CA given as ca-cert, in addition to the public roots', async () => {
    const http = client({ baseUrl: sandbox.httpsLocalhostUrl, caPem: sandbox.caCertPem })
    expect((await http.request({ method: 'GET', path: '/api/identity/v1/me' })).status).toBe(401)
    http.close()
    expect(sandbox.requests[0]?.secure).toBe(true)
  })

  it('skips certificate checks when tls-verify is false', async () => {
    const http = client({ baseUrl: sandbox.httpsUrl, tlsVerify: false })
    expect((await http.request({ method: 'GET', path: '/x' })).status).toBe(404)
    http.close()
  })

  it('sends JSON bodies with their length', async () => {
    const http = client()
    await http.request({ method: 'POST', path: '/echo-body', json: { a: 1 } })
    http.close()
    expect(sandbox.requests[0]).toMatchObject({ method: 'POST', body: '{"a":1}' })
    expect(sandbox.requests[0]?.headers['content-type']).toBe('application/json')
  })
})

describe('retry timing', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  it.each([
    ['3', 3000],
    ['0', 0],
    ['1.5', 1500],
    ['86400', MAX_RETRY_AFTER_MS],
    [new Date(now + 5000).toUTCString(), 5000],
    [new Date(now - 5000).toUTCString(), 0]
  ])('Retry-After %j waits %d ms', (header, expected) => {
    expect(retryDelayMs(header, 1, now)).toBe(expected)
  })

  it('falls back to exponential backoff with jitter for a missing or unreadable Retry-After', () => {
    for (const header of [undefined, '', 'soon']) {
      const delay = retryDelayMs(header, 2, now)
      expect(delay).toBeGreaterThanOrEqual(500)
      expect(delay).toBeLessThanOrEqual(1000)
    }
    expect([1, 2, 3].map((n) => backoffMs(n, () => 0))).toEqual([250, 500, 1000])
    expect([1, 2, 3].map((n) => backoffMs(n, () => 1))).toEqual([500, 1000, 2000])
    expect(backoffMs(30, () => 1)).toBe(MAX_RETRY_AFTER_MS)
  })
})

describe('proxyFor', () => {
  const url = new URL('https://sc.example.com:8443/rest')
  it.each([
    [{}, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, 'http://proxy:3128'],
    [{ https_proxy: 'http://lower:3128' }, 'http://lower:3128'],
    [{ HTTP_PROXY: 'http://proxy:3128' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: '.example.com' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'other.com, sc.example.com:8443' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'sc.example.com:443' }, 'http://p:1'],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'ample.com' }, 'http://p:1']
  ])('%j → %s', (env, expected) => {
    expect(proxyFor(url, env)).toBe(expected)
  })

  it('uses HTTP_PROXY for http URLs', () => {
    expect(proxyFor(new URL('http://localhost:1'), { HTTP_PROXY: 'http://p:1' })).toBe('http://p:1')
  })
})

describe('textExcerpt', () => {
  it('strips tags, scripts and whitespace and cuts at 200 characters', () => {
    expect(textExcerpt('<html><script>x()</script><h1>Sign  in</h1>\n<p>now</p></html>')).toBe(
      'Sign in now'
    )
    expect(textExcerpt('a'.repeat(300))).toHaveLength(201)
  })
})
