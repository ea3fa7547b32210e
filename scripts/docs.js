#!/usr/bin/env node
// Keeps the README's inputs and outputs tables in step with action.yml (run: npm run docs).
// `--check` fails instead of writing, for tests.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAULTS } from '../sandbox/faults.js'
import { ROOT } from './runner.js'

export function renderReadme(readme, actionYml) {
  const section = (name) => {
    const match = new RegExp(`^${name}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(actionYml)
    const entries = []
    let current
    let inDescription = false
    for (const line of (match?.[1] ?? '').split('\n')) {
      const key = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
      if (key) {
        current = { name: key[1], description: '', default: '' }
        entries.push(current)
        inDescription = false
        continue
      }
      const field = /^ {4}(description|default):\s*(.*)$/.exec(line)
      if (field && current) {
        inDescription = field[1] === 'description' && field[2] === '>'
        if (field[1] === 'description' && !inDescription) current.description = field[2]
        if (field[1] === 'default') current.default = field[2].replace(/^'(.*)'$/, '$1')
        continue
      }
      if (/^ {4}\S/.test(line)) inDescription = false
      else if (inDescription && current)
        current.description += `${current.description ? ' ' : ''}${line.trim()}`
    }
    return entries
  }
  const cell = (text) => text.replace(/\|/g, '\\|')
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...section('inputs').map(
      (i) => `| \`${i.name}\` | ${i.default ? `\`${i.default}\`` : ''} | ${cell(i.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...section('outputs').map((o) => `| \`${o.name}\` | ${cell(o.description)} |`)
  ].join('\n')
  const faults = [
    '| fault | what it does |',
    '|---|---|',
    ...Object.entries(FAULTS).map(([n, d]) => `| \`${n}\` | ${cell(d)} |`)
  ].join('\n')
  return readme
    .replace(
      /<!-- start inputs -->[\s\S]*?<!-- end inputs -->/,
      `<!-- start inputs -->\n${inputs}\n<!-- end inputs -->`
    )
    .replace(
      /<!-- start outputs -->[\s\S]*?<!-- end outputs -->/,
      `<!-- start outputs -->\n${outputs}\n<!-- end outputs -->`
    )
    .replace(
      /<!-- start faults -->[\s\S]*?<!-- end faults -->/,
      `<!-- start faults -->\n${faults}\n<!-- end faults -->`
    )
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const path = join(ROOT, 'README.md')
  const current = readFileSync(path, 'utf8')
  const next = renderReadme(current, readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write('README.md is out of step with action.yml: run npm run docs\n')
      process.exit(1)
    }
  } else writeFileSync(path, next)
}
