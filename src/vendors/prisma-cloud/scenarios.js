// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'Prisma Cloud: required-roles met by a role type (the role is named "CI Scanner")',
    inputs: (sandbox) => ({
      vendor: 'prisma-cloud',
      url: `${sandbox.httpUrl}/_vendor/prisma-cloud`,
      'access-key': sandbox.accounts['prisma-cloud'].ciKey.accessKey,
      'secret-key': sandbox.accounts['prisma-cloud'].ciKey.secretKey,
      'required-roles': 'Build and Deploy Security'
    })
  },
  {
    title: 'Prisma Cloud: a key of another stack (401 naming every region)',
    inputs: (sandbox) => ({
      vendor: 'prisma-cloud',
      url: `${sandbox.httpUrl}/_vendor/prisma-cloud`,
      'access-key': sandbox.accounts['prisma-cloud'].euKey.accessKey,
      'secret-key': sandbox.accounts['prisma-cloud'].euKey.secretKey
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'Prisma Cloud',
    transports: ['http', 'https'],
    prefix: '/_vendor/prisma-cloud',
    inputs: (sandbox) => ({
      vendor: 'prisma-cloud',
      'access-key': sandbox.accounts['prisma-cloud'].ciKey.accessKey,
      'secret-key': sandbox.accounts['prisma-cloud'].ciKey.secretKey
    })
  }
]
