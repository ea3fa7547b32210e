/**
 * Infracast's tenants: the tenant input (one path segment of the probe URLs), and the identity a
 * login or a token names, with the role that counts in that tenant.
 */
import { ActionFailure } from '../../core/failure.js'
import { describeIdentity, type Identity } from '../../core/identity.js'
import { boundedList } from '../../core/sanitize.js'
import { note } from '../../kit/endpoint.js'
import {
  firstPresent,
  firstText,
  isObject,
  MAX_NAMES,
  names,
  text,
  type Json
} from '../../kit/parse.js'
import type { Note, Plan } from '../../kit/types.js'
import { NAME } from './meanings.js'

/** The tenant input, after its INFRACAST_TENANT fallback; '' when not given. */
export function tenantOf(plan: Plan): string {
  return plan.options.tenant ?? ''
}

/**
 * A tenant is one path segment of the probe URLs: "." or ".." or a "/" would make a probe read
 * another path than the tenant's, and "?", "#" or "%" would change the request itself.
 */
export function checkTenantPathSegment(tenant: string): void {
  if (tenant === '.' || tenant === '..' || /[/?#%\\\s]/.test(tenant)) {
    throw new ActionFailure(
      `The tenant input "${tenant}" is not a tenant id: it must be one path segment (not "." or "..", and without "/", "?", "#", "%", "\\" or spaces), e.g. tenant: prod.`
    )
  }
}

/**
 * The identity from a login's `user` object or an access token's claims. With a tenant, the role
 * that counts is the user's role in that tenant when the user lists tenants; a listed user without
 * that tenant has verifiably no access to it.
 */
export function identityFor(user: Json, tenant: string): { identity: Identity; notes: Note[] } {
  const email = firstText(user, ['email', 'email_address', 'emailAddress'])
  const roleValue = firstPresent(user, ['roles', 'role'])
  const accountRoles = roleValue === undefined ? undefined : names(roleValue)
  const tenants = parseTenants(firstPresent(user, ['tenants']))
  const identity: Identity = {
    userId: firstText(user, ['id', 'user_id', 'userId', 'sub']),
    username:
      firstText(user, ['username', 'preferred_username', 'user_name', 'userName', 'login']) ||
      email,
    displayName: firstText(user, ['display_name', 'displayName', 'name', 'full_name']),
    email,
    roles: accountRoles,
    permissions: undefined,
    organization: tenant
  }
  const notes: Note[] = []
  if (tenants === undefined) return { identity, notes }

  const listed = boundedList(tenants.map((t) => (t.role ? `${t.id} (${t.role})` : t.id))) || 'none'
  if (!tenant) {
    notes.push(note('Tenants', listed))
    return { identity, notes }
  }
  const entry = tenants.find((t) => t.id === tenant)
  if (!entry) {
    throw new ActionFailure(
      [
        `${NAME}: user ${describeIdentity(identity)} has no access to tenant "${tenant}": Infracast lists the user's tenants as ${listed}.`,
        'Fix: check the tenant input (the tenant id, as Infracast spells it), or ask a tenant administrator to add the user to that tenant.'
      ].join('\n')
    )
  }
  if (entry.role) {
    identity.roles = [entry.role]
    notes.push(note('Tenant', `${tenant} (role ${entry.role})`))
    if (accountRoles?.length) notes.push(note('Account roles', accountRoles.join(', ')))
  } else {
    notes.push(note('Tenant', `${tenant} (listed without a role; account roles apply)`))
  }
  return { identity, notes }
}

interface TenantRole {
  id: string
  role: string
}

/** `[{id, role}]` as documented, or a list of ids, or a `{ tenant: role }` map; undefined if absent. */
export function parseTenants(value: unknown): TenantRole[] | undefined {
  if (value === undefined || value === null) return undefined
  if (isObject(value)) {
    // A key is server text like any value: cleaned (one line, cut) and bounded in number, as the
    // entries of a list are. Raw, a key with line breaks or of a megabyte reached the notes and the
    // failure message that lists the user's tenants.
    return Object.entries(value)
      .slice(0, MAX_NAMES)
      .map(([id, role]) => ({
        id: text(id),
        role: isObject(role) ? firstText(role, ['role', 'name']) : text(role)
      }))
      .filter((tenant) => tenant.id !== '')
  }
  if (!Array.isArray(value)) return undefined
  const tenants: TenantRole[] = []
  for (const item of value.slice(0, MAX_NAMES)) {
    const id = isObject(item) ? firstText(item, ['id', 'tenant', 'tenant_id', 'slug']) : text(item)
    const role = isObject(item) ? firstText(item, ['role', 'role_name', 'roleName']) : ''
    if (id) tenants.push({ id, role })
  }
  return tenants
}
