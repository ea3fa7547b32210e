// A vendor's login whose plan took a host the step chose itself (a region's, the vendor's
// default: no url input), with its requests sent to a loopback server instead.
import { ActionFailure } from '../../src/core/failure.js'
import { createHttpClient, vendorContext } from '../../src/core/context.js'
import { buildPlan } from '../../src/plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../../src/plan/input-names.js'
import type { Plan, Vendor } from '../../src/kit/types.js'

/**
 * The failure message of `vendor`'s login, planned from `inputs` without a url input, whose
 * requests go to `base` (a vendor's sandbox fake, or a raw server) as they would to the chosen
 * host. Fails the test if the url input chose the server, or if the login succeeds.
 */
export async function failureAtChosenHost(
  vendor: Vendor,
  inputs: Partial<RawInputs>,
  base: string
): Promise<{ message: string; plan: Plan }> {
  const raw = Object.fromEntries(
    INPUT_NAMES.map((name) => [name, name === 'url' ? '' : (inputs[name] ?? '')])
  ) as RawInputs
  const plan = buildPlan({ ...raw, vendor: vendor.id, retries: inputs.retries ?? '0' }, vendor, {
    env: {}
  })
  if (plan.urlFromInput) throw new Error('expected a host the step chose itself')
  const io = { mask: () => {}, redact: (text: string) => text, info: () => {}, debug: () => {} }
  const http = createHttpClient({ ...plan, url: base, vendorName: vendor.name }, io)
  try {
    await vendor.login({ ...vendorContext(http, io), plan, vendor })
  } catch (error) {
    if (error instanceof ActionFailure) return { message: error.message, plan }
    throw error
  } finally {
    http.close()
  }
  throw new Error('expected the login to fail')
}
