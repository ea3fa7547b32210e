/**
 * mint-token: an access token of the same user, never broader and never longer-lived than the one
 * the step verified (the given one, or the one the OIDC exchange gave), not refreshable, living
 * `token-lifetime`:
 *
 *   POST /access/api/v1/tokens  {"scope": "<scope>", ["audience": "<aud>",] "expires_in": <seconds>,
 *                                "refreshable": false, "force_revocable": true,
 *                                "description": "scanner-login-…"}
 *   → {"token_id": "…", "access_token": "…", "expires_in": <seconds>, "scope": "…", "token_type": "Bearer"}
 *
 * The scope is `applied-permissions/user` (the contract's) when the verified token acts with the
 * user's permissions or more (`applied-permissions/user`, `applied-permissions/admin`), and the
 * verified token's own scope otherwise (a token limited to groups asks for those groups, which a
 * platform that lets users create only user-scoped tokens refuses, failing the step with its words);
 * a token whose scope cannot be read (a reference token) is not minted from. A verified token limited
 * to some services (its `aud` claim, e.g. `jfxr@*` for Xray alone) has the minted one asked for the
 * same audience: the platform's default is `*@*`, every service. The lifetime is cut to what the
 * verified token has left. The minted token's own claims are checked against what was asked; one
 * that is broader (in scope or audience) or outlives the lifetime (a JWT without `exp` or `scp`
 * included, whatever the answer's expires_in says), or that is no JWT and so states none of them,
 * is revoked at once and the step fails.
 *
 * `force_revocable` because JFrog Access makes a token that expires sooner than its
 * revocable-expiry-threshold (6 hours by default) non-revocable: without it, a token-lifetime under
 * 6 h (or one cut to an OIDC token's hour) gives a token the post step cannot revoke (400 "Token not
 * revocable") and that lives on until it expires. JFrog's own Vault plugin sends it with every
 * expiring token for the same reason.
 *
 * The post step revokes it with DELETE /access/api/v1/tokens/{token_id}, authenticated with the
 * minted token itself (a user may revoke their own tokens), so the state carries the token (masked)
 * and its id (not masked).
 *
 * Sources: JFrog's Access Tokens REST API (create: `scope`, `expires_in`, `refreshable`,
 * `description`; its answer; "Revoke Token by ID": a token may revoke itself, 200 or 204),
 * jfrog/jfrog-client-go access/services/accesstoken.go (the JSON body), JFrog's "View and Revoke
 * Tokens" and "Revocable Expiry Threshold" pages (`force_revocable`, since Artifactory 7.50.3; the
 * 6-hour default), jfrog/vault-plugin-secrets-artifactory artifactory.go (sends `force_revocable`
 * with an expiring token; its README quotes Create Token's `audience=[Optional, default: *@*]`),
 * JFrog's "Create a User Scoped Token" (the UI's Service field limits a token to some services),
 * jfrog/jfrog-client-go#753 (a 1-hour user token: revoke answers 400 "Token not revocable").
 * Assumed: that a non-admin may create a user-scoped token for themselves up to the platform's
 * maximum expiry (a longer one is refused with 400 and `errors[].message`), that a non-admin may
 * ask for an audience no broader than the token it authenticates with, that the platform states
 * the audience asked or a narrower one (`jfxr@<id>` for `jfxr@*`), and what a platform before
 * 7.50.3 does with `force_revocable` (ignore it or refuse it: either way the step says so).
 */
import { ActionFailure, type Diagnosis } from '../../core/failure.js'
import { MINT_CLOCK_SLACK_MS, mintedTheGivenCredential } from '../../core/mint.js'
import { call } from '../../kit/endpoint.js'
import { issuedText, malformedCredential } from '../../kit/grammar.js'
import { revokeWithItself } from '../../kit/session.js'
import { durationText, mintedName, mintWithoutRevokeHandle } from '../../kit/mint.js'
import { MAX_NAMES, text } from '../../kit/parse.js'
import { isoSeconds } from '../../core/expiry.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type {
  LoginResult,
  MintContext,
  MintedCredential,
  SessionContext,
  VendorContext
} from '../../kit/types.js'
import { NAME, readTokenClaims, sameScopes, type TokenClaims } from './access-token.js'

export const TOKENS_PATH = '/access/api/v1/tokens'
const USER_SCOPE = 'applied-permissions/user'
/** JFrog token ids are UUIDs; anything else from state or an answer is not sent in a path. */
const TOKEN_ID = /^[A-Za-z0-9-]{8,128}$/

