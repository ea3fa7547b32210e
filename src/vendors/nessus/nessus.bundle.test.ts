// Nessus through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step with the saved state), against the sandbox's Nessus fake
// over HTTPS with its CA, as a real :8834 with a private certificate would be reached. Every error
// the vendor notes name has a scenario here, and every scenario ends with the leak check.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction, runStep } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Run = Awaited<ReturnType<typeof runAction>>
interface Account {
  username: string
  password: string
  accessKey: string
  secretKey: string
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let sessions: Map<string, string>
let allSecrets: string[]

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.nessus as Record<string, Account>
  sessions = (sandbox.fake('nessus') as { sessions: Map<string, string> }).sessions
  allSecrets = Object.values(accounts).flatMap((a) =>
    [a.password, a.accessKey, a.secretKey].filter(Boolean)
  )
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const url = (faults = ''): string =>
  `${sandbox.httpsLocalhostUrl}${faults ? `/_fault/${faults}` : ''}/_vendor/nessus`
const inputsFor = (inputs: Record<string, string>): Record<string, string> => ({
  vendor: 'nessus',
  url: url(),
  'ca-cert': sandbox.caCertPath,
  ...inputs
})
const nessus = (inputs: Record<string, string>): Promise<Run> =>
  runAction({ inputs: inputsFor(inputs) })
const keysOf = (name: string): Record<string, string> => ({
  'access-key': accounts[name]!.accessKey,
  'secret-key': accounts[name]!.secretKey
})
const loginOf = (name: string): Record<string, string> => ({
  username: accounts[name]!.username,
  password: accounts[name]!.password
})
const paths = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)
/** Tokens the fake issued in this scenario, still open or not: the requests carry them all. */
const issuedTokens = (): string[] =>
  sandbox.requests.flatMap((r) => {
    const match = /token=([0-9a-f]+)/.exec(String(r.headers['x-cookie'] ?? ''))
    return match ? [match[1]!] : []
  })

function expectClean(run: Run, secrets: string[] = []): void {
  for (const step of [run.main, run.post]) {
    expect(step.stderr).toBe('')
    expectNoLeak(step, [...allSecrets, ...issuedTokens(), ...secrets])
  }
}

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

