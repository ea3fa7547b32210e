// src/summary-markup.ts builds the job summary's HTML without loading core's summary module. For
// any sequence of the calls the action makes, the text must be byte for byte what core builds.
import { describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import fc from 'fast-check'
import { SummaryMarkup, type SummaryCell } from '../src/runner/summary-markup.js'

const text = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('&#60;', 'a b')
)
const cell: fc.Arbitrary<SummaryCell> = fc.oneof(
  text,
  fc.record({ data: text, header: fc.boolean() }),
  fc.record({ data: text })
)
type Call =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'table'; rows: SummaryCell[][] }
  | { kind: 'raw'; text: string; eol: boolean }
const call: fc.Arbitrary<Call> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), text, level: fc.integer({ min: 0, max: 8 }) }),
  fc.record({
    kind: fc.constant('table' as const),
    rows: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 })
  }),
  fc.record({ kind: fc.constant('raw' as const), text, eol: fc.boolean() })
)

describe('SummaryMarkup', () => {
  it('builds what core.summary builds', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 8 }), (calls) => {
        const ours = new SummaryMarkup()
        core.summary.emptyBuffer()
        for (const c of calls) {
          if (c.kind === 'heading') {
            ours.addHeading(c.text, c.level)
            core.summary.addHeading(c.text, c.level)
          } else if (c.kind === 'table') {
            ours.addTable(c.rows)
            core.summary.addTable(c.rows)
          } else {
            ours.addRaw(c.text, c.eol)
            core.summary.addRaw(c.text, c.eol)
          }
        }
        expect(ours.stringify()).toBe(core.summary.stringify())
        core.summary.emptyBuffer()
      }),
      { numRuns: 300 }
    )
  })
})
