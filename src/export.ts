/**
 * Everything the action hands to the runner: masks, log lines, outputs, environment variables and
 * the job summary. Apart from the entry points and ./state.ts, this is the only module that talks to
 * @actions/core, so every value passes one place where secrets are masked and redacted.
 */
import * as core from '@actions/core'
import type { HttpClient, RequestRecord } from './http.js'
import type { GateResult, Identity } from './identity.js'
import type { Plan } from './inputs.js'
import type { LoginResult } from './vendors/types.js'

const maskedValues = new Set<string>()
/** Values shorter than this are still masked by the runner but not redacted from our own text. */
const MIN_REDACTED_LENGTH = 3

/**
 * Registers a secret with the runner, the whole value and each line of it, and remembers it for
 * redact(). Only core.setSecret is used, so the runner masks it in every later log line.
 */
export function mask(value: string | undefined): void {
  if (!value) return
  for (const candidate of [value, ...value.split(/\r?\n/).map((line) => line.trim())]) {
    if (!candidate || maskedValues.has(candidate)) continue
    maskedValues.add(candidate)
    core.setSecret(candidate)
  }
}

/**
 * Replaces every masked value, and its JSON- and URL-encoded forms, with ***. Applied to anything
 * that may quote a server (error text, summary), because a hostile server can echo a credential.
 */
export function redact(text: string): string {
  let result = text
  const forms = new Set<string>()
  for (const value of maskedValues) {
    if (value.length < MIN_REDACTED_LENGTH) continue
    forms.add(value)
    forms.add(JSON.stringify(value).slice(1, -1))
    forms.add(encodeURIComponent(value))
  }
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    result = result.split(form).join('***')
  }
  return result
}

export const log = {
  info: (message: string): void => core.info(redact(message)),
  debug: (message: string): void => core.debug(redact(message)),
  warning: (message: string): void => core.warning(redact(message))
}

/** The step's single failure message. */
export function fail(message: string): void {
  core.setFailed(redact(message))
}

/** The identity outputs; safe to publish even when the gate then fails. */
export function publishIdentity(plan: Plan, identity: Identity): void {
  core.setOutput('vendor', plan.vendor.id)
  core.setOutput('url', plan.url)
  core.setOutput('user-id', identity.userId)
  core.setOutput('username', identity.username)
  core.setOutput('display-name', identity.displayName)
  core.setOutput('email', identity.email)
  core.setOutput('roles', JSON.stringify(identity.roles ?? []))
  core.setOutput('permissions', JSON.stringify(identity.permissions ?? []))
  core.setOutput('organization', identity.organization)
  core.setOutput('identity', JSON.stringify(identityObject(plan, identity)))
}

/** Credentials for later steps: only once the gate has passed. */
export function publishCredentials(plan: Plan, result: LoginResult): void {
  core.setOutput('auth-header', result.authHeader)
  core.setOutput('token', result.token ?? '')
  core.setOutput('cookie', result.cookie ?? '')
  core.setOutput('expires-at', result.expiresAt ?? result.credentialExpiresAt ?? '')
  if (plan.exportEnv) {
    for (const [name, value] of Object.entries(result.env)) core.exportVariable(name, value)
  }
}

export function identityObject(plan: Plan, identity: Identity): Record<string, unknown> {
  return {
    vendor: plan.vendor.id,
    url: plan.url,
    authMode: plan.authMode,
    userId: identity.userId,
    username: identity.username,
    displayName: identity.displayName,
    email: identity.email,
    roles: identity.roles ?? [],
    permissions: identity.permissions ?? [],
    organization: identity.organization
  }
}

export interface SummaryInput {
  plan: Plan
  http: HttpClient
  result?: LoginResult
  gate?: GateResult
  failure?: string
}

/**
 * The job summary: vendor, URL, identity, each requirement, token expiry, the requests and their
 * timings. Built only from identity values and our own text, then redacted once more.
 */
export async function writeSummary({
  plan,
  http,
  result,
  gate,
  failure
}: SummaryInput): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const identity = result?.identity
  const passed = failure === undefined && (gate?.passed ?? false)
  const rows: string[][] = [
    ['Vendor', `${plan.vendor.name} (${plan.vendor.id})`],
    ['URL', plan.url],
    ['Credentials', plan.authMode]
  ]
  if (identity) {
    rows.push(
      ['User', identity.username || identity.userId || '(not reported)'],
      ['Display name', identity.displayName || '(not reported)'],
      ['Email', identity.email || '(not reported)'],
      ['Roles', identity.roles?.join(', ') || '(not reported)'],
      ['Permissions', identity.permissions?.join(', ') || '(not reported)'],
      ['Organization', identity.organization || '(not reported)']
    )
  }
  if (result?.expiresAt) rows.push(['Token expires', result.expiresAt])
  if (result?.credentialExpiresAt) rows.push(['Credential expires', result.credentialExpiresAt])
  for (const note of result?.notes ?? []) rows.push([note.label, note.value])

  const summary = core.summary
    .addHeading(`scanner-login: ${plan.vendor.name} ${passed ? 'verified' : 'failed'}`, 3)
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ...rows.map(([field = '', value = '']) => [escapeHtml(field), escapeHtml(value)])
    ])
  if (gate && gate.results.length) {
    summary.addHeading('Requirements', 4).addTable([
      [
        { data: 'Requirement', header: true },
        { data: 'Result', header: true }
      ],
      ...gate.results.map((r) => [
        escapeHtml(`${r.kind === 'role' ? 'role' : 'permission'}: ${r.required}`),
        r.passed ? 'pass' : 'fail'
      ])
    ])
  }
  summary.addHeading('Requests', 4).addTable([
    [
      { data: 'Request', header: true },
      { data: 'Status', header: true },
      { data: 'Attempts', header: true },
      { data: 'Time', header: true }
    ],
    ...http.records.map((r: RequestRecord) => [
      escapeHtml(r.endpoint),
      r.status === undefined ? 'no answer' : String(r.status),
      String(r.attempts),
      `${r.durationMs} ms`
    ])
  ])
  if (failure) summary.addHeading('Failure', 4).addCodeBlock(failure)
  const text = redact(summary.stringify())
  summary.emptyBuffer()
  try {
    await summary.addRaw(text).write()
  } catch (error) {
    // The summary is a convenience: a runner that cannot take it must not fail a verified login.
    summary.emptyBuffer()
    log.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
