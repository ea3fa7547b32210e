// Fault switches, applied before the vendor fake sees a request. A fault returns true when it has
// answered (or deliberately never will); false lets the request through to the fake.

/** name → what it does, for every vendor; the README lists these with the fakes' own. */
export const SHARED_FAULTS = {
  429: 'always 429 Too Many Requests with Retry-After: 1',
  '429-once': 'the first request gets 429 with Retry-After: 1 (seconds), later ones go through',
  '429-date-once': 'the first request gets 429 with Retry-After as an HTTP date two seconds ahead',
  '503-once': 'the first request gets 503 Service Unavailable, later ones go through',
  503: 'always 503 Service Unavailable',
  500: 'always 500 Internal Server Error (not retried)',
  hang: 'accepts the request and never answers',
  reset: 'closes the connection without answering',
  redirect: '302 to another origin (https://collector.invalid/...)',
  html: '200 with an HTML login page instead of JSON',
  huge: '200 with a 2 MiB JSON body (Content-Length set)',
  'huge-chunked': '200 with a 2 MiB body streamed without Content-Length',
  echo: '401 whose body echoes every request header back, credentials included',
  '502-once': 'the first request gets 502 Bad Gateway (an HTML proxy page), later ones go through',
  '504-once':
    'the first request gets 504 Gateway Time-out (an HTML proxy page), later ones go through',
  'reset-mid-body':
    '200 with headers and half of the promised body, then the connection is destroyed',
  'slow-headers':
    'nothing for slowFaultMs (default 2 s), then 200 {"sandbox":"slow-headers"} (the fake is not asked)',
  'slow-body': 'headers at once, then a valid JSON body trickled over 3 × slowFaultMs',
  'malformed-json': '200 application/json whose body is JSON cut off mid-string',
  'empty-200': '200 application/json with an empty body (Content-Length: 0)',
  'switching-protocols':
    'a 101 Switching Protocols upgrade answer to a plain request; the socket stays open',
  '429-once-per-client':
    'the first request of each client (told apart by its x-correlation-id header, else its connection) gets 429 with Retry-After: 1, its later ones go through'
}

const TWO_MIB = 2 * 1024 * 1024

/**
 * @param {string} fault
 * @param {number} count  how many requests this fault has seen, this one included
 */
export function applyFault(fault, count, { req, res, request, send, slowMs = 2000 }) {
  switch (fault) {
    case '429':
      send(
        429,
        { error: 'Too Many Requests', message: 'Rate limit exceeded' },
        { 'retry-after': '1' }
      )
      return true
    case '429-once':
      if (count > 1) return false
      send(
        429,
        { error: 'Too Many Requests', message: 'Rate limit exceeded' },
        { 'retry-after': '1' }
      )
      return true
    case '429-date-once':
      if (count > 1) return false
      send(
        429,
        { error: 'Too Many Requests' },
        { 'retry-after': new Date(Date.now() + 2000).toUTCString() }
      )
      return true
    case '503-once':
      if (count > 1) return false
      send(503, '<html><body>Service Unavailable</body></html>', { 'content-type': 'text/html' })
      return true
    case '503':
      send(503, '<html><body>Service Unavailable</body></html>', { 'content-type': 'text/html' })
      return true
    case '500':
      send(500, { error: 'Internal Server Error', message: 'Unexpected error' })
      return true
    case 'hang':
      // Keep the socket open; the sandbox destroys it on close().
      return true
    case 'reset':
      req.socket.destroy()
      return true
    case 'redirect':
      send(302, '', { location: `https://collector.invalid/steal${request.path}` })
      return true
    case 'html':
      send(
        200,
        '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login"><input name="user"></form></body></html>',
        { 'content-type': 'text/html; charset=utf-8' }
      )
      return true
    case 'huge':
      send(200, JSON.stringify({ padding: 'x'.repeat(TWO_MIB) }))
      return true
    case 'huge-chunked': {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = 'x'.repeat(64 * 1024)
      let sent = 0
      const pump = () => {
        while (sent < TWO_MIB) {
          sent += chunk.length
          if (!res.write(chunk)) return res.once('drain', pump)
        }
        res.end()
      }
      pump()
      res.on('error', () => {})
      return true
    }
    case '502-once':
      if (count > 1) return false
      send(
        502,
        '<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>',
        {
          'content-type': 'text/html'
        }
      )
      return true
    case '504-once':
      if (count > 1) return false
      send(
        504,
        '<html><head><title>504 Gateway Time-out</title></head><body>Gateway Time-out</body></html>',
        { 'content-type': 'text/html' }
      )
      return true
    case 'reset-mid-body': {
      const body = JSON.stringify({
        id: 1,
        username: 'reset@acme.example',
        padding: 'x'.repeat(4096)
      })
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body)
      })
      res.on('error', () => {})
      // Destroy only once the half is on the wire, so the client sees headers and some body.
      res.write(body.slice(0, body.length / 2), () => req.socket.destroy())
      return true
    }
    case 'slow-headers': {
      // Returns true so no fake answers now; a fake-less 200 comes later (the client is gone by then
      // when its timeout is shorter). The socket may be closed meanwhile: ignore write errors.
      res.on('error', () => {})
      const timer = setTimeout(() => {
        if (!res.destroyed) send(200, { sandbox: 'slow-headers', delayedMs: slowMs })
      }, slowMs)
      res.on('close', () => clearTimeout(timer))
      return true
    }
    case 'slow-body': {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.on('error', () => {})
      const pieces = [
        '{"sandbox":',
        '"slow-body",',
        '"padding":',
        '"',
        'x',
        'x',
        'x',
        'x',
        '"',
        '}'
      ]
      const every = Math.max(1, Math.round((3 * slowMs) / pieces.length))
      let next = 0
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer)
        res.write(pieces[next++])
        if (next === pieces.length) {
          clearInterval(timer)
          res.end()
        }
      }, every)
      res.on('close', () => clearInterval(timer))
      return true
    }
    case 'malformed-json':
      send(200, '{"id":2263447,"username":"admin@acme.example","permissions":6', {
        'content-type': 'application/json; charset=utf-8'
      })
      return true
    case 'empty-200':
      send(200, '')
      return true
    case 'switching-protocols':
      // Written on the raw socket: Node's ServerResponse will not send a 101 to a request that did
      // not ask for an upgrade. The socket then stays open, as a server that switched would keep it.
      req.socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'
      )
      return true
    case 'echo':
      send(401, {
        error: 'Unauthorized',
        message: `Rejected request with headers ${JSON.stringify(request.headers)}`
      })
      return true
    case '429-once-per-client': {
      // Per listener, so two sandboxes never share what they have seen.
      const server = req.socket.server
      if (!clientsSeen.has(server)) clientsSeen.set(server, new Set())
      const seen = clientsSeen.get(server)
      const client =
        request.headers['x-correlation-id'] ??
        `${req.socket.remoteAddress}:${req.socket.remotePort}`
      if (seen.has(client)) return false
      seen.add(client)
      send(
        429,
        { error: 'Too Many Requests', message: 'Rate limit exceeded' },
        { 'retry-after': '1' }
      )
      return true
    }
    default:
      return false
  }
}

/** Clients that '429-once-per-client' has already turned away, by listener. */
const clientsSeen = new WeakMap()
