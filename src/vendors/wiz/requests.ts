/**
 * Wiz's two requests: the client-credentials exchange at the token server, then one GraphQL query
 * at the API with the token it issued.
 */
import { isoSeconds } from '../../core/expiry.js'
import { call } from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry } from '../../kit/jwt.js'
import { isObject, type Json } from '../../kit/parse.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { VendorContext } from '../../kit/types.js'
import { AUDIENCE, GRAPHQL_PATH, TOKEN_PATH, type Target } from './hosts.js'
import { graphqlMeanings, tokenMeanings, wizErrorText } from './meanings.js'

/** The cheapest query there is: it needs no scope, and a 200 without errors proves the token. */
export const PROBE_QUERY = '{ __typename }'

/** The access token the token server issued, already masked, with its claims and expiry. */
export interface Issued {
  token: string
  claims: Json
  expiresAt: string | undefined
  /** "POST https://…/oauth/token", for messages. */
  endpoint: string
}

/**
 * POST {auth}/oauth/token, form-encoded. Only the access token is read: checked against its
 * grammar, then masked (kit/token-answer.ts); nothing else of the answer is read or quoted.
 */
export async function exchange(context: VendorContext): Promise<Issued> {
  const { credentials } = context.plan
  // expires_in counts from when the token was issued: counting from before the request keeps the
  // reported expiry from being later than the real one.
  const requestedAt = Date.now()
  const { response, body } = await call(context, {
    method: 'POST',
    path: TOKEN_PATH,
    form: {
      grant_type: 'client_credentials',
      client_id: credentials['client-id']!,
      client_secret: credentials['client-secret']!,
      audience: AUDIENCE
    },
    // Issues a token: never sent twice once it may have reached the server.
    creates: true,
    issuesCredentials: true,
    meanings: tokenMeanings(context),
    errorText: wizErrorText
  })
  const token = issuedBearerToken(
    context,
    body.access_token,
    `the access_token from ${response.endpoint}`
  )
  const claims = decodeJwtClaims(token) ?? {}
  return {
    token,
    claims,
    expiresAt: accessTokenExpiresAt(body, claims, requestedAt),
    endpoint: response.endpoint
  }
}

/** `expires_in` seconds after the request; else the token's own `exp` claim. */
export function accessTokenExpiresAt(
  body: Json,
  claims: Json,
  requestedAt: number
): string | undefined {
  const seconds = body.expires_in
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) {
    return isoSeconds(requestedAt + seconds * 1000) || undefined
  }
  return jwtExpiry(claims)
}

/**
 * POST {api}/graphql. Passes only on a 200 whose `data.__typename` is set and that carries no
 * `errors`: GraphQL reports a refused token with HTTP 200 too.
 */
export async function probe(
  context: VendorContext,
  target: Target,
  issued: Issued,
  dc: string | undefined
): Promise<void> {
  await call(
    context,
    {
      method: 'POST',
      path: GRAPHQL_PATH,
      headers: { authorization: `Bearer ${issued.token}` },
      json: { query: PROBE_QUERY },
      meanings: graphqlMeanings(context, target, dc),
      errorText: wizErrorText
    },
    answeredQuery
  )
}

export function answeredQuery(body: Json): boolean {
  if (Array.isArray(body.errors) && body.errors.length > 0) return false
  if (body.errors !== undefined && body.errors !== null && !Array.isArray(body.errors)) return false
  return (
    isObject(body.data) && typeof body.data.__typename === 'string' && body.data.__typename !== ''
  )
}
