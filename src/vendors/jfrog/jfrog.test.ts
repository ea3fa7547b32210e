// JFrog: what an access token says of itself, the checks before any request (unit), and the whole
// main step in-process against the sandbox's JFrog Platform (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Plan } from '../../kit/types.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import {
  checkAccessToken,
  givenAccessToken,
  reachesXray,
  readTokenClaims,
  sameScopes
} from './access-token.js'
import { jfrog } from './index.js'
import { broaderAudience, mintLifetime } from './mint.js'
import { MAX_NAMES } from '../../kit/parse.js'
import { identityOf } from './xray.js'
import { oidcProjectKey } from './oidc.js'
import { startSandbox } from '../../../sandbox/index.js'
import { signJwt } from '../../../sandbox/jwt.js'
import { runMain, runPost, type StepResult } from '../../../__tests__/helpers/action.js'
import { expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
let tokens: Record<string, string>
let url: string
/** A mint-token step with the developer's access token, for token-lifetime `lifetime`. */
const mintInputs = (lifetime = '1h'): Record<string, string> => ({
  vendor: 'jfrog',
  url,
  'api-token': tokens.developer!,
  'mint-token': 'true',
  'token-lifetime': lifetime
})

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts.jfrog as unknown as Record<string, { accessToken: string }>
  tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.accessToken]))
  url = `${sandbox.httpUrl}/_vendor/jfrog`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const jwt = (claims: Record<string, unknown>): string => signJwt(claims, 'test-only-signing-key')
const inAnHour = Math.floor(Date.now() / 1000) + 3600

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): Plan {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, jfrog, { env: {} })
}

describe('what an access token says of itself', () => {
  it('reads the user from sub, the scopes from scp, the services from aud, the expiry from exp', () => {
    const claims = readTokenClaims(
      jwt({
        sub: 'jfac@01hxyz/users/ci-bot',
        scp: 'applied-permissions/groups:readers,deployers  applied-permissions/user',
        aud: '*@*',
        iss: 'jfac@01hxyz',
        exp: 1_900_000_000
      })
    )
    expect(claims).toEqual({
      kind: 'jwt',
      username: 'ci-bot',
      subject: 'ci-bot',
      scopes: [
        'applied-permissions/groups:readers',
        'applied-permissions/groups:deployers',
        'applied-permissions/user'
      ],
      rawScope: 'applied-permissions/groups:readers,deployers applied-permissions/user',
      audience: ['*@*'],
      expiresAt: '2030-03-17T17:46:40Z'
    })
  })

  it('names no user without a subject, and reports no scopes when scp is absent', () => {
    expect(readTokenClaims(jwt({ iss: 'jfac@01hxyz' }))).toMatchObject({
      username: '',
      scopes: undefined,
      audience: []
    })
    expect(readTokenClaims(jwt({ scp: ['api:*', { name: 'x' }] })).scopes).toEqual(['api:*'])
    expect(readTokenClaims(jwt({ scp: ['api:*', { name: 'x' }] })).scopeUnread).toBe(true)
    expect(readTokenClaims(jwt({ scp: ['api:*', 'system:metrics:r'] })).scopeUnread).toBeUndefined()
    // An aud of exactly as many entries as are read leaves none unread, in either shape.
    const instances = Array.from({ length: MAX_NAMES }, (_, i) => `jfxr@${i}`)
    expect(readTokenClaims(jwt({ aud: instances })).audienceUnread).toBeUndefined()
    expect(readTokenClaims(jwt({ aud: instances.join(' ') })).audienceUnread).toBeUndefined()
    expect(readTokenClaims(jwt({ aud: [...instances, 'jfxr@0'] })).audienceUnread).toBeUndefined()
    expect(readTokenClaims(jwt({ aud: `${instances.join(' ')} *@*` })).audienceUnread).toBe(true)
    // A list entry holding a space is read as the audiences it lists, as a string is.
    expect(readTokenClaims(jwt({ aud: ['jfxr@* *@*'] })).audience).toEqual(['jfxr@*', '*@*'])
  })

  it('reads the user from sub as the JFrog CLI does: the whole subject when it names no user', () => {
    const user = (sub: unknown) => readTokenClaims(jwt({ sub })).username
    // A group-scoped OIDC identity mapping's token: <provider>/<mapping> (jfrog-client-go #951).
    expect(user('github-acme/ci-readers')).toBe('github-acme/ci-readers')
    expect(user('jfac@01hxyz/users/ci-bot')).toBe('ci-bot')
    expect(user('jfrt@01hxyz/users/admin')).toBe('admin')
    expect(user('jfrt@01hxyz/node-1')).toBe('node-1')
    expect(user(42)).toBe('')
    // Bounded and cleaned like every identity field the server writes.
    const long = user(`github-acme/${'m'.repeat(5000)}\n::warning::owned`)
    expect(long).not.toContain('\n')
    expect(long.length).toBeLessThanOrEqual(512)
  })

  it('reports a group scope once per group, quotes dropped', () => {
    expect(
      readTokenClaims(jwt({ scp: 'applied-permissions/groups:"readers",ci,,"ops" api:*' })).scopes
    ).toEqual([
      'applied-permissions/groups:readers',
      'applied-permissions/groups:ci',
      'applied-permissions/groups:ops',
      'api:*'
    ])
  })

  it('reports a scope that lists project roles or actions once per item, as a group scope', () => {
    expect(
      readTokenClaims(
        jwt({
          scp: 'applied-permissions/roles:proj:dev,"qa" system:metrics:r,w member-of-groups:a,b jfrt@01abc:admin'
        })
      ).scopes
    ).toEqual([
      'applied-permissions/roles:proj:dev',
      'applied-permissions/roles:proj:qa',
      'system:metrics:r',
      'system:metrics:w',
      'member-of-groups:a',
      'member-of-groups:b',
      'jfrt@01abc:admin'
    ])
    // The same items in another order, or written out one by one, name the same permissions.
    expect(sameScopes('system:metrics:w,r', 'system:metrics:r system:metrics:w')).toBe(true)
    expect(sameScopes('system:metrics:r,w', 'system:metrics:r')).toBe(false)
  })

  it('keeps a quoted group name that holds commas one group, as JFrog reads it', () => {
    // JFrog's "Create Scoped Token": applied-permissions/groups:"group_1","group 2","group,3" applies
    // three groups. Split at every comma, "ci,readers,x" made the token seem to carry readers.
    expect(
      readTokenClaims(jwt({ scp: 'applied-permissions/groups:"ci,readers,x",ops' })).scopes
    ).toEqual(['applied-permissions/groups:ci,readers,x', 'applied-permissions/groups:ops'])
    expect(sameScopes('applied-permissions/groups:"a,b"', 'applied-permissions/groups:a,b')).toBe(
      false
    )
    // No group, quoted or not, makes a group it does not list (nor any other scope) seem held.
    const name = fc.stringMatching(/^[a-z,:]{1,8}$/).filter((n) => /[a-z]/.test(n))
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 5 }), name, (groups, other) => {
        fc.pre(!groups.includes(other))
        const scp = `applied-permissions/groups:${groups.map((g) => `"${g}"`).join(',')}`
        const held = readTokenClaims(jwt({ scp })).scopes!
        expect(held).not.toContain(`applied-permissions/groups:${other}`)
        expect(held).toEqual(groups.map((g) => `applied-permissions/groups:${g}`))
      })
    )
  })

  it('reads a group scope longer than one piece of server text whole: every group, no ellipsis', () => {
    const groups = Array.from({ length: 60 }, (_, i) => `deployers-of-team-${i}`)
    const scp = `applied-permissions/groups:${groups.join(',')}`
    expect(scp.length).toBeGreaterThan(512)
    const claims = readTokenClaims(jwt({ scp }))
    expect(claims.rawScope).toBe(scp)
    expect(claims.scopes).toEqual(groups.map((group) => `applied-permissions/groups:${group}`))
    expect(readTokenClaims(jwt({ scp: [scp, 'api:*'] })).rawScope).toBe(`${scp} api:*`)
  })

  it('holds the last group of such a scope, and quotes the scope cut to 512 characters', async () => {
    const step = await runMain({
      vendor: 'jfrog',
      url,
      'api-token': tokens.manyGroups!,
      'required-permissions': 'applied-permissions/groups:deployers-of-team-59',
      'mint-token': 'true'
    })
    expect(step.exitCode).toBe(1)
    const quoted = /the verified token is limited to "([^"]*)"/.exec(step.errors[0] ?? '')
    expect(quoted?.[1]).toMatch(/^applied-permissions\/groups:deployers-of-team-0,/)
    expect(quoted![1]!.length).toBeLessThanOrEqual(512)
  })

  it('cleans what it reads: a user name cannot carry a workflow command', () => {
    const { username } = readTokenClaims(jwt({ sub: 'jfac@x/users/eve\n::warning::owned' }))
    expect(username).not.toContain('\n')
  })

  it('reads who a token acts as past the service that issued it, whole, in lower case', () => {
    const subject = (sub: string): string => readTokenClaims(jwt({ sub })).subject
    expect(subject('jfac@01hxyz/users/CI-Bot')).toBe('ci-bot')
    expect(subject('jfrt@01abcd/users/ci-bot')).toBe('ci-bot')
    // An identity of an OIDC mapping: the same whether or not a service id and users/ come first.
    expect(subject('jfac@01hxyz/users/github/ci-mapping')).toBe('github/ci-mapping')
    expect(subject('github/ci-mapping')).toBe('github/ci-mapping')
  })

  it('tells a reference token and an opaque value from a JWT; neither says anything', () => {
    expect(readTokenClaims('cmVmdGtuOjAxOjAwMDAwMDAwMDA6YWJjZGVm')).toEqual({
      kind: 'reference',
      username: '',
      subject: '',
      scopes: undefined,
      audience: [],
      expiresAt: undefined
    })
    expect(readTokenClaims('not-a-token-at-all-0000').kind).toBe('opaque')
  })

  it('an audience reaches Xray with jfxr@ or every service; none stated is not held against it', () => {
    expect(reachesXray(['*@*'])).toBe(true)
    expect(reachesXray(['jfrt@*', 'jfxr@01hxyz'])).toBe(true)
    expect(reachesXray([])).toBe(true)
    expect(reachesXray(['jfrt@*'])).toBe(false)
  })

  it('the identity is the token user and its scopes; nothing else', () => {
    const credential = givenAccessToken({
      credentials: {
        'api-token': jwt({ sub: 'jfac@x/users/dev', scp: 'applied-permissions/user' })
      }
    })
    expect(identityOf(credential)).toEqual({
      userId: '',
      username: 'dev',
      displayName: '',
      email: '',
      roles: undefined,
      permissions: ['applied-permissions/user'],
      organization: ''
    })
  })
})

