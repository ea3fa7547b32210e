// Compiles the functions every success runs together with their file, instead of pre-parsing each
// with the file and parsing it again in full on its first call.
//
// V8 compiles a function lazily: compiling a file only pre-parses the function's body, and the first
// call parses it again, in full. For the code a step runs, the pre-parse is wasted work. A function
// expression in parentheses is compiled with the code around it (V8's heuristic for functions that
// are called right away), so this step puts in parentheses the functions that every success of the
// benchmark's scenarios runs, and turns each such function declaration into a parenthesised
// expression assigned where the declaration is hoisted to. Functions a success does not run stay
// lazy: compiling them up front would cost what the others save (docs/performance.md).
//
// Which functions those are is recorded in scripts/eager-functions.json, keyed by a hash of each
// function's text in the lazy build, so that the build stays deterministic and a function whose code
// changed simply compiles lazily until the list is recorded again:
//
//   node scripts/eager-functions.js --build    the build step, on ncc's fresh output: keeps
//                                              dist/'s lazy files in build/lazy/, then rewrites
//                                              dist/ from them and the list
//   node scripts/eager-functions.js            rewrites dist/ from build/lazy/ and the list again
//   node scripts/eager-functions.js --record   runs every vendor's success rows against build/lazy/
//                                              under V8 coverage, writes the list, rewrites dist/
//                                              (`npm run profile`, after `npm run build`)
//
// Neither the parentheses nor the move of a declaration to the top of its scope changes what the
// code does (the declaration's binding is set before any statement of the scope runs, as before),
// except what `toString()` prints of a moved declaration, which nothing in the bundle reads; where a
// change could show (two declarations of one name, a `(` that would continue the line before, a
// stack trace's name) the function is left lazy. __tests__/eager-functions.test.ts checks it.
import { parse } from 'acorn'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const LIST = fileURLToPath(new URL('./eager-functions.json', import.meta.url))

/**
 * The key of a function: a hash of its text.
 * @param {string} text
 */
