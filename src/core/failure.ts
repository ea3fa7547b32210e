/**
 * What went wrong, as one message a user can act on: which vendor and endpoint, the HTTP status,
 * the vendor's own words, the likely causes and what to change. Guidance shared between vendors is
 * kept here as named constants.
 */
import { RETRYABLE_STATUSES } from '../net/retry.js'

/** A failure whose message is complete and safe to show: the step fails with exactly this text. */
export class ActionFailure extends Error {
  override readonly name: string = 'ActionFailure'
}

/**
 * A logout or revoke the server answered as having nothing left to end (the session had already
 * ended, the credential was no longer accepted): the post step reports it, but not as a warning,
 * since there is nothing for the user to do.
 */
export class NothingLeftToEnd extends ActionFailure {
  override readonly name: string = 'NothingLeftToEnd'
}

/** A credential input was empty; the entry point may add why (fork or Dependabot runs). */
export class MissingCredentialFailure extends ActionFailure {
  override readonly name: string = 'MissingCredentialFailure'
}

export interface Explanation {
  /** The usual reasons, most likely first. */
  causes: readonly string[]
  /** What to change, naming the input. */
  fix: string
}

/** What an answer means: a one-line headline, then the likely causes and the fix. */
export interface Diagnosis extends Explanation {
  headline: string
}

// The hints follow "Fix: " and begin in lower case, as every vendor's own fix does.
export const CA_CERT_HINT =
  'if the server uses a private or self-signed certificate, give its CA in the ca-cert input (PEM ' +
  'text or a path to a PEM file). Set tls-verify: false only as a last resort.'

export const PROXY_HINT =
  'the request went through the proxy from HTTPS_PROXY / HTTP_PROXY: check that the proxy is ' +
  'reachable and allows CONNECT to this host, or list the host in NO_PROXY.'

export const TIMEOUT_HINT =
  'raise the timeout input if the server is slow, or check that the runner can reach it (firewall, ' +
  'VPN, IP allow-list).'

export const RETRY_HINT =
  'the server is overloaded or rate-limiting: try again later, or raise the retries input.'

/** Where a request went, and whether the url input chose it (Plan.urlFromInput). */
export interface ServerChoice {
  /** The base URL the request went to. */
  url: string
  /** False when a region, the credentials or the vendor's default chose it (default true). */
  urlFromInput?: boolean
}

/**
 * Whom to suspect for an answer no genuine `what` gives: the url input, when it chose the server.
 * A host the step chose itself (a region's, the credentials', the vendor's default) is the
 * vendor's own, and the user set no url input to correct: what answered in its place sits between
 * the runner and that host. `cause` reads as a likely cause, `check` after "check "; `fromInput`
 * for a message that keeps its own words for the url input.
 */
export function answeredInItsPlace(
  server: ServerChoice | undefined,
  what: string
): { fromInput: boolean; cause: string; check: string } {
  if (server?.urlFromInput !== false) {
    return {
      fromInput: true,
      cause: `the url input points at something other than ${what}`,
      check: `that the url input points at ${what}`
    }
  }
  const host = new URL(server.url).host
  return {
    fromInput: false,
    cause: `something between the runner and ${host} answered in its place (a proxy or gateway)`,
    check: `that nothing between the runner and ${host} answers in its place (a proxy or gateway)`
  }
}

/**
 * The server a genuine answer came from, as a cause names it beside the credentials ("the key
 * belongs to another environment than ..."): the url input when it chose it; otherwise the host the
 * step chose itself and what chose it (a region, the vendor's default), since a url input the user
 * never set is nothing to check.
 */
export function chosenServer(plan: {
  url: string
  region?: string | undefined
  urlFromInput?: boolean | undefined
}): string {
  if (plan.urlFromInput) return 'the url input'
  return `${plan.url}, ${plan.region ? `the host of region ${plan.region}` : 'the default host'}`
}

export interface StatusFailureDetails {
  vendor: string
  /** e.g. "GET https://sc.example.com/rest/currentUser" (no credentials in it). */
  endpoint: string
  status: number
  statusText: string
  /** The vendor's own error text, already redacted and on one line. */
  vendorText: string | undefined
  diagnosis: Diagnosis
  /** Extra lines, e.g. a correlation id for the vendor's support. */
  trailer?: readonly string[]
}

export function statusFailure(
  details: StatusFailureDetails,
  Failure: typeof ActionFailure = ActionFailure
): ActionFailure {
  const status = `HTTP ${details.status}${details.statusText ? ` ${details.statusText}` : ''}`
  const lines = [
    `${details.vendor}: ${details.diagnosis.headline} (${status} from ${details.endpoint}).`,
    ...(details.vendorText ? [`${details.vendor} said: ${details.vendorText}`] : []),
    ...formatExplanation(details.diagnosis),
    ...(details.trailer ?? [])
  ]
  return new Failure(lines.join('\n'))
}

