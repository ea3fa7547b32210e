// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Invicti Platform: success, role gate passed',
    inputs: (sandbox) => ({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': sandbox.accounts['invicti-platform'].alice.apiKey,
      'required-roles': 'Administrator'
    })
  },
  {
    title: 'Invicti Platform: 401, a key that was regenerated',
    inputs: (sandbox) => ({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': sandbox.accounts['invicti-platform'].rexOldKey.apiKey
    })
  },
  {
    title:
      'Invicti Platform: 403 for an account with several organizations and no organization-id (the header is documented as required; the 403 is assumed)',
    inputs: (sandbox) => ({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': sandbox.accounts['invicti-platform'].morgan.apiKey
    })
  },
  {
    title: 'Invicti Platform: signed in as a Security Analyst where a Security Manager is required',
    inputs: (sandbox) => ({
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': sandbox.accounts['invicti-platform'].sam.apiKey,
      'required-roles': 'Security Manager'
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Invicti Platform',
    transports: ['http', 'https'],
    inputs: (sandbox) => ({
      vendor: 'invicti',
      'api-key': sandbox.accounts['invicti-platform'].alice.apiKey
    })
  }
]

/**
 * The benchmark's headline rows (unauthorized, validation failure, idle post step) and the
 * built-ins floor script use this vendor: one X-Auth request to its identity endpoint.
 * @type {import('../../../scripts/bench-scenarios.js').Headline}
 */
export const headline = {
  name: 'Invicti Platform',
  identityPath: '/api/identity/v1/me',
  floorAuth: (sandbox) => sandbox.accounts['invicti-platform'].alice.apiKey,
  success: (sandbox) => ({
    vendor: 'invicti',
    'api-key': sandbox.accounts['invicti-platform'].alice.apiKey
  }),
  rejected: (sandbox) => ({
    vendor: 'invicti',
    'api-key': sandbox.accounts['invicti-platform'].rexOldKey.apiKey
  })
}
