/**
 * Rapid7 Insight Platform (InsightAppSec and the other Insight product APIs): an API key sent as
 * X-Api-Key, verified with one GET /validate on the key's regional host, which answers
 * 200 {"message":"Authorized"} or 401 {"message":"Unauthorized"} and names nobody. So the identity
 * outputs stay empty and requirements cannot be checked. A key works only on its own region's host,
 * which makes the wrong region the likeliest cause of a 401. Sources: vendors-next §2.2 "6. Rapid7",
 * docs.rapid7.com/insight/api-overview, docs.rapid7.com/insight/product-apis.
 */
import type { Diagnosis } from '../../core/failure.js'
import { emptyIdentity } from '../../core/identity.js'
import type { Plan } from '../../kit/types.js'
import { checkIdentity, note, regionCause, type Endpoint } from '../../kit/endpoint.js'
import { firstText, type Json } from '../../kit/parse.js'
import type { LoginResult, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Rapid7 Insight'
export const VALIDATE_PATH = '/validate'
const REGION_NAMES = ['us', 'us2', 'us3', 'eu', 'ca', 'au', 'ap', 'aps2', 'me1'] as const
export const REGIONS: Readonly<Record<string, string>> = Object.fromEntries(
  REGION_NAMES.map((region) => [region, `https://${region}.api.insight.rapid7.com`])
)
const KEY_PAGES = 'Administration > API Key Management'

/** The 401 of /validate: the wrong region first, since a key works on its own region's host only. */
export function unauthorized(context: VendorContext): Diagnosis {
  return {
    headline: 'the API key was rejected',
    causes: [
      ...regionCause(context),
      `the key was deleted, or belonged to a user who was removed (keys are managed under ${KEY_PAGES})`,
      'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break; Rapid7 shows a new key only once)'
    ],
    fix: `set region (${REGION_NAMES.join(', ')}) to the region of the Insight products the key was created for (the first part of their URL, e.g. us2 in https://us2.idr.insight.rapid7.com), or generate a new key under ${KEY_PAGES} and put it into the secret behind the api-key input (or RAPID7_API_KEY).`
  }
}

/** The documented success signal: HTTP 200 with {"message":"Authorized"}. */
const authorized = (body: Json): boolean =>
  firstText(body, ['message']).toLowerCase() === 'authorized'

export const rapid7: Vendor = {
  id: 'rapid7',
  name: NAME,
  location: { defaultUrl: REGIONS.us!, regions: REGIONS, defaultRegion: 'us' },
  modes: [{ id: 'api-key', inputs: ['api-key'] }],
  urlEnv: ['RAPID7_URL'],
  credentialEnv: { 'api-key': ['RAPID7_API_KEY'] },
  roles: {
    kind: 'none',
    reason: `GET ${VALIDATE_PATH}, the one request this action makes, says only whether the key is accepted: it names neither the key's owner nor any role. To limit what the pipeline can do, use a user key of a user that holds only the product roles the pipeline needs, rather than an organization key.`
  },
  permissions: {
    kind: 'none',
    reason: `GET ${VALIDATE_PATH} reports no permissions (a user key acts with its user's permissions, an organization key with an administrator's). Remove required-permissions.`
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const apiKey = plan.credentials['api-key']!
    const endpoint: Endpoint = {
      method: 'GET',
      path: VALIDATE_PATH,
      headers: { 'x-api-key': apiKey },
      meanings: { 401: () => unauthorized(context) }
    }
    // /validate names nobody: every identity field stays empty.
    const { identity } = await checkIdentity(context, endpoint, emptyIdentity, {
      anonymous: true,
      isSuccess: authorized
    })
    const keyOwner = note(
      'Key owner',
      `not reported: ${NAME} says only that the key is accepted, not whose it is`
    )
    context.info(`${keyOwner.label}: ${keyOwner.value}`)
    return {
      identity,
      authHeader: `X-Api-Key: ${apiKey}`,
      env: { RAPID7_URL: plan.url, RAPID7_REGION: regionOf(plan), RAPID7_API_KEY: apiKey },
      notes: [keyOwner]
    }
  }
}

/**
 * The region name for RAPID7_REGION: the region input, or the region whose host the url input names
 * exactly. Any other url (a proxy, a test server) has no region, and the variable is set empty, so
 * a job-level RAPID7_REGION cannot pair a stale region with this URL.
 */
export function regionOf(plan: Pick<Plan, 'region' | 'url'>): string {
  if (plan.region) return plan.region
  const host = Object.entries(REGIONS).find(([, url]) => url === plan.url.toLowerCase())
  return host ? host[0] : ''
}
