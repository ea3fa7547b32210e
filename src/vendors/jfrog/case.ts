import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'jfrog'
const token = (sandbox: Sandbox, name: string): string =>
  accounts(sandbox, VENDOR)[name]!.accessToken!

export const jfrogCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['JF_URL', 'JF_ACCESS_TOKEN'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'artifactory',
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'developer'),
      'required-permissions': 'applied-permissions/user'
    },
    requests: 1,
    // The token's own claims: its user and its scopes.
    outputs: {
      'user-id': '',
      username: 'dev',
      email: '',
      roles: '[]',
      permissions: '["applied-permissions/user"]'
    },
    exports: ['JF_URL', 'JF_ACCESS_TOKEN']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'revoked')
    },
    message: [
      'the access token was rejected',
      'HTTP 401',
      'JFrog said: Bad credentials',
      'api-token'
    ]
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'developer'),
      'required-permissions': 'applied-permissions/admin'
    },
    message: ['lacks "applied-permissions/admin"', 'required-permissions']
  }),
  // GitHub OIDC and mint-token: the ID token comes from the sandbox's token service (not the
  // server under test), then the exchange, Xray and the minting reach the vendor.
  mint: (sandbox) => ({
    inputs: {
      vendor: 'jfrog',
      url: prefixed(sandbox, 'jfrog'),
      'oidc-provider': 'github-acme',
      'mint-token': 'true'
    },
    env: sandbox.github.env,
    requests: 3
  }),
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['accessToken'])
}