export async function mintAccessToken(
  context: MintContext,
  login: LoginResult
): Promise<MintedCredential> {
  const verified = readTokenClaims(login.token!)
  const scope = scopeToAsk(verified)
  const audience = audienceToAsk(verified)
  const lifetime = lifetimeToAsk(context, verified)
  const description = mintedName(100)
  // Its id comes only with the answer: a lost answer leaves nothing to revoke it by.
  const mayExist = `The platform may have created the token all the same: if so, its description is "${description}", and it lives ${durationText(lifetime)} unless revoked (Administration > User Management > Access Tokens).`
  const { body, token, tokenId } = await mintWithoutRevokeHandle(context, mayExist, async () => {
    const { body } = await call(context, {
      method: 'POST',
      path: TOKENS_PATH,
      headers: { authorization: `Bearer ${login.token!}` },
      json: {
        scope,
        ...(audience ? { audience } : {}),
        expires_in: lifetime,
        refreshable: false,
        force_revocable: true,
        description
      },
      creates: true,
      issuesCredentials: true,
      meanings: {
        400: mintRefused(lifetime, scope, audience),
        403: mintRefused(lifetime, scope, audience)
      }
    })
    const token = issuedBearerToken(
      context,
      body.access_token,
      `the access_token of ${TOKENS_PATH}`
    )
    const tokenId = issuedText(body.token_id)
    if (tokenId === undefined || !TOKEN_ID.test(tokenId))
      throw malformedCredential(
        `the token_id of ${TOKENS_PATH}`,
        'a token id (a UUID)',
        context.http.server
      )
    return { body, token, tokenId }
  })
  // Before checkedExpiry, whose revoke-at-once would otherwise revoke the given token.
  if (token === login.token) throw mintedTheGivenCredential(NAME, context.http.server)
  const expiresAt = await checkedExpiry(
    context,
    token,
    tokenId,
    { scope, audience, subject: verified.subject },
    lifetime,
    body.expires_in
  )
  const authHeader = `Authorization: Bearer ${token}`
  context.mask(authHeader)
  return {
    token,
    authHeader,
    env: { JF_URL: context.plan.url, JF_ACCESS_TOKEN: token },
    expiresAt,
    revoke: { secrets: { token }, ids: { tokenId } },
    description: `access token "${description}" (scope ${text(scope)}, id ${tokenId})`
  }
}

/** The scope to ask for: the user's own permissions at most, never more than the verified token's. */
function scopeToAsk(verified: TokenClaims): string {
  const scopes = verified.rawScope?.split(/\s+/).filter(Boolean) ?? []
  if (verified.kind !== 'jwt' || scopes.length === 0) {
    throw new ActionFailure(
      [
        `mint-token cannot narrow this ${NAME} token: it states no scope (a reference token, or a token without its scp claim), so a minted token might be broader than it.`,
        'Fix: give an access token (a JWT beginning "eyJ"), use GitHub OIDC (oidc-provider), or turn mint-token off.'
      ].join('\n')
    )
  }
  const userOrMore = scopes.some((s) => /^applied-permissions\/(user|admin)$/i.test(s))
  return userOrMore ? USER_SCOPE : scopes.join(' ')
}

/** An audience that lets a token reach every service (JFrog's default for a token asked without one). */
const EVERY_SERVICE = '*@*'

/**
 * The audience to ask for: the verified token's own when it is limited to some services (a token
 * made for Xray alone, `jfxr@*`); undefined when it reaches every service (`*@*`, or no aud claim,
 * which the platform reads as every service), where the platform's default is no broader. Without
 * it, JFrog's Create Token gives `*@*`, and the minted token would reach services the verified one
 * could not.
 */
function audienceToAsk(verified: TokenClaims): string | undefined {
  const { audience } = verified
  if (audience.length === 0 || audience.includes(EVERY_SERVICE)) return undefined
  return audience.join(' ')
}

/**
 * Whether a minted token's audience reaches a service outside the one asked: with an audience
 * asked, the token must state one, and each of its entries must lie within an entry asked. An
 * entry is `<service>@<instance>`, either part `*` for any: `jfxr@*` holds `jfxr@01abc`, which the
 * platform may state for it.
 */
export function broaderAudience(minted: readonly string[], asked: string | undefined): boolean {
  if (asked === undefined) return false
  const allowed = asked.split(' ').map(audienceParts)
  const within = (entry: string): boolean => {
    const [service, instance] = audienceParts(entry)
    // An entry not of that form is not known to lie within anything.
    if (instance === undefined) return false
    return allowed.some(([s, i]) => (s === '*' || s === service) && (i === '*' || i === instance))
  }
  return minted.length === 0 || !minted.every(within)
}

