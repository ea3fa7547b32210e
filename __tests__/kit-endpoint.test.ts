// explainAnswer on its own: every piece of the vendor's answer a failure quotes is redacted before
// it is read, and the raw answer of an endpoint that issues credentials is never quoted.
import { describe, expect, it } from '@jest/globals'
import { explainAnswer, type Answer, type Endpoint } from '../src/kit/endpoint.js'
import type { VendorContext } from '../src/kit/types.js'
import type { HttpResponse } from '../src/net/types.js'

const SECRET = 's3cret-token-0123456789'

const context = {
  vendor: { name: 'Test' },
  plan: { url: 'https://scanner.example.test' },
  http: { server: undefined },
  redact: (text: string) => text.split(SECRET).join('***')
} as unknown as VendorContext

function response(status: number, body: string, type = 'application/json'): HttpResponse {
  return {
    status,
    statusText: '',
    headers: { 'content-type': type },
    body,
    endpoint: 'POST https://scanner.example.test/api/login'
  }
}

function explained(endpoint: Partial<Endpoint>, status: number, body: unknown): string {
  const raw = typeof body === 'string' ? body : JSON.stringify(body)
  const parsed = typeof body === 'string' ? undefined : body
  return explainAnswer(
    context,
    { method: 'POST', path: '/api/login', meanings: {}, ...endpoint },
    response(status, raw, typeof body === 'string' ? 'text/plain' : 'application/json'),
    parsed
  ).message
}

describe('explainAnswer', () => {
  it('redacts a secret echoed in a documented field of a JSON error', () => {
    const text = explained({}, 401, { message: `bad token ${SECRET}` })
    expect(text).toContain('bad token ***')
    expect(text).not.toContain(SECRET)
  })

  it('redacts a secret echoed in a JSON:API errors list', () => {
    const text = explained({}, 401, { errors: [{ detail: `bad token ${SECRET}` }] })
    expect(text).toContain('bad token ***')
    expect(text).not.toContain(SECRET)
  })

  it("hands the vendor's meanings and error text a redacted body", () => {
    const seen: unknown[] = []
    const text = explained(
      {
        meanings: {
          401: ({ body }: Answer) => {
            seen.push(body)
            return { headline: 'refused', causes: [], fix: 'check it.' }
          }
        },
        errorText: (body) => {
          seen.push(body)
          return 'refused'
        }
      },
      401,
      { message: `bad token ${SECRET}` }
    )
    expect(text).toContain('refused')
    expect(seen).toHaveLength(2)
    expect(JSON.stringify(seen)).not.toContain(SECRET)
  })

  it('never quotes the body of a 2xx that is not JSON from an endpoint that issues credentials', () => {
    const text = explained({ issuesCredentials: true }, 200, `token=${SECRET}x and more`)
    expect(text).toContain('are not quoted: the answer of a login may hold credentials')
    expect(text).not.toContain('token=')
    // The same answer from an endpoint that issues none is quoted, redacted.
    expect(explained({}, 200, `token=${SECRET}x and more`)).toContain('It begins: token=***x')
  })

  it('quotes the text of an error that is not JSON redacted', () => {
    const text = explained({}, 401, `invalid token ${SECRET}`)
    expect(text).toContain('invalid token ***')
    expect(text).not.toContain(SECRET)
  })

  it('reads a 5xx page as the server failing even where the API answers its errors in JSON', () => {
    const text = explained({ jsonErrors: true }, 503, 'Service Unavailable')
    expect(text).toContain('HTTP 503')
    expect(text).not.toContain("not the API's JSON")
    expect(explained({ jsonErrors: true }, 401, 'Unauthorized')).toContain("not the API's JSON")
  })

  it("gives a 2xx that is not JSON the vendor's own meaning of it, when it has one", () => {
    const meaning = { headline: 'the check was refused', causes: [], fix: 'ask the admin.' }
    const text = explained({ meanings: { 200: meaning } }, 200, 'refused')
    expect(text).toContain('the check was refused')
    expect(text).not.toContain("not the API's JSON")
  })

  it("hands the vendor's own text reader the step's redaction", () => {
    const text = explained(
      { vendorText: (_answer, redact) => redact(`header says ${SECRET}`) },
      401,
      {}
    )
    expect(text).toContain('header says ***')
    expect(text).not.toContain(SECRET)
  })

  // Contract Behaviour 8: 401 means the credential was rejected; 403 means it authenticated but
  // may not do this. An endpoint whose vendor gives no meaning of its own gets these.
  it('tells a 401 (rejected) from a 403 (accepted, not allowed) where the vendor gives no meaning', () => {
    const rejected = explained({}, 401, { message: 'nope' })
    expect(rejected).toMatch(/^Test: the credentials were rejected \(HTTP 401 from /)
    expect(rejected).not.toContain('accepted')
    const refused = explained({}, 403, { message: 'nope' })
    expect(refused).toMatch(
      /^Test: the credentials were accepted but may not do this \(HTTP 403 from /
    )
    expect(refused).not.toContain('rejected')
  })
})
