/**
 * Where Wiz's two servers are, decided from the url or region input and, for the API, from the
 * access token itself.
 *
 * - The token server (the auth host) belongs to a Wiz environment: `region` picks it (commercial
 *   `auth.app.wiz.io`, gov `auth.gov.wiz.io`, fedramp `auth.app.wiz.us`).
 * - The API host is per data center, in the token server's environment: `https://api.<dc>.app.wiz.io`
 *   for commercial, `https://api.<dc>.gov.wiz.io` for gov (`auth.<domain>` → `api.<dc>.<domain>`,
 *   as third-party clients build it: wizsec's gov client posts to api.us1.gov.wiz.io). The access
 *   token names its data center in its `dc` claim (as every Wiz API client reads it). That claim
 *   becomes part of a host name, so only a plain DNS label is accepted: anything else could point
 *   the token at a host of the server's choosing.
 * - `url` names the API origin directly (a tenant's own endpoint, a proxy, the sandbox). Its token
 *   server is then `auth.<domain>` for a Wiz host `api.<dc>.<domain>`, and the url itself for any
 *   other host, which must serve both, as a proxy or the sandbox does.
 */
import { ActionFailure } from '../../core/failure.js'
import { text } from '../../kit/parse.js'
import type { Plan } from '../../kit/types.js'

export const NAME = 'Wiz'
export const TOKEN_PATH = '/oauth/token'
export const GRAPHQL_PATH = '/graphql'
/** The audience of Wiz's current (Cognito) token servers. */
export const AUDIENCE = 'wiz-api'

/**
 * Region → the token server of that Wiz environment. `fedramp` is Wiz for Gov (FedRAMP), whose token
 * server is auth.app.wiz.us as Wiz integration guides give it (Wiz's own documentation needs a
 * login); `gov` is Wiz on AWS GovCloud.
 */
export const REGIONS = {
  commercial: 'https://auth.app.wiz.io',
  gov: 'https://auth.gov.wiz.io',
  fedramp: 'https://auth.app.wiz.us'
}

/** Where the step asks for a token, and the API origin when the url input names it. */
export interface Target {
  auth: string
  /** Undefined when the access token's `dc` claim decides the API host. */
  api: string | undefined
}

/** One DNS label: what a data-center name (`us17`, `eu1`) is, and nothing that changes a host. */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
/** A Wiz API host: `api.<dc>.<domain>`, the domain a subdomain of wiz.io or wiz.us. */
const WIZ_API_HOST = /^api\.[a-z0-9-]+\.((?:[a-z0-9-]+\.)+wiz\.(?:io|us))$/

export function locate(plan: Pick<Plan, 'url' | 'region'>): Target {
  if (plan.region !== undefined) return { auth: plan.url, api: undefined }
  return { auth: authBaseFor(plan.url), api: plan.url }
}

/** The token server of an API url: `auth.<domain>` for a Wiz API host, else the url itself. */
export function authBaseFor(apiUrl: string): string {
  const url = new URL(apiUrl)
  const match = WIZ_API_HOST.exec(url.hostname.toLowerCase())
  if (!match) return apiUrl.replace(/(?<!\/)\/+$/, '')
  return `${url.protocol}//auth.${match[1]}${url.port ? `:${url.port}` : ''}`
}

/** The claim as a data-center name (lower case), or undefined when it is not one DNS label. */
export function dataCenterLabel(dc: unknown): string | undefined {
  if (typeof dc !== 'string') return undefined
  const label = dc.toLowerCase()
  return DNS_LABEL.test(label) ? label : undefined
}

/** A Wiz token server: `auth.<domain>`, the domain a subdomain of wiz.io or wiz.us. */
const WIZ_AUTH_HOST = /^auth\.((?:[a-z0-9-]+\.)+wiz\.(?:io|us))$/

/**
 * The API origin of a data center in the Wiz environment of the token server `authBase`:
 * `auth.<domain>` gives `api.<dc>.<domain>` (gov: api.<dc>.gov.wiz.io); commercial otherwise.
 */
export function apiForDataCenter(label: string, authBase: string = REGIONS.commercial): string {
  const domain = WIZ_AUTH_HOST.exec(new URL(authBase).hostname.toLowerCase())?.[1] ?? 'app.wiz.io'
  return `https://api.${label}.${domain}`
}

/**
 * The API origin named by the token's `dc` claim; an ActionFailure, before the token is sent
 * anywhere, when the claim is missing or not a data-center name.
 */
export function apiFromClaim(dc: unknown, tokenEndpoint: string, authBase: string): string {
  const label = dataCenterLabel(dc)
  if (label) return apiForDataCenter(label, authBase)
  const fix =
    'Fix: set url to the API endpoint of your tenant (shown in the Wiz portal under User Settings > Tenant), without /graphql, e.g. url: https://api.us17.app.wiz.io.'
  if (dc === undefined || dc === null || dc === '') {
    throw new ActionFailure(
      [
        `${NAME}: the access token from ${tokenEndpoint} names no data center (no dc claim), so the API host is unknown and the token was not sent on.`,
        fix
      ].join('\n')
    )
  }
  throw new ActionFailure(
    [
      `${NAME}: the access token from ${tokenEndpoint} names the data center "${text(dc, 64)}", which is not a plain DNS label (letters, digits and "-"), so the token was not sent on: it would choose the host it is sent to.`,
      `A genuine ${NAME} token server never issues this: check that nothing between the runner and it rewrites its answers.`,
      fix
    ].join('\n')
  )
}

