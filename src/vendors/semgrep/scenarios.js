// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title:
      'Semgrep: a Web API token without the Agent (CI) scope (agent API 404, then /api/v1/deployments, and a warning that semgrep ci will refuse it)',
    inputs: (sandbox) => ({
      vendor: 'semgrep',
      url: `${sandbox.httpUrl}/_vendor/semgrep`,
      'api-token': sandbox.accounts.semgrep.webApiToken.token
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Semgrep',
    transports: ['http', 'https'],
    prefix: '/_vendor/semgrep',
    inputs: (sandbox) => ({
      vendor: 'semgrep',
      'api-token': sandbox.accounts.semgrep.ciToken.token
    })
  }
]
