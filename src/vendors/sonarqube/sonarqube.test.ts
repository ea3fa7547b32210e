// SonarQube: token types, the expiry header and users/current (unit), and the whole main step
// in-process against the sandbox's SonarQube (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { resolveLocation } from '../../plan/location.js'
import { canonicalVendorId } from '../index.js'
import { parseIdentity, sonarErrorText, sonarqube, tokenExpiry, tokenType } from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain, runPost } from '../../../__tests__/helpers/action.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  token: string
  login: string
  expiresAt?: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.sonarqube as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/sonarqube`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const tokenOf = (name: string): string => accounts[name]!.token
/** "GET /api/..." of each request, without the query. */
const paths = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)
const BOTH = ['GET /api/authentication/validate', 'GET /api/users/current']

describe('tokenType: the prefix names the type, and only informs', () => {
  it.each([
    ['squ_0123', 'user'],
    ['sqp_0123', 'project-analysis'],
    ['sqa_0123', 'global-analysis'],
    ['sqco_0123', 'organization'],
    ['0123456789abcdef0123456789abcdef01234567', 'unknown']
  ])('%s is %s', (token, type) => {
    expect(tokenType(token)).toBe(type)
  })
})

describe('tokenExpiry: SonarQube-Authentication-Token-Expiration', () => {
  it('reads the +0000 form SonarQube writes as UTC', () => {
    expect(
      tokenExpiry({
        headers: { 'sonarqube-authentication-token-expiration': '2026-11-28T00:00:00+0000' }
      })
    ).toBe('2026-11-28T00:00:00Z')
  })

  it('converts another offset to UTC', () => {
    expect(
      tokenExpiry({
        headers: { 'sonarqube-authentication-token-expiration': '2026-11-28T01:30:00+0130' }
      })
    ).toBe('2026-11-28T00:00:00Z')
  })

  it('is undefined when the header is absent or unreadable', () => {
    expect(tokenExpiry({ headers: {} })).toBeUndefined()
    expect(
      tokenExpiry({ headers: { 'sonarqube-authentication-token-expiration': 'soon' } })
    ).toBeUndefined()
  })
})

describe('parseIdentity: users/current', () => {
  const body = {
    isLoggedIn: true,
    id: 'AY1',
    login: 'ada',
    name: 'Ada Admin',
    email: 'ada@acme.example',
    groups: ['sonar-administrators', 'sonar-users'],
    permissions: { global: ['admin', 'scan'] }
  }

  it('reads login, name, email, groups (and admin) as roles and permissions.global for a user token', () => {
    expect(parseIdentity(body, 'user')).toEqual({
      userId: 'AY1',
      username: 'ada',
      displayName: 'Ada Admin',
      email: 'ada@acme.example',
      roles: ['sonar-administrators', 'sonar-users', 'admin'],
      permissions: ['admin', 'scan'],
      organization: ''
    })
  })

  it("does not report the owner's groups for an analysis token, only admin when it holds it", () => {
    expect(parseIdentity(body, 'global-analysis').roles).toEqual(['admin'])
    expect(parseIdentity(body, 'project-analysis').roles).toEqual(['admin'])
    expect(parseIdentity(body, 'project-analysis').permissions).toEqual(['admin', 'scan'])
    const analysisOnly = { ...body, permissions: { global: ['scan', 'provisioning'] } }
    expect(parseIdentity(analysisOnly, 'global-analysis').roles).toEqual([])
    // No permissions reported: whether it holds admin is unknown, so its roles are too.
    const unreported = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'permissions'))
    expect(parseIdentity(unreported, 'global-analysis').roles).toBeUndefined()
  })

  it('reports no groups for a scoped organization token, which has no owner user', () => {
    expect(parseIdentity(body, 'organization').roles).toEqual(['admin'])
    expect(
      parseIdentity({ ...body, permissions: { global: ['scan'] } }, 'organization').roles
    ).toEqual([])
  })

  it('adds no admin role without the admin permission, nor any role without groups', () => {
    expect(parseIdentity({ ...body, permissions: { global: ['scan'] } }, 'user').roles).toEqual([
      'sonar-administrators',
      'sonar-users'
    ])
    expect(parseIdentity({ login: 'x', permissions: { global: ['admin'] } }, 'user').roles).toBe(
      undefined
    )
  })

  it('reports roles and permissions as unknown when the answer has neither', () => {
    expect(parseIdentity({ login: 'x' }, 'user')).toMatchObject({
      roles: undefined,
      permissions: undefined
    })
  })
})

describe("sonarErrorText: SonarQube's own words", () => {
  it('joins every errors[].msg with ", ", as SonarQube’s scanner does', () => {
    expect(sonarErrorText({ errors: [{ msg: 'Insufficient privileges' }] })).toBe(
      'Insufficient privileges'
    )
    expect(
      sonarErrorText({ errors: [{ msg: 'The "name" parameter is missing' }, { msg: 'second' }] })
    ).toBe('The "name" parameter is missing, second')
  })

  it('skips entries without a msg, and reads other bodies for the shared documented fields', () => {
    expect(sonarErrorText({ errors: [{ code: 1 }, { msg: 'kept' }, 'text'] })).toBe('kept')
    expect(sonarErrorText({ errors: [], message: 'from a proxy' })).toBe('from a proxy')
    expect(sonarErrorText({ errors: [{ title: 'T', detail: 'D' }] })).toBe('T: D')
    expect(sonarErrorText({ other: 'not quoted' })).toBe('')
    expect(sonarErrorText('not JSON')).toBe('')
  })
})

describe('SonarQube location and aliases', () => {
  it.each([
    ['', '', 'https://sonarcloud.io'],
    ['', 'eu', 'https://sonarcloud.io'],
    ['', 'US', 'https://sonarqube.us'],
    ['https://sonar.example.com/', '', 'https://sonar.example.com']
  ])('url %j, region %j → %s', (urlInput, region, expected) => {
    expect(resolveLocation(urlInput, region, sonarqube).url).toBe(expected)
  })

  it('answers to sonarqube, sonarcloud and sonar', () => {
    for (const name of ['sonarqube', 'SonarCloud', 'sonar']) {
      expect(canonicalVendorId(name)).toBe('sonarqube')
    }
  })
})

describe('required-permissions by the name SonarQube shows in its UI', () => {
  // Refused before any request; a token of its own keeps the runner's mask list of the other tests.
  const UNSENT_TOKEN = 'squ_never-sent-ui-permission-names'

  it('fails "Execute Analysis" before any request, naming the API name scan', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': UNSENT_TOKEN,
      'required-permissions': 'Execute Analysis'
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toEqual([])
    expect(step.errors).toEqual([
      [
        'The required-permissions input names SonarQube permissions by their UI names; SonarQube reports them by their API names, which required-permissions must use:',
        '  - "Execute Analysis" is scan',
        'Fix: write required-permissions: scan'
      ].join('\n')
    ])
  })

  it('fails a name that is no SonarQube permission before any request, naming the nearest', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': UNSENT_TOKEN,
      'required-permissions': 'scann, deploy'
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toEqual([])
    expect(step.errors).toEqual([
      [
        `The required-permissions input names "scann", "deploy", which are not SonarQube permissions (did you mean scan for "scann"?). SonarQube's permissions: admin, gateadmin, profileadmin, scan, provisioning, applicationcreator, portfoliocreator.`,
        'Fix: correct required-permissions.'
      ].join('\n')
    ])
  })

  it('maps each documented global permission, in any case, keeping the API names given', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': UNSENT_TOKEN,
      'required-permissions':
        'administer system, Administer Quality Gates, scan, Administer Quality Profiles, Create Projects, Create Applications, Create Portfolios, Execute analysis'
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toEqual([])
    const message = step.errors[0]!
    for (const line of [
      '  - "administer system" is admin',
      '  - "Administer Quality Gates" is gateadmin',
      '  - "Administer Quality Profiles" is profileadmin',
      '  - "Create Projects" is provisioning',
      '  - "Create Applications" is applicationcreator',
      '  - "Create Portfolios" is portfoliocreator',
      '  - "Execute analysis" is scan'
    ]) {
      expect(message.split('\n')).toContain(line)
    }
    expect(message).toMatch(
      /\nFix: write required-permissions: admin, gateadmin, scan, profileadmin, provisioning, applicationcreator, portfoliocreator$/
    )
  })
})

