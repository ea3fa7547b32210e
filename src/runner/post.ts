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
import { caFilePaths, removeCaFiles, variablesToRestore } from './ca-bundle.js'
import { endSession } from '../core/session.js'
import { log, mask, redact } from './log.js'
import { errorMessage, NothingLeftToEnd } from '../core/failure.js'
import { readCaCert, readPemFileText } from '../plan/ca-cert.js'
import { resolveLocation } from '../plan/location.js'
import { parseSettings, type Settings } from '../plan/settings.js'
import { serverText } from '../core/sanitize.js'
import { runnerFiles } from './runner-files.js'
import { CA_VARIABLES_STATE_KEY, readLogoutState, type LogoutState } from './state.js'
import { canonicalVendorId, loadVendor } from '../vendors/index.js'
import { getInput, getState } from './workflow-commands.js'
import { SECRET_INPUTS, type SessionContext, type Vendor } from '../kit/types.js'

export async function cleanup(): Promise<void> {
  let saved: LogoutState | undefined
  let keptCa: string | undefined
  try {
    // Session values are masked inside readLogoutState, before anything else reads them.
    saved = readLogoutState(mask)
    // Read before the files go: the CA the main step trusted, should its ca-cert file be gone.
    if (saved) keptCa = caCertificatesKept()
  } catch (error) {
    log.warning(`scanner-login could not end the session: ${errorMessage(error)}`)
  }
  await removeCaFilesQuietly()
  if (!saved) return
  try {
    await endSavedSession(saved, keptCa)
  } catch (error) {
    // An input that no longer works (a ca-cert file a later step deleted): say what was left, too.
    log.warning(
      `scanner-login could not ${ending(saved)}: ${errorMessage(error)}${expiresBySelf(saved)}`
    )
  }
}

/**
 * The certificates of the NODE_EXTRA_CA_CERTS file the main step wrote from ca-cert (./ca-bundle.ts),
 * when ca-cert is a path: a later step may have removed that file (a workspace cleaned, a temporary
 * file deleted), and the session must still be ended over the TLS the main step used. A later step
 * could as well have rewritten the ca-cert file itself, so this trusts no more than the input does.
 */
function caCertificatesKept(): string | undefined {
  const paths = caFilePaths()
  if (!paths || !getInput('ca-cert')) return undefined
  try {
    return readPemFileText(paths.nodeExtra)
  } catch {
    return undefined
  }
}

/** What the post step ends, in its messages: a session, or a credential minted for this job. */
const ending = (saved: LogoutState): string =>
  isMinted(saved) ? 'revoke the credential minted for this job' : 'end the session'

/** A credential mint-token created, with or without an expiry, rather than a login's session. */
const isMinted = (saved: LogoutState): boolean =>
  saved.minted === true || saved.expiresAt !== undefined

/**
 * The ca-cert files of the main step live in RUNNER_TEMP until here; the variables that point at
 * them are set back first (./ca-bundle.ts variablesToRestore). A failure is a warning.
 */
async function removeCaFilesQuietly(): Promise<void> {
  if (!getInput('ca-cert')) return
  try {
    const restore = Object.entries(variablesToRestore(getState(CA_VARIABLES_STATE_KEY)))
    if (restore.length) {
      const files = await runnerFiles()
      for (const [name, value] of restore) files.exportVariable(name, value)
    }
    removeCaFiles()
  } catch (error) {
    log.warning(`scanner-login could not remove its CA files: ${errorMessage(error)}`)
  }
}

/** The entry point @github/local-action looks for (`local-action run . src/post.ts .env`). */
export const run = cleanup

