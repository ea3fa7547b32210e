// Socket: reading the organization map, the 401 explanation, validation (unit), and the whole main
// step in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { MAX_NAMES } from '../../kit/parse.js'
import {
  ORGANIZATIONS_PATH,
  organizationNames,
  parseOrganizations,
  rejected,
  socket
} from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { rawServer } from '../../../__tests__/helpers/raw-server.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts.socket as Record<string, { token: string }>
  tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.token]))
  url = `${sandbox.httpUrl}/_vendor/socket`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const paths = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

/** A plan as the main step builds it, from these inputs and (by default) no environment. */
function plan(
  inputs: Partial<RawInputs>,
  env: Record<string, string> = {}
): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, socket, { env })
}

describe('the token from the environment, in the order Socket’s tools look it up', () => {
  // SocketDev/socket-lib src/env/socket.mts getSocketApiToken.
  const chain = [
    'SOCKET_API_TOKEN',
    'SOCKET_API_KEY',
    'SOCKET_CLI_API_TOKEN',
    'SOCKET_CLI_API_KEY',
    'SOCKET_SECURITY_API_TOKEN',
    'SOCKET_SECURITY_API_KEY'
  ]

  it.each(chain.map((name, at) => [name, at] as const))(
    '%s is read when api-token and every name before it are empty',
    (name, at) => {
      const env = Object.fromEntries(chain.slice(at).map((later) => [later, `sktsec_${later}`]))
      expect(plan({}, env).credentials['api-token']).toBe(`sktsec_${name}`)
    }
  )

  it('the api-token input wins over every variable', () => {
    const env = Object.fromEntries(chain.map((name) => [name, `sktsec_${name}`]))
    expect(plan({ 'api-token': 'sktsec_input' }, env).credentials['api-token']).toBe('sktsec_input')
  })
})

describe('the API base URL the Socket CLI reads from the job', () => {
  // SocketDev/socket-lib src/env/socket-cli.mts getSocketCliApiBaseUrl; socket-cli
  // packages/cli/src/util/socket/api-http.mts getDefaultApiBaseUrl.
  it.each(['SOCKET_CLI_API_BASE_URL', 'SOCKET_SECURITY_API_BASE_URL'])(
    'a job token is not sent to api.socket.dev when %s names another server',
    (variable) => {
      expect(() =>
        plan({}, { SOCKET_API_TOKEN: 'sktsec_job', [variable]: 'https://socket.corp.example/v0/' })
      ).toThrow(`the job's ${variable} names another server (https://socket.corp.example)`)
    }
  )

  it('the CLI form of the default server, with its /v0/, is the same server', () => {
    expect(
      plan(
        {},
        { SOCKET_API_TOKEN: 'sktsec_job', SOCKET_CLI_API_BASE_URL: 'https://api.socket.dev/v0/' }
      ).url
    ).toBe('https://api.socket.dev')
  })
})

describe('the organization map', () => {
  it('names every organization, the slug where the name is null, in the order given', () => {
    const body = {
      organizations: {
        org_a: { id: 'org_a', name: 'Acme', image: null, plan: 'team', slug: 'acme' },
        org_g: { id: 'org_g', name: null, image: null, plan: 'free', slug: 'globex' }
      }
    }
    expect(organizationNames(body)).toEqual(['Acme', 'globex'])
    expect(parseOrganizations(body)).toEqual({
      userId: '',
      username: '',
      displayName: '',
      email: '',
      roles: undefined,
      permissions: undefined,
      organization: 'Acme, globex'
    })
  })

  it('names nothing for an empty map, a list, or an answer without one', () => {
    expect(organizationNames({ organizations: {} })).toEqual([])
    expect(organizationNames({ organizations: [{ name: 'Acme' }] })).toEqual([])
    expect(organizationNames({ error: { message: 'Unauthorized' } })).toEqual([])
    expect(organizationNames({ organizations: { a: 'Acme', b: { id: '' } } })).toEqual([])
  })

  it('is bounded and cleaned, whatever the server sends', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_NAMES + 50 }, (_, i) => [`o${i}`, { name: `org ${i}` }])
    )
    expect(organizationNames({ organizations: many })).toHaveLength(MAX_NAMES)
    const [name = ''] = organizationNames({
      organizations: { x: { name: 'Acme\n::set-output name=token::x' } }
    })
    expect(name).not.toMatch(/[\r\n]/)
    expect(name.startsWith('Acme')).toBe(true)
  })
})

