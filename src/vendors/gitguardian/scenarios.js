// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title:
      'GitGuardian: a personal access token whose scopes are the permissions and whose expire_at is the expiry',
    inputs: (sandbox) => ({
      vendor: 'gitguardian',
      url: `${sandbox.httpUrl}/_vendor/gitguardian`,
      'api-key': sandbox.accounts.gitguardian.pat.apiKey,
      'required-permissions': 'scan'
    })
  },
  {
    title: 'GitGuardian: a token of the EU instance sent to the US one (401 naming both regions)',
    inputs: (sandbox) => ({
      vendor: 'gitguardian',
      url: `${sandbox.httpUrl}/_vendor/gitguardian`,
      'api-key': sandbox.accounts.gitguardian.euKey.apiKey
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'GitGuardian',
    transports: ['http', 'https'],
    prefix: '/_vendor/gitguardian',
    inputs: (sandbox) => ({
      vendor: 'gitguardian',
      'api-key': sandbox.accounts.gitguardian.pat.apiKey
    })
  }
]
