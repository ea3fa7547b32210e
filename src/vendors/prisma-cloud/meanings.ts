/**
 * What Prisma Cloud's answers mean for this step, and its own words in them. Prisma Cloud explains
 * an error in the `x-redlock-status` header, a JSON list of `{i18nKey, severity, subject}` (its API
 * reference, "Error Responses"; Palo Alto's Go client parses it), or in a JSON body
 * `{"error":{"code","message"}}`; the login's 401 is documented as
 * `sso_enabled_password_login_attempt / invalid_credentials`.
 */
import type { Diagnosis } from '../../core/failure.js'
import type { HttpResponse } from '../../net/types.js'
import { documentedErrorText, regionCause, type Answer } from '../../kit/endpoint.js'
import { isObject, serverLine } from '../../kit/parse.js'
import type { VendorContext } from '../../kit/types.js'

export const NAME = 'Prisma Cloud'
const KEY_PAGE = 'Settings > Access Control > Access Keys'
const KEY_INPUTS =
  'the secrets behind the access-key and secret-key inputs (or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY)'
/** Entries of `x-redlock-status` worth quoting; a longer list is cut. */
const MAX_STATUS_ENTRIES = 5

/** The `i18nKey` of each entry of the answer's `x-redlock-status` (with its subject), raw. */
export function redlockStatus(response: Pick<HttpResponse, 'headers'>): string[] {
  const value = response.headers['x-redlock-status']
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw) return []
  let entries: unknown
  try {
    entries = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(entries)) return []
  return entries
    .slice(0, MAX_STATUS_ENTRIES)
    .filter(isObject)
    .map((entry) => {
      const key = typeof entry.i18nKey === 'string' ? entry.i18nKey.trim() : ''
      const subject = typeof entry.subject === 'string' ? entry.subject.trim() : ''
      return key && subject ? `${key} (${subject})` : key
    })
    .filter(Boolean)
}

/**
 * Prisma Cloud's words: the `x-redlock-status` keys, then the documented fields of a JSON body,
 * redacted whole before they are cut to one bounded line. A body that is not JSON is never quoted
 * (the login's answer may carry the token).
 */
export function prismaText({ response, body }: Answer, redact: (text: string) => string): string {
  const words = [redlockStatus(response).join(', '), documentedErrorText(body)]
    .filter(Boolean)
    .join('; ')
  return words ? serverLine(redact(words)) : ''
}

/** The 401 of POST /login: the key pair was refused, or a password login of an SSO user. */
export function loginRejected(context: VendorContext) {
  return ({ response }: Answer): Diagnosis => {
    if (redlockStatus(response).some((key) => key.startsWith('sso_enabled_password_login_attempt')))
      return ssoPasswordLogin
    return {
      headline: 'the access key was rejected',
      causes: [
        ...regionCause(context),
        'the access key was deleted or disabled, or has expired (an access key may be created with an expiry date)',
        'the user or service account that owns the key was disabled or removed',
        'the access key ID and secret do not belong together, were swapped (access-key takes the Access Key ID, secret-key the Secret Key), or one was copied wrongly (a stray space, quote or line break; Prisma Cloud shows a secret only once)'
      ],
      fix: `set region to the stack of your Prisma Cloud console (https://app2.eu.prismacloud.io is eu2, https://app.anz.prismacloud.io is anz), or create an access key under ${KEY_PAGE} and put its ID and secret into ${KEY_INPUTS}.`
    }
  }
}

const ssoPasswordLogin: Diagnosis = {
  headline: 'the password login of a single sign-on user was refused',
  causes: [
    'the access-key input holds a user’s e-mail address and secret-key a password, and that user signs in through SSO; this step logs in with an access key'
  ],
  fix: `create an access key under ${KEY_PAGE} (a service account's, for CI) and put its ID and secret into ${KEY_INPUTS}.`
}

/** 401 from GET /user/me with the token /login just issued. */
export const tokenRejected: Diagnosis = {
  headline: 'the token just issued by /login was rejected',
  causes: [
    'the url input reaches more than one Prisma Cloud stack (a proxy mixing stacks)',
    "this runner's clock or the server's is wrong, so the 10-minute token reads as expired",
    'a proxy in front of the url input removed or changed the x-redlock-auth header'
  ],
  fix: 'run the step again; if it persists, set region instead of url.'
}

/** 400 from GET /user/me: documented as `user_inactive_or_not_exist`. */
export const profileGone: Diagnosis = {
  headline: 'the access key’s user or service account is inactive or no longer exists',
  causes: [
    'a Prisma Cloud administrator disabled or deleted the user or service account that owns the key'
  ],
  fix: `ask a Prisma Cloud administrator to enable the owner of the key, or create an access key for an active service account under ${KEY_PAGE}.`
}

/** 403 from GET /user/me: the key's role may not read its own profile. */
export const profileForbidden: Diagnosis = {
  headline: 'the access key is valid but may not read the profile it belongs to',
  causes: [
    'the key’s role is restricted (for example "Only allow CI access" or "Only allow Compute access" in its permission group)',
    'an IP allow-list of the tenant refuses requests from this runner'
  ],
  fix: 'use an access key whose role may read its own profile, or ask a Prisma Cloud administrator to allow this runner.'
}
