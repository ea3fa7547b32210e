/**
 * mint-token: a global analysis token (`sqa_`: its owner's analysis permissions only, unlike the
 * user token a step is usually given), named for this run, expiring the day token-lifetime ends:
 *
 *   POST /api/user_tokens/generate  name=scanner-login-…&type=GLOBAL_ANALYSIS_TOKEN&expirationDate=YYYY-MM-DD
 *   → {"login", "name", "token", "createdAt", "type", "expirationDate"}
 *
 * and revoked by name in the post step with POST /api/user_tokens/revoke, authenticated with the
 * token the step was given (an input: an analysis token cannot use the token API, so the minted one
 * could not revoke itself). State carries only the name and the expiry.
 *
 * generate is sent by the scheme the check found to work (./scheme.ts: Basic `token:` on a
 * SonarQube Server before 10.0), and the minted token's auth-header uses it too. The post step knows
 * no scheme (state does not carry it): it sends Bearer, and on a 401 from a SonarQube Server sends
 * Basic once, as the check does.
 *
 * SonarQube keeps token expiry in whole days (a token expires at the start of its expirationDate,
 * which must be after today), so token-lifetime is rounded up to the next UTC midnight, and the
 * log says so. Current releases judge "today" in UTC; the 9.6-era GenerateAction judged it, and
 * started the expiry day, in the zone of the server's JVM. A server ahead of UTC then refuses a
 * date that is already tomorrow in UTC with 400 "The minimum value for parameter expirationDate is
 * <its tomorrow>.": that date, one day later than asked, is sent once more (it names no token, so
 * nothing was created), and the token dies at the start of that day in the server's zone, which
 * its answer's expirationDate states and the log repeats.
 *
 * Token expiry came with 9.6, and a Server answers the expirationDate it set: an answer without one
 * is a token that never expires, which is not handed on (the step fails, and the post step revokes
 * it, kept without an expiry). 9.5 has token types but no expirationDate parameter (SonarQube's web
 * services ignore a parameter the action does not read); a server before 9.5 ignores `type` too and
 * makes a user token (its answer has no `type`). SonarQube Cloud makes user tokens only and
 * documents no expirationDate for generate (its docs offer no token expiry; unused tokens are
 * removed after 60 days): a minted token there would be neither narrower nor shorter-lived, so
 * mint-token is refused for it at validation (./index.ts). A server that set an expiry answers the
 * type it made and its owner's login too: a token of another type, or for another user than the
 * one verified, is not handed on either (current GenerateAction, buildResponse).
 *
 * Sources for the expiry: SonarSource/sonarqube GenerateAction.java, 9.5-era (`type` and
 * `projectKey` since 9.5, no expirationDate; code-index id 22354179171), 9.6-era @05ebcc13
 * (expirationDate since 9.6, answered when set) and current (code-index id 4718304433: "If not
 * set, default to no expiration"); WebServiceEngineTest.java @4592d635 (only reading an undeclared
 * parameter fails); docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens; the
 * SonarQube Cloud client pmdevers/SonarCloud.NET UserTokensApi.cs @41a163c4 (generate: login and
 * name; answer: login, name, createdAt, token).
 *
 * Sources: SonarQube's GenerateAction / RevokeAction (shared vendor notes, third round §2.3:
 * `name`, `type`, `expirationDate` ≥ tomorrow, an Enterprise maximum lifetime; revoke answers 204),
 * SonarSource/sonarqube GenerateActionValidation.java (the UTC day and the 400 texts) and the
 * 9.6-era GenerateAction.java (LocalDate.now(), atStartOfDay(ZoneId.systemDefault())).
 * Assumed: the 403 for a user without Execute Analysis asking for a global analysis token.
 */
