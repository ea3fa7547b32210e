// Guards the committed bundle: webpack leaves `webpackMissingModule` stubs that only fail at run
// time when it cannot resolve an import, the start-up path must not carry the HTTP stacks that
// src/deferred/ keeps out of it, the module functions and the functions every success runs are
// compiled with their file (scripts/eager-modules.js, scripts/eager-functions.js), and the post
// step's entry and dist/package.json must be those scripts/finish-dist.js writes.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { bundledPackageDirs, licenceEntry } from './bundle-licenses.js'
import { LIST, eagerFunctions } from './eager-functions.js'
import { eagerModules } from './eager-modules.js'
import { DIST_PACKAGE, POST_ENTRY } from './finish-dist.js'

const entry = readFileSync('dist/index.js', 'utf8')
const problems = []
const eagerKeys = new Set(JSON.parse(readFileSync(LIST, 'utf8')))
if (/llhttp|tunnel-agent|TunnelingAgent/.test(entry)) {
  problems.push('dist/index.js carries undici or tunnel on the start-up path; see src/deferred/')
}
for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
  const source = readFileSync(`dist/${file}`, 'utf8')
  if (source.includes('webpackMissingModule')) {
    problems.push(`dist/${file} contains webpackMissingModule: an import did not resolve`)
  }
  // Nor anywhere else: a namespace import of @actions/core keeps its OIDC client, and with it about
  // 1 MB of undici in a chunk that never runs (src/runner-files.ts imports core's functions by name).
  if (/llhttp_simd|TunnelingAgent/.test(source)) {
    problems.push(`dist/${file} carries undici or tunnel, which the action never runs`)
  }
  if (eagerModules(source) !== source) {
    problems.push(
      `dist/${file} has module functions outside parentheses: run scripts/eager-modules.js`
    )
  }
  if (eagerFunctions(source, eagerKeys) !== source) {
    problems.push(
      `dist/${file} compiles functions of scripts/eager-functions.json lazily: run npm run build`
    )
  }
}
if (!existsSync('dist/post.js') || readFileSync('dist/post.js', 'utf8') !== POST_ENTRY) {
  problems.push('dist/post.js is not the post entry scripts/finish-dist.js writes')
}
if (
  !existsSync('dist/package.json') ||
  readFileSync('dist/package.json', 'utf8') !== DIST_PACKAGE
) {
  problems.push('dist/package.json does not mark dist/ as CommonJS (scripts/finish-dist.js)')
}
// Every package webpack put in the bundle ships its licence (ncc's --license misses some).
if (existsSync('build/ncc-stats.json')) {
  const licences = readFileSync('dist/licenses.txt', 'utf8')
  for (const dir of bundledPackageDirs(JSON.parse(readFileSync('build/ncc-stats.json', 'utf8')))) {
    const { name, text } = licenceEntry(dir)
    if (!licences.includes(`${name}\n`) || !licences.includes(text)) {
      problems.push(`dist/licenses.txt lacks the licence of ${name}, which is in the bundle`)
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
