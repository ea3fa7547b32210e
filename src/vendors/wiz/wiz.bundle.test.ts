// Wiz through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox fake. Every error the vendor notes
// name has a scenario here with its message; every scenario ends with the leak check: no client
// secret and no access token outside ::add-mask:: (the token only in the token outputs).
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

interface Account {
  clientId: string
  clientSecret: string
}
interface Fake {
  state: { issued: string[] }
  setDataCenter(dc: string): void
  setEnvironment(environment: string): void
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

const {
  run,
  expectClean,
  expectFailureAfter: expectFailure
} = bundleSuite({
  vendor: 'wiz',
  started: (started) => {
    sandbox = started
    accounts = sandbox.accounts.wiz as Record<string, Account>
    return (url = `${sandbox.httpUrl}/_vendor/wiz`)
  },
  secrets: () => secrets()
})

const fake = (): Fake => sandbox.fake('wiz') as unknown as Fake
const client = (name: string): Record<string, string> => ({
  'client-id': accounts[name]!.clientId,
  'client-secret': accounts[name]!.clientSecret
})
const secrets = (): string[] => [
  ...Object.values(accounts).map((a) => a.clientSecret),
  ...fake().state.issued
]
describe('Wiz through the bundle', () => {
  it('token exchange, one GraphQL query; token outputs, wizcli env, summary; nothing leaks', async () => {
    const result = await run(client('ci'))
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /oauth/token',
      'POST /graphql'
    ])
    const token = fake().state.issued[0]!
    expect(result.main.outputs).toMatchObject({
      vendor: 'wiz',
      url,
      'user-id': accounts.ci!.clientId,
      username: accounts.ci!.clientId,
      roles: '[]',
      permissions: '[]',
      token,
      'auth-header': `Authorization: Bearer ${token}`,
      cookie: ''
    })
    expect(Date.parse(result.main.outputs['expires-at']!)).toBeGreaterThan(Date.now())
    expect(result.main.env).toEqual({
      WIZ_CLIENT_ID: accounts.ci!.clientId,
      WIZ_CLIENT_SECRET: accounts.ci!.clientSecret,
      WIZ_API_URL: `${url}/graphql`
    })
    expectMasked(result.main, [accounts.ci!.clientSecret, token])
    expect(result.main.summary).toContain('Wiz verified')
    // One expiry row in the summary, not a second one from a note of the same value.
    expect(result.main.summary.split('Token expires').length - 1).toBe(1)
    expect(result.main.summary).not.toContain('Access token expires')
    expect(result.main.stdout).toContain('Access token expires: ')
    expect(result.main.summary).toContain('POST ')
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('a gov service account at the commercial token server: 401 naming both regions', async () => {
    const message = expectFailure(
      await run(client('govCi')),
      1,
      'Wiz: the client id and secret were rejected (HTTP 401',
      'Wiz said: invalid_client: Client authentication failed',
      `the credential belongs to another Wiz region: this step used the url input (${url}); the others are commercial (https://auth.app.wiz.io), gov (https://auth.gov.wiz.io)`,
      'set region (commercial, gov, fedramp)',
      'client-id and client-secret inputs (or WIZ_CLIENT_ID / WIZ_CLIENT_SECRET)'
    )
    expect(message).not.toContain(accounts.govCi!.clientSecret)
  })

  it('the same account passes once the token server plays gov', async () => {
    fake().setEnvironment('gov')
    const result = await run(client('govCi'))
    expect(result.main.exitCode).toBe(0)
    expectClean(result)
  })

  it('a wrong client secret: 401, the secret never quoted', async () => {
    const wrong = 'wiz-sandbox-not-the-secret-0000000000000000000000000'
    const message = expectFailure(
      await run({ 'client-id': accounts.ci!.clientId, 'client-secret': wrong }),
      1,
      'the client id and secret were rejected (HTTP 401',
      'the client-secret is wrong, or was rotated'
    )
    expect(message).not.toContain(wrong)
  })

  it('a disabled service account: 403 at the token server', async () => {
    expectFailure(
      await run(client('disabled')),
      1,
      'Wiz: the service account may not obtain a token for the Wiz API (HTTP 403',
      'Wiz said: access_denied: Service account is disabled',
      'legacy token server (auth.wiz.io, audience beyond-api)'
    )
  })

  it('an account type that may not call the API: GraphQL FORBIDDEN with HTTP 200, read as 403', async () => {
    expectFailure(
      await run(client('sensor')),
      2,
      'Wiz: the service account may not use the Wiz GraphQL API (HTTP 200 OK from POST',
      'Wiz said: FORBIDDEN: Service account is not authorized to use the API',
      'Sensor, Kubernetes Connector or Outpost'
    )
  })

  it('a token of another data center: GraphQL UNAUTHENTICATED with HTTP 200, read as 401', async () => {
    expectFailure(
      await run(client('euCi')),
      2,
      'Wiz: the API refused the access token just issued (HTTP 200 OK from POST',
      'Wiz said: UNAUTHENTICATED: Unauthenticated',
      'the token belongs to data center eu1 (https://api.eu1.app.wiz.io)',
      'remove the url input (the token names its own data center)'
    )
  })

  it('a url that serves no Wiz token endpoint: 404, naming the url input', async () => {
    expectFailure(
      await run({ ...client('ci'), url: `${sandbox.httpUrl}/_vendor/snyk` }),
      1,
      'Wiz: the endpoint was not found (HTTP 404',
      'the url input does not point at the Wiz API'
    )
  })

  it('reads a url ending in /graphql as its origin; refuses roles or permissions before any request', async () => {
    const graphql = await run({ ...client('ci'), url: `${url}/graphql` })
    expect(graphql.main.errors).toEqual([])
    expect(graphql.main.exitCode).toBe(0)
    expect(graphql.main.warnings).toEqual([
      expect.stringContaining(`this step appends /graphql itself, so it uses ${url}.`)
    ])
    sandbox.requests.length = 0
    expectFailure(
      await run({ ...client('ci'), 'required-roles': 'Admin' }),
      0,
      'The required-roles input cannot be used with Wiz',
      'a service account has no roles'
    )
    expectFailure(
      await run({ ...client('ci'), 'required-permissions': 'read:issues' }),
      0,
      'The required-permissions input cannot be used with Wiz'
    )
  })

  it('refuses an unknown region, and url with region, before any request', async () => {
    expectFailure(
      await run({ ...client('ci'), url: '', region: 'eu1' }),
      0,
      'The region input "eu1" is not a Wiz region. Valid regions: commercial, gov, fedramp.'
    )
    expectFailure(await run({ ...client('ci'), region: 'gov' }), 0, 'The url and region inputs')
  })

  it('fails without credentials, naming the inputs and their variables', async () => {
    expectFailure(await run({}), 0, 'No credentials for Wiz', 'client-id', 'WIZ_CLIENT_SECRET')
  })
})
