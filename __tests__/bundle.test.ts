// Bundle level: the committed dist/ run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step with STATE_*), against the sandbox over loopback. Every
// failure class of the contract's behaviour 8 and 9 has a scenario here, driven by a fault switch,
// and every scenario ends with the leak check.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox } from '../sandbox/index.js'
import { startProxy } from '../sandbox/proxy.js'
import { BUNDLE, runAction } from '../scripts/runner.js'
import { expectMasked, expectNoLeak } from './helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Run = Awaited<ReturnType<typeof runAction>>
let sandbox: Sandbox
let alice: string
let sam: string
let morgan: string
let oldKey: string

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts['invicti-platform'] as Record<string, { apiKey: string }>
  alice = accounts.alice!.apiKey
  sam = accounts.sam!.apiKey
  morgan = accounts.morgan!.apiKey
  oldKey = accounts.rexOldKey!.apiKey
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const invicti = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> =>
  runAction({
    inputs: { vendor: 'invicti', url: sandbox.httpUrl, 'api-key': alice, ...inputs },
    env
  })

/** The single failure line, the leak check, and the post step's silence. */
function expectFailure(run: Run, ...fragments: string[]): string {
  expect(run.main.exitCode).toBe(1)
  expect(run.main.errors).toHaveLength(1)
  const [message = ''] = run.main.errors
  for (const fragment of fragments) expect(message).toContain(fragment)
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(run.main.stderr).toBe('')
  expect(run.post.exitCode).toBe(0)
  expectNoLeak(run.main, [alice, sam, morgan, oldKey])
  expectNoLeak(run.post, [alice, sam, morgan, oldKey])
  return message
}

