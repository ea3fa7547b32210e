// The sandbox itself, over loopback HTTP(S) with Node's own clients and no action code: the Tenable VM,
// Nessus and Invicti Enterprise fakes (success shapes, error shapes, what they check), the
// /_vendor/ prefix, the Tenable.sc and Invicti Platform fidelity changes, the fault switches and the
// TLS fault listeners.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as http from 'node:http'
import * as https from 'node:https'
import * as net from 'node:net'
import { startSandbox } from '../sandbox/index.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Account = Record<string, string>
let sandbox: Sandbox
const SLOW_MS = 400

beforeAll(async () => {
  sandbox = await startSandbox({ slowFaultMs: SLOW_MS })
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const account = (vendor: string, name: string): Account => {
  const found = (sandbox.accounts[vendor] as Record<string, Account> | undefined)?.[name]
  if (!found) throw new Error(`no sandbox account ${vendor}/${name}`)
  return found
}

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}
interface CallOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  ca?: string
  rejectUnauthorized?: boolean
  timeoutMs?: number
}

/** One request with a fresh connection; rejects with Node's own error (its `code` names TLS faults). */
function call(url: string, options: CallOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const send = target.protocol === 'https:' ? https.request : http.request
    const req = send(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        agent: false,
        ...(options.ca === undefined ? {} : { ca: options.ca }),
        ...(options.rejectUnauthorized === undefined
          ? {}
          : { rejectUnauthorized: options.rejectUnauthorized })
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8')
          })
        )
      }
    )
    if (options.timeoutMs !== undefined)
      req.setTimeout(options.timeoutMs, () =>
        req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' }))
      )
    req.on('error', reject)
    req.end(options.body)
  })
}

const json = (answer: Answer): Record<string, unknown> =>
  JSON.parse(answer.text) as Record<string, unknown>
const vendorUrl = (vendor: string, path: string, faults = ''): string =>
  `${sandbox.httpUrl}${faults ? `/_fault/${faults}` : ''}/_vendor/${vendor}${path}`
const apiKeys = (a: Account): string => `accessKey=${a.accessKey}; secretKey=${a.secretKey};`