describe('the 401 explanation', () => {
  it('names the dashboard page and the input; says so when the token lacks the sktsec_ prefix', () => {
    const organizationToken = rejected('sktsec_abcdefghijklmnop_api')
    expect(organizationToken.headline).toBe('the API token was rejected')
    expect(organizationToken.causes[0]).toContain('revoked or rotated')
    expect(organizationToken.fix).toContain('Settings > API Tokens')
    expect(organizationToken.fix).toContain('api-token input (or SOCKET_API_TOKEN)')
    const other = rejected('ghp_0123456789abcdef')
    expect(other.causes[0]).toBe(
      "the token does not begin with sktsec_, as Socket's organization API tokens do: it may be another service's token"
    )
  })
})

describe('validation and location', () => {
  it('defaults to https://api.socket.dev, with no regions', () => {
    expect(plan({ vendor: 'socket', 'api-token': 't' })).toMatchObject({
      url: 'https://api.socket.dev',
      region: undefined,
      authMode: 'api-token'
    })
  })

  it('reads a url in the Socket CLI form without its /v0, and says so', () => {
    const cli = plan({ vendor: 'socket', 'api-token': 't', url: 'https://api.socket.dev/v0/' })
    expect(cli.url).toBe('https://api.socket.dev')
    expect(cli.warnings).toContainEqual(
      expect.stringContaining('ends in /v0, the API version, which this step adds')
    )
    expect(
      plan({ vendor: 'socket', 'api-token': 't', url: 'https://socket.corp.example/gw/v0' }).url
    ).toBe('https://socket.corp.example/gw')
    for (const given of ['https://api.socket.dev', 'https://socket.corp.example/v0x']) {
      const read = plan({ vendor: 'socket', 'api-token': 't', url: given })
      expect(read.url).toBe(given)
      expect(read.warnings).toEqual([])
    }
  })

  it('refuses required-roles and required-permissions before any request', () => {
    expect(() => plan({ vendor: 'socket', 'api-token': 't', 'required-roles': 'admin' })).toThrow(
      /required-roles input cannot be used with Socket: Socket API tokens belong to an organization/
    )
    expect(() =>
      plan({ vendor: 'socket', 'api-token': 't', 'required-permissions': 'repo:list' })
    ).toThrow(/required-permissions input cannot be used with Socket: .*own scopes/)
  })
})

