// Tenable.sc: key validation, the envelope and currentUser parsers (unit), the login flow against a
// scripted client (leak prevention), and the main and post steps in-process against the sandbox
// over HTTPS with its CA (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../../core/failure.js'
import { judgePrivilege } from '../../core/privilege.js'
import type { HttpClient } from '../../net/client.js'
import type { HttpResponse, RequestOptions } from '../../net/types.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { tenableSc, validateKeys } from './index.js'
import { readEnvelope, vendorText } from './envelope.js'
import { CURRENT_USER_FIELDS, newestSessionCookie, parseCurrentUser } from './login.js'
import type { VendorContext } from '../../kit/types.js'
import { startSandbox } from '../../../sandbox/index.js'
import { parseApiKeyHeader } from './fake.js'
import { readActionInputs } from '../../../scripts/runner.js'
import { runMain, runPost } from '../../../__tests__/helpers/action.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  username: string
  password: string
  accessKey: string
  secretKey: string
}
interface FakeSession {
  token: number
  cookie: string
  username: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let sessions: Map<number, FakeSession>

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['tenable-sc'] as Record<string, Account>
  sessions = (sandbox.fake('tenable-sc') as { sessions: Map<number, FakeSession> }).sessions
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const AK = 'a'.repeat(32)
const SK = 'b'.repeat(32)

function failure(fn: () => unknown): ActionFailure {
  try {
    fn()
  } catch (error) {
    if (error instanceof ActionFailure) return error
    throw error
  }
  throw new Error('expected an ActionFailure')
}

function raw(inputs: Partial<RawInputs>): RawInputs {
  const defaults = readActionInputs()
  const all = {} as RawInputs
  for (const name of INPUT_NAMES) all[name] = inputs[name] ?? defaults[name]?.default ?? ''
  return all
}

const plan = (inputs: Partial<RawInputs>, env: NodeJS.ProcessEnv = {}) =>
  buildPlan(raw({ url: 'https://sc.example.com', ...inputs }), tenableSc, { env })

describe('validation before any request', () => {
  it('accepts a 32 + 32 pair and builds the api-key plan', () => {
    expect(plan({ 'access-key': AK, 'secret-key': SK })).toMatchObject({
      authMode: 'api-key',
      credentials: { 'access-key': AK, 'secret-key': SK },
      secrets: [AK, SK]
    })
  })

  it('names the access key when it is the one with the wrong length', () => {
    const error = failure(() => validateKeys('a'.repeat(31), SK))
    expect(error.message).toContain('combined length of 64')
    expect(error.message).toContain('access-key (31 characters)')
    expect(error.message).not.toContain('secret-key (')
    expect(error.message).toContain('stray space, quote or line break')
  })

  it('names the secret key, and notices a quote copied into it', () => {
    const error = failure(() => validateKeys(AK, `"${SK}"`))
    expect(error.message).toContain('secret-key (34 characters)')
    expect(error.message).toContain('one of the keys contains such a character')
    expect(error.message).not.toContain(SK)
  })

  it('rejects a bad pair in buildPlan, keys read from TSC_ACCESS_KEY / TSC_SECRET_KEY too', () => {
    expect(
      failure(() => plan({}, { TSC_ACCESS_KEY: AK, TSC_SECRET_KEY: 'short' })).message
    ).toContain('secret-key (5 characters)')
    expect(plan({}, { TSC_ACCESS_KEY: AK, TSC_SECRET_KEY: SK }).credentials).toEqual({
      'access-key': AK,
      'secret-key': SK
    })
  })

  it('requires url: there is no default host', () => {
    expect(
      failure(() => buildPlan(raw({ 'access-key': AK, 'secret-key': SK }), tenableSc, { env: {} }))
        .message
    ).toContain('The url input is required for Tenable.sc')
  })

  it('rejects keys and a password together', () => {
    const error = failure(() =>
      plan({ 'access-key': AK, 'secret-key': SK, username: 'u', password: 'p' })
    )
    expect(error.message).toContain('Conflicting credentials for Tenable.sc')
  })

  it('rejects required-permissions, pointing to required-roles', () => {
    const error = failure(() =>
      plan({ 'access-key': AK, 'secret-key': SK, 'required-permissions': 'scans:read' })
    )
    expect(error.message).toContain('The required-permissions input cannot be used with Tenable.sc')
    expect(error.message).toContain('Use required-roles instead')
  })

  it('warns that release-session does nothing with API keys', () => {
    expect(
      plan({ 'access-key': AK, 'secret-key': SK, 'release-session': 'true' }).warnings
    ).toEqual([expect.stringContaining('release-session applies only to username/password')])
  })

  it('builds a session plan from username and password', () => {
    expect(plan({ username: 'u', password: 'p', 'release-session': 'true' })).toMatchObject({
      authMode: 'session',
      options: { 'release-session': 'true' },
      secrets: ['p']
    })
  })
})

describe('the /rest envelope', () => {
  it('reads the parsed body whatever the Content-Type, with error_code as a number or a string', () => {
    expect(
      readEnvelope(
        JSON.parse(
          '{"type":"regular","response":"","error_code":12,"error_msg":"This request contains an invalid token.","warnings":[],"timestamp":1}'
        )
      )
    ).toEqual({
      response: '',
      errorCode: 12,
      errorMsg: 'This request contains an invalid token.'
    })
    expect(
      readEnvelope(JSON.parse('{"response":[],"error_code":"161","error_msg":"x\\n"}'))
    ).toMatchObject({ errorCode: 161 })
    expect(
      readEnvelope(JSON.parse('{"error":"The requested file was not found."}'))
    ).toBeUndefined()
    // A body that is not JSON (an HTML page) reaches it as undefined, a JSON string as a string.
    expect(readEnvelope(undefined)).toBeUndefined()
    expect(readEnvelope('<html>')).toBeUndefined()
  })

  it('quotes error_code and error_msg, also when the message is empty or multi-line', () => {
    expect(vendorText({ response: '', error_code: 0, error_msg: '' })).toBe(
      'error_code 0, error_msg "" (empty)'
    )
    expect(
      vendorText({
        response: '',
        error_code: 147,
        error_msg: 'Unable to find existing Scan #31.\nScan #31 does not exist.\n'
      })
    ).toBe('error_code 147, error_msg "Unable to find existing Scan #31. Scan #31 does not exist."')
    expect(vendorText({ error: 'The requested file was not found.' })).toBe(
      'no Tenable.sc envelope (no error_code, no error_msg): The requested file was not found.'
    )
  })

  it('keeps the newest TNS_SESSIONID and skips the "deleted" placeholder', () => {
    expect(
      newestSessionCookie([
        'TNS_SESSIONID=first; path=/',
        'other=1',
        'TNS_SESSIONID=second; path=/; secure'
      ])
    ).toBe('second')
    expect(newestSessionCookie(['TNS_SESSIONID=new', 'TNS_SESSIONID=deleted; expires=0'])).toBe(
      'new'
    )
    expect(newestSessionCookie('TNS_SESSIONID=one')).toBe('one')
    expect(newestSessionCookie(undefined)).toBeUndefined()
  })
})

describe('parseCurrentUser', () => {
  it("reads the docs' Administrator record: string ids, organization id 0 as a number, no group", () => {
    expect(
      parseCurrentUser({
        id: '1',
        username: 'admin',
        firstname: '',
        lastname: '',
        status: '0',
        authType: 'tns',
        role: { id: '1', name: 'Administrator', description: 'x' },
        organization: { id: 0, name: 'Tenable.sc Administration', description: '' }
      })
    ).toEqual({
      userId: '1',
      username: 'admin',
      displayName: 'admin',
      email: '',
      roles: ['Administrator'],
      roleAliases: [{ alias: '1', of: 'Administrator' }],
      permissions: undefined,
      organization: 'Tenable.sc Administration'
    })
  })

  it("warns that an Administrator's key has no access to the organizations' scan data", () => {
    const admin = parseCurrentUser({ username: 'admin', role: { id: '1', name: 'Administrator' } })
    expect(judgePrivilege(tenableSc, admin, [], 'admin').warnings).toEqual([
      'Tenable.sc: admin holds Administrator, an administrative role; a scan gate needs less. Give the step a key of a user with an organizational role that can launch the scans (Security Manager, or a custom role; an Administrator belongs to no organization and has no access to its scan data) instead. To accept it, list "Administrator" in allowed-roles.'
    ])
  })

  it('names a role outside allowed-roles without its numeric id', () => {
    const admin = parseCurrentUser({ username: 'admin', role: { id: '1', name: 'Administrator' } })
    expect(judgePrivilege(tenableSc, admin, ['Security Manager'], 'admin').reasons).toEqual([
      'admin holds "Administrator", outside allowed-roles ("Security Manager"): use a key of a narrower user, one that holds only the allowed roles'
    ])
  })

  it('reads a Security Manager with a group, numeric nested ids, and orgName on older releases', () => {
    expect(
      parseCurrentUser({
        id: 4,
        username: 'sam',
        firstname: 'Sam',
        lastname: 'Manager',
        email: 'sam@x.io',
        role: { id: 2, name: 'Security Manager' },
        group: { id: '0', name: 'Full Access' },
        responsibleAsset: { id: -1 },
        orgName: 'SecurityCenter Administration'
      })
    ).toMatchObject({
      userId: '4',
      displayName: 'Sam Manager',
      roles: ['Security Manager'],
      roleAliases: [{ alias: '2', of: 'Security Manager' }],
      organization: 'SecurityCenter Administration'
    })
  })

  it('reports roles as unknown when no role was returned', () => {
    expect(parseCurrentUser({ id: '9' }).roles).toBeUndefined()
  })
})

describe('the login flow against a scripted client', () => {
  function scripted(answers: Partial<HttpResponse>[]): {
    context: VendorContext
    sent: RequestOptions[]
    masked: string[]
  } {
    const sent: RequestOptions[] = []
    const masked: string[] = []
    const http = {
      request: (request: RequestOptions) => {
        sent.push(request)
        const answer = answers.shift() ?? { status: 599 }
        return Promise.resolve({
          status: 200,
          statusText: '',
          headers: {},
          body: '',
          endpoint: `${request.method} https://sc.example.com${request.path.split('?')[0]}`,
          ...answer
        })
      }
    } as unknown as HttpClient
    const context: VendorContext = {
      http,
      plan: plan({ username: 'sam', password: 'pw' }),
      vendor: tenableSc,
      mask: (value) => void masked.push(value),
      redact: (value) => value,
      info: () => {},
      debug: () => {}
    }
    return { context, sent, masked }
  }
  const tokenAnswer = {
    status: 200,
    headers: {
      'set-cookie': [
        'TNS_SESSIONID=c1000000000000000000000000000000; path=/',
        'TNS_SESSIONID=c2000000000000000000000000000000; path=/'
      ]
    },
    body: JSON.stringify({
      type: 'regular',
      response: { token: 2105320532, unassociatedCert: 'false' },
      error_code: 0,
      error_msg: '',
      warnings: [],
      timestamp: 1
    })
  }

  it('ends the session at once when the identity check fails after login', async () => {
    const { context, sent, masked } = scripted([
      tokenAnswer,
      { status: 500, body: '{"type":"regular","response":"","error_code":1,"error_msg":"boom"}' },
      { status: 200, body: '{"type":"regular","response":"","error_code":0,"error_msg":""}' }
    ])
    const error = await tenableSc.login(context).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ActionFailure)
    expect((error as Error).message).toContain('HTTP 500')
    expect((error as Error).message).toContain('error_code 1, error_msg "boom"')
    expect(sent.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'POST /rest/token',
      'GET /rest/currentUser',
      'DELETE /rest/token'
    ])
    expect(sent[2]!.headers).toEqual({
      'x-securitycenter': '2105320532',
      cookie: 'TNS_SESSIONID=c2000000000000000000000000000000'
    })
    expect(masked).toEqual(
      expect.arrayContaining([
        '2105320532',
        'c2000000000000000000000000000000',
        'TNS_SESSIONID=c2000000000000000000000000000000'
      ])
    )
  })

