/**
 * What later steps' tools take of what this step hands them. A vendor's own tools read some
 * variables before the ones this step exports (Vendor.toolsReadFirst: Checkmarx's CLI logs in with
 * CX_APIKEY before CX_CLIENT_ID), and a URL variable the step leaves unexported (Snyk's SNYK_API for
 * the default region) keeps whatever the job set. Either way the scan would run as another identity,
 * or against another server, than the one this step verified, so the step warns, naming the
 * variable. A credential variable the job holds and the step does not export (an earlier step's API
 * keys) would go with the URL the step exports to this step's server: that gets a warning too. It
 * does not export over them: each vendor's exports are the contract's.
 */
import { otherServerNamed } from '../plan/servers.js'
import type { Plan } from '../kit/types.js'

export function handoffWarnings(
  plan: Plan,
  exported: Readonly<Record<string, string>>,
  env: NodeJS.ProcessEnv = process.env
): string[] {
  const { vendor } = plan
  const urlVariables = new Set(vendor.urlEnv ?? [])
  // A job value the exports leave in place: set, and not one this step writes over.
  const kept = (name: string): string | undefined =>
    Object.hasOwn(exported, name) || !(env[name] ?? '').trim() ? undefined : env[name]
  const warned = new Set<string>()
  const warnings: string[] = []

  for (const [name, first] of Object.entries(vendor.toolsReadFirst ?? {})) {
    if (!Object.hasOwn(exported, name)) continue
    for (const before of first) {
      const value = kept(before)
      if (value === undefined || warned.has(before)) continue
      // A URL variable naming this step's own server changes nothing.
      if (
        urlVariables.has(before) &&
        otherServerNamed(vendor, before, value, plan.url) === undefined
      )
        continue
      warned.add(before)
      // A credential read first has no value of this step's to take instead (Checkmarx's CX_APIKEY
      // beside an OAuth client): only unsetting it helps. A URL may name this step's server.
      const written = vendor.urlEnvFromUrl?.[before]?.(plan.url)
      const fix = urlVariables.has(before)
        ? written
          ? `Unset ${before} for the job, or set it to ${written}, which names the server this step verified (${plan.url}).`
          : `Unset ${before} for the job, or point it at the server this step verified (${plan.url}).`
        : `Unset ${before} for the job.`
      warnings.push(
        `The job's ${before} is set, and ${vendor.name}'s own tools read it before ${name}, which this step exports: later steps would use the job's ${before}, not what this step verified. ${fix}`
      )
    }
  }
  for (const name of urlVariables) {
    const value = kept(name)
    if (value === undefined || warned.has(name)) continue
    const other = otherServerNamed(vendor, name, value, plan.url)
    if (other === undefined) continue
    // A variable whose value is no URL (SonarQube's SONAR_REGION) is read together with the URL
    // this step exports: the tools then stop at the contradiction, or go to the variable's server.
    const consequence = vendor.urlEnvNames?.[name]
      ? `: ${vendor.name}'s own tools in later steps read ${name} together with what this step exports, and would stop at the contradiction or go to ${other}`
      : ` and exports no ${name} for it: ${vendor.name}'s own tools in later steps would go to ${other}`
    warnings.push(
      `The job's ${name} names ${other}, but this step verified ${plan.url}${consequence}. Unset ${name} for the job, or give this step url: ${other} if that server is meant.`
    )
  }
  // A credential variable the job holds and this step does not export stays beside the URL it does
  // export: an earlier step's Tenable.sc API keys beside this step's session at another server.
  // The vendor's tools would send that credential to this step's server. Judged only when the
  // job's URL variable named another server before this step: a credential kept for the same
  // server, or one set with no URL at all, goes nowhere new.
  for (const urlName of urlVariables) {
    if (!Object.hasOwn(exported, urlName) || !(env[urlName] ?? '').trim()) continue
    const before = otherServerNamed(vendor, urlName, env[urlName]!, plan.url)
    if (before === undefined) continue
    for (const name of new Set(toolCredentials(vendor))) {
      if (kept(name) === undefined || warned.has(name)) continue
      if (readAfterAnExport(vendor, name, exported)) continue
      warned.add(name)
      warnings.push(
        `The job's ${name} is set beside its ${urlName} for ${before}, and this step exports ${urlName} for ${plan.url} but no ${name}: ${vendor.name}'s own tools in later steps would send the job's ${name} to ${plan.url}. Unset ${name} for the job before those steps.`
      )
    }
  }
  return warnings
}

/** The credential variables the vendor's tools send with its URL (Vendor.toolsCredentialEnv). */
function toolCredentials(vendor: Plan['vendor']): readonly string[] {
  return vendor.toolsCredentialEnv ?? Object.values(vendor.credentialEnv).flat()
}

/**
 * Whether the vendor's tools read `name` only when a variable this step exports is unset: one they
 * read first (Snyk's SNYK_OAUTH_TOKEN before SNYK_TOKEN), or an earlier name for the same
 * credential (pyTenable's TIO_ACCESS_KEY before TENABLEIO_ACCESS_KEY). The job's value is then
 * never sent.
 */
function readAfterAnExport(
  vendor: Plan['vendor'],
  name: string,
  exported: Readonly<Record<string, string>>
): boolean {
  const names = Object.values(vendor.credentialEnv).find((list) => list.includes(name)) ?? []
  return [...(vendor.toolsReadFirst?.[name] ?? []), ...names.slice(0, names.indexOf(name))].some(
    (first) => Object.hasOwn(exported, first)
  )
}
