// The extra CA of the ca-cert input is trusted on top of the default roots. The fast way goes through
// an undocumented property of Node's SecureContext; these tests fail the day it disappears, and prove
// that the documented fallback trusts the same servers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as https from 'node:https'
import * as tls from 'node:tls'
import { extraCaTrust } from '../src/net/tls.js'
import { startSandbox } from '../sandbox/index.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox

beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())

/** The status of one GET to the sandbox's HTTPS listener by host name, with the given TLS options. */
function statusWith(options: https.AgentOptions, baseUrl = sandbox.httpsLocalhostUrl) {
  return new Promise<number | undefined>((resolve, reject) => {
    const request = https.get(new URL('/api/identity/v1/me', baseUrl), options, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode))
    })
    request.on('error', reject)
  })
}

/** Node without SecureContext.context: what the fallback is for. */
const tlsWithoutNativeContext = {
  createSecureContext: () => ({}) as tls.SecureContext,
  getCACertificates: tls.getCACertificates,
  rootCertificates: tls.rootCertificates
}

describe('extraCaTrust', () => {
  it('finds SecureContext.context.addCACert on this Node (if this fails, the fallback is in use)', () => {
    const native = (tls.createSecureContext() as { context?: { addCACert?: unknown } }).context
    expect(typeof native?.addCACert).toBe('function')
  })

  it('adds the CA to a default secure context, without handing the roots over as PEM', async () => {
    const options = extraCaTrust(tls, sandbox.caCertPem)
    expect(Object.keys(options)).toEqual(['secureContext'])
    expect(await statusWith(options)).toBe(401)
  })

  it('falls back to the documented `ca` option: default roots plus the CA, same trust', async () => {
    const options = extraCaTrust(tlsWithoutNativeContext, sandbox.caCertPem)
    expect(options.ca).toEqual([...tls.getCACertificates('default'), sandbox.caCertPem])
    expect(await statusWith(options)).toBe(401)
  })

  it('falls back to rootCertificates on a Node without getCACertificates', () => {
    const options = extraCaTrust(
      { ...tlsWithoutNativeContext, getCACertificates: undefined as never },
      sandbox.caCertPem
    )
    expect(options.ca).toEqual([...tls.rootCertificates, sandbox.caCertPem])
  })

  it('still refuses a server the CA did not sign', async () => {
    await expect(
      statusWith(extraCaTrust(tls, sandbox.caCertPem), sandbox.tlsSelfSignedUrl)
    ).rejects.toThrow(/self-signed certificate/)
    await expect(
      statusWith(extraCaTrust(tlsWithoutNativeContext, sandbox.caCertPem), sandbox.tlsSelfSignedUrl)
    ).rejects.toThrow(/self-signed certificate/)
  })
})
