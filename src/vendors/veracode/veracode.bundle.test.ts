// Veracode, bundle level: the built action spawned the way the runner does, against the sandbox
// fake that verifies every signature. Every error the vendor notes name has its message here, and
// every scenario ends with the leak check: no API key (with or without its region prefix) and no
// signature header outside ::add-mask::.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction, runStep } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Step = Awaited<ReturnType<typeof runStep>>
interface Account {
  apiId: string
  apiKey: string
  expiresAt: string
}
interface VeracodeFake {
  state: { conversations: string[] }
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.veracode as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/veracode`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const pair = (name: string): Record<string, string> => ({
  'access-key': accounts[name]!.apiId,
  'secret-key': accounts[name]!.apiKey
})

/** Every API key of the fake, bare and prefixed, and every signature header sent. */
function secrets(): string[] {
  return [
    ...Object.values(accounts).flatMap((a) => [a.apiKey, a.apiKey.replace(/^vera01[ef]s-/, '')]),
    ...sandbox.requests.map((r) => String(r.headers.authorization ?? '')).filter(Boolean)
  ]
}

async function failing(inputs: Record<string, string>, requests: number): Promise<Step> {
  const { main, post } = await runAction({ inputs: { vendor: 'veracode', url, ...inputs } })
  expect(main.exitCode).toBe(1)
  expect(main.errors).toHaveLength(1)
  expect(main.stderr).toBe('')
  expect(main.env).toEqual({})
  expect(sandbox.requests).toHaveLength(requests)
  expect(post.exitCode).toBe(0)
  expectNoLeak(main, secrets())
  expectNoLeak(post, secrets())
  return main
}

describe('Veracode through the bundle', () => {
  it('two signed requests, identity, credential expiry, env; auth-header stays empty', async () => {
    const { main, post } = await runAction({
      inputs: { vendor: 'veracode', url, ...pair('apiService'), 'required-roles': 'uploadapi' }
    })
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => r.path)).toEqual([
      '/api/authn/v2/users/self',
      '/api/authn/v2/api_credentials'
    ])
    expect(main.outputs).toMatchObject({
      vendor: 'veracode',
      username: 'acme-ci-api',
      'display-name': 'Acme CI',
      email: 'ci@acme.example',
      roles: '["uploadapi","resultsapi"]',
      'auth-header': '',
      token: '',
      'expires-at': accounts.apiService!.expiresAt.replace(/\.\d{3}\+0000$/, 'Z')
    })
    expect(main.env).toEqual({
      VERACODE_API_KEY_ID: accounts.apiService!.apiId,
      VERACODE_API_KEY_SECRET: accounts.apiService!.apiKey
    })
    expectMasked(main, [
      accounts.apiService!.apiKey,
      ...sandbox.requests.map((r) => String(r.headers.authorization))
    ])
    expect(main.summary).toContain('Credential expires')
    expect(main.warnings).toEqual([])
    expect(post.exitCode).toBe(0)
    expect(post.errors).toEqual([])
    expectNoLeak(main, secrets())
    expectNoLeak(post, secrets())
  })

  it('EU credentials: prefixes stripped for signing, exported as given', async () => {
    const { main } = await runAction({ inputs: { vendor: 'veracode', url, ...pair('eu') } })
    expect(main.errors).toEqual([])
    expect(main.env.VERACODE_API_KEY_SECRET).toBe(accounts.eu!.apiKey)
    expectNoLeak(main, secrets())
  })

  it('credentials expiring soon: a warning naming the date and expiry-warning-days', async () => {
    const { main } = await runAction({
      inputs: { vendor: 'veracode', url, ...pair('expiringSoon') }
    })
    expect(main.exitCode).toBe(0)
    expect(main.warnings).toHaveLength(1)
    expect(main.warnings[0]).toContain('expiry-warning-days: 14')
    expectNoLeak(main, secrets())
  })

  it.each([
    ['regenerated (revoked)', 'regenerated'],
    ['expired', 'expired']
  ])('%s credentials: 401 with every cause named', async (_name, account) => {
    const main = await failing(pair(account), 1)
    const [message = ''] = main.errors
    expect(message).toContain('Veracode: the signed request was rejected (HTTP 401')
    expect(message).toContain('Veracode said: Unauthorized request')
    expect(message).toContain('generating a new pair revokes the old one')
    expect(message).toContain('swapped')
    expect(message).toContain("runner's clock is off")
    expect(message).toContain('how far is not documented')
    expect(message).toContain('another Veracode region')
    expect(message).toContain('access-key (or VERACODE_API_KEY_ID)')
    const { conversations } = (sandbox.fake('veracode') as unknown as VeracodeFake).state
    expect(conversations).toHaveLength(1)
    expect(message).toContain(
      `Conversation ID: ${conversations[0]} (the answer's x-conversation-id; quote it to Veracode support)`
    )
  })

  it('FedRAMP credentials: prefixes stripped for signing at the url given', async () => {
    const { main } = await runAction({ inputs: { vendor: 'veracode', url, ...pair('fedramp') } })
    expect(main.errors).toEqual([])
    expect(main.outputs.username).toBe('fay@agency.example')
    const bare = accounts.fedramp!.apiId.replace(/^vera01fi-/, '')
    expect(String(sandbox.requests[0]!.headers.authorization)).toContain(`id=${bare},`)
    expectNoLeak(main, secrets())
  })

  it('FedRAMP credentials with region eu: refused before any request, naming fedramp', async () => {
    const { main } = await runAction({
      inputs: { vendor: 'veracode', region: 'eu', ...pair('fedramp') }
    })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toContain('belong to region fedramp')
    expect(main.errors[0]).toContain('https://api.veracode.us')
    expect(sandbox.requests).toHaveLength(0)
    expectNoLeak(main, secrets())
  })

  it('an OAuth client ID as access-key: refused before any request, naming OAuth', async () => {
    const main = await failing(
      { 'access-key': '3f2b1c7e-9a4d-4e8b-a1c2-0d9e8f7a6b5c', 'secret-key': 'oauth-client-secret' },
      0
    )
    expect(main.errors[0]).toContain(
      'it looks like the Client ID of Veracode OAuth Client credentials'
    )
    expect(main.errors[0]).not.toContain('not a Veracode API ID')
  })

  it('API ID and key swapped: refused before any request', async () => {
    const swapped = {
      'access-key': accounts.user!.apiKey,
      'secret-key': accounts.user!.apiId
    }
    const main = await failing(swapped, 0)
    expect(main.errors[0]).toContain('look swapped')
  })

  it('EU credentials with region us: refused before any request, naming the region', async () => {
    const { main } = await runAction({
      inputs: { vendor: 'veracode', region: 'us', ...pair('eu') }
    })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toContain('belong to region eu')
    expect(sandbox.requests).toHaveLength(0)
    expectNoLeak(main, secrets())
  })

  it('a 401 that echoes the signed header back leaks nothing', async () => {
    const faulty = `${sandbox.httpUrl}/_fault/echo/_vendor/veracode`
    const { main } = await runAction({
      inputs: { vendor: 'veracode', url: faulty, ...pair('user') }
    })
    expect(main.errors).toHaveLength(1)
    expect(main.errors[0]).toContain('HTTP 401')
    expectNoLeak(main, secrets())
  })
})