describe('the bundle', () => {
  it('runs on Node 24, the runtime action.yml asks the runner for', () => {
    expect(process.versions.node.split('.')[0]).toBe('24')
    expect(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')).toMatch(/using: node24/)
  })

  it('is a CommonJS bundle with no unresolved imports and no HTTP stack on the start-up path', () => {
    const entry = readFileSync(BUNDLE, 'utf8')
    expect(entry).not.toContain('webpackMissingModule')
    expect(entry).not.toMatch(/llhttp|TunnelingAgent/)
    // CommonJS starts faster than the same code as ES modules (docs/performance.md); the
    // repository's own package.json says "module", so dist/ must say otherwise for itself.
    expect(JSON.parse(readFileSync(join(BUNDLE, '..', 'package.json'), 'utf8'))).toEqual({
      type: 'commonjs'
    })
    expect(entry).not.toMatch(/^import\b|\bimport\.meta\b/m)
  })
})

describe('Invicti Platform through the bundle', () => {
  it('succeeds with exactly one request, exports outputs and env, and the post step has nothing to do', async () => {
    const run = await invicti({
      'required-roles': 'Administrator',
      'required-permissions': 'scans:write'
    })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    expect(run.main.outputs).toMatchObject({
      vendor: 'invicti-platform',
      'user-id': 'usr-alice',
      email: 'alice@acme.example',
      roles: '["Administrator"]',
      'auth-header': `X-Auth: ${alice}`
    })
    expect(run.main.env).toEqual({ INVICTI_URL: sandbox.httpUrl, INVICTI_API_KEY: alice })
    expect(run.main.state).toEqual({ logout: '' })
    expect(run.main.summary).toContain('permission: scans:write</td><td>pass')
    expect(run.post).toMatchObject({ exitCode: 0, errors: [], warnings: [], stdout: '' })
    expect(sandbox.requests).toHaveLength(1)
    expectMasked(run.main, [alice])
    expectNoLeak(run.main, [alice])
  })

  it('answers a 401 after exactly one request (no retry)', async () => {
    const run = await invicti({ 'api-key': oldKey })
    expectFailure(
      run,
      'the API key was rejected (HTTP 401 Unauthorized',
      'deleted or regenerated',
      'api-key input'
    )
    expect(sandbox.requests).toHaveLength(1)
  })

  it('answers a 403 naming the organization-id input', async () => {
    const run = await invicti({
      url: sandbox.httpUrl,
      'api-key': morgan,
      'organization-id': 'org-initech'
    })
    expectFailure(
      run,
      'HTTP 403 Forbidden',
      'User has no access to organization org-initech',
      'organization-id'
    )
  })

  it('fails the role gate naming the user, the role held and the role required', async () => {
    const run = await invicti({ 'api-key': sam, 'required-roles': 'Security Manager' })
    expectFailure(
      run,
      'sam@acme.example (Sam Analyst) holds "Security Analyst", and this step requires "Security Manager"'
    )
    expect(run.main.env).toEqual({})
  })

  it('redacts a credential that the server echoes back in its error', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/echo` })
    const message = expectFailure(run, 'HTTP 401', '"x-auth":"***"')
    expect(message).not.toContain(alice)
  })
})

describe('validation happens before any request', () => {
  it.each([
    [{ vendor: 'qualys' }, 'The vendor input "qualys" is not a known vendor'],
    [{ url: 'http://scanner.example.com' }, 'The url input must use https://'],
    [{ timeout: '0' }, 'The timeout input must be a number'],
    [{ retries: 'many' }, 'The retries input must be a whole number'],
    [{ 'access-key': 'x' }, 'Invicti Platform does not use the access-key input'],
    [
      { 'ca-cert': '/nonexistent/ca.pem' },
      'The ca-cert input is neither PEM text nor a readable file'
    ]
  ])('%j', async (inputs, fragment) => {
    const run = await invicti(inputs)
    expectFailure(run, fragment)
    expect(sandbox.requests).toHaveLength(0)
  })

  it('explains an empty credential in a run from a fork', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    const eventPath = join(dir, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {
          head: { repo: { full_name: 'mallory/app' } },
          base: { repo: { full_name: 'acme/app' } }
        }
      })
    )
    const run = await invicti(
      { 'api-key': '' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
    )
    expectFailure(
      run,
      'No credentials for Invicti Platform',
      'triggered from the fork mallory/app',
      'does not pass repository secrets'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('explains an empty credential in a Dependabot run', async () => {
    const run = await invicti({ 'api-key': '' }, { GITHUB_ACTOR: 'dependabot[bot]' })
    expectFailure(run, 'triggered by Dependabot', 'Dependabot secrets')
  })
})

describe('network faults (contract behaviour 8 and 9)', () => {
  it('retries a 429 with Retry-After in seconds and succeeds', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/429-once` })
    expect(run.main.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    expect(run.main.summary).toMatch(/<td>200<\/td><td>2<\/td>/)
    expectNoLeak(run.main, [alice])
  })

  it('retries a 429 with Retry-After as an HTTP date and succeeds', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/429-date-once` })
    expect(run.main.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
  })

  it('gives up on a lasting 429 after the retries, saying so', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/429`, retries: '1' })
    expectFailure(run, 'still rate-limited after the retries', 'HTTP 429', 'retries input')
    expect(sandbox.requests).toHaveLength(2)
  })

  it('retries a 503 and succeeds, saying so in the log as it waits', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/503-once` })
    expect(run.main.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    expect(run.main.stdout).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/_fault\/503-once\/api\/identity\/v1\/me: HTTP 503; attempt 2 of 3 in \d\.\d s\.$/m
    )
  })

  it('does not retry a 500, and does not tell the user to raise the retries', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/500` })
    const message = expectFailure(
      run,
      'the server failed to answer (HTTP 500',
      'an HTTP 500 is never retried, so the retries input does not help'
    )
    expect(message).not.toContain('raise the retries input')
    expect(sandbox.requests).toHaveLength(1)
  })

  it('names the retries input after a lasting 503, which was retried', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/503`, retries: '1' })
    expectFailure(run, 'the server failed to answer (HTTP 503', 'raise the retries input')
    expect(sandbox.requests).toHaveLength(2)
  })

  it('ends a hanging request within the timeout and names it', async () => {
    const started = Date.now()
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/hang`, timeout: '1', retries: '0' })
    expectFailure(run, 'timed out', 'no complete answer within 1 s', 'Fix: raise the timeout input')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('retries a dropped connection, then names the failure', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/reset`, retries: '1' })
    expectFailure(run, 'after 2 attempts', 'socket hang up')
    expect(sandbox.requests).toHaveLength(2)
  })

  it('never follows a redirect with credentials, and reports where it pointed', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/redirect` })
    expectFailure(
      run,
      'redirect (HTTP 302) to https://collector.invalid/steal/api/identity/v1/me',
      'not followed'
    )
    expect(sandbox.requests).toHaveLength(1)
  })

  it('names an HTML page where JSON was expected', async () => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/html` })
    expectFailure(
      run,
      'with an HTML page (text/html; charset=utf-8)',
      'It begins: Sign in',
      'login or SSO page'
    )
  })

  it.each(['huge', 'huge-chunked'])('cuts off a %s body over 1 MiB', async (fault) => {
    const run = await invicti({ url: `${sandbox.httpUrl}/_fault/${fault}` })
    expectFailure(run, 'response body over 1 MiB; it was cut off')
  })

  it('names a refused connection', async () => {
    const run = await invicti({ url: 'http://127.0.0.1:1', retries: '0' })
    expectFailure(run, '127.0.0.1:1 refused the connection (ECONNREFUSED)')
  })

  it('names a DNS failure', async () => {
    const run = await invicti({ url: 'https://scanner.invalid', retries: '0' })
    expectFailure(run, 'could not resolve the host name scanner.invalid')
  })
})

describe('TLS', () => {
  it('rejects a certificate from an unknown CA, pointing at ca-cert', async () => {
    const run = await invicti({ url: sandbox.httpsLocalhostUrl })
    expectFailure(run, 'the TLS connection to localhost', 'ca-cert input')
    expect(sandbox.requests).toHaveLength(0)
  })

  it('trusts ca-cert given as a path', async () => {
    const run = await invicti({ url: sandbox.httpsLocalhostUrl, 'ca-cert': sandbox.caCertPath })
    expect(run.main.errors).toEqual([])
    expect(sandbox.requests[0]?.secure).toBe(true)
  })

  it('trusts ca-cert given as PEM text', async () => {
    const run = await invicti({ url: sandbox.httpsLocalhostUrl, 'ca-cert': sandbox.caCertPem })
    expect(run.main.exitCode).toBe(0)
  })

  it('skips checks with tls-verify: false, with a warning annotation', async () => {
    const run = await invicti({ url: sandbox.httpsLocalhostUrl, 'tls-verify': 'false' })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.warnings).toEqual([expect.stringContaining('tls-verify is false')])
  })
})

describe('proxies', () => {
  // Loopback URLs are never proxied, so these use a name the proxy alone resolves (to the
  // sandbox); the sandbox certificate does not cover it, hence tls-verify: false.
  const port = (): string => new URL(sandbox.httpsLocalhostUrl).port

  it('goes through HTTPS_PROXY with CONNECT', async () => {
    const proxy = await startProxy({ upstreamHost: '127.0.0.1' })
    try {
      const run = await invicti(
        { url: `https://scanner.test:${port()}`, 'tls-verify': 'false' },
        { HTTPS_PROXY: proxy.url }
      )
      expect(run.main.errors).toEqual([])
      expect(proxy.seen).toEqual([{ method: 'CONNECT', target: `scanner.test:${port()}` }])
    } finally {
      await proxy.close()
    }
  })

  // NO_PROXY itself is checked in net-proxy.test.ts and net-proxy-client.test.ts (a direct
  // connection to a non-loopback name would need DNS).
  it('never sends a loopback url through the proxy, whatever NO_PROXY says', async () => {
    const proxy = await startProxy({ refuse: true })
    try {
      const run = await invicti(
        { url: sandbox.httpsLocalhostUrl, 'ca-cert': sandbox.caCertPath },
        { HTTPS_PROXY: proxy.url, NO_PROXY: 'other.example' }
      )
      expect(run.main.exitCode).toBe(0)
      expect(proxy.seen).toEqual([])
    } finally {
      await proxy.close()
    }
  })

  it('names the proxy when it refuses the tunnel', async () => {
    const proxy = await startProxy({ refuse: true })
    try {
      const run = await invicti(
        { url: `https://scanner.test:${port()}`, retries: '0' },
        { HTTPS_PROXY: proxy.url }
      )
      expectFailure(
        run,
        `the proxy ${proxy.url} refused`,
        'HTTP 403 to CONNECT',
        'Fix: the request went through the proxy from HTTPS_PROXY / HTTP_PROXY: check that the proxy is reachable and allows CONNECT to this host, or list the host in NO_PROXY.'
      )
    } finally {
      await proxy.close()
    }
  })

  it('names the proxy when it cannot be reached', async () => {
    const run = await invicti(
      { url: `https://scanner.test:${port()}`, retries: '0' },
      { HTTPS_PROXY: 'http://127.0.0.1:1' }
    )
    expectFailure(
      run,
      'could not connect to the proxy http://127.0.0.1:1',
      'ECONNREFUSED',
      'HTTPS_PROXY'
    )
  })
})

describe('a job summary the runner cannot take', () => {
  it('is a warning: the check passes, the outputs are written, and no summary file is created', async () => {
    // Its directory exists, the file does not: as core does, the action does not create it.
    const missing = join(mkdtempSync(join(tmpdir(), 'scanner-login-summary-')), 'summary')
    const run = await invicti({}, { GITHUB_STEP_SUMMARY: missing })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.errors).toEqual([])
    expect(run.main.warnings).toEqual([expect.stringContaining('Could not write the job summary')])
    expect(run.main.outputs['user-id']).toBe('usr-alice')
    expect(existsSync(missing)).toBe(false)
  })
})