describe('before any request', () => {
  /** The plan of a developer's token with these required-permissions. */
  const withScopes = (scopes: string) =>
    plan({
      vendor: 'jfrog',
      url: 'https://acme.jfrog.io',
      'api-token': tokens.developer!,
      'required-permissions': scopes
    })

  it('refuses an API key, naming it as such', () => {
    expect(() =>
      checkAccessToken({ credentials: { 'api-token': `AKC${'a1B2'.repeat(17)}` } })
    ).toThrow('The api-token input holds a JFrog API key (it begins "AKC"), not an access token')
  })

  it('refuses a token whose own exp has passed, saying when', () => {
    const expired = jwt({ sub: 'jfac@x/users/dev', exp: 1_700_000_000 })
    expect(() => checkAccessToken({ credentials: { 'api-token': expired } })).toThrow(
      'expired on 2023-11-14T22:13:20Z (its exp claim), so nothing was sent'
    )
    expect(checkAccessToken({ credentials: { 'api-token': jwt({ exp: inAnHour }) } })).toEqual([])
  })

  it('warns about a value that is neither a JWT nor a reference token, and sends it all the same', () => {
    expect(checkAccessToken({ credentials: { 'api-token': 'opaque-value-0000000' } })).toEqual([
      expect.stringContaining('does not look like a JFrog access token')
    ])
  })

  it('requires url, refuses a service path, and refuses required-roles', () => {
    const token = tokens.developer!
    expect(() => plan({ vendor: 'jfrog', 'api-token': token })).toThrow(
      'The url input is required for JFrog'
    )
    expect(() =>
      plan({ vendor: 'jfrog', url: 'https://acme.jfrog.io/artifactory/', 'api-token': token })
    ).toThrow(
      "The url input is the JFrog Platform URL, without /artifactory: the action adds each service's path itself. Set url to https://acme.jfrog.io."
    )
    expect(() =>
      plan({ vendor: 'jfrog', url: 'https://acme.jfrog.io/xray', 'api-token': token })
    ).toThrow('without /xray')
    expect(
      plan({ vendor: 'jfrog', url: 'https://jfrog.example.com/platform', 'api-token': token })
    ).toMatchObject({ url: 'https://jfrog.example.com/platform', authMode: 'access-token' })
    expect(() =>
      plan({
        vendor: 'jfrog',
        url: 'https://acme.jfrog.io',
        'api-token': token,
        'required-roles': 'admin'
      })
    ).toThrow(/required-roles input cannot be used with JFrog: .*carries scopes, not roles/)
  })
  it('refuses a required permission that no JFrog scope can be, naming the input and the likely scope', () => {
    const forms =
      'JFrog scopes have the forms applied-permissions/user, applied-permissions/admin, applied-permissions/groups:<group>, applied-permissions/roles:<project>:<role>, <type>:<target>:<actions> (such as system:metrics:r); a scope that lists groups, roles or actions is one entry per item.'
    // applied-permissions is no <type>: a colon for its slash is a misspelling.
    expect(() => withScopes('applied-permissions:user')).toThrow(
      `The required-permissions input names "applied-permissions:user", which is not a JFrog scope (did you mean applied-permissions/user?). ${forms}`
    )
    expect(() => withScopes('nosuch')).toThrow(
      [
        `The required-permissions input names "nosuch", which is not a JFrog scope (did you mean applied-permissions/groups:nosuch, if it names a group?). ${forms}`,
        'Fix: correct required-permissions.'
      ].join('\n')
    )
    // A misspelt prefix or kind, a kind written bare, and the later groups of a group scope that
    // the comma-separated list split off.
    expect(() =>
      withScopes(
        'applied-permission/user, applied-permissions/usr, Admin, applied-permissions/group:readers, applied-permissions/groups:readers,deployers'
      )
    ).toThrow(
      `The required-permissions input names "applied-permission/user", "applied-permissions/usr", "Admin", "deployers", which are not JFrog scopes (did you mean applied-permissions/user for "applied-permission/user", applied-permissions/user for "applied-permissions/usr", applied-permissions/admin for "Admin", applied-permissions/groups:deployers for "deployers", if it names a group?). ${forms}`
    )
  })

  it('refuses near-forms the grammar cannot produce, and suggests the scope a typo meant', () => {
    // A kind with letters after it, a type with nothing after its colon, a misspelt kind before a colon.
    for (const scope of [
      'applied-permissions/users',
      'system:',
      'applied-permission/groups:readers'
    ]) {
      expect(() => withScopes(scope)).toThrow(`names "${scope}", which is not a JFrog scope`)
    }
    expect(() => withScopes('applied-permissions/grops:readers')).toThrow(
      '(did you mean applied-permissions/groups:readers?)'
    )
    // One letter is rather an action split off system:metrics:r,w than a group; two may be a group.
    expect(() => withScopes('w')).toThrow(/names "w", which is not a JFrog scope\. /)
    expect(() => withScopes('qa')).toThrow(
      '(did you mean applied-permissions/groups:qa, if it names a group?)'
    )
  })

  it('passes every documented scope form and every scope the sandbox issues to the gate', () => {
    const documented = [
      'applied-permissions/user',
      'applied-permissions/admin',
      'applied-permissions/groups:readers',
      'applied-permissions/groups:*',
      'applied-permissions/groups',
      'applied-permissions/roles:my-project:Developer',
      'system:metrics:r',
      'system:livelogs:r',
      'system:identities:r',
      'artifact:generic-local:r',
      'artifact:generic-local/path:*',
      'api:*',
      'member-of-groups:readers',
      'jfrt@01abcdef:admin',
      'APPLIED-PERMISSIONS/USER'
    ]
    const issued = Object.values(tokens).flatMap((t) => readTokenClaims(t).scopes ?? [])
    expect(issued).toEqual(
      expect.arrayContaining([
        'applied-permissions/user',
        'applied-permissions/admin',
        'applied-permissions/groups:readers'
      ])
    )
    for (const scope of [...documented, ...issued]) {
      expect(
        plan({
          vendor: 'jfrog',
          url: 'https://acme.jfrog.io',
          'api-token': tokens.developer!,
          'required-permissions': scope
        }).requiredPermissions
      ).toEqual([scope])
    }
  })
})

