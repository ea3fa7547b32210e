// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Wiz: client credentials traded for a token, then one GraphQL query at the API',
    inputs: (sandbox) => ({
      vendor: 'wiz',
      url: `${sandbox.httpUrl}/_vendor/wiz`,
      'client-id': sandbox.accounts.wiz.ci.clientId,
      'client-secret': sandbox.accounts.wiz.ci.clientSecret
    })
  },
  {
    title:
      "Wiz: a token of another data center, refused with HTTP 200 and GraphQL's UNAUTHENTICATED (read as a 401)",
    inputs: (sandbox) => ({
      vendor: 'wiz',
      url: `${sandbox.httpUrl}/_vendor/wiz`,
      'client-id': sandbox.accounts.wiz.euCi.clientId,
      'client-secret': sandbox.accounts.wiz.euCi.clientSecret
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Wiz',
    transports: ['http', 'https'],
    prefix: '/_vendor/wiz',
    inputs: (sandbox) => ({
      vendor: 'wiz',
      'client-id': sandbox.accounts.wiz.ci.clientId,
      'client-secret': sandbox.accounts.wiz.ci.clientSecret
    })
  }
]
