/**
 * The parts every vendor is made of, so a vendor module holds only what is its own: endpoints, what
 * each status means for it, and how to read its identity answer.
 *
 *   send → classify (status, per-vendor meaning) → parse (bounded JSON) → name the user
 *
 * A vendor describes an endpoint once (`Endpoint`), with a table of what its statuses mean
 * (`StatusMeanings`); `call()` sends it and either returns the JSON answer of a success or throws
 * the one failure message the step will print, built by `explainAnswer()` from that table, the
 * shared meanings of the other statuses, and the vendor's own error text (documented fields only,
 * redacted, on one line).
 */
import { createHttpClient } from '../core/context.js'
import {
  ActionFailure,
  answeredInItsPlace,
  explainCommonStatus,
  statusFailure,
  type Diagnosis,
  type ServerChoice
} from '../core/failure.js'
import { textExcerpt } from '../net/excerpt.js'
import { notJsonFailure, parseJson } from '../net/json.js'
import type { HttpResponse, RequestOptions } from '../net/types.js'
import type { Identity } from '../core/identity.js'
import type { Plan } from './types.js'
import { firstText, isObject, serverLine, type Json } from './parse.js'
import type { Note, VendorContext } from './types.js'

export type { Diagnosis }

/** What the vendor answered, for a meaning that depends on more than the status. */
export interface Answer {
  response: HttpResponse
  /** The parsed JSON body, or undefined when it is not JSON. */
  body: unknown
  plan: Plan
}

/** A meaning that adds lines of its own after the fix, for this answer only. */
export interface AnswerDiagnosis extends Diagnosis {
  trailer?: readonly string[]
}

export type Meaning = Diagnosis | ((answer: Answer) => AnswerDiagnosis | undefined)

/**
 * Per status, what it means for this vendor and endpoint. `ok` is consulted for a 2xx answer that
 * the vendor's own signal marks as a failure (SonarQube's 200 {"valid":false}); any status not
 * listed falls back to the endpoint's `otherwise`, then the shared meanings (404: wrong url, 429,
 * 5xx, ...).
 */
export type StatusMeanings = Readonly<Partial<Record<number, Meaning>>>

export interface Endpoint extends RequestOptions {
  meanings: StatusMeanings
  /**
   * The answer carries or may carry a credential (login, token exchange): its raw body is never
   * quoted, whatever its status or content type.
   */
  issuesCredentials?: boolean
  /** The vendor's own error words in a JSON error body; defaults to `documentedErrorText`. */
  errorText?: (body: unknown) => string
  /**
   * The vendor's words from any answer, JSON or not, in place of `errorText` and the kit's excerpt:
   * for a vendor whose error text also reads the raw body, or scrubs more than redaction does. It is
   * handed the step's redaction and returns text safe to quote ('' for none), which is quoted as it
   * is, even for an endpoint that `issuesCredentials`: the vendor answers for what it quotes.
   */
  vendorText?: (answer: Answer, redact: (text: string) => string) => string
  /** Extra lines for any failure of this endpoint (a correlation id, the region used). */
  trailer?: readonly string[]
  /**
   * The meaning of an answer that `meanings` leaves unexplained (a status it does not list, or an
   * entry that gives nothing), before the shared meanings: for a vendor whose own error code in the
   * body says more than the status.
   */
  otherwise?: Meaning
  /**
   * The API answers its errors in JSON too, whatever their Content-Type: a body that is not a JSON
   * object is "not the API" (a proxy's or a login page) at any status below 500, not only with a
   * 2xx. A 5xx page is the server's or a proxy's failure (maintenance, an outage), read as any 5xx.
   */
  jsonErrors?: boolean
  /**
   * Sees every answer before it is read, a failure too (a session cookie the server re-issues, the
   * tokens a login answer carries, to mask them first), with its body as parsed by `send`.
   */
  onAnswer?: (response: HttpResponse, body: unknown) => void
}

/** A successful answer: a 2xx whose body is a JSON object. */
export interface Success {
  response: HttpResponse
  body: Json
}

/**
 * Sends the endpoint and returns its JSON object answer; any other outcome throws the step's
 * failure message. `isSuccess` lets a vendor add its own success signal to the status.
 */
export async function call(
  context: VendorContext,
  endpoint: Endpoint,
  isSuccess: (body: Json, response: HttpResponse) => boolean = () => true
): Promise<Success> {
  const { response, body } = await send(context, endpoint)
  const ok = response.status >= 200 && response.status < 300
  if (ok && isObject(body) && isSuccess(body, response)) return { response, body }
  throw explainAnswer(context, endpoint, response, body)
}

