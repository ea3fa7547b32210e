// Prisma Cloud: stacks, the profile's roles and role types, the token's expiry, the x-redlock-status
// words, the 401 meanings and the key-pair check (unit), and the whole main step in-process against
// the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { checkRequirements, cleanIdentity } from '../../core/identity.js'
import { judgePrivilege } from '../../core/privilege.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import type { HttpResponse } from '../../net/types.js'
import {
  explainCheckovKey,
  parseProfile,
  prismaCloud,
  readApiUrl,
  REGIONS,
  tokenExpiry
} from './index.js'
import { loginRejected, prismaText, redlockStatus } from './meanings.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { rawServer } from '../../../__tests__/helpers/raw-server.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
let accounts: Record<string, { accessKey: string; secretKey: string }>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts['prisma-cloud'] as typeof accounts
  url = `${sandbox.httpUrl}/_vendor/prisma-cloud`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const keys = (name: string) => ({
  'access-key': accounts[name]!.accessKey,
  'secret-key': accounts[name]!.secretKey
})

/** Vendor io for unit tests: nothing to mask, redaction is the identity, logs dropped. */
const testIo = { mask: () => {}, redact: (text: string) => text, info: () => {}, debug: () => {} }

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, prismaCloud, { env: {} })
}

const answer = (headers: Record<string, string>, body: unknown = undefined) => ({
  response: {
    status: 401,
    statusText: 'Unauthorized',
    headers,
    body: '',
    endpoint: 'POST https://api.prismacloud.io/login'
  } satisfies HttpResponse,
  body,
  plan: plan({ vendor: 'prisma-cloud', 'access-key': 'k', 'secret-key': 's', region: 'eu' })
})
const status = (...keys: string[]) => ({
  'x-redlock-status': JSON.stringify(
    keys.map((i18nKey) => ({ i18nKey, severity: 'error', subject: null }))
  )
})

describe('stacks', () => {
  it('has the fourteen stacks of the contract and Indonesia and China, app by default', () => {
    expect(Object.keys(REGIONS)).toEqual([
      'app',
      'app2',
      'app3',
      'app4',
      'eu',
      'eu2',
      'anz',
      'ca',
      'sg',
      'uk',
      'ind',
      'jp',
      'fr',
      'gov',
      'id',
      'cn'
    ])
    expect(REGIONS).toMatchObject({
      id: 'https://api.id.prismacloud.io',
      cn: 'https://api.prismacloud.cn',
      app: 'https://api.prismacloud.io',
      app2: 'https://api2.prismacloud.io',
      eu: 'https://api.eu.prismacloud.io',
      eu2: 'https://api2.eu.prismacloud.io',
      gov: 'https://api.gov.prismacloud.io'
    })
    expect(plan({ vendor: 'prisma', 'access-key': 'k', 'secret-key': 's' })).toMatchObject({
      url: 'https://api.prismacloud.io',
      region: 'app',
      authMode: 'access-key'
    })
    expect(
      plan({ vendor: 'prismacloud', 'access-key': 'k', 'secret-key': 's', region: 'ANZ' })
    ).toMatchObject({ url: 'https://api.anz.prismacloud.io', region: 'anz' })
    expect(() =>
      plan({ vendor: 'prisma-cloud', 'access-key': 'k', 'secret-key': 's', region: 'mars' })
    ).toThrow('The region input "mars" is not a Prisma Cloud region. Valid regions: app, app2,')
  })
})

