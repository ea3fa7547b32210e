// GitGuardian: regions, the url checks, reading api_tokens/self (unit), and the whole main step
// in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import {
  checkApiUrl,
  gitguardian,
  notActive,
  parseToken,
  REGIONS,
  rejected,
  tokenDescription
} from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'

/** Vendor io for unit tests: nothing to mask, redaction is the identity, logs dropped. */
const testIo = {
  mask: () => {},
  redact: (text: string) => text,
  info: () => {},
  debug: () => {}
}

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  apiKey: string
  expireAt: string
}
interface Fake {
  setRegion(region: string): void
  setStatus(name: string, status: string): void
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.gitguardian as unknown as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/gitguardian`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const fake = (): Fake => sandbox.fake('gitguardian') as unknown as Fake
const key = (name: string): string => accounts[name]!.apiKey

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, gitguardian, { env: {} })
}

describe('where the API is', () => {
  it('has the US instance by default and the EU one by region', () => {
    expect(REGIONS).toEqual({
      us: 'https://api.gitguardian.com',
      eu: 'https://api.eu1.gitguardian.com'
    })
    expect(plan({ vendor: 'gitguardian', 'api-key': 'k' })).toMatchObject({
      url: 'https://api.gitguardian.com',
      region: 'us'
    })
    expect(plan({ vendor: 'gitguardian', 'api-key': 'k', region: 'EU' })).toMatchObject({
      url: 'https://api.eu1.gitguardian.com',
      region: 'eu'
    })
    expect(() => plan({ vendor: 'gitguardian', 'api-key': 'k', region: 'eu1' })).toThrow(
      'The region input "eu1" is not a GitGuardian region. Valid regions: us, eu.'
    )
  })

  it('takes a self-hosted API under /exposed', () => {
    expect(
      plan({ vendor: 'gitguardian', 'api-key': 'k', url: 'https://gg.example.com/exposed/' })
    ).toMatchObject({ url: 'https://gg.example.com/exposed', region: undefined })
  })

  it.each([
    ['https://dashboard.gitguardian.com', 'https://api.gitguardian.com'],
    ['https://dashboard.eu1.gitguardian.com', 'https://api.eu1.gitguardian.com']
  ])('refuses the dashboard %s before any request, naming the API host', (dashboard, api) => {
    expect(() => checkApiUrl({ url: dashboard })).toThrow(
      `The url input (${dashboard}) is the GitGuardian dashboard, not its API. Fix: leave url empty and set region (us, eu), or set url to the API host, ${api}.`
    )
    expect(() => plan({ vendor: 'gitguardian', 'api-key': 'k', url: dashboard })).toThrow(
      'is the GitGuardian dashboard, not its API'
    )
  })

  it('refuses a url ending in /v1, which the step adds itself', () => {
    expect(() =>
      plan({ vendor: 'gitguardian', 'api-key': 'k', url: 'https://gg.example.com/exposed/v1' })
    ).toThrow('The url input (https://gg.example.com/exposed/v1) ends in /v1')
    expect(checkApiUrl({ url: 'https://api.gitguardian.com' })).toEqual([])
    expect(checkApiUrl({ url: 'https://gitguardian.example.com/v1-proxy' })).toEqual([])
  })

  it('refuses required-roles before any request, and takes required-permissions', () => {
    expect(() =>
      plan({ vendor: 'gitguardian', 'api-key': 'k', 'required-roles': 'Owner' })
    ).toThrow(
      /required-roles input cannot be used with GitGuardian: .*describes the token, not its owner's role/
    )
    expect(
      plan({ vendor: 'gitguardian', 'api-key': 'k', 'required-permissions': 'scan' })
    ).toMatchObject({ requiredPermissions: ['scan'] })
  })
})

describe('reading api_tokens/self', () => {
  it('names the token and its member, and reads scopes as permissions', () => {
    expect(
      parseToken({
        id: '5ddaad0c-5a0c-4674-beb5-1cd198d13360',
        name: 'myTokenName',
        workspace_id: 42,
        type: 'personal_access_token',
        status: 'active',
        expire_at: null,
        member_id: 22015,
        scopes: ['incidents:read', 'scan']
      })
    ).toEqual({
      userId: '22015',
      username: '',
      displayName: 'myTokenName',
      email: '',
      roles: undefined,
      permissions: ['incidents:read', 'scan'],
      organization: ''
    })
  })

  it('describes the token by its type, quoting a type it does not know, even a built-in name', () => {
    expect(tokenDescription({ type: 'personal_access_token', name: 'ci' })).toBe(
      'personal access token "ci"'
    )
    expect(tokenDescription({ type: 'service_account' })).toBe('service account token')
    expect(tokenDescription({ name: 'ci' })).toBe('token "ci"')
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(tokenDescription({ type, name: 'ci' })).toBe(
        `${type} (as GitGuardian reports it) "ci"`
      )
    }
  })

  it('leaves the user id empty for a service account, and permissions unknown without scopes', () => {
    const identity = parseToken({ id: 'x', name: 'sa', type: 'service_account', member_id: null })
    expect(identity.userId).toBe('')
    expect(identity.permissions).toBeUndefined()
  })
})

describe('the rejected-key explanation', () => {
  const context = (inputs: Partial<RawInputs>) => {
    const regional = plan({ vendor: 'gitguardian', 'api-key': 'k', ...inputs })
    const http = createHttpClient({ ...regional, vendorName: gitguardian.name }, testIo)
    http.close()
    return { ...vendorContext(http, testIo), plan: regional, vendor: gitguardian }
  }

  it('names the other instance first, then revocation, self-hosting and a bad copy', () => {
    const diagnosis = rejected(context({ region: 'eu' }))
    expect(diagnosis.headline).toBe('the API key was rejected')
    expect(diagnosis.causes[0]).toBe(
      "the credential belongs to another GitGuardian region: this step used region eu (https://api.eu1.gitguardian.com); the others are us (https://api.gitguardian.com). Set the region input to the credential's region"
    )
    expect(diagnosis.causes.join('\n')).toContain('revoked, or reached its expiry date')
    expect(diagnosis.causes.join('\n')).toContain('https://<host>/exposed')
    expect(diagnosis.fix).toContain('api-key input (or GITGUARDIAN_API_KEY)')
  })

  it('says what the server reported when the token is not active, and nothing else', () => {
    const diagnosis = notActive('expired')
    expect(diagnosis.headline).toBe('the API key is not active')
    expect(diagnosis.causes).toEqual([
      'the token expired (GitGuardian reports its status as expired)'
    ])
    expect(notActive('suspended').causes).toEqual([
      'GitGuardian reports the token\'s status as "suspended", not active'
    ])
    expect(notActive('constructor').causes[0]).toContain('"constructor", not active')
    expect(diagnosis.fix).toContain('api-key input (or GITGUARDIAN_API_KEY)')
  })
})

describe('GitGuardian main step (real @actions/core, sandbox over loopback)', () => {
  it('reads the token in one request: scopes, expiry, member and name; exports the key and URL', async () => {
    const step = await runMain({
      vendor: 'ggshield',
      url,
      'api-key': key('pat'),
      'required-permissions': 'scan'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/api_tokens/self'
    ])
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Token ${key('pat')}`)
    expect(step.outputs).toMatchObject({
      vendor: 'gitguardian',
      url,
      'user-id': '1042',
      username: '',
      'display-name': 'ci-scan',
      email: '',
      roles: '[]',
      permissions: '["scan","incidents:read"]',
      'auth-header': `Authorization: Token ${key('pat')}`,
      token: '',
      'expires-at': accounts.pat!.expireAt
    })
    expect(step.env).toEqual({ GITGUARDIAN_API_KEY: key('pat'), GITGUARDIAN_API_URL: url })
    expect(step.masks).toContain(key('pat'))
    const log = step.log.join('\n')
    expect(log).toContain('Token: personal access token "ci-scan"')
    expect(log).toContain('Workspace: 4242')
    expect(step.warnings).toEqual([])
    expect(step.summary).toContain('GitGuardian verified')
    expect(step.summary).not.toContain(key('pat'))
  })

  it('reads a service account token from GITGUARDIAN_API_KEY: no member, no expiry', async () => {
    const step = await runMain(
      { vendor: 'gitguardian', url },
      { GITGUARDIAN_API_KEY: key('serviceAccount') }
    )
    expect(step.exitCode).toBe(0)
    expect(step.outputs).toMatchObject({
      'user-id': '',
      'display-name': 'pipeline-sa',
      'expires-at': ''
    })
    expect(step.log.join('\n')).toContain('Token: service account token "pipeline-sa"')
    expect(step.log.join('\n')).toContain('Token expiry: none: the token never expires')
  })

  it('warns when the token expires within expiry-warning-days', async () => {
    const step = await runMain({ vendor: 'gitguardian', url, 'api-key': key('expiringSoon') })
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([
      expect.stringMatching(/^The GitGuardian credential expires in [23] days, on /)
    ])
  })

  it('refuses a token the server reports as revoked, as a rejected key', async () => {
    fake().setStatus('pat', 'revoked')
    const step = await runMain({ vendor: 'gitguardian', url, 'api-key': key('pat') })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('GitGuardian: the API key is not active (HTTP 200')
    expect(step.errors[0]).toContain(
      'the token was revoked (GitGuardian reports its status as revoked)'
    )
    expect(step.env).toEqual({})
  })

  it('explains a token of the other instance: the 401 names both regions', async () => {
    const step = await runMain({ vendor: 'gitguardian', url, 'api-key': key('euKey') })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('GitGuardian: the API key was rejected (HTTP 401')
    expect(step.errors[0]).toContain('GitGuardian said: Invalid API key.')
    expect(step.errors[0]).toContain('eu (https://api.eu1.gitguardian.com)')
    fake().setRegion('eu')
    expect((await runMain({ vendor: 'gitguardian', url, 'api-key': key('euKey') })).exitCode).toBe(
      0
    )
  })

  it('fails a scope the token lacks, naming the token', async () => {
    const step = await runMain({
      vendor: 'gitguardian',
      url,
      'api-key': key('serviceAccount'),
      'required-permissions': 'scan, incidents:write'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('pipeline-sa lacks "incidents:write" (required-permissions)')
  })
})