import { ActionFailure, type Diagnosis } from '../../core/failure.js'
import { normaliseExpiry } from '../../core/expiry.js'
import { call } from '../../kit/endpoint.js'
import { closeSession } from '../../kit/session.js'
import {
  durationText,
  lifetimeEnd,
  mintedName,
  refusedByServer,
  roundUpToUtcDay
} from '../../kit/mint.js'
import { firstText, type Json } from '../../kit/parse.js'
import { issuedBearerToken } from '../../kit/token-answer.js'
import type { LoginResult, MintContext, MintedCredential, SessionContext } from '../../kit/types.js'
import {
  authorization,
  isSonarCloud,
  maskAuthorization,
  SCHEME_WORDS,
  schemeOf,
  type Scheme
} from './scheme.js'
import { sonarErrorText, tokenType } from './words.js'

const GENERATE_PATH = '/api/user_tokens/generate'
const REVOKE_PATH = '/api/user_tokens/revoke'
/** SonarQube limits a token name to 100 characters. */
const MAX_NAME = 100
/** The names mintedName() gives; a saved name of any other shape is not sent. */
const MINTED_NAME = /^scanner-login-[A-Za-z0-9._-]{1,86}$/
/** SonarQube's 400 for an expirationDate that is not after its today, naming its tomorrow. */
const MINIMUM_DATE = /The minimum value for parameter '?expirationDate'? is (\d{4}-\d{2}-\d{2})\b/
const DAY_MS = 86_400_000
/**
 * The latest a day starts anywhere, after its start in UTC: UTC-12, the westernmost zone. A server
 * that starts the expiry day in its own zone sets an expiry no later than this after the UTC day.
 */
const LATEST_DAY_START_MS = 12 * 3_600_000

