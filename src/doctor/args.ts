/**
 * The doctor's command line and where its inputs come from. Non-secret inputs are flags named like
 * the action's inputs, filled in with action.yml's defaults as the runner would; credentials come
 * only from the environment, since argv leaks into shell history and process lists.
 */
import { parseArgs } from 'node:util'
import { errorMessage } from '../core/failure.js'
import { INPUT_DEFAULTS } from '../plan/input-defaults.generated.js'
import { INPUT_NAMES, type InputName, type RawInputs } from '../plan/input-names.js'
import { loadVendor, VENDOR_IDS } from '../vendors/index.js'
import { CREDENTIAL_INPUTS, type CredentialInput, type Vendor } from '../kit/types.js'

export type FlagInput = Exclude<InputName, CredentialInput>

/** Every input that may be a flag: all but the credentials. */
export const FLAG_INPUTS = INPUT_NAMES.filter(
  (name): name is FlagInput => !(CREDENTIAL_INPUTS as readonly string[]).includes(name)
)

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
  const flags = FLAG_INPUTS.map((name) => {
    const fallback = INPUT_DEFAULTS[name]
    return `  --${name} <value>${fallback ? `  (default ${fallback})` : ''}`
  })
  return `Usage: scanner-login doctor --vendor <vendor> [--url <url>] [flags]

Runs the action's check (login, identity, requirements) from a terminal and prints a report.
Flags are the action's inputs without credentials:
${flags.join('\n')}
  --json   print one JSON object and nothing else on stdout
  --help   this text

Credentials come only from environment variables, never from flags: the vendor's own
(${examples.join(', ')}, ...), or, for a credential
without one, SCANNER_LOGIN_<INPUT> (SCANNER_LOGIN_USERNAME, SCANNER_LOGIN_PASSWORD, ...).
A session the check opens is ended before the doctor exits.

Exit codes: 0 verified, 1 the check failed, 2 a usage or validation error.
`
}
