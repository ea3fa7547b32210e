// The sandbox: loopback fakes of every vendor, behind one HTTP and one HTTPS listener.
// Used by the tests, `npm run demo`, the benchmark, and by hand (`npm run sandbox`).
//
// Each fake checks what the real server checks and answers with the vendor's real shapes. Faults are
// switched on per request by a path prefix, so a scenario is just a different `url` input:
//
//   http://127.0.0.1:PORT/_fault/429-once/api/identity/v1/me
//
// Zero dependencies: it must run on a fresh clone before `npm ci`.
import { readFileSync } from 'node:fs'
import * as http from 'node:http'
import * as https from 'node:https'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { applyFault, FAULTS } from './faults.js'
import { invictiPlatform } from './fakes/invicti-platform.js'
import { tenableSc } from './fakes/tenable-sc.js'
import { infracast } from './fakes/infracast.js'
import { sonarqube } from './fakes/sonarqube.js'
import { snyk } from './fakes/snyk.js'
import { rapid7 } from './fakes/rapid7.js'
import { checkmarxOne } from './fakes/checkmarx-one.js'
import { veracode } from './fakes/veracode.js'

const here = dirname(fileURLToPath(import.meta.url))
export const CA_CERT_PATH = join(here, 'certs', 'ca.pem')
export const CA_CERT_PEM = readFileSync(CA_CERT_PATH, 'utf8')
const SERVER_CERT = readFileSync(join(here, 'certs', 'server.pem'), 'utf8')
const SERVER_KEY = readFileSync(join(here, 'certs', 'server.key'), 'utf8')

/** Every fake, in the order routes are tried. Snyk goes before Tenable.sc, which claims all /rest/. */
export const FAKES = [
  snyk,
  invictiPlatform,
  tenableSc,
  infracast,
  sonarqube,
  rapid7,
  checkmarxOne,
  veracode
]
export { FAULTS }

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path        the API path, after any fault prefix
 * @property {string[]} faults
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {string} body
 * @property {boolean} secure     received on the HTTPS listener
 */

/**
 * Starts the sandbox on loopback.
 * @param {{ host?: string, httpPort?: number, httpsPort?: number }} [options]
 */
export async function startSandbox(options = {}) {
  const host = options.host ?? '127.0.0.1'
  /** @type {RecordedRequest[]} */
  const requests = []
  /** Per-fault counters, so "-once" faults fire on the first request only. */
  const faultCounts = new Map()
  // The fakes are created once the ports are known: some build credentials that name the origin.
  const state = { requests, faultCounts, fakes: /** @type {ReturnType<typeof createFakes>} */ ([]) }

  const handler = (secure) => (req, res) => handle(state, secure, req, res)
  const plain = http.createServer(handler(false))
  const tls = https.createServer({ cert: SERVER_CERT, key: SERVER_KEY }, handler(true))
  const sockets = new Set()
  for (const server of [plain, tls]) {
    server.on('connection', (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
  }
  await listen(plain, options.httpPort ?? 0, host)
  await listen(tls, options.httpsPort ?? 0, host)
  const urlHost = host.includes(':') ? `[${host}]` : host
  const httpUrl = `http://${urlHost}:${plain.address().port}`
  const httpsUrl = `https://${urlHost}:${tls.address().port}`
  state.fakes = createFakes({ httpUrl, httpsUrl })

  return {
    httpUrl,
    httpsUrl,
    /** The same HTTPS listener under a name its certificate covers. */
    httpsLocalhostUrl: `https://localhost:${tls.address().port}`,
    caCertPath: CA_CERT_PATH,
    caCertPem: CA_CERT_PEM,
    requests,
    /** Accounts and keys of every fake, by vendor id. */
    accounts: Object.fromEntries(FAKES.map((fake, i) => [fake.id, state.fakes[i].accounts])),
    /** The fake's own state, by vendor id (sessions, switches). */
    fake: (id) => state.fakes[FAKES.findIndex((fake) => fake.id === id)],
    reset() {
      requests.length = 0
      faultCounts.clear()
      state.fakes.forEach((fake) => fake.reset?.())
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await Promise.all(
        [plain, tls].map((server) => new Promise((resolve) => server.close(resolve)))
      )
    }
  }
}

/** @param {{ httpUrl: string, httpsUrl: string }} origins */
function createFakes(origins) {
  return FAKES.map((fake) => fake.create(origins))
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
  const path = match ? (match[2] ?? '/') : url.pathname
  /** @type {RecordedRequest} */
  const recorded = {
    method: req.method ?? 'GET',
    path: path + url.search,
    faults,
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
  const request = { ...recorded, query: url.searchParams, json: parseJson(body) }

  for (const fault of faults) {
    if (!(fault in FAULTS))
      return send(400, { sandbox: `unknown fault "${fault}"`, faults: Object.keys(FAULTS) })
    const count = (state.faultCounts.get(fault) ?? 0) + 1
    state.faultCounts.set(fault, count)
    if (applyFault(fault, count, { req, res, request, send })) return
  }

  for (const fake of state.fakes) {
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
