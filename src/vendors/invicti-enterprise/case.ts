import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'invicti-enterprise'
const credentials = (sandbox: Sandbox, name: string): Record<string, string> => {
  const account = accounts(sandbox, VENDOR)[name]!
  return { 'user-id': account.userId!, 'api-token': account.apiToken! }
}
const basic = (userId: string, apiToken: string): string =>
  Buffer.from(`${userId}:${apiToken}`).toString('base64')

export const invictiEnterpriseCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['INVICTI_URL', 'INVICTI_USER_ID', 'INVICTI_API_TOKEN'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'netsparker',
      url: prefixed(sandbox, VENDOR),
      ...credentials(sandbox, 'owner')
    },
    requests: 1,
    outputs: {
      'user-id': credentials(sandbox, 'owner')['user-id']!,
      username: 'olivia.owner@acme.example',
      'display-name': 'Olivia Owner',
      email: 'olivia.owner@acme.example',
      roles: '[]'
    },
    exports: ['INVICTI_URL', 'INVICTI_USER_ID', 'INVICTI_API_TOKEN']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'invicti-enterprise',
      url: prefixed(sandbox, VENDOR),
      ...credentials(sandbox, 'wrongToken')
    },
    message: ['the user id and API token were rejected', 'HTTP 401', 'API access is disabled']
  }),
  // No refused scenario: account/me reports no role or permission, so a requirement is refused at
  // validation (tested in invicti-enterprise.bundle.test.ts), never by the gate.
  secrets: (sandbox) => {
    const tokens = Object.values(accounts(sandbox, VENDOR)).map((a) => ({
      userId: a.userId!,
      apiToken: a.apiToken!
    }))
    return [
      ...allSecrets(sandbox, VENDOR, ['apiToken']),
      ...tokens.map((t) => basic(t.userId, t.apiToken))
    ]
  }
}
