import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { INPUT_NAMES } from '../src/inputs.js'
import { readActionInputs } from '../scripts/runner.js'
import { renderReadme } from '../scripts/docs.js'

const actionYml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
const action = load(actionYml) as {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, unknown>
  runs: Record<string, string>
}

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, and runs main and post on the node24 bundle', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES])
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()'
    })
  })

  it('declares every output of the contract', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'vendor',
      'url',
      'user-id',
      'username',
      'display-name',
      'email',
      'roles',
      'permissions',
      'organization',
      'identity',
      'auth-header',
      'token',
      'cookie',
      'expires-at',
      'ca-bundle'
    ])
  })

  it('is read by the runner emulation exactly as a YAML parser reads it', () => {
    const parsed = readActionInputs(actionYml)
    for (const [name, input] of Object.entries(action.inputs)) {
      expect({ name, default: parsed[name]?.default }).toEqual({ name, default: input.default })
    }
  })
})

describe('README', () => {
  it('is in step with action.yml (npm run docs)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(renderReadme(readme, actionYml)).toBe(readme)
  })

  it('opens with the demo and test commands', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(readme.split('\n').slice(0, 5).join('\n')).toMatch(/npm run demo[\s\S]*npm test/)
  })
})
