// The client and its proxy: requests go where proxyFor says (NO_PROXY read as the job's other
// tools read it), a failure of the proxy itself names the proxy, a proxy's passing refusal of
// CONNECT is retried, and an https:// proxy's certificate is not blamed on ca-cert.
import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import * as https from 'node:https'
import { readFileSync } from 'node:fs'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { join } from 'node:path'
import { ActionFailure } from '../src/core/failure.js'
import { HttpClient } from '../src/net/client.js'
import { nodeRoutesThroughProxies, proxyFor, proxyUnsupportedFailure } from '../src/net/proxy.js'
import { networkFailure } from '../src/net/failures.js'
import { notJsonFailure, parseJson } from '../src/net/json.js'
import { isTlsCode } from '../src/net/tls.js'
import { rawServer } from './helpers/raw-server.js'

const FORBID = 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'
const certs = join(import.meta.dirname, '..', 'sandbox', 'certs')

interface Extra {
  caPem?: string
  tlsVerify?: boolean
  retries?: number
  urlFromInput?: boolean
}

function client(baseUrl: string, env: NodeJS.ProcessEnv, extra: Extra = {}): HttpClient {
  return new HttpClient({
    baseUrl,
    ...(extra.urlFromInput === undefined ? {} : { urlFromInput: extra.urlFromInput }),
    vendor: 'Test',
    timeoutMs: 3000,
    retries: extra.retries ?? 0,
    caPem: extra.caPem,
    tlsVerify: extra.tlsVerify ?? true,
    redact: (text) => text,
    env
  })
}

async function failure(
  baseUrl: string,
  env: NodeJS.ProcessEnv,
  extra: Extra = {}
): Promise<string> {
  const http = client(baseUrl, env, extra)
  try {
    const response = await http.request({ method: 'GET', path: '/x' })
    return `no failure: HTTP ${response.status}`
  } catch (error) {
    if (!(error instanceof ActionFailure)) throw error
    return error.message
  } finally {
    http.close()
  }
}

describe('the request goes where proxyFor says', () => {
  // Hosts under .invalid never resolve: a request that bypasses the proxy fails on DNS, one that
  // goes through it reaches the spy, which refuses the CONNECT.
  it.each([
    ['scanner-login-test.invalid', 'https://sc.scanner-login-test.invalid', false],
    ['.scanner-login-test.invalid', 'https://sc.scanner-login-test.invalid', false],
    ['*.scanner-login-test.invalid', 'https://sc.scanner-login-test.invalid', false],
    ['sc.scanner-login-test.invalid:443', 'https://sc.scanner-login-test.invalid', false],
    ['sc.scanner-login-test.invalid:8443', 'https://sc.scanner-login-test.invalid', true],
    ['other.invalid', 'https://sc.scanner-login-test.invalid', true],
    ['', 'https://sc.scanner-login-test.invalid', true]
  ])(
    'NO_PROXY=%j, %s: proxied %s',
    async (noProxy, url, proxied) => {
      const proxy = await rawServer((socket) => socket.end(FORBID))
      const env = { HTTPS_PROXY: proxy.url, NO_PROXY: noProxy }
      expect(proxyFor(new URL(url), env) !== undefined).toBe(proxied)
      await failure(url, env)
      await proxy.close()
      expect(proxy.requests.length > 0).toBe(proxied)
    },
    10_000
  )

  // An IPv4 block is checked on the choice alone: no request goes to a private address.
  it.each([
    ['10.0.0.0/8', 'https://10.255.255.1:9', false],
    ['10.0.0.0/8', 'https://11.0.0.1:9', true]
  ])('NO_PROXY=%j, %s: proxied %s', (noProxy, url, proxied) => {
    const env = { HTTPS_PROXY: 'http://proxy.example:3128', NO_PROXY: noProxy }
    expect(proxyFor(new URL(url), env) !== undefined).toBe(proxied)
  })

  it('takes a proxy without a scheme as http://, as curl and the runner do', async () => {
    const proxy = await rawServer((socket) => socket.end(FORBID))
    const message = await failure('https://sc.scanner-login-test.invalid', {
      HTTPS_PROXY: `127.0.0.1:${proxy.port}`
    })
    await proxy.close()
    expect(proxy.requests[0]).toMatch(/^CONNECT sc\.scanner-login-test\.invalid:443 HTTP\/1\.1/)
    expect(message).toContain(`the proxy http://127.0.0.1:${proxy.port} refused`)
  })
})

