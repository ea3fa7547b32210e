// JFrog through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox fake. Every error the vendor notes
// name has a scenario here with its message; every scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

const {
  run,
  expectClean,
  expectFailureAfter: expectFailure
} = bundleSuite({
  vendor: 'jfrog',
  started: (started) => {
    sandbox = started
    const accounts = sandbox.accounts.jfrog as unknown as Record<string, { accessToken: string }>
    tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.accessToken]))
    return (url = `${sandbox.httpUrl}/_vendor/jfrog`)
  },
  secrets: () => Object.values(tokens)
})

describe('JFrog through the bundle', () => {
  it('one Xray request; user and scopes from the token; JF_URL and JF_ACCESS_TOKEN; nothing leaks', async () => {
    const token = tokens.developer!
    const result = await run({
      'api-token': token,
      'required-permissions': 'applied-permissions/user'
    })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /xray/api/v1/system/version'
    ])
    expect(result.main.outputs).toMatchObject({
      vendor: 'jfrog',
      url,
      username: 'dev',
      permissions: '["applied-permissions/user"]',
      roles: '[]',
      token,
      'auth-header': `Authorization: Bearer ${token}`,
      cookie: ''
    })
    expect(Date.parse(result.main.outputs['expires-at']!)).toBeGreaterThan(Date.now())
    expect(result.main.env).toEqual({ JF_URL: url, JF_ACCESS_TOKEN: token })
    expectMasked(result.main, [token])
    expect(result.main.summary).toContain('JFrog verified')
    expect(result.main.summary).toContain('Credential expires')
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it("a revoked token: 401 with Xray's own words", async () => {
    expectFailure(
      await run({ 'api-token': tokens.revoked! }),
      1,
      'JFrog: the access token was rejected (HTTP 401',
      'JFrog said: Bad credentials',
      'the token was revoked, or has expired',
      'api-token input (or JF_ACCESS_TOKEN)'
    )
  })

  it('a token limited to Artifactory: 401 naming its aud', async () => {
    expectFailure(
      await run({ 'api-token': tokens.artifactoryOnly! }),
      1,
      'JFrog said: Found invalid token',
      'the token is limited to other services (its aud claim: jfrt@*), not Xray (jfxr@*)'
    )
  })

  it('a token that lacks the required scope: the gate names it', async () => {
    expectFailure(
      await run({
        'api-token': tokens.developer!,
        'required-permissions': 'applied-permissions/admin'
      }),
      1,
      'JFrog: signed in, but the requirements of this step are not met.',
      'dev lacks "applied-permissions/admin" (required-permissions)'
    )
  })

  it('a platform without Xray: 404 naming the url input', async () => {
    ;(sandbox.fake('jfrog') as unknown as { setXray(installed: boolean): void }).setXray(false)
    expectFailure(
      await run({ 'api-token': tokens.developer! }),
      1,
      'JFrog: no Xray answered at this url (HTTP 404',
      'set url to the JFrog Platform URL without a path'
    )
  })

  it('refuses before any request: an expired token, an API key, a service path, roles, no url', async () => {
    expectFailure(
      await run({ 'api-token': tokens.expired! }),
      0,
      'The api-token input holds a JFrog access token that expired on',
      'nothing was sent'
    )
    const apiKey = `AKC${'p9Qz'.repeat(18)}`
    const message = expectFailure(
      await run({ 'api-token': apiKey }),
      0,
      'holds a JFrog API key (it begins "AKC"), not an access token'
    )
    expect(message).not.toContain(apiKey)
    expectFailure(
      await run({ 'api-token': tokens.developer!, url: `${url}/artifactory` }),
      0,
      `without /artifactory: the action adds each service's path itself. Set url to ${url}.`
    )
    expectFailure(
      await run({ 'api-token': tokens.developer!, 'required-roles': 'admin' }),
      0,
      'The required-roles input cannot be used with JFrog'
    )
    expectFailure(
      await run({ 'api-token': tokens.developer!, url: '' }),
      0,
      'The url input is required for JFrog',
      'https://acme.jfrog.io'
    )
  })

  it('fails without a token, naming the input and JF_ACCESS_TOKEN', async () => {
    expectFailure(await run({}), 0, 'No credentials for JFrog', 'api-token', 'JF_ACCESS_TOKEN')
  })
})
