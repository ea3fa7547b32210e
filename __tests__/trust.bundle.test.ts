// Bundle level, against hostile servers: the built dist/ spawned as the runner spawns it
// (scripts/runner.js), talking to small loopback servers that answer with text built to become
// workflow commands, Markdown or HTML. Whatever a server says stays data: the step prints no command
// it did not write itself, saves no state it did not mean to, and the post step sends a session only
// where its own inputs point.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { ROOT, runStep } from '../scripts/runner.js'
import { expectNoLeak } from './helpers/leaks.js'

type Step = Awaited<ReturnType<typeof runStep>>

interface SeenRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
}

interface HostileServer {
  url: string
  requests: SeenRequest[]
  close(): Promise<void>
}

type Handler = (request: SeenRequest, response: ServerResponse) => void

const servers: HostileServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function hostileServer(handler: Handler): Promise<HostileServer> {
  const requests: SeenRequest[] = []
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const seen = { method: req.method ?? '', path: req.url ?? '', headers: req.headers }
      requests.push(seen)
      handler(seen, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const hostile: HostileServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  servers.push(hostile)
  return hostile
}

const json = (res: ServerResponse, status: number, body: unknown, headers = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

const API_KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldmUifQ.aG9zdGlsZS1zZXJ2ZXItdGVzdC1rZXk'
const INJECTED_STATE = JSON.stringify({
  vendor: 'tenable-sc',
  url: 'http://[::ffff:127.0.0.1]:9/admin/users/42?confirm=yes&x=',
  session: { token: 'attacker', cookie: 'attacker' }
})
// Every way a string can smuggle a command to the runner, or markup into the summary.
const PAYLOADS = [
  `\n::save-state name=logout::${INJECTED_STATE}`,
  '\n::set-output name=organization::spoofed-org',
  '\r::set-output name=token::spoofed-token',
  '\n::add-mask::Verified',
  '\n::error title=scanner-login::Your key expired, re-issue it at https://evil.example/renew',
  '\n::warning file=.github/workflows/release.yml,line=1::forged',
  '\n::stop-commands::deadbeef',
  '\n  ::set-env name=BASH_ENV::/tmp/x',
  ' ##[error]old-syntax error',
  '\n##[set-output name=a;]b',
  '%0A::set-output name=pct::x',
  '\u0085::warning::after NEL',
  '\u2028::warning::after LS',
  ':\u0000:set-output name=nul::x',
  '\u009b31m C1 \u001b[0m',
  '\n\n## Heading\n\n[click](https://evil.example) ![img](https://evil.example/p.png)',
  '</td></tr></table><h1>Pwned</h1><a href="https://evil.example">re-enter your key</a>'
]
const hostileText = (label: string): string => `${label}${PAYLOADS.join('')}`

/** Lines the runner would run as commands (.NET trims, and ReadLine also splits at a lone CR). */
function runnerCommands(stdout: string): { name: string; line: string }[] {
  const commands: { name: string; line: string }[] = []
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085\u00a0]+/, '')
    if (trimmed.startsWith('::')) {
      commands.push({ name: /^::([^\s:]*)/.exec(trimmed)?.[1] ?? '', line })
    } else if (line.includes('##[')) {
      commands.push({ name: '##[', line })
    }
  }
  return commands
}

/** Only the commands this action writes itself: masks, our warnings and debug, at most one error. */
function expectOnlyOwnCommands(
  step: Step,
  options: { errors: number; warnings?: unknown[] }
): void {
  const names = runnerCommands(step.stdout).map((c) => c.name)
  for (const name of names) expect(['add-mask', 'error', 'warning', 'debug']).toContain(name)
  expect(names.filter((name) => name === 'error')).toHaveLength(options.errors)
  expect(step.errors).toHaveLength(options.errors)
  expect(step.warnings).toEqual(options.warnings ?? [])
  for (const line of step.log) {
    expect(line).not.toMatch(/^\s*::/)
    expect(line).not.toContain('##[')
  }
}

