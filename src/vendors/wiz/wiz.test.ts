// Wiz: where the token server and the API are (unit), reading the answers (unit), and the whole
// main step in-process against the sandbox's Wiz, with the url input and with a region whose token
// names its data center (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHttpClient, vendorContext } from '../../core/context.js'
import type { Answer, AnswerDiagnosis } from '../../kit/endpoint.js'
import type { Plan } from '../../kit/types.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import {
  apiForDataCenter,
  apiFromClaim,
  authBaseFor,
  dataCenterLabel,
  locate,
  REGIONS,
  wizEnvWarning
} from './hosts.js'
import { serviceAccount, wiz } from './index.js'
import { graphqlMeanings, tokenMeanings, wizErrorText } from './meanings.js'
import { accessTokenExpiresAt, answeredQuery } from './requests.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { stdoutOf } from '../../../__tests__/helpers/stdout.js'
import { mask } from '../../runner/log.js'
import { expectNoLeak } from '../../../__tests__/helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Account {
  clientId: string
  clientSecret: string
}
let sandbox: Sandbox
let accounts: Record<string, Account>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  accounts = sandbox.accounts.wiz as Record<string, Account>
  url = `${sandbox.httpUrl}/_vendor/wiz`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const testIo = { mask: () => {}, redact: (text: string) => text, info: () => {}, debug: () => {} }
const client = (name: string): Record<string, string> => ({
  'client-id': accounts[name]!.clientId,
  'client-secret': accounts[name]!.clientSecret
})
const issued = (): string[] =>
  (sandbox.fake('wiz') as unknown as { state: { issued: string[] } }).state.issued
const secrets = (): string[] => [...Object.values(accounts).map((a) => a.clientSecret), ...issued()]

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): Plan {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, wiz, { env: {} })
}

/** Logs in with `plan`, its http client closed afterwards. */
async function login(given: Plan) {
  const http = createHttpClient({ ...given, vendorName: wiz.name }, testIo)
  try {
    return await wiz.login({ ...vendorContext(http, testIo), plan: given, vendor: wiz })
  } finally {
    http.close()
  }
}