export async function mintAnalysisToken(
  context: MintContext,
  login: LoginResult
): Promise<MintedCredential> {
  const { plan } = context
  const given = plan.credentials['api-token']!
  const lifetime = plan.mint!.lifetimeSeconds
  const expirationDate = roundUpToUtcDay(lifetimeEnd(plan))
  // The day asked: the rounded-up one, or the day after it that a server ahead of UTC names.
  let askedDay = expirationDate
  context.info(
    `SonarQube token expiry is a whole day: the ${durationText(lifetime)} token-lifetime was rounded up to ${expirationDate} 00:00 UTC (${durationText(Math.round((utcDayStart(expirationDate) - Date.now()) / 1000))} from now).`
  )
  // The scheme the check found to work; its header is masked already.
  const scheme = schemeOf(login.authHeader)
  const name = mintedName(MAX_NAME)
  const revoke = { secrets: {}, ids: { name } }
  // Kept for the post step before the request: the name is chosen here, so the token can be revoked
  // by name whatever happens to the answer, a step cancelled while it is on its way included
  // (revoking a name that was never created answers 204 as well).
  // The day asked, not yet the day set: a server behind UTC ends it up to half a day later, and
  // SonarQube 9.5 ignores it (see LATEST_DAY_START_MS, normaliseExpiry).
  await context.keepForRevoke(revoke, new Date(utcDayStart(askedDay)).toISOString(), true)
  let body: Json
  let token: string
  try {
    let serverMinimum: string | undefined
    const generate = async (date: string): Promise<Json> =>
      (
        await call(context, {
          method: 'POST',
          path: GENERATE_PATH,
          headers: { authorization: authorization(given, scheme) },
          form: { name, type: 'GLOBAL_ANALYSIS_TOKEN', expirationDate: date },
          creates: true,
          issuesCredentials: true,
          errorText: sonarErrorText,
          meanings: {
            400: (answer) => {
              serverMinimum = MINIMUM_DATE.exec(sonarErrorText(answer.body))?.[1]
              return mintRefused(given)
            },
            403: mintRefused(given)
          }
        })
      ).body
    try {
      body = await generate(expirationDate)
    } catch (error) {
      const later = laterDayTheServerAsks(expirationDate, serverMinimum)
      if (!later) throw error
      context.info(
        `SonarQube's today is already ${expirationDate} (a server ahead of UTC, judging the date in its own zone): asking for ${later} instead, the first day it accepts.`
      )
      // The token now asked for lives a day longer: the post step's warning, should its revoke
      // fail, must name that day, not the day first asked.
      askedDay = later
      await context.keepForRevoke(revoke, new Date(utcDayStart(askedDay)).toISOString(), true)
      body = await generate(later)
    }
    token = issuedBearerToken(context, body.token, `the token of ${GENERATE_PATH}`)
  } catch (error) {
    // A 4xx is SonarQube refusing to create it: nothing to revoke. Anything else (no answer, a 5xx,
    // an answer this step cannot read) may have created it all the same: it stays kept.
    if (refusedByServer(context)) await context.forgetRevoke()
    throw error
  }
  const type = firstText(body, ['type'])
  const expiresAt = normaliseExpiry(firstText(body, ['expirationDate']))
  if (expiresAt === undefined) {
    // A SonarQube Server answers the expirationDate it set (GenerateAction); none means it set none
    // (token expiry came with 9.6), and such a token lives until it is revoked. It stays kept for
    // the post step, now without an expiry: should the revoke fail, its warning must not name a
    // day the token dies. (SonarQube Cloud, whose tokens have no expiry, is refused at validation.)
    await context.keepForRevoke(revoke, undefined)
    throw new ActionFailure(
      `SonarQube created the token "${name}" without an expiry: this server keeps tokens until they are revoked (token expiry came with SonarQube 9.6), so it was not handed on, and it is revoked when the job ends. Fix: turn mint-token off for this server, or upgrade it.`
    )
  }
  if (Date.parse(expiresAt) > utcDayStart(askedDay) + LATEST_DAY_START_MS) {
    // No zone starts the day asked that late: the server set a later day (or none it would name),
    // and the token would outlive token-lifetime. It stays kept for the post step, with the expiry
    // the server answered, which its warning names should the revoke fail.
    await context.keepForRevoke(revoke, expiresAt)
    throw new ActionFailure(
      `SonarQube created the token "${name}" to expire at ${expiresAt}, later than the ${askedDay} asked for the ${durationText(lifetime)} token-lifetime: it was not handed on, and it is revoked when the job ends. A genuine SonarQube Server sets the day asked. Fix: check that the url input points at the real SonarQube Server.`
    )
  }
  // A server that set an expiry is 9.6 or later, whose answer always states the token's type and
  // owner (GenerateAction's buildResponse): a token of another type than asked (a user token acts
  // with all of its owner's permissions) or for another user than the one verified is broader than
  // asked, or not what the gate judged. It stays kept for the post step, with the expiry answered.
  const owner = firstText(body, ['login'])
  const verifiedOwner = login.identity.username
  if (type !== 'GLOBAL_ANALYSIS_TOKEN' || (verifiedOwner && owner !== verifiedOwner)) {
    await context.keepForRevoke(revoke, expiresAt)
    const wrong =
      type !== 'GLOBAL_ANALYSIS_TOKEN'
        ? `a ${type ? `token of type "${type}"` : 'token of no type'} where a global analysis token (GLOBAL_ANALYSIS_TOKEN) was asked`
        : `a token for ${owner ? `the user "${owner}"` : 'no user'} where "${verifiedOwner}" was verified`
    throw new ActionFailure(
      `SonarQube created ${wrong} ("${name}"): it was not handed on, and it is revoked when the job ends. A genuine SonarQube Server makes the type asked, for the user asking. Fix: check that the url input points at the real SonarQube Server.`
    )
  }
  if (Date.parse(expiresAt) !== utcDayStart(askedDay)) {
    // A server that starts the day in its own zone: the expiry the log announced was not the one.
    context.info(
      `SonarQube set the token to expire at ${expiresAt}, the start of its expiry day in the server's time zone.`
    )
  }
  const header = authorization(token, scheme)
  maskAuthorization(context.mask, header)
  const authHeader = `Authorization: ${header}`
  context.mask(authHeader)
  return {
    token,
    authHeader,
    env: { SONAR_HOST_URL: plan.url, SONAR_TOKEN: token },
    expiresAt,
    revoke,
    description: `global analysis token "${name}"`
  }
}

/**
 * The day a server that judges dates in its own zone names as its first acceptable one, when that is
 * the day after the one asked (its today is already the asked day); undefined otherwise, so a
 * minimum that is further off (a clock that is wrong) fails as SonarQube refused it.
 */
