import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'socket'
const token = (sandbox: Sandbox, name: string): string => accounts(sandbox, VENDOR)[name]!.token!

export const socketCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['SOCKET_API_TOKEN', 'SOCKET_SECURITY_API_KEY', 'SOCKET_CLI_API_TOKEN'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'socket-dev',
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'orgToken')
    },
    // One request: GET /v0/organizations names the token's organization.
    requests: 1,
    outputs: { organization: 'Acme', 'user-id': '', username: '', email: '', roles: '[]' },
    exports: ['SOCKET_API_TOKEN', 'SOCKET_SECURITY_API_KEY', 'SOCKET_CLI_API_TOKEN']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'socket',
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'revokedToken')
    },
    message: ['the API token was rejected', 'HTTP 401', 'Socket said: Unauthorized', 'revoked']
  }),
  // No refused scenario: Socket reports no role or permission, so a requirement is refused at
  // validation (socket.bundle.test.ts), never by the gate.
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['token'])
}
