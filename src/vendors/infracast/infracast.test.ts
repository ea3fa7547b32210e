// Infracast: claim decoding, expiry parsing, tenant parsing and validation (unit), then the whole
// main step in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ActionFailure } from '../../core/failure.js'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { mintForLaterSteps } from '../../core/mint.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { isoSeconds, normaliseExpiry } from '../../core/expiry.js'
import { infracast } from './index.js'
import { errorText } from './meanings.js'
import { identityFor, parseTenants } from './tenants.js'
import { decodeJwtClaims, jwtExpiry } from '../../kit/jwt.js'
import type { VendorContext } from '../../kit/types.js'
import type { HttpClient } from '../../net/client.js'
import type { HttpResponse, RequestOptions } from '../../net/types.js'
import { startSandbox } from '../../../sandbox/index.js'
import { signJwt } from '../../../sandbox/jwt.js'
import { runMain, runPost } from '../../../__tests__/helpers/action.js'
import { rawServer } from '../../../__tests__/helpers/raw-server.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  username?: string
  password?: string
  refreshToken?: string
  apiKey?: string
}
interface IssuedToken {
  sub: string
  exp: number
  expiresAt: string
  token: string
}
interface InfracastFake {
  state: { issued: IssuedToken[]; writes: unknown[]; refreshTokens: Map<string, unknown> }
  rateLimit(count?: number): void
  echoCredentials(on?: boolean): void
  issueToken(username: string, options?: { lifetimeSeconds?: number }): string
  setKeyExpiry(expiresAt: string | null): void
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
const lastIssued = (): IssuedToken => fake.state.issued.at(-1)!

function raw(inputs: Partial<RawInputs>): RawInputs {
  const all = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs
  return { ...all, vendor: 'infracast', ...inputs }
}

function planError(inputs: Partial<RawInputs>, env: NodeJS.ProcessEnv = {}): string {
  try {
    buildPlan(raw(inputs), infracast, { env })
  } catch (error) {
    if (error instanceof ActionFailure) return error.message
    throw error
  }
  throw new Error('expected the plan to be refused')
}

describe('decodeJwtClaims and jwtExpiry: claims read without verification', () => {
  it('reads the payload of a signed token whatever the signing key', () => {
    const token = signJwt({ sub: 'u1', exp: 1795438800, roles: ['admin'] }, 'not-our-key')
    expect(decodeJwtClaims(token)).toEqual({ sub: 'u1', exp: 1795438800, roles: ['admin'] })
    expect(jwtExpiry(decodeJwtClaims(token)!)).toBe('2026-11-23T13:00:00Z')
  })

  it.each([
    ['an opaque string', 'ic_live_abc'],
    ['two parts', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0'],
    ['a payload that is not JSON', 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig'],
    ['a payload that is an array', `x.${Buffer.from('[1]').toString('base64url')}.y`]
  ])('returns undefined for %s', (_name, token) => {
    expect(decodeJwtClaims(token)).toBeUndefined()
  })

  it('takes exp as a number or a numeric string, and nothing else', () => {
    expect(jwtExpiry({ exp: '1795438800' })).toBe('2026-11-23T13:00:00Z')
    expect(jwtExpiry({ exp: 'tomorrow' })).toBeUndefined()
    expect(jwtExpiry({})).toBeUndefined()
  })
})

describe('normaliseExpiry: ISO-8601 to the second, in UTC', () => {
  it.each([
    ['2026-11-23T13:00:00Z', '2026-11-23T13:00:00Z'],
    ['2026-11-23T13:00:00.999Z', '2026-11-23T13:00:00Z'],
    ['2026-11-23T14:00:00+01:00', '2026-11-23T13:00:00Z'],
    ['2026-11-23T08:30:00-0430', '2026-11-23T13:00:00Z'],
    ['2026-11-23T14:00:00+01', '2026-11-23T13:00:00Z'],
    ['2026-11-23 13:00:00z', '2026-11-23T13:00:00Z'],
    ['2026-11-23T13:00', '2026-11-23T13:00:00Z'],
    ['2026-11-23T13:00:00', '2026-11-23T13:00:00Z'],
    [1795438800, '2026-11-23T13:00:00Z'],
    [1795438800999, '2026-11-23T13:00:00Z'],
    ['1795438800', '2026-11-23T13:00:00Z']
  ])('%s → %s', (input, expected) => {
    expect(normaliseExpiry(input)).toBe(expected)
  })

  it.each([[''], ['soon'], ['2026-13-45T99:00:00Z'], [null], [undefined], [-5], [1e20], [{}]])(
    'rejects %p',
    (input) => {
      expect(normaliseExpiry(input)).toBeUndefined()
    }
  )
})

describe('parseTenants and identityFor', () => {
  it('reads the documented list, a list of ids, and a tenant → role map', () => {
    expect(parseTenants([{ id: 'prod', role: 'admin' }, { id: 'dev' }])).toEqual([
      { id: 'prod', role: 'admin' },
      { id: 'dev', role: '' }
    ])
    expect(parseTenants(['prod'])).toEqual([{ id: 'prod', role: '' }])
    expect(parseTenants({ prod: 'viewer', dev: { role: 'editor' } })).toEqual([
      { id: 'prod', role: 'viewer' },
      { id: 'dev', role: 'editor' }
    ])
    expect(parseTenants(undefined)).toBeUndefined()
    expect(parseTenants('prod')).toBeUndefined()
  })

  it('reads the keys of a tenant → role map as server text: one clean line each, bounded', () => {
    const hostile = {
      'prod\n::set-output name=roles::admin': 'viewer',
      '\u0007': 'admin',
      dev: 'viewer\r\n::add-mask::x'
    }
    expect(parseTenants(hostile)).toEqual([
      { id: 'prod ::set-output name=roles::admin', role: 'viewer' },
      { id: 'dev', role: 'viewer  ::add-mask::x' }
    ])
    const many = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`tenant-${i}-${'x'.repeat(600)}`, 'viewer'])
    )
    const tenants = parseTenants(many)!
    expect(tenants).toHaveLength(1000)
    expect(Math.max(...tenants.map((t) => t.id.length))).toBeLessThanOrEqual(512)
    let failure: unknown
    try {
      identityFor({ username: 'jane', tenants: many }, 'prod')
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(ActionFailure)
    expect((failure as Error).message.length).toBeLessThan(20_000)
    expect((failure as Error).message).toContain('and 980 more')
  })

  it('bounds a list of tenants as it bounds a map of them', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `tenant-${i}`, role: 'viewer' }))
    expect(parseTenants(many)).toHaveLength(1000)
    expect(() => identityFor({ username: 'jane', tenants: many }, 'prod')).toThrow('and 980 more')
  })

  const user = {
    id: 'user-123',
    username: 'jane',
    email: 'jane@x.io',
    roles: ['admin'],
    tenants: [
      { id: 'prod', role: 'viewer' },
      { id: 'dev', role: 'admin' }
    ]
  }

  it("uses the tenant's role when the user lists tenants, and the account roles otherwise", () => {
    const { identity, notes } = identityFor(user, 'prod')
    expect(identity).toMatchObject({
      userId: 'user-123',
      username: 'jane',
      email: 'jane@x.io',
      roles: ['viewer'],
      organization: 'prod'
    })
    expect(notes).toEqual([
      { label: 'Tenant', value: 'prod (role viewer)' },
      { label: 'Account roles', value: 'admin' }
    ])
    expect(identityFor({ ...user, tenants: undefined }, 'prod').identity.roles).toEqual(['admin'])
    expect(identityFor(user, '').identity.roles).toEqual(['admin'])
    expect(identityFor(user, '').notes).toEqual([
      { label: 'Tenants', value: 'prod (viewer), dev (admin)' }
    ])
  })

  it('names no one when neither a user object nor claims are there', () => {
    expect(identityFor({}, 'prod')).toEqual({
      identity: expect.objectContaining({ userId: '', username: '', roles: undefined }),
      notes: []
    })
  })

  it('reads JWT claim spellings (sub, preferred_username) and reports missing roles as unknown', () => {
    expect(identityFor({ sub: 'u9', preferred_username: 'kim' }, '').identity).toMatchObject({
      userId: 'u9',
      username: 'kim',
      roles: undefined
    })
  })

  it('refuses a tenant the user is not listed in, naming the user and the tenants listed', () => {
    expect(() => identityFor(user, 'staging')).toThrow(
      'user jane (jane@x.io) has no access to tenant "staging": Infracast lists the user\'s tenants as prod (viewer), dev (admin)'
    )
  })
})

