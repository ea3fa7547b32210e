// Veracode: the HMAC signature (unit, against a vector computed independently with openssl), the
// credential checks and region prefixes (through the real plan builder), the user reader, then the
// whole main step in-process against the sandbox fake, which verifies every signature.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHmac, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ActionFailure } from '../../core/failure.js'
import { checkRequirements, cleanIdentity } from '../../core/identity.js'
import { judgePrivilege } from '../../core/privilege.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { stripPrefix } from './credentials.js'
import { conversationId, parseUser, signatureHeader, veracode } from './index.js'
import { resolveLocation } from '../../plan/location.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  apiId: string
  apiKey: string
  region: string
  userName: string
  expiresAt: string
}
interface VeracodeFake {
  state: { rejections: string[]; conversations: string[] }
}

let sandbox: Sandbox
let accounts: Record<string, Account>
let fake: VeracodeFake
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.veracode as Record<string, Account>
  fake = sandbox.fake('veracode') as unknown as VeracodeFake
  url = `${sandbox.httpUrl}/_vendor/veracode`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const HEX_ID = '0123456789ABCDEF0123456789abcdef'
const HEX_KEY = 'a1'.repeat(64)
const creds = (name: string) => ({
  'access-key': accounts[name]!.apiId,
  'secret-key': accounts[name]!.apiKey
})

function raw(inputs: Partial<RawInputs>): RawInputs {
  const all = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs
  return { ...all, vendor: 'veracode', ...inputs }
}
const plan = (inputs: Partial<RawInputs>) => buildPlan(raw(inputs), veracode, { env: {} })

function planError(inputs: Partial<RawInputs>): string {
  try {
    plan(inputs)
  } catch (error) {
    if (error instanceof ActionFailure) return error.message
    throw error
  }
  throw new Error('expected the plan to be refused')
}

describe('signatureHeader: Veracode HMAC-SHA-256', () => {
  it('matches a signature computed independently with openssl', () => {
    const header = signatureHeader(
      {
        id: HEX_ID,
        key: HEX_KEY,
        host: 'API.veracode.com',
        url: '/api/authn/v2/users/self?x=1',
        method: 'get'
      },
      { createHmac, randomBytes },
      1700000000000,
      '00112233445566778899aabbccddeeff'
    )
    // The id keeps its case in the header and is lower-cased only in the signed data.
    expect(header).toBe(
      `VERACODE-HMAC-SHA-256 id=${HEX_ID},ts=1700000000000,nonce=00112233445566778899aabbccddeeff,sig=d82b34f7cde774429cb3ac6dc5c1c088b8fe3175d90bb1a627e5133687c20391`
    )
  })

  it('draws a fresh 16-byte nonce for every header', () => {
    const input = { id: HEX_ID, key: HEX_KEY, host: 'h', url: '/', method: 'GET' }
    const nonce = (h: string) => /nonce=([0-9a-f]+)/.exec(h)![1]!
    const a = signatureHeader(input, { createHmac, randomBytes }, 1)
    const b = signatureHeader(input, { createHmac, randomBytes }, 1)
    expect(nonce(a)).toHaveLength(32)
    expect(nonce(a)).not.toBe(nonce(b))
  })

  it('strips region prefixes as Veracode libraries do', () => {
    expect(stripPrefix(`vera01ei-${HEX_ID}`)).toBe(HEX_ID)
    expect(stripPrefix(HEX_ID)).toBe(HEX_ID)
  })
})

