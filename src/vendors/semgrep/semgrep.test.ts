// Semgrep: reading both deployment answers, the 401 and 404 explanations, validation (unit), and the
// whole main step in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import {
  AGENT_PATH,
  DEFAULT_URL,
  describeDeployment,
  neitherApi,
  readDeployment,
  readDeploymentList,
  rejected,
  semgrep,
  WEB_API_PATH
} from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'

/** Vendor io for unit tests: nothing to mask, redaction is the identity, logs kept. */
function testIo(log: string[] = []) {
  return {
    mask: () => {},
    redact: (text: string) => text,
    info: (line: string) => void log.push(line),
    debug: () => {}
  }
}

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
let tokens: Record<string, string>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts.semgrep as Record<string, { token: string }>
  tokens = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.token]))
  url = `${sandbox.httpUrl}/_vendor/semgrep`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

/** "GET /api/..." of each request the sandbox saw. */
const paths = (): string[] => sandbox.requests.map((r) => `${r.method} ${r.path}`)

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, semgrep, { env: {} })
}

describe('reading the deployment', () => {
  it('takes the agent API deployment name as the organization, with its id and slug', () => {
    expect(
      readDeployment({
        deployment: { id: 4242, name: 'acme-corp', display_name: 'Acme Corp', slug: 'acme' }
      })
    ).toEqual({ name: 'acme-corp', id: '4242', slug: 'acme' })
    // The CLI's own test answer has a name only.
    expect(readDeployment({ deployment: { name: 'test' } })).toEqual({
      name: 'test',
      id: '',
      slug: ''
    })
  })

  it('falls back to the display name or slug, and names nothing without any of them', () => {
    expect(readDeployment({ deployment: { display_name: 'Acme', id: 1 } })?.name).toBe('Acme')
    expect(readDeployment({ deployment: { slug: 'acme' } })?.name).toBe('acme')
    expect(readDeployment({ deployment: { id: 1 } })).toBeUndefined()
    expect(readDeployment({ deployment: 'acme' })).toBeUndefined()
    expect(readDeployment({ error: 'Not authorized' })).toBeUndefined()
  })

  it('reads the Web API list, skipping entries without a name', () => {
    expect(
      readDeploymentList({
        deployments: [
          { id: 1, name: 'acme', slug: 'acme', findings: { url: 'https://semgrep.dev/x' } },
          { id: 2 },
          'globex',
          { id: 3, slug: 'globex' }
        ]
      })
    ).toEqual([
      { name: 'acme', id: '1', slug: 'acme' },
      { name: 'globex', id: '3', slug: 'globex' }
    ])
    expect(readDeploymentList({ deployments: {} })).toEqual([])
    expect(readDeploymentList({})).toEqual([])
  })

  it('cleans what a server sends: one line, no workflow command', () => {
    const deployment = readDeployment({
      deployment: { name: 'acme\n::set-output name=token::x', id: '1\r2' }
    })
    expect(deployment?.name).not.toMatch(/[\r\n]/)
    expect(deployment?.name.startsWith('acme')).toBe(true)
    expect(deployment?.id).not.toMatch(/[\r\n]/)
  })

  it('describes a deployment with what it has', () => {
    expect(describeDeployment({ name: 'acme', id: '42', slug: 'acme' })).toBe(
      'acme (id 42, slug acme)'
    )
    expect(describeDeployment({ name: 'acme', id: '', slug: '' })).toBe('acme')
  })
})

describe('validation and location', () => {
  it('defaults to https://semgrep.dev and has no regions', () => {
    expect(plan({ vendor: 'semgrep', 'api-token': 't' })).toMatchObject({
      url: DEFAULT_URL,
      region: undefined,
      authMode: 'api-token'
    })
    expect(semgrep.location.regions).toBeUndefined()
  })

  it('refuses required-roles and required-permissions before any request', () => {
    expect(() => plan({ vendor: 'semgrep', 'api-token': 't', 'required-roles': 'admin' })).toThrow(
      /required-roles input cannot be used with Semgrep: Semgrep tokens belong to a deployment/
    )
    expect(() =>
      plan({ vendor: 'semgrep', 'api-token': 't', 'required-permissions': 'web_api' })
    ).toThrow(/required-permissions input cannot be used with Semgrep: .*Agent \(CI\) scope/)
  })

  it('reads a url that ends in /api or /api/v1 as its base URL, warning: the step adds /api itself', () => {
    const given = plan({
      vendor: 'semgrep',
      'api-token': 't',
      url: 'https://semgrep.acme.example/api'
    })
    expect(given.url).toBe('https://semgrep.acme.example')
    expect(given.warnings).toEqual([
      'The url input https://semgrep.acme.example/api ends in /api, which this step adds to every request itself, so it uses https://semgrep.acme.example. Set url: https://semgrep.acme.example to name the base URL directly.'
    ])
    for (const tail of ['/API/', '/api/v1', '/api/v1/']) {
      expect(
        plan({ vendor: 'semgrep', 'api-token': 't', url: `https://semgrep.dev${tail}` }).url
      ).toBe('https://semgrep.dev')
    }
    // Only in the path: a host named api is a host (no path, nothing read away).
    expect(plan({ vendor: 'semgrep', 'api-token': 't', url: 'https://api' }).url).toBe(
      'https://api'
    )
    expect(plan({ vendor: 'semgrep', 'api-token': 't', url: 'https://api/v1' }).url).toBe(
      'https://api/v1'
    )
    // Only at the end: a path that merely holds /api is an instance's own.
    expect(
      plan({ vendor: 'semgrep', 'api-token': 't', url: 'https://acme.example/api/semgrep' }).url
    ).toBe('https://acme.example/api/semgrep')
  })

  it('refuses an input Semgrep does not use, naming it', () => {
    expect(() => plan({ vendor: 'semgrep', 'api-token': 't', tenant: 'acme' })).toThrow('tenant')
  })
})

