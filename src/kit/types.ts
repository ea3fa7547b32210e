/**
 * The contract between the shared flow and one vendor. Adding a vendor is one module implementing
 * `Vendor` (composed from ./kit.ts), one line in ./index.ts, one fake in sandbox/, its entry in the
 * shared test table and its README section. Nothing in the shared flow knows a vendor by name.
 */
import type { HttpClient } from '../net/client.js'
import type { Identity, RequirementResult } from '../core/identity.js'

/** Inputs that carry credentials; each is masked the moment it is read, when secret. */
export const CREDENTIAL_INPUTS = [
  'api-key',
  'access-key',
  'secret-key',
  'username',
  'password',
  'refresh-token',
  'user-id',
  'api-token',
  'client-id',
  'client-secret'
] as const
export type CredentialInput = (typeof CREDENTIAL_INPUTS)[number]

/** Credential inputs that are secret (usernames and user and client ids are identity, not secrets). */
export const SECRET_INPUTS: readonly CredentialInput[] = [
  'api-key',
  'access-key',
  'secret-key',
  'password',
  'refresh-token',
  'api-token',
  'client-secret'
]

/**
 * Inputs that only some vendors use. A vendor lists the ones it reads in `options`; any other of
 * these given to it is refused by name before any request (contract, Behaviour 1).
 */
export const VENDOR_OPTION_INPUTS = ['organization-id', 'tenant', 'release-session'] as const
export type VendorOptionInput = (typeof VENDOR_OPTION_INPUTS)[number]

export interface CredentialMode {
  /** The `authMode` reported in the identity output, e.g. "api-key" or "session". */
  id: string
  /** Every one of these inputs must be given for this mode. */
  inputs: readonly CredentialInput[]
}

/** An input a vendor owns, and the environment variables it falls back to when empty, in order. */
export interface VendorOption {
  input: VendorOptionInput
  env?: readonly string[]
  /**
   * Checks the value (after the fallbacks) and gives it in the form the vendor reads, '' for "not
   * set"; throws an ActionFailure naming the input. Without it, the text is kept as given.
   */
  parse?: (value: string) => string
}

/**
 * How a vendor names what a user may do (`shown`: how allowed-roles quotes a role it refuses):
 * - `names`: role names (and perhaps ids) the identity holds; a required role must be one of them;
 * - `levels`: one ordered level per user; a required role is met by that level or a higher one;
 * - `none`: the vendor reports no roles, so required-roles fails at validation with `reason`.
 */
export type RoleModel =
  | { kind: 'names'; administrative?: AdministrativeRoles; shown?(r: string, i: Identity): string }
  | { kind: 'levels'; levels: readonly RoleLevel[]; administrative?: AdministrativeRoles }
  | { kind: 'none'; reason: string }

/**
 * The roles (or, for a vendor whose administrators are told by a permission, the permissions) that
 * can administer the whole product: a scan gate needs less, so the step warns when the identity
 * holds one (least privilege) and names the narrower role.
 */
export interface AdministrativeRoles {
  /** Role names or ids (or permission names), matched case-insensitively. */
  names?: readonly string[]
  /** This level and every higher one (`levels` models). */
  fromLevel?: number
  /** The narrower role a scan gate's key should belong to, where the vendor has one. */
  narrower?: string
}

export interface RoleLevel {
  name: string
  level: number
}

/**
 * Permissions: `reported` when the identity answer lists them (`known`: the vendor documents them as
 * a fixed set, so any other name is refused at validation, after the vendor's own validate, naming
 * the input and the nearest name); `defined` when only a fixed set can be verified (anything else is
 * refused at validation, naming the input); `none` when the vendor has no way to show them.
 */
export type PermissionModel =
  | { kind: 'reported'; administrative?: AdministrativeRoles; known?: readonly string[] }
  | { kind: 'defined'; known: readonly string[]; unknown: (permission: string) => string }
  | { kind: 'none'; reason: string }

