// GitGuardian through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox fake. Every error the vendor notes
// name has a scenario here with its message; every scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

interface Fake {
  setRegion(region: string): void
  setStatus(name: string, status: string): void
}

let sandbox: Sandbox
let keys: Record<string, string>
let expiry: Record<string, string>
let url: string

const { run, expectClean, expectFailure } = bundleSuite({
  vendor: 'gitguardian',
  started: (started) => {
    sandbox = started
    const accounts = sandbox.accounts.gitguardian as unknown as Record<
      string,
      { apiKey: string; expireAt: string }
    >
    keys = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.apiKey]))
    expiry = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.expireAt]))
    return (url = `${sandbox.httpUrl}/_vendor/gitguardian`)
  },
  secrets: () => Object.values(keys)
})

const fake = (): Fake => sandbox.fake('gitguardian') as unknown as Fake
describe('GitGuardian through the bundle', () => {
  it('one request; scopes as permissions, expire_at as expires-at; exports the key and the API URL', async () => {
    const result = await run({ 'api-key': keys.pat!, 'required-permissions': 'scan' })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/api_tokens/self'
    ])
    expect(result.main.outputs).toMatchObject({
      vendor: 'gitguardian',
      url,
      'user-id': '1042',
      'display-name': 'ci-scan',
      roles: '[]',
      permissions: '["scan","incidents:read"]',
      'expires-at': expiry.pat,
      'auth-header': `Authorization: Token ${keys.pat}`
    })
    expect(result.main.env).toEqual({ GITGUARDIAN_API_KEY: keys.pat, GITGUARDIAN_API_URL: url })
    expectMasked(result.main, [keys.pat!])
    expect(result.main.stdout).toContain('Token: personal access token "ci-scan"')
    expect(result.main.summary).toContain('GitGuardian verified')
    expect(result.main.summary).toContain(expiry.pat!)
    expect(result.main.warnings).toEqual([])
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('a service account token from GITGUARDIAN_API_KEY: no member, never expires', async () => {
    const result = await run({}, { GITGUARDIAN_API_KEY: keys.serviceAccount! })
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs).toMatchObject({ 'user-id': '', 'expires-at': '' })
    expect(result.main.stdout).toContain('Token expiry: none: the token never expires')
    expectMasked(result.main, [keys.serviceAccount!])
    expectClean(result)
  })

  it('warns before the token expires, and fails once expiry-warning-days is passed over', async () => {
    const result = await run({ 'api-key': keys.expiringSoon! })
    expect(result.main.exitCode).toBe(0)
    expect(result.main.warnings).toEqual([
      expect.stringMatching(
        /^The GitGuardian credential expires in [23] days, on .*\(expiry-warning-days: 14\)\.$/
      )
    ])
    const quiet = await run({ 'api-key': keys.expiringSoon!, 'expiry-warning-days': '0' })
    expect(quiet.main.warnings).toEqual([])
    expectClean(result)
  })

  it('401, a token of the other instance: names both regions and the region input', async () => {
    const message = expectFailure(
      await run({ 'api-key': keys.euKey! }),
      'GitGuardian: the API key was rejected (HTTP 401',
      'GitGuardian said: Invalid API key.',
      `this step used the url input (${url})`,
      'us (https://api.gitguardian.com), eu (https://api.eu1.gitguardian.com)',
      'api-key input (or GITGUARDIAN_API_KEY)'
    )
    expect(message.split('\n')[3]).toMatch(
      /^ {2}- the credential belongs to another GitGuardian region/
    )
    fake().setRegion('eu')
    const eu = await run({ 'api-key': keys.euKey! })
    expect(eu.main.exitCode).toBe(0)
    expectClean(eu)
  })

  it('401, a revoked token', async () => {
    expectFailure(
      await run({ 'api-key': keys.revokedKey! }),
      'HTTP 401',
      'Invalid API key.',
      'the token was revoked, or reached its expiry date'
    )
  })

  it.each(['expired', 'revoked'])(
    'a 200 that reports the token %s is a rejected key, not a pass',
    async (status) => {
      fake().setStatus('pat', status)
      expectFailure(
        await run({ 'api-key': keys.pat! }),
        'GitGuardian: the API key is not active (HTTP 200',
        `GitGuardian reports its status as ${status}`,
        'api-key input (or GITGUARDIAN_API_KEY)'
      )
    }
  )

  it('404: a url that is not the API says where a self-hosted instance serves it', async () => {
    expectFailure(
      await run({ 'api-key': keys.pat!, url: `${sandbox.httpUrl}/_vendor/gitguardian/dashboard` }),
      'the url input does not lead to the GitGuardian API (HTTP 404',
      'serves its API under /exposed beside its dashboard'
    )
  })

  it('reads a /v1 url as ggshield does, warning, and exports the url it used', async () => {
    const result = await run({ 'api-key': keys.pat!, url: `${url}/v1` })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/api_tokens/self'
    ])
    expect(result.main.warnings).toEqual([
      `The url input ${url}/v1 ends in /v1 (this step adds it to every request): as ggshield does, this step uses ${url}. Set url: ${url} to name the API directly.`
    ])
    expect(result.main.outputs.url).toBe(url)
    expect(result.main.env).toEqual({ GITGUARDIAN_API_KEY: keys.pat, GITGUARDIAN_API_URL: url })
    expectClean(result)
  })

  it('refuses a cloud url with a path before any request, naming the API host', async () => {
    expectFailure(
      await run({ 'api-key': keys.pat!, url: 'https://dashboard.gitguardian.com/workspace/1' }),
      "names GitGuardian's cloud, whose API takes no path",
      'set url: https://api.gitguardian.com'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('a scope the token lacks fails the gate, naming the token and the input', async () => {
    expectFailure(
      await run({ 'api-key': keys.serviceAccount!, 'required-permissions': 'incidents:write' }),
      'pipeline-sa lacks "incidents:write" (required-permissions)'
    )
  })

  it('a 401 that echoes the request headers is quoted with the key redacted', async () => {
    const message = expectFailure(
      await run({
        'api-key': keys.pat!,
        url: `${sandbox.httpUrl}/_fault/echo/_vendor/gitguardian`
      }),
      'HTTP 401',
      'Rejected request with headers'
    )
    expect(message).not.toContain(keys.pat!)
  })

  it('refuses required-roles, an unknown region and url with region before any request', async () => {
    expectFailure(
      await run({ 'api-key': keys.pat!, 'required-roles': 'Manager' }),
      'The required-roles input cannot be used with GitGuardian'
    )
    expectFailure(
      await run({ 'api-key': keys.pat!, url: '', region: 'eu1' }),
      'The region input "eu1" is not a GitGuardian region. Valid regions: us, eu.'
    )
    expectFailure(
      await run({ 'api-key': keys.pat!, region: 'eu' }),
      'The url and region inputs were both given'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('fails without a key, naming the input and the fallback', async () => {
    expectFailure(await run({}), 'No credentials for GitGuardian', 'api-key', 'GITGUARDIAN_API_KEY')
  })
})
