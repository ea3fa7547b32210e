// Invicti Enterprise: the account/me reader and the pre-request checks (unit), and the whole main
// step in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { invictiEnterprise, parseIdentity } from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  userId: string
  apiToken: string
  email?: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['invicti-enterprise'] as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/invicti-enterprise`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const credentialsOf = (name: string): Record<string, string> => ({
  'user-id': accounts[name]!.userId,
  'api-token': accounts[name]!.apiToken
})
const basicOf = (name: string): string =>
  Buffer.from(`${accounts[name]!.userId}:${accounts[name]!.apiToken}`).toString('base64')

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, invictiEnterprise, { env: {} })
}

describe('parseIdentity: the PascalCase UserHealthCheckApiModel', () => {
  it('reads DisplayName and Email, and reports no id, role, permission or organization', () => {
    expect(
      parseIdentity({
        DateFormat: 'dd/MM/yyyy',
        DisplayName: 'Olivia Owner',
        Email: 'olivia@acme.example',
        AlternateLoginEmail: 'o@acme.example',
        TimeZoneInfo: 'UTC'
      })
    ).toEqual({
      userId: '',
      username: 'olivia@acme.example',
      displayName: 'Olivia Owner',
      email: 'olivia@acme.example',
      roles: undefined,
      permissions: undefined,
      organization: ''
    })
  })

  it('also reads the camelCase that SDKs and proxies re-serialise it into', () => {
    expect(parseIdentity({ displayName: 'Sid', email: 's@acme.example' })).toMatchObject({
      displayName: 'Sid',
      email: 's@acme.example'
    })
  })

  it('names nobody for an answer without Email (the check then fails)', () => {
    expect(parseIdentity({ DisplayName: 'Nobody' })).toMatchObject({ username: '', email: '' })
  })
})

describe('checks before any request', () => {
  const valid = { vendor: 'invicti-enterprise', 'user-id': 'a1b2', 'api-token': 'tok' }

  it('takes the default cloud URL and the api-token mode', () => {
    expect(plan(valid)).toMatchObject({
      url: 'https://www.netsparkercloud.com',
      authMode: 'api-token',
      region: undefined
    })
  })

  it('refuses a user id with a colon, which HTTP Basic cannot carry', () => {
    expect(() => plan({ ...valid, 'user-id': 'a1:b2' })).toThrow(
      'The user-id input contains a colon'
    )
  })

  it.each(['https://www.netsparkercloud.com/api/1.0', 'https://scanner.example.com/api/1.0/'])(
    'refuses a url that already ends in the API path (%s)',
    (given) => {
      expect(() => plan({ ...valid, url: given })).toThrow(
        'this action adds /api/1.0/account/me itself'
      )
    }
  )

  it('warns when the user id is an e-mail address', () => {
    expect(plan({ ...valid, 'user-id': 'olivia@acme.example' }).warnings).toEqual([
      expect.stringContaining('looks like an e-mail address')
    ])
  })

  it('refuses required-roles and required-permissions, saying what to do instead', () => {
    expect(() => plan({ ...valid, 'required-roles': 'Account Owner' })).toThrow(
      /required-roles input cannot be used with Invicti Enterprise: .*reports the user's name and e-mail but no role/
    )
    expect(() => plan({ ...valid, 'required-permissions': 'scans:read' })).toThrow(
      'The required-permissions input cannot be used with Invicti Enterprise'
    )
  })

  it('refuses region, which Invicti Enterprise does not have', () => {
    expect(() => plan({ ...valid, region: 'eu' })).toThrow(
      'Invicti Enterprise does not use the region input'
    )
  })

  it('reads INVICTI_USER_ID, then INVICTI_API_TOKEN before INVICTI_TOKEN', () => {
    const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs
    raw.vendor = 'invicti-enterprise'
    const env = { INVICTI_USER_ID: 'id-1', INVICTI_API_TOKEN: 'first', INVICTI_TOKEN: 'second' }
    expect(buildPlan(raw, invictiEnterprise, { env }).credentials).toEqual({
      'user-id': 'id-1',
      'api-token': 'first'
    })
    const fallback = buildPlan(raw, invictiEnterprise, {
      env: { INVICTI_USER_ID: 'id-1', INVICTI_TOKEN: 'second' }
    })
    expect(fallback.credentials['api-token']).toBe('second')
    expect(fallback.secrets).toEqual(['second'])
  })
})

describe('Invicti Enterprise main step (real @actions/core, sandbox over loopback)', () => {
  it('verifies in one Basic-authenticated request and exports outputs and env', async () => {
    const owner = accounts.owner!
    const step = await runMain({ vendor: 'Netsparker', url, ...credentialsOf('owner') })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/1.0/account/me',
      vendor: 'invicti-enterprise'
    })
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Basic ${basicOf('owner')}`)
    expect(step.outputs).toMatchObject({
      vendor: 'invicti-enterprise',
      url,
      'user-id': owner.userId,
      username: 'olivia.owner@acme.example',
      'display-name': 'Olivia Owner',
      email: 'olivia.owner@acme.example',
      roles: '[]',
      permissions: '[]',
      organization: '',
      'auth-header': `Authorization: Basic ${basicOf('owner')}`,
      token: '',
      cookie: '',
      'expires-at': ''
    })
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({
      authMode: 'api-token',
      userId: owner.userId
    })
    expect(step.env).toEqual({
      INVICTI_URL: url,
      INVICTI_USER_ID: owner.userId,
      INVICTI_API_TOKEN: owner.apiToken
    })
    // The token and every form of the Basic credential are masked; the user id is identity.
    expect(step.masks).toEqual(
      expect.arrayContaining([owner.apiToken, basicOf('owner'), `Basic ${basicOf('owner')}`])
    )
    expect(step.masks).not.toContain(owner.userId)
    expect(step.summary).toContain('Invicti Enterprise verified')
    expect(step.summary).not.toContain(owner.apiToken)
    expect(step.summary).not.toContain(basicOf('owner'))
  })

  it('accepts the acunetix-360 alias and reads the credentials from the environment', async () => {
    const step = await runMain(
      { vendor: 'acunetix-360', url },
      { INVICTI_USER_ID: accounts.scanner!.userId, INVICTI_TOKEN: accounts.scanner!.apiToken }
    )
    expect(step.exitCode).toBe(0)
    expect(step.outputs.email).toBe('sid.scanner@acme.example')
    expect(step.masks).toContain(accounts.scanner!.apiToken)
  })

  it('explains a rejected token in one message after exactly one request', async () => {
    const step = await runMain({
      vendor: 'invicti-enterprise',
      url,
      ...credentialsOf('wrongToken')
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain(
      'Invicti Enterprise: the user id and API token were rejected (HTTP 401 Unauthorized from GET'
    )
    expect(message).toContain(
      'Invicti Enterprise said: Authorization has been denied for this request.'
    )
    expect(message).toContain('the API token was reset')
    expect(message).toContain('API access is disabled for this member')
    expect(message).toContain('on-premises installation')
    expect(message).toContain('user-id and api-token inputs')
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
  })

  it('explains the API-disabled member: the fake answers it with the same 401, so the message lists it', async () => {
    const step = await runMain({
      vendor: 'invicti-enterprise',
      url,
      ...credentialsOf('apiDisabled')
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('HTTP 401')
    expect(step.errors[0]).toContain(
      "API access is disabled for this member (an account administrator can turn it on in the member's settings)"
    )
  })

  it('puts the e-mail mix-up first when the user id is an e-mail address', async () => {
    const step = await runMain({
      vendor: 'invicti-enterprise',
      url,
      'user-id': 'olivia.owner@acme.example',
      'api-token': accounts.owner!.apiToken
    })
    expect(step.warnings[0]).toContain('looks like an e-mail address')
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /Likely causes:\n {2}- the user-id input holds an e-mail address; the API wants the User ID/
    )
  })

  it('refuses required-roles before any request', async () => {
    const step = await runMain({
      vendor: 'invicti-enterprise',
      url,
      ...credentialsOf('owner'),
      'required-roles': 'Account Owner'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'The required-roles input cannot be used with Invicti Enterprise'
    )
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('the default host: rejected credentials name it, not the url input', () => {
  it('names the default host as the instance the credentials may not belong to', async () => {
    const { message, plan: checked } = await failureAtChosenHost(
      invictiEnterprise,
      credentialsOf('wrongToken'),
      url
    )
    expect(message).toContain(
      'Invicti Enterprise: the user id and API token were rejected (HTTP 401'
    )
    expect(message).toContain(
      `the credentials belong to another Invicti Enterprise instance than ${checked.url}, the default host: a regional one`
    )
    expect(message).not.toContain('url input')
  })

  it('names the url input when it chose the server', async () => {
    const step = await runMain({
      vendor: 'invicti-enterprise',
      url,
      ...credentialsOf('wrongToken')
    })
    expect(step.errors[0]).toContain(
      `the credentials belong to another Invicti Enterprise instance than the url input (${url}): a regional one`
    )
  })
})
