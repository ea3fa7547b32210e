/**
 * `scanner-login doctor`: the action's check on a laptop, through the same code path (./check.ts),
 * printed as a report instead of handed to a runner. Non-secret inputs are flags named like the
 * action's inputs; credentials come only from the environment, since argv leaks into shell history
 * and process lists. Nothing here calls @actions/core: no workflow command reaches stdout and no
 * GITHUB_* file is written, even inside a workflow.
 */
import { parseArgs } from 'node:util'
import { check, type CheckIo, type CheckOutcome } from '../core/check.js'
import { createHttpClient, vendorContext } from '../core/context.js'
import { redact, rememberSecret } from '../runner/log.js'
import { MissingCredentialFailure, errorMessage } from '../core/failure.js'
import type { RequestRecord } from '../net/client.js'
import { emptyIdentity, identityObject, requirementStatus } from '../core/identity.js'
import { INPUT_NAMES, type InputName, type Plan, type RawInputs } from '../plan/index.js'
import { boundedList, inertLines, serverText } from '../core/sanitize.js'
import { canonicalVendorId, loadVendor, VENDOR_IDS } from '../vendors/index.js'
import {
  CREDENTIAL_INPUTS,
  SECRET_INPUTS,
  type CredentialInput,
  type Vendor
} from '../kit/types.js'

/** The defaults action.yml declares; a test keeps them equal. The bundle cannot read action.yml. */
export const INPUT_DEFAULTS: Readonly<Partial<Record<InputName, string>>> = {
  'release-session': 'false',
  'expiry-warning-days': '14',
  'export-env': 'true',
  logout: 'true',
  timeout: '30',
  retries: '2',
  'tls-verify': 'true'
}

export type FlagInput = Exclude<InputName, CredentialInput>

/** Every input that may be a flag: all but the credentials. */
export const FLAG_INPUTS = INPUT_NAMES.filter(
  (name): name is FlagInput => !(CREDENTIAL_INPUTS as readonly string[]).includes(name)
)

/** Where a credential without a vendor fallback variable (a Tenable.sc password) is read from. */
export const doctorVariable = (input: CredentialInput): string =>
  `SCANNER_LOGIN_${input.toUpperCase().replace(/-/g, '_')}`

export const EXIT_VERIFIED = 0
export const EXIT_CHECK_FAILED = 1
export const EXIT_USAGE = 2

/** A command line the doctor refuses; the message never quotes a value from it. */
export class UsageError extends Error {
  override readonly name: string = 'UsageError'
}

export interface DoctorArgs {
  inputs: Partial<Record<FlagInput, string>>
  /** Credential inputs given as flags: refused, but named in the message. */
  credentialFlags: CredentialInput[]
  json: boolean
  help: boolean
}

/** Parses the arguments after `doctor`. Throws UsageError. */
export function parseDoctorArgs(args: readonly string[]): DoctorArgs {
  const options = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...Object.fromEntries(INPUT_NAMES.map((name) => [name, { type: 'string' }]))
  } as const
  let parsed
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, tokens: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Node quotes a stray argument; it may be a secret typed after the wrong flag.
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(
        'doctor takes only --flags, and an argument without one was given (a value after a flag that takes none, or a missing quote around a value with spaces).'
      )
    }
    throw new UsageError(errorMessage(error))
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue
    if (seen.has(token.name)) throw new UsageError(`--${token.name} was given twice.`)
    seen.add(token.name)
  }
  const values = parsed.values as Record<string, string | boolean | undefined>
  const inputs: Partial<Record<FlagInput, string>> = {}
  for (const name of FLAG_INPUTS) {
    const value = values[name]
    if (typeof value === 'string') inputs[name] = value
  }
  return {
    inputs,
    credentialFlags: CREDENTIAL_INPUTS.filter((name) => values[name] !== undefined),
    json: values.json === true,
    help: values.help === true
  }
}