describe('JFrog main step (real @actions/core, sandbox over loopback)', () => {
  it('one GET of the Xray version with the token as Bearer; user and scopes from the token', async () => {
    const token = tokens.ci!
    const step = await runMain({
      vendor: 'jfrog-xray',
      url,
      'api-token': token,
      'required-permissions':
        'applied-permissions/groups:readers, applied-permissions/groups:ci-deployers'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]).toMatchObject({
      method: 'GET',
      path: '/xray/api/v1/system/version',
      vendor: 'jfrog'
    })
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${token}`)
    expect(step.outputs).toMatchObject({
      vendor: 'jfrog',
      url,
      'user-id': '',
      username: 'ci-bot',
      permissions:
        '["applied-permissions/groups:readers","applied-permissions/groups:ci-deployers"]',
      roles: '[]',
      token,
      'auth-header': `Authorization: Bearer ${token}`
    })
    // The token's own expiry: 90 days from the sandbox's start.
    expect(Date.parse(step.outputs['expires-at']!)).toBeGreaterThan(Date.now() + 80 * 86_400_000)
    expect(step.env).toEqual({ JF_URL: url, JF_ACCESS_TOKEN: token })
    expect(step.masks).toContain(token)
    expect(step.log.join('\n')).toContain('Xray: version 3.107.6, revision 5a6b1e3')
    expect(step.warnings).toEqual([])
    expectNoLeak(step, Object.values(tokens))
  })

  it('warns about an admin-scoped token, naming the narrower scope and no allowed-roles', async () => {
    const step = await runMain({ vendor: 'jfrog', url, 'api-token': tokens.admin! })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([
      'JFrog: admin holds applied-permissions/admin, an administrative scope; a scan gate needs less. Give the step a token scoped to the user (applied-permissions/user) or to the groups the scan needs instead.'
    ])
    expect(step.summary).toContain('an administrative scope')
  })

  it('reads JF_ACCESS_TOKEN when api-token is empty', async () => {
    const step = await runMain({ vendor: 'jfrog', url }, { JF_ACCESS_TOKEN: tokens.developer! })
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(tokens.developer)
    expect(step.outputs.username).toBe('dev')
  })

  it('warns when the token itself expires within expiry-warning-days', async () => {
    const step = await runMain({ vendor: 'jfrog', url, 'api-token': tokens.expiringSoon! })
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([
      expect.stringMatching(/^The JFrog credential expires in 2 days, on /)
    ])
  })

  it('a reference token passes, naming no user; a scope requirement then cannot be verified', async () => {
    const step = await runMain({ vendor: 'jfrog', url, 'api-token': tokens.reference! })
    expect(step.exitCode).toBe(0)
    expect(step.outputs).toMatchObject({ username: '', permissions: '[]' })
    expect(step.log.join('\n')).toContain('Token: a reference token')
    const gated = await runMain({
      vendor: 'jfrog',
      url,
      'api-token': tokens.reference!,
      'required-permissions': 'applied-permissions/user'
    })
    expect(gated.exitCode).toBe(1)
    expect(gated.errors[0]).toContain('did not report any permission')
  })

  it('a required permission that no JFrog scope can be fails before any request', async () => {
    const step = await runMain({
      vendor: 'jfrog',
      url,
      'api-token': tokens.developer!,
      'required-permissions': 'nosuch'
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toEqual([])
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toMatch(
      /^The required-permissions input names "nosuch", which is not a JFrog scope \(did you mean applied-permissions\/groups:nosuch, if it names a group\?\)\./
    )
  })

  it('a token limited to other services: the 401 names its aud first', async () => {
    const step = await runMain({ vendor: 'jfrog', url, 'api-token': tokens.artifactoryOnly! })
    expect(step.exitCode).toBe(1)
    const [message = ''] = step.errors
    expect(message).toContain('JFrog: the access token was rejected (HTTP 401')
    expect(message).toContain('JFrog said: Found invalid token')
    expect(message.split('\n')).toContain(
      '  - the token is limited to other services (its aud claim: jfrt@*), not Xray (jfxr@*)'
    )
    expect(message.split('\n')[3]).toContain('its aud claim')
  })

  it('a platform without Xray: 404, naming the url input', async () => {
    ;(sandbox.fake('jfrog') as unknown as { setXray(installed: boolean): void }).setXray(false)
    const step = await runMain({ vendor: 'jfrog', url, 'api-token': tokens.developer! })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('JFrog: no Xray answered at this url (HTTP 404')
    expect(step.errors[0]).toContain('the platform has no Xray installed or licensed')
  })

  it('a 200 without xray_version is not a pass', async () => {
    // slow-headers answers 200 {"sandbox":"slow-headers"} after a while, for any path: a 200 from
    // something that is not Xray proves nothing about the token.
    const step = await runMain({
      vendor: 'jfrog',
      url: `${sandbox.httpUrl}/_fault/slow-headers/_vendor/jfrog`,
      'api-token': tokens.developer!
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /xray/api/v1/system/version'
    ])
    expect(step.errors).toEqual([
      expect.stringContaining('JFrog: the answer did not carry the expected result (HTTP 200')
    ])
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
  })
})

describe('GitHub OIDC: the exchange in the scope of the job’s JF_PROJECT', () => {
  const inputs = () => ({ vendor: 'jfrog', url, 'oidc-provider': 'github-acme' })
  const exchangeBody = (): Record<string, unknown> => {
    const request = sandbox.requests.find((r) => r.path.startsWith('/access/api/v1/oidc/token'))
    return JSON.parse(request!.body) as Record<string, unknown>
  }

  it('without JF_PROJECT: no project_key, and the global mapping signs the job in', async () => {
    const step = await runMain(inputs(), sandbox.github.env)
    expect(step.errors).toEqual([])
    expect(step.outputs.username).toBe('ci-bot')
    const body = exchangeBody()
    expect(Object.keys(body).sort()).toEqual([
      'grant_type',
      'provider_name',
      'subject_token',
      'subject_token_type'
    ])
  })

  it('a job-level JF_ACCESS_TOKEN: not used, said in the log, and replaced by the export', async () => {
    const stored = 'a-job-level-token-not-used-0123456789'
    const step = await runMain(inputs(), { ...sandbox.github.env, JF_ACCESS_TOKEN: stored })
    expect(step.errors).toEqual([])
    expect(step.warnings).toEqual([])
    expect(step.log).toContain(
      'JF_ACCESS_TOKEN is set for this job but was not used: this step logs in with GitHub OIDC (oidc-provider), which takes no stored credential.'
    )
    expect(step.stdout).not.toContain(stored)
    expect(step.env.JF_ACCESS_TOKEN).toBeTruthy()
    expect(step.env.JF_ACCESS_TOKEN).not.toBe(stored)
  })

  it('with JF_PROJECT: sends it as project_key, and a project-scoped mapping matches', async () => {
    sandbox.github.setJob({ repository: 'acme/scanners' })
    const step = await runMain(inputs(), { ...sandbox.github.env, JF_PROJECT: 'scanners' })
    expect(step.errors).toEqual([])
    expect(step.outputs.username).toBe('scan-bot')
    expect(exchangeBody()).toMatchObject({ provider_name: 'github-acme', project_key: 'scanners' })
    expect(exchangeBody()).not.toHaveProperty('provider_type')
    expect(step.log.join('\n')).toContain(
      'OIDC integration "github-acme", project "scanners" from JF_PROJECT'
    )
  })

  it('a project-scoped mapping without JF_PROJECT, or with another project, is refused', async () => {
    sandbox.github.setJob({ repository: 'acme/scanners' })
    const without = await runMain(inputs(), sandbox.github.env)
    expect(without.exitCode).toBe(1)
    expect(without.errors[0]).toContain('scoped to a project')
    expect(without.errors[0]).toContain('set JF_PROJECT to its key')
    const other = await runMain(inputs(), { ...sandbox.github.env, JF_PROJECT: 'other' })
    expect(other.exitCode).toBe(1)
    expect(other.errors[0]).toContain('(OIDC integration "github-acme", project "other")')
    expect(other.errors[0]).toContain('belongs to another project than "other" (JF_PROJECT)')
  })

  it('a JF_PROJECT that is no project key: refused before any request, not quoted', async () => {
    const value = 'Not A Key\n::warning::x'
    const step = await runMain(inputs(), { ...sandbox.github.env, JF_PROJECT: value })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'JF_PROJECT is set for this job but is not a JFrog project key'
    )
    expect(step.stdout).not.toContain('Not A Key')
    expect(sandbox.requests).toEqual([])
  })
  it('reads JF_PROJECT as a project key: 2 to 32 lowercase letters, digits and hyphens, from a letter', () => {
    const key = (value: string): string | undefined => oidcProjectKey({ JF_PROJECT: value })
    expect(key('ab')).toBe('ab')
    expect(key(`a${'-9'.repeat(15)}b`)).toBe(`a${'-9'.repeat(15)}b`)
    expect(key('  scanners\n')).toBe('scanners')
    expect(key('   ')).toBeUndefined()
    for (const wrong of ['a', `a${'b'.repeat(32)}`, '1abc', '-abc', 'Scanners', 'scan_ners']) {
      expect(() => key(wrong)).toThrow(
        'JF_PROJECT is set for this job but is not a JFrog project key'
      )
    }
  })
})

describe("GitHub OIDC: the job's ID token (contract Behaviour 16)", () => {
  /** The ID token the action sent to the exchange, as the sandbox received it. */
  const sentIdToken = (): string => {
    const exchange = sandbox.requests.find((r) => r.path === '/access/api/v1/oidc/token')
    return (JSON.parse(exchange!.body) as { subject_token: string }).subject_token
  }

  it('asks GitHub for the oidc-audience the integration expects', async () => {
    const step = await runMain(
      { vendor: 'jfrog', url, 'oidc-provider': 'github-acme-aud', 'oidc-audience': 'jfrog-acme' },
      sandbox.github.env
    )
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests[0]!.path).toBe('/_github/idtoken?api-version=2.0&audience=jfrog-acme')
  })

  it('masks the ID token, and hands it to no later step', async () => {
    const step = await runMain(
      { vendor: 'jfrog', url, 'oidc-provider': 'github-acme' },
      sandbox.github.env
    )
    expect(step.errors).toEqual([])
    const idToken = sentIdToken()
    expect(idToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(step.masks).toContain(idToken)
    expect([...Object.values(step.outputs), ...Object.values(step.env)].join('\n')).not.toContain(
      idToken
    )
    expectNoLeak(step, [idToken])
  })

  it('a refused exchange quotes every claim the mapping matches on, sub first', async () => {
    sandbox.github.setJob({ repository: 'acme/fork-of-app', environment: 'production' })
    const step = await runMain(
      { vendor: 'jfrog', url, 'oidc-provider': 'github-acme' },
      sandbox.github.env
    )
    expect(step.exitCode).toBe(1)
    const lines = step.errors[0]!.split('\n')
    const start = lines.indexOf(
      'The ID token\'s claims (what the "github-acme" integration\'s mapping must match):'
    )
    expect(start).toBeGreaterThan(-1)
    expect(lines.slice(start + 1, start + 7)).toEqual([
      '  sub: repo:acme/fork-of-app:environment:production',
      '  repository: acme/fork-of-app',
      '  ref: refs/heads/main',
      '  environment: production',
      '  job_workflow_ref: acme/fork-of-app/.github/workflows/scan.yml@refs/heads/main',
      '  aud: https://github.com/acme'
    ])
    expectNoLeak(step, [sentIdToken()])
  })
})

describe('GitHub OIDC: a provider name the platform does not know', () => {
  it('names oidc-provider and its value first, in the headline, the causes and the fix', async () => {
    // The sandbox answers an unknown provider_name as JFrog does: 404, "Provider '…' not found".
    const step = await runMain(
      { vendor: 'jfrog', url, 'oidc-provider': 'github' },
      sandbox.github.env
    )
    expect(step.exitCode).toBe(1)
    const lines = step.errors[0]!.split('\n')
    expect(lines[0]).toMatch(
      /^JFrog: the platform knows no OIDC integration named "github" \(the oidc-provider input\), so it did not exchange the job's GitHub ID token \(HTTP 404 /
    )
    expect(lines[1]).toBe("JFrog said: Provider 'github' not found")
    // The named cause alone: the mapping, project, audience and issuer belong to an integration the
    // platform found.
    expect(lines[2]).toMatch(
      /^Likely cause: oidc-provider is "github", which names no OIDC integration on /
    )
    expect(step.errors[0]).not.toMatch(
      /identity mapping of the integration|scoped to a project|audience differs|issuer URL/
    )
    expect(lines.find((l) => l.startsWith('Fix: '))).toBe(
      'Fix: set oidc-provider (now "github") to the exact name of an OIDC integration configured on this platform (Administration > General Management > Manage Integrations lists them), or create a GitHub integration of that name; then check its identity mapping against the claims below.'
    )
  })

  /** The main step with oidc-provider github against a platform that refuses every exchange so. */
  async function refusedWith(status: number, message: string): Promise<StepResult> {
    const platform = http.createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ errors: [{ code: 'REFUSED', message }] }))
      })
    })
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = platform.address() as AddressInfo
      return await runMain(
        { vendor: 'jfrog', url: `http://127.0.0.1:${port}`, 'oidc-provider': 'github' },
        sandbox.github.env
      )
    } finally {
      platform.closeAllConnections()
      await new Promise<void>((resolve) => platform.close(() => resolve()))
    }
  }

  it('reads the unknown provider from its words at any refused status, in other wording', async () => {
    const step = await refusedWith(400, 'OIDC provider "github" does not exist')
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /^JFrog: the platform knows no OIDC integration named "github" \(the oidc-provider input\)/
    )
    expect(step.errors[0]).toContain('\nLikely cause: oidc-provider is "github"')
  })

  // Only "not found" said of the provider itself: JFrog's text is not recorded, and a refusal that
  // names the provider it found and then something else not found must keep every cause.
  it('a refusal that names the provider beside something else not found keeps every cause', async () => {
    const step = await refusedWith(
      401,
      "Provider 'github' matched no identity mapping: mapping not found"
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'the platform refused to exchange the job\'s GitHub ID token (OIDC integration "github")'
    )
    expect(step.errors[0]).toContain('no identity mapping of the integration matches')
    expect(step.errors[0]).not.toContain('the oidc-provider input')
  })

  it('a refusal that names no unknown provider keeps the causes as they were', async () => {
    sandbox.github.setJob({ repository: 'acme/scanners' })
    const step = await runMain(
      { vendor: 'jfrog', url, 'oidc-provider': 'github-acme' },
      sandbox.github.env
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'the platform refused to exchange the job\'s GitHub ID token (OIDC integration "github-acme")'
    )
    expect(step.errors[0]).not.toContain('the oidc-provider input')
  })
})

