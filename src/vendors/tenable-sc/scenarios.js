// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Tenable.sc: API keys, one request, role gate by name',
    inputs: (sandbox) => ({
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'ca-cert': sandbox.caCertPath,
      'access-key': '25147e3cae2251c7ed2de1b08db0091a',
      'secret-key': '32898fe211cce83f7f6b8c6448e0a503',
      'required-roles': 'Security Manager'
    })
  },
  {
    title: 'Tenable.sc: session login releasing the oldest session; the post step logs out',
    inputs: (sandbox) => ({
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'ca-cert': sandbox.caCertPath,
      username: 'bo.busy',
      password: 'sandbox-busy-password',
      'release-session': 'true'
    })
  },
  {
    title: 'Tenable.sc: regenerated keys (403, error_code 0)',
    inputs: (sandbox) => ({
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'ca-cert': sandbox.caCertPath,
      'access-key': '42b60aea383fac6e9b62bd5d50874bfc',
      'secret-key': '69dcf5db5be4ddcb6b396cf5e749b0be'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Tenable.sc API keys',
    // Real installs serve HTTPS only and redirect plain HTTP, and so does the fake.
    transports: ['https'],
    inputs: (sandbox) => ({
      vendor: 'tenable-sc',
      'access-key': sandbox.accounts['tenable-sc'].manager.accessKey,
      'secret-key': sandbox.accounts['tenable-sc'].manager.secretKey
    })
  },
  {
    name: 'Tenable.sc session',
    transports: ['https'],
    inputs: (sandbox) => ({
      vendor: 'tenable-sc',
      username: sandbox.accounts['tenable-sc'].manager.username,
      password: sandbox.accounts['tenable-sc'].manager.password
    }),
    // The fake, like the server, caps open sessions per user: each run's session is ended afterwards
    // by an untimed post step.
    opensSession: true
  }
]