describe('the explanations', () => {
  const contextFor = (stepUrl: string) => {
    const stepPlan = plan({ vendor: 'semgrep', 'api-token': 't', url: stepUrl })
    const http = createHttpClient({ ...stepPlan, vendorName: semgrep.name }, testIo())
    http.close()
    return { ...vendorContext(http, testIo()), plan: stepPlan, vendor: semgrep }
  }

  it('401: names the token page and the input; another instance only when url is given', () => {
    const given = rejected(contextFor('https://semgrep.example.com'))
    expect(given.headline).toBe('the token was rejected')
    expect(given.causes).toHaveLength(3)
    expect(given.causes[2]).toContain(
      'issued by another Semgrep instance than the url input (https://semgrep.example.com)'
    )
    expect(given.fix).toContain('Settings > Tokens')
    expect(given.fix).toContain('api-token input (or SEMGREP_APP_TOKEN)')
    expect(rejected(contextFor(DEFAULT_URL)).causes).toHaveLength(2)
  })

  it('404 on both APIs: names the url and both paths, and the scopes', () => {
    const diagnosis = neitherApi(contextFor('https://semgrep.example.com/ui'))
    expect(diagnosis.causes[0]).toContain('(https://semgrep.example.com/ui)')
    expect(diagnosis.causes[0]).toContain(`${AGENT_PATH} and GET ${WEB_API_PATH} both answered 404`)
    expect(diagnosis.causes[1]).toContain('neither the Agent (CI) nor the Web API scope')
  })
})

describe('login at the default url', () => {
  it('exports SEMGREP_APP_URL only when url is not https://semgrep.dev', async () => {
    // The requests go to the sandbox; the plan says the default url, as a step without url has it.
    const stepPlan = plan({ vendor: 'semgrep', 'api-token': tokens.ciToken!, url })
    const log: string[] = []
    const http = createHttpClient({ ...stepPlan, vendorName: semgrep.name }, testIo(log))
    try {
      const context = {
        ...vendorContext(http, testIo(log)),
        plan: { ...stepPlan, url: DEFAULT_URL },
        vendor: semgrep
      }
      const result = await semgrep.login(context)
      expect(result.env).toEqual({ SEMGREP_APP_TOKEN: tokens.ciToken })
      expect(result.identity.organization).toBe('acme-corp')
      expect(result.warnings).toBeUndefined()
      expect(log).toContain('Deployment: acme-corp (id 4242, slug acme-corp)')
    } finally {
      http.close()
    }
  })
})

