/**
 * Prisma Cloud (Cloud Security / CSPM API, with Code Security behind the same keys): an access key
 * ID and secret are traded at POST /login (JSON `{username, password}`) for a JWT that lasts ten
 * minutes and is sent as `x-redlock-auth`; GET /user/me then names the user and its roles. Each
 * tenant lives on one of the regional stacks (`api.prismacloud.io`, `api2.eu.prismacloud.io`, ...),
 * and a key works only on its own stack.
 *
 * - Roles: /user/me lists `roles[]` with their `name` and `type` (the role type: System Admin,
 *   Build and Deploy Security, ...). The names are the roles; the types are other spellings of the
 *   same roles, so `required-roles` matches either; a profile that names no role reports its types.
 * - The login answer's `customerNames[].customerName` is the tenant: the `organization` output.
 *
 * Sources: vendors-third §2.2 "6. Prisma Cloud"; Prisma Cloud's API reference (pan.dev: Login and
 * User Profile OpenAPI specs, API URLs, Error Responses: the `x-redlock-status` header); Palo Alto's
 * Go client (prisma-cloud-go: the login body and answer, role types). Checkov reads `BC_API_KEY`
 * (`<access key>::<secret>`) and `PRISMA_API_URL`. Assumed: the bodies of error answers (often
 * none: the header carries the reason) and that a key of another stack gets the same 401.
 */
import { ActionFailure, answeredInItsPlace } from '../../core/failure.js'
import { isoSeconds } from '../../core/expiry.js'
import type { Identity, RoleAlias } from '../../core/identity.js'
import { call, checkIdentity, note } from '../../kit/endpoint.js'
import { decodeJwtClaims, jwtExpiry } from '../../kit/jwt.js'
import { deniedEntry, firstText, isObject, MAX_NAMES, names, type Json } from '../../kit/parse.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { LoginResult, Vendor, VendorContext } from '../../kit/types.js'
import {
  loginRejected,
  NAME,
  prismaText,
  profileForbidden,
  profileGone,
  tokenRejected
} from './meanings.js'

const LOGIN_PATH = '/login'
const PROFILE_PATH = '/user/me'
/** The login token's documented lifetime. */
const TOKEN_LIFETIME_MS = 10 * 60 * 1000

/**
 * The stacks of Prisma Cloud's API URL table, named after their consoles (app2.eu → eu2): the
 * contract's fourteen, then Indonesia and China, which the table also lists (pan.dev "API URLs").
 */
export const REGIONS: Readonly<Record<string, string>> = {
  app: 'https://api.prismacloud.io',
  app2: 'https://api2.prismacloud.io',
  app3: 'https://api3.prismacloud.io',
  app4: 'https://api4.prismacloud.io',
  eu: 'https://api.eu.prismacloud.io',
  eu2: 'https://api2.eu.prismacloud.io',
  ...Object.fromEntries(
    ['anz', 'ca', 'sg', 'uk', 'ind', 'jp', 'fr', 'gov'].map((name) => [
      name,
      `https://api.${name}.prismacloud.io`
    ])
  ),
  id: 'https://api.id.prismacloud.io',
  cn: 'https://api.prismacloud.cn'
}

/** A console host (`app`, `app2`, … under Prisma Cloud's own domains): its API host is beside it. */
const CONSOLE_HOST = /^app(\d*\.(?:[a-z0-9-]+\.)*prismacloud\.(?:io|cn))$/

/**
 * The vendor's Location.readUrl: a console URL (`https://app2.eu.prismacloud.io`, what the browser
 * shows) is read as its stack's API URL (`https://api2.eu.prismacloud.io`), as Checkov reads
 * PRISMA_API_URL (bridgecrewio/checkov checkov/common/util/http_utils.py normalize_prisma_url:
 * `//app` becomes `//api`), without the console page's path, with a warning naming both; undefined
 * for any other url. Only under Prisma Cloud's own domains: elsewhere the `api` sibling of a host
 * may have another owner.
 */
