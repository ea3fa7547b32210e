// The post step (src/runner/post.ts) with arbitrary saved values, for every vendor that ends a
// session or revokes a minted credential, against a loopback server that accepts everything.
// Contract Behaviour 7, 10 and 12: the post step never fails the job, never writes a workflow
// command other than its masks, warnings and debug lines, and sends only values that pass the same
// grammar as at login (no header or path built from a value that does not).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { runPost } from './helpers/action.js'

const seen: { path: string; headers: IncomingHttpHeaders }[] = []
const server = createServer((request, response) => {
  seen.push({ path: request.url ?? '', headers: request.headers })
  request.resume()
  response.writeHead(200, { 'content-type': 'application/json' }).end('{"error_code":0}')
})
let url = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** Values each vendor accepts, so that some runs do send; the rest break them. */
const VALID = ['123456789', 'c0ffee'.repeat(5), 'abcdef0123456789'.repeat(2), 'scanner-login-run-7']
const BREAKERS = ['\n::error::x', '; a=1', '\r\nX-Injected: y', '/../x', '%0a', ' ', '##[error]']
const savedValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...VALID),
  fc
    .tuple(fc.constantFrom(...VALID), fc.constantFrom(...BREAKERS), fc.boolean())
    .map(([valid, breaker, before]) => (before ? breaker + valid : valid + breaker))
)

/** The post step's inputs, and which saved keys each vendor reads (session: masked; ids: not). */
const VENDORS: Record<
  string,
  { inputs: Record<string, string>; session: string[]; ids: string[] }
> = {
  'tenable-sc': { inputs: { username: 'u', password: 'p' }, session: ['token', 'cookie'], ids: [] },
  nessus: { inputs: { username: 'u', password: 'p' }, session: ['token'], ids: [] },
  jfrog: {
    inputs: { 'api-token': 'x'.repeat(64), 'mint-token': 'true' },
    session: ['token'],
    ids: ['tokenId']
  },
  infracast: {
    inputs: {
      username: 'u',
      password: 'p',
      tenant: 't',
      'mint-token': 'true',
      'required-permissions': 'nodes:read'
    },
    session: ['key'],
    ids: ['id']
  },
  sonarqube: {
    inputs: { 'api-token': `squ_${'a'.repeat(40)}`, 'mint-token': 'true' },
    session: [],
    ids: ['name']
  }
}

/** What a session or revoke request may carry in these headers: each vendor's grammar. */
const SENT_HEADER =
  /^(?:Bearer [A-Za-z0-9._~+/-]+=*|Basic [A-Za-z0-9+/]+=*|\d{6,20}|TNS_SESSIONID=[A-Za-z0-9,-]+|token=[0-9a-f]+)$/

describe('the post step with arbitrary saved values', () => {
  for (const [vendor, { inputs, session: sessionKeys, ids: idKeys }] of Object.entries(VENDORS)) {
    it(`${vendor}: stays a warning, writes no command, and sends only what passes the grammar`, async () => {
      let sent = 0
      await fc.assert(
        fc.asyncProperty(
          fc.array(savedValue, { minLength: 3, maxLength: 3 }),
          fc.boolean(),
          async (values, minted) => {
            seen.length = 0
            const take = (keys: string[], from: number): Record<string, string> =>
              Object.fromEntries(keys.map((key, i) => [key, values[from + i]!]))
            const session = take(sessionKeys, 0)
            const ids = take(idKeys, sessionKeys.length)
            const logout = JSON.stringify({
              vendor,
              url,
              session,
              ids,
              ...(minted ? { minted: true } : {})
            })
            const post = await runPost({ logout }, { vendor, url, retries: '0', ...inputs })
            expect(post.exitCode).toBe(0)
            expect(post.errors).toEqual([])
            for (const line of post.stdout.split(/\r?\n/)) {
              if (/^\s*::/.test(line)) expect(line).toMatch(/^::(?:add-mask|warning|debug)::/)
              else expect(line).not.toContain('##[')
            }
            sent += seen.length
            for (const request of seen) {
              expect(request.path).toMatch(/^\/[A-Za-z0-9/_.%-]*$/)
              expect(request.path).not.toContain('..')
              for (const name of ['authorization', 'x-securitycenter', 'cookie', 'x-cookie']) {
                const value = request.headers[name]
                if (value !== undefined) expect(String(value)).toMatch(SENT_HEADER)
              }
            }
          }
        ),
        { numRuns: 150 }
      )
      // Not vacuous: some runs had values each vendor accepts, and sent them.
      expect(sent).toBeGreaterThan(0)
    }, 120_000)
  }
})
