/**
 * JFrog Platform (Xray): an access token sent as `Authorization: Bearer`, checked with one
 * GET /xray/api/v1/system/version (a 200 with `xray_version` means the token works where the scans
 * run). The token names its user in its `sub` claim (`…/users/<name>`: the username output) and its
 * scopes in `scp` (the permissions output), so `required-permissions` can ask for a scope such as
 * `applied-permissions/user`. No roles.
 *
 * Each credential mode produces a `Credential` (./access-token.ts: the api-token input as given) and
 * hands it to the one check (./xray.ts), so another mode adds a file here and a branch in login().
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
import { verifyAtXray } from './xray.js'

export const jfrog: Vendor = {
  id: 'jfrog',
  name: NAME,
  location: { urlExample: 'https://acme.jfrog.io' },
  modes: [{ id: 'access-token', inputs: ['api-token'] }],
  credentialEnv: { 'api-token': ['JF_ACCESS_TOKEN'] },
  roles: {
    kind: 'none',
    reason:
      "an access token carries scopes, not roles (its scp claim, reported as permissions). Use required-permissions with the token's scope instead, e.g. applied-permissions/user."
  },
  permissions: { kind: 'reported' },
  validate: (plan) => {
    checkPlatformUrl(plan)
    return checkAccessToken(plan)
  },

  async login(context: VendorContext): Promise<LoginResult> {
    return verifyAtXray(context, givenAccessToken(context.plan))
  }
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
