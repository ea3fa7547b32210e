// Finishes dist/ after ncc has built src/bundle.cjs into it:
//   - dist/index.cjs becomes dist/index.js, the file action.yml, the doctor and the tests run;
//   - dist/package.json marks dist/ as CommonJS (the repository's own package.json says "module",
//     which would make Node read the bundle's .js files as ES modules);
//   - dist/post.js, the post step's entry (action.yml runs.post).
// The runner starts both steps with no arguments, and a value saved in state could be forged by an
// earlier step through GITHUB_ENV, so the post step is told apart by its own file: it hands the
// bundle's entry (src/index.ts) the first argument `post`, which the runner never passes.
import { existsSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// An idle post step (no session saved, no ca-cert files written) ends here without reading the
// bundle at all. This is the one place that decides it: STATE_logout is src/runner/state.ts's
// LOGOUT_STATE_KEY, and INPUT_CA-CERT is how the runner hands over the ca-cert input (core's getInput).
export const POST_ENTRY = `// The post step (action.yml runs.post): the bundle's entry, told which step this is, when there
// is anything to do: a session the main step saved, or the ca-cert files to remove.
if ((process.env.STATE_logout ?? '') !== '' || (process.env['INPUT_CA-CERT'] ?? '').trim() !== '') {
  process.argv.splice(2, 0, 'post')
  require('./index.js')
}
`

export const DIST_PACKAGE = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
  if (existsSync(join(dist, 'index.cjs')))
    renameSync(join(dist, 'index.cjs'), join(dist, 'index.js'))
  writeFileSync(join(dist, 'package.json'), DIST_PACKAGE)
  writeFileSync(join(dist, 'post.js'), POST_ENTRY)
}
