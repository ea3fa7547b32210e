// Black Duck: the exchange's answer (bearer grammar, CSRF header, expiry), the current-user and
// role-assignment bodies, the error words and validation (unit), and the whole main step in-process
// against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../../core/failure.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import {
  asksAboutRoles,
  bearerExpiry,
  blackDuck,
  csrfToken,
  parseCurrentUser,
  parseRoles,
  rolePaths
} from './index.js'
import { blackDuckErrorText } from './meanings.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { withOneAnswer } from '../../../__tests__/helpers/one-answer.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts['black-duck'] as Record<string, { apiToken: string }>
  tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.apiToken]))
  url = `${sandbox.httpUrl}/_vendor/black-duck`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const fake = () =>
  sandbox.fake('black-duck') as unknown as {
    setCsrf(on: boolean): void
    setRoleLists(on: boolean): void
  }

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, blackDuck, { env: {} })
}

/** The user Black Duck's Python client records (hub-rest-api-python test data). */
const RECORDED_USER = {
  userName: 'no_roles',
  firstName: 'No',
  lastName: 'Roles',
  email: 'gsnyder@synopsys.com',
  type: 'INTERNAL',
  active: true,
  _meta: {
    allow: ['GET'],
    href: 'https://bd.example/api/users/4d8b2df5-1442-4718-8c07-1ebd78e9ec31',
    links: [
      {
        rel: 'roles',
        href: 'https://bd.example/api/users/4d8b2df5-1442-4718-8c07-1ebd78e9ec31/roles'
      }
    ]
  }
}

describe('parseCurrentUser', () => {
  it('reads the recorded user: userName, names, email, and the id its own link ends with', () => {
    expect(parseCurrentUser(RECORDED_USER)).toEqual({
      userId: '4d8b2df5-1442-4718-8c07-1ebd78e9ec31',
      username: 'no_roles',
      displayName: 'No Roles',
      email: 'gsnyder@synopsys.com',
      roles: undefined,
      permissions: undefined,
      organization: ''
    })
  })

  it('leaves the id empty when no link names a user, and cleans hostile text', () => {
    const identity = parseCurrentUser({
      userName: 'eve\n::set-output name=x::y',
      _meta: { href: 'https://bd.example/api/projects/1' }
    })
    expect(identity.userId).toBe('')
    expect(identity.username).not.toMatch(/\n/)
    expect(identity.displayName).toBe('')
  })
})

describe('parseRoles', () => {
  const item = (name: string) => ({ name, scope: 'server', roleKey: name.toLowerCase() })

  it('names every assignment once, server-wide and per project', () => {
    expect(
      parseRoles(
        {
          totalCount: 3,
          items: [item('System Administrator'), item('Project Manager'), item('Project Manager')]
        },
        'GET x'
      )
    ).toEqual(['System Administrator', 'Project Manager'])
    expect(parseRoles({ totalCount: 0, items: [] }, 'GET x')).toEqual([])
  })

  it('fails on a page that holds fewer assignments than the server counts (the recorded default page of 10)', () => {
    const page = { totalCount: 15, items: Array.from({ length: 10 }, (_, i) => item(`R${i}`)) }
    expect(() => parseRoles(page, 'GET https://bd.example/api/current-user/roles')).toThrow(
      "Black Duck: GET https://bd.example/api/current-user/roles listed 10 of the user's 15 role assignments"
    )
  })

  it('reads the assigned and the inherited list of the user its own link names, one page large enough for every assignment', () => {
    expect(rolePaths('4d8b2df5-1442-4718-8c07-1ebd78e9ec31')).toEqual({
      assigned: '/api/users/4d8b2df5-1442-4718-8c07-1ebd78e9ec31/roles?limit=1000',
      inherited: '/api/users/4d8b2df5-1442-4718-8c07-1ebd78e9ec31/inherited-roles?limit=1000'
    })
  })

  it('takes no user id that could point the step at another resource', () => {
    for (const id of ['', '..', 'a/b', 'a?b', '%2e%2e', 'x'.repeat(65), 'a b']) {
      expect(() => rolePaths(id)).toThrow(
        "Black Duck: /api/current-user named no user id of the expected form in its own link (_meta.href), so the user's roles cannot be read."
      )
    }
  })
})

