// The client's failure texts on their own, for the choices a real socket rarely makes: the error text redacted,
// which code leads to which explanation, and Node's --use-system-ca advice cut without its neighbours.
import { describe, expect, it } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import { ActionFailure } from '../src/core/failure.js'
import {
  networkFailure,
  redirectFailure,
  upgradeFailure,
  type FailureContext
} from '../src/net/failures.js'

const BASE = 'https://scanner.example.test'
const ENDPOINT = `GET ${BASE}/api/me`

function context(extra: Partial<FailureContext> = {}): FailureContext {
  return {
    vendor: 'Test',
    baseUrl: BASE,
    caPem: undefined,
    proxy: undefined,
    redact: (text) => text.split('s3cret-token').join('***'),
    ...extra
  }
}

function message(
  code: string | undefined,
  text: string,
  extra: Partial<FailureContext> = {},
  attempts = 1,
  heldBack = false
): string {
  const error = Object.assign(new Error(text), code === undefined ? {} : { code })
  return networkFailure(context(extra), error, ENDPOINT, attempts, heldBack).message
}

describe('networkFailure', () => {
  it("redacts the error's own text before quoting it", () => {
    const text = message('ECONNRESET', 'socket closed after sending s3cret-token')
    expect(text).toContain('socket closed after sending ***')
    expect(text).not.toContain('s3cret-token')
  })

  it('reads EAI_AGAIN as a name lookup that failed, like ENOTFOUND', () => {
    expect(message('EAI_AGAIN', 'getaddrinfo EAI_AGAIN scanner.example.test')).toContain(
      'Test: could not resolve the host name scanner.example.test (DNS EAI_AGAIN).'
    )
  })

  it('names plain HTTP on a TLS port only when the TLS error says "wrong version number"', () => {
    const text = message('EPROTO', 'SSL routines::unsupported protocol')
    expect(text).not.toContain('plain HTTP')
    expect(text).toContain('failed: SSL routines::unsupported protocol (EPROTO).')
  })

  it('names the proxy as reached over TLS only for an https:// proxy', () => {
    const proxy = 'http://proxy.example.test:3128'
    const plain = message('EPROTO', 'SSL routines::wrong version number', { proxy })
    expect(plain).toContain('the port speaks plain HTTP, not HTTPS')
    expect(plain).not.toContain('reached over TLS too')
    const tls = message('CERT_HAS_EXPIRED', 'certificate has expired', { proxy })
    expect(tls).toContain('has expired')
    expect(tls).not.toContain('reached over TLS too')
  })

  it('blames a TLS port for a reset only on a direct http:// connection', () => {
    const overHttps = message('ECONNRESET', 'socket hang up')
    expect(overHttps).not.toContain('as a port that speaks HTTPS does')
    expect(overHttps).toContain(`Test: ${ENDPOINT} failed: socket hang up (ECONNRESET).`)
    const http = { baseUrl: 'http://localhost:8080' }
    expect(message('ECONNRESET', 'socket hang up', http)).toContain(
      'as a port that speaks HTTPS does to plain HTTP'
    )
    const viaProxy = message('ECONNRESET', 'socket hang up', {
      ...http,
      proxy: 'http://proxy.example.test:3128'
    })
    expect(viaProxy).not.toContain('as a port that speaks HTTPS does')
    expect(viaProxy).toContain('through the proxy http://proxy.example.test:3128')
  })

  it('names no url input for a host the step chose itself', () => {
    const chosen = message('ECONNRESET', 'socket hang up', { urlFromInput: false })
    expect(chosen).toContain("Fix: check the runner's network access to scanner.example.test.")
    expect(chosen).not.toContain('url input')
    expect(message('ECONNRESET', 'socket hang up')).toContain(
      "Fix: check the url input and the runner's network access to scanner.example.test."
    )
  })

  it('names the server or the network, not an input, when the main step reached it earlier', () => {
    // The post step: the main step logged in at this URL, so no input is wrong now.
    const reached = (code: string, text: string, extra: Partial<FailureContext> = {}) =>
      message(code, text, { reachedEarlier: 'main step', ...extra })
    const fix =
      'Fix: the main step reached scanner.example.test at this URL earlier in the job, so the inputs are not the cause'
    const dns = reached('ENOTFOUND', 'getaddrinfo ENOTFOUND scanner.example.test')
    expect(dns).toContain('could not resolve the host name scanner.example.test (DNS ENOTFOUND)')
    expect(dns).toContain(fix)
    expect(dns).not.toContain('url input')
    const other = reached('ECONNRESET', 'socket hang up')
    expect(other).toContain(`Test: ${ENDPOINT} failed: socket hang up (ECONNRESET).`)
    expect(other).toContain(fix)
    expect(other).not.toContain('url input')
    // Over http://, the main step's answer shows the port speaks HTTP: a reset is not a TLS port's.
    const http = reached('ECONNRESET', 'socket hang up', { baseUrl: 'http://localhost:8080' })
    expect(http).not.toContain('as a port that speaks HTTPS does')
    expect(http).toContain('the main step reached localhost:8080 at this URL earlier in the job')
    expect(http).not.toContain('url input')
  })

  it('says the login reached it, for a session ended right after the check that opened it', () => {
    // The doctor's end of the check, or a failed step with logout: false: no main step before it.
    const refused = message('ECONNREFUSED', 'connect ECONNREFUSED', { reachedEarlier: 'login' })
    expect(refused).toContain(
      'Fix: the login reached scanner.example.test at this URL moments before, so the inputs are not the cause'
    )
    expect(refused).not.toContain('main step')
    expect(refused).not.toContain('url input')
  })

  it('counts attempts only when there was more than one, and puts the held-back line second', () => {
    expect(message('ECONNRESET', 'socket hang up')).not.toContain('attempts')
    const lines = message('ECONNRESET', 'socket hang up', {}, 1, true).split('\n')
    expect(lines[0]).toContain('failed: socket hang up')
    expect(lines[1]).toMatch(/^It was not sent again/)
    expect(lines[2]).toMatch(/^Fix: /)
  })

  it("cuts Node's --use-system-ca advice as a sentence or a clause, keeping what is around it", () => {
    const sentence = message(
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'unable to get local issuer certificate. Try running Node.js with --use-system-ca'
    )
    expect(sentence).toContain(': unable to get local issuer certificate. (')
    const clause = message(
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'unable to get local issuer certificate; try running Node.js with --use-system-ca; depth 1'
    )
    expect(clause).toContain(': unable to get local issuer certificate; depth 1 (')
    expect(clause).not.toContain('use-system-ca')
  })

  it('hands an ActionFailure on as it is', () => {
    const failure = new ActionFailure('Test: the proxy setting is not a URL.')
    expect(networkFailure(context(), failure, ENDPOINT, 1, false)).toBe(failure)
  })

  it('names no code when the error has none', () => {
    expect(message(undefined, 'socket hang up')).toContain(`${ENDPOINT} failed: socket hang up.`)
  })
})

describe('redirectFailure and upgradeFailure', () => {
  it('redacts a secret the server echoed into the Location it redirects to', () => {
    const text = redirectFailure(context(), {
      status: 302,
      statusText: 'Found',
      headers: { location: 'https://login.example.test/sso?token=s3cret-token' },
      body: '',
      endpoint: ENDPOINT
    }).message
    expect(text).toContain('to https://login.example.test/sso?token=***.')
    expect(text).not.toContain('s3cret-token')
  })

  it('tells a protocol switch from an interim status given as the final answer', () => {
    const answer = (statusCode: number, statusMessage: string) =>
      upgradeFailure(context(), ENDPOINT, { statusCode, statusMessage } as IncomingMessage).message
    expect(answer(101, 'Switching Protocols')).toContain(
      'answered HTTP 101 Switching Protocols, a switch to another protocol that this API never asks for;'
    )
    expect(answer(103, 'Early Hints')).toContain(
      'answered HTTP 103 Early Hints, an interim status as its final answer;'
    )
  })
})