describe('credential checks and regions, before any request', () => {
  it('lets EU-prefixed credentials select the EU host', () => {
    const eu = plan({ 'access-key': `vera01ei-${HEX_ID}`, 'secret-key': `vera01es-${HEX_KEY}` })
    expect(eu).toMatchObject({ region: 'eu', url: 'https://api.veracode.eu' })
    expect(plan({ 'access-key': HEX_ID, 'secret-key': HEX_KEY })).toMatchObject({
      region: 'us',
      url: 'https://api.veracode.com'
    })
  })

  it('refuses EU credentials with region us, naming the region input', () => {
    const message = planError({
      region: 'us',
      'access-key': `vera01ei-${HEX_ID}`,
      'secret-key': `vera01es-${HEX_KEY}`
    })
    expect(message).toContain('belong to region eu')
    expect(message).toContain('region input is us')
  })

  it('refuses a pair whose prefixes name different regions', () => {
    const message = planError({
      'access-key': `vera01ei-${HEX_ID}`,
      'secret-key': `vera01fs-${HEX_KEY}`
    })
    expect(message).toContain('region prefixes of different regions (eu and fedramp)')
    expect(message).toContain('not one pair')
  })

  it('takes a pair with one prefix, the region following the API ID as Veracode’s client does', () => {
    expect(plan({ 'access-key': `vera01ei-${HEX_ID}`, 'secret-key': HEX_KEY })).toMatchObject({
      region: 'eu',
      url: 'https://api.veracode.eu'
    })
    expect(plan({ 'access-key': HEX_ID, 'secret-key': `vera01gs-${HEX_KEY}` })).toMatchObject({
      region: 'us',
      url: 'https://api.veracode.com'
    })
    // A bare API ID selects no region (veracode-api-py: "g", global), whatever the key's prefix.
    const bareId = plan({ 'access-key': HEX_ID, 'secret-key': `vera01es-${HEX_KEY}` })
    expect(bareId).toMatchObject({ region: 'us' })
    // ...but says so, since the key's prefix names another region.
    expect(bareId.warnings).toEqual([
      expect.stringContaining(
        'The secret-key carries the prefix of region eu, but the access-key (API ID) none'
      )
    ])
    // region: eu (or the EU url) checks the EU: its own warning, below.
    // A url given picks no region: a US key's prefix is the global default, nothing to warn about.
    const atUrl = plan({
      url: 'https://api.veracode.com',
      'access-key': HEX_ID,
      'secret-key': `vera01gs-${HEX_KEY}`
    })
    expect(atUrl.warnings).toEqual([])
    // An EU key at the EU API host (url or region): the step checks the EU, so "set region: eu"
    // would change nothing, but the bare API ID it exports sends Veracode's tools to the US.
    for (const where of [{ url: 'https://api.veracode.eu' }, { region: 'eu' }]) {
      const atEu = plan({ ...where, 'access-key': HEX_ID, 'secret-key': `vera01es-${HEX_KEY}` })
      expect(atEu.url).toBe('https://api.veracode.eu')
      expect(atEu.warnings).toEqual([
        `The secret-key carries the prefix of region eu, but the access-key (API ID) none: this step checks https://api.veracode.eu, as the ${'url' in where ? 'url' : 'region'} input says, but Veracode's own tools in later steps take the region from the API ID alone and would send these credentials to https://api.veracode.com. Give the API ID with its prefix too.`
      ])
    }
    // The region input is still held to the API ID's prefix.
    expect(
      planError({ region: 'us', 'access-key': `vera01ei-${HEX_ID}`, 'secret-key': HEX_KEY })
    ).toContain('belong to region eu')
  })

  it('lets FedRAMP-prefixed credentials select the FedRAMP host, as Veracode’s client maps it', () => {
    const fed = { 'access-key': `vera01fi-${HEX_ID}`, 'secret-key': `vera01fs-${HEX_KEY}` }
    expect(plan(fed)).toMatchObject({ region: 'fedramp', url: 'https://api.veracode.us' })
    expect(plan({ ...fed, region: 'FedRAMP' }).url).toBe('https://api.veracode.us')
    expect(resolveLocation('', 'fedramp', veracode).url).toBe('https://api.veracode.us')
    const message = planError({ ...fed, region: 'eu' })
    expect(message).toContain('belong to region fedramp')
    expect(message).toContain('the prefix selects https://api.veracode.us')
  })

  it('refuses a prefix for a region without a URL unless url is given', () => {
    const other = { 'access-key': `vera01xi-${HEX_ID}`, 'secret-key': `vera01xs-${HEX_KEY}` }
    expect(planError(other)).toContain(
      'carry the prefix vera01xi-, which names a region this action has no URL for (only us, eu, fedramp)'
    )
    expect(plan({ ...other, url: 'https://api.veracode.example' }).url).toBe(
      'https://api.veracode.example'
    )
  })

  it.each([
    ['a UUID', '3f2b1c7e-9a4d-4e8b-a1c2-0d9e8f7a6b5c'],
    ['an opaque identifier', 'VeracodeOAuthClient_7Hq2xPz9Lw4'],
    ['a prefixed identifier', 'vera01ei-client_7Hq2xPz9Lw4Kd8']
  ])('names OAuth Client credentials for a client ID (%s) given as access-key', (_what, id) => {
    const message = planError({ 'access-key': id, 'secret-key': 'an-oauth-client-secret' })
    expect(message).toContain(
      'The access-key input is not a Veracode HMAC API ID (32 to 128 hexadecimal characters): it looks like the Client ID of Veracode OAuth Client credentials.'
    )
    expect(message).toContain('does not publicly document the token endpoint')
    expect(message).toContain('Create API Credentials > HMAC Credentials')
    expect(message).not.toContain('not a Veracode API ID')
    expect(message).not.toContain(id)
  })

  it('keeps the plain shape message for a value with a stray quote or space', () => {
    const message = planError({ 'access-key': `"${HEX_ID}`, 'secret-key': HEX_KEY })
    expect(message).toContain('The access-key input is not a Veracode API ID')
    expect(message).not.toContain('OAuth')
  })

  it('says when the API ID and key are swapped, without quoting them', () => {
    const message = planError({ 'access-key': HEX_KEY, 'secret-key': HEX_ID })
    expect(message).toContain('look swapped')
    expect(message).not.toContain(HEX_ID)
  })

  it.each([
    [
      'access-key',
      { 'access-key': 'not-hex-at-all-but-long-enough-xxxxxxxx', 'secret-key': HEX_KEY }
    ],
    ['access-key', { 'access-key': 'abc123', 'secret-key': HEX_KEY }],
    ['secret-key', { 'access-key': HEX_ID, 'secret-key': 'ab'.repeat(20) + 'zz'.repeat(50) }],
    ['secret-key', { 'access-key': HEX_ID, 'secret-key': 'ab'.repeat(30) }]
  ])('names the %s input when it is not shaped like a Veracode credential', (input, given) => {
    expect(planError(given)).toContain(`The ${input} input is not a Veracode`)
  })

  it('refuses required-permissions: Veracode reports roles only, named as the console names them', () => {
    const message = planError({
      'access-key': HEX_ID,
      'secret-key': HEX_KEY,
      'required-permissions': 'x'
    })
    expect(message).toContain('required-permissions input cannot be used with Veracode')
    // The documented name of uploadapi (docs.veracode.com/r/c_identity_create_api).
    expect(message).toContain('Upload and Scan API')
  })
})

