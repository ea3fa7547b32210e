/**
 * Server text the client quotes in its own messages: a header value on one line, or the first words
 * of an HTML or text body. Not core/sanitize's serverText: that one removes control characters
 * where this turns them into spaces, keeps runs of whitespace, breaks a leading `::` and counts
 * the ellipsis within its limit, so its results differ and the messages would change.
 */

/** Only this much of a body is looked at for an excerpt: enough for any page's first words. */
const EXCERPT_SCAN_CHARS = 64 * 1024
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * An excerpt of server text that is safe to quote: secrets are redacted in the whole raw text
 * first (an echo loses its exact form once folded, stripped or cut), then it is shortened, then
 * redacted again (folding can join a secret that a tag had split).
 */
export function redactedExcerpt(body: string, redact: (text: string) => string, max = 200): string {
  return redact(textExcerpt(redact(body), max))
}

/**
 * Plain text of a body for messages: one line, tags, scripts and styles removed, control
 * characters and runs of whitespace folded to one space, at most `max` characters. Linear in the
 * length of the body, whatever it holds.
 */
export function textExcerpt(body: string, max = 200): string {
  const text = oneLine(visibleText(body.slice(0, EXCERPT_SCAN_CHARS)))
  if (text.length <= max) return text
  // Never cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max
  return `${text.slice(0, end)}…`
}

/** One line: control characters (CR, LF, C0, C1, U+2028/9) and whitespace runs become one space. */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim()
}

/** Where a tag can start, as in HTML: `<` then a letter, `/`, `!` or `?` ("a < b" is text). */
const TAG_START = /<[A-Za-z/!?]/g

/** Text outside tags, without script and style contents; a `<` that opens no tag is kept. */
function visibleText(html: string): string {
  const lower = html.toLowerCase()
  const parts: string[] = []
  let i = 0
  while (i < html.length) {
    TAG_START.lastIndex = i
    const open = TAG_START.exec(html)?.index ?? -1
    if (open === -1) {
      parts.push(html.slice(i))
      break
    }
    parts.push(html.slice(i, open), ' ')
    const rawTextElement = lower.startsWith('<script', open)
      ? '</script'
      : lower.startsWith('<style', open)
        ? '</style'
        : undefined
    const from = rawTextElement ? lower.indexOf(rawTextElement, open) : open
    const close = from === -1 ? -1 : html.indexOf('>', from)
    if (close === -1) {
      if (!rawTextElement) parts.push(html.slice(open))
      break
    }
    i = close + 1
  }
  return parts.join('')
}
