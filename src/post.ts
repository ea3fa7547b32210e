/**
 * The post step (post-if: always()): ends the session the main step opened. Nothing here can fail
 * the job; a problem becomes a warning.
 */
import { createHttpClient, vendorContext } from './context.js'
import { log, mask } from './export.js'
import { errorMessage } from './failure.js'
import { readLogoutState } from './state.js'
import { loadVendor } from './vendors/index.js'

export async function cleanup(): Promise<void> {
  try {
    const state = readLogoutState()
    if (!state) return
    for (const value of Object.values(state.session)) mask(value)
    const vendor = await loadVendor(state.vendor)
    if (!vendor.logout) return
    const http = createHttpClient({ ...state, vendorName: vendor.name })
    try {
      await vendor.logout(vendorContext(http), state.session)
      log.info(`Logged out of ${vendor.name} at ${state.url}.`)
    } finally {
      http.close()
    }
  } catch (error) {
    log.warning(`scanner-login could not end the session: ${errorMessage(error)}`)
  }
}
