// An error the check did not expect (a vendor module that throws a TypeError) ends in one message
// that says to report it, with the stack in the debug log only (contract Behaviour 8).
import { describe, expect, it, jest } from '@jest/globals'

const { invictiPlatform } = await import('../src/vendors/invicti-platform/index.js')
const { emptyIdentity } = await import('../src/core/identity.js')
import type { LoginResult } from '../src/kit/types.js'
let vendorLogin = async (): Promise<LoginResult> => {
  throw new TypeError('boom inside the vendor')
}
jest.unstable_mockModule('../src/vendors/index.js', () => ({
  loadVendor: async () => ({ ...invictiPlatform, login: async () => vendorLogin() })
}))
const { check } = await import('../src/core/check.js')
const { INPUT_NAMES } = await import('../src/plan/input-names.js')

const rawInputs = (): Record<string, string> =>
  Object.fromEntries(INPUT_NAMES.map((n) => [n, ''])) as Record<string, string>

describe('an unexpected error', () => {
  it('fails with one message and no stack trace; the stack goes to debug only', async () => {
    const raw = rawInputs()
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

describe('what the check logs and saves after a login', () => {
  it('saves a session the login reports, and says which listed role matched and which is not held', async () => {
    vendorLogin = async () => ({
      identity: { ...emptyIdentity(), username: 'sam', roles: ['Scanner'] },
      authHeader: 'Authorization: Bearer x',
      env: {},
      session: { token: 'session-token-0123456789' }
    })
    const raw = Object.assign(rawInputs(), {
      vendor: 'invicti-platform',
      'api-key': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl',
      'mint-token': 'false',
      'export-env': 'true',
      logout: 'true',
      'tls-verify': 'true',
      'required-roles': 'Scanner, Auditor'
    })
    const info: string[] = []
    const saved: unknown[] = []
    const outcome = await check(raw as never, {}, {
      mask: () => {},
      redact: (t: string) => t,
      info: (m: string) => void info.push(m),
      warning: () => {},
      debug: () => {},
      saveSession: (_plan: unknown, s: unknown) => void saved.push(s),
      forgetSession: () => {}
    } as never)
    expect(outcome.failure).toBeUndefined()
    expect(saved).toEqual([{ secrets: { token: 'session-token-0123456789' } }])
    expect(info).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Logging in to Invicti Platform at \S+ with api-key credentials$/),
        expect.stringMatching(/^Verified: sam, role Scanner at /),
        'Requirement role "Scanner": pass',
        'Requirement role "Auditor": not held (any one listed role suffices; matched "Scanner")'
      ])
    )
  })
})
