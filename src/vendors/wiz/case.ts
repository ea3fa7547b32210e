import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'wiz'
const client = (sandbox: Sandbox, name: string): Record<string, string> => {
  const account = accounts(sandbox, VENDOR)[name]!
  return { 'client-id': account.clientId!, 'client-secret': account.clientSecret! }
}

export const wizCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['WIZ_CLIENT_ID', 'WIZ_CLIENT_SECRET', 'WIZ_API_URL'],
  // The url input names the API; the fake serves the token endpoint there too, as a proxy would.
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: { vendor: VENDOR, url: prefixed(sandbox, VENDOR), ...client(sandbox, 'ci') },
    requests: 2,
    // A service account: its client id names it; no e-mail, no roles.
    outputs: {
      'user-id': accounts(sandbox, VENDOR).ci!.clientId!,
      username: accounts(sandbox, VENDOR).ci!.clientId!,
      email: '',
      roles: '[]'
    },
    exports: ['WIZ_CLIENT_ID', 'WIZ_CLIENT_SECRET', 'WIZ_API_URL']
  }),
  rejected: (sandbox) => ({
    // A gov service account at the commercial token server.
    inputs: { vendor: VENDOR, url: prefixed(sandbox, VENDOR), ...client(sandbox, 'govCi') },
    message: [
      'the client id and secret were rejected',
      'HTTP 401',
      'Wiz said: invalid_client',
      'gov (https://auth.gov.wiz.io)',
      'client-secret'
    ]
  }),
  refused: (sandbox) => ({
    // GraphQL's 403, sent as HTTP 200 with FORBIDDEN.
    inputs: { vendor: VENDOR, url: prefixed(sandbox, VENDOR), ...client(sandbox, 'sensor') },
    message: ['may not use the Wiz GraphQL API', 'HTTP 200', 'Wiz said: FORBIDDEN']
  }),
  // The token exchange issues a token.
  firstRequestCreates: true,
  // The secrets, and every access token the fake issued in this test (masked, never shown).
  secrets: (sandbox) => [
    ...allSecrets(sandbox, VENDOR, ['clientSecret']),
    ...(sandbox.fake(VENDOR) as unknown as { state: { issued: string[] } }).state.issued
  ]
}
