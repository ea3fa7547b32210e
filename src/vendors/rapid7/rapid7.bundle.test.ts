// Rapid7 Insight through the built bundle, run as the runner runs it (Node 24, INPUT_* with
// action.yml defaults, env files, then the post step), against the sandbox fake. Every error the
// vendor notes name has a scenario here with its message; every scenario ends with the leak check.
import { describe, expect, it } from '@jest/globals'
import { expectMasked } from '../../../__tests__/helpers/leaks.js'
import { bundleSuite, type Sandbox } from '../../../__tests__/helpers/vendor-bundle.js'

let sandbox: Sandbox
let keys: Record<string, string>
let url: string

const { run, expectClean, expectFailure } = bundleSuite({
  vendor: 'rapid7',
  started: (started) => {
    sandbox = started
    const accounts = sandbox.accounts.rapid7 as Record<string, { apiKey: string }>
    keys = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.apiKey]))
    return (url = `${sandbox.httpUrl}/_vendor/rapid7`)
  },
  secrets: () => Object.values(keys)
})

describe('Rapid7 Insight through the bundle', () => {
  it('validates in one request; identity outputs empty; exports RAPID7_URL, RAPID7_REGION, RAPID7_API_KEY', async () => {
    const result = await run({ 'api-key': keys.userKey! })
    expect(result.main.errors).toEqual([])
    expect(result.main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /validate'])
    expect(result.main.outputs).toMatchObject({
      vendor: 'rapid7',
      url,
      'user-id': '',
      username: '',
      'display-name': '',
      email: '',
      roles: '[]',
      permissions: '[]',
      organization: '',
      'auth-header': `X-Api-Key: ${keys.userKey}`
    })
    // The url is no region's host, so no region name is claimed.
    expect(result.main.env).toEqual({
      RAPID7_URL: url,
      RAPID7_REGION: '',
      RAPID7_API_KEY: keys.userKey
    })
    expectMasked(result.main, [keys.userKey!])
    expect(result.main.stdout).toContain('Key owner: not reported')
    expect(result.main.summary).toContain('Rapid7 Insight verified')
    expect(sandbox.requests).toHaveLength(1)
    expect(result.post.warnings).toEqual([])
    expectClean(result)
  })

  it('an organization key from RAPID7_API_KEY passes the same way', async () => {
    const result = await run({}, { RAPID7_API_KEY: keys.organizationKey! })
    expect(result.main.exitCode).toBe(0)
    expect(result.main.env.RAPID7_API_KEY).toBe(keys.organizationKey)
    expectMasked(result.main, [keys.organizationKey!])
    expectClean(result)
  })

  it('401, a key of another region: names the url used and every region, and the region input', async () => {
    const message = expectFailure(
      await run({ 'api-key': keys.euKey! }),
      'Rapid7 Insight: the API key was rejected (HTTP 401',
      'Rapid7 Insight said: Unauthorized',
      `the credential belongs to another Rapid7 Insight region: this step used the url input (${url})`,
      'eu (https://eu.api.insight.rapid7.com)',
      'aps2 (https://aps2.api.insight.rapid7.com)',
      'Remove the url input and set the region input',
      'set region (us, us2, us3, eu, ca, au, ap, aps2, me1)'
    )
    // The region cause comes first: it is the likeliest.
    expect(message.split('\n')[3]).toMatch(
      /^ {2}- the credential belongs to another Rapid7 Insight region/
    )
    expect(sandbox.requests).toHaveLength(1)
  })

  it('the same key passes once the host plays its region', async () => {
    ;(sandbox.fake('rapid7') as unknown as { setRegion(region: string): void }).setRegion('eu')
    const result = await run({ 'api-key': keys.euKey! })
    expect(result.main.exitCode).toBe(0)
    expectClean(result)
  })

  it('401, a deleted key', async () => {
    expectFailure(
      await run({ 'api-key': keys.revokedKey! }),
      'HTTP 401',
      'the key was deleted, or belonged to a user who was removed',
      'generate a new key under Administration > API Key Management',
      'api-key input (or RAPID7_API_KEY)'
    )
  })

  it('a 401 that echoes the request headers is quoted with the key redacted', async () => {
    const message = expectFailure(
      await run({
        'api-key': keys.userKey!,
        url: `${sandbox.httpUrl}/_fault/echo/_vendor/rapid7`
      }),
      'HTTP 401',
      'Rejected request with headers'
    )
    expect(message).toContain('"x-api-key":"***"')
  })

  it('a 200 without {"message":"Authorized"} is not a pass', async () => {
    expectFailure(
      await run({
        'api-key': keys.userKey!,
        url: `${sandbox.httpUrl}/_vendor/sonarqube/api/authentication`
      }),
      'the answer did not carry the expected result (HTTP 200',
      'something other than the Rapid7 Insight API'
    )
  })

  it('refuses required-roles and required-permissions before any request', async () => {
    expectFailure(
      await run({ 'api-key': keys.userKey!, 'required-roles': 'Platform Admin' }),
      'The required-roles input cannot be used with Rapid7 Insight',
      "names neither the key's owner nor any role",
      'user key'
    )
    expectFailure(
      await run({ 'api-key': keys.userKey!, 'required-permissions': 'apps:read' }),
      'The required-permissions input cannot be used with Rapid7 Insight'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('refuses an unknown region, and url with region, before any request', async () => {
    expectFailure(
      await run({ 'api-key': keys.userKey!, url: '', region: 'eu-central' }),
      'The region input "eu-central" is not a Rapid7 Insight region. Valid regions: us, us2, us3, eu, ca, au, ap, aps2, me1.'
    )
    expectFailure(
      await run({ 'api-key': keys.userKey!, region: 'eu' }),
      'The url and region inputs were both given'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('fails without a key, naming the input and the fallback', async () => {
    expectFailure(await run({}), 'No credentials for Rapid7 Insight', 'api-key', 'RAPID7_API_KEY')
  })
})
