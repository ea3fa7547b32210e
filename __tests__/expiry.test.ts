// The credential's own expiry (contract: expiry-warning-days): a warning when near, a failure once
// past, the moment of expiry included, and no warning at all with expiry-warning-days 0.
import { describe, expect, it } from '@jest/globals'
import { judgeCredentialExpiry } from '../src/core/expiry.js'
import { ActionFailure } from '../src/core/failure.js'

describe('judgeCredentialExpiry', () => {
  const now = Date.UTC(2026, 0, 1)
  const day = 86_400_000
  const iso = (ms: number) => new Date(ms).toISOString()
  it('expiry-warning-days 0 turns the warning off, however near the expiry', () => {
    expect(judgeCredentialExpiry('X', iso(now + 3_600_000), 0, now)).toBeUndefined()
    expect(judgeCredentialExpiry('X', iso(now + 3_600_000), 14, now)).toContain('within a day')
  })
  it('a credential whose expiry is now has expired', () => {
    expect(() => judgeCredentialExpiry('X', iso(now), 14, now)).toThrow(ActionFailure)
    expect(() => judgeCredentialExpiry('X', iso(now - 500), 14, now)).toThrow('expired')
    expect(judgeCredentialExpiry('X', iso(now + 30 * day), 14, now)).toBeUndefined()
  })
})