/** The environment variables the doctor reads a credential from, for this vendor or for any. */
export async function credentialVariables(
  input: CredentialInput,
  vendor: Vendor | undefined
): Promise<string[]> {
  const vendors = vendor ? [vendor] : await Promise.all(VENDOR_IDS.map((id) => loadVendor(id)))
  const names = new Set<string>()
  for (const v of vendors) {
    if (!v.modes.some((mode) => mode.inputs.includes(input))) continue
    for (const name of credentialSources(v, input)) names.add(name)
  }
  return names.size ? [...names] : [doctorVariable(input)]
}

/** The vendor's fallback variables for a credential, or the doctor's own when it has none. */
function credentialSources(vendor: Vendor, input: CredentialInput): readonly string[] {
  const fallback = vendor.credentialEnv[input] ?? []
  return fallback.length ? fallback : [doctorVariable(input)]
}

/**
 * The action's raw inputs as the runner would hand them: action.yml defaults, then the flags. A
 * credential stays empty where the vendor has a fallback variable, so the plan reads it from there
 * exactly as in a workflow; one without a fallback comes from the doctor's own variable.
 */
export function doctorInputs(
  flags: Partial<Record<FlagInput, string>>,
  vendor: Vendor | undefined,
  env: NodeJS.ProcessEnv
): RawInputs {
  const raw = {} as RawInputs
  for (const name of INPUT_NAMES) raw[name] = flags[name as FlagInput] ?? INPUT_DEFAULTS[name] ?? ''
  if (!vendor) return raw
  const used = new Set(vendor.modes.flatMap((mode) => mode.inputs))
  for (const input of used) {
    if (!(vendor.credentialEnv[input] ?? []).length)
      raw[input] = (env[doctorVariable(input)] ?? '').trim()
  }
  return raw
}

export interface DoctorStreams {
  stdout(text: string): void
  stderr(text: string): void
}

interface LogLine {
  level: 'info' | 'warning'
  text: string
}

/** Runs the doctor and returns its exit code: 0 verified, 1 the check failed, 2 usage or validation. */
export async function runDoctor(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: DoctorStreams
): Promise<number> {
  let parsed: DoctorArgs
  try {
    parsed = parseDoctorArgs(args)
  } catch (error) {
    streams.stderr(
      `scanner-login doctor: ${errorMessage(error)}\nRun "scanner-login doctor --help" for the flags.\n`
    )
    return EXIT_USAGE
  }
  if (parsed.help) {
    streams.stdout(HELP)
    return EXIT_VERIFIED
  }
  const vendorId = canonicalVendorId(parsed.inputs.vendor ?? '')
  const vendor = vendorId === undefined ? undefined : await loadVendor(vendorId)
  if (parsed.credentialFlags.length) {
    const lines = await Promise.all(
      parsed.credentialFlags.map(
        async (input) =>
          `  --${input}: set ${(await credentialVariables(input, vendor)).join(' or ')}`
      )
    )
    streams.stderr(
      [
        'scanner-login doctor: credentials are never taken from the command line, which shell history and process lists keep. Remove these flags and set the environment variables instead:',
        ...lines,
        ''
      ].join('\n')
    )
    return EXIT_USAGE
  }

  // Every credential the environment holds for this run is a secret before anything can print it.
  for (const v of vendor ? [vendor] : []) {
    for (const input of SECRET_INPUTS) {
      for (const name of credentialSources(v, input)) rememberSecret((env[name] ?? '').trim())
    }
  }
  const lines: LogLine[] = []
  const sessions: { plan: Plan; session: Record<string, string> }[] = []
  const io: CheckIo = {
    mask: (value) => void rememberSecret(value),
    redact,
    info: (text) => lines.push({ level: 'info', text }),
    warning: (text) => lines.push({ level: 'warning', text }),
    // Debug lines would need a place a user can switch on; the report carries what matters.
    debug: () => undefined,
    saveSession: (plan, session) => {
      sessions.push({ plan, session })
    }
  }
  const outcome = await check(doctorInputs(parsed.inputs, vendor, env), env, io)
  // No post step follows: the doctor ends any session it opened, whatever the logout input says,
  // since nothing it prints could use it.
  const logoutRecords: RequestRecord[] = []
  for (const { plan, session } of sessions) {
    logoutRecords.push(...(await endSession(plan, session, io)))
  }

  const exitCode = outcome.failure
    ? outcome.failure.beforeNetwork
      ? EXIT_USAGE
      : EXIT_CHECK_FAILED
    : EXIT_VERIFIED
  const requests = [...outcome.records, ...logoutRecords]
  const failure = outcome.failure ? failureText(outcome, vendor, env) : undefined
  if (parsed.json) {
    streams.stdout(
      `${JSON.stringify(jsonReport(outcome, requests, failure, parsed.inputs.vendor ?? ''))}\n`
    )
    const warnings = lines.filter((l) => l.level === 'warning')
    if (warnings.length)
      streams.stderr(safe(warnings.map((l) => `warning: ${l.text}`).join('\n')) + '\n')
  } else {
    streams.stdout(safe(humanReport(outcome, requests, lines, failure)) + '\n')
  }
  return exitCode
}