/**
 * Sends the endpoint and reads its answer (bounded JSON; undefined when it is not JSON) without
 * judging it: for a vendor that decides some statuses itself (a 403 noted rather than thrown) and
 * hands the rest to `explainAnswer`. `call` is this, then the judgement.
 */
export async function send(context: VendorContext, endpoint: Endpoint): Promise<Answer> {
  let response: HttpResponse
  try {
    response = await context.http.request(endpoint)
  } catch (error) {
    if (error instanceof ActionFailure && endpoint.trailer?.length) {
      throw new ActionFailure([error.message, ...endpoint.trailer].join('\n'))
    }
    throw error
  }
  const body = parseJson(response.body)
  endpoint.onAnswer?.(response, body)
  return { response, body, plan: context.plan }
}

/**
 * The one failure message for an answer that is not a success. Status first: the vendor's meaning
 * of that status, else the shared one. A 2xx that is not a JSON object is "not the API"; one that
 * is JSON but fails the vendor's own signal takes the vendor's meaning of that 2xx.
 */
export function explainAnswer(
  context: VendorContext,
  endpoint: Endpoint,
  response: HttpResponse,
  body: unknown
): ActionFailure {
  const vendorName = context.vendor.name
  const ok = response.status >= 200 && response.status < 300
  // Every field a message may quote is read from here: redacted whole, before any is cut.
  const redactedBody = redactedJson(body, context.redact)
  const answer = { response, body: redactedBody, plan: context.plan }
  const diagnosis =
    meaningOf(endpoint.meanings[response.status], answer) ?? meaningOf(endpoint.otherwise, answer)
  const serverFailed = response.status >= 500
  if (!isObject(body) && ((endpoint.jsonErrors && !serverFailed) || (ok && !diagnosis))) {
    const failure = notJsonFailure(vendorName, response, context.redact, {
      quoteBody: !endpoint.issuesCredentials,
      server: context.http.server
    })
    return withTrailer(failure, endpoint.trailer)
  }
  return statusFailure({
    vendor: vendorName,
    endpoint: response.endpoint,
    status: response.status,
    statusText: serverLine(response.statusText),
    vendorText: vendorWords(context, endpoint, response, redactedBody),
    diagnosis:
      diagnosis ??
      (ok
        ? unrecognisedSuccess(vendorName, context.http.server)
        : explainCommonStatus(
            response.status,
            vendorName,
            response.retryable,
            context.http.server
          )),
    trailer: [...(diagnosis?.trailer ?? []), ...(endpoint.trailer ?? [])]
  })
}

/**
 * The answer's JSON with every string redacted. The vendor's error fields are read from it, and
 * reading a field cuts it to the bound of one piece of server text: a secret echoed across that
 * cut would escape a redaction run on the cut text (contract: redaction runs on the whole raw text
 * before it is shortened).
 */
export function redactedJson(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map((item) => redactedJson(item, redact))
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactedJson(item, redact)])
    )
  }
  return value
}

/**
 * The vendor's words: the endpoint's own `vendorText`, or else documented fields of a JSON body
 * already redacted (redactedJson); for a body that is not JSON, a short excerpt, unless the answer
 * may carry a credential. Redacted before it is shortened.
 */
function vendorWords(
  context: VendorContext,
  endpoint: Endpoint,
  response: HttpResponse,
  body: unknown
): string | undefined {
  if (endpoint.vendorText) {
    return endpoint.vendorText({ response, body, plan: context.plan }, context.redact) || undefined
  }
  if (isObject(body)) {
    const words = (endpoint.errorText ?? documentedErrorText)(body)
    // Read from the redacted body: nothing left to redact.
    return words ? serverLine(words) : undefined
  }
  if (endpoint.issuesCredentials || response.body.trim() === '') return undefined
  return textExcerpt(context.redact(response.body))
}

function meaningOf(meaning: Meaning | undefined, answer: Answer): AnswerDiagnosis | undefined {
  return typeof meaning === 'function' ? meaning(answer) : meaning
}

function unrecognisedSuccess(vendorName: string, server: ServerChoice | undefined): Diagnosis {
  const { fromInput, cause, check } = answeredInItsPlace(server, `the ${vendorName} API`)
  return {
    headline: 'the answer did not carry the expected result',
    causes: [cause],
    // A host the step chose itself is the vendor's API already: no url input to set.
    fix: fromInput
      ? `set the url input to the base URL of the ${vendorName} API, without a path.`
      : `check ${check}.`
  }
}

