/**
 * The failure of a step that signed in but does not meet its requirements (required-roles,
 * required-permissions, allowed-roles): each reason, then the one fix that fits what failed. Loaded
 * by ./check.ts only when the gate fails.
 */
import { ActionFailure } from './failure.js'
import type { GateResult, Identity, RequirementResult } from './identity.js'
import { withArticle } from './sanitize.js'
import type { LoginResult, Plan } from '../kit/types.js'

export function gateFailure(plan: Plan, result: LoginResult, gate: GateResult): ActionFailure {
  return new ActionFailure(
    [
      `${plan.vendor.name}: signed in, but the requirements of this step are not met.`,
      ...gate.reasons.map((reason) => `  - ${reason}`),
      gateFix(plan, gate, result.identity),
      ...(result.notes ?? []).map((note) => `${note.label}: ${note.value}`)
    ].join('\n')
  )
}

/**
 * The fix for what failed, naming only those inputs: a step that only required a permission is not
 * told to change roles or allowed-roles. Where the vendor has no roles, its permissions are the
 * token's own scopes (GitGuardian, JFrog), which a new token carries rather than a grant to a user.
 */
export function gateFix(
  plan: Pick<Plan, 'vendor' | 'requiredRoles' | 'allowedRoles'>,
  gate: Pick<GateResult, 'results' | 'matchedRoles'>,
  identity: Pick<Identity, 'roles' | 'rolesNotShown'>
): string {
  const failed = (kind: RequirementResult['kind']): boolean =>
    gate.results.some((r) => r.kind === kind && !r.passed)
  const roles = plan.requiredRoles.length > 0 && gate.matchedRoles.length === 0
  // Without roles reported, or with roles the vendor does not show (rolesNotShown), allowed-roles
  // could not be judged, which fails it with every row passed (privilege.ts). An identity that
  // holds no role has no allowed-role row either, but nothing outside the list.
  const allowed =
    plan.allowedRoles.length > 0 &&
    (failed('allowed role') || identity.roles === undefined || identity.rolesNotShown !== undefined)
  // No role reported at all: no change of the user's roles lets allowed-roles be verified.
  const unverifiable = allowed && !roles && identity.roles === undefined
  const judgedAllowed = allowed && !unverifiable
  const permissions = failed('permission')
  const scopes = plan.vendor.roles.kind === 'none'
  const holds = [
    roles && 'a role that required-roles lists',
    judgedAllowed && 'no role outside allowed-roles',
    permissions && !scopes && 'every permission that required-permissions lists'
  ].filter((text) => text !== false)
  const changes = [
    (roles || judgedAllowed) && 'roles',
    permissions && !scopes && 'permissions'
  ].filter((text) => text !== false)
  const ways = [
    ...(holds.length
      ? [
          `use credentials of a user that holds ${holds.join(' and ')}`,
          `ask ${withArticle(`${plan.vendor.name} administrator`)} to change the user's ${changes.join(' and ')}`
        ]
      : []),
    ...(permissions && scopes
      ? [`use a token created with every scope that required-permissions lists`]
      : [])
  ]
  const inputs = [
    roles && 'required-roles',
    judgedAllowed && 'allowed-roles',
    permissions && 'required-permissions'
  ].filter((text) => text !== false)
  const unverified = `use credentials for which ${plan.vendor.name} reports the user's roles, or remove allowed-roles`
  if (unverifiable && !ways.length) return `Fix: ${unverified}.`
  // Every failing requirement has a row; this is only a floor should one ever come without.
  if (!ways.length) {
    return "Fix: use credentials that meet the step's requirements, or change required-roles / required-permissions / allowed-roles."
  }
  return `Fix: ${ways.join(', ')}, or change ${inputs.join(' / ')}${unverifiable ? `; ${unverified}` : ''}.`
}
