// A body sent a byte per chunk (chunked transfer coding, which the server chooses) is read into one
// buffer as it arrives. Kept as a list of its chunks, 900 KB of answer held some 900,000 objects:
// about 0.5 GB, enough for a runner with a memory limit to kill the step. The bundle runs here with a
// V8 heap of 64 MB, which that list overflows and one buffer never nears.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { rawServer, type RawServer } from './helpers/raw-server.js'
import { localNode, runStep } from '../scripts/runner.js'

const BODY_BYTES = 900 * 1024
let server: RawServer

beforeAll(async () => {
  const body = `{"message":"${'x'.repeat(BODY_BYTES - 15)}"}`
  const framed = [...body].map((byte) => `1\r\n${byte}\r\n`).join('') + '0\r\n\r\n'
  server = await rawServer((socket) => {
    socket.write(
      'HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n'
    )
    socket.end(framed)
  })
})
afterAll(() => server.close())

it('reads a body sent a byte per chunk without keeping each chunk', async () => {
  const step = await runStep({
    node: localNode(),
    inputs: {
      vendor: 'invicti',
      url: server.url,
      'api-key': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3ItYWxpY2UifQ.c2lnbmF0dXJlLW9mLXRoZS1rZXk',
      retries: '0'
    },
    env: { NODE_OPTIONS: '--max-old-space-size=64' }
  })
  expect(step.stderr).not.toContain('heap out of memory')
  expect(step.exitCode).toBe(1)
  expect(step.errors).toEqual([expect.stringContaining('the API key was rejected')])
}, 60_000)
