/**
 * Where Checkmarx One's token server (its IAM) is, and which tenant (realm) to ask, decided before
 * any request. The IAM is always derived from the url or region; the API key's own realm claim
 * (`aud`, as Checkmarx's CLI reads it, else `iss`) only names the tenant and, when no url or region
 * is given, picks the region. A key whose realm is on another server than that IAM is refused,
 * since its claims are not verified.
 */
import { ActionFailure } from '../../core/failure.js'
import { decodeJwtClaims, looksLikeJwt } from '../../kit/jwt.js'
import { text } from '../../kit/parse.js'
import type { CredentialInput, Plan } from '../../kit/types.js'

export const NAME = 'Checkmarx One'
/**
 * The client Checkmarx's CLI exchanges an API key with when the key names none: the CLI sends the
 * key's own `azp` claim (`ide-integration` for keys stored by `cx auth login`), and Keycloak refuses
 * a refresh token presented by another client than the one it was issued to.
 */
const API_KEY_CLIENT = 'ast-app'

/** The client an API key was issued to (its `azp` claim), else `ast-app`. */
export function apiKeyClient(apiKey: string): string {
  const azp = looksLikeJwt(apiKey) ? decodeJwtClaims(apiKey)?.azp : undefined
  return typeof azp === 'string' && azp.trim() !== '' ? azp.trim() : API_KEY_CLIENT
}

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

/** The IAM base URL, the tenant (realm), where the tenant came from, and warnings for the log. */
export interface Target {
  iam: string
  tenant: string
  /** The tenant input, the variable it was read from (CX_TENANT), or the API key's own realm. */
  tenantSource: 'tenant input' | 'CX_TENANT' | "API key's issuer"
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
  if (mapped === undefined) return apiUrl.replace(/(?<!\/)\/+$/, '')
  return `${url.protocol}//${mapped}${url.port ? `:${url.port}` : ''}`
}

/**
 * `{iam}/auth/realms/{tenant}` from a key's `aud` claim (the one Checkmarx's CLI reads, in
 * `GetRealmURL`), else its `iss` (in Keycloak's offline tokens both name the realm); undefined when
 * the key names none. The realm is lower-cased, as the CLI lower-cases the tenant.
 */
export function issuerOf(apiKey: string): { origin: string; realm: string } | undefined {
  if (!looksLikeJwt(apiKey)) return undefined
  const claims = decodeJwtClaims(apiKey)
  const audiences = Array.isArray(claims?.aud) ? claims.aud : [claims?.aud]
  for (const claim of [...audiences, claims?.iss]) {
    const realm = typeof claim === 'string' ? realmUrl(claim) : undefined
    if (realm) return realm
  }
  return undefined
}

