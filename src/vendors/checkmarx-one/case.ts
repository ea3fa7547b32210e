import { accounts, allSecrets, prefixed, type VendorCase } from '../../../__tests__/vendors/case.js'

const key = (sandbox: Parameters<VendorCase['url']>[0], name: string): string =>
  accounts(sandbox, 'checkmarx-one')[name]!.apiKey!

export const checkmarxOneCase: VendorCase = {
  vendor: 'checkmarx-one',
  exportable: [
    'CX_BASE_URI',
    'CX_BASE_AUTH_URI',
    'CX_TENANT',
    'CX_APIKEY',
    'CX_CLIENT_ID',
    'CX_CLIENT_SECRET'
  ],
  url: (sandbox, secure) => prefixed(sandbox, 'checkmarx-one', secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'cxone',
      url: prefixed(sandbox, 'checkmarx-one'),
      'api-key': key(sandbox, 'developer'),
      'required-roles': 'ast-scanner'
    },
    requests: 2,
    outputs: {
      'user-id': '5d3c9e1a-1111-4111-8111-000000000001',
      email: 'dev@acme.example',
      roles: '["ast-scanner","ast-viewer"]',
      permissions: '["create-scan","view-scans","view-results","view-projects"]',
      organization: 'acme'
    },
    exports: ['CX_BASE_URI', 'CX_BASE_AUTH_URI', 'CX_TENANT', 'CX_APIKEY']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'cxone',
      url: prefixed(sandbox, 'checkmarx-one'),
      'api-key': key(sandbox, 'revoked')
    },
    message: ['the API key was refused (invalid_grant)', 'HTTP 400', 'CX_APIKEY']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'cxone',
      url: prefixed(sandbox, 'checkmarx-one'),
      'api-key': key(sandbox, 'globexAnalyst'),
      'required-roles': 'ast-admin'
    },
    message: ['"ast-viewer"', '"ast-admin"', 'required-roles']
  }),
  // The token exchange burns nothing (an offline token, or client credentials): it is retried as a
  // read, so the first request does not count as creating.
  // The key names its issuer, and the action sends it nowhere else: a key issued where the
  // requests now go, so a fault, a proxy or a broken TLS listener is met rather than refused.
  retarget: (sandbox, base) => {
    const scenario = checkmarxOneCase.success(sandbox)
    const url = `${base.replace(/\/$/, '')}/_vendor/checkmarx-one`
    const fake = sandbox.fake('checkmarx-one') as {
      issueApiKey(account: string, base: string): string
    }
    return {
      ...scenario,
      inputs: { ...scenario.inputs, url, 'api-key': fake.issueApiKey('developer', url) }
    }
  },
  secrets: (sandbox) =>
    allSecrets(sandbox, 'checkmarx-one', ['apiKey', 'apiKeyHttps', 'clientSecret'])
}