describe('errorText: the vendor words', () => {
  it('reads the documented envelope with details, a flat body, and plain text', () => {
    expect(
      errorText(
        { error: { code: 'FORBIDDEN', message: 'No access', details: { tenant: 'prod' } } },
        ''
      )
    ).toBe('FORBIDDEN: No access (details: {"tenant":"prod"})')
    expect(errorText({ error: 'Unauthorized', message: 'Nope' }, '')).toBe('Unauthorized: Nope')
    expect(errorText(undefined, '<html><body>Bad gateway</body></html>')).toBe('Bad gateway')
  })
})

describe('validation before any request', () => {
  it('requires a tenant with an API key, and takes it from INFRACAST_TENANT', () => {
    expect(planError({ 'api-key': 'ic_live_x' })).toContain(
      'The tenant input is required with an Infracast api-key'
    )
    const plan = buildPlan(raw({ 'api-key': 'ic_live_x' }), infracast, {
      env: { INFRACAST_TENANT: 'prod' }
    })
    expect(plan).toMatchObject({ authMode: 'api-key', options: { tenant: 'prod' } })
  })

  it.each([
    ['nodes:write', 'only creating, changing or deleting nodes would prove it'],
    ['Jobs:Write', 'only creating, changing or deleting jobs would prove it'],
    ['admin:*', 'administrative rights show only in administrative actions'],
    ['reports:read', 'Infracast has no read-only list endpoint for reports'],
    ['scans:read', 'not an Infracast permission with a read-only list endpoint']
  ])('refuses %s, saying why and what can be verified', (permission, why) => {
    const message = planError({
      'api-key': 'ic_live_x',
      tenant: 'prod',
      'required-permissions': `nodes:read, ${permission}`
    })
    expect(message).toContain(`asks for "${permission}"`)
    expect(message).toContain(why)
    expect(message).toContain('Verifiable: nodes:read, findings:read, jobs:read')
    expect(message).toContain('required-permissions')
  })

  it.each([
    ['.'],
    ['..'],
    ['prod/../dev'],
    ['prod?x=1'],
    ['prod#x'],
    ['%2e%2e'],
    ['a\\b'],
    ['a b']
  ])('refuses the tenant %j: it must be one path segment', (tenant) => {
    // Contract Behaviour 13: an Infracast tenant is one path segment (not . or .., no /, ?, # or %).
    for (const credentials of [{ 'api-key': 'ic_live_x' }, { username: 'a', password: 'b' }]) {
      const message = planError({ ...credentials, tenant })
      expect(message).toContain(`The tenant input "${tenant}" is not a tenant id`)
      expect(message).toContain('it must be one path segment')
    }
  })

  it('refuses required-roles with an API key', () => {
    expect(
      planError({ 'api-key': 'ic_live_x', tenant: 'prod', 'required-roles': 'admin' })
    ).toContain('The required-roles input cannot be used with an Infracast api-key')
  })

  it('refuses allowed-roles with an API key, which reports no role to judge', () => {
    expect(
      planError({ 'api-key': 'ic_live_x', tenant: 'prod', 'allowed-roles': 'editor' })
    ).toContain(
      'The allowed-roles input cannot be used with an Infracast api-key: API keys belong to no user and carry no role, only tenants and permissions.\nFix: use required-permissions'
    )
  })

  it('refuses required-permissions without a tenant in login and refresh modes', () => {
    for (const credentials of [{ username: 'a', password: 'b' }, { 'refresh-token': 'r' }]) {
      expect(planError({ ...credentials, 'required-permissions': 'nodes:read' })).toContain(
        'The required-permissions input needs the tenant input'
      )
    }
  })

  it('selects login and refresh modes, and never reads a refresh token from the environment', () => {
    expect(buildPlan(raw({ username: 'a', password: 'b' }), infracast, { env: {} }).authMode).toBe(
      'login'
    )
    expect(buildPlan(raw({ 'refresh-token': 'r' }), infracast, { env: {} }).authMode).toBe(
      'refresh'
    )
    expect(planError({}, { INFRACAST_REFRESH_TOKEN: 'r', INFRACAST_TOKEN: 't' })).toContain(
      'No credentials for Infracast'
    )
  })

  it('warns when the api-key holds an access token rather than an API key', () => {
    const plan = buildPlan(
      raw({ 'api-key': signJwt({ sub: 'x' }, 'k'), tenant: 'prod' }),
      infracast,
      { env: {} }
    )
    expect(plan.warnings).toEqual([expect.stringContaining('looks like an Infracast access token')])
  })
})

