/**
 * Everything the action hands to the runner: masks, log lines, outputs, environment variables and
 * the job summary. Apart from the entry points and ./state.ts, this is the only module that talks to
 * @actions/core, so every value passes one place where secrets are masked and redacted.
 */
import * as core from '@actions/core'
import { writeCaFiles } from './ca-bundle.js'
import type { RequestRecord } from './http.js'
import { requirementStatus, type GateResult, type Identity } from './identity.js'
import type { Plan } from './inputs.js'
import { boundedList, cleanIdentity, inertLines, serverText } from './sanitize.js'
import type { LoginResult } from './vendors/types.js'

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
      starts?: RegExp
      regex?: RegExp
    }
  | undefined

interface RedactedForm {
  text: string
  /** True for a masked value (each character in any encoding), false for a base64 form. */
  anyEncoding: boolean
}

/**
 * Registers a secret with the runner, the whole value and each line of it, and remembers it for
 * redact(). Only core.setSecret is used, so the runner masks it in every later log line.
 *
 * Vendors should hand strings, but a server may send a token as a JSON number, so anything is taken
 * and masked as String(value): the one place where that conversion happens.
 */
export function mask(value: string | number | bigint | null | undefined): void {
  for (const candidate of rememberSecret(value)) core.setSecret(candidate)
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
  // Text with marks (a job summary escapes _ as &#95;) can still hold no secret: every match of a
  // value starts with its first characters in some encoding, and every other form is plain text.
  // A regular expression of those first characters alone compiles in a fraction of the time.
  redaction.starts ??= new RegExp(
    redaction.forms
      .filter((form) => form.anyEncoding)
      .map((form) => [...form.text].slice(0, START_LENGTH).map(encodedChar).join(''))
      .join('|'),
    'u'
  )
  const forms = redaction.forms
  const possible =
    redaction.starts.test(text) ||
    forms.some((form) => !form.anyEncoding && text.includes(form.text))
  if (!possible) return text
  return redactWithRegex(text)
}

/** redact() by the whole regular expression alone: what the quicker paths above must agree with. */
export function redactWithRegex(text: string): string {
  if (!redaction) return text
  // Forms too long for one expression (a long secret's whole-value encodings) go first, as plain
  // text; being the longest, they are also first in the order of the forms.
  const withoutLong = redaction.long.length ? replacePlainForms(text, redaction.long) : text
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
 * case, JSON-escaped, base64) as plain text, not character by character: the per-character pattern
 * of a 6,000-character value is past what a regular expression may hold.
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
/** How many leading characters of a value the quick check of a text with marks looks for. */
const START_LENGTH = 6

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
  const forms: (RedactedForm & { weight: number })[] = []
  for (const value of values) {
    if (value.length < MIN_REDACTED_LENGTH) continue
    if (value.length <= PER_CHARACTER_LIMIT) {
      forms.push({ text: value, anyEncoding: true, weight: value.length })
    } else {
      for (const encoded of wholeValueForms(value)) {
        forms.push({ text: encoded, anyEncoding: false, weight: encoded.length })
      }
    }
    for (const encoded of base64Forms(value)) {
      forms.push({ text: encoded, anyEncoding: false, weight: encoded.length })
    }
  }
  if (!forms.length) return undefined
  // Longest first, so a secret that contains another is replaced whole.
  forms.sort((a, b) => b.weight - a.weight)
  return {
    forms,
    literals: forms.map((form) => form.text),
    long: forms
      .filter((form) => !form.anyEncoding && form.text.length > PER_CHARACTER_LIMIT)
      .map((form) => form.text)
  }
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
 * Every line the action writes through core passes here: redacted, then made inert, so no line of
 * our own multi-line messages can start with `::` or contain `##[` (a vendor that forgot
 * serverText() is still safe).
 */
const outgoing = (message: string): string => inertLines(redact(message))

export const log = {
  info: (message: string): void => core.info(outgoing(message)),
  debug: (message: string): void => core.debug(outgoing(message)),
  warning: (message: string): void => core.warning(outgoing(message))
}

/** The step's single failure message (one ::error:: line: core escapes the line breaks). */
export function fail(message: string): void {
  core.setFailed(outgoing(message))
}

/**
 * The identity outputs, as cleaned server text (a later step may put them in a shell command); safe
 * to publish even when the gate then fails.
 */
export function publishIdentity(plan: Plan, reported: Identity): void {
  const identity = cleanIdentity(reported)
  core.setOutput('vendor', plan.vendor.id)
  core.setOutput('url', plan.url)
  core.setOutput('user-id', identity.userId)
  core.setOutput('username', identity.username)
  core.setOutput('display-name', identity.displayName)
  core.setOutput('email', identity.email)
  core.setOutput('roles', JSON.stringify(identity.roles ?? []))
  core.setOutput('permissions', JSON.stringify(identity.permissions ?? []))
  core.setOutput('organization', identity.organization)
  core.setOutput('identity', JSON.stringify(identityObject(plan, identity)))
}

/** Credentials for later steps: only once the gate has passed. */
export function publishCredentials(plan: Plan, result: LoginResult): void {
  core.setOutput('auth-header', result.authHeader)
  core.setOutput('token', result.token ?? '')
  core.setOutput('cookie', result.cookie ?? '')
  core.setOutput('expires-at', result.expiresAt ?? result.credentialExpiresAt ?? '')
  if (plan.exportEnv) {
    for (const [name, value] of Object.entries(result.env)) core.exportVariable(name, value)
  }
  if (plan.caCertificates.length) publishCaFiles(plan)
}

/**
 * The ca-cert CA for later steps: the `ca-bundle` output, and with export-env the variables that
 * Python (requests), curl and Node read, so they trust the same server as this step did.
 */
