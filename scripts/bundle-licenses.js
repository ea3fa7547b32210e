#!/usr/bin/env node
// Writes dist/licenses.txt from the packages that are really in the bundle, as listed by ncc's
// webpack stats (ncc build --stats-out). ncc's own --license output misses every package whose
// modules webpack concatenated into one scope (ESM packages such as @actions/core) and those only
// reachable from lazily loaded chunks, so it cannot be trusted to list what dist/ ships.
//   node scripts/bundle-licenses.js <stats.json> [dist/licenses.txt]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Package directories (relative to the root) of every module named in the stats. */
export function bundledPackageDirs(stats) {
  const dirs = new Set()
  const visit = (modules) => {
    for (const module of modules ?? []) {
      // A concatenated module is named after its first member and lists the others in .modules.
      const name = String(module.name ?? '').replace(/ \+ \d+ modules?$/, '')
      const match = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(name)
      if (match?.[1]) dirs.add(match[1])
      visit(module.modules)
    }
  }
  visit(stats.modules)
  for (const chunk of stats.chunks ?? []) visit(chunk.modules)
  return [...dirs].sort()
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i

/** One entry per package: its name, SPDX licence and licence text, or why it has none. */
export function licenceEntry(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const file = readdirSync(packageDir).find((entry) => LICENCE_FILE.test(entry))
  return {
    name: manifest.name,
    version: manifest.version,
    license: typeof manifest.license === 'string' ? manifest.license : '',
    text: file ? readFileSync(join(packageDir, file), 'utf8').trim() : ''
  }
}

/** ncc's format: name, licence, text, blank line; one entry per package name and version. */
export function renderLicences(entries) {
  const seen = new Set()
  const unique = entries
    .filter((entry) => {
      const key = `${entry.name}@${entry.version}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
  return unique.map((entry) => `${entry.name}\n${entry.license}\n${entry.text}\n`).join('\n')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [statsPath, outPath = join(ROOT, 'dist', 'licenses.txt')] = process.argv.slice(2)
  if (!statsPath || !existsSync(statsPath)) {
    process.stderr.write('Usage: node scripts/bundle-licenses.js <ncc stats.json> [licenses.txt]\n')
    process.exit(2)
  }
  const stats = JSON.parse(readFileSync(statsPath, 'utf8'))
  const entries = bundledPackageDirs(stats).map((dir) => licenceEntry(join(ROOT, dir)))
  const missing = entries.filter((entry) => !entry.text || !entry.license)
  if (missing.length) {
    process.stderr.write(
      `No licence text or licence field for: ${missing.map((e) => e.name).join(', ')}\n`
    )
    process.exit(1)
  }
  writeFileSync(outPath, renderLicences(entries))
}
