// buildPlan against any inputs and environment, for every vendor: it decides before any request,
// so whatever it is given it either gives a plan the network side can trust or fails with a
// message a user can read. Properties:
// - it throws nothing but an ActionFailure;
// - a plan's url is https://, or http:// to loopback, with no userinfo, query or fragment;
// - timeout and retries stay within their documented bounds;
// - no secret (a secret credential input, its environment variable, the job's ID-token request
//   token, or a password inside the url input) is quoted in a failure or a plan's warnings, and
//   every secret credential a plan uses is among the plan's secrets, to be masked.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ActionFailure } from '../src/core/failure.js'
import { SECRET_INPUTS, type CredentialInput } from '../src/kit/types.js'
import { isLoopbackHost } from '../src/net/proxy.js'
import { buildPlan } from '../src/plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../src/plan/input-names.js'
import * as leastExposure from '../src/plan/least-exposure.js'
import { VENDOR_IDS, loadVendor } from '../src/vendors/index.js'
import { readActionInputs } from '../scripts/runner.js'

const RUNS = Number(process.env.PLAN_RUNS ?? 800)
const DEFAULTS = readActionInputs()

/** What a user can type into any input. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    ...['', ' ', 'true', 'FALSE', 'yes', '0', '-1', '1e3', 'NaN', 'Infinity', '0x10', '6h', '5m'],
    ...['7d', '8d', '4m', '999999d', '__proto__', 'constructor', '[', '[]', '["a"]', '[1]'],
    ...['- a\n- b', ', ,', '\n', '::error::x', '%0A', '##[group]', 'eu', 'us']
  )
)

/** A password marker: a url input holding it must never be quoted with it. */
const URL_PASSWORD = 'UrlPa55word'

const urlInput = fc.oneof(
  anyText,
  fc.webUrl({
    withQueryParameters: true,
    withFragments: true,
    validSchemes: ['https', 'http', 'ftp', 'javascript']
  }),
  fc.constantFrom(
    ...['http://localhost', 'http://127.0.0.1:8080', 'http://[::1]', 'http://0x7f000001'],
    ...['http://127.1', 'http://2130706433', 'http://localhost.', 'http://LOCALHOST'],
    ...['http://localhost.evil.example', 'http://[::ffff:127.0.0.1]', 'https://host.example/?'],
    ...['https://host.example/#', 'https://host.example/%2e%2e/', 'https://api.snyk.io/rest'],
    ...['https://api.snyk.io/v1', 'https://dashboard.gitguardian.com', 'https://app.wiz.io'],
    ...['https://api.gitguardian.com/v1', 'https://api.socket.dev/v0', 'file:///etc/passwd'],
    ...['https://api.us17.app.wiz.io/graphql', 'ws://localhost', 'HTTPS://HOST.EXAMPLE'],
    ...['https://host.example\\@evil', 'https://ho st.example', 'https://host.example:99999'],
    ...['https://[::1', 'https://h.example/a/b/']
  ),
  fc
    .constantFrom(
      (pw: string) => `https://u:${pw}@host.example`,
      (pw: string) => `https://u:p/${pw}@host.example`,
      (pw: string) => `https://u:12#${pw}@host.example`,
      (pw: string) => `https://u:p?${pw}@host.example:99999`,
      (pw: string) => `http://u:${pw}@127.0.0.1`,
      (pw: string) => `https://host.example/?token=${pw}`,
      (pw: string) => `u:${pw}@host.example`
    )
    .map((shape) => shape(URL_PASSWORD))
)

/** Credentials in the shapes vendors check, and any text. */
const credential = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map((rest) => `Zq9${rest}`),
  fc.stringMatching(/^[0-9a-f]{64}$/),
  fc.stringMatching(/^[0-9a-f]{32}$/),
  fc.uuid(),
  fc.stringMatching(/^[0-9a-f]{32}$/).map((hex) => `vera01ei-${hex}`),
  fc.stringMatching(/^[A-Za-z0-9]{20,40}$/),
  fc.stringMatching(/^eyJ[\w-]{10,30}\.eyJ[\w-]{10,30}\.[\w-]{10,30}$/),
  fc.stringMatching(/^(accessKey|secretKey)=[0-9a-f]{64};?$/)
)

/** What counts as a secret here: long and mixed, so that no fixed text of a message holds it. */
const isSecret = (value: string): boolean =>
  value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value)

const noFile = (): string => {
  throw Object.assign(new Error('no file'), { code: 'ENOENT' })
}

