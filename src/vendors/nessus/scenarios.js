// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title:
      'Nessus: session login over HTTPS with ca-cert; the post step ends it with DELETE /session',
    inputs: (sandbox) => ({
      vendor: 'nessus',
      url: `${sandbox.httpsLocalhostUrl}/_vendor/nessus`,
      'ca-cert': sandbox.caCertPath,
      username: sandbox.accounts.nessus.admin.username,
      password: sandbox.accounts.nessus.admin.password,
      'required-roles': 'Standard'
    })
  },
  {
    title:
      'Nessus Professional: the keys are valid, and a warning says the edition refuses scan launches (412)',
    inputs: (sandbox) => ({
      vendor: 'nessus',
      url: `${sandbox.httpsLocalhostUrl}/_fault/nessus-professional/_vendor/nessus`,
      'ca-cert': sandbox.caCertPath,
      'access-key': sandbox.accounts.nessus.standard.accessKey,
      'secret-key': sandbox.accounts.nessus.standard.secretKey
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Nessus API keys',
    transports: ['http', 'https'],
    prefix: '/_vendor/nessus',
    inputs: (sandbox) => ({
      vendor: 'nessus',
      'access-key': sandbox.accounts.nessus.standard.accessKey,
      'secret-key': sandbox.accounts.nessus.standard.secretKey
    })
  }
]
