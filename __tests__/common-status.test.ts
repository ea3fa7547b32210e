// The shared meanings of an HTTP status (core/failure.ts explainCommonStatus): the fix must never
// advise raising the retries input when the client would not have sent the request again.
import { describe, expect, it } from '@jest/globals'
import { explainCommonStatus } from '../src/core/failure.js'

describe('explainCommonStatus', () => {
  it('says a 429 was still there after the retries, and advises more, when the request is retried', () => {
    for (const retryable of [true, undefined]) {
      const meaning = explainCommonStatus(429, 'Snyk', retryable)
      expect(meaning.headline).toBe('too many requests, still rate-limited after the retries')
      expect(meaning.fix).toContain('raise the retries input')
    }
  })

  it('does not speak of retries after a 429 to a request that is not sent again', () => {
    const meaning = explainCommonStatus(429, 'SonarQube', false)
    expect(meaning.headline).toBe('too many requests')
    expect(meaning.fix).toBe(
      'try again later (this request is not sent again after an HTTP 429 that names no time to wait, so the retries input does not help). If it persists, spread the jobs that use these SonarQube credentials over time.'
    )
    expect(meaning.fix).not.toContain('raise the retries input')
  })

  it('advises more retries after a 5xx only when the request would be sent again', () => {
    expect(explainCommonStatus(503, 'Wiz', true).fix).toContain('raise the retries input')
    expect(explainCommonStatus(503, 'Wiz', false).fix).toContain(
      'this request is not sent again after an HTTP 503'
    )
    expect(explainCommonStatus(500, 'Wiz').fix).toContain('an HTTP 500 is never retried')
  })
})
