// What the post step says when a minted credential's revoke of itself is answered with anything but
// a 2xx: the cause each status means (kit/session.ts revokeWithItself), for every vendor that mints.
import { describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { NothingLeftToEnd } from '../src/core/failure.js'
import { HttpClient } from '../src/net/client.js'
import { revokeWithItself, type SelfRevoke } from '../src/kit/session.js'
import type { SessionContext } from '../src/kit/types.js'

/** The failure of a revoke that a loopback server answers with `status`. */
async function revokeError(
  status: number,
  revoke: Partial<SelfRevoke> = {},
  body = ''
): Promise<Error> {
  const server = http.createServer((_req, res) => res.writeHead(status).end(body))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const client = new HttpClient({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    vendor: 'Scanner',
    timeoutMs: 1500,
    retries: 0,
    caPem: undefined,
    tlsVerify: true,
    redact: (text) => text,
    env: {}
  })
  const context: SessionContext = {
    http: client,
    mask: () => {},
    redact: (text) => text,
    info: () => {},
    debug: () => {}
  }
  try {
    const failure = await revokeWithItself(context, 'Scanner', {
      path: '/api/keys/k1',
      token: 'minted-token-0123456789',
      what: 'API key',
      byHand: 'API key k1',
      ...revoke
    }).then(
      () => undefined,
      (error: unknown) => error
    )
    return failure as Error
  } finally {
    client.close()
    await new Promise((resolve) => server.close(resolve))
  }
}

const revokeFailure = async (status: number, revoke: Partial<SelfRevoke> = {}): Promise<string> =>
  (await revokeError(status, revoke)).message

describe('a self-revoke that did not end the credential', () => {
  it('HTTP 401: the server no longer accepts the credential, so nothing is left to revoke', async () => {
    // The vendor's own words (JFrog's recorded 401 body): the server refused the credential.
    const error = await revokeError(
      401,
      {},
      '{"errors":[{"status":401,"message":"Bad credentials"}]}'
    )
    // The post step reports this kind without a warning.
    expect(error).toBeInstanceOf(NothingLeftToEnd)
    expect(error.message).toContain('the API key minted for this job is no longer accepted')
    expect(error.message).toContain('it was already revoked, or has expired')
    expect(error.message).toContain('Fix: nothing to do for this job.')
    expect(await revokeError(403)).not.toBeInstanceOf(NothingLeftToEnd)
  })

  it.each([
    ['an empty body', ''],
    ['an HTML page', '<html><body><h1>401 Authorization Required</h1></body></html>']
  ])(
    "HTTP 401 with %s: not the server's own refusal (a proxy in front), so it may still be valid",
    async (_what, body) => {
      const error = await revokeError(401, {}, body)
      expect(error).not.toBeInstanceOf(NothingLeftToEnd)
      expect(error.message).toContain('the server did not revoke the API key minted for this job')
      expect(error.message).toContain(
        "the revoke was refused with HTTP 401 but not in the server's own words (a proxy or gateway in front of it may have answered), so the API key may still be valid"
      )
      expect(error.message).not.toContain('already revoked')
      expect(error.message).toContain('Fix: revoke it by hand')
    }
  )

  it.each([
    // Sent with the credential itself: a 404 means the id, not the credential, is unknown.
    [
      404,
      'the server accepted the API key but knows none by the id saved for it (removed already, or the id saved is not its), so it may still be valid'
    ],
    [403, 'the server does not let the API key revoke itself (an administrator can)'],
    [400, 'the server does not let the API key revoke itself (an administrator can)'],
    [405, 'the server does not let the API key revoke itself (an administrator can)'],
    // A server error is no refusal of the credential's own revoke: the server failed it.
    [
      500,
      'the server failed the revoke (HTTP 500: an outage, maintenance, or a proxy in front of it), so the API key may still be valid'
    ],
    [
      502,
      'the server failed the revoke (HTTP 502: an outage, maintenance, or a proxy in front of it), so the API key may still be valid'
    ],
    [429, 'the server refused the revoke with HTTP 429, so the API key may still be valid']
  ])('HTTP %i: %s', async (status, cause) => {
    const message = await revokeFailure(status)
    expect(message).toContain('the server did not revoke the API key minted for this job')
    expect(message).toContain(cause)
    if (status >= 500 || status === 429) expect(message).not.toContain('revoke itself')
    expect(message).toContain(
      'Fix: revoke it by hand if it must not live until it expires: API key k1.'
    )
  })

  it("gives a 400 the vendor's own cause, when it has one, and only a 400", async () => {
    const badRequestCause = 'the platform made the key non-revocable'
    expect(await revokeFailure(400, { badRequestCause })).toContain(badRequestCause)
    expect(await revokeFailure(403, { badRequestCause })).not.toContain(badRequestCause)
  })
})
