// The floor of a check, with Node's built-ins only: one GET to an identity endpoint (over HTTPS with
// an extra CA trusted on top of the public roots, or over HTTP), the JSON answer parsed, one line
// appended to $GITHUB_OUTPUT. `npm run bench` times it next to the action, so every figure there can
// be read as overhead above what any Node client doing the same job must pay.
//
//   FLOOR_URL      the endpoint (Invicti Platform's /api/identity/v1/me in the benchmark)
//   FLOOR_AUTH     the X-Auth header's value
//   FLOOR_CA_FILE  PEM file of the extra CA (https: only; without it, the default trust: Node's
//                  roots and NODE_EXTRA_CA_CERTS, as for a server the job already trusts)
//
// Built-ins come from process.getBuiltinModule rather than `import`: an ESM import of node:http builds
// the module namespace, whose WebSocket getter loads undici and would put that cost into the floor.
// The extra CA goes into a default secure context with addCACert, which adds it to Node's already
// parsed root store; handing `ca` the public roots plus the CA as PEM re-parses every root and costs
// more. The `context` property is undocumented but used by Node's own tests; if it ever disappears the
// floor must fail loudly rather than quietly measure something else.
const fs = process.getBuiltinModule('node:fs')
const url = new URL(required('FLOOR_URL'))
const secure = url.protocol === 'https:'
const { request } = process.getBuiltinModule(secure ? 'node:https' : 'node:http')

/** @type {import('node:https').RequestOptions} */
const options = {
  method: 'GET',
  headers: { accept: 'application/json', 'x-auth': required('FLOOR_AUTH') }
}
if (secure && process.env.FLOOR_CA_FILE) {
  const secureContext = process.getBuiltinModule('node:tls').createSecureContext()
  if (typeof secureContext.context?.addCACert !== 'function') {
    throw new Error(
      'this Node has no SecureContext.context.addCACert: the floor cannot be measured'
    )
  }
  secureContext.context.addCACert(fs.readFileSync(required('FLOOR_CA_FILE'), 'utf8'))
  options.secureContext = secureContext
}

const req = request(url, options, (res) => {
  let body = ''
  res.setEncoding('utf8')
  res.on('data', (chunk) => (body += chunk))
  res.on('end', () => {
    if (res.statusCode !== 200) {
      process.stderr.write(`floor: HTTP ${res.statusCode}\n`)
      process.exitCode = 1
      return
    }
    const me = JSON.parse(body)
    fs.appendFileSync(required('GITHUB_OUTPUT'), `user-id=${me.id}\n`)
  })
})
req.on('error', (error) => {
  process.stderr.write(`floor: ${error.message}\n`)
  process.exitCode = 1
})
req.end()

/** @param {string} name */
function required(name) {
  const value = process.env[name]
  if (!value) throw new Error(`floor: ${name} is not set`)
  return value
}
