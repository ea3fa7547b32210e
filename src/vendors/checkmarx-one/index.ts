/**
 * Checkmarx One: its IAM is Keycloak. A token from the realm of the tenant, then the realm's
 * userinfo with that token (2 requests):
 *
 * - api-key: the API key is an offline refresh token (a JWT), exchanged with
 *   `grant_type=refresh_token` and the public client `ast-app`, as Checkmarx's CLI does;
 * - oauth-client: `grant_type=client_credentials` with the client's id and secret.
 *
 * Where the token server is. The API key's own `iss` claim is `{iam}/auth/realms/{tenant}`; as in
 * Checkmarx's CLI it names the tenant and, when no url or region is given, picks the region. The
 * key is never sent to a server that only the key names, though (a key is user-supplied text, and
 * its claims are not verified): the IAM is always derived from the url or region (a host beginning
 * `ast.` or `<region>.ast.` maps to the same name with `iam`; any other host serves both), and a
 * key whose issuer is not that IAM's origin (scheme, host and port) is refused before any request.
 *
 * Sources: shared vendor notes §2.2 "4. Checkmarx One" (token endpoint, grants, regions, CLI env
 * names). Keycloak's standard answers (userinfo, `invalid_grant`, 404 for an unknown realm,
 * `invalid_client` / `unauthorized_client`) are assumed: no Checkmarx recording shows them. Roles
 * are read from the access token's claims (decoded, not verified: it came straight from the IAM over
 * the connection this action opened); no Checkmarx document lists those claims either.
 */
