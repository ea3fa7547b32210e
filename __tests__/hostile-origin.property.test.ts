// Hostile values for the inputs and the job's environment, for every vendor of the shared table:
// the url (userinfo, backslashes, percent-encoded dots and slashes, punycode, IPv6 zone ids,
// trailing dots, `..` segments, control characters), a region outside the vendor's map, the
// vendor's own inputs (tenant, organization-id, release-session: `@`, `/`, `?`, `#`, `..`, CR/LF,
// NUL) and its URL and credential variables. Each is planned, and a plan that builds is logged in
// with every request recorded where the client would send it (base URL + path, as
// src/net/client.ts builds it) and then answered by the vendor's loopback fake, so the flow goes
// on past its first request. Properties:
// - the step either refuses before any request with an ActionFailure, or every request goes to
//   the plan's url origin or the server the vendor derives from it by its documented rule (Wiz's
//   token server and data-center API hosts, Checkmarx One's IAM host), with no userinfo;
// - a request whose header holds CR, LF or NUL (a hostile vendor input in a header) is never
//   answered: Node refuses it before anything is sent (ERR_INVALID_CHAR), and the step fails;
// - a failed login fails with an ActionFailure.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { startSandbox } from '../sandbox/index.js'
import { ActionFailure } from '../src/core/failure.js'
import { createHttpClient, vendorContext } from '../src/core/context.js'
import { HttpClient } from '../src/net/client.js'
import type { RequestOptions } from '../src/net/types.js'
import { buildPlan } from '../src/plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../src/plan/input-names.js'
import type { Plan, Vendor } from '../src/kit/types.js'
import { loadVendor } from '../src/vendors/index.js'
import { iamBaseFor } from '../src/vendors/checkmarx-one/iam.js'
import { authBaseFor } from '../src/vendors/wiz/hosts.js'
import { readActionInputs } from '../scripts/runner.js'
import type { Sandbox } from './vendors/case.js'
import { VENDOR_CASES } from './vendors/cases.generated.js'

const RUNS = Number(process.env.HOSTILE_ORIGIN_RUNS ?? 40)
const DEFAULTS = readActionInputs()

/** Hosts a hostile url plays with: the fake's own loopback host, a vendor-looking one, evil. */
const HOSTS = ['127.0.0.1', 'localhost', 'vendor.example', 'evil.example']

const hostile = fc.constantFrom(
  ...['@evil.example', 'evil.example', '//evil.example', '\\\\evil.example', '.evil.example'],
  ...[':8443', '%2e%2e', '..', '.', '../..', 'a/../../x', 'a%2f..%2fb', 'a?x=1', 'a#frag'],
  ...['a\r\nX-Evil: 1', 'a\nb', 'a\u0000b', 'a\tb', ' a ', 'ａｃｍｅ', 'a\u200bb', 'ä', '%00'],
  ...['__proto__', 'constructor', 'hasOwnProperty', 'acme', 'ACME', '', 'true', 'false'],
  ...['::error::x', '::add-mask::x', '%0A::warning::x', 'a@b', 'user:pw@evil.example']
)

/** url inputs built around the fake's host, with each trick a parser may read differently. */
const hostileUrl = (fakeUrl: string) => {
  const fake = new URL(fakeUrl)
  const path = fake.pathname.replace(/\/$/, '')
  const port = fake.port ? `:${fake.port}` : ''
  return fc.oneof(
    fc.constant(fakeUrl),
    fc
      .tuple(
        fc.constantFrom('http', 'https', 'HTTP', 'ftp', 'javascript'),
        fc.constantFrom(...HOSTS, 'xn--vndor-bsa.example', '[fe80::1%25eth0]', '[::1]', '0x7f.1'),
        fc.constantFrom(
          ...['', '.', '%2e', '@evil.example', '\\@evil.example', '%40evil.example', '%2fevil'],
          ...['\\evil.example', '#@evil.example', '?@evil.example', '\u3002evil', ':@evil.example']
        ),
        fc.constantFrom(port, '', ':0', ':99999', ':443'),
        fc.constantFrom(path, '', '/..', '/%2e%2e/x', `${path}/..`, `${path}/%2f..`, '/a/b/')
      )
      .map(([scheme, host, trick, p, rest]) => `${scheme}://${host}${trick}${p}${rest}`),
    fc
      .tuple(fc.constantFrom(...HOSTS), fc.constantFrom('evil.example', 'a:b@evil.example'))
      .map(([host, evil]) => `http://${host}${port}@${evil}${path}`),
    fc
      .tuple(hostile, fc.nat(fakeUrl.length))
      .map(([insert, at]) => fakeUrl.slice(0, at) + insert + fakeUrl.slice(at))
  )
}

/** The server a request may go to: the plan's url origin, or one the vendor derives from it. */
function allowedOrigin(vendor: Vendor, plan: Plan, origin: string): boolean {
  const url = new URL(plan.url)
  if (origin === url.origin) return true
  const derived = vendor.location.credentialServer?.(plan.url)
  if (derived !== undefined && origin === new URL(derived).origin) return true
  if (vendor.id === 'checkmarx-one') return origin === new URL(iamBaseFor(plan.url)).origin
  if (vendor.id === 'wiz') {
    // The token server's data-center API host (`api.<dc>.<domain>` for `auth.<domain>`), for a
    // region's token server; a url input names the API itself.
    const auth = /^auth\.(.+)$/.exec(new URL(authBaseFor(plan.url)).hostname)?.[1]
    const api = /^https:\/\/api\.[a-z0-9-]+\.(.+)$/.exec(origin)?.[1]
    return plan.region !== undefined && auth !== undefined && api === auth
  }
  return false
}

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
  for (const entry of VENDOR_CASES) await loadVendor(entry.vendor)
})
afterAll(async () => {
  jest.restoreAllMocks()
  await sandbox.close()
})

