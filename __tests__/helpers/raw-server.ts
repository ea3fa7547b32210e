// Small purpose-built loopback servers for what the sandbox does not do.
import * as net from 'node:net'

export interface RawServer {
  url: string
  port: number
  /** Request heads received (request line and headers), in order. */
  requests: string[]
  close(): Promise<void>
}

/**
 * A TCP server that reads each request head and lets `answer` write raw bytes (or nothing) on the
 * socket: 101 upgrades, interim floods, resets, half answers.
 */
export async function rawServer(
  answer: (socket: net.Socket, head: string, index: number) => void,
  host = '127.0.0.1'
): Promise<RawServer> {
  const requests: string[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let buffered = ''
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1')
      const end = buffered.indexOf('\r\n\r\n')
      if (end === -1) return
      const head = buffered.slice(0, end)
      buffered = ''
      requests.push(head)
      answer(socket, head, requests.length)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

export const JSON_OK =
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}'
