// scripts/eager-functions.js: the build step that compiles the functions every success runs together
// with their file (parentheses around an expression, a declaration moved to the top of its scope).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { LIST, eagerFunctions, functionKey, functionRanges } from '../scripts/eager-functions.js'

/** The keys of the functions of `source` whose text starts with one of `starts`. */
function keysOf(source: string, ...starts: string[]): Set<string> {
  const texts = functionRanges(source).map(({ start, end }) => source.slice(start, end))
  return new Set(texts.filter((text) => starts.some((s) => text.startsWith(s))).map(functionKey))
}

const run = (code: string): unknown => runInNewContext(`var out;${code};out`)

describe('eagerFunctions', () => {
  it('puts a listed expression or arrow in parentheses and leaves the others alone', () => {
    const source = 'a(()=>1);b(function(){return 2});c(x=>x);d((()=>3))'
    expect(eagerFunctions(source, keysOf(source, '()=>1', 'function(){return 2}', '()=>3'))).toBe(
      'a((()=>1));b((function(){return 2}));c(x=>x);d((()=>3))'
    )
  })

  it('moves a listed declaration to the top of its function, after the directives, as a var', () => {
    const source = 'function o(){"use strict";g();function g(){return h()}function h(){}}'
    expect(eagerFunctions(source, keysOf(source, 'function g', 'function o'))).toBe(
      'var o=(function (){"use strict";var g=(function (){return h()});g();;function h(){}});;'
    )
  })

  it('moves a declaration in a block of strict code to the top of the block as a let, and keeps one in sloppy code', () => {
    const strict = '"use strict";try{f()\nfunction f(){}}catch{}'
    expect(eagerFunctions(strict, keysOf(strict, 'function f'))).toBe(
      '"use strict";try{let f=(function (){});f()\n;}catch{}'
    )
    const sloppy = 'try{f();function f(){}}catch{}'
    expect(eagerFunctions(sloppy, keysOf(sloppy, 'function f'))).toBe(sloppy)
  })

  it('keeps a moved function’s name, and its name inside it the binding code may reassign', () => {
    const source =
      '"use strict";function o(){const name=g.name;const first=g();return [first,g,name,h()]\n' +
      'function g(){g=7;return 1}function h(){return new Error().stack.split("\\n")[1].trim().split(" ")[1]}}' +
      'out=o()'
    const keys = keysOf(source, 'function g', 'function h')
    expect(eagerFunctions(source, keys)).toContain('var g=(function (){g=7;return 1})')
    expect(run(eagerFunctions(source, keys))).toEqual(run(source))
    expect(run(source)).toEqual([1, 7, 'g', 'h'])
  })

  it('keeps two declarations of one name where they are: the last one wins', () => {
    const source = 'function o(){return f();function f(){return 1}function f(){return 2}}out=o()'
    expect(eagerFunctions(source, keysOf(source, 'function f(){return 1}'))).toBe(source)
  })

  it('keeps the lines around a moved declaration apart', () => {
    // Without the `;` left in its place, `var c=b` and `(0)` would join into a call.
    const source =
      'function o(){var b=function(){return 5}\nvar c=b\nfunction f(){}\n(0)\nreturn c}out=typeof o()'
    const eager = eagerFunctions(source, keysOf(source, 'function f'))
    expect(eager).toContain('var c=b\n;\n(0)')
    expect(run(eager)).toBe('function')
  })

  it('moves a declaration after a directive without `;`, and after a `#!` line', () => {
    const directive = 'function o(){"use strict"\nreturn f();function f(){return 3}}out=o()'
    expect(eagerFunctions(directive, keysOf(directive, 'function f'))).toBe(
      'function o(){"use strict";var f=(function (){return 3});\nreturn f();;}out=o()'
    )
    const hashbang = '#!/usr/bin/env node\nfunction f(){return 4}out=f()'
    expect(eagerFunctions(hashbang, keysOf(hashbang, 'function f'))).toBe(
      '#!/usr/bin/env node\nvar f=(function (){return 4});;out=f()'
    )
  })

  it('leaves an arrow that starts a statement and a function assigned to a property lazy', () => {
    // `(x=>x)` on its own line would call the function on the line before; V8 names a function
    // assigned to `p.x` after the property in stack traces only when it is not in parentheses.
    const source =
      'function o(){var c=function(){return 5}\nx=>x\nreturn c}var p={};p.x=function(){}'
    expect(eagerFunctions(source, keysOf(source, 'x=>x', 'function(){}'))).toBe(source)
  })

  it('leaves methods and accessors as they are, and puts a listed class field’s arrow in parentheses', () => {
    const source =
      'var o={m(){return 1},get g(){return 2},p:function(){return 3}};class C{k(){return 4};f=()=>5}'
    expect(
      eagerFunctions(
        source,
        keysOf(
          source,
          '(){return 1}',
          '(){return 2}',
          'function(){return 3}',
          '(){return 4}',
          '()=>5'
        )
      )
    ).toBe(
      'var o={m(){return 1},get g(){return 2},p:(function(){return 3})};class C{k(){return 4};f=(()=>5)}'
    )
  })

  it('changes nothing the second time', () => {
    const source = 'function o(){a(()=>1);function g(){return()=>2}return g}'
    const keys = keysOf(source, 'function', '()')
    const once = eagerFunctions(source, keys)
    expect(once).not.toBe(source)
    expect(eagerFunctions(once, keys)).toBe(once)
  })

  it('never changes what the code computes', () => {
    // Declarations called before they appear, calling each other and themselves, two of one name,
    // in the body of a function and in a block, in strict and sloppy code, with and without `;` at
    // the ends of lines (the next line may start with `(`); expressions and arrows beside them, one
    // starting a line.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
        (constants, strict, semicolons, twice, chosen) => {
          const n = constants.length
          const end = semicolons ? ';\n' : '\n'
          const declarations = constants.map(
            (c, i) =>
              `function f${i}(x,d){return d>0?f${i}(x+(${c}),d-1)+${i + 1 < n ? `f${i + 1}(x,0)` : 0}:x*(${c})}\n(r.push(${i}))${end}`
          )
          if (twice) declarations.push(`function f0(x){return x-(${constants[0]})}${end}`)
          const source = [
            `function outer(){${strict ? `"use strict"${end}` : ''}const r=[]${end}`,
            `var c=function(){return 5}${end}x=>x${end}r.push(f0(1,2))${end}`,
            declarations.join(''),
            `{r.push(b0(3))${end}function b0(y){return y+f${n - 1}(y,1)}}${end}`,
            `const a=(z)=>z+f0(z,1)${end}r.push(a(4),(function(w){return f0(w,0)})(5),typeof c)${end}`,
            'return r}out=outer()'
          ].join('')
          const keys = new Set(
            functionRanges(source)
              .filter((_, index) => chosen[index % chosen.length])
              .map(({ start, end }) => functionKey(source.slice(start, end)))
          )
          expect(run(eagerFunctions(source, keys))).toEqual(run(source))
        }
      )
    )
  })
})

describe('the committed bundle', () => {
  it('has the listed functions compiled eagerly (the build ran the step)', () => {
    const keys = new Set(JSON.parse(readFileSync(LIST, 'utf8')) as string[])
    expect(keys.size).toBeGreaterThan(100)
    for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(join('dist', file), 'utf8')
      expect([file, eagerFunctions(source, keys) === source]).toEqual([file, true])
    }
  })
})
