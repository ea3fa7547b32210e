/**
 * Text and credentials that come from a server are data, never commands. The runner executes any
 * stdout line that starts with `::` (after trimming) and any line that contains `##[`, so server text
 * is made one inert line here before it reaches the log, outputs or summary; and a credential the
 * server issues is checked against its grammar before it is masked, output or exported (a cookie
 * with `$(...)` in it would run in the next step's shell).
 */

/** Longest server string kept; longer ones end in an ellipsis. */
export const MAX_SERVER_TEXT = 512

// Characters that break a line for some reader: .NET's ReadLine (the runner) splits on CR and LF,
// log viewers and editors also on NEL, VT, FF and the Unicode line and paragraph separators.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g
// The rest of C0 and C1, DEL, and the bidi marks, overrides and isolates that make a log line read
// unlike its bytes.
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// In a multi-line message of our own only the line breaks are kept (and TAB, which is harmless).
const CONTROLS_EXCEPT_LINE_BREAKS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const ANY_LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/
// `::` at the start of a line, after whatever the runner's trim (or a viewer) may skip.
const LEADING_COMMAND = /^([\s\u200b-\u200d\u2060\ufeff]*):(?=:)/
// `##[` anywhere: a space after each `#` that precedes `#[` breaks every occurrence, overlapping
// ones too, and cannot form a new one.
const OLD_COMMAND = /#(?=#\[)/g

/**
 * Server text as one inert line: line breaks become spaces, other control characters are removed,
 * the ends are trimmed, a leading `::` and every `##[` are broken, and the length is bounded. The
 * steps run in that order, so nothing removed in an earlier step can reassemble a command in a later
 * one. Idempotent: cleaning cleaned text changes nothing.
 */
export function serverText(value: unknown, maxLength = MAX_SERVER_TEXT): string {
  if (value === undefined || value === null) return ''
  let text = typeof value === 'string' ? value : typeof value === 'object' ? '' : String(value)
  // A text that is cut is redacted whole first (contract: redaction runs on the whole raw text
  // before it is shortened): a secret a server echoed across the cut would leave its first
  // characters, which no later redaction of whole values finds. A text short enough to be kept
  // whole stays as the server said it (the gate judges the roles it names), redacted on output.
  if (text.length > maxLength) text = redactBeforeCut(text)
  // Nothing that follows can lengthen the text much, so a huge value is cut before the regexes run.
  if (text.length > maxLength * 4) text = text.slice(0, maxLength * 4)
  text = text.replace(LINE_BREAKS, ' ').replace(INVISIBLE_CONTROLS, '').trim()
  text = neutraliseLine(text)
  // Again once cleaned: removing control characters can join a secret a server split with them.
  if (text.length > maxLength) text = redactBeforeCut(text)
  return truncate(text, maxLength)
}

/**
 * The step's redaction, for a text serverText is about to cut. ../runner/log.ts, which holds the
 * secrets, registers it as it loads (it imports this module, so this one cannot import it); where it
 * is not loaded (a unit test, a script), nothing is a secret.
 */
let redactBeforeCut: (text: string) => string = (text) => text

export function redactServerTextBeforeCut(redact: (text: string) => string): void {
  redactBeforeCut = redact
}

/**
 * Makes every line of a message of our own inert, for the output boundary: a vendor that forgot
 * serverText() still cannot print a command. Control characters other than line breaks and TAB are
 * removed first, then the text is split at every kind of line break, then each line is neutralised.
 */
export function inertLines(message: string): string {
  return message
    .replace(CONTROLS_EXCEPT_LINE_BREAKS, '')
    .split(ANY_LINE_BREAK)
    .map(neutraliseLine)
    .join('\n')
}

function neutraliseLine(line: string): string {
  return line.replace(LEADING_COMMAND, '$1: ').replace(OLD_COMMAND, '# ')
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  let end = Math.max(0, maxLength - 1)
  // Never leave half of a surrogate pair before the ellipsis.
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** At most `limit` entries, then "and N more": a summary or log line stays small. */
export function boundedList(values: readonly string[], limit = 20): string {
  if (values.length <= limit) return values.join(', ')
  return `${values.slice(0, limit).join(', ')} and ${values.length - limit} more`
}

/** Quoted entries, at most `limit` of them: a hostile answer can list thousands of roles. */
export function quotedList(values: readonly string[], limit = 20): string {
  return boundedList(
    values.map((value) => `"${value}"`),
    limit
  )
}

/**
 * The phrase with its indefinite article, by its first letter ("an Infracast administrator", "a
 * SonarQube administrator"): every vendor name this action knows is read as it is spelt.
 */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`
}
