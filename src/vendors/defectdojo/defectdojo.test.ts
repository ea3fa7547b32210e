// DefectDojo: url required, the url check, reading user_profile and its roles, the 403 that means a
// rejected key (unit), and the whole main step in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Json } from '../../kit/parse.js'
import type { HttpResponse } from '../../net/types.js'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { explainAnswer } from '../../kit/endpoint.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import {
  checkApiUrl,
  defectdojo,
  globalRole,
  MEANINGS,
  parseProfile,
  PROFILE_PATH
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
interface Fake {
  omitGlobalRole(): void
  disableApiTokens(): void
  setForbidden(forbidden: boolean): void
}
let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts.defectdojo as Record<string, { apiToken: string }>
  tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.apiToken]))
  url = `${sandbox.httpUrl}/_vendor/defectdojo`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const fake = (): Fake => sandbox.fake('defectdojo') as unknown as Fake

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, defectdojo, { env: {} })
}

describe('inputs', () => {
  it('requires url, with an example', () => {
    expect(() => plan({ vendor: 'defectdojo', 'api-token': 't' })).toThrow(
      'https://defectdojo.example.com'
    )
  })

  it('refuses a url ending in /api/v2 before any request', () => {
    expect(() =>
      plan({ vendor: 'defectdojo', 'api-token': 't', url: 'https://dojo.example.com/api/v2/' })
    ).toThrow('The url input (https://dojo.example.com/api/v2) ends in /api/v2')
    expect(checkApiUrl({ url: 'https://example.com/defectdojo' })).toEqual([])
    for (const url of ['https://dojo.example.com/API/V2', 'https://dojo.example.com/api/v2/']) {
      expect(() => checkApiUrl({ url })).toThrow(`The url input (${url}) ends in /api/v2`)
    }
  })

  it('refuses required-permissions, naming the roles to use instead', () => {
    expect(() =>
      plan({
        vendor: 'defectdojo',
        'api-token': 't',
        url: 'https://dojo.example.com',
        'required-permissions': 'Import_Scan_Result'
      })
    ).toThrow(/required-permissions input cannot be used with DefectDojo: .*use required-roles/)
  })
})

describe('reading user_profile', () => {
  const user = {
    id: 7,
    username: 'ci',
    first_name: 'CI',
    last_name: 'Importer',
    email: 'ci@dojo.example',
    is_superuser: false
  }

  it('names the user and the global role by its name', () => {
    expect(parseProfile({ user, global_role: { id: 3, user: 7, group: null, role: 1 } })).toEqual({
      userId: '7',
      username: 'ci',
      displayName: 'CI Importer',
      email: 'ci@dojo.example',
      roles: ['API Importer'],
      roleAliases: [{ alias: 'API_Importer', of: 'API Importer' }],
      permissions: undefined,
      organization: ''
    })
  })

  it('spells role 1 as DefectDojo stores and shows it too, and no other role', () => {
    expect(parseProfile({ user, global_role: { role: 1 } }).roleAliases).toEqual([
      { alias: 'API_Importer', of: 'API Importer' }
    ])
    for (const role of [2, 3, 4, 5, 9]) {
      expect(parseProfile({ user, global_role: { role } }).roleAliases).toBeUndefined()
    }
    expect(parseProfile({ user: { ...user, is_superuser: true } }).roleAliases).toBeUndefined()
  })

  it.each([
    [1, 'API Importer'],
    [2, 'Writer'],
    [3, 'Maintainer'],
    [4, 'Owner'],
    [5, 'Reader'],
    ['2', 'Writer'],
    [9, 'role 9']
  ])('reads global role %p as %p', (role, name) => {
    expect(globalRole({ global_role: { role } })).toBe(name)
  })

  it('adds Superuser, and tells no global role from an answer without one', () => {
    expect(
      parseProfile({ user: { ...user, is_superuser: true }, global_role: null }).roles
    ).toEqual(['Superuser'])
    expect(
      parseProfile({ user: { ...user, is_superuser: true }, global_role: { role: 4 } }).roles
    ).toEqual(['Owner', 'Superuser'])
    // A release without global_role still reports is_superuser: the roles are known to be none.
    expect(parseProfile({ user }).roles).toEqual([])
    expect(globalRole({ user })).toBeUndefined()
    expect(globalRole({ global_role: null })).toBe('')
    // Neither is reported: nothing is known.
    expect(parseProfile({ user: { id: 7, username: 'ci' } }).roles).toBeUndefined()
  })

  it('says roles may come through user groups, which the key cannot see, only for a member', () => {
    const member = { id: 40, group: 2, user: 7, role: 5 }
    const grouped = parseProfile({ user, global_role: { role: 5 }, dojo_group_member: [member] })
    expect(grouped.roles).toEqual(['Reader'])
    expect(grouped.rolesNotShown?.through).toBe(
      "its 1 DefectDojo user group (DefectDojo shows a group's global role only to a superuser)"
    )
    expect(
      parseProfile({ user, global_role: { role: 5 }, dojo_group_member: [member, member] })
        .rolesNotShown?.through
    ).toMatch(/^its 2 DefectDojo user groups /)
    for (const groups of [[], undefined, null, {}, 'x']) {
      const profile = { user, global_role: { role: 5 }, dojo_group_member: groups } as Json
      expect(parseProfile(profile).rolesNotShown).toBeUndefined()
    }
  })

  it('reads a role given as an object by its id, and cuts an unknown one', () => {
    expect(globalRole({ global_role: { role: { id: 4 } } })).toBe('Owner')
    const long = globalRole({ global_role: { role: 'x'.repeat(200) } })!
    expect(long.startsWith('role xxx')).toBe(true)
    expect(long.length).toBeLessThan(60)
  })

  it('never reads a prototype name as a role', () => {
    expect(globalRole({ global_role: { role: 'constructor' } })).toBe('role constructor')
  })
})

