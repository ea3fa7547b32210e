import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const keys = (sandbox: Sandbox, name: string): Record<string, string> => {
  const account = accounts(sandbox, 'tenable-vm')[name]!
  return { 'access-key': account.accessKey!, 'secret-key': account.secretKey! }
}

export const tenableVmCase: VendorCase = {
  vendor: 'tenable-vm',
  exportable: ['TIO_URL', 'TIO_ACCESS_KEY', 'TIO_SECRET_KEY'],
  url: (sandbox, secure) => prefixed(sandbox, 'tenable-vm', secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'tenable-io',
      url: prefixed(sandbox, 'tenable-vm'),
      ...keys(sandbox, 'scanManager'),
      'required-roles': 'Standard',
      'required-permissions': 'TIO_BACKEND.SCAN.READ'
    },
    requests: 1,
    outputs: {
      'user-id': '2263448',
      username: 'max.manager@acme.example',
      roles: '["Scan Manager"]',
      organization: 'acme-security'
    },
    exports: ['TIO_URL', 'TIO_ACCESS_KEY', 'TIO_SECRET_KEY']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'tenable',
      url: prefixed(sandbox, 'tenable-vm'),
      ...keys(sandbox, 'unknownKey')
    },
    message: ['the API keys were rejected', 'HTTP 401', 'Unauthorized: Invalid Credentials']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'tenable-vm',
      url: prefixed(sandbox, 'tenable-vm'),
      ...keys(sandbox, 'scanOperator'),
      'required-roles': 'Standard'
    },
    message: ['"Scan Operator"', '"Standard" or a higher level', 'required-roles']
  }),
  secrets: (sandbox) => allSecrets(sandbox, 'tenable-vm', ['accessKey', 'secretKey'])
}
