import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const account = (sandbox: Sandbox, name: string): Record<string, string> =>
  accounts(sandbox, 'nessus')[name]!

export const nessusCase: VendorCase = {
  vendor: 'nessus',
  exportable: ['NESSUS_URL', 'NESSUS_ACCESS_KEY', 'NESSUS_SECRET_KEY', 'NESSUS_TOKEN'],
  url: (sandbox, secure) => prefixed(sandbox, 'nessus', secure),
  // The session mode: login, GET /session, GET /server/properties (the edition), and the post
  // step's DELETE /session.
  success: (sandbox) => ({
    inputs: {
      vendor: 'tenable-nessus',
      url: prefixed(sandbox, 'nessus'),
      username: account(sandbox, 'admin').username!,
      password: account(sandbox, 'admin').password!,
      'required-roles': 'Standard'
    },
    requests: 3,
    postRequests: 1,
    outputs: { 'user-id': '2', username: 'ada', roles: '["Administrator"]' },
    exports: ['NESSUS_URL', 'NESSUS_TOKEN']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'nessus',
      url: prefixed(sandbox, 'nessus'),
      'access-key': account(sandbox, 'unknownKey').accessKey!,
      'secret-key': account(sandbox, 'unknownKey').secretKey!
    },
    message: ['the API keys were rejected', 'HTTP 401', 'Nessus said: Invalid Credentials']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'nessus',
      url: prefixed(sandbox, 'nessus'),
      'access-key': account(sandbox, 'basic').accessKey!,
      'secret-key': account(sandbox, 'basic').secretKey!,
      'required-roles': 'Administrator'
    },
    message: ['bea', '"Basic"', '"Administrator" or a higher level', 'required-roles']
  }),
  // A session login POST opens a session.
  firstRequestCreates: true,
  secrets: (sandbox) => allSecrets(sandbox, 'nessus', ['password', 'accessKey', 'secretKey'])
}
