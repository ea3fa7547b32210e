/**
 * What the action says on the runner's stdout: masks, log lines, warnings and the failure. Every
 * value passes here, where secrets are masked and redacted. What it writes to the runner's files
 * (outputs, environment variables, the job summary) is ./publish.ts.
 */
import * as commands from './workflow-commands.js'
import { inertLines, redactServerTextBeforeCut } from '../core/sanitize.js'
import { containsEcho, redactLongEchoes, walkBudget, type WalkBudget } from './long-echo.js'

const maskedValues = new Set<string>()
/** Values shorter than this are still masked by the runner but not redacted from our own text. */
const MIN_REDACTED_LENGTH = 3
/** Shorter base64 fragments would match ordinary text too often. */
const MIN_BASE64_FORM_LENGTH = 8
/**
 * What redact() looks for, in the order it tries them at each position (longest first): every masked
 * value, where any character may be in any encoding, and its base64 forms as they are. Built in
 * mask(); the regular expression only when a text needs it (see redact()).
 */
let redaction:
  | {
      forms: RedactedForm[]
      literals: string[]
      /** Plain forms too long for the regular expression, replaced as text first. */
      long: string[]
      /** Masked values too long for the regular expression, found by walking the text. */
      longValues: string[]
      /** How many values redact() walks a text for: the per-character ones and the long ones. */
      walked: number
      regex?: RegExp
    }
  | undefined

// Server text is cut to a bound wherever it is read (serverText): a secret echoed across the cut is
// redacted while it is still whole.
redactServerTextBeforeCut(redact)

interface RedactedForm {
  text: string
  /** True for a masked value (each character in any encoding), false for a base64 form. */
  anyEncoding: boolean
}

/**
 * Registers a secret with the runner, the whole value and each line of it, and remembers it for
 * redact(). Only the runner's add-mask command is used, so the runner masks it in every later log line.
 *
 * Vendors should hand strings, but a server may send a token as a JSON number, so anything is taken
 * and masked as String(value): the one place where that conversion happens.
 */
export function mask(value: string | number | bigint | null | undefined): void {
  for (const candidate of rememberSecret(value)) commands.setSecret(candidate)
}

/**
 * The redaction half of mask(): remembers the value and each line of it for redact(), without telling
 * the runner. Outside Actions (the doctor) there is no runner log to mask, and an ::add-mask:: line
 * would only print the secret. Returns the values that were new.
 */
export function rememberSecret(value: string | number | bigint | null | undefined): string[] {
  if (value === undefined || value === null) return []
  const text = String(value)
  if (!text) return []
  const added: string[] = []
  for (const candidate of [text, ...text.split(/\r?\n/).map((line) => line.trim())]) {
    if (!candidate || maskedValues.has(candidate)) continue
    maskedValues.add(candidate)
    added.push(candidate)
  }
  // The forms are listed here, once per new secret; redact() builds its regex from them if needed.
  if (added.length) redaction = buildRedaction(maskedValues)
  return added
}

/**
 * Replaces every masked value with ***, in the forms a server may echo it: as is, URL-encoded (either
 * hex case, `+` for space), JSON-escaped (`\uXXXX` of any character, `\/`), as HTML entities, and in
 * base64 (standard and URL-safe, at each of the three byte alignments, so the value is found inside
 * a longer encoded text such as a Basic-auth header too). Applied to anything that may quote a
 * server (error text, summary).
 */
export function redact(text: string): string {
  if (!redaction) return text
  // Every encoded form of a character other than the character itself starts with one of these, so
  // in a text without them only the plain forms can match. Most lines are such text, and the
  // regular expression of one long token takes about 10 ms to compile: it is built only when needed.
  if (!ENCODING_MARKS.test(text)) return replacePlainForms(text, redaction.literals)
  // A long text (a whole answer body, up to 1 MiB, is redacted before it is cut to an excerpt) takes
  // the regular expression: its time then grows with the text alone, not with text times secrets.
  if (text.length * redaction.walked > WALK_BUDGET) return redactWithRegex(text)
  // Text with marks (a job summary escapes _ as &#95;) can still hold no secret. Walking it for each
  // value in any mix of encodings tells, and costs far less than any regular expression of them:
  // even one of the values' first characters took 1 to 2 ms to compile and run on a job summary,
  // and matched wherever a secret begins with common words ("Bearer token expires").
  // One walk budget for the search and the redaction after it (./long-echo.ts, WALK_STEPS).
  const budget = walkBudget()
  const possible =
    redaction.forms.some((form) =>
      form.anyEncoding ? containsEcho(text, form.text, budget) : text.includes(form.text)
    ) || redaction.longValues.some((value) => containsEcho(text, value, budget))
  if (!possible) return text
  return redactWithRegex(text, budget)
}

