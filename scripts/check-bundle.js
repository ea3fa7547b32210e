// Guards the committed bundle: webpack leaves `webpackMissingModule` stubs that only fail at run
// time when it cannot resolve an import, and the start-up path must not carry the HTTP stacks that
// src/deferred/ keeps out of it.
import { readFileSync, readdirSync } from 'node:fs'

const entry = readFileSync('dist/index.js', 'utf8')
const problems = []
for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
  if (readFileSync(`dist/${file}`, 'utf8').includes('webpackMissingModule')) {
    problems.push(`dist/${file} contains webpackMissingModule: an import did not resolve`)
  }
}
if (/llhttp|tunnel-agent|TunnelingAgent/.test(entry)) {
  problems.push('dist/index.js carries undici or tunnel on the start-up path; see src/deferred/')
}
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
