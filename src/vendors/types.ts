/**
 * The contract between the shared flow and one vendor. Adding a vendor is one module implementing
 * `Vendor`, one line in ./index.ts, one fake in sandbox/, its tests and its README section.
 */
import type { HttpClient } from '../http.js'
import type { Identity, RequirementResult } from '../identity.js'
import type { Plan } from '../inputs.js'

/** Inputs that carry credentials; each is masked the moment it is read. */
export const CREDENTIAL_INPUTS = [
  'api-key',
  'access-key',
  'secret-key',
  'username',
  'password',
  'refresh-token',
  'user-id',
  'api-token'
] as const
export type CredentialInput = (typeof CREDENTIAL_INPUTS)[number]

/** Credential inputs that are secret (usernames and user ids are identity, not secrets). */
export const SECRET_INPUTS: readonly CredentialInput[] = [
  'api-key',
  'access-key',
  'secret-key',
  'password',
  'refresh-token',
  'api-token'
]

export interface CredentialMode {
  /** The `authMode` reported in the identity output, e.g. "api-key" or "session". */
  id: string
  /** Every one of these inputs must be given for this mode. */
  inputs: readonly CredentialInput[]
}

/** Whether a kind of requirement can be checked for this vendor, and if not, why. */
export type Verifiability = { verifiable: true } | { verifiable: false; reason: string }

/** What the post step hands to logout(): no plan, only the saved session. */
export interface SessionContext {
  http: HttpClient
  /** Registers a secret with the runner (each line too) and with message redaction. */
  mask(value: string): void
  redact(text: string): string
  info(message: string): void
  debug(message: string): void
}

export interface VendorContext extends SessionContext {
  plan: Plan
}

export interface LoginResult {
  identity: Identity
  /** One header line for later requests, e.g. "X-Auth: ...". */
  authHeader: string
  token?: string
  cookie?: string
  /** ISO-8601 expiry of the token. */
  expiresAt?: string
  /** Environment variables for later steps (exported only when export-env is true). */
  env: Record<string, string>
  /** Requirements the vendor proved itself (Infracast permission probes). */
  verified?: RequirementResult[]
  /** What the post step needs to end the session; absent when there is nothing to end. */
  session?: Record<string, string>
  /** Extra lines for the log and summary (correlation id, ...). */
  notes?: string[]
}

export interface Vendor {
  id: string
  name: string
  /** The vendor's cloud URL; undefined when `url` is required. */
  defaultUrl: string | undefined
  modes: readonly CredentialMode[]
  /** When an input is empty, its value is read from this environment variable. */
  envFallback: Readonly<Partial<Record<CredentialInput | 'organization-id' | 'tenant', string>>>
  roles: Verifiability
  permissions: Verifiability
  /**
   * Vendor-specific checks before any request; throws ActionFailure naming the input,
   * returns warnings to print.
   */
  validate?(plan: Plan): string[]
  login(context: VendorContext): Promise<LoginResult>
  /** Ends the session recorded in `LoginResult.session`; post step only. */
  logout?(context: SessionContext, session: Record<string, string>): Promise<void>
}
