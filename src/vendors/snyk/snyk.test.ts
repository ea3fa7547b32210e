// Snyk: /rest/self and token-answer parsing (unit), and the whole main step in-process against the
// sandbox's Snyk, with an API token and with OAuth client credentials (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { resolveLocation } from '../../plan/index.js'
import { accessTokenExpiry, parseSelf, REST_VERSION, snyk } from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  apiToken?: string
  clientId?: string
  clientSecret?: string
  id: string
  type: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.snyk as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/snyk`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const tokenOf = (name: string): string => accounts[name]!.apiToken!
const client = (): Record<string, string> => ({
  'client-id': accounts.oauthClient!.clientId!,
  'client-secret': accounts.oauthClient!.clientSecret!
})
const issued = (): string[] =>
  (sandbox.fake('snyk') as { state: { issued: string[] } }).state.issued

describe('parseSelf: the JSON:API /self document', () => {
  it('reads a user: id, username, name, email and the default organization', () => {
    expect(
      parseSelf({
        data: {
          id: 'u-1',
          type: 'user',
          attributes: {
            name: 'Ada',
            username: 'ada.dev',
            email: 'ada@acme.example',
            default_org_context: 'org-1'
          }
        }
      })
    ).toEqual({
      userId: 'u-1',
      username: 'ada.dev',
      displayName: 'Ada',
      email: 'ada@acme.example',
      roles: undefined,
      permissions: undefined,
      organization: 'org-1'
    })
  })

  it('reads a service account, which has a name but no username or email', () => {
    expect(
      parseSelf({ data: { id: 's-1', type: 'service_account', attributes: { name: 'ci' } } })
    ).toMatchObject({ userId: 's-1', username: '', displayName: 'ci', email: '' })
  })

  it('names nobody for a body without data (the pact mocks answer an empty 200)', () => {
    expect(parseSelf({})).toMatchObject({ userId: '', username: '', email: '' })
  })
})

describe('accessTokenExpiry', () => {
  const now = Date.parse('2026-11-25T12:00:00Z')

  it('is expires_in seconds from now', () => {
    expect(accessTokenExpiry({ expires_in: 3600 }, 'opaque', now)).toBe('2026-11-25T13:00:00Z')
    expect(accessTokenExpiry({ expires_in: '60' }, 'opaque', now)).toBe('2026-11-25T12:01:00Z')
  })

  it("falls back to the token's exp claim, and to nothing", () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_795_000_000 })).toString('base64url')
    const jwt = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${payload}.sig`
    expect(accessTokenExpiry({}, jwt, now)).toBe('2026-11-18T11:06:40Z')
    expect(accessTokenExpiry({ expires_in: -5 }, 'opaque', now)).toBeUndefined()
    expect(accessTokenExpiry({ expires_in: true }, 'opaque', now)).toBeUndefined()
  })
})

describe('Snyk regions', () => {
  it.each([
    ['', 'https://api.snyk.io'],
    ['us', 'https://api.snyk.io'],
    ['us2', 'https://api.us.snyk.io'],
    ['eu', 'https://api.eu.snyk.io'],
    ['au', 'https://api.au.snyk.io'],
    ['gov', 'https://api.snykgov.io']
  ])('region %j → %s', (region, expected) => {
    expect(resolveLocation('', region, snyk).url).toBe(expected)
  })
})

