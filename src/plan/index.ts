/**
 * Inputs → plan. Every validation error is raised here, before any request, and names the input
 * as it is spelled in action.yml. No logging and no @actions/core: the entry point reads the raw
 * values and masks secrets; this module only decides.
 */
import { ActionFailure } from '../core/failure.js'
import { roleLevel } from '../core/identity.js'
import { quotedList, withArticle } from '../core/sanitize.js'
import { closestName, didYouMean } from '../core/spelling.js'
import {
  CREDENTIAL_INPUTS,
  SECRET_INPUTS,
  type CredentialInput,
  type Plan,
  type Vendor
} from '../kit/types.js'
import { readCaCert, readPemFileText } from './ca-cert.js'
import {
  firstEnv,
  firstSetVariable,
  refuseCredentialOfAnotherServer,
  refuseForeignOptions,
  refuseWrappedCredentials,
  selectCredentials,
  vendorOptions
} from './credentials.js'
import type { RawInputs } from './input-names.js'
import { resolveLocation } from './location.js'
import { parseSettings } from './settings.js'

export interface PlanEnvironment {
  env: NodeJS.ProcessEnv
  readFile?: (path: string) => string
  /**
   * ./least-exposure.ts, which the caller loads only when usesLeastExposure() says the inputs need
   * it: a step that neither mints nor uses OIDC never parses it.
   */
  leastExposure?: typeof import('./least-exposure.js')
  /** Whether a post step follows (the action's main step; not the doctor). Default true. */
  postStep?: boolean
}

/** Whether the inputs ask for mint-token, a token-lifetime or GitHub OIDC (at their defaults, no). */
export function usesLeastExposure(raw: RawInputs): boolean {
  const lifetime = raw['token-lifetime'].trim()
  return (
    raw['oidc-provider'].trim() !== '' ||
    raw['oidc-audience'].trim() !== '' ||
    !/^(false)?$/i.test(raw['mint-token'].trim()) ||
    (lifetime !== '' && lifetime !== '6h')
  )
}

export function buildPlan(raw: RawInputs, vendor: Vendor, environment: PlanEnvironment): Plan {
  const { env } = environment
  const exposure = usesLeastExposure(raw) ? environment.leastExposure : undefined
  if (exposure === undefined && usesLeastExposure(raw))
    throw new Error('buildPlan: these inputs need environment.leastExposure')
  const settings = parseSettings(
    (name) => raw[name],
    exposure ? { 'token-lifetime': exposure.lifetimeHint } : {}
  )
  refuseForeignOptions(raw, vendor)
  const oidc = exposure?.oidcPlan(raw, vendor, env)
  const { mode, credentials } = oidc ? oidcCredentials() : storedCredentials(raw, vendor, env)
  const { options, fromEnv: optionsFromEnv } = vendorOptions(raw, vendor, env)
  const leastExposureWarnings: string[] = []
  const mint = exposure?.mintPlan(vendor, settings, leastExposureWarnings, raw['token-lifetime'])

  const requiredRoles = settings['required-roles']
  const requiredPermissions = settings['required-permissions']
  const allowedRoles = settings['allowed-roles']
  checkRolesVerifiable(vendor, 'required-roles', requiredRoles)
  checkRolesVerifiable(vendor, 'allowed-roles', allowedRoles)
  checkPermissionsVerifiable(vendor, requiredPermissions)

  const tlsVerify = settings['tls-verify']
  const { urlWarning, ...location } = resolveLocation(raw.url, raw.region, vendor, credentials)
  const fromEnv = mode.inputs.filter((input) => raw[input] === '' && credentials[input])
  refuseCredentialOfAnotherServer(
    vendor,
    fromEnv,
    location.url,
    env,
    environment.postStep === false
  )
  const caCert = readCaCert(raw['ca-cert'], environment.readFile ?? readPemFileText)
  const plan: Plan = {
    vendor,
    ...location,
    authMode: mode.id,
    credentials,
    postStepLacks: environment.postStep === false ? [] : fromEnv,
    options,
    ...(Object.keys(optionsFromEnv).length ? { optionsFromEnv } : {}),
    requiredRoles,
    allowedRoles,
    requiredPermissions,
    expiryWarningDays: settings['expiry-warning-days'],
    exportEnv: settings['export-env'],
    logout: settings.logout,
    timeoutMs: settings.timeout * 1000,
    retries: settings.retries,
    caPem: caCert?.certificates.join(''),
    caCertificates: caCert?.certificates ?? [],
    tlsVerify,
    mint,
    oidc,
    secrets: [...SECRET_INPUTS.map((input) => credentials[input]), oidc?.requestToken].filter(
      (v): v is string => Boolean(v)
    ),
    warnings: [
      ...(urlWarning ? [urlWarning] : []),
      ...(tlsVerify
        ? []
        : [
            caCert
              ? 'tls-verify is false: the server certificate is not checked, so the connection can be intercepted, and the ca-cert input is not used for this step. Remove tls-verify: false: with ca-cert, the server is checked against that CA.'
              : 'tls-verify is false: the server certificate is not checked, so the connection can be intercepted. Prefer the ca-cert input.'
          ]),
      ...leastExposureWarnings
    ]
  }
  if (caCert?.droppedOther) {
    plan.warnings.push(
      'The ca-cert input holds more than certificates (a private key?): only its CERTIFICATE blocks are used, and nothing else is kept or passed on. Remove the rest from the secret.'
    )
  }
  plan.warnings.push(...(vendor.validate?.(plan) ?? []))
  // After the vendor's validate, whose message for a near miss it knows (SonarQube's UI names) is
  // the better one.
  checkPermissionsKnown(vendor, requiredPermissions)
  return plan
}