export function readApiUrl(given: string): { url: string; warning: string } | undefined {
  const url = new URL(given)
  const consoleHost = CONSOLE_HOST.exec(url.hostname)
  if (!consoleHost) return undefined
  url.hostname = `api${consoleHost[1]!}`
  // The path of a console URL names a page of the console (/alerts/overview), never a prefix of the
  // API, which every stack serves at its host's root (pan.dev "Prisma Cloud API URLs").
  url.pathname = '/'
  const read = url.toString().replace(/(?<!\/)\/+$/, '')
  return {
    url: read,
    warning: `The url input ${given} is a ${NAME} console, whose API is ${read}: as Checkov does with PRISMA_API_URL, this step uses ${read}. Set url: ${read} (or the region input) to name the API directly.`
  }
}

export const prismaCloud: Vendor = {
  id: 'prisma-cloud',
  name: NAME,
  location: {
    defaultUrl: REGIONS.app!,
    regions: REGIONS,
    defaultRegion: 'app',
    readUrl: readApiUrl
  },
  modes: [{ id: 'access-key', inputs: ['access-key', 'secret-key'] }],
  urlEnv: ['PRISMA_API_URL'],
  credentialEnv: { 'access-key': ['PRISMA_ACCESS_KEY'], 'secret-key': ['PRISMA_SECRET_KEY'] },
  roles: {
    kind: 'names',
    administrative: {
      names: ['System Admin'],
      narrower: 'a role of type Build and Deploy Security'
    }
  },
  permissions: {
    kind: 'none',
    reason:
      'Prisma Cloud reports roles (permission groups), not individual permissions. Use required-roles instead, with a role name or a role type (e.g. "Build and Deploy Security").'
  },
  explainCredentials: (given) => explainCheckovKey(given),

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const accessKey = plan.credentials['access-key']!
    const secretKey = plan.credentials['secret-key']!
    // The token's lifetime counts from when it was issued: counting from before the request keeps
    // the reported expiry from being later than the real one.
    const requestedAt = Date.now()
    const { response, body } = await call(context, {
      method: 'POST',
      path: LOGIN_PATH,
      json: { username: accessKey, password: secretKey },
      // Issues a token: never sent twice once it may have reached the server.
      creates: true,
      issuesCredentials: true,
      meanings: { 401: loginRejected(context) },
      vendorText: prismaText
    })
    if (body.token === undefined || body.token === '') {
      // A host the step chose itself is the API already: what answered is in between.
      const inPlace = answeredInItsPlace(context.http.server, `the ${NAME} API`)
      throw new ActionFailure(
        [
          `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a token, so the access key could not be verified.`,
          inPlace.fromInput
            ? `Fix: set the region input (${Object.keys(REGIONS).join(', ')}) instead of url, or check the url input.`
            : `Fix: check ${inPlace.check}.`
        ].join('\n')
      )
    }
    const token = issuedBearerToken(context, body.token, `the token from ${response.endpoint}`)
    const expiresAt = tokenExpiry(token, requestedAt)
    const organization = names(body.customerNames, ['customerName']).join(', ')

    const { identity } = await checkIdentity(
      context,
      {
        method: 'GET',
        path: PROFILE_PATH,
        headers: { 'x-redlock-auth': token },
        meanings: { 400: profileGone, 401: tokenRejected, 403: profileForbidden },
        vendorText: prismaText
      },
      parseProfile
    )
    identity.organization = organization
    const checkovKey = `${accessKey}::${secretKey}`
    context.mask(checkovKey)
    const expiry = note('Token expires', `${expiresAt} (a login token lasts ten minutes)`)
    context.info(`${expiry.label}: ${expiry.value}`)
    return {
      identity,
      authHeader: `x-redlock-auth: ${token}`,
      token,
      expiresAt,
      env: {
        PRISMA_API_URL: plan.url,
        PRISMA_ACCESS_KEY: accessKey,
        PRISMA_SECRET_KEY: secretKey,
        BC_API_KEY: checkovKey
      },
      notes: [expiry]
    }
  }
}

