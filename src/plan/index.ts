/**
 * Inputs → plan. Every validation error is raised here, before any request, and names the input
 * as it is spelled in action.yml. No logging and no @actions/core: the entry point reads the raw
 * values and masks secrets; this module only decides.
 */
import { readFileSync } from 'node:fs'
import { ActionFailure, MissingCredentialFailure } from '../core/failure.js'
import { isLoopbackHost } from '../net/client.js'
import { roleLevel } from '../core/identity.js'
import { certificateBlocks, InvalidCertificateError, type CertificateBlocks } from '../net/pem.js'
import {
  CREDENTIAL_INPUTS,
  SECRET_INPUTS,
  VENDOR_OPTION_INPUTS,
  type CredentialInput,
  type CredentialMode,
  type Vendor,
  type VendorOptionInput
} from '../kit/types.js'

/** Every input in action.yml, in its order. */
export const INPUT_NAMES = [
  'vendor',
  'url',
  'region',
  ...CREDENTIAL_INPUTS,
  ...VENDOR_OPTION_INPUTS,
  'required-roles',
  'required-permissions',
  'expiry-warning-days',
  'export-env',
  'logout',
  'timeout',
  'retries',
  'ca-cert',
  'tls-verify'
] as const
export type InputName = (typeof INPUT_NAMES)[number]
export type RawInputs = Record<InputName, string>

export interface Plan {
  vendor: Vendor
  /** Base URL without a trailing slash. */
  url: string
  /** The region whose URL is used; undefined when the url input chose the server. */
  region: string | undefined
  /** The credential mode in use, e.g. "api-key" or "session". */
  authMode: string
  /** The credentials of that mode, after the environment-variable fallback. */
  credentials: Partial<Record<CredentialInput, string>>
  /** The vendor's own inputs (Vendor.options), after their fallbacks; empty ones are absent. */
  options: Partial<Record<VendorOptionInput, string>>
  requiredRoles: string[]
  requiredPermissions: string[]
  /** Warn when the credential itself expires within this many days; 0 turns the warning off. */
  expiryWarningDays: number
  exportEnv: boolean
  logout: boolean
  timeoutMs: number
  retries: number
  /** The ca-cert input's certificates as one PEM text, for the HTTP client. */
  caPem: string | undefined
  /** The same certificates one by one, for the CA files later steps read. */
  caCertificates: string[]
  tlsVerify: boolean
  /** Every secret value in the plan, for masking before anything else happens. */
  secrets: string[]
  warnings: string[]
}

const MAX_TIMEOUT_SECONDS = 600
const MAX_RETRIES = 10
const MAX_EXPIRY_WARNING_DAYS = 3650

/**
 * One settings input: its value, or the message that follows "The <input> input" when it is wrong.
 * Plain functions rather than a schema library: this runs in every job, and loading zod/mini cost
 * more than the rest of input handling together (see the README's performance section).
 */
type SettingParser<T> = (value: string) => { ok: true; value: T } | { ok: false; message: string }

/** A boolean input, spelled as @actions/core's getBooleanInput accepts (YAML 1.2 core schema). */
const booleanInput =
  (fallback: boolean): SettingParser<boolean> =>
  (value) => {
    if (value === '') return { ok: true, value: fallback }
    if (value === 'true' || value === 'True' || value === 'TRUE') return { ok: true, value: true }
    if (value === 'false' || value === 'False' || value === 'FALSE')
      return { ok: true, value: false }
    return { ok: false, message: `must be true or false, not "${value}"` }
  }

const numberInput =
  (fallback: number, min: number, max: number, integer: boolean): SettingParser<number> =>
  (value) => {
    if (value === '') return { ok: true, value: fallback }
    const parsed = Number(value)
    if (
      !Number.isFinite(parsed) ||
      (integer && !Number.isInteger(parsed)) ||
      parsed < min ||
      parsed > max
    ) {
      return {
        ok: false,
        message: `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${value}"`
      }
    }
    return { ok: true, value: parsed }
  }

/**
 * A list input: entries separated by commas or newlines, trimmed, inner runs of white space folded
 * to one space, duplicates dropped. Two shapes users reach for are read as well: a JSON array (the
 * shape of the roles output) and YAML block-list dashes ("- Security Manager"). Text that yields no
 * entry at all (", ,") is an error, not "no requirement": a gate must never switch off silently.
 */
