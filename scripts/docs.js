#!/usr/bin/env node
// Keeps the README's inputs, outputs and faults tables in step with action.yml and the sandbox
// (run: npm run docs). `--check` fails instead of writing, for tests and CI.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { load } from 'js-yaml'
import { FAULTS } from '../sandbox/faults.js'
import { ROOT } from './runner.js'

const cell = (text) => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

function table(header, rows) {
  const columns = header.length
  return [
    `| ${header.join(' | ')} |`,
    `|${'---|'.repeat(columns)}`,
    ...rows.map((row) => `| ${row.join(' | ')} |`)
  ].join('\n')
}

function replaceBlock(readme, name, body) {
  const block = new RegExp(`<!-- start ${name} -->[\\s\\S]*?<!-- end ${name} -->`)
  if (!block.test(readme)) throw new Error(`README.md has no <!-- start ${name} --> block`)
  return readme.replace(block, () => `<!-- start ${name} -->\n${body}\n<!-- end ${name} -->`)
}

export function renderReadme(readme, actionYml) {
  const action = load(actionYml)
  const inputs = Object.entries(action.inputs ?? {}).map(([name, spec]) => [
    `\`${name}\``,
    spec.default === undefined || spec.default === '' ? '' : `\`${spec.default}\``,
    cell(spec.description ?? '')
  ])
  const outputs = Object.entries(action.outputs ?? {}).map(([name, spec]) => [
    `\`${name}\``,
    cell(spec.description ?? '')
  ])
  const faults = Object.entries(FAULTS).map(([name, what]) => [`\`${name}\``, cell(what)])
  let next = replaceBlock(readme, 'inputs', table(['input', 'default', 'description'], inputs))
  next = replaceBlock(next, 'outputs', table(['output', 'description'], outputs))
  return replaceBlock(next, 'faults', table(['fault', 'what it does'], faults))
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  let values
  try {
    ;({ values } = parseArgs({ options: { check: { type: 'boolean', default: false } } }))
  } catch (error) {
    process.stderr.write(`${error.message}\nUsage: node scripts/docs.js [--check]\n`)
    process.exit(2)
  }
  const path = join(ROOT, 'README.md')
  const current = readFileSync(path, 'utf8')
  const next = renderReadme(current, readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  if (values.check) {
    if (next !== current) {
      process.stderr.write('README.md is out of step with action.yml: run npm run docs\n')
      process.exit(1)
    }
  } else if (next !== current) writeFileSync(path, next)
}
