// SonarQube through the built bundle, run as the runner runs it (Node 24, INPUT_* with action.yml
// defaults, env files, then the post step), against the sandbox's SonarQube. Every error the vendor
// notes name has a scenario (validate's {"valid":false} for an expired or revoked token, a 401 from
// the API, an expiry near or past); each ends with the leak and mask checks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Run = Awaited<ReturnType<typeof runAction>>
interface Account {
  token?: string
  password?: string
  expiresAt?: string
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let allSecrets: string[]

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.sonarqube as Record<string, Account>
  allSecrets = Object.values(accounts).flatMap((a) =>
    [a.token, a.password].filter((v): v is string => Boolean(v))
  )
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const tokenOf = (name: string): string => accounts[name]!.token!
const base = (fault = ''): string =>
  `${sandbox.httpUrl}${fault ? `/_fault/${fault}` : ''}/_vendor/sonarqube`
const sonar = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> =>
  runAction({ inputs: { vendor: 'sonarqube', url: base(), ...inputs }, env })
const paths = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)
const VALIDATE = 'GET /api/authentication/validate'
const CURRENT = 'GET /api/users/current'

function expectClean(run: Run): void {
  for (const step of [run.main, run.post]) {
    expect(step.stderr).toBe('')
    expectNoLeak(
      step,
      allSecrets.map((s) => s)
    )
  }
  // No session: the post step has nothing to end.
  expect(run.post.exitCode).toBe(0)
  expect(run.post.warnings).toEqual([])
}

/** One failure message with these fragments, no stack, nothing exported. */
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

