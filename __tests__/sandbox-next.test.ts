// The SonarQube, Snyk, Rapid7, Checkmarx One and Veracode fakes, spoken to directly over loopback
// HTTP: each success path, each error shape, and each check the fake makes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHmac, randomBytes } from 'node:crypto'
import { startSandbox } from '../sandbox/index.js'
import { signJwt } from '../sandbox/jwt.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Fields = Record<string, string>

let sandbox: Sandbox

beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const account = (vendor: string, name: string): Fields => {
  const found = (sandbox.accounts[vendor] as Record<string, Fields>)[name]
  if (!found) throw new Error(`no ${vendor} account ${name}`)
  return found
}

/** Each of these fakes answers only under its /_vendor/<id> prefix; the path says which. */
const VENDOR_BY_PATH: [RegExp, string][] = [
  [/^\/api\/(authentication|users)\//, 'sonarqube'],
  [/^\/(rest\/|oauth2\/)/, 'snyk'],
  [/^\/validate/, 'rapid7'],
  [/^\/auth\/realms\//, 'checkmarx-one'],
  [/^\/api\/authn\//, 'veracode']
]

function vendorBase(path: string, origin = sandbox.httpUrl): string {
  const vendor = VENDOR_BY_PATH.find(([pattern]) => pattern.test(path))?.[1]
  return vendor ? `${origin}/_vendor/${vendor}` : origin
}

async function call(
  path: string,
  init: { method?: string; headers?: Record<string, string>; form?: Fields; base?: string } = {}
): Promise<{ status: number; text: string; json: unknown; headers: Headers }> {
  const headers = { ...init.headers }
  let body: string | undefined
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(init.form).toString()
  }
  const response = await fetch(`${init.base ?? vendorBase(path)}${path}`, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    ...(body === undefined ? {} : { body })
  })
  const text = await response.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, text, json, headers: response.headers }
}

const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >

describe('SonarQube', () => {
  const bearer = (name: string) => ({
    authorization: `Bearer ${account('sonarqube', name).token}`
  })
  const setForceAuthentication = (on: boolean) =>
    (
      sandbox.fake('sonarqube') as unknown as { setForceAuthentication(on: boolean): void }
    ).setForceAuthentication(on)

  it('issues the three token types with their prefixes', () => {
    expect(account('sonarqube', 'userToken').token).toMatch(/^squ_[0-9a-f]{40}$/)
    expect(account('sonarqube', 'projectAnalysisToken').token).toMatch(/^sqp_[0-9a-f]{40}$/)
    expect(account('sonarqube', 'globalAnalysisToken').token).toMatch(/^sqa_[0-9a-f]{40}$/)
  })

  it('validate answers 200 either way: true for a good token, false for a bad one', async () => {
    expect(await call('/api/authentication/validate', { headers: bearer('userToken') })).toEqual(
      expect.objectContaining({ status: 200, json: { valid: true } })
    )
    for (const headers of [
      { authorization: 'Bearer squ_0000000000000000000000000000000000000000' },
      bearer('expiredToken'),
      bearer('revokedToken'),
      {}
    ]) {
      const answer = await call('/api/authentication/validate', { headers })
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({ valid: false })
    }
  })

  it('users/current describes the owner of a user token, without an expiry header when none', async () => {
    const answer = await call('/api/users/current', { headers: bearer('userToken') })
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual(
      expect.objectContaining({
        isLoggedIn: true,
        login: 'ada',
        name: 'Ada Admin',
        email: 'ada@acme.example',
        permissions: { global: expect.arrayContaining(['admin', 'scan']) as unknown }
      })
    )
    expect(answer.headers.get('sonarqube-authentication-token-expiration')).toBeNull()
  })

  it('reports a token expiry in its header, in SonarQube date-time form', async () => {
    const soon = account('sonarqube', 'expiringSoonToken')
    const answer = await call('/api/users/current', { headers: bearer('expiringSoonToken') })
    expect(answer.status).toBe(200)
    const header = answer.headers.get('sonarqube-authentication-token-expiration')
    expect(header).toBe(soon.expiresAt)
    expect(header).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0000$/)
    const days = (Date.parse(header!.replace('+0000', 'Z')) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(2)
    expect(days).toBeLessThanOrEqual(3)
    // validate loads no session, so it carries no expiry
    const validate = await call('/api/authentication/validate', {
      headers: bearer('expiringSoonToken')
    })
    expect(validate.headers.get('sonarqube-authentication-token-expiration')).toBeNull()
  })

  it('analysis tokens read users/current as their owner, with permissions cut down', async () => {
    const project = await call('/api/users/current', { headers: bearer('projectAnalysisToken') })
    expect(project.status).toBe(200)
    expect(project.json).toEqual(
      expect.objectContaining({ isLoggedIn: true, login: 'dev', permissions: { global: [] } })
    )
    const global = await call('/api/users/current', { headers: bearer('globalAnalysisToken') })
    expect(global.json).toEqual(
      expect.objectContaining({
        login: 'ada',
        permissions: { global: ['provisioning', 'scan'] }
      })
    )
  })

  it('answers a bad, expired or revoked token on other endpoints with 401 and an empty body', async () => {
    for (const headers of [
      { authorization: 'Bearer squ_0000000000000000000000000000000000000000' },
      bearer('expiredToken'),
      bearer('revokedToken'),
      { authorization: 'Token nonsense' }
    ]) {
      const answer = await call('/api/users/current', { headers })
      expect(answer.status).toBe(401)
      expect(answer.text).toBe('')
    }
  })

  it('accepts the legacy Basic forms: token as login with an empty password, and login:password', async () => {
    const token = account('sonarqube', 'developerToken').token!
    const basic = (text: string) => ({
      authorization: `Basic ${Buffer.from(text).toString('base64')}`
    })
    const withToken = await call('/api/users/current', { headers: basic(`${token}:`) })
    expect(withToken.json).toEqual(expect.objectContaining({ login: 'dev' }))
    const password = account('sonarqube', 'password')
    const withPassword = await call('/api/users/current', {
      headers: basic(`${password.login}:${password.password}`)
    })
    expect(withPassword.json).toEqual(expect.objectContaining({ login: 'ada' }))
    const wrong = await call('/api/users/current', { headers: basic('ada:wrong') })
    expect(wrong.status).toBe(401)
  })

  it('anonymous: 401 with forced authentication, isLoggedIn false without it', async () => {
    expect((await call('/api/users/current')).status).toBe(401)
    setForceAuthentication(false)
    const anonymous = await call('/api/users/current')
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).toEqual({ isLoggedIn: false, permissions: { global: [] } })
    expect((await call('/api/authentication/validate')).json).toEqual({ valid: true })
  })
})