function laterDayTheServerAsks(asked: string, minimum: string | undefined): string | undefined {
  if (!minimum) return undefined
  return utcDayStart(minimum) === utcDayStart(asked) + DAY_MS ? minimum : undefined
}

/** `2026-12-07` → the start of that day in UTC, in milliseconds since the epoch. */
function utcDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`)
}

function mintRefused(given: string): Diagnosis {
  const type = tokenType(given)
  const analysis = type === 'project-analysis' || type === 'global-analysis'
  return {
    headline: 'the server refused to create a token for later steps',
    causes: [
      ...(analysis
        ? [
            'the token the step was given is an analysis token, which may not create tokens: give a user token (squ_)'
          ]
        : []),
      ...(type === 'organization'
        ? [
            'the token the step was given is a scoped organization token (sqco_): it belongs to no user and grants only Execute Analysis, so the token API, which creates tokens for the calling user, is not expected to serve it: give a user token (squ_), or turn mint-token off (an organization token is already narrow)'
          ]
        : []),
      'the user lacks the Execute Analysis permission, which a global analysis token needs',
      "token-lifetime ends beyond the server's maximum token lifetime (SonarQube Enterprise: Administration > Security)",
      'a token with the same name exists already (a re-run of the same job step while the first still runs)'
    ],
    // An analysis or organization token is refused whatever the user may do: the fix is another token.
    fix:
      analysis || type === 'organization'
        ? 'give the api-token input a user token (squ_) of a user with Execute Analysis, or turn mint-token off to hand later steps the given token.'
        : 'grant the user Execute Analysis, shorten token-lifetime, or turn mint-token off to hand later steps the given token.'
  }
}

/**
 * The post step: revoke the minted token by name, with the token the step was given. Bearer first;
 * a SonarQube Server that answers it 401 (before 10.0, Bearer is no credential at all) gets Basic
 * once. SonarQube Cloud gets Bearer only.
 */
export async function revokeAnalysisToken(
  context: SessionContext,
  saved: Record<string, string>
): Promise<void> {
  const name = saved.name ?? ''
  if (!MINTED_NAME.test(name))
    throw new Error('the saved token name is not one this action gives; nothing was sent.')
  const given = context.credentials?.['api-token']
  if (!given)
    throw new Error(
      'the api-token input is empty in the post step, so nothing could authenticate the revoke.'
    )
  try {
    await revokeBy(context, given, name, 'bearer')
  } catch (error) {
    const last = context.http.records.at(-1)
    if (last?.status !== 401 || isSonarCloud(last.endpoint)) throw error
    context.info(
      `SonarQube answered the revoke with Bearer 401: sending it as ${SCHEME_WORDS.basic}, which SonarQube Server before 10.0 requires.`
    )
    await revokeBy(context, given, name, 'basic')
  }
}

function revokeBy(
  context: SessionContext,
  given: string,
  name: string,
  scheme: Scheme
): Promise<void> {
  const value = authorization(given, scheme)
  maskAuthorization(context.mask, value)
  return closeSession(context, 'SonarQube', {
    request: {
      method: 'POST',
      path: REVOKE_PATH,
      headers: { authorization: value },
      form: { name }
    },
    ended: (response) => response.status >= 200 && response.status < 300,
    words: sonarErrorText,
    meaning: (response) => ({
      headline: `the token "${name}" minted for this job was not revoked`,
      causes: [revokeCause(response.status)],
      fix: `revoke it by hand if it must not live until it expires: My Account > Security, token "${name}".`
    })
  })
}

/**
 * Why SonarQube did not revoke the minted token. The post step authenticates with the api-token
 * input only (mint-token refuses a token given through SONAR_TOKEN alone, ./index.ts), so the
 * minted token exported as SONAR_TOKEN is never what was sent.
 */
function revokeCause(status: number): string {
  if (status === 401)
    return 'the token the step was given (api-token) was revoked or expired during the job, so it could not authenticate the revoke'
  if (status >= 500)
    return `SonarQube or a proxy in front of it failed the revoke (HTTP ${status}: an outage or maintenance)`
  return `SonarQube refused the revoke with HTTP ${status} to the token the step was given (api-token)`
}
