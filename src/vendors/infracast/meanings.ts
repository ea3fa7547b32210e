/**
 * What Infracast's answers mean, for the kit's failure builder: per endpoint, a table of what each
 * status means (token, refresh, probe), and the vendor's own words in an error answer.
 */
import { chosenServer, type Diagnosis } from '../../core/failure.js'
import { redactedExcerpt } from '../../net/excerpt.js'
import type { Answer, StatusMeanings } from '../../kit/endpoint.js'
import type { Plan } from '../../kit/types.js'
import { isObject, serverLine } from '../../kit/parse.js'

export const NAME = 'Infracast'

/** A disabled user is refused the same way whichever token endpoint it asks. */
const USER_REFUSED = {
  causes: [
    'the user is disabled or locked',
    "the account's IP allow-list does not include this runner"
  ],
  fix: 'ask an Infracast administrator to check the user, or use an API key (api-key input).'
}

/** POST /api/v1/auth/token: username and password. */
export const LOGIN_MEANINGS: StatusMeanings = {
  400: {
    headline: 'the request was refused as malformed',
    causes: ['the username or password input is empty or malformed'],
    fix: 'check the username and password inputs.'
  },
  401: ({ plan }) => ({
    headline: 'the username or password was rejected',
    causes: [
      'the username or password is wrong, or the password was changed',
      'the user signs in through SSO (Okta, Azure AD, SAML) and has no Infracast password',
      `the account belongs to another Infracast environment than ${chosenServer(plan)} (dev vs prod)`
    ],
    fix: `check the secrets behind the username and password inputs${checkEnvironment(plan, ' and the url input')}; for unattended runs an API key (api-key input) is the better credential.`
  }),
  403: { headline: 'the login was refused', ...USER_REFUSED }
}

/** POST /api/v1/auth/refresh: a refresh token. */
export const REFRESH_MEANINGS: StatusMeanings = {
  400: {
    headline: 'the request was refused as malformed',
    causes: [
      'the refresh-token input does not hold a refresh token (perhaps an access token or an API key)'
    ],
    fix: 'store the refresh_token value from an Infracast login in the secret behind refresh-token.'
  },
  401: ({ plan }) => ({
    headline: 'the refresh token was rejected',
    causes: [
      'the refresh token has expired (refresh tokens live 7 days)',
      'the refresh token was revoked (the user logged out, was disabled, or it was already used once)',
      `the token was issued by another Infracast environment than ${chosenServer(plan)} (a dev token against prod, or the reverse)`
    ],
    fix: `obtain a new refresh token and store it in the secret behind the refresh-token input, or use username and password, or an API key for unattended runs${checkEnvironment(plan, '; check the url input')}.`
  }),
  403: { headline: 'the refresh was refused', ...USER_REFUSED }
}

/** Who a probe reads as: an API key, or the user behind an access token Infracast just issued. */
export interface ProbeSubject {
  who: string
  credential: 'api-key' | 'token'
}

/**
 * GET /api/v1/tenants/{tenant}/{resource}; a 403 is not judged here but gathered (./probes.ts). A
 * 404 names the tenant only when Infracast itself answered it, in its documented error envelope
 * ({"error":{"code":"NOT_FOUND",...}}); any other 404 (a web server's page, a proxy's) never reached
 * the API, so the shared meaning, a url input with a wrong or extra path, is the right one.
 */
export function probeMeanings(subject: ProbeSubject, tenant: string): StatusMeanings {
  return {
    401: ({ plan }) =>
      subject.credential === 'api-key' ? apiKeyRejected(plan) : issuedTokenRejected(plan),
    404: ({ body, plan }) =>
      isInfracastError(body)
        ? {
            headline: `tenant "${tenant}" does not exist, or ${subject.who} cannot see it`,
            causes: [
              `the tenant input holds a name or a typo instead of the tenant id (ids look like "prod")`,
              `${subject.who} belongs to another Infracast account or environment than the one at ${chosenServer(plan)}`
            ],
            fix: `set the tenant input to the id of a tenant the credentials may access${checkEnvironment(plan, ', and check the url input')}.`
          }
        : undefined
  }
}

/** Infracast's documented error envelope: {"error":{"code","message","details"}}. */
function isInfracastError(body: unknown): boolean {
  return isObject(body) && isObject(body.error)
}

/** Infracast's environments besides its default, for a credential that belongs to one of them. */
const OTHER_ENVIRONMENTS = 'https://dev.infracast.io or your own installation'

/**
 * The fix's words for a credential of another environment: `fromInput`, checking the url input,
 * when it chose the server; at the default host, which no input chose, setting the url input to
 * the credential's own environment.
 */
function checkEnvironment(plan: Plan, fromInput: string): string {
  return plan.urlFromInput
    ? fromInput
    : `; for credentials of another environment, set the url input to it (${OTHER_ENVIRONMENTS})`
}

