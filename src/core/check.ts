/**
 * The check itself, shared by the action's main step and the doctor: inputs → plan → vendor login →
 * expiry judgement → gate. It returns what happened instead of publishing it, and reaches the outside
 * world only through `io`, so the action can hand the outcome to the runner while the doctor prints it
 * on a terminal. No @actions/core here.
 */
import { createHttpClient, vendorContext, type VendorIo } from './context.js'
import { judgeCredentialExpiry } from './expiry.js'
import { ActionFailure, errorMessage } from './failure.js'
import type { RequestRecord } from '../net/types.js'
import {
  checkRequirements,
  cleanIdentity,
  describeIdentity,
  mergeVerified,
  requirementStatus,
  type GateResult,
  type RequirementResult
} from './identity.js'
import { buildPlan, usesLeastExposure } from '../plan/index.js'
import { refuseMisspelledInputs, type RawInputs } from '../plan/input-names.js'
import type { Plan } from '../kit/types.js'
import { judgePrivilege } from './privilege.js'
import { boundedList } from './sanitize.js'
import { loadVendor } from '../vendors/index.js'
import type { LoginResult, SavedSession, Vendor, VendorContext } from '../kit/types.js'

export interface CheckIo extends VendorIo {
  warning(message: string): void
  /**
   * Called once the vendor opened a session or minted a credential, before anything else can fail:
   * it must be ended (SavedSession: what to mask, what not, and when a minted one dies by itself).
   */
  saveSession(plan: Plan, saved: SavedSession): void | Promise<void>
  /** What was saved for this plan needs no ending any more (it was ended, or never created). */
  forgetSession(plan: Plan): void | Promise<void>
}

/** A session or minted credential kept in memory, where no post step will end it. */
export interface KeptSession {
  plan: Plan
  saved: SavedSession
}

/**
 * For CheckIo implementations that keep in memory (logout: false, the doctor): `saved` becomes the
 * one thing the plan's step must end, replacing what it kept before, as the post step's state holds
 * one; without `saved`, nothing is kept for the plan (CheckIo.forgetSession).
 */
export function keepFor(kept: KeptSession[], plan: Plan, saved?: SavedSession): void {
  const at = kept.findIndex((entry) => entry.plan === plan)
  if (at !== -1) kept.splice(at, 1)
  if (saved) kept.push({ plan, saved })
}

export interface CheckFailure {
  /** The one failure message, unredacted: each consumer redacts as it prints. */
  message: string
  /** True when the inputs failed validation, so no request was sent. */
  beforeNetwork: boolean
  /** What was thrown, for callers that add context (the action's fork and Dependabot hint). */
  error: unknown
}

export interface CheckOutcome {
  /** Absent when the inputs did not validate. */
  plan?: Plan
  vendor?: Vendor
  /** The vendor's answer, identity already cleaned; absent when the login failed. */
  result?: LoginResult
  /** Present once the requirements were judged; then the identity may be published. */
  gate?: GateResult
  /** Every request made, in order, with status, attempts and timing. */
  records: readonly RequestRecord[]
  /** Absent when the credentials were verified and every requirement passed. */
  failure?: CheckFailure
  /** Every warning the check gave (also sent to io.warning), for the job summary. */
  warnings: string[]
}

export async function check(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  io: CheckIo,
  options: { postStep?: boolean } = {}
): Promise<CheckOutcome> {
  const outcome: CheckOutcome = { records: [], warnings: [] }
  const warn = (message: string): void => {
    outcome.warnings.push(message)
    io.warning(message)
  }
  let validated = false
  try {
    refuseMisspelledInputs(env)
    const vendor = await loadVendor(raw.vendor)
    outcome.vendor = vendor
    const leastExposure = usesLeastExposure(raw)
      ? await import('../plan/least-exposure.js')
      : undefined
    const plan = buildPlan(raw, vendor, {
      env,
      ...options,
      ...(leastExposure ? { leastExposure } : {})
    })
    outcome.plan = plan
    // Values taken from the environment fallback are secrets too.
    for (const secret of plan.secrets) io.mask(secret)
    for (const warning of plan.warnings) warn(warning)
    validated = true
    await loginAndGate(plan, vendor, { ...io, warning: warn }, outcome)
  } catch (error) {
    outcome.failure = { message: failureMessage(error, io), beforeNetwork: !validated, error }
  }
  return outcome
}