describe('the exchange answer', () => {
  const masked: string[] = []
  const context = { mask: (value: string) => masked.push(value) }
  const answer = (value?: string | string[]) => ({
    headers: value === undefined ? {} : { 'x-csrf-token': value },
    endpoint: 'POST https://bd.example/api/tokens/authenticate'
  })

  it('checks and masks the CSRF token; none when the server sent none', () => {
    masked.length = 0
    const uuid = '6f0c1a52-35e5-4c0c-9a6e-1c4d2b8f7a10'
    expect(csrfToken(context, answer(uuid))).toBe(uuid)
    expect(masked).toEqual([uuid])
    expect(csrfToken(context, answer())).toBeUndefined()
  })

  it('refuses a CSRF token that is not one, without quoting it or masking anything', () => {
    masked.length = 0
    for (const value of [
      'short',
      'abc def ghi jkl mno pqr',
      ['6f0c1a52-35e5-4c0c', '9a6e-1c4d2b8f7a10']
    ]) {
      const refuse = () => csrfToken(context, answer(value))
      expect(refuse).toThrow(ActionFailure)
      expect(refuse).toThrow(
        'The server answered with a malformed credential: the X-CSRF-TOKEN header from POST https://bd.example/api/tokens/authenticate is not a bearer token'
      )
    }
    expect(masked).toEqual([])
  })

  it('reads expiresInMilliseconds from the request time; ignores anything that is not a count', () => {
    const at = Date.UTC(2026, 0, 1, 12, 0, 0)
    expect(bearerExpiry(7_200_000, at)).toBe('2026-01-01T14:00:00Z')
    expect(bearerExpiry('7200000', at)).toBe('2026-01-01T14:00:00Z')
    for (const odd of [undefined, null, 0, -5, 'soon', Number.NaN, 1e308, true]) {
      expect(bearerExpiry(odd, at)).toBeUndefined()
    }
  })
})

describe("Black Duck's words", () => {
  it('quotes errorMessage with its errorCode, else the documented OAuth fields', () => {
    expect(
      blackDuckErrorText({ errorMessage: 'Token is invalid', errorCode: '{core.rest.token}' })
    ).toBe('Token is invalid ({core.rest.token})')
    expect(blackDuckErrorText({ errorMessage: 'Unauthorized' })).toBe('Unauthorized')
    expect(
      blackDuckErrorText({
        error: 'invalid_token',
        error_description: 'Cannot convert access token to JSON'
      })
    ).toBe('invalid_token: Cannot convert access token to JSON')
    expect(blackDuckErrorText({ bearerToken: 'not quoted' })).toBe('')
  })
})

describe('validation', () => {
  it('requires url, names the credential and its fallback, and takes the aliases', () => {
    expect(() => plan({ vendor: 'black-duck', 'api-token': 't' })).toThrow(/url input is required/)
    expect(
      plan({ vendor: 'black-duck', url: 'https://bd.example', 'api-token': 't' })
    ).toMatchObject({
      url: 'https://bd.example',
      region: undefined,
      authMode: 'api-token'
    })
    expect(() => plan({ vendor: 'black-duck', url: 'https://bd.example' })).toThrow(
      /BLACKDUCK_API_TOKEN/
    )
  })

  it('reads a url that ends in /api as the server, warning: every request adds /api itself', () => {
    const given = plan({ vendor: 'black-duck', 'api-token': 't', url: 'https://bd.example/api/' })
    expect(given.url).toBe('https://bd.example')
    expect(given.warnings).toEqual([
      'The url input https://bd.example/api ends in /api, which this step adds to every request itself, so it uses https://bd.example. Set url: https://bd.example to name the server directly.'
    ])
    // A server under a path keeps it; only the /api at the end is read away.
    expect(
      plan({ vendor: 'black-duck', 'api-token': 't', url: 'https://acme.example/bd/API' }).url
    ).toBe('https://acme.example/bd')
    expect(plan({ vendor: 'black-duck', 'api-token': 't', url: 'https://api.example' }).url).toBe(
      'https://api.example'
    )
  })

  it('refuses required-permissions: Black Duck reports roles, not permissions', () => {
    expect(() =>
      plan({
        vendor: 'black-duck',
        url: 'https://bd.example',
        'api-token': 't',
        'required-permissions': 'write'
      })
    ).toThrow('The required-permissions input cannot be used with Black Duck')
  })

  it('reads roles only when a role input asks', () => {
    const base = { vendor: 'black-duck', url: 'https://bd.example', 'api-token': 't' }
    expect(asksAboutRoles(plan(base))).toBe(false)
    expect(asksAboutRoles(plan({ ...base, 'required-roles': 'Global Code Scanner' }))).toBe(true)
    expect(asksAboutRoles(plan({ ...base, 'allowed-roles': 'Global Code Scanner' }))).toBe(true)
  })
})