describe('Infracast main step (real @actions/core, sandbox over loopback)', () => {
  const login = (name: string, extra: Record<string, string> = {}): Record<string, string> => ({
    vendor: 'infracast',
    url: sandbox.httpUrl,
    username: account(name).username!,
    password: account(name).password!,
    ...extra
  })

  it('logs in with one request and publishes the token, its expiry and the identity', async () => {
    const step = await runMain(login('ada', { tenant: 'prod', 'required-roles': 'admin' }))
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/auth/token' })
    const issued = lastIssued()
    expect(step.outputs).toMatchObject({
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
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({
      authMode: 'login',
      userId: 'user-ada'
    })
    expect(step.env).toEqual({
      INFRACAST_URL: sandbox.httpUrl,
      INFRACAST_TOKEN: issued.token,
      INFRACAST_TOKEN_EXPIRES_AT: issued.expiresAt,
      INFRACAST_TENANT: 'prod'
    })
    expect(step.masks).toContain(issued.token)
    expect(step.summary).toContain(issued.expiresAt)
    expect(step.summary).toContain('role: admin</td><td>pass')
    expect(step.summary).not.toContain(issued.token)
  })

  it('warns that a tenant admin holds more than a scan gate needs, naming editor', async () => {
    // Contract Behaviour 14: Infracast admin:* is the administrative role; the warning names the
    // narrower role, in the log and the summary, and allowed-roles listing it turns it off.
    const step = await runMain(login('ada', { tenant: 'prod' }))
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([expect.stringContaining('"admin"')])
    expect(step.warnings[0]).toContain('editor')
    expect(step.summary).toContain('editor')
    const allowed = await runMain(login('ada', { tenant: 'prod', 'allowed-roles': 'admin' }))
    expect(allowed.exitCode).toBe(0)
    expect(allowed.warnings).toEqual([])
  })

  it('exports INFRACAST_TENANT only when a tenant is given', async () => {
    const step = await runMain(login('ada'))
    expect(step.exitCode).toBe(0)
    const issued = lastIssued()
    expect(step.env).toEqual({
      INFRACAST_URL: sandbox.httpUrl,
      INFRACAST_TOKEN: issued.token,
      INFRACAST_TOKEN_EXPIRES_AT: issued.expiresAt
    })
  })

  it('never masks the refresh token of the login answer, and passes it on nowhere', async () => {
    const step = await runMain(login('ada'))
    expect(step.exitCode).toBe(0)
    // The step never reads its refresh token, so the answer does not choose a mask (security
    // review 2, F3): only the password and the access token are masked.
    const masked = step.masks.filter((m) => m !== account('ada').password && !m.startsWith('eyJ'))
    expect(masked).toEqual([])
    const seeded = new Set(Object.values(accounts).map((a) => a.refreshToken))
    const issued = [...fake.state.refreshTokens.keys()].filter((t) => !seeded.has(t))
    expect(issued).toHaveLength(1)
    const refreshToken = issued[0]!
    expect(fake.state.refreshTokens.get(refreshToken)).toMatchObject({ user: 'user-ada' })
    // Absent from everything, ::add-mask:: lines included.
    const visible = [
      JSON.stringify(step.outputs),
      JSON.stringify(step.env),
      step.summary,
      step.stdout
    ].join('\n')
    expect(visible).not.toContain(refreshToken)
  })

  it('fails the tenant role gate naming the user, its tenant role and the required role', async () => {
    const step = await runMain(login('victor', { tenant: 'prod', 'required-roles': 'admin' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'victor (victor@acme.example) holds "viewer", and this step requires "admin" (required-roles)'
    )
    expect(step.errors[0]).toContain('Tenant: prod (role viewer)')
    expect(step.env).toEqual({})
    expect(step.outputs.token).toBeUndefined()
  })

  it('refuses a tenant the user is not listed in, after the one login request', async () => {
    const step = await runMain(login('victor', { tenant: 'dev' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain('has no access to tenant "dev"')
    expect(step.errors[0]).toContain('prod (viewer), staging (viewer)')
  })

  it('says when a login without a tenant list cannot verify the tenant', async () => {
    const step = await runMain(login('olga', { tenant: 'prod', 'required-roles': 'editor' }))
    expect(step.exitCode).toBe(0)
    expect(step.log.join('\n')).toContain('Tenant: prod (access not verified')
    expect(step.outputs.roles).toBe('["editor"]')
  })

  it('explains a wrong password (401) after one request', async () => {
    const step = await runMain({ ...login('ada'), password: 'wrong-password' })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'Infracast: the username or password was rejected (HTTP 401 Unauthorized from POST'
    )
    expect(step.errors[0]).toContain('Infracast said: UNAUTHORIZED: Invalid username or password')
    expect(step.errors[0]).toContain('SSO')
  })

  it('refuses a token that had already expired when it arrived', async () => {
    const step = await runMain(login('sid'))
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('issued an access token that had already expired')
    expect(step.errors[0]).toContain(lastIssued().expiresAt)
    expect(step.outputs).toEqual({})
  })

  it('probes required permissions with the access token, one GET each', async () => {
    const step = await runMain(
      login('ada', { tenant: 'staging', 'required-permissions': 'nodes:read, jobs:read' })
    )
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v1/auth/token',
      'GET /api/v1/tenants/staging/nodes?per_page=1',
      'GET /api/v1/tenants/staging/jobs?per_page=1'
    ])
    expect(sandbox.requests[1]!.headers.authorization).toBe(`Bearer ${lastIssued().token}`)
    expect(step.outputs.permissions).toBe('["nodes:read","jobs:read"]')
    expect(step.summary.match(/permission: nodes:read/g)).toHaveLength(1)
  })

  it("names the user, tenant and permission when the user's tenant role forbids it", async () => {
    const step = await runMain(
      login('victor', { tenant: 'prod', 'required-permissions': 'findings:read, jobs:read' })
    )
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(3)
    expect(step.errors[0]).toContain(
      'Infracast: user victor (victor@acme.example) was denied jobs:read in tenant "prod" (HTTP 403 Forbidden'
    )
    expect(step.errors[0]).toContain('Insufficient permissions: jobs:read required')
    expect(step.errors[0]).toContain('Proven in tenant "prod": findings:read.')
  })

  it('refreshes with one request, reading the identity from the JWT claims', async () => {
    const step = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'refresh-token': account('ada').refreshToken!,
      tenant: 'prod',
      'required-roles': 'admin'
    })
    expect(step.errors).toEqual([])
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/auth/refresh' })
    expect(JSON.parse(sandbox.requests[0]!.body)).toEqual({
      refresh_token: account('ada').refreshToken
    })
    const issued = lastIssued()
    expect(step.outputs).toMatchObject({
      'user-id': 'user-ada',
      username: 'ada',
      roles: '["admin"]',
      'expires-at': issued.expiresAt,
      token: issued.token
    })
    expect(step.masks).toContain(account('ada').refreshToken)
    expect(JSON.stringify(step.env)).not.toContain(account('ada').refreshToken!)
  })

  it("falls back to the JWT's exp when the refresh answer has no expires_at", async () => {
    const step = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'refresh-token': account('noExpiryRefreshToken').refreshToken!
    })
    expect(step.exitCode).toBe(0)
    const issued = lastIssued()
    expect(sandbox.requests).toHaveLength(1)
    expect(step.outputs['expires-at']).toBe(issued.expiresAt)
    expect(step.env.INFRACAST_TOKEN_EXPIRES_AT).toBe(issued.expiresAt)
    expect(step.outputs.username).toBe('victor')
  })

  it('explains a revoked refresh token (401)', async () => {
    const step = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'refresh-token': account('revokedRefreshToken').refreshToken!
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('the refresh token was rejected (HTTP 401')
    expect(step.errors[0]).toContain('UNAUTHORIZED: Invalid or expired token')
    expect(step.errors[0]).toContain('refresh tokens live 7 days')
  })

  it('never masks or shows a rotated refresh token, and warns that the given one may be single-use', async () => {
    const step = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'refresh-token': account('rotatingRefreshToken').refreshToken!
    })
    expect(step.exitCode).toBe(0)
    expect(step.log.join('\n')).toContain('answered with a new refresh token')
    const masked = step.masks.filter(
      (m) => m !== account('rotatingRefreshToken').refreshToken && !m.startsWith('eyJ')
    )
    expect(masked).toEqual([])
    const seeded = new Set(Object.values(accounts).map((a) => a.refreshToken))
    const rotated = [...fake.state.refreshTokens.keys()].filter((t) => !seeded.has(t))
    expect(rotated).toHaveLength(1)
    expect(
      JSON.stringify(step.outputs) + JSON.stringify(step.env) + step.summary + step.stdout
    ).not.toContain(rotated[0]!)
  })

  const key = (name: string): string => account(`key-${name}`).apiKey!
  const withKey = (name: string, extra: Record<string, string>): Record<string, string> => ({
    vendor: 'infracast',
    url: sandbox.httpUrl,
    'api-key': key(name),
    ...extra
  })

  it('checks an API key with one GET of nodes by default', async () => {
    const step = await runMain(withKey('reader', { tenant: 'prod' }))
    expect(step.errors).toEqual([])
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v1/tenants/prod/nodes?per_page=1'
    ])
    expect(step.outputs).toMatchObject({
      permissions: '["nodes:read"]',
      organization: 'prod',
      token: '',
      'expires-at': '',
      'auth-header': `Authorization: Bearer ${key('reader')}`
    })
    expect(step.env).toEqual({
      INFRACAST_URL: sandbox.httpUrl,
      INFRACAST_TOKEN: key('reader'),
      INFRACAST_TENANT: 'prod'
    })
    expect(step.summary).toContain('permission: nodes:read</td><td>pass')
    expect(fake.state.writes).toEqual([])
  })

  it('proves each permission by a GET of its own list: nodes, findings, jobs', async () => {
    // Contract Behaviour 4: nodes:read is GET /api/v1/tenants/{tenant}/nodes?per_page=1, "likewise
    // findings:read, jobs:read".
    const step = await runMain(
      withKey('ops', {
        tenant: 'prod',
        'required-permissions': 'nodes:read, findings:read, jobs:read'
      })
    )
    expect(step.errors).toEqual([])
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v1/tenants/prod/nodes?per_page=1',
      'GET /api/v1/tenants/prod/findings?per_page=1',
      'GET /api/v1/tenants/prod/jobs?per_page=1'
    ])
    expect(step.outputs.permissions).toBe('["nodes:read","findings:read","jobs:read"]')
  })

  it('probes only the permissions required, not the default listing as well', async () => {
    // Contract Behaviour 3: the fewest requests the vendor allows; one GET per permission.
    const step = await runMain(
      withKey('reader', { tenant: 'prod', 'required-permissions': 'findings:read' })
    )
    expect(step.errors).toEqual([])
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v1/tenants/prod/findings?per_page=1'
    ])
    expect(step.outputs.permissions).toBe('["findings:read"]')
  })

  it('sends the tenant as one encoded path segment', async () => {
    // Contract Behaviour 13: an Infracast tenant is one path segment; what the grammar lets
    // through (here "@", ":" and a non-ASCII letter) is percent-encoded, never sent raw.
    const step = await runMain(withKey('reader', { tenant: 'qa@eu:é' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v1/tenants/qa%40eu%3A%C3%A9/nodes?per_page=1'
    ])
  })

  it('reads the API key and tenant from INFRACAST_API_KEY and INFRACAST_TENANT', async () => {
    const step = await runMain(
      { vendor: 'infracast', url: sandbox.httpUrl },
      { INFRACAST_API_KEY: key('staging-nodes'), INFRACAST_TENANT: 'staging' }
    )
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(key('staging-nodes'))
    expect(step.outputs.organization).toBe('staging')
  })

  it('names the tenant and every permission the key lacks (403)', async () => {
    const step = await runMain(
      withKey('reader', { tenant: 'prod', 'required-permissions': 'nodes:read,jobs:read' })
    )
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(2)
    expect(step.errors[0]).toContain(
      'Infracast: the API key was denied jobs:read in tenant "prod" (HTTP 403 Forbidden from GET'
    )
    expect(step.errors[0]).toContain('the API key lacks jobs:read')
  })

  it('says when the key was not made for the tenant (403), and when the tenant is unknown (404)', async () => {
    const other = await runMain(withKey('staging-nodes', { tenant: 'prod' }))
    expect(other.errors[0]).toContain('FORBIDDEN: No access to tenant prod')
    expect(other.errors[0]).toContain('was not created for tenant "prod"')
    const unknown = await runMain(withKey('reader', { tenant: 'qa' }))
    expect(unknown.errors[0]).toContain(
      'Infracast: tenant "qa" does not exist, or the API key cannot see it (HTTP 404 Not Found'
    )
    expect(unknown.errors[0]).toContain('NOT_FOUND: Tenant qa not found')
  })

  it("blames the url, not the tenant, for a 404 that is not Infracast's own (a path too many)", async () => {
    const step = await runMain(
      withKey('reader', { tenant: 'prod', url: `${sandbox.httpUrl}/api/v1` })
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'Infracast: the endpoint was not found (HTTP 404 Not Found from GET'
    )
    expect(step.errors[0]).toContain('set the url input to the base URL of the Infracast API')
    expect(step.errors[0]).not.toContain('tenant "prod" does not exist')
  })

  it.each([['revoked'], ['expired']])('explains a %s key (401)', async (name) => {
    const step = await runMain(withKey(name, { tenant: 'prod' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors[0]).toContain('Infracast: the API key was rejected (HTTP 401')
    expect(step.errors[0]).toContain('revoked, deleted or has passed its expires_at')
  })

  it('rejects an expired access token given as api-key, with a warning first', async () => {
    const expired = fake.issueToken('ada', { lifetimeSeconds: -60 })
    const step = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'api-key': expired,
      tenant: 'prod'
    })
    expect(step.warnings[0]).toContain('looks like an Infracast access token')
    expect(step.errors[0]).toContain('Invalid or expired token')
  })

  it('retries a 429 RATE_LIMITED answer after its Retry-After', async () => {
    fake.rateLimit(1)
    const step = await runMain(withKey('reader', { tenant: 'prod' }))
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(2)
    expect(step.summary).toMatch(/nodes<\/td><td>200<\/td><td>2<\/td>/)
  })

  it('reports a 429 that outlasts the retries with the vendor code', async () => {
    fake.rateLimit(5)
    const step = await runMain(withKey('reader', { tenant: 'prod', retries: '1' }))
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(2)
    expect(step.errors[0]).toContain('too many requests')
    expect(step.errors[0]).toContain('RATE_LIMITED: Rate limit exceeded')
  })

  it('keeps credentials a server echoes out of the message', async () => {
    fake.echoCredentials()
    const keyStep = await runMain(withKey('revoked', { tenant: 'prod' }))
    expect(keyStep.errors[0]).toContain('(details: {"authorization":"Bearer ***"')
    expect(keyStep.errors[0]).not.toContain(key('revoked'))
    // A login answer is quoted by error.code and error.message only, never its details
    // (security review 2, F4): the echoed password is not even there to redact.
    const loginStep = await runMain({ ...login('ada'), password: 'a-wrong-password' })
    expect(loginStep.errors[0]!.split('\n')).toContain(
      'Infracast said: UNAUTHORIZED: Invalid username or password'
    )
    expect(loginStep.errors[0]).not.toContain('details')
    expect(loginStep.errors[0]).not.toContain('a-wrong-password')
  })

  it('refuses an unprovable permission before any request', async () => {
    const step = await runMain(
      withKey('admin', { tenant: 'prod', 'required-permissions': 'admin:*' })
    )
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(0)
    expect(step.errors[0]).toContain('cannot verify for Infracast')
  })
})

