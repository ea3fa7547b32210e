// Snyk through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox's Snyk. Every error the vendor notes
// name has a scenario (the JSON:API 401 and 403 of /rest/self, OAuth's invalid_client, a token
// answer that is not JSON); each ends with the leak and mask checks, the issued access token
// included.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Run = Awaited<ReturnType<typeof runAction>>
interface Account {
  apiToken?: string
  clientId?: string
  clientSecret?: string
  id: string
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let allSecrets: string[]

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.snyk as Record<string, Account>
  allSecrets = Object.values(accounts).flatMap((a) =>
    [a.apiToken, a.clientSecret].filter((v): v is string => Boolean(v))
  )
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const VERSION = '2024-10-15'
const tokenOf = (name: string): string => accounts[name]!.apiToken!
const client = (): Record<string, string> => ({
  'client-id': accounts.oauthClient!.clientId!,
  'client-secret': accounts.oauthClient!.clientSecret!
})
const issued = (): string[] =>
  (sandbox.fake('snyk') as { state: { issued: string[] } }).state.issued
const base = (fault = ''): string =>
  `${sandbox.httpUrl}${fault ? `/_fault/${fault}` : ''}/_vendor/snyk`
const snyk = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> =>
  runAction({ inputs: { vendor: 'snyk', url: base(), ...inputs }, env })
const paths = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

/** No secret, issued access tokens included, outside ::add-mask::; the post step stays quiet. */
function expectClean(run: Run): void {
  const secrets = [...allSecrets, ...issued()]
  for (const step of [run.main, run.post]) {
    expect(step.stderr).toBe('')
    expectNoLeak(step, secrets)
  }
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

describe('Snyk API tokens through the bundle', () => {
  it('verifies the token in one GET /rest/self and exports SNYK_TOKEN and SNYK_API', async () => {
    const token = tokenOf('user')
    const run = await snyk({ 'api-token': token })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual([`GET /rest/self?version=${VERSION}`])
    expect(sandbox.requests[0]!.headers.authorization).toBe(`token ${token}`)
    expect(run.main.outputs).toMatchObject({
      vendor: 'snyk',
      url: base(),
      'user-id': accounts.user!.id,
      username: 'ada.dev',
      'display-name': 'Ada Developer',
      email: 'ada@acme.example',
      roles: '[]',
      permissions: '[]',
      'auth-header': `Authorization: token ${token}`,
      token: '',
      cookie: '',
      'expires-at': ''
    })
    expect(JSON.parse(run.main.outputs.identity!)).toMatchObject({ authMode: 'api-token' })
    expect(run.main.env).toEqual({ SNYK_TOKEN: token, SNYK_API: base() })
    expect(run.main.stdout).toContain('Account type: user')
    expect(run.main.summary).toContain('Snyk verified')
    expectMasked(run.main, [token, `token ${token}`])
    expect(sandbox.requests).toHaveLength(1)
    expectClean(run)
  })

  it('reads SNYK_TOKEN for a service-account token', async () => {
    const token = tokenOf('serviceAccount')
    const run = await snyk({}, { SNYK_TOKEN: token })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.outputs).toMatchObject({ 'display-name': 'acme-ci', username: '' })
    expect(run.main.stdout).toContain('Account type: service account')
    expectMasked(run.main, [token])
    expectClean(run)
  })

  it('explains the JSON:API 401, naming the region used and the others', async () => {
    const run = await snyk({ 'api-token': tokenOf('revoked') })
    expectFailure(
      run,
      'Snyk: the API token was rejected (HTTP 401',
      `GET ${base()}/rest/self)`,
      'Snyk said: Authentication error: Authentication credentials not recognized, or user access is not provisioned.',
      `this step used the url input (${base()})`,
      'us (https://api.snyk.io), us2 (https://api.us.snyk.io), eu (https://api.eu.snyk.io), au (https://api.au.snyk.io), gov (https://api.snykgov.io)',
      'api-token input (or SNYK_TOKEN)'
    )
    expect(sandbox.requests).toHaveLength(1)
    expectClean(run)
  })

  it('explains the 403 of a valid token that may not use the API', async () => {
    const run = await snyk({ 'api-token': tokenOf('forbidden') })
    expectFailure(
      run,
      'the credential is valid but may not use the Snyk API (HTTP 403',
      'Snyk said: Forbidden: You do not have the required permissions to access this resource.',
      'IP allow-list'
    )
    expectClean(run)
  })

  it('explains a 401 that echoes the request headers without showing the token', async () => {
    const token = tokenOf('user')
    const run = await snyk({ url: base('echo'), 'api-token': token })
    expectFailure(run, 'the API token was rejected (HTTP 401')
    expectNoLeak(run.main, [token, `token ${token}`])
    expectClean(run)
  })

  it('verifies a service-account PAT (snyk_sat.) at the host its h claim names', async () => {
    const token = tokenOf('serviceAccountPat')
    const run = await snyk({ 'api-token': token })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual([`GET /rest/self?version=${VERSION}`])
    expect(run.main.outputs).toMatchObject({ 'display-name': 'acme-ci', username: '' })
    expect(run.main.env).toEqual({ SNYK_TOKEN: token, SNYK_API: base() })
    expect(run.main.stdout).toContain(
      `Token: service-account token, valid at ${new URL(base()).host} (its h claim)`
    )
    expectMasked(run.main, [token, `token ${token}`])
    expectClean(run)
  })

  it('refuses a PAT whose h claim names another host, before any request, naming both', async () => {
    const run = await snyk({ 'api-token': tokenOf('euServiceAccountPat') })
    expectFailure(
      run,
      "Snyk: the api-token is a service-account token for api.eu.snyk.io (its h claim, which Snyk's CLI follows), but this step would send it to the url input",
      'nothing was sent',
      'the token selects region eu, https://api.eu.snyk.io, by itself'
    )
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('refuses a PAT for one region given another region, before any request', async () => {
    const run = await runAction({
      inputs: { vendor: 'snyk', region: 'au', 'api-token': tokenOf('euServiceAccountPat') }
    })
    expectFailure(run, 'for api.eu.snyk.io', 'region au (https://api.au.snyk.io)', 'set region: eu')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('names expiry among the causes of a PAT’s 401', async () => {
    const run = await snyk({ 'api-token': tokenOf('expiredPat') })
    const message = expectFailure(
      run,
      'Snyk: the API token was rejected (HTTP 401',
      'Snyk said: Authentication error',
      'the token expired (a service-account token is created with an expiry date'
    )
    expect(message).not.toContain('belongs to another Snyk region')
    expect(sandbox.requests).toHaveLength(1)
    expectClean(run)
  })

  it('refuses required-roles before any request: /rest/self reports none', async () => {
    const run = await snyk({ 'api-token': tokenOf('user'), 'required-roles': 'Org Admin' })
    expectFailure(run, 'The required-roles input cannot be used with Snyk', 'Remove required-roles')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })
})

describe('Snyk OAuth client credentials through the bundle', () => {
  it('trades them for a bearer token, verifies it, and exports SNYK_OAUTH_TOKEN, never the secret', async () => {
    const secret = accounts.oauthClient!.clientSecret!
    const run = await snyk(client())
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual(['POST /oauth2/token', `GET /rest/self?version=${VERSION}`])
    const [accessToken = ''] = issued()
    expect(issued()).toHaveLength(1)
    expect(sandbox.requests[1]!.headers.authorization).toBe(`bearer ${accessToken}`)
    expect(run.main.outputs).toMatchObject({
      'user-id': accounts.oauthClient!.id,
      'display-name': 'acme-oauth-ci',
      'auth-header': `Authorization: bearer ${accessToken}`,
      token: accessToken
    })
    expect(run.main.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(JSON.parse(run.main.outputs.identity!)).toMatchObject({
      authMode: 'client-credentials'
    })
    expect(run.main.env).toEqual({ SNYK_OAUTH_TOKEN: accessToken, SNYK_API: base() })
    expect(JSON.stringify(run.main.outputs)).not.toContain(secret)
    expect(run.main.stdout).toContain('Access token expires: ')
    // One expiry row in the summary, not a second one from a note of the same value.
    expect(run.main.summary.split('Token expires').length - 1).toBe(1)
    expect(run.main.summary).not.toContain('Access token expires')
    expectMasked(run.main, [secret, accessToken, `bearer ${accessToken}`])
    expectClean(run)
  })

  it('explains invalid_client (401) after the one token request', async () => {
    const run = await snyk({ ...client(), 'client-secret': 'snyk-sandbox-secret-wrong' })
    expectFailure(
      run,
      'Snyk: the OAuth client id and secret were rejected (HTTP 401',
      `POST ${base()}/oauth2/token`,
      'Snyk said: invalid_client: Client authentication failed',
      'client secret was rotated',
      'gov (https://api.snykgov.io)',
      'client-id and client-secret inputs'
    )
    expect(paths()).toEqual(['POST /oauth2/token'])
    expectClean(run)
  })

  it.each([
    ['malformed-json', 'not JSON'],
    ['html', 'HTML page']
  ])('fails a token answer that is %s without quoting it', async (fault, fragment) => {
    const run = await snyk({ ...client(), url: base(fault) })
    const message = expectFailure(run, fragment, '/oauth2/token')
    // The answer to a token request may hold a credential: no excerpt of it is shown.
    expect(message).not.toContain('access_token')
    expect(message).not.toContain('<html')
    expect(paths()).toEqual(['POST /oauth2/token'])
    expectClean(run)
  })

  it('asks for the client secret when only the id is given, before any request', async () => {
    const run = await snyk({ 'client-id': accounts.oauthClient!.clientId! })
    expectFailure(run, 'The client-secret input is empty')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })
})