const listInput: SettingParser<string[]> = (value) => {
  if (value.trim() === '') return { ok: true, value: [] }
  const entries = (jsonArray(value) ?? value.split(/[,\n]/))
    .map((entry) =>
      entry
        .replace(/^\s*-\s+/, '')
        .replace(/\s+/g, ' ')
        .trim()
    )
    .filter(Boolean)
  if (entries.length === 0) {
    return {
      ok: false,
      message: `has text but no entries ("${value.trim()}"); give names separated by commas or newlines, or leave it empty`
    }
  }
  return { ok: true, value: [...new Set(entries)] }
}

function jsonArray(value: string): string[] | undefined {
  if (!value.trim().startsWith('[')) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) && parsed.every((entry) => typeof entry === 'string')
      ? parsed
      : undefined
  } catch {
    return undefined
  }
}

const SETTINGS = {
  'required-roles': listInput,
  'required-permissions': listInput,
  'expiry-warning-days': numberInput(14, 0, MAX_EXPIRY_WARNING_DAYS, true),
  'export-env': booleanInput(true),
  logout: booleanInput(true),
  timeout: numberInput(30, 1, MAX_TIMEOUT_SECONDS, false),
  retries: numberInput(2, 0, MAX_RETRIES, true),
  'tls-verify': booleanInput(true)
}
type SettingName = keyof typeof SETTINGS
export type Settings = {
  [Name in SettingName]: (typeof SETTINGS)[Name] extends SettingParser<infer T> ? T : never
}
export interface SettingIssue {
  path: [SettingName]
  message: string
}

/**
 * The settings inputs, checked together so that every problem is reported at once, in this order.
 * `shape` names the inputs; `safeParse` answers as a schema's would (data, or issues with the input
 * as the first path element), so callers read the same either way.
 */
export const settingsSchema = {
  shape: SETTINGS,
  safeParse(
    input: Record<string, unknown>
  ): { success: true; data: Settings } | { success: false; error: { issues: SettingIssue[] } } {
    const data: Record<string, unknown> = {}
    const issues: SettingIssue[] = []
    for (const name of Object.keys(SETTINGS) as SettingName[]) {
      const value = input[name]
      if (typeof value !== 'string') {
        issues.push({
          path: [name],
          message: `Invalid input: expected string, received ${value === null ? 'null' : typeof value}`
        })
        continue
      }
      const parsed = SETTINGS[name](value)
      if (parsed.ok) data[name] = parsed.value
      else issues.push({ path: [name], message: parsed.message })
    }
    return issues.length
      ? { success: false, error: { issues } }
      : { success: true, data: data as Settings }
  }
}

/** Parses a boolean input as @actions/core's getBooleanInput would, naming the input when wrong. */
export function parseBooleanInput(input: string, value: string, fallback: boolean): boolean {
  const parsed = booleanInput(fallback)(value)
  if (!parsed.ok)
    throw new ActionFailure(`The ${input} input must be true or false, not "${value}".`)
  return parsed.value
}

export interface PlanEnvironment {
  env: NodeJS.ProcessEnv
  readFile?: (path: string) => string
}

export function buildPlan(raw: RawInputs, vendor: Vendor, environment: PlanEnvironment): Plan {
  const { env } = environment
  const parsed = settingsSchema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `The ${String(issue.path[0])} input ${issue.message}.`
    )
    throw new ActionFailure(problems.join('\n'))
  }
  const settings = parsed.data
  refuseForeignOptions(raw, vendor)

  const fromEnv = (input: CredentialInput): string =>
    raw[input] || firstEnv(env, vendor.credentialEnv[input])
  const { mode, credentials } = selectCredentials(vendor, raw, fromEnv)
  const options: Partial<Record<VendorOptionInput, string>> = {}
  for (const option of vendor.options ?? []) {
    const value = raw[option.input] || firstEnv(env, option.env)
    if (value) options[option.input] = value
  }

  const requiredRoles = settings['required-roles']
  const requiredPermissions = settings['required-permissions']
  checkRolesVerifiable(vendor, requiredRoles)
  checkPermissionsVerifiable(vendor, requiredPermissions)

  const tlsVerify = settings['tls-verify']
  const location = resolveLocation(raw.url, raw.region, vendor, credentials)
  const caCert = readCaCert(
    raw['ca-cert'],
    environment.readFile ?? ((path) => readFileSync(path, 'utf8'))
  )
  const plan: Plan = {
    vendor,
    ...location,
    authMode: mode.id,
    credentials,
    options,
    requiredRoles,
    requiredPermissions,
    expiryWarningDays: settings['expiry-warning-days'],
    exportEnv: settings['export-env'],
    logout: settings.logout,
    timeoutMs: settings.timeout * 1000,
    retries: settings.retries,
    caPem: caCert?.certificates.join(''),
    caCertificates: caCert?.certificates ?? [],
    tlsVerify,
    secrets: SECRET_INPUTS.map((input) => credentials[input]).filter((v): v is string =>
      Boolean(v)
    ),
    warnings: tlsVerify
      ? []
      : [
          'tls-verify is false: the server certificate is not checked, so the connection can be intercepted. Prefer the ca-cert input.'
        ]
  }
  if (caCert?.droppedOther) {
    plan.warnings.push(
      'The ca-cert input holds more than certificates (a private key?): only its CERTIFICATE blocks are used, and nothing else is kept or passed on. Remove the rest from the secret.'
    )
  }
  plan.warnings.push(...(vendor.validate?.(plan) ?? []))
  return plan
}

