/**
 * A Tenable.sc session on the wire: `X-SecurityCenter: <token>` plus the TNS_SESSIONID cookie on
 * every request after POST /rest/token, and DELETE /rest/token to end it.
 */
import { closeSession } from '../../kit/session.js'
import type { SessionContext } from '../../kit/types.js'
import { succeeded, vendorText } from './envelope.js'
import { logoutMeaning, sessionUnknown } from './meanings.js'

export const TOKEN_PATH = '/rest/token'
export const COOKIE_NAME = 'TNS_SESSIONID'

/** The headers of a session request; token and cookie are masked before they are put in one. */
export function sessionHeaders(
  context: SessionContext,
  token: string,
  cookie: string
): Record<string, string> {
  context.mask(token)
  context.mask(cookie)
  return {
    'x-securitycenter': token,
    ...(cookie ? { cookie: `${COOKIE_NAME}=${cookie}` } : {})
  }
}

/** Ends the session: DELETE /rest/token, which only HTTP 200 with error_code 0 confirms. */
export async function logout(
  context: SessionContext,
  token: string,
  cookie: string
): Promise<void> {
  await closeSession(context, 'Tenable.sc', {
    request: {
      method: 'DELETE',
      path: TOKEN_PATH,
      headers: sessionHeaders(context, token, cookie)
    },
    ended: succeeded,
    alreadyEnded: (_response, body) => sessionUnknown(body),
    meaning: (response, body) => logoutMeaning(response.status, body),
    words: vendorText
  })
}
