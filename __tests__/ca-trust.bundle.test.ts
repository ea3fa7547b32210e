// Bundle level: the ca-cert input adds its CA to the job's trust store (Node's roots and
// NODE_EXTRA_CA_CERTS) rather than replacing it, whichever way src/http.ts builds the TLS context;
// and only tls-verify: false turns certificate checks off, whatever the job's environment says.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { startSandbox } from '../sandbox/index.js'
import { ROOT, runStep } from '../scripts/runner.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox

beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())

describe('the bundle with ca-cert, on a job that trusts another CA through NODE_EXTRA_CA_CERTS', () => {
  it('trusts both: the ca-cert is added to the job trust store, not put in its place', async () => {
    const accounts = sandbox.accounts['invicti-platform'] as Record<string, { apiKey: string }>
    const step = await runStep({
      inputs: {
        vendor: 'invicti',
        url: sandbox.tlsSelfSignedUrl,
        'api-key': accounts.alice!.apiKey,
        'ca-cert': sandbox.caCertPem
      },
      env: { NODE_EXTRA_CA_CERTS: join(ROOT, 'sandbox', 'certs', 'self-signed.pem') }
    })
    expect(step.stdout).not.toContain('::error::')
    expect(step.exitCode).toBe(0)
    expect(step.outputs['user-id']).toBe('usr-alice')
  })
})

describe("the bundle with tls-verify: true, on a job whose environment turns Node's checks off", () => {
  it.each([
    ['main step, no ca-cert', {}],
    ['main step, a ca-cert of another CA', { 'ca-cert': 'self' }]
  ])(
    'NODE_TLS_REJECT_UNAUTHORIZED=0 does not let the key reach an unverified server (%s)',
    async (_, extra) => {
      sandbox.reset()
      const accounts = sandbox.accounts['invicti-platform'] as Record<string, { apiKey: string }>
      const inputs = {
        vendor: 'invicti',
        url: sandbox.tlsSelfSignedUrl,
        'api-key': accounts.alice!.apiKey,
        ...('ca-cert' in extra ? { 'ca-cert': join(ROOT, 'sandbox', 'certs', 'ca.pem') } : {})
      }
      const step = await runStep({ inputs, env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } })
      expect(step.exitCode).toBe(1)
      expect(step.stdout).toContain('::error::')
      expect(sandbox.requests).toHaveLength(0)
    }
  )
})
