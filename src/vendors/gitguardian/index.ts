/**
 * GitGuardian: a personal access token or service-account token sent as `Authorization: Token …`
 * and read with one GET /v1/api_tokens/self, which describes the token itself:
 * `{id, name, workspace_id, type, status, created_at, last_used_at, expire_at, revoked_at,
 * member_id, creator_id, scopes}`.
 *
 * - The answer is about the token, not a person: `member_id` is the member a personal token belongs
 *   to (none for a service account), `name` is the token's name. So the check names no user by
 *   design; its success signal is an `id` and `status` "active".
 * - `scopes` are what the token may do (`scan`, `incidents:read`, ...): the permissions output, so
 *   required-permissions works. There are no roles.
 * - `expire_at` is the token's own expiry (null: it never expires), reported as `expires-at` and
 *   judged against expiry-warning-days.
 * - A bad key is 401 {"detail":"Invalid API key."} with `WWW-Authenticate: Token`; the cloud has a
 *   US and an EU instance with separate accounts, and a self-hosted instance serves its API under
 *   `/exposed` beside its dashboard. The url input is read as ggshield reads GITGUARDIAN_API_URL
 *   (apiUrl below): a dashboard url or a trailing /v1 is rewritten, with a warning.
 *
 * Sources: GitGuardian's py-gitguardian (client.py `Authorization: Token`, models.py
 * APITokensResponseSchema, the recorded /v1/health cassettes) and ggshield (url_utils.py: SaaS
 * `dashboard.` / `api.` hosts, the EU instance api.eu1.gitguardian.com, self-hosted `/exposed`;
 * client.py: api_tokens/self is read with any token to check its scopes, so it needs no scope of
 * its own). Assumed: that a key of the other cloud instance is answered like any unknown key (401),
 * what a 403 there means (an IP allow-list), and that the server answers 401 rather than 200 for a
 * revoked or expired token; a 200 whose status is not "active" is refused all the same.
 */
import {
  ActionFailure,
  answeredInItsPlace,
  type Diagnosis,
  type ServerChoice
} from '../../core/failure.js'
import { normaliseExpiry } from '../../core/expiry.js'
import type { Identity } from '../../core/identity.js'
import { checkIdentity, note, regionCause, type Answer } from '../../kit/endpoint.js'
import { firstPresent, firstText, isObject, names, text, type Json } from '../../kit/parse.js'
import type { LoginResult, Note, Vendor, VendorContext } from '../../kit/types.js'
import { isLoopbackHost } from '../../net/proxy.js'

const NAME = 'GitGuardian'
export const TOKEN_PATH = '/v1/api_tokens/self'
export const REGIONS = { us: 'https://api.gitguardian.com', eu: 'https://api.eu1.gitguardian.com' }
const DEFAULT_URL = REGIONS.us
const TOKEN_PAGES =
  'API > Personal access tokens (or Service accounts) in the GitGuardian dashboard'

const RENEW_TOKEN = `create a new token under ${TOKEN_PAGES} and put it into the secret behind the api-key input (or GITGUARDIAN_API_KEY); set region (us, eu) to the instance the token was created on.`

/** How each `type` of api_tokens/self reads in the log. */
const TOKEN_TYPES: Readonly<Record<string, string>> = {
  personal_access_token: 'personal access token',
  service_account: 'service account token'
}

/** The 401: the other instance first, since a token works only on the one it was created on. */
export function rejected(context: VendorContext): Diagnosis {
  return {
    headline: 'the API key was rejected',
    causes: [
      ...regionCause(context),
      'the token was revoked, or reached its expiry date',
      'the token belongs to a self-hosted GitGuardian instance, or that instance’s token to the cloud (set url to the instance’s API, https://<host>/exposed)',
      'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
    ],
    fix: RENEW_TOKEN
  }
}

/** A 200 whose `status` is not active: GitGuardian itself says the token is not usable. */
export function notActive(status: string): Diagnosis {
  const known: Readonly<Record<string, string>> = {
    expired: 'the token expired (GitGuardian reports its status as expired)',
    revoked: 'the token was revoked (GitGuardian reports its status as revoked)'
  }
  return {
    headline: 'the API key is not active',
    causes: [
      Object.hasOwn(known, status)
        ? known[status]!
        : // Cut by text(), which keeps surrogate pairs whole and marks the cut (a slice did neither).
          `GitGuardian reports the token's status as "${text(status, 40)}", not active`
    ],
    fix: RENEW_TOKEN
  }
}