describe('what a 403 means', () => {
  const explain = (status: number, body: unknown): string => {
    const p = plan({ vendor: 'defectdojo', 'api-token': 't', url: 'https://dojo.example.com' })
    const http = createHttpClient({ ...p, vendorName: defectdojo.name }, testIo)
    http.close()
    const context = { ...vendorContext(http, testIo), plan: p, vendor: defectdojo }
    const response = {
      status,
      statusText: status === 401 ? 'Unauthorized' : 'Forbidden',
      headers: {},
      body: JSON.stringify(body),
      endpoint: `GET https://dojo.example.com${PROFILE_PATH}`
    } as unknown as HttpResponse
    const endpoint = { method: 'GET' as const, path: PROFILE_PATH, meanings: MEANINGS }
    return explainAnswer(context, endpoint, response, body).message
  }

  const COPY_AGAIN = 'Fix: copy the key from API v2 Key'
  it.each([
    ['Invalid token.', 'the key was regenerated', COPY_AGAIN],
    [
      'User inactive or deleted.',
      'the key’s user was deactivated or deleted',
      'Fix: ask a DefectDojo administrator to make the user active again, or put the key of an active user into the secret behind the api-token input (or DD_API_KEY).'
    ],
    [
      'Authentication credentials were not provided.',
      'DD_API_TOKENS_ENABLED is false',
      'Fix: ask the DefectDojo administrator to turn API keys on (DD_API_TOKENS_ENABLED: true)'
    ],
    [
      'Invalid token header. Token string should not contain spaces.',
      'with a space or line break in it',
      COPY_AGAIN
    ]
  ])('403 "%s" is a rejected key', (detail, cause, fix) => {
    const message = explain(403, { detail })
    expect(message).toContain('DefectDojo: the API key was rejected (HTTP 403')
    expect(message).toContain(`DefectDojo said: ${detail}`)
    expect(message).toContain(cause)
    expect(message).toContain(fix)
  })

  it('403 "Invalid token." names a wrongly copied key too, which copying it again mends', () => {
    expect(explain(403, { detail: 'Invalid token.' })).toContain(
      'the secret holds an incomplete or wrongly copied key'
    )
  })

  it.each(['User inactive or deleted.', 'Authentication credentials were not provided.'])(
    '403 "%s" does not blame a miscopied key: the server found the key, or saw none',
    (detail) => {
      const message = explain(403, { detail })
      expect(message).not.toContain('wrongly copied')
      expect(message).not.toContain(COPY_AGAIN)
    }
  )

  it('any other 403 is a signed-in user the server refuses', () => {
    const message = explain(403, { detail: 'You do not have permission to perform this action.' })
    expect(message).toContain(
      'the API key is valid but DefectDojo refused to read its user profile'
    )
    expect(explain(403, { detail: 'constructor' })).toContain('the API key is valid but')
  })

  it('a 401 (a deployment with another authenticator first) is a rejected key too', () => {
    expect(explain(401, { detail: 'Invalid token.' })).toContain(
      'the API key was rejected (HTTP 401'
    )
  })

  it('a 401 is read by its detail, as a 403 is', () => {
    const message = explain(401, { detail: 'User inactive or deleted.' })
    expect(message).toContain('the key’s user was deactivated or deleted')
    expect(message).not.toContain('wrongly copied')
  })

  it('a 401 whose detail is a prototype name gets the general causes, not a crash', () => {
    for (const detail of ['constructor', 'toString', '__proto__']) {
      const message = explain(401, { detail })
      expect(message).toContain('the API key was rejected (HTTP 401')
      expect(message).toContain('the key was regenerated, or its user was deactivated or deleted')
    }
  })
})

