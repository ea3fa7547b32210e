import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'semgrep'
const token = (sandbox: Sandbox, name: string): string => accounts(sandbox, VENDOR)[name]!.token!

export const semgrepCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['SEMGREP_APP_TOKEN', 'SEMGREP_APP_URL'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'semgrep-appsec',
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'ciToken')
    },
    // A CI token: the agent API names the deployment in one request (a Web API token takes two).
    requests: 1,
    outputs: { organization: 'acme-corp', 'user-id': '', username: '', email: '', roles: '[]' },
    // The url is not Semgrep's default, so SEMGREP_APP_URL is exported beside the token.
    exports: ['SEMGREP_APP_TOKEN', 'SEMGREP_APP_URL']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'semgrep',
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'revokedToken')
    },
    message: ['the token was rejected', 'HTTP 401', 'Not authorized', 'Settings > Tokens']
  }),
  // No refused scenario: Semgrep reports no role or permission, so a requirement is refused at
  // validation (semgrep.bundle.test.ts), never by the gate.
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['token'])
}