/** Where a vendor's API lives: a fixed URL, named regions, or nothing (the url input is required). */
export interface Location {
  /** The cloud URL used when neither url nor region is given; absent when url is required. */
  defaultUrl?: string
  /** Region name → base URL; the default region's URL must equal `defaultUrl`. */
  regions?: Readonly<Record<string, string>>
  defaultRegion?: string
  /** An example for the "url is required" message, e.g. "https://sc.example.com". */
  urlExample?: string
  /** A region that the credentials themselves select (Veracode's EU key prefix), if any. */
  regionFromCredentials?: (
    credentials: Partial<Record<CredentialInput, string>>
  ) => string | undefined
  /**
   * How the vendor's own client reads a url input (Snyk's CLI puts `api.` before the host, ggshield
   * adds `/exposed`): the base URL it would send its requests to, and a warning saying why it differs
   * from the one given; undefined when it is the one given. Applied to the url input only (a region's
   * URL is already the API's), before any request, in the main and the post step alike. It may throw
   * an ActionFailure for a url the client refuses.
   */
  readUrl?: (url: string) => { url: string; warning: string } | undefined
  /**
   * Where a credential for this base URL is sent first, when that is not the URL itself (Wiz: the
   * token server of the url's environment, `auth.<domain>` for `api.<dc>.<domain>`). A credential
   * read from the environment is paired with the vendor's URL variables (Vendor.urlEnv) by it: two
   * URLs of one token server are the same server to the credential. The URL's origin when absent.
   */
  credentialServer?: (url: string) => string
}

/** A label and a value for the log and the summary, e.g. { label: 'Correlation ID', value }. */
export interface Note {
  label: string
  value: string
}

/**
 * What the shared flow decided from the inputs before any request: the vendor is handed this, and
 * every validation error was raised while building it (src/plan/).
 */
export interface Plan {
  vendor: Vendor
  /** Base URL without a trailing slash. */
  url: string
  /** The region whose URL is used; undefined when the url input chose the server. */
  region: string | undefined
  /** The url input as given, when the vendor reads it as another URL (Location.readUrl). */
  urlGiven?: string
  /**
   * The url input chose the server; absent when a region, the credentials or the vendor's default
   * did, so a failure to reach it names no url input to correct.
   */
  urlFromInput?: true
  /** The credential mode in use, e.g. "api-key" or "session". */
  authMode: string
  /** The credentials of that mode, after the environment-variable fallback. */
  credentials: Partial<Record<CredentialInput, string>>
  /** The vendor's own inputs (Vendor.options), after their fallbacks; empty ones are absent. */
  options: Partial<Record<VendorOptionInput, string>>
  /**
   * Where each of those came from: the environment variable it was read from, absent when the
   * input gave it. A variable an earlier step of the job exported (this action exports CX_TENANT,
   * INFRACAST_TENANT and INVICTI_ORGANIZATION_ID) may not belong to this step's credentials.
   */
  optionsFromEnv?: Partial<Record<VendorOptionInput, string>>
  requiredRoles: string[]
  requiredPermissions: string[]
  /**
   * The credential inputs a post step will not have: their value came from the environment
   * fallback, which the post step does not read (by then the vendor's variable may hold a minted
   * credential). A revoke that needs the given credential refuses mint-token for these. Empty when
   * no post step follows (the doctor revokes with the plan's own credentials).
   */
  postStepLacks: CredentialInput[]
  /** Least privilege: the identity may hold no role outside these (empty: no limit). */
  allowedRoles: string[]
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
  /**
   * Least exposure (mint-token): mint a narrower credential that dies with the job, for the
   * lifetime asked (token-lifetime, in seconds; the vendor rounds it up to what it allows).
   */
  mint: { lifetimeSeconds: number } | undefined
  /** GitHub OIDC (oidc-provider): authMode is `oidc`, and no credential input is used. */
  oidc: GitHubOidc | undefined
  /** Every secret value in the plan, for masking before anything else happens. */
  secrets: string[]
  warnings: string[]
}

/** Where the job's GitHub ID token comes from, and what the vendor is asked to exchange it for. */
export interface GitHubOidc {
  /** The vendor's name for its trust of this repository (JFrog's OIDC integration). */
  provider: string
  /** The audience asked of GitHub; '' for GitHub's default. */
  audience: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN of the job. */
  requestUrl: string
  requestToken: string
  /** For the log: the vendor's credential variables the job sets, which OIDC does not read. */
  unusedEnvNote?: string
}

