// mask() and redact() with the real @actions/core: what reaches stdout is the runner's mask command.
import { describe, expect, it } from '@jest/globals'
import { mask, redact } from '../src/export.js'
import { parseCommands } from '../scripts/runner.js'

function captured(body: () => void): string[] {
  let stdout = ''
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    body()
  } finally {
    process.stdout.write = write
  }
  return parseCommands(stdout).masks
}

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
