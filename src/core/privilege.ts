/**
 * Least privilege (contract Behaviour 14): a scan gate needs less than an administrator. When the
 * identity holds one of the vendor's administrative roles the step warns, naming the narrower role;
 * `allowed-roles` turns that into a rule: no role outside the list (for ordered levels, no level
 * above the highest one listed), else the gate fails naming each extra role.
 */
import {
  fold,
  nearMisses,
  roleLevel,
  roleSpellings,
  type Identity,
  type RequirementResult
} from './identity.js'
import { boundedList, quotedList } from './sanitize.js'
import type { AdministrativeRoles, Vendor } from '../kit/types.js'

export interface PrivilegeJudgement {
  /** One row per role the identity holds, when allowed-roles is set. */
  results: RequirementResult[]
  /** Why the gate fails: roles outside allowed-roles. */
  reasons: string[]
  /** Administrative roles held while allowed-roles does not list them. */
  warnings: string[]
}

export function judgePrivilege(
  vendor: Pick<Vendor, 'name' | 'roles' | 'permissions'>,
  identity: Identity,
  allowedRoles: readonly string[],
  who: string
): PrivilegeJudgement {
  const judgement: PrivilegeJudgement = { results: [], reasons: [], warnings: [] }
  if (allowedRoles.length) {
    judgeAllowedRoles(vendor, identity, allowedRoles, who, judgement)
    // Every role outside the list fails the gate: a separate warning would only repeat it.
    return judgement
  }
  for (const { held, advice } of administrativeHeld(vendor, identity)) {
    judgement.warnings.push(
      vendor.roles.kind === 'none'
        ? // A token's own scope (JFrog): allowed-roles is refused for such a vendor, so only a
          // narrower token answers the warning.
          `${vendor.name}: ${who} holds ${held}, an administrative scope; a scan gate needs less. ${advice}`
        : `${vendor.name}: ${who} holds ${held}, an administrative role; a scan gate needs less. ${advice} ${toAccept(vendor, identity, held)}`
    )
  }
  return judgement
}

/**
 * What allowed-roles must list for this identity to pass: with ordered levels, the level held;
 * with named roles, every role allowed-roles judges (judgedRoles), not only the administrative one,
 * since any role left out fails the gate.
 */
function toAccept(
  vendor: Pick<Vendor, 'roles' | 'permissions'>,
  identity: Identity,
  held: string
): string {
  if (vendor.roles.kind === 'levels') return `To accept it, list "${held}" in allowed-roles.`
  const judged = judgedRoles(vendor, identity)?.map(
    (role) => administrativeSpellingOf(vendor, identity, role) ?? role
  )
  if (judged === undefined)
    return 'allowed-roles cannot accept it: no roles were reported, so allowed-roles could not be verified.'
  return judged.length > 1
    ? `To accept it, list ${quotedList(judged)} in allowed-roles: it judges every role held, this one included.`
    : `To accept it, list "${held}" in allowed-roles.`
}

/**
 * The roles allowed-roles judges: those the identity holds and, where administrators are told by a
 * permission (SonarQube's admin), that permission when held, unless a vendor reports it among the
 * roles already; for ordered levels, a level without a name as its number. Undefined when the
 * vendor reported no roles.
 */
export function judgedRoles(
  vendor: Pick<Vendor, 'roles' | 'permissions'>,
  identity: Identity
): string[] | undefined {
  if (identity.roles === undefined) return undefined
  // A level the vendor's table does not name (Tenable VM 48) is judged as its number.
  if (vendor.roles.kind === 'levels' && !identity.roles.length && identity.roleLevel !== undefined)
    return [String(identity.roleLevel)]
  const permissionModel = vendor.permissions
  const administrativePermissions =
    permissionModel.kind === 'reported' && permissionModel.administrative
      ? heldNames(identity.permissions ?? [], permissionModel.administrative).map((h) => h.held)
      : []
  // A spelling the vendor ties to no held role (a Prisma Cloud role type beside named roles) is held
  // all the same: judged on its own, as a role.
  const untied = (identity.roleAliases ?? []).filter((entry) => entry.of === '').map((e) => e.alias)
  const judged = new Set(identity.roles.map(fold))
  const more: string[] = []
  for (const name of [...untied, ...administrativePermissions]) {
    if (judged.has(fold(name))) continue
    judged.add(fold(name))
    more.push(name)
  }
  return [...identity.roles, ...more]
}