/** redact() by the whole regular expression alone: what the quicker paths above must agree with. */
export function redactWithRegex(text: string, budget: WalkBudget = walkBudget()): string {
  if (!redaction) return text
  // Forms too long for one expression (a long secret's whole-value encodings) go first, as plain
  // text; being the longest, they are also first in the order of the forms.
  let withoutLong = redaction.long.length ? replacePlainForms(text, redaction.long) : text
  // A long value echoed in an encoding its whole-value forms do not list (HTML references, \uXXXX,
  // a mix): found by walking the text, whatever its length.
  if (redaction.longValues.length)
    withoutLong = redactLongEchoes(withoutLong, redaction.longValues, budget)
  redaction.regex ??= new RegExp(
    redaction.forms
      .filter((form) => form.anyEncoding || form.text.length <= PER_CHARACTER_LIMIT)
      .map((form) =>
        form.anyEncoding ? [...form.text].map(encodedChar).join('') : literal(form.text)
      )
      .join('|') || '(?!)',
    'gu'
  )
  return withoutLong.replace(redaction.regex, '***')
}

/**
 * Secrets longer than this are matched in their whole-value encodings (as is, URL-encoded in either
 * case, JSON-escaped, base64) as plain text, and by walking the text (./long-echo.ts), not
 * character by character: the per-character pattern of a 6,000-character value is past what a
 * regular expression may hold.
 */
const PER_CHARACTER_LIMIT = 256

/** A long value as a server may echo it whole: raw, URL-encoded (both hex cases), JSON-escaped. */
function wholeValueForms(value: string): string[] {
  // encodeURIComponent throws on a lone surrogate; the runner would mask U+FFFD in its place.
  const url = encodeURIComponent(
    value.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD'
    )
  )
  const lowerHex = url.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
  const json = JSON.stringify(value).slice(1, -1)
  return [
    ...new Set([value, url, lowerHex, url.replace(/%20/g, '+'), json, json.replace(/\//g, '\\/')])
  ]
}

const ENCODING_MARKS = /[\\%&+]/
/**
 * How much walking redact() does before it takes the regular expression instead: the walk may start
 * at each mark once per secret, so its cost is up to the text's length times the secrets walked.
 * A job summary (1 to 3 KB) with a dozen secrets is well within; a text of nothing but marks and
 * encoded first characters at this budget took 16 to 67 ms, where the expression's compile is small.
 */
const WALK_BUDGET = 64 * 1024

/**
 * What `text.replace(regex, '***')` gives when every alternative of the regex is plain text: the
 * leftmost match, and at that position the first form in order that matches; never a match that
 * starts inside a surrogate pair (the regex has the u flag).
 */
function replacePlainForms(text: string, forms: readonly string[]): string {
  let result = ''
  let from = 0
  for (;;) {
    let at = -1
    for (const form of forms) {
      let index = text.indexOf(form, from)
      while (index > 0 && isInsidePair(text, index)) index = text.indexOf(form, index + 1)
      if (index >= 0 && (at < 0 || index < at)) at = index
    }
    if (at < 0) return result + text.slice(from)
    const form = forms.find((candidate) => text.startsWith(candidate, at))!
    result += text.slice(from, at) + '***'
    from = at + form.length
  }
}

function isInsidePair(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1)
  const here = text.charCodeAt(index)
  return before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff
}

function buildRedaction(values: Iterable<string>): typeof redaction {
  const forms: WeightedForm[] = []
  const longValues: string[] = []
  for (const value of values) {
    if (value.length < MIN_REDACTED_LENGTH) continue
    if (value.length > PER_CHARACTER_LIMIT) longValues.push(value)
    forms.push(...formsOf(value))
  }
  if (!forms.length) return undefined
  // Longest first, so a secret that contains another is replaced whole.
  forms.sort((a, b) => b.weight - a.weight)
  return {
    forms,
    literals: forms.map((form) => form.text),
    long: forms
      .filter((form) => !form.anyEncoding && form.text.length > PER_CHARACTER_LIMIT)
      .map((form) => form.text),
    longValues,
    walked: forms.filter((form) => form.anyEncoding).length + longValues.length
  }
}

type WeightedForm = RedactedForm & { weight: number }

/**
 * The forms of each value, kept: every new secret rebuilds the list of all of them, and a vendor
 * that masks a token, its header and each line of both would otherwise encode the first ones again
 * each time (base64 at three offsets, a long token's whole-value encodings).
 */
const formsByValue = new Map<string, readonly WeightedForm[]>()

function formsOf(value: string): readonly WeightedForm[] {
  let forms = formsByValue.get(value)
  if (forms) return forms
  const plain: WeightedForm[] =
    value.length <= PER_CHARACTER_LIMIT
      ? [{ text: value, anyEncoding: true, weight: value.length }]
      : wholeValueForms(value).map((text) => ({ text, anyEncoding: false, weight: text.length }))
  forms = [
    ...plain,
    ...base64Forms(value).map((text) => ({ text, anyEncoding: false, weight: text.length }))
  ]
  formsByValue.set(value, forms)
  return forms
}

/** One character as any of its encodings: a mix of encodings inside one echo is matched too. */
function encodedChar(char: string): string {
  const codePoint = char.codePointAt(0)!
  const alternatives = [literal(char)]
  // JSON: \uXXXX of any character (a surrogate pair above U+FFFF), and the short escapes.
  const units = char.length === 2 ? [char.charCodeAt(0), char.charCodeAt(1)] : [codePoint]
  alternatives.push(units.map((unit) => `\\\\u${hex(unit, 4)}`).join(''))
  const shortEscape = JSON_SHORT_ESCAPES[char]
  if (shortEscape) alternatives.push(literal(shortEscape))
  // URL: each UTF-8 byte as %XX, and + for a space (form encoding).
  alternatives.push([...Buffer.from(char, 'utf8')].map((byte) => `%${hex(byte, 2)}`).join(''))
  if (char === ' ') alternatives.push('\\+')
  // HTML: decimal and hex character references, and the named ones of the special characters.
  alternatives.push(`&#0*${codePoint};`, `&#[xX]0*${hex(codePoint, 1)};`)
  for (const name of HTML_NAMED[char] ?? []) alternatives.push(literal(name))
  return `(?:${alternatives.join('|')})`
}

const JSON_SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t'
}

