// Invicti Platform: the identity parser (unit) and the whole main step in-process (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { invictiPlatform, parseIdentity } from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'
import { JSON_OK, rawServer } from '../../../__tests__/helpers/raw-server.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { readActionInputs } from '../../../scripts/runner.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
let keys: Record<string, string>

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts['invicti-platform'] as Record<string, { apiKey: string }>
  keys = Object.fromEntries(
    Object.entries(accounts).map(([name, account]) => [name, account.apiKey])
  )
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

describe('parseIdentity: the undocumented /me shape, read tolerantly', () => {
  it.each([
    [
      'camelCase with role objects and an organization object',
      {
        id: 'u1',
        email: 'a@x.io',
        firstName: 'Ada',
        lastName: 'L',
        roles: [{ id: 'r', name: 'Owner' }],
        organization: { id: 'o1', name: 'Org' }
      },
      {
        userId: 'u1',
        username: 'a@x.io',
        displayName: 'Ada L',
        email: 'a@x.io',
        roles: ['Owner'],
        organization: 'Org'
      }
    ],
    [
      'snake_case with a role string and an organization id',
      {
        user_id: 7,
        user_name: 'ada',
        email_address: 'a@x.io',
        display_name: 'Ada',
        role: 'Admin',
        organization_id: 'o-7'
      },
      {
        userId: '7',
        username: 'ada',
        displayName: 'Ada',
        email: 'a@x.io',
        roles: ['Admin'],
        organization: 'o-7'
      }
    ],
    [
      'a data envelope with a list of role strings',
      {
        data: {
          id: 'u2',
          email: 'b@x.io',
          roles: ['Developer', 'Auditor'],
          permissions: [{ name: 'scans:read' }]
        }
      },
      { userId: 'u2', roles: ['Developer', 'Auditor'], permissions: ['scans:read'] }
    ]
  ])('%s', (_name, body, expected) => {
    expect(parseIdentity(body)).toMatchObject(expected)
  })

  it('reports roles and permissions as unknown when the response has none', () => {
    expect(parseIdentity({ id: 'u3' })).toMatchObject({
      roles: undefined,
      permissions: undefined,
      organization: ''
    })
  })
})

