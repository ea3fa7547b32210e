/**
 * Bounded JSON: answers are parsed only within limits no identity answer comes near, so no server
 * can exhaust the stack or the CPU, and an answer that is not JSON gets one clear failure.
 */
import { ActionFailure, answeredInItsPlace, type ServerChoice } from '../core/failure.js'
import { serverText } from '../core/sanitize.js'
import { redactedExcerpt } from './excerpt.js'
import type { HttpResponse } from './types.js'

/** JSON nested deeper than this is refused before parsing; identity answers nest 3 or 4 levels. */
export const MAX_JSON_DEPTH = 64
/**
 * JSON with more array entries plus object keys than this, in total, is refused before parsing:
 * an identity answer holds a few dozen, and every entry is work for the vendor module afterwards.
 */
export const MAX_JSON_ENTRIES = 10_000

/** Why a body was refused before JSON.parse, or undefined when it is within the bounds. */
export type JsonLimit = 'too-deep' | 'too-many-entries'

/**
 * Checks the bounds of a JSON text in one linear pass, without parsing it: nesting deeper than
 * MAX_JSON_DEPTH, or more than MAX_JSON_ENTRIES array entries and object keys in total. Counting
 * is on the raw text (a separator or the first item of a container is an entry), so malformed
 * text is measured too; JSON.parse then decides whether it is JSON at all.
 */
export function jsonLimitExceeded(text: string): JsonLimit | undefined {
  if (withinBoundsByCount(text)) return undefined
  let depth = 0
  let entries = 0
  let inString = false
  let justOpened = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c /* \ */) i++
      else if (c === 0x22 /* " */) inString = false
      continue
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue
    if (justOpened) {
      justOpened = false
      if (c !== 0x5d /* ] */ && c !== 0x7d /* } */) entries++
    }
    if (c === 0x22) inString = true
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_JSON_DEPTH) return 'too-deep'
      justOpened = true
    } else if (c === 0x5d || c === 0x7d) depth--
    else if (c === 0x2c /* , */) entries++
    if (entries > MAX_JSON_ENTRIES) return 'too-many-entries'
  }
  return undefined
}

/**
 * The quick proof that a text is within both bounds, for the answers every check reads: the pass
 * below counts at most one entry per character (a separator, or the first item after an opening)
 * and one level per `[` or `{`, so a text no longer than MAX_JSON_ENTRIES with no more openings than
 * MAX_JSON_DEPTH is within them. indexOf counts the few openings; a step per character in JavaScript
 * took most of a millisecond on a token answer.
 */
function withinBoundsByCount(text: string): boolean {
  if (text.length > MAX_JSON_ENTRIES) return false
  let openings = 0
  for (const opening of ['[', '{']) {
    for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
      if (++openings > MAX_JSON_DEPTH) return false
    }
  }
  return true
}

/**
 * Parses a JSON body whatever the Content-Type claims (Tenable.sc labels JSON as text/html).
 * Returns undefined for text that is not JSON and for JSON beyond the bounds of jsonLimitExceeded
 * (so no answer can exhaust the stack or the CPU); notJsonFailure says which it was.
 */
export function parseJson(body: string): unknown {
  // A UTF-8 byte order mark before the JSON (some IIS and .NET servers send one) is not part of it,
  // as fetch().json() and TextDecoder read it.
  const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body
  if (jsonLimitExceeded(text) !== undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export interface NotJsonOptions {
  /**
   * Whether an excerpt of the body may be quoted. False (the default) for token and login
   * answers, whose body may hold credentials in a form nothing masked; true for identity and
   * probe GETs, where the start of a login page or proxy error helps.
   */
  quoteBody?: boolean
  /** Where the answer came from (HttpClient.server); absent, the url input chose it. */
  server?: ServerChoice
}

/** The failure for an answer that should have been JSON, with a short, redacted excerpt if allowed. */
export function notJsonFailure(
  vendor: string,
  response: HttpResponse,
  redact: (text: string) => string,
  options: NotJsonOptions = {}
): ActionFailure {
  const type = serverText(String(response.headers['content-type'] ?? 'no Content-Type'), 200)
  // The url input may name anything; a host the step chose itself (a region's, the vendor's
  // default) is the vendor's API, so what answered there is something in between.
  const { fromInput, cause, check } = answeredInItsPlace(options.server, 'the API')
  const proxySettings = 'the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
  const limit = jsonLimitExceeded(response.body)
  if (limit !== undefined) {
    const what =
      limit === 'too-deep'
        ? `JSON nested deeper than ${MAX_JSON_DEPTH} levels`
        : `JSON with more than ${MAX_JSON_ENTRIES.toLocaleString('en-US')} entries`
    return new ActionFailure(
      [
        `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${what} (${type}), far beyond any answer of the API; it was not read.`,
        fromInput
          ? `Fix: check the url input points at the vendor API, and ${proxySettings}`
          : `Fix: check ${check}, and ${proxySettings}`
      ].join('\n')
    )
  }
  const looksHtml = /<html|<!doctype/i.test(response.body)
  const excerpt = options.quoteBody === true ? redactedExcerpt(response.body, redact) : ''
  const size = Buffer.byteLength(response.body)
  return new ActionFailure(
    [
      `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${looksHtml ? 'an HTML page' : 'a body that is not JSON'} (${type}), not the API's JSON.`,
      options.quoteBody === true
        ? excerpt
          ? `It begins: ${excerpt}`
          : ''
        : `Its ${size} bytes are not quoted: the answer of a login may hold credentials.`,
      !looksHtml
        ? `Likely cause: ${cause}.`
        : fromInput
          ? 'Likely causes: a login or SSO page, a proxy or firewall error page, or a url input that points at the web interface instead of the API.'
          : `Likely cause: ${cause}, with a login, SSO or error page.`,
      `Fix: check ${fromInput ? 'the url input' : check}, and ${proxySettings}`
    ]
      .filter(Boolean)
      .join('\n')
  )
}