/** A reported permission the vendor documents as a fixed set must be one of them (Behaviour 13). */
function checkPermissionsKnown(vendor: Vendor, required: readonly string[]): void {
  const model = vendor.permissions
  if (model.kind !== 'reported' || !model.known) return
  const known = model.known
  const unknown = required.filter((p) => !known.some((k) => k.toLowerCase() === p.toLowerCase()))
  if (!unknown.length) return
  const near = unknown.flatMap((p) => {
    const meant = closestName(p, known)
    return meant ? [[p, meant] as const] : []
  })
  throw new ActionFailure(
    [
      `The required-permissions input names ${quotedList(unknown)}, which ${unknown.length > 1 ? `are not ${vendor.name} permissions` : `is not ${withArticle(`${vendor.name} permission`)}`}${didYouMean(near, unknown.length)}. ${vendor.name}'s permissions: ${known.join(', ')}.`,
      'Fix: correct required-permissions.'
    ].join('\n')
  )
}

/** GitHub OIDC replaces every stored credential: the mode names no input. */
const oidcCredentials = (): ReturnType<typeof selectCredentials> => ({
  mode: { id: 'oidc', inputs: [] },
  credentials: {}
})

/** The credential inputs of exactly one mode, each empty one filled from the environment. */
function storedCredentials(
  raw: RawInputs,
  vendor: Vendor,
  env: NodeJS.ProcessEnv
): ReturnType<typeof selectCredentials> {
  const fromEnv = (input: CredentialInput): string =>
    raw[input] || firstEnv(env, vendor.credentialEnv[input])
  const explained = vendor.explainCredentials?.(
    Object.fromEntries(CREDENTIAL_INPUTS.map((input) => [input, fromEnv(input)]))
  )
  if (explained) throw new ActionFailure(explained)
  const selected = selectCredentials(vendor, raw, fromEnv)
  refuseWrappedCredentials(selected.credentials, (input) =>
    raw[input]
      ? `The ${input} input`
      : `The ${firstSetVariable(env, vendor.credentialEnv[input])} environment variable`
  )
  return selected
}

/** A role input (required-roles, allowed-roles) that the vendor's role model can check. */
function checkRolesVerifiable(
  vendor: Vendor,
  input: 'required-roles' | 'allowed-roles',
  roles: readonly string[]
): void {
  if (!roles.length) return
  const model = vendor.roles
  if (model.kind === 'none') {
    throw new ActionFailure(
      `The ${input} input cannot be used with ${vendor.name}: ${model.reason} Remove ${input}.`
    )
  }
  if (model.kind !== 'levels') return
  const unknown = roles.filter((role) => roleLevel(model.levels, role) === undefined)
  if (unknown.length) {
    // The near miss is named as for a permission (checkPermissionsKnown) and as the gate does for
    // named roles: "Scan Manger" is a typo of a level, not a role to go and ask an administrator for.
    const names = model.levels.map((l) => l.name)
    const near = unknown.flatMap((role) => {
      const meant = closestName(role, names)
      return meant ? [[role, meant] as const] : []
    })
    throw new ActionFailure(
      [
        `The ${input} input names ${quotedList(unknown)}, which ${unknown.length > 1 ? `are not ${vendor.name} roles` : `is not ${withArticle(`${vendor.name} role`)}`}${didYouMean(near, unknown.length)}. ${vendor.name} roles are ordered levels: ${model.levels.map((l) => `${l.name} (${l.level})`).join(', ')}; ${input === 'allowed-roles' ? 'allowed-roles accepts the highest level it lists and every level below it' : 'holding a role means holding that level or a higher one'}.`,
        `Fix: correct ${input}.`
      ].join('\n')
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
        `The required-permissions input asks for ${quotedList(unknown)}, which this action cannot verify for ${vendor.name}:`,
        ...unknown.map((p) => `  - ${p}: ${model.unknown(p)}`),
        `Verifiable: ${model.known.join(', ')}.`,
        'Fix: remove these from required-permissions.'
      ].join('\n')
    )
  }
}