export function functionKey(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * Where each function of a script is (declarations, expressions and arrows, whose ranges are the
 * ones V8's coverage reports; a method's range there starts at its name and matches none of these),
 * and whether it is compiled with its file: in parentheses, as a module function, a listed
 * expression or a moved declaration is.
 * @param {string} source
 * @returns {{ start: number, end: number, eager: boolean }[]}
 */
export function functionRanges(source) {
  /** @type {{ start: number, end: number, eager: boolean }[]} */
  const ranges = []
  const ast = parse(source, {
    ecmaVersion: 'latest',
    allowReturnOutsideFunction: true,
    preserveParens: true
  })
  walkScoped(ast, null, false, (node, parent) => {
    if (!isFunction(node)) return
    ranges.push({
      start: node.start,
      end: node.end,
      eager: parent?.type === 'ParenthesizedExpression'
    })
  })
  return ranges
}

/**
 * The source with every function whose key is in `keys` compiled eagerly: a function expression or
 * arrow put in parentheses, a function declaration moved, as `var name=(function (…){…})`, to the
 * top of the function or script whose body declares it, or as `let` to the top of a block of strict
 * code, and `;` left where it was. Left as they are: methods and accessors; declarations in blocks
 * of sloppy code, or whose name another declaration of the same body takes; an arrow that starts a
 * statement (a `(` there would continue a line that ends without `;`); a function assigned to a
 * property (V8 names it after the property in stack traces only when it is not in parentheses).
 * Keys are taken from the text as given, so a second run changes nothing. What changes is only what
 * `toString()` prints of a moved declaration: it has no name there.
 * @param {string} source
 * @param {ReadonlySet<string>} keys
 * @returns {string}
 */
export function eagerFunctions(source, keys) {
  const ast = parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    // A function already in parentheses is a ParenthesizedExpression's child: it is eager as it is.
    preserveParens: true
  })
  const hot = (/** @type {any} */ node) => keys.has(functionKey(source.slice(node.start, node.end)))
  /** @type {Edit[]} */
  const edits = []
  /** Where expression statements start: a `(` inserted there could call the line before. */
  const statementStarts = new Set()
  walkScoped(ast, null, false, (node, parent, strict) => {
    if (node.type === 'ExpressionStatement') statementStarts.add(node.start)
    if (
      (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') &&
      parent?.type !== 'ParenthesizedExpression' &&
      !isMethod(node, parent) &&
      !statementStarts.has(node.start) &&
      !(parent?.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression') &&
      hot(node)
    ) {
      edits.push({ at: node.start, end: node.start, text: '(' })
      edits.push({ at: node.end, end: node.end, text: ')' })
    }
    // A declaration directly in a function's body (or the script's) is bound for the whole
    // function, as a var is. One in any other block is bound for that block, as a let is, but only
    // in strict code: sloppy code gives it a var of the function as well (web-compatibility rules),
    // so there it stays as it is. ncc's modules are strict.
    const functionBody =
      node.type === 'Program' || (node.type === 'BlockStatement' && isFunction(parent))
    if (!functionBody && !(node.type === 'BlockStatement' && strict)) return
    const all = node.body.filter(
      (/** @type {any} */ statement) => statement.type === 'FunctionDeclaration'
    )
    // Of two declarations of one name the last one wins; moving the first above it would not.
    const once = (/** @type {any} */ declaration) =>
      all.filter((/** @type {any} */ other) => other.id.name === declaration.id.name).length === 1
    const declarations = all.filter(
      (/** @type {any} */ declaration) => once(declaration) && hot(declaration)
    )
    if (!declarations.length) return
    const { at, semicolon } = afterDirectives(node, source)
    edits.push({
      at,
      end: at,
      text: semicolon ? ';' : '',
      hoist: declarations,
      binding: functionBody ? 'var' : 'let'
    })
    for (const declaration of declarations) {
      // `;` where it was, so that the lines around it stay apart (a next line starting with `(`).
      edits.push({ at: declaration.start, end: declaration.end, text: ';', moves: declaration })
      // Where it moves, the function is anonymous: its name inside its own body must stay the
      // binding of the scope (which code may reassign), not a named expression's fixed one. The
      // binding still gives it the same name (`f.name`, stack traces).
      edits.push({ at: declaration.id.start, end: declaration.id.end, text: '', renames: true })
    }
  })
  edits.sort((a, b) => a.at - b.at || Number(!a.hoist) - Number(!b.hoist))
  return render(source, edits, 0, source.length)
}

/**
 * @typedef {{ at: number, end: number, text?: string, hoist?: any[], binding?: string, moves?: any, renames?: boolean }} Edit
 *   text replaces [at, end) (a declaration that `moves` is taken out of its place, or the name of a
 *   declaration that moves, which only applies where it moved to); hoist inserts, at `at`, each
 *   declaration as a `binding` (var or let) of a parenthesised function expression, rendered with
 *   the edits inside it, after its text (a `;` where a directive lacks its own)
 */

/**
 * The text of [start, end) with the edits inside it applied.
 * @param {string} source
 * @param {Edit[]} edits sorted by position
 * @param {number} start
 * @param {number} end
 * @param {any} [moved] the declaration being rendered where it moved to
 * @returns {string}
 */
function render(source, edits, start, end, moved) {
  let out = ''
  let position = start
  for (const edit of edits) {
    // Edits outside the range, inside a declaration taken out (rendered where it moved), the
    // taking out of the declaration being rendered, or an insertion at its very start or end: that
    // belongs to the code around it (the declaration's own begin after its `{`).
    if (edit.at < position || edit.end > end) continue
    const around = edit.at === edit.end && (edit.at === start || edit.at === end)
    if (moved && (edit.moves === moved || around)) continue
    if (edit.renames && !moved) continue
    out += source.slice(position, edit.at)
    if (edit.hoist) {
      out += edit.text
      for (const declaration of edit.hoist) {
        const text = render(source, edits, declaration.start, declaration.end, declaration)
        out += `${edit.binding} ${declaration.id.name}=(${text});`
      }
    } else out += edit.text
    position = edit.end
  }
  return out + source.slice(position, end)
}

/** @param {any} node @param {any} parent */
function isMethod(node, parent) {
  return (
    (parent?.type === 'Property' &&
      (parent.method || parent.kind !== 'init') &&
      parent.value === node) ||
    (parent?.type === 'MethodDefinition' && parent.value === node)
  )
}

/** @param {any} node */
function isFunction(node) {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression'
  )
}

