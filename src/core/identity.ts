/**
 * Who the credentials belong to, normalised across vendors, and the `required-roles` /
 * `required-permissions` gate. Pure: no I/O.
 */
import { quotedList, serverText } from './sanitize.js'
import { closestName } from './spelling.js'

export interface Identity {
  userId: string
  username: string
  displayName: string
  email: string
  /** Role names as the vendor spells them; `undefined` when the vendor did not report roles. */
  roles: string[] | undefined
  /**
   * Other spellings of the held roles (a Tenable.sc role id, a Prisma Cloud role type, a Veracode
   * role's console name), each with the role it spells: required-roles matches any spelling, and
   * allowed-roles accepts a role listed by any of its own.
   */
  roleAliases?: RoleAlias[]
  /** The user's level where the vendor's roles are ordered levels (Tenable VM, Nessus). */
  roleLevel?: number
  /**
   * Set where the identity may hold roles that `roles` leaves out, because the vendor does not show
   * them to this credential (DefectDojo: roles given through user groups). allowed-roles cannot then
   * be verified, and a required role it seems to lack may be one of them.
   */
  rolesNotShown?: RolesNotShown
  /** Permissions reported or proven; `undefined` when the vendor did not report any. */
  permissions: string[] | undefined
  organization: string
}

export interface RolesNotShown {
  /** What the roles come through, as words that follow "through". */
  through: string
  /** How to make the roles visible, as words that may be followed by ", or remove allowed-roles". */
  fix: string
}

export interface RoleAlias {
  alias: string
  /** The held role, as in `roles`, that the alias spells; '' when the vendor does not say. */
  of: string
}

/** Every spelling of the roles the identity holds: their names, then their aliases. */
export function roleSpellings(identity: Identity): string[] {
  return [...(identity.roles ?? []), ...(identity.roleAliases ?? []).map((entry) => entry.alias)]
}

export interface RequirementResult {
  /** `allowed role`: a role the identity holds, judged against allowed-roles. */
  kind: 'role' | 'permission' | 'allowed role'
  /** What the workflow asked for, as written; for an allowed role, the role the identity holds. */
  required: string
  passed: boolean
}

export interface GateResult {
  results: RequirementResult[]
  /**
   * The required roles the identity holds, as the workflow wrote them. Roles are any-of: one is
   * enough, and a listed role it lacks is then "not held" rather than a failure.
   */
  matchedRoles: string[]
  passed: boolean
  /** Why the gate failed, in words a user can act on; empty when it passed. */
  reasons: string[]
}

export function emptyIdentity(): Identity {
  return {
    userId: '',
    username: '',
    displayName: '',
    email: '',
    roles: undefined,
    permissions: undefined,
    organization: ''
  }
}

/** How names are compared everywhere: trimmed, case-insensitive. */
export const fold = (value: string): string => value.trim().toLowerCase()

/** The level a role names, by its name (case-insensitive) or its number; undefined when none. */
export function roleLevel(
  levels: readonly { name: string; level: number }[],
  role: string
): number | undefined {
  const wanted = fold(role)
  return levels.find((l) => fold(l.name) === wanted || String(l.level) === wanted)?.level
}

/** Ordered role levels (Tenable VM, Nessus): a required role is met by that level or a higher one. */
export interface RoleLevels {
  levels: readonly { name: string; level: number }[]
}

/**
 * Names are compared as members of a Set, never as object keys, so "constructor", "__proto__" or
 * "toString" match only a role or permission of that name.
 *
 * Roles: the identity must hold at least one of the required roles (with `levels`, a level at least
 * as high as one of them).
 * Permissions: it must hold every required permission.
 * A requirement the vendor gave no data for fails: a gate never passes silently.
 */
export function checkRequirements(
  identity: Identity,
  requiredRoles: readonly string[],
  requiredPermissions: readonly string[],
  ordered?: RoleLevels
): GateResult {
  const results: RequirementResult[] = []
  const reasons: string[] = []
  const who = describeIdentity(identity)

  if (requiredRoles.length > 0) {
    const held = new Set(roleSpellings(identity).map(fold))
    const userLevel = identity.roleLevel
    const meets = (role: string): boolean => {
      if (!ordered) return held.has(fold(role))
      const wanted = roleLevel(ordered.levels, role)
      return wanted !== undefined && userLevel !== undefined && userLevel >= wanted
    }
    const matched = requiredRoles.map((role) => ({ role, ok: meets(role) }))
    const anyPassed = matched.some((m) => m.ok)
    for (const m of matched) results.push({ kind: 'role', required: m.role, passed: m.ok })
    if (identity.roles === undefined) {
      reasons.push(
        `the vendor did not report any role for ${who}, so required-roles (${requiredRoles.join(', ')}) cannot be verified`
      )
    } else if (!anyPassed) {
      const holds = identity.roles.length ? `holds ${quotedList(identity.roles)}` : 'holds no role'
      const notShown = identity.rolesNotShown
        ? `; it may hold one through ${identity.rolesNotShown.through}, which this step cannot see`
        : ''
      reasons.push(
        `${who} ${holds}, and this step requires ${requiredRoles.length > 1 ? 'one of ' : ''}${quotedList(requiredRoles)}${ordered ? ' or a higher level' : ''} (required-roles)${nearMisses(requiredRoles, roleSpellings(identity))}${notShown}`
      )
    }
  }

  if (requiredPermissions.length > 0) {
    const held = new Set((identity.permissions ?? []).map(fold))
    const missing: string[] = []
    for (const permission of requiredPermissions) {
      const ok = held.has(fold(permission))
      if (!ok) missing.push(permission)
      results.push({ kind: 'permission', required: permission, passed: ok })
    }
    if (identity.permissions === undefined) {
      reasons.push(
        `the vendor did not report any permission for ${who}, so required-permissions (${requiredPermissions.join(', ')}) cannot be verified`
      )
    } else if (missing.length > 0) {
      reasons.push(
        `${who} lacks ${quotedList(missing)} (required-permissions)${nearMisses(missing, identity.permissions)}`
      )
    }
  }

  return { results, matchedRoles: matchedRoles(results), passed: reasons.length === 0, reasons }
}

