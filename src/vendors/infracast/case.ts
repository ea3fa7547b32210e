import {
  accounts,
  allSecrets,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const account = (sandbox: Sandbox, name: string): Record<string, string> =>
  accounts(sandbox, 'infracast')[name]!

export const infracastCase: VendorCase = {
  vendor: 'infracast',
  exportable: [
    'INFRACAST_URL',
    'INFRACAST_TOKEN',
    'INFRACAST_TOKEN_EXPIRES_AT',
    'INFRACAST_TENANT'
  ],
  url: (sandbox, secure) => (secure ? sandbox.httpsUrl : sandbox.httpUrl),
  // A login: one request, whose answer names the user and its tenant roles.
  success: (sandbox) => ({
    inputs: {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: account(sandbox, 'ada').username!,
      password: account(sandbox, 'ada').password!,
      tenant: 'prod',
      'required-roles': 'admin'
    },
    requests: 1,
    outputs: { 'user-id': 'user-ada', username: 'ada', roles: '["admin"]' },
    exports: ['INFRACAST_URL', 'INFRACAST_TOKEN', 'INFRACAST_TOKEN_EXPIRES_AT', 'INFRACAST_TENANT']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: 'ada',
      password: 'not-the-password'
    },
    message: ['the username or password was rejected', 'HTTP 401']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: account(sandbox, 'victor').username!,
      password: account(sandbox, 'victor').password!,
      tenant: 'prod',
      'required-roles': 'admin'
    },
    message: ['victor', '"viewer"', '"admin"', 'required-roles']
  }),
  // A login POST issues a token.
  firstRequestCreates: true,
  mint: (sandbox) => ({
    inputs: {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: account(sandbox, 'ada').username!,
      password: account(sandbox, 'ada').password!,
      tenant: 'staging',
      'required-permissions': 'nodes:read',
      'mint-token': 'true'
    },
    // login, the nodes:read probe, api-keys
    requests: 3
  }),
  secrets: (sandbox) => allSecrets(sandbox, 'infracast', ['password', 'apiKey', 'refreshToken'])
}