describe('conversationId: the x-conversation-id Veracode support asks for', () => {
  it('takes the header as sent, and nothing that is not shaped like an id', () => {
    const id = '4f0c3a9e-5b7d-4c1e-9a2b-8d6f0e1c2b3a'
    expect(conversationId({ headers: { 'x-conversation-id': id } })).toBe(id)
    expect(conversationId({ headers: { 'x-conversation-id': [id, 'other'] } })).toBe(id)
    expect(conversationId({ headers: {} })).toBe('')
    expect(conversationId({ headers: { 'x-conversation-id': '::error::x' } })).toBe('')
    expect(conversationId({ headers: { 'x-conversation-id': 'a b' } })).toBe('')
    expect(conversationId({ headers: { 'x-conversation-id': 'a'.repeat(129) } })).toBe('')
  })
})

describe('parseUser: the documented user model', () => {
  it('reads names, roles with their descriptions as aliases, and the organization', () => {
    expect(
      parseUser({
        user_id: 'u-1',
        user_name: 'ci-api',
        first_name: 'Acme',
        last_name: 'CI',
        email_address: 'ci@acme.example',
        roles: [{ role_name: 'uploadapi', role_description: 'Upload and Scan API' }],
        organization: { org_name: 'Acme Security' }
      })
    ).toEqual({
      userId: 'u-1',
      username: 'ci-api',
      displayName: 'Acme CI',
      email: 'ci@acme.example',
      roles: ['uploadapi'],
      roleAliases: [{ alias: 'Upload and Scan API', of: 'uploadapi' }],
      permissions: undefined,
      organization: 'Acme Security'
    })
  })

  it('takes each role in allowed-roles by its role_name or its own console name', () => {
    const identity = cleanIdentity(
      parseUser({
        user_name: 'ci-api',
        roles: [
          { role_name: 'uploadapi', role_description: 'Upload and Scan API' },
          { role_name: 'resultsapi', role_description: 'Results API' }
        ]
      })
    )
    const allowed = (list: string[]) => judgePrivilege(veracode, identity, list, 'ci').reasons
    expect(allowed(['uploadapi', 'Results API'])).toEqual([])
    expect(allowed(['Upload and Scan API'])).toEqual([
      'ci holds "resultsapi" (Results API), outside allowed-roles ("Upload and Scan API"): use a key of a narrower user, one that holds only the allowed roles'
    ])
  })

  it('warns of the Admin API role of an API service account as of the Administrator role', () => {
    // Veracode's Identity API serves every endpoint (users, roles, teams) to an API service account
    // with Admin API, as to a user with Administrator (docs.veracode.com/r/c_identity_intro).
    const warnings = (role: { role_name: string; role_description: string }) =>
      judgePrivilege(
        veracode,
        cleanIdentity(parseUser({ user_name: 'ci-api', roles: [role] })),
        [],
        'ci'
      ).warnings
    for (const role of ['adminapi', 'extadmin']) {
      expect(warnings({ role_name: role, role_description: '' })).toEqual([
        `Veracode: ci holds ${role}, an administrative role; a scan gate needs less. Give the step a key of a user with Submitter (Upload and Scan API for an API service account) instead. To accept it, list "${role}" in allowed-roles.`
      ])
    }
    // Held by its console name alone, Admin API is just as administrative.
    expect(warnings({ role_name: '', role_description: 'Admin API' })).toHaveLength(1)
    expect(warnings({ role_name: 'uploadapi', role_description: 'Upload and Scan API' })).toEqual(
      []
    )
  })

  it('lets a console name with no role_name beside it meet required-roles, vouching for no role', () => {
    const identity = cleanIdentity(
      parseUser({ user_name: 'ci-api', roles: [{ role_description: 'Upload and Scan API' }] })
    )
    expect(identity.roles).toEqual([])
    expect(identity.roleAliases).toEqual([{ alias: 'Upload and Scan API', of: '' }])
    expect(checkRequirements(identity, ['Upload and Scan API'], []).passed).toBe(true)
  })

  it('lets no spelling of a role the answer says is not held meet required-roles', () => {
    const identity = cleanIdentity(
      parseUser({
        user_name: 'ci-api',
        roles: [{ role_name: 'uploadapi', role_description: 'Upload and Scan API', granted: false }]
      })
    )
    expect(identity.roles).toEqual([])
    expect(identity.roleAliases).toEqual([])
    expect(checkRequirements(identity, ['uploadapi'], []).passed).toBe(false)
    expect(checkRequirements(identity, ['Upload and Scan API'], []).passed).toBe(false)
  })

  it('keeps at most as many console names as role names from one answer', () => {
    const roles = Array.from({ length: 3000 }, (_, i) => ({ role_description: `Role ${i}` }))
    expect(parseUser({ user_name: 'ci-api', roles }).roleAliases).toHaveLength(1000)
  })

  it('reports roles as unknown and the organization as empty when absent', () => {
    expect(parseUser({ user_name: 'x' })).toMatchObject({ roles: undefined, organization: '' })
  })
})

