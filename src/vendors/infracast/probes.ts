/**
 * Infracast's proofs of access: long-lived API keys carry no identity and Infracast documents no
 * identity endpoint, so a key (and, when permissions are required, a token) is verified by
 * read-only GETs of tenant list endpoints, one per permission. Also the tenant input's grammar and
 * the vendor's error text, which the login module shares.
 */
import {
  ActionFailure,
  explainCommonStatus,
  formatExplanation,
  statusFailure,
  type Diagnosis,
  type Explanation
} from '../../core/failure.js'
import { notJsonFailure, parseJson, redactedExcerpt, type HttpResponse } from '../../net/client.js'
import { fold, type RequirementResult } from '../../core/identity.js'
import type { Plan } from '../../plan/index.js'
import { firstText, isObject } from '../../kit/parse.js'
import type { VendorContext } from '../../kit/types.js'

const NAME = 'Infracast'

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

/** The tenant input, after its INFRACAST_TENANT fallback; '' when not given. */
export function tenantOf(plan: Plan): string {
  return plan.options.tenant ?? ''
}

/**
 * A tenant is one path segment of the probe URLs: "." or ".." or a "/" would make a probe read
 * another path than the tenant's, and "?", "#" or "%" would change the request itself.
 */
export function checkTenant(tenant: string): void {
  if (tenant === '.' || tenant === '..' || /[/?#%\\\s]/.test(tenant)) {
    throw new ActionFailure(
      `The tenant input "${tenant}" is not a tenant id: it must be one path segment (not "." or "..", and without "/", "?", "#", "%", "\\" or spaces), e.g. tenant: prod.`
    )
  }
}

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
  subject: { who: string; credential: 'api-key' | 'token' }
): Promise<ProbeOutcome> {
  const { plan, http } = context
  const tenant = tenantOf(plan)
  const required = new Set(plan.requiredPermissions.map(fold))
  const proven: string[] = []
  const denied: Denial[] = []
  for (const permission of permissions) {
    const canonical = fold(permission)
    const resource = PROBES.get(canonical)!
    const response = await http.request({
      method: 'GET',
      path: `/api/v1/tenants/${encodeURIComponent(tenant)}/${resource}?per_page=1`,
      headers: { authorization: `Bearer ${bearer}` }
    })
    const body = parseJson(response.body)
    if (response.status === 403) {
      denied.push({
        permission: canonical,
        response,
        vendorText: vendorErrorText(context, response, body)
      })
      continue
    }
    if (response.status < 200 || response.status >= 300) {
      throw probeFailure(context, response, body, canonical, subject)
    }
    if (!isObject(body) || !(Array.isArray(body.data) || Array.isArray(body.items))) {
      if (!isObject(body)) throw notJsonFailure(NAME, response, context.redact, { quoteBody: true })
      throw new ActionFailure(
        [
          `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a data list, so ${canonical} in tenant "${tenant}" could not be verified.`,
          'Fix: check that the url input points at the Infracast API, not a proxy or the web interface.'
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

function denialFailure(
  plan: Plan,
  denied: Denial[],
  proven: string[],
  subject: { who: string; credential: 'api-key' | 'token' }
): ActionFailure {
  const tenant = tenantOf(plan)
  const first = denied[0]!
  const missing = denied.map((d) => d.permission).join(', ')
  const defaultOnly = plan.requiredPermissions.length === 0
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
    `${NAME}: ${subject.who} was denied ${missing} in tenant "${tenant}" (HTTP ${first.response.status}${first.response.statusText ? ` ${first.response.statusText}` : ''} from ${first.response.endpoint}).`,
    ...denied.map(
      (d) =>
        `${NAME} said for ${d.permission} (${d.response.endpoint}): ${d.vendorText || '(no error text)'}`
    ),
    ...(proven.length ? [`Proven in tenant "${tenant}": ${proven.join(', ')}.`] : []),
    ...formatExplanation(explanation)
  ]
  return new ActionFailure(lines.join('\n'))
}

function probeFailure(
  context: VendorContext,
  response: HttpResponse,
  body: unknown,
  permission: string,
  subject: { who: string; credential: 'api-key' | 'token' }
): ActionFailure {
  const tenant = tenantOf(context.plan)
  let diagnosis: Diagnosis
  if (response.status === 401) {
    if (subject.credential === 'api-key') {
      diagnosis = {
        headline: 'the API key was rejected',
        causes: [
          'the API key was revoked, deleted or has passed its expires_at',
          'the key belongs to another Infracast environment than the url input (a dev key against prod, or the reverse)',
          'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)'
        ],
        fix: 'create a new API key in Infracast and store it in the secret behind the api-key input (or INFRACAST_API_KEY), and check the url input.'
      }
    } else {
      diagnosis = {
        headline: 'the access token Infracast had just issued was rejected',
        causes: [
          'the url input reaches servers of different Infracast environments (a load balancer or proxy mixing dev and prod)',
          'the token was revoked at once (the user was disabled or logged out everywhere)'
        ],
        fix: 'check the url input and try again; if it persists, ask an Infracast administrator.'
      }
    }
  } else if (response.status === 404) {
    diagnosis = {
      headline: `tenant "${tenant}" does not exist, or ${subject.who} cannot see it`,
      causes: [
        `the tenant input holds a name or a typo instead of the tenant id (ids look like "prod")`,
        `${subject.who} belongs to another Infracast account or environment than the one at the url input`
      ],
      fix: 'set the tenant input to the id of a tenant the credentials may access, and check the url input.'
    }
  } else {
    diagnosis = explainCommonStatus(response.status, NAME)
  }
  return statusFailure({
    vendor: NAME,
    endpoint: response.endpoint,
    status: response.status,
    statusText: response.statusText,
    vendorText: vendorErrorText(context, response, body) || undefined,
    diagnosis,
    trailer: [`(probing ${permission} in tenant "${tenant}" as ${subject.who})`]
  })
}

/**
 * The vendor's own words, redacted: `{"error":{"code","message","details"}}` as documented, or the
 * `{"error","message"}` shape of a proxy, or a short excerpt of a body that is not JSON.
 */
export function vendorErrorText(
  context: VendorContext,
  response: HttpResponse,
  body: unknown
): string {
  const clean = (text: string): string => context.redact(scrubTokens(text))
  return clean(errorText(body, response.body, clean))
}

/**
 * The documented error fields, or a short excerpt of a body that is not JSON. `redact` runs on the
 * whole raw text before it is shortened (an echoed secret cut in half would escape it after).
 */
export function errorText(
  body: unknown,
  raw: string,
  redact: (text: string) => string = (text) => text
): string {
  if (!isObject(body)) return redactedExcerpt(raw, redact)
  const error = isObject(body.error) ? body.error : body
  const code = firstText(error, ['code']) || (typeof body.error === 'string' ? body.error : '')
  const message = firstText(error, ['message', 'detail', 'title'])
  const details = isObject(error) ? error.details : undefined
  const detailText =
    details === undefined || details === null
      ? ''
      : typeof details === 'string'
        ? details
        : JSON.stringify(details)
  return [
    [code, message].filter(Boolean).join(': '),
    detailText ? `(details: ${redactedExcerpt(detailText, redact)})` : ''
  ]
    .filter(Boolean)
    .join(' ')
}

/** Removes anything shaped like a JWT or a token field from text that may reach a message. */
function scrubTokens(value: string): string {
  return value
    .replace(/eyJ[\w-]*\.[\w-]+\.[\w-]+/g, '***')
    .replace(/("(?:refresh_token|refreshToken|access_token|token)"\s*:\s*")[^"]*"/g, '$1***"')
}