describe('the fake, spoken to directly', () => {
  const post = (authorization?: string) =>
    fetch(`${url}/api/v2/user_profile/`, {
      method: 'POST',
      headers: authorization === undefined ? {} : { authorization }
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }))

  // REST framework's APIView.dispatch runs initial() (authentication, then permissions) before it
  // looks up the method's handler: only a signed-in caller learns the method is not allowed.
  it('refuses another method as REST framework does: the key first, then 405', async () => {
    expect(await post()).toEqual({
      status: 403,
      body: { detail: 'Authentication credentials were not provided.' }
    })
    expect(await post(`Token ${'0'.repeat(40)}`)).toEqual({
      status: 403,
      body: { detail: 'Invalid token.' }
    })
    expect(await post(`Token ${tokens.importer}`)).toEqual({
      status: 405,
      body: { detail: 'Method "POST" not allowed.' }
    })
  })
})

describe('DefectDojo main step (real @actions/core, sandbox over loopback)', () => {
  it('names the user and the global role in one request; exports DD_URL and DD_API_KEY', async () => {
    const step = await runMain({
      vendor: 'dojo',
      url,
      'api-token': tokens.importer!,
      'required-roles': 'API Importer',
      'allowed-roles': 'API Importer'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v2/user_profile/'
    ])
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Token ${tokens.importer}`)
    expect(step.outputs).toMatchObject({
      vendor: 'defectdojo',
      url,
      'user-id': '7',
      username: 'ci-importer',
      'display-name': 'CI Importer',
      email: 'ci-importer@dojo.example',
      roles: '["API Importer"]',
      permissions: '[]',
      'auth-header': `Authorization: Token ${tokens.importer}`,
      token: '',
      'expires-at': ''
    })
    expect(step.env).toEqual({ DD_URL: url, DD_API_KEY: tokens.importer })
    expect(step.masks).toContain(tokens.importer)
    // Behaviour 2: the header value derived from the key is masked too, not only the key.
    expect(step.masks).toContain(`Token ${tokens.importer}`)
    expect(step.warnings).toEqual([])
    expect(step.log.join('\n')).toContain('Global role: API Importer')
    // Contract, Outputs: identity is one JSON object with all of the above plus vendor, url, authMode.
    expect(JSON.parse(step.outputs.identity!)).toEqual({
      vendor: 'defectdojo',
      url,
      authMode: 'api-token',
      userId: '7',
      username: 'ci-importer',
      displayName: 'CI Importer',
      email: 'ci-importer@dojo.example',
      roles: ['API Importer'],
      permissions: [],
      organization: ''
    })
  })

  it('warns about a superuser, naming the narrower role; allowed-roles makes it a failure', async () => {
    const step = await runMain({ vendor: 'defectdojo', url, 'api-token': tokens.admin! })
    expect(step.exitCode).toBe(0)
    expect(step.outputs.roles).toBe('["Owner","Superuser"]')
    expect(step.warnings).toEqual([
      expect.stringContaining('holds Superuser, an administrative role; a scan gate needs less.')
    ])
    expect(step.warnings[0]).toContain('the API Importer role')
    const strict = await runMain({
      vendor: 'defectdojo',
      url,
      'api-token': tokens.admin!,
      'allowed-roles': 'Owner'
    })
    expect(strict.exitCode).toBe(1)
    expect(strict.errors[0]).toContain('"Superuser", outside allowed-roles')
    // The fix names what failed, and only the inputs this step set.
    expect(strict.errors[0]).toContain(
      "\nFix: use credentials of a user that holds no role outside allowed-roles, ask a DefectDojo administrator to change the user's roles, or change allowed-roles.\n"
    )
  })

  it('fixes an unmet required-roles by the roles, and names no input the step did not set', async () => {
    const step = await runMain({
      vendor: 'defectdojo',
      url,
      'api-token': tokens.reader!,
      'required-roles': 'API Importer, Writer'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      "\nFix: use credentials of a user that holds a role that required-roles lists, ask a DefectDojo administrator to change the user's roles, or change required-roles.\n"
    )
  })

  it('explains the 403 of a regenerated key as a rejected key', async () => {
    const step = await runMain({ vendor: 'defectdojo', url, 'api-token': tokens.regenerated! })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('DefectDojo: the API key was rejected (HTTP 403')
    expect(step.errors[0]).toContain('DefectDojo said: Invalid token.')
    expect(step.env).toEqual({})
  })

  it('explains a 404 as a url that does not lead to the DefectDojo API', async () => {
    // A url under the server with a path prefix DefectDojo is not served at: the sandbox has
    // nothing there and answers 404.
    const step = await runMain({
      vendor: 'defectdojo',
      url: `${url}/elsewhere`,
      'api-token': tokens.importer!
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'DefectDojo: the url input does not lead to the DefectDojo API (HTTP 404'
    )
    expect(step.errors[0]).toContain('DD_URL_PREFIX')
    expect(step.env).toEqual({})
  })

  it('reports a user without a global role, and a release that leaves global_role out', async () => {
    const none = await runMain({ vendor: 'defectdojo', url, 'api-token': tokens.productOnly! })
    expect(none.exitCode).toBe(0)
    expect(none.outputs.roles).toBe('[]')
    expect(none.log.join('\n')).toContain('Global role: none (the user may still hold roles')
    fake().omitGlobalRole()
    const newer = await runMain({
      vendor: 'defectdojo',
      url,
      'api-token': tokens.writer!,
      'required-roles': 'Writer'
    })
    expect(newer.exitCode).toBe(1)
    expect(newer.errors[0]).toContain('wanda (Wanda Writer, wanda@dojo.example) holds no role')
    expect(newer.log.join('\n')).toContain('Global role: not reported')
  })

  it('cannot verify allowed-roles for a member of user groups, whose global roles the key cannot see', async () => {
    const strict = await runMain({
      vendor: 'defectdojo',
      url,
      'api-token': tokens.grouped!,
      'allowed-roles': 'Reader'
    })
    expect(strict.exitCode).toBe(1)
    expect(strict.errors).toHaveLength(1)
    expect(strict.errors[0]).toContain(
      "gus (Gus Grouped, gus@dojo.example) may hold roles through its 1 DefectDojo user group (DefectDojo shows a group's global role only to a superuser), so allowed-roles (Reader) cannot be verified: give the user its global role directly and take it out of its user groups, or remove allowed-roles"
    )
    // The Fix names allowed-roles, the one input that failed, not the inputs the step was not given.
    expect(strict.errors[0]).toContain(
      "Fix: use credentials of a user that holds no role outside allowed-roles, ask a DefectDojo administrator to change the user's roles, or change allowed-roles."
    )
    expect(strict.env).toEqual({})
    // Without allowed-roles the step passes, and says what it could not see.
    const plain = await runMain({ vendor: 'defectdojo', url, 'api-token': tokens.grouped! })
    expect(plain.exitCode).toBe(0)
    expect(plain.outputs.roles).toBe('["Reader"]')
    expect(plain.log.join('\n')).toContain(
      'Global role: Reader; any global role of its 1 user group is not shown to its key'
    )
    // A required role it seems to lack may be one of the groups'.
    const required = await runMain({
      vendor: 'defectdojo',
      url,
      'api-token': tokens.grouped!,
      'required-roles': 'API Importer'
    })
    expect(required.exitCode).toBe(1)
    expect(required.errors[0]).toContain(
      'holds "Reader", and this step requires "API Importer" (required-roles); it may hold one through its 1 DefectDojo user group'
    )
  })
})
