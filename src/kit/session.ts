/**
 * The life of a vendor session, for vendors whose login opens one (a token that the post step ends):
 *
 *   openSession → keepSession (saved for the post step before it is used: a cancelled step still
 *   has it ended) → use it (the identity check) → endOnFailure ends it at once if that fails
 *   post step: closeSession, whose failure the post step reports as a warning
 *
 * A session that is open but not handed to the post step would stay open on the server until it
 * times out, using up one of the user's sessions; so it is ended as soon as the step knows it will
 * not be handed on, and a failure to end it never hides the failure that caused it.
 */
import { errorMessage, NothingLeftToEnd, statusFailure, type Diagnosis } from '../core/failure.js'
import { parseJson } from '../net/json.js'
import type { HttpResponse, RequestOptions } from '../net/types.js'
import { call, documentedErrorText, redactedJson, type Endpoint, type Success } from './endpoint.js'
import { bearerToken } from './grammar.js'
import { serverLine, type Json } from './parse.js'
import type { SessionContext, VendorContext } from './types.js'

/**
 * Sends a login that opens a session. It is never sent twice once it may have reached the server
 * (the first attempt's session would be left open), and its answer is never quoted (it may carry
 * the session's credential).
 */
export function openSession(
  context: VendorContext,
  login: Endpoint,
  isSuccess?: (body: Json, response: HttpResponse) => boolean
): Promise<Success> {
  return call(context, { ...login, creates: true, issuesCredentials: true }, isSuccess)
}

/**
 * Runs `use` with a session just opened. If it fails, the session will not be handed to the post
 * step, so `end` ends it now, best effort: the step fails with what `use` threw, and a failure of
 * `end` only reaches the debug log.
 */
export async function endOnFailure<T>(
  context: VendorContext,
  end: () => Promise<void>,
  use: () => Promise<T>
): Promise<T> {
  try {
    return await use()
  } catch (error) {
    const vendorName = context.vendor.name
    try {
      await end()
      context.info(`Ended the ${vendorName} session that was opened for this failed check.`)
    } catch (endError) {
      context.debug(`Could not end the ${vendorName} session: ${errorMessage(endError)}`)
    }
    // Ended or tried here, whatever the answer: the post step would only try again and warn.
    await context.forgetSession?.().catch(() => undefined)
    throw error
  }
}

/** How a vendor ends a session: the request, and how to read its answer. */
export interface Logout {
  request: RequestOptions
  /** Whether the answer says the session ended. `body` is the parsed JSON, or undefined. */
  ended: (response: HttpResponse, body: unknown) => boolean
  /** What an answer that did not end it means. */
  meaning: (response: HttpResponse, body: unknown) => Diagnosis
  /**
   * Whether that answer says nothing was left to end (the session had already ended, the
   * credential is no longer accepted): reported without a warning, as there is nothing to do.
   */
  alreadyEnded?: (response: HttpResponse, body: unknown) => boolean
  /** The vendor's words in that answer; by default the documented fields of a JSON error body. */
  words?: (body: unknown) => string
}

/**
 * Ends a session (the vendor's logout, in the post step or after a failed check). Throws the
 * failure when the server did not end it: the post step turns that into a warning, since the job's
 * result no longer depends on it.
 */
export async function closeSession(
  context: SessionContext,
  vendorName: string,
  logout: Logout
): Promise<void> {
  const response = await context.http.request(logout.request)
  const body = parseJson(response.body)
  if (logout.ended(response, body)) return
  const words = (logout.words ?? documentedErrorText)(redactedJson(body, context.redact))
  throw statusFailure(
    {
      vendor: vendorName,
      endpoint: response.endpoint,
      status: response.status,
      statusText: serverLine(response.statusText),
      vendorText: words ? serverLine(words) : undefined,
      diagnosis: logout.meaning(response, body)
    },
    logout.alreadyEnded?.(response, body) ? NothingLeftToEnd : undefined
  )
}

/**
 * Whether a logout or revoke was answered 401 in the vendor's own words (the documented fields of a
 * JSON error body): the server no longer accepts what was sent. A 401 without them (an HTML page, an
 * empty or plain-text body) is more likely a proxy or gateway in front of the server, which says
 * nothing of the session or credential behind it, so it is never read as nothing left to end.
 */
export function unauthorizedInServerWords(response: HttpResponse, body: unknown): boolean {
  return response.status === 401 && documentedErrorText(body) !== ''
}

/** A minted credential that the post step revokes with itself (the only thing it holds then). */
export interface SelfRevoke {
  /** The DELETE path that names it, its id already checked against the vendor's grammar. */
  path: string
  /** The minted credential, as state carried it: checked as a bearer token before it is sent. */
  token: unknown
  /** What it is, in the vendor's words: "API key", "access token". */
  what: string
  /** How to revoke it by hand, for the warning when this fails. */
  byHand: string
  /** What a 400 answer means at this vendor, when it means more than a refusal to self-revoke. */
  badRequestCause?: string
}

/**
 * Revokes a minted credential by sending DELETE `path` authenticated with the credential itself;
 * any 2xx ends it. Throws, for the post step's warning, when it did not.
 */
export async function revokeWithItself(
  context: SessionContext,
  vendorName: string,
  revoke: SelfRevoke
): Promise<void> {
  const token = bearerToken(revoke.token, `the saved minted ${revoke.what}`)
  await closeSession(context, vendorName, {
    request: { method: 'DELETE', path: revoke.path, headers: { authorization: `Bearer ${token}` } },
    ended: (response) => response.status >= 200 && response.status < 300,
    // Sent with the credential itself: the server's own 401 is it no longer accepting it.
    alreadyEnded: unauthorizedInServerWords,
    meaning: (response, body) =>
      unauthorizedInServerWords(response, body)
        ? {
            headline: `the ${revoke.what} minted for this job is no longer accepted`,
            causes: [`it was already revoked, or has expired`],
            fix: 'nothing to do for this job.'
          }
        : {
            headline: `the server did not revoke the ${revoke.what} minted for this job`,
            causes: [selfRevokeCause(response.status, revoke)],
            fix: `revoke it by hand if it must not live until it expires: ${revoke.byHand}.`
          }
  })
}

/** Why a credential's revoke of itself was answered with `status` rather than a 2xx. */
function selfRevokeCause(status: number, revoke: SelfRevoke): string {
  // The request authenticated with the credential: a 404 is its id, not the credential, unknown.
  if (status === 404)
    return `the server accepted the ${revoke.what} but knows none by the id saved for it (removed already, or the id saved is not its), so it may still be valid`
  if (status === 400 && revoke.badRequestCause) return revoke.badRequestCause
  // A server error says nothing of what the credential may do: it failed the revoke, whoever asked.
  if (status >= 500)
    return `the server failed the revoke (HTTP ${status}: an outage, maintenance, or a proxy in front of it), so the ${revoke.what} may still be valid`
  if (status === 401)
    return `the revoke was refused with HTTP 401 but not in the server's own words (a proxy or gateway in front of it may have answered), so the ${revoke.what} may still be valid`
  if (status === 400 || status === 403 || status === 405)
    return `the server does not let the ${revoke.what} revoke itself (an administrator can)`
  return `the server refused the revoke with HTTP ${status}, so the ${revoke.what} may still be valid`
}