describe('SonarQube main step (real @actions/core, sandbox over loopback)', () => {
  it('validates, then reads users/current, and exports SONAR_HOST_URL and SONAR_TOKEN', async () => {
    const token = tokenOf('userToken')
    const step = await runMain({
      vendor: 'sonarcloud',
      url,
      'api-token': token,
      'required-roles': 'sonar-administrators',
      'required-permissions': 'scan, gateadmin'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual(BOTH)
    for (const request of sandbox.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`)
    }
    expect(step.outputs).toMatchObject({
      vendor: 'sonarqube',
      url,
      'user-id': 'AYz1sandboxAda0001',
      username: 'ada',
      'display-name': 'Ada Admin',
      email: 'ada@acme.example',
      roles: '["sonar-administrators","sonar-users","admin"]',
      permissions: '["admin","gateadmin","profileadmin","provisioning","scan"]',
      'auth-header': `Authorization: Bearer ${token}`,
      token: '',
      'expires-at': ''
    })
    expect(step.env).toEqual({ SONAR_HOST_URL: url, SONAR_TOKEN: token })
    expect(step.masks).toEqual(expect.arrayContaining([token, `Bearer ${token}`]))
    expect(step.log.join('\n')).toContain('Token type: user token (squ_)')
    expect(step.log.join('\n')).toContain('Token expiry: none reported')
    // Ada holds the global "admin" permission: verified, with the least-privilege warning.
    expect(step.warnings).toEqual([
      'SonarQube: ada (Ada Admin, ada@acme.example) holds admin, an administrative role; a scan gate needs less. Give the step a key of a user with only the Execute Analysis permission (scan) instead. To accept it, list "sonar-administrators", "sonar-users", "admin" in allowed-roles: it judges every role held, this one included.'
    ])
  })

  it('allowed-roles accepts exactly what the warning and the roles output name', async () => {
    const token = tokenOf('userToken')
    const first = await runMain({ vendor: 'sonarqube', url, 'api-token': token })
    const roles = JSON.parse(first.outputs.roles!) as string[]
    expect(first.warnings[0]).toContain(
      `list ${roles.map((r) => `"${r}"`).join(', ')} in allowed-roles`
    )
    const accepted = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': token,
      'allowed-roles': roles.join(', ')
    })
    expect(accepted.errors).toEqual([])
    expect(accepted.exitCode).toBe(0)
    expect(accepted.warnings).toEqual([])
    // Each one left out fails, naming it.
    for (const left of roles) {
      const step = await runMain({
        vendor: 'sonarqube',
        url,
        'api-token': token,
        'allowed-roles': roles.filter((r) => r !== left).join(', ')
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(`holds "${left}", outside allowed-roles`)
    }
  })

  it('a developer without admin: roles are the groups, allowed-roles sonar-users passes', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('developerToken'),
      'allowed-roles': 'sonar-users'
    })
    expect(step.errors).toEqual([])
    expect(step.outputs.roles).toBe('["sonar-users"]')
  })

  it('reads the token from SONAR_TOKEN when the input is empty', async () => {
    const token = tokenOf('viewerToken')
    const step = await runMain({ vendor: 'sonar', url }, { SONAR_TOKEN: token })
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(token)
    expect(step.outputs.username).toBe('viewer')
    expect(step.outputs.permissions).toBe('[]')
  })

  it('carries the expiry header into expires-at, without a warning when it is far off', async () => {
    const step = await runMain({ vendor: 'sonarqube', url, 'api-token': tokenOf('developerToken') })
    expect(step.exitCode).toBe(0)
    const expected = accounts.developerToken!.expiresAt!.replace('+0000', 'Z')
    expect(step.outputs['expires-at']).toBe(expected)
    expect(step.warnings).toEqual([])
    expect(step.summary).toContain(`Credential expires`)
  })

  it('warns when the token expires within expiry-warning-days, and still passes', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('expiringSoonToken')
    })
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([
      // Midnight UTC three days from today: between two and three days away.
      expect.stringMatching(
        /^The SonarQube credential expires in [23] days, on .*\(expiry-warning-days: 14\)\.$/
      )
    ])
    const quiet = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('expiringSoonToken'),
      'expiry-warning-days': '2'
    })
    expect(quiet.warnings).toEqual([])
  })

  it('fails on validate\'s {"valid":false} for an expired token, as Bearer and then as Basic', async () => {
    const step = await runMain({ vendor: 'sonarqube', url, 'api-token': tokenOf('expiredToken') })
    expect(step.exitCode).toBe(1)
    // A SonarQube Server before 10.0 takes the token only as Basic: asked once more that way.
    expect(paths()).toEqual([BOTH[0], BOTH[0]])
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('SonarQube: the token was rejected (HTTP 200')
    // SonarQube's own verdict is quoted, so the 200 does not read as a success.
    expect(message).toContain('SonarQube said: {"valid":false}')
    expect(message).toContain('has expired')
    expect(message).toContain('api-token input (or SONAR_TOKEN)')
    // The url is a SonarQube Server: no SonarQube Cloud region is offered as the cause.
    expect(message).not.toContain('another SonarQube region')
    expect(message).not.toContain('Remove the url input and set the region input')
    expect(message).toContain(
      'the token belongs to another SonarQube server than the url input (SonarQube Server and SonarQube Cloud tokens are not interchangeable)'
    )
    expect(step.env).toEqual({})
    expect(step.outputs['auth-header']).toBeUndefined()
  })

  it('fails the same way for a revoked token', async () => {
    const step = await runMain({ vendor: 'sonarqube', url, 'api-token': tokenOf('revokedToken') })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('the token was rejected')
    expect(step.errors[0]).toContain('revoked')
    expect(sandbox.requests).toHaveLength(2)
  })

  it('names a global analysis token, keeps only its analysis permissions, and withholds groups', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('globalAnalysisToken'),
      'required-permissions': 'scan'
    })
    expect(step.exitCode).toBe(0)
    expect(step.outputs.username).toBe('ada')
    expect(step.outputs.permissions).toBe('["provisioning","scan"]')
    expect(step.outputs.roles).toBe('[]')
    const log = step.log.join('\n')
    expect(log).toContain('Token type: global analysis token (sqa_)')
    expect(log).toContain('Groups: not reported')
    // Expires at midnight UTC ten days from today: within the default 14.
    expect(step.warnings).toEqual([expect.stringMatching(/expires in (9|10) days/)])
  })

  it('accepts an analysis token under allowed-roles: it acts with no group, and does not hold admin', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('globalAnalysisToken'),
      'allowed-roles': 'sonar-users'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(step.outputs.roles).toBe('[]')
  })

  it('refuses required-roles for an analysis token before any request rather than count its owner’s groups', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('globalAnalysisToken'),
      'required-roles': 'sonar-administrators'
    })
    expect(step.exitCode).toBe(1)
    // Refused by its prefix before any request, naming what to give instead.
    expect(step.errors).toEqual([
      'required-roles cannot be met with a global analysis token (sqa_): the groups SonarQube lists for it are its owner’s, and it does not act with them.\nFix: give a user token (squ_) to require groups, or require what this token may do with required-permissions (e.g. scan).'
    ])
    expect(sandbox.requests).toEqual([])
    expect(step.env).toEqual({})
  })

  it('says what a project analysis token cannot prove, and fails a permission it lacks', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('projectAnalysisToken'),
      'required-permissions': 'scan'
    })
    expect(step.exitCode).toBe(1)
    expect(step.log.join('\n')).toContain('not that it may analyse this repository’s project')
    expect(step.errors[0]).toContain('lacks "scan" (required-permissions)')
  })

  it("quotes SonarQube's own words on a 403 (errors[].msg)", async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_fault/sonarqube-403/_vendor/sonarqube`,
      'api-token': tokenOf('userToken')
    })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual(BOTH)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'SonarQube: the credentials were accepted but may not do this (HTTP 403'
    )
    expect(step.errors[0]).toContain('\nSonarQube said: Insufficient privileges\n')
  })

  it('does not take a validate answer without its valid field as a yes', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_fault/sonarqube-validate-empty/_vendor/sonarqube`,
      'api-token': tokenOf('userToken')
    })
    expect(step.exitCode).toBe(1)
    // Nothing after it: the token is never taken as valid on an answer that does not say so.
    expect(paths()).toEqual(['GET /api/authentication/validate'])
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('the answer did not carry the expected result (HTTP 200 OK')
    expect(step.errors[0]).toContain('/api/authentication/validate')
    expect(step.outputs['auth-header'] ?? '').toBe('')
  })

  it("quotes SonarQube's own words on a 404 of a url with a path too many", async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url: `${url}/api/users`,
      'api-token': tokenOf('userToken')
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('the endpoint was not found (HTTP 404')
    expect(step.errors[0]).toContain(
      'SonarQube said: Unknown url : /api/users/api/authentication/validate'
    )
  })

  it('explains a 401 (here one that echoes the request headers) without quoting the token', async () => {
    const token = tokenOf('userToken')
    const step = await runMain({
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_fault/echo/_vendor/sonarqube`,
      'api-token': token
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('the token was rejected (HTTP 401')
    expect(step.errors[0]).not.toContain(token)
    expect(
      step.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain(token)
  })
})