describe('Snyk main step with an API token (real @actions/core, sandbox over loopback)', () => {
  it('verifies the token in one GET /rest/self with the version query, and exports SNYK_TOKEN and SNYK_API', async () => {
    const token = tokenOf('user')
    const step = await runMain({ vendor: 'snyk', url, 'api-token': token })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    const [request] = sandbox.requests
    expect(request).toMatchObject({ method: 'GET', path: `/rest/self?version=${REST_VERSION}` })
    expect(request!.headers.authorization).toBe(`token ${token}`)
    expect(step.outputs).toMatchObject({
      vendor: 'snyk',
      'user-id': accounts.user!.id,
      username: 'ada.dev',
      'display-name': 'Ada Developer',
      email: 'ada@acme.example',
      roles: '[]',
      permissions: '[]',
      'auth-header': `Authorization: token ${token}`,
      token: '',
      'expires-at': ''
    })
    expect(step.outputs.organization).toMatch(/^[0-9a-f-]{36}$/)
    // The sandbox is not the default host, so the CLI is told where the API is.
    expect(step.env).toEqual({ SNYK_TOKEN: token, SNYK_API: url })
    expect(step.masks).toEqual(expect.arrayContaining([token, `token ${token}`]))
    expect(step.log.join('\n')).toContain('Account type: user')
  })

  it('reads the token from SNYK_TOKEN, and names a service account', async () => {
    const token = tokenOf('serviceAccount')
    const step = await runMain({ vendor: 'snyk', url }, { SNYK_TOKEN: token })
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(token)
    expect(step.outputs).toMatchObject({ username: '', 'display-name': 'acme-ci' })
    expect(step.log.join('\n')).toContain('Account type: service account')
  })

  it('explains a 401 with Snyk’s JSON:API words, the region used and the others', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('revoked') })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('Snyk: the API token was rejected (HTTP 401')
    expect(message).toContain(
      'Snyk said: Authentication error: Authentication credentials not recognized'
    )
    expect(message).toContain(`this step used the url input (${url})`)
    expect(message).toContain('gov (https://api.snykgov.io)')
    expect(message).toContain('api-token input (or SNYK_TOKEN)')
    expect(step.env).toEqual({})
  })

  it('explains a 403 for a valid token that may not use the API', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('forbidden') })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'the credential is valid but may not use the Snyk API (HTTP 403'
    )
    expect(step.errors[0]).toContain('Forbidden: You do not have the required permissions')
  })

  it('refuses required-roles and required-permissions before any request', async () => {
    for (const input of ['required-roles', 'required-permissions']) {
      const step = await runMain({
        vendor: 'snyk',
        url,
        'api-token': tokenOf('user'),
        [input]: 'x'
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(
        `The ${input} input cannot be used with Snyk: GET /rest/self reports no`
      )
    }
    expect(sandbox.requests).toHaveLength(0)
  })

  it('refuses an API token together with client credentials', async () => {
    const step = await runMain({ vendor: 'snyk', url, 'api-token': tokenOf('user'), ...client() })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('Conflicting credentials for Snyk')
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('Snyk main step with OAuth client credentials', () => {
  it('trades the client credentials for a bearer token, verifies it, and exports SNYK_OAUTH_TOKEN only', async () => {
    const before = Date.now()
    const step = await runMain({ vendor: 'snyk', url, ...client() })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /oauth2/token',
      `GET /rest/self?version=${REST_VERSION}`
    ])
    const [tokenRequest, selfRequest] = sandbox.requests
    expect(tokenRequest!.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: accounts.oauthClient!.clientId,
      client_secret: accounts.oauthClient!.clientSecret
    })
    const [accessToken = ''] = issued()
    expect(selfRequest!.headers.authorization).toBe(`bearer ${accessToken}`)
    expect(step.outputs).toMatchObject({
      'user-id': accounts.oauthClient!.id,
      'display-name': 'acme-oauth-ci',
      'auth-header': `Authorization: bearer ${accessToken}`,
      token: accessToken
    })
    const expiresAt = Date.parse(step.outputs['expires-at']!)
    expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3_599_000)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_600_000)
    expect(step.env).toEqual({ SNYK_OAUTH_TOKEN: accessToken, SNYK_API: url })
    expect(JSON.stringify(step.env)).not.toContain(accounts.oauthClient!.clientSecret!)
    // The client secret is masked as an input; that mask is checked through the bundle, since
    // in-process masks are registered once per test process.
    expect(step.masks).toEqual(expect.arrayContaining([accessToken, `bearer ${accessToken}`]))
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({ authMode: 'client-credentials' })
  })

  it('explains a wrong client secret (401 invalid_client) after that one request', async () => {
    const step = await runMain({
      vendor: 'snyk',
      url,
      ...client(),
      'client-secret': 'wrong-secret'
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('Snyk: the OAuth client id and secret were rejected (HTTP 401')
    expect(message).toContain('Snyk said: invalid_client: Client authentication failed')
    expect(message).toContain('client-id and client-secret inputs')
    expect(message).toContain('eu (https://api.eu.snyk.io)')
    expect(step.env).toEqual({})
  })

  it('asks for the missing half of the client credentials before any request', async () => {
    const step = await runMain({
      vendor: 'snyk',
      url,
      'client-id': accounts.oauthClient!.clientId!
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('The client-secret input is empty')
    expect(sandbox.requests).toHaveLength(0)
  })
})