/** What the post step hands to logout(): no plan, only the saved session. */
export interface SessionContext {
  http: HttpClient
  /**
   * The credential inputs the post step was given (the same `with:` as the main step; not the
   * environment fallback, which by then may hold a minted credential): a revoke that must
   * authenticate with the given credential reads it here, never from state. The doctor, which has
   * no post step, passes the plan's own.
   */
  credentials?: Partial<Record<CredentialInput, string>>
  /** Registers a secret with the runner (each line too) and with message redaction. */
  mask(value: string): void
  redact(text: string): string
  info(message: string): void
  debug(message: string): void
}

export interface VendorContext extends SessionContext {
  plan: Plan
  vendor: Vendor
  /**
   * Saves what ends a session just opened, before it is used: a step cancelled in between (the
   * runner sends SIGINT, and Node exits at once) still has it ended by the post step. The check's
   * own save, once the login passed, replaces it. Absent where nothing would end it later.
   */
  keepSession?(secrets: Record<string, string>): Promise<void>
  /** The session keepSession saved was ended here: nothing is left for the post step. */
  forgetSession?(): Promise<void>
}

export interface LoginResult {
  identity: Identity
  /** One header line for later requests, e.g. "X-Auth: ..."; empty when none can be given. */
  authHeader: string
  token?: string
  cookie?: string
  /** ISO-8601 expiry of the token. */
  expiresAt?: string
  /**
   * ISO-8601 expiry of the long-lived credential itself, where the vendor reports it; the shared
   * flow warns when it is near (expiry-warning-days) and fails when it is past.
   */
  credentialExpiresAt?: string
  /** Environment variables for later steps (exported only when export-env is true). */
  env: Record<string, string>
  /** Requirements the vendor proved itself (Infracast permission probes). */
  verified?: RequirementResult[]
  /** What the post step needs to end the session; absent when there is nothing to end. */
  session?: Record<string, string>
  /** Extra facts for the log and summary (correlation id, tenant, ...). */
  notes?: Note[]
  /**
   * What the credentials will meet later although the check passed (a Nessus edition that refuses
   * scan launches): each is printed as a warning, never a failure.
   */
  warnings?: string[]
}

export interface Vendor {
  id: string
  name: string
  location: Location
  modes: readonly CredentialMode[]
  /**
   * When a credential input is empty, its value is read from the first of these environment
   * variables that is set (mostly the names the vendor's tools read and this action exports).
   */
  credentialEnv: Readonly<Partial<Record<CredentialInput, readonly string[]>>>
  /** What its tools send to the URL variable's server, if not credentialEnv (runner/handoff.ts). */
  toolsCredentialEnv?: readonly string[]
  /**
   * Where the vendor's tools read its URL: the variable this step exports (SONAR_HOST_URL), and any
   * the tools read before it (SEMGREP_URL, GITGUARDIAN_INSTANCE), which the step never exports. A
   * credential read from the environment is refused when one of these names another server than
   * the step's, since an earlier step exported both for that server (compared by
   * Location.credentialServer where the exported URL is not the one the credential goes to: Wiz's
   * data-center host); one the step leaves unexported that names another server gets a warning,
   * since later steps' tools would go there (runner/handoff.ts).
   */
  urlEnv?: readonly string[]
  /**
   * Those of urlEnv whose value is not a URL, each with the server the vendor's tools read in it, if
   * any (SonarQube's scanner reads SONAR_REGION=us as SonarQube Cloud US).
   */
  urlEnvNames?: Readonly<Record<string, (value: string) => string | undefined>>
  /** Those of urlEnv not read as a url: the step's url written for each (GITGUARDIAN_INSTANCE). */
  urlEnvFromUrl?: Readonly<Record<string, (url: string) => string>>
  /**
   * Variables the vendor's tools read before one this step exports, by that name (Snyk's CLI:
   * SNYK_OAUTH_TOKEN before SNYK_TOKEN) or by a toolsCredentialEnv name never exported. A job
   * value of one would win over the export: later steps would run as another identity, or against
   * another server, than the one verified, so the step warns (runner/handoff.ts).
   */
  toolsReadFirst?: Readonly<Record<string, readonly string[]>>
  /** The vendor-specific inputs this vendor reads. */
  options?: readonly VendorOption[]
  roles: RoleModel
  permissions: PermissionModel
  /**
   * Before a credential mode is chosen, the vendor may recognise a mistake in what was given (its
   * whole key line pasted into one secret) and return the message that explains it; the step then
   * fails with it instead of "the other input is empty".
   */
  explainCredentials?(given: Partial<Record<CredentialInput, string>>): string | undefined
  /** Checks before any request: throws ActionFailure naming the input; returns warnings to log. */
  validate?(plan: Plan): string[]
  login(context: VendorContext): Promise<LoginResult>
  /**
   * Least exposure (mint-token): creates a narrower credential that dies with the job, after the
   * login passed its gate. A vendor without it refuses mint-token at validation.
   */
  mint?(context: MintContext, login: LoginResult): Promise<MintedCredential>
  /**
   * GitHub OIDC (oidc-provider): the vendor exchanges the job's GitHub ID token in login() when
   * `plan.oidc` is set. A vendor without it refuses oidc-provider at validation.
   */
  oidc?: {
    /** The audience the vendor documents for the ID token; GitHub's default when absent. */
    audience?: string
  }
  /**
   * Ends what `LoginResult.session` or `MintedCredential.revoke` recorded (a session, or a minted
   * credential to revoke); post step only.
   */
  logout?(context: SessionContext, session: Record<string, string>): Promise<void>
}

