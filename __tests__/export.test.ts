// mask() and redact(): what reaches stdout is the runner's mask command.
import { describe, expect, it } from '@jest/globals'
import { fail, log, mask, redact } from '../src/runner/log.js'
import { escapeMarkup, saveLogoutState } from '../src/runner/publish.js'
import { parseCommands } from '../scripts/runner.js'
import { stdoutOf } from './helpers/stdout.js'

const captured = (body: () => void): string[] => parseCommands(stdoutOf(body)).masks

describe('mask', () => {
  it('registers the whole value and each line of a multi-line value, once each', () => {
    const pem = '-----BEGIN KEY-----\nline-one-secret\n  line-two-secret  \n-----END KEY-----'
    const masks = captured(() => {
      mask(pem)
      mask(pem)
      mask('')
    })
    expect(masks).toEqual([
      pem,
      '-----BEGIN KEY-----',
      'line-one-secret',
      'line-two-secret',
      '-----END KEY-----'
    ])
  })
})

describe('redact', () => {
  it('removes masked values and their JSON- and URL-encoded forms, longest first', () => {
    const secret = 'p@ss"word/with\\odd chars'
    captured(() => mask(secret))
    const echoed = `raw ${secret} json ${JSON.stringify(secret)} url ${encodeURIComponent(secret)}`
    const result = redact(echoed)
    expect(result).not.toContain(secret)
    expect(result).not.toContain(JSON.stringify(secret).slice(1, -1))
    expect(result).not.toContain(encodeURIComponent(secret))
    expect(result).toBe('raw *** json "***" url ***')
  })

  it('leaves values shorter than three characters to the runner', () => {
    captured(() => mask('ab'))
    expect(redact('a tab')).toBe('a tab')
  })
})

describe('mask of a value that is not a string', () => {
  it('masks a number as its decimal text, so a numeric token is masked too', () => {
    expect(captured(() => mask(JSON.parse('918273645546372819') as number))).toEqual([
      '918273645546372900'
    ])
    expect(redact('token 918273645546372900')).toBe('token ***')
    expect(captured(() => mask(null))).toEqual([])
  })
})

