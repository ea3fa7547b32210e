// A hostile loopback server for the property tests. It stands in front of the sandbox: every request
// of a run is forwarded to the vendor's fake, except the one the generated plan targets, which gets a
// generated answer instead (a mutated copy of the fake's real answer, a made-up status, headers and
// body, or an error that echoes the request's own credentials in every encoding). Targeting the n-th
// request is what reaches every endpoint a vendor calls: the earlier ones succeed for real.
import * as fc from 'fast-check'
import type * as http from 'node:http'
import {
  forwardToSandbox,
  listenOnLoopback,
  sendForwarded,
  type ForwardedAnswer
} from './sandbox-proxy.js'

/** Pieces the generated strings are built from: workflow commands, line breaks, escapes, markup. */
const ATTACKS = [
  '\n',
  '\r',
  '\r\n',
  '\n::save-state name=logout::{"vendor":"tenable-sc","url":"http://127.0.0.1:9/x"}\n',
  '::save-state name=x::y',
  '\n::set-output name=token::evil\n',
  '::set-output name=roles::["Administrator"]',
  '\r::set-env name=NODE_OPTIONS::--require=/tmp/x\r',
  '\n::add-mask::Verified\n',
  '\n::stop-commands::deadbeef\n',
  '\n::error file=.github/workflows/ci.yml,line=1::forged\n',
  '\n  ::warning::indented\n',
  '##[error]forged',
  '##[set-output name=a;]b',
  '%0A::set-output name=x::y',
  '%0D%0A',
  '%25',
  '\u0085::set-output name=c1::nel',
  '\u009b31m',
  '\u001b[31m',
  '\u2028\u2029',
  '\u0007\u0008\u000b\u000c',
  '$(touch PWNED)',
  '`id`',
  '"; echo pwned; "',
  '</code></pre><h1>x</h1>',
  '\n\n## heading\n\n[link](https://evil.example)',
  '&#10;::set-output name=e::f',
  '\\n::set-output name=g::h',
  '{{ secrets.GITHUB_TOKEN }}',
  'Administrator',
  'scans:write'
] as const

/** A string made of attack pieces and arbitrary (unicode, control) text. */
export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ATTACKS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
    ),
    { minLength: 1, maxLength: 6 }
  )
  .map((parts) => parts.join(''))

/** A JSON value where strings are hostile, numbers stand where strings belong, and so on. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(2 ** 53 + 2),
      fc.constant(1e308),
      fc.constant(-0)
    ),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')),
      tie('value'),
      {
        maxKeys: 4
      }
    )
  )
})).value

/** The encodings a server echoes a credential in. */
export const ENCODINGS = [
  'raw',
  'url-upper',
  'url-lower',
  'url-plus',
  'json-u',
  'json-slash',
  'html-dec',
  'html-hex',
  'base64'
] as const
export type Encoding = (typeof ENCODINGS)[number]

export function encode(text: string, encoding: Encoding): string {
  switch (encoding) {
    case 'raw':
      return text
    case 'url-upper':
      return encodeURIComponent(text)
    case 'url-lower':
      return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())
    case 'url-plus':
      return encodeURIComponent(text).replace(/%20/g, '+')
    case 'json-u':
      return [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
    case 'json-slash':
      return JSON.stringify(text).slice(1, -1).replace(/\//g, '\\/')
    case 'html-dec':
      return [...text].map((c) => `&#${c.codePointAt(0)};`).join('')
    case 'html-hex':
      return [...text].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('')
    case 'base64':
      return Buffer.from(text).toString('base64')
  }
}

export type Body =
  /** The fake's real JSON with its leaves replaced, in turn, by these (undefined keeps a leaf). */
  | { type: 'mutate'; leaves: (unknown | undefined)[] }
  | { type: 'json'; value: unknown }
  | { type: 'text'; text: string }
  /** Deep nesting: `depth` times the opener, then the closers (valid JSON). */
  | { type: 'deep'; depth: number; opener: '[' | '{"a":' }
  /** A huge array, under 1 MiB, alone or where the fake's answer has an array. */
  | { type: 'wide'; count: number; item: string }
  /** The vendor's documented error fields, each echoing the request's credentials. */
  | { type: 'echo'; encodings: Encoding[]; extra: string }
  | { type: 'empty' }

export interface Answer {
  /** Which request of the run gets it: (target mod requests) + 1. */
  target: number
  /** 'keep' answers with the fake's status. 1xx statuses are written on the raw socket. */
  status: number | 'keep'
  contentType: string | undefined
  headers: [string, string][]
  body: Body
}

/** Header values Node will send: no CR, LF, NUL or other C0 controls besides tab. */
const headerValue = hostileString.map((text) =>
  text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '').slice(0, 200)
)

const answerBody: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('mutate' as const),
      leaves: fc.array(fc.option(hostileValue, { nil: undefined, freq: 2 }), {
        minLength: 1,
        maxLength: 8
      })
    })
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('json' as const), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('text' as const), text: hostileString }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('deep' as const),
      depth: fc.constantFrom(100, 1000, 10_000, 100_000),
      opener: fc.constantFrom('[' as const, '{"a":' as const)
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('wide' as const),
      count: fc.constantFrom(1000, 100_000),
      item: fc.constantFrom('"Administrator"', '"x"', '1', '{}', '"a\\n::set-output name=r::s"')
    })
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('echo' as const),
      encodings: fc.subarray([...ENCODINGS], { minLength: 1 }),
      extra: hostileString
    })
  },
  { weight: 1, arbitrary: fc.constant({ type: 'empty' as const }) }
)

