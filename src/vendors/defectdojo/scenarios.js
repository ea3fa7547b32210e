// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title:
      'DefectDojo: a regenerated key, answered with 403 "Invalid token." and explained as a rejected key',
    inputs: (sandbox) => ({
      vendor: 'defectdojo',
      url: `${sandbox.httpUrl}/_vendor/defectdojo`,
      'api-token': sandbox.accounts.defectdojo.regenerated.apiToken
    })
  },
  {
    title: 'DefectDojo: a superuser key passes required-roles, with a least-privilege warning',
    inputs: (sandbox) => ({
      vendor: 'defectdojo',
      url: `${sandbox.httpUrl}/_vendor/defectdojo`,
      'api-token': sandbox.accounts.defectdojo.admin.apiToken,
      'required-roles': 'Owner'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'DefectDojo',
    transports: ['http', 'https'],
    prefix: '/_vendor/defectdojo',
    inputs: (sandbox) => ({
      vendor: 'defectdojo',
      'api-token': sandbox.accounts.defectdojo.importer.apiToken
    })
  }
]
