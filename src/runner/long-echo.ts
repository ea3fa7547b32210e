/**
 * Finds long secrets that a server echoed in an encoding, at any length and in any mix of encodings:
 * JSON (`\uXXXX`, the short escapes), URL (`%XX` of UTF-8, `+` for a space) and HTML character
 * references, each character in its own. ./log.ts matches short secrets the same way with one
 * regular expression, but the pattern of a long secret is past what an expression may hold, so
 * here the text is walked: from each place, every way the next character may be written is
 * followed at once, which also settles texts that read two ways (a literal `%41` and an encoded A).
 */

const JSON_SHORT: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

const HTML_NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
}

/** The text with every echo of the values replaced by `***`, longest echo at each place. */
export function redactLongEchoes(text: string, values: readonly string[]): string {
  const spans: [number, number][] = []
  for (const value of values) {
    const characters = [...value]
    for (let at = 0; at < text.length; at++) {
      const end = echoEnd(text, at, characters)
      if (end === undefined) continue
      spans.push([at, end])
      at = end - 1
    }
  }
  if (!spans.length) return text
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let result = ''
  let cursor = 0
  for (const [start, end] of spans) {
    if (end <= cursor) continue
    result += `${text.slice(cursor, Math.max(cursor, start))}***`
    cursor = end
  }
  return result + text.slice(cursor)
}

/** Where an echo of the characters that starts at `at` ends (the longest one), if there is one. */
function echoEnd(text: string, at: number, characters: readonly string[]): number | undefined {
  let reachable = [at]
  for (const character of characters) {
    const next = new Set<number>()
    for (const position of reachable) {
      for (const end of characterEnds(text, position, character)) next.add(end)
    }
    if (!next.size) return undefined
    reachable = [...next]
  }
  return Math.max(...reachable)
}

/** Every place where one way of writing `character` at `at` ends. */
function characterEnds(text: string, at: number, character: string): number[] {
  const ends: number[] = []
  if (text.startsWith(character, at)) ends.push(at + character.length)
  if (character === ' ' && text[at] === '+') ends.push(at + 1)
  const json = jsonUnits(text, at, character.length)
  if (json?.units === character) ends.push(json.end)
  for (const decoded of [urlCharacter(text, at), htmlReference(text, at)]) {
    if (decoded?.units === character) ends.push(decoded.end)
  }
  return ends
}

interface Decoded {
  units: string
  end: number
}

/** `count` UTF-16 code units written as JSON escapes (a character above U+FFFF takes two). */
function jsonUnits(text: string, at: number, count: number): Decoded | undefined {
  let units = ''
  let end = at
  for (let i = 0; i < count; i++) {
    if (text[end] !== '\\') return undefined
    const unicode = /^\\u([0-9a-fA-F]{4})/.exec(text.slice(end, end + 6))
    const short = JSON_SHORT[text[end + 1] ?? '']
    if (unicode) {
      units += String.fromCharCode(parseInt(unicode[1]!, 16))
      end += 6
    } else if (short && count === 1) {
      units += short
      end += 2
    } else return undefined
  }
  return { units, end }
}

/** One UTF-8 character as %XX escapes (one to four of them). */
function urlCharacter(text: string, at: number): Decoded | undefined {
  const byteAt = (index: number): number | undefined => {
    const escape = /^%([0-9a-fA-F]{2})/.exec(text.slice(index, index + 3))
    return escape ? parseInt(escape[1]!, 16) : undefined
  }
  const lead = byteAt(at)
  if (lead === undefined) return undefined
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0
  if (!length) return undefined
  const bytes = [lead]
  for (let k = 1; k < length; k++) {
    const next = byteAt(at + 3 * k)
    if (next === undefined || (next & 0xc0) !== 0x80) return undefined
    bytes.push(next)
  }
  return { units: Buffer.from(bytes).toString('utf8'), end: at + 3 * length }
}

/** A decimal, hex or named HTML character reference. */
function htmlReference(text: string, at: number): Decoded | undefined {
  if (text[at] !== '&') return undefined
  const reference = /^&(?:#0*(\d{1,7})|#[xX]0*([0-9a-fA-F]{1,6})|([A-Za-z]{2,4}));/.exec(
    text.slice(at, at + 24)
  )
  if (!reference) return undefined
  const end = at + reference[0].length
  if (reference[3] !== undefined) {
    const named = HTML_NAMED[reference[3].toLowerCase()]
    return named ? { units: named, end } : undefined
  }
  const codePoint = reference[1] !== undefined ? Number(reference[1]) : parseInt(reference[2]!, 16)
  return codePoint <= 0x10ffff ? { units: String.fromCodePoint(codePoint), end } : undefined
}
