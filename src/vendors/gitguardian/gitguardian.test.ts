// GitGuardian: regions, the url checks, reading api_tokens/self (unit), and the whole main step
// in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import {
  apiUrl,
  gitguardian,
  notActive,
  parseToken,
  REGIONS,
  rejected,
  tokenDescription
} from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { rawServer } from '../../../__tests__/helpers/raw-server.js'
import { failureAtChosenHost } from '../../../__tests__/helpers/chosen-host.js'

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

  const warning = (given: string, reasons: string, used: string): string =>
    `The url input ${given} ${reasons}: as ggshield does, this step uses ${used}. Set url: ${used} to name the API directly.`
  const DASHBOARD = 'names the GitGuardian dashboard, not its API'
  const SELF_HOSTED = 'names a self-hosted GitGuardian dashboard (its API is under /exposed)'
  const V1 = 'ends in /v1 (this step adds it to every request)'

  // ggshield's url_utils.py, as it reads GITGUARDIAN_API_URL.
  it.each([
    ['https://dashboard.gitguardian.com', 'https://api.gitguardian.com', [DASHBOARD]],
    ['https://dashboard.eu1.gitguardian.com/', 'https://api.eu1.gitguardian.com', [DASHBOARD]],
    ['https://dashboard-acme.gitguardian.tech', 'https://api-acme.gitguardian.tech', [DASHBOARD]],
    ['https://dashboard.gitguardian.com/v1', 'https://api.gitguardian.com', [DASHBOARD, V1]],
    ['https://api.eu1.gitguardian.com/v1/', 'https://api.eu1.gitguardian.com', [V1]],
    ['https://gg.example.com', 'https://gg.example.com/exposed', [SELF_HOSTED]],
    ['https://gg.example.com/v1', 'https://gg.example.com/exposed', [SELF_HOSTED, V1]],
    ['https://gg.example.com/exposed/v1', 'https://gg.example.com/exposed', [V1]],
    [
      'https://gg.example.com/gitguardian',
      'https://gg.example.com/gitguardian/exposed',
      [SELF_HOSTED]
    ],
    // A self-hosted instance under a GitGuardian domain is no cloud host: only the first label says.
    ['https://acme.gitguardian.com', 'https://acme.gitguardian.com/exposed', [SELF_HOSTED]],
    [
      'https://gitguardian.example.com/v1-proxy',
      'https://gitguardian.example.com/v1-proxy/exposed',
      [SELF_HOSTED]
    ],
    // Only a GitGuardian domain at the end of the host, and only those first labels, are the cloud.
    [
      'https://dashboard.gitguardian.com.example.net',
      'https://dashboard.gitguardian.com.example.net/exposed',
      [SELF_HOSTED]
    ],
    [
      'https://dashboards.gitguardian.com',
      'https://dashboards.gitguardian.com/exposed',
      [SELF_HOSTED]
    ],
    // A loopback url is used as given, but for /v1.
    ['http://localhost:8080/v1', 'http://localhost:8080', [V1]]
  ])('reads %s as ggshield does: %s', (given, used, reasons) => {
    expect(apiUrl(given)).toEqual({ url: used, reasons })
    const result = plan({ vendor: 'gitguardian', 'api-key': 'k', url: given })
    expect(result.url).toBe(used)
    expect(result.warnings).toEqual([
      warning(given.replace(/\/$/, ''), reasons.join(' and '), used)
    ])
  })

  it.each([
    'https://api.gitguardian.com',
    'https://api.eu1.gitguardian.com',
    'https://api-acme.gitguardian.tech',
    'https://gg.example.com/exposed',
    'http://127.0.0.1:8080/_vendor/gitguardian'
  ])('leaves the API url %s alone, without a warning', (given) => {
    expect(apiUrl(given)).toEqual({ url: given, reasons: [] })
    expect(plan({ vendor: 'gitguardian', 'api-key': 'k', url: given })).toMatchObject({
      url: given,
      warnings: []
    })
  })

  it.each([
    ['https://api.gitguardian.com/exposed', 'https://api.gitguardian.com'],
    ['https://dashboard.gitguardian.com/workspace/1/incidents', 'https://api.gitguardian.com']
  ])('refuses the cloud url %s with a path before any request, as ggshield does', (given, api) => {
    expect(() => plan({ vendor: 'gitguardian', 'api-key': 'k', url: given })).toThrow(
      `The url input (${given}) names GitGuardian's cloud, whose API takes no path (ggshield refuses it too). Fix: leave url empty and set region (us, eu), or set url: ${api}.`
    )
  })

  it('reads a url and its API url alike, whatever its /v1 (properties)', () => {
    const selfHosted = fc
      .tuple(
        fc
          .domain()
          .filter((d) => !d.endsWith('gitguardian.com') && !d.endsWith('gitguardian.tech')),
        fc.webPath().filter((p) => !/[?#]/.test(p))
      )
      .map(([host, path]) => new URL(`https://${host}${path}`).toString().replace(/\/+$/, ''))
    const cloud = fc
      .tuple(fc.constantFrom('dashboard', 'api', 'dashboard-eu', 'api-eu'), fc.domain())
      .map(([label, rest]) => `https://${label}.${rest.split('.', 1)[0]}.gitguardian.com`)
    fc.assert(
      fc.property(fc.oneof(selfHosted, cloud), (given) => {
        const { url: used } = apiUrl(given)
        // Idempotent: the url used needs no rewriting.
        expect(apiUrl(used)).toEqual({ url: used, reasons: [] })
        // A trailing /v1 changes nothing but the warning.
        expect(apiUrl(`${given}/v1`).url).toBe(used)
        expect(new URL(used).hostname.startsWith('dashboard')).toBe(false)
      })
    )
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

  it('cuts a long status it quotes whole characters only, and says it was cut (properties)', () => {
    // A character outside the BMP across the cut would leave half of its surrogate pair.
    expect(notActive(`${'s'.repeat(39)}\u{1f600}tail`).causes[0]).toBe(
      `GitGuardian reports the token's status as "${'s'.repeat(39)}…", not active`
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (status) => {
        const cause = notActive(status.trim()).causes[0]!
        expect(cause).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
        )
        const quoted = /"(.*)", not active$/su.exec(cause)?.[1]
        if (quoted !== undefined) expect(quoted.length).toBeLessThanOrEqual(40)
      })
    )
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
    // Behaviour 2: the header value derived from the key is masked too, not only the key.
    expect(step.masks).toContain(`Token ${key('pat')}`)
    const log = step.log.join('\n')
    expect(log).toContain('Token: personal access token "ci-scan"')
    expect(log).toContain('Workspace: 4242')
    expect(step.warnings).toEqual([])
    expect(step.summary).toContain('GitGuardian verified')
    expect(step.summary).not.toContain(key('pat'))
    // Contract, Outputs: identity is one JSON object with all of the above plus vendor, url, authMode.
    expect(JSON.parse(step.outputs.identity!)).toEqual({
      vendor: 'gitguardian',
      url,
      authMode: 'api-key',
      userId: '1042',
      username: '',
      displayName: 'ci-scan',
      email: '',
      roles: [],
      permissions: ['scan', 'incidents:read'],
      organization: ''
    })
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

  it('drops a /v1 from the url with a warning, and exports the url it used', async () => {
    const step = await runMain({ vendor: 'gitguardian', url: `${url}/v1/`, 'api-key': key('pat') })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/api_tokens/self'
    ])
    expect(step.warnings).toEqual([
      `The url input ${url}/v1 ends in /v1 (this step adds it to every request): as ggshield does, this step uses ${url}. Set url: ${url} to name the API directly.`
    ])
    expect(step.outputs.url).toBe(url)
    expect(step.env).toEqual({ GITGUARDIAN_API_KEY: key('pat'), GITGUARDIAN_API_URL: url })
  })

  /** The login against the sandbox, with `checked` as the plan: what it exports comes from the plan. */
  async function loginAtSandbox(checked: ReturnType<typeof plan>) {
    const http = createHttpClient({ ...checked, url, vendorName: 'GitGuardian' }, testIo)
    try {
      return await gitguardian.login({
        ...vendorContext(http, testIo),
        plan: checked,
        vendor: gitguardian
      })
    } finally {
      http.close()
    }
  }

  it('exports no GITGUARDIAN_API_URL for the default instance, whether by default or by region us', async () => {
    // ggshield's own default is this instance: the variable is set only for another one.
    for (const inputs of [{}, { region: 'us' }]) {
      const checked = plan({ vendor: 'gitguardian', 'api-key': key('pat'), ...inputs })
      expect(checked.url).toBe('https://api.gitguardian.com')
      const result = await loginAtSandbox(checked)
      expect(result.env).toEqual({ GITGUARDIAN_API_KEY: key('pat') })
    }
  })

  it('exports a self-hosted dashboard url as its API url, under /exposed', async () => {
    const checked = plan({
      vendor: 'gitguardian',
      'api-key': key('pat'),
      url: 'https://gitguardian.example.com'
    })
    expect(checked.url).toBe('https://gitguardian.example.com/exposed')
    const result = await loginAtSandbox(checked)
    expect(result.env).toEqual({
      GITGUARDIAN_API_KEY: key('pat'),
      GITGUARDIAN_API_URL: 'https://gitguardian.example.com/exposed'
    })
  })

  it('sends the key for a cloud dashboard url to the API host beside it', async () => {
    // A proxy that refuses every CONNECT shows where the step would connect; nothing leaves the
    // machine, and the key never reaches the proxy.
    const proxy = await rawServer((socket) =>
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
    )
    try {
      const step = await runMain(
        {
          vendor: 'gitguardian',
          url: 'https://dashboard.eu1.gitguardian.com',
          'api-key': key('pat'),
          retries: '0'
        },
        { HTTPS_PROXY: proxy.url }
      )
      expect(step.exitCode).toBe(1)
      expect(step.warnings).toEqual([
        'The url input https://dashboard.eu1.gitguardian.com names the GitGuardian dashboard, not its API: as ggshield does, this step uses https://api.eu1.gitguardian.com. Set url: https://api.eu1.gitguardian.com to name the API directly.'
      ])
      expect(proxy.requests).toHaveLength(1)
      expect(proxy.requests[0]).toMatch(/^CONNECT api\.eu1\.gitguardian\.com:443 HTTP\/1\.1\r\n/)
      expect(proxy.requests[0]).not.toContain(key('pat'))
    } finally {
      await proxy.close()
    }
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
    // A token's scopes are its own, and GitGuardian refuses the role inputs: the fix is a new
    // token, not a role change or allowed-roles.
    expect(step.errors[0]).toContain(
      '\nFix: use a token created with every scope that required-permissions lists, or change required-permissions.'
    )
    expect(step.errors[0]).not.toMatch(/roles/)
  })
})

