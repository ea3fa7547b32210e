/**
 * `scanner-login doctor`: the action's check on a laptop, through the same code path
 * (../core/check.ts), printed as a report instead of handed to a runner. The command line is
 * ./args.ts, the report's rendering ./format.ts; this module wires them. Nothing here calls
 * @actions/core: no workflow command reaches stdout and no GITHUB_* file is written, even inside a
 * workflow.
 */
import { check, keepFor, type CheckIo, type CheckOutcome, type KeptSession } from '../core/check.js'
import { MissingCredentialFailure, errorMessage } from '../core/failure.js'
import { endWithPlan } from '../core/session.js'
import type { RequestRecord } from '../net/types.js'
import { redact, rememberSecret } from '../runner/log.js'
import { canonicalVendorId, loadVendor, VENDOR_IDS } from '../vendors/index.js'
import { SECRET_INPUTS, type CredentialInput, type Vendor } from '../kit/types.js'
import {
  credentialSources,
  credentialVariables,
  doctorInputs,
  doctorVariable,
  helpText,
  parseDoctorArgs,
  type DoctorArgs
} from './args.js'
import {
  humanReport,
  jsonReport,
  safe,
  usageReport,
  type DoctorReport,
  type LogLine
} from './format.js'
import { doctorWords } from './words.js'

const EXIT_VERIFIED = 0
const EXIT_CHECK_FAILED = 1
const EXIT_USAGE = 2

export interface DoctorStreams {
  stdout(text: string): void
  stderr(text: string): void
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
    // The parse failed, so --json is looked for among the arguments as typed.
    const end = args.indexOf('--')
    const json = (end === -1 ? args : args.slice(0, end)).includes('--json')
    refuseCommandLine(errorMessage(error), { json, help: true }, streams)
    return EXIT_USAGE
  }
  if (parsed.help) {
    streams.stdout(await helpText())
    return EXIT_VERIFIED
  }
  const vendorId = canonicalVendorId(parsed.inputs.vendor ?? '')
  const vendor = vendorId === undefined ? undefined : await loadVendor(vendorId)
  if (parsed.credentialFlags.length) {
    const message = await credentialFlagsRefused(parsed, vendor)
    refuseCommandLine(message, { json: parsed.json, help: false, vendorId }, streams)
    return EXIT_USAGE
  }

  const lines: LogLine[] = []
  const { outcome, logoutRecords } = await checkAndEnd(parsed, vendor, env, lines)
  const failure = outcome.failure ? await failureText(outcome, vendor, env) : undefined
  const requests = [...outcome.records, ...logoutRecords]
  print({ outcome, requests, lines, failure, vendorId }, parsed.json, streams)
  if (!outcome.failure) return EXIT_VERIFIED
  return outcome.failure.beforeNetwork ? EXIT_USAGE : EXIT_CHECK_FAILED
}

/**
 * A refused command line, on stderr; with --json also as one JSON object on stdout, so a program
 * reading the report learns why there is none.
 */
function refuseCommandLine(
  message: string,
  how: { json: boolean; help: boolean; vendorId?: string | undefined },
  streams: DoctorStreams
): void {
  if (how.json) streams.stdout(`${usageReport(message, how.vendorId)}\n`)
  const help = how.help ? 'Run "scanner-login doctor --help" for the flags.\n' : ''
  streams.stderr(safe(`scanner-login doctor: ${message}\n${help}`))
}

async function credentialFlagsRefused(
  parsed: DoctorArgs,
  vendor: Vendor | undefined
): Promise<string> {
  const lines = await Promise.all(
    parsed.credentialFlags.map(
      async (input) =>
        `  --${input}: set ${(await credentialVariables(input, vendor)).join(' or ')}`
    )
  )
  return [
    'credentials are never taken from the command line, which shell history and process lists keep. Remove these flags and set the environment variables instead:',
    ...lines
  ].join('\n')
}