const HTML_NAMED: Readonly<Record<string, readonly string[]>> = {
  '&': ['&amp;', '&AMP;'],
  '<': ['&lt;', '&LT;'],
  '>': ['&gt;', '&GT;'],
  '"': ['&quot;', '&QUOT;'],
  "'": ['&apos;']
}

/** Hex digits of a number, each digit matching either case. */
function hex(value: number, width: number): string {
  return [...value.toString(16).padStart(width, '0')]
    .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
    .join('')
}

/** Text that matches itself: letters and digits as they are, everything else as \u{...}. */
function literal(text: string): string {
  let pattern = ''
  for (const char of text) {
    pattern += /[A-Za-z0-9]/.test(char) ? char : `\\u{${char.codePointAt(0)!.toString(16)}}`
  }
  return pattern
}

/**
 * The base64 text of the value alone (padded and unpadded), and the characters that encode the
 * value at each of the three byte offsets it can have inside a longer encoded text; each in the
 * standard and the URL-safe alphabet.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8')
  const forms = new Set<string>()
  const whole = bytes.toString('base64')
  forms.add(whole)
  forms.add(whole.replace(/=+$/, ''))
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    // Characters wholly inside the value: after the bits of the prefix, before the bits that follow.
    const first = Math.ceil((offset * 8) / 6)
    const end = Math.floor(((offset + bytes.length) * 8) / 6)
    forms.add(encoded.slice(first, end))
  }
  const result: string[] = []
  for (const form of forms) {
    if (form.length < MIN_BASE64_FORM_LENGTH) continue
    result.push(form)
    const urlSafe = form.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    if (urlSafe !== form) result.push(urlSafe)
  }
  return result
}

/**
 * Every line the action writes to the log passes here: redacted, then made inert, so no line of
 * our own multi-line messages can start with `::` or contain `##[` (a vendor that forgot
 * serverText() is still safe).
 */
const outgoing = (message: string): string => inertLines(redact(message))

export const log = {
  info: (message: string): void => commands.info(outgoing(message)),
  debug: (message: string): void => commands.debug(outgoing(message)),
  warning: (message: string): void => commands.warning(outgoing(message))
}

/** The step's single failure message (one ::error:: line: core's command module escapes the line breaks). */
export function fail(message: string): void {
  commands.setFailed(outgoing(message))
}
