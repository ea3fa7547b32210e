// Tenable VM: key validation and the GET /session parser (unit), and the whole main step in-process
// against the sandbox fake (action level, real @actions/core).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../../core/failure.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { cleanIdentity } from '../../core/identity.js'
import { explainAnswer } from '../../kit/endpoint.js'
import { parseSession, sessionEndpoint, tenableVm } from './index.js'
import type { VendorContext } from '../../kit/types.js'
import { startSandbox } from '../../../sandbox/index.js'
import { readActionInputs } from '../../../scripts/runner.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  accessKey: string
  secretKey: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['tenable-vm'] as Record<string, Account>
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const AK = 'a1'.repeat(32)
const SK = 'b2'.repeat(32)

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
  buildPlan(raw(inputs), tenableVm, { env })

describe('validation before any request', () => {
  it('takes two 64-hex keys and the cloud URL by default', () => {
    expect(plan({ 'access-key': AK, 'secret-key': SK.toUpperCase() })).toMatchObject({
      url: 'https://cloud.tenable.com',
      authMode: 'api-key',
      credentials: { 'access-key': AK, 'secret-key': SK.toUpperCase() },
      secrets: [AK, SK.toUpperCase()]
    })
  })

  it('names the access key when it is too short, without quoting it', () => {
    const message = failure(() => plan({ 'access-key': AK.slice(0, 40), 'secret-key': SK })).message
    expect(message).toContain('64 hexadecimal characters each')
    expect(message).toContain('access-key (40 characters)')
    expect(message).not.toContain('secret-key (')
    expect(message).not.toContain(AK.slice(0, 40))
    expect(message).toContain('Settings > My Account > API Keys')
  })

  it('names a secret key of the right length that is not hexadecimal, and a quote in it', () => {
    const message = failure(() =>
      plan({ 'access-key': AK, 'secret-key': `"${SK.slice(1)}` })
    ).message
    expect(message).toContain('secret-key (64 characters, not all hexadecimal)')
    expect(message).toContain('the key contains such a character')
  })

  it('refuses a 64-character key of letters beyond a-f, before any request', () => {
    // Contract Behaviour 1: "Tenable VM keys that are not 64 hex characters each" fail at once.
    const message = failure(() => plan({ 'access-key': 'g'.repeat(64), 'secret-key': SK })).message
    expect(message).toContain('access-key (64 characters, not all hexadecimal)')
    expect(message).not.toContain('secret-key (')
  })

  it('names both keys when the whole header line was pasted into the secrets', () => {
    const message = failure(() =>
      plan({ 'access-key': `accessKey=${AK};`, 'secret-key': `secretKey=${SK};` })
    ).message
    expect(message).toContain('access-key (75 characters) and secret-key (75 characters)')
  })

  it('recognises the whole "accessKey=…; secretKey=…;" line in one input and says to split it', () => {
    const line = `accessKey=${AK}; secretKey=${SK};`
    for (const [inputs, cause] of [
      [{ 'access-key': line, 'secret-key': SK }, 'The access-key input holds the whole'],
      [
        { 'access-key': AK, 'secret-key': ` accesskey=${AK};secretkey=${SK}` },
        'The secret-key input holds the whole'
      ],
      [{ 'access-key': line, 'secret-key': line }, 'The access-key and secret-key inputs hold the'],
      // The trial's mistake: the line in access-key, secret-key left empty (not "secret-key is empty").
      [{ 'access-key': line }, 'The access-key input holds the whole'],
      [{ 'secret-key': line }, 'The secret-key input holds the whole']
    ] as const) {
      const message = failure(() => plan(inputs)).message
      expect(message).toContain(
        `${cause} "accessKey=…; secretKey=…;" line (as the X-ApiKeys header and the API Keys page show it)`
      )
      expect(message).toContain(
        'Fix: put each key in its own input: the 64 characters after accessKey= into the secret behind access-key, those after secretKey= into the secret behind secret-key (or TIO_ACCESS_KEY / TIO_SECRET_KEY), without the names, "=" or ";".'
      )
      expect(message).not.toContain(AK)
      expect(message).not.toContain(SK)
    }
    expect(failure(() => plan({ 'access-key': line, 'secret-key': SK })).message).toContain(
      'The input that looks wrong: access-key (151 characters).\nThe access-key input holds the whole'
    )
  })

  it('names 32-character hexadecimal keys as Tenable Security Center keys', () => {
    const message = failure(() =>
      plan({ 'access-key': AK.slice(0, 32), 'secret-key': SK.slice(0, 32).toUpperCase() })
    ).message
    expect(message).toContain('access-key (32 characters) and secret-key (32 characters)')
    expect(message).toContain(
      'Both keys are 32 hexadecimal characters: the shape of Tenable Security Center (Tenable.sc) API keys, not Tenable VM keys.'
    )
    expect(message).toContain(
      'Fix: for a Tenable Security Center, set vendor: tenable-sc and its url; for Tenable VM, copy the keys again from Settings > My Account > API Keys > Generate'
    )
    // One short key alone is only a miscopied key.
    expect(
      failure(() => plan({ 'access-key': AK.slice(0, 32), 'secret-key': SK })).message
    ).not.toContain('Tenable Security Center')
  })

  it("falls back to pyTenable's TIO_* names, then to the retired SDK's TENABLEIO_* names", () => {
    expect(plan({}, { TIO_ACCESS_KEY: AK, TIO_SECRET_KEY: SK }).credentials).toEqual({
      'access-key': AK,
      'secret-key': SK
    })
    expect(
      plan({}, { TENABLEIO_ACCESS_KEY: AK, TENABLEIO_SECRET_KEY: SK, TIO_SECRET_KEY: SK })
        .credentials
    ).toEqual({ 'access-key': AK, 'secret-key': SK })
    expect(
      failure(() => plan({}, { TENABLEIO_ACCESS_KEY: AK, TENABLEIO_SECRET_KEY: 'x' })).message
    ).toContain('secret-key (1 characters)')
  })

  it('refuses a role that is not a Tenable VM level, listing the levels', () => {
    const message = failure(() =>
      plan({ 'access-key': AK, 'secret-key': SK, 'required-roles': 'Security Manager' })
    ).message
    expect(message).toContain('"Security Manager"')
    expect(message).toContain(
      'Basic (16), Scan Operator (24), Standard (32), Scan Manager (40), Administrator (64)'
    )
  })

  it('names the level a misspelt role was meant to be, and says what to correct', () => {
    const message = failure(() =>
      plan({ 'access-key': AK, 'secret-key': SK, 'required-roles': 'Scan Manger' })
    ).message
    expect(message).toContain(
      'The required-roles input names "Scan Manger", which is not a Tenable VM role (did you mean Scan Manager?).'
    )
    expect(message).toContain('Fix: correct required-roles.')
  })

  it('explains levels in allowed-roles as a ceiling, not as "that level or a higher one"', () => {
    const required = failure(() =>
      plan({ 'access-key': AK, 'secret-key': SK, 'required-roles': 'Admin' })
    ).message
    expect(required).toContain('holding a role means holding that level or a higher one.')
    const allowed = failure(() =>
      plan({ 'access-key': AK, 'secret-key': SK, 'allowed-roles': 'Admin' })
    ).message
    expect(allowed).toContain(
      'allowed-roles accepts the highest level it lists and every level below it.'
    )
    expect(allowed).not.toContain('or a higher one')
    expect(allowed).toContain('Fix: correct allowed-roles.')
  })

  it('refuses username and password: Tenable VM takes API keys only', () => {
    expect(failure(() => plan({ username: 'u', password: 'p' })).message).toContain(
      'Tenable VM does not use the username, password inputs'
    )
  })
})