  it('passes currentUser only on HTTP 200, error_code 0 and a response.id, and ends the session otherwise', async () => {
    // Contract Behaviour 3: "A check counts as passed only when the vendor's own success signal is
    // present (Tenable.sc: HTTP 200 and error_code 0 and a response.id)". Each answer below lacks
    // one of the three while naming a user, so a check on the other two alone would pass it.
    const user = { id: '4', username: 'sam', role: { id: '2', name: 'Security Manager' } }
    const withoutId = { username: 'sam', role: user.role }
    const lacking: [string, Partial<HttpResponse>][] = [
      [
        'error_code 0',
        { body: JSON.stringify({ response: user, error_code: 5, error_msg: 'no' }) }
      ],
      ['HTTP 200', { status: 203, body: JSON.stringify({ response: user, error_code: 0 }) }],
      ['a response.id', { body: JSON.stringify({ response: withoutId, error_code: 0 }) }]
    ]
    for (const [missing, answer] of lacking) {
      const { context, sent } = scripted([
        tokenAnswer,
        answer,
        { body: '{"type":"regular","response":"","error_code":0,"error_msg":""}' }
      ])
      const error = await tenableSc.login(context).then(
        () => undefined,
        (e: unknown) => e
      )
      expect([missing, error]).toEqual([missing, expect.any(ActionFailure)])
      // The session it opened is ended at once: the check failed.
      expect(sent.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
        'POST /rest/token',
        'GET /rest/currentUser',
        'DELETE /rest/token'
      ])
    }
  })

  it('advises no more retries after a gateway error to the login, which the client does not repeat', async () => {
    // POST /rest/token opens a session: after a 502 it may have, so the client returns the answer
    // at once, saying it would not send it again (retryable: false), whatever the retries input.
    const { context, sent } = scripted([
      { status: 502, retryable: false, body: '{"error_code":1,"error_msg":"gateway"}' }
    ])
    const error = await tenableSc.login(context).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(sent).toHaveLength(1)
    expect((error as Error).message).toContain(
      'Fix: try again later (this request is not sent again after an HTTP 502, since it may have created something on the server already, so the retries input does not help).'
    )
    expect((error as Error).message).not.toContain('raise the retries input')
  })

  it('keeps a cookie re-issued by currentUser, and explains error_code 147 for the user', async () => {
    const reissued = scripted([
      tokenAnswer,
      {
        headers: { 'set-cookie': ['TNS_SESSIONID=c3000000000000000000000000000000; path=/'] },
        body: '{"response":{"id":"4","username":"sam","role":{"id":"2","name":"Security Manager"}},"error_code":0}'
      }
    ])
    expect(await tenableSc.login(reissued.context)).toMatchObject({
      cookie: 'TNS_SESSIONID=c3000000000000000000000000000000',
      session: { token: '2105320532', cookie: 'c3000000000000000000000000000000' }
    })
    expect(reissued.masked).toEqual(
      expect.arrayContaining([
        'c3000000000000000000000000000000',
        'TNS_SESSIONID=c3000000000000000000000000000000'
      ])
    )

    const gone = scripted([
      tokenAnswer,
      {
        status: 403,
        body: '{"response":"","error_code":147,"error_msg":"User #4 does not exist.\\n"}'
      },
      { body: '{"response":"","error_code":0,"error_msg":""}' }
    ])
    await expect(tenableSc.login(gone.context)).rejects.toThrow(
      /the user does not exist \(HTTP 403 from GET[\s\S]*error_code 147, error_msg "User #4 does not exist."/
    )
    expect(gone.sent).toHaveLength(3)
  })

  it('cuts a huge error_msg to the bound of server text (security review 2, F6)', async () => {
    const huge = JSON.stringify({
      type: 'regular',
      response: '',
      error_code: 161,
      error_msg: `Access denied. ${'A'.repeat(900_000)}`
    })
    const refused = scripted([{ status: 403, body: huge }])
    const login = await tenableSc.login(refused.context).then(
      () => '',
      (e: unknown) => (e as Error).message
    )
    expect(login).toContain('error_code 161, error_msg "Access denied. AAA')
    expect(login.length).toBeLessThan(2048)

    const afterLogin = scripted([
      tokenAnswer,
      { status: 403, body: huge },
      { body: '{"type":"regular","response":"","error_code":0,"error_msg":""}' }
    ])
    const currentUser = await tenableSc.login(afterLogin.context).then(
      () => '',
      (e: unknown) => (e as Error).message
    )
    expect(currentUser).toContain('(HTTP 403 from GET https://sc.example.com/rest/currentUser)')
    expect(currentUser).toContain('error_code 161, error_msg "Access denied. AAA')
    expect(currentUser.length).toBeLessThan(2048)
  })

  it('asks currentUser for every field it reads', () => {
    expect(CURRENT_USER_FIELDS).toEqual(
      expect.arrayContaining([
        'id',
        'username',
        'firstname',
        'lastname',
        'email',
        'role',
        'organization',
        'group',
        'authType',
        'status'
      ])
    )
  })

  it('accepts the token as a string and answers a token-less success as a failure', async () => {
    const stringToken = scripted([
      { ...tokenAnswer, body: tokenAnswer.body.replace('2105320532', '"0000000000"') },
      {
        body: '{"response":{"id":"4","username":"sam","role":{"id":"2","name":"S"}},"error_code":0}'
      }
    ])
    const result = await tenableSc.login(stringToken.context)
    expect(result).toMatchObject({
      token: '0000000000',
      cookie: 'TNS_SESSIONID=c2000000000000000000000000000000',
      authHeader: 'X-SecurityCenter: 0000000000',
      session: { token: '0000000000', cookie: 'c2000000000000000000000000000000' }
    })
    const empty = scripted([{ body: '{"response":{},"error_code":0,"error_msg":""}' }])
    await expect(tenableSc.login(empty.context)).rejects.toThrow(
      'the login answer carried no token'
    )
    expect(empty.sent).toHaveLength(1)
  })

  it('ends a failed session with the cookie currentUser re-issued in its refusal', async () => {
    const { context, sent, masked } = scripted([
      tokenAnswer,
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'set-cookie': ['TNS_SESSIONID=c3000000000000000000000000000000; path=/'] },
        body: '{"response":"","error_code":12,"error_msg":"This request contains an invalid token."}'
      },
      { body: '{"response":"","error_code":0,"error_msg":""}' }
    ])
    await expect(tenableSc.login(context)).rejects.toThrow(
      'the session token was refused right after login (HTTP 403 Forbidden'
    )
    expect(sent[2]!.headers).toEqual({
      'x-securitycenter': '2105320532',
      cookie: 'TNS_SESSIONID=c3000000000000000000000000000000'
    })
    expect(masked).toEqual(
      expect.arrayContaining([
        'c3000000000000000000000000000000',
        'TNS_SESSIONID=c3000000000000000000000000000000'
      ])
    )
  })

  it('reads error_code before the status: a user that does not exist, answered with 500', async () => {
    const { context, sent } = scripted([
      tokenAnswer,
      {
        status: 500,
        body: '{"response":"","error_code":147,"error_msg":"User #4 does not exist."}'
      },
      { body: '{"response":"","error_code":0,"error_msg":""}' }
    ])
    await expect(tenableSc.login(context)).rejects.toThrow(
      /Tenable.sc: the server reported that the user does not exist \(HTTP 500 from GET[\s\S]*error_code 147, error_msg "User #4 does not exist."/
    )
    expect(sent).toHaveLength(3)
  })

  it('takes a page that is not JSON at any status below 500 for "not the API", quoting no login answer', async () => {
    const page = '<html><body>Sign in to the proxy</body></html>'
    const login = scripted([{ status: 407, headers: { 'content-type': 'text/html' }, body: page }])
    const loginError = await tenableSc.login(login.context).then(
      () => '',
      (e: unknown) => (e as Error).message
    )
    expect(loginError).toContain(
      'POST https://sc.example.com/rest/token answered HTTP 407 with an HTML page'
    )
    expect(loginError).toContain('are not quoted: the answer of a login may hold credentials')
    expect(loginError).not.toContain('Sign in')

    const identity = scripted([
      tokenAnswer,
      { status: 403, headers: { 'content-type': 'text/html' }, body: page },
      { body: '{"response":"","error_code":0,"error_msg":""}' }
    ])
    await expect(tenableSc.login(identity.context)).rejects.toThrow(
      /GET https:\/\/sc.example.com\/rest\/currentUser answered HTTP 403 with an HTML page[\s\S]*It begins: Sign in to the proxy/
    )
    expect(identity.sent.map((r) => r.method)).toEqual(['POST', 'GET', 'DELETE'])
  })

  it('reads a 5xx page that is not JSON as the server failing, not as a wrong url', async () => {
    const page = '<html><body>Down for maintenance until 02:00</body></html>'
    const identity = scripted([
      tokenAnswer,
      { status: 503, headers: { 'content-type': 'text/html' }, body: page },
      { body: '{"response":"","error_code":0,"error_msg":""}' }
    ])
    const message = await tenableSc.login(identity.context).then(
      () => '',
      (e: unknown) => (e as Error).message
    )
    expect(message).toContain('the server failed to answer (HTTP 503')
    expect(message).toContain('Down for maintenance until 02:00')
    expect(message).not.toContain('check the url input')
    // The login's own 5xx page is not quoted: the answer of a login may hold credentials.
    const login = scripted([{ status: 502, headers: { 'content-type': 'text/html' }, body: page }])
    const loginError = await tenableSc.login(login.context).then(
      () => '',
      (e: unknown) => (e as Error).message
    )
    expect(loginError).toContain('the server failed to answer (HTTP 502')
    expect(loginError).not.toContain('maintenance until')
  })
})