/** Assumed: api_tokens/self needs no scope, so a 403 comes from the workspace's own restrictions. */
function forbidden(server: ServerChoice): Diagnosis {
  // A region's host has no url input in front of it: a proxy that refused sits in between.
  const proxy = server.urlFromInput
    ? 'a proxy or gateway in front of the url input refused the request'
    : `a proxy or gateway between the runner and ${new URL(server.url).host} refused the request`
  return {
    headline: 'the API key is valid but GitGuardian refused the request',
    causes: [
      'the workspace restricts API access to an IP allow-list that does not include this runner',
      proxy
    ],
    fix: 'ask a workspace manager to allow the runner’s address in the workspace’s IP allow-list, or run the step on a runner whose address is allowed.'
  }
}

/**
 * The url was already read as ggshield reads it (apiUrl): a dashboard host or /v1 is no cause. A
 * region's host is the API itself, which serves api_tokens/self: a 404 there came from something
 * between the runner and it, and no url input is there to correct.
 */
function notFound(server: ServerChoice): Diagnosis {
  const inPlace = answeredInItsPlace(server, 'the GitGuardian API')
  if (!inPlace.fromInput) {
    return {
      headline: 'the endpoint was not found',
      causes: [inPlace.cause],
      fix: `check ${inPlace.check}.`
    }
  }
  return {
    headline: 'the url input does not lead to the GitGuardian API',
    causes: [
      'the url input names a server that is not GitGuardian, or a proxy that does not pass the API’s paths on',
      'a self-hosted instance serves its API under /exposed beside its dashboard: the url input names another path (a loopback url, such as a tunnel, is used as given, so it must end in /exposed itself)'
    ],
    fix: 'leave url empty and set region (us, eu) for GitGuardian’s cloud, or set url to a self-hosted instance’s dashboard or API, e.g. https://gitguardian.example.com/exposed.'
  }
}

/** 200 with a `status` other than active is refused; without any status, it is not the API. */
function inactive({ body }: Answer): Diagnosis | undefined {
  const status = isObject(body) ? text(body.status) : ''
  return status && status !== 'active' ? notActive(status) : undefined
}

/** The documented success signal: the token's id, and its status active. */
const active = (body: Json): boolean =>
  firstText(body, ['id']) !== '' && text(body.status) === 'active'

export const gitguardian: Vendor = {
  id: 'gitguardian',
  name: NAME,
  location: {
    defaultUrl: DEFAULT_URL,
    regions: REGIONS,
    defaultRegion: 'us',
    urlExample: 'https://gitguardian.example.com/exposed',
    readUrl: readApiUrl
  },
  modes: [{ id: 'api-key', inputs: ['api-key'] }],
  // ggshield reads GITGUARDIAN_INSTANCE (a dashboard URL, read here as its API URL) before
  // GITGUARDIAN_API_URL (GitGuardian/ggshield ggshield/core/config/config.py).
  urlEnv: ['GITGUARDIAN_API_URL', 'GITGUARDIAN_INSTANCE'],
  toolsReadFirst: { GITGUARDIAN_API_URL: ['GITGUARDIAN_INSTANCE'] },
  urlEnvFromUrl: { GITGUARDIAN_INSTANCE: dashboardUrl },
  credentialEnv: { 'api-key': ['GITGUARDIAN_API_KEY'] },
  roles: {
    kind: 'none',
    reason: `GET ${TOKEN_PATH} describes the token, not its owner's role (a service account has no owner at all). Use required-permissions with the token's scopes (e.g. scan) instead.`
  },
  // No `known` list: GitGuardian adds scopes with its features (scan:create-incidents,
  // nhi:send-inventory, …), so an unknown name is left to the gate ("lacks"); see the README.
  permissions: { kind: 'reported' },

  async login(context: VendorContext): Promise<LoginResult> {
    const { plan } = context
    const apiKey = plan.credentials['api-key']!
    const authorization = `Token ${apiKey}`
    context.mask(authorization)
    // The answer names a token, not a user: its own signal (id, status active) is the proof.
    const { identity, body } = await checkIdentity(
      context,
      {
        method: 'GET',
        path: TOKEN_PATH,
        headers: { authorization },
        meanings: {
          200: inactive,
          401: () => rejected(context),
          403: forbidden(context.http.server),
          404: notFound(context.http.server)
        }
      },
      parseToken,
      { anonymous: true, isSuccess: active }
    )

    const expireAt = firstPresent(body, ['expire_at'])
    const credentialExpiresAt = normaliseExpiry(expireAt)
    const notes: Note[] = [note('Token', tokenDescription(body))]
    if (!credentialExpiresAt) {
      notes.push(
        note(
          'Token expiry',
          expireAt === undefined
            ? 'none: the token never expires'
            : 'reported in a form this step cannot read, so it is not checked'
        )
      )
    }
    const workspace = firstText(body, ['workspace_id'])
    if (workspace) notes.push(note('Workspace', workspace))
    for (const n of notes) context.info(`${n.label}: ${n.value}`)

    return {
      identity,
      authHeader: `Authorization: ${authorization}`,
      ...(credentialExpiresAt ? { credentialExpiresAt } : {}),
      // ggshield reads GITGUARDIAN_API_URL; the default instance needs none.
      env: {
        GITGUARDIAN_API_KEY: apiKey,
        ...(plan.url === DEFAULT_URL ? {} : { GITGUARDIAN_API_URL: plan.url })
      },
      notes
    }
  }
}