describe('required-roles and allowed-roles by the name SonarQube shows in its UI', () => {
  it('fails allowed-roles "Administer System", naming admin and the list to write', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('userToken'),
      'allowed-roles': 'sonar-administrators, sonar-users, Administer System'
    })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual(BOTH)
    expect(step.errors).toEqual([
      [
        'The allowed-roles input names SonarQube permissions by their UI names (and the token holds no group so named); SonarQube reports them by their API names:',
        '  - "Administer System" is admin',
        'Fix: write allowed-roles: sonar-administrators, sonar-users, admin'
      ].join('\n')
    ])
  })

  it('sends a permission named in required-roles to required-permissions, by its API name', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('developerToken'),
      'required-roles': 'sonar-users, Execute Analysis',
      'allowed-roles': 'sonar-users, execute analysis'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      [
        'The required-roles input names SonarQube permissions by their UI names (and the token holds no group so named); SonarQube reports them by their API names:',
        '  - "Execute Analysis" is scan, a permission and not a role: require it with required-permissions',
        'The allowed-roles input names SonarQube permissions by their UI names (and the token holds no group so named); SonarQube reports them by their API names:',
        '  - "execute analysis" is scan, a permission and not a role, which allowed-roles never meets: leave it out',
        'Fix: write required-roles: sonar-users; write allowed-roles: sonar-users; write required-permissions: scan'
      ].join('\n')
    ])
  })

  it('takes a UI name as the group it names, when the token holds a group so named', async () => {
    // SonarQube does not forbid a group named like a permission: such a name is the group's.
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify(
          req.url!.startsWith('/api/authentication')
            ? { valid: true }
            : {
                isLoggedIn: true,
                login: 'ci',
                groups: ['Execute Analysis'],
                permissions: { global: ['scan'] }
              }
        )
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const step = await runMain({
        vendor: 'sonarqube',
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        'api-token': 'squ_ui-named-group-token',
        'required-roles': 'Execute Analysis',
        'allowed-roles': 'Execute Analysis'
      })
      expect(step.errors).toEqual([])
      expect(step.exitCode).toBe(0)
      expect(step.outputs.roles).toBe('["Execute Analysis"]')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('a SonarQube Cloud scoped organization token (sqco_)', () => {
  // SonarQube does not document what users/current answers for one: this server answers with
  // whatever each test needs, to check only what the step says of the token.
  const SQCO = `sqco_${'0123456789abcdef'.repeat(2)}01234567`
  async function withServer(
    answer: (req: IncomingMessage, res: ServerResponse) => void,
    body: (url: string) => Promise<void>
  ): Promise<void> {
    const server = createServer(answer)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      await body(`http://127.0.0.1:${(server.address() as { port: number }).port}`)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }
  const json = (res: ServerResponse, status: number, value: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
  }
  const current = { isLoggedIn: true, login: 'acme-ci', groups: ['g'], permissions: { global: [] } }

  it('is named as an organization’s analysis-only token, without groups, and says what is unknown', async () => {
    await withServer(
      (req, res) =>
        json(res, 200, req.url!.startsWith('/api/authentication') ? { valid: true } : current),
      async (serverUrl) => {
        const step = await runMain({ vendor: 'sonarqube', url: serverUrl, 'api-token': SQCO })
        expect(step.errors).toEqual([])
        const log = step.log.join('\n')
        expect(log).toContain(
          'Token type: SonarQube Cloud scoped organization token (sqco_): it belongs to an organization, not to a user, and may only run analysis'
        )
        expect(log).toContain('not publicly documented')
        expect(log).toContain('Groups: not reported: an organization token has no owner user')
        expect(step.outputs.roles).toBe('[]')
      }
    )
  })

  it('names the token type among the causes of an anonymous answer', async () => {
    await withServer(
      (req, res) =>
        json(
          res,
          200,
          req.url!.startsWith('/api/authentication') ? { valid: true } : { isLoggedIn: false }
        ),
      async (serverUrl) => {
        const step = await runMain({ vendor: 'sonarqube', url: serverUrl, 'api-token': SQCO })
        expect(step.exitCode).toBe(1)
        expect(step.errors[0]).toContain('the server answered for an anonymous user')
        expect(step.errors[0]).toContain(
          'scoped organization token (sqco_), which belongs to no user'
        )
      }
    )
  })

  it('names the token type when the server refuses to mint with it', async () => {
    await withServer(
      (req, res) => {
        if (req.url!.startsWith('/api/authentication')) json(res, 200, { valid: true })
        else if (req.url!.startsWith('/api/users/current')) json(res, 200, current)
        else json(res, 403, { errors: [{ msg: 'Insufficient privileges' }] })
      },
      async (serverUrl) => {
        const step = await runMain({
          vendor: 'sonarqube',
          url: serverUrl,
          'api-token': SQCO,
          'mint-token': 'true'
        })
        expect(step.exitCode).toBe(1)
        expect(step.errors[0]).toContain('is a scoped organization token (sqco_)')
        expect(step.errors[0]).not.toContain('is an analysis token')
      }
    )
  })
})

describe('mint-token with an analysis token', () => {
  it('gives the fix that fits: a user token, not a grant to the user', async () => {
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('globalAnalysisToken'),
      'mint-token': 'true'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('is an analysis token, which may not create tokens')
    expect(step.errors[0]).toContain(
      'Fix: give the api-token input a user token (squ_) of a user with Execute Analysis, or turn mint-token off to hand later steps the given token.'
    )
  })
})

describe('mint-token on a server that judges the expiry day in its own time zone', () => {
  // The 9.6-era GenerateAction read "today" in the zone of the server's JVM: ahead of UTC, the day
  // after today in UTC can already be its today, which it refuses as too early.
  /** The day a 30-minute token-lifetime asks for, a server zone ahead of UTC that refuses it, and the day after. */
  const serverAheadOfUtc = (): { asked: Date; offset: number; dayAfter: string } => {
    const now = Date.now()
    const asked = new Date(now + 30 * 60_000)
    asked.setUTCHours(24, 0, 0, 0)
    // Hours east of UTC that make the asked day the server's today. Not 24: the token would then
    // die at the very instant asked (the day after, less a day), and there would be no later
    // expiry to report. 25 still keeps the day after within the server's tomorrow at that hour.
    const hoursAhead = Math.ceil((asked.getTime() - now) / 3_600_000) + 1
    const offset = hoursAhead === 24 ? 25 : hoursAhead
    const dayAfter = new Date(asked.getTime() + 86_400_000).toISOString().slice(0, 10)
    return { asked, offset, dayAfter }
  }

  it('asks once more for the day the server names as its first, and reports when the token dies', async () => {
    const { asked, offset, dayAfter } = serverAheadOfUtc()
    const fake = sandbox.fake('sonarqube') as unknown as {
      setServerUtcOffsetHours(hours: number): void
      minted: { expirationDate: string }[]
    }
    fake.setServerUtcOffsetHours(offset)

    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('developerToken'),
      'mint-token': 'true',
      'token-lifetime': '30m'
    })
    expect(step.errors).toEqual([])
    const generated = sandbox.requests
      .filter((r) => r.path === '/api/user_tokens/generate')
      .map((r) => new URLSearchParams(r.body).get('expirationDate'))
    expect(generated).toEqual([asked.toISOString().slice(0, 10), dayAfter])
    expect(fake.minted.map((m) => m.expirationDate)).toEqual([dayAfter])
    // The start of that day in the server's zone.
    expect(Date.parse(step.outputs['expires-at']!)).toBe(
      Date.parse(`${dayAfter}T00:00:00Z`) - offset * 3_600_000
    )
    expect(step.log.join('\n')).toContain(`asking for ${dayAfter} instead`)
    expect(step.log.join('\n')).toContain("the start of its expiry day in the server's time zone")
    // Behaviour 2: the minted token, its header value and the auth-header line are all masked.
    const minted = step.outputs.token!
    expect(step.masks).toEqual(
      expect.arrayContaining([minted, `Bearer ${minted}`, `Authorization: Bearer ${minted}`])
    )
  })

  it('keeps the later day for the post step when the answer to that second request is lost', async () => {
    // The token SonarQube created lives until the day asked the second time: should the post step
    // fail to revoke it, its warning must not say it dies a day sooner.
    const { offset, dayAfter } = serverAheadOfUtc()
    const fake = sandbox.fake('sonarqube') as unknown as {
      setServerUtcOffsetHours(hours: number): void
      loseGenerateAnswer(status: number): void
      minted: { expirationDate: string; revoked: boolean }[]
    }
    fake.setServerUtcOffsetHours(offset)
    fake.loseGenerateAnswer(502)
    const inputs = {
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('developerToken'),
      'mint-token': 'true',
      'token-lifetime': '30m'
    }
    const step = await runMain(inputs)
    expect(step.exitCode).toBe(1)
    expect(fake.minted.map((m) => m.expirationDate)).toEqual([dayAfter])

    // The given token no longer works in the post step, so the minted one is not revoked.
    const post = await runPost(step.state, { ...inputs, 'api-token': tokenOf('revokedToken') })
    expect(fake.minted[0]!.revoked).toBe(false)
    expect(post.warnings.join('\n')).toContain(
      `It was asked to expire at ${dayAfter}T00:00:00.000Z, but the answer that would confirm it was lost`
    )
  })
})

