// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string>, env?: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title:
      "JFrog: the access token's own claims name its user and scopes; Xray's version proves it works there",
    inputs: (sandbox) => ({
      vendor: 'jfrog',
      url: `${sandbox.httpUrl}/_vendor/jfrog`,
      'api-token': sandbox.accounts.jfrog.ci.accessToken,
      'required-permissions': 'applied-permissions/groups:ci-deployers'
    })
  },
  {
    title:
      "JFrog with GitHub OIDC and mint-token: no stored secret; the job's ID token exchanged, a 1-hour token minted for later steps and revoked by the post step",
    inputs: (sandbox) => ({
      vendor: 'jfrog',
      url: `${sandbox.httpUrl}/_vendor/jfrog`,
      'oidc-provider': 'github-acme',
      'mint-token': 'true',
      'token-lifetime': '1h'
    }),
    env: (sandbox) => sandbox.github.env
  },
  {
    title: 'JFrog: a token limited to Artifactory (aud jfrt@*), refused by Xray, the cause named',
    inputs: (sandbox) => ({
      vendor: 'jfrog',
      url: `${sandbox.httpUrl}/_vendor/jfrog`,
      'api-token': sandbox.accounts.jfrog.artifactoryOnly.accessToken
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'JFrog',
    transports: ['http', 'https'],
    prefix: '/_vendor/jfrog',
    inputs: (sandbox) => ({
      vendor: 'jfrog',
      'api-token': sandbox.accounts.jfrog.developer.accessToken
    })
  }
]
