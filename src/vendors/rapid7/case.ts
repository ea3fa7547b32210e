import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'rapid7'
const key = (sandbox: Sandbox, name: string): string => accounts(sandbox, VENDOR)[name]!.apiKey!

export const rapid7Case: VendorCase = {
  vendor: VENDOR,
  exportable: ['RAPID7_URL', 'RAPID7_REGION', 'RAPID7_API_KEY'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'insightappsec',
      url: prefixed(sandbox, VENDOR),
      'api-key': key(sandbox, 'userKey')
    },
    requests: 1,
    // /validate names nobody: the identity outputs are empty by design.
    outputs: { 'user-id': '', username: '', email: '', roles: '[]' },
    exports: ['RAPID7_URL', 'RAPID7_REGION', 'RAPID7_API_KEY']
  }),
  rejected: (sandbox) => ({
    inputs: { vendor: 'rapid7', url: prefixed(sandbox, VENDOR), 'api-key': key(sandbox, 'euKey') },
    message: ['the API key was rejected', 'HTTP 401', 'another Rapid7 Insight region', 'eu (']
  }),
  // No refused scenario: /validate reports no role or permission, so a requirement is refused at
  // validation (tested in rapid7.bundle.test.ts), never by the gate.
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['apiKey'])
}
