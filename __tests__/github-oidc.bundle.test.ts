// GitHub OIDC (contract, Behaviour 16) through the built bundle, with JFrog, its first vendor: the
// job's ID token is requested from the runner's token service (the sandbox's), masked, exchanged
// for the vendor's token, and never handed on or printed; a job without id-token: write fails
// before any request, saying so; a refused exchange quotes the claims the mapping matches on.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../sandbox/index.js'
import { runAction, runStep } from '../scripts/runner.js'
import { expectMasked, expectNoLeak } from './helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Step = Awaited<ReturnType<typeof runStep>>

let sandbox: Sandbox
let url: string
beforeAll(async () => {
  sandbox = await startSandbox()
  url = `${sandbox.httpUrl}/_vendor/jfrog`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const jfrog = (inputs: Record<string, string>, env: Record<string, string> = sandbox.github.env) =>
  runStep({ inputs: { vendor: 'jfrog', url, ...inputs }, env })
const requests = () => sandbox.requests.map((r) => `${r.method} ${r.path}`)
/** The ID token the action sent to the exchange, as the fake received it ('' before it). */
function sentIdToken(): string {
  const exchange = sandbox.requests.find((r) => r.path === '/access/api/v1/oidc/token')
  return exchange ? (JSON.parse(exchange.body) as { subject_token: string }).subject_token : ''
}
const REQUEST_TOKEN = () => sandbox.github.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN

/** One failure before any request, naming `fragments`; nothing published. */
function expectRefusedEarly(step: Step, ...fragments: string[]): void {
  expect(step.exitCode).toBe(1)
  expect(step.errors).toHaveLength(1)
  for (const fragment of fragments) expect(step.errors[0]).toContain(fragment)
  expect(sandbox.requests).toEqual([])
  expect(step.env).toEqual({})
}

describe('GitHub OIDC with JFrog', () => {
  it('requests the ID token, exchanges it, checks Xray with the access token; the ID token goes nowhere else', async () => {
    const step = await jfrog({ 'oidc-provider': 'github-acme' })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(requests()).toEqual([
      'GET /_github/idtoken?api-version=2.0',
      'POST /access/api/v1/oidc/token',
      'GET /xray/api/v1/system/version'
    ])
    const idTokenRequest = sandbox.requests[0]!
    expect(idTokenRequest.headers.authorization).toBe(`Bearer ${REQUEST_TOKEN()}`)
    const exchange = JSON.parse(sandbox.requests[1]!.body) as Record<string, string>
    expect(exchange).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      subject_token: sentIdToken(),
      provider_name: 'github-acme'
    })
    const accessToken = step.outputs.token!
    expect(sandbox.requests[2]!.headers.authorization).toBe(`Bearer ${accessToken}`)
    expect(step.outputs.username).toBe('ci-bot')
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({ authMode: 'oidc' })
    expect(step.env).toEqual({ JF_URL: url, JF_ACCESS_TOKEN: accessToken })
    // The exchanged token is short-lived: its expiry is the token's, not a credential to warn about.
    expect(step.warnings).toEqual([])
    expect(Date.parse(step.outputs['expires-at']!)).toBeGreaterThan(Date.now())
    expect(step.summary).toContain('/&#95;github/idtoken')
    expectMasked(step, [sentIdToken(), REQUEST_TOKEN(), accessToken])
    const handedOn = [
      ...Object.values(step.outputs),
      ...Object.values(step.env),
      step.state.logout ?? ''
    ].join('\n')
    expect(handedOn.includes(sentIdToken())).toBe(false)
    expectNoLeak(step, [sentIdToken(), REQUEST_TOKEN(), accessToken])
  })

  it('asks GitHub for the oidc-audience the integration expects', async () => {
    const step = await jfrog({ 'oidc-provider': 'github-acme-aud', 'oidc-audience': 'jfrog-acme' })
    expect(step.errors).toEqual([])
    expect(sandbox.requests[0]!.path).toBe('/_github/idtoken?api-version=2.0&audience=jfrog-acme')
  })

  it('a refused exchange quotes the claims the mapping matches on, never the token', async () => {
    sandbox.github.setJob({ repository: 'acme/fork-of-app', environment: 'production' })
    const step = await jfrog({ 'oidc-provider': 'github-acme' })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    const message = step.errors[0]!
    expect(message).toContain(
      `refused to exchange the job's GitHub ID token (OIDC integration "github-acme")`
    )
    expect(message).toContain('HTTP 401')
    expect(message).toContain('  sub: repo:acme/fork-of-app:environment:production')
    expect(message).toContain('  repository: acme/fork-of-app')
    expect(message).toContain('  ref: refs/heads/main')
    expect(message).toContain('  environment: production')
    expect(message).toContain(
      '  job_workflow_ref: acme/fork-of-app/.github/workflows/scan.yml@refs/heads/main'
    )
    expect(message).toContain('  aud: https://github.com/acme')
    expect(step.env).toEqual({})
    expect(step.outputs.token).toBeUndefined()
    expectNoLeak(step, [sentIdToken(), REQUEST_TOKEN()])
  })

  it('an audience the integration does not expect is refused, and the aud claim shows why', async () => {
    const step = await jfrog({ 'oidc-provider': 'github-acme-aud' })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('set oidc-audience to the integration')
    expect(step.errors[0]).toContain('  aud: https://github.com/acme')
  })

  it("an unknown provider is named, with the platform's words", async () => {
    const step = await jfrog({ 'oidc-provider': 'github-typo' })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain("Provider 'github-typo' not found")
    expect(step.errors[0]).toContain('no OIDC integration named "github-typo"')
  })

  it('mint-token on top: later steps get a minted token, revoked by the post step', async () => {
    const result = await runAction({
      inputs: { vendor: 'jfrog', url, 'oidc-provider': 'github-acme', 'mint-token': 'true' },
      env: sandbox.github.env
    })
    expect(result.main.exitCode).toBe(0)
    const minted = (sandbox.fake('jfrog') as unknown as { minted: { revoked: boolean }[] }).minted
    expect(minted.map((m) => m.revoked)).toEqual([true])
    expect(result.post.warnings).toEqual([])
    expectNoLeak(result.main, [sentIdToken(), REQUEST_TOKEN()])
  })
})

