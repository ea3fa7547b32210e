/**
 * Finds secrets that a server echoed in an encoding, at any length and in any mix of encodings:
 * JSON (`\uXXXX`, the short escapes), URL (`%XX` of UTF-8, `+` for a space) and HTML character
 * references, each character in its own. The text is walked: from each place, every way the next
 * character may be written is followed at once, which also settles texts that read two ways (a
 * literal `%41` and an encoded A). ./log.ts uses it twice: to redact long secrets, whose pattern is
 * past what a regular expression may hold, and to tell whether a text holds any secret at all
 * before it builds the regular expression of the short ones, which takes milliseconds.
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

/**
 * What a text becomes when walking it would take longer than its budget: one that repeats the
 * beginning of a long secret many times. Only a server that chose both a long secret (a token it
 * issued) and the text that follows makes one, so nothing of it is worth showing.
 */
export const WITHHELD_TEXT =
  '[text withheld: it repeats the beginning of a secret too often to be searched for it in time]'

/**
 * Steps the walks over one text may take, all values together: a fixed number, far above what any
 * text takes but one made to repeat a secret's beginning (each place then starts a walk the
 * secret's length: minutes for a megabyte, in its literal or any encoded form). A budget that grew
 * with the text still let a megabyte take a minute; this one bounds every text to about a second.
 * One budget serves every walk of one redaction (./log.ts's redact: the search for a possible echo,
 * then the redaction itself), so a text cannot take it twice.
 */
const WALK_STEPS = 1 << 21
export interface WalkBudget {
  left: number
}
export const walkBudget = (): WalkBudget => ({ left: WALK_STEPS })

/** The text with every echo of the values replaced by `***`, longest echo at each place. */
export function redactLongEchoes(
  text: string,
  values: readonly string[],
  budget: WalkBudget = walkBudget()
): string {
  const spans: [number, number][] = []
  for (const value of values) {
    const characters = [...value]
    let after = 0
    for (const at of echoStarts(text, characters)) {
      if (at < after) continue
      const end = echoEnd(text, at, characters, budget)
      if (end === null) return WITHHELD_TEXT
      if (end === undefined) continue
      spans.push([at, end])
      after = end
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

/**
 * Whether the text holds the value written in any mix of the encodings above: wherever the value's
 * regular expression in ./log.ts would match, and, being a walk, possibly in a few more places
 * (named references in any case), which only costs that expression being built.
 */
export function containsEcho(
  text: string,
  value: string,
  budget: WalkBudget = walkBudget()
): boolean {
  if (text.includes(value)) return true
  const characters = [...value]
  // A walk past its budget answers "maybe": the caller then redacts, which withholds such a text.
  return echoStarts(text, characters).some(
    (at) => echoEnd(text, at, characters, budget) !== undefined
  )
}

/**
 * Where an echo of the characters may start, in order: every way of writing a character other than
 * itself starts with one of `\ % & +` (`+` only for a space), so only there or at the first
 * character as it is. indexOf finds those places far quicker than a step per character.
 */
function echoStarts(text: string, characters: readonly string[]): number[] {
  const first = characters[0]!
  const places: number[] = []
  for (const start of new Set([first, '\\', '%', '&', ...(first === ' ' ? ['+'] : [])])) {
    for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) places.push(at)
  }
  return places.sort((a, b) => a - b)
}

/**
 * Where an echo of the characters that starts at `at` ends (the longest one), if there is one; null
 * once the walks over this text have spent their budget.
 */
function echoEnd(
  text: string,
  at: number,
  characters: readonly string[],
  budget: WalkBudget
): number | undefined | null {
  let reachable = [at]
  for (const character of characters) {
    const next = new Set<number>()
    for (const position of reachable) {
      if (--budget.left < 0) return null
      for (const end of characterEnds(text, position, character, budget)) next.add(end)
    }
    if (!next.size) return undefined
    reachable = [...next]
  }
  return Math.max(...reachable)
}

/** Every place where one way of writing `character` at `at` ends. */
function characterEnds(text: string, at: number, character: string, budget: WalkBudget): number[] {
  const ends: number[] = []
  if (text.startsWith(character, at)) ends.push(at + character.length)
  if (character === ' ' && text[at] === '+') ends.push(at + 1)
  const json = jsonUnits(text, at, character.length)
  if (json?.units === character) ends.push(json.end)
  const url = urlCharacter(text, at)
  if (url && url.units === asUtf8(character)) ends.push(url.end)
  const html = htmlReference(text, at, budget)
  if (html?.units === character) ends.push(html.end)
  return ends
}

/** The character as its UTF-8 bytes read back: a lone surrogate is sent as U+FFFD's bytes. */
function asUtf8(character: string): string {
  return Buffer.from(character, 'utf8').toString('utf8')
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

/** Leading zeros of a numeric reference skipped for one step of the walk's budget. */
const ZEROS_PER_STEP = 64

/**
 * A decimal, hex or named HTML character reference. A numeric one may have any number of leading
 * zeros (`&#0000000000000000000000065;` is an A), as HTML reads it and as ./log.ts's regular
 * expression matches it: they are skipped, a long run charged to the walk's budget, so a text of
 * zeros costs what its length allows.
 */
function htmlReference(text: string, at: number, budget: WalkBudget): Decoded | undefined {
  if (text[at] !== '&') return undefined
  const named = /^&([A-Za-z]{2,4});/.exec(text.slice(at, at + 7))
  if (named) {
    const units = HTML_NAMED[named[1]!.toLowerCase()]
    return units ? { units, end: at + named[0].length } : undefined
  }
  const prefix = /^&#[xX]?/.exec(text.slice(at, at + 3))?.[0]
  if (!prefix) return undefined
  const start = at + prefix.length
  let digits = start
  while (text.charCodeAt(digits) === 0x30) digits++
  budget.left -= Math.floor((digits - start) / ZEROS_PER_STEP)
  const decimal = prefix.length === 2
  const number = (decimal ? /^(\d{0,7});/ : /^([0-9a-fA-F]{0,6});/).exec(
    text.slice(digits, digits + 8)
  )
  // `&#;` is no reference; `&#0;` (zeros alone) is U+0000.
  if (!number || (number[1] === '' && digits === start)) return undefined
  const codePoint = number[1] ? parseInt(number[1], decimal ? 10 : 16) : 0
  return codePoint <= 0x10ffff
    ? { units: String.fromCodePoint(codePoint), end: digits + number[0].length }
    : undefined
}
