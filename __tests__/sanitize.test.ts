// Server text as one inert line, our own messages as inert lines, and the grammar of server-issued
// credentials. The property tests build hostile strings from the pieces that make a workflow command.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ActionFailure } from '../src/core/failure.js'
import { MAX_SERVER_TEXT, boundedList, inertLines, serverText } from '../src/core/sanitize.js'
import { bearerToken } from '../src/kit/grammar.js'
import { cookieValue, decimalToken } from '../src/vendors/tenable-sc/grammar.js'

/** What the runner would run: a line starting with `::` after .NET's trim, or `##[` anywhere. */
function isCommand(line: string): boolean {
  return /^[\s\u0085]*::/.test(line) || line.includes('##[')
}

/** Lines as the runner's ReadLine and a log viewer split them. */
const linesOf = (text: string): string[] => text.split(/\r\n|[\n\r\u0085\u2028\u2029]/)

// Fragments that assemble commands, separators the cleaning removes, and ordinary text.
const piece = fc.constantFrom(
  ':',
  '::',
  '#',
  '##',
  '[',
  '##[',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u200f',
  '\u061c',
  '\ufeff',
  ' ',
  'set-output name=x',
  'save-state name=logout',
  'error',
  'add-mask',
  'stop-commands',
  '%0A',
  'Eve',
  'é',
  '😀'
)
const hostile = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))

describe('serverText', () => {
  it.each([
    ['Eve\n::set-output name=organization::spoofed', 'Eve ::set-output name=organization::spoofed'],
    ['::error::x', ': :error::x'],
    ['  \t::warning::x', ': :warning::x'],
    ['\r::set-output name=a::b', ': :set-output name=a::b'],
    [':\u0000:add-mask::x', ': :add-mask::x'],
    ['x ##[error]boom', 'x # #[error]boom'],
    ['###[x', '## #[x'],
    ['#\u0007#[error]', '# #[error]'],
    ['Ada\u0085Lovelace\u2028x\u2029y', 'Ada Lovelace x y'],
    ['tab\there', 'tab here'],
    ['\u001b[31mred\u001b[0m', '[31mred[0m'],
    ['bidi \u202egnp.exe', 'bidi gnp.exe'],
    ['marks a\u200fb\u200ec\u061cd', 'marks abcd'],
    ['%0A::not-a-command', '%0A::not-a-command'],
    ['  Jane Doe  ', 'Jane Doe'],
    ['', ''],
    [42, '42'],
    [undefined, ''],
    [null, ''],
    [{ toString: () => '::x' }, '']
  ])('%j → %j', (value, expected) => {
    expect(serverText(value)).toBe(expected)
  })

  it('bounds the length with an ellipsis, never splitting a surrogate pair', () => {
    expect(serverText('a'.repeat(10_000))).toBe(`${'a'.repeat(MAX_SERVER_TEXT - 1)}…`)
    const emoji = serverText(`${'a'.repeat(MAX_SERVER_TEXT - 2)}😀😀`)
    expect(emoji).toBe(`${'a'.repeat(MAX_SERVER_TEXT - 2)}…`)
    expect(serverText('abcdef', 4)).toBe('abc…')
  })

  it('gives one line that the runner never runs as a command, however the input was built', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const cleaned = serverText(value)
        expect(linesOf(cleaned)).toHaveLength(1)
        expect(isCommand(cleaned)).toBe(false)
        // eslint-disable-next-line no-control-regex -- the point of the check
        expect(cleaned).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200f\u061c\u202e]/)
        expect(cleaned.length).toBeLessThanOrEqual(MAX_SERVER_TEXT)
      }),
      { numRuns: 2000 }
    )
  })

  it('is idempotent, so cleaning twice (vendor, then export) changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ maxLength: 700 })), (value) => {
        const once = serverText(value)
        expect(serverText(once)).toBe(once)
      }),
      { numRuns: 1000 }
    )
  })

  it('is cheap: ten thousand hostile names in well under a second', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `User ${i}\n::set-output name=x::${i}`)
    const started = performance.now()
    for (const name of names) serverText(name)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('inertLines', () => {
  it('keeps our own lines but breaks commands on any of them', () => {
    expect(inertLines('Tenable.sc said:\n::error::forged\n  ##[warning]x\nFix: y')).toBe(
      'Tenable.sc said:\n: :error::forged\n  # #[warning]x\nFix: y'
    )
  })

  it('splits at a lone CR and the Unicode separators, and removes other control characters', () => {
    expect(inertLines('a\r::set-output name=x::y\u2028::b\u0000c')).toBe(
      'a\n: :set-output name=x::y\n: :bc'
    )
  })

  it('never leaves a line the runner would run', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        for (const line of linesOf(inertLines(`prefix ${value}\n${value}`))) {
          expect(isCommand(line)).toBe(false)
        }
      }),
      { numRuns: 2000 }
    )
  })
})