describe('Nessus API keys through the bundle', () => {
  it('verifies with GET /session, reads the edition, exports NESSUS_URL / _ACCESS_KEY / _SECRET_KEY', async () => {
    const sysadmin = accounts.sysadmin!
    const run = await nessus({ ...keysOf('sysadmin'), 'required-roles': 'Administrator' })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual(['GET /session', 'GET /server/properties'])
    const header = `accessKey=${sysadmin.accessKey}; secretKey=${sysadmin.secretKey};`
    expect(sandbox.requests[0]!.headers['x-apikeys']).toBe(header)
    expect(run.main.outputs).toMatchObject({
      vendor: 'nessus',
      url: url(),
      'user-id': '1',
      username: 'root',
      'display-name': 'Root Sysadmin',
      email: 'root@acme.example',
      roles: '["System Administrator"]',
      permissions: '[]',
      organization: '',
      'auth-header': `X-ApiKeys: ${header}`,
      token: ''
    })
    expect(run.main.env).toMatchObject({
      NESSUS_URL: url(),
      NESSUS_ACCESS_KEY: sysadmin.accessKey,
      NESSUS_SECRET_KEY: sysadmin.secretKey
    })
    expect(Object.keys(run.main.env).filter((name) => name.startsWith('NESSUS_'))).toHaveLength(3)
    expect(run.main.log.join('\n')).toContain('Requirement role "Administrator": pass')
    expect(run.main.log.join('\n')).toContain('Edition: Nessus Manager')
    // An administrator's key: verified, with the least-privilege warning.
    expect(run.main.warnings).toEqual([
      expect.stringMatching(
        /^Nessus: .* holds (System )?Administrator, an administrative role; a scan gate needs less\. Give the step a key of a user with Standard \(32\) instead\./
      )
    ])
    // API keys open no session: the post step sends nothing.
    expect(run.post.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    expectMasked(run.main, [sysadmin.accessKey, sysadmin.secretKey, header])
    expectClean(run, [header])
  })

  it('rejects a key that is not 64 hexadecimal characters before any request', async () => {
    const run = await nessus({ ...keysOf('admin'), 'access-key': 'not-a-key' })
    expectFailure(run, 'access-key (9 characters)', 'Nessus API keys are 64 hexadecimal characters')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('names Tenable Security Center keys given to Nessus, before any request', async () => {
    const sc = sandbox.accounts['tenable-sc'] as Record<
      string,
      { accessKey: string; secretKey: string }
    >
    const run = await nessus({
      'access-key': sc.manager!.accessKey,
      'secret-key': sc.manager!.secretKey
    })
    expectFailure(
      run,
      'the shape of Tenable Security Center (Tenable.sc) API keys, not Nessus keys',
      'set vendor: tenable-sc and its url'
    )
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run, [sc.manager!.accessKey, sc.manager!.secretKey])
  })

  it('explains rejected keys (401 {"error":"Invalid Credentials"})', async () => {
    const run = await nessus(keysOf('unknownKey'))
    expectFailure(
      run,
      'Nessus: the API keys were rejected (HTTP 401 Unauthorized from GET',
      'Nessus said: Invalid Credentials',
      'regenerated',
      'NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY'
    )
    expectClean(run)
  })

  it('explains the 412 of Nessus Professional / Expert and what to use instead', async () => {
    const run = await nessus({ ...keysOf('admin'), url: url('nessus-412') })
    expectFailure(
      run,
      'Nessus: the API is not available on this Nessus licence (Nessus Professional and Expert restrict it) (HTTP 412 Precondition Failed from GET',
      'Nessus said: API is not available',
      'Nessus Manager',
      'vendor: tenable-vm'
    )
    expectClean(run)
  })

  it.each([
    ['nessus-professional', 'Nessus Professional'],
    ['nessus-expert', 'Nessus Expert']
  ])('%s: passes, and warns once that scan launches will be refused', async (fault, edition) => {
    const run = await nessus({ ...keysOf('standard'), url: url(fault) })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual(['GET /session', 'GET /server/properties'])
    expect(run.main.warnings).toHaveLength(1)
    expect(run.main.warnings[0]).toContain(`Nessus: the credentials are valid, but ${edition}`)
    expect(run.main.warnings[0]).toContain('HTTP 412 "API is not available"')
    expect(run.main.warnings[0]).toContain('Nessus Manager')
    expect(run.main.stdout).toContain(`Edition: ${edition} (refuses scan-launching API calls)`)
    expect(run.main.summary).toContain(edition)
    expect(run.main.env.NESSUS_ACCESS_KEY).toBe(accounts.standard!.accessKey)
    expectClean(run)
  })

  it('refuses required-permissions before any request, pointing to required-roles', async () => {
    const run = await nessus({ ...keysOf('admin'), 'required-permissions': 'scans' })
    expectFailure(run, 'required-permissions input cannot be used with Nessus', 'required-roles')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })
})

describe('Nessus sessions through the bundle', () => {
  it('logs in, reads the edition; the post step ends the session with one DELETE /session', async () => {
    const admin = accounts.admin!
    const run = await nessus({ vendor: 'tenable-nessus', ...loginOf('admin') })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual([
      'POST /session',
      'GET /session',
      'GET /server/properties',
      'DELETE /session'
    ])
    const token = run.main.outputs.token!
    expect(token).toMatch(/^[0-9a-f]{48}$/)
    const [login, identity, edition, logout] = sandbox.requests
    expect(login!.headers['x-cookie']).toBeUndefined()
    expect(identity!.headers['x-cookie']).toBe(`token=${token}`)
    expect(edition!.headers['x-cookie']).toBe(`token=${token}`)
    expect(logout!.headers['x-cookie']).toBe(`token=${token}`)
    expect(run.main.stdout).toContain('Edition: Nessus Manager')
    expect(run.main.warnings).toEqual([
      expect.stringMatching(
        /^Nessus: .* holds (System )?Administrator, an administrative role; a scan gate needs less\. Give the step a key of a user with Standard \(32\) instead\./
      )
    ])
    expect(sessions.size).toBe(0)
    expect(run.main.outputs).toMatchObject({
      vendor: 'nessus',
      username: 'ada',
      roles: '["Administrator"]',
      'auth-header': `X-Cookie: token=${token}`
    })
    const nessusEnv = Object.entries(run.main.env).filter(([name]) => name.startsWith('NESSUS_'))
    expect(Object.fromEntries(nessusEnv)).toEqual({ NESSUS_URL: url(), NESSUS_TOKEN: token })
    expect(run.post.exitCode).toBe(0)
    expect(run.post.warnings).toEqual([])
    expect(run.post.log.join('\n')).toContain('Logged out of Nessus')
    expectMasked(run.main, [admin.password, token])
    expectMasked(run.post, [token])
    expectClean(run, [token])
  })

  it('leaves the session open with logout: false', async () => {
    const run = await nessus({ ...loginOf('standard'), logout: 'false' })
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual(['POST /session', 'GET /session', 'GET /server/properties'])
    expect(sessions.size).toBe(1)
    expect(run.main.log.join('\n')).toContain('logout is false')
    expectClean(run)
  })

  it('explains a wrong password (401) after one request, quoting no login answer', async () => {
    const run = await nessus({ username: 'stan', password: 'not-the-password' })
    expectFailure(
      run,
      'Nessus: the login of stan was refused (HTTP 401 Unauthorized from POST',
      'Nessus said: Invalid Credentials',
      'the username or password is wrong',
      'the user is locked'
    )
    expect(paths()).toEqual(['POST /session'])
    expectMasked(run.main, ['not-the-password'])
    expectClean(run, ['not-the-password'])
  })

  it('explains the 412 after login and ends the session it opened at once', async () => {
    const run = await nessus({ ...loginOf('admin'), url: url('nessus-412') })
    expectFailure(
      run,
      'the API is not available on this Nessus licence',
      'HTTP 412 Precondition Failed from GET'
    )
    expect(paths()).toEqual(['POST /session', 'GET /session', 'DELETE /session'])
    expectMasked(run.main, issuedTokens())
    expectClean(run)
  })

  it('fails the level gate but still ends the session in the post step', async () => {
    const run = await nessus({ ...loginOf('basic'), 'required-roles': 'Standard' })
    expect(run.main.exitCode).toBe(1)
    expect(run.main.errors[0]).toContain(
      'bea (Bea Basic, bea@acme.example) holds "Basic", and this step requires "Standard" or a higher level (required-roles)'
    )
    expect(run.main.outputs.token).toBeUndefined()
    expect(paths()).toEqual([
      'POST /session',
      'GET /session',
      'GET /server/properties',
      'DELETE /session'
    ])
    expect(sessions.size).toBe(0)
    expectClean(run)
  })

  it('reports a session that had already ended as a line, not a warning: the job stays green', async () => {
    const inputs = inputsFor(loginOf('admin'))
    const main = await runStep({ inputs })
    expect(main.exitCode).toBe(0)
    // The session ends behind the job's back (a restart, an administrator).
    sessions.clear()
    const post = await runStep({ inputs, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(post.errors).toEqual([])
    // Nothing is left alive and nothing is for the user to do: no warning turns the job yellow.
    expect(post.warnings).toEqual([])
    expect(post.stdout).toContain(
      'the session was not ended: the server no longer knew it (HTTP 401 Unauthorized'
    )
    expect(post.stdout).toContain('nothing to do for this job')
    expectClean({ main, post })
  })
})

describe('Nessus TLS through the bundle', () => {
  it('fails on the private certificate without ca-cert, with the ca-cert hint', async () => {
    const run = await runAction({
      inputs: { vendor: 'nessus', url: url(), ...keysOf('admin') }
    })
    expectFailure(run, 'Nessus: the TLS connection to localhost', 'ca-cert')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })
})
