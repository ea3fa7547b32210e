/**
 * Which credentials and vendor options a step uses: exactly one of the vendor's credential modes,
 * each empty credential input filled from the environment variables the vendor's own tools read,
 * and the vendor's own inputs, each parsed by the vendor. Inputs meant for another vendor are refused
 * by name.
 */
import { ActionFailure, MissingCredentialFailure } from '../core/failure.js'
import {
  CREDENTIAL_INPUTS,
  SECRET_INPUTS,
  VENDOR_OPTION_INPUTS,
  type CredentialInput,
  type CredentialMode,
  type Vendor,
  type VendorOptionInput
} from '../kit/types.js'
import type { RawInputs } from './input-names.js'
import { otherServerNamed } from './servers.js'

/**
 * The vendor's own inputs, after their fallbacks and the vendor's parsing; empty ones are absent.
 * `fromEnv` names the variable each one read when its input was empty.
 */
export function vendorOptions(
  raw: RawInputs,
  vendor: Vendor,
  env: NodeJS.ProcessEnv
): {
  options: Partial<Record<VendorOptionInput, string>>
  fromEnv: Partial<Record<VendorOptionInput, string>>
} {
  const options: Partial<Record<VendorOptionInput, string>> = {}
  const fromEnv: Partial<Record<VendorOptionInput, string>> = {}
  for (const option of vendor.options ?? []) {
    const variable = raw[option.input] ? undefined : firstSetVariable(env, option.env)
    const given = variable ? firstEnv(env, [variable]) : raw[option.input]
    const value = option.parse ? option.parse(given) : given
    if (!value) continue
    options[option.input] = value
    if (variable) fromEnv[option.input] = variable
  }
  return { options, fromEnv }
}

/**
 * An input meant for another vendor is refused by name rather than ignored: a tenant given to
 * Tenable.sc is a mistake the user wants to hear about. An option left at its off value ("false",
 * the default action.yml gives a switch) counts as not given.
 */
export function refuseForeignOptions(raw: RawInputs, vendor: Vendor): void {
  const own = new Set((vendor.options ?? []).map((option) => option.input))
  const given = (input: VendorOptionInput): boolean => {
    const value = raw[input].trim()
    return value !== '' && !/^false$/i.test(value)
  }
  const foreign = VENDOR_OPTION_INPUTS.filter((input) => !own.has(input) && given(input))
  if (raw.region.trim() && !vendor.location.regions) foreign.push('region' as VendorOptionInput)
  if (foreign.length) {
    throw new ActionFailure(
      `${vendor.name} does not use the ${foreign.join(', ')} input${foreign.length > 1 ? 's' : ''}; remove ${foreign.length > 1 ? 'them' : 'it'} from this step.`
    )
  }
}

/** Exactly one complete credential mode, or an error that says which inputs to set. */
export function selectCredentials(
  vendor: Vendor,
  raw: RawInputs,
  valueOf: (input: CredentialInput) => string
): { mode: CredentialMode; credentials: Partial<Record<CredentialInput, string>> } {
  const usable = new Set(vendor.modes.flatMap((mode) => mode.inputs))
  const foreign = CREDENTIAL_INPUTS.filter((input) => raw[input] && !usable.has(input))
  if (foreign.length) {
    throw new ActionFailure(
      `${vendor.name} does not use the ${foreign.join(', ')} input${foreign.length > 1 ? 's' : ''}. ` +
        `It takes ${modeList(vendor.modes)}.`
    )
  }
  // Modes named by explicit inputs win: a job-level INFRACAST_API_KEY must not conflict with a step
  // that logs in with username and password.
  const explicit = vendor.modes.filter((mode) => mode.inputs.some((input) => raw[input] !== ''))
  const candidates = explicit.length ? explicit : vendor.modes
  const given = new Set(
    candidates.flatMap((mode) => mode.inputs).filter((input) => valueOf(input) !== '')
  )
  const complete = candidates.filter((mode) => mode.inputs.every((input) => given.has(input)))
  const touched = candidates.filter((mode) => mode.inputs.some((input) => given.has(input)))

  if (complete.length === 1 && touched.length === 1) {
    const mode = complete[0]!
    const credentials: Partial<Record<CredentialInput, string>> = {}
    for (const input of mode.inputs) credentials[input] = valueOf(input)
    return { mode, credentials }
  }
  if (touched.length > 1) {
    throw new ActionFailure(
      `Conflicting credentials for ${vendor.name}: ${[...given].join(', ')} were all given. ` +
        `Give exactly one of ${modeList(vendor.modes)}.`
    )
  }
  if (touched.length === 1) {
    const mode = touched[0]!
    const missing = mode.inputs.filter((input) => !given.has(input))
    throw new MissingCredentialFailure(
      `The ${missing.join(', ')} input${missing.length > 1 ? 's are' : ' is'} empty: ${vendor.name} ` +
        `needs ${mode.inputs.join(' and ')} together${fallbackNote(vendor, missing)}.`
    )
  }
  throw new MissingCredentialFailure(
    `No credentials for ${vendor.name}: set ${modeList(vendor.modes)}, from repository secrets` +
      `${fallbackNote(vendor, [...usable])}.`
  )
}

