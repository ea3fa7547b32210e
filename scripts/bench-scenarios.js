// What `npm run bench` times. A vendor joins with the `bench` rows of its scenarios.js: the inputs of
// a successful sign-in against its sandbox fake, and the transports its fake serves. The url (the
// listener's, plus the fake's path prefix when it has one) and, for HTTPS, the ca-cert input are
// added per transport.
//
//   http   the sandbox's plain listener at http://127.0.0.1:PORT (an IP literal: no DNS)
//   https  https://localhost:PORT with ca-cert: the sandbox CA trusted on top of the public roots,
//          and a host name, as every real vendor URL is (resolving it and Node's IPv6 check of a
//          host name are part of any real check)
//
// One more pair of rows times the common case, a vendor whose certificate the job already trusts
// (a public CA, or a private one the runner's environment names): HTTPS without ca-cert, the sandbox
// CA given to both the floor and the step through NODE_EXTRA_CA_CERTS, as Node reads a trusted root.

import { VENDOR_SCENARIOS } from './scenarios.generated.js'

/**
 * @typedef {{ accounts: Record<string, Record<string, any>>, httpUrl: string,
 *             httpsLocalhostUrl: string, caCertPath: string }} Sandbox
 * @typedef {'http' | 'https'} Transport
 * @typedef {{ name: string, transports: Transport[],
 *             inputs: (sandbox: Sandbox, transport: Transport) => Record<string, string>,
 *             prefix?: string, opensSession?: boolean, noAuthHeader?: boolean }} SuccessPath
 *   prefix: the path the fake is served under, for fakes that share the listener by path
 * @typedef {{ identityPath: string, floorAuth: (sandbox: Sandbox) => string, name: string,
 *             success: (sandbox: Sandbox) => Record<string, string>,
 *             rejected: (sandbox: Sandbox) => Record<string, string> }} Headline
 *   the headline vendor's identity endpoint and X-Auth key for the floor script, a success and a
 *   rejected credential
 */

/**
 * Every vendor's success paths, from its folder (src/vendors/<id>/scenarios.js).
 * @type {SuccessPath[]}
 */
export const SUCCESS_PATHS = VENDOR_SCENARIOS.flatMap((vendor) => vendor.bench)

/**
 * The vendor whose folder offers the headline rows: the floor script calls its identity endpoint
 * with a working key, and a regenerated key of it is the 401 row.
 * @type {Headline}
 */
const HEADLINE = /** @type {any} */ (VENDOR_SCENARIOS.find((vendor) => vendor.headline)).headline

/**
 * @typedef {{ exitCode: number, outputs?: string[], warnings?: boolean, error?: RegExp }} Expectation
 *   what every timed run must show: its exit code, the outputs it must set, whether a warning is
 *   allowed, and what its error annotation must say
 * @typedef {{ id: string, name: string, floor: string | null, kind: 'bare' | 'floor' | 'main' | 'post',
 *             inputs?: Record<string, string>, state?: Record<string, string>, stateFromMain?: boolean,
 *             env?: Record<string, string>, expect: Expectation, opensSession?: boolean,
 *             variantOf?: string }} Scenario
 *   floor: the id of the floor scenario this one is compared with (null: it sends no request)
 *   env: environment variables beyond the runner's and the inputs (the floor's settings, a CA the
 *     job trusts)
 *   inputs: the step's inputs (a post step gets the same inputs as its main step, as on the runner)
 *   state: the saved state a post step starts with; stateFromMain: an untimed main step with the same
 *     inputs runs first and its saved state is handed on (a session to end)
 *   opensSession: an untimed post step runs afterwards to end the session the timed step opened
 *   variantOf: the id of the row whose step this one repeats in another setting (npm run profile
 *     records that row, not this one)
 */

export const BARE = 'bare'
const FLOOR = { http: 'floor-http', https: 'floor-https', trusted: 'floor-https-trusted' }
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
  const floorEnv = (/** @type {Transport} */ transport) => ({
    FLOOR_URL: `${endpoint(transport).url}${HEADLINE.identityPath}`,
    FLOOR_AUTH: HEADLINE.floorAuth(sandbox),
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
      env: floorEnv(transport),
      expect: { exitCode: 0, outputs: ['user-id'] }
    })),
    {
      id: FLOOR.trusted,
      name: `floor (built-ins only), ${TRUSTED_LABEL}`,
      floor: null,
      kind: 'floor',
      env: {
        FLOOR_URL: `${sandbox.httpsLocalhostUrl}${HEADLINE.identityPath}`,
        FLOOR_AUTH: HEADLINE.floorAuth(sandbox),
        NODE_EXTRA_CA_CERTS: sandbox.caCertPath
      },
      expect: { exitCode: 0, outputs: ['user-id'] }
    }
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
  const headlineHttp = { ...HEADLINE.success(sandbox), ...endpoint('http') }
  list.push(
    {
      id: `${slug(HEADLINE.name)}-https-trusted`,
      name: `${HEADLINE.name}, ${TRUSTED_LABEL}`,
      floor: FLOOR.trusted,
      kind: 'main',
      inputs: { ...HEADLINE.success(sandbox), url: sandbox.httpsLocalhostUrl },
      env: { NODE_EXTRA_CA_CERTS: sandbox.caCertPath },
      expect: SUCCESS,
      variantOf: `${slug(HEADLINE.name)}-https`
    },
    {
      id: 'unauthorized-http',
      name: `${HEADLINE.name} 401 (regenerated key), HTTP`,
      floor: FLOOR.http,
      kind: 'main',
      inputs: { ...HEADLINE.rejected(sandbox), ...endpoint('http') },
      expect: { exitCode: 1, error: /HTTP 401/ }
    },
    {
      id: 'validation-failure',
      name: 'validation failure (`http://` to a non-loopback host, no request)',
      floor: null,
      kind: 'main',
      inputs: { ...headlineHttp, url: 'http://scanner.example.com' },
      expect: { exitCode: 1, error: /must use https:\/\// }
    },
    {
      id: 'post-nothing',
      name: 'post step, nothing to end',
      floor: null,
      kind: 'post',
      inputs: headlineHttp,
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

/** The common case: the job's Node already trusts the server's CA, so no ca-cert input. */
const TRUSTED_LABEL = 'HTTPS, CA trusted by the job (no `ca-cert`)'

/** @param {string} text */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
