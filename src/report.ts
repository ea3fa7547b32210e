/**
 * What a check found, as plain data for the two front-ends to render: the job summary
 * (./runner/publish.ts) and the doctor's terminal report and JSON (./doctor/format.ts). A field
 * added here appears in both. Pure and light, no Node module: the runner loads it only once the
 * inputs validated, and the startup test counts what each path loads.
 */
import {
  cleanIdentity,
  emptyIdentity,
  requirementStatus,
  type GateResult,
  type Identity,
  type RequirementResult
} from './core/identity.js'
import { boundedList, serverText } from './core/sanitize.js'
import type { RequestRecord } from './net/types.js'
import type { LoginResult, Plan, Vendor } from './kit/types.js'

/** Roles or permissions listed in a row, and the length of each; the outputs carry them all. */
const LIST_LIMIT = 20
const LIST_ENTRY_LENGTH = 100
/** A row's value holds one such list at most. */
export const ROW_VALUE_LENGTH = 4_096
const NOT_REPORTED = '(not reported)'

export interface ReportRow {
  label: string
  /** One line of cleaned text, bounded. */
  value: string
  /**
   * Shown by the doctor only. The job summary keeps to what a reader of the run needs: its User row
   * falls back to the user id, and the user-id output carries it.
   */
  detail?: true
}

/** What the rows are read from; the doctor may know the vendor without a plan. */
export interface ReportSubject {
  vendor?: Vendor | undefined
  plan?: Plan | undefined
  result?: LoginResult | undefined
}

/**
 * Vendor, URL and credential mode, then (once the vendor answered) the identity, the token's and
 * the credential's expiry and the vendor's notes.
 */
export function reportRows({ vendor, plan, result }: ReportSubject): ReportRow[] {
  const rows: ReportRow[] = []
  if (vendor) rows.push(row('Vendor', `${vendor.name} (${vendor.id})`))
  if (plan) rows.push(row('URL', plan.url), row('Credentials', plan.authMode))
  if (!result) return rows
  rows.push(...identityRows(cleanIdentity(result.identity)))
  // Beside the roles held, what the step asked for: a reviewer sees an over-powered key at a glance.
  if (plan?.requiredRoles.length) rows.push(row('Required roles', plan.requiredRoles.join(', ')))
  if (plan?.allowedRoles.length) rows.push(row('Allowed roles', plan.allowedRoles.join(', ')))
  if (result.expiresAt) rows.push(row('Token expires', result.expiresAt))
  if (result.credentialExpiresAt) rows.push(row('Credential expires', result.credentialExpiresAt))
  for (const note of result.notes ?? []) {
    // A note named like a row above says more about that same thing (Prisma Cloud's token lasting
    // ten minutes; Black Duck's roles, left unread rather than unreported): it fills that row, so
    // the summary never shows two rows of one name that disagree or repeat each other.
    const same = rows.find((r) => r.label === note.label && !r.detail)
    if (same) same.value = row(note.label, note.value).value
    else rows.push(row(note.label, note.value))
  }
  return rows
}

function identityRows(identity: Identity): ReportRow[] {
  return [
    row('User', identity.username || identity.userId || NOT_REPORTED),
    { ...row('User id', identity.userId || NOT_REPORTED), detail: true },
    row('Display name', identity.displayName || NOT_REPORTED),
    row('Email', identity.email || NOT_REPORTED),
    row('Roles', listed(identity.roles)),
    row('Permissions', listed(identity.permissions)),
    row('Organization', identity.organization || NOT_REPORTED)
  ]
}

function row(label: string, value: string): ReportRow {
  return { label, value: serverText(value, ROW_VALUE_LENGTH) }
}

function listed(values: readonly string[] | undefined): string {
  return values?.length
    ? boundedList(
        values.map((value) => serverText(value, LIST_ENTRY_LENGTH)),
        LIST_LIMIT
      )
    : NOT_REPORTED
}

export interface RequirementRow {
  kind: RequirementResult['kind']
  /** As the workflow wrote it. */
  required: string
  result: ReturnType<typeof requirementStatus>
}

export function requirementRows(gate: GateResult | undefined): RequirementRow[] {
  if (!gate) return []
  return gate.results.map((r) => ({
    kind: r.kind,
    required: r.required,
    result: requirementStatus(r, gate)
  }))
}

export interface RequestRow {
  /** Method and URL. */
  endpoint: string
  /** Null when no answer came. */
  status: number | null
  attempts: number
  durationMs: number
}

export function requestRows(records: readonly RequestRecord[]): RequestRow[] {
  return records.map((r) => ({
    endpoint: r.endpoint,
    status: r.status ?? null,
    attempts: r.attempts,
    durationMs: r.durationMs
  }))
}

export interface IdentityObject {
  vendor: string
  url: string
  authMode: string
  userId: string
  username: string
  displayName: string
  email: string
  roles: string[]
  permissions: string[]
  organization: string
}

/**
 * The `identity` output and the doctor's JSON: the cleaned identity with the plan it was verified
 * under. Without a plan (inputs that did not validate) only the vendor can be named, if that.
 */
export function identityObject(
  plan: Plan | undefined,
  reported: Identity | undefined,
  vendorId = ''
): IdentityObject {
  const identity = cleanIdentity(reported ?? emptyIdentity())
  return {
    vendor: plan?.vendor.id ?? vendorId,
    url: plan?.url ?? '',
    authMode: plan?.authMode ?? '',
    userId: identity.userId,
    username: identity.username,
    displayName: identity.displayName,
    email: identity.email,
    roles: identity.roles ?? [],
    permissions: identity.permissions ?? [],
    organization: identity.organization
  }
}