/** A one-hour mint-token step of ada's login for tenant staging, against `url` (the sandbox's). */
const mintInputs = (url = sandbox.httpUrl): Record<string, string> => ({
  vendor: 'infracast',
  url,
  username: 'ada',
  password: 'ada-sandbox-password',
  tenant: 'staging',
  'required-permissions': 'nodes:read',
  'mint-token': 'true',
  'token-lifetime': '1h'
})

describe('the login and the refresh issue tokens: each sent once (a refresh token may be single-use), an answer that is not JSON never quoted', () => {
  const inputs = {
    login: () => ({ username: account('ada').username!, password: account('ada').password! }),
    refresh: () => ({ 'refresh-token': account('ada').refreshToken! })
  }

  it.each(['login', 'refresh'] as const)(
    'a %s whose connection was reset after it was sent is not sent again',
    async (mode) => {
      const server = await rawServer((socket) => socket.destroy())
      try {
        const step = await runMain({
          vendor: 'infracast',
          url: server.url,
          retries: '2',
          ...inputs[mode]()
        })
        expect(step.exitCode).toBe(1)
        expect(server.requests).toHaveLength(1)
        expect(step.errors[0]).toContain('It was not sent again')
      } finally {
        await server.close()
      }
    }
  )

  it.each([
    ['login', '200 OK'],
    ['login', '401 Unauthorized'],
    ['refresh', '200 OK'],
    ['refresh', '401 Unauthorized']
  ] as const)(
    'a %s answered %s with text that is not JSON never quotes it',
    async (mode, status) => {
      // A gateway's page may carry a token in a form nothing masked.
      const body = 'upstream: token=issued-0123456789abcdef-unmasked'
      const server = await rawServer((socket) =>
        socket.end(
          `HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
        )
      )
      try {
        const step = await runMain({
          vendor: 'infracast',
          url: server.url,
          retries: '0',
          ...inputs[mode]()
        })
        expect(step.exitCode).toBe(1)
        expect(step.errors[0]).toContain(`HTTP ${status.slice(0, 3)}`)
        for (const text of [step.stdout, step.summary]) {
          expect(text).not.toContain('issued-0123456789abcdef-unmasked')
        }
      } finally {
        await server.close()
      }
    }
  )
})

// Infracast's authentication page shows `expires_at` in the login and refresh answers; the access
// token's own `exp` is read only when the answer has none. The fake gives both the same instant, so
// these answers make them differ: reading `exp` first would report, export or judge the wrong one.
describe("a token answer's expires_at is the expiry, not the access token's exp", () => {
  const inputs = {
    login: { username: 'ada', password: 'ada-sandbox-password' },
    refresh: { 'refresh-token': 'a-refresh-token-only-this-server-sees' }
  }

  /** A server that answers the login and the refresh alike: this token, this expires_at. */
  async function grantServer(expSeconds: number, expiresAt: string) {
    const token = signJwt({ sub: 'user-ada', username: 'ada', exp: expSeconds }, 'another-key')
    const body = JSON.stringify({ token, expires_at: expiresAt })
    return rawServer((socket) =>
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
  }

  it.each(['login', 'refresh'] as const)(
    'a %s answer whose expires_at is sooner than exp reports and exports expires_at',
    async (mode) => {
      const now = Math.floor(Date.now() / 1000)
      const expiresAt = isoSeconds((now + 1800) * 1000)
      const server = await grantServer(now + 7200, expiresAt)
      try {
        const step = await runMain({ vendor: 'infracast', url: server.url, ...inputs[mode] })
        expect(step.errors).toEqual([])
        expect(step.outputs['expires-at']).toBe(expiresAt)
        expect(step.env.INFRACAST_TOKEN_EXPIRES_AT).toBe(expiresAt)
        expect(step.summary).toContain(expiresAt)
        expect(step.summary).not.toContain(isoSeconds((now + 7200) * 1000))
      } finally {
        await server.close()
      }
    }
  )

  it.each(['login', 'refresh'] as const)(
    'a %s answer whose expires_at has passed fails, although exp has not',
    async (mode) => {
      const now = Math.floor(Date.now() / 1000)
      const expiresAt = isoSeconds((now - 7200) * 1000)
      const server = await grantServer(now + 3600, expiresAt)
      try {
        const step = await runMain({ vendor: 'infracast', url: server.url, ...inputs[mode] })
        expect(step.exitCode).toBe(1)
        expect(step.errors[0]).toContain(
          `issued an access token that had already expired (expires ${expiresAt};`
        )
        expect(step.env).toEqual({})
      } finally {
        await server.close()
      }
    }
  )
})

describe('mint-token: the key is handed on only with the expiry asked', () => {
  const requests = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

  it('a key the server made to outlive token-lifetime is not handed on, and the post step deletes it', async () => {
    fake.setKeyExpiry('2099-01-01T00:00:00Z')
    const step = await runMain(mintInputs())
    expect(step.exitCode).toBe(1)
    // Both expiries to the second, as every expiry the step shows.
    expect(step.errors[0]).toMatch(
      /to expire at 2099-01-01T00:00:00Z, later than the \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ asked/
    )
    expect(step.env).toEqual({})
    expect(step.outputs.token).toBeUndefined()
    const [minted] = (fake.state as unknown as { mintedKeys: { id: string; deleted: boolean }[] })
      .mintedKeys
    expect(JSON.parse(step.state.logout!)).toMatchObject({
      ids: { id: minted!.id },
      expiresAt: '2099-01-01T00:00:00Z',
      minted: true
    })
    sandbox.requests.length = 0
    const after = await runPost(step.state, mintInputs())
    expect(after.warnings).toEqual([])
    expect(requests()).toEqual([`DELETE /api/v1/api-keys/${minted!.id}`])
    expect(minted!.deleted).toBe(true)
  })

  it('a key the server answered without an expiry (expires_at ignored) is not handed on either', async () => {
    fake.setKeyExpiry(null)
    const step = await runMain(mintInputs())
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('minted a credential without a readable expiry')
    expect(step.env).toEqual({})
    const saved = JSON.parse(step.state.logout!) as { expiresAt?: string }
    // Saved with no expiry: a revoke that fails must not say the key dies by itself.
    expect(saved.expiresAt).toBeUndefined()
    const after = await runPost(step.state, mintInputs())
    expect(after.warnings).toEqual([])
    expect(
      (fake.state as unknown as { mintedKeys: { deleted: boolean }[] }).mintedKeys[0]!.deleted
    ).toBe(true)
  })

  it('a key the server answered with an expiry already past, as read, is not handed on, and the post step deletes it', async () => {
    // Seconds since the epoch to a server that writes them (the year 49,500; the fake keeps the key
    // alive), which the step reads as milliseconds: 2017-07-14. Handed on, later steps would be told
    // the key is long dead while it lives on.
    fake.setKeyExpiry('1500000000000')
    const step = await runMain(mintInputs())
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'minted a credential whose expiry, read as 2017-07-14T02:40:00Z, has passed, so it was not handed on'
    )
    expect(step.env).toEqual({})
    expect(step.outputs.token).toBeUndefined()
    const after = await runPost(step.state, mintInputs())
    expect(after.warnings).toEqual([])
    expect(
      (fake.state as unknown as { mintedKeys: { deleted: boolean }[] }).mintedKeys[0]!.deleted
    ).toBe(true)
  })

  it('a key with the expiry asked is handed on with the expiry the server set', async () => {
    const step = await runMain(mintInputs())
    expect(step.errors).toEqual([])
    const asked = Date.now() + 3600_000
    expect(Math.abs(Date.parse(step.outputs['expires-at']!) - asked)).toBeLessThan(60_000)
    expect(step.env.INFRACAST_TOKEN_EXPIRES_AT).toBe(step.outputs['expires-at'])
  })

  it.each([
    // A server that cuts the lifetime: the key dies sooner, and that is the expiry reported.
    ['earlier than asked', -30 * 60],
    // A server clock a couple of minutes ahead of the runner's: within the slack, not outliving.
    ['a little later than asked, within the clock slack', 2 * 60]
  ])('a key the server made to expire %s is handed on with that expiry', async (_, shift) => {
    const set = new Date(Math.floor(Date.now() / 1000 + 3600 + shift) * 1000)
      .toISOString()
      .replace('.000Z', 'Z')
    fake.setKeyExpiry(set)
    const step = await runMain(mintInputs())
    expect(step.errors).toEqual([])
    expect(step.outputs['expires-at']).toBe(set)
    expect(step.env.INFRACAST_TOKEN_EXPIRES_AT).toBe(set)
  })
})

/** A server that logs ada in, then answers the minting with her login token as the new key. */
async function loginTokenAsKeyServer(
  seen: string[] = [],
  mintAnswer: (loginToken: string) => object = (loginToken) => ({
    id: 'key-abc123',
    name: 'x',
    key: loginToken,
    expires_at: '2099-01-01T00:00:00Z'
  })
): Promise<http.Server> {
  const loginToken = signJwt(
    { sub: 'user-123', exp: Math.floor(Date.now() / 1000) + 3600 },
    'hostile-server-secret'
  )
  const server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      seen.push(`${request.method} ${request.url}`)
      const answer =
        request.url === '/api/v1/auth/token'
          ? {
              token: loginToken,
              expires_at: new Date(Date.now() + 3600_000).toISOString(),
              user: {
                id: 'user-123',
                username: 'ada',
                tenants: [{ id: 'staging', role: 'editor' }]
              }
            }
          : request.url === '/api/v1/api-keys'
            ? mintAnswer(loginToken)
            : { data: [], meta: { total: 0 } }
      response.writeHead(request.method === 'POST' ? 201 : 200, {
        'content-type': 'application/json'
      })
      response.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

async function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
}

describe('mint-token: a server that answers the minting with the login token, and a later expiry', () => {
  it('fails as a given credential answered back: nothing is kept for the post step to delete', async () => {
    // Checked before the later expiry, whose failure keeps the key for the post step: that would
    // have the post step delete, with the login's token, whatever key id this server chose.
    const seen: string[] = []
    const server = await loginTokenAsKeyServer(seen)
    try {
      const inputs = mintInputs(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
      const step = await runMain(inputs)
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(
        'answered the minting with the credential the step was given, not a new one'
      )
      expect(step.env).toEqual({})
      expect(step.state.logout ?? '').toBe('')
      await runPost(step.state, inputs)
      expect(seen.filter((request) => request.startsWith('DELETE'))).toEqual([])
    } finally {
      await closeServer(server)
    }
  })
})

describe('mint-token: the id of the minted key is checked before it is kept', () => {
  it.each(['../x', 'a/b', 'k'])(
    'a key id of another shape (%s) fails the step, and nothing goes into a DELETE path',
    async (id) => {
      // Contract Behaviour 15 (the post step DELETE /api/v1/api-keys/{id}) and 10: what the server
      // issues is checked against its grammar before it is kept or used.
      const seen: string[] = []
      const server = await loginTokenAsKeyServer(seen, () => ({
        id,
        name: 'x',
        key: `ic_live_${'k'.repeat(32)}`,
        expires_at: new Date(Date.now() + 30 * 60_000).toISOString()
      }))
      try {
        const inputs = mintInputs(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
        const step = await runMain(inputs)
        expect(step.exitCode).toBe(1)
        expect(step.errors[0]).toContain('The server answered with a malformed credential')
        expect(step.errors[0]).toContain('the id of /api/v1/api-keys')
        expect(step.env).toEqual({})
        await runPost(step.state, inputs)
        expect(seen.filter((request) => request.startsWith('DELETE'))).toEqual([])
      } finally {
        await closeServer(server)
      }
    }
  )
})

describe('mint-token at the default host: no url input named, since none was set', () => {
  /**
   * The failure of a check (with mint-token, a minting) whose plan took Infracast's default host
   * (no url input), with its requests sent to `base` instead, as a proxy in between would answer.
   */
  async function failureAtDefaultHost(
    base: string,
    inputs: Record<string, string> = mintInputs()
  ): Promise<string> {
    const plan = buildPlan(raw({ ...inputs, url: '' }), infracast, {
      env: {},
      leastExposure: await import('../../plan/least-exposure.js')
    })
    expect(plan.url).toBe('https://api.infracast.io')
    const io = { mask: () => {}, redact: (text: string) => text, info: () => {}, debug: () => {} }
    const client = createHttpClient({ ...plan, url: base, vendorName: infracast.name }, io)
    const context: VendorContext = { ...vendorContext(client, io), plan, vendor: infracast }
    const noSession = { info: () => {}, saveSession: () => {}, forgetSession: () => {} }
    try {
      const login = await infracast.login(context)
      if (plan.mint) await mintForLaterSteps(infracast, context, login, noSession)
    } catch (error) {
      if (error instanceof ActionFailure) return error.message
      throw error
    } finally {
      client.close()
    }
    throw new Error('expected the check to fail')
  }
  const host = (): string => new URL(sandbox.httpUrl).host
  const inBetween = (): string =>
    `nothing between the runner and ${host()} answers in its place (a proxy or gateway)`

  it('a key made to outlive token-lifetime', async () => {
    fake.setKeyExpiry('2099-01-01T00:00:00Z')
    const message = await failureAtDefaultHost(sandbox.httpUrl)
    expect(message).toContain('A genuine Infracast server sets the expiry asked.')
    expect(message).toContain(`Fix: check that ${inBetween()}.`)
    expect(message).not.toContain('url input')
  })

  it('a key whose expiry has passed', async () => {
    fake.setKeyExpiry('1500000000000')
    const message = await failureAtDefaultHost(sandbox.httpUrl)
    expect(message).toContain('has passed, so it was not handed on')
    expect(message).toContain(`check that ${inBetween()}, and this runner's clock.`)
    expect(message).not.toContain('url input')
  })

  it('a minting answered with the login token', async () => {
    const server = await loginTokenAsKeyServer()
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const message = await failureAtDefaultHost(base)
      expect(message).toContain('answered the minting with the credential the step was given')
      expect(message).toContain(
        `Check that nothing between the runner and ${new URL(base).host} answers in its place (a proxy or gateway).`
      )
      expect(message).not.toContain('url input')
    } finally {
      await closeServer(server)
    }
  })

  it('a login answered with a malformed access token', async () => {
    const body = JSON.stringify({ token: 'short', expires_at: '2099-01-01T00:00:00Z' })
    const server = await rawServer((socket) =>
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
    try {
      const message = await failureAtDefaultHost(server.url, {
        vendor: 'infracast',
        username: 'ada',
        password: 'ada-sandbox-password'
      })
      expect(message).toContain('The server answered with a malformed credential')
      expect(message).toContain(
        `check that nothing between the runner and 127.0.0.1:${server.port} answers in its place (a proxy or gateway), and that no proxy or gateway rewrites its answers.`
      )
      expect(message).not.toContain('url input')
    } finally {
      await server.close()
    }
  })

  it.each([
    [
      'a login answered without a token',
      { username: 'ada', password: 'ada-sandbox-password' },
      'without a token, so the login could not be verified.'
    ],
    [
      'a key probe answered without a data list',
      {
        'api-key': 'ic_live_0123456789abcdef',
        tenant: 'staging',
        'required-permissions': 'nodes:read'
      },
      'without a data list, so nodes:read in tenant "staging" could not be verified.'
    ]
  ])('%s', async (_, inputs, said) => {
    const server = await rawServer((socket) =>
      socket.end(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'
      )
    )
    try {
      const message = await failureAtDefaultHost(server.url, { vendor: 'infracast', ...inputs })
      expect(message).toContain(said)
      expect(message).toContain(
        `Fix: check that nothing between the runner and 127.0.0.1:${server.port} answers in its place (a proxy or gateway).`
      )
      expect(message).not.toContain('url input')
    } finally {
      await server.close()
    }
  })

  const DEFAULT = 'https://api.infracast.io, the default host'
  const SET_URL =
    'for credentials of another environment, set the url input to it (https://dev.infracast.io or your own installation)'

  it.each([
    [
      'a wrong password',
      { username: 'ada', password: 'wrong-password' },
      `the account belongs to another Infracast environment than ${DEFAULT} (dev vs prod)`,
      `Fix: check the secrets behind the username and password inputs; ${SET_URL}; for unattended runs`
    ],
    [
      'a revoked refresh token',
      { 'refresh-token': 'revokedRefreshToken' },
      `the token was issued by another Infracast environment than ${DEFAULT}`,
      `or an API key for unattended runs; ${SET_URL}.`
    ],
    [
      'a revoked API key',
      { 'api-key': 'key-revoked', tenant: 'prod' },
      `the key belongs to another Infracast environment than ${DEFAULT}`,
      `(or INFRACAST_API_KEY); ${SET_URL}.`
    ],
    [
      'an unknown tenant',
      { 'api-key': 'key-reader', tenant: 'qa' },
      `the API key belongs to another Infracast account or environment than the one at ${DEFAULT}`,
      `Fix: set the tenant input to the id of a tenant the credentials may access; ${SET_URL}.`
    ]
  ])('%s names the default host, not the url input', async (_, named, cause, fix) => {
    // Each credential input above names a sandbox account whose credential is sent.
    const inputs: Record<string, string> = { vendor: 'infracast', ...named }
    const { 'refresh-token': refresh, 'api-key': key } = inputs
    if (refresh) inputs['refresh-token'] = account(refresh).refreshToken!
    if (key) inputs['api-key'] = account(key).apiKey!
    const message = await failureAtDefaultHost(sandbox.httpUrl, inputs)
    expect(message).toContain(cause)
    expect(message).toContain(fix)
    expect(message).not.toContain('the url input points')
    expect(message).not.toContain('check the url input')
    expect(message).not.toContain('than the url input')
  })

  it('an access token refused right after its login names no url input', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600
    const token = JSON.stringify({ token: signJwt({ sub: 'u1', exp }, 'key') })
    const answers = [
      `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${token.length}\r\nConnection: close\r\n\r\n${token}`,
      'HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
    ]
    const server = await rawServer((socket, _head, index) => socket.end(answers[index - 1] ?? ''))
    try {
      const message = await failureAtDefaultHost(server.url, {
        vendor: 'infracast',
        username: 'ada',
        password: 'ada-sandbox-password',
        tenant: 'prod',
        'required-permissions': 'nodes:read'
      })
      expect(message).toContain('the access token Infracast had just issued was rejected')
      expect(message).toContain(
        'something between the runner and api.infracast.io sends requests to servers of different Infracast environments'
      )
      expect(message).toContain(
        'Fix: try again; if it persists, check that nothing between the runner and api.infracast.io answers in its place (a proxy or gateway), or ask an Infracast administrator.'
      )
      expect(message).not.toContain('url input')
    } finally {
      await server.close()
    }
  })

  it('an access token that had already expired names no url input', async () => {
    const message = await failureAtDefaultHost(sandbox.httpUrl, {
      vendor: 'infracast',
      username: account('sid').username!,
      password: account('sid').password!
    })
    expect(message).toContain('issued an access token that had already expired')
    expect(message).toContain(
      `Fix: check the clocks (NTP) and any caching proxy between the runner and ${host()};`
    )
    expect(message).not.toContain('url input')
  })

  it('a wrong password at the url input still names it', async () => {
    const step = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: 'ada',
      password: 'wrong-password'
    })
    expect(step.errors[0]).toContain(
      'the account belongs to another Infracast environment than the url input (dev vs prod)'
    )
    expect(step.errors[0]).toContain(
      'Fix: check the secrets behind the username and password inputs and the url input; for unattended runs'
    )
  })

  it('names the url input when it chose the server', async () => {
    fake.setKeyExpiry('2099-01-01T00:00:00Z')
    const step = await runMain(mintInputs())
    expect(step.errors[0]).toContain(
      'Fix: check that the url input points at the real Infracast API.'
    )
  })
})