describe('GitHub OIDC: a platform that answers the exchange with the ID token itself', () => {
  it('is refused: the ID token is never sent to Xray nor handed to later steps', async () => {
    // A broken or hostile platform: the exchange hands back the subject_token it was sent, and
    // Xray accepts anything.
    const seen: string[] = []
    let idToken = ''
    const platform = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        seen.push(`${request.method} ${request.url}`)
        if (request.url === '/access/api/v1/oidc/token') {
          idToken = (JSON.parse(body) as { subject_token: string }).subject_token
          response.writeHead(200, { 'content-type': 'application/json' })
          response.end(JSON.stringify({ access_token: idToken, token_type: 'Bearer' }))
          return
        }
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ xray_version: '3.107.6', xray_revision: '5a6b1e3' }))
      })
    })
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = platform.address() as AddressInfo
      const step = await runMain(
        { vendor: 'jfrog', url: `http://127.0.0.1:${port}`, 'oidc-provider': 'github-acme' },
        sandbox.github.env
      )
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain("with the job's GitHub ID token itself")
      expect(seen).toEqual(['POST /access/api/v1/oidc/token'])
      expect(step.env).toEqual({})
      expect(step.outputs.token).toBeUndefined()
      expect(idToken).not.toBe('')
      expectNoLeak(step, [idToken])
    } finally {
      platform.closeAllConnections()
      await new Promise<void>((resolve) => platform.close(() => resolve()))
    }
  })
})