describe('parseSession: the recorded 2023 GET /session shape', () => {
  const recorded = {
    id: 2263447,
    uuid: '6d5b8b06-0000-4000-8000-000000000001',
    username: 'ada@acme.example',
    user_name: 'ada@acme.example',
    email: 'ada@acme.example',
    name: 'Ada Admin',
    type: 'local',
    permissions: 64,
    user_permissions: ['TIO_BACKEND.SCAN.READ', 'TIO_BACKEND.ASSET.READ'],
    enabled: true,
    container_name: 'acme-security',
    container_domains: ['acme.example']
  }

  it('reads the user, its level and name, its privileges and its container', () => {
    expect(parseSession(recorded)).toEqual({
      userId: '2263447',
      username: 'ada@acme.example',
      displayName: 'Ada Admin',
      email: 'ada@acme.example',
      roles: ['Administrator'],
      roleLevel: 64,
      permissions: ['TIO_BACKEND.SCAN.READ', 'TIO_BACKEND.ASSET.READ'],
      organization: 'acme-security'
    })
  })

  it('reads a level given as a string, 0 as Read-Only, and an undocumented level without a name', () => {
    expect(parseSession({ ...recorded, permissions: '24' })).toMatchObject({
      roles: ['Scan Operator'],
      roleLevel: 24
    })
    expect(parseSession({ ...recorded, permissions: 0 })).toMatchObject({
      roles: ['Read-Only'],
      roleLevel: 0
    })
    expect(parseSession({ ...recorded, permissions: 48 })).toMatchObject({
      roles: [],
      roleLevel: 48
    })
  })

  it('reports roles and permissions as unknown when the answer has none', () => {
    const identity = parseSession({ ...recorded, permissions: 'admin', user_permissions: null })
    expect(identity.roles).toBeUndefined()
    expect(identity.roleLevel).toBeUndefined()
    expect(identity.permissions).toBeUndefined()
  })

  it('falls back to user_name and the e-mail for the username', () => {
    expect(parseSession({ id: 1, user_name: 'u@x.io' }).username).toBe('u@x.io')
    expect(parseSession({ id: 1, email: 'e@x.io' }).username).toBe('e@x.io')
  })

  it('keeps the level through identity cleaning, which the ordered gate depends on', () => {
    expect(cleanIdentity(parseSession(recorded)).roleLevel).toBe(64)
  })
})