describe('Tenable VM fake', () => {
  const session = (headers: Record<string, string>, faults = ''): Promise<Answer> =>
    call(vendorUrl('tenable-vm', '/session', faults), { headers })

  it('answers GET /session with the recorded 2023 shape and an X-Request-Uuid', async () => {
    const admin = account('tenable-vm', 'admin')
    const answer = await session({ 'X-ApiKeys': apiKeys(admin) })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(answer.headers['x-request-uuid']).toMatch(/^[0-9a-f]{32}$/)
    const body = json(answer)
    expect(body).toMatchObject({
      id: expect.any(Number),
      uuid: expect.any(String),
      username: admin.username,
      user_name: admin.username,
      email: admin.username,
      name: 'Ada Admin',
      type: 'local',
      permissions: 64,
      enabled: true,
      container_id: expect.any(Number),
      container_uuid: expect.any(String),
      container_name: 'acme-security',
      lastlogin: expect.any(Number)
    })
    // The Administrator's privileges are the 55 strings of pyTenable's 2023 recording (spelled
    // APIKEY, not API_KEY; products beside TIO_BACKEND).
    expect(body.user_permissions).toHaveLength(55)
    expect(body.user_permissions).toEqual(
      expect.arrayContaining([
        'TIO_BACKEND.SCAN.READ',
        'TIO_BACKEND.APIKEY.MANAGE',
        'TIO_BACKEND.ACCESS_CONTROL.MANAGE',
        'TIO_UI.UI.READ',
        'ASSET_INVENTORY.TAG.EDIT'
      ])
    )
    expect(body.groups).toEqual([expect.objectContaining({ name: 'All Users', id: 0 })])
  })

  it.each([
    ['scanManager', 40],
    ['standard', 32],
    ['scanOperator', 24],
    ['basic', 16]
  ])('reports the %s account at permission level %i', async (name, level) => {
    const answer = await session({ 'X-ApiKeys': apiKeys(account('tenable-vm', name)) })
    expect(answer.status).toBe(200)
    expect(json(answer).permissions).toBe(level)
    const privileges = json(answer).user_permissions as string[]
    expect(privileges).toContain('TIO_BACKEND.SCAN.READ')
    expect(privileges).not.toContain('TIO_BACKEND.APIKEY.MANAGE')
    // No recording shows a lower level's list, so it may only hold strings a recording shows.
    const admin = await session({ 'X-ApiKeys': apiKeys(account('tenable-vm', 'admin')) })
    const recorded = json(admin).user_permissions as string[]
    expect(privileges.filter((privilege) => !recorded.includes(privilege))).toEqual([])
  })

  it.each([
    [
      'pyTenable: X-APIKeys, no space, no trailing ;',
      'X-APIKeys',
      (a: Account) => `accessKey=${a.accessKey};secretKey=${a.secretKey}`
    ],
    [
      'lower-case names and loose spacing',
      'x-apikeys',
      (a: Account) => `  accesskey = ${a.accessKey} ;secretkey=${a.secretKey} ; `
    ]
  ])('accepts the header variant %s', async (_label, header, format) => {
    const answer = await session({ [header]: format(account('tenable-vm', 'admin')) })
    expect(answer.status).toBe(200)
  })

  it.each([
    ['wrong secret key', (a: Account) => `accessKey=${a.accessKey}; secretKey=${a.accessKey};`],
    ['keys that belong to nobody', () => apiKeys(account('tenable-vm', 'unknownKey'))],
    [
      '32-hex keys (Tenable.sc length)',
      (a: Account) =>
        `accessKey=${a.accessKey!.slice(0, 32)}; secretKey=${a.secretKey!.slice(0, 32)};`
    ],
    [
      'upper-case hex',
      (a: Account) =>
        apiKeys({ accessKey: a.accessKey!.toUpperCase(), secretKey: a.secretKey!.toUpperCase() })
    ],
    ['a parameter without =', (a: Account) => `accessKey=${a.accessKey}; ${a.secretKey}`],
    ['only the access key', (a: Account) => `accessKey=${a.accessKey}`]
  ])('answers %s with the JSON 401', async (_label, format) => {
    const answer = await session({ 'X-ApiKeys': format(account('tenable-vm', 'admin')) })
    expect(answer.status).toBe(401)
    expect(answer.headers['x-request-uuid']).toMatch(/^[0-9a-f]{32}$/)
    expect(json(answer)).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid Credentials'
    })
  })

  it('answers a request without X-ApiKeys with the JSON 401', async () => {
    expect((await session({})).status).toBe(401)
  })

  it('answers a key whose container was deleted with the recorded plain-text "blacklisted" 401', async () => {
    const answer = await session({
      'X-ApiKeys': apiKeys(account('tenable-vm', 'deletedContainer'))
    })
    expect(answer.status).toBe(401)
    expect(answer.headers['content-type']).toBe('application/octet-stream')
    expect(answer.headers['x-path-handler']).toBe('blacklisted')
    expect(answer.headers['x-request-uuid']).toMatch(/^[0-9a-f]{32}$/)
    expect(answer.text).toBe(
      'This scanner, agent, or API key token does not appear to be related to any active containers on any sites and has been blacklisted.'
    )
  })

  it('reports a disabled user with enabled: false', async () => {
    const answer = await session({ 'X-ApiKeys': apiKeys(account('tenable-vm', 'disabled')) })
    expect(answer.status).toBe(200)
    expect(json(answer).enabled).toBe(false)
  })

  it('answers other paths with the recorded 404 shape', async () => {
    const answer = await call(vendorUrl('tenable-vm', '/scanners'), {
      headers: { 'X-ApiKeys': apiKeys(account('tenable-vm', 'admin')) }
    })
    expect(answer.status).toBe(404)
    expect(json(answer)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' })
  })
})

