/**
 * Inputs → plan. Every validation error is raised here, before any request, and names the input
 * as it is spelled in action.yml. No logging and no @actions/core: the entry point reads the raw
 * values and masks secrets; this module only decides.
 */
import { readFileSync } from 'node:fs'
import * as z from 'zod/mini'
import { ActionFailure, MissingCredentialFailure } from './failure.js'
import {
  CREDENTIAL_INPUTS,
  SECRET_INPUTS,
  type CredentialInput,
  type CredentialMode,
  type Vendor
} from './vendors/types.js'

/** Every input in action.yml, in its order. */
export const INPUT_NAMES = [
  'vendor',
  'url',
  ...CREDENTIAL_INPUTS,
  'organization-id',
  'tenant',
  'required-roles',
  'required-permissions',
  'export-env',
  'logout',
  'release-session',
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
  /** The credential mode in use, e.g. "api-key" or "session". */
  authMode: string
  /** The credentials of that mode, after the environment-variable fallback. */
  credentials: Partial<Record<CredentialInput, string>>
  organizationId: string
  tenant: string
  requiredRoles: string[]
  requiredPermissions: string[]
  exportEnv: boolean
  logout: boolean
  releaseSession: boolean
  timeoutMs: number
  retries: number
  caPem: string | undefined
  tlsVerify: boolean
  /** Every secret value in the plan, for masking before anything else happens. */
  secrets: string[]
  warnings: string[]
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i
const MAX_TIMEOUT_SECONDS = 600
const MAX_RETRIES = 10

/** A boolean input, spelled as @actions/core's getBooleanInput accepts (YAML 1.2 core schema). */
const booleanInput = (fallback: boolean): z.ZodMiniType<boolean, string> =>
  z.pipe(
    z.string(),
    z.transform((value, ctx): boolean => {
      if (value === '') return fallback
      if (['true', 'True', 'TRUE'].includes(value)) return true
      if (['false', 'False', 'FALSE'].includes(value)) return false
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `must be true or false, not "${value}"`
      })
      return z.NEVER
    })
  )

const numberInput = (
  fallback: number,
  min: number,
  max: number,
  integer: boolean
): z.ZodMiniType<number, string> =>
  z.pipe(
    z.string(),
    z.transform((value, ctx): number => {
      if (value === '') return fallback
      const parsed = Number(value)
      if (
        !Number.isFinite(parsed) ||
        (integer && !Number.isInteger(parsed)) ||
        parsed < min ||
        parsed > max
      ) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${value}"`
        })
        return z.NEVER
      }
      return parsed
    })
  )

/** Entries separated by commas or newlines, trimmed, empty ones dropped. */
const listInput = z.pipe(
  z.string(),
  z.transform((value) => [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean)
    )
  ])
)

export const settingsSchema = z.object({
  'required-roles': listInput,
  'required-permissions': listInput,
  'export-env': booleanInput(true),
  logout: booleanInput(true),
  'release-session': booleanInput(false),
  timeout: numberInput(30, 1, MAX_TIMEOUT_SECONDS, false),
  retries: numberInput(2, 0, MAX_RETRIES, true),
  'tls-verify': booleanInput(true)
})

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

  const fromEnv = (input: CredentialInput | 'organization-id' | 'tenant'): string => {
    const name = vendor.envFallback[input]
    return raw[input] || (name ? (env[name] ?? '').trim() : '')
  }
  const { mode, credentials } = selectCredentials(vendor, raw, fromEnv)

  const requiredRoles = settings['required-roles']
  const requiredPermissions = settings['required-permissions']
  if (requiredRoles.length && !vendor.roles.verifiable) {
    throw new ActionFailure(
      `The required-roles input cannot be used with ${vendor.name}: ${vendor.roles.reason}`
    )
  }
  if (requiredPermissions.length && !vendor.permissions.verifiable) {
    throw new ActionFailure(
      `The required-permissions input cannot be used with ${vendor.name}: ${vendor.permissions.reason}`
    )
  }

  const tlsVerify = settings['tls-verify']
  const plan: Plan = {
    vendor,
    url: resolveUrl(raw.url, vendor),
    authMode: mode.id,
    credentials,
    organizationId: fromEnv('organization-id'),
    tenant: fromEnv('tenant'),
    requiredRoles,
    requiredPermissions,
    exportEnv: settings['export-env'],
    logout: settings.logout,
    releaseSession: settings['release-session'],
    timeoutMs: settings.timeout * 1000,
    retries: settings.retries,
    caPem: readCaCert(
      raw['ca-cert'],
      environment.readFile ?? ((path) => readFileSync(path, 'utf8'))
    ),
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
  plan.warnings.push(...(vendor.validate?.(plan) ?? []))
  return plan
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

export function resolveUrl(input: string, vendor: Vendor): string {
  const value = input || vendor.defaultUrl
  if (!value) {
    throw new ActionFailure(
      `The url input is required for ${vendor.name}: it is installed on your own servers, so there is no default (e.g. url: https://sc.example.com).`
    )
  }
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
  const loopback = LOOPBACK_HOSTS.test(url.hostname)
  if (url.protocol === 'http:' && !loopback) {
    throw new ActionFailure(
      `The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for localhost. Got "${value}".`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ActionFailure(`The url input must be an https:// URL, not "${value}".`)
  }
  return url.toString().replace(/\/+$/, '')
}

export function readCaCert(input: string, readFile: (path: string) => string): string | undefined {
  if (!input) return undefined
  const pem = input.includes('-----BEGIN') ? input : readPemFile(input, readFile)
  if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(pem)) {
    throw new ActionFailure(
      'The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).'
    )
  }
  return pem
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

function fallbackNote(vendor: Vendor, inputs: readonly CredentialInput[]): string {
  const variables = inputs.map((input) => vendor.envFallback[input]).filter(Boolean)
  return variables.length
    ? ` (or the ${variables.join(', ')} environment variable${variables.length > 1 ? 's' : ''})`
    : ''
}
