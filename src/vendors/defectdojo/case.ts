import {
  accounts,
  allSecrets,
  prefixed,
  type Sandbox,
  type VendorCase
} from '../../../__tests__/vendors/case.js'

const VENDOR = 'defectdojo'
const token = (sandbox: Sandbox, name: string): string => accounts(sandbox, VENDOR)[name]!.apiToken!

export const defectdojoCase: VendorCase = {
  vendor: VENDOR,
  exportable: ['DD_URL', 'DD_API_KEY'],
  url: (sandbox, secure) => prefixed(sandbox, VENDOR, secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'dojo',
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'importer'),
      'required-roles': 'API Importer'
    },
    requests: 1,
    outputs: {
      'user-id': '7',
      username: 'ci-importer',
      'display-name': 'CI Importer',
      email: 'ci-importer@dojo.example',
      roles: '["API Importer"]',
      'expires-at': ''
    },
    exports: ['DD_URL', 'DD_API_KEY']
  }),
  // DefectDojo answers a rejected key with 403, not 401 (see index.ts).
  rejected: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'regenerated')
    },
    message: ['the API key was rejected', 'HTTP 403', 'Invalid token.', 'regenerated']
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: VENDOR,
      url: prefixed(sandbox, VENDOR),
      'api-token': token(sandbox, 'reader'),
      'required-roles': 'Writer'
    },
    message: ['rita (Rita Reader', 'holds "Reader"', '"Writer"', 'required-roles']
  }),
  secrets: (sandbox) => allSecrets(sandbox, VENDOR, ['apiToken'])
}
