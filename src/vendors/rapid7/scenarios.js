// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Rapid7 Insight: a key of another region (401 naming every region)',
    inputs: (sandbox) => ({
      vendor: 'rapid7',
      url: `${sandbox.httpUrl}/_vendor/rapid7`,
      'api-key': sandbox.accounts.rapid7.euKey.apiKey
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Rapid7 Insight',
    transports: ['http', 'https'],
    prefix: '/_vendor/rapid7',
    inputs: (sandbox) => ({
      vendor: 'rapid7',
      'api-key': sandbox.accounts.rapid7.userKey.apiKey
    })
  }
]
