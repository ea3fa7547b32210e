/**
 * The check itself: GET /api/authentication/validate, then GET /api/users/current, with the token
 * as Bearer and, on a SonarQube Server that refuses or ignores Bearer (as servers before 10.0 do,
 * ./scheme.ts), once more as HTTP Basic `token:`. A Server before 10.0 reads a Bearer header as no
 * credentials: `validate` then answers `{"valid":false}` (sonar.forceAuthentication on, the default
 * since 8.6) or `{"valid":true}` for the anonymous caller (off), and `users/current` 401 or
 * `{"isLoggedIn":false}`. Each of those sends Basic; an anonymous answer never passes as the token's
 * identity. SonarQube Cloud gets Bearer only. The token is only ever sent to the url input's host.
 */
import type { Diagnosis } from '../../core/failure.js'
import type { Identity } from '../../core/identity.js'
import type { HttpResponse } from '../../net/types.js'
import {
  call,
  explainAnswer,
  regionCause,
  requireNamedUser,
  send,
  type AnswerDiagnosis,
  type Endpoint,
  type Success
} from '../../kit/endpoint.js'
import { bool, firstPresent, firstText, isObject, names, type Json } from '../../kit/parse.js'
import type { VendorContext } from '../../kit/types.js'
import {
  authorization,
  isSonarCloud,
  maskAuthorization,
  SCHEME_WORDS,
  type Scheme
} from './scheme.js'
import { actsWithoutGroups, sonarErrorText, tokenType, type TokenType } from './words.js'

const VALIDATE_PATH = '/api/authentication/validate'
/** The global permission "Administer System": how SonarQube tells an administrator. */
export const ADMIN_PERMISSION = 'admin'
const CURRENT_USER_PATH = '/api/users/current'

export interface Verified {
  identity: Identity
  /** users/current's answer (its headers carry the token's expiry). */
  response: HttpResponse
  scheme: Scheme
  /** The Authorization header value that worked, already masked. */
  authorization: string
}

/** Verifies the token: Bearer, then (SonarQube Server only) Basic once. */
export async function verifyToken(context: VendorContext, token: string): Promise<Verified> {
  const server = !isSonarCloud(context.plan.url)
  const bearer = await attempt(context, token, 'bearer', !server)
  if (bearer) return bearer
  context.info(
    `SonarQube refused or ignored the token as Bearer: sending it as ${SCHEME_WORDS.basic}, which SonarQube Server before 10.0 requires.`
  )
  return (await attempt(context, token, 'basic', true))!
}

/**
 * validate, then users/current, with the token sent by `scheme`. Unless `final`, a refusal of the
 * token (401, {"valid":false}, {"isLoggedIn":false}) is undefined, for the caller to try Basic; any
 * other failure (a 403, a 404, a 5xx, an answer that is not the API) throws as it would anyway.
 */
async function attempt(
  context: VendorContext,
  token: string,
  scheme: Scheme,
  final: boolean
): Promise<Verified | undefined> {
  const value = authorization(token, scheme)
  maskAuthorization(context.mask, value)
  const headers = { authorization: value }
  const rejectedHere = (): AnswerDiagnosis => rejected(context, scheme)
  // users/current alone would also refuse a bad token (401, empty body), so validate adds no
  // proof. It is kept because the contract names it, and because its {"valid":false} is
  // SonarQube's own verdict on the token, where a bare 401 could also come from a proxy.
  const validated = await judged(
    context,
    {
      method: 'GET',
      path: VALIDATE_PATH,
      headers,
      meanings: {
        401: rejectedHere,
        200: ({ body }) =>
          isObject(body) && bool(body.valid) === false ? rejectedHere() : undefined
      },
      // A 200 that refuses the token carries no error text: its verdict is quoted instead, so the
      // "HTTP 200 OK" in the headline does not read as a success.
      errorText: (body) =>
        isObject(body) && bool(body.valid) === false ? '{"valid":false}' : sonarErrorText(body)
    },
    (body) => bool(body.valid) === true,
    (body) => bool(body.valid) === false,
    final
  )
  if (!validated) return undefined
  const current = await judged(
    context,
    {
      method: 'GET',
      path: CURRENT_USER_PATH,
      headers,
      meanings: {
        401: rejectedHere,
        200: ({ body }) =>
          isObject(body) && bool(body.isLoggedIn) === false ? anonymous(context, scheme) : undefined
      },
      errorText: sonarErrorText
    },
    // An anonymous answer is never the token's identity, whatever else it holds.
    (body) => bool(body.isLoggedIn) !== false,
    (body) => bool(body.isLoggedIn) === false,
    final
  )
  if (!current) return undefined
  const identity = parseIdentity(current.body, tokenType(token))
  requireNamedUser(context, identity, current.response)
  return { identity, response: current.response, scheme, authorization: value }
}

/**
 * Sends the endpoint. A success is returned. A refusal of the token (a 401, or a 200 whose body
 * says `refused`) throws its meaning when `final`, and is undefined otherwise; anything else throws
 * the failure `call` would.
 */
