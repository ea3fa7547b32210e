/**
 * Every key the main step leaves for the post step, in one place. The runner hands saved state back
 * to the post step only, as STATE_<key> variables. State carries only what the post step cannot
 * re-derive from its own inputs (the session), plus the vendor and URL to compare with them.
 */
import * as core from '@actions/core'

const KEYS = { isPost: 'isPost', mainStarted: 'scannerLoginMain', logout: 'logout' } as const
/** The value of KEYS.mainStarted; a later format can change it and old state is then ignored. */
const MAIN_MARKER = 'v1'

/** What the post step needs to end a vendor session. */
export interface LogoutState {
  /** Compared with the vendor the post step's own inputs give; never used on its own. */
  vendor: string
  /** Compared with the URL the post step's own inputs give; never used on its own. */
  url: string
  session: Record<string, string>
}

/**
 * True in the post step. The runner sets STATE_<key> in the post step from what the main step saved,
 * overriding the job environment; but a job env variable (an earlier step writing GITHUB_ENV) reaches
 * the main step too, and STATE_isPost is a common convention among actions. So a lone
 * STATE_isPost=true does not make this the post step: our main step also saves a second key of its
 * own, and both must be present. Only a step that deliberately imitates this action could fake both,
 * and such a step already controls the job.
 */
export function isPostStep(): boolean {
  return core.getState(KEYS.isPost) === 'true' && core.getState(KEYS.mainStarted) === MAIN_MARKER
}

/** STATE_isPost without our own marker: some earlier step put it into the job environment. */
export function foreignPostMarker(): boolean {
  return core.getState(KEYS.isPost) !== '' && !isPostStep()
}

export function markMainStarted(): void {
  core.saveState(KEYS.isPost, 'true')
  core.saveState(KEYS.mainStarted, MAIN_MARKER)
}

export function saveLogoutState(state: LogoutState): void {
  core.saveState(KEYS.logout, JSON.stringify(state))
}

/**
 * The saved session, with every value handed to `mask` before anything else reads it; undefined when
 * there is none. Throws when the state does not have the shape our main step writes. (`mask` is a
 * parameter so that this module, on the start-up path of both steps, stays free of the rest.)
 */
export function readLogoutState(mask: (value: string | number) => void): LogoutState | undefined {
  const raw = core.getState(KEYS.logout)
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
  if (
    typeof record.vendor !== 'string' ||
    typeof record.url !== 'string' ||
    sessionEntries.length === 0 ||
    !sessionEntries.every(([, value]) => typeof value === 'string')
  ) {
    throw new Error('the saved state does not have the shape this action writes; it was ignored.')
  }
  return {
    vendor: record.vendor,
    url: record.url,
    session: Object.fromEntries(sessionEntries) as Record<string, string>
  }
}