describe('a console URL, read as Checkov reads PRISMA_API_URL (app… becomes api…)', () => {
  it('reads the url input https://app2.eu.prismacloud.io as the eu2 API, with a warning', () => {
    const read = plan({
      vendor: 'prisma-cloud',
      url: 'https://app2.eu.prismacloud.io/',
      'access-key': 'k',
      'secret-key': 's'
    })
    expect(read.url).toBe(REGIONS.eu2)
    expect(read.warnings[0]).toBe(
      'The url input https://app2.eu.prismacloud.io is a Prisma Cloud console, whose API is https://api2.eu.prismacloud.io: as Checkov does with PRISMA_API_URL, this step uses https://api2.eu.prismacloud.io. Set url: https://api2.eu.prismacloud.io (or the region input) to name the API directly.'
    )
    expect(readApiUrl('https://app.prismacloud.io')?.url).toBe(REGIONS.app)
    expect(readApiUrl('https://app3.prismacloud.io')?.url).toBe(REGIONS.app3)
    expect(readApiUrl('https://app.anz.prismacloud.io')?.url).toBe(REGIONS.anz)
    expect(readApiUrl('https://app.prismacloud.cn')?.url).toBe(REGIONS.cn)
    // Copied from the address bar: the console page's path is no part of the API's URL.
    expect(readApiUrl('https://app2.eu.prismacloud.io/alerts/overview')?.warning).toContain(
      ', whose API is https://api2.eu.prismacloud.io: as Checkov does with PRISMA_API_URL, this step uses https://api2.eu.prismacloud.io.'
    )
  })

  it('leaves API URLs and hosts outside Prisma Cloud’s domains as given', () => {
    expect(readApiUrl(REGIONS.eu2!)).toBeUndefined()
    expect(readApiUrl('https://app.example.com')).toBeUndefined()
    expect(readApiUrl('https://apple.prismacloud.io')).toBeUndefined()
    // Only a host that is app… itself: another name ending in app is no console of a stack.
    expect(readApiUrl('https://myapp.prismacloud.io')).toBeUndefined()
    expect(readApiUrl('https://app.prismacloud.io.example.com')).toBeUndefined()
  })

  it("accepts a job's keys paired with Checkov's PRISMA_API_URL naming the console of the same stack", () => {
    const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs
    const env = {
      PRISMA_API_URL: 'https://app2.eu.prismacloud.io',
      PRISMA_ACCESS_KEY: 'k',
      PRISMA_SECRET_KEY: 's'
    }
    expect(
      buildPlan({ ...raw, vendor: 'prisma-cloud', region: 'eu2' }, prismaCloud, { env }).url
    ).toBe(REGIONS.eu2)
    // Another stack's console still names another server.
    expect(() =>
      buildPlan({ ...raw, vendor: 'prisma-cloud', region: 'app' }, prismaCloud, { env })
    ).toThrow("the job's PRISMA_API_URL names another server (https://api2.eu.prismacloud.io)")
  })
})

describe('parseProfile', () => {
  it('takes role names as roles and their types as other spellings of them', () => {
    expect(
      parseProfile({
        email: 'ci-bot@acme.example',
        firstName: 'CI',
        lastName: 'Bot',
        displayName: 'CI Bot',
        roles: [
          { id: 'r1', name: 'CI Scanner', type: 'Build and Deploy Security' },
          { id: 'r2', name: 'Auditors', type: 'Account Group Read Only' }
        ],
        activeRole: { id: 'r1', name: 'CI Scanner', type: 'Build and Deploy Security' }
      })
    ).toEqual({
      userId: '',
      username: 'ci-bot@acme.example',
      displayName: 'CI Bot',
      email: 'ci-bot@acme.example',
      roles: ['CI Scanner', 'Auditors'],
      roleAliases: [
        { alias: 'Build and Deploy Security', of: 'CI Scanner' },
        { alias: 'Account Group Read Only', of: 'Auditors' }
      ],
      permissions: undefined,
      organization: ''
    })
  })

  it('reports the role type as the role when the profile names none (the single-role shape)', () => {
    expect(
      parseProfile({ email: 'rita@acme.example', firstName: 'Rita', roleType: 'System Admin' })
    ).toMatchObject({
      username: 'rita@acme.example',
      displayName: 'Rita',
      roles: ['System Admin'],
      roleAliases: []
    })
    expect(parseProfile({ email: 'x@acme.example', roles: [] }).roles).toEqual([])
  })

  it('gates each role by its name or its own type, in allowed-roles and required-roles', () => {
    const identity = cleanIdentity(
      parseProfile({
        email: 'ci@acme.example',
        roles: [
          { id: 'r1', name: 'CI Role', type: 'Build and Deploy Security' },
          { id: 'r2', name: 'Auditors', type: 'Account Group Read Only' }
        ]
      })
    )
    const allowed = (list: string[]) => judgePrivilege(prismaCloud, identity, list, 'ci').reasons
    expect(allowed(['Build and Deploy Security', 'Auditors'])).toEqual([])
    expect(allowed(['CI Role', 'Account Group Read Only'])).toEqual([])
    expect(allowed(['Build and Deploy Security'])).toEqual([
      'ci holds "Auditors", outside allowed-roles ("Build and Deploy Security"): use a key of a narrower user, one that holds only the allowed roles'
    ])
    expect(checkRequirements(identity, ['Account Group Read Only'], []).passed).toBe(true)
  })

  it('prefers a username the profile names (a service account)', () => {
    expect(parseProfile({ username: 'ci-service', email: 'ci@acme.example' }).username).toBe(
      'ci-service'
    )
  })
})