function firstEnv(env: NodeJS.ProcessEnv, names: readonly string[] | undefined): string {
  for (const name of names ?? []) {
    const value = (env[name] ?? '').trim()
    if (value) return value
  }
  return ''
}

/**
 * An input meant for another vendor is refused by name rather than ignored: a tenant given to
 * Tenable.sc is a mistake the user wants to hear about. release-session has a default (false), so
 * only a true value counts as given.
 */
function refuseForeignOptions(raw: RawInputs, vendor: Vendor): void {
  const own = new Set((vendor.options ?? []).map((option) => option.input))
  const given = (input: VendorOptionInput): boolean =>
    input === 'release-session' ? /^true$/i.test(raw[input].trim()) : raw[input].trim() !== ''
  const foreign = VENDOR_OPTION_INPUTS.filter((input) => !own.has(input) && given(input))
  if (raw.region.trim() && !vendor.location.regions) foreign.push('region' as VendorOptionInput)
  if (foreign.length) {
    throw new ActionFailure(
      `${vendor.name} does not use the ${names(foreign)} input${foreign.length > 1 ? 's' : ''}; remove ${foreign.length > 1 ? 'them' : 'it'} from this step.`
    )
  }
}

function checkRolesVerifiable(vendor: Vendor, required: readonly string[]): void {
  if (!required.length) return
  const model = vendor.roles
  if (model.kind === 'none') {
    throw new ActionFailure(
      `The required-roles input cannot be used with ${vendor.name}: ${model.reason}`
    )
  }
  if (model.kind !== 'levels') return
  const unknown = required.filter((role) => roleLevel(model.levels, role) === undefined)
  if (unknown.length) {
    throw new ActionFailure(
      `The required-roles input names ${quoteList(unknown)}, which ${unknown.length > 1 ? 'are' : 'is'} not ${vendor.name} role${unknown.length > 1 ? 's' : ''}. ${vendor.name} roles are ordered levels: ${model.levels.map((l) => `${l.name} (${l.level})`).join(', ')}; holding a role means holding that level or a higher one.`
    )
  }
}

function checkPermissionsVerifiable(vendor: Vendor, required: readonly string[]): void {
  if (!required.length) return
  const model = vendor.permissions
  if (model.kind === 'none') {
    throw new ActionFailure(
      `The required-permissions input cannot be used with ${vendor.name}: ${model.reason}`
    )
  }
  if (model.kind !== 'defined') return
  const known = new Set(model.known.map((p) => p.toLowerCase()))
  const unknown = required.filter((p) => !known.has(p.toLowerCase()))
  if (unknown.length) {
    throw new ActionFailure(
      [
        `The required-permissions input asks for ${quoteList(unknown)}, which this action cannot verify for ${vendor.name}:`,
        ...unknown.map((p) => `  - ${p}: ${model.unknown(p)}`),
        `Verifiable: ${model.known.join(', ')}.`,
        'Fix: remove these from required-permissions.'
      ].join('\n')
    )
  }
}

/** Exactly one complete credential mode, or an error that says which inputs to set. */
function selectCredentials(
  vendor: Vendor,
  raw: RawInputs,
  valueOf: (input: CredentialInput) => string
): { mode: CredentialMode; credentials: Partial<Record<CredentialInput, string>> } {
  const usable = new Set(vendor.modes.flatMap((mode) => mode.inputs))
  const foreign = CREDENTIAL_INPUTS.filter((input) => raw[input] && !usable.has(input))
  if (foreign.length) {
    throw new ActionFailure(
      `${vendor.name} does not use the ${names(foreign)} input${foreign.length > 1 ? 's' : ''}. ` +
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
      `Conflicting credentials for ${vendor.name}: ${names([...given])} were all given. ` +
        `Give exactly one of ${modeList(vendor.modes)}.`
    )
  }
  if (touched.length === 1) {
    const mode = touched[0]!
    const missing = mode.inputs.filter((input) => !given.has(input))
    throw new MissingCredentialFailure(
      `The ${names(missing)} input${missing.length > 1 ? 's are' : ' is'} empty: ${vendor.name} ` +
        `needs ${names(mode.inputs, ' and ')} together${fallbackNote(vendor, missing)}.`
    )
  }
  throw new MissingCredentialFailure(
    `No credentials for ${vendor.name}: set ${modeList(vendor.modes)}, from repository secrets` +
      `${fallbackNote(vendor, [...usable])}.`
  )
}