async function loginAndGate(
  plan: Plan,
  vendor: Vendor,
  io: CheckIo,
  outcome: CheckOutcome
): Promise<void> {
  const http = createHttpClient({ ...plan, vendorName: vendor.name }, io)
  outcome.records = http.records
  const context: VendorContext = {
    ...vendorContext(http, io),
    plan,
    vendor,
    keepSession: async (secrets) => io.saveSession(plan, { secrets }),
    forgetSession: async () => io.forgetSession(plan)
  }
  try {
    // Modes named for what they are (client-credentials, api-credentials) would read "with
    // client-credentials credentials".
    const credentials = plan.authMode.endsWith('credentials')
      ? plan.authMode
      : `${plan.authMode} credentials`
    io.info(`Logging in to ${vendor.name} at ${plan.url} with ${credentials}`)
    const reported = await vendor.login(context)
    // From here on the identity is cleaned server text: one inert line per field. Not redacted:
    // the gate judges what the server said (a role may hold a short password's letters); the
    // outputs are redacted as they are published, the log and the summary as they are written.
    const result: LoginResult = { ...reported, identity: cleanIdentity(reported.identity) }
    outcome.result = result
    if (result.session) await io.saveSession(plan, { secrets: result.session })
    for (const warning of result.warnings ?? []) io.warning(warning)

    if (result.credentialExpiresAt) {
      const warning = judgeCredentialExpiry(
        vendor.name,
        result.credentialExpiresAt,
        plan.expiryWarningDays
      )
      if (warning) io.warning(warning)
    }
    const privilege = judgePrivilege(
      vendor,
      result.identity,
      plan.allowedRoles,
      describeIdentity(result.identity)
    )
    for (const warning of privilege.warnings) io.warning(warning)
    const gate = mergeVerified(
      checkRequirements(
        result.identity,
        plan.requiredRoles,
        plan.requiredPermissions,
        vendor.roles.kind === 'levels' ? vendor.roles : undefined
      ),
      result.verified ?? [],
      vendor.name
    )
    gate.results.push(...privilege.results)
    gate.reasons.push(...privilege.reasons)
    gate.passed &&= privilege.reasons.length === 0
    outcome.gate = gate
    io.info(`Verified: ${describeIdentity(result.identity)}${rolesText(result)} at ${plan.url}`)
    if (!gate.passed) {
      // Loaded only for an unmet gate: the entry that every step reads does not carry its wording.
      const { gateFailure } = await import('./gate-failure.js')
      throw gateFailure(plan, result, gate)
    }
    for (const r of gate.results) io.info(requirementLine(r, gate))
    if (plan.mint) {
      const { mintForLaterSteps } = await import('./mint.js')
      outcome.result = await mintForLaterSteps(vendor, context, result, io)
    }
  } finally {
    http.close()
  }
}

function rolesText(result: LoginResult): string {
  const roles = result.identity.roles
  return roles?.length ? `, role${roles.length > 1 ? 's' : ''} ${boundedList(roles)}` : ''
}

/** Each requirement's real result: roles are any-of, so a listed role the user lacks is "not held". */
function requirementLine(r: RequirementResult, gate: GateResult): string {
  const status = requirementStatus(r, gate)
  const detail =
    status === 'not held'
      ? ` (any one listed role suffices; matched ${gate.matchedRoles.map((m) => `"${m}"`).join(', ')})`
      : ''
  return `Requirement ${r.kind} "${r.required}": ${status}${detail}`
}

/** The one failure message for an error: ours as written, anything else as unexpected. */
export function failureMessage(error: unknown, io: Pick<CheckIo, 'debug'>): string {
  if (error instanceof ActionFailure) return error.message
  // Not one of ours: keep the stack out of the message but available with debug logging.
  if (error instanceof Error && error.stack) io.debug(error.stack)
  return `scanner-login failed unexpectedly: ${errorMessage(error)}. Please report this with the step's debug log.`
}