describe('mint-token on a server that judges the expiry day in UTC, or by a wrong clock', () => {
  const inputs = () => ({
    vendor: 'sonarqube',
    url,
    'api-token': tokenOf('developerToken'),
    'mint-token': 'true',
    'token-lifetime': '30m'
  })
  const generated = (): (string | null)[] =>
    sandbox.requests
      .filter((r) => r.path === '/api/user_tokens/generate')
      .map((r) => new URLSearchParams(r.body).get('expirationDate'))

  it('asks once, and says nothing of a server time zone, when the expiry is the day asked', async () => {
    const step = await runMain(inputs())
    expect(step.errors).toEqual([])
    const [asked] = generated()
    expect(generated()).toEqual([asked])
    expect(Date.parse(step.outputs['expires-at']!)).toBe(Date.parse(`${asked}T00:00:00Z`))
    expect(step.log.join('\n')).not.toContain("the server's time zone")
  })

  it('hands on the token of a server in UTC-12, whose day asked starts the latest, 12 hours after UTC', async () => {
    // The latest expiry a genuine server sets: one later than this is refused as no server's.
    const fake = sandbox.fake('sonarqube') as unknown as {
      setServerUtcOffsetHours(hours: number): void
    }
    fake.setServerUtcOffsetHours(-12)
    const step = await runMain(inputs())
    expect(step.errors).toEqual([])
    const [asked] = generated()
    expect(generated()).toEqual([asked])
    expect(Date.parse(step.outputs['expires-at']!)).toBe(
      Date.parse(`${asked}T00:00:00Z`) + 12 * 3_600_000
    )
    expect(step.env.SONAR_TOKEN).toMatch(/^sqa_[0-9a-f]{40}$/)
    expect(step.outputs.token).toBe(step.env.SONAR_TOKEN)
    expect(step.log.join('\n')).toContain("the start of its expiry day in the server's time zone")
  })

  it('does not advise more retries after a 502 to the mint, which is never sent again', async () => {
    // The generate request creates a token: after a 502 it may have, so it is not repeated, and
    // raising the retries input cannot help.
    const fake = sandbox.fake('sonarqube') as unknown as {
      loseGenerateAnswer(status: number): void
    }
    fake.loseGenerateAnswer(502)
    const step = await runMain({ ...inputs(), retries: '3' })
    expect(step.exitCode).toBe(1)
    expect(generated()).toHaveLength(1)
    expect(step.errors[0]).toContain('the server failed to answer (HTTP 502')
    expect(step.errors[0]).toContain(
      'Fix: try again later (this request is not sent again after an HTTP 502, since it may have created something on the server already, so the retries input does not help).'
    )
    expect(step.errors[0]).not.toContain('raise the retries input')
  })

  it('keeps the day asked for the post step when the answer to the only request is lost', async () => {
    // Kept before the request is sent: should the post step fail to revoke the token SonarQube may
    // have created, its warning names the day that token dies.
    const fake = sandbox.fake('sonarqube') as unknown as {
      loseGenerateAnswer(status: number): void
      minted: { revoked: boolean }[]
    }
    fake.loseGenerateAnswer(502)
    const step = await runMain(inputs())
    expect(step.exitCode).toBe(1)
    const [asked] = generated()
    const post = await runPost(step.state, { ...inputs(), 'api-token': tokenOf('revokedToken') })
    expect(fake.minted[0]!.revoked).toBe(false)
    expect(post.warnings.join('\n')).toContain(
      `It was asked to expire at ${asked}T00:00:00.000Z, but the answer that would confirm it was lost`
    )
  })

  it('past the day asked, a lost answer is still no proof the token died: the failed revoke warns', async () => {
    // A server behind UTC ends that day up to 12 hours later, and SonarQube 9.5 sets no expiry at
    // all: an expiry no answer confirmed never lets the post step say the token expired by itself.
    const fake = sandbox.fake('sonarqube') as unknown as {
      loseGenerateAnswer(status: number): void
      minted: { revoked: boolean }[]
    }
    fake.loseGenerateAnswer(502)
    const step = await runMain(inputs())
    expect(step.exitCode).toBe(1)
    const [asked] = generated()
    const afterTheDayAsked = Date.parse(`${asked}T00:00:00Z`) + 60 * 60_000
    const later = jest.spyOn(Date, 'now').mockImplementation(() => afterTheDayAsked)
    try {
      const post = await runPost(step.state, { ...inputs(), 'api-token': tokenOf('revokedToken') })
      expect(fake.minted[0]!.revoked).toBe(false)
      expect(post.warnings).toHaveLength(1)
      expect(post.warnings[0]).toContain('check for it and revoke it by hand')
      expect(post.log.join('\n')).not.toContain('needs no revoke')
    } finally {
      later.mockRestore()
    }
  })

  it('fails as SonarQube refused when its first day is further off than the day after', async () => {
    // A server whose clock is days ahead names a minimum no time zone explains: asking for it would
    // make a token live days longer than token-lifetime.
    const fake = sandbox.fake('sonarqube') as unknown as {
      setServerUtcOffsetHours(hours: number): void
      minted: unknown[]
    }
    fake.setServerUtcOffsetHours(72)
    const step = await runMain(inputs())
    expect(step.exitCode).toBe(1)
    expect(generated()).toHaveLength(1)
    expect(fake.minted).toEqual([])
    expect(step.errors[0]).toContain('The minimum value for parameter expirationDate is')
    expect(step.log.join('\n')).not.toContain('instead, the first day it accepts')
  })
})

