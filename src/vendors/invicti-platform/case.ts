import { accounts, allSecrets, type VendorCase } from '../../../__tests__/vendors/case.js'

const key = (sandbox: Parameters<VendorCase['url']>[0], name: string): string =>
  accounts(sandbox, 'invicti-platform')[name]!.apiKey!

export const invictiPlatformCase: VendorCase = {
  vendor: 'invicti-platform',
  exportable: ['INVICTI_URL', 'INVICTI_API_KEY', 'INVICTI_ORGANIZATION_ID'],
  url: (sandbox, secure) => (secure ? sandbox.httpsUrl : sandbox.httpUrl),
  success: (sandbox) => ({
    inputs: {
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': key(sandbox, 'alice'),
      'required-roles': 'Administrator'
    },
    requests: 1,
    outputs: { 'user-id': 'usr-alice', email: 'alice@acme.example', roles: '["Administrator"]' },
    exports: ['INVICTI_URL', 'INVICTI_API_KEY']
  }),
  rejected: (sandbox) => ({
    inputs: { vendor: 'invicti', url: sandbox.httpUrl, 'api-key': key(sandbox, 'rexOldKey') },
    message: ['the API key was rejected', 'HTTP 401', 'region']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': key(sandbox, 'sam'),
      'required-roles': 'Administrator'
    },
    message: ['"Security Analyst"', '"Administrator"', 'required-roles']
  }),
  secrets: (sandbox) => allSecrets(sandbox, 'invicti-platform', ['apiKey'])
}
