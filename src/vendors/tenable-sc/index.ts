/**
 * Tenable.sc (Security Center), always on-premises. Two credential modes (./login.ts):
 *   - API keys (5.13+): `x-apikey: accesskey=AK; secretkey=SK;`, verified with one
 *     GET /rest/currentUser;
 *   - a session: POST /rest/token, then X-SecurityCenter: <token> plus the TNS_SESSIONID cookie on
 *     every later request, ended by DELETE /rest/token in the post step (./logout.ts).
 * Every /rest answer is an envelope { type, response, error_code, error_msg, warnings, timestamp }
 * (./envelope.ts); HTTP 200 alone proves nothing, and errors arrive as 400 or 403 with JSON labelled
 * text/html (./meanings.ts).
 * Sources: shared vendor notes §2 and decisions 4-9, Tenable's "API Key Authorization" and
 * "Token" pages, pyTenable's recorded cassettes.
 */
import { ActionFailure } from '../../core/failure.js'
import type { LoginResult, SessionContext, Vendor, VendorContext } from '../../kit/types.js'
import { loginWithKeys, loginWithSession } from './login.js'
import { cookieValue, decimalToken } from './grammar.js'
import { COOKIE_NAME, logout } from './logout.js'
import { RELEASE_SESSION, releaseSession } from './options.js'

/** Tenable.sc keys are 32 + 32 characters; the server rejects any pair whose lengths do not add up. */
const COMBINED_KEY_LENGTH = 64
const TYPICAL_KEY_LENGTH = 32

export const tenableSc: Vendor = {
  id: 'tenable-sc',
  name: 'Tenable.sc',
  location: { urlExample: 'https://sc.example.com' },
  modes: [
    { id: 'api-key', inputs: ['access-key', 'secret-key'] },
    { id: 'session', inputs: ['username', 'password'] }
  ],
  urlEnv: ['TSC_URL'],
  credentialEnv: { 'access-key': ['TSC_ACCESS_KEY'], 'secret-key': ['TSC_SECRET_KEY'] },
  // pyTenable's TenableSC() also logs in with TSC_USERNAME / TSC_PASSWORD, which this step never
  // reads, and only when the two keys are not both set (tenable/base/platform.py _authenticate,
  // _allowed_auth_mech_priority; shared notes vendors-next.md F5).
  toolsCredentialEnv: ['TSC_ACCESS_KEY', 'TSC_SECRET_KEY', 'TSC_USERNAME', 'TSC_PASSWORD'],
  toolsReadFirst: {
    TSC_USERNAME: ['TSC_ACCESS_KEY', 'TSC_SECRET_KEY'],
    TSC_PASSWORD: ['TSC_ACCESS_KEY', 'TSC_SECRET_KEY']
  },
  options: [RELEASE_SESSION],
  // The Administrator manages Tenable.sc as a whole but belongs to no organization, so it has no
  // access to the data the organizations' scans collect (docs.tenable.com, Tenable Security Center
  // "User Roles"): its key is not just more than a scan gate needs, but the wrong one.
  roles: {
    kind: 'names',
    administrative: {
      names: ['Administrator'],
      narrower:
        'an organizational role that can launch the scans (Security Manager, or a custom role; an Administrator belongs to no organization and has no access to its scan data)'
    }
  },
  permissions: {
    kind: 'none',
    reason:
      'Tenable.sc reports only the user\'s role, not individual permissions. Use required-roles instead, with the role name or id (e.g. "Security Manager" or "2").'
  },

  validate(plan) {
    releaseSession(plan)
    if (plan.authMode === 'api-key') {
      validateKeys(plan.credentials['access-key'] ?? '', plan.credentials['secret-key'] ?? '')
      return releaseSession(plan)
        ? ['release-session applies only to username/password sessions; API keys open no session.']
        : []
    }
    return []
  },

  async login(context: VendorContext): Promise<LoginResult> {
    return context.plan.authMode === 'session' ? loginWithSession(context) : loginWithKeys(context)
  },

  async logout(context: SessionContext, session: Record<string, string>): Promise<void> {
    // What the post step sends passes the same grammar as at login: state is text it did not write.
    const token = decimalToken(session.token, 'the saved Tenable.sc session token')
    const cookie = session.cookie
      ? cookieValue(session.cookie, COOKIE_NAME, 'the saved Tenable.sc session cookie')
      : ''
    await logout(context, token, cookie)
  }
}

/** Rejects keys the server would refuse anyway, saying which input looks wrong. */
export function validateKeys(accessKey: string, secretKey: string): void {
  if (accessKey.length + secretKey.length === COMBINED_KEY_LENGTH) return
  const wrong = [
    ...(accessKey.length !== TYPICAL_KEY_LENGTH
      ? [`access-key (${accessKey.length} characters)`]
      : []),
    ...(secretKey.length !== TYPICAL_KEY_LENGTH
      ? [`secret-key (${secretKey.length} characters)`]
      : [])
  ]
  const suspicious = [accessKey, secretKey].some((key) => /[\s"'`;]/.test(key))
  throw new ActionFailure(
    [
      `Tenable.sc API keys must have a combined length of ${COMBINED_KEY_LENGTH} characters (32 + 32); these have ${accessKey.length + secretKey.length}, so Tenable.sc would reject them.`,
      `The input that looks wrong: ${wrong.join(' and ')}.`,
      `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (one of the keys contains such a character)' : ''}, or the two keys pasted into one secret.`,
      'Fix: copy the keys again from "Generate API Keys" in Tenable.sc into the secrets behind the access-key and secret-key inputs (or TSC_ACCESS_KEY / TSC_SECRET_KEY).'
    ].join('\n')
  )
}