describe('Black Duck main step (real @actions/core, sandbox over loopback)', () => {
  it('trades the token, sends the bearer and the CSRF token back, and reads no roles unasked', async () => {
    const step = await runMain({ vendor: 'BlackDuck', url, 'api-token': tokens.scannerToken! })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/tokens/authenticate',
      'GET /api/current-user'
    ])
    const [exchange, user] = sandbox.requests
    expect(exchange!.headers.authorization).toBe(`token ${tokens.scannerToken}`)
    const bearer = step.outputs.token!
    expect(user!.headers.authorization).toBe(`Bearer ${bearer}`)
    expect(user!.headers['x-csrf-token']).toMatch(/^[0-9a-f-]{36}$/)
    expect(user!.headers.accept).toBe('application/vnd.blackducksoftware.user-4+json')
    // Contract Behaviour 2: header values derived from a secret are masked too, as sent.
    expect(step.masks).toEqual(
      expect.arrayContaining([
        tokens.scannerToken,
        bearer,
        user!.headers['x-csrf-token'],
        exchange!.headers.authorization,
        user!.headers.authorization
      ])
    )
    expect(step.outputs).toMatchObject({
      vendor: 'black-duck',
      username: 'ci-scanner',
      'display-name': 'CI Scanner',
      email: 'ci-scanner@acme.example',
      roles: '[]',
      'auth-header': `Authorization: Bearer ${bearer}`
    })
    expect(step.outputs['user-id']).toMatch(/^[0-9a-f-]{36}$/)
    const expires = Date.parse(step.outputs['expires-at']!)
    expect(expires - Date.now()).toBeGreaterThan(110 * 60 * 1000)
    expect(expires - Date.now()).toBeLessThanOrEqual(120 * 60 * 1000)
    expect(step.env).toEqual({ BLACKDUCK_URL: url, BLACKDUCK_API_TOKEN: tokens.scannerToken })
    expect(step.log.join('\n')).toContain('Roles: not read: no role input asked for them')
    // One expiry row in the summary, not a second one from a note of the same value.
    expect(step.log.join('\n')).toContain(`Bearer token expires: ${step.outputs['expires-at']}`)
    expect(step.summary.split('Token expires').length - 1).toBe(1)
    expect(step.summary).not.toContain('Bearer token expires')
    // One Roles row in the summary, saying the roles were not read: not "(not reported)" above it.
    expect(step.summary.split('<td>Roles</td>').length - 1).toBe(1)
    expect(step.summary).toContain(
      '<td>Roles</td><td>not read: no role input asked for them (they cost a request)</td>'
    )
  })

  it('reads every role assignment past the default page when required-roles asks', async () => {
    const step = await runMain({
      vendor: 'black-duck',
      url,
      'api-token': tokens.adminToken!,
      'required-roles': 'License Manager'
    })
    expect(step.errors).toEqual([])
    expect(sandbox.requests.map((r) => r.path)).toEqual([
      '/api/tokens/authenticate',
      '/api/current-user',
      expect.stringMatching(/^\/api\/users\/[0-9a-f-]{36}\/roles\?limit=1000$/),
      expect.stringMatching(/^\/api\/users\/[0-9a-f-]{36}\/inherited-roles\?limit=1000$/)
    ])
    expect(JSON.parse(step.outputs.roles!)).toEqual([
      'System Administrator',
      'Global Code Scanner',
      'Policy Manager',
      'License Manager',
      'Project Manager',
      'Project Viewer'
    ])
  })

  it('a System Administrator is verified with the least-privilege warning naming Global Code Scanner (contract Behaviour 14)', async () => {
    const step = await runMain({
      vendor: 'black-duck',
      url,
      'api-token': tokens.adminToken!,
      'required-roles': 'Global Code Scanner'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([
      expect.stringContaining('holds System Administrator, an administrative role')
    ])
    expect(step.warnings[0]).toContain(
      'Give the step a key of a user with Global Code Scanner instead.'
    )
  })

  it('gives no least-privilege warning to a user without an administrative role', async () => {
    const step = await runMain({
      vendor: 'black-duck',
      url,
      'api-token': tokens.scannerToken!,
      'required-roles': 'Global Code Scanner'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([])
  })

  it('sends no CSRF header when the server issued none', async () => {
    fake().setCsrf(false)
    const step = await runMain({ vendor: 'black-duck', url, 'api-token': tokens.scannerToken! })
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests[1]!.headers['x-csrf-token']).toBeUndefined()
  })

  it("a 403 from the exchange: the token's user is refused a bearer, not a rejected token", async () => {
    // The sandbox never answers the exchange with 403; a loopback server that does, with Black
    // Duck's errorMessage field (the contract row: 403 is "signed in, not allowed").
    await withOneAnswer(403, '{"errorMessage":"Access is denied"}', async (url) => {
      const step = await runMain({ vendor: 'black-duck', url, 'api-token': tokens.scannerToken! })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain(
        'Black Duck: the server refused to exchange the API token for a bearer token (HTTP 403'
      )
      expect(step.errors[0]).toContain('the token’s user is locked or may not use the API')
      expect(step.errors[0]).toContain('Access is denied')
      expect(step.env).toEqual({})
    })
  })

  it('a 200 exchange without a bearerToken is no verification', async () => {
    await withOneAnswer(200, '{"expiresInMilliseconds":7200000}', async (url) => {
      const step = await runMain({ vendor: 'black-duck', url, 'api-token': tokens.scannerToken! })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toEqual([
        expect.stringContaining(
          'answered HTTP 200 without a bearerToken, so the API token could not be verified'
        )
      ])
    })
  })
})