describe('Socket main step (real @actions/core, sandbox over loopback)', () => {
  it('one request; the organization named; the three variables exported; the token masked', async () => {
    const step = await runMain({ vendor: 'socket-dev', url, 'api-token': tokens.orgToken! })
    expect(step.errors).toEqual([])
    expect(step.warnings).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual([`GET ${ORGANIZATIONS_PATH}`])
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${tokens.orgToken}`)
    expect(step.outputs).toMatchObject({
      vendor: 'socket',
      url,
      'user-id': '',
      username: '',
      'display-name': '',
      email: '',
      roles: '[]',
      permissions: '[]',
      organization: 'Acme',
      'auth-header': `Authorization: Bearer ${tokens.orgToken}`,
      token: '',
      'expires-at': ''
    })
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({
      vendor: 'socket',
      authMode: 'api-token',
      organization: 'Acme'
    })
    // The canonical name too: Socket's tools read SOCKET_API_TOKEN first, so a stale job-level one
    // would otherwise win over the token checked here.
    expect(step.env).toEqual({
      SOCKET_API_TOKEN: tokens.orgToken,
      SOCKET_SECURITY_API_KEY: tokens.orgToken,
      SOCKET_CLI_API_TOKEN: tokens.orgToken
    })
    expect(step.masks).toContain(tokens.orgToken)
    expect(step.masks).toContain(`Bearer ${tokens.orgToken}`)
    expect(step.log.join('\n')).toContain('Token owner: not reported')
    // No user owns the token: the log names its organization, not "the signed-in user".
    expect(step.log).toContain(`Verified: a token of Acme at ${url}`)
    expect(step.summary).toContain('Socket verified')
    expect(step.summary).not.toContain(tokens.orgToken!)
  })

  it('two organizations, comma-separated, the slug standing in for a null name', async () => {
    const step = await runMain({ vendor: 'socket', url, 'api-token': tokens.multiOrgToken! })
    expect(step.exitCode).toBe(0)
    expect(step.outputs.organization).toBe('Acme, globex')
  })

  it('reads SOCKET_CLI_API_TOKEN when api-token is empty', async () => {
    const step = await runMain(
      { vendor: 'socket', url },
      { SOCKET_CLI_API_TOKEN: tokens.orgToken! }
    )
    expect(step.exitCode).toBe(0)
    // Masked already by the first test of this process: the runner is told each secret once.
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${tokens.orgToken}`)
    expect(step.env.SOCKET_SECURITY_API_KEY).toBe(tokens.orgToken)
  })

  it('a job-level SOCKET_API_TOKEN comes before the older names, as Socket’s tools read them', async () => {
    const step = await runMain(
      { vendor: 'socket', url },
      { SOCKET_API_TOKEN: tokens.orgToken!, SOCKET_SECURITY_API_KEY: tokens.revokedToken! }
    )
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${tokens.orgToken}`)
    expect(step.env.SOCKET_API_TOKEN).toBe(tokens.orgToken)
  })

  it('a revoked token: one 401 in Socket’s words', async () => {
    const step = await runMain({ vendor: 'socket', url, 'api-token': tokens.revokedToken! })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual([`GET ${ORGANIZATIONS_PATH}`])
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain('Socket: the API token was rejected (HTTP 401 Unauthorized from GET')
    expect(message).toContain('Socket said: Unauthorized')
    expect(message).not.toContain('does not begin with sktsec_')
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
  })

  it('a token of another service: the 401 says it lacks the sktsec_ prefix', async () => {
    const step = await runMain({ vendor: 'socket', url, 'api-token': 'ghp_notasockettoken0123' })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('does not begin with sktsec_')
  })

  it('a token that reaches no organization fails, though Socket answered 200', async () => {
    const step = await runMain({ vendor: 'socket', url, 'api-token': tokens.orphanToken! })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringContaining('Socket: the token belongs to no organization (HTTP 200')
    ])
    expect(step.env).toEqual({})
  })

  it('a spent quota: 429 in Socket’s words, explained as the quota, not a passing rate limit', async () => {
    const step = await runMain({
      vendor: 'socket',
      url: `${sandbox.httpUrl}/_fault/socket-quota/_vendor/socket`,
      'api-token': tokens.orgToken!,
      retries: '0'
    })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual([`GET ${ORGANIZATIONS_PATH}`])
    const [message = ''] = step.errors
    expect(message).toContain("Socket: the token's API quota is spent (HTTP 429")
    expect(message).toContain('Socket said: Insufficient quota for API route')
    expect(message).toContain('GET /v0/quota')
  })

  it('a 403: not blamed on a scope, since listing organizations needs none', async () => {
    const step = await runMain({
      vendor: 'socket',
      url: `${sandbox.httpUrl}/_fault/socket-forbidden/_vendor/socket`,
      'api-token': tokens.orgToken!
    })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual([`GET ${ORGANIZATIONS_PATH}`])
    const [message = ''] = step.errors
    expect(message).toContain(
      'Socket: the token was accepted but may not list its organizations (HTTP 403'
    )
    expect(message).toContain('needs no token scope')
    expect(message).toContain("the organization's Socket plan")
    expect(message).toContain('Settings > API Tokens')
    expect(message).not.toContain('lacks the Socket permission')
    expect(step.env).toEqual({})
  })
})

describe('at the default host, an answer that is not the API names no url input', () => {
  /**
   * The login's failure when the plan took api.socket.dev (no url input) and a loopback server
   * answers its requests with `body`, as something in between would.
   */
  async function failureAtDefaultHost(body: string): Promise<{ message: string; host: string }> {
    const server = await rawServer((socket) =>
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
    try {
      const failure = await failureAtChosenHost(
        socket,
        { 'api-token': Object.values(tokens)[0]! },
        server.url
      )
      expect(failure.plan.url).toBe('https://api.socket.dev')
      return { message: failure.message, host: `127.0.0.1:${server.port}` }
    } finally {
      await server.close()
    }
  }

  it('a 200 without the organizations map', async () => {
    const { message, host } = await failureAtDefaultHost('{"status":"ok"}')
    expect(message).toContain('Socket: the answer did not carry the expected result')
    expect(message).toContain(
      `Likely cause: something between the runner and ${host} answered in its place (a proxy or gateway).`
    )
    expect(message).toContain(
      `Fix: check that nothing between the runner and ${host} answers in its place (a proxy or gateway).`
    )
    expect(message).not.toContain('url input')
  })

  it('names the url input when it chose the server', async () => {
    const server = await rawServer((socket) =>
      socket.end(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'
      )
    )
    try {
      const step = await runMain({
        vendor: 'socket',
        url: server.url,
        'api-token': Object.values(tokens)[0]!,
        retries: '0'
      })
      expect(step.errors[0]).toContain(
        'Likely cause: the url input points at something other than the Socket API.\nFix: set the url input to the base URL of the Socket API, without a path.'
      )
    } finally {
      await server.close()
    }
  })
})
