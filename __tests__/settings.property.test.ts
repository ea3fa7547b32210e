// Invariants of the readers that turn what a user types into settings, for any input:
// - token-lifetime: an accepted value is a whole number of minutes from 5m to 7d, and writing it
//   back in minutes gives the same; every value a refused lifetime's hint tells the user to write
//   is itself accepted, and where the input spelled a duration (2 hours, 1h30), it is that duration;
// - list inputs: what the reader gives, written back as the roles output writes a list (a JSON
//   array), reads as the same list; no entry is empty or has white space around it;
// - closestName: a suggestion is one of the known names, and never one the name already is
//   (case-folded), so "did you mean X?" never names what was typed.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ActionFailure } from '../src/core/failure.js'
import { closestName } from '../src/core/spelling.js'
import { lifetimeHint } from '../src/plan/least-exposure.js'
import { parseSettings, type Settings } from '../src/plan/settings.js'

const RUNS = 1000

/** As the plan reads them once a token-lifetime other than the default loaded least-exposure.ts. */
const lifetime = (value: string): number =>
  parseSettings((name) => (name === 'token-lifetime' ? value : ''), {
    'token-lifetime': lifetimeHint
  })['token-lifetime']

/** The message of a refused token-lifetime, or undefined when it is accepted. */
function refusal(value: string): string | undefined {
  try {
    lifetime(value)
    return undefined
  } catch (error) {
    if (!(error instanceof ActionFailure)) throw error
    return error.message
  }
}

const MIN = 300
const MAX = 7 * 86_400

/** The values a hint tells the user to write: after "write", and the "(or …)" alternatives. */
function suggested(message: string): string[] {
  const [, write, or] =
    /; write (\S+?)(?: for minutes)?(?: \(or ([^)]*)\))?(?: or (?:less|more))?\.$/.exec(message) ??
    []
  if (!write || write === 'm,') return []
  return [write, ...(or ? or.split(', ') : [])]
}

/** Unit words as people write them, with the seconds each stands for. */
const UNITS: [string, number][] = [
  ['m', 60],
  ['min', 60],
  ['mins', 60],
  ['minute', 60],
  ['minutes', 60],
  ['h', 3600],
  ['hr', 3600],
  ['hrs', 3600],
  ['hour', 3600],
  ['hours', 3600],
  ['d', 86_400],
  ['day', 86_400],
  ['days', 86_400],
  ['w', 604_800],
  ['wk', 604_800],
  ['weeks', 604_800]
]
const amount = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 999_999 }))
const space = fc.constantFrom('', ' ', '  ')
const caseOf = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
)

/** A duration as someone might write it, with the seconds it means. */
const spelledDuration = fc.oneof(
  fc
    .tuple(amount, space, fc.constantFrom(...UNITS), caseOf)
    .map(([n, gap, [word, unit], cased]) => [`${n}${gap}${cased(word)}`, n * unit] as const),
  fc
    .tuple(
      amount,
      fc.constantFrom(['h', 3600] as const, ['d', 86_400] as const),
      space,
      amount,
      fc.constantFrom('m', 'h', '')
    )
    .map(([a, [first, unit], gap, b, second]) => {
      const secondUnit = second === 'm' ? 60 : second === 'h' ? 3600 : unit === 3600 ? 60 : 3600
      return [`${a}${first}${gap}${b}${second}`, a * unit + b * secondUnit] as const
    })
)

const secondsOf = (value: string): number => {
  const match = /^(\d+)([mhd])$/.exec(value)
  return match ? Number(match[1]) * { m: 60, h: 3600, d: 86_400 }[match[2] as 'm' | 'h' | 'd'] : NaN
}

describe('token-lifetime', () => {
  it('an accepted value is whole minutes from 5m to 7d, and reads the same written in minutes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          spelledDuration.map(([text]) => text)
        ),
        (value) => {
          if (refusal(value) !== undefined || value.trim() === '') return
          const seconds = lifetime(value)
          expect(seconds % 60).toBe(0)
          expect(seconds).toBeGreaterThanOrEqual(MIN)
          expect(seconds).toBeLessThanOrEqual(MAX)
          expect(lifetime(`${seconds / 60}m`)).toBe(seconds)
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('every value a hint suggests is accepted, and means the duration the input spelled', () => {
    fc.assert(
      fc.property(spelledDuration, ([value, seconds]) => {
        const message = refusal(value)
        if (message === undefined) {
          expect(lifetime(value)).toBe(seconds)
          return
        }
        const shown = suggested(message)
        for (const text of shown) expect(refusal(text)).toBeUndefined()
        // A duration in range gets the one value that means it; one out of range says which side.
        if (seconds >= MIN && seconds <= MAX) expect(shown.map(secondsOf)).toEqual([seconds])
        else
          expect(message).toMatch(
            seconds > MAX ? /longer than the 7-day maximum/ : /shorter than the 5-minute minimum/
          )
      }),
      { numRuns: RUNS }
    )
  })

  it('a number without a unit is told only units that give an accepted lifetime', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const message = refusal(String(n))!
        expect(message).toMatch(/it has no unit/)
        for (const text of suggested(message)) expect(refusal(text)).toBeUndefined()
      }),
      { numRuns: RUNS }
    )
  })

  it('a hint for any text suggests only accepted values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), (value) => {
        const message = refusal(value)
        if (message !== undefined)
          for (const text of suggested(message)) expect(refusal(text)).toBeUndefined()
      }),
      { numRuns: RUNS }
    )
  })
})

const roles = (value: string): Settings['required-roles'] =>
  parseSettings((name) => (name === 'required-roles' ? value : ''))['required-roles']

/** A list as users write one: names, commas, newlines, dashes, brackets, quotes and white space. */
const listText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('Admin', 'Scan Manager', 'a', '-', '- ', ' - ', ',', '\n', '[', ']', '"'),
        fc.constantFrom(' ', '\t', '\r\n', '\u00a0', '--', '- - ', '\\', 'x,y')
      ),
      { maxLength: 10 }
    )
    .map((parts) => parts.join('')),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }).map((entries) => JSON.stringify(entries))
)

describe('list inputs', () => {
  it('read back from the roles output (a JSON array) as the same list; no entry empty or padded', () => {
    fc.assert(
      fc.property(listText, (value) => {
        let list: string[]
        try {
          list = roles(value)
        } catch (error) {
          if (!(error instanceof ActionFailure)) throw error
          return
        }
        for (const entry of list) expect(entry).toBe(entry.trim())
        for (const entry of list) expect(entry).not.toBe('')
        expect(new Set(list).size).toBe(list.length)
        if (list.length) expect(roles(JSON.stringify(list))).toEqual(list)
      }),
      { numRuns: RUNS }
    )
  })
})

describe('closestName', () => {
  const name = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      'Scan Manager',
      'scan-manager',
      'SCAN MANAGER',
      'Admin',
      'admin ',
      'Ädmin',
      'İ',
      'i'
    )
  )
  it('suggests one of the known names, never one the name already is', () => {
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 6 }), (given, known) => {
        const meant = closestName(given, known)
        if (meant === undefined) return
        expect(known).toContain(meant)
        // Callers ask only for a name that is none of the known ones (case-folded), and then the
        // suggestion must differ from what was typed.
        if (!known.some((k) => k.trim().toLowerCase() === given.trim().toLowerCase()))
          expect(meant.trim().toLowerCase()).not.toBe(given.trim().toLowerCase())
      }),
      { numRuns: RUNS }
    )
  })
})
