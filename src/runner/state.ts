/**
 * What the main step leaves for the post step, and how the post step reads it. The runner hands saved
 * state back to the post step only, as STATE_<key>. State carries only what the post step cannot
 * re-derive from its own inputs (the session), plus the vendor and URL to compare with them.
 *
 * Which step is running is not state: the post step has its own entry file (action.yml runs.post).
 * A STATE_* variable can also come from the job environment (an earlier step writing GITHUB_ENV), so a
 * marker in state could be forged to skip the main step's gate.
 */
import { getState } from './workflow-commands.js'

/** The key of the session; its value is JSON written by ./publish.ts saveLogoutState(). */
export const LOGOUT_STATE_KEY = 'logout'

/**
 * The key of what REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE and NODE_EXTRA_CA_CERTS held before the main
 * step pointed them at its CA files (JSON), for the post step to set them back (./ca-bundle.ts).
 */
export const CA_VARIABLES_STATE_KEY = 'ca-variables'

/**
 * Saves "no session" before anything else happens, on every path of the main step, a failed one
 * too. The runner hands the post step the main step's own state over any STATE_logout an earlier
 * step put in the job environment, so a forged session is never acted on; a session opened later
 * in the step is saved after this line and replaces it. An empty value needs no heredoc delimiter
 * (whose random part would load node:crypto on a validation failure): `key=` is the file format's
 * plain form.
 */
export function saveNoSession(env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STATE
  // '\n' rather than os.EOL: the runner reads either, and node:os is not loaded on this path.
  if (file) process.getBuiltinModule('node:fs').appendFileSync(file, `${LOGOUT_STATE_KEY}=\n`)
}

/** The longest id or name a vendor gives a minted credential; each vendor checks its own grammar. */
const MAX_ID = 256

/** An ISO-8601 UTC time as this action writes one (new Date().toISOString()). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/

/** What the post step needs to end a vendor session. */
export interface LogoutState {
  /** Compared with the vendor the post step's own inputs give; never used on its own. */
  vendor: string
  /** Compared with the URL the post step's own inputs give; never used on its own. */
  url: string
  session: Record<string, string>
  /**
   * Values that are not secret (a minted credential's id or name), kept apart from `session` so
   * they are never masked: a value a server chose must not become a mask.
   */
  ids?: Record<string, string>
  /**
   * When what `session` names dies by itself: present only for a minted credential (mint-token), so
   * a revoke that fails can say how long it stays valid. Not masked: it is a time, not a secret.
   */
  expiresAt?: string
  /** `expiresAt` is the expiry the mint asked for, which no answer confirmed (SavedSession). */
  expiryAsked?: true
  /**
   * A credential mint-token created: revoked when the job ends whatever logout says (it dies with
   * the job), where logout: false keeps a session.
   */
  minted?: true
}

/**
 * The saved session, with every value handed to `mask` before anything else reads it; undefined when
 * there is none. Throws when the state does not have the shape our main step writes. (`mask` is a
 * parameter so that this module, on the start-up path of both steps, stays free of the rest.)
 */
export function readLogoutState(mask: (value: string | number) => void): LogoutState | undefined {
  const raw = getState(LOGOUT_STATE_KEY)
  if (!raw) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new Error('the saved state is not the JSON this action writes; it was ignored.')
  }
  const record =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  const session = record.session
  const sessionEntries =
    typeof session === 'object' && session !== null ? Object.entries(session) : []
  for (const [, value] of sessionEntries) {
    if (typeof value === 'string' || typeof value === 'number') mask(value)
  }
  const expiresAt = typeof record.expiresAt === 'string' ? record.expiresAt : undefined
  const ids: unknown = record.ids ?? {}
  const idEntries = typeof ids === 'object' && ids !== null ? Object.entries(ids) : undefined
  if (
    typeof record.vendor !== 'string' ||
    typeof record.url !== 'string' ||
    idEntries === undefined ||
    sessionEntries.length + idEntries.length === 0 ||
    !sessionEntries.every(([, value]) => typeof value === 'string') ||
    !idEntries.every(([, value]) => typeof value === 'string' && value.length <= MAX_ID) ||
    (expiresAt !== undefined && !ISO_TIME.test(expiresAt))
  ) {
    throw new Error('the saved state does not have the shape this action writes; it was ignored.')
  }
  return {
    vendor: record.vendor,
    url: record.url,
    session: Object.fromEntries(sessionEntries) as Record<string, string>,
    ...(idEntries.length ? { ids: Object.fromEntries(idEntries) as Record<string, string> } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    ...(expiresAt && record.expiryAsked === true ? { expiryAsked: true as const } : {}),
    ...(record.minted === true ? { minted: true as const } : {})
  }
}
