// scripts/eager-modules.js: the build step that puts ncc's module functions in parentheses, so that
// V8 compiles each once rather than pre-parsing it and parsing it again on its first call.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { eagerModules } from '../scripts/eager-modules.js'

describe('eagerModules', () => {
  it('puts every function of a module table in parentheses and leaves the rest alone', () => {
    const source =
      '(()=>{var e={2414:(e,t,n)=>{t.x=n(7)},7:function(e){e.exports=1}};' +
      'var o={a:()=>1,2:3};f(()=>2);var m={1(){}}})();'
    expect(eagerModules(source)).toBe(
      '(()=>{var e={2414:((e,t,n)=>{t.x=n(7)}),7:(function(e){e.exports=1})};' +
        'var o={a:()=>1,2:3};f(()=>2);var m={1(){}}})();'
    )
  })

  it('rewrites a chunk’s table and a table nested in a module function', () => {
    const source = 'exports.modules={5:(e,t)=>{const s={200:a=>a,401:()=>0};t.s=s}};'
    expect(eagerModules(source)).toBe(
      'exports.modules={5:((e,t)=>{const s={200:(a=>a),401:(()=>0)};t.s=s})};'
    )
  })

  it('changes nothing the second time', () => {
    const once = eagerModules('var e={1:(e)=>{e.exports=2},2:(e)=>{e.exports=3}};')
    expect(eagerModules(once)).toBe(once)
  })

  it('never changes what a table’s functions return', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 99_999 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(fc.integer(), fc.string()), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        (ids, values, arrows) => {
          const entries = ids.map((id, index) => {
            const value = JSON.stringify(values[index])
            return arrows ? `${id}:(m)=>{m.v=${value}}` : `${id}:function(m){m.v=${value}}`
          })
          const source = `var t={${entries.join(',')}};r=Object.keys(t).map(k=>{const m={};t[k](m);return [k,m.v]})`
          const run = (code: string): unknown => runInNewContext(`var r;${code};r`)
          expect(run(eagerModules(source))).toEqual(run(source))
        }
      )
    )
  })
})

describe('the committed bundle', () => {
  it('has every module function in parentheses (the build ran the step)', () => {
    for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(join('dist', file), 'utf8')
      expect([file, eagerModules(source) === source]).toEqual([file, true])
    }
  })
})