describe('SonarQube tokens through the bundle', () => {
  it('verifies a user token over HTTPS in validate + users/current, and exports SONAR_HOST_URL / SONAR_TOKEN', async () => {
    const token = tokenOf('userToken')
    const url = `${sandbox.httpsLocalhostUrl}/_vendor/sonarqube`
    const run = await sonar({
      url,
      'ca-cert': sandbox.caCertPath,
      'api-token': token,
      'required-roles': 'sonar-administrators',
      'required-permissions': 'admin'
    })
    expect(run.main.errors).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(paths()).toEqual([VALIDATE, CURRENT])
    expect(sandbox.requests.every((r) => r.headers.authorization === `Bearer ${token}`)).toBe(true)
    expect(run.main.outputs).toMatchObject({
      vendor: 'sonarqube',
      url,
      'user-id': 'AYz1sandboxAda0001',
      username: 'ada',
      'display-name': 'Ada Admin',
      email: 'ada@acme.example',
      roles: '["sonar-administrators","sonar-users","admin"]',
      permissions: '["admin","gateadmin","profileadmin","provisioning","scan"]',
      'auth-header': `Authorization: Bearer ${token}`,
      token: '',
      cookie: '',
      'expires-at': ''
    })
    expect(JSON.parse(run.main.outputs.identity!)).toMatchObject({ authMode: 'api-token' })
    expect(run.main.env).toEqual({
      SONAR_HOST_URL: url,
      SONAR_TOKEN: token,
      // With ca-cert, later steps get the CA too.
      REQUESTS_CA_BUNDLE: expect.stringMatching(/ca-bundle\.pem$/),
      CURL_CA_BUNDLE: expect.stringMatching(/ca-bundle\.pem$/),
      NODE_EXTRA_CA_CERTS: expect.stringMatching(/node-extra-ca\.pem$/)
    })
    expect(run.main.summary).toContain('SonarQube verified')
    expect(run.main.stdout).toContain('Token type: user token (squ_)')
    expectMasked(run.main, [token, `Bearer ${token}`])
    expect(sandbox.requests).toHaveLength(2)
    expectClean(run)
  })

  it('reads SONAR_TOKEN when api-token is empty', async () => {
    const token = tokenOf('developerToken')
    const run = await sonar({}, { SONAR_TOKEN: token })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.outputs.username).toBe('dev')
    expectMasked(run.main, [token])
    expectClean(run)
  })

  it('puts the token expiry from the users/current header into expires-at and the summary', async () => {
    const run = await sonar({ 'api-token': tokenOf('developerToken') })
    expect(run.main.exitCode).toBe(0)
    const expected = accounts.developerToken!.expiresAt!.replace('+0000', 'Z')
    expect(run.main.outputs['expires-at']).toBe(expected)
    expect(run.main.summary).toContain(expected)
    expect(run.main.warnings).toEqual([])
    expectClean(run)
  })

  it('warns when the token expires within expiry-warning-days', async () => {
    const run = await sonar({ 'api-token': tokenOf('expiringSoonToken') })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.warnings).toEqual([
      expect.stringMatching(
        /^The SonarQube credential expires in [23] days, on \d{4}-\d\d-\d\dT00:00:00Z/
      )
    ])
    expect(run.main.env.SONAR_TOKEN).toBe(tokenOf('expiringSoonToken'))
    expectClean(run)
  })

  it('fails an expired token on validate\'s {"valid":false}, as Bearer and then as Basic', async () => {
    const run = await sonar({ 'api-token': tokenOf('expiredToken') })
    const message = expectFailure(
      run,
      'SonarQube: the token was rejected (HTTP 200 OK from GET',
      '/api/authentication/validate',
      'has expired',
      'My Account > Security',
      'api-token input (or SONAR_TOKEN)'
    )
    expect(message).toContain('region')
    expect(message).toContain('both were refused')
    expect(paths()).toEqual([VALIDATE, VALIDATE])
    expectClean(run)
  })

  it('fails a revoked token the same way', async () => {
    const run = await sonar({ 'api-token': tokenOf('revokedToken') })
    expectFailure(run, 'the token was rejected', 'revoked')
    expect(paths()).toEqual([VALIDATE, VALIDATE])
    expectClean(run)
  })

  it('fails a token that is not a SonarQube token at all the same way', async () => {
    const run = await sonar({ 'api-token': 'squ_not-a-real-token' })
    expectFailure(run, 'the token was rejected', 'wrongly copied token')
    expectMasked(run.main, ['squ_not-a-real-token', 'Bearer squ_not-a-real-token'])
    expectClean(run)
  })

  it('explains a 401 that echoes the request headers without showing the token', async () => {
    const token = tokenOf('userToken')
    const run = await sonar({ url: base('echo'), 'api-token': token })
    expectFailure(run, 'the token was rejected (HTTP 401')
    expectNoLeak(run.main, [token, `Bearer ${token}`])
    expectClean(run)
  })

  it("quotes SonarQube's own errors[].msg on a 403, after validate passed", async () => {
    const run = await sonar({ url: base('sonarqube-403'), 'api-token': tokenOf('userToken') })
    expectFailure(
      run,
      'SonarQube: the credentials were accepted but may not do this (HTTP 403 Forbidden from GET',
      '/api/users/current',
      'SonarQube said: Insufficient privileges'
    )
    expect(paths()).toEqual([VALIDATE, CURRENT])
    expectClean(run)
  })

  it("quotes SonarQube's own errors[].msg on the 404 of a url with a path too many", async () => {
    const run = await sonar({ url: `${base()}/api/users`, 'api-token': tokenOf('userToken') })
    expectFailure(
      run,
      'the endpoint was not found (HTTP 404',
      'SonarQube said: Unknown url : /api/users/api/authentication/validate'
    )
    expectClean(run)
  })

  it('with a global analysis token: analysis permissions only, no groups, a note on what it proves', async () => {
    const run = await sonar({
      'api-token': tokenOf('globalAnalysisToken'),
      'required-permissions': 'scan'
    })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.outputs).toMatchObject({
      username: 'ada',
      roles: '[]',
      permissions: '["provisioning","scan"]'
    })
    expect(run.main.stdout).toContain('Token type: global analysis token (sqa_)')
    expect(run.main.stdout).toContain('Groups: not reported')
    expectClean(run)
  })

  it('with a project analysis token: fails required-permissions scan, naming the owner', async () => {
    const run = await sonar({
      'api-token': tokenOf('projectAnalysisToken'),
      'required-permissions': 'scan'
    })
    expectFailure(run, 'dev (Dev Eloper, dev@acme.example) lacks "scan" (required-permissions)')
    expect(run.main.stdout).toContain('project analysis token (sqp_)')
    expectClean(run)
  })

  it('refuses required-roles with an analysis token before any request, instead of trusting its owner’s groups', async () => {
    const run = await sonar({
      'api-token': tokenOf('globalAnalysisToken'),
      'required-roles': 'sonar-administrators'
    })
    expectFailure(
      run,
      'required-roles cannot be met with a global analysis token (sqa_)',
      'Fix: give a user token (squ_) to require groups'
    )
    expect(sandbox.requests).toEqual([])
    expectClean(run)
  })

  it('keeps outputs but exports nothing with export-env: false', async () => {
    const run = await sonar({ 'api-token': tokenOf('viewerToken'), 'export-env': 'false' })
    expect(run.main.exitCode).toBe(0)
    expect(run.main.env).toEqual({})
    expect(run.main.outputs.username).toBe('viewer')
    expectClean(run)
  })

  it('refuses an input SonarQube does not use before any request', async () => {
    const run = await sonar({ 'api-token': tokenOf('userToken'), tenant: 'prod' })
    expectFailure(run, 'SonarQube does not use the tenant input')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })

  it('refuses the UI name Execute Analysis before any request, naming the API name scan', async () => {
    const run = await sonar({
      'api-token': tokenOf('userToken'),
      'required-permissions': 'Execute Analysis'
    })
    expectFailure(run, '"Execute Analysis" is scan', 'Fix: write required-permissions: scan')
    expect(sandbox.requests).toHaveLength(0)
    expectClean(run)
  })
})
