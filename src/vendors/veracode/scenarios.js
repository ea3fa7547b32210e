// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Veracode: HMAC-signed identity check, credentials expiring soon (warning)',
    inputs: (sandbox) => ({
      vendor: 'veracode',
      url: `${sandbox.httpUrl}/_vendor/veracode`,
      'access-key': sandbox.accounts.veracode.expiringSoon.apiId,
      'secret-key': sandbox.accounts.veracode.expiringSoon.apiKey
    })
  },
  {
    title: "Veracode: a regenerated pair (401), quoting the answer's x-conversation-id for support",
    inputs: (sandbox) => ({
      vendor: 'veracode',
      url: `${sandbox.httpUrl}/_vendor/veracode`,
      'access-key': sandbox.accounts.veracode.regenerated.apiId,
      'secret-key': sandbox.accounts.veracode.regenerated.apiKey
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Veracode',
    transports: ['http', 'https'],
    prefix: '/_vendor/veracode',
    // Every request is signed on its own (HMAC): there is no auth-header to hand on.
    noAuthHeader: true,
    inputs: (sandbox) => ({
      vendor: 'veracode',
      'access-key': sandbox.accounts.veracode.user.apiId,
      'secret-key': sandbox.accounts.veracode.user.apiKey
    })
  }
]
