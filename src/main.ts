/**
 * The main step: inputs → plan → vendor login → gate → export. Each stage lives in its own module;
 * this one only wires them together and turns any error into the step's single failure message.
 */
import * as core from '@actions/core'
import { createHttpClient, vendorContext } from './context.js'
import {
  fail,
  log,
  mask,
  publishCredentials,
  publishIdentity,
  redact,
  writeSummary
} from './export.js'
import { ActionFailure, MissingCredentialFailure, errorMessage } from './failure.js'
import {
  checkRequirements,
  describeIdentity,
  mergeVerified,
  requirementStatus,
  type GateResult,
  type RequirementResult
} from './identity.js'
import { judgeCredentialExpiry } from './expiry.js'
import { buildPlan, INPUT_NAMES, type Plan, type RawInputs } from './inputs.js'
import { boundedList, cleanIdentity } from './sanitize.js'
import { foreignPostMarker, markMainStarted, saveLogoutState } from './state.js'
import { loadVendor } from './vendors/index.js'
import { SECRET_INPUTS, type LoginResult } from './vendors/types.js'

export async function run(): Promise<void> {
  const foreignMarker = foreignPostMarker()
  markMainStarted()
  if (foreignMarker) {
    log.warning(
      'STATE_isPost is set in the job environment (an earlier step wrote it to GITHUB_ENV); this step ignores it and runs the login and the gate.'
    )
  }
  try {
    await login()
  } catch (error) {
    fail(await failureMessage(error))
  }
}

async function login(): Promise<void> {
  const raw = readInputs()
  const vendor = await loadVendor(raw.vendor)
  const plan = buildPlan(raw, vendor, { env: process.env })
  // Values taken from the environment fallback are secrets too.
  for (const secret of plan.secrets) mask(secret)
  for (const warning of plan.warnings) log.warning(warning)

  const http = createHttpClient({ ...plan, vendorName: vendor.name })
  const context = { ...vendorContext(http), plan, vendor }
  let result: LoginResult | undefined
  let gate: GateResult | undefined
  try {
    log.info(`Logging in to ${vendor.name} at ${plan.url} with ${plan.authMode} credentials`)
    const reported = await vendor.login(context)
    // From here on the identity is cleaned server text: one inert line per field.
    result = { ...reported, identity: cleanIdentity(reported.identity) }
    if (result.session) saveSessionForLogout(plan, result.session)

    if (result.credentialExpiresAt) {
      const warning = judgeCredentialExpiry(
        vendor.name,
        result.credentialExpiresAt,
        plan.expiryWarningDays
      )
      if (warning) log.warning(warning)
    }
    gate = mergeVerified(
      checkRequirements(
        result.identity,
        plan.requiredRoles,
        plan.requiredPermissions,
        vendor.roles.kind === 'levels' ? vendor.roles : undefined
      ),
      result.verified ?? [],
      vendor.name
    )
    publishIdentity(plan, result.identity)
    log.info(`Verified: ${describeIdentity(result.identity)}${rolesText(result)} at ${plan.url}`)
    if (!gate.passed) throw gateFailure(plan, result, gate)
    for (const r of gate.results) log.info(requirementLine(r, gate))
    publishCredentials(plan, result)
  } catch (error) {
    await writeSummary({
      plan,
      http,
      ...(result ? { result } : {}),
      ...(gate ? { gate } : {}),
      failure: redact(errorMessage(error))
    })
    throw error
  } finally {
    http.close()
  }
  await writeSummary({ plan, http, result, gate })
}

/** Reads every input once; secret ones are masked before anything else can print them. */
function readInputs(): RawInputs {
  const raw = {} as RawInputs
  for (const name of INPUT_NAMES) {
    raw[name] = core.getInput(name)
    if ((SECRET_INPUTS as readonly string[]).includes(name)) mask(raw[name])
  }
  return raw
}

function saveSessionForLogout(plan: Plan, session: Record<string, string>): void {
  if (!plan.logout) {
    log.info('logout is false: the session stays open after this job.')
    return
  }
  // The post step rebuilds URL and TLS settings from its own inputs: vendor and url are saved only
  // for comparison, ca-cert never.
  saveLogoutState({ vendor: plan.vendor.id, url: plan.url, session })
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

function gateFailure(plan: Plan, result: LoginResult, gate: GateResult): ActionFailure {
  return new ActionFailure(
    [
      `${plan.vendor.name}: signed in, but the requirements of this step are not met.`,
      ...gate.reasons.map((reason) => `  - ${reason}`),
      `Fix: use credentials of a user that holds what the step requires, ask a ${plan.vendor.name} administrator to grant it, or change required-roles / required-permissions.`,
      ...(result.notes ?? []).map((note) => `${note.label}: ${note.value}`)
    ].join('\n')
  )
}

async function failureMessage(error: unknown): Promise<string> {
  if (error instanceof MissingCredentialFailure) {
    const hint = await secretlessRunHintSafely()
    return hint ? `${error.message}\n${hint}` : error.message
  }
  if (error instanceof ActionFailure) return error.message
  // Not one of ours: keep the stack out of the message but available with step debug logging.
  if (error instanceof Error && error.stack) log.debug(error.stack)
  return `scanner-login failed unexpectedly: ${errorMessage(error)}. Please report this with the step's debug log.`
}

async function secretlessRunHintSafely(): Promise<string | undefined> {
  try {
    const { secretlessRunHint } = await import('./secretless-run.js')
    return secretlessRunHint()
  } catch (error) {
    log.debug(`Could not read the event payload: ${errorMessage(error)}`)
    return undefined
  }
}
