/**
 * Tolerant readers for vendor JSON: ids that arrive as strings or numbers, booleans as "true",
 * names in camelCase or snake_case, roles as a string, a list, or a list of objects.
 */

export type Json = Record<string, unknown>

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string or number as a string; anything else as ''. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

/** The first of `keys` whose value reads as non-empty text. */
export function firstText(source: unknown, keys: readonly string[]): string {
  if (!isObject(source)) return ''
  for (const key of keys) {
    const value = text(source[key])
    if (value) return value
  }
  return ''
}

/** The first of `keys` that is present at all (even empty), or undefined. */
export function firstPresent(source: unknown, keys: readonly string[]): unknown {
  if (!isObject(source)) return undefined
  for (const key of keys) if (key in source && source[key] !== null) return source[key]
  return undefined
}

/** Names from a string, a list of strings, an object with a name, or a list of those. */
export function names(
  value: unknown,
  nameKeys: readonly string[] = ['name', 'displayName', 'display_name', 'id']
): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  const result: string[] = []
  for (const item of items) {
    const name = isObject(item) ? firstText(item, nameKeys) : text(item)
    if (name && !result.includes(name)) result.push(name)
  }
  return result
}

/** "true"/"false" strings and real booleans; undefined for anything else. */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return undefined
}

/** Unwraps a `{ data: {...} }` or `{ user: {...} }` envelope when there is one. */
export function unwrap(
  value: unknown,
  keys: readonly string[] = ['data', 'user', 'result']
): unknown {
  if (!isObject(value)) return value
  for (const key of keys) if (isObject(value[key])) return value[key]
  return value
}