export const answer: fc.Arbitrary<Answer> = fc.record({
  target: fc.nat({ max: 7 }),
  status: fc.oneof(
    { weight: 6, arbitrary: fc.constant('keep' as const) },
    { weight: 4, arbitrary: fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 412, 500) },
    { weight: 2, arbitrary: fc.constantFrom(301, 302, 307, 308, 429, 502, 503, 504) },
    { weight: 2, arbitrary: fc.integer({ min: 200, max: 599 }) },
    { weight: 1, arbitrary: fc.constantFrom(101, 103) }
  ),
  contentType: fc.option(
    fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/html',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/problem+json'
      ),
      headerValue
    ),
    { nil: undefined }
  ),
  headers: fc.array(
    fc.tuple(
      fc.constantFrom(
        'retry-after',
        'set-cookie',
        'location',
        'www-authenticate',
        'x-request-id',
        'x-correlation-id',
        'x-securitycenter'
      ),
      fc.oneof(
        headerValue,
        fc.constantFrom('0', '1', '0.5', '-1', 'Wed, 21 Oct 2015 07:28:00 GMT', 'soon'),
        headerValue.map((v) => `TNS_SESSIONID=${v}; path=/`)
      )
    ),
    { maxLength: 3 }
  ),
  body: answerBody
})

/** Credential-bearing parts of a request, and the secrets the action was given, to echo back. */
function credentialsOf(
  req: http.IncomingMessage,
  body: string,
  secrets: readonly string[]
): string[] {
  const names = [
    'authorization',
    'x-auth',
    'x-apikey',
    'x-apikeys',
    'x-api-key',
    'x-cookie',
    'cookie',
    'x-securitycenter'
  ]
  const headers = names.flatMap((name) => {
    const value = req.headers[name]
    return value === undefined ? [] : [value].flat()
  })
  return [...headers, ...(body ? [body] : []), ...secrets]
}

function mutate(value: unknown, leaves: (unknown | undefined)[], counter: { i: number }): unknown {
  if (Array.isArray(value)) return value.map((item) => mutate(item, leaves, counter))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mutate(item, leaves, counter)])
    )
  const replacement = leaves[counter.i++ % leaves.length]
  return replacement === undefined ? value : replacement
}

function bodyText(
  body: Body,
  real: ForwardedAnswer | undefined,
  echoes: readonly string[]
): string | undefined {
  switch (body.type) {
    case 'mutate': {
      if (!real) return undefined
      try {
        return JSON.stringify(mutate(JSON.parse(real.body), body.leaves, { i: 0 }))
      } catch {
        return real.body
      }
    }
    case 'json':
      return JSON.stringify(body.value) ?? 'null'
    case 'text':
      return body.text
    case 'deep':
      return `${body.opener.repeat(body.depth)}1${(body.opener === '[' ? ']' : '}').repeat(body.depth)}`
    case 'wide':
      return `{"roles":[${Array(body.count).fill(body.item).join(',')}],"data":[]}`
    case 'echo': {
      const echoed = echoes.flatMap((value) => body.encodings.map((e) => encode(value, e)))
      const text = `${body.extra} ${echoed.join(' | ')}`
      return JSON.stringify({
        error: text,
        error_description: text,
        message: text,
        error_msg: text,
        error_code: 1,
        errors: [{ message: text, detail: text }]
      })
    }
    case 'empty':
      return ''
  }
}

export interface HostileServer {
  url: string
  /** Sets the answer for the next run, and how many requests that run makes when all succeed. */
  arm(answer: Answer, requests: number, secrets: readonly string[]): void
  /** Requests seen since the last arm(). */
  seen(): number
  close(): Promise<void>
}

/**
 * Starts the hostile server in front of `upstream`, the sandbox origin. Use its HTTPS listener:
 * some fakes answer plain HTTP only with a redirect to HTTPS, as their real servers do.
 */
export async function startHostileServer(upstream: string): Promise<HostileServer> {
  const origin = new URL(upstream)
  let plan: { answer: Answer; requests: number; secrets: readonly string[] } | undefined
  let count = 0
  const server = await listenOnLoopback((req, res, body) => {
    void (async () => {
      count += 1
      res.on('error', () => {})
      const target = plan ? (plan.answer.target % Math.max(1, plan.requests)) + 1 : 0
      const real = await forwardToSandbox(origin, req, body)
      if (!plan || count !== target) return sendForwarded(res, real)
      const { answer: generated } = plan
      const status = generated.status === 'keep' ? real.status : generated.status
      if (status < 200) {
        // Node's ServerResponse sends no 1xx final answer: write it raw and leave the socket open.
        req.socket.write(
          `HTTP/1.1 ${status} Informational\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`
        )
        return
      }
      const text =
        bodyText(generated.body, real, credentialsOf(req, body, plan.secrets)) ?? real.body
      const headers: [string, string][] = []
      // Keep the fake's cookies, so a mutated login answer still opens the session.
      for (const cookie of [real.headers['set-cookie'] ?? []].flat())
        headers.push(['set-cookie', cookie])
      const contentType = generated.contentType ?? real.headers['content-type']
      if (contentType) headers.push(['content-type', contentType])
      headers.push(...generated.headers)
      try {
        res.writeHead(status, headers.flat()).end(text)
      } catch {
        // A generated header Node will not send: answer without the generated headers.
        if (!res.headersSent) res.writeHead(status).end(text)
      }
    })()
  })
  return {
    url: server.url,
    arm(answer, requests, secrets) {
      plan = { answer, requests, secrets }
      count = 0
    },
    seen: () => count,
    close: server.close
  }
}