function judgeAllowedRoles(
  vendor: Pick<Vendor, 'name' | 'roles' | 'permissions'>,
  identity: Identity,
  allowed: readonly string[],
  who: string,
  judgement: PrivilegeJudgement
): void {
  const model = vendor.roles
  const held = judgedRoles(vendor, identity)
  if (held === undefined) {
    judgement.reasons.push(
      `the vendor did not report any role for ${who}, so allowed-roles (${allowed.join(', ')}) cannot be verified`
    )
    return
  }
  const listed = (role: string): boolean => allowed.some((entry) => fold(entry) === fold(role))
  // A held role is allowed when the list names it or one of its own other spellings: a spelling of
  // another held role does not vouch for it. But an administrative spelling must be named itself.
  const unlistedAdministrativeSpelling = (role: string): string | undefined => {
    const spelling = administrativeSpellingOf(vendor, identity, role)
    return spelling && !listed(spelling) ? spelling : undefined
  }
  const isAllowed =
    model.kind === 'levels'
      ? levelAllowed(model.levels, identity.roleLevel, allowed)
      : (role: string) =>
          spellingsOf(identity, role).some(listed) &&
          unlistedAdministrativeSpelling(role) === undefined
  const extra = held.filter((role) => !isAllowed(role))
  const vouchedAdministrative = extra.flatMap((role) => {
    const spelling = unlistedAdministrativeSpelling(role)
    return spelling && spellingsOf(identity, role).some(listed) ? [{ role, spelling }] : []
  })
  for (const role of held) {
    judgement.results.push({ kind: 'allowed role', required: role, passed: !extra.includes(role) })
  }
  // Roles the vendor does not show this credential may lie outside the list: the gate cannot pass.
  if (identity.rolesNotShown) {
    judgement.reasons.push(
      `${who} may hold roles through ${identity.rolesNotShown.through}, so allowed-roles (${allowed.join(', ')}) cannot be verified: ${identity.rolesNotShown.fix}, or remove allowed-roles`
    )
  }
  if (extra.length) {
    // An entry that names no held role but nearly spells an extra one is a typo: the user may be
    // exactly right, and "a narrower user" would be the wrong fix (as for required-roles).
    const unmatched = allowed.filter(
      (entry) =>
        !held.some((role) => spellingsOf(identity, role).some((s) => fold(s) === fold(entry)))
    )
    const typo = model.kind === 'levels' ? '' : nearMisses(unmatched, extra)
    // Each quoted as the vendor shows it (Veracode: beside its console name); not beside every
    // alias, since an alias may be an id (a Tenable.sc role's "1").
    const shown = extra.map(
      (role) => (model.kind === 'names' && model.shown?.(role, identity)) || `"${role}"`
    )
    judgement.reasons.push(
      `${who} holds ${boundedList(shown)}, outside allowed-roles (${quotedList(allowed)})${typo ? `${typo} Otherwise` : ':'} use a key of a narrower user, one that holds only the allowed roles${vouchedAdministrative
        .map(
          ({ role, spelling }) =>
            `; ${quotedList([role])} is also ${quotedList([spelling])}, an administrative role, which allowed-roles must name itself to accept`
        )
        .join('')}`
    )
  }
}

/**
 * A held role and its other spellings (a Prisma Cloud role type, a Tenable.sc role id, a Veracode
 * console name), itself first.
 */
function spellingsOf(identity: Identity, role: string): string[] {
  return [
    role,
    ...(identity.roleAliases ?? [])
      // Exactly: `of` is copied from the role it spells, and two held roles may differ by case only.
      .filter((entry) => entry.of === role)
      .map((entry) => entry.alias)
  ]
}

/**
 * The administrative other spelling of a role whose own name is not administrative (a Prisma Cloud
 * role an administrator named "CI Scanner", of the type System Admin): allowed-roles accepts such a
 * role only when it names that spelling itself, since contract Behaviour 14 silences the warning
 * only for a list that names the administrative role. An administrative role's own id, listed,
 * names that role.
 */
function administrativeSpellingOf(
  vendor: Pick<Vendor, 'roles'>,
  identity: Identity,
  role: string
): string | undefined {
  const model = vendor.roles
  if (model.kind !== 'names' || !model.administrative) return undefined
  if (heldNames([role], model.administrative).length) return undefined
  return heldNames(spellingsOf(identity, role), model.administrative)[0]?.held
}

/** For ordered levels: the identity's level is at most the highest allowed one. */
function levelAllowed(
  levels: readonly { name: string; level: number }[],
  userLevel: number | undefined,
  allowed: readonly string[]
): (role: string) => boolean {
  const highest = Math.max(...allowed.map((role) => roleLevel(levels, role) ?? -Infinity))
  return () => userLevel !== undefined && userLevel <= highest
}

/** The administrative roles (or permissions) the identity holds, with the advice for each. */
function administrativeHeld(
  vendor: Pick<Vendor, 'roles' | 'permissions'>,
  identity: Identity
): { held: string; advice: string }[] {
  const found: { held: string; advice: string }[] = []
  const roles = vendor.roles
  if (roles.kind === 'levels' && roles.administrative?.fromLevel !== undefined) {
    const level = identity.roleLevel
    if (level !== undefined && level >= roles.administrative.fromLevel) {
      const name = roles.levels.find((entry) => entry.level === level)?.name ?? String(level)
      found.push({ held: name, advice: narrowerAdvice(roles.administrative) })
    }
  } else if (roles.kind === 'names' && roles.administrative) {
    found.push(...heldNames(roleSpellings(identity), roles.administrative))
  }
  if (vendor.permissions.kind === 'reported' && vendor.permissions.administrative) {
    const administrative = vendor.permissions.administrative
    const heldPermissions = heldNames(identity.permissions ?? [], administrative)
    // Without roles the permissions are the token's scopes: the advice is a narrower token.
    found.push(
      ...(roles.kind === 'none' && administrative.narrower
        ? heldPermissions.map(({ held }) => ({
            held,
            advice: `Give the step a token scoped to ${administrative.narrower} instead.`
          }))
        : heldPermissions)
    )
  }
  return found
}

function heldNames(
  held: readonly string[],
  administrative: AdministrativeRoles
): { held: string; advice: string }[] {
  const names = new Set((administrative.names ?? []).map(fold))
  const matching = held.find((role) => names.has(fold(role)))
  return matching ? [{ held: matching, advice: narrowerAdvice(administrative) }] : []
}

function narrowerAdvice(administrative: AdministrativeRoles): string {
  return administrative.narrower
    ? `Give the step a key of a user with ${administrative.narrower} instead.`
    : 'Give the step a key of a user with the narrowest role that can run the scans.'
}
