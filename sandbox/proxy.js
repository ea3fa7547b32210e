// A loopback forward proxy for the proxy tests: CONNECT tunnels for https:// targets and
// absolute-form requests for http:// ones, as HTTPS_PROXY / HTTP_PROXY clients send them. It records
// what it was asked for. With `refuse: true` it answers every CONNECT with 403, as a locked-down
// corporate proxy does. With `upstreamHost`, every CONNECT is tunnelled to that address whatever host
// it names, so tests can use a non-loopback name (loopback URLs are never proxied) without DNS.
import * as http from 'node:http'
import * as net from 'node:net'

/** @param {{ refuse?: boolean, upstreamHost?: string }} [options] */
export async function startProxy({ refuse = false, upstreamHost } = {}) {
  /** @type {{ method: string, target: string }[]} */
  const seen = []
  const sockets = new Set()
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? 'GET', target: req.url ?? '' })
    if (refuse) {
      res.writeHead(403).end('Forbidden by proxy policy')
      return
    }
    const target = new URL(req.url ?? '')
    const upstream = http.request(
      target,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.writeHead(502).end('Bad Gateway'))
    req.pipe(upstream)
  })
  server.on('connect', (req, client, head) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '' })
    if (refuse) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/)
    const upstream = net.connect(Number(port), upstreamHost ?? host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    seen,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}
