// Minifies the chunks ncc writes next to its entry. ncc's --minify runs terser on the entry file
// alone and leaves every chunk as webpack wrote it: comments, indentation, long local names. A step
// reads its vendor's chunk and, on a success, the publishing chunk, and V8 reads every byte of each
// to compile it (a function it does not run is still pre-parsed to find its end), so a chunk's bytes
// cost start-up as the entry's do. Minified the way ncc minifies the entry (no compression, names of
// functions and classes kept, so stack traces and `name` read the same), the chunks are 58 % smaller
// and an Invicti Platform success, HTTP or HTTPS, and a failed validation each measured 0.99 of the
// build before (100 pairs each; docs/performance.md).
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
