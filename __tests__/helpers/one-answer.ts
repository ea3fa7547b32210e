// A loopback HTTP server that gives every request one fixed answer: for statuses and bodies the
// sandbox's fakes never send (a 403 a vendor documents nowhere, a 200 without the field that
// proves the credential), which a test still needs to reach the step's own wording.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Runs `use` with the server's base URL (http://127.0.0.1:<port>), and closes the server after. */
export async function withOneAnswer<T>(
  status: number,
  body: string,
  use: (url: string) => Promise<T>,
  headers: Record<string, string> = { 'content-type': 'application/json' }
): Promise<T> {
  const server = createServer((_request, response) => response.writeHead(status, headers).end(body))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