describe('Nessus fake', () => {
  const url = (path: string, faults = ''): string => vendorUrl('nessus', path, faults)
  const login = (username: string, password: string, faults = ''): Promise<Answer> =>
    call(url('/session', faults), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password })
    })

  it('answers a path outside the API 404 before looking at credentials, as pyTenable#471 shows', async () => {
    const admin = account('nessus', 'admin')
    const notFound = { error: 'The requested file was not found.' }
    // A url with an extra path (here /ui) puts the login there: a 404, not a refused password.
    const login = await call(url('/ui/session'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: admin.username, password: admin.password })
    })
    expect(login.status).toBe(404)
    expect(json(login)).toEqual(notFound)
    const keys = await call(url('/ui/session'), { headers: { 'X-ApiKeys': apiKeys(admin) } })
    expect(keys.status).toBe(404)
    expect(json(keys)).toEqual(notFound)
    // An API path still wants credentials first.
    const scans = await call(url('/scans'))
    expect(scans.status).toBe(401)
    expect(json(scans)).toEqual({ error: 'Invalid Credentials' })
  })

  it.each([
    ['sysadmin', 128],
    ['admin', 64],
    ['standard', 32],
    ['basic', 16]
  ])('answers GET /session for the %s API keys with permission level %i', async (name, level) => {
    const user = account('nessus', name)
    const answer = await call(url('/session'), { headers: { 'X-ApiKeys': apiKeys(user) } })
    expect(answer.status).toBe(200)
    expect(json(answer)).toEqual({
      lockout: 0,
      connectors: null,
      whatsnew: true,
      container_id: 0,
      groups: null,
      whatsnew_version: expect.any(String),
      lastlogin: expect.any(Number),
      permissions: level,
      type: 'local',
      name: expect.any(String),
      email: `${user.username}@acme.example`,
      username: user.username,
      id: expect.any(Number)
    })
  })

  it('opens a session, answers with it, and ends it on DELETE /session', async () => {
    const admin = account('nessus', 'admin')
    const opened = await login(admin.username!, admin.password!)
    expect(opened.status).toBe(200)
    const { token } = json(opened)
    expect(token).toMatch(/^[0-9a-f]{48}$/)
    const cookie = { 'X-Cookie': `token=${String(token)}` }

    const me = await call(url('/session'), { headers: cookie })
    expect(me.status).toBe(200)
    expect(json(me).username).toBe(admin.username)

    const ended = await call(url('/session'), { method: 'DELETE', headers: cookie })
    expect(ended.status).toBe(200)
    expect(ended.text).toBe('')

    const after = await call(url('/session'), { headers: cookie })
    expect(after.status).toBe(401)
    expect(json(after)).toEqual({ error: 'Invalid Credentials' })
  })

  it.each([
    ['a wrong password', 'ada', 'not-the-password'],
    ['an unknown user', 'nobody', 'sandbox-ada-password']
  ])('answers a login with %s with 401 Invalid Credentials', async (_label, username, password) => {
    const answer = await login(username, password)
    expect(answer.status).toBe(401)
    expect(json(answer)).toEqual({ error: 'Invalid Credentials' })
  })

  it.each([
    ['no credentials', (): Record<string, string> => ({})],
    ['a token it never issued', () => ({ 'X-Cookie': `token=${'ab'.repeat(24)}` })],
    ['a token outside token=', () => ({ 'X-Cookie': 'ab'.repeat(24) })],
    [
      'keys that belong to nobody',
      () => ({ 'X-ApiKeys': apiKeys(account('nessus', 'unknownKey')) })
    ],
    ['keys of the wrong length', () => ({ 'X-ApiKeys': 'accessKey=abcd; secretKey=ef01;' })]
  ])('answers %s with 401 Invalid Credentials', async (_label, headers) => {
    const answer = await call(url('/session'), { headers: headers() })
    expect(answer.status).toBe(401)
    expect(json(answer)).toEqual({ error: 'Invalid Credentials' })
  })

  it('forgets sessions on reset()', async () => {
    const admin = account('nessus', 'admin')
    const { token } = json(await login(admin.username!, admin.password!))
    sandbox.reset()
    const answer = await call(url('/session'), {
      headers: { 'X-Cookie': `token=${String(token)}` }
    })
    expect(answer.status).toBe(401)
  })

  it('plays Nessus Professional under nessus-412: logins work, API calls answer 412', async () => {
    const admin = account('nessus', 'admin')
    const byKeys = await call(url('/session', 'nessus-412'), {
      headers: { 'X-ApiKeys': apiKeys(admin) }
    })
    expect(byKeys.status).toBe(412)
    expect(json(byKeys)).toEqual({ error: 'API is not available' })

    const opened = await login(admin.username!, admin.password!, 'nessus-412')
    expect(opened.status).toBe(200)
    const bySession = await call(url('/session', 'nessus-412'), {
      headers: { 'X-Cookie': `token=${String(json(opened).token)}` }
    })
    expect(bySession.status).toBe(412)
    // Credentials are still checked first.
    expect((await call(url('/session', 'nessus-412'))).status).toBe(401)
  })

  it('answers GET /server/status without credentials, over HTTPS as real servers do', async () => {
    const answer = await call(`${sandbox.httpsLocalhostUrl}/_vendor/nessus/server/status`, {
      ca: sandbox.caCertPem
    })
    expect(answer.status).toBe(200)
    expect(json(answer)).toMatchObject({ status: 'ready' })
  })
})

