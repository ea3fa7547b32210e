/**
 * Least exposure (mint-token, contract Behaviour 15): once the given credential passed its gate, the
 * vendor mints a narrower one that dies with the job, and later steps get only that. The vendor
 * masks it before any use; here it replaces the given credential in everything published (token,
 * auth-header, expires-at, the exported variables), and what revokes it is saved for the post step
 * before anything else can fail.
 */
import { normaliseExpiry } from './expiry.js'
import { ActionFailure, answeredInItsPlace, type ServerChoice } from './failure.js'
import { withArticle } from './sanitize.js'
import type {
  LoginResult,
  MintContext,
  MintedCredential,
  Plan,
  SavedSession,
  Vendor,
  VendorContext
} from '../kit/types.js'

/**
 * How far a minted credential's expiry may be from what was asked, in milliseconds: the clock
 * difference tolerated between this runner and the server. A later one outlives token-lifetime, an
 * earlier one already past was misread or is not the server's.
 */
export const MINT_CLOCK_SLACK_MS = 300_000

export interface MintIo {
  info(message: string): void
  saveSession(plan: Plan, saved: SavedSession): void | Promise<void>
  forgetSession(plan: Plan): void | Promise<void>
}

/** The login's result with the minted credential in place of the given one. */
export async function mintForLaterSteps(
  vendor: Vendor,
  context: VendorContext,
  login: LoginResult,
  io: MintIo
): Promise<LoginResult> {
  const { plan } = context
  // What the post step revokes. Never with an expiry already past: the post step, whose revoke of a
  // credential past its saved expiry may fail quietly as that of a dead one, must warn of one whose
  // expiry was misread (below) as of a live one.
  const saveMinted: MintContext['keepForRevoke'] = async (revoke, expiresAt, expiryAsked) => {
    const kept = expiresAt && !expiredBeyondClockSlack(expiresAt) ? expiresAt : undefined
    await io.saveSession(plan, {
      minted: true,
      secrets: revoke.secrets,
      ids: revoke.ids,
      ...(kept ? { expiresAt: kept } : {}),
      ...(kept && expiryAsked ? { expiryAsked: true } : {})
    })
  }
  const mintContext: MintContext = {
    ...context,
    keepForRevoke: saveMinted,
    forgetRevoke: async () => {
      await io.forgetSession(plan)
    }
  }
  const minted: MintedCredential = await vendor.mint!(mintContext, login)
  // A server that answers with the given credential itself would have the post step revoke it:
  // nothing is saved, and nothing is handed on.
  if (plan.secrets.includes(minted.token) || minted.token === login.token) {
    throw mintedTheGivenCredential(vendor.name, context.http.server)
  }
  const expiresAt = isoExpiry(minted.expiresAt)
  // Saved before the failures below: a credential that exists must be revoked, whatever follows.
  await saveMinted(minted.revoke, expiresAt)
  if (!expiresAt) {
    throw new ActionFailure(
      `${vendor.name} minted a credential without a readable expiry, so it was not handed on, and it is revoked.`
    )
  }
  // A credential minted a moment ago cannot have expired: the expiry was misread (epoch seconds
  // past 10^12, the year 33,658 on, read as milliseconds, which makes a key that never expires look
  // long dead) or the server is not what it claims. Either way later steps would be told it is dead
  // while it may live on; a runner clock ahead of the server's by less than the slack is tolerated.
  if (expiredBeyondClockSlack(expiresAt)) {
    throw new ActionFailure(
      `${vendor.name} minted a credential whose expiry, read as ${expiresAt}, has passed, so it was not handed on, and it is revoked. A genuine server gives a new credential the lifetime asked: check ${answeredInItsPlace(context.http.server, 'the real server').check}, and this runner's clock.`
    )
  }
  io.info(
    `Minted ${withArticle(`${vendor.name} ${minted.description}`)} for later steps; it expires at ${expiresAt} and is revoked when the job ends.`
  )
  return {
    ...login,
    authHeader: minted.authHeader,
    token: minted.token,
    expiresAt,
    env: minted.env,
    notes: [
      ...(login.notes ?? []),
      { label: 'Minted', value: `${minted.description}, expires at ${expiresAt}` }
    ]
  }
}

/**
 * The failure for a minting answered with the credential the step was given: it must be neither
 * handed on as if new nor revoked (a vendor that checks its minted credential before returning it
 * must test this first, or its own revoke-at-once would revoke the user's credential).
 */
export function mintedTheGivenCredential(vendorName: string, server: ServerChoice): ActionFailure {
  return new ActionFailure(
    `${vendorName} answered the minting with the credential the step was given, not a new one; nothing was handed on, and it will not be revoked. Check ${answeredInItsPlace(server, 'the real server').check}.`
  )
}

/**
 * Whether an expiry is earlier than now by more than the clock difference tolerated (false for one
 * that does not parse): within it, the server may still honour the credential.
 */
export function expiredBeyondClockSlack(expiresAt: string): boolean {
  return Date.parse(expiresAt) < Date.now() - MINT_CLOCK_SLACK_MS
}

/** An ISO-8601 UTC time, or undefined for anything else (an absurd year included). */
function isoExpiry(value: string): string | undefined {
  try {
    return normaliseExpiry(value)
  } catch {
    return undefined
  }
}
