#!/usr/bin/env node
// Keeps the README's inputs, outputs and faults tables in step with action.yml and the sandbox, and
// its per-vendor sections in step with docs/vendors/<id>.md, in the registry's order (run: npm run
// docs). `--check` fails instead of writing, for tests and CI.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
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

/** Vendor ids in the order src/vendors/index.ts registers them (the README follows that order). */
export function registryOrder(
  registrySource = readFileSync(join(ROOT, 'src', 'vendors', 'index.ts'), 'utf8')
) {
  const block = /const REGISTRY[^{]*{([\s\S]*?)\n}/.exec(registrySource)?.[1] ?? ''
  return [...block.matchAll(/^ {2}'?([a-z0-9-]+)'?: \{/gm)].map((match) => match[1])
}

/** Each vendor's README section, from docs/vendors/<id>.md, in registry order. */
export function vendorSections(dir = join(ROOT, 'docs', 'vendors'), order = registryOrder()) {
  const files = new Set(readdirSync(dir).filter((name) => name.endsWith('.md')))
  const missing = order.filter((id) => !files.has(`${id}.md`))
  const unknown = [...files].filter((name) => !order.includes(name.replace(/\.md$/, '')))
  if (missing.length || unknown.length) {
    throw new Error(
      `docs/vendors/ must hold one section per registered vendor; missing: ${missing.join(', ') || 'none'}; not registered: ${unknown.join(', ') || 'none'}`
    )
  }
  return order.map((id) => readFileSync(join(dir, `${id}.md`), 'utf8').trim()).join('\n\n')
}

export function renderReadme(readme, actionYml, vendors = vendorSections()) {
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
  next = replaceBlock(next, 'vendors', vendors)
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