describe('Invicti Enterprise fake', () => {
  const me = (authorization?: string): Promise<Answer> =>
    call(vendorUrl('invicti-enterprise', '/api/1.0/account/me'), {
      headers: authorization === undefined ? {} : { Authorization: authorization }
    })
  const basic = (a: Account): string =>
    `Basic ${Buffer.from(`${a.userId}:${a.apiToken}`).toString('base64')}`

  it('answers account/me with the PascalCase UserHealthCheckApiModel and nothing about roles', async () => {
    const owner = account('invicti-enterprise', 'owner')
    const answer = await me(basic(owner))
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(json(answer)).toEqual({
      DateFormat: expect.any(String),
      DisplayName: 'Olivia Owner',
      Email: owner.email,
      AlternateLoginEmail: null,
      TimeZoneInfo: expect.any(String)
    })
  })

  it('accepts the scheme name in any case', async () => {
    const owner = account('invicti-enterprise', 'owner')
    expect((await me(basic(owner).replace('Basic', 'basic'))).status).toBe(200)
  })

  it.each([
    ['a token that is not the user’s', () => basic(account('invicti-enterprise', 'wrongToken'))],
    ['API access disabled', () => basic(account('invicti-enterprise', 'apiDisabled'))],
    [
      'user id and token swapped',
      () => {
        const owner = account('invicti-enterprise', 'owner')
        return basic({ userId: owner.apiToken!, apiToken: owner.userId! })
      }
    ],
    ['a Bearer token', () => `Bearer ${account('invicti-enterprise', 'owner').apiToken}`],
    ['no Authorization header', () => undefined]
  ])('answers %s with 401 and a Basic challenge', async (_label, authorization) => {
    const answer = await me(authorization())
    expect(answer.status).toBe(401)
    expect(answer.headers['www-authenticate']).toMatch(/^Basic /)
    expect(json(answer)).toEqual({ Message: 'Authorization has been denied for this request.' })
  })

  it('answers members/get with roles for an owner, and 403 for a member reading someone else', async () => {
    const owner = account('invicti-enterprise', 'owner')
    const scanner = account('invicti-enterprise', 'scanner')
    const path = (id: string): string =>
      vendorUrl('invicti-enterprise', `/api/1.0/members/get/${id}`)

    const byOwner = await call(path(scanner.userId!), { headers: { Authorization: basic(owner) } })
    expect(byOwner.status).toBe(200)
    expect(json(byOwner)).toMatchObject({
      Id: scanner.userId,
      Email: scanner.email,
      IsApiAccessEnabled: true,
      State: 'Enabled',
      RoleWebsiteGroupMappings: [expect.objectContaining({ RoleName: 'Scan Manager' })]
    })
    const self = await call(path(scanner.userId!), { headers: { Authorization: basic(scanner) } })
    expect(self.status).toBe(200)
    const other = await call(path(owner.userId!), { headers: { Authorization: basic(scanner) } })
    expect(other.status).toBe(403)
  })
})