describe('tokenExpiry', () => {
  const at = Date.UTC(2026, 0, 1, 12, 0, 0)
  const jwt = (claims: object) =>
    [
      Buffer.from('{"alg":"HS256"}').toString('base64url'),
      Buffer.from(JSON.stringify(claims)).toString('base64url'),
      'c2ln'
    ].join('.')

  it('is ten minutes after the request, or the token’s own exp when that is earlier', () => {
    expect(tokenExpiry('opaque-token-text-0000', at)).toBe('2026-01-01T12:10:00Z')
    expect(tokenExpiry(jwt({ exp: at / 1000 + 300 }), at)).toBe('2026-01-01T12:05:00Z')
    expect(tokenExpiry(jwt({ exp: at / 1000 + 86_400 }), at)).toBe('2026-01-01T12:10:00Z')
    expect(tokenExpiry(jwt({ exp: 'later' }), at)).toBe('2026-01-01T12:10:00Z')
  })
})

describe("Prisma Cloud's words", () => {
  it('reads the i18nKey of each x-redlock-status entry, with its subject', () => {
    expect(redlockStatus({ headers: status('invalid_credentials') })).toEqual([
      'invalid_credentials'
    ])
    expect(
      redlockStatus({
        headers: {
          'x-redlock-status': '[{"i18nKey":"not_found","severity":"error","subject":"policy"}]'
        }
      })
    ).toEqual(['not_found (policy)'])
    for (const odd of ['not json', '{"i18nKey":"x"}', '[1,"x",null]', '']) {
      expect(redlockStatus({ headers: { 'x-redlock-status': odd } })).toEqual([])
    }
    expect(redlockStatus({ headers: {} })).toEqual([])
  })

  it('quotes the header and the documented body fields, redacted, on one line', () => {
    const redact = (text: string) => text.replaceAll('s3cret', '***')
    expect(prismaText(answer(status('invalid_credentials')), redact)).toBe('invalid_credentials')
    expect(
      prismaText(
        answer({}, { error: { code: 'BadArgument', message: 'bad s3cret\n::x::' } }),
        redact
      )
    ).toBe('BadArgument: bad *** ::x::')
    expect(prismaText(answer({}, undefined), redact)).toBe('')
  })
})

describe('the 401 of /login', () => {
  const explain = (headers: Record<string, string>) => {
    const a = answer(headers)
    const http = createHttpClient({ ...a.plan, vendorName: prismaCloud.name }, testIo)
    try {
      const context = { ...vendorContext(http, testIo), plan: a.plan, vendor: prismaCloud }
      return loginRejected(context)(a)
    } finally {
      http.close()
    }
  }

  it('names the stack used and every other one first, then the key, and the inputs to change', () => {
    const diagnosis = explain(status('invalid_credentials'))
    expect(diagnosis.headline).toBe('the access key was rejected')
    expect(diagnosis.causes[0]).toMatch(
      /^the credential belongs to another Prisma Cloud region: this step used region eu \(https:\/\/api\.eu\.prismacloud\.io\); the others are app \(https:\/\/api\.prismacloud\.io\), /
    )
    expect(diagnosis.fix).toContain('https://app2.eu.prismacloud.io is eu2')
    expect(diagnosis.fix).toContain('(or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY)')
    // The two inputs given the other way round get the same 401: named among the causes.
    expect(diagnosis.causes).toContainEqual(
      expect.stringContaining(
        'were swapped (access-key takes the Access Key ID, secret-key the Secret Key)'
      )
    )
  })

  it('says so when Prisma Cloud refused a password login of an SSO user', () => {
    expect(explain(status('sso_enabled_password_login_attempt')).headline).toBe(
      'the password login of a single sign-on user was refused'
    )
  })
})

