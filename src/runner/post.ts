/**
 * The post step (post-if: always()): ends the session the main step opened. Nothing here can fail
 * the job; a problem becomes a warning.
 *
 * State can be written by more than our main step (a hostile server once could, through a log
 * line; an earlier step can set STATE_* in the job environment), so the post step trusts it only for
 * the session itself. Where to send it and how (URL, timeout, retries, ca-cert, tls-verify) comes
 * from the post step's own inputs, which the runner gives it exactly as it gave the main step; a
 * state that names another vendor or URL is ignored with a warning and nothing is sent.
 */
import { readFileSync } from 'node:fs'
import { removeCaFiles } from './ca-bundle.js'
import { endSession } from '../core/session.js'
import { log, mask, redact } from './log.js'
import { errorMessage } from '../core/failure.js'
import { readCaCert } from '../plan/ca-cert.js'
import { resolveLocation } from '../plan/location.js'
import { parseSettings, type Settings } from '../plan/settings.js'
import { serverText } from '../core/sanitize.js'
import { readLogoutState, type LogoutState } from './state.js'
import { canonicalVendorId, loadVendor } from '../vendors/index.js'
import { getInput } from './workflow-commands.js'

export async function cleanup(): Promise<void> {
  removeCaFilesQuietly()
  try {
    // Session values are masked inside readLogoutState, before anything else reads them.
    const saved = readLogoutState(mask)
    if (!saved) return
    await endSavedSession(saved)
  } catch (error) {
    log.warning(`scanner-login could not end the session: ${errorMessage(error)}`)
  }
}

/** The ca-cert files of the main step live in RUNNER_TEMP until here; a failure is a warning. */
function removeCaFilesQuietly(): void {
  if (!getInput('ca-cert')) return
  try {
    removeCaFiles()
  } catch (error) {
    log.warning(`scanner-login could not remove its CA files: ${errorMessage(error)}`)
  }
}

/** The entry point @github/local-action looks for (`local-action run . src/post.ts .env`). */
export const run = cleanup

async function endSavedSession(saved: LogoutState): Promise<void> {
  const vendorId = canonicalVendorId(getInput('vendor'))
  if (vendorId === undefined || vendorId !== saved.vendor) {
    ignoreState(saved, `vendor ${vendorId ?? `"${serverText(getInput('vendor'))}"`}`)
    return
  }
  const vendor = await loadVendor(vendorId)
  const { url } = resolveLocation(getInput('url'), getInput('region'), vendor)
  if (url !== saved.url) {
    ignoreState(saved, `url ${url}`)
    return
  }
  if (!vendor.logout) return
  let settings: Settings
  try {
    settings = parseSettings(getInput)
  } catch {
    log.warning(
      'scanner-login did not end the session: its inputs no longer validate, so nothing was sent.'
    )
    return
  }
  if (!settings.logout) return

  const ca = readCaCert(getInput('ca-cert'), (path) => readFileSync(path, 'utf8'))
  const connection = {
    url,
    timeoutMs: settings.timeout * 1000,
    retries: settings.retries,
    tlsVerify: settings['tls-verify'],
    caPem: ca?.certificates.join('')
  }
  if (await endSession(vendor, connection, saved.session, { mask, redact, ...log }))
    log.info(`Logged out of ${vendor.name} at ${url}.`)
}

function ignoreState(saved: LogoutState, inputsGive: string): void {
  log.warning(
    `scanner-login did not end the session: the saved state names vendor ${serverText(saved.vendor, 80)} ` +
      `at ${serverText(saved.url, 200)}, but this step's inputs give ${inputsGive}. ` +
      'State that does not match the inputs is ignored, and nothing was sent.'
  )
}
