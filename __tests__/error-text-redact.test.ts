// A vendor's JSON error text is quoted cut to 512 characters (contract: server text is bounded), and
// a secret the server echoes in it is redacted first, on the whole text: one echoed across the cut
// must not leave its first characters in the error line or the job summary.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { runMain } from './helpers/action.js'
import { rawServer, type RawServer } from './helpers/raw-server.js'

const token = 'a3f9c2e17b5d4089e6c1f2a7b3d8e4f5061c9a2b7e3d5f8091a4c6e2b7d9f013'
let server: Server
let url: string
/** Where in the message the echoed token starts: on either side of the 512-character cut. */
let padding = 0

beforeAll(async () => {
  server = createServer((_request, response) => {
    const message = `Bad credentials. ${'x'.repeat(padding)} token=${token}`
    response.writeHead(401, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ errors: [{ status: 401, message }] }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('an echoed secret in a vendor error text', () => {
  for (const at of [10, 440, 457, 470, 475]) {
    it(`is redacted when it starts ${at} characters into the message`, async () => {
      padding = at
      const step = await runMain({ vendor: 'jfrog', url, 'api-token': token })
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain('Bad credentials.')
      for (const text of [step.errors.join('\n'), step.summary, step.log.join('\n')]) {
        // Any 8 characters of the token in a row would be a leak (at 475, 12 stand before the cut).
        for (let i = 0; i + 8 <= token.length; i++) {
          expect(text).not.toContain(token.slice(i, i + 8))
        }
      }
    })
  }
})

// The reason phrase of the status line is server text too, up to 16 KiB long: a server that echoes
// the credential there, across the 512-character cut, must not leave its first characters either.
describe('an echoed secret in the reason phrase of the status line', () => {
  let reasonServer: RawServer
  /** The status line's code and whatever the answer adds to it (an upgrade's headers). */
  let answer = { status: 401, headers: 'Content-Type: application/json\r\nContent-Length: 2' }

  beforeAll(async () => {
    reasonServer = await rawServer((socket) => {
      const reason = `${'x'.repeat(padding)} token=${token}`
      const body = answer.status === 401 ? '{}' : ''
      socket.end(`HTTP/1.1 ${answer.status} ${reason}\r\n${answer.headers}\r\n\r\n${body}`)
    })
  })
  afterAll(() => reasonServer.close())

  const cases = [
    { what: 'a 401', status: 401, headers: 'Content-Type: application/json\r\nContent-Length: 2' },
    { what: 'a 101 upgrade', status: 101, headers: 'Connection: upgrade\r\nUpgrade: websocket' },
    { what: 'a 101 given as the final answer', status: 101, headers: 'Content-Length: 0' }
  ]
  for (const { what, status, headers } of cases) {
    for (const at of [10, 470]) {
      it(`is redacted in ${what} when it starts ${at} characters into the reason phrase`, async () => {
        padding = at
        answer = { status, headers }
        const step = await runMain({ vendor: 'jfrog', url: reasonServer.url, 'api-token': token })
        expect(step.exitCode).toBe(1)
        expect(step.errors[0]).toContain(`HTTP ${status} xxxxxxxxxx`)
        for (const text of [step.errors.join('\n'), step.summary, step.log.join('\n')]) {
          for (let i = 0; i + 8 <= token.length; i++) {
            expect(text).not.toContain(token.slice(i, i + 8))
          }
        }
      })
    }
  }
})

// The Content-Type of an answer that is not JSON is quoted too, cut to 200 characters: an echo
// across that cut must not leave the token's first characters (a login's answer included).
describe('an echoed secret in the Content-Type of an answer that is not JSON', () => {
  let typeServer: RawServer
  let status = 200

  beforeAll(async () => {
    typeServer = await rawServer((socket) => {
      const type = `text/plain; x=${'x'.repeat(padding)}${token}`
      socket.end(`HTTP/1.1 ${status} OK\r\nContent-Type: ${type}\r\nContent-Length: 5\r\n\r\nhello`)
    })
  })
  afterAll(() => typeServer.close())

  const cases = [
    { vendor: 'jfrog', status: 200, inputs: { 'api-token': token } },
    {
      vendor: 'infracast',
      status: 200,
      inputs: { username: 'u', password: token, tenant: 'prod' }
    },
    { vendor: 'infracast', status: 401, inputs: { username: 'u', password: token, tenant: 'prod' } }
  ]
  for (const { vendor, status: answered, inputs } of cases) {
    for (const at of [10, 160, 470]) {
      it(`is redacted in ${vendor}'s HTTP ${answered} when it starts ${at} characters into it`, async () => {
        padding = at
        status = answered
        const step = await runMain({ vendor, url: typeServer.url, ...inputs })
        expect(step.exitCode).toBe(1)
        for (const text of [step.errors.join('\n'), step.summary, step.log.join('\n')]) {
          for (let i = 0; i + 8 <= token.length; i++) {
            expect(text).not.toContain(token.slice(i, i + 8))
          }
        }
      })
    }
  }
})