describe('explainCheckovKey', () => {
  const pair = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d::U2VjcmV0U2VjcmV0U2VjcmV0MTI='

  it("explains Checkov's <access key>::<secret> in access-key without quoting it", () => {
    const message = explainCheckovKey({ 'access-key': pair, 'secret-key': 's' })
    expect(message).toContain('The access-key input holds "<access key>::<secret>"')
    expect(message).not.toContain('U2VjcmV0')
    expect(explainCheckovKey({ 'access-key': 'a1b2c3d4', 'secret-key': 's' })).toBeUndefined()
  })

  it('explains it with secret-key left empty, instead of "secret-key is empty"', () => {
    expect(() => plan({ vendor: 'prisma-cloud', 'access-key': pair })).toThrow(
      'The access-key input holds "<access key>::<secret>", the BC_API_KEY form Checkov reads'
    )
    expect(() => plan({ vendor: 'prisma-cloud', 'secret-key': pair })).toThrow(
      'The secret-key input holds "<access key>::<secret>"'
    )
  })
  it('refuses required-permissions: Prisma Cloud reports roles, not permissions', () => {
    expect(() =>
      plan({
        vendor: 'prisma-cloud',
        'access-key': 'k',
        'secret-key': 's',
        'required-permissions': 'policy.read'
      })
    ).toThrow('The required-permissions input cannot be used with Prisma Cloud')
  })
})