describe('the /_vendor/ prefix', () => {
  it('sends the request to that fake only and records the stripped path and the vendor', async () => {
    const alice = account('invicti-platform', 'alice')
    const answer = await call(vendorUrl('invicti-platform', '/api/identity/v1/me'), {
      headers: { 'X-Auth': alice.apiKey! }
    })
    expect(answer.status).toBe(200)
    expect(sandbox.requests[0]).toMatchObject({
      path: '/api/identity/v1/me',
      vendor: 'invicti-platform',
      faults: []
    })
    // Under another vendor's prefix the same request meets that vendor's checks, not Invicti's:
    // for Nessus, a path outside its API.
    const elsewhere = await call(vendorUrl('nessus', '/api/identity/v1/me'), {
      headers: { 'X-Auth': alice.apiKey! }
    })
    expect(elsewhere.status).toBe(404)
    expect(json(elsewhere)).toEqual({ error: 'The requested file was not found.' })
  })

  it('keeps un-prefixed routing for the first three fakes and none for the newer ones', async () => {
    const alice = account('invicti-platform', 'alice')
    const me = await call(`${sandbox.httpUrl}/api/identity/v1/me`, {
      headers: { 'X-Auth': alice.apiKey! }
    })
    expect(me.status).toBe(200)
    const admin = account('tenable-vm', 'admin')
    const session = await call(`${sandbox.httpUrl}/session`, {
      headers: { 'X-ApiKeys': apiKeys(admin) }
    })
    expect(session.status).toBe(404)
  })

  it('tells apart Tenable VM and Nessus on the same path', async () => {
    const vm = await call(vendorUrl('tenable-vm', '/session'), {
      headers: { 'X-ApiKeys': apiKeys(account('tenable-vm', 'admin')) }
    })
    const nessus = await call(vendorUrl('nessus', '/session'), {
      headers: { 'X-ApiKeys': apiKeys(account('nessus', 'admin')) }
    })
    expect(json(vm).user_permissions).toBeDefined()
    expect(json(nessus).whatsnew_version).toBeDefined()
  })

  it('answers an unknown vendor with 400 listing the vendors', async () => {
    const answer = await call(`${sandbox.httpUrl}/_vendor/no-such-vendor/session`)
    expect(answer.status).toBe(400)
    expect(json(answer).vendors).toEqual(
      expect.arrayContaining(['tenable-vm', 'nessus', 'invicti-enterprise', 'tenable-sc'])
    )
  })

  it('composes with faults (fault first) and with the Tenable.sc switches (after it)', async () => {
    const headers = { 'X-ApiKeys': apiKeys(account('nessus', 'admin')) }
    const first = await call(vendorUrl('nessus', '/session', '429-once'), { headers })
    expect(first.status).toBe(429)
    expect(first.headers['retry-after']).toBe('1')
    const second = await call(vendorUrl('nessus', '/session', '429-once'), { headers })
    expect(second.status).toBe(200)
    expect(sandbox.requests[1]).toMatchObject({ vendor: 'nessus', faults: ['429-once'] })

    const sc = account('tenable-sc', 'admin')
    const keys400 = await call(
      `${sandbox.httpsLocalhostUrl}/_vendor/tenable-sc/_sc/keys-400/rest/currentUser`,
      { ca: sandbox.caCertPem, headers: { 'x-apikey': `accesskey=${sc.accessKey}; secretkey=0;` } }
    )
    expect(keys400.status).toBe(400)
  })
})

describe('Tenable.sc fidelity', () => {
  const sc = (path: string, options: CallOptions = {}): Promise<Answer> =>
    call(`${sandbox.httpsLocalhostUrl}${path}`, { ca: sandbox.caCertPem, ...options })
  const cookieValue = (header: string): string => /^TNS_SESSIONID=([^;]*)/.exec(header)![1]!

  it('sets two TNS_SESSIONID cookies on login, and only the last opens the session', async () => {
    const admin = account('tenable-sc', 'admin')
    const login = await sc('/rest/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: admin.username, password: admin.password })
    })
    expect(login.status).toBe(200)
    const cookies = login.headers['set-cookie'] ?? []
    expect(cookies).toHaveLength(2)
    const [first, last] = cookies.map(cookieValue)
    expect(first).not.toBe(last)
    const token = String((json(login).response as { token: number }).token)

    const withFirst = await sc('/rest/currentUser', {
      headers: { 'X-SecurityCenter': token, cookie: `TNS_SESSIONID=${first!}` }
    })
    expect(withFirst.status).toBe(403)
    expect(json(withFirst).error_code).toBe(12)
    const withLast = await sc('/rest/currentUser', {
      headers: { 'X-SecurityCenter': token, cookie: `TNS_SESSIONID=${last!}` }
    })
    expect(withLast.status).toBe(200)
    expect(withLast.headers.vary).toBe('x-apikey')
  })

  it('sends Vary: x-apikey on every answer, refusals and 404s included', async () => {
    const admin = account('tenable-sc', 'admin')
    const keys = { 'x-apikey': `accesskey=${admin.accessKey}; secretkey=${admin.secretKey};` }
    for (const answer of [
      await sc('/rest/currentUser', { headers: keys }),
      await sc('/rest/nowhere', { headers: keys }),
      await sc('/rest/currentUser'),
      await sc('/rest/system')
    ])
      expect(answer.headers.vary).toBe('x-apikey')
  })
})