describe('where the token server and the API are', () => {
  it('region picks the token server, commercial by default; the token will name the API', () => {
    expect(plan({ vendor: 'wiz', ...client('ci') })).toMatchObject({
      url: 'https://auth.app.wiz.io',
      region: 'commercial'
    })
    const gov = plan({ vendor: 'wiz', region: 'GOV', ...client('ci') })
    expect(gov).toMatchObject({ url: 'https://auth.gov.wiz.io', region: 'gov' })
    expect(plan({ vendor: 'wiz', region: 'fedramp', ...client('ci') })).toMatchObject({
      url: 'https://auth.app.wiz.us',
      region: 'fedramp'
    })
    expect(locate(gov)).toEqual({ auth: 'https://auth.gov.wiz.io', api: undefined })
    expect(() => plan({ vendor: 'wiz', region: 'eu1', ...client('ci') })).toThrow(
      'The region input "eu1" is not a Wiz region. Valid regions: commercial, gov, fedramp.'
    )
  })

  it('url names the API: a Wiz API host has its token server at auth.<domain>, any other host serves both', () => {
    expect(locate({ url: 'https://api.us17.app.wiz.io', region: undefined })).toEqual({
      auth: 'https://auth.app.wiz.io',
      api: 'https://api.us17.app.wiz.io'
    })
    expect(authBaseFor('https://API.EU1.gov.wiz.io')).toBe('https://auth.gov.wiz.io')
    expect(authBaseFor('https://api.us1.app.wiz.us:8443')).toBe('https://auth.app.wiz.us:8443')
    // Look-alikes are ordinary hosts: the url itself must serve both.
    for (const other of [
      'https://api.us17.app.wiz.io.collector.example',
      'https://api.app.wiz.io',
      'https://wiz-proxy.example.com/wiz',
      'http://127.0.0.1:8080/_vendor/wiz'
    ]) {
      expect(authBaseFor(other)).toBe(other)
    }
  })

  it('a dc claim that echoes a secret is cut only once redacted', () => {
    // Quoted cut to 64 characters: a slice kept the start of a secret echoed across the cut.
    const secret = 'wiz-client-secret-0123456789abcdef0123456789abcdef0123456789abcdef'
    stdoutOf(() => mask(secret))
    const failure = (() => {
      try {
        apiFromClaim(
          `us17.${secret}`,
          'https://auth.app.wiz.io/oauth/token',
          'https://auth.app.wiz.io'
        )
      } catch (error) {
        return (error as Error).message
      }
      return ''
    })()
    expect(failure).toContain('names the data center "us17.***"')
    for (let i = 0; i + 8 <= secret.length; i++)
      expect(failure).not.toContain(secret.slice(i, i + 8))
  })

  it('a data center is one DNS label; anything else never becomes a host name', () => {
    expect(dataCenterLabel('us17')).toBe('us17')
    expect(dataCenterLabel('EU1')).toBe('eu1')
    expect(apiForDataCenter('eu1')).toBe('https://api.eu1.app.wiz.io')
    expect(apiForDataCenter('us1', 'https://auth.gov.wiz.io')).toBe('https://api.us1.gov.wiz.io')
    expect(apiForDataCenter('us1', 'https://auth.app.wiz.us')).toBe('https://api.us1.app.wiz.us')
    expect(apiForDataCenter('us1', 'http://127.0.0.1:8080')).toBe('https://api.us1.app.wiz.io')
    for (const bad of [
      'us17.collector.invalid',
      'us17/x',
      'us17:443',
      'us17@evil',
      '-us17',
      'us17-',
      'us 17',
      '',
      'a'.repeat(64),
      17,
      null,
      ['us17']
    ]) {
      expect(dataCenterLabel(bad)).toBeUndefined()
    }
  })

  it('a token without a usable dc claim is refused, naming the url input as the way out', () => {
    const endpoint = 'POST https://auth.app.wiz.io/oauth/token'
    expect(apiFromClaim('us17', endpoint, REGIONS.commercial)).toBe('https://api.us17.app.wiz.io')
    // A gov token goes to the gov API of its data center, never to the commercial one.
    expect(apiFromClaim('us1', 'POST https://auth.gov.wiz.io/oauth/token', REGIONS.gov)).toBe(
      'https://api.us1.gov.wiz.io'
    )
    expect(() => apiFromClaim(undefined, endpoint, REGIONS.commercial)).toThrow(
      'names no data center (no dc claim), so the API host is unknown and the token was not sent on'
    )
    expect(() =>
      apiFromClaim('us17.collector.invalid\n::warning::x', endpoint, REGIONS.commercial)
    ).toThrow(
      /names the data center "us17\.collector\.invalid ?::warning::x", which is not a plain DNS label[\s\S]*Fix: set url to the API endpoint of your tenant/
    )
  })

  it("reads a url that ends in /graphql (the portal's API Endpoint URL) as its origin, warning", () => {
    const given = plan({
      vendor: 'wiz',
      url: 'https://api.us17.app.wiz.io/graphql',
      ...client('ci')
    })
    expect(given.url).toBe('https://api.us17.app.wiz.io')
    expect(given.warnings).toEqual([
      'The url input https://api.us17.app.wiz.io/graphql is the Wiz GraphQL endpoint; this step appends /graphql itself, so it uses https://api.us17.app.wiz.io. Set url: https://api.us17.app.wiz.io to name the API origin directly.'
    ])
  })

  it('reads /graphql at the end in any case, a slash after it too, but not in the middle of a path', () => {
    const read = (url: string): string => plan({ vendor: 'wiz', url, ...client('ci') }).url
    expect(read('https://api.us17.app.wiz.io/GraphQL/')).toBe('https://api.us17.app.wiz.io')
    const beyond = plan({ vendor: 'wiz', url: 'https://wiz.corp/graphql/v2', ...client('ci') })
    expect(beyond.url).toBe('https://wiz.corp/graphql/v2')
    expect(beyond.warnings).toEqual([])
  })

  it("refuses a Wiz host that serves no API as url: the portal's address or a token server", () => {
    const read = (url: string): string => plan({ vendor: 'wiz', url, ...client('ci') }).url
    for (const portal of ['https://app.wiz.io', 'https://APP.wiz.io/', 'https://app.wiz.us.'])
      expect(() => read(portal)).toThrow(
        /is a Wiz address that serves no API \(the portal's, for app\.wiz\.io\); the url input names the API host of your tenant's data center\. Fix: remove the url input \(the access token names its data center\), or set it to the API endpoint under Wiz > User Settings > Tenant \(https:\/\/api\.<dc>\.app\.wiz\.io\)\.$/
      )
    for (const tokenServer of [
      'https://auth.app.wiz.io',
      'https://auth.gov.wiz.io',
      'https://auth.wiz.io'
    ])
      expect(() => read(tokenServer)).toThrow(
        `The url input ${tokenServer} is Wiz's token server, which region chooses (commercial, gov or fedramp); the url input names the API host`
      )
    // An API host of any Wiz environment, and any host outside Wiz's domains (a proxy), stay as given.
    expect(read('https://api.us17.app.wiz.io')).toBe('https://api.us17.app.wiz.io')
    expect(read('https://api.us1.gov.wiz.io')).toBe('https://api.us1.gov.wiz.io')
    expect(read('https://app.wiz.io.example.com')).toBe('https://app.wiz.io.example.com')
    expect(read('https://notwiz.io')).toBe('https://notwiz.io')
  })

  it('refuses required-roles and required-permissions: a service account reports neither', () => {
    expect(() => plan({ vendor: 'wiz', ...client('ci'), 'required-roles': 'admin' })).toThrow(
      'The required-roles input cannot be used with Wiz'
    )
    expect(() =>
      plan({ vendor: 'wiz', ...client('ci'), 'required-permissions': 'read:issues' })
    ).toThrow('The required-permissions input cannot be used with Wiz')
  })
})

describe('reading the answers', () => {
  it('a query passes only with data.__typename and no errors', () => {
    expect(answeredQuery({ data: { __typename: 'Query' } })).toBe(true)
    expect(answeredQuery({ data: { __typename: 'Query' }, errors: [] })).toBe(true)
    expect(answeredQuery({ data: { __typename: 'Query' }, errors: [{ message: 'x' }] })).toBe(false)
    expect(answeredQuery({ data: { __typename: 'Query' }, errors: 'x' })).toBe(false)
    expect(answeredQuery({ data: null })).toBe(false)
    expect(answeredQuery({ data: { __typename: '' } })).toBe(false)
    expect(answeredQuery({ valid: true })).toBe(false)
  })

  it("GraphQL's 200 with errors takes the meaning of 401 or 403 by extensions.code", () => {
    const given = plan({ vendor: 'wiz', url: 'https://api.us17.app.wiz.io', ...client('ci') })
    const http = createHttpClient({ ...given, vendorName: wiz.name }, testIo)
    try {
      const context = { ...vendorContext(http, testIo), plan: given, vendor: wiz }
      const meanings = graphqlMeanings(context, locate(given), 'eu1')
      const at200 = meanings[200] as (answer: Answer) => AnswerDiagnosis
      const answer = (body: unknown): Answer => ({
        response: { status: 200, statusText: 'OK', headers: {}, body: '', endpoint: 'POST x' },
        body,
        plan: given
      })
      const refused = at200(
        answer({
          errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }]
        })
      )
      expect(refused.headline).toBe('the API refused the access token just issued')
      expect(refused.causes[0]).toBe(
        'the token belongs to data center eu1 (https://api.eu1.app.wiz.io), but the url input sends it to data center us17'
      )
      expect(
        at200(answer({ errors: [{ message: 'no', extensions: { code: 'forbidden' } }] })).headline
      ).toBe('the service account may not use the Wiz GraphQL API')
      expect(at200(answer({ errors: [{ message: 'Syntax Error' }] })).headline).toBe(
        'the API answered the query with an error'
      )
      expect(at200(answer({ data: { other: 1 } }))).toBeUndefined()
    } finally {
      http.close()
    }
  })

  it('with region and no url, a refused client is told to set region alone', () => {
    const given = plan({ vendor: 'wiz', region: 'gov', ...client('ci') })
    const http = createHttpClient({ ...given, vendorName: wiz.name }, testIo)
    try {
      const context = { ...vendorContext(http, testIo), plan: given, vendor: wiz }
      const fixOf = (status: 401 | 403): string | undefined =>
        (tokenMeanings(context)[status] as (answer: Answer) => AnswerDiagnosis)({
          response: { status, statusText: '', headers: {}, body: '', endpoint: 'POST x' },
          body: {},
          plan: given
        }).fix
      for (const status of [401, 403] as const) {
        expect(fixOf(status)).toMatch(
          /, and set region \(commercial, gov, fedramp\) to your tenant's Wiz environment\.$/
        )
        expect(fixOf(status)).not.toContain('url input')
      }
    } finally {
      http.close()
    }
  })

  it("reads the token server's 400 by its OAuth error: a refused audience, else a refused client", () => {
    const given = plan({ vendor: 'wiz', region: 'gov', ...client('ci') })
    const http = createHttpClient({ ...given, vendorName: wiz.name }, testIo)
    try {
      const context = { ...vendorContext(http, testIo), plan: given, vendor: wiz }
      const at400 = tokenMeanings(context)[400] as (answer: Answer) => AnswerDiagnosis
      const headline = (body: unknown) =>
        at400({
          response: { status: 400, statusText: '', headers: {}, body: '', endpoint: 'POST x' },
          body,
          plan: given
        }).headline
      // Wiz's token server answers a request it cannot serve (the legacy audience) with these.
      for (const error of ['invalid_request', 'invalid_scope']) {
        expect(headline({ error })).toBe('the token server refused the request')
      }
      for (const body of [{ error: 'invalid_client' }, {}, 'not json']) {
        expect(headline(body)).toBe('the client id and secret were rejected')
      }
    } finally {
      http.close()
    }
  })

  it('at a host the step chose (a region, a token-named API), blames what is in between, not the url input', () => {
    const answer = (status: number, body: unknown, given: Plan): Answer => ({
      response: { status, statusText: '', headers: {}, body: '', endpoint: 'POST x' },
      body,
      plan: given
    })
    const withUrl = plan({ vendor: 'wiz', url: 'https://api.us17.app.wiz.io', ...client('ci') })
    for (const region of ['commercial', 'gov']) {
      const given = plan({ vendor: 'wiz', region, ...client('ci') })
      const auth = createHttpClient({ ...given, vendorName: wiz.name }, testIo)
      const apiUrl = apiForDataCenter('eu1', given.url)
      const api = createHttpClient({ ...given, url: apiUrl, vendorName: wiz.name }, testIo)
      try {
        const authContext = { ...vendorContext(auth, testIo), plan: given, vendor: wiz }
        const at400 = tokenMeanings(authContext)[400] as (answer: Answer) => AnswerDiagnosis
        const audience = at400(answer(400, { error: 'invalid_request' }, given))
        const authHost = new URL(given.url).host
        expect(audience.causes[1]).toBe(
          `something between the runner and ${authHost} answered in its place (a proxy or gateway)`
        )
        expect(audience.fix).toBe(
          `ask Wiz support which token server your tenant uses, and check that nothing between the runner and ${authHost} answers in its place (a proxy or gateway).`
        )
        const apiContext = { ...vendorContext(api, testIo), plan: given, vendor: wiz }
        const at200 = graphqlMeanings(apiContext, locate(given), 'eu1')[200] as (
          answer: Answer
        ) => AnswerDiagnosis
        const query = at200(answer(200, { errors: [{ message: 'Syntax Error' }] }, given))
        expect(query.headline).toBe('the API answered the query with an error')
        expect(query.fix).toBe(
          `run the step again; if it persists, check that nothing between the runner and ${new URL(apiUrl).host} answers in its place (a proxy or gateway), or ask Wiz support.`
        )
        expect(JSON.stringify([audience, query])).not.toContain('url input')
      } finally {
        auth.close()
        api.close()
      }
    }
    // With the url input, the words are unchanged.
    const http = createHttpClient({ ...withUrl, vendorName: wiz.name }, testIo)
    try {
      const context = { ...vendorContext(http, testIo), plan: withUrl, vendor: wiz }
      const at400 = tokenMeanings(context)[400] as (answer: Answer) => AnswerDiagnosis
      expect(at400(answer(400, { error: 'invalid_scope' }, withUrl))).toMatchObject({
        causes: [expect.any(String), 'the url input points at another OAuth server than Wiz’s'],
        fix: 'remove the url input and set region (commercial, gov, fedramp), or ask Wiz support which token server your tenant uses.'
      })
      const at200 = graphqlMeanings(context, locate(withUrl), 'us17')[200] as (
        answer: Answer
      ) => AnswerDiagnosis
      expect(at200(answer(200, { errors: [{ message: 'Syntax Error' }] }, withUrl))).toMatchObject({
        causes: [
          "the url input points at another GraphQL API than Wiz's; it should be the API endpoint shown in the Wiz portal under User Settings > Tenant",
          'a proxy in front of the API changed the request'
        ],
        fix: 'run the step again; if it persists, check the url input, or remove it to let the token name its data center.'
      })
    } finally {
      http.close()
    }
  })

  it('names the data center only where the url input and the token disagree', () => {
    const causesFor = (where: string, dc: string | undefined) => {
      const location = where.startsWith('https://') ? { url: where } : { region: where }
      const given = plan({ vendor: 'wiz', ...location, ...client('ci') })
      const http = createHttpClient({ ...given, vendorName: wiz.name }, testIo)
      try {
        const context = { ...vendorContext(http, testIo), plan: given, vendor: wiz }
        const at401 = graphqlMeanings(context, locate(given), dc)[401] as () => AnswerDiagnosis
        return at401().causes.join('\n')
      } finally {
        http.close()
      }
    }
    // Without a url input the token names the API it is sent to: no data center to blame.
    expect(causesFor('commercial', 'eu1')).not.toContain('data center')
    expect(causesFor('https://api.eu1.app.wiz.io', 'eu1')).not.toContain('data center')
    expect(causesFor('https://api.us17.app.wiz.io', undefined)).toContain(
      "the url input names another Wiz data center than the tenant's"
    )
    expect(causesFor('https://wiz-proxy.example.test', 'eu1')).toContain(
      'the token belongs to data center eu1 (https://api.eu1.app.wiz.io), and the url input (https://wiz-proxy.example.test) is neither that host nor a proxy to it'
    )
  })

  it("quotes GraphQL's code and message, or OAuth's error and description, and nothing else", () => {
    expect(
      wizErrorText({
        errors: [
          { message: ' Unauthenticated ', extensions: { code: 'UNAUTHENTICATED', trace: 'x' } }
        ],
        data: { secret: 'never' }
      })
    ).toBe('UNAUTHENTICATED: Unauthenticated')
    expect(
      wizErrorText({
        error: 'invalid_client',
        error_description: 'Client authentication failed',
        access_token: 'never'
      })
    ).toBe('invalid_client: Client authentication failed')
    expect(wizErrorText({ errors: ['plain'] })).toBe('')
    expect(wizErrorText('text')).toBe('')
  })

  it('token expiry: expires_in from the request time, else the exp claim', () => {
    const at = Date.parse('2026-01-01T00:00:00Z')
    expect(accessTokenExpiresAt({ expires_in: 86400 }, {}, at)).toBe('2026-01-02T00:00:00Z')
    expect(accessTokenExpiresAt({ expires_in: '86400' }, { exp: at / 1000 + 60 }, at)).toBe(
      '2026-01-01T00:01:00Z'
    )
    expect(accessTokenExpiresAt({ expires_in: -1 }, {}, at)).toBeUndefined()
  })

  it("names the service account by the token's claims, else by the client id it was issued for", () => {
    const given = { credentials: { 'client-id': 'abc123' } }
    expect(serviceAccount({ sub: 's-1', client_id: 'abc123' }, given)).toMatchObject({
      userId: 's-1',
      username: 'abc123',
      roles: undefined,
      permissions: undefined
    })
    expect(serviceAccount({}, given)).toMatchObject({ userId: '', username: 'abc123' })
  })
})

