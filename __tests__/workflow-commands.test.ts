// src/workflow-commands.ts stands in for a few of @actions/core's functions on the start-up path. Each
// must write exactly what core's own function writes, for any text: the `::command::` escaping is what
// keeps a message to one command, so a difference here would be a hole, not a style change.
import { afterEach, describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import fc from 'fast-check'
import fs from 'node:fs'
import * as commands from '../src/runner/workflow-commands.js'
import { stdoutOf } from './helpers/stdout.js'

// Any text, including what the escaping exists for: %, CR, LF, `::` and the escapes themselves.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.constantFrom('%', '\r', '\n', '::', '%25', '%0A', '::error::', 'a', ' ', '\u2028'), {
      maxLength: 12
    })
    .map((parts) => parts.join(''))
)

const PAIRS: [string, (message: string) => void, (message: string) => void][] = [
  ['setSecret', core.setSecret, commands.setSecret],
  ['info', core.info, commands.info],
  ['debug', core.debug, commands.debug],
  ['warning', (message) => core.warning(message), commands.warning],
  ['setFailed', core.setFailed, commands.setFailed]
]

afterEach(() => {
  process.exitCode = 0
})

describe('the stdout commands are core’s, byte for byte', () => {
  it.each(PAIRS)('%s', (_name, coreFunction, ours) => {
    fc.assert(
      fc.property(text, (message) => {
        process.exitCode = 0
        const expected = stdoutOf(() => coreFunction(message))
        const expectedExitCode = process.exitCode
        process.exitCode = 0
        expect(stdoutOf(() => ours(message))).toBe(expected)
        expect(process.exitCode).toBe(expectedExitCode)
        process.exitCode = 0
      }),
      { numRuns: 300 }
    )
  })
})

describe('inputs and state are read as core reads them', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  })

  it('getInput: INPUT_<NAME> with spaces as _, upper-cased, trimmed; empty when absent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('api-key', 'ca-cert', 'required roles', 'Vendor'),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        (name, value) => {
          const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
          if (value === undefined) delete process.env[key]
          else process.env[key] = value
          expect(commands.getInput(name)).toBe(core.getInput(name))
        }
      )
    )
  })

  it('getState: STATE_<name> as is; empty when absent', () => {
    process.env.STATE_logout = ' {"a":1} '
    expect(commands.getState('logout')).toBe(core.getState('logout'))
    delete process.env.STATE_logout
    expect(commands.getState('logout')).toBe('')
  })
})

describe('writing to file descriptor 1', () => {
  it('writes every byte of a long line, multi-byte characters included', () => {
    const line = 'é€𝄞'.repeat(50_000)
    expect(stdoutOf(() => commands.info(line))).toBe(`${line}\n`)
  })

  it('finishes a line that the pipe takes a few bytes at a time, splitting characters', () => {
    const line = 'é€𝄞 ::x %0A'.repeat(20)
    const received: Buffer[] = []
    const writeSync = fs.writeSync
    fs.writeSync = ((fd: number, data: Buffer, ...rest: unknown[]) => {
      if (fd !== 1) return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest)
      const taken = data.subarray(0, 7)
      received.push(Buffer.from(taken))
      return taken.length
    }) as typeof fs.writeSync
    try {
      commands.warning(line)
    } finally {
      fs.writeSync = writeSync
    }
    expect(received.length).toBeGreaterThan(10)
    expect(Buffer.concat(received).toString('utf8')).toBe(
      `::warning::${line.replace(/%/g, '%25')}\n`
    )
  })
})

/** Calls endStep with process.exit recorded instead of run, and lets the event loop turn twice. */
async function exitsAfterEndStep(): Promise<number> {
  const exit = process.exit
  let exits = 0
  process.exit = (() => {
    exits++
  }) as typeof process.exit
  try {
    commands.endStep()
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve))
  } finally {
    process.exit = exit
  }
  return exits
}

describe('endStep', () => {
  it('ends the process on the next turn of the event loop when every line went out directly', async () => {
    expect(await exitsAfterEndStep()).toBe(1)
  })
})

describe('a pipe that refuses a write', () => {
  // Runs last: from the refusal on, this module instance writes through process.stdout for good.
  it('finishes the line through process.stdout, and keeps every later line there, in order', () => {
    const written: string[] = []
    const streamWrite = process.stdout.write.bind(process.stdout)
    const writeSync = fs.writeSync
    let directWrites = 0
    fs.writeSync = ((fd: number, data: Buffer, ...rest: unknown[]) => {
      if (fd !== 1) return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest)
      directWrites++
      if (directWrites === 1) {
        // A partial write first, then EAGAIN, as a full non-blocking pipe answers.
        written.push(data.subarray(0, 3).toString('utf8'))
        return 3
      }
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), {
        code: 'EAGAIN'
      })
    }) as typeof fs.writeSync
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(Buffer.from(chunk).toString('utf8'))
      return true
    }) as typeof process.stdout.write
    try {
      commands.info('first line')
      commands.warning('second')
    } finally {
      fs.writeSync = writeSync
      process.stdout.write = streamWrite
    }
    expect(written.join('')).toBe('first line\n::warning::second\n')
    expect(directWrites).toBe(2)
  })

  it('then leaves the process to end by itself, so that lines queued on process.stdout are written', async () => {
    expect(await exitsAfterEndStep()).toBe(0)
  })
})
