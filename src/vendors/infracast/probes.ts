/**
 * Infracast's proofs of access: long-lived API keys carry no identity and Infracast documents no
 * identity endpoint, so a key (and, when permissions are required, a token) is verified by
 * read-only GETs of tenant list endpoints, one per permission.
 */
import {
  ActionFailure,
  answeredInItsPlace,
  formatExplanation,
  type Explanation
} from '../../core/failure.js'
import { fold, type RequirementResult } from '../../core/identity.js'
import { explainAnswer, send, type Endpoint } from '../../kit/endpoint.js'
import { isObject, serverLine } from '../../kit/parse.js'
import type { Plan, VendorContext } from '../../kit/types.js'
import type { HttpResponse } from '../../net/types.js'
import { NAME, probeMeanings, vendorText, type ProbeSubject } from './meanings.js'
import { tenantOf } from './tenants.js'

/**
 * Permission → the tenant list endpoint whose GET proves it. Only these three have a read-only list
 * endpoint: `reports:read` means generating and downloading reports, and every `*:write` and
 * `admin:*` could only be shown by changing something.
 */
export const PROBES: ReadonlyMap<string, string> = new Map([
  ['nodes:read', 'nodes'],
  ['findings:read', 'findings'],
  ['jobs:read', 'jobs']
])
/** What an API key is checked with when the step asks for no permission: the cheapest listing. */
export const DEFAULT_PROBE = 'nodes:read'
export const VERIFIABLE = [...PROBES.keys()].join(', ')

export function whyUnprovable(permission: string): string {
  const [resource = '', action = ''] = fold(permission).split(':')
  if (resource === 'admin') {
    return 'administrative rights show only in administrative actions (creating API keys, configuring SSO); no read-only request proves them'
  }
  if (action === 'write') {
    return `only creating, changing or deleting ${resource || 'something'} would prove it, and this action never writes`
  }
  if (fold(permission) === 'reports:read') {
    return 'it means generating and downloading reports; Infracast has no read-only list endpoint for reports, and generating one is a write'
  }
  return 'it is not an Infracast permission with a read-only list endpoint to probe'
}

export interface ProbeOutcome {
  /** Canonical names of the permissions proven. */
  proven: string[]
  /**
   * Results for probes the step did not ask for (the default one). Required permissions are already
   * judged by the shared gate from `identity.permissions`; repeating them here would list each twice.
   */
  verified: RequirementResult[]
}

interface Denial {
  permission: string
  response: HttpResponse
  vendorText: string
}

/**
 * One GET per permission, never anything else. A 403 is collected so the message can name every
 * permission missing at once; any other refusal ends the check at once.
 */
export async function probe(
  context: VendorContext,
  bearer: string,
  permissions: readonly string[],
  subject: ProbeSubject
): Promise<ProbeOutcome> {
  const { plan } = context
  const tenant = tenantOf(plan)
  const required = new Set(plan.requiredPermissions.map(fold))
  const proven: string[] = []
  const denied: Denial[] = []
  for (const permission of permissions) {
    const canonical = fold(permission)
    const endpoint: Endpoint = {
      method: 'GET',
      path: `/api/v1/tenants/${encodeURIComponent(tenant)}/${PROBES.get(canonical)!}?per_page=1`,
      headers: { authorization: `Bearer ${bearer}` },
      meanings: probeMeanings(subject, tenant),
      vendorText
    }
    const answer = await send(context, endpoint)
    const { response, body } = answer
    if (response.status === 403) {
      denied.push({
        permission: canonical,
        response,
        vendorText: vendorText(answer, context.redact)
      })
      continue
    }
    if (response.status < 200 || response.status >= 300) {
      // Only a refusal names what was probed: a network failure or a page that is not the API's
      // says enough by itself.
      const trailer = [`(probing ${canonical} in tenant "${tenant}" as ${subject.who})`]
      throw explainAnswer(context, { ...endpoint, trailer }, response, body)
    }
    if (!isObject(body)) throw explainAnswer(context, endpoint, response, body)
    if (!(Array.isArray(body.data) || Array.isArray(body.items))) {
      // A host the step chose itself is the API already: what answered is in between.
      const inPlace = answeredInItsPlace(context.http.server, 'the Infracast API')
      throw new ActionFailure(
        [
          `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a data list, so ${canonical} in tenant "${tenant}" could not be verified.`,
          inPlace.fromInput
            ? 'Fix: check that the url input points at the Infracast API, not a proxy or the web interface.'
            : `Fix: check ${inPlace.check}.`
        ].join('\n')
      )
    }
    proven.push(canonical)
  }
  if (denied.length) throw denialFailure(plan, denied, proven, subject)
  return {
    proven,
    verified: proven
      .filter((p) => !required.has(p))
      .map((p) => ({ kind: 'permission', required: p, passed: true }))
  }
}

/** Every permission refused in the tenant, in one message: the 403s of one probe run together. */
function denialFailure(
  plan: Plan,
  denied: Denial[],
  proven: string[],
  subject: ProbeSubject
): ActionFailure {
  const tenant = tenantOf(plan)
  const first = denied[0]!
  const missing = denied.map((d) => d.permission).join(', ')
  const defaultOnly = plan.requiredPermissions.length === 0
  const statusText = serverLine(first.response.statusText)
  const explanation: Explanation =
    subject.credential === 'api-key'
      ? {
          causes: [
            `the API key was not created for tenant "${tenant}" (a key lists its tenants)`,
            `the API key lacks ${missing} (a key lists its permissions)`,
            'the key is restricted to other IP addresses (allowed_ips) than this runner'
          ],
          fix: defaultOnly
            ? `check the tenant input; if the key may read only findings or jobs, set required-permissions (e.g. findings:read) so that is probed instead of ${DEFAULT_PROBE}; or create a key with ${missing} for tenant "${tenant}" and store it behind the api-key input.`
            : `check the tenant input, or create an API key with ${missing} for tenant "${tenant}" and store it behind the api-key input (or INFRACAST_API_KEY).`
        }
      : {
          causes: [
            `the user has no access to tenant "${tenant}"`,
            `the user's role in tenant "${tenant}" does not allow ${missing}`
          ],
          fix: `check the tenant input, or ask a tenant administrator of "${tenant}" for a role that includes ${missing}, or change required-permissions.`
        }
  const lines = [
    `${NAME}: ${subject.who} was denied ${missing} in tenant "${tenant}" (HTTP ${first.response.status}${statusText ? ` ${statusText}` : ''} from ${first.response.endpoint}).`,
    ...denied.map(
      (d) =>
        `${NAME} said for ${d.permission} (${d.response.endpoint}): ${d.vendorText || '(no error text)'}`
    ),
    ...(proven.length ? [`Proven in tenant "${tenant}": ${proven.join(', ')}.`] : []),
    ...formatExplanation(explanation)
  ]
  return new ActionFailure(lines.join('\n'))
}
