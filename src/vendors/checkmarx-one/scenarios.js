// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Checkmarx One: API key exchanged at the IAM, userinfo, role gate passed',
    inputs: (sandbox) => ({
      vendor: 'cxone',
      url: `${sandbox.httpUrl}/_vendor/checkmarx-one`,
      'api-key': sandbox.accounts['checkmarx-one'].developer.apiKey,
      'required-roles': 'ast-scanner'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Checkmarx One',
    // The fake, like Checkmarx, binds an API key (a refresh token) to the issuer URL it was made
    // for; its HTTPS keys name https://127.0.0.1, and this benchmark's HTTPS uses a host name.
    transports: ['http'],
    prefix: '/_vendor/checkmarx-one',
    inputs: (sandbox) => ({
      vendor: 'checkmarx-one',
      'api-key': sandbox.accounts['checkmarx-one'].developer.apiKey
    })
  }
]
