import { accounts, allSecrets, prefixed, type VendorCase } from '../../../__tests__/vendors/case.js'

const pair = (
  sandbox: Parameters<VendorCase['url']>[0],
  name: string
): { 'access-key': string; 'secret-key': string } => {
  const account = accounts(sandbox, 'veracode')[name]!
  return { 'access-key': account.apiId!, 'secret-key': account.apiKey! }
}

export const veracodeCase: VendorCase = {
  vendor: 'veracode',
  exportable: ['VERACODE_API_KEY_ID', 'VERACODE_API_KEY_SECRET'],
  url: (sandbox, secure) => prefixed(sandbox, 'veracode', secure),
  success: (sandbox) => ({
    inputs: {
      vendor: 'veracode',
      url: prefixed(sandbox, 'veracode'),
      ...pair(sandbox, 'user'),
      'required-roles': 'Creator'
    },
    requests: 2,
    outputs: {
      username: 'ada@acme.example',
      email: 'ada@acme.example',
      roles: '["extcreator","extsubmitter","extreviewer"]',
      organization: 'Acme Security',
      'auth-header': ''
    },
    exports: ['VERACODE_API_KEY_ID', 'VERACODE_API_KEY_SECRET']
  }),
  rejected: (sandbox) => ({
    inputs: {
      vendor: 'veracode',
      url: prefixed(sandbox, 'veracode'),
      ...pair(sandbox, 'regenerated')
    },
    message: [
      'the signed request was rejected',
      'HTTP 401',
      "runner's clock",
      'region',
      // Quoted from the answer's x-conversation-id, for Veracode support.
      'Conversation ID: '
    ]
  }),
  refused: (sandbox) => ({
    inputs: {
      vendor: 'veracode',
      url: prefixed(sandbox, 'veracode'),
      ...pair(sandbox, 'expiringSoon'),
      'required-roles': 'Creator'
    },
    message: ['"extreviewer"', '"Creator"', 'required-roles']
  }),
  secrets: (sandbox) => [
    ...allSecrets(sandbox, 'veracode', ['apiKey']),
    // An EU or FedRAMP key without its prefix is what the signature is made with: it must not
    // leak either.
    ...allSecrets(sandbox, 'veracode', ['apiKey'])
      .filter((key) => /^vera01[ef]s-/.test(key))
      .map((key) => key.slice('vera01es-'.length))
  ]
}