describe('what a 401 on GET /session means', () => {
  // vendors-next F9: the recorded 401 for a key whose container is gone carries
  // X-Path-Handler: blacklisted; the header alone names that cause, whatever the body says.
  const explain = (body: string, headers: Record<string, string>): string => {
    const context = {
      plan: plan({ 'access-key': AK, 'secret-key': SK }),
      vendor: tenableVm,
      redact: (text: string) => text
    } as unknown as VendorContext
    const response = {
      status: 401,
      statusText: 'Unauthorized',
      headers,
      body,
      endpoint: 'GET https://cloud.tenable.com/session'
    }
    return explainAnswer(context, sessionEndpoint('x'), response, undefined).message
  }

  it('reads X-Path-Handler: blacklisted as a revoked key or deleted container, without the recorded text', () => {
    const message = explain('Unauthorized', {
      'content-type': 'application/octet-stream',
      'x-path-handler': 'blacklisted'
    })
    expect(message).toContain('the access key was revoked, or its container was deleted')
    expect(message).not.toContain('the API keys were rejected')
  })

  it('reads a 401 without that header or text as rejected keys', () => {
    const message = explain('Unauthorized', { 'content-type': 'application/octet-stream' })
    expect(message).toContain('the API keys were rejected')
  })
})

describe('what a 403 on GET /session means', () => {
  // The recorded 403 bodies (pyTenable cassettes); the sandbox has no account that gets one.
  const explain = (message: string): string => {
    const context = {
      plan: plan({ 'access-key': AK, 'secret-key': SK }),
      vendor: tenableVm,
      redact: (text: string) => text
    } as unknown as VendorContext
    const body = { statusCode: 403, error: 'Forbidden', message }
    const response = {
      status: 403,
      statusText: 'Forbidden',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      endpoint: 'GET https://cloud.tenable.com/session'
    }
    return explainAnswer(context, sessionEndpoint('x'), response, body).message
  }

  it('says the keys are valid but the role or API access is missing, quoting "Insufficient scope"', () => {
    const message = explain('Insufficient scope')
    expect(message).toContain(
      'Tenable VM: the API keys are valid but may not read their own session (HTTP 403 Forbidden from GET https://cloud.tenable.com/session).'
    )
    expect(message).toContain('Tenable VM said: Forbidden: Insufficient scope')
    expect(message).toContain('allow API access for this user')
  })

  it('names an impersonation header among the causes of a plain "Forbidden"', () => {
    expect(explain('Forbidden')).toContain('X-Impersonate')
  })
})