/** The token id every minting platform below answers with. */
const MINTED_TOKEN_ID = '0f6c2a9e-1111-4222-8333-944455556666'

/**
 * A loopback JFrog platform whose minting answers `minted` (expires_in 3600, whatever its claims
 * say) with MINTED_TOKEN_ID, and which records each request; with `refuseRevoke` (which a test may
 * turn off) its DELETE of the token is refused with 403.
 */
async function mintingPlatform(minted: string, { refuseRevoke = false } = {}) {
  const seen: string[] = []
  const state = { refuseRevoke }
  const platform = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      seen.push(`${request.method} ${request.url}`)
      if (request.method === 'DELETE' && state.refuseRevoke) {
        response.writeHead(403, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ errors: [{ message: 'Forbidden' }] }))
        return
      }
      const answer =
        request.method === 'POST'
          ? {
              token_id: MINTED_TOKEN_ID,
              access_token: minted,
              expires_in: 3600,
              token_type: 'Bearer'
            }
          : request.method === 'DELETE'
            ? {}
            : { xray_version: '3.107.6', xray_revision: '5a6b1e3' }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve))
  const { port } = platform.address() as AddressInfo
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: async () => {
      platform.closeAllConnections()
      await new Promise<void>((resolve) => platform.close(() => resolve()))
    }
  })
}

describe('mint-token: a minted JWT is judged by its own claims, not the answer', () => {
  it.each([
    [
      'without exp (a token that never expires)',
      { sub: 'jfac@01hxyz/users/ci-bot', scp: 'applied-permissions/user' },
      'that states no expiry'
    ],
    [
      'without scp (not known to be as narrow as asked)',
      { sub: 'jfac@01hxyz/users/ci-bot', exp: inAnHour },
      'that states no scope where "applied-permissions/user" was asked'
    ],
    [
      // A JWT's exp is in seconds (RFC 7519): 1.5e12 s is the year 49,500, which a reading as
      // milliseconds puts in 2017, an expiry long past and so never "later than asked".
      'with exp 1.5e12 (seconds: the year 49,500)',
      { sub: 'jfac@01hxyz/users/ci-bot', scp: 'applied-permissions/user', exp: 1.5e12 },
      'that lives past the 1 h asked'
    ],
    [
      'whose exp is a day past the hour asked (the answer says 3600 s all the same)',
      {
        sub: 'jfac@01hxyz/users/ci-bot',
        scp: 'applied-permissions/user',
        exp: inAnHour + 86_400,
        jti: 'minted'
      },
      'that lives past the 1 h asked'
    ],
    [
      'made out to another user than the one verified',
      { sub: 'jfac@01hxyz/users/admin', scp: 'applied-permissions/user', exp: inAnHour },
      'for the user "admin" where "ci-bot" was verified'
    ],
    [
      'that names no user',
      { scp: 'applied-permissions/user', exp: inAnHour },
      'that names no user where "ci-bot" was verified'
    ]
  ])('%s: revoked at once and not handed on', async (_, mintedClaims, words) => {
    // A platform whose minting answers expires_in 3600 for a token whose claims say otherwise.
    const minted = jwt(mintedClaims)
    const platform = await mintingPlatform(minted)
    try {
      const given = jwt({
        sub: 'jfac@01hxyz/users/ci-bot',
        scp: 'applied-permissions/user',
        exp: inAnHour + 86_400
      })
      const step = await runMain({
        vendor: 'jfrog',
        url: platform.url,
        'api-token': given,
        'mint-token': 'true',
        'token-lifetime': '1h'
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(`JFrog minted a token ${words}`)
      expect(step.errors[0]).toContain('revoked at once and not handed on')
      expect(step.env).toEqual({})
      expect(platform.seen).toEqual([
        'GET /xray/api/v1/system/version',
        'POST /access/api/v1/tokens',
        `DELETE /access/api/v1/tokens/${MINTED_TOKEN_ID}`
      ])
    } finally {
      await platform.close()
    }
  })
})

describe('mint-token: a minted token that is no JWT', () => {
  // Create Token's access_token is a JWT; a reference token comes only beside it, when asked for.
  // One that states no claims is not known to be of the user scope asked, nor of the user verified.
  it.each([
    ['a reference token', `cmVmdGtuOjAxOj${'A'.repeat(50)}`, 'a reference token'],
    ['an opaque token', 'opaque-minted-token-0123456789', 'an opaque token']
  ])('%s: revoked at once and not handed on', async (_, minted, words) => {
    const platform = await mintingPlatform(minted)
    try {
      const step = await runMain({
        vendor: 'jfrog',
        url: platform.url,
        'api-token': jwt({
          sub: 'jfac@01hxyz/users/ci-bot',
          scp: 'applied-permissions/user',
          exp: inAnHour + 86_400
        }),
        'mint-token': 'true',
        'token-lifetime': '1h'
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(
        `JFrog minted a token that is no JWT (${words}, which states no scope, audience or user of its own) where an access token of scope "applied-permissions/user" was asked`
      )
      expect(step.errors[0]).toContain('revoked at once and not handed on')
      expect(step.errors[0]).not.toContain(minted)
      expect(step.env).toEqual({})
      expect(step.outputs.token ?? '').toBe('')
      expect(platform.seen).toEqual([
        'GET /xray/api/v1/system/version',
        'POST /access/api/v1/tokens',
        `DELETE /access/api/v1/tokens/${MINTED_TOKEN_ID}`
      ])
    } finally {
      await platform.close()
    }
  })
})

describe('mint-token: a minted token with the wrong terms whose revoke at once fails', () => {
  it('is not said to be revoked, and is kept for the post step, which revokes it', async () => {
    // No exp: a token that never expires. The platform refuses its revoke during the main step.
    const minted = jwt({ sub: 'jfac@01hxyz/users/ci-bot', scp: 'applied-permissions/user' })
    const platform = await mintingPlatform(minted, { refuseRevoke: true })
    try {
      const inputs = {
        vendor: 'jfrog',
        url: platform.url,
        'api-token': jwt({
          sub: 'jfac@01hxyz/users/ci-bot',
          scp: 'applied-permissions/user',
          exp: inAnHour + 86_400
        }),
        'mint-token': 'true',
        'token-lifetime': '1h'
      }
      const step = await runMain(inputs)
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain('JFrog minted a token that states no expiry')
      expect(step.errors[0]).not.toContain('revoked at once')
      expect(step.errors[0]).toContain('the post step revokes it')
      expect(step.env).toEqual({})
      expect(JSON.parse(step.state.logout!)).toMatchObject({
        minted: true,
        ids: { tokenId: MINTED_TOKEN_ID }
      })
      platform.refuseRevoke = false
      platform.seen.length = 0
      const post = await runPost(step.state, inputs)
      expect(post.warnings).toEqual([])
      expect(platform.seen).toEqual([`DELETE /access/api/v1/tokens/${MINTED_TOKEN_ID}`])
    } finally {
      await platform.close()
    }
  })
})

describe('GitHub OIDC: a token service whose answer holds no ID token', () => {
  it.each([
    ['a value no bearer token is made of', 'not a token'],
    ['a bearer token that is not a JWT', 'opaque0123456789abcdef'],
    // No value at all: the failure must not speak of an ID token the answer never held.
    ['no value', undefined]
  ])('%s: fails naming ACTIONS_ID_TOKEN_REQUEST_URL, not the url input', async (_, value) => {
    const service = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ value }))
    })
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = service.address() as AddressInfo
      const step = await runMain(
        { vendor: 'jfrog', url, 'oidc-provider': 'github-acme' },
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/idtoken?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: sandbox.github.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!
        }
      )
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(
        "GitHub's token service answered without a JWT as the ID token (its value: missing, or another kind of text), so nothing was sent to the vendor."
      )
      expect(step.errors[0]).toContain('ACTIONS_ID_TOKEN_REQUEST_URL')
      expect(step.errors[0]).not.toContain('url input')
      expect(sandbox.requests).toEqual([])
    } finally {
      service.closeAllConnections()
      await new Promise<void>((resolve) => service.close(() => resolve()))
    }
  })
})