/** An audience entry's service and instance, in lower case (`jfrt@*` → ["jfrt", "*"]). */
function audienceParts(entry: string): [string, string | undefined] {
  const [service = '', instance] = entry.toLowerCase().split('@')
  return [service, instance]
}

/**
 * token-lifetime, cut to what the verified token has left: a minted token never outlives it (but by
 * the shortest lifetime asked, a minute, when less is left).
 */
function lifetimeToAsk(context: VendorContext, verified: TokenClaims): number {
  const { seconds, note } = mintLifetime(
    context.plan.mint!.lifetimeSeconds,
    verified.expiresAt,
    Date.now()
  )
  if (note) context.info(note)
  return seconds
}

/** The shortest lifetime asked of JFrog: a token of a few seconds is gone before a later step uses it. */
const SHORTEST_MINT_SECONDS = 60

/**
 * The lifetime to ask for, and the line that says it was cut. The line names the lifetime asked for,
 * never the time left: a runner clock ahead of the platform's can see the verified token past its
 * expiry, and "cut to -5 s" helps nobody.
 */
export function mintLifetime(
  asked: number,
  verifiedExpiresAt: string | undefined,
  now: number
): { seconds: number; note?: string } {
  if (!verifiedExpiresAt) return { seconds: asked }
  const left = Math.floor((Date.parse(verifiedExpiresAt) - now) / 1000)
  if (left >= asked) return { seconds: asked }
  const seconds = Math.max(left, SHORTEST_MINT_SECONDS)
  // Seconds short of what was asked (an exchanged OIDC token of exactly token-lifetime, a moment
  // old) are not worth a line that would read "1 h cut to 1 h".
  if (durationText(seconds) === durationText(asked)) return { seconds }
  // Under a minute left, the minute asked for outlives the verified token: the line must not claim
  // otherwise.
  const note =
    left < SHORTEST_MINT_SECONDS
      ? `token-lifetime (${durationText(asked)}) cut to ${durationText(seconds)}, the shortest this step asks for: the token this step verified expires within a minute by this runner's clock (or the runner's clock is ahead of JFrog's).`
      : `token-lifetime (${durationText(asked)}) cut to ${durationText(seconds)}: the token this step verified expires then, and a minted token never outlives it.`
  return { seconds, note }
}

/**
 * When the minted token dies, by its own exp claim (the answer's expires_in only for a token that is
 * no JWT), checked against what was asked: a token that outlives it, never expires, states no scope,
 * is broader than asked or is made out to another user than the one verified is revoked at once and
 * fails the step. One whose revoke at once fails is
 * kept for the post step to revoke, and the failure says so rather than that it was revoked.
 */
