// Two scanner-login steps in one job, through the committed bundle: main of step A, main of step B,
// then post of B and post of A (post steps run in reverse order). The steps share the job's
// environment (what each exports through GITHUB_ENV reaches every later step, post steps included)
// and RUNNER_TEMP; each has its own GITHUB_OUTPUT and GITHUB_STATE, and GITHUB_ACTION is its id.
// Neither step's post may end, revoke, remove or restore what belongs to the other.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startSandbox } from '../sandbox/index.js'
import { runStep } from '../scripts/runner.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Step = Awaited<ReturnType<typeof runStep>>

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
// Sessions the sandbox's users hold elsewhere (Tenable.sc's session limit) are left out.
let heldElsewhere = new Set<number>()
beforeEach(() => {
  sandbox.reset()
  heldElsewhere = new Set(scSessions().keys())
})

/** One job: its environment (GITHUB_ENV applied after each step), RUNNER_TEMP, and its steps. */
class Job {
  readonly temp = mkdtempSync(join(tmpdir(), 'scanner-login-two-steps-'))
  readonly env: Record<string, string>
  private readonly steps = new Map<string, { inputs: Record<string, string>; main: Step }>()

  constructor(env: Record<string, string> = {}) {
    this.env = { RUNNER_TEMP: this.temp, ...env }
  }

  async main(id: string, inputs: Record<string, string>): Promise<Step> {
    const main = await runStep({ inputs, env: { ...this.env, GITHUB_ACTION: id } })
    Object.assign(this.env, main.env)
    this.steps.set(id, { inputs, main })
    return main
  }

  async post(id: string): Promise<Step> {
    const { inputs, main } = this.steps.get(id)!
    const post = await runStep({
      inputs,
      env: { ...this.env, GITHUB_ACTION: id },
      post: true,
      state: main.state
    })
    Object.assign(this.env, post.env)
    return post
  }
}

const requests = () => sandbox.requests.map((r) => `${r.method} ${r.path}`)
const account = <T>(vendor: string, name: string): T =>
  (sandbox.accounts[vendor] as Record<string, T>)[name]!
const fake = <T>(id: string) => sandbox.fake(id) as unknown as T
const scSessions = () =>
  fake<{ sessions: Map<number, { username: string }> }>('tenable-sc').sessions
const scUsers = () =>
  [...scSessions()]
    .filter(([token]) => !heldElsewhere.has(token))
    .map(([, s]) => s.username)
    .sort()

function tenableScSession(url: string, user: string): Record<string, string> {
  const { username, password } = account<{ username: string; password: string }>('tenable-sc', user)
  // Tenable.sc sessions are HTTPS only (the fake redirects http://): the sandbox CA's listener.
  return { vendor: 'tenable-sc', url, username, password, 'ca-cert': sandbox.caCertPath }
}

/** Whether a later step's Node client, with only these variables, trusts the server at `url`. */
async function nodeTrusts(url: string, env: Record<string, string>): Promise<string> {
  const script = `require('node:https').get(process.argv[1] + '/', (res) => { console.log('status'); res.resume() })
      .on('error', (e) => console.log('error', e.code))`
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, url], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000
  })
  return stdout.trim()
}

/** A CA file as curl and Python's requests read it: the whole trust store. */
async function bundleTrusts(url: string, bundle: string): Promise<string> {
  const script = `require('node:https').get(process.argv[1] + '/', { ca: require('node:fs').readFileSync(process.argv[2]) }, (res) => { console.log('status'); res.resume() })
      .on('error', (e) => console.log('error', e.code))`
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, url, bundle], {
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    timeout: 20_000
  })
  return stdout.trim()
}

const CA_VARIABLES = ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'NODE_EXTRA_CA_CERTS'] as const
const caVariables = (env: Record<string, string>) =>
  Object.fromEntries(CA_VARIABLES.map((name) => [name, env[name] ?? '']))

