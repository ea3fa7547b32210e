// Tenable.sc through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step with STATE_*), against the sandbox's Tenable.sc over HTTPS
// with its CA. Every error path of the issue has a scenario here; each failure message is checked for
// the HTTP status, error_code and error_msg, and every scenario ends with the leak and mask checks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction, runStep } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

/** With ca-cert, later steps get the CA too (contract: env table, last row). */
const CA_FILES = {
  REQUESTS_CA_BUNDLE: expect.stringMatching(/ca-bundle\.pem$/),
  CURL_CA_BUNDLE: expect.stringMatching(/ca-bundle\.pem$/),
  NODE_EXTRA_CA_CERTS: expect.stringMatching(/node-extra-ca\.pem$/)
}

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
/** A step as scripts/runner.js reports it. */
type Step = Awaited<ReturnType<typeof runStep>>
type Run = Awaited<ReturnType<typeof runAction>>
const action = (options: Parameters<typeof runAction>[0]): Promise<Run> => runAction(options)
const step = (options: Parameters<typeof runStep>[0]): Promise<Step> => runStep(options)
interface Account {
  username: string
  password: string
  accessKey: string
  secretKey: string
}
interface FakeSession {
  token: number
  cookie: string
  username: string
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let sessions: Map<number, FakeSession>
/** Every secret the sandbox knows; none may appear outside an ::add-mask:: line. */
let allSecrets: string[]

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['tenable-sc'] as Record<string, Account>
  sessions = (sandbox.fake('tenable-sc') as { sessions: Map<number, FakeSession> }).sessions
  allSecrets = Object.values(accounts).flatMap((a) =>
    [a.password, a.accessKey, a.secretKey].filter(Boolean)
  )
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const tsc = (inputs: Record<string, string>): Promise<Run> =>
  action({
    inputs: {
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'ca-cert': sandbox.caCertPath,
      ...inputs
    }
  })

const keysOf = (name: string): Record<string, string> => ({
  'access-key': accounts[name]!.accessKey,
  'secret-key': accounts[name]!.secretKey
})
const loginOf = (name: string): Record<string, string> => ({
  username: accounts[name]!.username,
  password: accounts[name]!.password
})

const sessionsOf = (name: string): FakeSession[] =>
  [...sessions.values()].filter((s) => s.username === accounts[name]!.username)

/** Session secrets the fake issued in this scenario (the seeded session of "busy" included). */
const sessionSecrets = (): string[] =>
  [...sessions.values()].flatMap((s) => [String(s.token), s.cookie, `TNS_SESSIONID=${s.cookie}`])

function expectClean(run: Run, secrets: string[] = []): void {
  for (const step of [run.main, run.post]) {
    expect(step.stderr).toBe('')
    expectNoLeak(step, [...allSecrets, ...secrets])
  }
}

/** One failure message carrying these fragments; no stack; the post step stays quiet. */
function expectFailure(run: Run, ...fragments: string[]): string {
  expect(run.main.exitCode).toBe(1)
  expect(run.main.errors).toHaveLength(1)
  const [message = ''] = run.main.errors
  for (const fragment of fragments) expect(message).toContain(fragment)
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(run.post.exitCode).toBe(0)
  expect(run.post.warnings).toEqual([])
  expect(run.main.outputs['auth-header']).toBeUndefined()
  expect(run.main.env).toEqual({})
  return message
}

/** "METHOD /rest/..." of each request the sandbox saw, without the query or a /_sc/ switch. */
const paths = (): string[] =>
  sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]!.replace(/^\/_sc\/[^/]+/, '')}`)

describe('Tenable.sc API keys through the bundle', () => {
  it('verifies the keys in exactly one request and exports TSC_URL / TSC_ACCESS_KEY / TSC_SECRET_KEY', async () => {
    const run = await tsc({ ...keysOf('admin'), 'required-roles': 'Administrator' })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual(['GET /rest/currentUser'])
    const admin = accounts.admin!
    const header = `accesskey=${admin.accessKey}; secretkey=${admin.secretKey};`
    expect(sandbox.requests[0]!.headers['x-apikey']).toBe(header)
    expect(run.main.outputs).toMatchObject({
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'user-id': '1',
      username: 'admin',
      'display-name': 'Ada Admin',
      roles: '["Administrator"]',
      organization: 'Tenable.sc Administration',
      'auth-header': `x-apikey: ${header}`,
      token: '',
      cookie: ''
    })
    expect(run.main.env).toEqual({
      TSC_URL: sandbox.httpsLocalhostUrl,
      TSC_ACCESS_KEY: admin.accessKey,
      TSC_SECRET_KEY: admin.secretKey,
      ...CA_FILES
    })
    // API keys open no session: the post step has nothing to end.
    expect(run.post.exitCode).toBe(0)
    expect(run.post.warnings).toEqual([])
    expect(sandbox.requests).toHaveLength(1)
    expect(run.main.summary).toContain('Tenable.sc verified')
    expectMasked(run.main, [admin.accessKey, admin.secretKey, header])
    expectClean(run, [header])
  })

  it('rejects keys whose combined length is not 64 before any request, naming the input', async () => {
    // A stray quote at one end (quotes at both ends are refused as quotes, before the keys' check).
    const run = await tsc({ ...keysOf('admin'), 'secret-key': `'${accounts.admin!.secretKey}` })
    const message = expectFailure(run, 'secret-key (33 characters)', 'stray space, quote')
    expect(message).not.toContain('access-key (')
    expect(sandbox.requests).toHaveLength(0)
    expectMasked(run.main, [`'${accounts.admin!.secretKey}`])
    expectClean(run)
  })

  it('rejects keys and a password together before any request', async () => {
    const run = await tsc({ ...keysOf('admin'), ...loginOf('admin') })
    expectFailure(run, 'Conflicting credentials for Tenable.sc')
    expect(sandbox.requests).toHaveLength(0)
    expectMasked(run.main, [accounts.admin!.password, accounts.admin!.accessKey])
    expectClean(run)
  })

  it('rejects required-permissions before any request, pointing to required-roles', async () => {
    const run = await tsc({ ...keysOf('admin'), 'required-permissions': 'scans:read' })
    expectFailure(
      run,
      'required-permissions input cannot be used with Tenable.sc',
      'required-roles'
    )
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('explains regenerated keys answered 403 with error_code 0 (the recorded behaviour)', async () => {
    const run = await tsc(keysOf('regenerated'))
    const message = expectFailure(
      run,
      'Tenable.sc: the API keys were rejected (HTTP 403 Forbidden from GET',
      'error_code 0, error_msg "" (empty)',
      'deleted or regenerated',
      'disabled in the Tenable.sc configuration',
      'locked',
      'insufficient role',
      'both a session token and API keys',
      'access-key and secret-key inputs'
    )
    expect(message).toContain('/rest/currentUser')
    expect(sandbox.requests).toHaveLength(1)
    expectMasked(run.main, [accounts.regenerated!.accessKey, accounts.regenerated!.secretKey])
    expectClean(run)
  })

  it('explains bad keys answered 400 (the documented behaviour)', async () => {
    const run = await tsc({
      url: `${sandbox.httpsLocalhostUrl}/_sc/keys-400`,
      'access-key': accounts.manager!.accessKey,
      'secret-key': accounts.analyst!.secretKey
    })
    expectFailure(
      run,
      'the API keys were rejected (HTTP 400 Bad Request',
      'error_code 0, error_msg "" (empty)',
      'the secret key does not belong to that access key'
    )
    expect(sandbox.requests).toHaveLength(1)
    expectClean(run)
  })

  it('explains API keys disabled in the configuration (400)', async () => {
    const run = await tsc({
      url: `${sandbox.httpsLocalhostUrl}/_sc/keys-disabled`,
      ...keysOf('admin')
    })
    expectFailure(
      run,
      'HTTP 400 Bad Request',
      'error_code 0, error_msg "" (empty)',
      'API key authentication is disabled in the Tenable.sc configuration',
      'allow API keys'
    )
    expectClean(run)
  })

  it('explains the keys of a locked user', async () => {
    const run = await tsc(keysOf('locked'))
    expectFailure(
      run,
      'HTTP 403 Forbidden',
      'error_code 0, error_msg "" (empty)',
      'the user is locked'
    )
    expectClean(run)
  })

  it('passes the role gate by role id and fails it naming user, role and required role', async () => {
    const pass = await tsc({ ...keysOf('manager'), 'required-roles': 'Administrator, 2' })
    expect(pass.main.exitCode).toBe(0)
    expect(pass.main.summary).toContain('role: 2</td><td>pass')
    expectClean(pass)

    sandbox.reset()
    const fail = await tsc({ ...keysOf('analyst'), 'required-roles': 'Security Manager' })
    expectFailure(
      fail,
      'ana.analyst (Ana Analyst, ana.analyst@acme.example) holds "Security Analyst", and this step requires "Security Manager" (required-roles)'
    )
    expect(fail.main.outputs.username).toBe('ana.analyst')
    expectClean(fail)
  })

  it('fails a misspelled required role, suggesting the role the user holds', async () => {
    const run = await tsc({ ...keysOf('manager'), 'required-roles': 'Security Manger' })
    expectFailure(
      run,
      'holds "Security Manager", and this step requires "Security Manger" (required-roles); did you mean "Security Manager"?'
    )
    expectClean(run)
  })
})