async function endSavedSession(saved: LogoutState, keptCa: string | undefined): Promise<void> {
  const vendorId = canonicalVendorId(getInput('vendor'))
  if (vendorId === undefined || vendorId !== saved.vendor) {
    ignoreState(saved, `vendor ${vendorId ?? `"${serverText(getInput('vendor'))}"`}`)
    return
  }
  const vendor = await loadVendor(vendorId)
  const { url, urlFromInput } = resolveLocation(getInput('url'), getInput('region'), vendor)
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
      `scanner-login did not ${ending(saved)}: its inputs no longer validate, so nothing was sent.${expiresBySelf(saved)}`
    )
    return
  }
  // logout: false keeps sessions; a minted credential dies with the job whatever it says.
  if (!settings.logout && !saved.minted) return

  const ca = caCertForPostStep(keptCa)
  const connection = {
    url,
    ...(urlFromInput ? { urlFromInput } : {}),
    timeoutMs: settings.timeout * 1000,
    retries: settings.retries,
    tlsVerify: settings['tls-verify'],
    caPem: ca?.certificates.join(''),
    // The saved state names this URL: the main step logged in there.
    reachedEarlier: 'main step' as const
  }
  const credentials = givenCredentials(vendor)
  try {
    if (
      await endSession(
        vendor,
        connection,
        { session: { ...saved.ids, ...saved.session }, credentials },
        { mask, redact, ...log }
      )
    )
      log.info(
        isMinted(saved)
          ? `Revoked the ${vendor.name} credential minted for this job at ${url}.`
          : `Logged out of ${vendor.name} at ${url}.`
      )
  } catch (error) {
    // A minted credential whose token-lifetime ran out during the job is dead: its revoke (with
    // itself, where a vendor revokes that way) is refused, and nothing is left to revoke by hand.
    if (isMinted(saved) && (await expiredBySelf(saved))) {
      log.debug(`The revoke of the expired credential failed: ${errorMessage(error)}`)
      log.info(
        `The ${vendor.name} credential minted for this job needs no revoke: it expired by itself at ${saved.expiresAt}.`
      )
      return
    }
    // The server says there was nothing left to end: worth a line, not a warning.
    if (error instanceof NothingLeftToEnd) {
      log.info(error.message)
      return
    }
    log.warning(
      `scanner-login could not ${ending(saved)}: ${errorMessage(error)}${expiresBySelf(saved)}`
    )
  }
}

/**
 * Whether the saved expiry has passed by more than the clock difference tolerated between this
 * runner and the server: within it, the server may still honour the credential.
 */
async function expiredBySelf(saved: LogoutState): Promise<boolean> {
  // An expiry only asked for, which no answer confirmed, may be later than asked, or none at all.
  if (!saved.expiresAt || saved.expiryAsked) return false
  // Loaded only after a failed revoke: a post step that revoked reads none of the minting code.
  const { expiredBeyondClockSlack } = await import('../core/mint.js')
  return expiredBeyondClockSlack(saved.expiresAt)
}

/** The ca-cert input, or the main step's copy of its certificates when its file cannot be read. */
function caCertForPostStep(keptCa: string | undefined): ReturnType<typeof readCaCert> {
  try {
    return readCaCert(getInput('ca-cert'), readPemFileText)
  } catch (error) {
    // Only PEM text: a copy that is not (an earlier step planted the name) is never read as a path.
    if (keptCa === undefined || !keptCa.includes('-----BEGIN')) throw error
    log.info(
      `${errorMessage(error)} The post step trusts the certificates the main step copied from it to RUNNER_TEMP instead.`
    )
    return readCaCert(keptCa, readPemFileText)
  }
}

/**
 * For what could not be ended: how long a minted credential stays valid, or that a session stays
 * open until the server's idle timeout ends it (no later step can end it).
 */
function expiresBySelf(saved: LogoutState): string {
  if (saved.expiresAt && saved.expiryAsked)
    return ` It was asked to expire at ${saved.expiresAt}, but the answer that would confirm it was lost (a server may set a later expiry, or none): check for it and revoke it by hand.`
  if (saved.expiresAt) return ` It stays valid until it expires by itself at ${saved.expiresAt}.`
  // Saved without an expiry: the server set none (or none could be read), so nothing ends it.
  return isMinted(saved)
    ? ' It does not expire by itself (no expiry is known for it): revoke it by hand.'
    : ' The session may stay open until the server ends it by itself (its idle session timeout).'
}

/**
 * The credential inputs (the same `with:` as the main step), masked as read: a revoke that
 * authenticates with the given credential takes it from here, never from state. Not the environment
 * fallback: by now the main step has exported the minted credential under the vendor's variable,
 * and any later step may have set it. (A vendor whose revoke needs the given credential refuses
 * mint-token at validation when it came from the environment.)
 */
function givenCredentials(vendor: Vendor): SessionContext['credentials'] {
  const credentials: SessionContext['credentials'] = {}
  for (const input of new Set(vendor.modes.flatMap((mode) => mode.inputs))) {
    const value = getInput(input)
    if (!value) continue
    if (SECRET_INPUTS.includes(input)) mask(value)
    credentials[input] = value
  }
  return credentials
}

function ignoreState(saved: LogoutState, inputsGive: string): void {
  log.warning(
    `scanner-login did not ${ending(saved)}: the saved state names vendor ${serverText(saved.vendor, 80)} ` +
      `at ${serverText(saved.url, 200)}, but this step's inputs give ${inputsGive}. ` +
      `State that does not match the inputs is ignored, and nothing was sent.${expiresBySelf(saved)}`
  )
}
