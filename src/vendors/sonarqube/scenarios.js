// This vendor's rows in `npm run demo` and `npm run bench` (scripts/scenarios.generated.js
// gathers them). Inputs are functions of the running sandbox; the bench adds url and ca-cert.

/** @type {{ title: string, inputs: (sandbox: any) => Record<string, string> }[]} */
export const demo = [
  {
    title: 'SonarQube: a token that expires in 3 days (validate, users/current, expiry warning)',
    inputs: (sandbox) => ({
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_vendor/sonarqube`,
      'api-token': sandbox.accounts.sonarqube.expiringSoonToken.token,
      'required-permissions': 'scan'
    })
  },
  {
    title:
      'SonarQube with mint-token: later steps get a global analysis token that dies at midnight UTC, revoked by the post step',
    inputs: (sandbox) => ({
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_vendor/sonarqube`,
      'api-token': sandbox.accounts.sonarqube.developerToken.token,
      'mint-token': 'true'
    })
  },
  {
    title:
      "SonarQube: a 403 quoted in SonarQube's own words (errors[].msg: Insufficient privileges)",
    inputs: (sandbox) => ({
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_fault/sonarqube-403/_vendor/sonarqube`,
      'api-token': sandbox.accounts.sonarqube.userToken.token
    })
  }
]

/** @type {import('../../../scripts/bench-scenarios.js').SuccessPath[]} */
export const bench = [
  {
    name: 'SonarQube',
    transports: ['http', 'https'],
    prefix: '/_vendor/sonarqube',
    inputs: (sandbox) => ({
      vendor: 'sonarqube',
      // A developer's token, not an administrator's: a success without the least-privilege warning.
      'api-token': sandbox.accounts.sonarqube.developerToken.token
    })
  }
]