/**
 * Where the statements of a body start: at its first statement (after a script's `#!` line and any
 * comment), or after its directive prologue ("use strict"), with whether the last directive lacks
 * its `;`.
 * @param {any} body with at least one statement
 * @param {string} source
 */
function afterDirectives(body, source) {
  let at = body.body[0].start
  let semicolon = false
  for (const statement of body.body) {
    if (statement.type !== 'ExpressionStatement' || statement.directive === undefined) break
    at = statement.end
    semicolon = !source.slice(statement.start, statement.end).endsWith(';')
  }
  return { at, semicolon }
}

/**
 * Calls `enter` for every node of the tree with its parent and whether the code there is strict.
 * @param {any} node
 * @param {any} parent
 * @param {boolean} strict
 * @param {(node: any, parent: any, strict: boolean) => void} enter
 */
function walkScoped(node, parent, strict, enter) {
  const body = node.type === 'Program' ? node : isFunction(node) ? node.body : undefined
  const here =
    strict ||
    node.type === 'ClassBody' ||
    (body?.body !== undefined &&
      Array.isArray(body.body) &&
      body.body.some((/** @type {any} */ s) => s.directive === 'use strict'))
  enter(node, parent, here)
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) {
        if (child && typeof child.type === 'string') walkScoped(child, node, here, enter)
      }
    } else if (value && typeof value.type === 'string') walkScoped(value, node, here, enter)
  }
}

/**
 * The keys of the functions that every run of a group ran in a file the run loaded, for any group,
 * from V8 coverage (NODE_V8_COVERAGE) of runs of the bundle in `bundleDir`: one directory of
 * coverage per group (the HTTP and the HTTPS successes). A vendor's chunk counts the runs of that
 * vendor; the entry and the publishing chunk, every run of the group. Only function nodes are
 * keyed: methods, class members and a file's own top level have no node of their own here.
 * @param {string[]} coverageDirs
 * @param {string} bundleDir
 * @returns {string[]} sorted
 */
export function everyRunFunctions(coverageDirs, bundleDir) {
  const keys = new Set(coverageDirs.flatMap((dir) => groupFunctions(dir, bundleDir)))
  return [...keys].sort()
}

/**
 * What each run ran in the files of `bundleDir`, from V8 coverage (NODE_V8_COVERAGE): one entry per
 * file a run loaded, with the range (`start:end`) of every function it called.
 * @param {string} coverageDir
 * @param {string} bundleDir
 * @returns {{ path: string, ran: string[] }[]}
 */
export function functionsRun(coverageDir, bundleDir) {
  const loaded = []
  for (const name of readdirSync(coverageDir)) {
    const { result } = JSON.parse(readFileSync(join(coverageDir, name), 'utf8'))
    for (const script of result) {
      if (!script.url.startsWith('file:')) continue
      const path = fileURLToPath(script.url)
      if (dirname(path) !== resolve(bundleDir)) continue
      const ran = []
      for (const fn of script.functions) {
        const [{ startOffset, endOffset, count }] = fn.ranges
        if (count > 0) ran.push(`${startOffset}:${endOffset}`)
      }
      loaded.push({ path, ran })
    }
  }
  return loaded
}

/**
 * @param {string} coverageDir
 * @param {string} bundleDir
 */
