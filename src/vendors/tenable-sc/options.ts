/** Tenable.sc's own input: parsed once, while the plan is built, and read in this one place. */
import { parseBooleanInput } from '../../plan/settings.js'
import type { Plan, VendorOption } from '../../kit/types.js'

/** release-session, as 'true' or '' (not set): a wrong spelling fails before any request. */
export const RELEASE_SESSION: VendorOption = {
  input: 'release-session',
  parse: (value) => (parseBooleanInput('release-session', value, false) ? 'true' : '')
}

/** The release-session input: false unless set, and only meaningful for sessions. */
export function releaseSession(plan: Plan): boolean {
  return plan.options['release-session'] === 'true'
}