function publishCaFiles(plan: Plan): void {
  const files = writeCaFiles(plan.caCertificates)
  if (!files) {
    log.warning(
      'RUNNER_TEMP is not set, so the ca-cert bundle for later steps was not written (ca-bundle stays empty).'
    )
    return
  }
  core.setOutput('ca-bundle', files.bundle)
  if (!plan.exportEnv) return
  core.exportVariable('REQUESTS_CA_BUNDLE', files.bundle)
  core.exportVariable('CURL_CA_BUNDLE', files.bundle)
  core.exportVariable('NODE_EXTRA_CA_CERTS', files.nodeExtra)
}

export function identityObject(plan: Plan, reported: Identity): Record<string, unknown> {
  const identity = cleanIdentity(reported)
  return {
    vendor: plan.vendor.id,
    url: plan.url,
    authMode: plan.authMode,
    userId: identity.userId,
    username: identity.username,
    displayName: identity.displayName,
    email: identity.email,
    roles: identity.roles ?? [],
    permissions: identity.permissions ?? [],
    organization: identity.organization
  }
}

export interface SummaryInput {
  plan: Plan
  /** The requests made, in order (HttpClient.records). */
  records: readonly RequestRecord[]
  result?: LoginResult
  gate?: GateResult
  failure?: string
}

/** Roles or permissions listed in the summary, and the length of each; the outputs carry them all. */
const SUMMARY_LIST_LIMIT = 20
const SUMMARY_LIST_ENTRY_LENGTH = 100
/** A cell holds one such list at most. */
const SUMMARY_CELL_LENGTH = 4_096
/** The failure block is the step's message; this bounds what a vendor's text can add to it. */
const SUMMARY_FAILURE_LIMIT = 8_000

/**
 * The job summary: vendor, URL, identity, each requirement, token expiry, the requests and their
 * timings. Every cell is one line of cleaned text escaped for HTML and Markdown, and the failure is
 * an escaped block of its own; the whole is redacted once more.
 */
export async function writeSummary({
  plan,
  records,
  result,
  gate,
  failure
}: SummaryInput): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const identity = result ? cleanIdentity(result.identity) : undefined
  const passed = failure === undefined && (gate?.passed ?? false)
  const listed = (values: string[] | undefined): string =>
    values?.length
      ? boundedList(
          values.map((value) => serverText(value, SUMMARY_LIST_ENTRY_LENGTH)),
          SUMMARY_LIST_LIMIT
        )
      : '(not reported)'
  const rows: string[][] = [
    ['Vendor', `${plan.vendor.name} (${plan.vendor.id})`],
    ['URL', plan.url],
    ['Credentials', plan.authMode]
  ]
  if (identity) {
    rows.push(
      ['User', identity.username || identity.userId || '(not reported)'],
      ['Display name', identity.displayName || '(not reported)'],
      ['Email', identity.email || '(not reported)'],
      ['Roles', listed(identity.roles)],
      ['Permissions', listed(identity.permissions)],
      ['Organization', identity.organization || '(not reported)']
    )
  }
  if (result?.expiresAt) rows.push(['Token expires', result.expiresAt])
  if (result?.credentialExpiresAt) rows.push(['Credential expires', result.credentialExpiresAt])
  for (const note of result?.notes ?? []) rows.push([note.label, note.value])

  const summary = core.summary
    .addHeading(
      `scanner-login: ${escapeMarkup(plan.vendor.name)} ${passed ? 'verified' : 'failed'}`,
      3
    )
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ...rows.map(([field = '', value = '']) => [cell(field), cell(value)])
    ])
  if (gate && gate.results.length) {
    summary.addHeading('Requirements', 4).addTable([
      [
        { data: 'Requirement', header: true },
        { data: 'Result', header: true }
      ],
      ...gate.results.map((r) => [
        cell(`${r.kind === 'role' ? 'role' : 'permission'}: ${r.required}`),
        cell(requirementStatus(r, gate))
      ])
    ])
  }
  summary.addHeading('Requests', 4).addTable([
    [
      { data: 'Request', header: true },
      { data: 'Status', header: true },
      { data: 'Attempts', header: true },
      { data: 'Time', header: true }
    ],
    ...records.map((r) => [
      cell(r.endpoint),
      r.status === undefined ? 'no answer' : String(r.status),
      String(r.attempts),
      `${r.durationMs} ms`
    ])
  ])
  if (failure) summary.addHeading('Failure', 4).addRaw(failureBlock(failure), true)
  const text = redact(summary.stringify())
  summary.emptyBuffer()
  try {
    await summary.addRaw(text).write()
  } catch (error) {
    // The summary is a convenience: a runner that cannot take it must not fail a verified login.
    summary.emptyBuffer()
    log.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/** A table cell: one bounded line, escaped. */
function cell(text: string): string {
  return escapeMarkup(serverText(text, SUMMARY_CELL_LENGTH))
}

/**
 * The failure message as a <pre> block. Markdown ends an HTML block at a blank line, so blank lines
 * are dropped, and every line is escaped: the vendor's text inside cannot close the block or start
 * markup of its own.
 */
function failureBlock(failure: string): string {
  const bounded =
    failure.length > SUMMARY_FAILURE_LIMIT ? `${failure.slice(0, SUMMARY_FAILURE_LIMIT)}…` : failure
  const lines = inertLines(bounded)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(escapeMarkup)
  return `<pre><code>${lines.join('\n')}</code></pre>`
}

/**
 * Escapes for HTML and for Markdown at once: numeric character references render as the character
 * in both, so no server text can open a tag, a link, an image, emphasis, a heading or a table cell.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"'`*_~[\]#|\\!$]/g, (c) => `&#${c.charCodeAt(0)};`)
}