/** The base URL: the url input, else the region's URL, else the vendor's default. */
export function resolveLocation(
  urlInput: string,
  regionInput: string,
  vendor: Vendor,
  credentials: Partial<Record<CredentialInput, string>> = {}
): { url: string; region: string | undefined } {
  const { location } = vendor
  const regionName = regionInput.trim().toLowerCase()
  if (urlInput && regionName) {
    throw new ActionFailure(
      "The url and region inputs were both given; give one: region picks the vendor's cloud URL for that region, url names a server directly."
    )
  }
  if (urlInput) return { url: checkedUrl(urlInput), region: undefined }
  const regions = location.regions
  if (regions) {
    const chosen =
      regionName || location.regionFromCredentials?.(credentials) || location.defaultRegion
    if (chosen && Object.hasOwn(regions, chosen)) {
      return { url: checkedUrl(regions[chosen]!), region: chosen }
    }
    if (regionName) {
      throw new ActionFailure(
        `The region input "${regionInput.trim()}" is not a ${vendor.name} region. Valid regions: ${Object.keys(regions).join(', ')}.`
      )
    }
  }
  if (location.defaultUrl) return { url: checkedUrl(location.defaultUrl), region: undefined }
  throw new ActionFailure(
    `The url input is required for ${vendor.name}: it is installed on your own servers, so there is no default (e.g. url: ${location.urlExample ?? 'https://scanner.example.com'}).`
  )
}

function checkedUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ActionFailure(
      `The url input "${value}" is not a URL; give the scheme too, e.g. https://${value}.`
    )
  }
  if (url.username || url.password) {
    throw new ActionFailure(
      'The url input must not contain credentials; use the credential inputs instead.'
    )
  }
  if (url.search || url.hash) {
    throw new ActionFailure(
      `The url input must be a base URL without a query or fragment, not "${value}".`
    )
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ActionFailure(
      `The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for localhost. Got "${value}".`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ActionFailure(`The url input must be an https:// URL, not "${value}".`)
  }
  return url.toString().replace(/\/+$/, '')
}

/**
 * The ca-cert input: PEM text or a path to a PEM file. Only its CERTIFICATE blocks are used or
 * kept; anything else (a private key pasted along) is dropped, and `droppedOther` says so, so the
 * caller can warn. A block that is not a readable certificate fails, naming the input.
 */
export function readCaCert(
  input: string,
  readFile: (path: string) => string
): { certificates: string[]; droppedOther: boolean } | undefined {
  if (!input) return undefined
  const pem = input.includes('-----BEGIN') ? input : readPemFile(input, readFile)
  let blocks: CertificateBlocks
  try {
    blocks = certificateBlocks(pem)
  } catch (error) {
    if (!(error instanceof InvalidCertificateError)) throw error
    throw new ActionFailure(
      `The ca-cert input holds a block that is not a valid certificate: ${error.message}. Give the CA certificate in PEM form (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).`
    )
  }
  if (blocks.certificates.length === 0) {
    throw new ActionFailure(
      'The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).'
    )
  }
  return blocks
}

function readPemFile(path: string, readFile: (path: string) => string): string {
  try {
    return readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new ActionFailure(
      `The ca-cert input is neither PEM text nor a readable file: "${path}" (${code}). Give the PEM text itself or a path relative to the workspace.`
    )
  }
}

function names(inputs: readonly string[], joiner = ', '): string {
  return inputs.join(joiner)
}

function modeList(modes: readonly CredentialMode[]): string {
  return modes.map((mode) => mode.inputs.join(' + ')).join(', or ')
}

function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ')
}

function fallbackNote(vendor: Vendor, inputs: readonly CredentialInput[]): string {
  const variables = inputs.flatMap((input) => vendor.credentialEnv[input] ?? [])
  return variables.length
    ? ` (or the ${variables.join(', ')} environment variable${variables.length > 1 ? 's' : ''})`
    : ''
}