function realmUrl(claim: string): { origin: string; realm: string } | undefined {
  const match = /^(https?:\/\/[^/?#]+)(?:\/[^?#]*)?\/auth\/realms\/([^/?#]+)$/i.exec(claim.trim())
  if (!match) return undefined
  try {
    return { origin: new URL(match[1]!).origin, realm: decodeURIComponent(match[2]!).toLowerCase() }
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
  // Checkmarx's CLI lower-cases the tenant before building the realm URL (`addTenantAuthURI`), and
  // Keycloak looks realms up case-sensitively: `tenant: Acme` must reach realm `acme` here too.
  const given = plan.options.tenant ?? ''
  if (given) checkRealmName(given, 'The tenant input')
  const tenantInput = given.toLowerCase()
  const fromEnv = plan.optionsFromEnv?.tenant !== undefined
  const givenTenant = (): Target => ({
    iam,
    tenant: tenantInput,
    tenantSource: fromEnv ? 'CX_TENANT' : 'tenant input',
    warnings
  })

  if (plan.authMode === 'oauth-client') {
    if (!tenantInput) {
      throw new ActionFailure(
        [
          `The tenant input is required with a ${NAME} OAuth client (client-id and client-secret): the client belongs to one tenant, whose realm issues its token.`,
          'Fix: set tenant (or CX_TENANT) to the tenant name shown in the Checkmarx One console (the name in its login URL), e.g. tenant: acme.'
        ].join('\n')
      )
    }
    return givenTenant()
  }

  const apiKey = plan.credentials['api-key'] ?? ''
  warnings.push(...apiKeyWarnings(apiKey))
  const issuer = issuerOf(apiKey)
  if (issuer) checkIssuer(plan, issuer.origin, iam)
  // A CX_TENANT of the job (an earlier step of this action exports it) that names another tenant
  // than the key's own realm belongs to another key: the key can only be exchanged at its realm.
  if (tenantInput && fromEnv && issuer && issuer.realm !== tenantInput) {
    checkRealmName(issuer.realm, "The API key's issuer")
    warnings.push(
      `CX_TENANT names the tenant "${tenantInput}", but the api-key belongs to "${issuer.realm}", so the key's own tenant is used (the tenant input is empty; an earlier step of the job may have exported CX_TENANT).`
    )
    return { iam, tenant: issuer.realm, tenantSource: "API key's issuer", warnings }
  }
  if (tenantInput && issuer && issuer.realm !== tenantInput) {
    // The contract lets the input override the key's realm, but Keycloak exchanges a key only at
    // the realm that issued it: say so before the refusal, whose words point at the key instead.
    warnings.push(
      `The tenant input is "${tenantInput}", but the api-key belongs to the tenant "${text(issuer.realm).slice(0, 80)}" (its realm claim), and ${NAME} exchanges a key only at its own tenant, so expect it to be refused. Fix: remove the tenant input (the key names its tenant itself), or use an API key of ${tenantInput}.`
    )
  }
  if (tenantInput) return givenTenant()
  if (!issuer && !looksLikeJwt(apiKey)) {
    // Every Checkmarx One API key is a JWT that names its tenant: a value that is not one is a
    // wrongly copied secret far more often than a key that needs the tenant input.
    throw new ActionFailure(
      [
        `The api-key input does not look like a ${NAME} API key, which is a JWT (three dot-separated parts beginning "eyJ") that names its tenant, so nothing was sent.`,
        'Fix: copy the whole key from Identity and Access Management > API Keys into the secret behind api-key (or CX_APIKEY), without quotes or spaces around it.'
      ].join('\n')
    )
  }
  if (!issuer) {
    throw new ActionFailure(
      [
        `The tenant input is required here: the api-key names no ${NAME} tenant (neither its "aud" nor its "iss" claim is an IAM realm URL).`,
        'Fix: set tenant (or CX_TENANT) to the tenant name, and check that api-key holds a Checkmarx One API key.'
      ].join('\n')
    )
  }
  checkRealmName(issuer.realm, "The API key's issuer")
  return { iam, tenant: issuer.realm, tenantSource: "API key's issuer", warnings }
}

/** A key that is not a JWT, or an access token given as a key, is sent all the same, with a word. */
function apiKeyWarnings(apiKey: string): string[] {
  if (!looksLikeJwt(apiKey)) {
    return [
      `The api-key input does not look like a ${NAME} API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the whole key from Identity and Access Management > API Keys.`
    ]
  }
  if (decodeJwtClaims(apiKey)?.typ === 'Bearer') {
    return [
      `The api-key input holds a ${NAME} access token (valid for minutes), not an API key: the exchange will likely be refused. Generate an API key under Identity and Access Management > API Keys.`
    ]
  }
  return []
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
function checkRealmName(tenant: string, what: string): void {
  if (tenant === '.' || tenant === '..' || !/^[A-Za-z0-9._~-]{1,255}$/.test(tenant)) {
    throw new ActionFailure(
      `${what} names the tenant "${text(tenant).slice(0, 80)}", which is not a ${NAME} tenant name (letters, digits, ".", "_", "~" and "-" only), e.g. tenant: acme.`
    )
  }
}
