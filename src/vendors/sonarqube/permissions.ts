/**
 * SonarQube names each global permission twice: the UI (Administration > Security > Global
 * Permissions, and SonarQube's "Managing permissions" page) says "Execute Analysis", while
 * `permissions.global` in users/current and the web API's `permission` parameter say `scan`.
 * required-permissions is compared with what users/current reports, so it takes the API names; a UI
 * name is refused before any request, naming the API name to write.
 *
 * Not accepted as a synonym: the permissions output lists API names, and a step that reads it back
 * (or a reviewer comparing it with the workflow) would see a requirement spelled unlike anything the
 * output holds. Sources: docs.sonarsource.com "Managing permissions" (the UI names), the web API's
 * api/permissions/add_user and sonar-web's Permissions enum (the API names).
 */
import { ActionFailure } from '../../core/failure.js'
import { fold, type Identity } from '../../core/identity.js'
import type { Plan } from '../../kit/types.js'

const GLOBAL_PERMISSIONS: Readonly<Record<string, string>> = {
  'administer system': 'admin',
  'administer quality gates': 'gateadmin',
  'administer quality profiles': 'profileadmin',
  'execute analysis': 'scan',
  'create projects': 'provisioning',
  'create applications': 'applicationcreator',
  'create portfolios': 'portfoliocreator'
}

/** Every global permission by its API name: what users/current reports, and all it can report. */
export const GLOBAL_PERMISSION_NAMES: readonly string[] = Object.values(GLOBAL_PERMISSIONS)

/** The API name of a UI name, ignoring case and spacing; undefined for anything else. */
export function apiPermission(name: string): string | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ')
  return Object.hasOwn(GLOBAL_PERMISSIONS, key) ? GLOBAL_PERMISSIONS[key] : undefined
}

/** Refuses required-permissions given by UI names, saying what to write instead. */
export function refuseUiPermissionNames(plan: Plan): void {
  const uiNames = plan.requiredPermissions.filter((name) => apiPermission(name) !== undefined)
  if (!uiNames.length) return
  const corrected = [
    ...new Set(plan.requiredPermissions.map((name) => apiPermission(name) ?? name.trim()))
  ]
  throw new ActionFailure(
    [
      'The required-permissions input names SonarQube permissions by their UI names; SonarQube reports them by their API names, which required-permissions must use:',
      ...uiNames.map((name) => `  - "${name.trim()}" is ${apiPermission(name)}`),
      `Fix: write required-permissions: ${corrected.join(', ')}`
    ].join('\n')
  )
}

/**
 * Refuses required-roles and allowed-roles entries that are a global permission's UI name
 * ("Administer System") and no group the token holds, saying what to write instead. SonarQube's roles
 * here are the groups plus `admin` (verify.ts parseIdentity), so only "Administer System" has a role
 * to be; the other permissions are never roles. Judged after users/current, not before any request:
 * a group may be named like a permission (SonarQube does not forbid it), and such a name is the
 * group's.
 */
export function refuseUiPermissionRoles(
  plan: Pick<Plan, 'requiredRoles' | 'allowedRoles' | 'requiredPermissions'>,
  identity: Pick<Identity, 'roles'>
): void {
  const groups = new Set((identity.roles ?? []).map(fold))
  const isUiName = (name: string): boolean =>
    apiPermission(name) !== undefined && !groups.has(fold(name))
  const lines: string[] = []
  const fixes: string[] = []
  const permissionsToAdd: string[] = []
  for (const [input, listed] of [
    ['required-roles', plan.requiredRoles],
    ['allowed-roles', plan.allowedRoles]
  ] as const) {
    const uiNames = listed.filter(isUiName)
    if (!uiNames.length) continue
    lines.push(
      `The ${input} input names SonarQube permissions by their UI names (and the token holds no group so named); SonarQube reports them by their API names:`
    )
    for (const name of uiNames) {
      const api = apiPermission(name)!
      lines.push(
        api === 'admin'
          ? `  - "${name.trim()}" is admin`
          : input === 'required-roles'
            ? `  - "${name.trim()}" is ${api}, a permission and not a role: require it with required-permissions`
            : `  - "${name.trim()}" is ${api}, a permission and not a role, which allowed-roles never meets: leave it out`
      )
      if (input === 'required-roles' && api !== 'admin') permissionsToAdd.push(api)
    }
    const corrected = [
      ...new Set(
        listed.flatMap((name) => {
          if (!isUiName(name)) return [name.trim()]
          return apiPermission(name) === 'admin' ? ['admin'] : []
        })
      )
    ]
    fixes.push(corrected.length ? `write ${input}: ${corrected.join(', ')}` : `remove ${input}`)
  }
  if (!lines.length) return
  if (permissionsToAdd.length) {
    const permissions = [
      ...new Set([...plan.requiredPermissions.map((p) => p.trim()), ...permissionsToAdd])
    ]
    fixes.push(`write required-permissions: ${permissions.join(', ')}`)
  }
  throw new ActionFailure([...lines, `Fix: ${fixes.join('; ')}`].join('\n'))
}
