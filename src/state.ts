/**
 * Every key the main step leaves for the post step, in one place. The runner hands saved state back
 * to the post step only, as STATE_<key> variables.
 */
import * as core from '@actions/core'

const KEYS = { isPost: 'isPost', logout: 'logout' } as const

/** What the post step needs to end a vendor session. */
export interface LogoutState {
  vendor: string
  url: string
  timeoutMs: number
  retries: number
  tlsVerify: boolean
  caPem: string | undefined
  session: Record<string, string>
}

/** True in the post step: the main step saved isPost before it did anything else. */
export function isPostStep(): boolean {
  return core.getState(KEYS.isPost) === 'true'
}

export function markMainStarted(): void {
  core.saveState(KEYS.isPost, 'true')
}

export function saveLogoutState(state: LogoutState): void {
  core.saveState(KEYS.logout, JSON.stringify(state))
}

export function readLogoutState(): LogoutState | undefined {
  const raw = core.getState(KEYS.logout)
  return raw ? (JSON.parse(raw) as LogoutState) : undefined
}
