import { accounts, allSecrets, prefixed, type VendorCase } from '../../../__tests__/vendors/case.js'

const token = (sandbox: Parameters<VendorCase['url']>[0], name: string): string =>
  accounts(sandbox, 'snyk')[name]!.apiToken!

export const snykCase: VendorCase = {
  vendor: 'snyk',
  exportable: ['SNYK_TOKEN', 'SNYK_OAUTH_TOKEN', 'SNYK_API'],
  // Snyk's CLI reads away the path of a url with a host name (and so does the step).
  proxiedHost: '192.0.2.10',
  url: (sandbox, secure) => prefixed(sandbox, 'snyk', secure),
  success: (sandbox) => ({
    inputs: { vendor: 'snyk', url: prefixed(sandbox, 'snyk'), 'api-token': token(sandbox, 'user') },
    requests: 1,
    outputs: { username: 'ada.dev', email: 'ada@acme.example', 'expires-at': '' },
    // SNYK_API too: the sandbox is not Snyk's default host.
    exports: ['SNYK_TOKEN', 'SNYK_API']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'snyk',
      url: prefixed(sandbox, 'snyk'),
      'api-token': token(sandbox, 'revoked')
    },
    message: ['the API token was rejected', 'HTTP 401', 'Authentication error', 'region']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'snyk',
      url: prefixed(sandbox, 'snyk'),
      'api-token': token(sandbox, 'forbidden')
    },
    message: ['may not use the Snyk API', 'HTTP 403', 'Forbidden']
  }),
  secrets: (sandbox) => allSecrets(sandbox, 'snyk', ['apiToken', 'clientSecret'])
}
