// Black Duck through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox fake. Every error the vendor notes
// name has a scenario here with its message; every scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

const { run, expectClean, expectFailure } = bundleSuite({
  vendor: 'black-duck',
  started: (started) => {
    sandbox = started
    const accounts = sandbox.accounts['black-duck'] as Record<string, { apiToken: string }>
    tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.apiToken]))
    return (url = `${sandbox.httpUrl}/_vendor/black-duck`)
  },
  secrets: () => Object.values(tokens)
})

const fake = () =>
  sandbox.fake('black-duck') as unknown as {
    setCsrf(on: boolean): void
    setRoleLists(on: boolean): void
  }

describe('Black Duck through the bundle', () => {
  it('trades the token for a bearer in two requests; the bearer is the token output, the API token is exported', async () => {
    const result = await run({ 'api-token': tokens.scannerToken! })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/tokens/authenticate',
      'GET /api/current-user'
    ])
    const bearer = result.main.outputs.token!
    expect(bearer).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(result.main.outputs).toMatchObject({
      vendor: 'black-duck',
      url,
      username: 'ci-scanner',
      'display-name': 'CI Scanner',
      email: 'ci-scanner@acme.example',
      roles: '[]',
      permissions: '[]',
      'auth-header': `Authorization: Bearer ${bearer}`
    })
    expect(result.main.outputs['expires-at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(result.main.env).toEqual({
      BLACKDUCK_URL: url,
      BLACKDUCK_API_TOKEN: tokens.scannerToken
    })
    expectMasked(result.main, [tokens.scannerToken!, bearer])
    expect(result.main.stdout).toContain('Roles: not read: no role input asked for them')
    expect(result.main.warnings).toEqual([])
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('reads roles when required-roles asks; a System Administrator is verified with a warning naming Global Code Scanner', async () => {
    const result = await run({
      'api-token': tokens.adminToken!,
      'required-roles': 'Global Code Scanner'
    })
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => r.path)).toEqual([
      '/api/tokens/authenticate',
      '/api/current-user',
      expect.stringMatching(/^\/api\/users\/[0-9a-f-]{36}\/roles\?limit=1000$/),
      expect.stringMatching(/^\/api\/users\/[0-9a-f-]{36}\/inherited-roles\?limit=1000$/)
    ])
    expect(JSON.parse(result.main.outputs.roles!)).toContain('License Manager')
    expect(result.main.warnings).toEqual([
      expect.stringContaining('holds System Administrator, an administrative role')
    ])
    expect(result.main.warnings[0]).toContain(
      'Give the step a key of a user with Global Code Scanner instead.'
    )
    expectClean(result)
  })

  it('allowed-roles reads roles too, and fails for a role outside the list', async () => {
    const allowed = await run({
      'api-token': tokens.viewerToken!,
      'allowed-roles': 'Project Viewer'
    })
    expect(allowed.main.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(4)
    sandbox.reset()
    expectFailure(
      await run({ 'api-token': tokens.adminToken!, 'allowed-roles': 'Global Code Scanner' }),
      '"System Administrator"',
      'outside allowed-roles'
    )
  })

  it('401 from the exchange: a deleted token, in Black Duck’s own words, naming the input', async () => {
    expectFailure(
      await run({ 'api-token': tokens.revokedToken! }),
      'Black Duck: the API token was rejected (HTTP 401',
      'POST ',
      '/api/tokens/authenticate',
      'Black Duck said: Unauthorized',
      'the token was deleted, or its user was deactivated or removed',
      'created on another Black Duck server than the url input',
      'api-token input (or BLACKDUCK_API_TOKEN)'
    )
    expect(sandbox.requests).toHaveLength(1)
  })

  it('a user without the required role: names the user, what it holds and the input', async () => {
    expectFailure(
      await run({ 'api-token': tokens.viewerToken!, 'required-roles': 'Global Code Scanner' }),
      'vic.viewer (Vic Viewer, vic@acme.example) holds "Project Viewer"',
      '"Global Code Scanner" (required-roles)'
    )
  })

  it('roles held through a user group count: a scanner by group passes required-roles, an administrator by group fails allowed-roles', async () => {
    const byGroup = await run({
      'api-token': tokens.groupScannerToken!,
      'required-roles': 'Global Code Scanner'
    })
    expect(byGroup.main.exitCode).toBe(0)
    expect(JSON.parse(byGroup.main.outputs.roles!)).toEqual(['Global Code Scanner'])
    expectClean(byGroup)
    sandbox.reset()
    expectFailure(
      await run({ 'api-token': tokens.groupAdminToken!, 'allowed-roles': 'Global Code Scanner' }),
      '"System Administrator"',
      'outside allowed-roles'
    )
  })

  it('404 from the role lists: a server without them says to drop the role inputs', async () => {
    fake().setRoleLists(false)
    expectFailure(
      await run({ 'api-token': tokens.scannerToken!, 'required-roles': 'Global Code Scanner' }),
      'this Black Duck server does not list the user’s roles (HTTP 404',
      'remove required-roles and allowed-roles to verify the token alone'
    )
  })

  it('an older server without a CSRF header: the bearer alone is sent', async () => {
    fake().setCsrf(false)
    const result = await run({ 'api-token': tokens.scannerToken! })
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests[1]!.headers['x-csrf-token']).toBeUndefined()
    expectClean(result)
  })

  it('a url that is not Black Duck: the exchange answer is never quoted', async () => {
    const message = expectFailure(
      await run({
        'api-token': tokens.scannerToken!,
        url: `${sandbox.httpUrl}/_fault/html/_vendor/black-duck`
      }),
      'HTML page'
    )
    expect(message).not.toContain('<html')
  })

  it('a 401 that echoes the request headers is quoted with the token redacted', async () => {
    const message = expectFailure(
      await run({
        'api-token': tokens.scannerToken!,
        url: `${sandbox.httpUrl}/_fault/echo/_vendor/black-duck`
      }),
      'HTTP 401'
    )
    expect(message).not.toContain(tokens.scannerToken)
  })

  it('refuses a missing url, required-permissions and a missing token before any request', async () => {
    expectFailure(
      await run({ 'api-token': tokens.scannerToken!, url: '' }),
      'The url input is required for Black Duck',
      'https://blackduck.example.com'
    )
    expectFailure(
      await run({ 'api-token': tokens.scannerToken!, 'required-permissions': 'write' }),
      'The required-permissions input cannot be used with Black Duck'
    )
    expectFailure(await run({}), 'No credentials for Black Duck', 'BLACKDUCK_API_TOKEN')
    expect(sandbox.requests).toHaveLength(0)
  })

  it('takes the token from BLACKDUCK_API_TOKEN', async () => {
    const result = await run({}, { BLACKDUCK_API_TOKEN: tokens.scannerToken! })
    expect(result.main.exitCode).toBe(0)
    expectMasked(result.main, [tokens.scannerToken!])
    expectClean(result)
  })
})