async function checkedExpiry(
  context: MintContext,
  token: string,
  tokenId: string,
  { scope, audience, subject }: { scope: string; audience: string | undefined; subject: string },
  lifetime: number,
  expiresIn: unknown
): Promise<string> {
  const claims = readTokenClaims(token)
  const latest = Date.now() + lifetime * 1000 + MINT_CLOCK_SLACK_MS
  const fromAnswer =
    typeof expiresIn === 'number' && Number.isInteger(expiresIn) && expiresIn > 0
      ? Date.now() + expiresIn * 1000
      : undefined
  // A JWT states its own terms, and the platform honours those, not the answer's words: one without
  // exp never expires (JFrog's token for expires_in 0), one without scp is not known to be as narrow
  // as asked. Create Token's access_token is always a JWT (a reference token comes only beside it,
  // as reference_token, when include_reference_token asks for one): a token that states nothing is
  // not known to be of the scope, audience or user asked, and is not handed on.
  const jwt = claims.kind === 'jwt'
  const dies = jwt ? (claims.expiresAt ? Date.parse(claims.expiresAt) : undefined) : fromAnswer
  const broader =
    jwt &&
    (claims.rawScope === undefined || !sameScopes(claims.rawScope, scope) || !!claims.scopeUnread)
  // A token that states no audience is not known to be limited to the services asked either.
  // Nor one whose aud holds entries the claims reader did not read as they are (past its bound, not
  // text, or holding control characters).
  const reachesMore =
    jwt &&
    (broaderAudience(claims.audience, audience) ||
      (audience !== undefined && !!claims.audienceUnread))
  // Made out to another user than the one this step verified: later steps would act as someone
  // the gate never judged. (The platform makes a token out to the user asking, whichever of its
  // services issued the one asking: TokenClaims.subject.)
  const otherUser = jwt && subject !== '' && claims.subject !== subject
  if (jwt && dies !== undefined && dies <= latest && !broader && !reachesMore && !otherUser)
    return new Date(dies).toISOString()
  const wrong = !jwt
    ? `that is no JWT (${claims.kind === 'reference' ? 'a reference' : 'an opaque'} token, which states no scope, audience or user of its own) where an access token of scope "${text(scope)}" was asked`
    : otherUser
      ? claims.subject === ''
        ? `that names no user where "${subject}" was verified`
        : `for the user "${claims.subject}" where "${subject}" was verified`
      : broader
        ? claims.scopeUnread
          ? `whose scope holds entries that are not text where "${text(scope)}" was asked`
          : claims.rawScope === undefined
            ? `that states no scope where "${text(scope)}" was asked`
            : `with scope "${text(claims.rawScope)}" where "${text(scope)}" was asked`
        : reachesMore
          ? claims.audienceUnread
            ? `whose audience holds entries this step does not read as the platform may (over ${MAX_NAMES}, not text, or holding control characters) where "${text(audience!)}" was asked`
            : claims.audience.length === 0
              ? `that states no audience where "${text(audience!)}" was asked`
              : `with audience "${text(claims.audience.join(' '))}" where "${text(audience!)}" was asked`
          : dies === undefined
            ? 'that states no expiry (it may never expire)'
            : `that lives past the ${durationText(lifetime)} asked`
  let outcome = 'so it was revoked at once and not handed on'
  try {
    await revokeMintedToken(context, { token, tokenId })
  } catch (error) {
    context.debug(`Could not revoke the token minted with the wrong terms: ${String(error)}`)
    // Such a token may never expire: it must not be said to be revoked, nor be left to no one.
    const expiresAt = dies === undefined || Number.isNaN(dies) ? undefined : isoSeconds(dies)
    await context.keepForRevoke({ secrets: { token }, ids: { tokenId } }, expiresAt || undefined)
    outcome = `and revoking it at once failed, so it was not handed on, and the post step revokes it (token id ${tokenId})`
  }
  throw new ActionFailure(
    `${NAME} minted a token ${wrong}, ${outcome}. A genuine platform never does this: check that the url input points at the real server.`
  )
}

function mintRefused(lifetime: number, scope: string, audience: string | undefined): Diagnosis {
  return {
    headline: 'the platform refused to create a token for later steps',
    causes: [
      `token-lifetime (${durationText(lifetime)}) is longer than the platform lets this user give a token (Administration > User Management > Settings: the maximum expiry for non-admin users)`,
      scope === USER_SCOPE
        ? 'the user may not create tokens for themselves on this platform'
        : `the verified token is limited to "${text(scope)}", and the platform lets users create only tokens with their own user scope (broader than the verified token, so not asked for): give a token scoped to the user, or turn mint-token off`,
      ...(audience
        ? [
            `the verified token is limited to the services "${text(audience)}", and the platform would not give this user a token limited the same way (one for every service is not asked for, being broader): give a token for every service, or turn mint-token off`
          ]
        : []),
      'the platform is older than Artifactory 7.50.3 and does not know force_revocable, which the step sends so that the post step can revoke a token shorter-lived than 6 hours'
    ],
    fix: 'set token-lifetime within the platform maximum, or turn mint-token off to hand later steps the verified token itself.'
  }
}

/** The post step: the minted token revokes itself by id. */
export async function revokeMintedToken(
  context: SessionContext,
  saved: Record<string, string>
): Promise<void> {
  const tokenId = saved.tokenId ?? ''
  if (!TOKEN_ID.test(tokenId))
    throw new Error('the saved token id is not a JFrog token id; nothing was sent.')
  await revokeWithItself(context, NAME, {
    path: `${TOKENS_PATH}/${encodeURIComponent(tokenId)}`,
    token: saved.token,
    what: 'access token',
    byHand: `Administration > User Management > Access Tokens, id ${tokenId}`,
    // JFrog's answer for a token shorter-lived than its revocable-expiry-threshold, created without
    // force_revocable (a platform before 7.50.3 ignores it).
    badRequestCause:
      'the platform made the token non-revocable: it expires sooner than its revocable-expiry-threshold (6 hours by default), and a platform before Artifactory 7.50.3 ignores force_revocable'
  })
}