describe('region mode: the token names the API host', () => {
  /** The commercial region, its token server played by the sandbox. */
  const regional = (name: string): Plan => ({
    ...plan({ vendor: 'wiz', ...client(name) }),
    url
  })

  it('refuses a dc claim that is a host name of its own: the token goes nowhere', async () => {
    await expect(login(regional('hostileDc'))).rejects.toThrow(
      /names the data center "us17\.collector\.invalid", which is not a plain DNS label/
    )
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /oauth/token'])
  })

  it('refuses a token without a dc claim', async () => {
    await expect(login(regional('noDc'))).rejects.toThrow('names no data center (no dc claim)')
    expect(sandbox.requests).toHaveLength(1)
  })
})

describe("the job's WIZ_ENV, which wizcli reads", () => {
  it('warns when it points wizcli at another Wiz environment than the one the step signed in to', () => {
    // Unset for commercial Wiz, fedramp for app.wiz.us, gov for gov.wiz.io (Wiz's wizcli guide).
    expect(wizEnvWarning(REGIONS.commercial, {})).toBeUndefined()
    expect(wizEnvWarning(REGIONS.gov, { WIZ_ENV: 'gov' })).toBeUndefined()
    expect(wizEnvWarning(REGIONS.fedramp, { WIZ_ENV: 'fedramp' })).toBeUndefined()
    expect(wizEnvWarning(REGIONS.fedramp, { WIZ_ENV: ' FedRAMP ' })).toBeUndefined()
    expect(wizEnvWarning(REGIONS.fedramp, {})).toBe(
      "Wiz: this step signed in to Wiz for Gov (FedRAMP) at auth.app.wiz.us, but the job does not set WIZ_ENV, so wizcli in later steps will sign in to commercial Wiz and be refused. Set WIZ_ENV: fedramp in the job's env, or set region: commercial if the service account is there."
    )
    expect(wizEnvWarning(REGIONS.gov, {})).toBe(
      "Wiz: this step signed in to Wiz on AWS GovCloud at auth.gov.wiz.io, but the job does not set WIZ_ENV, so wizcli in later steps will sign in to commercial Wiz and be refused. Set WIZ_ENV: gov in the job's env, or set region: commercial if the service account is there."
    )
    expect(wizEnvWarning(REGIONS.commercial, { WIZ_ENV: 'fedramp' })).toBe(
      "Wiz: this step signed in to commercial Wiz at auth.app.wiz.io, but the job sets WIZ_ENV=fedramp, so wizcli in later steps will sign in to Wiz for Gov (FedRAMP) and be refused. Remove WIZ_ENV from the job's env, or set region: fedramp if the service account is there."
    )
    expect(wizEnvWarning(REGIONS.gov, { WIZ_ENV: 'fedramp' })).toContain(
      "Set WIZ_ENV: gov in the job's env, or set region: fedramp"
    )
  })

  it("judges a url's token server too, and no other server: a proxy or the sandbox names no environment", () => {
    expect(wizEnvWarning(authBaseFor('https://api.us1.app.wiz.us'), {})).toContain(
      'Set WIZ_ENV: fedramp'
    )
    expect(wizEnvWarning(authBaseFor('https://api.us17.app.wiz.io'), { WIZ_ENV: 'gov' })).toContain(
      'set region: gov'
    )
    expect(wizEnvWarning('https://wiz-proxy.example.com', { WIZ_ENV: 'fedramp' })).toBeUndefined()
    expect(wizEnvWarning(`${url}`, { WIZ_ENV: 'fedramp' })).toBeUndefined()
  })

  it("judges only a WIZ_ENV it knows, and never quotes another: wizcli's own values are the only ones written", () => {
    // Wiz's own values other than these (a test environment) name no environment this knows.
    expect(wizEnvWarning(REGIONS.fedramp, { WIZ_ENV: 'test' })).toBeUndefined()
    expect(
      wizEnvWarning(REGIONS.fedramp, { WIZ_ENV: '\n::error::planted ##[group]' })
    ).toBeUndefined()
  })
})

