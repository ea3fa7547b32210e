// The sandbox: loopback fakes of every vendor, behind one HTTP and one HTTPS listener (plus three
// HTTPS listeners with broken certificates for the TLS faults).
// Used by the tests, `npm run demo`, the benchmark, and by hand (`npm run sandbox`).
//
// Each fake checks what the real server checks and answers with the vendor's real shapes. Faults are
// switched on per request by a path prefix, so a scenario is just a different `url` input:
//
//   http://127.0.0.1:PORT/_fault/429-once/api/identity/v1/me
//
// Vendors whose routes collide (Tenable VM and Nessus both serve GET /session) are told apart by a
// second prefix, `/_vendor/<vendor-id>`, which sends the request to that one fake only:
//
//   http://127.0.0.1:PORT/_vendor/<vendor-id>/session
//
// Every fake answers under its prefix. Without one, only the fakes marked `unprefixed` (the three
// that predate the prefix) are tried, in order; newer fakes are reachable under their prefix only.
// The two prefixes compose in one order, fault first:
//
//   http://127.0.0.1:PORT/_fault/429-once,slow-body/_vendor/<vendor-id>/session
//
// TLS faults are not path prefixes but listeners: `tlsSelfSignedUrl` (a certificate not issued by
// the sandbox CA), `tlsExpiredUrl` (issued by the CA, expired in 2020) and `tlsWrongHostUrl` (issued
// by the CA for wrong-host.example and 192.0.2.10 only). Behind them the same fakes answer, so a client that skips
// verification still gets through. `certs/README.md` says how the certificates were made.
//
// Zero dependencies: it must run on a fresh clone before `npm ci`.
import { readFileSync } from 'node:fs'
import * as http from 'node:http'
import * as https from 'node:https'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { applyFault, SHARED_FAULTS } from './faults.js'
import { FAKES } from './fakes.generated.js'
import { createGitHubOidc } from './github-oidc.js'

const here = dirname(fileURLToPath(import.meta.url))
export const CA_CERT_PATH = join(here, 'certs', 'ca.pem')
export const CA_CERT_PEM = readFileSync(CA_CERT_PATH, 'utf8')
const SERVER_CERT = readFileSync(join(here, 'certs', 'server.pem'), 'utf8')
const SERVER_KEY = readFileSync(join(here, 'certs', 'server.key'), 'utf8')
/** @param {string} name */
const certificate = (name) => ({
  cert: readFileSync(join(here, 'certs', `${name}.pem`), 'utf8'),
  key: readFileSync(join(here, 'certs', `${name}.key`), 'utf8')
})

export { FAKES }

/**
 * Every fault switch: the shared ones, then each fake's own (which the fake reads from
 * `request.faults` itself; the sandbox lets them through).
 */
export const FAULTS = {
  ...SHARED_FAULTS,
  ...Object.assign({}, ...FAKES.map((fake) => fake.faults ?? {}))
}

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path        the API path, after any fault and vendor prefix
 * @property {string[]} faults
 * @property {string | undefined} vendor  the vendor id of a /_vendor/ prefix
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {string} body
 * @property {boolean} secure     received on the HTTPS listener
 */

/**
 * Starts the sandbox on loopback.
 * `slowFaultMs` is how long `slow-headers` holds the headers back and a third of how long
 * `slow-body` takes to trickle its body (default 2000 ms): longer than the short `timeout` a test
 * gives the action, short enough to keep tests quick.
 * @param {{ host?: string, httpPort?: number, httpsPort?: number, slowFaultMs?: number }} [options]
 */
