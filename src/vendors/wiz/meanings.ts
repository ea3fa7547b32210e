/**
 * What Wiz's answers mean, for the kit's failure builder. The token server answers as an OAuth
 * server does (`error` / `error_description`); the GraphQL API may answer a refused token or a
 * forbidden call with HTTP 200 and `errors[]`, so the 200 entry reads `extensions.code`:
 * `UNAUTHENTICATED` takes the meaning of a 401, `FORBIDDEN` that of a 403.
 */
import { answeredInItsPlace, type Diagnosis, type ServerChoice } from '../../core/failure.js'
import { regionCause, type Answer, type StatusMeanings } from '../../kit/endpoint.js'
import { isObject, text } from '../../kit/parse.js'
import type { VendorContext } from '../../kit/types.js'
import { apiForDataCenter, dataCenterOf, type Target } from './hosts.js'

const SERVICE_ACCOUNTS = 'Settings > Access Management > Service Accounts'
const API_ENDPOINT = 'the API endpoint shown in the Wiz portal under User Settings > Tenant'

/** POST {auth}/oauth/token. */
export function tokenMeanings(context: VendorContext): StatusMeanings {
  return {
    400: ({ body }) => {
      const code = oauthError(body)
      if (code === 'invalid_request' || code === 'invalid_scope') {
        return audienceRefused(context.http.server)
      }
      return clientRejected(context)
    },
    401: () => clientRejected(context),
    403: () => clientForbidden(context)
  }
}

/** POST {api}/graphql with the token just issued. */
export function graphqlMeanings(
  context: VendorContext,
  target: Target,
  dc: string | undefined
): StatusMeanings {
  return {
    200: (answer) => {
      const code = graphqlCode(answer)
      if (code === 'UNAUTHENTICATED') return tokenRefused(context, target, dc)
      if (code === 'FORBIDDEN') return apiForbidden()
      return code === undefined ? undefined : queryFailed(context.http.server)
    },
    401: () => tokenRefused(context, target, dc),
    403: apiForbidden()
  }
}

const oauthError = (body: unknown): string => (isObject(body) ? text(body.error) : '')

/** The first GraphQL error's `extensions.code`, '' for an error without one; undefined for none. */
function graphqlCode({ body }: Answer): string | undefined {
  const errors = isObject(body) && Array.isArray(body.errors) ? body.errors : []
  if (errors.length === 0) return undefined
  const first: unknown = errors[0]
  const extensions = isObject(first) ? first.extensions : undefined
  return isObject(extensions) ? text(extensions.code).toUpperCase() : ''
}

/**
 * The GraphQL error's own words (`extensions.code` and `message`, the fields the GraphQL spec
 * defines), else the documented OAuth fields. Raw text: the kit redacts it whole, then cuts it.
 */
export function wizErrorText(body: unknown): string {
  const errors = isObject(body) && Array.isArray(body.errors) ? body.errors : []
  const first: unknown = errors[0]
  if (isObject(first)) {
    const extensions = isObject(first.extensions) ? first.extensions : {}
    const code = typeof extensions.code === 'string' ? extensions.code.trim() : ''
    const message = typeof first.message === 'string' ? first.message.trim() : ''
    return [code, message].filter(Boolean).join(': ')
  }
  if (!isObject(body)) return ''
  const error = typeof body.error === 'string' ? body.error.trim() : ''
  const description =
    typeof body.error_description === 'string' ? body.error_description.trim() : ''
  return [error, description].filter(Boolean).join(': ')
}

/** How to point the step at the tenant's Wiz environment: url and region may not both be given. */
function environmentFix(context: VendorContext): string {
  const region = "set region (commercial, gov, fedramp) to your tenant's Wiz environment"
  return context.plan.urlFromInput ? `remove the url input and ${region}` : region
}

function clientRejected(context: VendorContext): Diagnosis {
  return {
    headline: 'the client id and secret were rejected',
    causes: [
      ...regionCause(context),
      'the client-secret is wrong, or was rotated (Wiz shows a service account secret only when it is created or rotated)',
      'the client-id names no service account: it was deleted, or belongs to another tenant',
      'a secret holds a wrongly copied value (a stray space, quote or line break)',
      "the tenant still signs service accounts in at Wiz's older token server (auth.wiz.io), which this step does not support"
    ],
    fix: `copy the Client ID and Client Secret of a Wiz service account (${SERVICE_ACCOUNTS}) into the secrets behind the client-id and client-secret inputs (or WIZ_CLIENT_ID / WIZ_CLIENT_SECRET), and ${environmentFix(context)}.`
  }
}

