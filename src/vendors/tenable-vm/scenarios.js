// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Tenable VM: API keys, one request, a Scan Manager passes "Standard or higher"',
    inputs: (sandbox) => ({
      vendor: 'tenable-vm',
      url: `${sandbox.httpUrl}/_vendor/tenable-vm`,
      'access-key': sandbox.accounts['tenable-vm'].scanManager.accessKey,
      'secret-key': sandbox.accounts['tenable-vm'].scanManager.secretKey,
      'required-roles': 'Standard',
      'required-permissions': 'TIO_BACKEND.SCAN.READ'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Tenable VM',
    transports: ['http', 'https'],
    prefix: '/_vendor/tenable-vm',
    inputs: (sandbox) => ({
      vendor: 'tenable-vm',
      'access-key': sandbox.accounts['tenable-vm'].scanManager.accessKey,
      'secret-key': sandbox.accounts['tenable-vm'].scanManager.secretKey
    })
  }
]
