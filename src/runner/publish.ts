/**
 * What the action writes to the runner's files: outputs (GITHUB_OUTPUT), environment variables for
 * later steps (GITHUB_ENV), the session for the post step (GITHUB_STATE) and the job summary
 * (GITHUB_STEP_SUMMARY). The first three go through @actions/core's file-command module, whose
 * heredocs carry random delimiters (./runner-files.ts). This module is loaded only once the inputs
 * validated (see ./workflow-commands.ts for why).
 */
import { accessSync, appendFileSync, constants } from 'node:fs'
import { variablesBefore, writeCaFiles } from './ca-bundle.js'
import { ActionFailure } from '../core/failure.js'
import { log, redact } from './log.js'
import type { RequestRecord } from '../net/types.js'
import { cleanIdentity, type GateResult, type Identity } from '../core/identity.js'
import type { Plan } from '../kit/types.js'
import {
  identityObject,
  reportRows,
  requestRows,
  requirementRows,
  ROW_VALUE_LENGTH
} from '../report.js'
import { runnerFiles, type RunnerFiles } from './runner-files.js'
import { CA_VARIABLES_STATE_KEY, LOGOUT_STATE_KEY, type LogoutState } from './state.js'
import { inertLines, serverText } from '../core/sanitize.js'
import { SummaryMarkup } from './summary-markup.js'
import type { LoginResult } from '../kit/types.js'

// Opened by openRunnerFiles, not by a top-level await, which in a CommonJS bundle takes webpack's
// async-module runtime into the entry every path reads. Until then, a write says so.
const unopened = (): never => {
  throw new Error('publish.ts wrote to the runner files before openRunnerFiles()')
}
const UNOPENED: RunnerFiles = { setOutput: unopened, exportVariable: unopened, saveState: unopened }
let files = UNOPENED

/** Before any other function here that writes outputs, the environment or state. */
export async function openRunnerFiles(): Promise<void> {
  if (files === UNOPENED) files = await runnerFiles()
}

/**
 * The identity outputs, as cleaned server text (a later step may put them in a shell command) with
 * every secret the server echoed redacted; safe to publish even when the gate then fails.
 */
export function publishIdentity(plan: Plan, reported: Identity): void {
  // Redacted here: unlike the log and the summary, nothing redacts an output on its way out, and a
  // server may echo the step's credential in an identity field.
  const identity = cleanIdentity(reported, redact)
  files.setOutput('vendor', plan.vendor.id)
  files.setOutput('url', plan.url)
  files.setOutput('user-id', identity.userId)
  files.setOutput('username', identity.username)
  files.setOutput('display-name', identity.displayName)
  files.setOutput('email', identity.email)
  files.setOutput('roles', JSON.stringify(identity.roles ?? []))
  files.setOutput('permissions', JSON.stringify(identity.permissions ?? []))
  files.setOutput('organization', identity.organization)
  files.setOutput('identity', JSON.stringify(identityObject(plan, identity)))
}

/**
 * Credentials for later steps: only once the gate has passed. Returns the warnings about job
 * variables that the vendor's tools would take over the exports (./handoff.ts), already logged.
 */
export async function publishCredentials(plan: Plan, result: LoginResult): Promise<string[]> {
  files.setOutput('auth-header', result.authHeader)
  files.setOutput('token', result.token ?? '')
  files.setOutput('cookie', result.cookie ?? '')
  files.setOutput('expires-at', result.expiresAt ?? result.credentialExpiresAt ?? '')
  const warnings: string[] = []
  if (plan.exportEnv) {
    // Judged before the exports, which set process.env too: the job's values are what is judged.
    // Loaded only when the job holds one of the variables it judges that the exports leave in
    // place: most jobs hold none, and their steps read no more code for it.
    const { vendor } = plan
    const judged = [
      ...(vendor.urlEnv ?? []),
      ...Object.values(vendor.toolsReadFirst ?? {}).flat(),
      ...(vendor.toolsCredentialEnv ?? Object.values(vendor.credentialEnv).flat())
    ]
    if (judged.some((name) => !Object.hasOwn(result.env, name) && process.env[name]?.trim())) {
      const { handoffWarnings } = await import('./handoff.js')
      warnings.push(...handoffWarnings(plan, result.env))
    }
    for (const [name, value] of Object.entries(result.env)) files.exportVariable(name, value)
    for (const warning of warnings) log.warning(warning)
  }
  if (plan.caCertificates.length) warnings.push(...publishCaFiles(plan))
  return warnings
}

