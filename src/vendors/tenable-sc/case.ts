import {
  accounts,
  allSecrets,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const account = (sandbox: Sandbox, name: string): Record<string, string> =>
  accounts(sandbox, 'tenable-sc')[name]!

// Tenable.sc is served over HTTPS only (its fake, like the real server, redirects plain HTTP), under
// the name its certificate covers, with the sandbox CA.
const https = (sandbox: Sandbox) => ({
  vendor: 'securitycenter',
  url: sandbox.httpsLocalhostUrl,
  'ca-cert': sandbox.caCertPath
})

export const tenableScCase: VendorCase = {
  vendor: 'tenable-sc',
  exportable: ['TSC_URL', 'TSC_ACCESS_KEY', 'TSC_SECRET_KEY', 'TSC_TOKEN', 'TSC_SESSION_COOKIE'],
  url: (sandbox) => sandbox.httpsLocalhostUrl,
  success: (sandbox) => ({
    inputs: {
      ...https(sandbox),
      'access-key': account(sandbox, 'admin').accessKey!,
      'secret-key': account(sandbox, 'admin').secretKey!,
      'required-roles': 'Administrator'
    },
    requests: 1,
    outputs: { 'user-id': '1', username: 'admin', roles: '["Administrator"]' },
    exports: [
      'TSC_URL',
      'TSC_ACCESS_KEY',
      'TSC_SECRET_KEY',
      'REQUESTS_CA_BUNDLE',
      'CURL_CA_BUNDLE',
      'NODE_EXTRA_CA_CERTS'
    ]
  }),
  rejected: (sandbox) => ({
    inputs: {
      ...https(sandbox),
      'access-key': account(sandbox, 'regenerated').accessKey!,
      'secret-key': account(sandbox, 'regenerated').secretKey!
    },
    message: ['the API keys were rejected', 'error_code']
  }),
  refused: (sandbox) => ({
    inputs: {
      ...https(sandbox),
      username: account(sandbox, 'analyst').username!,
      password: account(sandbox, 'analyst').password!,
      'required-roles': 'Security Manager'
    },
    message: ['ana.analyst', '"Security Manager"', 'required-roles']
  }),
  secrets: (sandbox) => allSecrets(sandbox, 'tenable-sc', ['password', 'accessKey', 'secretKey'])
}
