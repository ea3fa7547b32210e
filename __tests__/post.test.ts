// The post step in-process (src/runner/post.ts) against the sandbox: what it takes from its own
// inputs. The same step through the built bundle, against hostile servers, is in
// trust.bundle.test.ts and least-exposure.bundle.test.ts.
//
// Masks are remembered per process, as in a real step; each step here runs in this one test process,
// so a value the post step must mask is one that no main step of this file has masked before.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox } from '../sandbox/index.js'
import { runMain, runPost } from './helpers/action.js'
import { expectNoLeak } from './helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const requests = () => sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)

/** A loopback server that answers every request with `status` and the JSON `body`. */
async function jsonServer(
  status: number,
  body: unknown
): Promise<{ url: string; requests: IncomingMessage[]; close: () => Promise<void> }> {
  const requests: IncomingMessage[] = []
  const server = createServer((request, response) => {
    requests.push(request)
    request.resume()
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The inputs of a Tenable.sc session of the sandbox's analyst over HTTPS, with `tls` to trust it. */
function analystSession(tls: Record<string, string>): Record<string, string> {
  const analyst = (sandbox.accounts['tenable-sc'] as Record<string, Record<string, string>>)
    .analyst!
  return {
    vendor: 'tenable-sc',
    url: sandbox.httpsLocalhostUrl,
    ...tls,
    username: analyst.username!,
    password: analyst.password!
  }
}

/** What the post step adds when a login's session may outlive the job. */
const LEFT_OPEN =
  'The session may stay open until the server ends it by itself (its idle session timeout).'

/** A saved Tenable.sc session at `url`, and the post step's inputs for it. */
function savedScSession(url: string): [Record<string, string>, Record<string, string>] {
  return [
    {
      logout: JSON.stringify({
        vendor: 'tenable-sc',
        url,
        session: { token: '123456789', cookie: 'c0ffee'.repeat(5) }
      })
    },
    { vendor: 'tenable-sc', url, username: 'ana.analyst', password: 'unused', retries: '0' }
  ]
}

describe('the post step', () => {
  it('with logout: false ends no session, even one the main step saved', async () => {
    const inputs = analystSession({ 'ca-cert': sandbox.caCertPem })
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    expect(JSON.parse(main.state.logout!)).toMatchObject({ vendor: 'tenable-sc' })
    const sentByMain = requests().length

    const post = await runPost(main.state, { ...inputs, logout: 'false' })
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(requests()).toHaveLength(sentByMain)
    expect(post.log.join('\n')).not.toContain('Logged out')

    // The same state with logout left at its default is ended: the input alone made the difference.
    const ended = await runPost(main.state, inputs)
    expect(ended.warnings).toEqual([])
    expect(requests().slice(sentByMain)).toEqual(['DELETE /rest/token'])
  })

  it('ignores a saved session that names another vendor or url than its inputs, sending nothing', async () => {
    // State can be written by more than the main step: only the post step's own inputs say where
    // a session may be sent.
    const inputs = analystSession({ 'ca-cert': sandbox.caCertPem })
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    const sentByMain = requests().length
    for (const [changed, gives] of [
      [{ vendor: 'nessus' }, 'vendor nessus'],
      [{ url: sandbox.httpsUrl }, `url ${sandbox.httpsUrl}`]
    ] as const) {
      const post = await runPost(main.state, { ...inputs, ...changed })
      expect(post.exitCode).toBe(0)
      expect(post.warnings).toEqual([
        expect.stringContaining(
          `did not end the session: the saved state names vendor tenable-sc at ${sandbox.httpsLocalhostUrl}, but this step's inputs give ${gives}. State that does not match the inputs is ignored, and nothing was sent.`
        )
      ])
      expect(post.warnings[0]).toContain(LEFT_OPEN)
    }
    expect(requests()).toHaveLength(sentByMain)
  })

  it("ends the session over the TLS its own inputs allow: tls-verify false, as the main step's", async () => {
    const inputs = analystSession({ 'tls-verify': 'false' })
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    const sentByMain = requests().length
    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(requests().slice(sentByMain)).toEqual(['DELETE /rest/token'])
  })

  it('warns about a saved state it cannot read, sends nothing, and still succeeds', async () => {
    const inputs = { vendor: 'tenable-sc', url: sandbox.httpsLocalhostUrl }
    for (const logout of ['{not json', '{"vendor":"tenable-sc"}']) {
      const post = await runPost({ logout }, inputs)
      expect(post.exitCode).toBe(0)
      expect(post.warnings).toEqual([
        expect.stringMatching(
          /^scanner-login could not end the session: the saved state (is not the JSON|does not have the shape) this action writes; it was ignored\.$/
        )
      ])
    }
    expect(requests()).toEqual([])
  })

  it('masks the credential it is given before it sends the revoke that uses it', async () => {
    const sonarUrl = `${sandbox.httpUrl}/_vendor/sonarqube`
    const given = (sandbox.accounts.sonarqube as Record<string, { token: string }>).developerToken!
      .token
    // What the SonarQube main step saves for a minted token: its name and expiry, never a secret.
    const state = {
      logout: JSON.stringify({
        vendor: 'sonarqube',
        url: sonarUrl,
        session: {},
        ids: { name: 'scanner-login-acme-app-42-1-build-scanner' },
        expiresAt: '2099-01-01T00:00:00.000Z'
      })
    }
    const post = await runPost(state, { vendor: 'sonarqube', url: sonarUrl, 'api-token': given })
    expect(post.warnings).toEqual([])
    expect(requests()).toEqual(['POST /api/user_tokens/revoke'])
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${given}`)
    expect(post.masks).toContain(given)
    expect(post.stdout.indexOf(`::add-mask::${given}`)).toBeGreaterThanOrEqual(0)
    expect(post.log).toContain(
      `Revoked the SonarQube credential minted for this job at ${sonarUrl}.`
    )
    expectNoLeak(post, [given])
  })
  it('sends a saved minted key only when it is a bearer token, and never quotes it', async () => {
    // An Infracast key minted by the main step revokes itself; state carries it, so it is checked
    // against the bearer grammar before it goes into a header.
    const key = 'minted key; not-a-bearer-token'
    const state = {
      logout: JSON.stringify({
        vendor: 'infracast',
        url: sandbox.httpUrl,
        session: { key },
        ids: { id: 'key-0123456789' },
        expiresAt: '2099-01-01T00:00:00.000Z'
      })
    }
    const post = await runPost(state, {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: 'ada',
      password: 'ada-sandbox-password',
      tenant: 'staging'
    })
    expect(post.exitCode).toBe(0)
    expect(requests()).toEqual([])
    expect(post.warnings).toHaveLength(1)
    expect(post.warnings[0]).toContain('could not revoke the credential minted for this job')
    expect(post.warnings[0]).toContain('The server answered with a malformed credential')
    expect(post.warnings[0]).toContain('It stays valid until it expires by itself at 2099-01-01')
    expectNoLeak(post, [key])
  })

  it('says a session a failed logout left open may stay open until the idle timeout', async () => {
    // A 500: the server failed the logout, so nothing says the session ended.
    const failed = await runPost(...savedScSession(`${sandbox.httpUrl}/_fault/500`))
    expect(requests()).toEqual(['DELETE /rest/token'])
    expect(failed.exitCode).toBe(0)
    expect(failed.warnings).toHaveLength(1)
    expect(failed.warnings[0]).toContain('the session was not ended (HTTP 500')
    expect(failed.warnings[0]).toContain(
      'Likely cause: Tenable.sc or a proxy in front of it failed the logout'
    )
    expect(failed.warnings[0]).not.toContain('nothing to do')
    expect(failed.warnings[0]).toContain('set release-session: true')
    expect(failed.warnings[0]!.endsWith(` ${LEFT_OPEN}`)).toBe(true)

    // No answer at all: a port nothing listens on.
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const refused = await runPost(...savedScSession(`http://127.0.0.1:${port}`))
    expect(refused.warnings).toHaveLength(1)
    expect(refused.warnings[0]).toContain('refused the connection')
    // The main step reached this URL: the fix is the server or the network, not the url input.
    expect(refused.warnings[0]).toContain(
      'the main step reached 127.0.0.1:' +
        port +
        ' at this URL earlier in the job, so the inputs are not the cause'
    )
    expect(refused.warnings[0]).not.toContain('check the url input')
    expect(refused.warnings[0]).toContain(LEFT_OPEN)
  })

  it('ends at once a session kept by a failed step, and a failure to reach the server blames no input', async () => {
    // Tenable.sc answers the login and the user, then resets the logout's connection.
    const sc = createServer((req, res) => {
      req.resume()
      if (req.method === 'DELETE') {
        req.socket.destroy()
        return
      }
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(req.method === 'POST'
          ? { 'set-cookie': 'TNS_SESSIONID=0123456789abcdef0123456789abcdef; path=/' }
          : {})
      })
      res.end(
        JSON.stringify({
          error_code: 0,
          error_msg: '',
          response:
            req.method === 'POST'
              ? { token: 1234567890 }
              : { id: '7', username: 'sam', role: { id: '3', name: 'Security Analyst' } }
        })
      )
    })
    await new Promise<void>((resolve) => sc.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(sc.address() as AddressInfo).port}`
      const step = await runMain({
        vendor: 'tenable-sc',
        url,
        username: 'sam',
        password: 'Pw-9',
        logout: 'false',
        retries: '0',
        'required-roles': 'Administrator'
      })
      expect(step.exitCode).toBe(1)
      const warning = step.warnings.find((text) => text.includes('the session was to be ended now'))
      expect(warning).toContain(`the login reached ${url.slice(7)} at this URL moments before`)
      expect(warning).not.toContain('check the url input')
    } finally {
      sc.closeAllConnections()
      await new Promise<void>((resolve) => sc.close(() => resolve()))
    }
  })

  it('gives up on a server that never answers within its own timeout input', async () => {
    // The post step rebuilds its connection from its inputs (Behaviour 12), timeout included: each
    // request ends within it (Behaviour 9), not within the 30 s default.
    const silent = createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    const [state, inputs] = savedScSession(url)
    try {
      const post = await runPost(state, { ...inputs, timeout: '1' })
      expect(post.exitCode).toBe(0)
      expect(post.warnings).toHaveLength(1)
      // The input's timeout, named in the warning; with the default the test would time out.
      expect(post.warnings[0]).toContain('no complete answer within 1 s')
    } finally {
      silent.closeAllConnections()
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    }
  }, 10_000)

  it('says what it left when the ca-cert file is gone and the main step kept no copy', async () => {
    // A path no file is at: a later step removed it, and no main step copied it.
    const missing = join(tmpdir(), `scanner-login-ca-cert-gone-${process.pid}.pem`)
    const sonarUrl = `${sandbox.httpUrl}/_vendor/sonarqube`
    const minted = await runPost(
      {
        logout: JSON.stringify({
          vendor: 'sonarqube',
          url: sonarUrl,
          session: {},
          ids: { name: 'scanner-login-acme-app-42-1-build-scanner' },
          expiresAt: '2099-01-01T00:00:00.000Z'
        })
      },
      { vendor: 'sonarqube', url: sonarUrl, 'api-token': 'squ_unused', 'ca-cert': missing }
    )
    expect(minted.exitCode).toBe(0)
    expect(minted.warnings).toEqual([
      expect.stringMatching(
        /^scanner-login could not revoke the credential minted for this job: The ca-cert input is neither PEM text nor a readable file: .* It stays valid until it expires by itself at 2099-01-01T00:00:00\.000Z\.$/
      )
    ])

    const [state, inputs] = savedScSession(sandbox.httpsLocalhostUrl)
    const session = await runPost(state, { ...inputs, 'ca-cert': missing })
    expect(session.warnings).toHaveLength(1)
    expect(session.warnings[0]).toMatch(
      /^scanner-login could not end the session: The ca-cert input is neither PEM text nor a readable file/
    )
    expect(session.warnings[0]!.endsWith(` ${LEFT_OPEN}`)).toBe(true)
    expect(requests()).toEqual([])
  })

  it("redacts the logout answer's error text before cutting it to length", async () => {
    const token = '987654321'
    const cookie = 'c0ffee5eed1234567890abcdefc0ffee'
    const padding = 'x'.repeat(460)
    // The session value lands across the 512-character bound of one piece of server text.
    // Not error_code 12 (a session the server no longer knew), which is reported without a warning.
    const server = await jsonServer(403, {
      error_code: 74,
      error_msg: `${padding} ${cookie} is not a session`,
      response: null
    })
    try {
      const post = await runPost(
        {
          logout: JSON.stringify({
            vendor: 'tenable-sc',
            url: server.url,
            session: { token, cookie }
          })
        },
        {
          vendor: 'tenable-sc',
          url: server.url,
          username: 'ana.analyst',
          password: 'not-used-by-logout',
          retries: '0'
        }
      )
      expect(server.requests).toHaveLength(1)
      expect(post.exitCode).toBe(0)
      expect(post.warnings).toHaveLength(1)
      expect(post.warnings[0]).toContain('error_code 74')
      expect(post.warnings[0]).toContain(`${padding} *** is not a session`)
      expect(post.warnings[0]).not.toContain(cookie.slice(0, 8))
      // A login's session, not a minted credential: nothing to revoke by hand.
      expect(post.warnings[0]).not.toContain('revoke it by hand')
      expectNoLeak(post, [token, cookie])
    } finally {
      await server.close()
    }
  })
})
