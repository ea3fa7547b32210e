// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title:
      'Black Duck: API token traded for a bearer, roles read because required-roles asks (4 requests)',
    inputs: (sandbox) => ({
      vendor: 'black-duck',
      url: `${sandbox.httpUrl}/_vendor/black-duck`,
      'api-token': sandbox.accounts['black-duck'].scannerToken.apiToken,
      'required-roles': 'Global Code Scanner'
    })
  },
  {
    title: 'Black Duck: a System Administrator token (least-privilege warning)',
    inputs: (sandbox) => ({
      vendor: 'black-duck',
      url: `${sandbox.httpUrl}/_vendor/black-duck`,
      'api-token': sandbox.accounts['black-duck'].adminToken.apiToken,
      'required-roles': 'Global Code Scanner'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Black Duck',
    transports: ['http', 'https'],
    prefix: '/_vendor/black-duck',
    inputs: (sandbox) => ({
      vendor: 'black-duck',
      'api-token': sandbox.accounts['black-duck'].scannerToken.apiToken
    })
  }
]
