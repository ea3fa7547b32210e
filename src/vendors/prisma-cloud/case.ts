import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'prisma-cloud'
const keys = (sandbox: Sandbox, name: string): Record<string, string> => {
  const account = accounts(sandbox, VENDOR)[name]!
  return { 'access-key': account.accessKey!, 'secret-key': account.secretKey! }
}

export const prismaCloudCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['PRISMA_API_URL', 'PRISMA_ACCESS_KEY', 'PRISMA_SECRET_KEY', 'BC_API_KEY'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'prisma',
      url: prefixed(sandbox, VENDOR),
      ...keys(sandbox, 'ciKey'),
      // A role type: the role itself is named "CI Scanner".
      'required-roles': 'Build and Deploy Security'
    },
    // The login, then /user/me.
    requests: 2,
    outputs: {
      'user-id': '',
      username: 'ci-bot@acme.example',
      'display-name': 'CI Bot',
      email: 'ci-bot@acme.example',
      roles: '["CI Scanner"]',
      organization: 'Acme Corp'
    },
    exports: ['PRISMA_API_URL', 'PRISMA_ACCESS_KEY', 'PRISMA_SECRET_KEY', 'BC_API_KEY']
  }),
  rejected: (sandbox) => ({
    inputs: { vendor: VENDOR, url: prefixed(sandbox, VENDOR), ...keys(sandbox, 'euKey') },
    message: [
      'the access key was rejected',
      'HTTP 401',
      'Prisma Cloud said: invalid_credentials',
      'another Prisma Cloud region',
      'eu (https://api.eu.prismacloud.io)'
    ]
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      ...keys(sandbox, 'readerKey'),
      'required-roles': 'Build and Deploy Security'
    },
    message: [
      'rita@acme.example (Rita Reader)',
      'holds "Account Group Read Only"',
      '"Build and Deploy Security"',
      'required-roles'
    ]
  }),
  // BC_API_KEY (<access key>::<secret>) is a credential of its own: exported, masked, never shown.
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['accessKey', 'secretKey', 'bcApiKey']),
  // POST /login issues a token.
  firstRequestCreates: true
}