/**
 * What a copied credential often carries around it: the quotes of the line it was copied from, or
 * the scheme of the header it was shown in ("Bearer …", "Token …", DefectDojo's and GitHub's
 * examples). No vendor's token holds either, and sent as they are they come back as a 401 with
 * several possible causes, so they are refused by name before any request. Passwords may hold
 * anything and are not judged. `source` names where the value came from (an input or a variable);
 * the value itself is never quoted.
 */
export function refuseWrappedCredentials(
  credentials: Partial<Record<CredentialInput, string>>,
  source: (input: CredentialInput) => string
): void {
  for (const [input, value] of Object.entries(credentials) as [CredentialInput, string][]) {
    if (input === 'password' || !SECRET_INPUTS.includes(input)) continue
    const quote = value[0]
    if (value.length > 1 && (quote === '"' || quote === "'") && value.endsWith(quote)) {
      throw new ActionFailure(
        `${source(input)} is wrapped in ${quote === '"' ? 'double' : 'single'} quotes, which the secret holds as part of the value. Fix: store it again without the quotes.`
      )
    }
    // A line of a .env file (SEMGREP_APP_TOKEN=…): no token has an = before its end (base64 pads
    // only there), and a variable's name has an _ where a password's start (AB=…) has none. The
    // name, which may be the secret's own start, is not quoted.
    if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]*=[^=]/.test(value)) {
      throw new ActionFailure(
        `${source(input)} starts with a variable assignment (NAME=…, a line of a .env file). Fix: store only what follows the = in the secret.`
      )
    }
    const scheme = /^(?:authorization:\s*)?(bearer|token|basic|apikey)\s+\S/i.exec(value)
    if (scheme) {
      throw new ActionFailure(
        `${source(input)} starts with "${scheme[0].slice(0, -1).trim()}", the scheme of an Authorization header, which this step adds itself. Fix: store only what follows it in the secret.`
      )
    }
  }
}

/** The value of the first of `names` the environment sets (trimmed), or ''. */
export function firstEnv(env: NodeJS.ProcessEnv, names: readonly string[] | undefined): string {
  const name = firstSetVariable(env, names)
  return name === undefined ? '' : env[name]!.trim()
}

/** The first of `names` the environment sets to more than white space: where firstEnv read. */
export function firstSetVariable(
  env: NodeJS.ProcessEnv,
  names: readonly string[] | undefined
): string | undefined {
  return names?.find((name) => (env[name] ?? '').trim())
}

function modeList(modes: readonly CredentialMode[]): string {
  return modes.map((mode) => mode.inputs.join(' + ')).join(', or ')
}

function fallbackNote(vendor: Vendor, inputs: readonly CredentialInput[]): string {
  const variables = inputs.flatMap((input) => vendor.credentialEnv[input] ?? [])
  return variables.length
    ? ` (or the ${variables.join(', ')} environment variable${variables.length > 1 ? 's' : ''})`
    : ''
}

/**
 * A credential read from the environment goes only to the server the environment pairs it with: an
 * earlier step of the job exports the vendor's credential and URL variables together, and a later
 * step with an empty credential input and another url would send that credential to a server it
 * does not belong to. Refused before any request when one of the vendor's URL variables names
 * another server than the step's url (read as the vendor reads a url input; the server a credential
 * of it goes to, by Location.credentialServer, which is the URL's origin for most vendors).
 */
export function refuseCredentialOfAnotherServer(
  vendor: Vendor,
  fromEnv: readonly CredentialInput[],
  url: string,
  env: NodeJS.ProcessEnv,
  doctor = false
): void {
  if (!fromEnv.length) return
  const origin = new URL(url).origin
  for (const variable of vendor.urlEnv ?? []) {
    // An unset variable proves nothing: a vendor that exports it only for a url other than its
    // default (SEMGREP_APP_URL) leaves it unset for a credential of its default server, but a job
    // may as well hold a credential of its own in the variable and choose the server by input.
    const other = otherServerNamed(vendor, variable, env[variable] ?? '', url)
    if (other === undefined) continue
    const pairing = `the job's ${variable} names another server (${other})`
    const variables = fromEnv.map(
      (input) => firstSetVariable(env, vendor.credentialEnv[input]) ?? input
    )
    throw new ActionFailure(
      [
        doctor
          ? `The credential was read from ${variables.join(' and ')}, but ${pairing}, not this check's url (${origin}): a credential is sent only to the server it belongs to, so nothing was sent.`
          : `The ${fromEnv.join(' and ')} input${fromEnv.length > 1 ? 's are' : ' is'} empty, so the credential was read from ${variables.join(' and ')}, but ${pairing}, not this step's url (${origin}): an earlier step may have exported both for that server, and a credential is sent only to the server it belongs to, so nothing was sent.`,
        doctor
          ? `Fix: set ${variables.join(' and ')} to a credential of ${origin}, or unset ${variable}, or pass --url ${other} if that is the server meant.`
          : `Fix: give this step its own ${fromEnv.join(' and ')} (from a secret), or set url to ${other} if that is the server meant.`
      ].join('\n')
    )
  }
}
