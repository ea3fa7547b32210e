import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { USER_AGENT, VERSION } from '../src/core/context.js'

describe('the user agent', () => {
  it('carries the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
    expect(USER_AGENT).toBe(`scanner-login/${pkg.version}`)
  })
})
