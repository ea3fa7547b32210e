// Checkmarx One, bundle level: the built action spawned the way the runner does, against the
// sandbox fake. Every error the vendor notes name has its message here, and every scenario ends
// with the leak check: no API key, client secret, access or refresh token outside ::add-mask::
// (a refresh token the IAM returns is never read, so it is not even masked).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { signJwt } from '../../../sandbox/jwt.js'
import { runAction, runStep } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Step = Awaited<ReturnType<typeof runStep>>
interface Account {
  apiKey?: string
  apiKeyHttps?: string
  clientId?: string
  clientSecret?: string
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['checkmarx-one'] as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/checkmarx-one`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const key = (name: string): string => accounts[name]!.apiKey!
const client = (): Account => accounts.oauthClient!
const fake = () =>
  sandbox.fake('checkmarx-one') as unknown as {
    state: { refreshTokens: string[] }
    issueApiKey(account: string, base: string): string
  }

/** A run expected to succeed, with the leak check; returns the main step. */
async function passing(inputs: Record<string, string>, requests: number): Promise<Step> {
  const { main, post } = await runAction({ inputs: { vendor: 'cxone', url, ...inputs } })
  expect(main.errors).toEqual([])
  expect(main.exitCode).toBe(0)
  expect(sandbox.requests).toHaveLength(requests)
  expect(post.exitCode).toBe(0)
  expectNoLeak(
    main,
    secretsOf(main).filter((s) => s !== main.outputs.token)
  )
  expectNoLeak(post, secretsOf(main))
  return main
}

/**
 * Every credential of the fake, every token the step masked (access tokens), and every refresh
 * token the fake's answers carried.
 */
function secretsOf(step: Step): string[] {
  return [
    ...Object.values(accounts).flatMap((a) => [a.apiKey, a.apiKeyHttps, a.clientSecret]),
    ...step.masks.filter((mask: string) => mask.startsWith('eyJ')),
    ...fake().state.refreshTokens
  ].filter((v): v is string => Boolean(v))
}

async function failing(inputs: Record<string, string>, requests: number): Promise<string> {
  const { main, post } = await runAction({ inputs: { vendor: 'cxone', url, ...inputs } })
  expect(main.exitCode).toBe(1)
  expect(main.errors).toHaveLength(1)
  expect(main.stderr).toBe('')
  expect(main.env).toEqual({})
  expect(main.outputs.token ?? '').toBe('')
  expect(sandbox.requests).toHaveLength(requests)
  expect(post.exitCode).toBe(0)
  expectNoLeak(main, secretsOf(main))
  expectNoLeak(post, secretsOf(main))
  return main.errors[0]!
}

describe('Checkmarx One through the bundle', () => {
  it('API key: token and userinfo, outputs, CLI env, summary; nothing leaks', async () => {
    const { main, post } = await runAction({
      inputs: { vendor: 'checkmarx', url, 'api-key': key('admin'), 'required-roles': 'ast-admin' }
    })
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    const token = main.outputs.token!
    expect(token).toMatch(/^eyJ/)
    expect(main.outputs).toMatchObject({
      vendor: 'checkmarx-one',
      username: 'admin@acme.example',
      'display-name': 'Ada Admin',
      roles: '["ast-admin","iam-admin","ast-scanner"]',
      organization: 'acme',
      'auth-header': `Authorization: Bearer ${token}`,
      cookie: ''
    })
    expect(Date.parse(main.outputs['expires-at']!)).toBeGreaterThan(Date.now())
    expect(main.env).toEqual({
      CX_BASE_URI: url,
      CX_BASE_AUTH_URI: url,
      CX_TENANT: 'acme',
      CX_APIKEY: key('admin')
    })
    // The API key is the refresh token: it is exported as the key it is, never as a token.
    expect(Object.values(main.outputs)).not.toContain(key('admin'))
    expectMasked(main, [key('admin'), token])
    // The offline token of the answer is never read: neither masked nor shown (leak check below).
    expect(fake().state.refreshTokens).toHaveLength(1)
    expect(main.masks).not.toContain(fake().state.refreshTokens[0])
    expect(main.summary).toContain('Token expires')
    expect(main.summary).toContain('POST ')
    expect(post.exitCode).toBe(0)
    expect(post.errors).toEqual([])
    expectNoLeak(
      main,
      secretsOf(main).filter((s) => s !== token)
    )
    expectNoLeak(post, secretsOf(main))
  })

  it('OAuth client: client_credentials, CX_CLIENT_ID / CX_CLIENT_SECRET, secret never shown', async () => {
    const { main } = await runAction({
      inputs: {
        vendor: 'cxone',
        url,
        'client-id': client().clientId!,
        'client-secret': client().clientSecret!,
        tenant: 'acme'
      }
    })
    expect(main.errors).toEqual([])
    expect(main.outputs.username).toBe('service-account-acme-ci')
    expect(main.env).toEqual({
      CX_BASE_URI: url,
      CX_BASE_AUTH_URI: url,
      CX_TENANT: 'acme',
      CX_CLIENT_ID: 'acme-ci',
      CX_CLIENT_SECRET: client().clientSecret
    })
    expectMasked(main, [client().clientSecret!])
    expectNoLeak(
      main,
      secretsOf(main).filter((s) => s !== main.outputs.token)
    )
  })

  it('a key from `cx auth login`: its own azp (ide-integration) is the client_id', async () => {
    const main = await passing({ 'api-key': key('cliLogin') }, 2)
    expect(new URLSearchParams(sandbox.requests[0]!.body).get('client_id')).toBe('ide-integration')
    expect(main.outputs.username).toBe('dev@acme.example')
  })

  it('tenant input in capitals: lower-cased in the realm path, as the CLI does', async () => {
    const main = await passing({ 'api-key': key('developer'), tenant: 'Acme' }, 2)
    expect(sandbox.requests[0]!.path).toBe('/auth/realms/acme/protocol/openid-connect/token')
    expect(main.env.CX_TENANT).toBe('acme')
  })

  it('userinfo 403 insufficient_scope: identity and permissions from the token claims', async () => {
    const main = await passing(
      { 'api-key': key('noOpenid'), 'required-permissions': 'create-scan,view-scans' },
      2
    )
    expect(main.outputs).toMatchObject({
      'user-id': '5d3c9e1a-1111-4111-8111-000000000001',
      username: 'dev@acme.example',
      email: 'dev@acme.example',
      roles: '["ast-scanner","ast-viewer"]',
      permissions: '["create-scan","view-scans","view-results","view-projects"]'
    })
    expect(main.stdout).toContain("read from the access token's own claims")
  })

  it('required-permissions missing from roles_ast: refused naming the permission', async () => {
    const message = await failing(
      { 'api-key': key('globexAnalyst'), 'required-permissions': 'create-scan' },
      2
    )
    expect(message).toContain('"create-scan"')
    expect(message).toContain('required-permissions')
  })

  it('a 502 on the exchange is retried: the offline-token refresh is repeatable', async () => {
    const faulty = `${sandbox.httpUrl}/_fault/502-once/_vendor/checkmarx-one`
    await passing({ url: faulty, 'api-key': fake().issueApiKey('developer', faulty) }, 3)
    expect(sandbox.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'GET'])
  })

  it('revoked or expired API key: 400 invalid_grant, explained', async () => {
    const message = await failing({ 'api-key': key('revoked') }, 1)
    expect(message).toContain('the API key was refused (invalid_grant) (HTTP 400')
    expect(message).toContain('Checkmarx One said: invalid_grant: Offline user session not found')
    expect(message).toContain('revoked or expired')
    expect(message).toContain('IP allow-list')
    expect(message).toContain('Tenant: acme')
  })

  it('unknown tenant: 404 Realm does not exist', async () => {
    const message = await failing({ 'api-key': key('unknownTenant') }, 1)
    expect(message).toContain('the tenant "initech" does not exist at this IAM (HTTP 404')
    expect(message).toContain('Realm does not exist')
  })

  it('API key sent to another tenant: invalid_grant naming the tenant input', async () => {
    const message = await failing({ 'api-key': key('developer'), tenant: 'globex' }, 1)
    expect(message).toContain('invalid_grant')
    expect(message).toContain('the tenant input sent it to "globex"')
    expect(message).toContain('Fix: remove the tenant input (the key names its own tenant, "acme")')
  })

  it.each([
    ['wrong secret', 'acme-ci', 'not-the-secret-0000', 'unauthorized_client'],
    ['unknown client', 'ghost-client', 'not-the-secret-1111', 'invalid_client']
  ])('OAuth client, %s: 401 %s', async (_name, clientId, secret, code) => {
    const message = await failing(
      { 'client-id': clientId, 'client-secret': secret, tenant: 'acme' },
      1
    )
    expect(message).toContain('the OAuth client was rejected (HTTP 401')
    expect(message).toContain(`Checkmarx One said: ${code}`)
    expect(message).toContain('client-secret')
    expect(message).not.toContain(secret)
  })

  it('OAuth client without a tenant: refused before any request, naming the input', async () => {
    const message = await failing(
      { 'client-id': 'acme-ci', 'client-secret': client().clientSecret! },
      0
    )
    expect(message).toContain('The tenant input is required')
  })

  it('a key whose issuer is another host: refused before any request', async () => {
    const foreign = signJwt(
      { iss: 'https://collector.invalid/auth/realms/acme', typ: 'Offline', azp: 'ast-app' },
      'test-only-signing-key'
    )
    const message = await failing({ 'api-key': foreign }, 0)
    expect(message).toContain('issued by https://collector.invalid')
    expect(message).toContain('nothing was sent')
    expect(message).not.toContain(foreign)
  })

  it('a 401 that echoes the request headers quotes only the documented fields', async () => {
    const faulty = `${sandbox.httpUrl}/_fault/echo/_vendor/checkmarx-one`
    const { main } = await runAction({
      inputs: {
        vendor: 'cxone',
        url: faulty,
        'client-id': 'acme-ci',
        'client-secret': client().clientSecret!,
        tenant: 'acme'
      }
    })
    expect(main.errors).toHaveLength(1)
    expect(main.errors[0]).toContain('HTTP 401')
    expectNoLeak(main, secretsOf(main))
  })
})
