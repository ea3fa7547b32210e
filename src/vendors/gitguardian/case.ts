import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'gitguardian'
const account = (sandbox: Sandbox, name: string): Record<string, string> =>
  accounts(sandbox, VENDOR)[name]!

export const gitguardianCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['GITGUARDIAN_API_KEY', 'GITGUARDIAN_API_URL'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'ggshield',
      url: prefixed(sandbox, VENDOR),
      'api-key': account(sandbox, 'pat').apiKey!,
      'required-permissions': 'scan'
    },
    requests: 1,
    // api_tokens/self describes the token: its owner's member id and its name, no user name.
    outputs: {
      'user-id': '1042',
      username: '',
      'display-name': 'ci-scan',
      email: '',
      roles: '[]',
      permissions: '["scan","incidents:read"]',
      'expires-at': account(sandbox, 'pat').expireAt!
    },
    // GITGUARDIAN_API_URL too: the sandbox is not the default instance.
    exports: ['GITGUARDIAN_API_KEY', 'GITGUARDIAN_API_URL']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-key': account(sandbox, 'euKey').apiKey!
    },
    message: ['the API key was rejected', 'HTTP 401', 'Invalid API key.', 'eu (']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-key': account(sandbox, 'serviceAccount').apiKey!,
      'required-permissions': 'scan, incidents:read'
    },
    message: ['pipeline-sa', 'lacks "incidents:read"', 'required-permissions']
  }),
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['apiKey'])
}