describe('Veracode main step (real @actions/core, sandbox over loopback)', () => {
  it('signs both requests afresh, reads the user and the credential expiry', async () => {
    const step = await runMain({
      vendor: 'veracode',
      url,
      ...creds('user'),
      'required-roles': 'Creator'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/authn/v2/users/self',
      'GET /api/authn/v2/api_credentials'
    ])
    const headers = sandbox.requests.map((r) => String(r.headers.authorization))
    for (const header of headers) {
      expect(header).toMatch(
        new RegExp(
          `^VERACODE-HMAC-SHA-256 id=${accounts.user!.apiId},ts=\\d{13},nonce=[0-9a-f]{32},sig=[0-9a-f]{64}$`
        )
      )
    }
    expect(headers[0]).not.toBe(headers[1])
    expect(fake.state.rejections).toEqual([])
    expect(step.outputs).toMatchObject({
      vendor: 'veracode',
      url,
      'user-id': expect.stringMatching(/^0c8e2f9a-0001-/),
      username: 'ada@acme.example',
      'display-name': 'Ada Lovelace',
      email: 'ada@acme.example',
      roles: '["extcreator","extsubmitter","extreviewer"]',
      organization: 'Acme Security',
      'auth-header': '',
      token: '',
      'expires-at': accounts.user!.expiresAt.replace(/\.\d{3}\+0000$/, 'Z')
    })
    expect(step.env).toEqual({
      VERACODE_API_KEY_ID: accounts.user!.apiId,
      VERACODE_API_KEY_SECRET: accounts.user!.apiKey
    })
    expect(step.masks).toEqual(expect.arrayContaining([accounts.user!.apiKey, ...headers]))
    expect(step.summary).toContain('Credential expires')
    expect(step.warnings).toEqual([])
  })

  it('signs EU credentials with their prefixes stripped', async () => {
    const step = await runMain({ vendor: 'veracode', url, ...creds('eu') })
    expect(step.errors).toEqual([])
    const bare = accounts.eu!.apiId.replace('vera01ei-', '')
    expect(String(sandbox.requests[0]!.headers.authorization)).toContain(`id=${bare},`)
    expect(step.masks).toEqual(expect.arrayContaining([bare, accounts.eu!.apiKey.slice(9)]))
    expect(step.env.VERACODE_API_KEY_ID).toBe(accounts.eu!.apiId)
  })

  it.each([
    ['a prefixed API ID with a bare key', (id: string, key: string) => [id, key.slice(9)] as const],
    ['a bare API ID with a prefixed key', (id: string, key: string) => [id.slice(9), key] as const]
  ])('signs %s, each prefix stripped on its own', async (_what, shape) => {
    const [id, key] = shape(accounts.eu!.apiId, accounts.eu!.apiKey)
    const step = await runMain({ vendor: 'veracode', url, 'access-key': id, 'secret-key': key })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(String(sandbox.requests[0]!.headers.authorization)).toContain(
      `id=${accounts.eu!.apiId.slice(9)},`
    )
    expect(step.env).toMatchObject({ VERACODE_API_KEY_ID: id, VERACODE_API_KEY_SECRET: key })
  })

  it('takes the credentials from VERACODE_API_KEY_ID / VERACODE_API_KEY_SECRET', async () => {
    const step = await runMain(
      { vendor: 'veracode', url },
      {
        VERACODE_API_KEY_ID: accounts.apiService!.apiId,
        VERACODE_API_KEY_SECRET: accounts.apiService!.apiKey
      }
    )
    expect(step.exitCode).toBe(0)
    expect(step.outputs.username).toBe('acme-ci-api')
  })

  it.each([
    ['apiService', 'Upload and Scan API'],
    ['apiService', 'uploadapi'],
    ['user', 'Creator'],
    ['user', 'extcreator']
  ])(
    'meets required-roles for %s by the role description or the short name: %s',
    async (name, role) => {
      const step = await runMain({
        vendor: 'veracode',
        url,
        ...creds(name),
        'required-roles': role
      })
      expect(step.errors).toEqual([])
      expect(step.exitCode).toBe(0)
    }
  )

  it('reports the short names and takes allowed-roles by either spelling of each role', async () => {
    const step = await runMain({
      vendor: 'veracode',
      url,
      ...creds('apiService'),
      'allowed-roles': 'Upload and Scan API, resultsapi'
    })
    expect(step.errors).toEqual([])
    expect(step.outputs.roles).toBe('["uploadapi","resultsapi"]')
    const narrower = await runMain({
      vendor: 'veracode',
      url,
      ...creds('user'),
      'allowed-roles': 'Creator, extsubmitter'
    })
    expect(narrower.exitCode).toBe(1)
    expect(narrower.errors[0]).toContain('holds "extreviewer" (Reviewer), outside allowed-roles')
  })

  it('names each role outside allowed-roles by its console name beside its role_name', async () => {
    const step = await runMain({
      vendor: 'veracode',
      url,
      ...creds('user'),
      'allowed-roles': 'Submitter'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'holds "extcreator" (Creator), "extreviewer" (Reviewer), outside allowed-roles ("Submitter"): use a key of a narrower user'
    )
  })

  it('points "Upload API", a name the role does not have, to its short name', async () => {
    const step = await runMain({
      vendor: 'veracode',
      url,
      ...creds('apiService'),
      'required-roles': 'Upload API'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('did you mean "uploadapi"?')
  })

  it('warns when the credentials expire within expiry-warning-days', async () => {
    const step = await runMain({ vendor: 'veracode', url, ...creds('expiringSoon') })
    expect(step.exitCode).toBe(0)
    expect(step.warnings.join('\n')).toMatch(/Veracode credential expires in [45] days/)
    const quiet = await runMain({
      vendor: 'veracode',
      url,
      ...creds('expiringSoon'),
      'expiry-warning-days': '0'
    })
    expect(quiet.warnings).toEqual([])
  })

  it.each([
    ['regenerated', 'revoked'],
    ['expired', 'expired']
  ])(
    'explains the 401 for %s credentials, clock skew and region included',
    async (name, reason) => {
      const step = await runMain({ vendor: 'veracode', url, ...creds(name) })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toHaveLength(1)
      const [message = ''] = step.errors
      expect(message).toContain('the signed request was rejected (HTTP 401')
      expect(message).toContain('Unauthorized request')
      expect(message).toContain('revoked or have expired')
      expect(message).toContain("runner's clock")
      expect(message).toContain('the url input')
      expect(message).toContain('swapped')
      expect(fake.state.rejections).toEqual([reason])
      // The one answer's conversation id ends the message, for Veracode support.
      expect(fake.state.conversations).toHaveLength(1)
      expect(message.split('\n').at(-1)).toBe(
        `Conversation ID: ${fake.state.conversations[0]} (the answer's x-conversation-id; quote it to Veracode support)`
      )
      expectNoLeak(step, [accounts[name]!.apiKey])
    }
  )

  it('quotes no conversation id when the answer carries none (not Veracode answering)', async () => {
    const step = await runMain({ vendor: 'veracode', url: `${url}/nowhere`, ...creds('user') })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('HTTP 404')
    expect(fake.state.conversations).toHaveLength(0)
    expect(step.errors[0]).not.toContain('Conversation ID')
  })

  it('signs FedRAMP credentials with their prefixes stripped, at the url given', async () => {
    const step = await runMain({ vendor: 'veracode', url, ...creds('fedramp') })
    expect(step.errors).toEqual([])
    const bare = accounts.fedramp!.apiId.replace('vera01fi-', '')
    expect(String(sandbox.requests[0]!.headers.authorization)).toContain(`id=${bare},`)
    expect(step.outputs).toMatchObject({ username: 'fay@agency.example', roles: '["uploadapi"]' })
    expect(step.env.VERACODE_API_KEY_ID).toBe(accounts.fedramp!.apiId)
  })

  it('fails the role gate naming the roles held', async () => {
    const step = await runMain({
      vendor: 'veracode',
      url,
      ...creds('expiringSoon'),
      'required-roles': 'Security Lead'
    })
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('holds "extreviewer"')
    expect(step.errors[0]).toContain('"Security Lead"')
  })

  it('signs the path behind a fault prefix, so a retried 429 still verifies', async () => {
    const faulty = `${sandbox.httpUrl}/_fault/429-once/_vendor/veracode`
    const step = await runMain({ vendor: 'veracode', url: faulty, ...creds('user'), retries: '1' })
    expect(step.errors).toEqual([])
    expect(fake.state.rejections).toEqual([])
    // The retry is signed afresh: a new timestamp and nonce, never a replayed signature.
    const selfRequests = sandbox.requests.filter((r) =>
      r.path.startsWith('/api/authn/v2/users/self')
    )
    expect(selfRequests).toHaveLength(2)
    const signatures = selfRequests.map((r) => String(r.headers.authorization))
    expect(new Set(signatures).size).toBe(2)
  })
})

// Contract, veracode row: every failure quotes the x-conversation-id of the answer that caused it.
// The users/self answer succeeds here and carries its own id; the failure is the second request's.
describe('Veracode: the conversation id of a failed api_credentials request', () => {
  const user = {
    user_id: '0c8e2f9a-0001-4000-8000-000000000001',
    user_name: 'vic@acme.example',
    email_address: 'vic@acme.example',
    roles: [{ role_name: 'extsubmitter' }]
  }
  async function withServer(
    credentials: (res: ServerResponse) => void,
    run: (serverUrl: string) => Promise<void>
  ): Promise<void> {
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (req.url!.startsWith('/api/authn/v2/users/self')) {
        res
          .writeHead(200, { 'content-type': 'application/json', 'x-conversation-id': 'conv-self' })
          .end(JSON.stringify(user))
      } else credentials(res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  const inputs = (serverUrl: string) => ({
    vendor: 'veracode',
    url: serverUrl,
    'access-key': HEX_ID,
    'secret-key': HEX_KEY,
    retries: '0'
  })

  it("quotes the api_credentials answer's own conversation id", async () => {
    await withServer(
      (res) =>
        res
          .writeHead(500, {
            'content-type': 'application/json',
            'x-conversation-id': 'conv-credentials'
          })
          .end(JSON.stringify({ http_code: 500, message: 'Internal Server Error' })),
      async (serverUrl) => {
        const step = await runMain(inputs(serverUrl))
        expect(step.exitCode).toBe(1)
        expect(step.errors).toHaveLength(1)
        expect(step.errors[0]).toContain('/api/authn/v2/api_credentials')
        expect(step.errors[0]!.split('\n').at(-1)).toBe(
          "Conversation ID: conv-credentials (the answer's x-conversation-id; quote it to Veracode support)"
        )
      }
    )
  })

  it('quotes no conversation id of an earlier answer when api_credentials got none', async () => {
    await withServer(
      (res) => res.socket!.destroy(),
      async (serverUrl) => {
        const step = await runMain(inputs(serverUrl))
        expect(step.exitCode).toBe(1)
        expect(step.errors).toHaveLength(1)
        expect(step.errors[0]).toContain('/api/authn/v2/api_credentials')
        expect(step.errors[0]).not.toContain('conv-self')
        expect(step.errors[0]).not.toContain('Conversation ID')
      }
    )
  })
})
