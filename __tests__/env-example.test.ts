// .env.example is what the README's "Running it locally" tells a newcomer to copy: its inputs, and
// the Tenable.sc alternative it holds commented out, must pass against the sandbox it names.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startSandbox } from '../sandbox/index.js'
import { runMain } from './helpers/action.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())

const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')

/** The inputs of the INPUT_ lines, commented out or not, by input name (hyphens kept). */
function inputsOf(lines: readonly string[]): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const line of lines) {
    const match = /^(?:# )?INPUT_([A-Z-]+)=(.*)$/.exec(line)
    if (match) inputs[match[1]!.toLowerCase()] = match[2]!
  }
  return inputs
}

/** The example's addresses are the fixed ports its header starts the sandbox on. */
function atSandbox(inputs: Record<string, string>): Record<string, string> {
  const url = inputs
    .url!.replace('http://127.0.0.1:18080', sandbox.httpUrl)
    .replace('https://localhost:18443', sandbox.httpsLocalhostUrl)
  return { ...inputs, url }
}

describe('.env.example', () => {
  const lines = example.split('\n')
  const alternative = lines.findIndex((line) => line.startsWith('# Tenable.sc with API keys'))

  it('names the sandbox ports its inputs use', () => {
    expect(example).toContain('npm run sandbox -- --http-port 18080 --https-port 18443')
  })

  it('holds inputs that pass against the sandbox', async () => {
    const inputs = inputsOf(lines.filter((line) => !line.startsWith('#')))
    expect(inputs.vendor).toBe('infracast')
    const step = await runMain(atSandbox(inputs))
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
  })

  it('holds a commented-out Tenable.sc alternative that passes against the sandbox', async () => {
    expect(alternative).toBeGreaterThan(0)
    const block = lines.slice(alternative + 1, lines.indexOf('', alternative))
    const inputs = inputsOf(block)
    expect(inputs.vendor).toBe('tenable-sc')
    const step = await runMain(atSandbox(inputs))
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
  })
})