describe('a proxy of a scheme Node cannot use', () => {
  const host = 'https://scanner.scanner-login-test.invalid'

  it('the failure says the request went direct, and names the variable and its scheme', async () => {
    const message = await failure(host, { https_proxy: 'socks5://proxy.corp:1080' }, { retries: 0 })
    expect(message).toContain('could not resolve the host name scanner.scanner-login-test.invalid')
    expect(message).toContain(
      'https_proxy names a socks5:// proxy, which this step cannot use (only http:// and https:// proxies), so it connected directly: if the runner reaches scanner.scanner-login-test.invalid only through that proxy, give https_proxy an http:// proxy instead.'
    )
  })

  it('says nothing of it when nothing was sent: a header Node refused never left the runner', async () => {
    const http = client(host, { https_proxy: 'socks5://proxy.corp:1080' })
    let message = ''
    try {
      await http.request({ method: 'GET', path: '/x', headers: { 'X-Api-Key': 'key\none' } })
    } catch (error) {
      if (!(error instanceof ActionFailure)) throw error
      message = error.message
    } finally {
      http.close()
    }
    expect(message).toContain('holds a character an HTTP header cannot carry')
    expect(message).not.toContain('connected directly')
  })

  it('says nothing of it when NO_PROXY exempts the host, or the variable is for http:// URLs only', async () => {
    for (const env of [
      { HTTPS_PROXY: 'socks5://proxy.corp:1080', NO_PROXY: '.invalid' },
      { HTTP_PROXY: 'socks5://proxy.corp:1080' }
    ]) {
      expect(await failure(host, env, { retries: 0 })).not.toContain('proxy')
    }
  })
})

describe('a failure of the proxy itself names the proxy', () => {
  it.each([
    ['a proxy by name that refuses', 'http://localhost:1', 'ECONNREFUSED'],
    ['an https:// proxy on its default port that refuses', 'https://127.0.0.1', 'ECONNREFUSED'],
    [
      'a proxy whose name does not resolve',
      'http://proxy.scanner-login-test.invalid:3128',
      'ENOTFOUND'
    ]
  ])('%s', async (_, proxyUrl, code) => {
    const message = await failure('https://scanner.example.test', { HTTPS_PROXY: proxyUrl })
    const [first, fix] = message.split('\n')
    expect(first).toContain(`Test: could not connect to the proxy ${proxyUrl}`)
    expect(first).toContain(`(${code}), so the request never reached scanner.example.test.`)
    expect(fix).toMatch(/^Fix: check the proxy URL in HTTPS_PROXY \/ HTTP_PROXY/)
    expect(message).not.toContain('check the url input')
  })

  it('never shows the password of a proxy it could not reach', async () => {
    // The proxy URL is no secret the runner masks: only its own redaction keeps the password out.
    const message = await failure('https://scanner.example.test', {
      HTTPS_PROXY: 'http://ci:hunter2@localhost:1'
    })
    expect(message).toContain('Test: could not connect to the proxy http://***@localhost:1')
    expect(message).not.toContain('hunter2')
  })

  it('never shows the password of a proxy that closed the tunnel without an answer', async () => {
    // The proxy opens the tunnel, then drops it: the failure names the proxy it went through.
    const proxy = await rawServer((socket) =>
      socket.end('HTTP/1.1 200 Connection established\r\n\r\n')
    )
    const url = proxy.url.replace('http://', 'http://ci:hunter2@')
    const message = await failure('https://scanner.example.test', { HTTPS_PROXY: url })
    await proxy.close()
    expect(message).toContain(`through the proxy http://***@127.0.0.1:${proxy.port}`)
    expect(message).not.toContain('hunter2')
  })

  it('a 407 to CONNECT says the proxy wants credentials in its URL, and never shows a password', async () => {
    const proxy = await rawServer((socket) =>
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n')
    )
    const url = proxy.url.replace('http://', 'http://ci:hunter2@')
    const message = await failure('https://scanner.example.test', { HTTPS_PROXY: url })
    await proxy.close()
    expect(message).toContain(`the proxy http://***@127.0.0.1:${proxy.port} refused`)
    expect(message).toContain('(HTTP 407 to CONNECT)')
    expect(message).toContain('Fix: the proxy asks for credentials: put them in the proxy URL')
    expect(message).not.toContain('hunter2')
  })
})

describe("a proxy's passing refusal of CONNECT", () => {
  it.each([
    [503, 3],
    [502, 3],
    [403, 1]
  ])(
    'HTTP %d: %d CONNECTs with retries: 2, for a login too',
    async (status, connects) => {
      const proxy = await rawServer((socket) =>
        socket.end(`HTTP/1.1 ${status} X\r\nContent-Length: 0\r\n\r\n`)
      )
      const http = client(
        'https://scanner.example.test',
        { HTTPS_PROXY: proxy.url },
        { retries: 2 }
      )
      await http
        .request({ method: 'POST', path: '/login', creates: true })
        .catch((error: unknown) => error)
      http.close()
      await proxy.close()
      expect(proxy.requests.filter((head) => head.startsWith('CONNECT '))).toHaveLength(connects)
    },
    15_000
  )
})

