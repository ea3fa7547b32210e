// A step the runner cancels (it sends SIGINT, and Node exits at once) and a doctor stopped with
// Ctrl-C, while a session or a minted credential is open and its check is still on its way: the
// post step, or the doctor itself, still ends it. Each server here opens the session, then never
// answers the next request, so the signal always lands in that window.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inputEnv, parseEnvFile, ROOT, runStep } from '../scripts/runner.js'

const NODE = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node'))
  ? join(ROOT, 'node_modules', 'node', 'bin', 'node')
  : process.execPath

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

/** Starts the main step of the bundle as the runner does, then cancels it once `arrived`. */
async function cancelledMainStep(
  inputs: Record<string, string>,
  arrived: Promise<void>
): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'scanner-login-cancel-'))
  const files = {
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const child = spawn(NODE, [join(ROOT, 'dist', 'index.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      RUNNER_TEMP: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: '1',
      GITHUB_JOB: 'scan',
      ...files,
      ...inputEnv({ timeout: '20', ...inputs })
    },
    stdio: ['ignore', 'ignore', 'ignore']
  })
  const closed = new Promise((resolve) => child.on('close', resolve))
  await Promise.race([arrived, closed])
  child.kill('SIGINT')
  await closed
  return parseEnvFile(readFileSync(files.GITHUB_STATE, 'utf8'))
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
    const child = spawn(
      NODE,
      [join(ROOT, 'bin', 'scanner-login.js'), 'doctor', '--vendor', 'tenable-sc', '--url', sc.url],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: tmpdir(),
          SCANNER_LOGIN_USERNAME: 'sam',
          SCANNER_LOGIN_PASSWORD: 'Pw-9'
        },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    await sc.arrived
    child.kill('SIGINT')
    expect(await closed).toBe(130)
    expect(sc.seen).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    expect(err).toContain('SIGINT: the check was interrupted.')
    expect(err).toContain('Ended the Tenable.sc session this check opened.')
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
    const child = spawn(
      NODE,
      [
        join(ROOT, 'bin', 'scanner-login.js'),
        'doctor',
        '--vendor',
        'tenable-sc',
        '--url',
        sc.url,
        '--retries',
        '0'
      ],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: tmpdir(),
          SCANNER_LOGIN_USERNAME: 'sam',
          SCANNER_LOGIN_PASSWORD: 'Pw-9'
        },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    await sc.arrived
    child.kill('SIGINT')
    expect(await closed).toBe(130)
    expect(sc.seen).toContain('DELETE /rest/token')
    expect(err).toContain('warning: Could not end the Tenable.sc session this check opened')
    expect(err).not.toContain('Ended the Tenable.sc session')
  })
})