describe('redact covers the usual encodings of a secret', () => {
  const secret = 'Tok/en+ "&<x>\' wide 😀 done'
  captured(() => mask(secret))
  const upperUrl = encodeURIComponent(secret).replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase())
  const lowerUrl = encodeURIComponent(secret).replace(/%[0-9a-f]{2}/gi, (e) => e.toLowerCase())
  const everyCharPercent = [...Buffer.from(secret, 'utf8')]
    .map((b) => `%${b.toString(16).padStart(2, '0')}`)
    .join('')
  // Every UTF-16 unit escaped, so the emoji becomes its surrogate pair.
  const jsonAllEscaped = secret
    .split('')
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')
  const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')
  it.each([
    ['raw', secret],
    ['URL-encoded, upper-case hex', upperUrl],
    ['URL-encoded, lower-case hex', lowerUrl],
    ['form-encoded, + for space', lowerUrl.replace(/%20/g, '+')],
    ['every byte percent-encoded', everyCharPercent],
    ['JSON.stringify', JSON.stringify(secret).slice(1, -1)],
    ['JSON with \\/ for /', JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/')],
    ['JSON \\uXXXX of every character', jsonAllEscaped],
    ['JSON \\uXXXX in upper case', jsonAllEscaped.toUpperCase().replace(/\\U/g, '\\u')],
    [
      'HTML decimal references of the specials',
      secret.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    ],
    [
      'HTML hex references of every character',
      [...secret].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('')
    ],
    [
      'HTML named entities',
      secret
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
    ],
    ['base64', base64(secret)],
    ['base64 url-safe', base64(secret).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')]
  ])('%s', (_name, form) => {
    const result = redact(`before ${form} after`)
    expect(result).toBe('before *** after')
  })

  it.each([0, 1, 2])(
    'base64 of a longer text with the secret at byte offset %i (mod 3)',
    (offset) => {
      const encoded = base64(`${'u:'.slice(0, offset)}${'x'.repeat(3)}${secret}!tail`)
      const result = redact(encoded)
      expect(result).toContain('***')
      // What is left is only the encoding of the text around the secret.
      expect(result.replace('***', '').length).toBeLessThan(encoded.length - 30)
    }
  )

  it('stays fast on a large text', () => {
    const text = 'lorem ipsum %41 &#65; \\u0041 '.repeat(40_000)
    const started = performance.now()
    expect(redact(text)).toBe(text)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('lines written through core are inert', () => {
  it('breaks a command on any line of a log message, after redaction', () => {
    const out = stdoutOf(() => {
      log.info('Verified: Eve\n::set-output name=x::y\r::save-state name=logout::{}\n##[error]z')
      log.warning('w\n::stop-commands::token')
      log.debug('d\n::add-mask::x')
    })
    const commands = parseCommands(out)
    expect(commands.log).toEqual([
      'Verified: Eve',
      ': :set-output name=x::y',
      ': :save-state name=logout::{}',
      '# #[error]z'
    ])
    expect(commands.warnings).toEqual(['w\n: :stop-commands::token'])
    expect(commands.debug).toEqual(['d\n: :add-mask::x'])
  })

  it('fails the step with exactly one ::error:: line', () => {
    const out = stdoutOf(() => fail('first line\n::error::forged\n\n##[error]x'))
    const commands = parseCommands(out)
    expect(commands.errors).toEqual(['first line\n: :error::forged\n\n# #[error]x'])
    expect(out.trim().split('\n')).toHaveLength(1)
    process.exitCode = 0
  })
})

describe('escapeMarkup', () => {
  it('escapes HTML and Markdown markup as character references', () => {
    expect(
      escapeMarkup('</code></pre><h1>x</h1> [a](https://e.example) ![i](u) **b** `c` #h')
    ).toBe(
      '&#60;/code&#62;&#60;/pre&#62;&#60;h1&#62;x&#60;/h1&#62; &#91;a&#93;(https://e.example) &#33;&#91;i&#93;(u) &#42;&#42;b&#42;&#42; &#96;c&#96; &#35;h'
    )
    expect(escapeMarkup('role: tenant-admin')).toBe('role: tenant-admin')
  })
})

describe('redact: long secrets', () => {
  it('takes a long secret with a lone surrogate without throwing', () => {
    const secret = `${'x'.repeat(300)}\uD800${'y'.repeat(10)}`
    expect(() => stdoutOf(() => mask(secret))).not.toThrow()
    expect(redact(`said: ${secret}`)).toBe('said: ***')
  })

  it.each([300, 6_500, 100_000])(
    'masks and redacts a %i-character secret in its whole-value encodings',
    (length) => {
      const secret = `${'s3cr/t+'.repeat(Math.ceil(length / 7))}`.slice(0, length)
      expect(() => stdoutOf(() => mask(secret))).not.toThrow()
      const echoed = [
        secret,
        encodeURIComponent(secret),
        encodeURIComponent(secret).toLowerCase(),
        JSON.stringify(secret),
        Buffer.from(secret).toString('base64')
      ].join(' | ')
      const redacted = redact(`said: ${echoed}`)
      expect(redacted).not.toContain(secret.slice(0, 64))
      expect(redacted).not.toContain(Buffer.from(secret).toString('base64').slice(0, 64))
      expect(redacted).not.toContain(encodeURIComponent(secret).slice(0, 64))
    }
  )
})

describe('log lines and base64 echoes', () => {
  it('redacts encoded echoes of a secret in info, warning and the failure', () => {
    const secret = 'gap/log secret+0123'
    const out = stdoutOf(() => {
      mask(secret)
      log.info(`url-encoded ${encodeURIComponent(secret)}`)
      log.warning(`json ${JSON.stringify(secret).replace(/\//g, '\\/')}`)
      fail(`html ${[...secret].map((c) => `&#${c.charCodeAt(0)};`).join('')}`)
    })
    process.exitCode = 0
    const text = out
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(text).not.toContain(encodeURIComponent(secret))
    expect(text).not.toContain('gap\\/log')
    expect(text).not.toContain('&#103;&#97;&#112;')
    expect(text.match(/\*\*\*/g)).toHaveLength(3)
  })

  it.each([0, 1, 2])('finds a secret inside longer base64 text at byte offset %d', (offset) => {
    const secret = 'gap-base64-secret-0123456789'
    stdoutOf(() => mask(secret))
    const encoded = Buffer.from(`${'u'.repeat(offset)}:${secret}`).toString('base64')
    expect(redact(`Basic ${encoded}`)).toContain('***')
  })
})

describe('URL-safe base64', () => {
  it('redacts a secret echoed in URL-safe base64 (a JWT segment, base64url)', () => {
    const secret = 'gap>url?safe>secret~~0123'
    stdoutOf(() => mask(secret))
    const echoed = Buffer.from(secret).toString('base64url')
    expect(echoed).toMatch(/[-_]/)
    expect(redact(`claims ${echoed}`)).toBe('claims ***')
  })
})

describe('the runner files, which the main step opens when it loads the publishing code', () => {
  it('are never written before openRunnerFiles(): a write before it says so', () => {
    expect(() =>
      saveLogoutState({ vendor: 'tenable-sc', url: 'https://sc.example.com', session: {} })
    ).toThrow('publish.ts wrote to the runner files before openRunnerFiles()')
  })
})