/**
 * The ca-cert CA for later steps: the `ca-bundle` output, and with export-env the variables that
 * Python (requests), curl and Node read, so they trust the same server as this step did.
 */
function publishCaFiles(plan: Plan): string[] {
  let caFiles: ReturnType<typeof writeCaFiles>
  try {
    caFiles = writeCaFiles(plan.caCertificates)
  } catch (error) {
    throw caFilesNotWritten(error)
  }
  if (!caFiles) {
    log.warning(
      'RUNNER_TEMP is not set, so the ca-cert bundle for later steps was not written (ca-bundle stays empty).'
    )
    return []
  }
  files.setOutput('ca-bundle', caFiles.bundle)
  if (!plan.exportEnv) return []
  // Read before the exports below change them: the post step sets them back.
  files.saveState(CA_VARIABLES_STATE_KEY, JSON.stringify(variablesBefore()))
  files.exportVariable('REQUESTS_CA_BUNDLE', caFiles.bundle)
  files.exportVariable('CURL_CA_BUNDLE', caFiles.bundle)
  files.exportVariable('NODE_EXTRA_CA_CERTS', caFiles.nodeExtra)
  const warnings = caFiles.notKept.map(
    ({ variable, path, problem }) =>
      `${variable} named ${path}, which is ${problem}: its certificates are not in the file this step points ${variable} at, so later steps no longer trust them. Fix: point ${variable} at a PEM file before this step, or add those CAs to ca-cert.`
  )
  for (const warning of warnings) log.warning(warning)
  return warnings
}

/**
 * The CA files could not be written: RUNNER_TEMP is not writable, or (on Windows) another process
 * holds the file being replaced open, as an antivirus scan can. Later steps asked to trust the CA
 * would fail their TLS with no word of why, so the step fails, saying so.
 */
function caFilesNotWritten(error: unknown): ActionFailure {
  const { code, message } = error as NodeJS.ErrnoException
  return new ActionFailure(
    [
      `Could not write the ca-cert files for later steps in RUNNER_TEMP (${process.env.RUNNER_TEMP}): ${message}${code ? ` (${code})` : ''}.`,
      "Fix: check that the runner's temporary directory is writable and has room, and that nothing holds its scanner-login-*.pem files open (on Windows, an antivirus scan can), then run the job again."
    ].join('\n')
  )
}

export interface SummaryInput {
  plan: Plan
  /** The requests made, in order (HttpClient.records). */
  records: readonly RequestRecord[]
  result?: LoginResult
  gate?: GateResult
  failure?: string
  /** The check's warnings (an administrative role, an expiring credential): shown above the tables. */
  warnings?: readonly string[]
}

/** A cell holds what a report row's value can: one list of roles or permissions at most. */
const SUMMARY_CELL_LENGTH = ROW_VALUE_LENGTH
/**
 * Requirement rows shown, the failed ones first: allowed-roles judges each held role, and a server
 * listing a thousand must not push the summary past the 1 MiB the runner takes.
 */
const SUMMARY_REQUIREMENTS = 20
/** The failure block is the step's message; this bounds what a vendor's text can add to it. */
const SUMMARY_FAILURE_LIMIT = 8_000

/**
 * The job summary: the report's rows (vendor, URL, identity, expiry, the vendor's notes), each
 * requirement, the requests and their timings. Every cell is one line of cleaned text escaped for
 * HTML and Markdown, and the failure is an escaped block of its own; the whole is redacted once more.
 */
