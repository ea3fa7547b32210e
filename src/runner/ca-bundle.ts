/**
 * The private CA reaches later steps: when ca-cert is given, a PEM bundle of Node's public roots plus
 * that CA (for Python's requests and curl, whose CA bundle replaces the default trust store), and a
 * second file for NODE_EXTRA_CA_CERTS (the CA plus whatever file the job already pointed that
 * variable at, which Node would otherwise lose). Both live in RUNNER_TEMP, never the workspace, at
 * paths derived from RUNNER_TEMP and the step (GITHUB_ACTION), so the post step finds and removes
 * them without trusting state.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { caBundle, nodeExtraCaFile } from '../net/pem.js'

export interface CaFiles {
  /** Public roots plus the CA: REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE and the ca-bundle output. */
  bundle: string
  /** The CA plus the job's earlier NODE_EXTRA_CA_CERTS certificates: NODE_EXTRA_CA_CERTS. */
  nodeExtra: string
}

/** Where this step's CA files live; undefined outside a runner (no RUNNER_TEMP). */
export function caFilePaths(env: NodeJS.ProcessEnv = process.env): CaFiles | undefined {
  const temp = env.RUNNER_TEMP
  if (!temp) return undefined
  // GITHUB_ACTION is the step's id (or "__run_2", "__owner_repo"): safe characters only in a name.
  const step = (env.GITHUB_ACTION || 'step').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 100)
  return {
    bundle: join(temp, `scanner-login-${step}-ca-bundle.pem`),
    nodeExtra: join(temp, `scanner-login-${step}-node-extra-ca.pem`)
  }
}

/** Writes both files; undefined (nothing written) outside a runner. */
export function writeCaFiles(
  certificates: string[],
  env: NodeJS.ProcessEnv = process.env
): CaFiles | undefined {
  const paths = caFilePaths(env)
  if (!paths) return undefined
  writeFileSync(paths.bundle, caBundle(certificates))
  writeFileSync(paths.nodeExtra, nodeExtraCaFile(certificates, existingNodeExtra(env, paths)))
  return paths
}

/** Removes both files; a file already gone is not an error. */
export function removeCaFiles(env: NodeJS.ProcessEnv = process.env): void {
  const paths = caFilePaths(env)
  if (!paths) return
  rmSync(paths.bundle, { force: true })
  rmSync(paths.nodeExtra, { force: true })
}

/** The certificates of the file NODE_EXTRA_CA_CERTS named before this step, if readable. */
function existingNodeExtra(env: NodeJS.ProcessEnv, paths: CaFiles): string | undefined {
  const previous = env.NODE_EXTRA_CA_CERTS
  // A re-run of this step finds its own file there; reading it again would only repeat the CA.
  if (!previous || previous === paths.nodeExtra) return undefined
  try {
    return readFileSync(previous, 'utf8')
  } catch {
    return undefined
  }
}