export async function startSandbox(options = {}) {
  const host = options.host ?? '127.0.0.1'
  /** @type {RecordedRequest[]} */
  const requests = []
  /** Per-fault counters, so "-once" faults fire on the first request only. */
  const faultCounts = new Map()
  // The fakes are created once the ports are known: some build credentials that name the origin.
  const state = {
    requests,
    faultCounts,
    slowFaultMs: options.slowFaultMs ?? 2000,
    fakes: /** @type {ReturnType<typeof createFakes>} */ ([]),
    github: createGitHubOidc()
  }

  const handler = (secure) => (req, res) => handle(state, secure, req, res)
  const plain = http.createServer(handler(false))
  const tls = https.createServer({ cert: SERVER_CERT, key: SERVER_KEY }, handler(true))
  const selfSigned = https.createServer(certificate('self-signed'), handler(true))
  const expired = https.createServer(certificate('expired'), handler(true))
  const wrongHost = https.createServer(certificate('wrong-host'), handler(true))
  const servers = [plain, tls, selfSigned, expired, wrongHost]
  const sockets = new Set()
  for (const server of servers) {
    server.on('connection', (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
  }
  await listen(plain, options.httpPort ?? 0, host)
  await listen(tls, options.httpsPort ?? 0, host)
  for (const server of [selfSigned, expired, wrongHost]) await listen(server, 0, host)
  const urlHost = host.includes(':') ? `[${host}]` : host
  const httpUrl = `http://${urlHost}:${plain.address().port}`
  const httpsUrl = `https://${urlHost}:${tls.address().port}`
  state.fakes = createFakes({ httpUrl, httpsUrl })

  return {
    httpUrl,
    httpsUrl,
    /** The same HTTPS listener under a name its certificate covers. */
    httpsLocalhostUrl: `https://localhost:${tls.address().port}`,
    /** TLS faults: a self-signed certificate the sandbox CA did not issue. */
    tlsSelfSignedUrl: `https://${urlHost}:${selfSigned.address().port}`,
    /** TLS faults: a certificate from the sandbox CA that expired on 2020-01-02. */
    tlsExpiredUrl: `https://${urlHost}:${expired.address().port}`,
    /** TLS faults: a certificate from the sandbox CA for wrong-host.example and 192.0.2.10 only. */
    tlsWrongHostUrl: `https://${urlHost}:${wrongHost.address().port}`,
    caCertPath: CA_CERT_PATH,
    caCertPem: CA_CERT_PEM,
    requests,
    /** Accounts and keys of every fake, by vendor id. */
    accounts: Object.fromEntries(FAKES.map((fake, i) => [fake.id, state.fakes[i].accounts])),
    /** The fake's own state, by vendor id (sessions, switches). */
    fake: (id) => state.fakes[FAKES.findIndex((fake) => fake.id === id)],
    /**
     * The runner's ID-token service (./github-oidc.js): `env` is what a job with id-token: write
     * gets, `setJob` changes the job its tokens describe.
     */
    github: {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: state.github.requestUrl(httpUrl),
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: state.github.requestToken
      },
      setJob: (job) => state.github.setJob(job),
      issued: () => state.github.issued
    },
    reset() {
      requests.length = 0
      faultCounts.clear()
      state.fakes.forEach((fake) => fake.reset?.())
      state.github.reset()
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
    }
  }
}

/**
 * Each fake gets the origins it is reached at: with its /_vendor/ prefix unless it also answers
 * without one, so a credential that names its issuer (Checkmarx One's `iss`) leads back to it.
 * @param {{ httpUrl: string, httpsUrl: string }} origins
 */
function createFakes(origins) {
  return FAKES.map((fake) => fake.create(vendorOrigins(fake.id, origins)))
}

/**
 * The base URLs at which one vendor's fake answers.
 * @param {string} id
 * @param {{ httpUrl: string, httpsUrl: string }} origins
 */
export function vendorOrigins(id, origins) {
  if (FAKES.find((fake) => fake.id === id)?.unprefixed) return origins
  return {
    httpUrl: `${origins.httpUrl}/_vendor/${id}`,
    httpsUrl: `${origins.httpsUrl}/_vendor/${id}`
  }
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
}

async function handle(state, secure, req, res) {
  const body = await readBody(req)
  const url = new URL(req.url ?? '/', 'http://sandbox')
  const match = /^\/_fault\/([^/]+)(\/.*)?$/.exec(url.pathname)
  const faults = match ? match[1].split(',') : []
  const afterFaults = match ? (match[2] ?? '/') : url.pathname
  const vendorMatch = /^\/_vendor\/([^/]+)(\/.*)?$/.exec(afterFaults)
  const vendor = vendorMatch ? vendorMatch[1] : undefined
  const path = vendorMatch ? (vendorMatch[2] ?? '/') : afterFaults
  /** @type {RecordedRequest} */
  const recorded = {
    method: req.method ?? 'GET',
    path: path + url.search,
    faults,
    vendor,
    headers: req.headers,
    body,
    secure
  }
  state.requests.push(recorded)

  const send = (status, payload, headers = {}) => {
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload)
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers
    })
    res.end(text)
  }
  const request = { ...recorded, rawUrl: req.url, query: url.searchParams, json: parseJson(body) }

  for (const fault of faults) {
    if (!(fault in FAULTS))
      return send(400, { sandbox: `unknown fault "${fault}"`, faults: Object.keys(FAULTS) })
    const count = (state.faultCounts.get(fault) ?? 0) + 1
    state.faultCounts.set(fault, count)
    if (!(fault in SHARED_FAULTS)) continue // a fake's own switch: the fake reads it
    if (applyFault(fault, count, { req, res, request, send, slowMs: state.slowFaultMs })) return
  }

  if (vendor === undefined && state.github.handle(request, send) !== false) return
  if (vendor !== undefined) {
    const index = FAKES.findIndex((fake) => fake.id === vendor)
    if (index < 0)
      return send(400, {
        sandbox: `unknown vendor "${vendor}"`,
        vendors: FAKES.map((fake) => fake.id)
      })
    if (state.fakes[index].handle(request, send) !== false) return
    return send(404, { error: 'The requested file was not found.' })
  }
  for (const [index, fake] of state.fakes.entries()) {
    if (!FAKES[index].unprefixed) continue
    const handled = fake.handle(request, send)
    if (handled !== false) return
  }
  send(404, { error: 'The requested file was not found.' })
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(''))
  })
}

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}