/**
 * Reads api_tokens/self. The token's name is the display name; the member a personal token belongs
 * to is the user id (a service account has none). Scopes are the permissions.
 */
export function parseToken(body: Json): Identity {
  const scopes = firstPresent(body, ['scopes'])
  return {
    userId: firstText(body, ['member_id']),
    username: '',
    displayName: firstText(body, ['name']),
    email: '',
    roles: undefined,
    permissions: Array.isArray(scopes) ? names(scopes) : undefined,
    organization: ''
  }
}

/** The token's kind and name, for the log; a type the table does not own is quoted as reported. */
export function tokenDescription(body: Json): string {
  const type = firstText(body, ['type'])
  // Own keys only: a server answering "constructor" or "toString" must not print a built-in.
  const kind = Object.hasOwn(TOKEN_TYPES, type)
    ? TOKEN_TYPES[type]!
    : type
      ? `${type} (as GitGuardian reports it)`
      : 'token'
  const name = firstText(body, ['name'])
  return name ? `${kind} "${name}"` : kind
}

/**
 * The API URL ggshield uses for this one as GITGUARDIAN_API_URL (url_utils.py at eaa3e43:
 * clean_url, api_to_dashboard_url, then dashboard_to_api_url), and why it differs:
 * - a trailing /v1 is dropped (ggshield warns "Unexpected /v1 path");
 * - the cloud's hosts (is_saas_netloc: a first label `dashboard`, `api`, `dashboard-…` or `api-…`
 *   under gitguardian.com or gitguardian.tech) take no path, and a dashboard host means the API
 *   host beside it, `dashboard` replaced by `api`;
 * - any other host is a self-hosted instance, whose API is under /exposed beside the dashboard:
 *   /exposed is added when the path does not end in it. Not for a loopback url (the sandbox, a
 *   tunnel), which is used as given.
 * A cloud url with a path is refused, as ggshield refuses it.
 */
export function apiUrl(given: string): { url: string; reasons: string[] } {
  const url = new URL(given)
  const reasons: string[] = []
  let path = url.pathname.replace(/\/$/, '')
  if (path.endsWith('/v1')) {
    path = path.slice(0, -'/v1'.length)
    reasons.push('ends in /v1 (this step adds it to every request)')
  }
  if (isCloudHost(url.host)) {
    const api = url.hostname.replace(/^dashboard/, 'api')
    if (path) {
      throw new ActionFailure(
        `The url input (${given}) names GitGuardian's cloud, whose API takes no path (ggshield refuses it too). Fix: leave url empty and set region (us, eu), or set url: https://${api}.`
      )
    }
    if (api !== url.hostname) {
      url.hostname = api
      reasons.unshift('names the GitGuardian dashboard, not its API')
    }
  } else if (!isLoopbackHost(url.hostname) && !path.endsWith('/exposed')) {
    path += '/exposed'
    reasons.unshift('names a self-hosted GitGuardian dashboard (its API is under /exposed)')
  }
  url.pathname = path || '/'
  return { url: url.toString().replace(/(?<!\/)\/+$/, ''), reasons }
}

/**
 * The dashboard URL whose API is `api` (this step's url), as GITGUARDIAN_INSTANCE takes it: ggshield
 * turns a cloud dashboard host into its API host (`dashboard` → `api`) and adds /exposed to any
 * other (GitGuardian/ggshield ggshield/core/url_utils.py dashboard_to_api_url), so the API url
 * itself there would name /exposed/exposed on a self-hosted instance.
 */
export function dashboardUrl(api: string): string {
  const url = new URL(api)
  if (isCloudHost(url.host)) return `${url.protocol}//${url.host.replace(/^api/, 'dashboard')}`
  return api.replace(/\/exposed\/?$/, '')
}

function isCloudHost(host: string): boolean {
  if (!/\.gitguardian\.(com|tech)$/.test(host)) return false
  const first = host.split('.', 1)[0]!
  return /^(dashboard|api)(-|$)/.test(first)
}

/**
 * The vendor's Location.readUrl: the API URL ggshield would use for the url input, with a warning
 * naming both; undefined when it is the one given. Later steps get it as GITGUARDIAN_API_URL.
 */
export function readApiUrl(given: string): { url: string; warning: string } | undefined {
  const { url, reasons } = apiUrl(given)
  if (url === given) return undefined
  return {
    url,
    warning: `The url input ${given} ${reasons.join(' and ')}: as ggshield does, this step uses ${url}. Set url: ${url} to name the API directly.`
  }
}
