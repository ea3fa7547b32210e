// What `npm run bench` times. A vendor joins by adding one entry to SUCCESS_PATHS: the inputs of a
// successful sign-in against its sandbox fake, and the transports its fake serves. The url (the
// listener's, plus the fake's path prefix when it has one) and, for HTTPS, the ca-cert input are
// added per transport.
//
//   http   the sandbox's plain listener at http://127.0.0.1:PORT (an IP literal: no DNS)
//   https  https://localhost:PORT with ca-cert: the sandbox CA trusted on top of the public roots,
//          and a host name, as every real vendor URL is (resolving it and Node's IPv6 check of a
//          host name are part of any real check)

/**
 * @typedef {{ accounts: Record<string, Record<string, any>>, httpUrl: string,
 *             httpsLocalhostUrl: string, caCertPath: string }} Sandbox
 * @typedef {'http' | 'https'} Transport
 * @typedef {{ name: string, transports: Transport[],
 *             inputs: (sandbox: Sandbox, transport: Transport) => Record<string, string>,
 *             prefix?: string, opensSession?: boolean, noAuthHeader?: boolean }} SuccessPath
 *   prefix: the path the fake is served under, for fakes that share the listener by path
 */

/** @type {SuccessPath[]} */
export const SUCCESS_PATHS = [
  {
    name: 'Invicti Platform',
    transports: ['http', 'https'],
    inputs: (sandbox) => ({
      vendor: 'invicti',
      'api-key': sandbox.accounts['invicti-platform'].alice.apiKey
    })
  },
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
  },
  {
    name: 'Infracast login',
    transports: ['http', 'https'],
    inputs: (sandbox) => ({
      vendor: 'infracast',
      username: sandbox.accounts.infracast.ada.username,
      password: sandbox.accounts.infracast.ada.password,
      tenant: 'prod'
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
  },
  {
    name: 'Invicti Enterprise',
    transports: ['http', 'https'],
    prefix: '/_vendor/invicti-enterprise',
    inputs: (sandbox) => ({
      vendor: 'invicti-enterprise',
      'user-id': sandbox.accounts['invicti-enterprise'].owner.userId,
      'api-token': sandbox.accounts['invicti-enterprise'].owner.apiToken
    })
  },
  {
    name: 'Rapid7 Insight',
    transports: ['http', 'https'],
    prefix: '/_vendor/rapid7',
    inputs: (sandbox) => ({
      vendor: 'rapid7',
      'api-key': sandbox.accounts.rapid7.userKey.apiKey
    })
  },
  {
    name: 'Tenable VM',
    transports: ['http', 'https'],
    prefix: '/_vendor/tenable-vm',
    inputs: (sandbox) => ({
      vendor: 'tenable-vm',
      'access-key': sandbox.accounts['tenable-vm'].scanManager.accessKey,
      'secret-key': sandbox.accounts['tenable-vm'].scanManager.secretKey
    })
  },
  {
    name: 'Nessus API keys',
    transports: ['http', 'https'],
    prefix: '/_vendor/nessus',
    inputs: (sandbox) => ({
      vendor: 'nessus',
      'access-key': sandbox.accounts.nessus.standard.accessKey,
      'secret-key': sandbox.accounts.nessus.standard.secretKey
    })
  },
  {
    name: 'SonarQube',
    transports: ['http', 'https'],
    prefix: '/_vendor/sonarqube',
    inputs: (sandbox) => ({
      vendor: 'sonarqube',
      'api-token': sandbox.accounts.sonarqube.userToken.token
    })
  },
  {
    name: 'Snyk',
    transports: ['http', 'https'],
    prefix: '/_vendor/snyk',
    inputs: (sandbox) => ({ vendor: 'snyk', 'api-token': sandbox.accounts.snyk.user.apiToken })
  },
  {
    name: 'Checkmarx One',
    // The fake, like Checkmarx, binds an API key (a refresh token) to the issuer URL it was made
    // for; its HTTPS keys name https://127.0.0.1, and this benchmark's HTTPS uses a host name.
    transports: ['http'],
    prefix: '/_vendor/checkmarx-one',
    inputs: (sandbox) => ({
      vendor: 'checkmarx-one',
      'api-key': sandbox.accounts['checkmarx-one'].developer.apiKey
    })
  },
  {
    name: 'Veracode',
    transports: ['http', 'https'],
    prefix: '/_vendor/veracode',
    // Every request is signed on its own (HMAC): there is no auth-header to hand on.
    noAuthHeader: true,
    inputs: (sandbox) => ({
      vendor: 'veracode',
      'access-key': sandbox.accounts.veracode.user.apiId,
      'secret-key': sandbox.accounts.veracode.user.apiKey
    })
  }
]

/**
 * @typedef {{ exitCode: number, outputs?: string[], warnings?: boolean, error?: RegExp }} Expectation
 *   what every timed run must show: its exit code, the outputs it must set, whether a warning is
 *   allowed, and what its error annotation must say
 * @typedef {{ id: string, name: string, floor: string | null, kind: 'bare' | 'floor' | 'main' | 'post',
 *             inputs?: Record<string, string>, state?: Record<string, string>, stateFromMain?: boolean,
 *             floorEnv?: Record<string, string>, expect: Expectation, opensSession?: boolean }} Scenario
 *   floor: the id of the floor scenario this one is compared with (null: it sends no request)
 *   inputs: the step's inputs (a post step gets the same inputs as its main step, as on the runner)
 *   state: the saved state a post step starts with; stateFromMain: an untimed main step with the same
 *     inputs runs first and its saved state is handed on (a session to end)
 *   opensSession: an untimed post step runs afterwards to end the session the timed step opened
 */

export const BARE = 'bare'
const FLOOR = { http: 'floor-http', https: 'floor-https' }
const SUCCESS = { exitCode: 0, outputs: ['identity', 'auth-header'], warnings: false }

/**
 * Every scenario of a run, the bare start and the floors first.
 * @param {Sandbox} sandbox
 * @returns {Scenario[]}
 */
export function scenarios(sandbox) {
  /** @param {Transport} transport @param {string} [prefix] */
  const endpoint = (transport, prefix = '') =>
    transport === 'http'
      ? { url: sandbox.httpUrl + prefix }
      : { url: sandbox.httpsLocalhostUrl + prefix, 'ca-cert': sandbox.caCertPath }
  /** @param {Transport} transport */
  const label = (transport) => (transport === 'http' ? 'HTTP' : 'HTTPS + `ca-cert`')
  const invicti = sandbox.accounts['invicti-platform']
  const floorEnv = (/** @type {Transport} */ transport) => ({
    FLOOR_URL: `${endpoint(transport).url}/api/identity/v1/me`,
    FLOOR_AUTH: invicti.alice.apiKey,
    ...(transport === 'https' ? { FLOOR_CA_FILE: sandbox.caCertPath } : {})
  })

  /** @type {Scenario[]} */
  const list = [
    { id: BARE, name: '`node -e 0`', floor: null, kind: 'bare', expect: { exitCode: 0 } },
    .../** @type {Transport[]} */ (['http', 'https']).map((transport) => ({
      id: FLOOR[transport],
      name: `floor (built-ins only), ${label(transport)}`,
      floor: null,
      kind: /** @type {const} */ ('floor'),
      floorEnv: floorEnv(transport),
      expect: { exitCode: 0, outputs: ['user-id'] }
    }))
  ]
  for (const path of SUCCESS_PATHS) {
    for (const transport of path.transports) {
      list.push({
        id: `${slug(path.name)}-${transport}`,
        name: `${path.name}, ${label(transport)}`,
        floor: FLOOR[transport],
        kind: 'main',
        inputs: { ...path.inputs(sandbox, transport), ...endpoint(transport, path.prefix) },
        expect: path.noAuthHeader ? { ...SUCCESS, outputs: ['identity'] } : SUCCESS,
        ...(path.opensSession ? { opensSession: true } : {})
      })
    }
  }
  const session = SUCCESS_PATHS.find((path) => path.opensSession)
  const invictiHttp = { vendor: 'invicti', 'api-key': invicti.alice.apiKey, ...endpoint('http') }
  list.push(
    {
      id: 'unauthorized-http',
      name: 'Invicti Platform 401 (regenerated key), HTTP',
      floor: FLOOR.http,
      kind: 'main',
      inputs: { ...invictiHttp, 'api-key': invicti.rexOldKey.apiKey },
      expect: { exitCode: 1, error: /HTTP 401/ }
    },
    {
      id: 'validation-failure',
      name: 'validation failure (`http://` to a non-loopback host, no request)',
      floor: null,
      kind: 'main',
      inputs: { ...invictiHttp, url: 'http://scanner.example.com' },
      expect: { exitCode: 1, error: /must use https:\/\// }
    },
    {
      id: 'post-nothing',
      name: 'post step, nothing to end',
      floor: null,
      kind: 'post',
      inputs: invictiHttp,
      // A main step without a session saves no state.
      state: {},
      expect: { exitCode: 0, warnings: false }
    }
  )
  if (session) {
    list.push({
      id: 'post-session',
      name: `post step, ${session.name} to end, HTTPS + \`ca-cert\``,
      floor: FLOOR.https,
      kind: 'post',
      inputs: { ...session.inputs(sandbox, 'https'), ...endpoint('https') },
      stateFromMain: true,
      expect: { exitCode: 0, warnings: false }
    })
  }
  return list
}

/** @param {string} text */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