describe('Invicti Platform organizations', () => {
  const me = (key: string, organization?: string, faults = ''): Promise<Answer> =>
    call(`${sandbox.httpUrl}${faults ? `/_fault/${faults}` : ''}/api/identity/v1/me`, {
      headers: {
        'X-Auth': key,
        ...(organization === undefined ? {} : { 'X-Invicti-OrganizationId': organization })
      }
    })

  it('gives a single-organization user its organization, with or without the header', async () => {
    const sam = account('invicti-platform', 'sam').apiKey!
    expect(json(await me(sam)).organization).toEqual({ id: 'org-acme', name: 'Acme Security' })
    expect(json(await me(sam, 'org-acme')).organization).toMatchObject({ id: 'org-acme' })
  })

  it('needs the header for a multi-organization user, as Invicti documents (the 403 is assumed)', async () => {
    const morgan = account('invicti-platform', 'morgan').apiKey!
    expect(json(await me(morgan, 'org-globex')).organization).toMatchObject({ id: 'org-globex' })
    const none = await me(morgan)
    expect(none.status).toBe(403)
    expect(json(none).message).toContain('specify one with X-Invicti-OrganizationId')
  })

  it('refuses a header naming an organization the user does not belong to', async () => {
    const sam = account('invicti-platform', 'sam').apiKey!
    const foreign = await me(sam, 'org-globex')
    expect(foreign.status).toBe(403)
    expect(json(foreign).message).toContain('User has no access to organization org-globex')
  })
})