describe('two scanner-login steps in one job', () => {
  it('two ca-cert steps: later steps trust both servers; post B leaves A working; post A restores the job and removes every file', async () => {
    // Server A: the sandbox CA's listener. Server B: a listener whose certificate is its own CA.
    const selfSignedPem = readFileSync(
      new URL('../sandbox/certs/self-signed.pem', import.meta.url),
      'utf8'
    )
    const serverA = sandbox.httpsLocalhostUrl
    const serverB = sandbox.tlsSelfSignedUrl
    const job = new Job()
    // The job's own corporate CA file, which both steps must keep and give back.
    const corporate = join(job.temp, 'corporate.pem')
    writeFileSync(corporate, sandbox.caCertPem)
    job.env.REQUESTS_CA_BUNDLE = corporate
    const before = caVariables(job.env)
    const keys = account<{ accessKey: string; secretKey: string }>('tenable-sc', 'admin')
    const scKeys = {
      vendor: 'tenable-sc',
      'access-key': keys.accessKey,
      'secret-key': keys.secretKey
    }

    const a = await job.main('login-a', { ...scKeys, url: serverA, 'ca-cert': sandbox.caCertPath })
    expect(a.errors).toEqual([])
    const b = await job.main('login-b', { ...scKeys, url: serverB, 'ca-cert': selfSignedPem })
    expect(b.errors).toEqual([])
    expect(a.outputs['ca-bundle']).not.toBe(b.outputs['ca-bundle'])

    // After both mains: Node, curl and requests trust both servers.
    const env = caVariables(job.env)
    expect(env.CURL_CA_BUNDLE).toBe(b.outputs['ca-bundle'])
    expect(env.REQUESTS_CA_BUNDLE).toBe(b.outputs['ca-bundle'])
    for (const url of [serverA, serverB]) {
      expect(await nodeTrusts(url, { NODE_EXTRA_CA_CERTS: env.NODE_EXTRA_CA_CERTS! })).toBe(
        'status'
      )
      expect(await bundleTrusts(url, env.REQUESTS_CA_BUNDLE!)).toBe('status')
    }

    const postB = await job.post('login-b')
    expect(postB.exitCode).toBe(0)
    expect(postB.warnings).toEqual([])
    // The variables point at A's files again, which are still there and trust A's server only.
    expect(caVariables(job.env)).toEqual({
      REQUESTS_CA_BUNDLE: a.outputs['ca-bundle'],
      CURL_CA_BUNDLE: a.outputs['ca-bundle'],
      NODE_EXTRA_CA_CERTS: a.env.NODE_EXTRA_CA_CERTS
    })
    for (const name of CA_VARIABLES) expect(existsSync(job.env[name]!)).toBe(true)
    expect(await nodeTrusts(serverA, caVariables(job.env))).toBe('status')
    expect(await bundleTrusts(serverA, job.env.REQUESTS_CA_BUNDLE!)).toBe('status')
    expect(await bundleTrusts(serverB, job.env.REQUESTS_CA_BUNDLE!)).toMatch(/^error /)
    expect(existsSync(b.outputs['ca-bundle']!)).toBe(false)

    const postA = await job.post('login-a')
    expect(postA.exitCode).toBe(0)
    expect(postA.warnings).toEqual([])
    expect(caVariables(job.env)).toEqual(before)
    expect(readdirSync(job.temp)).toEqual(['corporate.pem'])
  })

  it('one step with ca-cert and one without, in either order: after both post steps the job has its own CA variables back', async () => {
    const keys = account<{ accessKey: string; secretKey: string }>('tenable-sc', 'analyst')
    const withCa = {
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'access-key': keys.accessKey,
      'secret-key': keys.secretKey,
      'ca-cert': sandbox.caCertPath
    }
    const sonar = {
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_vendor/sonarqube`,
      'api-token': account<{ token: string }>('sonarqube', 'developerToken').token
    }
    for (const [first, second] of [
      [withCa, sonar],
      [sonar, withCa]
    ]) {
      const job = new Job({ NODE_EXTRA_CA_CERTS: sandbox.caCertPath })
      const before = caVariables(job.env)
      const a = await job.main('a', first!)
      const b = await job.main('b', second!)
      expect([a.errors, b.errors]).toEqual([[], []])
      const withCaStep = first === withCa ? a : b
      expect(caVariables(job.env)).toEqual(caVariables(withCaStep.env))
      expect(await nodeTrusts(sandbox.httpsLocalhostUrl, caVariables(job.env))).toBe('status')
      for (const id of ['b', 'a']) expect((await job.post(id)).warnings).toEqual([])
      expect(caVariables(job.env)).toEqual(before)
      expect(readdirSync(job.temp)).toEqual([])
    }
  })

  it("a second step with an empty credential input refuses the first step's export for another server, and takes it for the same one", async () => {
    const job = new Job()
    const urlA = `${sandbox.httpUrl}/_vendor/sonarqube`
    const urlB = `${sandbox.httpsLocalhostUrl}/_vendor/sonarqube`
    const token = account<{ token: string }>('sonarqube', 'developerToken').token
    const a = await job.main('sonar-a', { vendor: 'sonarqube', url: urlA, 'api-token': token })
    expect(a.errors).toEqual([])
    sandbox.requests.length = 0
    const other = await job.main('sonar-b', {
      vendor: 'sonarqube',
      url: urlB,
      'ca-cert': sandbox.caCertPath
    })
    expect(other.exitCode).toBe(1)
    expect(other.errors).toEqual([
      expect.stringContaining(
        `the credential was read from SONAR_TOKEN, but the job's SONAR_HOST_URL names another server (${new URL(urlA).origin}), not this step's url (${new URL(urlB).origin})`
      )
    ])
    expect(requests()).toEqual([])
    expect([other.env, other.outputs.username]).toEqual([{}, undefined])
    expect(job.env.SONAR_HOST_URL).toBe(urlA)

    const same = await job.main('sonar-c', { vendor: 'sonarqube', url: urlA })
    expect(same.errors).toEqual([])
    expect(same.outputs.username).toBe(a.outputs.username)
    for (const id of ['sonar-c', 'sonar-b', 'sonar-a']) {
      expect((await job.post(id)).warnings).toEqual([])
    }
    expect(readdirSync(job.temp)).toEqual([])
  })

  it('two Tenable.sc sessions at two urls: each post step ends its own session only', async () => {
    const job = new Job()
    const urlA = sandbox.httpsLocalhostUrl
    const urlB = `${sandbox.httpsLocalhostUrl}/_vendor/tenable-sc`
    const a = await job.main('sc-a', tenableScSession(urlA, 'analyst'))
    const b = await job.main('sc-b', tenableScSession(urlB, 'manager'))
    expect([a.errors, b.errors]).toEqual([[], []])
    expect(scUsers()).toEqual(['ana.analyst', 'sam.manager'])
    // Outputs stay per step; the second step's exports replace the first's for later steps.
    expect([a.outputs.username, b.outputs.username]).toEqual(['ana.analyst', 'sam.manager'])
    expect([a.outputs.url, b.outputs.url]).toEqual([urlA, urlB])
    expect(job.env.TSC_URL).toBe(urlB)
    expect(job.env.TSC_TOKEN).toBe(b.env.TSC_TOKEN)

    const postB = await job.post('sc-b')
    expect(postB.warnings).toEqual([])
    expect(postB.log.join('\n')).toContain(`Logged out of Tenable.sc at ${urlB}.`)
    expect(scUsers()).toEqual(['ana.analyst'])
    const postA = await job.post('sc-a')
    expect(postA.warnings).toEqual([])
    expect(postA.log.join('\n')).toContain(`Logged out of Tenable.sc at ${urlA}.`)
    expect(scUsers()).toEqual([])
    expect(readdirSync(job.temp)).toEqual([])
  })

  it('Tenable.sc API keys at one url, then a session at another: the second step warns that the keys would go to its server', async () => {
    const job = new Job()
    // Two origins (127.0.0.1 and localhost) of the sandbox's one TLS listener: two servers to the step.
    const urlA = `${sandbox.httpsUrl}/_vendor/tenable-sc`
    const urlB = `${sandbox.httpsLocalhostUrl}/_vendor/tenable-sc`
    const keys = account<{ accessKey: string; secretKey: string }>('tenable-sc', 'analyst')
    const a = await job.main('sc-keys', {
      vendor: 'tenable-sc',
      url: urlA,
      'access-key': keys.accessKey,
      'secret-key': keys.secretKey,
      'ca-cert': sandbox.caCertPath
    })
    const b = await job.main('sc-session', tenableScSession(urlB, 'manager'))
    expect([a.errors, a.warnings, b.errors]).toEqual([[], [], []])
    // pyTenable reads TSC_URL with TSC_ACCESS_KEY and TSC_SECRET_KEY: the job now pairs A's keys
    // with B's server, which this step cannot unset, so it says so.
    expect(job.env.TSC_URL).toBe(urlB)
    expect(job.env.TSC_ACCESS_KEY).toBe(keys.accessKey)
    expect(b.warnings).toEqual(
      ['TSC_ACCESS_KEY', 'TSC_SECRET_KEY'].map(
        (name) =>
          `The job's ${name} is set beside its TSC_URL for ${new URL(urlA).origin}, and this step exports TSC_URL for ${urlB} but no ${name}: Tenable.sc's own tools in later steps would send the job's ${name} to ${urlB}. Unset ${name} for the job before those steps.`
      )
    )
    expect(b.warnings.join('\n')).not.toContain(keys.accessKey)
    await job.post('sc-session')
    await job.post('sc-keys')
  })

  it('a Tenable.sc session and a Nessus session: each post step ends its own', async () => {
    const job = new Job()
    const nessus = account<{ username: string; password: string }>('nessus', 'admin')
    const nessusSessions = () => fake<{ sessions: Map<string, string> }>('nessus').sessions
    const a = await job.main('sc', tenableScSession(sandbox.httpsLocalhostUrl, 'analyst'))
    const b = await job.main('nessus', {
      vendor: 'nessus',
      url: `${sandbox.httpUrl}/_vendor/nessus`,
      username: nessus.username,
      password: nessus.password
    })
    expect([a.errors, b.errors]).toEqual([[], []])
    expect([scUsers(), nessusSessions().size]).toEqual([['ana.analyst'], 1])
    sandbox.requests.length = 0
    expect((await job.post('nessus')).warnings).toEqual([])
    expect(requests()).toEqual(['DELETE /session'])
    expect([scUsers(), nessusSessions().size]).toEqual([['ana.analyst'], 0])
    expect((await job.post('sc')).warnings).toEqual([])
    expect([scUsers(), nessusSessions().size]).toEqual([[], 0])
  })

  it('a session kept with logout false and a minted credential: post B revokes the mint, post A sends nothing', async () => {
    const job = new Job({ GITHUB_RUN_ID: '7001', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'scan' })
    const a = await job.main('sc', {
      ...tenableScSession(sandbox.httpsLocalhostUrl, 'analyst'),
      logout: 'false'
    })
    const jfrog = account<{ accessToken: string }>('jfrog', 'developer')
    const b = await job.main('jfrog', {
      vendor: 'jfrog',
      url: `${sandbox.httpUrl}/_vendor/jfrog`,
      'api-token': jfrog.accessToken,
      'mint-token': 'true'
    })
    expect([a.errors, b.errors]).toEqual([[], []])
    const minted = fake<{ minted: { revoked: boolean }[] }>('jfrog').minted
    expect(minted).toHaveLength(1)

    sandbox.requests.length = 0
    const postB = await job.post('jfrog')
    expect(postB.warnings).toEqual([])
    expect(requests()).toEqual([expect.stringMatching(/^DELETE \/access\/api\/v1\/tokens\//)])
    expect(minted[0]!.revoked).toBe(true)
    sandbox.requests.length = 0
    const postA = await job.post('sc')
    expect(postA.warnings).toEqual([])
    expect(requests()).toEqual([])
    expect(scUsers()).toEqual(['ana.analyst'])
  })

  it('a step whose main failed between two that succeeded: its post ends nothing, restores nothing, and the others end theirs', async () => {
    const job = new Job()
    const keys = account<{ accessKey: string; secretKey: string }>('tenable-sc', 'admin')
    const a = await job.main('sc-a', tenableScSession(sandbox.httpsLocalhostUrl, 'analyst'))
    const failed = await job.main('sc-failed', {
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'access-key': keys.accessKey,
      'secret-key': 'f'.repeat(32),
      'ca-cert': sandbox.caCertPath
    })
    const c = await job.main('sc-c', tenableScSession(sandbox.httpsLocalhostUrl, 'manager'))
    expect([a.errors, c.errors]).toEqual([[], []])
    expect(failed.exitCode).toBe(1)
    expect(failed.env).toEqual({})
    expect(scUsers()).toEqual(['ana.analyst', 'sam.manager'])

    expect((await job.post('sc-c')).warnings).toEqual([])
    expect(scUsers()).toEqual(['ana.analyst'])
    sandbox.requests.length = 0
    const postFailed = await job.post('sc-failed')
    expect(postFailed.exitCode).toBe(0)
    expect(postFailed.warnings).toEqual([])
    expect(postFailed.env).toEqual({})
    expect(requests()).toEqual([])
    // A's CA files and variables are untouched by the failed step's post.
    expect(job.env.NODE_EXTRA_CA_CERTS).toBe(a.env.NODE_EXTRA_CA_CERTS)
    expect(existsSync(a.env.NODE_EXTRA_CA_CERTS!)).toBe(true)
    expect((await job.post('sc-a')).warnings).toEqual([])
    expect(scUsers()).toEqual([])
    expect(readdirSync(job.temp)).toEqual([])
  })
})