/** The data-center label of a Wiz API url (`us17` in api.us17.app.wiz.io); undefined for others. */
export function dataCenterOf(apiUrl: string): string | undefined {
  const host = new URL(apiUrl).hostname.toLowerCase()
  return WIZ_API_HOST.test(host) ? host.split('.')[1] : undefined
}

/**
 * The vendor's Location.readUrl: the portal's "API Endpoint URL" (and this step's own WIZ_API_URL)
 * ends in /graphql, which the action appends itself, so a url given that way is read without it.
 */
export function readApiOrigin(given: string): { url: string; warning: string } | undefined {
  refuseWizHostOtherThanApi(given)
  if (!/\/graphql\/?$/i.test(new URL(given).pathname)) return undefined
  const url = given.replace(/\/graphql\/?$/i, '')
  return {
    url,
    warning: `The url input ${given} is the ${NAME} GraphQL endpoint; this step appends /graphql itself, so it uses ${url}. Set url: ${url} to name the API origin directly.`
  }
}

/** A host of Wiz's own domains (wiz.io, wiz.us), and its first label. */
const WIZ_HOST = /^(?:([a-z0-9-]+)\.)?(?:[a-z0-9-]+\.)*wiz\.(?:io|us)$/

/**
 * Wiz serves its API only at `api.` hosts. The portal's address (app.wiz.io) or a token server
 * (auth.app.wiz.io) given as url would have the client secret posted to a Wiz server that answers
 * no token request there, and fail with an answer that names neither mistake: say which it is now.
 */
function refuseWizHostOtherThanApi(given: string): void {
  const host = new URL(given).hostname.toLowerCase().replace(/\.$/, '')
  const match = WIZ_HOST.exec(host)
  if (!match || match[1] === 'api') return
  const what =
    match[1] === 'auth'
      ? `${NAME}'s token server, which region chooses (commercial, gov or fedramp)`
      : `a ${NAME} address that serves no API (the portal's, for app.wiz.io)`
  throw new ActionFailure(
    `The url input ${given} is ${what}; the url input names the API host of your tenant's data center. Fix: remove the url input (the access token names its data center), or set it to the API endpoint under ${NAME} > User Settings > Tenant (https://api.<dc>.app.wiz.io).`
  )
}

interface Environment {
  name: string
  wizEnv: string
}
/** Each region's environment: its name, and the job's WIZ_ENV that points wizcli there ('' for none). */
const ENVIRONMENTS: Record<keyof typeof REGIONS, Environment> = {
  commercial: { name: 'commercial Wiz', wizEnv: '' },
  gov: { name: 'Wiz on AWS GovCloud', wizEnv: 'gov' },
  fedramp: { name: 'Wiz for Gov (FedRAMP)', wizEnv: 'fedramp' }
}

/**
 * wizcli chooses its Wiz environment from the job's `WIZ_ENV`, not from `WIZ_API_URL`, which this
 * step exports: unset for commercial Wiz, `fedramp` for app.wiz.us and `gov` for gov.wiz.io
 * (Wiz's wizcli guide: without it wizcli answers "bad credentials"; wiz-sec/charts sets it the same
 * way). A step that signed in to one environment while the job points wizcli at another passes, and
 * the scan after it is refused: say so now. Only a Wiz token server of a known environment is judged
 * (a proxy or the sandbox names none), and so is only a WIZ_ENV this knows, which is then the only
 * value quoted.
 */
export function wizEnvWarning(
  authBase: string,
  env: NodeJS.ProcessEnv = process.env
): string | undefined {
  const host = new URL(authBase).hostname.toLowerCase()
  const environments = Object.entries(ENVIRONMENTS) as [keyof typeof REGIONS, Environment][]
  const [signedIn, wanted] =
    environments.find(([region]) => new URL(REGIONS[region]).hostname === host) ?? []
  const wizEnv = (env.WIZ_ENV ?? '').trim().toLowerCase()
  const [jobRegion, jobs] = environments.find(([, e]) => e.wizEnv === wizEnv) ?? []
  if (!wanted || !jobs || jobRegion === signedIn) return undefined
  const jobSays = wizEnv ? `sets WIZ_ENV=${wizEnv}` : 'does not set WIZ_ENV'
  const fix = wanted.wizEnv
    ? `Set WIZ_ENV: ${wanted.wizEnv} in the job's env`
    : "Remove WIZ_ENV from the job's env"
  return `${NAME}: this step signed in to ${wanted.name} at ${host}, but the job ${jobSays}, so wizcli in later steps will sign in to ${jobs.name} and be refused. ${fix}, or set region: ${jobRegion} if the service account is there.`
}