function groupFunctions(coverageDir, bundleDir) {
  /** @type {Map<string, { runs: number, counts: Map<string, number> }>} */
  const files = new Map()
  for (const { path, ran } of functionsRun(coverageDir, bundleDir)) {
    const file = files.get(path) ?? { runs: 0, counts: new Map() }
    files.set(path, file)
    file.runs++
    for (const range of ran) file.counts.set(range, (file.counts.get(range) ?? 0) + 1)
  }
  const keys = []
  for (const [path, { runs, counts }] of files) {
    const source = readFileSync(path, 'utf8')
    const functions = new Set(functionRanges(source).map(({ start, end }) => `${start}:${end}`))
    for (const [range, ran] of counts) {
      if (ran !== runs || !functions.has(range)) continue
      const [start, end] = range.split(':').map(Number)
      keys.push(functionKey(source.slice(start, end)))
    }
  }
  return keys
}

/**
 * Rewrites every .js file of `dir` from the lazy files of `lazyDir` and the list.
 * @param {string} lazyDir
 * @param {string} dir
 */
export function applyList(lazyDir, dir) {
  const keys = new Set(JSON.parse(readFileSync(LIST, 'utf8')))
  for (const file of readdirSync(lazyDir).filter((name) => name.endsWith('.js'))) {
    writeFileSync(join(dir, file), eagerFunctions(readFileSync(join(lazyDir, file), 'utf8'), keys))
  }
}

/**
 * Runs every vendor's success rows of the benchmark against the lazy build under V8 coverage and
 * writes the functions every one of them ran.
 * @param {string} lazyDir
 */
async function record(lazyDir) {
  const { scenarios } = await import('./bench-scenarios.js')
  const { localNode, runStep, startSandboxProcess } = await import('./runner.js')
  const node = localNode()
  const sandbox = await startSandboxProcess(node)
  const coverage = mkdtempSync(join(tmpdir(), 'scanner-login-coverage-'))
  try {
    // A row that repeats another's step in another setting (the common case: the headline
    // vendor's HTTPS success trusting the CA through the environment, without ca-cert) is left
    // out: in the HTTPS group it would drop the CA functions every other HTTPS success runs, and
    // as a group of its own, one run, it would make every function of that one run eager.
    const successes = scenarios(sandbox).filter(
      (scenario) =>
        scenario.kind === 'main' && scenario.expect.exitCode === 0 && !scenario.variantOf
    )
    for (const scenario of successes) {
      // One group per transport: a function that every HTTPS success runs (the CA files for later
      // steps) is compiled eagerly although no HTTP success runs it.
      const url = scenario.inputs?.url
      if (!url) throw new Error(`${scenario.name}: a success scenario without a url`)
      const group = join(coverage, new URL(url).protocol.replace(':', ''))
      const run = await runStep({
        inputs: scenario.inputs,
        env: { ...scenario.env, NODE_V8_COVERAGE: group },
        node,
        bundle: join(lazyDir, 'index.js')
      })
      if (run.exitCode !== 0)
        throw new Error(`${scenario.name} failed:\n${run.stdout}${run.stderr}`)
    }
    const groups = readdirSync(coverage).map((group) => join(coverage, group))
    const keys = everyRunFunctions(groups, lazyDir)
    writeFileSync(LIST, `${JSON.stringify(keys, null, 2)}\n`)
    process.stdout.write(`${keys.length} functions from ${successes.length} successes: ${LIST}\n`)
  } finally {
    rmSync(coverage, { recursive: true, force: true })
    sandbox.child.kill()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const dist = join(root, 'dist')
  const lazy = join(root, 'build', 'lazy')
  if (process.argv[2] === '--build') {
    rmSync(lazy, { recursive: true, force: true })
    cpSync(dist, lazy, { recursive: true })
  } else if (!existsSync(join(lazy, 'index.js'))) {
    process.stderr.write('build/lazy/ is missing: run npm run build first\n')
    process.exit(1)
  }
  if (process.argv[2] === '--record') await record(lazy)
  applyList(lazy, dist)
}
