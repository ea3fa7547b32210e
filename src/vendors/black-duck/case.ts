import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'black-duck'
const token = (sandbox: Sandbox, name: string): string => accounts(sandbox, VENDOR)[name]!.apiToken!

export const blackDuckCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['BLACKDUCK_URL', 'BLACKDUCK_API_TOKEN'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'blackduck',
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'scannerToken'),
      'required-roles': 'Global Code Scanner'
    },
    // The exchange, current-user, and the two role lists that required-roles asks for.
    requests: 4,
    outputs: {
      username: 'ci-scanner',
      'display-name': 'CI Scanner',
      email: 'ci-scanner@acme.example',
      roles: '["Global Code Scanner","Project Code Scanner"]'
    },
    exports: ['BLACKDUCK_URL', 'BLACKDUCK_API_TOKEN']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'revokedToken')
    },
    message: [
      'the API token was rejected',
      'HTTP 401',
      'Black Duck said: Unauthorized',
      'api-token input (or BLACKDUCK_API_TOKEN)'
    ]
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'viewerToken'),
      'required-roles': 'Global Code Scanner'
    },
    message: [
      'vic.viewer (Vic Viewer',
      'holds "Project Viewer"',
      '"Global Code Scanner"',
      'required-roles'
    ]
  }),
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['apiToken']),
  // POST /api/tokens/authenticate issues a bearer token.
  firstRequestCreates: true
}