function withTrailer(
  failure: ActionFailure,
  trailer: readonly string[] | undefined
): ActionFailure {
  return trailer?.length ? new ActionFailure([failure.message, ...trailer].join('\n')) : failure
}

/**
 * The vendor's own words from a JSON error answer, documented fields only (contract Behaviour 10):
 * OAuth's `error` / `error_description`, the common `message` / `detail` / `title`, and JSON:API's
 * `errors[].detail` / `title`. Anything else in the body is never quoted.
 */
export function documentedErrorText(body: unknown): string {
  if (!isObject(body)) return ''
  if (Array.isArray(body.errors)) {
    const first: unknown = body.errors[0]
    const words = isObject(first)
      ? [firstText(first, ['title']), firstText(first, ['detail', 'message'])]
      : [typeof first === 'string' ? first : '']
    const joined = words.filter(Boolean).join(': ')
    if (joined) return joined
  }
  const error = isObject(body.error) ? body.error : undefined
  const code = error ? firstText(error, ['code']) : firstText(body, ['error'])
  const description = firstText(error ?? body, [
    'error_description',
    'message',
    'detail',
    'title',
    'Message',
    'ErrorMessage'
  ])
  return [code, description].filter(Boolean).join(': ')
}

/**
 * Sends an identity request and reads who answered. Unless the vendor names nobody by design
 * (`anonymous`), an answer that names no user fails: a check passes only on the vendor's own signal.
 */
export async function checkIdentity(
  context: VendorContext,
  endpoint: Endpoint,
  parse: (body: Json, response: HttpResponse) => Identity,
  options: { anonymous?: boolean; isSuccess?: (body: Json, response: HttpResponse) => boolean } = {}
): Promise<{ identity: Identity; response: HttpResponse; body: Json }> {
  const { response, body } = await call(context, endpoint, options.isSuccess)
  const identity = parse(body, response)
  if (!options.anonymous) requireNamedUser(context, identity, response, endpoint.trailer)
  return { identity, response, body }
}

export function requireNamedUser(
  context: VendorContext,
  identity: Identity,
  response: HttpResponse,
  trailer: readonly string[] = []
): void {
  if (identity.userId || identity.username || identity.email) return
  throw new ActionFailure(
    [
      `${context.vendor.name}: ${response.endpoint} answered HTTP ${response.status} but named no user, so the credentials could not be verified.`,
      `Fix: check ${answeredInItsPlace(context.http.server, `the ${context.vendor.name} API`).check}.`,
      ...trailer
    ].join('\n')
  )
}

/**
 * For a regional vendor, the likeliest cause of a 401: the credential belongs to another region.
 * Names the region used and the others, so the user can pick without reading documentation.
 */
export function regionCause(context: VendorContext): string[] {
  const regions = context.vendor.location.regions
  if (!regions) return []
  const { plan } = context
  const others = Object.entries(regions)
    .filter(([name]) => name !== plan.region)
    .map(([name, url]) => `${name} (${url})`)
    .join(', ')
  const used = plan.region ? `region ${plan.region} (${plan.url})` : `the url input (${plan.url})`
  // The url and region inputs may not both be given: with a url, setting region alone is refused.
  const change = plan.urlFromInput
    ? "Remove the url input and set the region input to the credential's region"
    : "Set the region input to the credential's region"
  return [
    `the credential belongs to another ${context.vendor.name} region: this step used ${used}; the others are ${others}. ${change}`
  ]
}

/** A note for the log and the summary. */
export function note(label: string, value: string): Note {
  return { label, value }
}

/**
 * Runs `body` with a context whose HTTP client talks to `baseUrl` instead of the plan's url, with
 * the same timeout, retries, TLS and proxy settings: for a vendor whose token server is another
 * host than its API (an OAuth identity provider). Its requests join the step's request table, and
 * its connections are closed afterwards. With the plan's own url, the step's client is used.
 */
export async function atBaseUrl<T>(
  context: VendorContext,
  baseUrl: string,
  body: (context: VendorContext) => Promise<T>
): Promise<T> {
  if (baseUrl === context.plan.url) return body(context)
  const http = createHttpClient(
    { ...context.plan, url: baseUrl, vendorName: context.vendor.name },
    context
  )
  try {
    return await body({ ...context, http })
  } finally {
    context.http.records.push(...http.records)
    http.close()
  }
}