async function judged(
  context: VendorContext,
  endpoint: Endpoint,
  isSuccess: (body: Json) => boolean,
  refused: (body: Json) => boolean,
  final: boolean
): Promise<Success | undefined> {
  if (final) return call(context, endpoint, isSuccess)
  const { response, body } = await send(context, endpoint)
  const ok = response.status >= 200 && response.status < 300
  if (ok && isObject(body) && isSuccess(body)) return { response, body }
  if (response.status === 401 || (response.status === 200 && isObject(body) && refused(body)))
    return undefined
  throw explainAnswer(context, endpoint, response, body)
}

/** Causes common to a rejected token, whichever request said so. */
function rejected(context: VendorContext, scheme: Scheme): AnswerDiagnosis {
  const server = !isSonarCloud(context.plan.url)
  const type = tokenType(context.plan.credentials['api-token'] ?? '')
  const analysisOnOldServer = server && (type === 'project-analysis' || type === 'global-analysis')
  const fix =
    'create a new token in My Account > Security and store it in the secret behind the api-token input (or SONAR_TOKEN); for SonarQube Server set url to your server, for SonarQube Cloud set region (eu, us).'
  return {
    headline: 'the token was rejected',
    causes: [
      'the token was revoked, or has expired (SonarQube e-mails its owner before a token expires)',
      // Regions are SonarQube Cloud's: a Server's token belongs to no region, so "remove the url
      // input and set region" would send it to SonarQube Cloud. The next cause covers a Cloud token.
      ...(server ? [] : regionCause(context)),
      'the token belongs to another SonarQube server than the url input (SonarQube Server and SonarQube Cloud tokens are not interchangeable)',
      'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)',
      ...(analysisOnOldServer
        ? [
            "the token is an analysis token and the server a SonarQube Server before 10.0, which lets analysis tokens reach only the scanner's own endpoints (not validate or users/current)"
          ]
        : [])
    ],
    fix: analysisOnOldServer
      ? `on a SonarQube Server before 10.0, give a user token (squ_) of a user with only Execute Analysis; otherwise ${fix}`
      : fix,
    ...(server && scheme === 'basic'
      ? {
          trailer: [
            `The token was sent as ${SCHEME_WORDS.bearer}, then as ${SCHEME_WORDS.basic} (what SonarQube Server before 10.0 takes): both were refused, so the server's version is not the cause.`
          ]
        }
      : {})
  }
}

/** users/current with `isLoggedIn` false: the server let an anonymous call through. */
function anonymous(context: VendorContext, scheme: Scheme): Diagnosis {
  const server = !isSonarCloud(context.plan.url)
  const organization = tokenType(context.plan.credentials['api-token'] ?? '') === 'organization'
  return {
    headline: 'the server answered for an anonymous user, not for the token',
    causes: [
      ...(server && scheme === 'basic'
        ? [
            `a proxy in front of SonarQube removed the Authorization header: the token was sent as ${SCHEME_WORDS.bearer}, then as ${SCHEME_WORDS.basic}, and the server saw neither`
          ]
        : [
            'a proxy in front of SonarQube removed the Authorization header',
            'the server does not force authentication (sonar.forceAuthentication is off) and ignored the token'
          ]),
      ...(organization
        ? [
            'the token is a scoped organization token (sqco_), which belongs to no user: what users/current answers for one is not publicly documented, and this step needs it to name one'
          ]
        : [])
    ],
    fix: 'check that requests to the url input reach SonarQube with their Authorization header.'
  }
}

/**
 * Reads users/current. Groups become roles only for a token that acts with them (a user token): an
 * analysis token acts as its owner with analysis rights only, and an organization token has no
 * owner user, so groups would let required-roles pass on authority the token does not have. The
 * `admin` global permission, when held, is reported among those roles too: it is how SonarQube
 * tells an administrator (Behaviour 14), allowed-roles judges it as a role, and so the roles output
 * lists everything allowed-roles must name. A token without groups therefore holds `admin` or no
 * role at all, which its global permissions show: allowed-roles can judge it (the narrow token it
 * asks for passes) unless the server reported no permissions.
 */
export function parseIdentity(body: Json, type: TokenType): Identity {
  const global = isObject(body.permissions) ? body.permissions.global : undefined
  const permissions = Array.isArray(global) ? names(global) : undefined
  const administrator = (permissions ?? []).filter((p) => p === ADMIN_PERMISSION)
  const groups = firstPresent(body, ['groups'])
  const roles = actsWithoutGroups(type)
    ? permissions && administrator
    : groups === undefined
      ? undefined
      : [...names(groups), ...administrator]
  return {
    userId: firstText(body, ['id']),
    username: firstText(body, ['login']),
    displayName: firstText(body, ['name']),
    email: firstText(body, ['email']),
    roles,
    permissions,
    organization: ''
  }
}
