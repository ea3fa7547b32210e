/**
 * The doctor's two renderings of ../report.ts: a report for a terminal, and one JSON object whose
 * top level is the `identity` output's fields. The job summary renders the same rows
 * (../runner/publish.ts); the doctor also shows the rows the summary leaves out.
 */
import type { CheckOutcome } from '../core/check.js'
import { inertLines } from '../core/sanitize.js'
import type { RequestRecord } from '../net/types.js'
import {
  identityObject,
  reportRows,
  requestRows,
  requirementRows,
  type ReportRow,
  type RequestRow,
  type RequirementRow
} from '../report.js'
import { redact } from '../runner/log.js'

export interface LogLine {
  level: 'info' | 'warning'
  text: string
}

export interface DoctorReport {
  outcome: CheckOutcome
  /** The check's requests, then those that ended its session. */
  requests: readonly RequestRecord[]
  /** What the check logged, in order. */
  lines: readonly LogLine[]
  /** The failure as the doctor prints it; undefined when verified. */
  failure: string | undefined
  /** The vendor the command line named, for a report made before any plan. */
  vendorId: string | undefined
}

/** Redacted, and inert: no line can start a workflow command should this run inside a workflow. */
export function safe(text: string): string {
  return inertLines(redact(text))
}

export function humanReport({ outcome, requests, lines, failure }: DoctorReport): string {
  return [
    headline(outcome, failure),
    ...rowLines(reportRows(outcome)),
    ...requirementLines(outcome),
    ...section('Requests', requestRows(requests).map(requestText)),
    ...section('Log', lines.map(logText)),
    ...section('Failure', failure?.split('\n') ?? [])
  ].join('\n')
}

function headline(outcome: CheckOutcome, failure: string | undefined): string {
  const verdict =
    failure === undefined
      ? 'verified'
      : outcome.failure?.beforeNetwork
        ? 'not checked: the inputs do not validate'
        : 'check failed'
  return `scanner-login doctor: ${outcome.vendor ? `${outcome.vendor.name} ` : ''}${verdict}`
}

/** The rows as an aligned two-column block after a blank line. */
function rowLines(rows: readonly ReportRow[]): string[] {
  const width = Math.max(0, ...rows.map((row) => row.label.length))
  return rows.length ? ['', ...rows.map((row) => `  ${row.label.padEnd(width)}  ${row.value}`)] : []
}

function requirementLines({ plan, gate }: CheckOutcome): string[] {
  const rows = requirementRows(gate)
  if (rows.length) return section('Requirements', rows.map(requirementText))
  if (plan && !plan.requiredRoles.length && !plan.requiredPermissions.length)
    return section('Requirements', [
      'none given (--required-roles, --required-permissions, --allowed-roles)'
    ])
  return []
}

function requirementText(r: RequirementRow): string {
  return `${r.kind} "${r.required}": ${r.result}`
}

function requestText(r: RequestRow): string {
  const status = r.status === null ? 'no answer' : `HTTP ${r.status}`
  return `${r.endpoint}: ${status}, ${r.attempts} attempt${r.attempts === 1 ? '' : 's'}, ${r.durationMs} ms`
}

function logText(line: LogLine): string {
  return `${line.level === 'warning' ? 'warning: ' : ''}${line.text}`
}

/** A titled block after a blank line, its lines indented; nothing when it has none. */
function section(title: string, items: readonly string[]): string[] {
  return items.length ? ['', title, ...items.map((item) => `  ${item}`)] : []
}

/**
 * The identity output's fields at the top level, plus passed, requirements, requests, failure; and
 * `usageError` true for inputs that did not validate (exit code 2), as for a refused command line.
 */
export function jsonReport({ outcome, requests, failure, vendorId }: DoctorReport): string {
  const report = {
    ...identityObject(outcome.plan, outcome.result?.identity, outcome.vendor?.id ?? vendorId),
    passed: failure === undefined,
    requirements: requirementRows(outcome.gate),
    requests: requestRows(requests),
    failure: failure ?? null,
    ...(failure !== undefined && outcome.failure?.beforeNetwork ? { usageError: true } : {})
  }
  return JSON.stringify(redactStrings(report))
}

/**
 * The JSON object for a command line the doctor refused: the report's fields, nothing checked, the
 * message as `failure`, and `usageError` true (exit code 2).
 */
export function usageReport(message: string, vendorId: string | undefined): string {
  const report = {
    ...identityObject(undefined, undefined, vendorId),
    passed: false,
    requirements: [],
    requests: [],
    failure: message,
    usageError: true
  }
  return JSON.stringify(redactStrings(report))
}

/**
 * Redacts and neutralises each string on its own, so a replacement can never break the JSON around
 * it, and server text in it (a redirect's Location, a reason phrase) can never hold a command the
 * runner would run: the doctor runs inside workflow steps too.
 */
function redactStrings(value: unknown): unknown {
  if (typeof value === 'string') return inertLines(redact(value))
  if (Array.isArray(value)) return value.map(redactStrings)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v)]))
  }
  return value
}
