/**
 * What Black Duck's answers mean for this step, and its own words in them. The token exchange
 * answers a bad API token with 401 and an `errorMessage` (the field Black Duck's own Python client
 * reads); requests with a bearer it does not accept get Spring's OAuth shape
 * `{"error":"invalid_token","error_description":...}`, which the kit's documented fields cover.
 */
import type { Diagnosis } from '../../core/failure.js'
import { documentedErrorText } from '../../kit/endpoint.js'
import { isObject } from '../../kit/parse.js'

export const NAME = 'Black Duck'
const TOKEN_PAGE = 'My Access Tokens (the user menu of the Black Duck UI)'

/** 401 from POST /api/tokens/authenticate: the API token itself was refused. */
export const apiTokenRejected: Diagnosis = {
  headline: 'the API token was rejected',
  causes: [
    'the token was deleted, or its user was deactivated or removed',
    'the token was created on another Black Duck server than the url input (tokens belong to one server)',
    'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break; Black Duck shows a token only once)'
  ],
  fix: `create a new API token under ${TOKEN_PAGE} on the server the url input names, and put it into the secret behind the api-token input (or BLACKDUCK_API_TOKEN).`
}

/** 403 from the exchange: the server knows the token but will not issue a bearer for it. */
export const exchangeForbidden: Diagnosis = {
  headline: 'the server refused to exchange the API token for a bearer token',
  causes: [
    'the token’s user is locked or may not use the API',
    'a proxy or gateway in front of Black Duck refuses the request'
  ],
  fix: 'ask a Black Duck administrator to check the user of the token (Administration > Users), or use a token of another user.'
}

/** 401 from a request with the bearer token the exchange just issued. */
export const bearerRejected: Diagnosis = {
  headline: 'the bearer token just issued by /api/tokens/authenticate was rejected',
  causes: [
    'the url input reaches more than one Black Duck server (a load balancer mixing installations)',
    "this runner's clock or the server's is wrong, so the short-lived bearer reads as expired",
    'a proxy in front of the url input changed the Authorization header'
  ],
  fix: 'run the step again; if it persists, check that the url input names one Black Duck server.'
}

/** 403 from /api/current-user: authenticated, but the user may not read its own profile. */
export const currentUserForbidden: Diagnosis = {
  headline: 'the token is valid but may not read the user it belongs to',
  causes: [
    'the token’s user lacks the permission to read its own profile (a custom role without it)',
    'a proxy or gateway in front of Black Duck refuses the request'
  ],
  fix: 'use an API token of a user with a standard role (e.g. Global Code Scanner), or ask a Black Duck administrator.'
}

/** 404 from the user's roles or inherited-roles list: a server that does not serve it. */
export const rolesNotServed: Diagnosis = {
  headline: 'this Black Duck server does not list the user’s roles',
  causes: [
    'the server is a Black Duck version without the user’s roles or inherited-roles list',
    `the url input points at something other than the ${NAME} API`
  ],
  fix: 'remove required-roles and allowed-roles to verify the token alone, or update Black Duck.'
}

/** 403 from the user's roles or inherited-roles list: the user may not read its roles. */
export const rolesForbidden: Diagnosis = {
  headline: 'the token is valid but may not read its user’s roles',
  causes: [
    'the token is read-only or its user’s role does not allow listing role assignments',
    'a proxy or gateway in front of Black Duck refuses the request'
  ],
  fix: 'remove required-roles and allowed-roles to verify the token alone, or use a token of a user who may read its roles.'
}

/**
 * Black Duck's own words in an error answer: `errorMessage` (with `errorCode` when present, the
 * key Black Duck's messages are built from), else the documented fields every vendor shares. Raw
 * text: the kit redacts it whole before cutting it to one bounded line.
 */
export function blackDuckErrorText(body: unknown): string {
  if (isObject(body) && typeof body.errorMessage === 'string' && body.errorMessage.trim()) {
    const code = typeof body.errorCode === 'string' ? body.errorCode.trim() : ''
    return [body.errorMessage.trim(), code ? `(${code})` : ''].filter(Boolean).join(' ')
  }
  return documentedErrorText(body)
}
