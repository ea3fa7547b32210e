/**
 * What the IAM's answers mean, for the kit's failure builder: Keycloak's standard error codes on the
 * token endpoint (`invalid_grant`, `invalid_client`, `unauthorized_client`, an unknown realm) and
 * on userinfo, told apart by credential mode and where the tenant came from.
 */
import type { Diagnosis } from '../../core/failure.js'
import { regionCause, type Answer, type StatusMeanings } from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry } from '../../kit/jwt.js'
import { isObject, text } from '../../kit/parse.js'
import type { VendorContext } from '../../kit/types.js'
import { apiKeyClient, issuerOf, NAME, type Target } from './iam.js'

/** POST {realm}/token. */
export function tokenMeanings(context: VendorContext, target: Target): StatusMeanings {
  return {
    400: (answer) => badGrant(context, target, answer),
    401: () => clientRejected(context, target),
    404: (answer) => unknownRealm(target, answer)
  }
}

/** GET {realm}/userinfo, with the token the IAM has just issued. */
export const USERINFO_MEANINGS: StatusMeanings = { 401: tokenRefused, 403: missingScope }

const errorCode = (body: unknown): string => (isObject(body) ? text(body.error) : '')

const IP_ALLOW_LIST =
  'the tenant restricts API keys and OAuth clients to an IP allow-list that does not include this runner (Identity and Access Management > Settings)'

function badGrant(context: VendorContext, target: Target, { body }: Answer): Diagnosis | undefined {
  const code = errorCode(body)
  if (code === 'unauthorized_client' || code === 'invalid_client') {
    return clientRejected(context, target)
  }
  if (code !== 'invalid_grant') return undefined
  if (context.plan.authMode === 'oauth-client') {
    return {
      headline: 'the OAuth client may not obtain a token',
      causes: [
        'the client is disabled, or service accounts are not enabled for it',
        `the client belongs to another tenant than "${target.tenant}"`
      ],
      fix: `check the client under Identity and Access Management > OAuth Clients in tenant ${target.tenant}, and the tenant input.`
    }
  }
  const apiKey = context.plan.credentials['api-key'] ?? ''
  const claims = decodeJwtClaims(apiKey) ?? {}
  const expiry = jwtExpiry(claims)
  // The tenant input sent the key to another realm than the one its claims name (the step warned
  // before the request): Keycloak exchanges a key only at its own realm, so the input is the fix.
  const keyRealm = issuerOf(apiKey)?.realm
  if (target.tenantSource === 'tenant input' && keyRealm && keyRealm !== target.tenant) {
    const own = text(keyRealm, 80)
    return {
      headline: 'the API key was refused (invalid_grant)',
      causes: [
        `the key belongs to the tenant "${own}" (its realm claim), and the tenant input sent it to "${target.tenant}", which does not exchange another tenant's key`
      ],
      fix: `remove the tenant input (the key names its own tenant, "${own}"), or store an API key of tenant "${target.tenant}" in the secret behind the api-key input (or CX_APIKEY).`
    }
  }
  return {
    headline: 'the API key was refused (invalid_grant)',
    causes: [
      ...(expiry && Date.parse(expiry) <= Date.now() ? [`the API key expired on ${expiry}`] : []),
      'the API key was revoked or expired in Identity and Access Management > API Keys, or its user was disabled or removed (the key is an offline session, which ends with them)',
      ...(target.tenantSource === "API key's issuer"
        ? []
        : [
            `the key belongs to another tenant than the ${target.tenantSource === 'CX_TENANT' ? 'CX_TENANT variable' : 'tenant input'} "${target.tenant}" (${target.tenantSource === 'CX_TENANT' ? 'unset it' : 'leave tenant empty'}: the key names its own)`
          ]),
      `the api-key holds something else than an API key: an access token, or a key issued to another client than ${apiKeyClient(apiKey)}`,
      IP_ALLOW_LIST
    ],
    fix: 'generate a new API key under Identity and Access Management > API Keys and store it in the secret behind the api-key input (or CX_APIKEY).'
  }
}

function clientRejected(context: VendorContext, target: Target): Diagnosis {
  if (context.plan.authMode === 'api-key') {
    return {
      headline: `the IAM refused the ${apiKeyClient(context.plan.credentials['api-key'] ?? '')} client used to exchange API keys`,
      causes: [IP_ALLOW_LIST, ...regionCause(context)],
      fix: 'check the region or url input and the tenant IP allow-list.'
    }
  }
  return {
    headline: 'the OAuth client was rejected',
    causes: [
      'the client-secret is wrong or was regenerated',
      `the client-id names no client in tenant "${target.tenant}"`,
      ...regionCause(context),
      IP_ALLOW_LIST
    ],
    fix: `copy the client id and secret from Identity and Access Management > OAuth Clients into client-id and client-secret (or CX_CLIENT_ID / CX_CLIENT_SECRET), and check the tenant input (${target.tenant}).`
  }
}

function unknownRealm(target: Target, { body }: Answer): Diagnosis | undefined {
  const words = isObject(body) ? `${text(body.error)} ${text(body.error_description)}` : ''
  if (!/realm/i.test(words)) return undefined
  return {
    headline: `the tenant "${target.tenant}" does not exist at this IAM`,
    causes: [
      target.tenantSource === "API key's issuer"
        ? "the API key's tenant was deleted or renamed"
        : `the ${target.tenantSource === 'CX_TENANT' ? 'CX_TENANT variable' : 'tenant input'} is misspelled (it is the tenant name in the console login URL)`,
      `the tenant is in another ${NAME} region than ${target.iam}`
    ],
    // Name only where the tenant came from: a key's own tenant is no input the user can correct,
    // and a tenant input that differs from the key's realm is refused by the IAM (invalid_grant).
    fix:
      target.tenantSource === "API key's issuer"
        ? 'generate a new API key under Identity and Access Management > API Keys in the tenant the pipeline uses, and store it in the secret behind the api-key input (or CX_APIKEY); check the region or url input if either is set.'
        : `check the ${target.tenantSource === 'CX_TENANT' ? 'CX_TENANT variable' : 'tenant input'} and the region or url input.`
  }
}

function tokenRefused(): Diagnosis {
  return {
    headline: 'the IAM refused the access token it had just issued',
    causes: [
      "this runner's clock, or the IAM's, is far off (the token looks expired or not yet valid)",
      'a proxy or load balancer sent the two requests to different IAM servers',
      'the user or client was disabled in the meantime'
    ],
    fix: 'check the runner clock (NTP) and any proxy in front of the IAM, then run the step again.'
  }
}

function missingScope({ body }: Answer): Diagnosis {
  const scope = /scope/i.test(errorCode(body))
  return {
    headline: scope
      ? 'the access token lacks the openid scope that userinfo needs'
      : 'the access token may not read its own identity',
    causes: ['the API key or OAuth client was created without the openid scope', IP_ALLOW_LIST],
    fix: 'create the API key or OAuth client again with the default scopes, or ask a tenant administrator.'
  }
}
