// Rapid7 Insight: regions, the region name exported, the 401 explanation (unit), and the whole main
// step in-process against the sandbox fake (action level).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHttpClient, vendorContext } from '../../core/context.js'
import { buildPlan } from '../../plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../plan/input-names.js'
import { rapid7, regionOf, REGIONS, unauthorized } from './index.js'
import { startSandbox } from '../../../sandbox/index.js'
import { runMain } from '../../../__tests__/helpers/action.js'
import { withOneAnswer } from '../../../__tests__/helpers/one-answer.js'

/** Vendor io for unit tests: nothing to mask, redaction is the identity, logs dropped. */
const testIo = {
  mask: () => {},
  redact: (text: string) => text,
  info: () => {},
  debug: () => {}
}

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
let keys: Record<string, string>
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  const accounts = sandbox.accounts.rapid7 as Record<string, { apiKey: string }>
  keys = Object.fromEntries(Object.entries(accounts).map(([name, a]) => [name, a.apiKey]))
  url = `${sandbox.httpUrl}/_vendor/rapid7`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const fake = (): { setRegion(region: string): void } =>
  sandbox.fake('rapid7') as unknown as { setRegion(region: string): void }

/** A plan as the main step builds it, from these inputs and no environment. */
function plan(inputs: Partial<RawInputs>): ReturnType<typeof buildPlan> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputs[name] ?? ''])) as RawInputs
  return buildPlan(raw, rapid7, { env: {} })
}

describe('regions', () => {
  it('has the nine documented regions, us by default, each on <region>.api.insight.rapid7.com', () => {
    expect(Object.keys(REGIONS)).toEqual([
      'us',
      'us2',
      'us3',
      'eu',
      'ca',
      'au',
      'ap',
      'aps2',
      'me1'
    ])
    for (const [name, host] of Object.entries(REGIONS)) {
      expect(host).toBe(`https://${name}.api.insight.rapid7.com`)
    }
    expect(plan({ vendor: 'rapid7', 'api-key': 'k' })).toMatchObject({
      url: 'https://us.api.insight.rapid7.com',
      region: 'us'
    })
  })

  it('picks a region by name, case-insensitively, and refuses an unknown one listing the valid ones', () => {
    expect(plan({ vendor: 'rapid7', 'api-key': 'k', region: 'APS2' })).toMatchObject({
      url: 'https://aps2.api.insight.rapid7.com',
      region: 'aps2'
    })
    expect(() => plan({ vendor: 'rapid7', 'api-key': 'k', region: 'eu2' })).toThrow(
      'The region input "eu2" is not a Rapid7 Insight region. Valid regions: us, us2, us3, eu, ca, au, ap, aps2, me1.'
    )
  })

  it('exports the region name; for a url, the region whose host it is, else empty', () => {
    expect(regionOf(plan({ vendor: 'rapid7', 'api-key': 'k', region: 'me1' }))).toBe('me1')
    expect(regionOf({ region: undefined, url: 'https://eu.api.insight.rapid7.com' })).toBe('eu')
    expect(regionOf({ region: undefined, url: 'https://rapid7-proxy.example.com' })).toBe('')
  })

  it('refuses required-roles and required-permissions: /validate names nobody', () => {
    expect(() => plan({ vendor: 'rapid7', 'api-key': 'k', 'required-roles': 'Admin' })).toThrow(
      /required-roles input cannot be used with Rapid7 Insight: .*names neither the key's owner nor any role/
    )
    expect(() =>
      plan({ vendor: 'rapid7', 'api-key': 'k', 'required-permissions': 'apps:read' })
    ).toThrow('The required-permissions input cannot be used with Rapid7 Insight')
  })
})