function apiKeyRejected(plan: Plan): Diagnosis {
  return {
    headline: 'the API key was rejected',
    causes: [
      'the API key was revoked, deleted or has passed its expires_at',
      `the key belongs to another Infracast environment than ${chosenServer(plan)} (a dev key against prod, or the reverse)`,
      'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)'
    ],
    fix: `create a new API key in Infracast and store it in the secret behind the api-key input (or INFRACAST_API_KEY)${checkEnvironment(plan, ', and check the url input')}.`
  }
}

function issuedTokenRejected(plan: Plan): Diagnosis {
  // The token was issued a moment ago by the same address: at the url input, that address may be
  // a load balancer mixing environments; at the default host, only something in between can mix.
  const host = new URL(plan.url).host
  return {
    headline: 'the access token Infracast had just issued was rejected',
    causes: [
      plan.urlFromInput
        ? 'the url input reaches servers of different Infracast environments (a load balancer or proxy mixing dev and prod)'
        : `something between the runner and ${host} sends requests to servers of different Infracast environments (a proxy mixing dev and prod)`,
      'the token was revoked at once (the user was disabled or logged out everywhere)'
    ],
    fix: plan.urlFromInput
      ? 'check the url input and try again; if it persists, ask an Infracast administrator.'
      : `try again; if it persists, check that nothing between the runner and ${host} answers in its place (a proxy or gateway), or ask an Infracast administrator.`
  }
}

/**
 * The vendor's own words in a probe's answer, redacted, on one bounded line: `{"error":{"code",
 * "message","details"}}` as documented, or the `{"error","message"}` shape of a proxy, or a short
 * excerpt of a body that is not JSON (a probe issues no credential). Anything shaped like a token is
 * scrubbed too, since an error may quote one. Redaction runs on the whole raw text, then it is cut.
 */
export function vendorText({ response, body }: Answer, redact: (text: string) => string): string {
  const clean = (text: string): string => redact(scrubTokens(text))
  return serverLine(clean(errorText(body, response.body, clean)))
}

/**
 * The documented error fields as the server sent them, or a short excerpt of a body that is not
 * JSON. `redact` runs on the whole raw text before it is shortened (an echoed secret cut in half
 * would escape it after); the caller cleans and bounds the result.
 */
export function errorText(
  body: unknown,
  raw: string,
  redact: (text: string) => string = (text) => text
): string {
  if (!isObject(body)) return redactedExcerpt(raw, redact)
  const error = isObject(body.error) ? body.error : body
  const code = rawText(error, ['code']) || rawText(body, ['error'])
  const message = rawText(error, ['message', 'detail', 'title'])
  const details = isObject(error) ? error.details : undefined
  const detailText =
    details === undefined || details === null
      ? ''
      : typeof details === 'string'
        ? details
        : JSON.stringify(details)
  return [
    [code, message].filter(Boolean).join(': '),
    detailText ? `(details: ${redactedExcerpt(detailText, redact)})` : ''
  ]
    .filter(Boolean)
    .join(' ')
}

/**
 * The vendor's words in a login or refresh answer, which may carry credentials whatever its status:
 * only the documented `error.code` and `error.message`, redacted, on one bounded line; never the
 * `details` nor any other field, and never any of a body that is not JSON, which is described by
 * its type and size instead (contract Behaviour 10).
 */
export function grantErrorText(
  { response, body }: Answer,
  redact: (text: string) => string
): string {
  if (!isObject(body)) {
    if (response.body.trim() === '') return ''
    const type = serverLine(String(response.headers['content-type'] ?? 'no Content-Type'))
    return `(a body that is not JSON: ${type}, ${Buffer.byteLength(response.body)} bytes; not quoted, since the answer of a login may hold credentials)`
  }
  const error = isObject(body.error) ? body.error : undefined
  const words = [rawText(error, ['code']), rawText(error, ['message'])].filter(Boolean).join(': ')
  return serverLine(redact(scrubTokens(words)))
}

/** The first of `keys` that holds text (a number as its digits), trimmed but not yet cleaned. */
function rawText(source: unknown, keys: readonly string[]): string {
  if (!isObject(source)) return ''
  for (const key of keys) {
    const value = source[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  }
  return ''
}

/**
 * Removes anything shaped like a JWT or a token field from text that may reach a message. A JWT is
 * looked for only where a run of token characters begins: from inside a run the search would scan
 * that run again at every "eyJ", quadratic in a hostile 1 MiB answer.
 */
function scrubTokens(value: string): string {
  return value
    .replace(/(?<![\w-])eyJ[\w-]*\.[\w-]+\.[\w-]+/g, '***')
    .replace(/("(?:refresh_token|refreshToken|access_token|token)"\s*:\s*")[^"]*"/g, '$1***"')
}
