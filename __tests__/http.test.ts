import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as https from 'node:https'
import type * as net from 'node:net'
import { readFileSync } from 'node:fs'
import { rootCertificates } from 'node:tls'
import { createHttpClient } from '../src/core/context.js'
import { ActionFailure } from '../src/core/failure.js'
import { HttpClient, type HttpClientOptions } from '../src/net/client.js'
import type { HttpResponse } from '../src/net/types.js'
import { resolveLocation } from '../src/plan/location.js'
import { invictiPlatform } from '../src/vendors/invicti-platform/index.js'
import { startSandbox } from '../sandbox/index.js'
import { JSON_OK, rawServer, type RawServer } from './helpers/raw-server.js'

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

function failureOfSync(run: () => unknown): ActionFailure {
  try {
    run()
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

  it('says each attempt it sends again, and why, so that a wait is never silent', async () => {
    const lines: string[] = []
    const http = client({
      baseUrl: `${sandbox.httpUrl}/_fault/429-once`,
      onRetry: (line) => lines.push(line)
    })
    await http.request({ method: 'GET', path: '/x?token=s3cret' })
    http.close()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      new RegExp(
        `^GET ${sandbox.httpUrl}/_fault/429-once/x: HTTP 429; attempt 2 of 3 in 1\\.\\d s\\.$`
      )
    )
  })

  it("names a network error it retries by its code alone, never Node's message", async () => {
    // Node's message may name a proxy with its password; the code says what failed.
    const closed = await rawServer(() => undefined)
    await closed.close()
    const lines: string[] = []
    const http = client({ baseUrl: closed.url, retries: 1, onRetry: (line) => lines.push(line) })
    const error = await failureOf(http.request({ method: 'GET', path: '/me' }))
    http.close()
    expect(error.message).toContain('refused the connection after 2 attempts (ECONNREFUSED)')
    expect(lines).toEqual([
      expect.stringMatching(
        /^GET http:\/\/127\.0\.0\.1:\d+\/me: ECONNREFUSED; attempt 2 of 2 in \d\.\d s\.$/
      )
    ])
  })

  it("says each attempt sent again in the step's log, through the io the step gives", async () => {
    const logged: string[] = []
    const http = createHttpClient(
      {
        url: `${sandbox.httpUrl}/_fault/503-once`,
        timeoutMs: 2000,
        retries: 1,
        caPem: undefined,
        tlsVerify: true,
        vendorName: 'Test'
      },
      { redact: (text: string) => text, info: (line: string) => logged.push(line) }
    )
    const response = await http.request({ method: 'GET', path: '/x' })
    http.close()
    expect(response.status).toBe(404)
    expect(logged).toEqual([expect.stringMatching(/: HTTP 503; attempt 2 of 2 in \d\.\d s\.$/)])
  })

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
    expect(error.message).toContain('Fix: raise the timeout input')
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

  it.each([301, 303, 307, 308])(
    'does not follow a %d redirect either: 307 and 308 would resend the body',
    async (status) => {
      const server = await rawServer((socket) =>
        socket.end(
          `HTTP/1.1 ${status} Moved\r\nLocation: https://collector.invalid/steal\r\nContent-Length: 0\r\n\r\n`
        )
      )
      const http = client({ baseUrl: server.url, retries: 2 })
      try {
        const error = await failureOf(
          http.request({ method: 'POST', path: '/login', json: { password: 's3cret' } })
        )
        expect(error.message).toContain(
          `answered with a redirect (HTTP ${status}) to https://collector.invalid/steal.`
        )
        expect(server.requests).toHaveLength(1)
      } finally {
        http.close()
        await server.close()
      }
    }
  )

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

  it.each([
    ['a line break', 'key-one\nkey-two'],
    ['a control character', 'key\u0000one'],
    ['a typographic quote', '\u2019key-one\u2019']
  ])(
    'blames a header value with %s, which Node refuses to send, not the network',
    async (_what, value) => {
      const http = client({ retries: 2 })
      const error = await failureOf(
        http.request({ method: 'GET', path: '/', headers: { 'X-Api-Key': value } })
      )
      http.close()
      expect(error.message).toContain('holds a character an HTTP header cannot carry')
      expect(error.message).toContain('(ERR_INVALID_CHAR)')
      expect(error.message).not.toContain('network access')
      expect(error.message).not.toContain(value)
      expect(sandbox.requests).toHaveLength(0)
    }
  )

  it("points at the input a header carries when it is no credential's, and at the secret when it is", async () => {
    const http = client({ retries: 0 })
    const fixOf = async (headers: Record<string, string>): Promise<string> =>
      (await failureOf(http.request({ method: 'GET', path: '/', headers }))).message
        .split('\n')
        .find((line) => line.startsWith('Fix:')) ?? ''
    expect(await fixOf({ 'X-Invicti-OrganizationId': 'org\u2013globex' })).toBe(
      'Fix: check the input sent as the X-Invicti-OrganizationId header (such as a tenant or an organization id), and copy its value again, exactly as the vendor shows it and with nothing around it.'
    )
    for (const name of ['Authorization', 'X-ApiKeys', 'X-Api-Token', 'Cookie'])
      expect(await fixOf({ [name]: 'key\none' })).toBe(
        'Fix: copy the credential into its secret again, exactly as the vendor shows it and with nothing around it.'
      )
    http.close()
    expect(sandbox.requests).toHaveLength(0)
  })

  it('names a DNS failure', async () => {
    const http = client({ baseUrl: 'https://no-such-host.invalid', retries: 0 })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    expect(error.message).toContain('could not resolve the host name no-such-host.invalid')
  })

  it('names no url input to correct when the step chose the host itself (a region, the default)', async () => {
    const unresolved = client({
      baseUrl: 'https://no-such-host.invalid',
      urlFromInput: false,
      retries: 0
    })
    const dns = await failureOf(unresolved.request({ method: 'GET', path: '/' }))
    expect(dns.message).toContain('could not resolve the host name no-such-host.invalid')
    expect(dns.message).toContain(
      "Fix: check that the runner can resolve public host names (its DNS, or HTTPS_PROXY if it reaches the internet only through a proxy); no-such-host.invalid is Test's own host, not a typo."
    )
    const closed = client({ baseUrl: 'http://127.0.0.1:1', urlFromInput: false, retries: 0 })
    const refused = await failureOf(closed.request({ method: 'GET', path: '/' }))
    expect(refused.message).toContain('127.0.0.1:1 refused the connection')
    expect(refused.message).toContain(
      'Fix: check that the runner can reach 127.0.0.1:1 (a firewall in between, or HTTPS_PROXY if it reaches the internet only through a proxy).'
    )
    expect(`${dns.message}\n${refused.message}`).not.toContain('check the url input')
  })

  it('tells the url input from a region when the plan builds the client', async () => {
    expect(resolveLocation('https://scanner.example.com', '', invictiPlatform).urlFromInput).toBe(
      true
    )
    const region = resolveLocation('', 'eu', invictiPlatform)
    expect(region.urlFromInput).toBeUndefined()
    const settings = { timeoutMs: 2000, retries: 0, caPem: undefined, tlsVerify: true }
    const redact = (text: string): string => text
    const fromRegion = createHttpClient(
      { ...settings, ...region, url: 'https://no-such-host.invalid', vendorName: 'Test' },
      { redact }
    )
    const regionError = await failureOf(fromRegion.request({ method: 'GET', path: '/' }))
    expect(regionError.message).not.toContain('check the url input')
    const fromInput = createHttpClient(
      { ...settings, url: 'https://no-such-host.invalid', urlFromInput: true, vendorName: 'Test' },
      { redact }
    )
    const inputError = await failureOf(fromInput.request({ method: 'GET', path: '/' }))
    expect(inputError.message).toContain('Fix: check the url input for a typo')
  })

  describe('an answer no API gives, from a host a region chose: something in between, no url input', () => {
    /** The failure of a GET to a region's client whose requests `answer` serves on loopback. */
    async function regionFailure(
      answer: Parameters<typeof rawServer>[0]
    ): Promise<{ message: string; host: string }> {
      const server = await rawServer(answer)
      const region = resolveLocation('', 'eu', invictiPlatform)
      const http = createHttpClient(
        {
          timeoutMs: 2000,
          retries: 0,
          caPem: undefined,
          tlsVerify: true,
          ...region,
          url: server.url,
          vendorName: 'Test'
        },
        { redact: (text: string) => text }
      )
      try {
        const error = await failureOf(http.request({ method: 'GET', path: '/me' }))
        return { message: error.message, host: `127.0.0.1:${server.port}` }
      } finally {
        http.close()
        await server.close()
      }
    }
    const inBetween = (host: string): string =>
      `that nothing between the runner and ${host} answers in its place (a proxy or gateway)`

    it('a 101 upgrade', async () => {
      const { message, host } = await regionFailure((socket) =>
        socket.write(
          'HTTP/1.1 101 Switching Protocols\r\nUpgrade: evil\r\nConnection: Upgrade\r\n\r\n'
        )
      )
      expect(message).toContain(
        `Likely cause: something between the runner and ${host} answered in its place (a proxy or gateway).`
      )
      expect(message).toContain(`Fix: check ${inBetween(host)}, and the proxy settings`)
      expect(message).not.toContain('url input')
    })

    it('a flood of interim answers', async () => {
      const { message, host } = await regionFailure((socket) => {
        for (let i = 0; i < 50; i++) socket.write('HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n')
      })
      expect(message).toContain('interim answers (HTTP 103) and no final one')
      expect(message).toContain(`Fix: check ${inBetween(host)}, and the proxy settings`)
      expect(message).not.toContain('url input')
    })

    it('a redirect', async () => {
      const { message, host } = await regionFailure((socket) =>
        socket.end(
          'HTTP/1.1 302 Found\r\nLocation: https://login.example/\r\nContent-Length: 0\r\n\r\n'
        )
      )
      expect(message).toContain('answered with a redirect (HTTP 302) to https://login.example/')
      expect(message).toContain(`Fix: check ${inBetween(host)}.`)
      expect(message).not.toContain('url input')
    })

    it('a body over 1 MiB', async () => {
      const { message, host } = await regionFailure((socket) =>
        socket.end(`HTTP/1.1 200 OK\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`)
      )
      expect(message).toContain('sent a response body over 1 MiB; it was cut off')
      expect(message).toContain(
        `so this is not the API: something between the runner and ${host} answered in its place (a proxy or gateway).`
      )
      expect(message).toContain(`Fix: check ${inBetween(host)}.`)
      expect(message).not.toContain('url input')
    })
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

function rawClient(baseUrl: string, overrides: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({
    baseUrl,
    vendor: 'Test',
    timeoutMs: 1500,
    retries: 2,
    caPem: undefined,
    tlsVerify: true,
    redact: (text) => text,
    env: {},
    ...overrides
  })
}

function status(code: number, extraHeaders = ''): string {
  return `HTTP/1.1 ${code} X\r\nContent-Length: 0\r\n${extraHeaders}\r\n`
}
describe('loopback stays local (M1)', () => {
  /** A proxy that answers everything itself and records what it was asked; it forwards nothing. */
  async function spyProxy(): Promise<RawServer> {
    return rawServer((socket) => socket.end(JSON_OK))
  }

  it.each([
    ['http://127.0.0.1', 'HTTP_PROXY'],
    ['http://localhost', 'HTTP_PROXY'],
    ['http://localhost', 'http_proxy'],
    ['https://localhost', 'HTTPS_PROXY']
  ])('%s is never sent through %s', async (scheme, variable) => {
    const proxy = await spyProxy()
    const target = scheme.startsWith('https') ? sandbox.httpsLocalhostUrl : sandbox.httpUrl
    const baseUrl = target.replace(/^https?:\/\/[^:]+/, scheme)
    const http = client({ baseUrl, caPem: sandbox.caCertPem, env: { [variable]: proxy.url } })
    const response = await http.request({ method: 'GET', path: '/api/identity/v1/me' })
    http.close()
    await proxy.close()
    expect(response.status).toBe(401)
    expect(proxy.requests).toEqual([])
    expect(sandbox.requests).toHaveLength(1)
  })

  it('still sends a non-loopback host through the proxy (the spy answers for it)', async () => {
    const proxy = await spyProxy()
    const http = rawClient('http://scanner.example.test:8080', { env: { HTTP_PROXY: proxy.url } })
    const response = await http.request({ method: 'GET', path: '/api/me' })
    http.close()
    await proxy.close()
    expect(response.status).toBe(200)
    expect(proxy.requests[0]).toMatch(/^GET http:\/\/scanner\.example\.test:8080\/api\/me HTTP/)
  })

  it('says so when the proxy variable is not a URL, instead of failing unexpectedly', () => {
    expect(() =>
      rawClient('https://scanner.example.test', { env: { HTTPS_PROXY: 'http://[broken' } })
    ).toThrow(/the proxy in HTTPS_PROXY is not a valid URL/)
  })

  it('names the variable that is wrong: the lower-case one, which wins over HTTPS_PROXY', () => {
    const error = failureOfSync(() =>
      rawClient('https://scanner.example.test', {
        env: { https_proxy: 'http://user:pa ss@proxy:3128x', HTTPS_PROXY: 'http://proxy:3128' }
      })
    )
    expect(error.message).toContain(
      'the proxy in https_proxy is not a valid URL (its value is not shown: it may hold a password), so nothing was sent.'
    )
    expect(error.message).toContain('Fix: set https_proxy to a URL such as')
    expect(error.message).not.toContain('pa ss')
    expect(error.message).not.toContain('(unparseable proxy URL)')
  })
})

describe('any answer ends in exactly one failure within the timeout (M4)', () => {
  async function settleOf(
    answer: (socket: net.Socket, head: string, index: number) => void,
    timeoutMs = 1500
  ): Promise<{ error: ActionFailure; elapsed: number; server: RawServer; http: HttpClient }> {
    const server = await rawServer(answer)
    const http = rawClient(server.url, { timeoutMs })
    const started = Date.now()
    const error = await failureOf(http.request({ method: 'GET', path: '/me' }))
    const elapsed = Date.now() - started
    http.close()
    await server.close()
    return { error, elapsed, server, http }
  }

  it('a 101 upgrade fails at once, is not retried, and is recorded', async () => {
    const { error, elapsed, server, http } = await settleOf((socket) =>
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: evil\r\nConnection: Upgrade\r\n\r\n'
      )
    )
    expect(error.message).toContain('answered HTTP 101 Switching Protocols')
    expect(error.message).toContain('Fix: check the url input')
    expect(elapsed).toBeLessThan(1000)
    expect(server.requests).toHaveLength(1)
    expect(http.records[0]).toMatchObject({ status: 101, attempts: 1 })
  })

  it('a flood of 103 Early Hints without a final answer fails before the timeout, and is recorded', async () => {
    const { error, elapsed, http } = await settleOf((socket) => {
      for (let i = 0; i < 50; i++) socket.write('HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n')
    })
    expect(error.message).toContain('interim answers (HTTP 103) and no final one')
    expect(elapsed).toBeLessThan(1000)
    // The request table shows the status that ended it, as for an upgrade.
    expect(http.records[0]).toMatchObject({ status: 103, attempts: 1 })
  })

  it('interim answers followed by a final one are fine', async () => {
    const server = await rawServer((socket) =>
      socket.end(`HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\n\r\n${JSON_OK}`)
    )
    const http = rawClient(server.url)
    const response = await http.request({ method: 'GET', path: '/me' })
    http.close()
    await server.close()
    expect(response).toMatchObject({ status: 200, body: '{}' })
  })

  describe('the 1 MiB body cap, at its edge', () => {
    const MiB = 1024 * 1024
    const answered = async (
      answer: (socket: net.Socket) => void
    ): Promise<HttpResponse | ActionFailure> => {
      const server = await rawServer(answer)
      const http = rawClient(server.url, { timeoutMs: 1500, retries: 0 })
      try {
        return await http.request({ method: 'GET', path: '/me' })
      } catch (error) {
        if (error instanceof ActionFailure) return error
        throw error
      } finally {
        http.close()
        await server.close()
      }
    }
    const chunked = (bytes: number): string =>
      `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${bytes.toString(16)}\r\n${'x'.repeat(bytes)}\r\n0\r\n\r\n`

    it('reads a body of exactly 1 MiB, declared or streamed', async () => {
      const declared = await answered((socket) =>
        socket.end(`HTTP/1.1 200 OK\r\nContent-Length: ${MiB}\r\n\r\n${'x'.repeat(MiB)}`)
      )
      expect(declared).toMatchObject({ status: 200, body: 'x'.repeat(MiB) })
      expect(await answered((socket) => socket.end(chunked(MiB)))).toMatchObject({
        status: 200,
        body: 'x'.repeat(MiB)
      })
    })

    it('cuts off a streamed body one byte over it, rather than keep its first MiB', async () => {
      const over = await answered((socket) => socket.end(chunked(MiB + 1)))
      expect(over).toBeInstanceOf(ActionFailure)
      expect((over as ActionFailure).message).toContain(
        'sent a response body over 1 MiB; it was cut off'
      )
    })

    it('fails at once on a declared length over it, without waiting for the body', async () => {
      // The head alone: the body never comes and the socket stays open, so only the declared
      // length can tell; a client that waited for the body would time out instead.
      const over = await answered((socket) =>
        socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${MiB + 1}\r\n\r\n`)
      )
      expect((over as ActionFailure).message).toContain(
        'sent a response body over 1 MiB; it was cut off'
      )
      expect((over as ActionFailure).message).not.toContain('timed out')
    })
  })

  it('accepts ten interim answers before the final one, and fails on the eleventh', async () => {
    const interim = (count: number): string => 'HTTP/1.1 103 Early Hints\r\n\r\n'.repeat(count)
    const server = await rawServer((socket) => socket.end(`${interim(10)}${JSON_OK}`))
    const http = rawClient(server.url)
    try {
      const response = await http.request({ method: 'GET', path: '/me' })
      expect(response).toMatchObject({ status: 200, body: '{}' })
    } finally {
      http.close()
      await server.close()
    }
    const { error } = await settleOf((socket) => socket.end(`${interim(11)}${JSON_OK}`))
    expect(error.message).toContain('interim answers (HTTP 103) and no final one')
  })

  it('reads a body sent a byte per chunk, characters split across chunks included', async () => {
    const body = Buffer.from(JSON.stringify({ name: 'Zoë 😀 Ünal', pad: 'x'.repeat(40_000) }))
    const framed = [...body].map((byte) =>
      Buffer.concat([Buffer.from('1\r\n'), Buffer.from([byte]), Buffer.from('\r\n')])
    )
    const server = await rawServer((socket) => {
      socket.write(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n'
      )
      socket.end(Buffer.concat([...framed, Buffer.from('0\r\n\r\n')]))
    })
    const http = rawClient(server.url)
    const response = await http.request({ method: 'GET', path: '/me' })
    http.close()
    await server.close()
    expect(response.body).toBe(body.toString('utf8'))
  })

  it('a connection closed without an answer fails, after the retries, within the timeouts', async () => {
    const { error, elapsed, server } = await settleOf((socket) => socket.destroy())
    expect(error.message).toMatch(/failed after 3 attempts: socket hang up \(ECONNRESET\)/)
    expect(server.requests).toHaveLength(3)
    expect(elapsed).toBeLessThan(4000)
  })

  it('a connection closed in the middle of the body fails', async () => {
    const { error } = await settleOf((socket) =>
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"id":')
    )
    expect(error.message).toContain('the connection closed without a complete answer')
  })

  it('interim answers alone (100, then 102) end at the timeout with one failure', async () => {
    const { error, elapsed } = await settleOf(
      (socket) => socket.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n'),
      300
    )
    expect(error.message).toContain('no complete answer within 0.3 s')
    expect(elapsed).toBeLessThan(3000)
  })

  it('a server that never answers fails at the timeout, once per attempt', async () => {
    const server = await rawServer(() => undefined)
    const lines: string[] = []
    const http = rawClient(server.url, {
      timeoutMs: 300,
      retries: 1,
      onRetry: (line) => lines.push(line)
    })
    const started = Date.now()
    const error = await failureOf(http.request({ method: 'GET', path: '/me' }))
    http.close()
    await server.close()
    expect(error.message).toContain('timed out after 2 attempts: no complete answer within 0.3 s')
    expect(Date.now() - started).toBeLessThan(2000)
    // The step says so while it waits, not only once the last attempt has failed.
    expect(lines).toEqual([
      expect.stringMatching(
        /^GET http:\/\/127\.0\.0\.1:\d+\/me: no complete answer within 0\.3 s; attempt 2 of 2 in \d\.\d s\.$/
      )
    ])
  })

  it.each([
    [
      'a 101 without Connection: upgrade',
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n'
    ]
  ])('%s fails too', async (_name, raw) => {
    const { error, elapsed } = await settleOf((socket) => socket.write(raw))
    expect(error.message).toMatch(/answered HTTP 10[12]/)
    expect(elapsed).toBeLessThan(1500)
  })
})

describe('creating requests are not sent twice once they may have reached the server (L2)', () => {
  async function countOf(
    answer: (socket: net.Socket, head: string, index: number) => void,
    creates: boolean
  ): Promise<{ requests: number; outcome: HttpResponse | ActionFailure }> {
    const server = await rawServer(answer)
    const http = rawClient(server.url, { retries: 2 })
    let outcome: HttpResponse | ActionFailure
    try {
      outcome = await http.request({ method: 'POST', path: '/login', json: { u: 1 }, creates })
    } catch (error) {
      if (!(error instanceof ActionFailure)) throw error
      outcome = error
    }
    http.close()
    await server.close()
    return { requests: server.requests.length, outcome }
  }

  it('a reset after the login was sent: not retried, and the message says why', async () => {
    const { requests, outcome } = await countOf((socket) => socket.resetAndDestroy(), true)
    expect(requests).toBe(1)
    expect((outcome as ActionFailure).message).toContain('It was not sent again')
    expect((outcome as ActionFailure).message).toContain('ECONNRESET')
  })

  it('the same reset is retried for a request that creates nothing', async () => {
    const { requests } = await countOf((socket) => socket.resetAndDestroy(), false)
    expect(requests).toBe(3)
  })

  it('a timeout of a login is not retried', async () => {
    const server = await rawServer(() => undefined)
    const http = rawClient(server.url, { retries: 2, timeoutMs: 200 })
    const error = await failureOf(
      http.request({ method: 'POST', path: '/login', json: {}, creates: true })
    )
    http.close()
    await server.close()
    expect(server.requests).toHaveLength(1)
    expect(error.message).toContain('timed out')
    expect(error.message).toContain('It was not sent again')
  })

  it.each([502, 504, 503, 429])(
    'a login answered %d without Retry-After is returned as is',
    async (code) => {
      const { requests, outcome } = await countOf((socket) => socket.write(status(code)), true)
      expect(requests).toBe(1)
      expect((outcome as HttpResponse).status).toBe(code)
    }
  )

  it.each([502, 504])('a login answered %d is not retried even with Retry-After', async (code) => {
    const { requests } = await countOf(
      (socket) => socket.write(status(code, 'Retry-After: 0\r\n')),
      true
    )
    expect(requests).toBe(1)
  })

  it.each([429, 503])('a login answered %d with Retry-After is retried', async (code) => {
    const { requests, outcome } = await countOf(
      (socket, _head, index) =>
        socket.write(index === 1 ? status(code, 'Retry-After: 0\r\n') : JSON_OK),
      true
    )
    expect(requests).toBe(2)
    expect((outcome as HttpResponse).status).toBe(200)
  })

  it.each([429, 502, 503, 504])(
    'a request that creates nothing is retried after %d',
    async (code) => {
      const { requests } = await countOf(
        (socket, _head, index) => socket.write(index === 1 ? status(code) : JSON_OK),
        false
      )
      expect(requests).toBe(2)
    }
  )

  it.each([400, 401, 403, 404])('no request is retried after %d', async (code) => {
    for (const creates of [true, false]) {
      const { requests } = await countOf((socket) => socket.write(status(code)), creates)
      expect(requests).toBe(1)
    }
  })

  it('a login answered 429, then never answered, records no status: no answer came to it', async () => {
    // A caller judges by the record whether a creating request may have reached the server (SonarQube's
    // minting keeps the token name for a revoke unless a 4xx refused it): the 429 of the first
    // attempt must not pass for the answer of the second.
    const server = await rawServer((socket, _head, index) => {
      if (index === 1) socket.write(status(429, 'Retry-After: 0\r\n'))
    })
    const http = rawClient(server.url, { retries: 2, timeoutMs: 200 })
    const error = await failureOf(
      http.request({ method: 'POST', path: '/login', json: {}, creates: true })
    )
    http.close()
    await server.close()
    expect(error.message).toContain('timed out')
    expect(http.records[0]).toMatchObject({ attempts: 2, status: undefined })
  })

  it('a refused connection never reached the server, so a login is retried', async () => {
    const http = rawClient('http://127.0.0.1:1', { retries: 1 })
    const error = await failureOf(
      http.request({ method: 'POST', path: '/login', json: {}, creates: true })
    )
    expect(http.records[0]?.attempts).toBe(2)
    expect(error.message).toContain('refused the connection after 2 attempts')
    expect(error.message).not.toContain('not sent again')
  })
})

describe('TLS failures say what to do in an action', () => {
  const here = new URL('../sandbox/certs/', import.meta.url)
  const serverKey = readFileSync(new URL('server.key', here), 'utf8')
  const serverCert = readFileSync(new URL('server.pem', here), 'utf8')

  async function tlsServer(
    key: string,
    cert: string,
    host = '127.0.0.1'
  ): Promise<{ port: number; close(): Promise<void> }> {
    const server = https.createServer({ key, cert }, (_req, res) => res.end('{}'))
    await new Promise<void>((resolve) => server.listen(0, host, resolve))
    return {
      port: (server.address() as net.AddressInfo).port,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        })
    }
  }

  it('without ca-cert: the ca-cert hint and the variable for a machine trust store, without a Node flag', async () => {
    const http = client({ baseUrl: sandbox.httpsLocalhostUrl, retries: 0 })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    http.close()
    expect(error.message).toContain('the TLS connection to localhost')
    expect(error.message).toContain(
      'Fix: if the server uses a private or self-signed certificate, give its CA in the ca-cert input'
    )
    expect(error.message).toContain(
      'failed: unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE).'
    )
    expect(error.message).toContain(
      "if that CA is installed in the runner machine's own trust store (a self-hosted runner), NODE_USE_SYSTEM_CA: 1 in the job's env makes this step, and later Node steps, trust that store. Set tls-verify: false only as a last resort."
    )
    expect(error.message).not.toContain('installed locally')
    expect(error.message).not.toContain('--use-system-ca')
    expect(error.message).not.toContain('Node.js')
  })

  it('with a ca-cert that did not sign the server certificate: says so', async () => {
    const http = client({
      baseUrl: sandbox.httpsLocalhostUrl,
      retries: 0,
      caPem: rootCertificates[0]
    })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    http.close()
    expect(error.message).toContain(
      "the CA given in ca-cert did not verify the server's certificate chain"
    )
    expect(error.message).toContain('intermediate')
    expect(error.message).not.toContain('installed locally')
    expect(error.message).not.toContain('give its CA in the ca-cert input')
    expect(error.message).not.toContain('--use-system-ca')
  })

  it("with the server's own certificate in ca-cert (no CA): says that it trusts nothing", async () => {
    // The leaf is issued by the sandbox CA and has no CA:TRUE: Node verifies a chain only up to a
    // CA, so it fails as any unknown issuer would.
    const leaf = readFileSync(new URL('../sandbox/certs/server.pem', import.meta.url), 'utf8')
    const http = client({ baseUrl: sandbox.httpsLocalhostUrl, retries: 0, caPem: leaf })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    http.close()
    expect(error.message).toContain(
      "Fix: ca-cert holds no CA: its certificate for CN=localhost is a server's own (CA:FALSE), which trusts nothing. Give in ca-cert the CA that issued the server's certificate, not the certificate itself."
    )
    // A CA among them (a public root here, self-signed) keeps the general advice.
    const withCa = client({
      baseUrl: sandbox.httpsLocalhostUrl,
      retries: 0,
      caPem: `${rootCertificates[0]}\n${leaf}`
    })
    const other = await failureOf(withCa.request({ method: 'GET', path: '/' }))
    withCa.close()
    expect(other.message).toContain('intermediate')
    expect(other.message).not.toContain('holds no CA')
  })

  it('a host name the certificate does not cover: names the ones it does', async () => {
    const server = await tlsServer(serverKey, serverCert, '127.0.0.2')
    const http = rawClient(`https://127.0.0.2:${server.port}`, {
      caPem: sandbox.caCertPem,
      retries: 0
    })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    http.close()
    await server.close()
    expect(error.message).toContain('is not valid for the host name 127.0.0.2')
    expect(error.message).toMatch(/it covers localhost, 127\.0\.0\.1/)
    expect(error.message).toContain('ERR_TLS_CERT_ALTNAME_INVALID')
    expect(error.message).toContain(
      'Fix: set the url input to a host name the certificate covers, or have the certificate reissued for this name.'
    )
  })

  it('a host name the certificate does not cover, at a host the step chose: names what answered in its place, not the url input', async () => {
    const server = await tlsServer(serverKey, serverCert, '127.0.0.2')
    const http = rawClient(`https://127.0.0.2:${server.port}`, {
      caPem: sandbox.caCertPem,
      urlFromInput: false,
      retries: 0
    })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    http.close()
    await server.close()
    expect(error.message).toContain('is not valid for the host name 127.0.0.2')
    expect(error.message).toContain(
      `Fix: check that nothing between the runner and 127.0.0.2:${server.port} answers in its place (a proxy or gateway), and that the runner's DNS (or hosts file) does not send 127.0.0.2 elsewhere: 127.0.0.2 is Test's own host, whose certificate covers its name. Do not set tls-verify: false: the credentials would go to the server that answered.`
    )
    expect(error.message).not.toContain('url input')
    expect(error.message).not.toContain('reissued')
  })

  it('an expired certificate: says it expired', async () => {
    const server = await tlsServer(EXPIRED_KEY, EXPIRED_CERT)
    const http = rawClient(`https://localhost:${server.port}`, { caPem: EXPIRED_CERT, retries: 0 })
    const error = await failureOf(http.request({ method: 'GET', path: '/' }))
    http.close()
    await server.close()
    expect(error.message).toContain('the TLS certificate of localhost')
    expect(error.message).toContain('has expired (CERT_HAS_EXPIRED)')
  })
})

// A self-signed certificate for localhost / 127.0.0.1, valid only during 2020, made for this test
// (`openssl ca -startdate 20200101000000Z -enddate 20210101000000Z`). Its key protects nothing.
const EXPIRED_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgewAdkO/3sRBX0npF
gtkdMCbGBzXtdkshzu39Oqts41mhRANCAASwAuDDnbBWx72d/oj+IySUC84e+efq
fj3HeckEDHDFAHAhxXrGDiQ/u46FmCerpEPmlZdd4wfkaqV3ggtbF0h6
-----END PRIVATE KEY-----
`
const EXPIRED_CERT = `-----BEGIN CERTIFICATE-----
MIIBYDCCAQigAwIBAgIBATAKBggqhkjOPQQDAjAUMRIwEAYDVQQDDAlsb2NhbGhv
c3QwHhcNMjAwMTAxMDAwMDAwWhcNMjEwMTAxMDAwMDAwWjAUMRIwEAYDVQQDDAls
b2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASwAuDDnbBWx72d/oj+
IySUC84e+efqfj3HeckEDHDFAHAhxXrGDiQ/u46FmCerpEPmlZdd4wfkaqV3ggtb
F0h6o0swSTAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwDAYDVR0TBAUwAwEB
/zAdBgNVHQ4EFgQU5OTuMilq9KO9lKbOZM/Q+CXqh0UwCgYIKoZIzj0EAwIDRgAw
QwIgZzxc0ZYi/3jLJYGKdk6hKJaTRjsq4fadnWIDbE/+2hcCH0G/I+8VuNc8y3rw
lcolyz7R4FHkta7g9lVjfOwkN0s=
-----END CERTIFICATE-----
`
