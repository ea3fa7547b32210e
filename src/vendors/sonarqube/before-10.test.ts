// SonarQube Server before 10.0 (9.9 LTA) takes a token only as HTTP Basic `token:` and reads Bearer
// as no credential (anonymous): the check, mint-token and the post step's revoke try Bearer, then
// Basic once, against the sandbox fake playing such a server; SonarQube Cloud gets Bearer only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import { startSandbox } from '../../../sandbox/index.js'
import { startProxy } from '../../../sandbox/proxy.js'
import { runMain, runPost } from '../../../__tests__/helpers/action.js'
import { expectNoLeak } from '../../../__tests__/helpers/leaks.js'
import { authorization, isSonarCloud, schemeOf } from './scheme.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Fake {
  setBeforeVersion10(on: boolean): void
  setTokenTypes(on: boolean): void
  setForceAuthentication(on: boolean): void
  minted: { name: string; type: string; revoked: boolean }[]
}
let sandbox: Sandbox
let url: string

beforeAll(async () => {
  sandbox = await startSandbox()
  url = `${sandbox.httpUrl}/_vendor/sonarqube`
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const fake = (): Fake => sandbox.fake('sonarqube') as unknown as Fake
const tokenOf = (name: string): string =>
  (sandbox.accounts.sonarqube as Record<string, { token: string }>)[name]!.token
const basic = (token: string): string =>
  `Basic ${Buffer.from(`${token}:`, 'utf8').toString('base64')}`
/** "GET /api/... Bearer|Basic" of each request. */
const sent = (): string[] =>
  sandbox.requests.map(
    (r) => `${r.method} ${r.path.split('?')[0]} ${String(r.headers.authorization).split(' ')[0]}`
  )
const VALIDATE = 'GET /api/authentication/validate'
const CURRENT = 'GET /api/users/current'

describe('scheme', () => {
  it('sends Basic as the token for login and an empty password', () => {
    expect(authorization('squ_abc', 'basic')).toBe(basic('squ_abc'))
    expect(authorization('squ_abc', 'bearer')).toBe('Bearer squ_abc')
    expect(schemeOf(`Authorization: ${basic('squ_abc')}`)).toBe('basic')
    expect(schemeOf('Authorization: Bearer squ_abc')).toBe('bearer')
  })

  it.each([
    ['https://sonarcloud.io', true],
    ['https://SonarQube.us/', true],
    ['GET https://sonarcloud.io/api/users/current', true],
    ['https://sonar.example.com', false],
    ['https://sonarcloud.io.example.com', false],
    ['http://127.0.0.1:9000', false]
  ])('%s is SonarQube Cloud: %s', (given, cloud) => {
    expect(isSonarCloud(given)).toBe(cloud)
  })
})

describe('the fake as a SonarQube Server before 10.0', () => {
  it('reads Bearer as anonymous and accepts Basic token:', async () => {
    fake().setBeforeVersion10(true)
    const token = tokenOf('userToken')
    const answer = async (header: string, path: string) =>
      (await fetch(`${url}${path}`, { headers: { authorization: header } })).json()
    expect(await answer(`Bearer ${token}`, '/api/authentication/validate')).toEqual({
      valid: false
    })
    expect(await answer(basic(token), '/api/authentication/validate')).toEqual({ valid: true })
    fake().setForceAuthentication(false)
    expect(await answer(`Bearer ${token}`, '/api/users/current')).toMatchObject({
      isLoggedIn: false
    })
  })
})

describe('a SonarQube Server before 10.0', () => {
  it('is verified with Basic token: after it refuses Bearer, which then carries the run', async () => {
    fake().setBeforeVersion10(true)
    const token = tokenOf('developerToken')
    const step = await runMain({ vendor: 'sonarqube', url, 'api-token': token })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(sent()).toEqual([`${VALIDATE} Bearer`, `${VALIDATE} Basic`, `${CURRENT} Basic`])
    expect(step.outputs).toMatchObject({
      username: 'dev',
      'auth-header': `Authorization: ${basic(token)}`,
      'expires-at': expect.stringMatching(/T00:00:00Z$/)
    })
    expect(step.env).toEqual({ SONAR_HOST_URL: url, SONAR_TOKEN: token })
    expect(step.masks).toEqual(expect.arrayContaining([basic(token), basic(token).slice(6)]))
    expect(step.log.join('\n')).toContain('Authentication: HTTP Basic (the token as login')
    // The log says why a second request went out, in the step's own output (not only debug).
    expect(step.log).toContain(
      'SonarQube refused or ignored the token as Bearer: sending it as HTTP Basic (the token as login, an empty password), which SonarQube Server before 10.0 requires.'
    )
    expectNoLeak(step, [token, basic(token).slice(6)])
  })

  it('with forceAuthentication off: an anonymous users/current is not the token’s identity', async () => {
    fake().setBeforeVersion10(true)
    fake().setForceAuthentication(false)
    const step = await runMain({ vendor: 'sonarqube', url, 'api-token': tokenOf('userToken') })
    expect(step.errors).toEqual([])
    // validate says {"valid":true} for the anonymous Bearer call, users/current isLoggedIn:false.
    expect(sent()).toEqual([
      `${VALIDATE} Bearer`,
      `${CURRENT} Bearer`,
      `${VALIDATE} Basic`,
      `${CURRENT} Basic`
    ])
    expect(step.outputs.username).toBe('ada')
  })

  it.each([true, false])(
    'rejects a revoked token after both schemes (forceAuthentication %s), saying so',
    async (force) => {
      fake().setBeforeVersion10(true)
      fake().setForceAuthentication(force)
      const step = await runMain({ vendor: 'sonarqube', url, 'api-token': tokenOf('revokedToken') })
      expect(step.exitCode).toBe(1)
      expect(sent().at(-1)).toBe(`${VALIDATE} Basic`)
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain('the token was rejected (HTTP 200')
      expect(step.errors[0]).toContain('Fix: create a new token')
      expect(step.errors[0]).toContain(
        'then as HTTP Basic (the token as login, an empty password) (what SonarQube Server before 10.0 takes): both were refused'
      )
      expect(step.errors[0]).not.toContain('does not accept tokens as Bearer')
      expect(step.env).toEqual({})
    }
  )

  it('names the analysis token as the likely cause there, and a user token as the fix', async () => {
    fake().setBeforeVersion10(true)
    const step = await runMain({
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('globalAnalysisToken')
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('lets analysis tokens reach only the scanner')
    expect(step.errors[0]).toContain(
      'Fix: on a SonarQube Server before 10.0, give a user token (squ_)'
    )
  })

  it('mints with Basic, hands on a Basic auth-header, and the post step revokes with Basic after a Bearer 401', async () => {
    fake().setBeforeVersion10(true)
    const given = tokenOf('developerToken')
    const inputs = { vendor: 'sonarqube', url, 'api-token': given, 'mint-token': 'true' }
    const main = await runMain(inputs)
    expect(main.errors).toEqual([])
    expect(sent()).toEqual([
      `${VALIDATE} Bearer`,
      `${VALIDATE} Basic`,
      `${CURRENT} Basic`,
      'POST /api/user_tokens/generate Basic'
    ])
    const minted = main.outputs.token!
    expect(minted).toMatch(/^sqa_/)
    expect(main.outputs['auth-header']).toBe(`Authorization: ${basic(minted)}`)
    expect(main.env.SONAR_TOKEN).toBe(minted)
    expect(main.masks).toEqual(expect.arrayContaining([basic(minted).slice(6)]))
    expectNoLeak(main, [given, minted])

    sandbox.reset()
    fake().setBeforeVersion10(true)
    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(sent()).toEqual([
      'POST /api/user_tokens/revoke Bearer',
      'POST /api/user_tokens/revoke Basic'
    ])
    expect(post.log).toContain(`Revoked the SonarQube credential minted for this job at ${url}.`)
  })

  it('a SonarQube Server 10.x revokes with the one Bearer request', async () => {
    const inputs = {
      vendor: 'sonarqube',
      url,
      'api-token': tokenOf('developerToken'),
      'mint-token': 'true'
    }
    const main = await runMain(inputs)
    expect(main.outputs['auth-header']).toBe(`Authorization: Bearer ${main.outputs.token}`)
    const before = sandbox.requests.length
    const post = await runPost(main.state, inputs)
    expect(post.warnings).toEqual([])
    expect(sent().slice(before)).toEqual(['POST /api/user_tokens/revoke Bearer'])
    expect(fake().minted[0]!.revoked).toBe(true)
  })
})

describe('a server that answers every call for an anonymous user', () => {
  it('fails after Bearer and Basic: isLoggedIn false is never the token’s identity', async () => {
    // As sonar.forceAuthentication off behind a proxy that drops the Authorization header.
    const seen: string[] = []
    const server = createServer((req, res) => {
      seen.push(`${req.url!.split('?')[0]} ${String(req.headers.authorization).split(' ')[0]}`)
      const body = req.url!.startsWith('/api/authentication/validate')
        ? { valid: true }
        : { isLoggedIn: false, login: 'ada', permissions: { global: ['admin'] } }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const step = await runMain({
        vendor: 'sonarqube',
        url: `http://127.0.0.1:${port}`,
        'api-token': tokenOf('userToken')
      })
      expect(step.exitCode).toBe(1)
      expect(seen).toEqual([
        '/api/authentication/validate Bearer',
        '/api/users/current Bearer',
        '/api/authentication/validate Basic',
        '/api/users/current Basic'
      ])
      expect(step.errors).toHaveLength(1)
      expect(step.errors[0]).toContain('the server answered for an anonymous user')
      expect(step.errors[0]).toContain('and the server saw neither')
      expect(step.outputs.username).toBeUndefined()
      expect(step.env).toEqual({})
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('SonarQube Cloud', () => {
  /** The main step at sonarcloud.io, through a loopback proxy that tunnels every CONNECT to the sandbox. */
  async function atCloud(inputs: Record<string, string>) {
    const proxy = await startProxy({ upstreamHost: '127.0.0.1' })
    try {
      const port = new URL(sandbox.httpsLocalhostUrl).port
      const step = await runMain(
        {
          vendor: 'sonarqube',
          url: `https://sonarcloud.io:${port}/_vendor/sonarqube`,
          'tls-verify': 'false',
          ...inputs
        },
        { HTTPS_PROXY: proxy.url }
      )
      return { step, seen: [...proxy.seen], port }
    } finally {
      await proxy.close()
    }
  }

  it('gets Bearer only: a refusal fails without sending the token as Basic', async () => {
    fake().setBeforeVersion10(true)
    const { step, seen, port } = await atCloud({ 'api-token': tokenOf('userToken') })
    expect(step.exitCode).toBe(1)
    expect(seen).toEqual([{ method: 'CONNECT', target: `sonarcloud.io:${port}` }])
    expect(sent()).toEqual([`${VALIDATE} Bearer`])
    expect(step.errors[0]).toContain('the token was rejected')
    expect(step.errors[0]).not.toContain('HTTP Basic')
  })

  it('refuses mint-token before any request: its tokens are user tokens without an expiry', async () => {
    const { step, seen } = await atCloud({
      'api-token': tokenOf('userToken'),
      'mint-token': 'true'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      "mint-token is not available on SonarQube Cloud: its tokens are user tokens, with all of the user's permissions, and have no expiry"
    )
    expect(step.errors[0]).toContain('Fix: turn mint-token off.')
    expect(seen).toEqual([])
    expect(sandbox.requests).toEqual([])
    expect(fake().minted).toEqual([])
  })
})
