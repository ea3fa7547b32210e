// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Snyk: OAuth client credentials traded for a short-lived token, then /rest/self',
    inputs: (sandbox) => ({
      vendor: 'snyk',
      url: `${sandbox.httpUrl}/_vendor/snyk`,
      'client-id': sandbox.accounts.snyk.oauthClient.clientId,
      'client-secret': sandbox.accounts.snyk.oauthClient.clientSecret
    })
  },
  {
    title:
      'Snyk: a service-account token (snyk_sat.) whose h claim names the host it is valid for; the url matches it',
    inputs: (sandbox) => ({
      vendor: 'snyk',
      url: `${sandbox.httpUrl}/_vendor/snyk`,
      'api-token': sandbox.accounts.snyk.serviceAccountPat.apiToken
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Snyk',
    transports: ['http', 'https'],
    prefix: '/_vendor/snyk',
    inputs: (sandbox) => ({ vendor: 'snyk', 'api-token': sandbox.accounts.snyk.user.apiToken })
  }
]
