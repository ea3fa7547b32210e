// Socket through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox fake. Every error the vendor notes
// name has a scenario here with its message; every scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

const ORGANIZATIONS = 'GET /v0/organizations'

let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

const { run, expectClean, expectFailure } = bundleSuite({
  vendor: 'socket',
  started: (started) => {
    sandbox = started
    const accounts = sandbox.accounts.socket as Record<string, { token: string }>
    tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.token]))
    return (url = `${sandbox.httpUrl}/_vendor/socket`)
  },
  secrets: () => Object.values(tokens)
})

const requests = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

describe('Socket through the bundle', () => {
  it('one request; organization from the map; SOCKET_API_TOKEN and the two older names', async () => {
    const result = await run({ 'api-token': tokens.orgToken! })
    expect(result.main.errors).toEqual([])
    expect(result.main.warnings).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(requests()).toEqual([ORGANIZATIONS])
    expect(result.main.outputs).toMatchObject({
      vendor: 'socket',
      url,
      'user-id': '',
      username: '',
      email: '',
      roles: '[]',
      permissions: '[]',
      organization: 'Acme',
      'auth-header': `Authorization: Bearer ${tokens.orgToken}`
    })
    expect(result.main.env).toEqual({
      SOCKET_API_TOKEN: tokens.orgToken,
      SOCKET_SECURITY_API_KEY: tokens.orgToken,
      SOCKET_CLI_API_TOKEN: tokens.orgToken
    })
    expectMasked(result.main, [tokens.orgToken!])
    expect(result.main.stdout).toContain('Token owner: not reported')
    expect(result.main.summary).toContain('Socket verified')
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('a token of two organizations, from SOCKET_SECURITY_API_KEY: both named', async () => {
    const result = await run({}, { SOCKET_SECURITY_API_KEY: tokens.multiOrgToken! })
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs.organization).toBe('Acme, globex')
    expectMasked(result.main, [tokens.multiOrgToken!])
    expectClean(result)
  })

  it('401, a revoked token: Socket’s words, the dashboard page and the input', async () => {
    expectFailure(
      await run({ 'api-token': tokens.revokedToken! }),
      'Socket: the API token was rejected (HTTP 401',
      'Socket said: Unauthorized',
      'revoked or rotated',
      'Settings > API Tokens',
      'api-token input (or SOCKET_API_TOKEN)'
    )
    expect(requests()).toEqual([ORGANIZATIONS])
  })

  it('401, a token of another service: the missing sktsec_ prefix is the first cause', async () => {
    const token = 'glpat-NotASocketToken0123'
    const result = await run({ 'api-token': token })
    const message = expectFailure(result, 'HTTP 401', 'does not begin with sktsec_')
    expect(message.split('\n')[3]).toMatch(/^ {2}- the token does not begin with sktsec_/)
    expectNoLeak(result.main, [token])
  })

  it('200 with an empty organization map: the token reaches no organization', async () => {
    expectFailure(
      await run({ 'api-token': tokens.orphanToken! }),
      'Socket: the token belongs to no organization (HTTP 200',
      'Settings > API Tokens'
    )
  })

  it('429, a spent quota: Socket’s words and what to do', async () => {
    expectFailure(
      await run({
        'api-token': tokens.orgToken!,
        url: `${sandbox.httpUrl}/_fault/socket-quota/_vendor/socket`,
        retries: '0'
      }),
      "Socket: the token's API quota is spent (HTTP 429",
      'Socket said: Insufficient quota for API route',
      'GET /v0/quota'
    )
  })

  it('a url in the Socket CLI form, ending in /v0/: read without it, with a warning', async () => {
    const result = await run({ 'api-token': tokens.orgToken!, url: `${url}/v0/` })
    expect(result.main.exitCode).toBe(0)
    expect(requests()).toEqual([ORGANIZATIONS])
    expect(result.main.outputs.url).toBe(url)
    expect(result.main.warnings).toEqual([
      `The url input ${url}/v0 ends in /v0, the API version, which this step adds to every request: it uses ${url}. Set url: ${url} to name the API directly.`
    ])
    expectClean(result)
  })

  it('a url with a path too many: the shared 404 explanation', async () => {
    expectFailure(
      await run({ 'api-token': tokens.orgToken!, url: `${url}/api` }),
      'Socket: the endpoint was not found (HTTP 404',
      'the url input does not point at the Socket API'
    )
  })

  it('a 401 that echoes the request headers is quoted with the token redacted', async () => {
    const message = expectFailure(
      await run({
        'api-token': tokens.orgToken!,
        url: `${sandbox.httpUrl}/_fault/echo/_vendor/socket`
      }),
      'HTTP 401',
      'Rejected request with headers'
    )
    expect(message).toContain('"authorization":"***"')
  })

  it('refuses required-roles and required-permissions before any request', async () => {
    expectFailure(
      await run({ 'api-token': tokens.orgToken!, 'required-roles': 'owner' }),
      'The required-roles input cannot be used with Socket',
      'Socket API tokens belong to an organization'
    )
    expectFailure(
      await run({ 'api-token': tokens.orgToken!, 'required-permissions': 'repo:list' }),
      'The required-permissions input cannot be used with Socket'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('fails without a token, naming the input and every fallback', async () => {
    expectFailure(
      await run({}),
      'No credentials for Socket',
      'api-token',
      'SOCKET_API_TOKEN',
      'SOCKET_API_KEY',
      'SOCKET_CLI_API_TOKEN',
      'SOCKET_CLI_API_KEY',
      'SOCKET_SECURITY_API_TOKEN',
      'SOCKET_SECURITY_API_KEY'
    )
  })
})