describe('Wiz main step (real @actions/core, sandbox over loopback)', () => {
  it('exchanges the client credentials, queries { __typename }, exports the wizcli variables', async () => {
    const step = await runMain({ vendor: 'wiz', url, ...client('ci') })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /oauth/token',
      'POST /graphql'
    ])
    const [exchange, query] = sandbox.requests
    const form = new URLSearchParams(exchange!.body)
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'client_credentials',
      client_id: accounts.ci!.clientId,
      client_secret: accounts.ci!.clientSecret,
      audience: 'wiz-api'
    })
    expect(JSON.parse(query!.body)).toEqual({ query: '{ __typename }' })
    const token = issued()[0]!
    expect(query!.headers.authorization).toBe(`Bearer ${token}`)
    expect(step.outputs).toMatchObject({
      vendor: 'wiz',
      url,
      'user-id': accounts.ci!.clientId,
      username: accounts.ci!.clientId,
      email: '',
      roles: '[]',
      token,
      'auth-header': `Authorization: Bearer ${token}`
    })
    expect(Date.parse(step.outputs['expires-at']!)).toBeGreaterThan(Date.now() + 23 * 3600_000)
    expect(step.env).toEqual({
      WIZ_CLIENT_ID: accounts.ci!.clientId,
      WIZ_CLIENT_SECRET: accounts.ci!.clientSecret,
      WIZ_API_URL: `${url}/graphql`
    })
    expect(step.masks).toEqual(expect.arrayContaining([accounts.ci!.clientSecret, token]))
    expect(step.log.join('\n')).toContain(`API: ${url} (the url input)`)
    expectNoLeak(step, secrets())
  })

  it("says nothing of the job's WIZ_ENV at a server of no known Wiz environment (a proxy, this sandbox)", async () => {
    const step = await runMain({ vendor: 'wiz', url, ...client('ci') }, { WIZ_ENV: 'fedramp' })
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([])
  })

  it('reads WIZ_CLIENT_ID and WIZ_CLIENT_SECRET when the inputs are empty', async () => {
    // Another account than above: a secret is masked once per process.
    ;(sandbox.fake('wiz') as unknown as { setEnvironment(name: string): void }).setEnvironment(
      'gov'
    )
    const step = await runMain(
      { vendor: 'wiz', url },
      { WIZ_CLIENT_ID: accounts.govCi!.clientId, WIZ_CLIENT_SECRET: accounts.govCi!.clientSecret }
    )
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(accounts.govCi!.clientSecret)
  })

  it('a token of another data center: GraphQL 200 UNAUTHENTICATED read as a refused token', async () => {
    const step = await runMain({ vendor: 'wiz', url, ...client('euCi') })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain(
      'Wiz: the API refused the access token just issued (HTTP 200 OK from POST'
    )
    expect(message).toContain('Wiz said: UNAUTHENTICATED: Unauthenticated')
    expect(message).toContain(
      `the token belongs to data center eu1 (https://api.eu1.app.wiz.io), and the url input (${url}) is neither that host nor a proxy to it`
    )
    expect(message).toContain('remove the url input (the token names its own data center)')
    expect(step.env).toEqual({})
    expectNoLeak(step, secrets())
  })

  it("explains the token server's 401 and 403 in Wiz's terms: a refused client, a disabled account", async () => {
    // The fake answers as Wiz's token server does (fake.js header): 401 invalid_client for a wrong
    // secret, 403 access_denied for a disabled service account.
    const wrong = await runMain({
      vendor: 'wiz',
      url,
      'client-id': accounts.ci!.clientId,
      'client-secret': `${accounts.ci!.clientSecret}x`
    })
    expect(wrong.exitCode).toBe(1)
    expect(wrong.errors).toEqual([
      expect.stringContaining('Wiz: the client id and secret were rejected (HTTP 401')
    ])
    expect(wrong.errors[0]).toContain('invalid_client')
    expect(wrong.env).toEqual({})

    const disabled = await runMain({ vendor: 'wiz', url, ...client('disabled') })
    expect(disabled.exitCode).toBe(1)
    expect(disabled.errors).toEqual([
      expect.stringContaining(
        'Wiz: the service account may not obtain a token for the Wiz API (HTTP 403'
      )
    ])
    // The fix names what to change (the inputs), not only where to look.
    expect(disabled.errors[0]).toContain(
      'Fix: put the Client ID and Client Secret of an enabled service account'
    )
    expect(disabled.errors[0]).toContain('client-id and client-secret inputs')
    // With url given, region alone would be refused (url and region together are an error).
    for (const refused of [wrong, disabled])
      expect(refused.errors[0]).toContain(
        "and remove the url input and set region (commercial, gov, fedramp) to your tenant's Wiz environment."
      )
    expect(disabled.env).toEqual({})
    expectNoLeak(wrong, secrets())
    expectNoLeak(disabled, secrets())
  })

  it('passes the same account once the API plays its data center', async () => {
    ;(sandbox.fake('wiz') as unknown as { setDataCenter(dc: string): void }).setDataCenter('eu1')
    const step = await runMain({ vendor: 'wiz', url, ...client('euCi') })
    expect(step.exitCode).toBe(0)
  })
})
