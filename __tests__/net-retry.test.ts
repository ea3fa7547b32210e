import { describe, expect, it } from '@jest/globals'
import { explainCommonStatus } from '../src/core/failure.js'
import {
  afterNetworkError,
  backoffMs,
  MAX_RETRY_AFTER_MS,
  retryDelayMs,
  retryReason
} from '../src/net/retry.js'

describe('retry timing', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  it.each([
    ['3', 3000],
    ['0', 0],
    ['1.5', 1500],
    ['86400', MAX_RETRY_AFTER_MS],
    [new Date(now + 5000).toUTCString(), 5000],
    [new Date(now - 5000).toUTCString(), 0]
  ])('Retry-After %j waits %d ms, never less', (header, expected) => {
    expect(retryDelayMs(header, 1, now, () => 0)).toBe(expected)
  })

  it('caps a Retry-After wait at the documented 30 s (plus at most 2 s of jitter)', () => {
    // README: "capped at 30 s, and stretched by up to a quarter, at most 2 s". The literal, not the
    // constant: a cap raised in the code would raise the expectation with it.
    expect(MAX_RETRY_AFTER_MS).toBe(30_000)
    expect(retryDelayMs('86400', 1, now, () => 0)).toBe(30_000)
    expect(retryDelayMs('86400', 1, now, () => 1)).toBe(32_000)
    expect(retryDelayMs(new Date(now + 3_600_000).toUTCString(), 1, now, () => 0)).toBe(30_000)
  })

  it('spreads a Retry-After wait by up to a quarter of it, at most 2 s, never shortening it', () => {
    expect(retryDelayMs('1', 1, now, () => 1)).toBe(1250)
    expect(retryDelayMs('20', 1, now, () => 1)).toBe(22_000)
    expect(retryDelayMs('0', 1, now, () => 1)).toBe(0)
    const delays = Array.from({ length: 50 }, () => retryDelayMs('1', 1, now))
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1000)
    expect(Math.max(...delays)).toBeLessThanOrEqual(1250)
    expect(new Set(delays).size).toBeGreaterThan(1)
  })

  it('falls back to exponential backoff with jitter for a missing or unreadable Retry-After', () => {
    for (const header of [undefined, '', 'soon']) {
      const delay = retryDelayMs(header, 2, now)
      expect(delay).toBeGreaterThanOrEqual(500)
      expect(delay).toBeLessThanOrEqual(1000)
    }
    expect([1, 2, 3].map((n) => backoffMs(n, () => 0))).toEqual([250, 500, 1000])
    expect([1, 2, 3].map((n) => backoffMs(n, () => 1))).toEqual([500, 1000, 2000])
    expect(backoffMs(30, () => 1)).toBe(MAX_RETRY_AFTER_MS)
  })
})

describe('which network errors are retried', () => {
  it.each([
    ['ECONNRESET', false, 'retry'],
    ['ECONNRESET', true, 'held-back'],
    ['SCANNER_LOGIN_TIMEOUT', true, 'held-back'],
    ['ECONNREFUSED', true, 'retry'],
    ['EAI_AGAIN', true, 'retry'],
    ['ENOTFOUND', false, 'final'],
    ['CERT_HAS_EXPIRED', false, 'final'],
    ['', false, 'final']
  ])('%s (creates: %s) → %s', (code, creates, expected) => {
    expect(afterNetworkError({ code }, creates)).toBe(expected)
  })

  // A proxy's refusal of CONNECT: the request never left the proxy, so a login may be sent again.
  it.each([
    [429, true, 'retry'],
    [502, true, 'retry'],
    [503, false, 'retry'],
    [504, true, 'retry'],
    [407, false, 'final'],
    [403, true, 'final'],
    [undefined, false, 'final']
  ])('ERR_PROXY_TUNNEL with HTTP %s (creates: %s) → %s', (statusCode, creates, expected) => {
    expect(
      afterNetworkError(
        { code: 'ERR_PROXY_TUNNEL', ...(statusCode ? { statusCode } : {}) },
        creates
      )
    ).toBe(expected)
  })
})

describe('the advice after a 5xx follows what the client retries', () => {
  const fix = (status: number, retryable?: boolean): string =>
    explainCommonStatus(status, 'Scanner', retryable).fix

  it('names the retries input only after a status the client sends a request again for', () => {
    expect(fix(503)).toContain('raise the retries input')
    expect(fix(502, true)).toContain('raise the retries input')
  })

  it('not after a status never retried, when the answer did not say whether it was (a logout)', () => {
    expect(fix(500)).toBe(
      "try again later (an HTTP 500 is never retried, so the retries input does not help). If it persists, check Scanner's status page or ask your administrator."
    )
    expect(fix(501)).not.toContain('raise the retries input')
  })

  it('nor after a retried status to a request that is not sent again (one that creates)', () => {
    expect(fix(502, false)).toContain(
      'this request is not sent again after an HTTP 502, since it may have created something on the server already, so the retries input does not help'
    )
  })
})

describe('the advice after a 429 follows what the client retries', () => {
  it('says it was still there after the retries, and advises more, when the request is retried', () => {
    for (const retryable of [true, undefined]) {
      const meaning = explainCommonStatus(429, 'Snyk', retryable)
      expect(meaning.headline).toBe('too many requests, still rate-limited after the retries')
      expect(meaning.fix).toContain('raise the retries input')
    }
  })

  it('does not speak of retries to a request that is not sent again (one that creates, with no Retry-After)', () => {
    const meaning = explainCommonStatus(429, 'SonarQube', false)
    expect(meaning.headline).toBe('too many requests')
    expect(meaning.fix).toBe(
      'try again later (this request is not sent again after an HTTP 429 that names no time to wait, so the retries input does not help). If it persists, spread the jobs that use these SonarQube credentials over time.'
    )
  })
})

describe('why an attempt is sent again, as the log line says it', () => {
  it("names Node's errors by their code alone: their messages may name a proxy with its password", () => {
    const message = 'connect ECONNREFUSED via http://user:hunter2@proxy.example.com:3128'
    expect(retryReason({ code: 'ECONNREFUSED', message })).toBe('ECONNREFUSED')
    expect(retryReason({ message })).toBe('no answer')
  })

  it('gives our own failures in their own words, and a refused CONNECT its status', () => {
    const timeout = 'no complete answer within 30 s'
    expect(retryReason({ code: 'SCANNER_LOGIN_TIMEOUT', message: timeout })).toBe(timeout)
    expect(
      retryReason({ code: 'ERR_PROXY_TUNNEL', message: 'Failed to tunnel', statusCode: 503 })
    ).toBe('the proxy answered CONNECT with 503')
  })
})
