/**
 * JFrog Platform (Xray): an access token sent as `Authorization: Bearer`, checked with one
 * GET /xray/api/v1/system/version (a 200 with `xray_version` means the token works where the scans
 * run). The token names its user in its `sub` claim (`…/users/<name>`, or the whole subject of a
 * group-scoped OIDC token, as the JFrog CLI reads it: the username output) and its scopes in `scp`
 * (the permissions output), so `required-permissions` can ask for a scope such as
 * `applied-permissions/user`; a name that no JFrog scope can be is refused before any request
 * (./required-scopes.ts). No roles.
 *
 * Each credential mode produces a `Credential` (./access-token.ts: the api-token input as given;
 * ./oidc.ts: the token GitHub OIDC's exchange gives, no stored secret) and hands it to the one check
 * (./xray.ts). With mint-token, ./mint.ts then creates a user-scoped token that lives
 * token-lifetime, and the post step revokes it.
 *
 * Sources: shared vendor notes (third round §2.2 "2. JFrog": the Bearer access token, the `sub`
 * form, JF_URL / JF_ACCESS_TOKEN from jfrog/setup-jfrog-cli), JFrog's knowledge base (the version
 * answer), Xray's recorded 401 bodies in jfrog/jfrog-cli issues 1520 and 1634 (`{"error":"Bad
 * Credentials"}`, `{"errors":[{"status":401,"message":"Bad credentials"}]}`). Assumed: that the
 * version endpoint answers authenticated callers only (jf audit's first call is this one, and
 * those issues show it refusing bad credentials), the 403 and 404 causes, and the `aud` service ids.
 */
import type { LoginResult, Plan, Vendor, VendorContext } from '../../kit/types.js'
import { ActionFailure } from '../../core/failure.js'
import { checkAccessToken, givenAccessToken, NAME } from './access-token.js'
import { exchangeGitHubIdToken, oidcProjectKey } from './oidc.js'
import { refuseImpossibleScopes } from './required-scopes.js'
import { verifyAtXray } from './xray.js'

export const jfrog: Vendor = {
  id: 'jfrog',
  name: NAME,
  location: { urlExample: 'https://acme.jfrog.io' },
  modes: [{ id: 'access-token', inputs: ['api-token'] }],
  urlEnv: ['JF_URL'],
  credentialEnv: { 'api-token': ['JF_ACCESS_TOKEN'] },
  roles: {
    kind: 'none',
    reason:
      "an access token carries scopes, not roles (its scp claim, reported as permissions). Use required-permissions with the token's scope instead, e.g. applied-permissions/user."
  },
  // An admin-scoped token administers the whole platform; a scan needs only its user's permissions.
  permissions: {
    kind: 'reported',
    administrative: {
      names: ['applied-permissions/admin'],
      narrower: 'the user (applied-permissions/user) or to the groups the scan needs'
    }
  },
  // JFrog documents no audience of its own: GitHub's default, unless the integration sets one.
  oidc: {},
  validate: (plan) => {
    checkPlatformUrl(plan)
    refuseImpossibleScopes(plan)
    if (!plan.oidc) return checkAccessToken(plan)
    oidcProjectKey()
    return []
  },

  async login(context: VendorContext): Promise<LoginResult> {
    const credential = context.plan.oidc
      ? await exchangeGitHubIdToken(context)
      : givenAccessToken(context.plan)
    return verifyAtXray(context, credential)
  },

  // Loaded only when used: a check without mint-token never parses the minting code.
  mint: async (context, login) => (await import('./mint.js')).mintAccessToken(context, login),
  logout: async (context, saved) => (await import('./mint.js')).revokeMintedToken(context, saved)
}

/** The platform URL is the root every service hangs under; a service's own path is not it. */
function checkPlatformUrl(plan: Pick<Plan, 'url'>): void {
  const url = new URL(plan.url)
  const service = /\/(artifactory|xray|access|ui)\/?$/i.exec(url.pathname)
  if (!service) return
  throw new ActionFailure(
    `The url input is the ${NAME} Platform URL, without /${service[1]!.toLowerCase()}: the action adds each service's path itself. Set url to ${plan.url.slice(0, plan.url.length - service[0].length) || url.origin}.`
  )
}
