// Invicti Enterprise through the built bundle, run as the runner runs it (Node 24, INPUT_* with
// action.yml defaults, env files, then the post step), against the sandbox fake. Every error the
// vendor notes name has a scenario here with its message; every scenario ends with the leak check:
// neither the API token nor the Basic encoding of any sandbox account may appear unmasked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Run = Awaited<ReturnType<typeof runAction>>
interface Account {
  userId: string
  apiToken: string
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
const basicOf = (account: Account): string =>
  Buffer.from(`${account.userId}:${account.apiToken}`).toString('base64')
/** Every token and every Basic encoding the sandbox knows. */
const secrets = (): string[] =>
  Object.values(accounts).flatMap((a) => [a.apiToken, basicOf(a), `Basic ${basicOf(a)}`])

const run = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> =>
  runAction({ inputs: { vendor: 'invicti-enterprise', url, ...inputs }, env })

function expectClean(result: Run): void {
  for (const step of [result.main, result.post]) {
    expect(step.stderr).toBe('')
    expectNoLeak(step, secrets())
  }
}

/** One failure message carrying these fragments; no stack, no credentials published. */
function expectFailure(result: Run, ...fragments: string[]): string {
  expect(result.main.exitCode).toBe(1)
  expect(result.main.errors).toHaveLength(1)
  const [message = ''] = result.main.errors
  for (const fragment of fragments) expect(message).toContain(fragment)
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(result.post.exitCode).toBe(0)
  expect(result.main.outputs['auth-header']).toBeUndefined()
  expect(result.main.env).toEqual({})
  expectClean(result)
  return message
}

describe('Invicti Enterprise through the bundle', () => {
  it('verifies in one request, publishes the identity and the three env vars, masks token and Basic forms', async () => {
    const owner = accounts.owner!
    const result = await run(credentialsOf('owner'))
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/1.0/account/me'
    ])
    expect(result.main.outputs).toMatchObject({
      vendor: 'invicti-enterprise',
      url,
      'user-id': owner.userId,
      username: 'olivia.owner@acme.example',
      'display-name': 'Olivia Owner',
      email: 'olivia.owner@acme.example',
      roles: '[]',
      permissions: '[]',
      'auth-header': `Authorization: Basic ${basicOf(owner)}`
    })
    expect(result.main.env).toEqual({
      INVICTI_URL: url,
      INVICTI_USER_ID: owner.userId,
      INVICTI_API_TOKEN: owner.apiToken
    })
    expectMasked(result.main, [owner.apiToken, basicOf(owner), `Basic ${basicOf(owner)}`])
    expect(result.main.summary).toContain('Invicti Enterprise verified')
    // Nothing to end: the post step makes no request.
    expect(sandbox.requests).toHaveLength(1)
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('reads INVICTI_USER_ID and INVICTI_API_TOKEN from the job environment', async () => {
    const scanner = accounts.scanner!
    const result = await run(
      {},
      { INVICTI_USER_ID: scanner.userId, INVICTI_API_TOKEN: scanner.apiToken }
    )
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs.email).toBe('sid.scanner@acme.example')
    expectMasked(result.main, [scanner.apiToken, basicOf(scanner)])
    expectClean(result)
  })

  it('401, a token that is not the user’s (reset or mismatched)', async () => {
    const message = expectFailure(
      await run(credentialsOf('wrongToken')),
      'Invicti Enterprise: the user id and API token were rejected (HTTP 401',
      'Invicti Enterprise said: Authorization has been denied for this request.',
      'the API token was reset',
      'belong to different users',
      'copy the User ID and the API token from [Your Name] > API Settings'
    )
    expect(message).toContain('INVICTI_USER_ID / INVICTI_API_TOKEN')
    expect(sandbox.requests).toHaveLength(1)
  })

  it('401, a member whose API access is disabled (same answer; the message names it)', async () => {
    expectFailure(
      await run(credentialsOf('apiDisabled')),
      'HTTP 401',
      'API access is disabled for this member',
      'ask an account administrator to enable API access for the member'
    )
  })

  it('401, the login e-mail given as user id: warned before, first cause after', async () => {
    const result = await run({
      'user-id': 'olivia.owner@acme.example',
      'api-token': accounts.owner!.apiToken
    })
    expect(result.main.warnings).toEqual([expect.stringContaining('looks like an e-mail address')])
    const message = expectFailure(result, 'HTTP 401')
    expect(message.split('\n')).toContain(
      '  - the user-id input holds an e-mail address; the API wants the User ID shown under [Your Name] > API Settings, a GUID-like id, not the login e-mail'
    )
  })

  it('401, credentials of another instance (on-premises or Acunetix 360)', async () => {
    expectFailure(
      await run(credentialsOf('wrongToken')),
      `another Invicti Enterprise instance than the url input (${url})`,
      'a regional one (https://ie.invicti.com, https://eu.netsparker.cloud, https://ca.netsparker.cloud)',
      'Acunetix 360 (https://online.acunetix360.com',
      'set url to the instance that issued them'
    )
  })

  it('a 401 that echoes the request headers is quoted with the Basic credential redacted', async () => {
    const owner = accounts.owner!
    const result = await run({
      ...credentialsOf('owner'),
      url: `${sandbox.httpUrl}/_fault/echo/_vendor/invicti-enterprise`
    })
    const message = expectFailure(result, 'HTTP 401', 'Rejected request with headers')
    expect(message).toContain('"authorization":"***"')
    expect(message).not.toContain(basicOf(owner))
  })

  it('refuses required-roles and required-permissions before any request, saying what to do instead', async () => {
    expectFailure(
      await run({ ...credentialsOf('owner'), 'required-roles': 'Account Owner' }),
      'The required-roles input cannot be used with Invicti Enterprise',
      'reports the user',
      'Remove required-roles'
    )
    expectFailure(
      await run({ ...credentialsOf('owner'), 'required-permissions': 'scans:read' }),
      'The required-permissions input cannot be used with Invicti Enterprise',
      'Remove required-permissions'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('refuses half a credential, a colon in the user id and a url with the API path, before any request', async () => {
    expectFailure(
      await run({ 'user-id': accounts.owner!.userId }),
      'The api-token input is empty: Invicti Enterprise needs user-id and api-token together'
    )
    expectFailure(
      await run({ ...credentialsOf('owner'), 'user-id': `${accounts.owner!.userId}:x` }),
      'The user-id input contains a colon'
    )
    expectFailure(
      await run({ ...credentialsOf('owner'), url: `${url}/api/1.0` }),
      'The url input ends in the API path',
      'Set url to the site root, e.g. https://www.netsparkercloud.com'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('refuses the region input, which Invicti Enterprise does not have', async () => {
    expectFailure(
      await run({ ...credentialsOf('owner'), url: '', region: 'eu' }),
      'Invicti Enterprise does not use the region input'
    )
    expect(sandbox.requests).toHaveLength(0)
  })
})