describe('Snyk', () => {
  const SELF = '/rest/self?version=2024-10-15'
  const jsonApiError = (status: string) => ({
    jsonapi: { version: '1.0' },
    errors: [
      expect.objectContaining({ status, title: expect.any(String), detail: expect.any(String) })
    ]
  })

  it('answers /rest/self for an API token in JSON:API', async () => {
    const user = account('snyk', 'user')
    const answer = await call(SELF, { headers: { authorization: `token ${user.apiToken}` } })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('application/vnd.api+json')
    expect(answer.json).toEqual(
      expect.objectContaining({
        data: {
          id: user.id,
          type: 'user',
          attributes: expect.objectContaining({
            name: 'Ada Developer',
            username: 'ada.dev',
            email: 'ada@acme.example'
          }) as unknown
        }
      })
    )
  })

  it('names a service account by its type', async () => {
    const answer = await call(SELF, {
      headers: { authorization: `token ${account('snyk', 'serviceAccount').apiToken}` }
    })
    expect(answer.json).toEqual(
      expect.objectContaining({
        data: expect.objectContaining({ type: 'service_account' }) as unknown
      })
    )
  })

  it('requires the version query, before anything else', async () => {
    const token = account('snyk', 'user').apiToken
    const missing = await call('/rest/self', { headers: { authorization: `token ${token}` } })
    expect(missing.status).toBe(400)
    expect(missing.json).toEqual(jsonApiError('400'))
    expect(JSON.stringify(missing.json)).toContain('version')
    const malformed = await call('/rest/self?version=latest', {
      headers: { authorization: `token ${token}` }
    })
    expect(malformed.status).toBe(400)
    expect((await call('/rest/self')).status).toBe(400)
  })

  it('401 in JSON:API for a missing, unknown, revoked or wrongly-schemed token', async () => {
    for (const headers of [
      {},
      { authorization: 'token 00000000-0000-4000-8000-000000000000' },
      { authorization: `token ${account('snyk', 'revoked').apiToken}` },
      { authorization: `bearer ${account('snyk', 'user').apiToken}` }
    ]) {
      const answer = await call(SELF, { headers })
      expect(answer.status).toBe(401)
      expect(answer.json).toEqual(jsonApiError('401'))
    }
  })

  it('403 in JSON:API for a valid token that may not use the API', async () => {
    const answer = await call(SELF, {
      headers: { authorization: `token ${account('snyk', 'forbidden').apiToken}` }
    })
    expect(answer.status).toBe(403)
    expect(answer.json).toEqual(jsonApiError('403'))
  })

  it('trades OAuth client credentials for a bearer token that reads /rest/self', async () => {
    const client = account('snyk', 'oauthClient')
    const token = await call('/oauth2/token', {
      form: {
        grant_type: 'client_credentials',
        client_id: client.clientId!,
        client_secret: client.clientSecret!
      }
    })
    expect(token.status).toBe(200)
    const body = token.json as { access_token: string; expires_in: number; token_type: string }
    expect(body).toEqual({
      access_token: expect.any(String),
      expires_in: 3600,
      token_type: 'bearer',
      scope: expect.any(String)
    })
    const self = await call(SELF, { headers: { authorization: `bearer ${body.access_token}` } })
    expect(self.status).toBe(200)
    expect(self.json).toEqual(
      expect.objectContaining({
        data: expect.objectContaining({ id: client.id, type: 'service_account' }) as unknown
      })
    )
  })

  it('rejects a wrong client secret, another grant, and a JSON body at /oauth2/token', async () => {
    const client = account('snyk', 'oauthClient')
    const wrong = await call('/oauth2/token', {
      form: { grant_type: 'client_credentials', client_id: client.clientId!, client_secret: 'x' }
    })
    expect(wrong.status).toBe(401)
    expect(wrong.json).toEqual(expect.objectContaining({ error: 'invalid_client' }))
    const grant = await call('/oauth2/token', { form: { grant_type: 'password' } })
    expect(grant.status).toBe(400)
    expect(grant.json).toEqual(expect.objectContaining({ error: 'unsupported_grant_type' }))
    const json = await fetch(`${vendorBase('/oauth2/token')}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials' })
    })
    expect(json.status).toBe(400)
  })

  it('rejects an expired bearer token', async () => {
    const fake = sandbox.fake('snyk') as unknown as {
      issueToken(client?: string, options?: { lifetimeSeconds?: number }): string
    }
    const expired = fake.issueToken('oauthClient', { lifetimeSeconds: -60 })
    const answer = await call(SELF, { headers: { authorization: `bearer ${expired}` } })
    expect(answer.status).toBe(401)
  })

  it('leaves Tenable.sc its own /rest/ paths', async () => {
    // Tenable.sc redirects plain HTTP to HTTPS: that 301 shows it, not Snyk, took the request.
    const answer = await fetch(`${sandbox.httpUrl}/rest/system`, { redirect: 'manual' })
    expect(answer.status).toBe(301)
    expect(answer.headers.get('location')).toMatch(/^https:\/\/127\.0\.0\.1\/rest\/system$/)
  })
})

describe('Rapid7 Insight', () => {
  it('validate: 200 Authorized for user and organization keys', async () => {
    for (const name of ['userKey', 'organizationKey']) {
      const answer = await call('/validate', {
        headers: { 'x-api-key': account('rapid7', name).apiKey! }
      })
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({ message: 'Authorized' })
    }
  })

  it('validate: 401 Unauthorized for a missing, unknown, revoked or other-region key', async () => {
    for (const headers of [
      {},
      { 'x-api-key': 'not-a-key' },
      { 'x-api-key': account('rapid7', 'revokedKey').apiKey! },
      { 'x-api-key': account('rapid7', 'euKey').apiKey! }
    ]) {
      const answer = await call('/validate', { headers })
      expect(answer.status).toBe(401)
      expect(answer.json).toEqual({ message: 'Unauthorized' })
    }
  })

  it('a key works on its own region only', async () => {
    const fake = sandbox.fake('rapid7') as unknown as { setRegion(region: string): void }
    fake.setRegion('eu')
    const eu = await call('/validate', {
      headers: { 'x-api-key': account('rapid7', 'euKey').apiKey! }
    })
    expect(eu.status).toBe(200)
    const us = await call('/validate', {
      headers: { 'x-api-key': account('rapid7', 'userKey').apiKey! }
    })
    expect(us.status).toBe(401)
  })
})

describe('Checkmarx One', () => {
  const developer = () => account('checkmarx-one', 'developer')
  const tokenPath = (tenant: string) => `/auth/realms/${tenant}/protocol/openid-connect/token`
  const userinfoPath = (tenant: string) => `/auth/realms/${tenant}/protocol/openid-connect/userinfo`
  const refreshGrant = (apiKey: string, clientId = 'ast-app') => ({
    grant_type: 'refresh_token',
    client_id: clientId,
    refresh_token: apiKey
  })

  it('API keys are offline refresh tokens whose issuer is the sandbox IAM and tenant', () => {
    expect(claimsOf(developer().apiKey!)).toEqual(
      expect.objectContaining({
        iss: `${vendorBase('/auth/realms/')}/auth/realms/acme`,
        typ: 'Offline',
        azp: 'ast-app'
      })
    )
    expect(claimsOf(developer().apiKeyHttps!).iss).toBe(
      `${vendorBase('/auth/realms/', sandbox.httpsUrl)}/auth/realms/acme`
    )
  })

  it('refresh_token grant: an access JWT with exp, then userinfo names the user', async () => {
    const token = await call(tokenPath('acme'), { form: refreshGrant(developer().apiKey!) })
    expect(token.status).toBe(200)
    const body = token.json as Record<string, unknown>
    expect(body).toEqual(
      expect.objectContaining({
        access_token: expect.any(String),
        expires_in: 1800,
        refresh_token: expect.any(String),
        token_type: 'Bearer'
      })
    )
    const claims = claimsOf(body.access_token as string)
    const now = Date.now() / 1000
    expect(claims.exp).toBeGreaterThan(now + 1700)
    expect(claims.exp).toBeLessThanOrEqual(now + 1801)
    expect(claims).toEqual(
      expect.objectContaining({
        iss: `${vendorBase('/auth/realms/')}/auth/realms/acme`,
        'ast-base-url': vendorBase('/auth/realms/'),
        tenant_name: 'acme',
        roles: ['ast-scanner', 'ast-viewer']
      })
    )
    const info = await call(userinfoPath('acme'), {
      headers: { authorization: `Bearer ${body.access_token as string}` }
    })
    expect(info.status).toBe(200)
    expect(info.json).toEqual(
      expect.objectContaining({
        sub: claimsOf(developer().apiKey!).sub,
        preferred_username: 'dev@acme.example',
        email: 'dev@acme.example',
        name: 'Dana Developer'
      })
    )
    // The refresh token handed back works in its turn (the offline session lives on).
    const again = await call(tokenPath('acme'), {
      form: refreshGrant(body.refresh_token as string)
    })
    expect(again.status).toBe(200)
  })

  it('client_credentials grant: a service-account token without a refresh token', async () => {
    const client = account('checkmarx-one', 'oauthClient')
    const token = await call(tokenPath(client.tenant!), {
      form: {
        grant_type: 'client_credentials',
        client_id: client.clientId!,
        client_secret: client.clientSecret!
      }
    })
    expect(token.status).toBe(200)
    const body = token.json as Record<string, unknown>
    expect(body.refresh_token).toBeUndefined()
    expect(body.expires_in).toBe(1800)
    const info = await call(userinfoPath('acme'), {
      headers: { authorization: `Bearer ${body.access_token as string}` }
    })
    expect(info.json).toEqual(
      expect.objectContaining({ preferred_username: 'service-account-acme-ci' })
    )
  })

  it('unknown tenant: 404 as Keycloak answers for a missing realm', async () => {
    const key = account('checkmarx-one', 'unknownTenant').apiKey!
    const [, tenant] = /\/realms\/([^/]+)$/.exec(claimsOf(key).iss as string) ?? []
    expect(tenant).toBe('initech')
    const answer = await call(tokenPath('initech'), { form: refreshGrant(key) })
    expect(answer.status).toBe(404)
    expect(answer.json).toEqual({ error: 'Realm does not exist' })
  })

  it('revoked key: 400 invalid_grant; so is one revoked during the run', async () => {
    const revoked = await call(tokenPath('acme'), {
      form: refreshGrant(account('checkmarx-one', 'revoked').apiKey!)
    })
    expect(revoked.status).toBe(400)
    expect(revoked.json).toEqual({
      error: 'invalid_grant',
      error_description: expect.any(String)
    })
    const fake = sandbox.fake('checkmarx-one') as unknown as { revokeApiKey(key: string): void }
    fake.revokeApiKey(developer().apiKey!)
    const now = await call(tokenPath('acme'), { form: refreshGrant(developer().apiKey!) })
    expect(now.status).toBe(400)
    expect(now.json).toEqual(expect.objectContaining({ error: 'invalid_grant' }))
  })

  it('a forged key, another tenant, or another client: 400 invalid_grant', async () => {
    const forged = signJwt({ ...claimsOf(developer().apiKey!), sub: 'forged' }, 'not-the-realm-key')
    const globexKey = account('checkmarx-one', 'globexAnalyst').apiKey!
    for (const [tenant, form] of [
      ['acme', refreshGrant(forged)],
      ['acme', refreshGrant(globexKey)],
      ['globex', refreshGrant(developer().apiKey!)]
    ] as const) {
      const answer = await call(tokenPath(tenant), { form })
      expect(answer.status).toBe(400)
      expect(answer.json).toEqual(expect.objectContaining({ error: 'invalid_grant' }))
    }
    const client = account('checkmarx-one', 'oauthClient')
    const otherClient = await call(tokenPath('acme'), {
      form: {
        ...refreshGrant(developer().apiKey!, client.clientId!),
        client_secret: client.clientSecret!
      }
    })
    expect(otherClient.status).toBe(400)
  })

  it('wrong client secret: 401 unauthorized_client; unknown client: 401 invalid_client', async () => {
    const client = account('checkmarx-one', 'oauthClient')
    const wrong = await call(tokenPath('acme'), {
      form: { grant_type: 'client_credentials', client_id: client.clientId!, client_secret: 'x' }
    })
    expect(wrong.status).toBe(401)
    expect(wrong.json).toEqual({
      error: 'unauthorized_client',
      error_description: expect.any(String)
    })
    const unknown = await call(tokenPath('acme'), {
      form: { grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' }
    })
    expect(unknown.status).toBe(401)
    expect(unknown.json).toEqual(expect.objectContaining({ error: 'invalid_client' }))
  })

  it('a missing grant type is invalid_request, an unknown one unsupported_grant_type', async () => {
    const missing = await call(tokenPath('acme'), { form: { client_id: 'ast-app' } })
    expect(missing.status).toBe(400)
    expect(missing.json).toEqual(expect.objectContaining({ error: 'invalid_request' }))
    const unknown = await call(tokenPath('acme'), {
      form: { grant_type: 'password', client_id: 'ast-app' }
    })
    expect(unknown.status).toBe(400)
    expect(unknown.json).toEqual(expect.objectContaining({ error: 'unsupported_grant_type' }))
  })

  it('userinfo: 401 invalid_token for an expired, foreign or offline token', async () => {
    const fake = sandbox.fake('checkmarx-one') as unknown as {
      issueAccessToken(name?: string, options?: { lifetimeSeconds?: number }): { token: string }
    }
    const expired = fake.issueAccessToken('developer', { lifetimeSeconds: -10 }).token
    const fresh = fake.issueAccessToken('developer').token
    for (const [tenant, token] of [
      ['acme', expired],
      ['globex', fresh],
      ['acme', developer().apiKey!]
    ] as const) {
      const answer = await call(userinfoPath(tenant), {
        headers: { authorization: `Bearer ${token}` }
      })
      expect(answer.status).toBe(401)
      expect(answer.json).toEqual({
        error: 'invalid_token',
        error_description: 'Token verification failed'
      })
      expect(answer.headers.get('www-authenticate')).toContain('error="invalid_token"')
    }
    expect((await call(userinfoPath('acme'))).status).toBe(401)
  })

  it('serves the HTTPS-issued key on the HTTPS listener', async () => {
    // The HTTPS listener's certificate is the sandbox CA's: tell Node to trust it for this call.
    const { request } = await import('node:https')
    const key = developer().apiKeyHttps!
    const iss = claimsOf(key).iss as string
    const body = new URLSearchParams(refreshGrant(key)).toString()
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${iss}/protocol/openid-connect/token`,
        {
          method: 'POST',
          ca: sandbox.caCertPem,
          servername: 'localhost',
          headers: { 'content-type': 'application/x-www-form-urlencoded' }
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        }
      )
      req.on('error', reject)
      req.end(body)
    })
    expect(status).toBe(200)
  })
})