describe('Invicti Platform main step (real @actions/core, sandbox over loopback)', () => {
  it('verifies the key in one request and exports outputs, env and a summary', async () => {
    const step = await runMain({
      vendor: 'Invicti',
      url: sandbox.httpUrl,
      'api-key': keys.alice!,
      'required-roles': 'administrator'
    })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    const [request] = sandbox.requests
    expect(request).toMatchObject({ method: 'GET', path: '/api/identity/v1/me' })
    expect(request!.headers['x-auth']).toBe(keys.alice)
    expect(request!.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(step.log.join('\n')).toContain(`Correlation ID: ${request!.headers['x-correlation-id']}`)

    expect(step.outputs).toMatchObject({
      vendor: 'invicti-platform',
      url: sandbox.httpUrl,
      'user-id': 'usr-alice',
      username: 'alice@acme.example',
      'display-name': 'Alice Admin',
      email: 'alice@acme.example',
      roles: '["Administrator"]',
      organization: 'Acme Security',
      'auth-header': `X-Auth: ${keys.alice}`,
      token: '',
      cookie: '',
      'expires-at': ''
    })
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({
      vendor: 'invicti-platform',
      authMode: 'api-key',
      userId: 'usr-alice'
    })
    expect(step.env).toEqual({ INVICTI_URL: sandbox.httpUrl, INVICTI_API_KEY: keys.alice })
    expect(step.masks).toContain(keys.alice)
    expect(step.masks.indexOf(keys.alice!)).toBe(0)
    expect(step.summary).toContain('Invicti Platform verified')
    expect(step.summary).toContain('role: administrator</td><td>pass')
    expect(step.summary).toContain('/api/identity/v1/me')
    expect(step.summary).not.toContain(keys.alice!)
  })

  it('sends organization-id as X-Invicti-OrganizationId and exports it', async () => {
    const step = await runMain({
      vendor: 'invicti-platform',
      url: sandbox.httpUrl,
      'api-key': keys.morgan!,
      'organization-id': 'org-globex'
    })
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests[0]!.headers['x-invicti-organizationid']).toBe('org-globex')
    expect(step.outputs.organization).toBe('Globex Corp')
    expect(step.env.INVICTI_ORGANIZATION_ID).toBe('org-globex')
  })

  it('reads the key from INVICTI_API_KEY when the input is empty, and masks it', async () => {
    const step = await runMain(
      { vendor: 'invicti', url: sandbox.httpUrl },
      { INVICTI_API_KEY: keys.sam! }
    )
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(keys.sam)
    expect(step.outputs.username).toBe('sam@acme.example')
  })

  it("explains a 401 with the causes from Invicti's own page, after exactly one request", async () => {
    const step = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': keys.rexOldKey!
    })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toHaveLength(1)
    const [message] = step.errors
    expect(message).toContain(
      'Invicti Platform: the API key was rejected (HTTP 401 Unauthorized from GET'
    )
    expect(message).toContain(
      'Invicti Platform said: Unauthorized: Invalid or missing authentication token'
    )
    expect(message).toContain('deleted or regenerated')
    expect(message).toContain('api-key input')
    expect(message).toContain('Correlation ID:')
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
    expect(step.summary).toContain('Invicti Platform failed')
  })

  it('explains a 403 for an account with several organizations and points at organization-id', async () => {
    const step = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': keys.morgan!
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('HTTP 403 Forbidden')
    expect(step.errors[0]).toContain('specify one with X-Invicti-OrganizationId')
    expect(step.errors[0]).toContain('set the organization-id input')
  })

  it('fails the gate naming the user, its role and the required role, without exporting credentials', async () => {
    const step = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': keys.sam!,
      'required-roles': 'Security Manager'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringContaining(
        'sam@acme.example (Sam Analyst) holds "Security Analyst", and this step requires "Security Manager" (required-roles)'
      )
    ])
    expect(step.outputs.username).toBe('sam@acme.example')
    expect(step.outputs['auth-header']).toBeUndefined()
    expect(step.env).toEqual({})
    expect(step.summary).toContain('role: Security Manager</td><td>fail')
  })

  it('checks required-permissions against what /me reports', async () => {
    const pass = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': keys.alice!,
      'required-permissions': 'scans:write, targets:read'
    })
    expect(pass.exitCode).toBe(0)
    const fail = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': keys.sam!,
      'required-permissions': 'scans:write'
    })
    expect(fail.exitCode).toBe(1)
    expect(fail.errors[0]).toContain('lacks "scans:write"')
  })

  it('fails when /me answers 200 but names no user, and hands nothing on', async () => {
    // An answer that parses as JSON yet names nobody (a proxy's or a stub's {}) proves nothing.
    const server = await rawServer((socket) => socket.end(JSON_OK))
    try {
      const step = await runMain({
        vendor: 'invicti-platform',
        url: server.url,
        'api-key': keys.alice!,
        retries: '0'
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain(
        `Invicti Platform: GET ${server.url}/api/identity/v1/me answered HTTP 200 but named no user, so the credentials could not be verified.`
      )
      expect(server.requests).toHaveLength(1)
      expect(step.env).toEqual({})
      expect(step.outputs['auth-header'] ?? '').toBe('')
      expect(step.summary).toContain('Invicti Platform failed')
    } finally {
      await server.close()
    }
  })

  it('does not export env when export-env is false, but still sets outputs', async () => {
    const step = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': keys.alice!,
      'export-env': 'false'
    })
    expect(step.exitCode).toBe(0)
    expect(step.env).toEqual({})
    expect(step.outputs['auth-header']).toBe(`X-Auth: ${keys.alice}`)
  })

  it('warns, but goes on, when the key does not look like a JWT', async () => {
    const step = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': 'not-a-jwt-key'
    })
    expect(step.warnings[0]).toContain('does not look like an Invicti Platform API key')
    expect(step.errors[0]).toContain('HTTP 401')
  })

  it('fails before any request for an unknown vendor, listing the valid ones', async () => {
    const step = await runMain({ vendor: 'qualys', 'api-key': keys.alice! })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'The vendor input "qualys" is not a known vendor. Valid vendors: invicti-platform (or invicti)'
    )
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('a region chose the host: a rejected key names it, not the url input', () => {
  it("names the region's host as the instance the key may not belong to", async () => {
    const { message } = await failureAtChosenHost(
      invictiPlatform,
      { region: 'eu', 'api-key': keys.rexOldKey! },
      sandbox.httpUrl
    )
    expect(message).toContain('Invicti Platform: the API key was rejected (HTTP 401')
    expect(message).toContain(
      'the key belongs to another Invicti Platform instance than https://platform-eu.invicti.com, the host of region eu (on-premises or a private tenant)'
    )
    expect(message).not.toContain('url input')
  })

  it('names the url input when it chose the server', async () => {
    const step = await runMain({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': keys.rexOldKey!
    })
    expect(step.errors[0]).toContain(
      'the key belongs to another Invicti Platform instance than the url input (on-premises or a private tenant)'
    )
  })
})

describe('regions: us by default, eu and ca (contract, Inputs: region)', () => {
  // The hosts are the ones Invicti's docs name (shared notes, vendors-next F6).
  const planFor = (inputs: Partial<RawInputs>) => {
    const defaults = readActionInputs()
    const all = {} as RawInputs
    for (const name of INPUT_NAMES) all[name] = inputs[name] ?? defaults[name]?.default ?? ''
    return buildPlan(
      { ...all, vendor: 'invicti-platform', 'api-key': keys.alice! },
      invictiPlatform,
      {
        env: {}
      }
    )
  }

  it.each([
    [{}, 'https://platform.invicti.com'],
    [{ region: 'us' }, 'https://platform.invicti.com'],
    [{ region: 'eu' }, 'https://platform-eu.invicti.com'],
    [{ region: 'ca' }, 'https://platform-ca.invicti.com']
  ])('%j uses %s', (inputs, url) => {
    expect(planFor(inputs).url).toBe(url)
  })
})