describe('a region chose the host: a 403 or 404 names what is in between, not the url input', () => {
  const answer = (status: string): string =>
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`

  it.each([
    [
      '404 Not Found',
      'GitGuardian: the endpoint was not found (HTTP 404',
      'Fix: check that nothing between the runner and HOST answers in its place (a proxy or gateway).'
    ],
    [
      '403 Forbidden',
      'GitGuardian: the API key is valid but GitGuardian refused the request (HTTP 403',
      'a proxy or gateway between the runner and HOST refused the request'
    ]
  ])('an HTTP %s', async (status, headline, said) => {
    const server = await rawServer((socket) => socket.end(answer(status)))
    try {
      const { message } = await failureAtChosenHost(
        gitguardian,
        { region: 'eu', 'api-key': key(Object.keys(accounts)[0]!) },
        server.url
      )
      expect(message).toContain(headline)
      expect(message).toContain(said.replace('HOST', `127.0.0.1:${server.port}`))
      expect(message).not.toContain('url input')
    } finally {
      await server.close()
    }
  })

  it('names the url input when it chose the server', async () => {
    const server = await rawServer((socket) => socket.end(answer('404 Not Found')))
    try {
      const step = await runMain({
        vendor: 'gitguardian',
        url: `${server.url}/exposed`,
        'api-key': key(Object.keys(accounts)[0]!)
      })
      expect(step.errors[0]).toContain(
        'the url input does not lead to the GitGuardian API (HTTP 404'
      )
    } finally {
      await server.close()
    }
  })
})

describe('an answer with status active but no token id', () => {
  it('is no proof: the check fails, and does not call the token inactive', async () => {
    const body = JSON.stringify({ status: 'active', name: 'ci' })
    const server = await rawServer((socket) =>
      socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
      )
    )
    try {
      const step = await runMain({
        vendor: 'gitguardian',
        url: `${server.url}/exposed`,
        'api-key': key(Object.keys(accounts)[0]!)
      })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain('the answer did not carry the expected result (HTTP 200')
      expect(step.errors[0]).not.toContain('not active')
    } finally {
      await server.close()
    }
  })
})
