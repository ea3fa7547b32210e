import { describe, expect, it } from '@jest/globals'
import { bool, firstPresent, firstText, MAX_NAMES, names, text, unwrap } from '../src/kit/parse.js'

describe('tolerant readers', () => {
  it.each([
    ['abc', 'abc'],
    ['  padded ', 'padded'],
    [42, '42'],
    [-1, '-1'],
    [Number.NaN, ''],
    [null, ''],
    [{ id: 1 }, ''],
    [true, '']
  ])('text(%j) → %j', (value, expected) => expect(text(value)).toBe(expected))

  it.each([
    ['Admin', ['Admin']],
    [
      ['Admin', 'Dev', 'Admin'],
      ['Admin', 'Dev']
    ],
    [
      [{ name: 'Admin' }, { displayName: 'Dev' }],
      ['Admin', 'Dev']
    ],
    [{ id: '1', name: 'Administrator' }, ['Administrator']],
    [[{ id: 7 }], ['7']],
    [null, []],
    [undefined, []],
    [[{}, ''], []]
  ])('names(%j) → %j', (value, expected) => expect(names(value)).toEqual(expected))

  it.each([
    [{ name: 'scans:write', granted: false }],
    [{ name: 'scans:write', allowed: 'false' }],
    [{ name: 'scans:write', enabled: false }],
    [{ name: 'scans:write', active: false }],
    [{ name: 'scans:write', value: 'false' }]
  ])('names does not count %j as held', (denied) => {
    expect(names([denied, { name: 'scans:read', granted: true }])).toEqual(['scans:read'])
    expect(names(denied)).toEqual([])
  })

  it('names reads at most MAX_NAMES names from one answer', () => {
    const many = Array.from({ length: MAX_NAMES + 500 }, (_, i) => ({ name: `role-${i}` }))
    const read = names(many)
    expect(read).toHaveLength(MAX_NAMES)
    expect(read.at(-1)).toBe(`role-${MAX_NAMES - 1}`)
    expect(names(many.map((item) => item.name))).toHaveLength(MAX_NAMES)
  })

  it.each([
    [true, true],
    ['true', true],
    ['false', false],
    [false, false],
    ['yes', undefined],
    [1, undefined]
  ])('bool(%j) → %j', (value, expected) => expect(bool(value)).toBe(expected))

  it('firstText takes the first non-empty key; firstPresent the first present one', () => {
    const source = { a: '', b: 0, c: 'x', d: null }
    expect(firstText(source, ['a', 'b', 'c'])).toBe('0')
    expect(firstText(source, ['a', 'c'])).toBe('x')
    expect(firstText('not an object', ['a'])).toBe('')
    expect(firstPresent(source, ['d', 'a'])).toBe('')
    expect(firstPresent(source, ['missing'])).toBeUndefined()
    expect(firstPresent([], ['a'])).toBeUndefined()
  })

  it('unwrap opens a data or user envelope and leaves other values alone', () => {
    expect(unwrap({ data: { id: 1 } })).toEqual({ id: 1 })
    expect(unwrap({ user: { id: 2 }, token: 'x' })).toEqual({ id: 2 })
    expect(unwrap({ id: 3 })).toEqual({ id: 3 })
    expect(unwrap('x')).toBe('x')
  })
})
