import { describe, expect, it } from '@jest/globals'
import * as http from 'node:http'
import { isLoopbackHost, proxyBypassed, proxyFor } from '../src/net/proxy.js'
import { JSON_OK, rawServer } from './helpers/raw-server.js'

describe('loopback stays local (M1)', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['[::1]', true],
    ['localhost.', false],
    ['[::ffff:7f00:1]', false],
    ['::1', false],
    ['localhost.example.com', false],
    ['128.0.0.1', false],
    ['[::2]', false],
    ['10.0.0.1', false]
  ])('isLoopbackHost(%s) is %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})

describe('a loopback lookalike is a normal host', () => {
  it.each(['https://localhost.:8443/', 'https://localhost%2e:8443/', 'https://LOCALHOST.:8443/'])(
    'goes through the proxy for %s',
    (url) => {
      expect(proxyFor(new URL(url), { HTTPS_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128')
    }
  )
})

describe('proxyFor and proxyBypassed read the variables as Node, curl and the runner do (L8)', () => {
  const url = new URL('https://sc.example.com:8443/rest')
  it.each([
    [{}, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, 'http://proxy:3128'],
    [{ https_proxy: 'http://lower:3128' }, 'http://lower:3128'],
    [{ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1' }, 'http://lower:1'],
    [{ HTTPS_PROXY: 'http://upper:1', https_proxy: '' }, 'http://upper:1'],
    [{ HTTPS_PROXY: 'socks5://p:1' }, undefined],
    [{ HTTPS_PROXY: 'proxy.corp:3128' }, 'http://proxy.corp:3128'],
    [{ HTTPS_PROXY: '10.1.2.3:3128' }, 'http://10.1.2.3:3128'],
    [{ HTTPS_PROXY: ' HTTP://Proxy:3128 ' }, 'http://Proxy:3128'],
    [{ HTTPS_PROXY: 'HTTPS://proxy:3128' }, 'https://proxy:3128'],
    [{ HTTP_PROXY: 'http://proxy:3128' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: '.example.com' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: '*.example.com' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'other.com, sc.example.com:8443' }, undefined],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'sc.example.com:443' }, 'http://p:1'],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'ample.com' }, 'http://p:1'],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: '.ample.com' }, 'http://p:1'],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'sc.example.com', no_proxy: 'x' }, 'http://p:1'],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'sc.example.com other.com' }, 'http://p:1']
  ])('%j → %s', (env, expected) => {
    expect(proxyFor(url, env)).toBe(expected)
  })

  it('uses HTTP_PROXY for http URLs, the default port, and never for loopback', () => {
    const env = { HTTP_PROXY: 'http://p:1' }
    expect(proxyFor(new URL('http://scanner.test'), env)).toBe('http://p:1')
    expect(proxyFor(new URL('http://scanner.test'), { ...env, NO_PROXY: 'scanner.test:80' })).toBe(
      undefined
    )
    expect(proxyFor(new URL('http://localhost:1'), env)).toBeUndefined()
    expect(proxyFor(new URL('http://[::1]:1'), env)).toBeUndefined()
  })

  it.each([
    ['sc.example.com', 443, '*.example.com', true],
    ['example.com', 443, '*.example.com', false],
    ['localhost', 443, '*.localhost', false],
    ['notexample.com', 443, '.example.com', false],
    ['example.com', 443, '.example.com', true],
    ['10.1.2.3', 443, '10.0.0.0-10.255.255.255', true],
    ['11.0.0.0', 443, '10.0.0.0-10.255.255.255', false],
    ['200.0.0.5', 443, '200.0.0.0 - 200.0.0.255', true],
    ['10.1.2.3', 443, '10.0.0.0/8', true],
    ['11.1.2.3', 443, '10.0.0.0/8', false],
    ['10.1.2.3', 443, '10.1.2.3/32', true],
    ['10.1.2.4', 443, '10.1.2.3/32', false],
    ['10.1.2.3', 443, '0.0.0.0/0', true],
    ['10.1.2.3', 443, '10.0.0.0/33', false],
    ['sc.example.com', 443, 'example.com', true],
    ['a.b.example.com', 443, 'example.com', true],
    ['notexample.com', 443, 'example.com', false],
    ['sc.example.com', 443, 'example.com:443', true],
    ['sc.example.com', 8443, 'example.com:443', false],
    ['example.com', 443, '.', false],
    ['::1', 443, '::1', true],
    ['::1', 443, '[::1]:443', true],
    ['::1', 443, '[::1]', true],
    ['::1', 8443, '[::1]:443', false],
    ['::1', 443, '::1:443', false],
    ['127.0.0.1', 443, 'localhost', false],
    ['sc.example.com', 443, ' SC.Example.COM ', true]
  ])('%s:%d with NO_PROXY=%j bypasses: %s', (host, port, noProxy, expected) => {
    expect(proxyBypassed(host, port, noProxy)).toBe(expected)
  })

  // Node's own rules, which the job's other tools share, still hold: every host and entry pair on
  // which Node's agent decides to go direct is direct here too (this action adds curl's and the
  // runner's rules on top, so it may go direct where Node would not, never the other way round).
  // One loopback server plays both roles: a proxied request arrives in absolute form, a direct
  // one in origin form. Every name resolves to 127.0.0.1 through `lookup`.
  it('goes direct wherever Node 24 would', async () => {
    const server = await rawServer((socket) => socket.end(JSON_OK))
    const port = server.port
    const hosts = [
      'sc.example.com',
      'example.com',
      'notexample.com',
      'a.b.example.com',
      'localhost',
      '127.0.0.1'
    ]
    const entries = [
      'example.com',
      '.example.com',
      '*.example.com',
      `sc.example.com:${port}`,
      'sc.example.com:1',
      '*',
      '127.0.0.0-127.0.0.255',
      '126.0.0.0-127.0.0.0',
      ' SC.Example.COM ',
      '*.localhost',
      'localhost',
      '.com',
      'ample.com',
      `127.0.0.1:${port}`,
      `localhost, .invalid`
    ]
    const lookup = (
      _host: string,
      options: { all?: boolean },
      callback: (...args: unknown[]) => void
    ): void => {
      if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
      else callback(null, '127.0.0.1', 4)
    }
    const disagreements: string[] = []
    for (const noProxy of entries) {
      const agent = new http.Agent({
        proxyEnv: { HTTP_PROXY: server.url, NO_PROXY: noProxy }
      } as http.AgentOptions)
      for (const host of hosts) {
        const before = server.requests.length
        await new Promise<void>((resolve, reject) => {
          const req = http.request(`http://${host}:${port}/probe`, {
            agent,
            lookup
          } as http.RequestOptions)
          req.on('response', (res) => res.resume().on('end', resolve))
          req.on('error', reject)
          req.end()
        })
        const proxied = /^GET http:/.test(server.requests[before] ?? '')
        if (!proxied && !proxyBypassed(host, port, noProxy)) {
          disagreements.push(`${host} / ${noProxy}: Node went direct, this action would not`)
        }
      }
      agent.destroy()
    }
    await server.close()
    expect(disagreements).toEqual([])
  })
})

describe('loopback is exactly 127.0.0.0/8, localhost and [::1]', () => {
  it.each(['127.0.0.1.nip.io', '127.attacker.example', '127.0.0.1.example.com'])(
    '%s is an ordinary host: no http://, and the proxy applies',
    (host) => {
      expect(isLoopbackHost(new URL(`http://${host}/`).hostname)).toBe(false)
      expect(
        proxyFor(new URL(`https://${host}/`), { HTTPS_PROXY: 'http://proxy.example:3128' })
      ).toBe('http://proxy.example:3128')
    }
  )
})
