/**
 * Least exposure (mint-token, contract Behaviour 15): once the given credential passed its gate, the
 * vendor mints a narrower one that dies with the job, and later steps get only that. The vendor
 * masks it before any use; here it replaces the given credential in everything published (token,
 * auth-header, expires-at, the exported variables), and what revokes it is saved for the post step
 * before anything else can fail.
 */
import type { LoginResult, MintedCredential, Plan, Vendor, VendorContext } from '../kit/types.js'

export interface MintIo {
  info(message: string): void
  saveSession(plan: Plan, session: Record<string, string>, expiresAt?: string): void | Promise<void>
}

/** The login's result with the minted credential in place of the given one. */
export async function mintForLaterSteps(
  vendor: Vendor,
  context: VendorContext,
  login: LoginResult,
  io: MintIo
): Promise<LoginResult> {
  const minted: MintedCredential = await vendor.mint!(context, login)
  await io.saveSession(context.plan, minted.revoke, minted.expiresAt)
  io.info(
    `Minted a ${vendor.name} ${minted.description} for later steps; it expires at ${minted.expiresAt}` +
      (context.plan.logout
        ? ' and is revoked when the job ends.'
        : ' (logout is false: it is not revoked before then).')
  )
  return {
    ...login,
    authHeader: minted.authHeader,
    token: minted.token,
    expiresAt: minted.expiresAt,
    env: minted.env,
    notes: [
      ...(login.notes ?? []),
      { label: 'Minted', value: `${minted.description}, expires at ${minted.expiresAt}` }
    ]
  }
}