/**
 * "; did you mean "Security Manager"?" when a required role is a typo of a name the identity holds
 * (the same letters and digits, or at most two edits away, fewer for short names): a misspelled
 * role otherwise reads as a role the user lacks, and the fix would be to ask for a grant.
 */
export function nearMisses(required: readonly string[], held: readonly string[]): string {
  const names = held.filter((name) => !/^\d+$/.test(name.trim()))
  const hits: [string, string][] = []
  for (const role of required) {
    const near = closestName(role, names)
    if (near !== undefined) hits.push([role, near])
  }
  if (!hits.length) return ''
  const quote = (name: string): string => quotedList([name])
  if (hits.length === 1) return `; did you mean ${quote(hits[0]![1])}?`
  return `; did you mean ${hits.map(([role, near]) => `${quote(near)} for ${quote(role)}`).join(', ')}?`
}

function matchedRoles(results: readonly RequirementResult[]): string[] {
  return results.filter((r) => r.kind === 'role' && r.passed).map((r) => r.required)
}

/**
 * What one requirement row honestly says: "pass" when it is held or proven; "not held" for a listed
 * role the identity lacks while another listed role passed the any-of role requirement; "fail" when
 * it fails the gate.
 */
export function requirementStatus(
  result: RequirementResult,
  gate: Pick<GateResult, 'matchedRoles'>
): 'pass' | 'not held' | 'fail' {
  if (result.passed) return 'pass'
  return result.kind === 'role' && gate.matchedRoles.length > 0 ? 'not held' : 'fail'
}

/**
 * "jdoe (Jane Doe, jdoe@example.com)": the most specific description the vendor allows. A token
 * that belongs to an organization rather than a user (Semgrep, Socket) is told by that organization:
 * "the signed-in user" would contradict the log's note that no user owns it.
 */
export function describeIdentity(identity: Identity): string {
  const primary = identity.username || identity.email || identity.displayName || identity.userId
  if (!primary)
    return identity.organization ? `a token of ${identity.organization}` : 'the signed-in user'
  const extra = [identity.displayName, identity.email].filter((v) => v && v !== primary)
  return extra.length ? `${primary} (${extra.join(', ')})` : primary
}

/**
 * Adds requirements a vendor proved itself (Infracast permission probes): each replaces the gate's
 * own row for the same requirement, and a failed one fails the gate.
 */
export function mergeVerified(
  gate: GateResult,
  verified: readonly RequirementResult[],
  vendor: string
): GateResult {
  const same = (a: RequirementResult, b: RequirementResult): boolean =>
    a.kind === b.kind && fold(a.required) === fold(b.required)
  const failed = verified.filter((v) => !v.passed)
  const results = [...gate.results.filter((r) => !verified.some((v) => same(v, r))), ...verified]
  return {
    results,
    matchedRoles: matchedRoles(results),
    passed: gate.passed && failed.length === 0,
    reasons: [
      ...gate.reasons,
      ...failed.map((v) => `${v.kind} "${v.required}" was not proven by ${vendor}`)
    ]
  }
}

/**
 * The identity with every field as cleaned server text, and with every secret it echoes replaced by
 * `redact`, when one is given. publishIdentity gives the step's: the identity outputs are written as
 * they are, unlike the log and the summary, which are redacted as they are written. The gate gets
 * the identity unredacted (core/check.ts), to judge the roles and permissions the server named.
 * Redacted before cleaning, and again after it, since removing control characters can join a
 * secret a server split with them.
 */
export function cleanIdentity(
  identity: Identity,
  redact: (text: string) => string = (text) => text
): Identity {
  const clean = (value: unknown): string =>
    redact(serverText(typeof value === 'string' ? redact(value) : value))
  const cleanList = (list: string[] | undefined): string[] | undefined => list?.map(clean)
  const cleaned: Identity = {
    userId: clean(identity.userId),
    username: clean(identity.username),
    displayName: clean(identity.displayName),
    email: clean(identity.email),
    roles: cleanList(identity.roles),
    permissions: cleanList(identity.permissions),
    organization: clean(identity.organization)
  }
  if (identity.roleAliases) {
    cleaned.roleAliases = identity.roleAliases.map(({ alias, of }) => ({
      alias: clean(alias),
      of: clean(of)
    }))
  }
  // The gate judges the cleaned identity: without this, allowed-roles would pass on the roles shown.
  if (identity.rolesNotShown) {
    const { through, fix } = identity.rolesNotShown
    cleaned.rolesNotShown = { through: clean(through), fix: clean(fix) }
  }
  // A number, not text: kept as it is, or the ordered-levels gate would never see it.
  const level = identity.roleLevel
  if (typeof level === 'number' && Number.isFinite(level)) cleaned.roleLevel = level
  return cleaned
}