/**
 * What the post step is handed back: a session's credentials, or what revokes a minted credential.
 * logout() receives `ids` and `secrets` as one record.
 */
export interface SavedSession {
  /** A credential mint-token created (revoked), rather than a session the login opened (ended). */
  minted?: boolean
  /** Masked by the post step before anything else reads them. */
  secrets: Record<string, string>
  /** Not secret, never masked: a minted credential's id or name. */
  ids?: Record<string, string>
  /** ISO-8601: when a minted credential dies by itself, for the warning when revoking fails. */
  expiresAt?: string
  /**
   * `expiresAt` is the expiry asked for, saved before the server's answer could confirm it: it
   * names when the credential should die, never proof that it did.
   */
  expiryAsked?: boolean
}

/** What a vendor's mint() is given: the login's context, and a way to keep a lost credential. */
export interface MintContext extends VendorContext {
  /**
   * Saves for the post step what revokes a credential the server may have created although its
   * answer never came (a timeout, a reset connection, a 5xx after the request was sent), so that
   * it still dies with the job. Only a vendor that revokes by something it chose before the request
   * (SonarQube's token name) can use it; an id the answer carries is lost with the answer.
   * `expiresAt` undefined: the credential does not die by itself (the server set no expiry).
   * `expiryAsked`: `expiresAt` is what the request asks for, not yet what the server set (a server
   * may set a later expiry, or none), so the post step never takes it as proof the credential died.
   */
  keepForRevoke(
    revoke: MintedCredential['revoke'],
    expiresAt: string | undefined,
    expiryAsked?: boolean
  ): Promise<void>
  /** What keepForRevoke saved names nothing: the server refused to create it (a 4xx). */
  forgetRevoke(): Promise<void>
}

/** What mint() created: later steps get only this, never the credential the step was given. */
export interface MintedCredential {
  /** The new credential, already checked against its grammar and masked. */
  token: string
  /** One header line carrying it, as LoginResult.authHeader. */
  authHeader: string
  /** The vendor's environment variables, carrying the minted credential in place of the given one. */
  env: Record<string, string>
  /** ISO-8601: when it dies by itself, whatever happens to the post step. */
  expiresAt: string
  /**
   * What the post step's logout() needs to revoke it: `secrets` are masked before any use (the
   * minted token itself, where the revoke authenticates with it); `ids` are not (its name or id):
   * a value the server chose is never made a mask, which would let it hide any word of the log.
   * Never the given credential.
   */
  revoke: { secrets: Record<string, string>; ids: Record<string, string> }
  /** For the log and summary, e.g. `global analysis token "scanner-login-123-1-scan"`. */
  description: string
}