/**
 * The one mix-up the inputs show by themselves: Checkov's `BC_API_KEY` form
 * (`<access key>::<secret>`) pasted into access-key (or secret-key), most often with the other input
 * left empty, which would otherwise read as "secret-key is empty". Neither part of a key pair holds
 * "::". The value is not quoted, since it holds the secret.
 */
export function explainCheckovKey(
  given: Partial<Record<'access-key' | 'secret-key', string>>
): string | undefined {
  const input = (['access-key', 'secret-key'] as const).find((name) => given[name]?.includes('::'))
  if (!input) return undefined
  return [
    `The ${input} input holds "<access key>::<secret>", the BC_API_KEY form Checkov reads; ${NAME} logs in with the two parts apart.`,
    'Fix: put the access key ID (before "::") into the secret behind access-key and the secret (after "::") into the one behind secret-key (or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY).'
  ].join('\n')
}

/**
 * The token's expiry: ten minutes after the request, or the token's own `exp` claim when that is
 * earlier (read, not verified: the token came straight from the login answer).
 */
export function tokenExpiry(token: string, requestedAt: number): string {
  const documented = isoSeconds(requestedAt + TOKEN_LIFETIME_MS)
  const claims = decodeJwtClaims(token)
  const claimed = claims ? jwtExpiry(claims) : undefined
  // Both are written YYYY-MM-DDTHH:MM:SSZ, so they compare as text.
  return claimed && claimed < documented ? claimed : documented
}

/**
 * Reads /user/me. Role names are the roles and their types other spellings of them; a profile
 * without named roles (the older single-role shape has only `roleType`) reports its types.
 */
export function parseProfile(body: Json): Identity {
  const roleEntries = Array.isArray(body.roles) ? body.roles : []
  const named = names(roleEntries, ['name'])
  const types = [
    ...new Set([
      ...names(roleEntries, ['type']),
      ...names(isObject(body.activeRole) ? [body.activeRole] : [], ['type']),
      ...names(body.roleType)
    ])
  ]
  const roleAliases = named.length
    ? typesOfNamedRoles(roleEntries, body.activeRole, named, types)
    : []
  const email = firstText(body, ['email'])
  const fullName = [firstText(body, ['firstName']), firstText(body, ['lastName'])]
  return {
    userId: '',
    // A service account has no e-mail (it is created with a name, an access key and a role), and
    // GET /user/me documents no username field: its display name is the name it goes by.
    username: firstText(body, ['username']) || email || firstText(body, ['displayName']),
    displayName: firstText(body, ['displayName']) || fullName.filter(Boolean).join(' '),
    email,
    roles: named.length ? named : types,
    roleAliases,
    permissions: undefined,
    organization: ''
  }
}

/**
 * Each named role's type is another spelling of that role (allowed-roles accepts the role by
 * either). A type the profile ties to no held role (the older single-role shape's roleType beside
 * named roles) is kept with no role: it still meets required-roles, but vouches for no role.
 */
function typesOfNamedRoles(
  entries: readonly unknown[],
  activeRole: unknown,
  named: readonly string[],
  types: readonly string[]
): RoleAlias[] {
  const aliases: RoleAlias[] = []
  for (const entry of [...entries, activeRole]) {
    // An entry the answer says is not held lends its type to no role, as names() skips it.
    if (!isObject(entry) || deniedEntry(entry)) continue
    const of = firstText(entry, ['name'])
    const alias = firstText(entry, ['type'])
    if (!alias || !named.includes(of)) continue
    if (!aliases.some((known) => known.alias === alias && known.of === of))
      aliases.push({ alias, of })
  }
  const tied = new Set(aliases.map((entry) => entry.alias))
  // Bounded as the role names are: three lists of types and one of entries could each bring that many.
  return [
    ...aliases,
    ...types.filter((type) => !tied.has(type)).map((alias) => ({ alias, of: '' }))
  ].slice(0, MAX_NAMES)
}
