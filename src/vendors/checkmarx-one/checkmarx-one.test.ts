// Checkmarx One: where the IAM is and which tenant (unit, through the real plan builder), the
// identity reader, the kit's second-origin client, then the whole main step in-process against the
// sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { ActionFailure } from '../../core/failure.js'
import { emptyIdentity } from '../../core/identity.js'
import { judgePrivilege } from '../../core/privilege.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { checkmarxOne } from './index.js'
import { exchangeAndVerify, identityFrom } from './exchange.js'
import { apiKeyClient, iamBaseFor, issuerOf, locate, REGIONS } from './iam.js'
import { atBaseUrl } from '../../kit/endpoint.js'
import type { VendorContext } from '../../kit/types.js'
import type { HttpClient } from '../../net/client.js'
import type { HttpResponse, RequestOptions } from '../../net/types.js'
import { startSandbox } from '../../../sandbox/index.js'
import { signJwt } from '../../../sandbox/jwt.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { expectNoLeak } from '../../../__tests__/helpers/leaks.js'

/** Vendor io for unit tests: nothing to mask, redaction is the identity, logs dropped. */
const testIo = {
  mask: () => {},
  redact: (text: string) => text,
  info: () => {},
  debug: () => {}
}

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  apiKey?: string
  apiKeyHttps?: string
  clientId?: string
  clientSecret?: string
  tenant: string
  username: string
}
interface CheckmarxFake {
  state: { issued: Record<string, unknown>[]; refreshTokens: string[] }
  revokeApiKey(apiKey: string): void
  issueApiKey(account: string, base: string): string
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let fake: CheckmarxFake
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['checkmarx-one'] as Record<string, Account>
  fake = sandbox.fake('checkmarx-one') as unknown as CheckmarxFake
  url = `${sandbox.httpUrl}/_vendor/checkmarx-one`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const key = (name: string): string => accounts[name]!.apiKey!
/** An offline-token-shaped key whose claims say what a test needs (never sent anywhere). */
const keyWith = (claims: Record<string, unknown>): string =>
  signJwt({ typ: 'Offline', azp: 'ast-app', sub: 'u-1', ...claims }, 'test-only-signing-key')

function raw(inputs: Partial<RawInputs>): RawInputs {
  const all = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs
  return { ...all, vendor: 'checkmarx-one', ...inputs }
}
const plan = (inputs: Partial<RawInputs>, env: NodeJS.ProcessEnv = {}) =>
  buildPlan(raw(inputs), checkmarxOne, { env })

function planError(inputs: Partial<RawInputs>): string {
  try {
    plan(inputs)
  } catch (error) {
    if (error instanceof ActionFailure) return error.message
    throw error
  }
  throw new Error('expected the plan to be refused')
}

describe('where the IAM is', () => {
  it.each([
    ['https://ast.checkmarx.net', 'https://iam.checkmarx.net'],
    ['https://eu-2.ast.checkmarx.net/', 'https://eu-2.iam.checkmarx.net'],
    ['https://AST.example.com:8443', 'https://iam.example.com:8443'],
    ['https://cx.example.com', 'https://cx.example.com'],
    ['http://127.0.0.1:9/_vendor/checkmarx-one', 'http://127.0.0.1:9/_vendor/checkmarx-one']
  ])('%s → %s', (api, iam) => {
    expect(iamBaseFor(api)).toBe(iam)
  })

  it('reads the IAM origin and the tenant from the API key issuer', () => {
    expect(issuerOf(keyWith({ iss: 'https://eu.iam.checkmarx.net/auth/realms/acme' }))).toEqual({
      origin: 'https://eu.iam.checkmarx.net',
      realm: 'acme'
    })
    expect(issuerOf(key('developer'))).toEqual({ origin: sandbox.httpUrl, realm: 'acme' })
    expect(issuerOf(keyWith({ iss: 'https://iam.checkmarx.net/realms' }))).toBeUndefined()
    expect(issuerOf('not-a-jwt')).toBeUndefined()
  })

  it("reads the realm from aud first (the CLI's claim), then iss, and lower-cases it", () => {
    const both = keyWith({
      aud: 'https://eu.iam.checkmarx.net/auth/realms/Acme',
      iss: 'https://iam.checkmarx.net/auth/realms/other'
    })
    expect(issuerOf(both)).toEqual({ origin: 'https://eu.iam.checkmarx.net', realm: 'acme' })
    const listed = keyWith({ aud: ['account', 'https://deu.iam.checkmarx.net/auth/realms/x1'] })
    expect(issuerOf(listed)).toEqual({ origin: 'https://deu.iam.checkmarx.net', realm: 'x1' })
    const issOnly = keyWith({ aud: 'account', iss: 'https://iam.checkmarx.net/auth/realms/ACME' })
    expect(issuerOf(issOnly)).toEqual({ origin: 'https://iam.checkmarx.net', realm: 'acme' })
    expect(
      plan({ 'api-key': keyWith({ aud: 'https://anz.iam.checkmarx.net/auth/realms/a' }) }).region
    ).toBe('anz')
  })

  it('lower-cases the tenant input, as the CLI does', () => {
    const given = plan({ url, 'api-key': key('developer'), tenant: 'ACME' })
    expect(locate(given)).toMatchObject({ tenant: 'acme', tenantSource: 'tenant input' })
    const client = plan({ url, 'client-id': 'c', 'client-secret': 's', tenant: 'Acme' })
    expect(locate(client).tenant).toBe('acme')
  })

  it('lets a cloud key pick its region when neither url nor region is given', () => {
    const eu = plan({
      'api-key': keyWith({ iss: 'https://eu.iam.checkmarx.net/auth/realms/acme' })
    })
    expect(eu.region).toBe('eu')
    expect(eu.url).toBe(REGIONS.eu)
    expect(locate(eu)).toMatchObject({
      iam: 'https://eu.iam.checkmarx.net',
      tenant: 'acme',
      tenantSource: "API key's issuer"
    })
  })

  it('takes the tenant input over the claim, and needs it when the key names none', () => {
    const given = plan({ url, 'api-key': key('developer'), tenant: 'globex' })
    expect(locate(given)).toMatchObject({ tenant: 'globex', tenantSource: 'tenant input' })
    expect(locate(given).warnings).toEqual([
      expect.stringContaining(
        'The tenant input is "globex", but the api-key belongs to the tenant "acme" (its realm claim)'
      )
    ])
    expect(locate(plan({ url, 'api-key': key('developer'), tenant: 'ACME' })).warnings).toEqual([])
    expect(planError({ url, 'api-key': keyWith({}) })).toContain('The tenant input is required')
  })

  it('names a wrongly copied key, not the tenant, when the api-key is no JWT at all', () => {
    const message = planError({ url, 'api-key': 'not-a-key' })
    expect(message).toContain(
      'The api-key input does not look like a Checkmarx One API key, which is a JWT (three dot-separated parts beginning "eyJ") that names its tenant, so nothing was sent.'
    )
    expect(message).toContain(
      'Fix: copy the whole key from Identity and Access Management > API Keys'
    )
    expect(message).not.toContain('The tenant input is required')
  })

  it('needs the tenant for an OAuth client, naming the input', () => {
    const message = planError({ url, 'client-id': 'acme-ci', 'client-secret': 's3cret' })
    expect(message).toContain('The tenant input is required')
    expect(message).toContain('CX_TENANT')
    expect(
      plan({ url, 'client-id': 'c', 'client-secret': 's' }, { CX_TENANT: 'acme' }).options
    ).toEqual({ tenant: 'acme' })
  })

  it.each(['acme/../admin', 'a b', '%2e%2e', '..'])('refuses the tenant %p', (tenant) => {
    expect(planError({ url, 'client-id': 'c', 'client-secret': 's', tenant })).toContain(
      'is not a Checkmarx One tenant name'
    )
  })
})

describe('the API key is sent only to the IAM of the url or region the step chose', () => {
  it('refuses a key issued by another host than the url, before any request', () => {
    const evil = keyWith({ iss: 'https://attacker.example/auth/realms/acme' })
    const message = planError({ url: 'https://ast.checkmarx.net', 'api-key': evil })
    expect(message).toContain('issued by https://attacker.example')
    expect(message).toContain('whose IAM is https://iam.checkmarx.net')
    expect(message).toContain('nothing was sent')
    expect(message).not.toContain(evil)
  })

  it('refuses such a key with the default region too, instead of following its issuer', () => {
    const message = planError({
      'api-key': keyWith({ iss: 'https://iam.internal.example/auth/realms/acme' })
    })
    expect(message).toContain('region us')
    expect(message).toContain('https://ast.internal.example')
  })

  it("refuses a key whose aud realm is at another IAM, even when its iss is the step's", () => {
    const evil = keyWith({
      aud: 'https://attacker.example/auth/realms/acme',
      iss: 'https://iam.checkmarx.net/auth/realms/acme'
    })
    const message = planError({ url: 'https://ast.checkmarx.net', 'api-key': evil })
    expect(message).toContain('issued by https://attacker.example')
    expect(message).toContain('nothing was sent')
  })

  it('refuses a plain-http issuer for an https url on the same host', () => {
    const message = planError({
      url: 'https://cx.example.com',
      'api-key': keyWith({ iss: 'http://cx.example.com/auth/realms/acme' })
    })
    expect(message).toContain('issued by http://cx.example.com')
  })

  it('names the region a cloud key belongs to when the region input disagrees', () => {
    const message = planError({
      region: 'us',
      'api-key': keyWith({ iss: 'https://deu.iam.checkmarx.net/auth/realms/acme' })
    })
    expect(message).toContain('set region: deu')
  })

  it('accepts the sandbox key whose issuer is the url itself, fault prefix or not', () => {
    expect(locate(plan({ url, 'api-key': key('developer') })).iam).toBe(url)
    const faulty = `${sandbox.httpUrl}/_fault/html/_vendor/checkmarx-one`
    expect(locate(plan({ url: faulty, 'api-key': key('developer') })).iam).toBe(faulty)
  })

  // Contract, Checkmarx One row: client_id = the key's own azp claim, `ast-app` when it has none.
  it("exchanges a key that names no client (no azp) as ast-app, the CLI's default", () => {
    expect(apiKeyClient(keyWith({ azp: undefined }))).toBe('ast-app')
    expect(apiKeyClient(keyWith({ azp: '  ' }))).toBe('ast-app')
    expect(apiKeyClient(keyWith({ azp: 42 }))).toBe('ast-app')
    expect(apiKeyClient('not-a-jwt')).toBe('ast-app')
    expect(apiKeyClient(keyWith({ azp: 'ide-integration' }))).toBe('ide-integration')
  })

  it('warns when the api-key holds an access token', () => {
    const token = keyWith({ typ: 'Bearer', iss: `${url}/auth/realms/acme` })
    expect(plan({ url, 'api-key': token }).warnings.join('\n')).toContain('access token')
  })
})

describe('identityFrom: userinfo names the user, the token carries roles', () => {
  it('reads the standard claims and the roles claim', () => {
    expect(
      identityFrom(
        { sub: 's1', preferred_username: 'dev', email: 'd@x.io', name: 'Dana D' },
        { roles: ['ast-scanner'], realm_access: { roles: ['other'] }, tenant_name: 'Acme' },
        'acme'
      )
    ).toEqual({
      userId: 's1',
      username: 'dev',
      displayName: 'Dana D',
      email: 'd@x.io',
      roles: ['ast-scanner'],
      permissions: undefined,
      organization: 'Acme'
    })
  })

  it('reads the permission names from the roles_ast claim', () => {
    const claims = { roles: ['ast-scanner'], roles_ast: ['create-scan', 'view-scans'] }
    expect(identityFrom({ sub: 's' }, claims, 't').permissions).toEqual([
      'create-scan',
      'view-scans'
    ])
  })

  it('falls back to realm_access roles, and reports no roles when the token has none', () => {
    expect(identityFrom({ sub: 's' }, { realm_access: { roles: ['r'] } }, 't').roles).toEqual(['r'])
    expect(identityFrom({ sub: 's' }, {}, 't')).toMatchObject({
      roles: undefined,
      organization: 't'
    })
  })
})

describe('least privilege: the administrative roles', () => {
  const who = (roles: string[]) => ({ ...emptyIdentity(), username: 'eve', roles })

  it.each([['ast-admin'], ['iam-admin'], ['IAM-Admin']])(
    'warns about %s, which can administer the tenant, naming ast-scanner',
    (held) => {
      const { warnings } = judgePrivilege(checkmarxOne, who([held, 'ast-scanner']), [], 'eve')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain(`eve holds ${held}, an administrative role`)
      expect(warnings[0]).toContain('ast-scanner')
    }
  )

  it('gives no warning to a scanner', () => {
    expect(judgePrivilege(checkmarxOne, who(['ast-scanner']), [], 'eve').warnings).toEqual([])
  })
})

describe('kit atBaseUrl: a second origin with the same settings', () => {
  it('sends to the other base URL and lists its requests in the step table', async () => {
    const stepPlan = plan({ url, 'api-key': key('developer') })
    const http = createHttpClient({ ...stepPlan, vendorName: 'Checkmarx One' }, testIo)
    const context = { ...vendorContext(http, testIo), plan: stepPlan, vendor: checkmarxOne }
    const other = url.replace('127.0.0.1', 'localhost')
    const status = await atBaseUrl(context, other, async (iam) => {
      expect(iam.http).not.toBe(http)
      const response = await iam.http.request({
        method: 'GET',
        path: '/auth/realms/acme/protocol/openid-connect/userinfo'
      })
      return response.status
    })
    http.close()
    expect(status).toBe(401)
    expect(sandbox.requests[0]!.headers.host).toMatch(/^localhost:/)
    expect(http.records.map((r) => r.endpoint)).toEqual([
      `GET ${other}/auth/realms/acme/protocol/openid-connect/userinfo`
    ])
  })
})

describe('Checkmarx One main step (real @actions/core, sandbox over loopback)', () => {
  it('exchanges the API key, reads userinfo, and exports the CLI variables', async () => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('developer'),
      'required-roles': 'ast-scanner'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /auth/realms/acme/protocol/openid-connect/token',
      'GET /auth/realms/acme/protocol/openid-connect/userinfo'
    ])
    const form = new URLSearchParams(sandbox.requests[0]!.body)
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'refresh_token',
      client_id: 'ast-app',
      refresh_token: key('developer')
    })
    const token = /^Bearer (.+)$/.exec(String(sandbox.requests[1]!.headers.authorization))![1]!
    expect(step.outputs).toMatchObject({
      vendor: 'checkmarx-one',
      url,
      'user-id': '5d3c9e1a-1111-4111-8111-000000000001',
      username: 'dev@acme.example',
      'display-name': 'Dana Developer',
      email: 'dev@acme.example',
      roles: '["ast-scanner","ast-viewer"]',
      organization: 'acme',
      'auth-header': `Authorization: Bearer ${token}`,
      token
    })
    const expiresAt = Date.parse(step.outputs['expires-at']!)
    expect(expiresAt - Date.now()).toBeGreaterThan(29 * 60 * 1000)
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(30 * 60 * 1000)
    expect(step.env).toEqual({
      CX_BASE_URI: url,
      CX_BASE_AUTH_URI: url,
      CX_TENANT: 'acme',
      CX_APIKEY: key('developer')
    })
    expect(step.masks).toEqual(expect.arrayContaining([key('developer'), token]))
    expect(step.log.join('\n')).toContain("Tenant: acme (from the API key's issuer)")
    expect(step.summary).toContain('/protocol/openid-connect/userinfo')
  })

  it('never masks, outputs or prints the refresh token the exchange returns', async () => {
    const step = await runMain({ vendor: 'checkmarx', url, 'api-key': key('admin') })
    expect(step.exitCode).toBe(0)
    const values = [...Object.values(step.outputs), ...Object.values(step.env)]
    const masked = step.masks.filter((m) => m !== key('admin') && m.startsWith('eyJ'))
    // Only the access token (an output): the new offline token is never read, so the server's
    // answer does not choose a mask (security review 2, F3).
    expect(masked).toEqual([step.outputs.token])
    expect(masked.filter((m) => !values.includes(m))).toEqual([])
    const [refreshToken] = fake.state.refreshTokens
    expect(fake.state.refreshTokens).toHaveLength(1)
    expect(
      [step.stdout, step.summary, JSON.stringify([step.outputs, step.env, step.state])].join('\n')
    ).not.toContain(refreshToken!)
    expect(step.outputs.roles).toBe('["ast-admin","iam-admin","ast-scanner"]')
  })

  it('logs in an OAuth client with client_credentials and the openid scope', async () => {
    const client = accounts.oauthClient!
    const step = await runMain({
      vendor: 'checkmarx-one',
      url,
      'client-id': client.clientId!,
      'client-secret': client.clientSecret!,
      tenant: 'acme'
    })
    expect(step.errors).toEqual([])
    expect(Object.fromEntries(new URLSearchParams(sandbox.requests[0]!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'acme-ci',
      client_secret: client.clientSecret,
      scope: 'openid'
    })
    expect(step.outputs).toMatchObject({
      username: 'service-account-acme-ci',
      roles: '["ast-scanner"]',
      identity: expect.stringContaining('"authMode":"oauth-client"')
    })
    expect(step.env).toEqual({
      CX_BASE_URI: url,
      CX_BASE_AUTH_URI: url,
      CX_TENANT: 'acme',
      CX_CLIENT_ID: 'acme-ci',
      CX_CLIENT_SECRET: client.clientSecret
    })
    expect(step.masks).toContain(client.clientSecret)
  })

  it("warns when the job's CX_APIKEY would have later cx steps log in as that key, not the client", async () => {
    const client = accounts.oauthClient!
    const inputs = {
      vendor: 'checkmarx-one',
      url,
      'client-id': client.clientId!,
      'client-secret': client.clientSecret!,
      tenant: 'acme'
    }
    const step = await runMain(inputs, { CX_APIKEY: key('admin') })
    expect(step.errors).toEqual([])
    const warning =
      "The job's CX_APIKEY is set, and Checkmarx One's own tools read it before CX_CLIENT_ID, which this step exports: later steps would use the job's CX_APIKEY, not what this step verified. Unset CX_APIKEY for the job."
    expect(step.warnings).toEqual([warning])
    expect(step.summary).toContain('The job&#39;s CX&#95;APIKEY is set')
    // The exports stay the contract's: nothing is written over the job's variable.
    expect(step.env).not.toHaveProperty('CX_APIKEY')
    expectNoLeak(step, [key('admin')])

    // With an API key the step exports CX_APIKEY itself, which ast-cli reads first.
    const keyed = await runMain(
      { vendor: 'checkmarx-one', url, 'api-key': key('developer') },
      { CX_CLIENT_ID: 'acme-ci', CX_CLIENT_SECRET: client.clientSecret! }
    )
    expect(keyed.errors).toEqual([])
    expect(keyed.warnings).toEqual([])
    // export-env false hands nothing on, so nothing to warn about.
    const quiet = await runMain({ ...inputs, 'export-env': 'false' }, { CX_APIKEY: key('admin') })
    expect(quiet.warnings).toEqual([])
  })

  it('reads the key and the tenant from CX_APIKEY / CX_TENANT', async () => {
    const step = await runMain({ vendor: 'cxone', url }, { CX_APIKEY: key('globexAnalyst') })
    expect(step.exitCode).toBe(0)
    expect(step.outputs.username).toBe('analyst@globex.example')
    expect(step.env.CX_TENANT).toBe('globex')
    expect(step.masks).toContain(key('globexAnalyst'))
  })

  it("a second step with its own key keeps the key's tenant over the first step's CX_TENANT", async () => {
    const first = await runMain({ vendor: 'cxone', url, 'api-key': key('developer') })
    expect(first.env.CX_TENANT).toBe('acme')
    sandbox.reset()
    const second = await runMain(
      { vendor: 'cxone', url, 'api-key': key('globexAnalyst') },
      { CX_TENANT: first.env.CX_TENANT! }
    )
    expect(second.errors).toEqual([])
    expect(second.exitCode).toBe(0)
    expect(second.outputs.username).toBe('analyst@globex.example')
    expect(second.env.CX_TENANT).toBe('globex')
    expect(second.warnings).toEqual([
      expect.stringContaining(
        'CX_TENANT names the tenant "acme", but the api-key belongs to "globex", so the key\'s own tenant is used'
      )
    ])
    expect(second.log.join('\n')).toContain("Tenant: globex (from the API key's issuer)")
  })

  it("refuses a key realm that is not a tenant name, with or without the job's CX_TENANT", () => {
    const dotDot = keyWith({ iss: 'https://iam.checkmarx.net/auth/realms/..' })
    for (const env of [{}, { CX_TENANT: 'acme' }]) {
      expect(() => locate(plan({ 'api-key': dotDot }, env))).toThrow(
        'is not a Checkmarx One tenant name'
      )
    }
  })

  it('names CX_TENANT, not the tenant input, as the source of a tenant read from it', async () => {
    const client = accounts.oauthClient!
    const step = await runMain(
      { vendor: 'cxone', url, 'client-id': 'acme-ci', 'client-secret': client.clientSecret! },
      { CX_TENANT: 'acme' }
    )
    expect(step.exitCode).toBe(0)
    expect(step.log.join('\n')).toContain('Tenant: acme (from the CX_TENANT)')
  })

  it('warns when the API key itself expires within expiry-warning-days', async () => {
    // The fake's own signing key for realm acme, so it accepts this key for the live session.
    const expiring = signJwt(
      {
        iss: `${url}/auth/realms/acme`,
        sub: '5d3c9e1a-1111-4111-8111-000000000001',
        typ: 'Offline',
        azp: 'ast-app',
        sid: 'sid-developer',
        exp: Math.floor(Date.now() / 1000) + 3 * 24 * 3600
      },
      'sandbox-checkmarx-one-acme-realm-key'
    )
    const step = await runMain({ vendor: 'cxone', url, 'api-key': expiring })
    expect(step.errors).toEqual([])
    expect(step.warnings.join('\n')).toMatch(/Checkmarx One credential expires in [23] days/)
    expect(step.summary).toContain('Credential expires')
    // expires-at stays the access token's.
    expect(Date.parse(step.outputs['expires-at']!) - Date.now()).toBeLessThan(31 * 60 * 1000)
  })

  it('explains a revoked key (invalid_grant) without quoting it', async () => {
    fake.revokeApiKey(key('developer'))
    const step = await runMain({ vendor: 'cxone', url, 'api-key': key('developer') })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('the API key was refused (invalid_grant)')
    expect(message).toContain('HTTP 400')
    expect(message).toContain('Offline user session not found')
    expect(message).toContain('api-key input (or CX_APIKEY)')
    expectNoLeak(step, [key('developer')])
    expect(sandbox.requests).toHaveLength(1)
  })

  it('names the expiry of an API key past its exp among the causes of invalid_grant', async () => {
    const expiredAt = Math.floor(Date.now() / 1000) - 24 * 3600
    const expired = keyWith({ iss: `${url}/auth/realms/acme`, exp: expiredAt })
    const step = await runMain({ vendor: 'cxone', url, 'api-key': expired })
    expect(step.exitCode).toBe(1)
    const [message = ''] = step.errors
    expect(message).toContain('the API key was refused (invalid_grant)')
    expect(message).toContain(
      `the API key expired on ${new Date(expiredAt * 1000).toISOString().replace('.000Z', 'Z')}`
    )
    // The key names its tenant itself: no other tenant is a cause.
    expect(message).not.toContain('the key belongs to another tenant')
    // A key that has not expired is not said to have.
    const current = keyWith({ iss: `${url}/auth/realms/acme`, exp: expiredAt + 7 * 24 * 3600 })
    const later = await runMain({ vendor: 'cxone', url, 'api-key': current })
    expect(later.errors[0]).toContain('the API key was refused (invalid_grant)')
    expect(later.errors[0]).not.toContain('the API key expired')
  })

  it('blames the client that exchanges API keys, not the key, when the IAM refuses that client', async () => {
    // A key issued to a client this tenant does not have: the IAM answers 401 invalid_client.
    const foreign = keyWith({ iss: `${url}/auth/realms/acme`, azp: 'retired-plugin' })
    const step = await runMain({ vendor: 'cxone', url, 'api-key': foreign })
    expect(step.exitCode).toBe(1)
    const [message = ''] = step.errors
    expect(message).toContain(
      'the IAM refused the retired-plugin client used to exchange API keys (HTTP 401'
    )
    expect(message).toContain('IP allow-list')
    expect(message).toContain('Fix: check the region or url input and the tenant IP allow-list.')
    expect(message).not.toContain('the OAuth client was rejected')
    expectNoLeak(step, [foreign])
  })

  it('names the CX_TENANT variable when a key that names no tenant is refused at its realm', async () => {
    // The key names no realm, so the job's CX_TENANT picks the one it is sent to.
    const step = await runMain(
      { vendor: 'cxone', url, 'api-key': keyWith({}) },
      { CX_TENANT: 'globex' }
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'the key belongs to another tenant than the CX_TENANT variable "globex" (unset it: the key names its own)'
    )
  })

  it('names the tenant input when it sends the key to another tenant, and fixes the input, not the key', async () => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('developer'),
      tenant: 'globex'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'the key belongs to the tenant "acme" (its realm claim), and the tenant input sent it to "globex"'
    )
    expect(step.errors[0]).toContain(
      'Fix: remove the tenant input (the key names its own tenant, "acme"), or store an API key of tenant "globex" in the secret behind the api-key input (or CX_APIKEY).'
    )
    expect(step.errors[0]).not.toContain('Fix: generate a new API key')
    expect(step.warnings).toContainEqual(
      expect.stringContaining('Fix: remove the tenant input (the key names its tenant itself)')
    )
  })

  it('explains an unknown tenant (404 Realm does not exist)', async () => {
    const step = await runMain({ vendor: 'cxone', url, 'api-key': key('unknownTenant') })
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('the tenant "initech" does not exist at this IAM')
    expect(step.errors[0]).toContain('HTTP 404')
    // The tenant came from the key, not from an input: a new key is the fix, no tenant input.
    expect(step.errors[0]).toContain(
      'Fix: generate a new API key under Identity and Access Management > API Keys in the tenant the pipeline uses'
    )
    expect(step.errors[0]).not.toContain('tenant input')
  })

  it('names the tenant input when a misspelled one names no tenant (404)', async () => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('developer'),
      tenant: 'acmee'
    })
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('the tenant "acmee" does not exist at this IAM')
    expect(step.errors[0]).toContain('Fix: check the tenant input and the region or url input.')
  })

  it('names CX_TENANT when the tenant it names does not exist (404)', async () => {
    const step = await runMain(
      { vendor: 'cxone', url, 'client-id': 'acme-ci', 'client-secret': 'whatever-secret' },
      { CX_TENANT: 'initech' }
    )
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('the tenant "initech" does not exist at this IAM')
    expect(step.errors[0]).toContain(
      'Fix: check the CX_TENANT variable and the region or url input.'
    )
  })

  it.each([
    ['a wrong client secret', 'acme-ci', 'wrong-secret', 'unauthorized_client'],
    ['an unknown client', 'nobody', 'whatever-secret', 'invalid_client']
  ])('explains %s (401)', async (_name, clientId, secret, code) => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'client-id': clientId,
      'client-secret': secret,
      tenant: 'acme'
    })
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('the OAuth client was rejected')
    expect(message).toContain('HTTP 401')
    expect(message).toContain(code)
    expect(message).toContain('client-secret')
    expect(message).toContain('region')
    expect(message).not.toContain(secret)
  })

  it('fails the role gate naming what the identity holds', async () => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('globexAnalyst'),
      'required-roles': 'ast-admin'
    })
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('"ast-viewer"')
    expect(step.errors[0]).toContain('"ast-admin"')
    expect(step.env).toEqual({})
  })

  it('reports the roles_ast permissions and checks required-permissions against them', async () => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('developer'),
      'required-permissions': 'create-scan, view-results'
    })
    expect(step.errors).toEqual([])
    expect(step.outputs.permissions).toBe(
      '["create-scan","view-scans","view-results","view-projects"]'
    )
    sandbox.reset()
    const refused = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('developer'),
      'required-permissions': 'manage-users'
    })
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toContain('"manage-users"')
    expect(refused.env).toEqual({})
  })

  it("sends the key's own azp as client_id: a key from `cx auth login` (ide-integration)", async () => {
    const step = await runMain({ vendor: 'cxone', url, 'api-key': key('cliLogin') })
    expect(step.errors).toEqual([])
    expect(new URLSearchParams(sandbox.requests[0]!.body).get('client_id')).toBe('ide-integration')
    expect(step.outputs.username).toBe('dev@acme.example')
  })

  it('sends the tenant input lower-cased in the realm path and CX_TENANT', async () => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('developer'),
      tenant: 'ACME'
    })
    expect(step.errors).toEqual([])
    expect(sandbox.requests[0]!.path).toBe('/auth/realms/acme/protocol/openid-connect/token')
    expect(step.env.CX_TENANT).toBe('acme')
  })

  it('reads the identity from the token claims when userinfo answers 403 insufficient_scope', async () => {
    const step = await runMain({
      vendor: 'cxone',
      url,
      'api-key': key('noOpenid'),
      'required-roles': 'ast-scanner',
      'required-permissions': 'create-scan'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    expect(step.outputs).toMatchObject({
      'user-id': '5d3c9e1a-1111-4111-8111-000000000001',
      username: 'dev@acme.example',
      'display-name': 'Dana Developer',
      email: 'dev@acme.example',
      roles: '["ast-scanner","ast-viewer"]',
      organization: 'acme'
    })
    expect(step.log.join('\n')).toContain("Identity: read from the access token's own claims")
  })

  it.each(['api-key', 'oauth-client'])(
    'retries the %s exchange after a 502 (it is repeatable)',
    async (mode) => {
      const faulty = `${sandbox.httpUrl}/_fault/502-once/_vendor/checkmarx-one`
      const credentials =
        mode === 'api-key'
          ? { 'api-key': fake.issueApiKey('developer', faulty) }
          : {
              'client-id': accounts.oauthClient!.clientId!,
              'client-secret': accounts.oauthClient!.clientSecret!,
              tenant: 'acme'
            }
      const step = await runMain({ vendor: 'cxone', url: faulty, ...credentials })
      expect(step.errors).toEqual([])
      expect(sandbox.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'GET'])
    }
  )

  it('verifies over HTTPS with the sandbox CA, using the key issued for that origin', async () => {
    const secure = `${sandbox.httpsUrl}/_vendor/checkmarx-one`
    const step = await runMain({
      vendor: 'cxone',
      url: secure,
      'api-key': accounts.developer!.apiKeyHttps!,
      'ca-cert': sandbox.caCertPem
    })
    expect(step.errors).toEqual([])
    expect(step.env.CX_BASE_AUTH_URI).toBe(secure)
    expect(fake.state.issued).toHaveLength(1)
  })

  it('refuses the plain-http key for the https url: its issuer is another origin', async () => {
    const secure = `${sandbox.httpsUrl}/_vendor/checkmarx-one`
    const step = await runMain({
      vendor: 'cxone',
      url: secure,
      'api-key': key('developer'),
      'ca-cert': sandbox.caCertPem
    })
    expect(step.errors[0]).toContain(`issued by ${sandbox.httpUrl}`)
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('an IAM whose userinfo names another subject than the token it was sent', () => {
  /** A loopback IAM that issues a token for `tokenSub` and answers userinfo with `userinfo`. */
  async function iam(tokenSub: string, userinfo: Record<string, unknown>) {
    const accessToken = signJwt(
      { typ: 'Bearer', sub: tokenSub, exp: Math.floor(Date.now() / 1000) + 1800 },
      'test-only-signing-key'
    )
    const server: Server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json')
      const token = request.url!.endsWith('/token')
      response.end(
        JSON.stringify(token ? { access_token: accessToken, expires_in: 1800 } : userinfo)
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const close = () => new Promise((resolve) => server.close(resolve))
    return { base, accessToken, close }
  }

  it('refuses the identity when userinfo names another user than the token', async () => {
    // A proxy or gateway that rewrites answers must not pass off another user as the key's.
    const server = await iam('u-eve', { sub: 'u-mallory', preferred_username: 'mallory' })
    try {
      const apiKey = keyWith({ iss: `${server.base}/auth/realms/acme` })
      const step = await runMain({ vendor: 'cxone', url: server.base, 'api-key': apiKey })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain(
        'userinfo named another subject (u-mallory) than the access token it was sent (u-eve), so the identity cannot be trusted.'
      )
      expect(step.outputs['user-id'] ?? '').toBe('')
      expect(step.env).toEqual({})
    } finally {
      await server.close()
    }
  })

  it('refuses a userinfo answer that names nobody', async () => {
    const server = await iam('u-eve', {})
    try {
      const apiKey = keyWith({ iss: `${server.base}/auth/realms/acme` })
      const step = await runMain({ vendor: 'cxone', url: server.base, 'api-key': apiKey })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain('answered HTTP 200 but named no user')
      expect(step.env).toEqual({})
    } finally {
      await server.close()
    }
  })
})

describe('a hostile token answer, against a scripted client (security review 2, F3)', () => {
  const IAM = 'https://cx.example.com'
  const REALM = '/auth/realms/acme/protocol/openid-connect'

  /** A context whose client answers from a script, and whose redaction hides what was masked. */
  function scripted(apiKey: string, answers: Partial<HttpResponse>[]) {
    const masked: string[] = []
    const sent: RequestOptions[] = []
    const http = {
      request: (request: RequestOptions) => {
        sent.push(request)
        const answer = answers.shift() ?? { status: 599 }
        return Promise.resolve({
          status: 200,
          statusText: '',
          headers: { 'content-type': 'application/json' },
          body: '',
          endpoint: `${request.method} ${IAM}${request.path}`,
          ...answer
        })
      }
    } as unknown as HttpClient
    const context: VendorContext = {
      http,
      plan: plan({ url: IAM, 'api-key': apiKey }),
      vendor: checkmarxOne,
      mask: (value) => void masked.push(value),
      redact: (text) => masked.reduce((t, secret) => t.split(secret).join('***'), text),
      info: () => {},
      debug: () => {}
    }
    return { context, masked, sent }
  }

  it('masks only the access token it uses, never a refresh_token or id_token it does not read', async () => {
    const apiKey = keyWith({ iss: `${IAM}/auth/realms/acme` })
    const accessToken = signJwt(
      { typ: 'Bearer', sub: 'u-eve', roles: ['ast-admin'], exp: 4102444800 },
      'test-only-signing-key'
    )
    const { context, masked, sent } = scripted(apiKey, [
      {
        body: JSON.stringify({
          access_token: accessToken,
          expires_in: 1800,
          // Neither is read, checked or printed by the step: one character blanks the log, a
          // word of the log hides it, whatever the server chooses.
          refresh_token: 'e',
          id_token: 'Verified',
          token_type: 'Bearer'
        })
      },
      {
        body: JSON.stringify({
          sub: 'u-eve',
          preferred_username: 'eve',
          email: 'eve@example.com',
          name: 'Verified user'
        })
      }
    ])
    const result = await checkmarxOne.login(context)
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${REALM}/token`,
      `GET ${REALM}/userinfo`
    ])
    expect(masked).toEqual([accessToken])
    expect(result.token).toBe(accessToken)
    expect(result.identity).toMatchObject({
      userId: 'u-eve',
      username: 'eve',
      displayName: 'Verified user'
    })
  })

  it('refuses a malformed access token without masking anything', async () => {
    const apiKey = keyWith({ iss: `${IAM}/auth/realms/acme` })
    const { context, masked } = scripted(apiKey, [
      { body: JSON.stringify({ access_token: 'e', refresh_token: 'Verified-refresh-token' }) }
    ])
    await expect(checkmarxOne.login(context)).rejects.toThrow(
      'The server answered with a malformed credential: the access_token'
    )
    expect(masked).toEqual([])
  })
})

describe('the exported variables when the IAM is not the API host (region eu)', () => {
  // Contract, Exports: CX_BASE_URI is the API, CX_BASE_AUTH_URI the IAM the token came from. In
  // the sandbox both are one origin, so only a region, whose hosts differ, tells them apart.
  it('exports the IAM origin as CX_BASE_AUTH_URI and the API as CX_BASE_URI', async () => {
    const apiKey = keyWith({ iss: 'https://eu.iam.checkmarx.net/auth/realms/acme' })
    const stepPlan = plan({ region: 'eu', 'api-key': apiKey })
    const target = locate(stepPlan)
    const accessToken = signJwt(
      { typ: 'Bearer', sub: 'u-1', exp: 4102444800 },
      'test-only-signing-key'
    )
    const answers = [
      { access_token: accessToken, expires_in: 1800, token_type: 'Bearer' },
      { sub: 'u-1', preferred_username: 'dev' }
    ]
    const sent: string[] = []
    const http = {
      request: (request: RequestOptions) => {
        sent.push(`${request.method} ${request.path}`)
        return Promise.resolve({
          status: 200,
          statusText: '',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(answers.shift() ?? {}),
          endpoint: `${request.method} ${target.iam}${request.path}`
        })
      }
    } as unknown as HttpClient
    const context: VendorContext = { ...testIo, http, plan: stepPlan, vendor: checkmarxOne }

    const result = await exchangeAndVerify(context, target)
    expect(sent).toEqual([
      'POST /auth/realms/acme/protocol/openid-connect/token',
      'GET /auth/realms/acme/protocol/openid-connect/userinfo'
    ])
    expect(result.env).toEqual({
      CX_BASE_URI: 'https://eu.ast.checkmarx.net',
      CX_BASE_AUTH_URI: 'https://eu.iam.checkmarx.net',
      CX_TENANT: 'acme',
      CX_APIKEY: apiKey
    })
  })
})