// eslint-disable-next-line no-control-regex -- the point of the check
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** No output value spans lines, starts a command or carries a control character. */
function expectCleanOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) {
    const values =
      name === 'roles' || name === 'permissions' ? (JSON.parse(value) as string[]) : [value]
    for (const entry of values) {
      expect({ name, entry, control: CONTROL_CHARACTER.test(entry) }).toEqual({
        name,
        entry,
        control: false
      })
      expect(entry).not.toMatch(/^\s*::/)
      expect(entry).not.toContain('##[')
    }
  }
}

/** The summary holds no markup that a server wrote: every < and Markdown link was escaped. */
function expectInertSummary(summary: string): void {
  expect(summary).not.toMatch(/<h1|<a |<img|<\/code><\/pre><h/i)
  expect(summary).not.toContain('](https://evil.example')
  expect(summary).not.toMatch(/^#+ /m)
  expect(summary).not.toMatch(/\n\s*\n/)
}

const invictiMe = (body: Record<string, unknown>): Promise<HostileServer> =>
  hostileServer((request, res) => {
    if (request.method === 'GET' && request.path === '/api/identity/v1/me') json(res, 200, body)
    else json(res, 404, { error: 'not found' })
  })

const invictiInputs = (
  url: string,
  extra: Record<string, string> = {}
): Record<string, string> => ({
  vendor: 'invicti',
  url,
  'api-key': API_KEY,
  ...extra
})

describe('a hostile Invicti Platform identity', () => {
  const hostileUser = {
    id: hostileText('usr-eve'),
    email: hostileText('eve@example.com'),
    displayName: hostileText('Eve'),
    organization: `</td></tr></table><h1>Pwned</h1>${hostileText(' Evil Corp')}`,
    roles: [
      'Administrator',
      ...PAYLOADS.map((p, i) => `role${i}${p}`),
      ...['r1', 'r2', 'r3', 'r4', 'r5']
    ],
    permissions: ['scans:read', hostileText('scans:write')]
  }

  it('stays data: no foreign command, no injected state, cleaned outputs and an inert summary', async () => {
    const server = await invictiMe(hostileUser)
    const main = await runStep({
      inputs: invictiInputs(server.url, { 'required-roles': 'Administrator, Security Manager' })
    })
    expect(main.exitCode).toBe(0)
    expectOnlyOwnCommands(main, { errors: 0 })
    expect(main.masks).toEqual([API_KEY])
    // The session-less Invicti run saves no state, and a hostile answer cannot add any.
    expect(main.state).toEqual({ logout: '' })
    expect(Object.keys(main.outputs).sort()).toEqual(
      [
        'vendor',
        'url',
        'user-id',
        'username',
        'display-name',
        'email',
        'roles',
        'permissions',
        'organization',
        'identity',
        'auth-header',
        'token',
        'cookie',
        'expires-at'
      ].sort()
    )
    expectCleanOutputs(main.outputs)
    expect(main.outputs['display-name']).toMatch(/^Eve ::save-state name=logout::/)
    expect(main.outputs.organization).toMatch(
      /^<\/td><\/tr><\/table><h1>Pwned<\/h1> Evil Corp ::save-state/
    )
    expect(main.outputs.token).toBe('')
    expect(JSON.parse(main.outputs.roles!)).toHaveLength(hostileUser.roles.length)
    const identity = JSON.parse(main.outputs.identity!) as Record<string, unknown>
    expect(identity.displayName).toBe(main.outputs['display-name'])
    expectInertSummary(main.summary)
    expect(main.summary).toContain('&#60;h1&#62;Pwned')
    expect(main.summary).toContain(`and ${hostileUser.roles.length - 20} more`)
    expectNoLeak(main, [API_KEY])

    // The honest requirement log: one role matched, the other is named as not held.
    expect(main.log).toContain('Requirement role "Administrator": pass')
    expect(main.log).toContain(
      'Requirement role "Security Manager": not held (any one listed role suffices; matched "Administrator")'
    )
    expect(main.log.join('\n')).not.toContain('"Security Manager": pass')

    // The post step has nothing to end, and sends nothing.
    const post = await runStep({
      inputs: invictiInputs(server.url, { 'required-roles': 'Administrator, Security Manager' }),
      post: true,
      state: main.state
    })
    expect(post).toMatchObject({ exitCode: 0, stdout: '' })
    expect(server.requests).toHaveLength(1)
  })

  it('fails the gate with exactly one error, whose quoted identity is inert', async () => {
    const server = await invictiMe(hostileUser)
    const main = await runStep({
      inputs: invictiInputs(server.url, { 'required-roles': 'Security Manager' })
    })
    expect(main.exitCode).toBe(1)
    expectOnlyOwnCommands(main, { errors: 1 })
    expect(main.errors[0]).toContain('signed in, but the requirements of this step are not met')
    for (const line of main.errors[0]!.split('\n')) {
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('##[')
    }
    expect(main.outputs['auth-header']).toBeUndefined()
    expectCleanOutputs(main.outputs)
    expectInertSummary(main.summary)
    expect(main.state).toEqual({ logout: '' })
  })

  it('quotes a hostile error answer in one escaped block of the summary', async () => {
    const server = await hostileServer((_request, res) =>
      json(res, 401, {
        error: 'Unauthorized',
        message: `x\n\n## Markdown heading\n\n[click](https://evil.example) </code></pre><h1>Action required</h1><img src="https://evil.example/p.png"><pre><code>${PAYLOADS.join('')}`
      })
    )
    const main = await runStep({ inputs: invictiInputs(server.url) })
    expect(main.exitCode).toBe(1)
    expectOnlyOwnCommands(main, { errors: 1 })
    expect(main.errors[0]).toContain('the API key was rejected (HTTP 401')
    expectInertSummary(main.summary)
    const block = /<pre><code>([\s\S]*)<\/code><\/pre>/.exec(main.summary)?.[1] ?? ''
    expect(block).toContain('&#60;/code&#62;&#60;/pre&#62;&#60;h1&#62;Action required')
    expect(block).not.toMatch(/[<>]/)
    expect(main.summary.match(/<pre>/g)).toHaveLength(1)
  })
})

describe('state in the job environment (an earlier step writing GITHUB_ENV)', () => {
  it('cannot make the main step act as the post step: the login and the gate run', async () => {
    const server = await invictiMe({ id: 'u1', email: 'eve@example.com', roles: ['Viewer'] })
    const main = await runStep({
      inputs: invictiInputs(server.url, { 'required-roles': 'Administrator' }),
      env: {
        STATE_isPost: 'true',
        STATE_scannerLoginMain: 'v1',
        STATE_logout: JSON.stringify({
          vendor: 'invicti-platform',
          url: server.url,
          session: { token: 'x' }
        })
      }
    })
    expect(server.requests).toHaveLength(1)
    expect(main.exitCode).toBe(1)
    expectOnlyOwnCommands(main, { errors: 1 })
    expect(main.errors[0]).toContain('requires "Administrator"')
  })
})

describe('a long password echoed HTML-escaped, as PHP does', () => {
  it.each([256, 257, 900])(
    'is redacted at %i characters, in the log and the summary',
    async (length) => {
      const password = `Corr3ct'Horse'Battery'Staple-${'x7Qz'.repeat(300)}`.slice(0, length)
      const escaped = password.replace(/'/g, '&#039;')
      const server = await hostileServer((_request, res) =>
        json(res, 403, {
          error_code: 161,
          error_msg: `Invalid login for admin with password ${escaped}`,
          response: ''
        })
      )
      const step = await runStep({
        inputs: { vendor: 'tenable-sc', url: server.url, username: 'admin', password, retries: '0' }
      })
      expect(step.exitCode).toBe(1)
      const visible = [step.stdout.replace(/^::add-mask::.*$/gm, ''), step.summary].join('\n')
      // The message is cut to 512 characters: any 40 characters of the password must not show.
      expect(visible).not.toContain(escaped.slice(0, 40))
      expect(visible).not.toContain(password.slice(0, 40))
      expect(step.errors[0]).toContain('Invalid login for admin with password ***')
    }
  )
})

describe('a session forged in the job environment (an earlier step writing GITHUB_ENV)', () => {
  it('is not acted on by the post step: the main step saved its own state, with no session', async () => {
    const server = await hostileServer((_request, res) =>
      json(res, 200, { error_code: 0, error_msg: '', response: '' })
    )
    const inputs = {
      vendor: 'tenable-sc',
      url: server.url,
      'access-key': '25147e3cae2251c7ed2de1b08db0091a',
      'secret-key': '32898fe211cce83f7f6b8c6448e0a503',
      retries: '0'
    }
    const forged = {
      STATE_logout: JSON.stringify({
        vendor: 'tenable-sc',
        url: server.url,
        session: { token: 'not-a-number', cookie: 'abc; sc_admin=1; Path=/' }
      })
    }
    const main = await runStep({ inputs, env: forged })
    expect(main.state).toEqual({ logout: '' })
    const sentByMain = server.requests.length
    const post = await runStep({ inputs, env: forged, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(server.requests).toHaveLength(sentByMain)
    expect(post.stdout).not.toContain('not-a-number')
    expect(post.stdout).not.toContain('sc_admin')
  })

  it('is not acted on after a main step that failed validation either', async () => {
    const server = await hostileServer((_request, res) => json(res, 200, {}))
    const inputs = { vendor: 'tenable-sc', url: server.url, 'access-key': 'short' }
    const forged = {
      STATE_logout: JSON.stringify({
        vendor: 'tenable-sc',
        url: server.url,
        session: { token: '7654321', cookie: '0123456789abcdef0123456789abcdef' }
      })
    }
    const main = await runStep({ inputs, env: forged })
    expect(main.exitCode).toBe(1)
    expect(main.state).toEqual({ logout: '' })
    const post = await runStep({ inputs, env: forged, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(server.requests).toHaveLength(0)
  })
})

describe('the post step trusts only its own inputs', () => {
  const sessionState = (vendor: string, url: string, extra: Record<string, unknown> = {}) => ({
    logout: JSON.stringify({
      vendor,
      url,
      session: { token: '7654321', cookie: '0123456789abcdef0123456789abcdef' },
      ...extra
    })
  })
  const tenableInputs = (url: string): Record<string, string> => ({
    vendor: 'tenable-sc',
    url,
    username: 'eve',
    password: 'pw-Secret-1234',
    retries: '0',
    timeout: '5'
  })
  const envelopeServer = (): Promise<HostileServer> =>
    hostileServer((_request, res) => json(res, 200, { error_code: 0, error_msg: '', response: '' }))

  it('sends nothing when the state names another URL, and warns', async () => {
    const configured = await envelopeServer()
    const elsewhere = await envelopeServer()
    const post = await runStep({
      inputs: tenableInputs(configured.url),
      post: true,
      state: sessionState('tenable-sc', `${elsewhere.url}/admin/users/42?confirm=yes&x=`, {
        tlsVerify: false,
        timeoutMs: 1
      })
    })
    expect(post.exitCode).toBe(0)
    expect(configured.requests).toEqual([])
    expect(elsewhere.requests).toEqual([])
    expect(post.warnings).toHaveLength(1)
    expect(post.warnings[0]).toContain('the saved state names vendor tenable-sc')
    expect(post.warnings[0]).toContain(`but this step's inputs give url ${configured.url}`)
    expect(post.warnings[0]).toContain('nothing was sent')
    expectOnlyOwnCommands(post, { errors: 0, warnings: post.warnings })
    expect(post.masks).toEqual(
      expect.arrayContaining(['7654321', '0123456789abcdef0123456789abcdef'])
    )
  })

  it('sends nothing when the state names another vendor', async () => {
    const configured = await envelopeServer()
    const post = await runStep({
      inputs: tenableInputs(configured.url),
      post: true,
      state: sessionState('infracast\n::error::x', configured.url)
    })
    expect(configured.requests).toEqual([])
    expect(post.warnings).toHaveLength(1)
    expect(post.warnings[0]).toContain("this step's inputs give vendor tenable-sc")
    expectOnlyOwnCommands(post, { errors: 0, warnings: post.warnings })
  })

  it('ignores a state that is not what the main step writes', async () => {
    const configured = await envelopeServer()
    const post = await runStep({
      inputs: tenableInputs(configured.url),
      post: true,
      state: { logout: '{"vendor":"tenable-sc"' }
    })
    expect(configured.requests).toEqual([])
    expect(post.warnings).toEqual([
      expect.stringContaining('the saved state is not the JSON this action writes')
    ])
  })

  it('ends a matching session where its inputs point, and keeps ca-cert and TLS settings out of state', async () => {
    const cookie = '0123456789abcdef0123456789abcdef'
    const server = await hostileServer((request, res) => {
      if (request.method === 'POST' && request.path === '/rest/token') {
        json(
          res,
          200,
          { error_code: 0, error_msg: '', response: { token: 7654321 } },
          { 'set-cookie': `TNS_SESSIONID=${cookie}; path=/; HttpOnly` }
        )
      } else if (request.method === 'GET' && request.path.startsWith('/rest/currentUser')) {
        json(res, 200, {
          error_code: 0,
          error_msg: '',
          response: {
            id: '7',
            username: 'eve\n::set-output name=username::admin',
            firstname: 'Eve',
            lastname: 'L\n::error file=.github/workflows/release.yml,line=1::licence expired',
            email: 'eve@example.com',
            role: { id: '1', name: 'Administrator' }
          }
        })
      } else {
        json(res, 200, { error_code: 0, error_msg: '', response: '' })
      }
    })
    // A combined PEM with a private key pasted along (L4): nothing of it may reach state.
    const caWithKey = [
      readFileSync(join(ROOT, 'sandbox', 'certs', 'ca.pem'), 'utf8'),
      readFileSync(join(ROOT, 'sandbox', 'certs', 'server.key'), 'utf8')
    ].join('\n')
    const inputs = { ...tenableInputs(server.url), 'ca-cert': caWithKey }
    const main = await runStep({ inputs })
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expectOnlyOwnCommands(main, {
      errors: 0,
      warnings: [
        expect.stringContaining('only its CERTIFICATE blocks are used'),
        // The hostile identity is an Administrator: warned about, its text inert in the warning.
        expect.stringContaining('holds Administrator, an administrative role')
      ]
    })
    expectCleanOutputs(main.outputs)
    // The session, and what the CA variables held before the step (paths, for the post step to set
    // back): nothing of the ca-cert, the TLS settings or the inputs.
    expect(Object.keys(main.state).sort()).toEqual(['ca-variables', 'logout'])
    expect(JSON.parse(main.state['ca-variables']!)).toEqual({
      REQUESTS_CA_BUNDLE: '',
      CURL_CA_BUNDLE: '',
      NODE_EXTRA_CA_CERTS: ''
    })
    expect(JSON.parse(main.state.logout!)).toEqual({
      vendor: 'tenable-sc',
      url: server.url,
      session: { token: '7654321', cookie }
    })
    expect(main.state.logout).not.toContain('BEGIN')

    const post = await runStep({ inputs, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expectOnlyOwnCommands(post, { errors: 0 })
    expect(post.log.join('\n')).toContain(`Logged out of Tenable.sc at ${server.url}.`)
    const logout = server.requests.at(-1)!
    expect(logout).toMatchObject({ method: 'DELETE', path: '/rest/token' })
    expect(logout.headers).toMatchObject({
      'x-securitycenter': '7654321',
      cookie: `TNS_SESSIONID=${cookie}`
    })
    expectNoLeak(main, ['pw-Secret-1234', cookie])
    expectNoLeak(post, ['pw-Secret-1234', cookie])
  })
})

describe('what a hostile server can make the step mask, quote and print (security review 2)', () => {
  const PASSWORD = 'pw-Secret-1234'
  const infracastLogin = (url: string): Record<string, string> => ({
    vendor: 'infracast',
    url,
    username: 'eve',
    password: PASSWORD,
    retries: '0'
  })
  /** A JWT-shaped token with these claims (the action decodes claims, never verifies them). */
  const jwt = (claims: Record<string, unknown>): string =>
    [{ alg: 'HS256', typ: 'JWT' }, claims]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .concat('aG9zdGlsZS1zZXJ2ZXItc2lnbmF0dXJl')
      .join('.')
  /** The ::error:: line as the runner reads it from stdout. */
  const errorLine = (step: Step): string =>
    step.stdout.split('\n').find((line) => line.startsWith('::error')) ?? ''

  it('F3: a refused Infracast login chooses no mask, so its diagnosis stays readable', async () => {
    // Every value is a well-formed b64token of 16 characters or more that the failure prints.
    const server = await hostileServer((_request, res) =>
      json(res, 401, {
        error: { code: 'UNAUTHORIZED', message: 'Invalid-credentials-for-this-user' },
        token: 'Invalid-credentials-for-this-user',
        accessToken: '/api/v1/auth/token',
        refresh_token: 'Invalid-credentials',
        id_token: 'Invalid-credentials-for-this-user'
      })
    )
    const main = await runStep({ inputs: infracastLogin(server.url) })
    expect(main.exitCode).toBe(1)
    expectOnlyOwnCommands(main, { errors: 1 })
    expect(main.masks).toEqual([PASSWORD])
    expect(main.errors[0]).toContain(
      `Infracast: the username or password was rejected (HTTP 401 Unauthorized from POST ${server.url}/api/v1/auth/token).`
    )
    expect(main.errors[0]).toContain(
      'Infracast said: UNAUTHORIZED: Invalid-credentials-for-this-user'
    )
    expectNoLeak(main, [PASSWORD])
  })

  it('F3: a successful Infracast login masks the access token it uses, and nothing else', async () => {
    const accessToken = 'opaque-access-token-0123456789abcdef'
    const refreshToken = 'opaque-refresh-token-fedcba9876543210'
    const server = await hostileServer((_request, res) =>
      json(res, 200, {
        token: accessToken,
        expires_at: '2099-01-01T00:00:00Z',
        refresh_token: refreshToken,
        access_token: 'administrator-account-name',
        id_token: 'administrator-account-name',
        user: {
          id: 'u-1',
          username: 'administrator-account-name',
          email: 'admin@example.com',
          roles: ['admin']
        }
      })
    )
    const main = await runStep({ inputs: infracastLogin(server.url) })
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    // The scripted user is an administrator: the least-privilege warning, and nothing else.
    expectOnlyOwnCommands(main, {
      errors: 0,
      warnings: [expect.stringContaining('holds admin, an administrative role')]
    })
    expect(main.masks).toEqual([PASSWORD, accessToken])
    expect(main.outputs.username).toBe('administrator-account-name')
    expect(main.log.join('\n')).toContain('administrator-account-name')
    // Never read, so neither masked nor shown: not even in an ::add-mask:: line.
    const everywhere = [
      main.stdout,
      main.stderr,
      main.summary,
      JSON.stringify([main.outputs, main.env, main.state])
    ].join('\n')
    expect(everywhere).not.toContain(refreshToken)
    expectNoLeak(main, [PASSWORD, accessToken])
  })

  it('F3: Checkmarx One masks the access token it uses, never a refresh_token or id_token', async () => {
    const realm = '/auth/realms/acme/protocol/openid-connect'
    let accessToken = ''
    const server = await hostileServer((request, res) => {
      if (request.method === 'POST' && request.path === `${realm}/token`) {
        json(res, 200, {
          access_token: accessToken,
          expires_in: 1800,
          refresh_token: 'e',
          id_token: 'Verified',
          token_type: 'Bearer'
        })
      } else if (request.method === 'GET' && request.path === `${realm}/userinfo`) {
        json(res, 200, { sub: 'u-eve', preferred_username: 'eve', email: 'eve@example.com' })
      } else json(res, 404, { error: 'not found' })
    })
    accessToken = jwt({ typ: 'Bearer', sub: 'u-eve', roles: ['ast-admin'], exp: 4102444800 })
    const apiKey = jwt({
      typ: 'Offline',
      azp: 'ast-app',
      sub: 'u-eve',
      iss: `${server.url}/auth/realms/acme`
    })
    const main = await runStep({
      inputs: { vendor: 'checkmarx-one', url: server.url, 'api-key': apiKey, retries: '0' }
    })
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    // The scripted user is an ast-admin: the least-privilege warning, and nothing else.
    expectOnlyOwnCommands(main, {
      errors: 0,
      warnings: [expect.stringContaining('holds ast-admin, an administrative role')]
    })
    expect(main.masks).toEqual([apiKey, accessToken])
    expect(main.log.join('\n')).toContain('eve (eve@example.com)')
    expect(main.log.join('\n')).not.toContain('***')
    expectNoLeak(main, [apiKey, accessToken])
  })

  const notJson =
    'upstream 502: cached answer {access_token=opaqueAccess7Q2x9, refresh_token=opaqueRefresh9Z4k1, session=S3ss-abc} retry later'

  it.each([
    ['login', '/api/v1/auth/token'],
    ['refresh', '/api/v1/auth/refresh']
  ])(
    'F4: an Infracast %s answer that is not JSON is never quoted, only described',
    async (mode, path) => {
      const server = await hostileServer((_request, res) => {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(notJson)
      })
      const inputs =
        mode === 'login'
          ? infracastLogin(server.url)
          : {
              vendor: 'infracast',
              url: server.url,
              'refresh-token': 'given-refresh-token-0123456789',
              retries: '0'
            }
      const main = await runStep({ inputs })
      expect(main.exitCode).toBe(1)
      expectOnlyOwnCommands(main, { errors: 1 })
      expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${path}`])
      expect(main.errors[0]).toContain(`(HTTP 502 Bad Gateway from POST ${server.url}${path})`)
      expect(main.errors[0]).toContain(
        `Infracast said: (a body that is not JSON: text/plain, ${notJson.length} bytes; not quoted, since the answer of a login may hold credentials)`
      )
      expectNoLeak(main, ['opaqueAccess7Q2x9', 'opaqueRefresh9Z4k1', 'S3ss-abc', 'cached answer'])
    }
  )

  it('F4: an Infracast login error is quoted by error.code and error.message only, never details', async () => {
    const server = await hostileServer((_request, res) =>
      json(res, 401, {
        error: {
          code: 'mfa_required',
          message: 'Second factor required',
          details: { session: 'sess_9f8e7d6c5b4a', mfa_token: 'mfa_OpaqueTok123' }
        }
      })
    )
    const main = await runStep({ inputs: infracastLogin(server.url) })
    expect(main.exitCode).toBe(1)
    expectOnlyOwnCommands(main, { errors: 1 })
    expect(main.errors[0]!.split('\n')).toContain(
      'Infracast said: mfa_required: Second factor required'
    )
    expectNoLeak(main, ['sess_9f8e7d6c5b4a', 'mfa_OpaqueTok123', 'details'])
  })

  it('F6: a 900 KB Tenable.sc error_msg is cut to the bound of server text', async () => {
    const server = await hostileServer((_request, res) =>
      json(res, 403, {
        type: 'regular',
        response: '',
        error_code: 74,
        error_msg: `Access denied. ${'A'.repeat(900_000)}`
      })
    )
    const main = await runStep({
      inputs: {
        vendor: 'tenable-sc',
        url: server.url,
        'access-key': '25147e3cae2251c7ed2de1b08db0091a',
        'secret-key': '32898fe211cce83f7f6b8c6448e0a503',
        retries: '0'
      }
    })
    expect(main.exitCode).toBe(1)
    expectOnlyOwnCommands(main, { errors: 1 })
    expect(main.errors[0]).toContain('error_code 74, error_msg "Access denied. AAA')
    expect(main.errors[0]!.length).toBeLessThan(2048)
    expect(Buffer.byteLength(errorLine(main))).toBeLessThan(2048)
    expect(Buffer.byteLength(main.stdout)).toBeLessThan(8192)
    expect(Buffer.byteLength(main.summary)).toBeLessThan(16_384)
  })

  it("F6: an Infracast probe's reason phrase and plain-string error are cut and cleaned", async () => {
    const server = await hostileServer((_request, res) => {
      res.writeHead(403, `Forbidden ##[error]${'B'.repeat(8000)}`, {
        'content-type': 'application/json'
      })
      res.end(JSON.stringify({ error: `Denied\n::set-output name=a::b ${'A'.repeat(900_000)}` }))
    })
    const main = await runStep({
      inputs: {
        vendor: 'infracast',
        url: server.url,
        'api-key': 'ic_live_0123456789abcdef01234567',
        tenant: 'prod',
        retries: '0'
      }
    })
    expect(main.exitCode).toBe(1)
    expectOnlyOwnCommands(main, { errors: 1 })
    expect(main.outputs).toEqual({})
    expect(main.errors[0]).toContain('(HTTP 403 Forbidden # #[error]BBB')
    expect(main.errors[0]).toContain(': Denied ::set-output name=a::b AAA')
    expect(main.errors[0]!.length).toBeLessThan(2048)
    expect(Buffer.byteLength(errorLine(main))).toBeLessThan(2048)
    expect(Buffer.byteLength(main.stdout)).toBeLessThan(8192)
  })
})
