/**
 * The private CA reaches later steps: when ca-cert is given, a PEM bundle of Node's public roots plus
 * that CA (for Python's requests and curl, whose CA bundle replaces the default trust store), and a
 * second file for NODE_EXTRA_CA_CERTS. Each keeps the certificates of the files the job already
 * pointed those variables at (a corporate CA), which the clients would otherwise lose. Both live in
 * RUNNER_TEMP, never the workspace, at paths derived from RUNNER_TEMP and the step (GITHUB_ACTION),
 * so the post step finds and removes them without trusting state.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { caBundle, nodeExtraCaFile } from '../net/pem.js'
import { readPemFileText } from '../plan/ca-cert.js'

/** An earlier CA variable whose certificates the files could not keep, and why. */
export interface NotKept {
  variable: string
  path: string
  problem: string
}

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

/**
 * Writes both files; undefined (nothing written) outside a runner. `notKept`: each earlier variable
 * whose file is there but could not be read into them (a directory of certificates, which Python's
 * requests accepts, an unreadable or oversized file), with why.
 */
export function writeCaFiles(
  certificates: string[],
  env: NodeJS.ProcessEnv = process.env
): (CaFiles & { notKept: NotKept[] }) | undefined {
  const paths = caFilePaths(env)
  if (!paths) return undefined
  const notKept: NotKept[] = []
  const earlier = (variable: (typeof CA_VARIABLES)[number]): string | undefined => {
    const read = earlierFile(env[variable], paths)
    if (read.problem) notKept.push({ variable, path: env[variable]!, problem: read.problem })
    return read.text
  }
  const earlierBundles = [earlier('REQUESTS_CA_BUNDLE'), earlier('CURL_CA_BUNDLE')]
  writeNewFile(
    paths.bundle,
    caBundle(
      certificates,
      earlierBundles.filter((text): text is string => text !== undefined)
    )
  )
  writeNewFile(paths.nodeExtra, nodeExtraCaFile(certificates, earlier('NODE_EXTRA_CA_CERTS')))
  return { ...paths, notKept }
}

/**
 * Writes `text` at `path` without following anything already there: the names are predictable, so
 * an earlier step of the job may have planted a link at one (to a workspace file). The text goes to
 * a new file (exclusive create, which refuses an existing name, link or not), then a rename puts it
 * in place, which replaces a link instead of writing through it.
 *
 * A rename can be refused: on Windows whenever another process holds the file at `path` open
 * without delete sharing, or it is read-only, and anywhere when a directory sits at the name. The
 * new file is then removed before the error goes on: the post step removes only the two names of
 * caFilePaths, and a file left under another name would stay behind in RUNNER_TEMP.
 */
function writeNewFile(path: string, text: string): void {
  for (let attempt = 0; ; attempt++) {
    const fresh = `${path}.${process.pid}-${attempt}.tmp`
    try {
      writeFileSync(fresh, text, { flag: 'wx', mode: 0o644 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 20) continue
      throw error
    }
    try {
      renameSync(fresh, path)
    } catch (error) {
      rmSync(fresh, { force: true })
      throw error
    }
    return
  }
}

/** The variables export-env points at the files, for Python's requests, curl and Node. */
export const CA_VARIABLES = ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'NODE_EXTRA_CA_CERTS'] as const

/** What each variable held before this step pointed it at its files ('' for unset). */
export function variablesBefore(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(CA_VARIABLES.map((name) => [name, env[name] ?? '']))
}

/**
 * What the post step sets each variable back to before it removes the files. Post steps run in
 * reverse order, so those of the actions before this one run after it, with the job's environment:
 * a variable left pointing at a removed file would hand them a missing CA file (Node warns and
 * drops it) in place of the CA the job had. Each variable that still points at one of this step's
 * files goes back to what it held before the main step (saved in state as variablesBefore), or to
 * empty, which Node, requests and curl read as unset. A variable a later step pointed elsewhere is
 * left alone, and a saved value is taken only as one line that is not one of the files.
 */
export function variablesToRestore(
  saved: string,
  env: NodeJS.ProcessEnv = process.env
): Record<string, string> {
  const paths = caFilePaths(env)
  if (!paths) return {}
  const ours = (value: string | undefined): boolean =>
    value === paths.bundle || value === paths.nodeExtra
  let before: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(saved)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      before = parsed as Record<string, unknown>
    }
  } catch {
    // No readable state: each variable goes back to empty.
  }
  const restore: Record<string, string> = {}
  for (const name of CA_VARIABLES) {
    if (!ours(env[name])) continue
    const value = Object.hasOwn(before, name) ? before[name] : undefined
    restore[name] = typeof value === 'string' && !/[\r\n]/.test(value) && !ours(value) ? value : ''
  }
  return restore
}

/** Removes both files; a file already gone is not an error. */
export function removeCaFiles(env: NodeJS.ProcessEnv = process.env): void {
  const paths = caFilePaths(env)
  if (!paths) return
  rmSync(paths.bundle, { force: true })
  rmSync(paths.nodeExtra, { force: true })
}

/**
 * The text of a CA file a variable named before this step, or why it could not be read. A file
 * that is not there is no problem: it held no certificates to keep.
 */
function earlierFile(
  previous: string | undefined,
  paths: CaFiles
): { text?: string; problem?: string } {
  // A re-run of this step finds its own files there; reading them again would only repeat the CA.
  if (!previous || previous === paths.nodeExtra || previous === paths.bundle) return {}
  try {
    return { text: readPemFileText(previous) }
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? '')
    if (code === 'ENOENT' || code === 'ENOTDIR') return {}
    if (code === 'EISDIR' || code === 'not a regular file')
      return { problem: 'not a regular file (a directory of certificates?)' }
    return { problem: `not readable (${code || (error as Error).message})` }
  }
}