describe('an https:// proxy whose certificate the job does not trust', () => {
  it('says the certificate may be the proxy’s, which ca-cert and tls-verify do not cover', async () => {
    const server = https.createServer({
      key: readFileSync(join(certs, 'self-signed.key')),
      cert: readFileSync(join(certs, 'self-signed.pem'))
    })
    server.on('connect', (_req, socket: Socket) => socket.end(FORBID))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const proxy = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
    const caPem = readFileSync(join(certs, 'ca.pem'), 'utf8')
    const withCa = await failure('https://scanner.example.test', { HTTPS_PROXY: proxy }, { caPem })
    const noVerify = await failure(
      'https://scanner.example.test',
      { HTTPS_PROXY: proxy },
      { tlsVerify: false }
    )
    const withPassword = await failure('https://scanner.example.test', {
      HTTPS_PROXY: proxy.replace('https://', 'https://ci:hunter2@')
    })
    await new Promise((resolve) => server.close(resolve))
    for (const message of [withCa, noVerify]) {
      expect(message).toContain(
        `The proxy ${proxy} is reached over TLS too, and the certificate at fault may be the proxy's: ca-cert and tls-verify apply to the server only.`
      )
    }
    expect(withPassword).toContain(
      `The proxy ${proxy.replace('https://', 'https://***@')} is reached over TLS too`
    )
    expect(withPassword).not.toContain('hunter2')
  })
})

describe('a Node that cannot send requests through a proxy', () => {
  it.each([
    ['24.21.0', true],
    ['24.5.0', true],
    ['24.4.1', false],
    ['25.0.0', true],
    ['22.21.0', true],
    ['22.20.0', false],
    ['20.20.2', false]
  ])('%s routes through proxies: %s', (version, expected) => {
    expect(nodeRoutesThroughProxies(version)).toBe(expected)
  })

  it('fails naming the proxy and the Node to use, instead of connecting direct', () => {
    const message = proxyUnsupportedFailure('Test', 'http://ci:hunter2@proxy:3128').message
    expect(message).toContain(
      'Test: HTTPS_PROXY / HTTP_PROXY names the proxy http://***@proxy:3128'
    )
    expect(message).toContain('cannot send requests through a proxy, so nothing was sent.')
    // A workflow cannot choose its Node: the runner that carries one is named.
    expect(message).toContain(
      'Fix: on a self-hosted runner, update the runner to v2.328.0 or newer'
    )
    expect(message).toContain('for the doctor, run it with Node 24.5 or newer')
    expect(message).not.toContain('hunter2')
  })
})