const io = { mask: () => {}, redact: (text: string) => text, info: () => {}, debug: () => {} }

describe.each(VENDOR_CASES.map((entry) => [entry.vendor, entry] as const))('%s', (_, entry) => {
  it('sends every request to the origin the plan validated, or refuses before any', async () => {
    const vendor = await loadVendor(entry.vendor)
    const success = entry.success(sandbox)
    const fakeUrl = success.inputs.url ?? entry.url(sandbox)
    const own = (vendor.options ?? []).map((option) => option.input)
    const envNames = [
      ...Object.values(vendor.credentialEnv).flatMap((names) => names ?? []),
      ...(vendor.urlEnv ?? []),
      ...(vendor.options ?? []).flatMap((option) => option.env ?? []),
      'HTTPS_PROXY',
      'NO_PROXY'
    ]
    const inputs = fc.record({
      where: fc.oneof(
        { arbitrary: fc.constant({ url: fakeUrl, region: '' }), weight: 2 },
        hostileUrl(fakeUrl).map((url) => ({ url, region: '' })),
        fc
          .oneof(fc.constantFrom(...Object.keys(vendor.location.regions ?? {}), 'us '), hostile)
          .map((region) => ({ url: '', region }))
      ),
      options: fc.array(fc.oneof(fc.constant(''), hostile, fc.string({ maxLength: 12 })), {
        minLength: own.length,
        maxLength: own.length
      }),
      dropCredentials: fc.boolean(),
      env: fc.dictionary(
        fc.constantFrom(...envNames),
        fc.oneof(hostile, hostileUrl(fakeUrl), fc.constant('http://evil.example:3128')),
        { maxKeys: 2 }
      )
    })

    const stats = { planned: 0, requests: 0 }
    const original = HttpClient.prototype.request
    const fake = createHttpClient(
      {
        url: fakeUrl,
        timeoutMs: 5000,
        retries: 0,
        caPem: sandbox.caCertPem,
        tlsVerify: true,
        vendorName: vendor.name
      },
      io
    )
    const sent: { url: URL; headers: Record<string, string>; answered: boolean }[] = []
    const spy = jest.spyOn(HttpClient.prototype, 'request').mockImplementation(async function (
      this: HttpClient,
      request: RequestOptions
    ) {
      const base = (this as unknown as { options: { baseUrl: string } }).options.baseUrl
      const url = new URL(base + request.path)
      const record = { url, headers: { ...request.headers }, answered: false }
      sent.push(record)
      // Answered by the fake as if it stood at that origin: the path under the base, kept.
      const under = url.pathname.slice(new URL(base).pathname.replace(/\/$/, '').length)
      const response = await original.call(fake, { ...request, path: `${under}${url.search}` })
      record.answered = true
      return response
    })
    try {
      await fc.assert(
        fc.asyncProperty(inputs, async ({ where, options, dropCredentials, env: jobEnv }) => {
          const raw = {} as RawInputs
          for (const name of INPUT_NAMES) raw[name] = DEFAULTS[name]?.default ?? ''
          for (const [name, value] of Object.entries(success.inputs)) {
            if ((INPUT_NAMES as readonly string[]).includes(name))
              raw[name as keyof RawInputs] = value
          }
          raw.vendor = vendor.id
          raw.url = where.url
          raw.region = where.region
          raw.retries = '0'
          own.forEach((input, i) => (raw[input] = options[i] ?? ''))
          // Credentials from the job's variables instead, beside its URL variables.
          const stepEnv: Record<string, string> = { ...success.env, ...jobEnv }
          if (dropCredentials) {
            for (const [input, names] of Object.entries(vendor.credentialEnv)) {
              const value = raw[input as keyof RawInputs]
              if (value && names?.[0]) {
                stepEnv[names[0]] = value
                raw[input as keyof RawInputs] = ''
              }
            }
          }
          let plan: Plan
          try {
            plan = buildPlan(raw, vendor, { env: stepEnv })
          } catch (error) {
            if (error instanceof ActionFailure) return
            throw error
          }
          sent.length = 0
          stats.planned++
          const http = createHttpClient({ ...plan, vendorName: vendor.name }, io)
          try {
            await vendor.login({ ...vendorContext(http, io), plan, vendor })
          } catch (error) {
            if (!(error instanceof ActionFailure)) {
              throw new Error(
                `${vendor.id}: login threw ${(error as Error).name}: ${(error as Error).message}`,
                { cause: error }
              )
            }
          } finally {
            http.close()
          }
          stats.requests += sent.length
          for (const { url, headers, answered } of sent) {
            expect(`${url.username}${url.password}`).toBe('')
            if (!allowedOrigin(vendor, plan, url.origin)) {
              throw new Error(`${vendor.id}: a request to ${url.origin}, not ${plan.url}`)
            }
            // Node refuses such a header before anything is sent (ERR_INVALID_CHAR).
            if (Object.values(headers).some((value) => /[\r\n\0]/.test(value)))
              expect(answered).toBe(false)
          }
        }),
        { numRuns: RUNS }
      )
      // The property reached the vendor's requests, not only the plan's refusals.
      expect(stats.planned).toBeGreaterThan(0)
      expect(stats.requests).toBeGreaterThan(0)
    } finally {
      spy.mockRestore()
      fake.close()
    }
  }, 60_000)
})
