// Infracast, bundle level: the built action spawned the way the runner does (scripts/runner.js),
// against the sandbox fake. Every scenario ends by proving that no credential (password, API key,
// access token, refresh token) reached stdout, stderr or the summary, and that each one the step
// was given or uses was masked; a refresh token Infracast returns is never read, so not even masked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../../../sandbox/index.js'
import { runAction, runStep } from '../../../scripts/runner.js'
import { expectMasked, expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
/** A step as scripts/runner.js reports it. */
type Step = Awaited<ReturnType<typeof runStep>>
const step1 = (inputs: Record<string, string>): Promise<Step> => runStep({ inputs })
const action = (inputs: Record<string, string>): Promise<{ main: Step; post: Step }> =>
  runAction({ inputs })
interface Account {
  username?: string
  password?: string
  refreshToken?: string
  apiKey?: string
}
interface InfracastFake {
  state: {
    issued: { sub: string; exp: number; expiresAt: string; token: string }[]
    writes: unknown[]
    refreshTokens: Map<string, { user: string }>
  }
  rateLimit(count?: number): void
  echoCredentials(on?: boolean): void
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let fake: InfracastFake

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.infracast as Record<string, Account>
  fake = sandbox.fake('infracast') as unknown as InfracastFake
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const account = (name: string): Account => accounts[name]!
const key = (name: string): string => account(`key-${name}`).apiKey!
const base = (): Record<string, string> => ({ vendor: 'infracast', url: sandbox.httpUrl })
const login = (name: string, extra: Record<string, string> = {}): Record<string, string> => ({
  ...base(),
  username: account(name).username!,
  password: account(name).password!,
  ...extra
})
const withKey = (name: string, extra: Record<string, string>): Record<string, string> => ({
  ...base(),
  'api-key': key(name),
  ...extra
})
const refresh = (name: string, extra: Record<string, string> = {}): Record<string, string> => ({
  ...base(),
  'refresh-token': account(name).refreshToken!,
  ...extra
})

/** Every credential the fake knows or handed out during the scenario. */
function allCredentials(): string[] {
  return [
    ...Object.values(accounts).flatMap((a) => [
      a.password ?? '',
      a.apiKey ?? '',
      a.refreshToken ?? ''
    ]),
    ...fake.state.issued.map((t) => t.token),
    ...fake.state.refreshTokens.keys()
  ].filter(Boolean)
}

/** Refresh tokens the fake issued during the scenario (not the seeded ones). */
function issuedRefreshTokens(): string[] {
  const seeded = new Set(Object.values(accounts).map((a) => a.refreshToken))
  return [...fake.state.refreshTokens.keys()].filter((t) => !seeded.has(t))
}

/** A refresh token may appear in an ::add-mask:: line and nowhere else at all. */
function expectRefreshTokenHidden(step: Step, refreshToken: string): void {
  expect(step.masks).toContain(refreshToken)
  const everywhere = [
    JSON.stringify(step.outputs),
    JSON.stringify(step.env),
    JSON.stringify(step.state),
    step.summary,
    step.stderr,
    ...step.stdout.split(/\r?\n/).filter((line) => !line.startsWith('::add-mask::'))
  ].join('\n')
  expect(everywhere.includes(refreshToken)).toBe(false)
}

/**
 * A refresh token the step never reads (one a login or a rotating refresh returned) is not masked,
 * so the server chooses no mask (security review 2, F3), and appears nowhere at all.
 */
function expectRefreshTokenNeverShown(step: Step, refreshToken: string): void {
  expect(step.masks).not.toContain(refreshToken)
  const everywhere = [
    JSON.stringify(step.outputs),
    JSON.stringify(step.env),
    JSON.stringify(step.state),
    step.summary,
    step.stderr,
    step.stdout
  ].join('\n')
  expect(everywhere.includes(refreshToken)).toBe(false)
}

function expectClean(step: Step, masked: readonly string[]): void {
  expectNoLeak(step, allCredentials())
  expectMasked(step, masked)
  expect(fake.state.writes).toEqual([])
}

const requestLines = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

describe('Infracast bundle: login', () => {
  it('logs in with one request; the expiry is exact to the second in outputs, env and summary', async () => {
    const { main, post } = await action(login('ada', { tenant: 'prod', 'required-roles': 'admin' }))
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(requestLines()).toEqual(['POST /api/v1/auth/token'])
    const issued = fake.state.issued.at(-1)!
    expect(issued.expiresAt).toBe(new Date(issued.exp * 1000).toISOString().replace('.000Z', 'Z'))
    expect(main.outputs).toMatchObject({
      vendor: 'infracast',
      'user-id': 'user-ada',
      username: 'ada',
      email: 'ada@acme.example',
      roles: '["admin"]',
      organization: 'prod',
      token: issued.token,
      'auth-header': `Authorization: Bearer ${issued.token}`,
      'expires-at': issued.expiresAt
    })
    expect(JSON.parse(main.outputs.identity!)).toEqual({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      authMode: 'login',
      userId: 'user-ada',
      username: 'ada',
      displayName: '',
      email: 'ada@acme.example',
      roles: ['admin'],
      permissions: [],
      organization: 'prod'
    })
    expect(main.env).toEqual({
      INFRACAST_URL: sandbox.httpUrl,
      INFRACAST_TOKEN: issued.token,
      INFRACAST_TOKEN_EXPIRES_AT: issued.expiresAt,
      INFRACAST_TENANT: 'prod'
    })
    expect(main.summary).toContain(`<td>Token expires</td><td>${issued.expiresAt}</td>`)
    expect(main.summary).toContain('role: admin</td><td>pass')
    // No logout for Infracast: no session saved, no post request.
    expect(main.state).toEqual({ logout: '' })
    expect(post.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)

    const [loginRefreshToken] = issuedRefreshTokens()
    expect(issuedRefreshTokens()).toHaveLength(1)
    expectRefreshTokenNeverShown(main, loginRefreshToken!)
    expectClean(main, [account('ada').password!, issued.token])
  })

  it('fails the tenant role gate naming user, tenant role and required role; exports nothing', async () => {
    const step = await step1(login('victor', { tenant: 'prod', 'required-roles': 'admin, editor' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'victor (victor@acme.example) holds "viewer", and this step requires one of "admin", "editor" (required-roles)'
    )
    expect(step.errors[0]).toContain('Tenant: prod (role viewer)')
    expect(step.env).toEqual({})
    expect(step.outputs.token).toBeUndefined()
    expect(step.summary).toContain('role: admin</td><td>fail')
    expectClean(step, [account('victor').password!, fake.state.issued.at(-1)!.token])
  })

  it('passes the tenant role gate with the role in that tenant, not the account role', async () => {
    const step = await step1(login('ada', { tenant: 'staging', 'required-roles': 'editor' }))
    expect(step.exitCode).toBe(0)
    expect(step.outputs.roles).toBe('["editor"]')
    expectClean(step, [account('ada').password!, fake.state.issued.at(-1)!.token])
  })

  it('explains a wrong password after one request', async () => {
    const step = await step1({ ...login('ada'), password: 'not-adas-password' })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain('the username or password was rejected (HTTP 401')
    expectClean(step, ['not-adas-password'])
  })
})

describe('Infracast bundle: refresh', () => {
  it('refreshes with one request, identity from the JWT claims, expiry from the answer', async () => {
    const refreshToken = account('ada').refreshToken!
    const step = await step1(refresh('ada', { tenant: 'prod', 'required-roles': 'admin' }))
    expect(step.errors).toEqual([])
    expect(requestLines()).toEqual(['POST /api/v1/auth/refresh'])
    const issued = fake.state.issued.at(-1)!
    expect(step.outputs).toMatchObject({
      'user-id': 'user-ada',
      username: 'ada',
      email: 'ada@acme.example',
      roles: '["admin"]',
      token: issued.token,
      'expires-at': issued.expiresAt
    })
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({ authMode: 'refresh' })
    expect(step.env.INFRACAST_TOKEN_EXPIRES_AT).toBe(issued.expiresAt)
    expect(step.summary).toContain(`<td>Token expires</td><td>${issued.expiresAt}</td>`)
    expectRefreshTokenHidden(step, refreshToken)
    expectClean(step, [refreshToken, issued.token])
  })

  it("falls back to the JWT's exp when the answer has no expires_at", async () => {
    const refreshToken = account('noExpiryRefreshToken').refreshToken!
    const step = await step1(refresh('noExpiryRefreshToken'))
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    const issued = fake.state.issued.at(-1)!
    expect(step.outputs['expires-at']).toBe(issued.expiresAt)
    expect(step.summary).toContain(`<td>Token expires</td><td>${issued.expiresAt}</td>`)
    expect(step.outputs.username).toBe('victor')
    expectRefreshTokenHidden(step, refreshToken)
    expectClean(step, [refreshToken, issued.token])
  })

  it('probes only when asked, with the new access token', async () => {
    const refreshToken = account('victor').refreshToken!
    const step = await step1(
      refresh('victor', { tenant: 'staging', 'required-permissions': 'findings:read' })
    )
    expect(step.exitCode).toBe(0)
    expect(requestLines()).toEqual([
      'POST /api/v1/auth/refresh',
      'GET /api/v1/tenants/staging/findings?per_page=1'
    ])
    expect(step.outputs.permissions).toBe('["findings:read"]')
    expectRefreshTokenHidden(step, refreshToken)
    expectClean(step, [refreshToken, fake.state.issued.at(-1)!.token])
  })

  it('explains a revoked refresh token (401)', async () => {
    const refreshToken = account('revokedRefreshToken').refreshToken!
    const step = await step1(refresh('revokedRefreshToken'))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toEqual([
      expect.stringContaining('Infracast: the refresh token was rejected (HTTP 401 Unauthorized')
    ])
    expect(step.errors[0]).toContain('Infracast said: UNAUTHORIZED: Invalid or expired token')
    expect(step.errors[0]).toContain('revoked')
    expect(step.outputs).toEqual({})
    expectRefreshTokenHidden(step, refreshToken)
    expectClean(step, [refreshToken])
  })

  it('keeps a rotated refresh token hidden too', async () => {
    const refreshToken = account('rotatingRefreshToken').refreshToken!
    const step = await step1(refresh('rotatingRefreshToken'))
    expect(step.exitCode).toBe(0)
    const [rotated] = issuedRefreshTokens()
    expect(issuedRefreshTokens()).toHaveLength(1)
    expect(step.log.join('\n')).toContain('answered with a new refresh token')
    expectRefreshTokenHidden(step, refreshToken)
    expectRefreshTokenNeverShown(step, rotated!)
    expectClean(step, [refreshToken, fake.state.issued.at(-1)!.token])
  })
})

describe('Infracast bundle: API keys', () => {
  it('probes nodes by default: one GET, no identity, the key exported', async () => {
    const step = await step1(withKey('reader', { tenant: 'prod' }))
    expect(step.errors).toEqual([])
    expect(requestLines()).toEqual(['GET /api/v1/tenants/prod/nodes?per_page=1'])
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${key('reader')}`)
    expect(step.outputs).toMatchObject({
      permissions: '["nodes:read"]',
      organization: 'prod',
      token: '',
      'expires-at': ''
    })
    expect(step.env).toEqual({
      INFRACAST_URL: sandbox.httpUrl,
      INFRACAST_TOKEN: key('reader'),
      INFRACAST_TENANT: 'prod'
    })
    expectClean(step, [key('reader')])
  })

  it('sends one GET per required permission and never writes', async () => {
    const step = await step1(
      withKey('ops', {
        tenant: 'staging',
        'required-permissions': 'nodes:read\nfindings:read\njobs:read'
      })
    )
    expect(step.exitCode).toBe(0)
    expect(requestLines()).toEqual([
      'GET /api/v1/tenants/staging/nodes?per_page=1',
      'GET /api/v1/tenants/staging/findings?per_page=1',
      'GET /api/v1/tenants/staging/jobs?per_page=1'
    ])
    expect(sandbox.requests.every((r) => r.method === 'GET')).toBe(true)
    expect(step.outputs.permissions).toBe('["nodes:read","findings:read","jobs:read"]')
    expect(step.summary).toContain('permission: jobs:read</td><td>pass')
    expectClean(step, [key('ops')])
  })

  it('names the tenant and the permission the key lacks (403)', async () => {
    const step = await step1(
      withKey('reader', { tenant: 'prod', 'required-permissions': 'jobs:read' })
    )
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'Infracast: the API key was denied jobs:read in tenant "prod" (HTTP 403 Forbidden'
    )
    expect(step.errors[0]).toContain('FORBIDDEN: Insufficient permissions: jobs:read required')
    expect(step.env).toEqual({})
    expectClean(step, [key('reader')])
  })

  it('says the key has no access to the tenant (403)', async () => {
    const step = await step1(withKey('staging-nodes', { tenant: 'prod' }))
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('denied nodes:read in tenant "prod"')
    expect(step.errors[0]).toContain('FORBIDDEN: No access to tenant prod')
    expectClean(step, [key('staging-nodes')])
  })

  it('says an unknown tenant does not exist or cannot be seen (404)', async () => {
    const step = await step1(withKey('admin', { tenant: 'qa' }))
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('tenant "qa" does not exist, or the API key cannot see it')
    expect(step.errors[0]).toContain('set the tenant input')
    expectClean(step, [key('admin')])
  })

  it('explains a revoked key (401)', async () => {
    const step = await step1(withKey('revoked', { tenant: 'prod' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain('Infracast: the API key was rejected (HTTP 401 Unauthorized')
    expect(step.errors[0]).toContain('UNAUTHORIZED: Invalid or expired token')
    expectClean(step, [key('revoked')])
  })

  it('retries 429 RATE_LIMITED after Retry-After and then succeeds', async () => {
    fake.rateLimit(1)
    const step = await step1(withKey('reader', { tenant: 'prod' }))
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    expect(step.summary).toMatch(/tenants\/prod\/nodes<\/td><td>200<\/td><td>2<\/td>/)
    expectClean(step, [key('reader')])
  })

  it('reports RATE_LIMITED once the retries are spent', async () => {
    fake.rateLimit(10)
    const step = await step1(withKey('reader', { tenant: 'prod', retries: '0' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain('HTTP 429')
    expect(step.errors[0]).toContain('RATE_LIMITED: Rate limit exceeded')
    expectClean(step, [key('reader')])
  })
})

describe('Infracast bundle: echoed credentials', () => {
  it('keeps a key echoed in the error details out of the message and summary', async () => {
    fake.echoCredentials()
    const step = await step1(withKey('revoked', { tenant: 'prod' }))
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('"authorization":"Bearer ***"')
    expectClean(step, [key('revoked')])
  })

  it('keeps a password echoed by a failed login out of the message', async () => {
    fake.echoCredentials()
    const step = await step1({ ...login('ada'), password: 'echoed-wrong-password' })
    expect(step.exitCode).toBe(1)
    // Only error.code and error.message of a login answer are quoted, never the details that
    // echo the password (security review 2, F4).
    expect(step.errors[0]!.split('\n')).toContain(
      'Infracast said: UNAUTHORIZED: Invalid username or password'
    )
    expect(step.errors[0]).not.toContain('details')
    expectClean(step, ['echoed-wrong-password'])
  })

  it('keeps headers echoed by a hostile server (the echo fault) out of the message', async () => {
    const step = await step1(
      withKey('reader', { tenant: 'prod', url: `${sandbox.httpUrl}/_fault/echo` })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('the API key was rejected (HTTP 401')
    expect(step.errors[0]).toContain('Bearer ***')
    expectClean(step, [key('reader')])
  })
})

describe('Infracast bundle: other error paths', () => {
  it('refuses a tenant the user is not listed in, after the one login request', async () => {
    const step = await step1(login('victor', { tenant: 'dev' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'user victor (victor@acme.example) has no access to tenant "dev"'
    )
    expectClean(step, [account('victor').password!, fake.state.issued.at(-1)!.token])
  })

  it("names the user, tenant and permission when the user's tenant role forbids it (403)", async () => {
    const step = await step1(
      login('victor', { tenant: 'prod', 'required-permissions': 'nodes:read, jobs:read' })
    )
    expect(step.exitCode).toBe(1)
    expect(requestLines()).toEqual([
      'POST /api/v1/auth/token',
      'GET /api/v1/tenants/prod/nodes?per_page=1',
      'GET /api/v1/tenants/prod/jobs?per_page=1'
    ])
    expect(step.errors[0]).toContain(
      'Infracast: user victor (victor@acme.example) was denied jobs:read in tenant "prod"'
    )
    expect(step.errors[0]).toContain('Proven in tenant "prod": nodes:read.')
    expectClean(step, [account('victor').password!, fake.state.issued.at(-1)!.token])
  })

  it('refuses an access token that had already expired when it arrived', async () => {
    const step = await step1(login('sid'))
    expect(step.exitCode).toBe(1)
    const issued = fake.state.issued.at(-1)!
    expect(step.errors[0]).toContain(
      `issued an access token that had already expired (expires ${issued.expiresAt};`
    )
    expect(step.outputs).toEqual({})
    expectClean(step, [account('sid').password!, issued.token])
  })

  it('explains an HTML page instead of the login answer', async () => {
    const step = await step1(login('ada', { url: `${sandbox.httpUrl}/_fault/html` }))
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('answered HTTP 200 with an HTML page')
    expectClean(step, [account('ada').password!])
  })

  it('explains a server error on a probe without retrying it', async () => {
    const step = await step1(
      withKey('reader', { tenant: 'prod', url: `${sandbox.httpUrl}/_fault/500` })
    )
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain('the server failed to answer (HTTP 500')
    expect(step.errors[0]).toContain('(probing nodes:read in tenant "prod" as the API key)')
    expectClean(step, [key('reader')])
  })
})

describe('Infracast bundle: validation, before any request', () => {
  it.each<[string, Record<string, string>, string]>([
    [
      'an API key without a tenant',
      { 'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6' },
      'The tenant input is required'
    ],
    [
      'a write permission',
      {
        'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6',
        tenant: 'prod',
        'required-permissions': 'nodes:write'
      },
      'nodes:write: only creating, changing or deleting nodes would prove it'
    ],
    [
      'reports:read',
      {
        'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6',
        tenant: 'prod',
        'required-permissions': 'reports:read'
      },
      'no read-only list endpoint for reports'
    ],
    [
      'admin:*',
      {
        'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6',
        tenant: 'prod',
        'required-permissions': 'admin:*'
      },
      'admin:*: administrative rights show only in administrative actions'
    ],
    [
      'required-roles with an API key',
      {
        'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6',
        tenant: 'prod',
        'required-roles': 'admin'
      },
      'The required-roles input cannot be used with an Infracast api-key'
    ],
    [
      'required-permissions in login mode without a tenant',
      { username: 'ada', password: 'ada-sandbox-password', 'required-permissions': 'nodes:read' },
      'The required-permissions input needs the tenant input'
    ]
  ])('refuses %s', async (_name, inputs, message) => {
    const secrets = [inputs['api-key'] ?? '', inputs.password ?? '']
    expect(secrets.filter(Boolean).every((s) => allCredentials().includes(s))).toBe(true)
    const step = await step1({ ...base(), ...inputs })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(0)
    expect(step.errors).toEqual([expect.stringContaining(message)])
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
    expectClean(step, secrets)
  })
})