describe("the client's own failures: TLS codes, plain HTTP on a TLS port, bounded server text", () => {
  it.each([
    'INVALID_PURPOSE',
    'INVALID_CA',
    'CERT_CHAIN_TOO_LONG',
    'PATH_LENGTH_EXCEEDED',
    'CERT_REJECTED',
    'CERT_REVOKED',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE'
  ])('%s is a TLS failure, with the ca-cert hint', (code) => {
    expect(isTlsCode(code)).toBe(true)
    const error = Object.assign(new Error('unsuitable certificate'), { code })
    const message = networkFailure(
      {
        vendor: 'Test',
        baseUrl: 'https://scanner.example.test',
        caPem: undefined,
        proxy: undefined,
        redact: (text) => text
      },
      error,
      'GET https://scanner.example.test/x',
      1,
      false
    ).message
    expect(message).toContain(`Test: the TLS connection to scanner.example.test failed`)
    expect(message).toContain('ca-cert')
  })

  it('https:// to a plain-HTTP port through a CONNECT proxy says so too', async () => {
    const plain = createServer((_req, res) => res.end('{}'))
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
    const plainPort = (plain.address() as AddressInfo).port
    const tunnel = createServer()
    tunnel.on('connect', (_req, socket: Socket) => {
      const upstream = connect(plainPort, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(socket)
        socket.pipe(upstream)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('error', () => upstream.destroy())
    })
    await new Promise<void>((resolve) => tunnel.listen(0, '127.0.0.1', resolve))
    const proxy = `http://127.0.0.1:${(tunnel.address() as AddressInfo).port}`
    const message = await failure('https://scanner.example.test', { HTTPS_PROXY: proxy })
    tunnel.closeAllConnections()
    plain.closeAllConnections()
    await new Promise((resolve) => tunnel.close(resolve))
    await new Promise((resolve) => plain.close(resolve))
    expect(message).toContain('the port speaks plain HTTP, not HTTPS')
    expect(message).not.toContain('SSL routines')
  })

  it('plain HTTP through an https:// proxy names the proxy’s scheme as a suspect, without its password', () => {
    const error = Object.assign(new Error('SSL routines::wrong version number'), {
      code: 'ERR_SSL_WRONG_VERSION_NUMBER'
    })
    const message = networkFailure(
      {
        vendor: 'Test',
        baseUrl: 'https://scanner.example.test',
        caPem: undefined,
        proxy: 'https://ci:hunter2@proxy.example.test:3128',
        redact: (text) => text
      },
      error,
      'GET https://scanner.example.test/x',
      1,
      false
    ).message
    expect(message).toContain('the port speaks plain HTTP, not HTTPS')
    expect(message).toContain(
      'The proxy https://***@proxy.example.test:3128 is reached over TLS too: if it speaks plain HTTP, write its URL with http://.'
    )
    expect(message).not.toContain('hunter2')
  })

  it('https:// to a port that speaks plain HTTP says so, on one line', async () => {
    const plain = createServer((_req, res) => res.end('{}'))
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
    const port = (plain.address() as AddressInfo).port
    const message = await failure(`https://localhost:${port}`, {})
    await new Promise((resolve) => plain.close(resolve))
    const [first, fix] = message.split('\n')
    expect(first).toBe(
      `Test: localhost:${port} did not answer the TLS handshake: the port speaks plain HTTP, not HTTPS (EPROTO).`
    )
    expect(fix).toMatch(/^Fix: set the url input to the server's HTTPS address/)
  })

  it('plain HTTP on the TLS port of a host the step chose itself names no url input', async () => {
    // A region's or the vendor's default https:// host answering in plain HTTP is something in
    // between (a proxy or a captive portal that ends TLS): no url input was set to correct.
    const plain = createServer((_req, res) => res.end('{}'))
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
    const port = (plain.address() as AddressInfo).port
    const message = await failure(`https://localhost:${port}`, {}, { urlFromInput: false })
    await new Promise((resolve) => plain.close(resolve))
    expect(message).toContain('the port speaks plain HTTP, not HTTPS')
    expect(message).not.toContain('url input')
    expect(message).toContain(
      `Fix: check that nothing between the runner and localhost:${port} (a proxy, a firewall or a captive portal) answers for it in plain HTTP.`
    )
  })

  it('http:// to a port that speaks HTTPS says to write https://', async () => {
    const tls = https.createServer({
      key: readFileSync(join(certs, 'server.key')),
      cert: readFileSync(join(certs, 'server.pem'))
    })
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve))
    const port = (tls.address() as AddressInfo).port
    const message = await failure(`http://127.0.0.1:${port}`, {})
    tls.closeAllConnections()
    await new Promise((resolve) => tls.close(resolve))
    const [first, fix] = message.split('\n')
    expect(first).toContain(
      `127.0.0.1:${port} closed the connection without an answer, as a port that speaks HTTPS does to plain HTTP`
    )
    expect(fix).toBe(
      'Fix: if the server speaks HTTPS on this port, write the url input with https://; otherwise check that it is running and reachable from the runner.'
    )
  })

  it.each([
    [
      'a redirect Location',
      `HTTP/1.1 302 Found\r\nLocation: https://x.test/${'a'.repeat(8000)}\r\nContent-Length: 0\r\n\r\n`
    ],
    ['a 101 status text', `HTTP/1.1 101 ${'Z'.repeat(8000)}\r\n\r\n`],
    [
      'a Content-Type',
      `HTTP/1.1 200 OK\r\nContent-Type: text/${'p'.repeat(8000)}\r\nContent-Length: 3\r\n\r\nabc`
    ]
  ])('%s is cut to 512 characters, as all server text', async (_, answer) => {
    const server = await rawServer((socket) => socket.end(answer))
    const http = client(server.url, {})
    let message: string
    try {
      const response = await http.request({ method: 'GET', path: '/x' })
      message = notJsonFailure('Test', response, (text) => text).message
    } catch (error) {
      message = (error as ActionFailure).message
    } finally {
      http.close()
    }
    await server.close()
    expect(message.split('\n')[0]!.length).toBeLessThan(800)
    expect(message).toContain('…')
  })

  it('reads JSON after a UTF-8 byte order mark', () => {
    expect(parseJson('\uFEFF{"id":1}')).toEqual({ id: 1 })
    expect(parseJson('\uFEFF\uFEFF{"id":1}')).toBeUndefined()
  })
})
