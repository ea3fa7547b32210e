/**
 * The doctor's command line and where its inputs come from. Non-secret inputs are flags named like
 * the action's inputs, filled in with action.yml's defaults as the runner would; credentials come
 * only from the environment, since argv leaks into shell history and process lists.
 */
import { parseArgs } from 'node:util'
import { errorMessage } from '../core/failure.js'
import { closestName } from '../core/spelling.js'
import { serverText } from '../core/sanitize.js'
import { INPUT_DEFAULTS } from '../plan/input-defaults.generated.js'
import {
  INPUT_NAMES,
  namesSharingWords,
  type InputName,
  type RawInputs
} from '../plan/input-names.js'
import { closestVendorId, loadVendor, VENDOR_IDS } from '../vendors/index.js'
import { CREDENTIAL_INPUTS, type CredentialInput, type Vendor } from '../kit/types.js'

export type FlagInput = Exclude<InputName, CredentialInput>

/**
 * The GitHub OIDC inputs: refused as flags, since only a GitHub Actions job gets an ID token
 * (oidc-audience means nothing without oidc-provider), and left out of the help.
 */
const OIDC_INPUTS = ['oidc-provider', 'oidc-audience'] as const

/** Every input that may be a flag: all but the credentials. */
export const FLAG_INPUTS = INPUT_NAMES.filter(
  (name): name is FlagInput => !(CREDENTIAL_INPUTS as readonly string[]).includes(name)
)

/** The inputs the doctor takes as flags, and lists in its help: all but GitHub OIDC's. */
const ACCEPTED_INPUTS = FLAG_INPUTS.filter(
  (name) => !(OIDC_INPUTS as readonly string[]).includes(name)
)

/** The flags offered for a mistyped one: those the help lists. */
const SUGGESTED_FLAGS: readonly string[] = [...ACCEPTED_INPUTS, 'json', 'help']

/**
 * A command line the doctor refuses. The message quotes no value from it, except a stray argument
 * that does not look like a credential (./args.ts strayArgument).
 */
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
  const joined = withPemValues(args)
  try {
    parsed = parseArgs({ args: joined, options, strict: true, tokens: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Node's own message quotes a stray argument whatever it is; ours decides first.
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(strayArgument(firstPositional(args, options)))
    // So does its message for an unknown option, which is the whole argument when it has no `=`:
    // PEM text without --ca-cert before it, a private key in it included, or a value that begins
    // with a dash.
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const unknown = firstUnknownOption(joined, options)
      if (unknown !== undefined && !FLAG_LIKE.test(unknown.rawName))
        throw new UsageError(unknownArgument(unknown.argument))
      if (unknown !== undefined) throw new UsageError(unknownFlag(unknown.rawName))
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
  const oidcFlag = OIDC_INPUTS.find((name) => values[name] !== undefined)
  if (oidcFlag !== undefined) {
    throw new UsageError(
      `the doctor cannot use GitHub OIDC (--${oidcFlag}): only a GitHub Actions job with permissions id-token: write gets a GitHub ID token. On a laptop, set the vendor's own credential variable instead (JFrog: JF_ACCESS_TOKEN, a token of the user the OIDC integration maps to).`
    )
  }
  const inputs: Partial<Record<FlagInput, string>> = {}
  for (const name of FLAG_INPUTS) {
    const value = values[name]
    if (typeof value === 'string' && value.trim() === '') throw new UsageError(emptyFlag(name))
    if (typeof value === 'string') inputs[name] = value
  }
  return {
    inputs,
    credentialFlags: CREDENTIAL_INPUTS.filter((name) => values[name] !== undefined),
    json: values.json === true,
    help: values.help === true
  }
}

/**
 * A flag given empty or blank (`--url=`, `--tenant ""`, `--url "$SC_URL"` with the variable unset).
 * The action reads an empty url as none given and checks the vendor's default URL; typed on a
 * command line, an empty value is more likely one that went missing, so the doctor refuses it
 * rather than check something other than what was meant.
 */
function emptyFlag(name: FlagInput): string {
  const given = `--${name} was given empty`
  if (name === 'vendor') return `${given}: give the id of the vendor to check.`
  if (name === 'url' || name === 'region')
    return `${given}: leave --${name} out to use the vendor's default URL (where it has one), or give it a value.`
  const fallback = INPUT_DEFAULTS[name]
  return fallback
    ? `${given}: leave --${name} out to use its default (${fallback}), or give it a value.`
    : `${given}: leave --${name} out, since it has no default, or give it a value.`
}

/**
 * `--ca-cert "$(cat ca.pem)"` as one `--ca-cert=<pem>` argument. The input takes PEM text, which
 * begins with dashes, and Node's strict parser refuses a value after a space that begins with a
 * dash ("argument is ambiguous"). PEM text can never be a flag, so it is read as the value.
 */
function withPemValues(args: readonly string[]): string[] {
  const joined: string[] = []
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1]
    if (args[i] === '--ca-cert' && next?.startsWith('-----BEGIN')) {
      joined.push(`--ca-cert=${next}`)
      i++
    } else joined.push(args[i]!)
  }
  return joined
}

type ParseOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options']

/** The arguments as Node's parser reads them without refusing any: for the refusal's own words. */
function lenientTokens(
  args: readonly string[],
  options: ParseOptions
): NonNullable<ReturnType<typeof parseArgs>['tokens']> {
  return parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true
  }).tokens
}

/** The first argument that belongs to no flag, as Node's parser sees it. */
function firstPositional(args: readonly string[], options: ParseOptions): string {
  return lenientTokens(args, options).find((token) => token.kind === 'positional')?.value ?? ''
}

/** An option as Node names it in its message, when that can be quoted: a short word of a flag. */
const FLAG_LIKE = /^--?[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/

/** The first option Node's parser does not know, as it names it, and the argument that holds it. */
function firstUnknownOption(
  args: readonly string[],
  options: ParseOptions
): { rawName: string; argument: string } | undefined {
  const unknown = lenientTokens(args, options).find(
    (token) => token.kind === 'option' && !Object.hasOwn(options ?? {}, token.name)
  )
  return unknown?.kind === 'option'
    ? { rawName: unknown.rawName, argument: args[unknown.index] ?? unknown.rawName }
    : undefined
}

/**
 * The message for an argument that begins with a dash and is no flag: not repeated, since it may be
 * PEM text with a private key in it, or a key or a password that begins with a dash.
 */
function unknownArgument(argument: string): string {
  if (argument.startsWith('-----BEGIN')) {
    return `doctor takes PEM text only as the value of --ca-cert, and PEM text was given without it; it is not repeated here, since PEM text may hold a private key. Give the CA certificate as --ca-cert "$(cat ca.pem)", or its path: --ca-cert ca.pem.`
  }
  return `doctor takes only --flags, and an argument that begins with a dash but is no flag was given; it is not repeated here, since it may be a key or a password (${argument.length} characters). Credentials are read from environment variables, never from the command line. A flag's value that begins with a dash is written --flag=-value.`
}

/**
 * An unknown flag, as Node names it, with the flag it nearly spells, as the action answers a
 * misspelled input: a close spelling first (`--required-role`, `--tls_verify`), else the flags that
 * share its words (`--verify-tls`, `--roles`). Only flags the doctor takes are offered: a
 * credential belongs in the environment, and GitHub OIDC is refused.
 */
function unknownFlag(rawName: string): string {
  const given = rawName.replace(/^-+/, '')
  const near = closestName(given, SUGGESTED_FLAGS)
  const unknown = `Unknown option '${rawName}'.`
  // --token, --sonar-token, --api_key: a credential, which no flag takes; the flags that share a
  // word with it (--mint-token, --token-lifetime) are not what was meant.
  if (near === undefined && CREDENTIAL_WORD.test(given)) {
    return `${unknown} It looks like a credential, and credentials are never taken from the command line: set the vendor's own environment variable instead (scanner-login doctor --help).`
  }
  const meant = near === undefined ? namesSharingWords(given, SUGGESTED_FLAGS) : [near]
  return meant.length
    ? `${unknown} Did you mean ${meant.map((name) => `--${name}`).join(' or ')}?`
    : unknown
}

const CREDENTIAL_WORD = /token|key|secret|passw|pwd|credential/i

/** Longest stray argument quoted back; longer ones end in an ellipsis. */
const MAX_QUOTED = 64
const STRAY_CAUSES =
  'a value after a flag that takes none, or a missing quote around a value with spaces'

/**
 * The message for an argument given without a flag. Usually it is a value whose flag was left out
 * (`doctor tenable-sc`), so it is quoted back, as one inert, bounded line, with the flag it
 * probably lacks. One that looks like a key or a password is not repeated: a credential typed on
 * the command line should not be printed a second time.
 */
function strayArgument(value: string): string {
  if (looksLikeCredential(value)) {
    return `doctor takes only --flags, and an argument without one was given; it is not repeated here, since it looks like a key or a password (${value.length} characters). Credentials are read from environment variables, never from the command line. Otherwise: ${STRAY_CAUSES}.`
  }
  const quoted = `doctor takes only --flags, and "${serverText(value, MAX_QUOTED)}" was given without one`
  const vendor = closestVendorId(value)
  if (vendor) return `${quoted}. Did you mean --vendor ${vendor}?`
  if (/^https?:\/\/[^\s@]+$/i.test(value))
    return `${quoted}. Did you mean --url ${serverText(value, MAX_QUOTED)}?`
  return `${quoted} (${STRAY_CAUSES}).`
}

/**
 * Long and random-looking: 40 characters or more in one word, or 12 or more that mix letters and
 * digits with at least 3 bits of entropy per character (keys, tokens, most passwords). Words, names,
 * numbers and URLs without credentials in them are not.
 */
function looksLikeCredential(value: string): boolean {
  if (/\s/.test(value)) return false
  if (/^https?:\/\/[^\s@?#]+$/i.test(value) || /^[a-z0-9.-]+:\d{1,5}$/i.test(value)) return false
  if (value.length >= 40) return true
  return value.length >= 12 && /\d/.test(value) && /\p{L}/u.test(value) && entropy(value) >= 3
}

/** Shannon entropy of the characters, in bits per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>()
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1)
  const length = [...value].length
  let bits = 0
  for (const count of counts.values()) bits -= (count / length) * Math.log2(count / length)
  return bits
}

/** Where a credential without a vendor fallback variable (a session password) is read from. */
export const doctorVariable = (input: CredentialInput): string =>
  `SCANNER_LOGIN_${input.toUpperCase().replace(/-/g, '_')}`

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
export function credentialSources(vendor: Vendor, input: CredentialInput): readonly string[] {
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

/** Vendors whose variables the help names as examples, in the registry's order. */
const HELP_EXAMPLE_VENDORS = 3

/**
 * The help. Its examples of vendor variables are the first registered vendors' own (each
 * credential's first name), so the text names no vendor of its own accord.
 */
export async function helpText(): Promise<string> {
  const vendors = await Promise.all(
    VENDOR_IDS.slice(0, HELP_EXAMPLE_VENDORS).map((id) => loadVendor(id))
  )
  const examples = vendors.map((vendor) =>
    Object.values(vendor.credentialEnv)
      .flatMap((names) => names?.slice(0, 1) ?? [])
      .join(' and ')
  )
  const flags = ACCEPTED_INPUTS.map((name) => {
    const fallback = INPUT_DEFAULTS[name]
    return `  --${name} <value>${fallback ? `  (default ${fallback})` : ''}`
  })
  return `Usage: scanner-login doctor --vendor <vendor> [--url <url>] [flags]

Runs the action's check (login, identity, requirements) from a terminal and prints a report.
Flags are the action's inputs without credentials:
${flags.join('\n')}
  --json   print one JSON object and nothing else on stdout
  --help   this text
  (scanner-login --version prints the version)
--export-env and --logout are checked as the action checks them, but change nothing: the doctor
exports nothing and always ends what it opened.

Credentials come only from environment variables, never from flags: the vendor's own
(${examples.join(', ')}, ...), or, for a credential
without one, SCANNER_LOGIN_<INPUT> (SCANNER_LOGIN_USERNAME, SCANNER_LOGIN_PASSWORD, ...).
A session the check opens, or a credential --mint-token true creates, is ended before the doctor
exits, Ctrl-C included. GitHub OIDC (--oidc-provider) needs a GitHub Actions job: the doctor cannot use it.

Exit codes: 0 verified, 1 the check failed, 2 a usage or validation error, 130 interrupted.
`
}