describe.each(VENDOR_IDS.map((id) => [id]))('buildPlan for %s', (id) => {
  it('fails only with an ActionFailure, and a plan is safe to send credentials by', async () => {
    const vendor = await loadVendor(id)
    const secretEnv = Object.entries(vendor.credentialEnv)
      .filter(([input]) => SECRET_INPUTS.includes(input as CredentialInput))
      .flatMap(([, names]) => names ?? [])
    const envNames = [
      ...Object.values(vendor.credentialEnv).flatMap((names) => names ?? []),
      ...(vendor.urlEnv ?? []),
      ...(vendor.options ?? []).flatMap((option) => option.env ?? []),
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
    ]
    const modes = vendor.modes.map((mode) => mode.inputs)
    const own = (vendor.options ?? []).map((option) => option.input)
    // Mostly one valid-looking step, then a few inputs set to anything: deep enough to reach the
    // url, credential, environment and vendor checks rather than stop at the first bad setting.
    const inputs = fc
      .record({
        mode: fc.nat(modes.length - 1),
        credentials: fc.array(fc.oneof(credential, anyText), { minLength: 4, maxLength: 4 }),
        url: fc.oneof(fc.constant(''), urlInput),
        region: fc.constantFrom('', ...Object.keys(vendor.location.regions ?? {})),
        options: fc.array(fc.oneof(fc.constant(''), anyText, fc.uuid()), {
          minLength: own.length,
          maxLength: own.length
        }),
        changes: fc.array(
          fc.tuple(fc.constantFrom(...INPUT_NAMES), fc.oneof(anyText, credential, urlInput)),
          { maxLength: 2 }
        )
      })
      .map(({ mode, credentials, url, region, options, changes }) => {
        const raw = {} as RawInputs
        for (const name of INPUT_NAMES) raw[name] = DEFAULTS[name]?.default ?? ''
        modes[mode]!.forEach((input, i) => (raw[input] = credentials[i] ?? ''))
        if (region) raw.region = region
        else raw.url = url
        own.forEach((input, i) => (raw[input] = options[i] ?? ''))
        for (const [name, value] of changes) raw[name] = value
        return raw
      })
    const env = fc.dictionary(fc.constantFrom(...envNames), fc.oneof(credential, urlInput), {
      maxKeys: 4
    })

    fc.assert(
      fc.property(inputs, env, (raw, env) => {
        // A value the step also gave a plain input (where it is quoted back) is no secret here.
        const plain = [
          ...INPUT_NAMES.filter((name) => !SECRET_INPUTS.includes(name as CredentialInput)).map(
            (name) => raw[name]
          ),
          ...Object.entries(env)
            .filter(
              ([name]) => !secretEnv.includes(name) && name !== 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
            )
            .map(([, value]) => value ?? '')
        ]
        const secrets = [
          ...SECRET_INPUTS.map((input) => raw[input]),
          ...secretEnv.map((name) => env[name]?.trim() ?? ''),
          env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim() ?? ''
        ].filter((value) => isSecret(value) && !plain.some((text) => text.includes(value)))
        // The url's password, where only the url input holds it.
        const holders = [...Object.values(raw), ...Object.values(env)].filter((text) =>
          text?.includes(URL_PASSWORD)
        )
        if (holders.length === 1 && raw.url.includes(URL_PASSWORD)) secrets.push(URL_PASSWORD)
        let shown: string[]
        try {
          const plan = buildPlan(raw, vendor, { env, leastExposure, readFile: noFile })
          const url = new URL(plan.url)
          expect(`${url.username}${url.password}${url.search}${url.hash}`).toBe('')
          expect(
            url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
          ).toBe(true)
          expect(plan.timeoutMs).toBeGreaterThanOrEqual(1000)
          expect(plan.timeoutMs).toBeLessThanOrEqual(600_000)
          expect(plan.retries).toBeGreaterThanOrEqual(0)
          expect(plan.retries).toBeLessThanOrEqual(10)
          for (const input of SECRET_INPUTS) {
            const value = plan.credentials[input]
            if (value) expect(plan.secrets).toContain(value)
          }
          shown = plan.warnings
        } catch (error) {
          if (!(error instanceof ActionFailure)) throw error
          shown = [error.message]
        }
        for (const secret of secrets) for (const text of shown) expect(text).not.toContain(secret)
      }),
      { numRuns: RUNS }
    )
  })
})
