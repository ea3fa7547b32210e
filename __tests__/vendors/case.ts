// The shared vendor test table: each vendor joins by describing, against the sandbox, a successful
// check, a rejected credential and (where the vendor can say it) a refused permission. The shared
// suites (vendors.bundle.test.ts, the fault matrix, the hostile-server properties) run every entry
// through the committed bundle, so a new vendor gets those tests by being listed in ./index.ts.
import type { startSandbox } from '../../sandbox/index.js'

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>
export type Inputs = Record<string, string>

export interface Scenario {
  /** The step's inputs, vendor and url included. */
  inputs: Inputs
  /** Extra environment of the step (job-level env fallbacks). */
  env?: Record<string, string>
}

export interface FailureScenario extends Scenario {
  /** Fragments the one ::error:: message must contain. */
  message: readonly string[]
}

export interface VendorCase {
  /** The canonical vendor id. */
  vendor: string
  /** The vendor's base URL at the sandbox: plain HTTP, or HTTPS (then the sandbox CA is needed). */
  url(sandbox: Sandbox, secure?: boolean): string
  /** A check that passes; `requests` is how many requests the main step may make for it. */
  success(sandbox: Sandbox): Scenario & {
    requests: number
    /** Identity outputs that must come out exactly. */
    outputs: Record<string, string>
    /** Names of the environment variables exported for later steps. */
    exports: readonly string[]
    /** Requests the post step makes (a logout), 0 when it has nothing to end. */
    postRequests?: number
  }
  /**
   * Every environment variable the contract lets this vendor export, in any mode: a hostile answer
   * must not make the step export another (NODE_OPTIONS, LD_PRELOAD, BASH_ENV...).
   */
  exportable: readonly string[]
  /** A credential the vendor rejects (its 401, or whatever this vendor answers instead). */
  rejected(sandbox: Sandbox): FailureScenario
  /**
   * Requests the main step makes when every answer is a 401: 1 (the default), or more for a vendor
   * that sends the credential once more by another scheme its older servers require (SonarQube
   * Server before 10.0: HTTP Basic after Bearer). Never the same request again.
   */
  requestsOn401?: number
  /** Valid credentials without what the step requires (a 403, or the gate), where expressible. */
  refused?(sandbox: Sandbox): FailureScenario
  /**
   * A success with mint-token (the vendors that can mint): `requests` is how many requests the
   * main step makes, minting included. The hostile-server property answers any of them.
   */
  mint?(sandbox: Sandbox): Scenario & { requests: number }
  /** Every secret of the sandbox accounts used above: none may appear outside ::add-mask::. */
  secrets(sandbox: Sandbox): string[]
  /**
   * The first request of success() creates something (a login POST that opens a session or issues
   * a token). The contract's `retries` row then allows a retry only when the request provably never
   * reached the server, so the fault matrix expects a timeout, a reset, a 502 or a 504 on it to fail
   * after exactly one request. Absent means false.
   */
  firstRequestCreates?: boolean
  /**
   * success() with every request sent under `base` (a fault prefix, a broken-TLS listener, a
   * hostile server) instead of the sandbox origin, keeping the path after the origin (a /_vendor/
   * prefix). Needed only by a vendor that reaches an origin the url input does not set; without it
   * the suites replace the url input's origin (see rebase() in ../helpers/scenario.ts).
   */
  retarget?(sandbox: Sandbox, base: string): Scenario
  /**
   * The host the fault matrix's proxy cell names instead of wrong-host.example: for a vendor that
   * reads away the path of a url with a host name (Snyk, as its CLI does), so the sandbox's
   * /_vendor/ prefix must go to an IP address. It is never connected to: the proxy sends it to
   * loopback, and the wrong-host certificate names it.
   */
  proxiedHost?: string
}

/** The accounts of one fake, typed loosely: each fake documents its own fields. */
export function accounts(sandbox: Sandbox, vendor: string): Record<string, Record<string, string>> {
  return sandbox.accounts[vendor] as Record<string, Record<string, string>>
}

/** Every string field of every account of a fake: keys, tokens, passwords. */
export function allSecrets(sandbox: Sandbox, vendor: string, fields: readonly string[]): string[] {
  return Object.values(accounts(sandbox, vendor)).flatMap((account) =>
    fields.map((field) => account[field]).filter((v): v is string => typeof v === 'string')
  )
}

/** The base URL of a fake that answers only under its /_vendor/ prefix. */
export function prefixed(sandbox: Sandbox, vendor: string, secure = false): string {
  return `${secure ? sandbox.httpsUrl : sandbox.httpUrl}/_vendor/${vendor}`
}
