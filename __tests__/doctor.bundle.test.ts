// `scanner-login doctor` through the built bundle, as a user runs it: bin/scanner-login.js under
// Node 24, credentials in the environment, against the sandbox. Every scenario checks the exit code,
// that no secret reaches stdout or stderr, and that no workflow command is printed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { startSandbox } from '../sandbox/index.js'
import { BUNDLE, ROOT } from '../scripts/runner.js'
import { expectNoLeak } from './helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The project's Node 24 (the action's runtime); the running Node when it is absent. */
const NODE = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node'))
  ? join(ROOT, 'node_modules', 'node', 'bin', 'node')
  : process.execPath
const BIN = join(ROOT, 'bin', 'scanner-login.js')
// bin/ loads the committed dist/; a scratch build (SCANNER_LOGIN_BUNDLE) is run directly, as bin/
// runs it: `doctor` first.
const DOCTOR = BUNDLE === join(ROOT, 'dist', 'index.js') ? [BIN, 'doctor'] : [BUNDLE, 'doctor']

let sandbox: Sandbox
let invicti: Record<string, { apiKey: string }>
let tsc: Record<
  string,
  { username: string; password: string; accessKey: string; secretKey: string }
>
let allSecrets: string[]

beforeAll(async () => {
  sandbox = await startSandbox()
  invicti = sandbox.accounts['invicti-platform'] as typeof invicti
  tsc = sandbox.accounts['tenable-sc'] as typeof tsc
  allSecrets = [
    ...Object.values(invicti).map((a) => a.apiKey),
    ...Object.values(tsc).flatMap((a) => [a.password, a.accessKey, a.secretKey])
  ].filter(Boolean)
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const doctor = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
  spawnNode([...DOCTOR, ...args], env)

const scannerLogin = (args: string[], env: Record<string, string>): Promise<Run> =>
  spawnNode([BIN, ...args], env)

function spawnNode(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** No secret anywhere, and nothing the runner would read as a workflow command. */
function expectClean(run: Run, secrets: string[] = []): void {
  expectNoLeak({ ...run, summary: '', masks: [] }, [...allSecrets, ...secrets])
  expect(run.stdout).not.toMatch(/^::|##\[/m)
  expect(run.stderr).not.toMatch(/^::|##\[/m)
}

const paths = (): string[] =>
  sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]!.replace(/^\/_sc\/[^/]+/, '')}`)

const tscFlags = (): string[] => [
  '--vendor',
  'tenable-sc',
  '--url',
  sandbox.httpsLocalhostUrl,
  '--ca-cert',
  'sandbox/certs/ca.pem'
]
const sessionEnv = (name: string): Record<string, string> => ({
  SCANNER_LOGIN_USERNAME: tsc[name]!.username,
  SCANNER_LOGIN_PASSWORD: tsc[name]!.password
})

describe('doctor, Tenable.sc session', () => {
  it('reports identity, requirements and requests, ends its session, and leaves GITHUB_* files alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanner-login-doctor-'))
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => [
        name,
        join(dir, name)
      ])
    )
    for (const file of Object.values(files)) writeFileSync(file, '')
    const run = await doctor([...tscFlags(), '--required-roles', 'Security Manager, Auditor'], {
      ...sessionEnv('manager'),
      ...files,
      GITHUB_ACTIONS: 'true',
      // A post step's state in the environment must not turn the doctor into the post step.
      STATE_logout: JSON.stringify({
        vendor: 'tenable-sc',
        url: 'https://x',
        session: { token: '1' }
      })
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    // The session is gone (only the seeded session of the "busy" account remains).
    const fake = sandbox.fake('tenable-sc') as { sessions: Map<number, { username: string }> }
    expect([...fake.sessions.values()].map((s) => s.username)).not.toContain('sam.manager')

    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('scanner-login doctor: Tenable.sc verified')
    for (const row of [
      /^ {2}Vendor +Tenable\.sc \(tenable-sc\)$/,
      new RegExp(`^ {2}URL +${sandbox.httpsLocalhostUrl.replace(/\./g, '\\.')}$`),
      /^ {2}Credentials +session$/,
      /^ {2}User +sam\.manager$/,
      /^ {2}Email +sam\.manager@acme\.example$/,
      /^ {2}Roles +Security Manager$/,
      /^ {2}role "Security Manager": pass$/,
      /^ {2}role "Auditor": not held$/,
      /^ {2}POST https:\/\/localhost:\d+\/rest\/token: HTTP 200, 1 attempt, \d+ ms$/,
      /^ {2}GET https:\/\/localhost:\d+\/rest\/currentUser: HTTP 200, 1 attempt, \d+ ms$/,
      /^ {2}DELETE https:\/\/localhost:\d+\/rest\/token: HTTP 200, 1 attempt, \d+ ms$/,
      /^ {2}Ended the Tenable\.sc session this check opened\.$/
    ]) {
      expect(lines.some((line) => row.test(line))).toBe(true)
    }
    for (const file of Object.values(files)) expect(readFileSync(file, 'utf8')).toBe('')
    rmSync(dir, { recursive: true, force: true })

    // The session's token and cookie, as the logout request carried them.
    const logout = sandbox.requests[2]!
    const token = String(logout.headers['x-securitycenter'])
    const cookie = String(logout.headers.cookie)
    expect(token).toMatch(/^\d+$/)
    expectClean(run, [token, cookie, cookie.replace(/^TNS_SESSIONID=/, '')])
  })

  it('ends the session it opened when the requirements are not met, exit 1', async () => {
    const run = await doctor(
      [...tscFlags(), '--required-roles', 'Administrator'],
      sessionEnv('manager')
    )
    expect(run.code).toBe(1)
    expect(paths()).toEqual(['POST /rest/token', 'GET /rest/currentUser', 'DELETE /rest/token'])
    expect(run.stdout).toMatch(/^ {2}role "Administrator": fail$/m)
    expect(run.stdout).toContain('requirements of this check are not met')
    expect(run.stdout).toContain('Ended the Tenable.sc session this check opened.')
    const logout = sandbox.requests[2]!
    expectClean(run, [String(logout.headers['x-securitycenter']), String(logout.headers.cookie)])
  })

  it('prints the diagnosis of a failing step for a wrong password, exit 1', async () => {
    const run = await doctor(tscFlags(), {
      SCANNER_LOGIN_USERNAME: 'sam.manager',
      SCANNER_LOGIN_PASSWORD: tsc.analyst!.password
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^scanner-login doctor: Tenable\.sc check failed$/m)
    expect(run.stdout).toMatch(/^Failure$/m)
    expect(run.stdout).toContain('HTTP 403')
    expect(run.stdout).toContain('error_code 161')
    expect(run.stdout).toMatch(/POST https:\/\/localhost:\d+\/rest\/token: HTTP 403/)
    expect(paths()).toEqual(['POST /rest/token'])
    expectClean(run)
  })
})

describe('doctor --json', () => {
  const IDENTITY_FIELDS = [
    'vendor',
    'url',
    'authMode',
    'userId',
    'username',
    'displayName',
    'email',
    'roles',
    'permissions',
    'organization'
  ]

  it('prints one flat JSON object and nothing else for a verified Invicti Platform key, exit 0', async () => {
    const run = await doctor(
      [
        '--vendor',
        'invicti',
        '--url',
        sandbox.httpUrl,
        '--required-roles',
        'Administrator',
        '--json'
      ],
      { INVICTI_API_KEY: invicti.alice!.apiKey }
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.endsWith('}\n')).toBe(true)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(report)).toEqual([
      ...IDENTITY_FIELDS,
      'passed',
      'requirements',
      'requests',
      'failure'
    ])
    expect(report).toMatchObject({
      vendor: 'invicti-platform',
      url: sandbox.httpUrl,
      authMode: 'api-key',
      roles: ['Administrator'],
      passed: true,
      requirements: [{ kind: 'role', required: 'Administrator', result: 'pass' }],
      failure: null
    })
    const requests = report.requests as { endpoint: string; status: number; durationMs: number }[]
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      endpoint: `GET ${sandbox.httpUrl}/api/identity/v1/me`,
      status: 200,
      attempts: 1
    })
    expect(typeof requests[0]!.durationMs).toBe('number')
    expectClean(run)
  })

  it('reports an unmet requirement with passed false and the failure, exit 1', async () => {
    const run = await doctor(
      [
        '--vendor',
        'invicti',
        '--url',
        sandbox.httpUrl,
        '--required-roles',
        'Administrator',
        '--json'
      ],
      { INVICTI_API_KEY: invicti.rex!.apiKey }
    )
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    expect(report).toMatchObject({
      passed: false,
      roles: ['Developer'],
      requirements: [{ kind: 'role', required: 'Administrator', result: 'fail' }]
    })
    expect(report.failure).toContain('requirements of this check are not met')
    expectClean(run)
  })

  it('reports a rejected key with its status, exit 1', async () => {
    const run = await doctor(['--vendor', 'invicti', '--url', sandbox.httpUrl, '--json'], {
      INVICTI_API_KEY: invicti.rexOldKey!.apiKey
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    expect(report).toMatchObject({ vendor: 'invicti-platform', passed: false, userId: '' })
    expect(report.failure).toContain('HTTP 401')
    expect(report.requests).toEqual([expect.objectContaining({ status: 401 })])
    expectClean(run)
  })

  it.each([
    [
      'a redirect whose Location carries a runner command',
      (res: ServerResponse) =>
        res
          .writeHead(302, {
            location: 'https://sc.example.com/login?next=##[set-output name=token;]pwned'
          })
          .end()
    ],
    [
      'a reason phrase that carries a runner command',
      (res: ServerResponse) =>
        res
          .writeHead(401, 'Unauthorized ##[add-mask]Verified', {
            'content-type': 'application/json'
          })
          .end('{}')
    ]
  ])('prints %s in --json without a command the runner would run', async (_what, answer) => {
    const server = createServer((_req, res) => answer(res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const run = await doctor(
        ['--vendor', 'invicti', '--url', `http://127.0.0.1:${port}`, '--json', '--retries', '0'],
        { INVICTI_API_KEY: invicti.alice!.apiKey }
      )
      expect(run.code).toBe(1)
      const report = JSON.parse(run.stdout) as Record<string, unknown>
      expect(report.failure).toContain('# #[')
      expectClean(run)
    } finally {
      server.close()
    }
  })

  it('reports a validation error with exit 2 and sends nothing', async () => {
    const run = await doctor(['--vendor', 'tenable-sc', '--json'], {})
    expect(run.code).toBe(2)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    expect(report).toMatchObject({ vendor: 'tenable-sc', passed: false, requests: [] })
    expect(report.failure).toContain('No credentials for Tenable.sc')
    expect(report.failure).toContain('access-key: TSC_ACCESS_KEY')
    expect(report.failure).toContain('password: SCANNER_LOGIN_PASSWORD')
    expect(sandbox.requests).toEqual([])
  })
})

