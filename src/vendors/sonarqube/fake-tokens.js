// The SonarQube fake's token API (./fake.js), which mint-token uses.
//
// mint-token: `POST /api/user_tokens/generate` (form `name`, `type`, `expirationDate` YYYY-MM-DD)
// answers `{login, name, token, createdAt, type, expirationDate}` and the new token works at once;
// `POST /api/user_tokens/revoke` (form `name`) answers 204. As SonarQube's GenerateAction checks
// them: the name must be new for the user (400), the date after today (400) and, where the server
// sets a maximum token lifetime (Enterprise; `setMaxTokenLifetimeDays`), within it (400); a global
// analysis token needs the Execute Analysis (`scan`) permission. The 400 texts of the two dates are
// GenerateActionValidation's ("The minimum value for parameter expirationDate is …", "Tokens
// expiring after … are not allowed. Please use a valid expiration date."). Current releases judge
// the date in UTC; `setServerUtcOffsetHours(h)` plays the 9.6-era GenerateAction, which read "today"
// with LocalDate.now() and started the expiry day with atStartOfDay(ZoneId.systemDefault()): in the
// zone of the server's JVM. Assumed, not recorded: the 403 "Insufficient privileges" for that and
// for an analysis token calling the token API, and the other 400 texts.
// `setTokenTypes(false)` is a server before 9.5: it ignores `type` and `expirationDate` (token
// expiry came with 9.6) and creates a user token that never expires, whose answer has no `type`
// and no `expirationDate`. An anonymous call to either gets SonarQube's 401 "Authentication
// is required" (userSession.checkLoggedIn), also with forceAuthentication off.
import { randomBytes } from 'node:crypto'

const DAY_MS = 24 * 60 * 60 * 1000

export const PREFIX = {
  USER_TOKEN: 'squ_',
  PROJECT_ANALYSIS_TOKEN: 'sqp_',
  GLOBAL_ANALYSIS_TOKEN: 'sqa_'
}

/**
 * `2026-12-01T00:00:00+0000`, the shape of SonarQube's DateUtils.formatDateTime, in the server's
 * zone (`offsetHours` east of UTC); in UTC for an offset no zone has (UTC-12 to UTC+14), which a
 * test may play to be ahead of UTC's day at any hour.
 */
export const sonarDateTime = (epochMs, offsetHours = 0) => {
  if (offsetHours < -12 || offsetHours > 14) return sonarDateTime(epochMs)
  const sign = offsetHours < 0 ? '-' : '+'
  const zone = `${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}00`
  return new Date(epochMs + offsetHours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, zone)
}

/** `YYYY-MM-DD` of the day `days` after today, today as a server `offsetHours` east of UTC sees it. */
const serverDay = (days, offsetHours) =>
  new Date(Date.now() + offsetHours * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10)

export const badRequest = (send, msg) => send(400, { errors: [{ msg }] })
export const forbidden = (send) => send(403, { errors: [{ msg: 'Insufficient privileges' }] })

/** Form parameters, as SonarQube reads them from a POST body or the query. */
function params(request) {
  const form = new URLSearchParams(request.body ?? '')
  return (name) => form.get(name) ?? request.query.get(name) ?? ''
}

export function generate(state, tokens, caller, request, send) {
  if (request.method !== 'POST') return badRequest(send, 'HTTP method POST is required')
  // Analysis tokens act with analysis permissions only: the token API is not theirs.
  if (caller.token && caller.token.type !== 'USER_TOKEN') return forbidden(send)
  const param = params(request)
  const name = param('name')
  if (!name || name.length > 100) return badRequest(send, "The 'name' parameter is missing")
  const login = caller.user.login
  if (tokens.some((t) => t.user === login && t.tokenName === name))
    return badRequest(send, `A user token for login '${login}' and name '${name}' already exists`)
  const type = state.tokenTypes ? param('type') || 'USER_TOKEN' : 'USER_TOKEN'
  if (!(type in PREFIX))
    return badRequest(
      send,
      `Value of parameter 'type' (${type}) must be one of: [USER_TOKEN, GLOBAL_ANALYSIS_TOKEN, PROJECT_ANALYSIS_TOKEN]`
    )
  if (type === 'GLOBAL_ANALYSIS_TOKEN' && !caller.user.permissions.includes('scan'))
    return forbidden(send)
  // Token expiry came with 9.6: a server before 9.5 (no token types) ignores expirationDate too.
  const date = state.tokenTypes ? param('expirationDate') : ''
  let expiresAt
  const offset = state.utcOffsetHours
  if (date) {
    // The start of that day in the server's zone.
    expiresAt = Date.parse(`${date}T00:00:00Z`) - offset * 3_600_000
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(expiresAt))
      return badRequest(send, `'${date}' cannot be parsed as either a date or date+time`)
    const tomorrow = serverDay(1, offset)
    if (date < tomorrow)
      return badRequest(send, `The minimum value for parameter expirationDate is ${tomorrow}.`)
    if (state.maxTokenLifetimeDays !== undefined) {
      const latest = serverDay(state.maxTokenLifetimeDays, 0)
      if (date > latest)
        return badRequest(
          send,
          `Tokens expiring after ${latest} are not allowed. Please use a valid expiration date.`
        )
    }
  }
  const token = {
    name: `minted:${name}`,
    tokenName: name,
    type,
    user: login,
    token: `${PREFIX[type]}${randomBytes(20).toString('hex')}`,
    expiresAt
  }
  tokens.push(token)
  state.minted.push({
    name,
    login,
    type,
    expirationDate: date,
    get revoked() {
      return token.revoked === true
    }
  })
  if (state.lostGenerateStatus !== undefined) {
    return send(state.lostGenerateStatus, '<html><body>Bad Gateway</body></html>', {
      'content-type': 'text/html'
    })
  }
  return send(200, {
    login,
    name,
    token: token.token,
    createdAt: sonarDateTime(Date.now()),
    ...(state.tokenTypes ? { type } : {}),
    ...(expiresAt === undefined ? {} : { expirationDate: sonarDateTime(expiresAt, offset) })
  })
}

export function revoke(state, tokens, caller, request, send) {
  if (request.method !== 'POST') return badRequest(send, 'HTTP method POST is required')
  if (caller.token && caller.token.type !== 'USER_TOKEN') return forbidden(send)
  const name = params(request)('name')
  if (!name) return badRequest(send, "The 'name' parameter is missing")
  const token = tokens.find((t) => t.user === caller.user.login && t.tokenName === name)
  if (token) token.revoked = true
  return send(204, '', { 'content-type': 'text/plain' })
}