describe("GitHub OIDC: ca-cert and tls-verify do not vouch for GitHub's token service", () => {
  it.each([
    ['whose certificate only the ca-cert CA signed', () => ({ 'ca-cert': sandbox.caCertPem })],
    ['it cannot verify, with tls-verify: false', () => ({ 'tls-verify': 'false' })]
  ])('refuses a token service %s', async (_, trust) => {
    // The request token mints ID tokens for any audience: the trust given for the vendor's server
    // must not let this step send it to a server in GitHub's place.
    const env = sandbox.github.env
    const step = await runMain(
      { vendor: 'jfrog', url, 'oidc-provider': 'github-acme', ...trust() },
      {
        ...env,
        ACTIONS_ID_TOKEN_REQUEST_URL: env.ACTIONS_ID_TOKEN_REQUEST_URL!.replace(
          sandbox.httpUrl,
          sandbox.httpsUrl
        )
      }
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('GitHub: the TLS connection to')
    expect(sandbox.requests).toEqual([])
  })
})

describe('GitHub OIDC: a group-scoped identity mapping', () => {
  it('its token names no user: username is the whole subject, as the JFrog CLI reports it', async () => {
    sandbox.github.setJob({ repository: 'acme/readers' })
    const step = await runMain(
      { vendor: 'jfrog', url, 'oidc-provider': 'github-acme' },
      sandbox.github.env
    )
    expect(step.errors).toEqual([])
    expect(step.outputs.username).toBe('github-acme/ci-readers')
    expect(step.outputs.permissions).toBe('["applied-permissions/groups:readers"]')
  })
})

describe('mint-token: a token shorter-lived than the revocable-expiry-threshold', () => {
  // JFrog Access makes a token that expires within 6 hours (its default threshold) non-revocable
  // unless it is created with force_revocable; the post step's revoke of such a token is refused.
  interface MintedRecord {
    revoked: boolean
    revocable: boolean
    expiresIn: number
  }
  const minted = () => (sandbox.fake('jfrog') as unknown as { minted: MintedRecord[] }).minted

  it('is created force_revocable, so the post step revokes it', async () => {
    const inputs = mintInputs()
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    const create = sandbox.requests.find((r) => r.path === '/access/api/v1/tokens')
    // Not refreshable: a refresh would give a token past token-lifetime that the post step never revokes.
    expect(JSON.parse(create!.body)).toMatchObject({
      expires_in: 3600,
      refreshable: false,
      force_revocable: true
    })
    expect(minted()[0]).toMatchObject({ expiresIn: 3600, revocable: true })

    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(minted()[0]!.revoked).toBe(true)
  })

  it('names the non-revocable token only for a 400: another refusal keeps its own cause', async () => {
    const inputs = mintInputs()
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    // A saved id the platform does not know: its 404 is no token JFrog made non-revocable.
    const saved = JSON.parse(main.state.logout!) as { ids: { tokenId: string } }
    saved.ids.tokenId = 'no-such-token-id'
    const post = await runPost({ ...main.state, logout: JSON.stringify(saved) }, inputs)
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toHaveLength(1)
    expect(post.warnings[0]).toContain(
      'the server accepted the access token but knows none by the id saved for it (removed already, or the id saved is not its), so it may still be valid'
    )
    expect(post.warnings[0]).not.toContain('revoke itself')
    expect(post.warnings[0]).not.toContain('non-revocable')
  })

  it('on a platform that ignores force_revocable, the failed revoke says why and when it expires', async () => {
    ;(
      sandbox.fake('jfrog') as unknown as { setForceRevocable(known: boolean): void }
    ).setForceRevocable(false)
    const inputs = mintInputs('30m')
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    const post = await runPost(main.state, inputs)
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toHaveLength(1)
    expect(post.warnings[0]).toContain('JFrog said: Token not revocable')
    expect(post.warnings[0]).toContain('the platform made the token non-revocable')
    expect(post.warnings[0]).toContain('It stays valid until it expires by itself at')
    expect(minted()[0]!.revoked).toBe(false)
  })
})

describe('mint-token: what is asked, what state carries, what the post step sends', () => {
  // Contract Behaviour 15 (JFrog): POST /access/api/v1/tokens with scope applied-permissions/user,
  // expires_in and a description naming the run; state carries the minted token itself; the post
  // step sends DELETE /access/api/v1/tokens/{token_id} authenticated with that minted token.
  const run = {
    GITHUB_REPOSITORY: 'acme/web-app',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_JOB: 'scan',
    GITHUB_ACTION: 'scanner'
  }

  it('asks for the user scope, token-lifetime in seconds and a description naming the run', async () => {
    const main = await runMain(mintInputs('2h'), run)
    expect(main.errors).toEqual([])
    const creates = sandbox.requests.filter(
      (r) => r.method === 'POST' && r.path === '/access/api/v1/tokens'
    )
    expect(creates).toHaveLength(1)
    expect(creates[0]!.headers.authorization).toBe(`Bearer ${tokens.developer}`)
    const body = JSON.parse(creates[0]!.body) as Record<string, unknown>
    expect(body.scope).toBe('applied-permissions/user')
    expect(body.expires_in).toBe(7200)
    expect(body.description).toMatch(
      /^scanner-login-web-app-9876543210-2-scan-scanner-[a-z0-9]{8}$/
    )
  })

  it('saves only the minted token and its id, and revokes it by that id with itself', async () => {
    const inputs = mintInputs()
    const main = await runMain(inputs, run)
    expect(main.errors).toEqual([])
    const minted = main.outputs.token!
    expect(minted).not.toBe(tokens.developer)
    const saved = JSON.parse(main.state.logout!) as {
      session: Record<string, string>
      ids: Record<string, string>
    }
    expect(saved.session).toEqual({ token: minted })
    expect(Object.keys(saved.ids)).toEqual(['tokenId'])
    // The given token is never in state: the post step has it as an input, not from state.
    expect(Object.values(main.state).join('\n')).not.toContain(tokens.developer)

    sandbox.reset()
    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]).toMatchObject({
      method: 'DELETE',
      path: `/access/api/v1/tokens/${saved.ids.tokenId}`
    })
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${minted}`)
  })
})

describe('mint-token: a token that expired before the post step', () => {
  it('is said to have expired by itself, not to stay valid: no warning, no revoke by hand', async () => {
    const inputs = mintInputs('30m')
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    const { expiresAt } = JSON.parse(main.state.logout!) as { expiresAt: string }
    // The job's later steps ran past token-lifetime (and the clock slack): the platform refuses the
    // expired token's revoke of itself with 401, as it refuses any expired token.
    const now = Date.now()
    const later = jest.spyOn(Date, 'now').mockImplementation(() => now + 40 * 60_000)
    try {
      const post = await runPost(main.state, inputs)
      expect(post.exitCode).toBe(0)
      expect(post.warnings).toEqual([])
      expect(post.log).toContain(
        `The JFrog credential minted for this job needs no revoke: it expired by itself at ${expiresAt}.`
      )
    } finally {
      later.mockRestore()
    }
    expect(sandbox.requests.at(-1)).toMatchObject({ method: 'DELETE' })
  })

  it('within the clock slack of its expiry, a token the server no longer accepts is a line, not a warning', async () => {
    const inputs = mintInputs('30m')
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    const saved = JSON.parse(main.state.logout!) as { ids: { tokenId: string } }
    saved.ids.tokenId = 'no-such-token-id'
    const now = Date.now()
    // Past its expiry by this runner's clock, but by less than a clock difference the platform's
    // may have: the saved expiry proves nothing yet, but the platform's own 401 to the token's
    // revoke of itself says it no longer accepts it.
    const later = jest.spyOn(Date, 'now').mockImplementation(() => now + 31 * 60_000)
    try {
      const post = await runPost({ ...main.state, logout: JSON.stringify(saved) }, inputs)
      expect(post.warnings).toEqual([])
      expect(post.log.join('\n')).toContain(
        'the access token minted for this job is no longer accepted (HTTP 401'
      )
      expect(post.log.join('\n')).not.toContain('expired by itself')
    } finally {
      later.mockRestore()
    }
  })
})

describe('GitHub OIDC with mint-token: the lifetime', () => {
  it('asks no "cut" line for token-lifetime 1h when the exchanged token lives that hour', async () => {
    const step = await runMain(
      {
        vendor: 'jfrog',
        url,
        'oidc-provider': 'github-acme',
        'mint-token': 'true',
        'token-lifetime': '1h'
      },
      sandbox.github.env
    )
    expect(step.errors).toEqual([])
    // Seconds short of the hour asked once read "token-lifetime (1 h) cut to 60 min".
    expect(step.log.join('\n')).not.toContain('cut to')
    expect(step.log.join('\n')).toContain('Minted a JFrog access token')
  })

  it('says so when the exchanged token leaves less than token-lifetime asks', async () => {
    const step = await runMain(
      {
        vendor: 'jfrog',
        url,
        'oidc-provider': 'github-acme',
        'mint-token': 'true',
        'token-lifetime': '6h'
      },
      sandbox.github.env
    )
    expect(step.errors).toEqual([])
    expect(step.log).toContain(
      'token-lifetime (6 h) cut to 1 h: the token this step verified expires then, and a minted token never outlives it.'
    )
  })
})

describe('mint-token: the lifetime asked for, against the verified token', () => {
  const now = Date.parse('2026-12-07T12:00:00Z')
  const expiringIn = (seconds: number): string => new Date(now + seconds * 1000).toISOString()

  it('asks for token-lifetime whole when the verified token outlives it, or says nothing of its expiry', () => {
    expect(mintLifetime(3600, expiringIn(7200), now)).toEqual({ seconds: 3600 })
    expect(mintLifetime(3600, undefined, now)).toEqual({ seconds: 3600 })
  })

  it('cuts to what the verified token has left, and says so', () => {
    expect(mintLifetime(6 * 3600, expiringIn(3600), now)).toEqual({
      seconds: 3600,
      note: 'token-lifetime (6 h) cut to 1 h: the token this step verified expires then, and a minted token never outlives it.'
    })
  })

  it.each([30, 0, -5, -3600])(
    'names the minute it asks for, never a negative time, when the runner sees %i s left',
    (left) => {
      const { seconds, note } = mintLifetime(3600, expiringIn(left), now)
      expect(seconds).toBe(60)
      // The minute asked for outlives the verified token: the line says why, not that it never does.
      expect(note).toBe(
        "token-lifetime (1 h) cut to 1 min, the shortest this step asks for: the token this step verified expires within a minute by this runner's clock (or the runner's clock is ahead of JFrog's)."
      )
    }
  )
})

describe('mint-token: a platform that adds api:* to the scope it mints', () => {
  // JFrog Access before Artifactory 7.21.1 adds api:* (REST access, no permission of its own) to
  // every token it issues: a token minted there must not be taken as broader than asked.
  const minted = () =>
    (sandbox.fake('jfrog') as unknown as { minted: { revoked: boolean }[] }).minted

  it('hands on a token scoped "applied-permissions/user api:*" for the user scope asked', async () => {
    const fake = sandbox.fake('jfrog') as unknown as { setMintedScope(scp: string): void }
    fake.setMintedScope('applied-permissions/user api:*')
    const step = await runMain(mintInputs())
    expect(step.errors).toEqual([])
    expect(minted()[0]!.revoked).toBe(false)
    expect(readTokenClaims(step.env.JF_ACCESS_TOKEN!).rawScope).toBe(
      'applied-permissions/user api:*'
    )
  })

  it('compares scopes as sets of permissions, without api:*', () => {
    expect(sameScopes('applied-permissions/user api:*', 'applied-permissions/user')).toBe(true)
    expect(sameScopes('API:* applied-permissions/user', 'applied-permissions/user')).toBe(true)
    expect(
      sameScopes(
        'applied-permissions/groups:"readers", deployers',
        'applied-permissions/groups:deployers,readers'
      )
    ).toBe(false)
    expect(
      sameScopes(
        'applied-permissions/groups:"readers",deployers',
        'applied-permissions/groups:deployers,readers'
      )
    ).toBe(true)
    expect(sameScopes('applied-permissions/admin api:*', 'applied-permissions/user')).toBe(false)
    expect(
      sameScopes('applied-permissions/user applied-permissions/admin', 'applied-permissions/user')
    ).toBe(false)
    expect(sameScopes('api:*', 'applied-permissions/user')).toBe(false)
  })
})

describe('mint-token: a verified token limited to some services', () => {
  // JFrog's Create Token takes `audience` (the services that accept the token), default `*@*`: a
  // token minted without it reaches every service, where the token the step verified reached only
  // those of its aud claim (a token made for Xray alone, as the UI's Service field makes one).
  const xrayOnly = () =>
    jwt({
      sub: 'jfac@01hxyz/users/ci-bot',
      scp: 'applied-permissions/user',
      aud: 'jfxr@*',
      exp: inAnHour + 86_400
    })

  /**
   * A platform that mints with the audience asked (`*@*` when none), or always `*@*`; `mintedAud`,
   * when given, is the minted token's aud claim instead (undefined: the token states none).
   */
  async function audiencePlatform({
    honourAudience,
    mintedAud,
    mintedScp
  }: {
    honourAudience: boolean
    mintedAud?: () => unknown
    /** The minted token's scp claim, from the scope asked; the scope asked when not given. */
    mintedScp?: (asked: unknown) => unknown
  }) {
    const seen: string[] = []
    const bodies: Record<string, unknown>[] = []
    const platform = http.createServer((request, response) => {
      let raw = ''
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()))
      request.on('end', () => {
        seen.push(`${request.method} ${request.url}`)
        let answer: unknown = { xray_version: '3.107.6', xray_revision: '5a6b1e3' }
        if (request.method === 'POST') {
          const body = JSON.parse(raw) as Record<string, unknown>
          bodies.push(body)
          const asked = typeof body.audience === 'string' ? body.audience : '*@*'
          answer = {
            token_id: MINTED_TOKEN_ID,
            access_token: jwt({
              sub: 'jfac@01hxyz/users/ci-bot',
              scp: mintedScp ? mintedScp(body.scope) : body.scope,
              aud: mintedAud ? mintedAud() : honourAudience ? asked : '*@*',
              exp: Math.floor(Date.now() / 1000) + Number(body.expires_in),
              jti: 'minted'
            }),
            expires_in: body.expires_in,
            token_type: 'Bearer'
          }
        } else if (request.method === 'DELETE') answer = {}
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(answer))
      })
    })
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve))
    const { port } = platform.address() as AddressInfo
    return {
      url: `http://127.0.0.1:${port}`,
      seen,
      bodies,
      close: async () => {
        platform.closeAllConnections()
        await new Promise<void>((resolve) => platform.close(() => resolve()))
      }
    }
  }

  const inputs = (platformUrl: string): Record<string, string> => ({
    vendor: 'jfrog',
    url: platformUrl,
    'api-token': xrayOnly(),
    'mint-token': 'true',
    'token-lifetime': '1h'
  })

  /**
   * The step run against a platform that mints with `options` fails naming what is wrong with the
   * minted token (`wrong`), hands nothing on, and revokes that token at once.
   */
  async function expectRevokedAtOnce(
    options: Parameters<typeof audiencePlatform>[0],
    wrong: string
  ): Promise<void> {
    const platform = await audiencePlatform(options)
    try {
      const step = await runMain(inputs(platform.url))
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(wrong)
      expect(step.errors[0]).toContain('revoked at once and not handed on')
      expect(step.env).toEqual({})
      expect(platform.seen.at(-1)).toBe(`DELETE /access/api/v1/tokens/${MINTED_TOKEN_ID}`)
    } finally {
      await platform.close()
    }
  }

  it('asks for the same audience, and hands on a token no broader than the one verified', async () => {
    const platform = await audiencePlatform({ honourAudience: true })
    try {
      const step = await runMain(inputs(platform.url))
      expect(step.errors).toEqual([])
      expect(platform.bodies[0]).toMatchObject({ audience: 'jfxr@*' })
      expect(readTokenClaims(step.env.JF_ACCESS_TOKEN!).audience).toEqual(['jfxr@*'])
    } finally {
      await platform.close()
    }
  })

  it('revokes at once a token minted for more services than asked', async () => {
    await expectRevokedAtOnce(
      { honourAudience: false },
      'JFrog minted a token with audience "*@*" where "jfxr@*" was asked'
    )
  })

  it('revokes at once a token minted without an audience where one was asked', async () => {
    // No aud claim: the platform reads it as every service, not the one asked.
    await expectRevokedAtOnce(
      { honourAudience: true, mintedAud: () => undefined },
      'JFrog minted a token that states no audience where "jfxr@*" was asked'
    )
  })

  it('asks for every service of a token limited to several, and compares them without case', async () => {
    const platform = await audiencePlatform({
      honourAudience: true,
      mintedAud: () => ['JFXR@*', 'jfrt@*']
    })
    try {
      const two = jwt({
        sub: 'jfac@01hxyz/users/ci-bot',
        scp: 'applied-permissions/user',
        aud: ['jfxr@*', 'JFRT@*'],
        exp: inAnHour + 86_400
      })
      const step = await runMain({ ...inputs(platform.url), 'api-token': two })
      expect(step.errors).toEqual([])
      expect(platform.bodies[0]).toMatchObject({ audience: 'jfxr@* JFRT@*' })
      expect(step.env.JF_ACCESS_TOKEN).toBeDefined()
    } finally {
      await platform.close()
    }
  })

  it('hands on a token the platform states for one instance of the service asked', async () => {
    // jfxr@01abc (Xray on one instance) is narrower than jfxr@* (Xray anywhere): not broader.
    const platform = await audiencePlatform({
      honourAudience: true,
      mintedAud: () => 'jfxr@01hxyz'
    })
    try {
      const step = await runMain(inputs(platform.url))
      expect(step.errors).toEqual([])
      expect(readTokenClaims(step.env.JF_ACCESS_TOKEN!).audience).toEqual(['jfxr@01hxyz'])
    } finally {
      await platform.close()
    }
  })

  it('revokes at once a token whose aud claim holds entries past those read, or of another type', async () => {
    // The claims reader keeps at most MAX_NAMES names and skips entries that are not text: a
    // platform that lists every service (*@*) after as many instances of the one asked, or inside
    // a nested list, must not have the check see only the narrow entries.
    const instances = Array.from({ length: MAX_NAMES }, (_, i) => `jfxr@${i}`)
    // The same, written as one space-separated string, which the reader splits and bounds alike.
    for (const mintedAud of [
      () => [...instances, '*@*'],
      () => [...instances, '*@*'].join(' '),
      () => ['jfxr@*', ['*@*']]
    ]) {
      await expectRevokedAtOnce(
        { honourAudience: true, mintedAud },
        'whose audience holds entries this step does not read as the platform may (over 1000, not text, or holding control characters) where "jfxr@*" was asked'
      )
    }
  })

  it('revokes at once a token whose aud entries read otherwise once cleaned of control characters', async () => {
    // Cleaning reads NEL as a space and drops U+001F: unjudged, "jfxr@*<NEL>*@*" would be one entry
    // "jfxr@* *@*" and "jfxr@*<US>*@*" one entry "jfxr@**@*", each within jfxr@*, where a reader
    // that splits at whitespace (Java's Character.isWhitespace counts U+001C to U+001F) sees *@*.
    for (const mintedAud of [
      () => 'jfxr@*\u0085*@*',
      () => ['jfxr@*\u001f*@*'],
      () => ['jfxr@01hxyz', 'jfxr@*\u0000*@*']
    ]) {
      await expectRevokedAtOnce(
        { honourAudience: true, mintedAud },
        'whose audience holds entries this step does not read as the platform may (over 1000, not text, or holding control characters) where "jfxr@*" was asked'
      )
    }
  })

  it('revokes at once a token whose scp list holds an entry that is not text', async () => {
    // scopes and rawScope skip such entries, so the scope asked alone would be compared: a nested
    // admin scope must not pass as the user scope that was asked.
    await expectRevokedAtOnce(
      { honourAudience: true, mintedScp: (asked) => [asked, ['applied-permissions/admin']] },
      'whose scope holds entries that are not text where "applied-permissions/user" was asked'
    )
  })

  it('an audience entry lies within another when both its service and its instance do', () => {
    expect(broaderAudience(['jfxr@01abc'], 'jfxr@*')).toBe(false)
    expect(broaderAudience(['JFXR@*'], 'jfxr@*')).toBe(false)
    expect(broaderAudience(['jfxr@01abc', 'jfrt@01abc'], 'jfxr@* jfrt@01abc')).toBe(false)
    expect(broaderAudience(['jfrt@01abc'], 'jfxr@*')).toBe(true)
    expect(broaderAudience(['*@*'], 'jfxr@*')).toBe(true)
    expect(broaderAudience(['jfxr@*'], 'jfxr@01abc')).toBe(true)
    expect(broaderAudience(['jfxr'], 'jfxr@*')).toBe(true)
    expect(broaderAudience([], 'jfxr@*')).toBe(true)
    expect(broaderAudience(['*@*'], undefined)).toBe(false)
  })

  it('names the audience among the causes when the platform refuses the minting', async () => {
    const platform = http.createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        const refused = request.method === 'POST'
        response.writeHead(refused ? 400 : 200, { 'content-type': 'application/json' })
        response.end(
          JSON.stringify(
            refused
              ? { errors: [{ code: 'BAD_REQUEST', message: 'Invalid audience' }] }
              : { xray_version: '3.107.6', xray_revision: '5a6b1e3' }
          )
        )
      })
    })
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = platform.address() as AddressInfo
      const step = await runMain(inputs(`http://127.0.0.1:${port}`))
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain('Invalid audience')
      expect(step.errors[0]).toContain(
        'the verified token is limited to the services "jfxr@*", and the platform would not give this user a token limited the same way'
      )
    } finally {
      platform.closeAllConnections()
      await new Promise<void>((resolve) => platform.close(() => resolve()))
    }
  })

  it('asks for no audience when the verified token reaches every service', async () => {
    const platform = await audiencePlatform({ honourAudience: true })
    try {
      const every = jwt({
        sub: 'jfac@01hxyz/users/ci-bot',
        scp: 'applied-permissions/user',
        aud: '*@*',
        exp: inAnHour + 86_400
      })
      const step = await runMain({ ...inputs(platform.url), 'api-token': every })
      expect(step.errors).toEqual([])
      expect(platform.bodies[0]).not.toHaveProperty('audience')
    } finally {
      await platform.close()
    }
  })
})

describe('a 403 from Xray', () => {
  it('says the token is valid but may not use Xray, naming its user and scopes', async () => {
    // The fake platform never refuses Xray; a loopback one that does, as a platform answers a
    // user without Xray permissions (the contract row: 403 is "signed in, not allowed").
    const platform = http.createServer((request, response) => {
      request.resume()
      response.writeHead(403, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ errors: [{ status: 403, message: 'Forbidden' }] }))
    })
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = platform.address() as AddressInfo
      const token = jwt({
        sub: 'jfac@01hxyz/users/ci-bot',
        scp: 'applied-permissions/user',
        aud: '*@*',
        exp: inAnHour
      })
      const step = await runMain({
        vendor: 'jfrog',
        url: `http://127.0.0.1:${port}`,
        'api-token': token
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain(
        'JFrog: the access token is valid but may not use Xray (HTTP 403'
      )
      expect(step.errors[0]).toContain("the token's user (ci-bot) lacks Xray permissions")
      expect(step.errors[0]).toContain(
        "the token's scopes (applied-permissions/user) leave Xray out"
      )
      expect(step.env).toEqual({})
    } finally {
      platform.closeAllConnections()
      await new Promise<void>((resolve) => platform.close(() => resolve()))
    }
  })
})
