// Prisma Cloud through the built bundle, run as the runner runs it (Node 24, INPUT_* with
// action.yml defaults, env files, then the post step), against the sandbox fake. Every error the
// vendor notes name has a scenario here with its message; every scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

type Account = { accessKey: string; secretKey: string; bcApiKey?: string }

let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string
let secrets: string[]

const { run, expectClean, expectFailure } = bundleSuite({
  vendor: 'prisma-cloud',
  started: (started) => {
    sandbox = started
    accounts = sandbox.accounts['prisma-cloud'] as Record<string, Account>
    secrets = Object.values(accounts).flatMap((a) => [a.accessKey, a.secretKey, a.bcApiKey ?? ''])
    return (url = `${sandbox.httpUrl}/_vendor/prisma-cloud`)
  },
  secrets: () => secrets
})

const keys = (name: string) => ({
  'access-key': accounts[name]!.accessKey,
  'secret-key': accounts[name]!.secretKey
})

describe('Prisma Cloud through the bundle', () => {
  it('logs in and reads the profile in two requests; exports PRISMA_* and BC_API_KEY, masked', async () => {
    const result = await run({ ...keys('ciKey'), 'required-roles': 'Build and Deploy Security' })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /login',
      'GET /user/me'
    ])
    const token = result.main.outputs.token!
    const { 'access-key': accessKey, 'secret-key': secretKey } = keys('ciKey')
    expect(result.main.outputs).toMatchObject({
      vendor: 'prisma-cloud',
      url,
      'user-id': '',
      username: 'ci-bot@acme.example',
      'display-name': 'CI Bot',
      email: 'ci-bot@acme.example',
      roles: '["CI Scanner"]',
      permissions: '[]',
      organization: 'Acme Corp',
      'auth-header': `x-redlock-auth: ${token}`
    })
    expect(result.main.outputs['expires-at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(result.main.env).toEqual({
      PRISMA_API_URL: url,
      PRISMA_ACCESS_KEY: accessKey,
      PRISMA_SECRET_KEY: secretKey,
      BC_API_KEY: `${accessKey}::${secretKey}`
    })
    expectMasked(result.main, [accessKey, secretKey, token, `${accessKey}::${secretKey}`])
    expect(result.main.stdout).toContain('(a login token lasts ten minutes)')
    expect(result.main.warnings).toEqual([])
    expectClean(result)
  })

  it('a System Admin key is verified with a warning naming Build and Deploy Security', async () => {
    const result = await run(keys('adminKey'))
    expect(result.main.exitCode).toBe(0)
    expect(result.main.outputs.roles).toBe('["System Admin"]')
    expect(result.main.warnings).toEqual([
      expect.stringContaining('holds System Admin, an administrative role')
    ])
    expect(result.main.warnings[0]).toContain('Build and Deploy Security')
    expectClean(result)
  })

  it('401 invalid_credentials, a key of another stack: names the url used and every region', async () => {
    const message = expectFailure(
      await run(keys('euKey')),
      'Prisma Cloud: the access key was rejected (HTTP 401',
      'Prisma Cloud said: invalid_credentials',
      `the credential belongs to another Prisma Cloud region: this step used the url input (${url})`,
      'eu (https://api.eu.prismacloud.io)',
      'gov (https://api.gov.prismacloud.io)',
      'PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY'
    )
    expect(message.split('\n')[3]).toMatch(/^ {2}- the credential belongs to another/)
    expect(sandbox.requests).toHaveLength(1)
  })

  it('the same key passes once the host plays its stack', async () => {
    ;(sandbox.fake('prisma-cloud') as unknown as { setRegion(r: string): void }).setRegion('eu')
    const result = await run(keys('euKey'))
    expect(result.main.exitCode).toBe(0)
    expectClean(result)
  })

  it('401 for a deleted key', async () => {
    expectFailure(
      await run(keys('revokedKey')),
      'HTTP 401',
      'the access key was deleted or disabled, or has expired'
    )
  })

  it('401 sso_enabled_password_login_attempt: an SSO user’s e-mail and password', async () => {
    expectFailure(
      await run(keys('ssoUser')),
      'the password login of a single sign-on user was refused (HTTP 401',
      'Prisma Cloud said: sso_enabled_password_login_attempt',
      'create an access key under Settings > Access Control > Access Keys'
    )
  })

  it('400 user_inactive_or_not_exist from /user/me', async () => {
    expectFailure(
      await run(keys('inactiveKey')),
      'the access key’s user or service account is inactive or no longer exists (HTTP 400',
      'Prisma Cloud said: user_inactive_or_not_exist'
    )
    expect(sandbox.requests).toHaveLength(2)
  })

  it('the older single-role profile: the role type is the role, and the gate names it', async () => {
    expectFailure(
      await run({ ...keys('readerKey'), 'required-roles': 'Build and Deploy Security' }),
      'rita@acme.example (Rita Reader) holds "Account Group Read Only"',
      '"Build and Deploy Security" (required-roles)'
    )
  })

  it("refuses Checkov's BC_API_KEY form in access-key before any request, without quoting it", async () => {
    const { 'access-key': accessKey, 'secret-key': secretKey } = keys('ciKey')
    const message = expectFailure(
      await run({ 'access-key': `${accessKey}::${secretKey}`, 'secret-key': secretKey }),
      'The access-key input holds "<access key>::<secret>"'
    )
    expect(message).not.toContain(secretKey)
    expect(sandbox.requests).toHaveLength(0)
  })

  it('refuses an unknown region, url with region, and required-permissions before any request', async () => {
    expectFailure(
      await run({ ...keys('ciKey'), url: '', region: 'mars' }),
      'The region input "mars" is not a Prisma Cloud region. Valid regions: app, app2, app3, app4, eu, eu2, anz, ca, sg, uk, ind, jp, fr, gov, id, cn.'
    )
    expectFailure(await run({ ...keys('ciKey'), region: 'eu' }), 'The url and region inputs')
    expectFailure(
      await run({ ...keys('ciKey'), 'required-permissions': 'policy.read' }),
      'The required-permissions input cannot be used with Prisma Cloud'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('a url that is the console, not the API: the login answer is never quoted', async () => {
    const message = expectFailure(
      await run({ ...keys('ciKey'), url: `${sandbox.httpUrl}/_fault/html/_vendor/prisma-cloud` }),
      'HTML page'
    )
    expect(message).not.toContain('<html')
  })

  it('takes the keys from PRISMA_ACCESS_KEY and PRISMA_SECRET_KEY', async () => {
    const { 'access-key': accessKey, 'secret-key': secretKey } = keys('ciKey')
    const result = await run({}, { PRISMA_ACCESS_KEY: accessKey, PRISMA_SECRET_KEY: secretKey })
    expect(result.main.exitCode).toBe(0)
    expectMasked(result.main, [accessKey, secretKey])
    expectClean(result)
  })
})