describe('a hostile Infracast server, against a scripted client (security review 2)', () => {
  const API = 'https://api.infracast.io'

  /** A context whose client answers from a script, and whose redaction hides what was masked. */
  function scripted(inputs: Partial<RawInputs>, answers: Partial<HttpResponse>[]) {
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
          endpoint: `${request.method} ${API}${request.path.split('?')[0]}`,
          ...answer
        })
      }
    } as unknown as HttpClient
    const plan = buildPlan(raw({ url: API, ...inputs }), infracast, { env: {} })
    const context: VendorContext = {
      http,
      plan,
      vendor: infracast,
      mask: (value) => void masked.push(value),
      // As the action's redaction does: every secret input and every masked value.
      redact: (text) =>
        [...plan.secrets, ...masked].reduce((t, secret) => t.split(secret).join('***'), text),
      info: () => {},
      debug: () => {}
    }
    return { context, sent, masked }
  }
  const loginInputs = { username: 'eve', password: 'pw-Secret-1234' }
  const refreshInputs = { 'refresh-token': 'given-refresh-token-0123456789' }

  async function failureOf(context: VendorContext): Promise<string> {
    const error = await infracast.login(context).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ActionFailure)
    return (error as ActionFailure).message
  }

  it('masks nothing from a refused login, however token-shaped its words (F3)', async () => {
    // Each word is a well-formed b64token of 16 characters or more, and each appears in the
    // step's own failure message: masking them would blank the diagnosis.
    const { context, masked } = scripted(loginInputs, [
      {
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          error: { code: 'UNAUTHORIZED', message: 'Invalid-credentials-for-this-user' },
          token: 'Invalid-credentials-for-this-user',
          accessToken: '/api/v1/auth/token',
          refresh_token: 'Invalid-credentials',
          id_token: 'Invalid-credentials-for-this-user'
        })
      }
    ])
    const message = await failureOf(context)
    expect(masked).toEqual([])
    expect(message).toContain(
      `Infracast: the username or password was rejected (HTTP 401 Unauthorized from POST ${API}/api/v1/auth/token).`
    )
    expect(message).toContain('Infracast said: UNAUTHORIZED: Invalid-credentials-for-this-user')
  })

  it('masks only the access token a successful login issues, and only once it is well-formed (F3)', async () => {
    const accessToken = 'opaque-access-token-0123456789abcdef'
    const { context, masked } = scripted(loginInputs, [
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: accessToken,
          expires_at: '2099-01-01T00:00:00Z',
          // Never used nor printed by the step: masking them would let the server choose masks.
          refresh_token: 'administrator-account-name',
          refreshToken: 'Infracast-administrator',
          access_token: 'administrator-account-name',
          id_token: 'administrator-account-name',
          user: { id: 'u-1', username: 'administrator-account-name', roles: ['admin'] }
        })
      }
    ])
    const result = await infracast.login(context)
    expect(masked).toEqual([accessToken])
    expect(result.token).toBe(accessToken)
    expect(result.identity.username).toBe('administrator-account-name')

    // A malformed token is refused before anything is masked.
    const malformed = scripted(loginInputs, [
      {
        status: 200,
        body: JSON.stringify({ token: 'not a token $(id) 0123456789', user: { id: 'u-1' } })
      }
    ])
    expect(await failureOf(malformed.context)).toContain(
      'The server answered with a malformed credential'
    )
    expect(malformed.masked).toEqual([])
  })

  const notJson =
    'upstream 502: cached answer {access_token=opaqueAccess7Q2x9, refresh_token=opaqueRefresh9Z4k1, session=S3ss-abc} retry later'

  it.each([
    ['login', 502, 'Bad Gateway', 'text/plain', loginInputs],
    ['login', 401, 'Unauthorized', 'text/html', loginInputs],
    ['refresh', 502, 'Bad Gateway', 'text/plain', refreshInputs],
    ['refresh', 400, 'Bad Request', 'text/plain; charset=utf-8', refreshInputs]
  ] as const)(
    'never quotes a %s answer that is not JSON (HTTP %d): only its status, type and size (F4)',
    async (_mode, status, statusText, type, inputs) => {
      const { context } = scripted(inputs, [
        { status, statusText, headers: { 'content-type': type }, body: notJson }
      ])
      const message = await failureOf(context)
      for (const secret of ['opaqueAccess7Q2x9', 'opaqueRefresh9Z4k1', 'S3ss-abc', 'cached']) {
        expect(message).not.toContain(secret)
      }
      expect(message).toContain(`(HTTP ${status} ${statusText} from POST ${API}/api/v1/auth/`)
      expect(message).toContain(
        `Infracast said: (a body that is not JSON: ${type}, ${Buffer.byteLength(notJson)} bytes; not quoted, since the answer of a login may hold credentials)`
      )
    }
  )

  it.each([
    ['login', loginInputs],
    ['refresh', refreshInputs]
  ] as const)(
    'quotes only error.code and error.message of a %s error, never its details (F4)',
    async (_mode, inputs) => {
      const { context } = scripted(inputs, [
        {
          status: 401,
          statusText: 'Unauthorized',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            error: {
              code: 'mfa_required',
              message: 'Second factor required',
              details: {
                session: 'sess_9f8e7d6c5b4a',
                mfa_token: 'mfa_OpaqueTok123',
                access_token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'
              },
              detail: 'sess_9f8e7d6c5b4a'
            },
            message: 'mfa_OpaqueTok123'
          })
        }
      ])
      const message = await failureOf(context)
      expect(message.split('\n')).toContain('Infracast said: mfa_required: Second factor required')
      for (const secret of ['details', 'sess_9f8e7d6c5b4a', 'mfa_OpaqueTok123', 'eyJ']) {
        expect(message).not.toContain(secret)
      }
    }
  )

  const probeInputs = { 'api-key': 'ic_live_0123456789abcdef01234567', tenant: 'prod' }

  it('cleans and bounds a plain-string error and the reason phrase of a probe (F6)', async () => {
    const { context } = scripted(probeInputs, [
      {
        status: 403,
        statusText: `Forbidden ##[error]${'B'.repeat(8000)}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          error: `Denied\n::set-output name=a::b ${'A'.repeat(900_000)}`
        })
      }
    ])
    const message = await failureOf(context)
    expect(message.length).toBeLessThan(2048)
    expect(message).toContain('(HTTP 403 Forbidden # #[error]BBB')
    expect(message).toContain(
      `Infracast said for nodes:read (GET ${API}/api/v1/tenants/prod/nodes): Denied ::set-output name=a::b AAA`
    )
  })

  it('reads a huge token-shaped error in linear time (F6)', async () => {
    // Runs of "eyJ" once took the token scrubber quadratic time: a 1 MiB answer, minutes of CPU.
    const { context } = scripted(probeInputs, [
      { status: 403, body: JSON.stringify({ error: 'eyJ'.repeat(60_000) }) }
    ])
    const started = performance.now()
    const message = await failureOf(context)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(message.length).toBeLessThan(2048)
  })
})
