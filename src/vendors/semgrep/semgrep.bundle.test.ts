// Semgrep through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox fake. Every error the vendor notes
// name has a scenario here with its message; every scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

const AGENT = 'GET /api/agent/deployments/current'
const WEB_API = 'GET /api/v1/deployments'

let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

const { run, expectClean, expectFailure } = bundleSuite({
  vendor: 'semgrep',
  started: (started) => {
    sandbox = started
    const accounts = sandbox.accounts.semgrep as Record<string, { token: string }>
    tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.token]))
    return (url = `${sandbox.httpUrl}/_vendor/semgrep`)
  },
  secrets: () => Object.values(tokens)
})

const requests = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

describe('Semgrep through the bundle', () => {
  it('a CI token: one request; organization is the deployment; SEMGREP_APP_TOKEN and SEMGREP_APP_URL', async () => {
    const result = await run({ 'api-token': tokens.ciToken! })
    expect(result.main.errors).toEqual([])
    expect(result.main.warnings).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(requests()).toEqual([AGENT])
    expect(result.main.outputs).toMatchObject({
      vendor: 'semgrep',
      url,
      'user-id': '',
      username: '',
      email: '',
      roles: '[]',
      permissions: '[]',
      organization: 'acme-corp',
      'auth-header': `Authorization: Bearer ${tokens.ciToken}`
    })
    expect(result.main.env).toEqual({ SEMGREP_APP_TOKEN: tokens.ciToken, SEMGREP_APP_URL: url })
    expectMasked(result.main, [tokens.ciToken!])
    expect(result.main.stdout).toContain('Token scope: Agent (CI)')
    expect(result.main.summary).toContain('Semgrep verified')
    expect(result.main.summary).toContain('acme-corp')
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('a Web API token: the agent API 404s, the Web API names the deployment, and semgrep ci is warned about', async () => {
    const result = await run({ 'api-token': tokens.webApiToken! })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(requests()).toEqual([AGENT, WEB_API])
    expect(result.main.outputs.organization).toBe('acme-corp')
    expect(result.main.warnings).toHaveLength(1)
    expect(result.main.warnings[0]).toContain(
      'Semgrep: the token is valid for the Web API of deployment acme-corp, but it lacks the Agent (CI) scope, so semgrep ci will refuse it'
    )
    expect(result.main.warnings[0]).toContain('api-token input (or SEMGREP_APP_TOKEN)')
    expect(result.main.summary).toContain('lacks the Agent (CI) scope')
    expect(result.main.env.SEMGREP_APP_TOKEN).toBe(tokens.webApiToken)
    expectClean(result)
  })

  it('a token from SEMGREP_APP_TOKEN with both scopes passes on the agent API alone', async () => {
    const result = await run({}, { SEMGREP_APP_TOKEN: tokens.fullToken! })
    expect(result.main.exitCode).toBe(0)
    expect(requests()).toEqual([AGENT])
    expect(result.main.outputs.organization).toBe('globex')
    expectMasked(result.main, [tokens.fullToken!])
    expectClean(result)
  })

  it('401, a revoked token: Semgrep’s words, the token page and the input', async () => {
    expectFailure(
      await run({ 'api-token': tokens.revokedToken! }),
      'Semgrep: the token was rejected (HTTP 401',
      'Semgrep said: Not authorized',
      'the token was revoked',
      'issued by another Semgrep instance than the url input',
      'Settings > Tokens',
      'api-token input (or SEMGREP_APP_TOKEN)'
    )
    expect(requests()).toEqual([AGENT])
  })

  it('404 from both APIs, a url with a path too many: one failure after two requests', async () => {
    expectFailure(
      await run({ 'api-token': tokens.ciToken!, url: `${url}/ui` }),
      'Semgrep: neither Semgrep API answered for this token (HTTP 404',
      'both answered 404',
      'leave the url input empty for https://semgrep.dev'
    )
    expect(requests()).toEqual([
      `GET /ui/api/agent/deployments/current`,
      'GET /ui/api/v1/deployments'
    ])
  })

  it('a 401 that echoes the request headers is quoted with the token redacted', async () => {
    const message = expectFailure(
      await run({
        'api-token': tokens.ciToken!,
        url: `${sandbox.httpUrl}/_fault/echo/_vendor/semgrep`
      }),
      'HTTP 401',
      'Rejected request with headers'
    )
    expect(message).toContain('"authorization":"***"')
  })

  it('refuses required-roles and required-permissions before any request', async () => {
    expectFailure(
      await run({ 'api-token': tokens.ciToken!, 'required-roles': 'admin' }),
      'The required-roles input cannot be used with Semgrep',
      'Semgrep tokens belong to a deployment'
    )
    expectFailure(
      await run({ 'api-token': tokens.ciToken!, 'required-permissions': 'agent' }),
      'The required-permissions input cannot be used with Semgrep'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('refuses a region: Semgrep has none', async () => {
    expectFailure(await run({ 'api-token': tokens.ciToken!, url: '', region: 'eu' }), 'region')
    expect(sandbox.requests).toHaveLength(0)
  })

  it('fails without a token, naming the input and the fallback', async () => {
    expectFailure(await run({}), 'No credentials for Semgrep', 'api-token', 'SEMGREP_APP_TOKEN')
  })
})
