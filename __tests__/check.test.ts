// An error the check did not expect (a vendor module that throws a TypeError) ends in one message
// that says to report it, with the stack in the debug log only (contract Behaviour 8).
import { describe, expect, it, jest } from '@jest/globals'

const { invictiPlatform } = await import('../src/vendors/invicti-platform/index.js')
jest.unstable_mockModule('../src/vendors/index.js', () => ({
  loadVendor: async () => ({
    ...invictiPlatform,
    login: async () => {
      throw new TypeError('boom inside the vendor')
    }
  })
}))
const { check } = await import('../src/core/check.js')
const { INPUT_NAMES } = await import('../src/plan/input-names.js')

describe('an unexpected error', () => {
  it('fails with one message and no stack trace; the stack goes to debug only', async () => {
    const raw = Object.fromEntries(INPUT_NAMES.map((n) => [n, ''])) as Record<string, string>
    Object.assign(raw, {
      vendor: 'invicti-platform',
      'api-key': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl',
      'mint-token': 'false',
      'export-env': 'true',
      logout: 'true',
      'tls-verify': 'true'
    })
    const debug: string[] = []
    const outcome = await check(raw as never, {}, {
      mask: () => {},
      redact: (t: string) => t,
      info: () => {},
      warning: () => {},
      debug: (m: string) => void debug.push(m),
      saveSession: () => {},
      forgetSession: () => {}
    } as never)
    expect(outcome.failure?.message).toBe(
      "scanner-login failed unexpectedly: boom inside the vendor. Please report this with the step's debug log."
    )
    expect(outcome.failure?.message).not.toMatch(/\n\s+at /)
    expect(debug.join('\n')).toMatch(/\n\s+at /)
  })
})