async function endSession(
  plan: Plan,
  session: Record<string, string>,
  io: CheckIo
): Promise<readonly RequestRecord[]> {
  const vendor = plan.vendor
  if (!vendor.logout) return []
  const http = createHttpClient({ ...plan, vendorName: vendor.name }, io)
  try {
    await vendor.logout(vendorContext(http, io), session)
    io.info(`Ended the ${vendor.name} session this check opened.`)
  } catch (error) {
    io.warning(`Could not end the ${vendor.name} session this check opened: ${errorMessage(error)}`)
  } finally {
    http.close()
  }
  return http.records
}

/** The failure as a failing step would print it, plus where the doctor reads credentials from. */
function failureText(
  outcome: CheckOutcome,
  vendor: Vendor | undefined,
  env: NodeJS.ProcessEnv
): string {
  const failure = outcome.failure!
  if (!(failure.error instanceof MissingCredentialFailure) || !vendor) return failure.message
  const used = [...new Set(vendor.modes.flatMap((mode) => mode.inputs))]
  const sources = used.map((input) => {
    const names = credentialSources(vendor, input)
    const set = names.some((name) => (env[name] ?? '').trim() !== '')
    return `  - ${input}: ${names.join(' or ')}${set ? ' (set)' : ''}`
  })
  return [
    failure.message,
    'The doctor reads credentials only from environment variables, never from flags:',
    ...sources
  ].join('\n')
}

/** Redacted, and inert: no line can start a workflow command should this run inside a workflow. */
function safe(text: string): string {
  return inertLines(redact(text))
}

function humanReport(
  outcome: CheckOutcome,
  requests: readonly RequestRecord[],
  lines: readonly LogLine[],
  failure: string | undefined
): string {
  const { plan, vendor, result, gate } = outcome
  const out: string[] = []
  const verdict =
    failure === undefined
      ? 'verified'
      : outcome.failure?.beforeNetwork
        ? 'not checked: the inputs do not validate'
        : 'check failed'
  out.push(`scanner-login doctor: ${vendor ? `${vendor.name} ` : ''}${verdict}`)
  const rows: [string, string][] = []
  if (vendor) rows.push(['Vendor', `${vendor.name} (${vendor.id})`])
  if (plan) rows.push(['URL', plan.url], ['Credentials', plan.authMode])
  if (result) {
    const identity = result.identity
    const listed = (values: string[] | undefined): string =>
      values?.length ? boundedList(values.map((value) => serverText(value, 100))) : '(not reported)'
    rows.push(
      ['User', identity.username || identity.userId || '(not reported)'],
      ['User id', identity.userId || '(not reported)'],
      ['Display name', identity.displayName || '(not reported)'],
      ['Email', identity.email || '(not reported)'],
      ['Roles', listed(identity.roles)],
      ['Permissions', listed(identity.permissions)],
      ['Organization', identity.organization || '(not reported)']
    )
    if (result.expiresAt) rows.push(['Token expires', result.expiresAt])
    if (result.credentialExpiresAt) rows.push(['Credential expires', result.credentialExpiresAt])
    for (const note of result.notes ?? []) rows.push([note.label, serverText(note.value)])
  }
  const width = Math.max(0, ...rows.map(([label]) => label.length))
  if (rows.length) out.push('')
  for (const [label, value] of rows) out.push(`  ${label.padEnd(width)}  ${value}`)

  if (gate?.results.length) {
    out.push('', 'Requirements')
    for (const r of gate.results)
      out.push(`  ${r.kind} "${r.required}": ${requirementStatus(r, gate)}`)
  } else if (plan && !plan.requiredRoles.length && !plan.requiredPermissions.length) {
    out.push('', 'Requirements', '  none given (--required-roles, --required-permissions)')
  }
  if (requests.length) {
    out.push('', 'Requests')
    for (const r of requests) out.push(`  ${requestLine(r)}`)
  }
  if (lines.length) {
    out.push('', 'Log')
    for (const line of lines)
      out.push(`  ${line.level === 'warning' ? 'warning: ' : ''}${line.text}`)
  }
  if (failure !== undefined) {
    out.push('', 'Failure')
    for (const line of failure.split('\n')) out.push(`  ${line}`)
  }
  return out.join('\n')
}