describe('doctor command line', () => {
  it('refuses a credential flag with exit 2, naming the environment variable, sending nothing', async () => {
    const secret = tsc.manager!.password
    const run = await doctor([...tscFlags(), '--username', 'sam.manager', '--password', secret])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('--password: set SCANNER_LOGIN_PASSWORD')
    expect(run.stderr).toContain('--username: set SCANNER_LOGIN_USERNAME')
    expect(sandbox.requests).toEqual([])
    expectClean(run)
  })

  it('quotes back a vendor given without --vendor, and names the flag, exit 2', async () => {
    const run = await doctor(['tenable-sc'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(
      'doctor takes only --flags, and "tenable-sc" was given without one. Did you mean --vendor tenable-sc?'
    )
    expectClean(run)
  })

  it('prints a usage error as one JSON object with --json, exit 2', async () => {
    const run = await doctor(['--json', '--vendr', 'x'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({
      usageError: true,
      passed: false,
      failure: expect.stringContaining("Unknown option '--vendr'")
    })
    expect(run.stderr).toContain("Unknown option '--vendr'")
    expectClean(run)
  })

  it('names the flag in a validation error, exit 2', async () => {
    const run = await doctor(
      ['--vendor', 'tenable-sc', '--url', 'https://sc.example.com', '--timeout', '0'],
      {
        TSC_ACCESS_KEY: 'a'.repeat(32),
        TSC_SECRET_KEY: 'b'.repeat(32)
      }
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('The --timeout flag must be a number from 1 to 600, not "0".')
    expect(sandbox.requests).toEqual([])
    expectClean(run, ['a'.repeat(32), 'b'.repeat(32)])
  })

  it('refuses an unknown flag with exit 2', async () => {
    const run = await doctor(['--vendor', 'invicti', '--verbose'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain("Unknown option '--verbose'")
  })

  it('runs only as the doctor subcommand', async () => {
    const run = await scannerLogin([], { INPUT_VENDOR: 'invicti' })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Usage: scanner-login doctor')
    expect(sandbox.requests).toEqual([])
  })

  it('answers --version, -v, version and doctor --version with the version alone, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    for (const ask of [['--version'], ['-v'], ['version'], ['doctor', '--version']]) {
      const run = await scannerLogin(ask, {})
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(`scanner-login ${version}\n`)
      expect(run.stderr).toBe('')
    }
    expect(sandbox.requests).toEqual([])
  })

  it('answers --help, -h and help with the flags of the doctor, exit 0', async () => {
    for (const ask of ['--help', '-h', 'help']) {
      const run = await scannerLogin([ask], {})
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('Usage: scanner-login doctor --vendor <vendor>')
      expect(run.stdout).toContain('--vendor <value>')
    }
    expect(sandbox.requests).toEqual([])
  })
})

describe('doctor and least exposure', () => {
  it('refuses --oidc-provider: only a GitHub Actions job gets an ID token, exit 2', async () => {
    const run = await doctor([
      '--vendor',
      'jfrog',
      '--url',
      sandbox.httpUrl,
      '--oidc-provider',
      'github-acme'
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('the doctor cannot use GitHub OIDC')
    expect(run.stderr).toContain('JF_ACCESS_TOKEN')
    expect(sandbox.requests).toEqual([])
  })

  it('--mint-token true mints, reports it, and revokes it before it exits', async () => {
    const sonar = sandbox.accounts.sonarqube as unknown as Record<string, { token: string }>
    const given = sonar.developerToken!.token
    const run = await doctor(
      [
        '--vendor',
        'sonarqube',
        '--url',
        `${sandbox.httpUrl}/_vendor/sonarqube`,
        '--mint-token',
        'true'
      ],
      { SONAR_TOKEN: given }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Minted a SonarQube global analysis token')
    expect(run.stdout).toContain('Revoked the SonarQube credential this check minted.')
    expect(sandbox.requests.map((r) => r.path)).toEqual([
      '/api/authentication/validate',
      '/api/users/current',
      '/api/user_tokens/generate',
      '/api/user_tokens/revoke'
    ])
    const minted = (sandbox.fake('sonarqube') as unknown as { minted: { revoked: boolean }[] })
      .minted
    expect(minted.map((m) => m.revoked)).toEqual([true])
    expectClean(run, [given])
  })
})
