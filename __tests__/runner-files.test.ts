// src/runner-files.ts writes outputs, environment and state through @actions/core's file-command
// module instead of core's index. The runner must read exactly what core's own functions give it,
// for any name and value, and core itself must take over when the runner gave no files.
import { afterEach, describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FILE_COMMANDS, runnerFiles } from '../src/runner/runner-files.js'
import { parseEnvFile } from '../scripts/runner.js'

const dir = mkdtempSync(join(tmpdir(), 'scanner-login-runner-files-'))
const saved = { ...process.env }
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
})

const FUNCTIONS = [
  ['setOutput', 'GITHUB_OUTPUT'],
  ['exportVariable', 'GITHUB_ENV'],
  ['saveState', 'GITHUB_STATE']
] as const

/** Runs `write` with the runner's file for `variable` fresh, and returns what the runner reads. */
function entriesOf(variable: string, write: () => void): Record<string, string> {
  const file = join(dir, `${variable}-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, '')
  process.env[variable] = file
  write()
  return parseEnvFile(readFileSync(file, 'utf8'))
}

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,20}$/)
const value = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('a\nb', '\r\n', 'EOF\nx', 'ghadelimiter_x\n', '<<', '')
)

describe('the runner reads what core writes', () => {
  it.each(FUNCTIONS)('%s', (fn, variable) => {
    fc.assert(
      fc.property(name, value, (key, text) => {
        const ours = entriesOf(variable, () => FILE_COMMANDS[fn](key, text))
        const cores = entriesOf(variable, () => core[fn](key, text))
        expect(ours).toEqual(cores)
        // This harness's parser splits lines at CR LF too: a value with a CR is compared with core's only.
        if (!text.includes('\r')) expect(ours).toEqual({ [key]: text })
      }),
      { numRuns: 150 }
    )
  })

  it('exportVariable sets the variable in this process too, as core does', () => {
    entriesOf('GITHUB_ENV', () => FILE_COMMANDS.exportVariable('SCANNER_LOGIN_PROBE', 'v1'))
    expect(process.env.SCANNER_LOGIN_PROBE).toBe('v1')
  })

  it('each entry has a delimiter of its own', () => {
    const file = join(dir, 'delimiters')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    FILE_COMMANDS.setOutput('a', 'x')
    FILE_COMMANDS.setOutput('b', 'y')
    const delimiters = readFileSync(file, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? []
    expect(delimiters).toHaveLength(4)
    expect(new Set(delimiters).size).toBe(2)
  })
})

describe('runnerFiles', () => {
  const files = { GITHUB_OUTPUT: 'o', GITHUB_ENV: 'e', GITHUB_STATE: 's' }

  it('is the file-command module when the runner gave all three files', async () => {
    expect(await runnerFiles(files)).toBe(FILE_COMMANDS)
  })

  it.each(Object.keys(files))('is @actions/core itself without %s', async (missing) => {
    const chosen = await runnerFiles({ ...files, [missing]: '' })
    expect(chosen.setOutput).toBe(core.setOutput)
    expect(chosen.exportVariable).toBe(core.exportVariable)
    expect(chosen.saveState).toBe(core.saveState)
  })
})