function requestLine(r: RequestRecord): string {
  const status = r.status === undefined ? 'no answer' : `HTTP ${r.status}`
  return `${r.endpoint}: ${status}, ${r.attempts} attempt${r.attempts === 1 ? '' : 's'}, ${r.durationMs} ms`
}

/** The identity output's fields at the top level, plus passed, requirements, requests, failure. */
function jsonReport(
  outcome: CheckOutcome,
  requests: readonly RequestRecord[],
  failure: string | undefined,
  vendorFlag: string
): Record<string, unknown> {
  const { plan, result, gate } = outcome
  const identity = plan
    ? identityObject(plan, result?.identity ?? emptyIdentity())
    : {
        vendor: outcome.vendor?.id ?? canonicalVendorId(vendorFlag) ?? '',
        url: '',
        authMode: '',
        userId: '',
        username: '',
        displayName: '',
        email: '',
        roles: [],
        permissions: [],
        organization: ''
      }
  const report = {
    ...identity,
    passed: failure === undefined,
    requirements: (gate?.results ?? []).map((r) => ({
      kind: r.kind,
      required: r.required,
      result: requirementStatus(r, gate!)
    })),
    requests: requests.map((r) => ({
      endpoint: r.endpoint,
      status: r.status ?? null,
      attempts: r.attempts,
      durationMs: r.durationMs
    })),
    failure: failure ?? null
  }
  return redactStrings(report) as Record<string, unknown>
}

/** Redacts each string on its own, so a replacement can never break the JSON around it. */
function redactStrings(value: unknown): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map(redactStrings)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v)]))
  }
  return value
}

const HELP = `Usage: scanner-login doctor --vendor <vendor> [--url <url>] [flags]

Runs the action's check (login, identity, requirements) from a terminal and prints a report.
Flags are the action's inputs without credentials:
${FLAG_INPUTS.map((name) => `  --${name} <value>${INPUT_DEFAULTS[name] ? `  (default ${INPUT_DEFAULTS[name]})` : ''}`).join('\n')}
  --json   print one JSON object and nothing else on stdout
  --help   this text

Credentials come only from environment variables, never from flags: the vendor's own
(INVICTI_API_KEY, TSC_ACCESS_KEY and TSC_SECRET_KEY, INFRACAST_API_KEY, ...), or, for a credential
without one, SCANNER_LOGIN_<INPUT> (SCANNER_LOGIN_USERNAME, SCANNER_LOGIN_PASSWORD, ...).
A session the check opens is ended before the doctor exits.

Exit codes: 0 verified, 1 the check failed, 2 a usage or validation error.
`

/** The command-line entry (src/index.ts): sets the exit code, never calls process.exit mid-write. */
export async function runFromCommandLine(args: readonly string[]): Promise<void> {
  try {
    process.exitCode = await runDoctor(args, process.env, {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text)
    })
  } catch (error) {
    // check() turns every failure of the check into a report; this is a fault of the doctor itself.
    process.stderr.write(
      `${safe(`scanner-login doctor failed unexpectedly: ${errorMessage(error)}. Please report this.`)}\n`
    )
    process.exitCode = EXIT_CHECK_FAILED
  }
}