describe('Prisma Cloud main step (real @actions/core, sandbox over loopback)', () => {
  it('verifies a service account, which has no e-mail, by its display name', async () => {
    const { 'access-key': accessKey, 'secret-key': secretKey } = keys('serviceAccountKey')
    const step = await runMain({
      vendor: 'prisma-cloud',
      url,
      'access-key': accessKey,
      'secret-key': secretKey,
      'required-roles': 'CI Scanner'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(step.outputs).toMatchObject({
      username: 'ci-pipeline',
      email: '',
      'display-name': 'ci-pipeline',
      roles: '["CI Scanner"]'
    })
  })

  it("explains the login's 401 in Prisma Cloud's terms: a refused key, or an SSO user's password", async () => {
    const revoked = await runMain({ vendor: 'prisma-cloud', url, ...keys('revokedKey') })
    expect(revoked.exitCode).toBe(1)
    expect(revoked.errors).toHaveLength(1)
    expect(revoked.errors[0]).toContain('Prisma Cloud: the access key was rejected (HTTP 401')
    expect(revoked.errors[0]).toContain('were swapped (access-key takes the Access Key ID')
    expect(revoked.errors[0]).toContain('(or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY)')
    expect(revoked.env).toEqual({})

    const sso = accounts.ssoUser!
    const password = await runMain({
      vendor: 'prisma-cloud',
      url,
      'access-key': sso.accessKey,
      'secret-key': sso.secretKey
    })
    expect(password.exitCode).toBe(1)
    expect(password.errors[0]).toContain(
      'Prisma Cloud: the password login of a single sign-on user was refused (HTTP 401'
    )
  })

  it('logs in with JSON, sends the token as x-redlock-auth, and exports what Checkov reads', async () => {
    const { 'access-key': accessKey, 'secret-key': secretKey } = keys('ciKey')
    const step = await runMain({
      vendor: 'prisma-cloud',
      url,
      'access-key': accessKey,
      'secret-key': secretKey,
      'required-roles': 'CI Scanner'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /login',
      'GET /user/me'
    ])
    const [login, profile] = sandbox.requests
    expect(login!.headers['content-type']).toBe('application/json')
    expect(JSON.parse(login!.body)).toEqual({ username: accessKey, password: secretKey })
    const token = step.outputs.token!
    expect(profile!.headers['x-redlock-auth']).toBe(token)
    expect(step.outputs).toMatchObject({
      username: 'ci-bot@acme.example',
      email: 'ci-bot@acme.example',
      'display-name': 'CI Bot',
      roles: '["CI Scanner"]',
      organization: 'Acme Corp',
      'auth-header': `x-redlock-auth: ${token}`
    })
    const expires = Date.parse(step.outputs['expires-at']!) - Date.now()
    expect(expires).toBeGreaterThan(8 * 60 * 1000)
    expect(expires).toBeLessThanOrEqual(10 * 60 * 1000)
    // One expiry row in the summary, with the note's remark, not the same time twice.
    expect(step.summary.split('<td>Token expires</td>').length - 1).toBe(1)
    expect(step.summary).toContain(
      `<td>Token expires</td><td>${step.outputs['expires-at']} (a login token lasts ten minutes)</td>`
    )
    expect(step.env).toEqual({
      PRISMA_API_URL: url,
      PRISMA_ACCESS_KEY: accessKey,
      PRISMA_SECRET_KEY: secretKey,
      BC_API_KEY: `${accessKey}::${secretKey}`
    })
    expect(step.masks).toEqual(
      expect.arrayContaining([accessKey, secretKey, token, `${accessKey}::${secretKey}`])
    )
  })
})

describe('least privilege by role type', () => {
  it('warns when a role of any name has the System Admin type', () => {
    const identity = cleanIdentity(
      parseProfile({
        email: 'ops@acme.example',
        roles: [{ id: 'r9', name: 'Platform Team', type: 'System Admin' }]
      })
    )
    expect(identity.roles).toEqual(['Platform Team'])
    const { warnings, reasons } = judgePrivilege(prismaCloud, identity, [], 'ops')
    expect(reasons).toEqual([])
    expect(warnings).toEqual([
      expect.stringContaining('holds System Admin, an administrative role')
    ])
  })
})

describe('role entries the answer says are not held', () => {
  it('lend their type to no held role of the same name', () => {
    const identity = cleanIdentity(
      parseProfile({
        email: 'ci@acme.example',
        roles: [
          { id: 'r1', name: 'CI Role', type: 'Build and Deploy Security' },
          { id: 'r2', name: 'CI Role', type: 'System Admin', granted: false }
        ]
      })
    )
    expect(identity.roles).toEqual(['CI Role'])
    expect(identity.roleAliases).toEqual([{ alias: 'Build and Deploy Security', of: 'CI Role' }])
    expect(checkRequirements(identity, ['System Admin'], []).passed).toBe(false)
  })

  it('keep the role types of one answer as bounded as its role names', () => {
    const roles = Array.from({ length: 3000 }, (_, i) => ({ name: 'CI Role', type: `Type ${i}` }))
    expect(parseProfile({ email: 'ci@acme.example', roles }).roleAliases).toHaveLength(1000)
  })
})

describe('a region chose the host: a login answered without a token names no url input', () => {
  it('says that something in between answered, not to check the url input', async () => {
    const server = await rawServer((socket) =>
      socket.end(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'
      )
    )
    try {
      // failureAtChosenHost fails the test unless the login fails with an ActionFailure.
      const { message, plan: checked } = await failureAtChosenHost(
        prismaCloud,
        { 'access-key': 'k', 'secret-key': 's', region: 'eu' },
        server.url
      )
      expect(checked.url).toBe('https://api.eu.prismacloud.io')
      expect(message).toContain('without a token, so the access key could not be verified.')
      expect(message).toContain(
        `Fix: check that nothing between the runner and 127.0.0.1:${server.port} answers in its place (a proxy or gateway).`
      )
      expect(message).not.toContain('url input')
    } finally {
      await server.close()
    }
  })
})
