// Wraps each module function of ncc's output in parentheses, so that V8 compiles it when it compiles
// the file rather than on its first call. ncc's unminified chunks already come so; its minifier takes
// the parentheses off dist/index.js, the file every step reads.
//
// V8 compiles a function lazily: the file's compile only pre-parses its body, and the first call
// parses it again in full. ncc writes every module as a function in a table (`{2414:(e,t,n)=>{…}}`);
// a step requires most modules of each file it reads, so each body was parsed twice. V8 compiles a
// parenthesised function expression at once (its heuristic for functions that are called right
// away). Parentheses around a function expression never change what it does, so the rewrite is
// safe for any function it touches. Measured on the CommonJS bundle, paired run by run (60 pairs,
// wall): a failed validation 0.96, an HTTP and an HTTPS success 0.98 (docs/performance.md).
//
//   node scripts/eager-modules.js [dir]     rewrites every .js file of dir (default dist/) in place
import { parse } from 'acorn'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The source with every module function of its module tables in parentheses. A module table is an
 * object literal whose every property has a number as key and a function expression as value; the
 * few tables of our own of that shape (answers by HTTP status) get the same, harmless, treatment.
 * @param {string} source a CommonJS file ncc wrote
 * @returns {string}
 */
export function eagerModules(source) {
  const ast = parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    // A function already in parentheses is a ParenthesizedExpression, not a module function: a
    // second run changes nothing.
    preserveParens: true
  })
  /** @type {{ at: number, text: string }[]} */
  const inserts = []
  visit(ast, (node) => {
    if (!isModuleTable(node)) return
    for (const { value } of node.properties) {
      inserts.push({ at: value.start, text: '(' }, { at: value.end, text: ')' })
    }
  })
  // Insert from the end, so every offset still to come stays valid.
  inserts.sort((a, b) => b.at - a.at)
  let result = source
  for (const { at, text } of inserts) result = result.slice(0, at) + text + result.slice(at)
  return result
}

/** @param {any} node */
function isModuleTable(node) {
  return (
    node.type === 'ObjectExpression' &&
    node.properties.length > 0 &&
    node.properties.every(
      (/** @type {any} */ property) =>
        property.type === 'Property' &&
        property.kind === 'init' &&
        !property.method &&
        !property.shorthand &&
        property.key.type === 'Literal' &&
        typeof property.key.value === 'number' &&
        (property.value.type === 'ArrowFunctionExpression' ||
          property.value.type === 'FunctionExpression')
    )
  )
}

/**
 * Calls `enter` for every node of the tree.
 * @param {any} node
 * @param {(node: any) => void} enter
 */
function visit(node, enter) {
  enter(node)
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') visit(child, enter)
    } else if (value && typeof value.type === 'string') visit(value, enter)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist'
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const path = join(dir, file)
    writeFileSync(path, eagerModules(readFileSync(path, 'utf8')))
  }
}
