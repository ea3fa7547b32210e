// Bundle level: the ca-cert input adds its CA to the job's trust store (Node's roots and
// NODE_EXTRA_CA_CERTS) rather than replacing it, whichever way src/http.ts builds the TLS context.
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
