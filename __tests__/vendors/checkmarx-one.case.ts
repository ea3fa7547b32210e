import { accounts, allSecrets, prefixed, type VendorCase } from './case.js'

const key = (sandbox: Parameters<VendorCase['url']>[0], name: string): string =>
  accounts(sandbox, 'checkmarx-one')[name]!.apiKey!

export const checkmarxOneCase: VendorCase = {
  vendor: 'checkmarx-one',
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
  secrets: (sandbox) =>
    allSecrets(sandbox, 'checkmarx-one', ['apiKey', 'apiKeyHttps', 'clientSecret'])
}