describe('mint-token on a server that sets no expiry (before 9.6)', () => {
  it('the post step that cannot revoke the token does not say it expires by itself', async () => {
    // The token such a server made lives until it is revoked: a warning naming the day asked as its
    // end would tell the user there is nothing left to do.
    const fake = sandbox.fake('sonarqube') as unknown as {
      setTokenTypes(on: boolean): void
      minted: { name: string; revoked: boolean }[]
    }
    fake.setTokenTypes(false)
    const inputs = {
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('developerToken'),
      'mint-token': 'true'
    }
    const step = await runMain(inputs)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('without an expiry')

    const post = await runPost(step.state, { ...inputs, 'api-token': tokenOf('revokedToken') })
    expect(fake.minted[0]!.revoked).toBe(false)
    const warning = post.warnings.join('\n')
    expect(warning).toContain('scanner-login could not revoke the credential minted for this job')
    expect(warning).not.toContain('expires by itself')
    expect(warning).toContain('It does not expire by itself')

    // With the given token working again, it is revoked, and the log names what was revoked.
    const again = await runPost(step.state, inputs)
    expect(fake.minted[0]!.revoked).toBe(true)
    expect(again.log).toContain(`Revoked the SonarQube credential minted for this job at ${url}.`)
  })
})

describe('mint-token on a server that answers a later expiry than the day asked', () => {
  // A genuine SonarQube Server (9.6 and later: one that sets an expiry) sets the day asked, started
  // in its own zone, and no zone starts a day later than 12:00 UTC (UTC-12). A token that outlives
  // it is not handed on.
  const USER_TOKEN = `squ_${'0123456789abcdef'.repeat(2)}01234567`
  const MINTED = `sqa_${'fedcba9876543210'.repeat(2)}76543210`
  /** A one-hour mint-token step with USER_TOKEN against the server at `url`. */
  const mintInputs = (url: string): Record<string, string> => ({
    vendor: 'sonarqube',
    url,
    'api-token': USER_TOKEN,
    'mint-token': 'true',
    'token-lifetime': '1h'
  })

  /**
   * A SonarQube that verifies USER_TOKEN and mints the token asked, with the expiry `answered` (the
   * start of the day asked in UTC when undefined); `revoked` lists the names revoked.
   */
  async function withMintingServer(
    answered: string | ((asked: string) => string) | undefined,
    body: (url: string, revoked: string[]) => Promise<void>,
    revokeStatus = 204,
    answerFields: Record<string, unknown> = {}
  ): Promise<void> {
    const revoked: string[] = []
    const server = createServer((req, res) => {
      const json = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
      }
      let form = ''
      req.on('data', (chunk: Buffer) => (form += chunk.toString()))
      req.on('end', () => {
        const path = req.url!.split('?')[0]
        if (path === '/api/authentication/validate') return json(200, { valid: true })
        if (path === '/api/users/current') {
          return json(200, {
            isLoggedIn: true,
            login: 'ci',
            groups: ['ci'],
            permissions: { global: ['scan'] }
          })
        }
        if (path === '/api/user_tokens/generate') {
          const asked = new URLSearchParams(form)
          return json(200, {
            login: 'ci',
            name: asked.get('name'),
            token: MINTED,
            createdAt: '2026-01-01T00:00:00+0000',
            type: asked.get('type'),
            expirationDate:
              typeof answered === 'function'
                ? answered(asked.get('expirationDate')!)
                : (answered ?? `${asked.get('expirationDate')}T00:00:00+0000`),
            ...answerFields
          })
        }
        if (path === '/api/user_tokens/revoke') {
          if (revokeStatus !== 204) return json(revokeStatus, { errors: [{ msg: 'Refused' }] })
          revoked.push(new URLSearchParams(form).get('name') ?? '')
          res.writeHead(204).end()
          return
        }
        json(404, { errors: [{ msg: 'Unknown url' }] })
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      await body(`http://127.0.0.1:${(server.address() as { port: number }).port}`, revoked)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }

  it('fails the step on an expiry past the day asked, hands nothing on, and revokes the token in the post step', async () => {
    await withMintingServer('2099-12-31T00:00:00+0000', async (url, revoked) => {
      const inputs = mintInputs(url)
      const step = await runMain(inputs)
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain('to expire at 2099-12-31T00:00:00Z')
      expect(step.errors[0]).toContain('was not handed on')
      expect(step.errors[0]).toContain(
        'Fix: check that the url input points at the real SonarQube Server.'
      )
      expect(step.outputs.token ?? '').toBe('')
      expect(step.env.SONAR_TOKEN).toBeUndefined()
      expect(step.masks).toContain(MINTED)

      const post = await runPost(step.state, inputs)
      expect(revoked).toHaveLength(1)
      expect(revoked[0]).toMatch(/^scanner-login-/)
      expect(post.warnings).toEqual([])
    })
  })

  it('refuses an expiry a second after the day asked starts in UTC-12, the latest zone', async () => {
    await withMintingServer(
      (asked) => `${asked}T12:00:01+0000`,
      async (url) => {
        const step = await runMain(mintInputs(url))
        expect(step.exitCode).toBe(1)
        expect(step.errors[0]).toContain('T12:00:01Z, later than the')
        expect(step.env.SONAR_TOKEN).toBeUndefined()
      }
    )
  })

  it('names the expiry answered, not the day asked, should the post step fail to revoke it', async () => {
    await withMintingServer(
      '2099-12-31T00:00:00+0000',
      async (url) => {
        const inputs = mintInputs(url)
        const step = await runMain(inputs)
        expect(step.exitCode).toBe(1)
        const post = await runPost(step.state, inputs)
        expect(post.warnings.join('\n')).toContain('expires by itself at 2099-12-31T00:00:00')
      },
      403
    )
  })

  it('hands on the token asked, on the day asked', async () => {
    await withMintingServer(undefined, async (url) => {
      const step = await runMain(mintInputs(url))
      expect(step.errors).toEqual([])
      expect(step.env.SONAR_TOKEN).toBe(MINTED)
    })
  })

  // Last in this block: masks are per process, and the tests above expect to be first to mask MINTED.
  it.each([
    [
      503,
      'SonarQube or a proxy in front of it failed the revoke (HTTP 503: an outage or maintenance)'
    ],
    [
      401,
      'the token the step was given (api-token) was revoked or expired during the job, so it could not authenticate the revoke'
    ],
    [403, 'SonarQube refused the revoke with HTTP 403 to the token the step was given (api-token)']
  ])('a revoke answered %i says that cause only', async (status, cause) => {
    await withMintingServer(
      undefined,
      async (url) => {
        const inputs = { ...mintInputs(url), retries: '0' }
        const step = await runMain(inputs)
        expect(step.errors).toEqual([])
        const post = await runPost(step.state, inputs)
        expect(post.exitCode).toBe(0)
        expect(post.warnings).toHaveLength(1)
        expect(post.warnings[0]).toContain(`Likely cause: ${cause}.`)
        // The failure names the vendor once, before the headline.
        expect(post.warnings[0]).toContain('SonarQube: the token "scanner-login-')
        expect(post.warnings[0]).not.toContain('SonarQube: SonarQube')
        // The post step reads the api-token input only: SONAR_TOKEN was never sent.
        expect(post.warnings[0]).not.toContain('SONAR_TOKEN')
        expect(post.warnings[0]).toContain('It stays valid until it expires by itself at')
      },
      status
    )
  })

  // A server that set an expiry (9.6 and later) answers the type it made and the login it made it
  // for: a user token acts with all of its owner's permissions, and another user's token with
  // permissions the gate never judged.
  it.each([
    [
      'a user token',
      { type: 'USER_TOKEN' },
      'a token of type "USER_TOKEN" where a global analysis token'
    ],
    ['no type', { type: undefined }, 'a token of no type where a global analysis token'],
    ['another login', { login: 'admin' }, 'a token for the user "admin" where "ci" was verified'],
    ['no login', { login: undefined }, 'a token for no user where "ci" was verified']
  ])(
    'fails on an answer with %s, hands nothing on, and revokes the token in the post step',
    async (_, fields, words) => {
      await withMintingServer(
        undefined,
        async (url, revoked) => {
          const inputs = mintInputs(url)
          const step = await runMain(inputs)
          expect(step.exitCode).toBe(1)
          expect(step.errors[0]).toContain(`SonarQube created ${words}`)
          expect(step.errors[0]).toContain(
            'it was not handed on, and it is revoked when the job ends'
          )
          expect(step.outputs.token ?? '').toBe('')
          expect(step.env.SONAR_TOKEN).toBeUndefined()
          const post = await runPost(step.state, inputs)
          expect(revoked).toHaveLength(1)
          expect(revoked[0]).toMatch(/^scanner-login-/)
          expect(post.warnings).toEqual([])
        },
        204,
        fields
      )
    }
  )
})