describe('GitHub OIDC, before the vendor', () => {
  it('without id-token: write (no request variables) it fails before any request, saying so', async () => {
    const step = await jfrog({ 'oidc-provider': 'github-acme' }, {})
    expectRefusedEarly(
      step,
      'the job lacks permissions: id-token: write',
      '    id-token: write',
      'a run by Dependabot needs it as well',
      'Pull requests from forks never get an ID token'
    )
    // Dependabot runs get an ID token once the workflow grants it: the step is not skipped there.
    expect(step.errors[0]).not.toContain("github.actor != 'dependabot[bot]'")
  })

  it('a token service that refuses the request token fails with GitHub named, not the vendor', async () => {
    const step = await jfrog(
      { 'oidc-provider': 'github-acme' },
      {
        ...sandbox.github.env,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'overwritten-by-an-earlier-step-0000'
      }
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('GitHub did not issue an ID token for this job')
    expect(step.errors[0]).toContain('HTTP 401')
    expect(requests()).toEqual(['GET /_github/idtoken?api-version=2.0'])
    expectNoLeak(step, ['overwritten-by-an-earlier-step-0000'])
  })

  it('a request URL over plain HTTP to another host is never called', async () => {
    const step = await jfrog(
      { 'oidc-provider': 'github-acme' },
      { ...sandbox.github.env, ACTIONS_ID_TOKEN_REQUEST_URL: 'http://tokens.example.com/idtoken' }
    )
    expectRefusedEarly(step, 'ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL')
  })

  it.each([
    [
      { 'oidc-provider': 'github-acme', 'api-token': 'a'.repeat(40) },
      'oidc-provider (GitHub OIDC, no stored secret) and the api-token input were both given'
    ],
    [{ 'oidc-audience': 'jfrog-acme' }, 'The oidc-audience input is used only with oidc-provider'],
    [{ 'oidc-provider': 'github\nacme' }, 'The oidc-provider input must be the name']
  ])('%j is refused before any request', async (inputs, fragment) => {
    const step = await jfrog(inputs as Record<string, string>)
    expectRefusedEarly(step, fragment)
  })

  it('a vendor without OIDC refuses oidc-provider, naming those that have it', async () => {
    const step = await runStep({
      inputs: { vendor: 'sonarqube', 'oidc-provider': 'github-acme' },
      env: sandbox.github.env
    })
    expectRefusedEarly(
      step,
      'The oidc-provider input cannot be used with SonarQube',
      'Vendors that can: JFrog.'
    )
  })
})
