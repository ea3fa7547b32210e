// What every vendor's mint() shares: the run-specific name, the lifetime's end, SonarQube's whole
// days, and the lifetime input's grammar.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { durationText, mintedName, roundUpToUtcDay } from '../src/kit/mint.js'
import { parseSettings } from '../src/plan/settings.js'
import { lifetimeHint } from '../src/plan/least-exposure.js'

// As the plan reads them once a token-lifetime other than the default loaded least-exposure.ts.
const settingsWith = (values: Record<string, string>) =>
  parseSettings((name) => values[name] ?? '', { 'token-lifetime': lifetimeHint })

describe('mintedName', () => {
  it('names the repository, run, attempt, job and step', () => {
    expect(
      mintedName(100, {
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '3',
        GITHUB_JOB: 'scan',
        GITHUB_ACTION: '__acme_scanner-login'
      })
    ).toMatch(/^scanner-login-app-42-3-scan-__acme_scanner-login-[a-z0-9]{8}$/)
  })

  it('differs between the legs of a matrix, which share every run name', () => {
    const env = { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'scan' }
    const names = new Set(Array.from({ length: 50 }, () => mintedName(100, env)))
    expect(names.size).toBe(50)
  })

  it('is unique outside a workflow (the doctor)', () => {
    const names = new Set(Array.from({ length: 50 }, () => mintedName(100, {})))
    expect(names.size).toBe(50)
    for (const name of names) expect(name).toMatch(/^scanner-login-local-/)
  })

  it('whatever the environment holds, stays within its length and safe characters, keeping the run-specific end', () => {
    fc.assert(
      fc.property(
        fc.record({
          GITHUB_REPOSITORY: fc.string({ maxLength: 200 }),
          GITHUB_RUN_ID: fc.stringMatching(/^[0-9]{1,12}$/),
          GITHUB_RUN_ATTEMPT: fc.string({ maxLength: 5 }),
          GITHUB_JOB: fc.string({ maxLength: 200 }),
          GITHUB_ACTION: fc.string({ minLength: 1, maxLength: 200 })
        }),
        fc.integer({ min: 40, max: 100 }),
        (env, max) => {
          const name = mintedName(max, env)
          expect(name.length).toBeLessThanOrEqual(max)
          expect(name).toMatch(/^scanner-login-[A-Za-z0-9._-]*-[a-z0-9]{8}$/)
        }
      )
    )
  })
})

describe('roundUpToUtcDay', () => {
  it.each([
    ['2026-12-06T18:30:00.000Z', '2026-12-07'],
    ['2026-12-06T00:00:00.001Z', '2026-12-07'],
    ['2026-12-07T00:00:00.000Z', '2026-12-07'],
    ['2026-12-31T23:59:59.000Z', '2027-01-01']
  ])('%s → %s', (time, day) => {
    expect(roundUpToUtcDay(Date.parse(time))).toBe(day)
  })
})

describe('token-lifetime', () => {
  it.each([
    ['', 6 * 3600],
    ['30m', 1800],
    ['6h', 21_600],
    ['2D', 172_800],
    ['7d', 604_800],
    ['5m', 300]
  ])('%j is %i seconds', (value, seconds) => {
    expect(settingsWith({ 'token-lifetime': value })['token-lifetime']).toBe(seconds)
  })

  it.each(['8d', '4m', '1.5h', '6 hours', 'PT6H', '0h', '99999999d'])('%j is refused', (value) => {
    expect(() => settingsWith({ 'token-lifetime': value })).toThrow(
      /The token-lifetime input must be a whole number of minutes, hours or days/
    )
  })

  it.each([
    [
      '8d',
      'that is longer than the 7-day maximum (a minted credential lives at most a week); write 7d or less'
    ],
    ['169h', 'that is longer than the 7-day maximum'],
    ['4m', 'that is shorter than the 5-minute minimum; write 5m or more'],
    ['0h', 'that is shorter than the 5-minute minimum'],
    // Only the units that give an accepted lifetime: 90d and 2000h are past the maximum.
    ['90', 'it has no unit; write 90m for minutes (or 90h)'],
    ['8', 'it has no unit; write 8m for minutes (or 8h)'],
    ['2000', 'it has no unit; write 2000m for minutes'],
    ['0', 'it has no unit; write m, h or d after the number (5m to 7d)'],
    ['1 hour', 'the unit is one letter, m, h or d; write 1h'],
    ['6 hours', 'the unit is one letter, m, h or d; write 6h'],
    ['30min', 'the unit is one letter, m, h or d; write 30m'],
    ['2 days', 'the unit is one letter, m, h or d; write 2d'],
    ['1w', 'the unit is one letter, m, h or d; write 7d'],
    ['2 weeks', 'the unit is one letter, m, h or d, and longer than the 7-day maximum'],
    ['1h30m', 'it takes one unit; write 90m'],
    ['1d12h', 'it takes one unit; write 36h'],
    // At the bounds: 5 minutes is allowed, so a bare 5 is minutes to write.
    ['5', 'it has no unit; write 5m for minutes (or 5h, 5d)'],
    ['5 min', 'the unit is one letter, m, h or d; write 5m'],
    ['100000', 'it has no unit; write m, h or d after the number (5m to 7d)'],
    // Spellings as people write them: whole words, abbreviations, capitals, a space between units.
    ['45 minutes', 'the unit is one letter, m, h or d; write 45m'],
    ['2 hrs', 'the unit is one letter, m, h or d; write 2h'],
    ['1 wk', 'the unit is one letter, m, h or d; write 7d'],
    ['2 Days', 'the unit is one letter, m, h or d; write 2d'],
    ['1h 30m', 'it takes one unit; write 90m'],
    ['1H30M', 'it takes one unit; write 90m'],
    // The second unit left off, as on a clock.
    ['1h30', 'it takes one unit; write 90m'],
    ['1d12', 'it takes one unit; write 36h']
  ])('%j says what is wrong with it: %s', (value, hint) => {
    expect(() => settingsWith({ 'token-lifetime': value })).toThrow(
      `The token-lifetime input must be a whole number of minutes, hours or days such as 30m, 6h or 2d, from 5m to 7d, not "${value}": ${hint}`
    )
  })

  it.each(['1.5h', 'PT6H', 'six hours'])('%j gets the grammar alone', (value) => {
    expect(() => settingsWith({ 'token-lifetime': value })).toThrow(
      new RegExp(`from 5m to 7d, not "${value}"\\.?$`, 'm')
    )
  })

  it('says durations in words', () => {
    expect(durationText(6 * 3600)).toBe('6 h')
    expect(durationText(30 * 60)).toBe('30 min')
    expect(durationText(2 * 86_400 + 3 * 3600)).toBe('2 d 3 h')
  })

  it('rounds up to whole minutes before splitting, so no part reads 60', () => {
    expect(durationText(3599)).toBe('1 h')
    expect(durationText(7199)).toBe('2 h')
    expect(durationText(86_399)).toBe('1 d')
    expect(durationText(3601)).toBe('1 h 1 min')
    expect(durationText(30)).toBe('1 min')
  })
})