describe('boundedList', () => {
  it('lists up to the limit, then says how many more', () => {
    expect(boundedList(['a', 'b'], 3)).toBe('a, b')
    expect(boundedList(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more')
  })
})

describe('credential grammar', () => {
  const what = 'the Infracast access token from POST /api/v1/auth/token'

  it.each([
    'abcdefghijklmnop',
    'eyJhbGciOi.eyJzdWIi.sig-_~+/',
    'dG9rZW4xMjM0NTY3ODkw=',
    'x'.repeat(16) + '=='
  ])('accepts the bearer token %j', (token) => {
    expect(bearerToken(token, what)).toBe(token)
  })

  it.each([
    '',
    'a b',
    'abc"; curl evil',
    'abc$(touch PWNED)',
    'a\nb',
    '=abc',
    'ab=c',
    'e',
    'abcdefghijklmno',
    'x'.repeat(15) + '==',
    'é',
    'x'.repeat(20_000),
    1.5,
    JSON.parse('918273645546372819') as number,
    { token: 'x' },
    undefined
  ])('refuses the bearer token %j without quoting it', (token) => {
    let thrown: unknown
    try {
      bearerToken(token, what)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ActionFailure)
    const message = (thrown as Error).message
    expect(message).toContain('malformed credential')
    expect(message).toContain(what)
    if (typeof token === 'string' && token.length > 5) expect(message).not.toContain(token)
  })

  it('takes a whole JSON number that survived parsing as its decimal text', () => {
    expect(bearerToken(1234567890123456, what)).toBe('1234567890123456')
    expect(decimalToken(1234567890, 'the Tenable.sc session token')).toBe('1234567890')
    expect(decimalToken('004200', 'the Tenable.sc session token')).toBe('004200')
  })

  it.each([
    '',
    '12a',
    '-1',
    '1 2',
    '1',
    '12345',
    12345,
    '1'.repeat(21),
    '1234"; x',
    2 ** 60,
    -5,
    // Hexadecimal or mixed: a decimal number only (contract Behaviour 10, Tenable.sc token grammar).
    '12345abc',
    'deadbeef01'
  ])('refuses the decimal token %j', (token) => {
    expect(() => decimalToken(token, 'the Tenable.sc session token')).toThrow(
      /malformed credential: the Tenable.sc session token is not a decimal number/
    )
  })

  it('checks a cookie value against letters, digits, comma and hyphen', () => {
    const what = 'the Tenable.sc session cookie from POST /rest/token'
    expect(cookieValue('0123456789abcdef,-XYZ', 'TNS_SESSIONID', what)).toBe(
      '0123456789abcdef,-XYZ'
    )
    for (const bad of [
      '',
      'a',
      'x'.repeat(15),
      'abc$(touch PWNED)x',
      'a b',
      'a;b',
      'a"b',
      'x'.repeat(257)
    ]) {
      expect(() => cookieValue(bad, 'TNS_SESSIONID', what)).toThrow(
        /malformed credential: the Tenable.sc session cookie from POST \/rest\/token is not a TNS_SESSIONID cookie value/
      )
    }
  })

  it('accepts exactly the RFC 6750 b64token grammar (property)', () => {
    const b64char = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'
    )
    const valid = fc
      .tuple(fc.array(b64char, { minLength: 16, maxLength: 200 }), fc.integer({ min: 0, max: 3 }))
      .map(([chars, padding]) => chars.join('') + '='.repeat(padding))
    fc.assert(fc.property(valid, (token) => expect(bearerToken(token, what)).toBe(token)))
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 50 }), (token) => {
        const ok = /^[A-Za-z0-9\-._~+/]{16,}=*$/.test(token)
        if (ok) expect(bearerToken(token, what)).toBe(token)
        else expect(() => bearerToken(token, what)).toThrow(ActionFailure)
      }),
      { numRuns: 1000 }
    )
  })

  it('accepts a decimal token exactly when it is 6 to 20 digits (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 25 }), fc.stringMatching(/^\d{1,22}$/)),
        (token) => {
          if (/^\d{6,20}$/.test(token)) expect(decimalToken(token, 't')).toBe(token)
          else expect(() => decimalToken(token, 't')).toThrow(ActionFailure)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('accepts a cookie value exactly when it is 16 to 256 letters, digits, "," or "-" (property)', () => {
    // Long enough to pass the length bound, so that only the characters decide: a cookie carrying
    // `;` or `=` would smuggle attributes or a second cookie into the next request's Cookie header.
    for (const bad of ['0123456789abcdef;sc_admin=1', '0123456789abcdef=x', '0123456789abcdef.x']) {
      expect(() => cookieValue(bad, 'TNS_SESSIONID', 't')).toThrow(ActionFailure)
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 16, maxLength: 40 }),
          fc.stringMatching(/^[A-Za-z0-9,-]{10,20}[^A-Za-z0-9,-][A-Za-z0-9,-]{0,10}$/),
          fc.stringMatching(/^[A-Za-z0-9,-]{14,260}$/)
        ),
        (cookie) => {
          if (/^[A-Za-z0-9,-]{16,256}$/.test(cookie))
            expect(cookieValue(cookie, 'TNS_SESSIONID', 't')).toBe(cookie)
          else expect(() => cookieValue(cookie, 'TNS_SESSIONID', 't')).toThrow(ActionFailure)
        }
      ),
      { numRuns: 1000 }
    )
  })
})

describe('a leading :: behind invisible characters', () => {
  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])(
    'breaks %j:: in server text and in our own lines',
    (lead) => {
      const visible = (line: string): string => line.replace(/^[\s\u200b-\u200d\u2060\ufeff]*/, '')
      expect(visible(serverText(`${lead}::error::pwned`))).not.toMatch(/^::/)
      expect(visible(inertLines(`ok\n${lead}::error::pwned`).split('\n')[1]!)).not.toMatch(/^::/)
    }
  )
})