export function writeSummary({
  plan,
  records,
  result,
  gate,
  failure,
  warnings = []
}: SummaryInput): void {
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (!summaryFile) return
  const passed = failure === undefined && (gate?.passed ?? false)
  const rows = reportRows({ vendor: plan.vendor, plan, result }).filter((row) => !row.detail)
  const requirements = requirementRows(gate)
  const summary = new SummaryMarkup()
    // The host too: a job that checks two servers of one vendor gets two sections told apart.
    .addHeading(
      `scanner-login: ${escapeMarkup(plan.vendor.name)} ${passed ? 'verified' : 'failed'} (${escapeMarkup(new URL(plan.url).host)})`,
      3
    )
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ...rows.map((row) => [cell(row.label), cell(row.value)])
    ])
  if (warnings.length) {
    summary
      .addHeading('Warnings', 4)
      .addTable([
        [{ data: 'Warning', header: true }],
        ...warnings.map((warning) => [cell(warning)])
      ])
  }
  if (requirements.length) {
    summary.addHeading('Requirements', 4).addTable([
      [
        { data: 'Requirement', header: true },
        { data: 'Result', header: true }
      ],
      ...shownRequirements(requirements)
    ])
  }
  summary.addHeading('Requests', 4).addTable([
    [
      { data: 'Request', header: true },
      { data: 'Status', header: true },
      { data: 'Attempts', header: true },
      { data: 'Time', header: true }
    ],
    ...requestRows(records).map((r) => [
      cell(r.endpoint),
      r.status === null ? 'no answer' : String(r.status),
      String(r.attempts),
      `${r.durationMs} ms`
    ])
  ])
  if (failure) summary.addHeading('Failure', 4).addRaw(failureBlock(failure), true)
  try {
    // What core.summary.write() does: the file must exist and be writable, then the text is appended.
    accessSync(summaryFile, constants.R_OK | constants.W_OK)
    appendFileSync(summaryFile, redact(summary.stringify()), 'utf8')
  } catch (error) {
    // The summary is a convenience: a runner that cannot take it must not fail a verified login.
    log.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

function shownRequirements(rows: ReturnType<typeof requirementRows>): string[][] {
  // Worst first (stable: each kind keeps its order), so the first row cut is the worst of those cut.
  const rank = { fail: 0, 'not held': 1, pass: 2 }
  rows.sort((a, b) => rank[a.result] - rank[b.result])
  const cut = rows.splice(SUMMARY_REQUIREMENTS)
  return [
    ...rows.map((r) => [cell(`${r.kind}: ${r.required}`), cell(r.result)]),
    ...(cut.length ? [[`${cut.length} more`, cut[0]!.result]] : [])
  ]
}

/** A table cell: one bounded line, escaped. */
function cell(text: string): string {
  return escapeMarkup(serverText(text, SUMMARY_CELL_LENGTH))
}

/**
 * The failure message as a <pre> block. Markdown ends an HTML block at a blank line, so blank lines
 * are dropped, and every line is escaped: the vendor's text inside cannot close the block or start
 * markup of its own.
 */
function failureBlock(failure: string): string {
  const bounded =
    failure.length > SUMMARY_FAILURE_LIMIT ? `${failure.slice(0, SUMMARY_FAILURE_LIMIT)}…` : failure
  const lines = inertLines(bounded)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(escapeMarkup)
  return `<pre><code>${lines.join('\n')}</code></pre>`
}

/**
 * Escapes for HTML and for Markdown at once: numeric character references render as the character
 * in both, so no server text can open a tag, a link, an image, emphasis, a heading or a table cell.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"'`*_~[\]#|\\!$]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The session for the post step to end, in GITHUB_STATE (./state.ts reads it back). */
export function saveLogoutState(state: LogoutState): void {
  files.saveState(LOGOUT_STATE_KEY, JSON.stringify(state))
}
