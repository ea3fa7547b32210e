// A step the runner cancels (it sends SIGINT, and Node exits at once) and a doctor stopped with
// Ctrl-C, while a session or a minted credential is open and its check is still on its way: the
// post step, or the doctor itself, still ends it. Each server here opens the session, then never
// answers the next request, so the signal always lands in that window.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localNode, ROOT, runStep } from '../scripts/runner.js'

let server: Server | undefined
afterEach(() => {
  server?.closeAllConnections()
  server?.close()
  server = undefined
})

/** A loopback server; `stall` names the request it never answers, which it reports as arrived. */
async function stallingServer(
  answer: (req: IncomingMessage, res: ServerResponse) => void,
  stall: (req: IncomingMessage) => boolean
): Promise<{ url: string; seen: string[]; arrived: Promise<void> }> {
  const seen: string[] = []
  let arrive: () => void = () => undefined
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url!.split('?')[0]}`)
    req.resume()
    if (stall(req)) arrive()
    else answer(req, res)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, arrived }
}

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** Tenable.sc: POST /rest/token opens a session; GET /rest/currentUser never answers. */
function tenableSc(): ReturnType<typeof stallingServer> {
  return stallingServer(
    (req, res) =>
      req.method === 'POST' && req.url === '/rest/token'
        ? json(
            res,
            { error_code: 0, error_msg: '', response: { token: 1234567890 } },
            { 'set-cookie': 'TNS_SESSIONID=0123456789abcdef0123456789abcdef; path=/' }
          )
        : json(res, { error_code: 0, error_msg: '', response: {} }),
    (req) => req.url!.startsWith('/rest/currentUser')
  )
}

/** The main step of the bundle as the runner starts it, cancelled once `arrived`: the state it left. */
async function cancelledMainStep(
  inputs: Record<string, string>,
  arrived: Promise<void>
): Promise<Record<string, string>> {
  const step = await runStep({
    inputs: { timeout: '20', ...inputs },
    env: { GITHUB_RUN_ID: '1', GITHUB_JOB: 'scan' },
    node: localNode(),
    interruptWhen: arrived
  })
  return step.state
}

/** `scanner-login doctor` for a Tenable.sc session at `url`, stopped with Ctrl-C once `arrived`. */
async function interruptedDoctor(
  url: string,
  arrived: Promise<void>,
  extraArgs: string[] = []
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    localNode(),
    [
      join(ROOT, 'bin', 'scanner-login.js'),
      'doctor',
      '--vendor',
      'tenable-sc',
      '--url',
      url,
      ...extraArgs
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpdir(),
        SCANNER_LOGIN_USERNAME: 'sam',
        SCANNER_LOGIN_PASSWORD: 'Pw-9'
      },
      stdio: ['ignore', 'ignore', 'pipe']
    }
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
  await arrived
  child.kill('SIGINT')
  return { code: await closed, stderr }
}

describe('a main step cancelled while its check is on its way', () => {
  it('a Tenable.sc session is saved before it is used, and the post step ends it', async () => {
    const sc = await tenableSc()
    const inputs = { vendor: 'tenable-sc', url: sc.url, username: 'sam', password: 'Pw-9' }
    const state = await cancelledMainStep(inputs, sc.arrived)
    expect(JSON.parse(state.logout!)).toMatchObject({ vendor: 'tenable-sc', url: sc.url })
    const post = await runStep({ inputs, state, post: true })
    expect(post.exitCode).toBe(0)
    expect(sc.seen).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
  })

  it('a Nessus session is saved before it is used, and the post step ends it', async () => {
    // POST /session opens the session; GET /session (who it is) never answers.
    const nessus = await stallingServer(
      (req, res) =>
        req.method === 'POST'
          ? json(res, { token: '0123456789abcdef0123456789abcdef0123456789abcdef' })
          : json(res, {}),
      (req) => req.method === 'GET' && req.url === '/session'
    )
    const inputs = { vendor: 'nessus', url: nessus.url, username: 'sam', password: 'Pw-9' }
    const state = await cancelledMainStep(inputs, nessus.arrived)
    expect(JSON.parse(state.logout!)).toMatchObject({ vendor: 'nessus', url: nessus.url })
    const post = await runStep({ inputs, state, post: true })
    expect(post.exitCode).toBe(0)
    expect(nessus.seen).toEqual(['POST /session', 'GET /session', 'DELETE /session'])
  })

  it('a SonarQube token being minted is saved by name before the request, and the post step revokes it', async () => {
    const sonar = await stallingServer(
      (req, res) => {
        if (req.url!.startsWith('/api/authentication/validate')) json(res, { valid: true })
        else if (req.url!.startsWith('/api/users/current')) {
          json(res, {
            isLoggedIn: true,
            login: 'sam',
            name: 'Sam',
            groups: [],
            permissions: { global: ['scan'] }
          })
        } else {
          res.writeHead(204)
          res.end()
        }
      },
      (req) => req.url!.startsWith('/api/user_tokens/generate')
    )
    const inputs = {
      vendor: 'sonarqube',
      url: sonar.url,
      'api-token': 'squ_0123456789abcdef0123456789abcdef01234567',
      'mint-token': 'true'
    }
    const state = await cancelledMainStep(inputs, sonar.arrived)
    const saved = JSON.parse(state.logout!) as { ids: { name: string } }
    expect(saved.ids.name).toMatch(/^scanner-login-/)
    const post = await runStep({ inputs, state, post: true })
    expect(post.exitCode).toBe(0)
    expect(sonar.seen.at(-1)).toBe('POST /api/user_tokens/revoke')
  })
})

describe('the doctor stopped with Ctrl-C', () => {
  it('ends the session its check opened before it exits', async () => {
    const sc = await tenableSc()
    const { code, stderr } = await interruptedDoctor(sc.url, sc.arrived)
    expect(code).toBe(130)
    expect(sc.seen).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    expect(stderr).toContain('SIGINT: the check was interrupted.')
    expect(stderr).toContain('Ended the Tenable.sc session this check opened.')
  })

  it('says so when the session could not be ended, instead of claiming it was', async () => {
    const sc = await stallingServer(
      (req, res) => {
        if (req.method === 'POST' && req.url === '/rest/token') {
          json(
            res,
            { error_code: 0, error_msg: '', response: { token: 1234567890 } },
            { 'set-cookie': 'TNS_SESSIONID=0123456789abcdef0123456789abcdef; path=/' }
          )
          return
        }
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error_code: 1, error_msg: 'logout failed', response: {} }))
      },
      (req) => req.url!.startsWith('/rest/currentUser')
    )
    const { code, stderr: err } = await interruptedDoctor(sc.url, sc.arrived, ['--retries', '0'])
    expect(code).toBe(130)
    expect(sc.seen).toContain('DELETE /rest/token')
    expect(err).toContain('warning: Could not end the Tenable.sc session this check opened')
    expect(err).not.toContain('Ended the Tenable.sc session')
  })
})