function clientForbidden(context: VendorContext): Diagnosis {
  return {
    headline: 'the service account may not obtain a token for the Wiz API',
    causes: [
      'the service account is disabled',
      `the tenant still signs in at Wiz's legacy token server (auth.wiz.io, audience beyond-api), which this action does not use`,
      ...regionCause(context)
    ],
    fix: `put the Client ID and Client Secret of an enabled service account (${SERVICE_ACCOUNTS}) into the secrets behind the client-id and client-secret inputs (or WIZ_CLIENT_ID / WIZ_CLIENT_SECRET), and ${environmentFix(context)}.`
  }
}

/**
 * A region's token server is Wiz's own, which knows the audience this step asks for: besides the
 * legacy tenant, what refused it sits between the runner and that host, with no url input to
 * remove.
 */
function audienceRefused(server: ServerChoice): Diagnosis {
  const legacy = `the tenant still signs in at Wiz's legacy token server (auth.wiz.io, audience beyond-api), which this action does not use`
  const inPlace = answeredInItsPlace(server, 'Wiz’s token server')
  if (!inPlace.fromInput) {
    return {
      headline: 'the token server refused the request',
      causes: [legacy, inPlace.cause],
      fix: `ask Wiz support which token server your tenant uses, and check ${inPlace.check}.`
    }
  }
  return {
    headline: 'the token server refused the request',
    causes: [legacy, 'the url input points at another OAuth server than Wiz’s'],
    fix: 'remove the url input and set region (commercial, gov, fedramp), or ask Wiz support which token server your tenant uses.'
  }
}

function tokenRefused(context: VendorContext, target: Target, dc: string | undefined): Diagnosis {
  return {
    headline: 'the API refused the access token just issued',
    causes: [
      ...wrongDataCenter(context, target, dc),
      "this runner's clock, or the server's, is far off (the short-lived token reads as expired)",
      'the service account was disabled or deleted between the two requests',
      'a proxy in front of the API removed or changed the Authorization header'
    ],
    fix:
      target.api === undefined
        ? `run the step again; if it persists, check the service account under ${SERVICE_ACCOUNTS}.`
        : `remove the url input (the token names its own data center), or set it to ${API_ENDPOINT}.`
  }
}

/** With a url input, the likeliest cause: the token belongs to another data center. */
function wrongDataCenter(context: VendorContext, target: Target, dc: string | undefined): string[] {
  if (target.api === undefined) return []
  if (dc === undefined) return ["the url input names another Wiz data center than the tenant's"]
  const urlDc = dataCenterOf(target.api)
  if (urlDc === dc) return []
  const owner = `the token belongs to data center ${dc} (${apiForDataCenter(dc, target.auth)})`
  return [
    urlDc === undefined
      ? `${owner}, and the url input (${context.plan.url}) is neither that host nor a proxy to it`
      : `${owner}, but the url input sends it to data center ${urlDc}`
  ]
}

function apiForbidden(): Diagnosis {
  return {
    headline: 'the service account may not use the Wiz GraphQL API',
    causes: [
      'the service account is of a type that may not call the API (a Sensor, Kubernetes Connector or Outpost account)',
      'the tenant allows API calls only from listed IP addresses, and this runner is not among them'
    ],
    fix: `use a service account whose type may call the API (${SERVICE_ACCOUNTS}) in client-id and client-secret, or ask a Wiz administrator.`
  }
}

/**
 * Without a url input the token named the API host, Wiz's own: an outage, or what sits between the
 * runner and that host, with no url input to check or remove.
 */
function queryFailed(server: ServerChoice): Diagnosis {
  const inPlace = answeredInItsPlace(server, "Wiz's GraphQL API")
  if (!inPlace.fromInput) {
    return {
      headline: 'the API answered the query with an error',
      causes: ['a Wiz outage or maintenance', inPlace.cause],
      fix: `run the step again; if it persists, check ${inPlace.check}, or ask Wiz support.`
    }
  }
  return {
    headline: 'the API answered the query with an error',
    causes: [
      `the url input points at another GraphQL API than Wiz's; it should be ${API_ENDPOINT}`,
      'a proxy in front of the API changed the request'
    ],
    fix: 'run the step again; if it persists, check the url input, or remove it to let the token name its data center.'
  }
}