describe('logout (the post step)', () => {
  it.each([
    [{ token: 'not-a-number', cookie: 'f'.repeat(32) }, 'the saved Tenable.sc session token'],
    [
      { token: '2105320532', cookie: 'abc; sc_admin=1; Path=/' },
      'the saved Tenable.sc session cookie'
    ]
  ])(
    'refuses a saved session %j that is not what a login issues, and sends nothing',
    async (session, what) => {
      const sent: unknown[] = []
      const context = {
        http: {
          request: (request: unknown) => (sent.push(request), Promise.reject(new Error('sent')))
        },
        mask: () => {},
        redact: (value: string) => value,
        info: () => {},
        debug: () => {}
      } as unknown as Parameters<NonNullable<typeof tenableSc.logout>>[0]
      await expect(tenableSc.logout!(context, session)).rejects.toThrow(
        `The server answered with a malformed credential: ${what} is not`
      )
      expect(sent).toEqual([])
    }
  )
})

describe('the sandbox fake', () => {
  it("reads both header spellings: the documented one and pyTenable's", () => {
    expect(parseApiKeyHeader(`accesskey=${AK}; secretkey=${SK};`)).toEqual({
      accessKey: AK,
      secretKey: SK
    })
    expect(parseApiKeyHeader(`accessKey=${AK}; secretKey=${SK}`)).toEqual({
      accessKey: AK,
      secretKey: SK
    })
    expect(parseApiKeyHeader(`${AK}:${SK}`)).toBeUndefined()
  })
})