describe('Tenable VM main step (real @actions/core, sandbox fake)', () => {
  const url = (): string => `${sandbox.httpUrl}/_vendor/tenable-vm`
  const keysOf = (name: string): Record<string, string> => ({
    'access-key': accounts[name]!.accessKey,
    'secret-key': accounts[name]!.secretKey
  })

  it('verifies the keys in one GET /session with the documented header, and exports TIO_*', async () => {
    const admin = accounts.admin!
    const step = await runMain({
      vendor: 'tenable-vm',
      url: url(),
      ...keysOf('admin'),
      'required-roles': 'Scan Manager',
      'required-permissions': 'tio_backend.scan.read, TIO_BACKEND.APIKEY.MANAGE'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    const header = `accessKey=${admin.accessKey}; secretKey=${admin.secretKey};`
    expect(sandbox.requests[0]).toMatchObject({ method: 'GET', path: '/session' })
    expect(sandbox.requests[0]!.headers['x-apikeys']).toBe(header)
    expect(step.outputs).toMatchObject({
      vendor: 'tenable-vm',
      url: url(),
      'user-id': '2263447',
      username: 'ada.admin@acme.example',
      'display-name': 'Ada Admin',
      email: 'ada.admin@acme.example',
      roles: '["Administrator"]',
      organization: 'acme-security',
      'auth-header': `X-ApiKeys: ${header}`,
      token: '',
      cookie: ''
    })
    expect(JSON.parse(step.outputs.permissions!)).toContain('TIO_BACKEND.SCAN.READ')
    expect(step.env).toEqual({
      TIO_URL: url(),
      TIO_ACCESS_KEY: admin.accessKey,
      TIO_SECRET_KEY: admin.secretKey
    })
    expect(step.masks).toEqual(expect.arrayContaining([admin.accessKey, admin.secretKey, header]))
    expect(step.log.join('\n')).toContain('Requirement role "Scan Manager": pass')
    expect(step.state.logout).toBe('')
  })

  // Behaviour 14 with ordered levels: Administrator (64) and up is administrative, Scan Manager
  // (40), the narrower level the warning names, is not.
  it('warns about an Administrator (64) key, naming Scan Manager (40), and not about a Scan Manager key', async () => {
    const admin = await runMain({ vendor: 'tenable-vm', url: url(), ...keysOf('admin') })
    expect(admin.exitCode).toBe(0)
    expect(admin.warnings).toEqual([
      expect.stringContaining('holds Administrator, an administrative role; a scan gate needs less')
    ])
    expect(admin.warnings[0]).toContain('Scan Manager (40)')

    const manager = await runMain({ vendor: 'tenable-vm', url: url(), ...keysOf('scanManager') })
    expect(manager.exitCode).toBe(0)
    expect(manager.outputs.roles).toBe('["Scan Manager"]')
    expect(manager.warnings).toEqual([])
  })

  it('fails the level gate for a lower level, naming the user and its role', async () => {
    const step = await runMain({
      vendor: 'tenable',
      url: url(),
      ...keysOf('basic'),
      'required-roles': 'Scan Operator'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'bea.basic@acme.example (Bea Basic) holds "Basic", and this step requires "Scan Operator" or a higher level (required-roles)'
    )
    expect(step.outputs['auth-header']).toBeUndefined()
  })

  it('fails the permission gate for a privilege the user lacks', async () => {
    const step = await runMain({
      vendor: 'tenable-vm',
      url: url(),
      ...keysOf('standard'),
      'required-permissions': 'TIO_BACKEND.SCAN.READ, TIO_BACKEND.ACCESS_CONTROL.MANAGE'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'lacks "TIO_BACKEND.ACCESS_CONTROL.MANAGE" (required-permissions)'
    )
    expect(step.errors[0]).not.toContain('"TIO_BACKEND.SCAN.READ"')
  })

  it('explains well-formed keys that belong to nobody (401 JSON)', async () => {
    const step = await runMain({ vendor: 'tenable-vm', url: url(), ...keysOf('unknownKey') })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'Tenable VM: the API keys were rejected (HTTP 401 Unauthorized from GET'
    )
    expect(step.errors[0]).toContain('Tenable VM said: Unauthorized: Invalid Credentials')
    expect(step.errors[0]).toContain('regenerated')
  })

  it('names the default host, not the url input, for keys of another site when no url input was set', async () => {
    const { message } = await failureAtChosenHost(tenableVm, keysOf('unknownKey'), url())
    expect(message).toContain('Tenable VM: the API keys were rejected (HTTP 401')
    expect(message).toContain(
      'the keys belong to another Tenable site than https://cloud.tenable.com, the default host (a FedRAMP or on-premises-managed site)'
    )
    expect(message).not.toContain('url input')
    const step = await runMain({ vendor: 'tenable-vm', url: url(), ...keysOf('unknownKey') })
    expect(step.errors[0]).toContain(
      'the keys belong to another Tenable site than the url input (a FedRAMP or on-premises-managed site)'
    )
  })

  it('explains the recorded plain-text 401 of a key whose container was deleted', async () => {
    const step = await runMain({ vendor: 'tenable-vm', url: url(), ...keysOf('deletedContainer') })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'Tenable VM: the access key was revoked, or its container was deleted (HTTP 401'
    )
    expect(step.errors[0]).toContain('has been blacklisted')
    expect(step.errors[0]).not.toContain('the API keys were rejected')
  })

  it('refuses the keys of a disabled user, naming the user', async () => {
    const step = await runMain({ vendor: 'tenable-vm', url: url(), ...keysOf('disabled') })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'the API keys belong to dan.disabled@acme.example (Dan Disabled), whose user account is disabled'
    )
    expect(step.errors[0]).toContain('"enabled": false')
    expect(step.env).toEqual({})
  })

  it('sends nothing when a key is malformed', async () => {
    const step = await runMain({
      vendor: 'tenable-vm',
      url: url(),
      ...keysOf('admin'),
      'access-key': `'${accounts.admin!.accessKey}`
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('access-key (65 characters)')
    expect(sandbox.requests).toHaveLength(0)
  })
})
