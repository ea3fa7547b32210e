import { accounts, allSecrets, prefixed, type VendorCase } from '../../../__tests__/vendors/case.js'

const token = (sandbox: Parameters<VendorCase['url']>[0], name: string): string =>
  accounts(sandbox, 'sonarqube')[name]!.token!

export const sonarqubeCase: VendorCase = {
  vendor: 'sonarqube',
  exportable: ['SONAR_HOST_URL', 'SONAR_TOKEN'],
  url: (sandbox, secure) => prefixed(sandbox, 'sonarqube', secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'sonarcloud',
      url: prefixed(sandbox, 'sonarqube'),
      'api-token': token(sandbox, 'userToken'),
      'required-roles': 'sonar-administrators',
      'required-permissions': 'scan'
    },
    // validate, then users/current (see src/vendors/sonarqube.ts for why both).
    requests: 2,
    outputs: {
      username: 'ada',
      email: 'ada@acme.example',
      roles: '["sonar-administrators","sonar-users","admin"]',
      'expires-at': ''
    },
    exports: ['SONAR_HOST_URL', 'SONAR_TOKEN']
  }),
  // A SonarQube Server (the sandbox is one) that answers Bearer 401 is asked once more with Basic.
  requestsOn401: 2,
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'sonarqube',
      url: prefixed(sandbox, 'sonarqube'),
      'api-token': token(sandbox, 'revokedToken')
    },
    message: ['the token was rejected', 'HTTP 200', 'revoked', 'region']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'sonarqube',
      url: prefixed(sandbox, 'sonarqube'),
      'api-token': token(sandbox, 'viewerToken'),
      'required-permissions': 'scan'
    },
    message: ['viewer (Vic Viewer', 'lacks "scan"', 'required-permissions']
  }),
  mint: (sandbox) => ({
    inputs: {
      vendor: 'sonarqube',
      url: prefixed(sandbox, 'sonarqube'),
      'api-token': token(sandbox, 'developerToken'),
      'mint-token': 'true'
    },
    // validate, users/current, user_tokens/generate
    requests: 3
  }),
  secrets: (sandbox) => allSecrets(sandbox, 'sonarqube', ['token', 'password'])
}
