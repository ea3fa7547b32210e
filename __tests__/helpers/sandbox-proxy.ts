// A loopback server in front of the sandbox, for tests that answer some of a step's requests
// themselves and pass the rest on to the fakes: the hostile server (./hostile-server.ts) and the
// scripted answers of issued-answers.test.ts.
import * as http from 'node:http'
import * as https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

/** The sandbox's answer to a forwarded request, read whole. */
export interface ForwardedAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** Sends the request on to `upstream` (the sandbox's origin); a failed hop answers 502. */
export function forwardToSandbox(
  upstream: URL,
  req: http.IncomingMessage,
  body: string
): Promise<ForwardedAnswer> {
  return new Promise((resolve) => {
    const client = upstream.protocol === 'https:' ? https : http
    const request = client.request(
      {
        // The sandbox's own certificate: this hop is loopback to loopback.
        rejectUnauthorized: false,
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host }
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8')
          })
        )
        response.on('error', () => resolve({ status: 502, headers: {}, body: '' }))
      }
    )
    request.on('error', () => resolve({ status: 502, headers: {}, body: '' }))
    request.end(body)
  })
}

/** Answers as the sandbox did, without the hop's own framing headers. */
export function sendForwarded(res: http.ServerResponse, answer: ForwardedAnswer): void {
  const headers = { ...answer.headers }
  delete headers['transfer-encoding']
  delete headers['content-length']
  delete headers.connection
  res.writeHead(answer.status, headers).end(answer.body)
}

/**
 * Listens on loopback, handing each request with its whole body to `handle`; close() ends every
 * connection still open (a step's kept-alive socket) before it resolves.
 */
export async function listenOnLoopback(
  handle: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void
): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')))
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}
