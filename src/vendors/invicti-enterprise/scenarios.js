// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Invicti Enterprise: user id and API token over HTTP Basic, one request',
    inputs: (sandbox) => ({
      vendor: 'invicti-enterprise',
      url: `${sandbox.httpUrl}/_vendor/invicti-enterprise`,
      'user-id': sandbox.accounts['invicti-enterprise'].owner.userId,
      'api-token': sandbox.accounts['invicti-enterprise'].owner.apiToken
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Invicti Enterprise',
    transports: ['http', 'https'],
    prefix: '/_vendor/invicti-enterprise',
    inputs: (sandbox) => ({
      vendor: 'invicti-enterprise',
      'user-id': sandbox.accounts['invicti-enterprise'].owner.userId,
      'api-token': sandbox.accounts['invicti-enterprise'].owner.apiToken
    })
  }
]
