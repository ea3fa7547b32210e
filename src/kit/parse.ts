/**
 * Tolerant readers for vendor JSON: ids that arrive as strings or numbers, booleans as "true",
 * names in camelCase or snake_case, roles as a string, a list, or a list of objects.
 *
 * Every string these readers return has passed `serverText`: one line, no control characters, inert
 * as a workflow command. Identity values read through them are safe for the log, outputs and the
 * summary, whatever the server sent. Credentials are read with `credentialText`, which changes
 * nothing, because a credential must be checked against its grammar, not repaired.
 */
import { serverText } from '../core/sanitize.js'

/** The most names (roles, permissions, organizations) read from one answer; the rest are dropped. */
export const MAX_NAMES = 1000

export type Json = Record<string, unknown>

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A string or number as cleaned text; anything else as ''. Cut to the bound of one piece of server
 * text unless `maxLength` says otherwise, for a value read whole and cut only where it is shown.
 */
export function text(value: unknown, maxLength?: number): string {
  if (typeof value === 'string') return serverText(value, maxLength).trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

/** The server's text on one line, cleaned (see ../sanitize.ts). */
export function serverLine(value: string): string {
  return serverText(value)
}

/**
 * A credential field exactly as the server sent it (a number as its decimal digits), or '' when
 * absent or of another type. Not cleaned: the caller checks it against the credential's grammar.
 */
export function credentialText(source: unknown, keys: readonly string[]): string {
  if (!isObject(source)) return ''
  for (const key of keys) {
    const value = source[key]
    if (typeof value === 'string' && value !== '') return value
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  }
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
  for (const key of keys) {
    if (Object.hasOwn(source, key) && source[key] !== null && source[key] !== undefined) {
      return source[key]
    }
  }
  return undefined
}

/** Names from a string, a list of strings, an object with a name, or a list of those. */
export function names(
  value: unknown,
  nameKeys: readonly string[] = ['name', 'displayName', 'display_name', 'id']
): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  const result = new Set<string>()
  for (const item of items) {
    if (result.size >= MAX_NAMES) break
    if (deniedEntry(item)) continue
    const name = isObject(item) ? firstText(item, nameKeys) : text(item)
    if (name) result.add(name)
  }
  return [...result]
}

/**
 * An entry that names a role or permission while saying it is not held ({"name": "scans:write",
 * "granted": false}) must not count as held, by its name or by any other spelling it carries (a
 * reader of role aliases skips it too).
 */
export function deniedEntry(item: unknown): boolean {
  return (
    isObject(item) &&
    ['granted', 'allowed', 'enabled', 'active', 'value'].some((key) => bool(item[key]) === false)
  )
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