describe('Veracode', () => {
  interface Signing {
    ts?: number
    nonce?: string
    host?: string
    url?: string
    method?: string
    key?: string
    id?: string
  }

  /** The signature from Veracode's published algorithm, written out independently of the fake. */
  function authorization(apiId: string, apiKey: string, path: string, signing: Signing = {}) {
    const id = signing.id ?? apiId.replace(/^vera01ei-/, '')
    const key = signing.key ?? apiKey.replace(/^vera01es-/, '')
    const ts = signing.ts ?? Date.now()
    const nonce = signing.nonce ?? randomBytes(16).toString('hex')
    const host = signing.host ?? new URL(sandbox.httpUrl).hostname
    const data = `id=${id.toLowerCase()}&host=${host}&url=${signing.url ?? path}&method=${signing.method ?? 'GET'}`
    let signingKey = createHmac('sha256', Buffer.from(key, 'hex'))
      .update(Buffer.from(nonce, 'hex'))
      .digest()
    signingKey = createHmac('sha256', signingKey).update(String(ts)).digest()
    signingKey = createHmac('sha256', signingKey).update('vcode_request_version_1').digest()
    const sig = createHmac('sha256', signingKey).update(data).digest('hex')
    return `VERACODE-HMAC-SHA-256 id=${id},ts=${ts},nonce=${nonce},sig=${sig}`
  }

  const SELF = '/api/authn/v2/users/self'
  const CREDENTIALS = '/api/authn/v2/api_credentials'
  const rejections = () =>
    (sandbox.fake('veracode') as unknown as { state: { rejections: string[] } }).state.rejections
  const signedCall = (name: string, path: string, signing: Signing = {}) => {
    const credential = account('veracode', name)
    return call(path, {
      headers: {
        authorization: authorization(credential.apiId!, credential.apiKey!, path, signing)
      }
    })
  }
  const unauthorized = { http_code: 401, http_status: 'Unauthorized', message: expect.any(String) }

  it('answers users/self for a correctly signed request', async () => {
    const answer = await signedCall('user', SELF)
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual(
      expect.objectContaining({
        user_id: expect.any(String),
        user_name: 'ada@acme.example',
        email_address: 'ada@acme.example',
        user_type: 'HUMAN',
        roles: expect.arrayContaining([
          expect.objectContaining({ role_name: 'extcreator', role_description: 'Creator' })
        ]) as unknown
      })
    )
  })

  it('accepts the host signed with its port, as the Host header carries it', async () => {
    const answer = await signedCall('apiService', SELF, { host: new URL(sandbox.httpUrl).host })
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual(expect.objectContaining({ user_type: 'API' }))
  })

  it('signs the query too', async () => {
    const path = `${SELF}?detailed=true`
    expect((await signedCall('user', path)).status).toBe(200)
    expect((await signedCall('user', path, { url: SELF })).status).toBe(401)
  })

  it('reports the credentials expiry: far, soon', async () => {
    const far = await signedCall('user', CREDENTIALS)
    expect(far.status).toBe(200)
    const body = far.json as { api_id: string; expiration_ts: string }
    expect(body.api_id).toBe(account('veracode', 'user').apiId)
    expect(body.expiration_ts).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/)
    const farDays = (Date.parse(body.expiration_ts.replace('+0000', 'Z')) - Date.now()) / 86_400_000
    expect(Math.round(farDays)).toBe(300)
    const soon = (await signedCall('expiringSoon', CREDENTIALS)).json as { expiration_ts: string }
    const soonDays =
      (Date.parse(soon.expiration_ts.replace('+0000', 'Z')) - Date.now()) / 86_400_000
    expect(Math.round(soonDays)).toBe(5)
  })

  it('rejects an expired credential with 401', async () => {
    const answer = await signedCall('expired', SELF)
    expect(answer.status).toBe(401)
    expect(answer.json).toEqual(unauthorized)
    expect(rejections()).toEqual(['expired'])
  })

  it('serves an EU credential, signed with its prefixes stripped', async () => {
    const eu = account('veracode', 'eu')
    expect(eu.apiId).toMatch(/^vera01ei-[0-9a-f]{32}$/)
    expect(eu.apiKey).toMatch(/^vera01es-[0-9a-f]{128}$/)
    const answer = await signedCall('eu', SELF)
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual(expect.objectContaining({ user_name: 'erik@acme.example' }))
    const prefixed = await signedCall('eu', SELF, { id: eu.apiId!, key: eu.apiKey! })
    expect(prefixed.status).toBe(401)
  })

  it('rejects a stale timestamp, either way, with 401', async () => {
    const early = await signedCall('user', SELF, { ts: Date.now() - 6 * 60 * 1000 })
    expect(early.status).toBe(401)
    expect(early.json).toEqual(unauthorized)
    const late = await signedCall('user', SELF, { ts: Date.now() + 6 * 60 * 1000 })
    expect(late.status).toBe(401)
    expect(rejections()).toEqual(['stale-timestamp', 'stale-timestamp'])
    // within the tolerance
    expect((await signedCall('user', SELF, { ts: Date.now() - 60 * 1000 })).status).toBe(200)
  })

  it('rejects a reused nonce with 401', async () => {
    const nonce = randomBytes(16).toString('hex')
    expect((await signedCall('user', SELF, { nonce })).status).toBe(200)
    const replay = await signedCall('user', SELF, { nonce })
    expect(replay.status).toBe(401)
    expect(replay.json).toEqual(unauthorized)
    expect(rejections()).toEqual(['reused-nonce'])
  })

  it('rejects a wrong signature with 401: wrong key, method, path or host', async () => {
    const wrongKey = randomBytes(64).toString('hex')
    for (const signing of [
      { key: wrongKey },
      { method: 'POST' },
      { url: CREDENTIALS },
      { host: 'api.veracode.com' }
    ]) {
      const answer = await signedCall('user', SELF, signing)
      expect(answer.status).toBe(401)
      expect(answer.json).toEqual(unauthorized)
    }
    expect(rejections()).toEqual(Array(4).fill('bad-signature'))
  })

  it('rejects a regenerated pair, an unknown id, and a missing or foreign header', async () => {
    expect((await signedCall('regenerated', SELF)).status).toBe(401)
    const unknown = authorization(
      randomBytes(16).toString('hex'),
      randomBytes(64).toString('hex'),
      SELF
    )
    expect((await call(SELF, { headers: { authorization: unknown } })).status).toBe(401)
    expect((await call(SELF)).status).toBe(401)
    expect((await call(SELF, { headers: { authorization: 'Bearer abc' } })).status).toBe(401)
    expect(rejections()).toEqual(['revoked', 'unknown-id', 'malformed', 'malformed'])
  })

  it('verifies the path the client sent through a fault prefix', async () => {
    const path = `/_fault/429-once/_vendor/veracode${SELF}`
    const first = await signedCall('user', path)
    expect(first.status).toBe(429)
    const second = await signedCall('user', path)
    expect(second.status).toBe(200)
  })
})