describe('Semgrep main step (real @actions/core, sandbox over loopback)', () => {
  it('a CI token: one request to the agent API; organization, env and auth header', async () => {
    const step = await runMain({ vendor: 'semgrep', url, 'api-token': tokens.ciToken! })
    expect(step.errors).toEqual([])
    expect(step.warnings).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual([`GET ${AGENT_PATH}`])
    expect(sandbox.requests[0]!.headers.authorization).toBe(`Bearer ${tokens.ciToken}`)
    expect(step.outputs).toMatchObject({
      vendor: 'semgrep',
      url,
      'user-id': '',
      username: '',
      'display-name': '',
      email: '',
      roles: '[]',
      permissions: '[]',
      organization: 'acme-corp',
      'auth-header': `Authorization: Bearer ${tokens.ciToken}`,
      token: '',
      'expires-at': ''
    })
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({
      vendor: 'semgrep',
      authMode: 'api-token',
      organization: 'acme-corp'
    })
    expect(step.env).toEqual({ SEMGREP_APP_TOKEN: tokens.ciToken, SEMGREP_APP_URL: url })
    expect(step.masks).toContain(tokens.ciToken)
    expect(step.masks).toContain(`Bearer ${tokens.ciToken}`)
    const log = step.log.join('\n')
    expect(log).toContain('Deployment: acme-corp (id 4242, slug acme-corp)')
    expect(log).toContain('Token scope: Agent (CI): semgrep ci accepts this token')
    expect(log).toContain('Token owner: not reported')
    expect(step.summary).toContain('Semgrep verified')
    expect(step.summary).not.toContain(tokens.ciToken!)
  })

  it('a Web API token: 404 on the agent API, then /api/v1/deployments, passing with a warning', async () => {
    const step = await runMain({ vendor: 'semgrep', url, 'api-token': tokens.webApiToken! })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual([`GET ${AGENT_PATH}`, `GET ${WEB_API_PATH}`])
    expect(step.outputs.organization).toBe('acme-corp')
    expect(step.warnings).toEqual([
      `Semgrep: the token is valid for the Web API of deployment acme-corp, but it lacks the Agent (CI) scope, so semgrep ci will refuse it (GET ${AGENT_PATH} answered 404). For semgrep ci, create a token with the Agent (CI) scope in Semgrep AppSec Platform under Settings > Tokens (or add the scope to this one) and put it into the secret behind the api-token input (or SEMGREP_APP_TOKEN).`
    ])
    expect(step.log.join('\n')).toContain(
      'Token scope: Web API without Agent (CI): semgrep ci will refuse this token'
    )
    expect(step.env.SEMGREP_APP_TOKEN).toBe(tokens.webApiToken)
  })

  it('a token with both scopes needs the agent API only; reads SEMGREP_APP_TOKEN; the alias works', async () => {
    const step = await runMain(
      { vendor: 'Semgrep-AppSec', url },
      { SEMGREP_APP_TOKEN: tokens.fullToken! }
    )
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual([`GET ${AGENT_PATH}`])
    expect(step.outputs.organization).toBe('globex')
    expect(step.masks).toContain(tokens.fullToken)
  })

  it('a revoked token: one 401, in Semgrep’s words, naming the input', async () => {
    const step = await runMain({ vendor: 'semgrep', url, 'api-token': tokens.revokedToken! })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual([`GET ${AGENT_PATH}`])
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain(`Semgrep: the token was rejected (HTTP 401 Unauthorized from GET`)
    expect(message).toContain('Semgrep said: Not authorized')
    expect(message).toContain('api-token input (or SEMGREP_APP_TOKEN)')
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
  })

  it('a url with a path too many: both APIs 404, one failure naming both', async () => {
    const step = await runMain({
      vendor: 'semgrep',
      url: `${url}/ui`,
      'api-token': tokens.ciToken!
    })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual([`GET /ui${AGENT_PATH}`, `GET /ui${WEB_API_PATH}`])
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'Semgrep: neither Semgrep API answered for this token (HTTP 404'
    )
    expect(step.errors[0]).toContain('both answered 404')
    expect(step.env).toEqual({})
  })

  it('a url ending in /api, which the step adds itself: read without it, with a warning', async () => {
    const step = await runMain({
      vendor: 'semgrep',
      url: `${url}/api`,
      'api-token': tokens.ciToken!
    })
    expect(step.exitCode).toBe(0)
    expect(paths()).toEqual([`GET ${AGENT_PATH}`])
    expect(step.warnings).toEqual([expect.stringContaining(`so it uses ${url}. Set url: ${url}`)])
    expect(step.env.SEMGREP_APP_URL).toBe(url)
  })

  it('a 200 that names no deployment is not a pass', async () => {
    // slow-headers answers 200 {"sandbox":"slow-headers"} after a while, for any path.
    const step = await runMain({
      vendor: 'semgrep',
      url: `${sandbox.httpUrl}/_fault/slow-headers/_vendor/semgrep`,
      'api-token': tokens.ciToken!
    })
    expect(step.exitCode).toBe(1)
    expect(paths()).toEqual([`GET ${AGENT_PATH}`])
    expect(step.errors).toEqual([
      expect.stringContaining('Semgrep: the answer did not carry the expected result (HTTP 200')
    ])
    expect(step.env).toEqual({})
  })
})

describe('at the default host, both APIs answering 404 name no url input', () => {
  it('puts the scopes first, then what is between the runner and the host', async () => {
    // The sandbox at /api answers 404 to both paths, as something in between would.
    const { message } = await failureAtChosenHost(
      semgrep,
      { 'api-token': tokens.ciToken! },
      `${url}/api`
    )
    const host = new URL(url).host
    expect(message).toContain('Semgrep: neither Semgrep API answered for this token (HTTP 404')
    expect(message).toContain(
      `something between the runner and ${host} answered in its place (a proxy or gateway): GET ${AGENT_PATH} and GET ${WEB_API_PATH} both answered 404`
    )
    expect(message).toContain(
      `Fix: give the token the Agent (CI) scope in Semgrep AppSec Platform under Settings > Tokens; if it has it, check that nothing between the runner and ${host} answers in its place (a proxy or gateway).`
    )
    expect(message).not.toContain('url input')
  })
})
