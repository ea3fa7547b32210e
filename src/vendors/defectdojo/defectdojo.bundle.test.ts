// DefectDojo through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox fake. Every error the vendor notes
// name has a scenario here with its message, the 403 that means a rejected key above all; every
// scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

interface Fake {
  omitGlobalRole(): void
  disableApiTokens(): void
  setForbidden(forbidden: boolean): void
}

let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

const { run, expectClean, expectFailure } = bundleSuite({
  vendor: 'defectdojo',
  started: (started) => {
    sandbox = started
    const accounts = sandbox.accounts.defectdojo as unknown as Record<string, { apiToken: string }>
    tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.apiToken]))
    return (url = `${sandbox.httpUrl}/_vendor/defectdojo`)
  },
  secrets: () => Object.values(tokens)
})

const fake = (): Fake => sandbox.fake('defectdojo') as unknown as Fake
describe('DefectDojo through the bundle', () => {
  it('one request names the user and the global role; exports DD_URL and DD_API_KEY', async () => {
    const result = await run({ 'api-token': tokens.importer!, 'required-roles': 'API Importer' })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v2/user_profile/'
    ])
    expect(result.main.outputs).toMatchObject({
      vendor: 'defectdojo',
      url,
      'user-id': '7',
      username: 'ci-importer',
      'display-name': 'CI Importer',
      email: 'ci-importer@dojo.example',
      roles: '["API Importer"]',
      permissions: '[]',
      'auth-header': `Authorization: Token ${tokens.importer}`,
      'expires-at': ''
    })
    expect(result.main.env).toEqual({ DD_URL: url, DD_API_KEY: tokens.importer })
    expectMasked(result.main, [tokens.importer!])
    expect(result.main.stdout).toContain('Global role: API Importer')
    expect(result.main.summary).toContain('DefectDojo verified')
    expect(result.main.warnings).toEqual([])
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('reads the key from DD_API_KEY, and the dojo alias', async () => {
    const result = await run({ vendor: 'dojo' }, { DD_API_KEY: tokens.writer! })
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs.roles).toBe('["Writer"]')
    expectClean(result)
  })

  it('403 "Invalid token.": a regenerated key is a rejected key, not a refusal', async () => {
    expectFailure(
      await run({ 'api-token': tokens.regenerated! }),
      'DefectDojo: the API key was rejected (HTTP 403',
      'DefectDojo said: Invalid token.',
      'the key was regenerated (DefectDojo keeps one key per user',
      'api-token input (or DD_API_KEY)'
    )
    expect(sandbox.requests).toHaveLength(1)
  })

  it('403 "User inactive or deleted.": the key of a deactivated user', async () => {
    expectFailure(
      await run({ 'api-token': tokens.inactive! }),
      'the API key was rejected (HTTP 403',
      'DefectDojo said: User inactive or deleted.',
      'the key’s user was deactivated or deleted',
      'Fix: ask a DefectDojo administrator to make the user active again'
    )
  })

  it('403 "Authentication credentials were not provided.": a server with API keys turned off', async () => {
    fake().disableApiTokens()
    expectFailure(
      await run({ 'api-token': tokens.importer! }),
      'the API key was rejected (HTTP 403',
      'Authentication credentials were not provided.',
      'DD_API_TOKENS_ENABLED is false'
    )
  })

  it('any other 403: the key is valid, the server refuses the user', async () => {
    fake().setForbidden(true)
    const message = expectFailure(
      await run({ 'api-token': tokens.importer! }),
      'DefectDojo: the API key is valid but DefectDojo refused to read its user profile (HTTP 403',
      'You do not have permission to perform this action.'
    )
    expect(message).not.toContain('the API key was rejected')
  })

  it('a global role that is not required fails the gate, naming the user and the role', async () => {
    expectFailure(
      await run({ 'api-token': tokens.reader!, 'required-roles': 'Writer, Maintainer' }),
      'rita (Rita Reader, rita@dojo.example) holds "Reader"',
      'one of "Writer", "Maintainer"',
      '(required-roles)'
    )
  })

  it('API_Importer, the name DefectDojo shows, meets required-roles and allowed-roles', async () => {
    const result = await run({
      'api-token': tokens.importer!,
      'required-roles': 'API_Importer',
      'allowed-roles': 'API_Importer'
    })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs.roles).toBe('["API Importer"]')
  })

  it('a superuser: a warning naming API Importer; allowed-roles turns it into a failure', async () => {
    const result = await run({ 'api-token': tokens.admin!, 'required-roles': 'Owner' })
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs.roles).toBe('["Owner","Superuser"]')
    expect(result.main.warnings).toEqual([
      expect.stringContaining(
        'admin (Ada Admin, admin@dojo.example) holds Superuser, an administrative role'
      )
    ])
    expect(result.main.warnings[0]).toContain('API Importer role')
    expectClean(result)
    expectFailure(
      await run({ 'api-token': tokens.admin!, 'allowed-roles': 'Owner, API Importer' }),
      'holds "Superuser", outside allowed-roles'
    )
  })

  it('a release without global_role: only Superuser is known, and the log says so', async () => {
    fake().omitGlobalRole()
    const result = await run({ 'api-token': tokens.importer! })
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs.roles).toBe('[]')
    expect(result.main.stdout).toContain('Global role: not reported')
    expectClean(result)
  })

  it('404: a url that is not DefectDojo', async () => {
    expectFailure(
      await run({
        'api-token': tokens.importer!,
        url: `${sandbox.httpUrl}/_vendor/defectdojo/dojo`
      }),
      'the url input does not lead to the DefectDojo API (HTTP 404',
      'path prefix'
    )
  })

  it('refuses a missing url, a url ending in /api/v2 and required-permissions before any request', async () => {
    expectFailure(
      await run({ 'api-token': tokens.importer!, url: '' }),
      'https://defectdojo.example.com'
    )
    expectFailure(
      await run({ 'api-token': tokens.importer!, url: `${url}/api/v2` }),
      'ends in /api/v2'
    )
    expectFailure(
      await run({ 'api-token': tokens.importer!, 'required-permissions': 'add_finding' }),
      'The required-permissions input cannot be used with DefectDojo'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('a 401 that echoes the request headers is quoted with the key redacted', async () => {
    const message = expectFailure(
      await run({
        'api-token': tokens.importer!,
        url: `${sandbox.httpUrl}/_fault/echo/_vendor/defectdojo`
      }),
      'the API key was rejected (HTTP 401',
      'Rejected request with headers'
    )
    expect(message).not.toContain(tokens.importer!)
  })

  it('fails without a key, naming the input and the fallback', async () => {
    expectFailure(await run({}), 'No credentials for DefectDojo', 'api-token', 'DD_API_KEY')
  })
})