describe('the 401 explanation', () => {
  it('says to remove the url input before setting region, which may not be given with it', () => {
    const given = plan({ vendor: 'rapid7', 'api-key': 'k', url: 'https://rapid7.example.com' })
    const http = createHttpClient({ ...given, vendorName: rapid7.name }, testIo)
    try {
      const context = { ...vendorContext(http, testIo), plan: given, vendor: rapid7 }
      const [regionCause] = unauthorized(context).causes
      expect(regionCause).toContain('this step used the url input (https://rapid7.example.com)')
      expect(regionCause).toMatch(
        /\. Remove the url input and set the region input to the credential's region$/
      )
    } finally {
      http.close()
    }
    expect(() =>
      plan({ vendor: 'rapid7', 'api-key': 'k', url: 'https://rapid7.example.com', region: 'eu' })
    ).toThrow('The url and region inputs were both given')
  })

  it('names the region input used, every other region, and the input to change', () => {
    const regional = plan({ vendor: 'rapid7', 'api-key': 'k', region: 'eu' })
    const http = createHttpClient({ ...regional, vendorName: rapid7.name }, testIo)
    try {
      const context = { ...vendorContext(http, testIo), plan: regional, vendor: rapid7 }
      const diagnosis = unauthorized(context)
      expect(diagnosis.headline).toBe('the API key was rejected')
      expect(diagnosis.causes[0]).toBe(
        'the credential belongs to another Rapid7 Insight region: this step used region eu (https://eu.api.insight.rapid7.com); the others are ' +
          Object.entries(REGIONS)
            .filter(([name]) => name !== 'eu')
            .map(([name, host]) => `${name} (${host})`)
            .join(', ') +
          ". Set the region input to the credential's region"
      )
      expect(diagnosis.fix).toContain('set region (us, us2, us3, eu, ca, au, ap, aps2, me1)')
      expect(diagnosis.fix).toContain('api-key input (or RAPID7_API_KEY)')
    } finally {
      http.close()
    }
  })
})