/** The check, with its log kept for the report, then the end of any session it opened. */
async function checkAndEnd(
  parsed: DoctorArgs,
  vendor: Vendor | undefined,
  env: NodeJS.ProcessEnv,
  lines: LogLine[]
): Promise<{ outcome: CheckOutcome; logoutRecords: RequestRecord[] }> {
  // Every credential the environment holds for this run is a secret before anything can print it.
  for (const v of vendor ? [vendor] : []) {
    for (const input of SECRET_INPUTS) {
      for (const name of credentialSources(v, input)) rememberSecret((env[name] ?? '').trim())
    }
  }
  const sessions: KeptSession[] = []
  const io: CheckIo = {
    mask: (value) => void rememberSecret(value),
    redact,
    info: (text) => lines.push({ level: 'info', text: doctorWords(text, vendor, env) }),
    warning: (text) => lines.push({ level: 'warning', text: doctorWords(text, vendor, env) }),
    // Debug lines would need a place a user can switch on; the report carries what matters.
    debug: () => undefined,
    saveSession: (plan, saved) => keepFor(sessions, plan, saved),
    forgetSession: (plan) => keepFor(sessions, plan)
  }
  // No post step follows: whatever it opens or mints, the doctor ends with the plan's credentials.
  // Interrupted while the check runs (Ctrl-C), it ends what the check opened so far and exits, as
  // its help promises, within a few seconds; what it did or could not do goes to stderr at once.
  // The check left running is not awaited: its own ending would only repeat this one.
  let interruption: Promise<never> | undefined
  const interrupted = (signal: NodeJS.Signals): void => {
    const say = (text: string): boolean => process.stderr.write(`${safe(text)}\n`)
    say(`${signal}: the check was interrupted.`)
    setTimeout(() => {
      say('Ending what the check had opened did not finish in time: it may stay open.')
      process.exit(EXIT_INTERRUPTED)
    }, INTERRUPT_GRACE_MS).unref()
    const toStderr: CheckIo = { ...io, info: say, warning: (text) => say(`warning: ${text}`) }
    interruption = endKept(sessions, toStderr, []).then(() => process.exit(EXIT_INTERRUPTED))
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  let outcome: CheckOutcome
  try {
    outcome = await check(doctorInputs(parsed.inputs, vendor, env), env, io, { postStep: false })
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
  }
  if (interruption) await interruption
  // No post step follows: the doctor ends any session it opened, whatever the logout input says,
  // since nothing it prints could use it.
  const logoutRecords: RequestRecord[] = []
  await endKept(sessions, io, logoutRecords)
  return { outcome, logoutRecords }
}

/** The exit code of a doctor interrupted by a signal, as a shell reports Ctrl-C. */
const EXIT_INTERRUPTED = 130
/** How long an interrupted doctor spends ending what the check opened. */
const INTERRUPT_GRACE_MS = 5_000

/** Ends each kept session or minted credential with its plan's own connection; logged either way. */
async function endKept(
  sessions: readonly KeptSession[],
  io: CheckIo,
  logoutRecords: RequestRecord[]
): Promise<void> {
  for (const { plan, saved } of sessions) {
    const minted = saved.minted === true
    const what = `the ${plan.vendor.name} ${minted ? 'credential this check minted' : 'session this check opened'}`
    try {
      if (await endWithPlan(plan, saved, io, logoutRecords))
        io.info(`${minted ? 'Revoked' : 'Ended'} ${what}.`)
    } catch (error) {
      io.warning(`Could not end ${what}: ${errorMessage(error)}`)
    }
  }
}

/** The JSON object on stdout with warnings on stderr, or the terminal report with the whole log. */
function print(report: DoctorReport, json: boolean, streams: DoctorStreams): void {
  if (!json) {
    streams.stdout(safe(humanReport(report)) + '\n')
    return
  }
  streams.stdout(`${jsonReport(report)}\n`)
  const warnings = report.lines.filter((l) => l.level === 'warning')
  if (warnings.length)
    streams.stderr(safe(warnings.map((l) => `warning: ${l.text}`).join('\n')) + '\n')
}

/** The failure as a failing step would print it, plus where the doctor reads credentials from. */
async function failureText(
  outcome: CheckOutcome,
  vendor: Vendor | undefined,
  env: NodeJS.ProcessEnv
): Promise<string> {
  const failure = outcome.failure!
  const message = doctorWords(failure.message, vendor, env)
  if (!(failure.error instanceof MissingCredentialFailure) || !vendor) return message
  // The step's words: "from repository secrets", which the doctor cannot read, and "(or the X
  // environment variable)", which the list below names for each credential. "set api-key, or
  // client-id + client-secret" names the variables to set instead.
  const used = [...new Set(vendor.modes.flatMap((mode) => mode.inputs))]
  const inputName = new RegExp(`(?<![\\w-])(?:${used.join('|')})(?![\\w-])`, 'g')
  const headline = message
    .replace(/, from repository secrets/, '')
    .replace(/ \(or the [A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)* environment variables?\)(?=\.)/, '')
    .replace(
      /^(No credentials for [^:\n]*: set )([^.\n]*)/,
      (_match, lead: string, modes: string) =>
        lead +
        modes.replace(inputName, (input) => credentialSources(vendor, input as CredentialInput)[0]!)
    )
  const sources = await Promise.all(
    used.map(async (input) => {
      const names = credentialSources(vendor, input)
      const set = names.some((name) => isSet(env, name))
      const unread = set ? '' : await unreadVariables(input, vendor, env)
      return `  - ${input}: ${names.join(' or ')}${set ? ' (set)' : unread}`
    })
  )
  return [
    headline,
    'The doctor reads credentials only from environment variables, never from flags:',
    ...sources
  ].join('\n')
}

const isSet = (env: NodeJS.ProcessEnv, name: string): boolean => (env[name] ?? '').trim() !== ''

/**
 * A credential the vendor needs and did not get may sit in a variable of the same credential that
 * the doctor reads for other vendors, or in SCANNER_LOGIN_<INPUT>, read only for a credential
 * without a vendor variable (`SONAR_TOKEN` set for Snyk, `SCANNER_LOGIN_API_TOKEN` for SonarQube).
 * Those that are set are named, never their values: " (SONAR_TOKEN is set, but the doctor reads
 * it only for SonarQube)". No other variable of the environment is looked at.
 */
async function unreadVariables(
  input: CredentialInput,
  vendor: Vendor,
  env: NodeJS.ProcessEnv
): Promise<string> {
  const read = credentialSources(vendor, input)
  const others = (await Promise.all(VENDOR_IDS.map((id) => loadVendor(id)))).filter(
    (other) => other.id !== vendor.id && other.modes.some((mode) => mode.inputs.includes(input))
  )
  const readers = new Map<string, string[]>([[doctorVariable(input), []]])
  for (const other of others) {
    for (const name of credentialSources(other, input))
      readers.set(name, [...(readers.get(name) ?? []), other.name])
  }
  const notes = [...readers]
    .filter(([name]) => !read.includes(name) && isSet(env, name))
    .map(
      ([name, vendors]) =>
        `${name} is set, but the doctor ${vendors.length ? `reads it only for ${vendors.join(', ')}` : `reads it for no vendor`}`
    )
  return notes.length ? ` (${notes.join('; ')})` : ''
}

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
