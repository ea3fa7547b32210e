// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title:
      'Socket: a token of two organizations (one without a name: its slug stands in), comma-separated in the organization output',
    inputs: (sandbox) => ({
      vendor: 'socket',
      url: `${sandbox.httpUrl}/_vendor/socket`,
      'api-token': sandbox.accounts.socket.multiOrgToken.token
    })
  },
  {
    title: "Socket: a spent API quota (429 Insufficient quota for API route, in Socket's words)",
    inputs: (sandbox) => ({
      vendor: 'socket',
      url: `${sandbox.httpUrl}/_fault/socket-quota/_vendor/socket`,
      'api-token': sandbox.accounts.socket.orgToken.token,
      retries: '0'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Socket',
    transports: ['http', 'https'],
    prefix: '/_vendor/socket',
    inputs: (sandbox) => ({
      vendor: 'socket',
      'api-token': sandbox.accounts.socket.orgToken.token
    })
  }
]