describe('fault switches', () => {
  const vmUrl = (faults: string): string => vendorUrl('tenable-vm', '/session', faults)
  const vmHeaders = (): Record<string, string> => ({
    'X-ApiKeys': apiKeys(account('tenable-vm', 'admin'))
  })

  it.each([
    ['502-once', 502, 'Bad Gateway'],
    ['504-once', 504, 'Gateway Time-out']
  ])('%s answers an HTML %i once, then lets requests through', async (fault, status, text) => {
    const first = await call(vmUrl(fault), { headers: vmHeaders() })
    expect(first.status).toBe(status)
    expect(first.headers['content-type']).toBe('text/html')
    expect(first.text).toContain(text)
    expect((await call(vmUrl(fault), { headers: vmHeaders() })).status).toBe(200)
  })

  it('reset-mid-body sends headers and part of the body, then destroys the connection', async () => {
    const outcome = await new Promise<{
      status: number
      declared: number
      received: number
      complete: boolean
    }>((resolve, reject) => {
      const req = http.get(vmUrl('reset-mid-body'), { agent: false }, (res) => {
        let received = 0
        res.on('data', (chunk: Buffer) => (received += chunk.length))
        res.on('error', () => {})
        res.on('close', () =>
          resolve({
            status: res.statusCode ?? 0,
            declared: Number(res.headers['content-length']),
            received,
            complete: res.complete
          })
        )
      })
      req.on('error', reject)
    })
    expect(outcome.status).toBe(200)
    expect(outcome.complete).toBe(false)
    expect(outcome.received).toBeGreaterThan(0)
    expect(outcome.received).toBeLessThan(outcome.declared)
  })

  it('slow-headers holds the answer back past a shorter timeout', async () => {
    await expect(call(vmUrl('slow-headers'), { timeoutMs: SLOW_MS / 4 })).rejects.toMatchObject({
      code: 'CLIENT_TIMEOUT'
    })
    const started = Date.now()
    const answer = await call(vmUrl('slow-headers'))
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 50)
    expect(answer.status).toBe(200)
    expect(json(answer)).toEqual({ sandbox: 'slow-headers', delayedMs: SLOW_MS })
  })

  it('slow-body sends headers at once, then trickles a valid body past the timeout', async () => {
    const started = Date.now()
    const timings = await new Promise<{ headersMs: number; endMs: number; text: string }>(
      (resolve, reject) => {
        const req = http.get(vmUrl('slow-body'), { agent: false }, (res) => {
          const headersMs = Date.now() - started
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
          res.on('end', () => resolve({ headersMs, endMs: Date.now() - started, text }))
        })
        req.on('error', reject)
      }
    )
    expect(timings.headersMs).toBeLessThan(SLOW_MS)
    expect(timings.endMs).toBeGreaterThanOrEqual(2 * SLOW_MS)
    expect(JSON.parse(timings.text)).toEqual({ sandbox: 'slow-body', padding: 'xxxx' })
  })

  it('malformed-json answers 200 application/json that does not parse', async () => {
    const answer = await call(vmUrl('malformed-json'), { headers: vmHeaders() })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    expect(answer.text.length).toBeGreaterThan(0)
    expect(() => JSON.parse(answer.text) as unknown).toThrow(SyntaxError)
  })

  it('empty-200 answers 200 with an empty body', async () => {
    const answer = await call(vmUrl('empty-200'), { headers: vmHeaders() })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-length']).toBe('0')
    expect(answer.text).toBe('')
  })

  it('switching-protocols answers 101 to a plain request and keeps the socket open', async () => {
    const { port } = new URL(sandbox.httpUrl)
    const socket = net.connect(Number(port), '127.0.0.1')
    const received = await new Promise<string>((resolve, reject) => {
      let text = ''
      socket.on('error', reject)
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1')
        if (text.includes('\r\n\r\n')) resolve(text)
      })
      socket.write(
        `GET /_fault/switching-protocols/_vendor/tenable-vm/session HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`
      )
    })
    expect(received.split('\r\n')[0]).toBe('HTTP/1.1 101 Switching Protocols')
    expect(received).toMatch(/\r\nUpgrade: websocket\r\n/i)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(socket.destroyed).toBe(false)
    expect(socket.readableEnded).toBe(false)
    socket.destroy()
  })

  it('lets the fake-side switches through to the fake, and refuses unknown faults', async () => {
    const unknown = await call(vmUrl('no-such-fault'))
    expect(unknown.status).toBe(400)
    expect(json(unknown).faults).toEqual(
      expect.arrayContaining([
        'reset-mid-body',
        'slow-headers',
        'slow-body',
        'switching-protocols',
        'nessus-412'
      ])
    )
    // nessus-412 is read by the Nessus fake; the Tenable VM fake ignores it.
    expect((await call(vmUrl('nessus-412'), { headers: vmHeaders() })).status).toBe(200)
  })
})

describe('TLS fault listeners', () => {
  const status = `/_vendor/nessus/server/status`

  it('serves the ordinary HTTPS listener to a client trusting the sandbox CA', async () => {
    const answer = await call(`${sandbox.httpsUrl}${status}`, { ca: sandbox.caCertPem })
    expect(answer.status).toBe(200)
  })

  it.each([
    ['tlsSelfSignedUrl', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['tlsExpiredUrl', 'CERT_HAS_EXPIRED'],
    ['tlsWrongHostUrl', 'ERR_TLS_CERT_ALTNAME_INVALID']
  ] as const)(
    '%s fails verification with %s, even with the sandbox CA trusted',
    async (name, code) => {
      await expect(
        call(`${sandbox[name]}${status}`, { ca: sandbox.caCertPem })
      ).rejects.toMatchObject({
        code
      })
      expect(sandbox.requests).toHaveLength(0)
    }
  )

  it.each(['tlsSelfSignedUrl', 'tlsExpiredUrl', 'tlsWrongHostUrl'] as const)(
    '%s serves the fakes to a client that skips verification',
    async (name) => {
      const answer = await call(`${sandbox[name]}${status}`, { rejectUnauthorized: false })
      expect(answer.status).toBe(200)
      expect(sandbox.requests[0]?.secure).toBe(true)
    }
  )
})