describe('Rapid7 Insight main step (real @actions/core, sandbox over loopback)', () => {
  it('validates the key in one request; identity outputs stay empty; env and auth header are set', async () => {
    const step = await runMain({ vendor: 'InsightAppSec', url, 'api-key': keys.userKey! })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sandbox.requests).toHaveLength(1)
    expect(sandbox.requests[0]).toMatchObject({
      method: 'GET',
      path: '/validate',
      vendor: 'rapid7'
    })
    expect(sandbox.requests[0]!.headers['x-api-key']).toBe(keys.userKey)
    expect(step.outputs).toMatchObject({
      vendor: 'rapid7',
      url,
      'user-id': '',
      username: '',
      'display-name': '',
      email: '',
      roles: '[]',
      permissions: '[]',
      organization: '',
      'auth-header': `X-Api-Key: ${keys.userKey}`,
      token: '',
      cookie: '',
      'expires-at': ''
    })
    expect(JSON.parse(step.outputs.identity!)).toMatchObject({
      vendor: 'rapid7',
      authMode: 'api-key',
      userId: ''
    })
    // A url that is no Rapid7 region host has no region name: RAPID7_REGION is set empty.
    expect(step.env).toEqual({ RAPID7_URL: url, RAPID7_REGION: '', RAPID7_API_KEY: keys.userKey })
    expect(step.masks[0]).toBe(keys.userKey)
    expect(step.log.join('\n')).toContain(
      'Key owner: not reported: Rapid7 Insight says only that the key is accepted'
    )
    expect(step.summary).toContain('Rapid7 Insight verified')
    expect(step.summary).toContain('Key owner')
    expect(step.summary).not.toContain(keys.userKey!)
  })

  it('accepts an organization key and the rapid7-insight alias, and reads RAPID7_API_KEY', async () => {
    const step = await runMain(
      { vendor: 'rapid7-insight', url },
      { RAPID7_API_KEY: keys.organizationKey! }
    )
    expect(step.exitCode).toBe(0)
    expect(step.masks).toContain(keys.organizationKey)
    expect(step.env.RAPID7_API_KEY).toBe(keys.organizationKey)
  })

  it('explains a key of another region: the 401 names the url used and every region', async () => {
    const step = await runMain({ vendor: 'rapid7', url, 'api-key': keys.euKey! })
    expect(step.exitCode).toBe(1)
    expect(sandbox.requests).toHaveLength(1)
    expect(step.errors).toHaveLength(1)
    const [message = ''] = step.errors
    expect(message).toContain(
      'Rapid7 Insight: the API key was rejected (HTTP 401 Unauthorized from GET'
    )
    expect(message).toContain('Rapid7 Insight said: Unauthorized')
    expect(message).toContain(
      `the credential belongs to another Rapid7 Insight region: this step used the url input (${url}); the others are us (https://us.api.insight.rapid7.com), us2 (https://us2.api.insight.rapid7.com)`
    )
    expect(message).toContain('me1 (https://me1.api.insight.rapid7.com)')
    expect(message).toContain('Remove the url input and set the region input')
    expect(message).toContain('api-key input (or RAPID7_API_KEY)')
    expect(step.outputs).toEqual({})
    expect(step.env).toEqual({})
  })

  it('passes the same key once the host plays its region', async () => {
    fake().setRegion('eu')
    const step = await runMain({ vendor: 'rapid7', url, 'api-key': keys.euKey! })
    expect(step.exitCode).toBe(0)
    const wrong = await runMain({ vendor: 'rapid7', url, 'api-key': keys.userKey! })
    expect(wrong.exitCode).toBe(1)
    expect(wrong.errors[0]).toContain('another Rapid7 Insight region')
  })

  it('exports RAPID7_REGION for a url that is a region host, as the region input would', async () => {
    // Contract, env-var table: rapid7 exports RAPID7_URL, RAPID7_REGION, RAPID7_API_KEY. A url
    // input naming the eu host is region eu; its requests go to the sandbox playing that region.
    fake().setRegion('eu')
    const given = plan({
      vendor: 'rapid7',
      'api-key': keys.euKey!,
      url: 'https://eu.api.insight.rapid7.com'
    })
    const http = createHttpClient({ ...given, url, vendorName: rapid7.name }, testIo)
    try {
      const result = await rapid7.login({
        ...vendorContext(http, testIo),
        plan: given,
        vendor: rapid7
      })
      expect(result.env).toEqual({
        RAPID7_URL: 'https://eu.api.insight.rapid7.com',
        RAPID7_REGION: 'eu',
        RAPID7_API_KEY: keys.euKey
      })
    } finally {
      http.close()
    }
    expect(sandbox.requests).toHaveLength(1)
  })

  it("fails a 200 that lacks Rapid7's success signal instead of passing it", async () => {
    // Another server's /validate: SonarQube's answers 200 {"valid":false} to any request.
    const elsewhere = `${sandbox.httpUrl}/_vendor/sonarqube/api/authentication`
    const step = await runMain({ vendor: 'rapid7', url: elsewhere, 'api-key': keys.userKey! })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringContaining(
        'Rapid7 Insight: the answer did not carry the expected result (HTTP 200'
      )
    ])
    expect(step.errors[0]).toContain(
      'the url input points at something other than the Rapid7 Insight API'
    )
    expect(step.env).toEqual({})
  })

  it('fails a 200 whose message is not "Authorized": only that one is the success signal', async () => {
    // Rapid7 documents 200 {"message":"Authorized"} as the pass (vendors-next.md, docs.rapid7.com
    // insight/api-overview); a 200 carrying any other message (here a proxy relaying the refusal
    // as a 200) proves nothing about the key.
    await withOneAnswer(200, '{"message":"Unauthorized"}', async (url) => {
      const step = await runMain({ vendor: 'rapid7', url, 'api-key': keys.userKey! })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toEqual([
        expect.stringContaining(
          'Rapid7 Insight: the answer did not carry the expected result (HTTP 200'
        )
      ])
      expect(step.env).toEqual({})
    })
  })

  it('explains a 403 without blaming a permission alone: /validate documents none', async () => {
    // Rapid7 documents only 200 and 401 for /validate; a 403 here comes from a rule in front of
    // it or on the account, so the shared meaning names those beside a missing permission.
    await withOneAnswer(403, '{"message":"Forbidden"}', async (url) => {
      const step = await runMain({ vendor: 'rapid7', url, 'api-key': keys.userKey! })
      expect(step.exitCode).toBe(1)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain(
        'the credentials were accepted but may not do this (HTTP 403'
      )
      expect(step.errors[0]).toContain(
        'Likely cause: the user or key lacks a Rapid7 Insight permission or scope this request needs, or a rule such as an IP allow-list or the plan refuses it.\nFix: ask a Rapid7 Insight administrator which of these refuses it, and for the access this step needs.'
      )
    })
  })

  it('explains a revoked key with the same 401, listing deletion among the causes', async () => {
    const step = await runMain({ vendor: 'rapid7', url, 'api-key': keys.revokedKey! })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('the key was deleted')
    expect(step.errors[0]).toContain('incomplete or wrongly copied key')
  })

  it('refuses required-roles before any request', async () => {
    const step = await runMain({
      vendor: 'rapid7',
      url,
      'api-key': keys.userKey!,
      'required-roles': 'Administrator'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('The required-roles input cannot be used with Rapid7 Insight')
    expect(sandbox.requests).toHaveLength(0)
  })
})