describe('Tenable.sc sessions through the bundle', () => {
  it('logs in with two requests; the post step sends one DELETE /rest/token with the newest cookie and the token', async () => {
    const run = await tsc({ ...loginOf('manager'), 'required-roles': 'security manager' })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    const [login, identity, logout] = sandbox.requests
    const token = run.main.outputs.token!
    const cookie = run.main.outputs.cookie!
    expect(token).toMatch(/^\d+$/)
    expect(cookie).toMatch(/^TNS_SESSIONID=[0-9a-f]{32}$/)
    // The fake accepts a token only with the cookie its POST /rest/token answer set last.
    expect(login!.headers.cookie).toBeUndefined()
    expect(identity!.headers).toMatchObject({ 'x-securitycenter': token, cookie })
    expect(logout!.headers).toMatchObject({ 'x-securitycenter': token, cookie })
    expect(logout!.headers['x-apikey']).toBeUndefined()
    expect(sessionsOf('manager')).toEqual([])
    expect(run.main.outputs['auth-header']).toBe(`X-SecurityCenter: ${token}`)
    expect(run.main.env).toEqual({
      TSC_URL: sandbox.httpsLocalhostUrl,
      TSC_TOKEN: token,
      TSC_SESSION_COOKIE: cookie,
      ...CA_FILES
    })
    expect(run.post.exitCode).toBe(0)
    expect(run.post.warnings).toEqual([])
    expect(run.post.log.join('\n')).toContain('Logged out of Tenable.sc')
    const cookieValue = cookie.slice('TNS_SESSIONID='.length)
    expectMasked(run.main, [accounts.manager!.password, token, cookieValue, cookie])
    expectMasked(run.post, [token, cookieValue])
    expectClean(run, [token, cookieValue, cookie])
  })

  it('leaves the session open with logout: false', async () => {
    const run = await tsc({ ...loginOf('analyst'), logout: 'false' })
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser'])
    expect(sessionsOf('analyst')).toHaveLength(1)
    expect(run.main.log.join('\n')).toContain('logout is false')
    expectClean(run, sessionSecrets())
  })

  it('ends the session at once when the step fails with logout: false (nothing could use it)', async () => {
    const run = await tsc({
      ...loginOf('analyst'),
      logout: 'false',
      'required-roles': 'Administrator'
    })
    expect(run.main.exitCode).toBe(1)
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    expect(sessionsOf('analyst')).toHaveLength(0)
    expect(run.main.log.join('\n')).toContain(
      'logout is false, but the step failed and handed nothing on, so the session was ended now.'
    )
    expectClean(run, sessionSecrets())
  })

  it('explains a wrong password (403, error_code 161) after one request', async () => {
    const run = await tsc({ ...loginOf('analyst'), password: 'not-the-password' })
    expectFailure(
      run,
      'the login of ana.analyst was refused (HTTP 403 Forbidden from POST',
      'error_code 161, error_msg "Invalid login credentials"',
      'the username or password is wrong'
    )
    expect(sandbox.requests).toHaveLength(1)
    expectMasked(run.main, ['not-the-password'])
    expectClean(run, ['not-the-password'])
  })

  it('explains a locked user', async () => {
    const run = await tsc(loginOf('locked'))
    expectFailure(
      run,
      'HTTP 403 Forbidden',
      'error_code 161, error_msg "Invalid login credentials"',
      'the user is locked after too many failed logins'
    )
    expectClean(run)
  })

  it('explains a stale token (403, error_code 12) and tries to end the session at once', async () => {
    const run = await tsc({
      url: `${sandbox.httpsLocalhostUrl}/_sc/session-timeout`,
      ...loginOf('manager')
    })
    expectFailure(
      run,
      'the session token was refused right after login (HTTP 403 Forbidden from GET',
      'error_code 12, error_msg "This request contains an invalid token."',
      'TNS_SESSIONID cookie'
    )
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    const token = String(sandbox.requests[1]!.headers['x-securitycenter'])
    expectMasked(run.main, [token])
    expectClean(run, [token])
  })

  it('explains the session limit (200, error_code 0, releaseSession) and points to release-session', async () => {
    const run = await tsc(loginOf('busy'))
    expectFailure(
      run,
      'bo.busy is at its maximum number of sessions, so no token was issued (HTTP 200 OK from POST',
      'error_code 0, error_msg "" (empty)',
      'set release-session: true'
    )
    expect(sandbox.requests).toHaveLength(1)
    expect(JSON.parse(sandbox.requests[0]!.body)).toMatchObject({ releaseSession: false })
    expect(sessionsOf('busy')).toHaveLength(1)
    expectClean(run, sessionSecrets())
  })

  it('releases the oldest session with release-session: true, then logs out in the post step', async () => {
    const [seeded] = sessionsOf('busy')
    const run = await tsc({ ...loginOf('busy'), 'release-session': 'true' })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(JSON.parse(sandbox.requests[0]!.body)).toMatchObject({ releaseSession: true })
    expect(sessions.has(seeded!.token)).toBe(false)
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    expect(sessionsOf('busy')).toEqual([])
    expect(run.main.outputs.roles).toBe('["Vulnerability Analyst"]')
    expectClean(run, [run.main.outputs.token!, run.main.outputs.cookie!])
  })

  it('fails the role gate but still ends the session in the post step', async () => {
    const run = await tsc({ ...loginOf('analyst'), 'required-roles': 'Administrator' })
    expect(run.main.exitCode).toBe(1)
    expect(run.main.errors[0]).toContain(
      'ana.analyst (Ana Analyst, ana.analyst@acme.example) holds "Security Analyst", and this step requires "Administrator" (required-roles)'
    )
    expect(run.main.outputs.token).toBeUndefined()
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    expect(sessionsOf('analyst')).toEqual([])
    const token = String(sandbox.requests[1]!.headers['x-securitycenter'])
    expectMasked(run.main, [token])
    expectClean(run, [token])
  })

  it('reports a session that had already ended as a line, not a warning: the job stays green', async () => {
    const inputs = {
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'ca-cert': sandbox.caCertPath,
      ...loginOf('manager')
    }
    const main = await step({ inputs })
    expect(main.exitCode).toBe(0)
    const token = main.outputs.token!
    // The session ends behind the job's back (timeout, an administrator, another login).
    sessions.clear()
    const post = await step({ inputs, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(post.errors).toEqual([])
    // The server no longer knew the session: nothing is left open, nothing for the user to do.
    expect(post.warnings).toEqual([])
    expect(post.stdout).toContain('HTTP 403 Forbidden')
    expect(post.stdout).toContain(
      'error_code 12, error_msg "This request contains an invalid token."'
    )
    expect(paths().at(-1)).toBe('DELETE /rest/token')
    expectClean({ main, post }, [token, main.outputs.cookie!])
  })
})

describe('Tenable.sc TLS through the bundle', () => {
  it('fails on the self-signed certificate without ca-cert, with the ca-cert hint', async () => {
    const run = await action({
      inputs: { vendor: 'tenable-sc', url: sandbox.httpsLocalhostUrl, ...keysOf('admin') }
    })
    expectFailure(run, 'Tenable.sc: the TLS connection to localhost', 'ca-cert')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('trusts the certificate with ca-cert given as PEM text', async () => {
    const run = await action({
      inputs: {
        vendor: 'tenablesc',
        url: sandbox.httpsLocalhostUrl,
        'ca-cert': sandbox.caCertPem,
        ...keysOf('admin')
      }
    })
    expect(run.main.exitCode).toBe(0)
    expect(sandbox.requests[0]!.secure).toBe(true)
    expectClean(run)
  })
})
