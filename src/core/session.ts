/**
 * Ending a session a login opened (or revoking a credential it minted). The action's post step
 * rebuilds the connection from its own inputs; the doctor, and a main step whose post step will
 * not end what it kept (logout: false on a failed step), end it at once with the plan's own
 * (endWithPlan). Each says in its own words what happened.
 */
import {
  createHttpClient,
  vendorContext,
  type ConnectionSettings,
  type VendorIo
} from './context.js'
import type { RequestRecord } from '../net/types.js'
import type { Plan, SavedSession, SessionContext, Vendor } from '../kit/types.js'

/**
 * The vendor's logout over a client of its own, closed whatever happens. Returns false when the
 * vendor has no sessions to end (nothing is sent); throws what the logout threw. The requests it
 * sent are added to `records` either way.
 */
export async function endSession(
  vendor: Vendor,
  connection: Omit<ConnectionSettings, 'vendorName'>,
  saved: { session: Record<string, string>; credentials: SessionContext['credentials'] },
  io: VendorIo,
  records: RequestRecord[] = []
): Promise<boolean> {
  if (!vendor.logout) return false
  const http = createHttpClient({ ...connection, vendorName: vendor.name }, io)
  try {
    await vendor.logout(vendorContext(http, io, saved.credentials), saved.session)
    return true
  } finally {
    http.close()
    records.push(...http.records)
  }
}

/** What a check saved for the post step, ended now over the plan's connection and credentials. */
export function endWithPlan(
  plan: Plan,
  saved: SavedSession,
  io: VendorIo,
  records?: RequestRecord[]
): Promise<boolean> {
  const session = { ...saved.ids, ...saved.secrets }
  // The check's own login saved it: it reached this server at this URL moments ago.
  const connection = { ...plan, reachedEarlier: 'login' as const }
  return endSession(
    plan.vendor,
    connection,
    { session, credentials: plan.credentials },
    io,
    records
  )
}