const https = (inputs: Record<string, string>): Record<string, string> => ({
  vendor: 'tenable-sc',
  url: sandbox.httpsLocalhostUrl,
  'ca-cert': sandbox.caCertPem,
  ...inputs
})

describe('Tenable.sc main and post steps (real @actions/core, sandbox over HTTPS)', () => {
  it('verifies API keys with one request, sends the documented header and exports TSC_*', async () => {
    const manager = accounts.manager!
    const step = await runMain(
      https({
        vendor: 'SecurityCenter',
        'access-key': manager.accessKey,
        'secret-key': manager.secretKey,
        'required-roles': 'security manager'
      })
    )
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    const [request] = sandbox.requests
    expect(request).toMatchObject({ method: 'GET', secure: true })
    expect(request!.path).toBe(`/rest/currentUser?fields=${CURRENT_USER_FIELDS.join(',')}`)
    const header = `accesskey=${manager.accessKey}; secretkey=${manager.secretKey};`
    expect(request!.headers['x-apikey']).toBe(header)
    expect(request!.headers['x-securitycenter']).toBeUndefined()
    expect(step.outputs).toMatchObject({
      vendor: 'tenable-sc',
      'user-id': '4',
      username: 'sam.manager',
      'display-name': 'Sam Manager',
      email: 'sam.manager@acme.example',
      roles: '["Security Manager"]',
      permissions: '[]',
      organization: 'Acme Security',
      'auth-header': `x-apikey: ${header}`,
      token: '',
      cookie: ''
    })
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({ authMode: 'api-key' })
    expect(step.env).toEqual({
      TSC_URL: sandbox.httpsLocalhostUrl,
      TSC_ACCESS_KEY: manager.accessKey,
      TSC_SECRET_KEY: manager.secretKey
    })
    expect(step.masks).toEqual(
      expect.arrayContaining([manager.accessKey, manager.secretKey, header])
    )
    expect(step.state.logout).toBe('')
    expect(step.summary).toContain('Tenable.sc verified')
  })

  it('fails a misspelled required role, suggesting the role the user holds', async () => {
    const manager = accounts.manager!
    const step = await runMain(
      https({
        'access-key': manager.accessKey,
        'secret-key': manager.secretKey,
        'required-roles': 'Security Manger'
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'holds "Security Manager", and this step requires "Security Manger" (required-roles); did you mean "Security Manager"?'
    )
  })

  it('opens a session in two requests, and the post step ends it with the token and cookie', async () => {
    const analyst = accounts.analyst!
    const inputs = https({
      username: analyst.username,
      password: analyst.password,
      'required-roles': '3'
    })
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'POST /rest/token',
      'GET /rest/currentUser'
    ])
    expect(JSON.parse(sandbox.requests[0]!.body)).toEqual({
      username: analyst.username,
      password: analyst.password,
      releaseSession: false
    })
    const opened = [...sessions.values()].filter((s) => s.username === analyst.username)
    expect(opened).toHaveLength(1)
    const [session] = opened
    const token = String(session!.token)
    const cookie = `TNS_SESSIONID=${session!.cookie}`
    expect(sandbox.requests[1]!.headers).toMatchObject({ 'x-securitycenter': token, cookie })
    expect(main.outputs).toMatchObject({
      username: 'ana.analyst',
      roles: '["Security Analyst"]',
      'auth-header': `X-SecurityCenter: ${token}`,
      token,
      cookie
    })
    expect(main.env).toEqual({
      TSC_URL: sandbox.httpsLocalhostUrl,
      TSC_TOKEN: token,
      TSC_SESSION_COOKIE: cookie
    })
    expect(main.masks).toEqual(
      expect.arrayContaining([analyst.password, token, session!.cookie, cookie])
    )

    sandbox.reset()
    sessions.set(session!.token, session!)
    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]).toMatchObject({ method: 'DELETE', path: '/rest/token' })
    expect(sandbox.requests[0]!.headers).toMatchObject({ 'x-securitycenter': token, cookie })
    expect([...sessions.values()].filter((s) => s.username === analyst.username)).toEqual([])
    expect(post.log.join('\n')).toContain('Logged out of Tenable.sc')
  })

  it('explains a stale token (403, error_code 12) and ends nothing it cannot', async () => {
    const analyst = accounts.analyst!
    const step = await runMain(
      https({
        url: `${sandbox.httpsLocalhostUrl}/_sc/session-timeout`,
        username: analyst.username,
        password: analyst.password
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('HTTP 403 Forbidden')
    expect(step.errors[0]).toContain(
      'error_code 12, error_msg "This request contains an invalid token."'
    )
    expect(step.errors[0]).toContain('TNS_SESSIONID cookie')
    // The failed check still tried to end the session it opened.
    expect(sandbox.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'DELETE'])
    expect(step.state.logout).toBe('')
  })

  it('explains rejected keys in-process too, saying the server gives no reason', async () => {
    const step = await runMain(
      https({
        'access-key': accounts.regenerated!.accessKey,
        'secret-key': accounts.regenerated!.secretKey
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('the API keys were rejected (HTTP 403 Forbidden')
    expect(step.errors[0]).toContain('error_code 0, error_msg "" (empty)')
    expect(step.errors[0]).toContain('Tenable.sc does not say which cause applies')
  })

  it('explains an HTML page instead of the envelope (a proxy or SSO page)', async () => {
    const manager = accounts.manager!
    const step = await runMain(
      https({
        url: `${sandbox.httpsLocalhostUrl}/_fault/html`,
        'access-key': manager.accessKey,
        'secret-key': manager.secretKey
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('HTTP 200 with an HTML page')
  })

  it('explains a 500 on POST /rest/token without retrying it', async () => {
    const analyst = accounts.analyst!
    const step = await runMain(
      https({
        url: `${sandbox.httpsLocalhostUrl}/_fault/500`,
        username: analyst.username,
        password: analyst.password
      })
    )
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain('the server failed to answer (HTTP 500')
    expect(step.errors[0]).toContain('no Tenable.sc envelope (no error_code, no error_msg)')
  })

  it.each(['502-once', '504-once'])(
    'does not send the login again after a gateway error (%s): it may have reached the server',
    async (fault) => {
      const analyst = accounts.analyst!
      const step = await runMain(
        https({
          url: `${sandbox.httpsLocalhostUrl}/_fault/${fault}`,
          username: analyst.username,
          password: analyst.password,
          retries: '2'
        })
      )
      expect(step.exitCode).toBe(1)
      expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/token'])
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain(`HTTP ${fault.slice(0, 3)}`)
      expect(step.state.logout).toBe('')
    }
  )

  it('refuses a plain-HTTP url the way a real install does: a redirect it does not follow', async () => {
    const manager = accounts.manager!
    const step = await runMain(
      https({
        url: sandbox.httpUrl,
        'access-key': manager.accessKey,
        'secret-key': manager.secretKey
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'answered with a redirect (HTTP 301) to https://127.0.0.1/rest/'
    )
  })

  it('answers a 404 from a wrong path with the url hint and no envelope', async () => {
    const manager = accounts.manager!
    const step = await runMain(
      https({
        url: `${sandbox.httpsLocalhostUrl}/sc`,
        'access-key': manager.accessKey,
        'secret-key': manager.secretKey
      })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('HTTP 404')
    expect(step.errors[0]).toContain('no error_code, no error_msg')
    expect(step.errors[0]).toContain('set the url input')
  })

  it('reports a session the server no longer knew as a line, not a warning', async () => {
    const post = await runPost(
      {
        logout: JSON.stringify({
          vendor: 'tenable-sc',
          url: sandbox.httpsLocalhostUrl,
          session: { token: '123456789', cookie: 'f'.repeat(32) }
        })
      },
      https({ username: 'ana.analyst', password: 'not-used-by-logout', retries: '0' })
    )
    expect(post.exitCode).toBe(0)
    expect(post.errors).toEqual([])
    expect(post.warnings).toEqual([])
    const log = post.log.join('\n')
    expect(log).toContain('HTTP 403')
    expect(log).toContain('error_code 12')
    expect(log).toContain('already ended')
    expect(post.masks).toEqual(expect.arrayContaining(['123456789', 'f'.repeat(32)]))
  })
})