export function formatExplanation(explanation: Explanation): string[] {
  const lines: string[] = []
  if (explanation.causes.length === 1) lines.push(`Likely cause: ${explanation.causes[0]}.`)
  else if (explanation.causes.length > 1) {
    lines.push('Likely causes:', ...explanation.causes.map((c) => `  - ${c}`))
  }
  lines.push(`Fix: ${explanation.fix}`)
  return lines
}

/** The message of any thrown value, without a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/**
 * Causes and fixes for statuses every vendor shares; vendors explain 401 and 403 themselves, with
 * their own documentation's causes, and may override any of these. `retryable`: whether the client
 * would have sent this request again after this answer (HttpResponse.retryable), when known.
 * `server`: where the answer came from (HttpClient.server); absent, the url input chose it.
 */
export function explainCommonStatus(
  status: number,
  vendor: string,
  retryable?: boolean,
  server?: ServerChoice
): Diagnosis {
  if (status === 401) {
    return {
      headline: 'the credentials were rejected',
      causes: ['the credential is wrong, expired or revoked, or belongs to another server'],
      fix: `check the credential inputs and the url input for ${vendor}.`
    }
  }
  if (status === 403) {
    return {
      headline: 'the credentials were accepted but may not do this',
      // Not "lacks the permission this check needs": some identity calls need none (Socket's).
      causes: [
        `the user or key lacks a ${vendor} permission or scope this request needs, or a rule such as an IP allow-list or the plan refuses it`
      ],
      fix: `ask a ${vendor} administrator which of these refuses it, and for the access this step needs.`
    }
  }
  if (status === 404) {
    // A host the step chose itself (a region's, the vendor's default) is the vendor's API: no url
    // input to correct, and an answer unlike the API's came from something in between.
    const { fromInput, cause, check } = answeredInItsPlace(server, `the ${vendor} API`)
    if (!fromInput)
      return { headline: 'the endpoint was not found', causes: [cause], fix: `check ${check}.` }
    return {
      headline: 'the endpoint was not found',
      causes: [
        `the url input does not point at the ${vendor} API (a typo, a missing or extra path, or the web interface instead of the API)`
      ],
      fix: `set the url input to the base URL of the ${vendor} API, without a path.`
    }
  }
  if (status === 429) {
    // A request that creates something (a login, a minted token) is sent again after a 429 only
    // when the server says when (Retry-After): without it, no retry was made and none would be.
    const notSentAgain = retryable === false
    return {
      headline: notSentAgain
        ? 'too many requests'
        : 'too many requests, still rate-limited after the retries',
      causes: ['other jobs or tools are using the same credentials heavily'],
      fix: notSentAgain
        ? `try again later (this request is not sent again after an HTTP 429 that names no time to wait, so the retries input does not help). If it persists, spread the jobs that use these ${vendor} credentials over time.`
        : RETRY_HINT
    }
  }
  if (status >= 500) {
    // Only some 5xx are retried (RETRYABLE_STATUSES): more retries cannot help any other, which the
    // server sends as its answer (a 500 is an error inside it), so the fix must not say so. Nor
    // after a request that creates something (a login, a minted token): it is not sent again after
    // a 502 or 504, nor a 503 without Retry-After, since it may have reached the server.
    const retriedStatus = RETRYABLE_STATUSES.has(status)
    const notRetried = retriedStatus
      ? `this request is not sent again after an HTTP ${status}, since it may have created something on the server already`
      : `an HTTP ${status} is never retried`
    return {
      headline: 'the server failed to answer',
      causes: [
        `${vendor} or a proxy in front of it has a problem (maintenance, overload, an outage)`
      ],
      fix:
        (retryable ?? retriedStatus)
          ? `${RETRY_HINT} If it persists, check ${vendor}'s status page or ask your administrator.`
          : `try again later (${notRetried}, so the retries input does not help). If it persists, check ${vendor}'s status page or ask your administrator.`
    }
  }
  const { fromInput, cause, check } = answeredInItsPlace(server, 'the API')
  return {
    headline: `the server answered with HTTP ${status}, which this check does not expect`,
    causes: [fromInput ? `${cause}, or a proxy changed the answer` : cause],
    fix: fromInput
      ? "check the url input and the vendor's message above."
      : `check ${check}, and the vendor's message above.`
  }
}
