// Minifies the chunks ncc writes next to its entry. ncc's --minify runs terser on the entry file
// alone and leaves every chunk as webpack wrote it: comments, indentation, long local names. Minified
// the way ncc minifies the entry (no compression; names of functions and classes kept, so stack
// traces and `name` read the same), the chunks are 58 % smaller: dist/, which every `uses:` of the
// action downloads, holds 383 KB instead of 836 KB, and the byte budgets of
// __tests__/startup.bundle.test.ts count the same kind of bytes in every file, so code moved out of
// the entry into a chunk no longer reads as twice its size. Start-up gains little, since V8 only
// pre-parses what a step does not run: paired with the build before (200 pairs each), 0.994 on an
// Invicti Platform success over HTTPS, 0.997 over HTTP and 0.997 on a failed validation
// (docs/performance.md).
//
// The build runs this before scripts/eager-modules.js and scripts/eager-functions.js, which put back
// the parentheses that make V8 compile what a step runs with its file (the minifier takes them off).
//
//   node scripts/minify-chunks.js [dir]     rewrites every chunk of dir (default dist/) in place
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { minify } from 'terser'

/** ncc's chunk files: `<id>.index.cjs.js`, as webpack names a chunk of the `index.cjs` entry. */
const CHUNK_FILE = /^\d+\.index\.cjs\.js$/

/**
 * The chunk's source minified with the options ncc gives terser for its entry.
 * @param {string} source
 * @returns {Promise<string>}
 */
async function minifyChunk(source) {
  const result = await minify(source, {
    module: false,
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true }
  })
  if (result.code === undefined) throw new Error('terser returned no code')
  return result.code
}

const dir = process.argv[2] ?? 'dist'
for (const name of readdirSync(dir).filter((file) => CHUNK_FILE.test(file))) {
  const path = join(dir, name)
  writeFileSync(path, await minifyChunk(readFileSync(path, 'utf8')))
}
