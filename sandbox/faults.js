// Fault switches, applied before the vendor fake sees a request. A fault returns true when it has
// answered (or deliberately never will); false lets the request through to the fake.

/** name → what it does; the README lists these. */
export const FAULTS = {
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
  echo: '401 whose body echoes every request header back, credentials included'
}

const TWO_MIB = 2 * 1024 * 1024

/**
 * @param {string} fault
 * @param {number} count  how many requests this fault has seen, this one included
 */
export function applyFault(fault, count, { req, res, request, send }) {
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
    case 'echo':
      send(401, {
        error: 'Unauthorized',
        message: `Rejected request with headers ${JSON.stringify(request.headers)}`
      })
      return true
    default:
      return false
  }
}