import { ActionFailure, type Diagnosis } from '../../core/failure.js'
import { isoSeconds } from '../../core/expiry.js'
import type { Identity } from '../../core/identity.js'
import type { Plan } from '../../plan/index.js'
import { bearerToken } from '../../kit/grammar.js'
import {
  atBaseUrl,
  call,
  checkIdentity,
  note,
  regionCause,
  type Answer
} from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry, looksLikeJwt } from '../../kit/jwt.js'
import { firstPresent, firstText, isObject, names, text, type Json } from '../../kit/parse.js'
import type { CredentialInput, LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'

const NAME = 'Checkmarx One'
/** The public client Checkmarx's CLI exchanges API keys with. */
const API_KEY_CLIENT = 'ast-app'

/** AST (API) hosts; each IAM host is the same name with `iam` for `ast`. */
export const REGIONS = {
  us: 'https://ast.checkmarx.net',
  us2: 'https://us.ast.checkmarx.net',
  eu: 'https://eu.ast.checkmarx.net',
  eu2: 'https://eu-2.ast.checkmarx.net',
  deu: 'https://deu.ast.checkmarx.net',
  anz: 'https://anz.ast.checkmarx.net',
  ind: 'https://ind.ast.checkmarx.net',
  sng: 'https://sng.ast.checkmarx.net',
  mea: 'https://mea.ast.checkmarx.net'
}

/** Token answer fields that carry credentials: each is masked before anything reads the answer. */
const TOKEN_FIELDS = ['access_token', 'refresh_token', 'id_token']

export const checkmarxOne: Vendor = {
  id: 'checkmarx-one',
  name: NAME,
  location: {
    defaultUrl: REGIONS.us,
    regions: REGIONS,
    defaultRegion: 'us',
    regionFromCredentials: regionOfApiKey
  },
  modes: [
    { id: 'api-key', inputs: ['api-key'] },
    { id: 'oauth-client', inputs: ['client-id', 'client-secret'] }
  ],
  credentialEnv: {
    'api-key': ['CX_APIKEY'],
    'client-id': ['CX_CLIENT_ID'],
    'client-secret': ['CX_CLIENT_SECRET']
  },
  options: [{ input: 'tenant', env: ['CX_TENANT'] }],
  roles: { kind: 'names' },
  permissions: {
    kind: 'none',
    reason:
      'its tokens carry roles, not individual permissions. Use required-roles (e.g. ast-scanner) instead.'
  },
  validate: (plan) => locate(plan).warnings,

  async login(context: VendorContext): Promise<LoginResult> {
    const target = locate(context.plan)
    return atBaseUrl(context, target.iam, (iam) => exchangeAndVerify(iam, target))
  }
}

// ---------------------------------------------------------------------------------------------
// Where the token server is, and which tenant

/** The IAM base URL, the tenant (realm), where the tenant came from, and warnings for the log. */
export interface Target {
  iam: string
  tenant: string
  tenantSource: 'tenant input' | "API key's issuer"
  warnings: string[]
}

/**
 * The IAM that serves a Checkmarx One API URL: `ast.` → `iam.`, `<region>.ast.` → `<region>.iam.`
 * (no path); any other host serves both, so it is the url itself (the sandbox, a private install).
 */
export function iamBaseFor(apiUrl: string): string {
  const url = new URL(apiUrl)
  const host = url.hostname.toLowerCase()
  const mapped = /^ast\./.test(host)
    ? `iam.${host.slice(4)}`
    : /^[a-z0-9-]+\.ast\./.test(host)
      ? host.replace('.ast.', '.iam.')
      : undefined
  if (mapped === undefined) return apiUrl.replace(/\/+$/, '')
  return `${url.protocol}//${mapped}${url.port ? `:${url.port}` : ''}`
}

/** `{iam}/auth/realms/{tenant}` from a key's `iss`, or undefined when the key names none. */
export function issuerOf(apiKey: string): { origin: string; realm: string } | undefined {
  if (!looksLikeJwt(apiKey)) return undefined
  const iss = decodeJwtClaims(apiKey)?.iss
  if (typeof iss !== 'string') return undefined
  const match = /^(https?:\/\/[^/?#]+)(?:\/[^?#]*)?\/auth\/realms\/([^/?#]+)$/i.exec(iss.trim())
  if (!match) return undefined
  try {
    return { origin: new URL(match[1]!).origin, realm: decodeURIComponent(match[2]!) }
  } catch {
    return undefined
  }
}

/** The cloud region whose IAM issued the API key, so a key picks its region by itself. */
export function regionOfApiKey(
  credentials: Partial<Record<CredentialInput, string>>
): string | undefined {
  const issuer = issuerOf(credentials['api-key'] ?? '')
  if (!issuer) return undefined
  return Object.entries(REGIONS).find(
    ([, url]) => new URL(iamBaseFor(url)).origin === issuer.origin
  )?.[0]
}

/** Decides the IAM and the tenant before any request; throws naming the input to change. */
export function locate(plan: Plan): Target {
  const iam = iamBaseFor(plan.url)
  const warnings: string[] = []
  const tenantInput = plan.options.tenant ?? ''
  if (tenantInput) checkTenant(tenantInput, 'The tenant input')

  if (plan.authMode === 'oauth-client') {
    if (!tenantInput) {
      throw new ActionFailure(
        [
          `The tenant input is required with a ${NAME} OAuth client (client-id and client-secret): the client belongs to one tenant, whose realm issues its token.`,
          'Fix: set tenant (or CX_TENANT) to the tenant name shown in the Checkmarx One console (the name in its login URL), e.g. tenant: acme.'
        ].join('\n')
      )
    }
    return { iam, tenant: tenantInput, tenantSource: 'tenant input', warnings }
  }

  const apiKey = plan.credentials['api-key'] ?? ''
  if (!looksLikeJwt(apiKey)) {
    warnings.push(
      `The api-key input does not look like a ${NAME} API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the whole key from Identity and Access Management > API Keys.`
    )
  } else if (decodeJwtClaims(apiKey)?.typ === 'Bearer') {
    warnings.push(
      `The api-key input holds a ${NAME} access token (valid for minutes), not an API key: the exchange will likely be refused. Generate an API key under Identity and Access Management > API Keys.`
    )
  }
  const issuer = issuerOf(apiKey)
  if (issuer) checkIssuer(plan, issuer.origin, iam)
  if (tenantInput) return { iam, tenant: tenantInput, tenantSource: 'tenant input', warnings }
  if (!issuer) {
    throw new ActionFailure(
      [
        `The tenant input is required here: the api-key names no ${NAME} tenant (its "iss" claim is missing or not an IAM realm URL).`,
        'Fix: set tenant (or CX_TENANT) to the tenant name, and check that api-key holds a Checkmarx One API key.'
      ].join('\n')
    )
  }
  checkTenant(issuer.realm, "The API key's issuer")
  return { iam, tenant: issuer.realm, tenantSource: "API key's issuer", warnings }
}

/**
 * The key goes only to the IAM of the url or region this step chose. A key whose issuer is another
 * server is refused: its claims are not verified, so following them would let the secret's text
 * decide where the secret is sent (another host, plain http, an internal address).
 */
function checkIssuer(plan: Plan, issuerOrigin: string, iam: string): void {
  const expected = new URL(iam).origin
  if (issuerOrigin === expected) return
  const region = regionOfApiKey(plan.credentials)
  const chosen = plan.region ? `region ${plan.region} (${plan.url})` : `the url input (${plan.url})`
  throw new ActionFailure(
    [
      `${NAME}: the api-key was issued by ${issuerOrigin}, but this step uses ${chosen}, whose IAM is ${expected}. The key is only ever sent to the IAM of the url or region the step chose, so nothing was sent.`,
      region
        ? `Fix: remove the url and region inputs (the key selects region ${region} by itself), or set region: ${region}.`
        : `Fix: set url to the ${NAME} server the key belongs to (for ${issuerOrigin}, its API URL${/\/\/(?:[a-z0-9-]+\.)?iam\./i.test(issuerOrigin) ? `, ${issuerOrigin.replace(/iam\./i, 'ast.')}` : ''}), or use a key created there.`
    ].join('\n')
  )
}

/** A tenant is one realm name in the token URL: one path segment, nothing that changes the URL. */
function checkTenant(tenant: string, what: string): void {
  if (tenant === '.' || tenant === '..' || !/^[A-Za-z0-9._~-]{1,255}$/.test(tenant)) {
    throw new ActionFailure(
      `${what} names the tenant "${text(tenant).slice(0, 80)}", which is not a ${NAME} tenant name (letters, digits, ".", "_", "~" and "-" only), e.g. tenant: acme.`
    )
  }
}

// ---------------------------------------------------------------------------------------------
// The two requests

async function exchangeAndVerify(context: VendorContext, target: Target): Promise<LoginResult> {
  const { plan } = context
  const realm = `/auth/realms/${encodeURIComponent(target.tenant)}/protocol/openid-connect`
  const apiKey = plan.authMode === 'api-key'
  const form: Record<string, string> = apiKey
    ? {
        grant_type: 'refresh_token',
        client_id: API_KEY_CLIENT,
        refresh_token: plan.credentials['api-key']!
      }
    : {
        grant_type: 'client_credentials',
        client_id: plan.credentials['client-id']!,
        client_secret: plan.credentials['client-secret']!,
        // Keycloak's userinfo answers 403 to a token without the openid scope; a client's default
        // scopes need not include it, and asking for it is always allowed.
        scope: 'openid'
      }
  const tenantNote = note('Tenant', `${target.tenant} (from the ${target.tenantSource})`)
  const trailer = [`${tenantNote.label}: ${tenantNote.value}`, `IAM: ${target.iam}`]

  const { response, body } = await call(context, {
    method: 'POST',
    path: `${realm}/token`,
    form,
    // A token request issues a token: never sent twice once it may have reached the server.
    creates: true,
    issuesCredentials: true,
    meanings: {
      400: (answer) => badGrant(context, target, answer),
      401: () => clientRejected(context, target),
      404: (answer) => unknownRealm(target, answer)
    },
    trailer
  })
  for (const field of TOKEN_FIELDS) {
    const value = body[field]
    if (typeof value === 'string' && value) context.mask(value)
  }
  const token = bearerToken(body.access_token, `the access_token from ${response.endpoint}`)
  context.mask(token)
  const claims = decodeJwtClaims(token) ?? {}
  const expiresIn = body.expires_in
  const expiresAt =
    typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
      ? isoSeconds(Date.now() + expiresIn * 1000)
      : jwtExpiry(claims)

  const { identity } = await checkIdentity(
    context,
    {
      method: 'GET',
      path: `${realm}/userinfo`,
      headers: { authorization: `Bearer ${token}` },
      meanings: { 401: tokenRefused, 403: missingScope },
      trailer
    },
    (user) => identityFrom(user, claims, target.tenant)
  )
  const claimedSub = text(claims.sub)
  if (claimedSub && identity.userId && claimedSub !== identity.userId) {
    throw new ActionFailure(
      [
        `${NAME}: userinfo named another subject (${identity.userId}) than the access token it was sent (${claimedSub}), so the identity cannot be trusted.`,
        'Fix: check that nothing between the runner and the IAM (a proxy or gateway) rewrites its answers.',
        ...trailer
      ].join('\n')
    )
  }

  const notes: Note[] = [tenantNote, note('IAM', target.iam)]
  const astBaseUrl = firstText(claims, ['ast-base-url'])
  if (astBaseUrl && sameOrigin(astBaseUrl, plan.url) === false) {
    notes.push(
      note(
        'API URL',
        `the token names ${astBaseUrl} as the tenant's API, but this step exports ${plan.url} as CX_BASE_URI; set url or region to match if later steps fail`
      )
    )
  }
  for (const n of notes) context.info(`${n.label}: ${n.value}`)

  const env: Record<string, string> = {
    CX_BASE_URI: plan.url,
    CX_BASE_AUTH_URI: target.iam,
    CX_TENANT: target.tenant
  }
  if (apiKey) env.CX_APIKEY = plan.credentials['api-key']!
  else {
    env.CX_CLIENT_ID = plan.credentials['client-id']!
    env.CX_CLIENT_SECRET = plan.credentials['client-secret']!
  }
  // An API key created with an expiry date carries it as `exp`; the shared flow warns before it.
  const keyExpiresAt = apiKey
    ? jwtExpiry(decodeJwtClaims(plan.credentials['api-key']!) ?? {})
    : undefined
  return {
    identity,
    authHeader: `Authorization: Bearer ${token}`,
    token,
    ...(expiresAt ? { expiresAt } : {}),
    ...(keyExpiresAt ? { credentialExpiresAt: keyExpiresAt } : {}),
    env,
    notes
  }
}

/** userinfo names the user; the access token's claims carry the roles and the tenant's name. */
export function identityFrom(user: Json, claims: Json, tenant: string): Identity {
  const given = firstText(user, ['given_name'])
  const family = firstText(user, ['family_name'])
  const realmAccess = isObject(claims.realm_access) ? claims.realm_access : undefined
  const roleValue = firstPresent(claims, ['roles']) ?? firstPresent(realmAccess, ['roles'])
  return {
    userId: firstText(user, ['sub']),
    username: firstText(user, ['preferred_username']) || firstText(claims, ['preferred_username']),
    displayName: firstText(user, ['name']) || [given, family].filter(Boolean).join(' '),
    email: firstText(user, ['email']),
    roles: roleValue === undefined ? undefined : names(roleValue),
    permissions: undefined,
    organization: firstText(claims, ['tenant_name']) || tenant
  }
}

function sameOrigin(a: string, b: string): boolean | undefined {
  try {
    return new URL(a).origin === new URL(b).origin
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// What the IAM's answers mean

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
  const claims = decodeJwtClaims(context.plan.credentials['api-key'] ?? '') ?? {}
  const expiry = jwtExpiry(claims)
  return {
    headline: 'the API key was refused (invalid_grant)',
    causes: [
      ...(expiry && Date.parse(expiry) <= Date.now() ? [`the API key expired on ${expiry}`] : []),
      'the API key was revoked or expired in Identity and Access Management > API Keys, or its user was disabled or removed (the key is an offline session, which ends with them)',
      ...(target.tenantSource === 'tenant input'
        ? [
            `the key belongs to another tenant than the tenant input "${target.tenant}" (leave tenant empty: the key names its own)`
          ]
        : []),
      `the api-key holds something else than an API key: an access token, or a key issued to another client than ${API_KEY_CLIENT}`,
      IP_ALLOW_LIST
    ],
    fix: 'generate a new API key under Identity and Access Management > API Keys and store it in the secret behind the api-key input (or CX_APIKEY).'
  }
}

function clientRejected(context: VendorContext, target: Target): Diagnosis {
  if (context.plan.authMode === 'api-key') {
    return {
      headline: `the IAM refused the ${API_KEY_CLIENT} client used to exchange API keys`,
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
      target.tenantSource === 'tenant input'
        ? 'the tenant input is misspelled (it is the tenant name in the console login URL)'
        : "the API key's tenant was deleted or renamed",
      `the tenant is in another ${NAME} region than ${target.iam}`
    ],
    fix: 'check the tenant input and the region or url input.'
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
