// Tenable VM through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox's Tenable VM fake. Every error the
// vendor notes name has a scenario here (the 403 shapes, which no sandbox account gets, are covered
// in tenable-vm.test.ts), and every scenario ends with the leak check.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Run = Awaited<ReturnType<typeof runAction>>
interface Account {
  accessKey: string
  secretKey: string
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let allSecrets: string[]

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['tenable-vm'] as Record<string, Account>
  allSecrets = Object.values(accounts).flatMap((a) => [a.accessKey, a.secretKey])
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const url = (): string => `${sandbox.httpUrl}/_vendor/tenable-vm`
const keysOf = (name: string): Record<string, string> => ({
  'access-key': accounts[name]!.accessKey,
  'secret-key': accounts[name]!.secretKey
})
const tvm = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> =>
  runAction({ inputs: { vendor: 'tenable-vm', url: url(), ...inputs }, env })

function expectClean(run: Run, secrets: string[] = []): void {
  for (const step of [run.main, run.post]) {
    expect(step.stderr).toBe('')
    expectNoLeak(step, [...allSecrets, ...secrets])
  }
  // API keys open no session: the post step has nothing to do.
  expect(run.post.exitCode).toBe(0)
  expect(run.post.warnings).toEqual([])
}

function expectFailure(run: Run, ...fragments: string[]): string {
  expect(run.main.exitCode).toBe(1)
  expect(run.main.errors).toHaveLength(1)
  const [message = ''] = run.main.errors
  for (const fragment of fragments) expect(message).toContain(fragment)
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(run.main.outputs['auth-header']).toBeUndefined()
  expect(run.main.env).toEqual({})
  return message
}

describe('Tenable VM through the bundle', () => {
  it('verifies in one GET /session, gates by level and privilege, exports TIO_* and masks the header', async () => {
    const admin = accounts.admin!
    const run = await tvm({
      vendor: 'tenable-io',
      ...keysOf('admin'),
      'required-roles': 'Standard',
      'required-permissions': 'TIO_BACKEND.APIKEY.MANAGE'
    })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /session'])
    const header = `accessKey=${admin.accessKey}; secretKey=${admin.secretKey};`
    expect(sandbox.requests[0]!.headers['x-apikeys']).toBe(header)
    expect(run.main.outputs).toMatchObject({
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
      cookie: '',
      'expires-at': ''
    })
    expect(JSON.parse(run.main.outputs.permissions!)).toEqual(
      expect.arrayContaining(['TIO_BACKEND.SCAN.READ', 'TIO_BACKEND.APIKEY.MANAGE'])
    )
    expect(JSON.parse(run.main.outputs.identity!)).toMatchObject({
      vendor: 'tenable-vm',
      authMode: 'api-key',
      roles: ['Administrator']
    })
    expect(run.main.env).toEqual({
      TIO_URL: url(),
      TIO_ACCESS_KEY: admin.accessKey,
      TIO_SECRET_KEY: admin.secretKey
    })
    expect(run.main.log.join('\n')).toContain('Requirement role "Standard": pass')
    expect(run.main.summary).toContain('Tenable VM verified')
    expectMasked(run.main, [admin.accessKey, admin.secretKey, header])
    expectClean(run, [header])
  })

  it('reads the keys from TIO_* in the job environment, and from the legacy TENABLEIO_* names', async () => {
    const standard = accounts.standard!
    const run = await tvm(
      {},
      { TIO_ACCESS_KEY: standard.accessKey, TENABLEIO_SECRET_KEY: standard.secretKey }
    )
    expect(run.main.errors).toEqual([])
    expect(run.main.outputs.roles).toBe('["Standard"]')
    expect(run.main.env.TIO_SECRET_KEY).toBe(standard.secretKey)
    expectMasked(run.main, [standard.accessKey, standard.secretKey])
    expectClean(run)
  })

  it('rejects a key that is not 64 hexadecimal characters before any request, naming the input', async () => {
    const run = await tvm({ ...keysOf('admin'), 'secret-key': accounts.admin!.secretKey.slice(1) })
    const message = expectFailure(run, 'secret-key (63 characters)', '64 hexadecimal characters')
    expect(message).not.toContain('access-key (')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('names Tenable Security Center keys given to vendor: tenable, before any request', async () => {
    const sc = sandbox.accounts['tenable-sc'] as Record<string, Account>
    const run = await tvm({
      vendor: 'tenable',
      url: `${sandbox.httpsLocalhostUrl}/_vendor/tenable-sc`,
      'access-key': sc.manager!.accessKey,
      'secret-key': sc.manager!.secretKey
    })
    expectFailure(
      run,
      'the shape of Tenable Security Center (Tenable.sc) API keys, not Tenable VM keys',
      'set vendor: tenable-sc and its url'
    )
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run, [sc.manager!.accessKey, sc.manager!.secretKey])
  })

  it('recognises the whole key line pasted into access-key, before any request', async () => {
    const { accessKey, secretKey } = accounts.admin!
    const run = await tvm({
      'access-key': `accessKey=${accessKey};secretKey=${secretKey};`,
      'secret-key': secretKey
    })
    expectFailure(
      run,
      'The access-key input holds the whole "accessKey=…; secretKey=…;" line',
      'Fix: put each key in its own input'
    )
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('explains well-formed keys that Tenable VM does not know (401 JSON)', async () => {
    const run = await tvm(keysOf('unknownKey'))
    expectFailure(
      run,
      'Tenable VM: the API keys were rejected (HTTP 401 Unauthorized from GET',
      '/_vendor/tenable-vm/session',
      'Tenable VM said: Unauthorized: Invalid Credentials',
      'regenerated',
      'access-key and secret-key inputs (or TIO_ACCESS_KEY / TIO_SECRET_KEY)'
    )
    expect(sandbox.requests).toHaveLength(1)
    expectClean(run)
  })

  it('explains the recorded plain-text 401 with X-Path-Handler: blacklisted as a revoked key or deleted container', async () => {
    const run = await tvm(keysOf('deletedContainer'))
    const message = expectFailure(
      run,
      'Tenable VM: the access key was revoked, or its container was deleted (HTTP 401 Unauthorized from GET',
      'Tenable VM said: This scanner, agent, or API key token does not appear to be related to any active containers on any sites and has been blacklisted.',
      'generate keys in the Tenable VM container you use now'
    )
    expect(message).not.toContain('not JSON')
    expect(sandbox.requests).toHaveLength(1)
    expectClean(run)
  })

  it('refuses the keys of a disabled user', async () => {
    const run = await tvm(keysOf('disabled'))
    expectFailure(
      run,
      'Tenable VM: the API keys belong to dan.disabled@acme.example (Dan Disabled), whose user account is disabled',
      'enable the user'
    )
    expectClean(run)
  })

  it('fails the level gate, naming the user, its role and the required role', async () => {
    const run = await tvm({
      ...keysOf('standard'),
      'required-roles': 'Scan Manager, Administrator'
    })
    expectFailure(
      run,
      'stan.standard@acme.example (Stan Standard) holds "Standard", and this step requires one of "Scan Manager", "Administrator" or a higher level (required-roles)'
    )
    expect(run.main.outputs.roles).toBe('["Standard"]')
    expectClean(run)
  })

  it('fails the permission gate, naming the missing privilege', async () => {
    const run = await tvm({ ...keysOf('basic'), 'required-permissions': 'TIO_BACKEND.SCAN.CREATE' })
    expectFailure(
      run,
      'bea.basic@acme.example (Bea Basic) lacks "TIO_BACKEND.SCAN.CREATE" (required-permissions)'
    )
    expectClean(run)
  })

  it('waits out a 429 with Retry-After and then verifies', async () => {
    const run = await tvm({
      url: `${sandbox.httpUrl}/_fault/429-once/_vendor/tenable-vm`,
      ...keysOf('scanOperator')
    })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    expect(run.main.outputs.roles).toBe('["Scan Operator"]')
    expectClean(run)
  })
})
