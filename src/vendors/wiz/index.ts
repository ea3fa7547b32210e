/**
 * Wiz: a service account's client id and secret, traded at the token server for a short-lived
 * access token (OAuth client credentials, form-encoded, `audience=wiz-api`), then one GraphQL query
 * `{ __typename }` at the data center's API with `Authorization: Bearer` (2 requests). Wiz has no
 * documented "who am I" query: a 200 without `errors` proves the token works where wizcli and the
 * API clients will use it, and the service account is named by the token's own claims (it came
 * straight from the token server, over the connection this step opened). No user, no roles.
 *
 * The token server is the region's (or the url's, ./hosts.ts); the API host is the one the token's
 * `dc` claim names, unless the url input names it.
 *
 * Sources: shared vendor notes (next vendors §8 and third round §2.2 "4. Wiz"): the token endpoints
 * and audience, the `dc` claim and the API host pattern, GraphQL errors with HTTP 200, the wizcli
 * variables; all from third-party API clients, since Wiz's own documentation needs a login.
 * Assumed: the token server's error bodies (standard OAuth), which HTTP status the API gives a
 * refused token (401, or 200 with `UNAUTHENTICATED`: both are handled), the `sub` / `client_id`
 * claims, and the gov API host (the commercial pattern).
 */
import type { Identity } from '../../core/identity.js'
import { atBaseUrl, note } from '../../kit/endpoint.js'
import { firstText, type Json } from '../../kit/parse.js'
import type { LoginResult, Note, Plan, Vendor, VendorContext } from '../../kit/types.js'
import {
  apiFromClaim,
  authBaseFor,
  readApiOrigin,
  dataCenterLabel,
  GRAPHQL_PATH,
  locate,
  NAME,
  REGIONS,
  wizEnvWarning
} from './hosts.js'
import { exchange, probe } from './requests.js'

export const wiz: Vendor = {
  id: 'wiz',
  name: NAME,
  location: {
    defaultUrl: REGIONS.commercial,
    regions: REGIONS,
    defaultRegion: 'commercial',
    urlExample: 'https://api.us17.app.wiz.io',
    readUrl: readApiOrigin,
    // WIZ_API_URL names a data-center host; the client secret goes to its environment's token server.
    credentialServer: authBaseFor
  },
  modes: [{ id: 'client-credentials', inputs: ['client-id', 'client-secret'] }],
  urlEnv: ['WIZ_API_URL'],
  credentialEnv: {
    'client-id': ['WIZ_CLIENT_ID'],
    'client-secret': ['WIZ_CLIENT_SECRET']
  },
  roles: {
    kind: 'none',
    reason:
      'a service account has no roles: its access token names the account, and Wiz has no query that reports what it may do. Give the service account only the scopes and projects the pipeline needs.'
  },
  permissions: {
    kind: 'none',
    reason:
      "the service account's scopes are not reported by any documented query. Remove required-permissions; choose the scopes when creating the service account."
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const target = locate(plan)
    const issued = await atBaseUrl(context, target.auth, exchange)
    const dc = dataCenterLabel(issued.claims.dc)
    const api = target.api ?? apiFromClaim(issued.claims.dc, issued.endpoint, target.auth)
    await atBaseUrl(context, api, (apiContext) => probe(apiContext, target, issued, dc))

    const notes = loginNotes(target.api === undefined, api, dc)
    for (const n of notes) context.info(`${n.label}: ${n.value}`)
    // Logged, not a note: the summary has the expiry's own row (expiresAt).
    if (issued.expiresAt) context.info(`Access token expires: ${issued.expiresAt}`)
    const envWarning = wizEnvWarning(target.auth)
    return {
      identity: serviceAccount(issued.claims, plan),
      authHeader: `Authorization: Bearer ${issued.token}`,
      token: issued.token,
      ...(issued.expiresAt ? { expiresAt: issued.expiresAt } : {}),
      env: {
        WIZ_CLIENT_ID: plan.credentials['client-id']!,
        WIZ_CLIENT_SECRET: plan.credentials['client-secret']!,
        WIZ_API_URL: `${api}${GRAPHQL_PATH}`
      },
      notes,
      ...(envWarning ? { warnings: [envWarning] } : {})
    }
  }
}

/**
 * The service account the token was issued to: its `sub` and `client_id` claims, else the client
 * id the token was requested with (the token server answered for exactly that client).
 */
export function serviceAccount(claims: Json, plan: Pick<Plan, 'credentials'>): Identity {
  return {
    userId: firstText(claims, ['sub']),
    username: firstText(claims, ['client_id']) || (plan.credentials['client-id'] ?? ''),
    displayName: '',
    email: '',
    roles: undefined,
    permissions: undefined,
    organization: ''
  }
}

function loginNotes(fromClaim: boolean, api: string, dc: string | undefined): Note[] {
  return [
    note(
      'API',
      fromClaim
        ? `${api} (data center ${dc}, from the access token's dc claim)`
        : `${api} (the url input)`
    )
  ]
}
