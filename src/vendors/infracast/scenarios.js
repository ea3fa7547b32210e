// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Infracast: login with a tenant role',
    inputs: (sandbox) => ({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: 'ada',
      password: 'ada-sandbox-password',
      tenant: 'prod',
      'required-roles': 'admin'
    })
  },
  {
    title: 'Infracast: API key proven by read-only probes',
    inputs: (sandbox) => ({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'api-key': 'ic_live_sbxOps5d1e8a7c3b920f',
      tenant: 'staging',
      'required-permissions': 'nodes:read, findings:read, jobs:read'
    })
  },
  {
    title: 'Infracast: API key lacking a permission (403)',
    inputs: (sandbox) => ({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6',
      tenant: 'prod',
      'required-permissions': 'nodes:read, jobs:read'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Infracast login',
    transports: ['http', 'https'],
    inputs: (sandbox) => ({
      vendor: 'infracast',
      username: sandbox.accounts.infracast.ada.username,
      password: sandbox.accounts.infracast.ada.password,
      // An editor there, not an administrator: a success without the least-privilege warning.
      tenant: 'staging'
    })
  },
  {
    name: 'Infracast API key',
    transports: ['http', 'https'],
    inputs: (sandbox) => ({
      vendor: 'infracast',
      'api-key': sandbox.accounts.infracast['key-ops'].apiKey,
      tenant: 'staging'
    })
  }
]
