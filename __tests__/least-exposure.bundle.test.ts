// mint-token (contract, Behaviour 15) through the built bundle, for every vendor that can mint: the
// main step mints after the gate, exports only the minted credential, saves only what revokes it,
// and the post step revokes it; a refused minting fails the step with nothing exported; a revoke
// that fails is a warning that says when the credential expires by itself. The given credential
// never reaches GITHUB_ENV, an output or the summary.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../sandbox/index.js'
import { runStep } from '../scripts/runner.js'
import { expectMasked, expectNoLeak } from './helpers/leaks.js'
import { rawServer } from './helpers/raw-server.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Step = Awaited<ReturnType<typeof runStep>>

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

/** The run's names, so the minted credential is named for it. */
const RUN_ENV = {
  GITHUB_RUN_ID: '7001',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'scan',
  GITHUB_ACTION: 'login'
}

interface MintingVendor {
  vendor: string
  inputs: () => Record<string, string>
  /** The credentials the step was given, or that its login produced: none may be handed on. */
  given: () => string[]
  tokenVariable: string
  mainRequests: string[]
  revokeRequest: RegExp
  /** Whether the fake holds the minted credential as revoked. */
  revoked: () => boolean
  /** Makes the post step's revoke fail: what it authenticates with no longer works. */
  breakRevoke: (inputs: Record<string, string>) => Record<string, string>
  /**
   * Whether breakRevoke leaves nothing to revoke: a credential that revokes itself and was revoked
   * already, which the server answers 401, rather than a given credential that stopped working.
   */
  brokenRevokeLeavesNothing: boolean
  /** Inputs with which the server refuses the minting. */
  refused: () => Record<string, string>
  refusedText: string
}

const sonarAccounts = () =>
  sandbox.accounts.sonarqube as unknown as Record<string, { token: string }>
const jfrogAccounts = () =>
  sandbox.accounts.jfrog as unknown as Record<string, { accessToken: string }>
const fake = <T>(id: string) => sandbox.fake(id) as unknown as T

const VENDORS: MintingVendor[] = [
  {
    vendor: 'sonarqube',
    inputs: () => ({
      url: `${sandbox.httpUrl}/_vendor/sonarqube`,
      'api-token': sonarAccounts().developerToken!.token
    }),
    given: () => [sonarAccounts().developerToken!.token],
    tokenVariable: 'SONAR_TOKEN',
    mainRequests: [
      'GET /api/authentication/validate',
      'GET /api/users/current',
      'POST /api/user_tokens/generate'
    ],
    revokeRequest: /^POST \/api\/user_tokens\/revoke$/,
    revoked: () => fake<{ minted: { revoked: boolean }[] }>('sonarqube').minted[0]!.revoked,
    // The post step authenticates the revoke with its own api-token input: an expired one fails.
    breakRevoke: (inputs) => ({ ...inputs, 'api-token': sonarAccounts().expiredToken!.token }),
    brokenRevokeLeavesNothing: false,
    refused: () => ({
      url: `${sandbox.httpUrl}/_vendor/sonarqube`,
      'api-token': sonarAccounts().viewerToken!.token
    }),
    refusedText: 'Insufficient privileges'
  },
  {
    vendor: 'infracast',
    inputs: () => ({
      url: sandbox.httpUrl,
      username: 'ada',
      password: 'ada-sandbox-password',
      tenant: 'staging',
      'required-permissions': 'nodes:read'
    }),
    given: () => [
      'ada-sandbox-password',
      ...fake<{ state: { issued: { token: string }[] } }>('infracast').state.issued.map(
        (t) => t.token
      )
    ],
    tokenVariable: 'INFRACAST_TOKEN',
    mainRequests: [
      'POST /api/v1/auth/token',
      'GET /api/v1/tenants/staging/nodes?per_page=1',
      'POST /api/v1/api-keys'
    ],
    revokeRequest: /^DELETE \/api\/v1\/api-keys\/key-[0-9a-f]+$/,
    revoked: () =>
      fake<{ state: { mintedKeys: { deleted: boolean }[] } }>('infracast').state.mintedKeys[0]!
        .deleted,
    breakRevoke: (inputs) => {
      fake<{ state: { mintedKeys: { revoked: boolean }[] } }>(
        'infracast'
      ).state.mintedKeys[0]!.revoked = true
      return inputs
    },
    brokenRevokeLeavesNothing: true,
    // victor may only read in prod: he cannot hand a key nodes:write.
    refused: () => ({
      url: sandbox.httpUrl,
      username: 'victor',
      password: 'victor-sandbox-password',
      tenant: 'prod',
      'required-permissions': 'nodes:read'
    }),
    refusedText: 'FORBIDDEN'
  },
  {
    vendor: 'jfrog',
    inputs: () => ({
      url: `${sandbox.httpUrl}/_vendor/jfrog`,
      'api-token': jfrogAccounts().developer!.accessToken
    }),
    given: () => [jfrogAccounts().developer!.accessToken],
    tokenVariable: 'JF_ACCESS_TOKEN',
    mainRequests: ['GET /xray/api/v1/system/version', 'POST /access/api/v1/tokens'],
    revokeRequest: /^DELETE \/access\/api\/v1\/tokens\/[0-9a-f-]{36}$/,
    revoked: () => fake<{ minted: { revoked: boolean }[] }>('jfrog').minted[0]!.revoked,
    breakRevoke: (inputs) => {
      fake<{ minted: { revokeNow(): void }[] }>('jfrog').minted[0]!.revokeNow()
      return inputs
    },
    brokenRevokeLeavesNothing: true,
    refused: () => {
      fake<{ setMaxExpiry(seconds: number): void }>('jfrog').setMaxExpiry(3600)
      return {
        url: `${sandbox.httpUrl}/_vendor/jfrog`,
        'api-token': jfrogAccounts().developer!.accessToken
      }
    },
    refusedText: 'Token expiry must be between 1 and 3600 seconds'
  }
]

const requests = () => sandbox.requests.map((r) => `${r.method} ${r.path}`)
const main = (vendor: string, inputs: Record<string, string>) =>
  runStep({ inputs: { vendor, 'mint-token': 'true', ...inputs }, env: RUN_ENV })
const post = (vendor: string, inputs: Record<string, string>, state: Record<string, string>) =>
  runStep({ inputs: { vendor, 'mint-token': 'true', ...inputs }, env: RUN_ENV, post: true, state })

/** Neither an output, nor an exported variable, nor the summary carries any given credential. */
function expectGivenNotHandedOn(step: Step, given: readonly string[]): void {
  const handedOn = [...Object.values(step.outputs), ...Object.values(step.env), step.summary].join(
    '\n'
  )
  for (const secret of given) {
    expect({ secret: secret.slice(0, 6), handedOn: handedOn.includes(secret) }).toEqual({
      secret: secret.slice(0, 6),
      handedOn: false
    })
  }
}

describe.each(VENDORS)('mint-token with $vendor', (v) => {
  it('mints after the gate, hands on only the minted credential, and the post step revokes it', async () => {
    const inputs = v.inputs()
    const started = Date.now()
    const step = await main(v.vendor, { ...inputs, 'token-lifetime': '2h' })
    expect(step.errors).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(requests()).toEqual(v.mainRequests)

    const minted = step.outputs.token!
    expect(minted.length).toBeGreaterThanOrEqual(16)
    expect(step.env[v.tokenVariable]).toBe(minted)
    expect(step.outputs['auth-header']).toBe(`Authorization: Bearer ${minted}`)
    expectMasked(step, [minted])
    expectGivenNotHandedOn(step, v.given())
    expectNoLeak(step, [...v.given(), minted])
    // token-lifetime 2h: SonarQube rounds up to the next UTC midnight, the others keep it.
    const expiresAt = Date.parse(step.outputs['expires-at']!)
    expect(expiresAt).toBeGreaterThanOrEqual(started + 2 * 3600_000 - 5000)
    expect(expiresAt).toBeLessThanOrEqual(started + 26 * 3600_000 + 5000)
    expect(step.summary).toContain('Minted')
    // State carries what revokes it, never the given credential.
    expectGivenNotHandedOn({ ...step, outputs: step.state, env: {}, summary: '' }, v.given())

    sandbox.requests.length = 0
    const after = await post(v.vendor, inputs, step.state)
    expect(after.exitCode).toBe(0)
    expect(after.warnings).toEqual([])
    expect(requests()).toHaveLength(1)
    expect(requests()[0]).toMatch(v.revokeRequest)
    expect(v.revoked()).toBe(true)
    expect(after.stdout).toContain('Revoked the')
    expectNoLeak(after, [...v.given(), minted])
  })

  it('a revoke that fails is a warning saying when the credential expires by itself; one already revoked is a line', async () => {
    const inputs = v.inputs()
    const step = await main(v.vendor, inputs)
    expect(step.exitCode).toBe(0)
    const after = await post(v.vendor, v.breakRevoke(inputs), step.state)
    expect(after.exitCode).toBe(0)
    expect(after.errors).toEqual([])
    if (v.brokenRevokeLeavesNothing) {
      // The credential's revoke of itself answered 401: nothing is left alive, nothing to do.
      expect(after.warnings).toEqual([])
      expect(after.stdout).toContain('minted for this job is no longer accepted (HTTP 401')
      expect(after.stdout).toContain('nothing to do for this job')
      return
    }
    expect(after.warnings).toHaveLength(1)
    expect(after.warnings[0]).toContain('could not revoke the credential minted for this job')
    expect(after.warnings[0]).toContain(
      `It stays valid until it expires by itself at ${step.outputs['expires-at']}`
    )
  })

  it('logout false keeps sessions only: the minted credential is revoked when the job ends all the same, and the step says so', async () => {
    const step = await main(v.vendor, { ...v.inputs(), logout: 'false' })
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([
      expect.stringContaining(
        'logout is false, which keeps sessions only: the credential mint-token creates dies with the job'
      )
    ])
    const after = await post(v.vendor, { ...v.inputs(), logout: 'false' }, step.state)
    expect(after.exitCode).toBe(0)
    expect(requests().filter((r) => v.revokeRequest.test(r))).toHaveLength(1)
  })

  it("a minting the server refuses fails the step with the vendor's reason, exporting nothing", async () => {
    const step = await main(v.vendor, v.refused())
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('refused to create')
    expect(step.errors[0]).toContain(v.refusedText)
    expect(step.env).toEqual({})
    expect(step.outputs.token).toBeUndefined()
    expect(step.outputs['auth-header']).toBeUndefined()
    const after = await post(v.vendor, v.refused(), step.state)
    expect(after.warnings).toEqual([])
    expect(requests().filter((r) => v.revokeRequest.test(r))).toEqual([])
  })
})

describe('mint-token, before any request', () => {
  it('a vendor that cannot mint refuses it, naming those that can', async () => {
    const step = await runStep({
      inputs: { vendor: 'snyk', 'api-token': 'a'.repeat(36), 'mint-token': 'true' }
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('The mint-token input cannot be used with Snyk')
    expect(step.errors[0]).toContain('Vendors that can: Infracast, SonarQube, JFrog.')
    expect(sandbox.requests).toHaveLength(0)
  })

  it.each([
    ['8d', 'from 5m to 7d'],
    ['1m', 'from 5m to 7d'],
    ['6 hours', 'such as 30m, 6h or 2d'],
    ['-2h', 'such as 30m, 6h or 2d']
  ])('token-lifetime %s is refused', async (lifetime, fragment) => {
    const step = await runStep({
      inputs: {
        vendor: 'sonarqube',
        url: `${sandbox.httpUrl}/_vendor/sonarqube`,
        'api-token': sonarAccounts().developerToken!.token,
        'mint-token': 'true',
        'token-lifetime': lifetime
      }
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(`The token-lifetime input must be`)
    expect(step.errors[0]).toContain(fragment)
    expect(sandbox.requests).toHaveLength(0)
  })

  it('Infracast mints only after a login, for a tenant and the required permissions', async () => {
    const step = await runStep({
      inputs: {
        vendor: 'infracast',
        url: sandbox.httpUrl,
        'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6',
        tenant: 'prod',
        'mint-token': 'true'
      }
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('mint-token needs a username/password or refresh-token login')
    expect(step.errors[0]).toContain('mint-token needs required-permissions')
    expect(step.errors[0]).toContain(
      'Fix: log in with username and password (or refresh-token) instead of api-key, set required-permissions to what later steps need (e.g. findings:read); or turn mint-token off.'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('a token-lifetime without mint-token is a warning, not silence', async () => {
    const step = await runStep({
      inputs: {
        vendor: 'sonarqube',
        url: `${sandbox.httpUrl}/_vendor/sonarqube`,
        'api-token': sonarAccounts().developerToken!.token,
        'token-lifetime': '1h'
      }
    })
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([
      'token-lifetime is "1h", but mint-token is not true, so nothing is minted and token-lifetime has no effect.'
    ])
    expect(step.env.SONAR_TOKEN).toBe(sonarAccounts().developerToken!.token)
  })
})

describe('SonarQube minting details', () => {
  const url = () => `${sandbox.httpUrl}/_vendor/sonarqube`

  it('asks for a global analysis token named for the run, expiring the day the lifetime ends', async () => {
    const step = await main('sonarqube', {
      url: url(),
      'api-token': sonarAccounts().developerToken!.token,
      'token-lifetime': '30m'
    })
    expect(step.exitCode).toBe(0)
    const generate = sandbox.requests.find((r) => r.path === '/api/user_tokens/generate')!
    const form = new URLSearchParams(generate.body)
    expect(form.get('name')).toMatch(
      /^scanner-login-scanner-login-demo-7001-2-scan-login-[a-z0-9]{8}$/
    )
    expect(form.get('type')).toBe('GLOBAL_ANALYSIS_TOKEN')
    const endOfLifetime = new Date(Date.now() + 30 * 60_000)
    const day = new Date(
      Date.UTC(
        endOfLifetime.getUTCFullYear(),
        endOfLifetime.getUTCMonth(),
        endOfLifetime.getUTCDate() + 1
      )
    )
    expect(form.get('expirationDate')).toBe(day.toISOString().slice(0, 10))
    expect(step.stdout).toContain('token-lifetime was rounded up to')
    expect(step.outputs.token).toMatch(/^sqa_[0-9a-f]{40}$/)
    expect(step.stdout).toContain('global analysis token')
  })

  it('a server before 9.5 makes a token that never expires: not handed on, and revoked by the post step', async () => {
    const sonar = fake<{
      setTokenTypes(on: boolean): void
      minted: { name: string; revoked: boolean }[]
    }>('sonarqube')
    sonar.setTokenTypes(false)
    const inputs = { url: url(), 'api-token': sonarAccounts().developerToken!.token }
    const step = await main('sonarqube', inputs)
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      `SonarQube created the token "${sonar.minted[0]!.name}" without an expiry: this server keeps tokens until they are revoked (token expiry came with SonarQube 9.6), so it was not handed on`
    )
    expect(step.env).toEqual({})
    expect(step.outputs.token ?? '').toBe('')
    expect(sonar.minted[0]!.revoked).toBe(false)
    const after = await post('sonarqube', inputs, step.state)
    expect(after.exitCode).toBe(0)
    expect(sonar.minted[0]!.revoked).toBe(true)
  })

  it('a token whose answer was lost (502 after SonarQube created it) is still revoked by the post step', async () => {
    const sonar = fake<{
      loseGenerateAnswer(status: number): void
      minted: { name: string; revoked: boolean }[]
    }>('sonarqube')
    sonar.loseGenerateAnswer(502)
    const inputs = { url: url(), 'api-token': sonarAccounts().developerToken!.token }
    const step = await main('sonarqube', inputs)
    expect(step.exitCode).toBe(1)
    expect(step.env).toEqual({})
    expect(sonar.minted).toHaveLength(1)
    expect(sonar.minted[0]!.revoked).toBe(false)
    const after = await post('sonarqube', inputs, step.state)
    expect(after.exitCode).toBe(0)
    const revoke = sandbox.requests.find((r) => r.path === '/api/user_tokens/revoke')
    expect(new URLSearchParams(revoke?.body).get('name')).toBe(sonar.minted[0]!.name)
    expect(sonar.minted[0]!.revoked).toBe(true)
  })

  it('with logout: false, such a token is revoked all the same: a minted credential dies with the job', async () => {
    const sonar = fake<{
      loseGenerateAnswer(status: number): void
      minted: { revoked: boolean }[]
    }>('sonarqube')
    sonar.loseGenerateAnswer(504)
    const inputs = {
      url: url(),
      'api-token': sonarAccounts().developerToken!.token,
      logout: 'false'
    }
    const step = await main('sonarqube', inputs)
    expect(step.exitCode).toBe(1)
    const after = await post('sonarqube', inputs, step.state)
    expect(after.exitCode).toBe(0)
    expect(sonar.minted[0]!.revoked).toBe(true)
  })

  it('a minting SonarQube refused (4xx) leaves nothing for the post step to revoke', async () => {
    fake<{ setMaxTokenLifetimeDays(days: number): void }>('sonarqube').setMaxTokenLifetimeDays(1)
    const inputs = {
      url: url(),
      'api-token': sonarAccounts().developerToken!.token,
      'token-lifetime': '7d'
    }
    const step = await main('sonarqube', inputs)
    expect(step.exitCode).toBe(1)
    const after = await post('sonarqube', inputs, step.state)
    expect(after.exitCode).toBe(0)
    expect(sandbox.requests.filter((r) => r.path === '/api/user_tokens/revoke')).toEqual([])
  })

  it("an Enterprise maximum lifetime shorter than token-lifetime fails with SonarQube's words", async () => {
    fake<{ setMaxTokenLifetimeDays(days: number): void }>('sonarqube').setMaxTokenLifetimeDays(1)
    const step = await main('sonarqube', {
      url: url(),
      'api-token': sonarAccounts().developerToken!.token,
      'token-lifetime': '7d'
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('Tokens expiring after')
    expect(step.errors[0]).toContain('are not allowed. Please use a valid expiration date.')
    expect(step.env).toEqual({})
  })
})

describe('a minting whose answer is lost', () => {
  it('says the JFrog token may exist, by its description and lifetime; a refusal does not', async () => {
    const jfrog = fake<{ loseMintAnswer(status: number): void; minted: { description: string }[] }>(
      'jfrog'
    )
    jfrog.loseMintAnswer(502)
    const inputs = VENDORS[2]!.inputs()
    const step = await main('jfrog', inputs)
    expect(step.exitCode).toBe(1)
    expect(jfrog.minted).toHaveLength(1)
    expect(step.errors[0]).toContain(
      `The platform may have created the token all the same: if so, its description is "${jfrog.minted[0]!.description}", and it lives 6 h unless revoked`
    )
    const refused = await main('jfrog', VENDORS[2]!.refused())
    expect(refused.exitCode).toBe(1)
    expect(refused.errors[0]).not.toContain('may have created')
  })
})

describe('a minting answered 500', () => {
  it('says the JFrog token may exist: a 5xx answer may follow its creation, as a lost one may', async () => {
    const jfrog = fake<{ loseMintAnswer(status: number): void; minted: { description: string }[] }>(
      'jfrog'
    )
    jfrog.loseMintAnswer(500)
    const step = await main('jfrog', VENDORS[2]!.inputs())
    expect(step.exitCode).toBe(1)
    expect(jfrog.minted).toHaveLength(1)
    expect(step.errors[0]).toContain('The platform may have created the token all the same')
  })
})

describe('state the post step acts on', () => {
  it('a forged expiry in state is refused, and nothing is sent', async () => {
    const inputs = VENDORS[2]!.inputs()
    const step = await main('jfrog', inputs)
    const forged = JSON.parse(step.state.logout!) as Record<string, unknown>
    forged.expiresAt = 'never\n::error::forged'
    sandbox.requests.length = 0
    const after = await post('jfrog', inputs, { logout: JSON.stringify(forged) })
    expect(after.exitCode).toBe(0)
    expect(after.errors).toEqual([])
    expect(after.warnings).toHaveLength(1)
    expect(after.warnings[0]).toContain('does not have the shape this action writes')
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('JFrog minting never widens', () => {
  const url = () => `${sandbox.httpUrl}/_vendor/jfrog`
  const body = () =>
    JSON.parse(sandbox.requests.find((r) => r.path === '/access/api/v1/tokens')?.body ?? '{}') as {
      scope?: string
      expires_in?: number
    }

  it('a token limited to groups asks for those groups, and a platform that refuses says why', async () => {
    const step = await main('jfrog', { url: url(), 'api-token': jfrogAccounts().ci!.accessToken })
    expect(body().scope).toBe('applied-permissions/groups:readers,ci-deployers')
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('Non-admin users may only create tokens with the user scope')
    expect(step.errors[0]).toContain(
      'the platform lets users create only tokens with their own user scope'
    )
    expect(step.env).toEqual({})
  })

  it('an admin-scoped token mints one scoped to the user', async () => {
    const step = await main('jfrog', {
      url: url(),
      'api-token': jfrogAccounts().admin!.accessToken
    })
    expect(step.exitCode).toBe(0)
    expect(body().scope).toBe('applied-permissions/user')
  })

  it('a minted token broader than asked is revoked at once, its scope quoted within 512 characters', async () => {
    // A platform that answers with a scope of its own: here a list of many long groups, each
    // under the limit for one piece of server text, together far over it.
    const groups = Array.from(
      { length: 40 },
      (_, i) => `applied-permissions/groups:${'g'.repeat(60)}${i}`
    )
    fake<{ setMintedScope(scp: string[]): void }>('jfrog').setMintedScope(groups)
    const step = await main('jfrog', {
      url: url(),
      'api-token': jfrogAccounts().admin!.accessToken
    })
    expect(step.exitCode).toBe(1)
    expect(fake<{ minted: { revoked: boolean }[] }>('jfrog').minted[0]!.revoked).toBe(true)
    expect(step.env).toEqual({})
    const quoted =
      /minted a token with scope "([^"]*)" where "applied-permissions\/user" was asked/.exec(
        step.errors[0] ?? ''
      )
    expect(quoted?.[1]).toMatch(/^applied-permissions\/groups:g{60}0 /)
    expect(quoted![1]!.length).toBeLessThanOrEqual(512)
  })

  it('a reference token states no scope, so nothing is minted from it', async () => {
    const step = await main('jfrog', {
      url: url(),
      'api-token': jfrogAccounts().reference!.accessToken
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'mint-token cannot narrow this JFrog token: it states no scope'
    )
    expect(requests()).toEqual(['GET /xray/api/v1/system/version'])
  })

  it('with GitHub OIDC, the minted token never outlives the exchanged one', async () => {
    const step = await runStep({
      inputs: {
        vendor: 'jfrog',
        url: url(),
        'oidc-provider': 'github-acme',
        'mint-token': 'true',
        'token-lifetime': '7d'
      },
      env: sandbox.github.env
    })
    expect(step.exitCode).toBe(0)
    expect(body().expires_in).toBeLessThanOrEqual(3600)
    expect(step.stdout).toContain('a minted token never outlives it')
    expect(Date.parse(step.outputs['expires-at']!)).toBeLessThanOrEqual(Date.now() + 3600_000)
  })
})

describe('what the post step is handed', () => {
  it('masks the minted token, never its id or name: a server does not choose what the log hides', async () => {
    const inputs = VENDORS[2]!.inputs()
    const step = await main('jfrog', inputs)
    const saved = JSON.parse(step.state.logout!) as { ids: { tokenId: string } }
    const after = await post('jfrog', inputs, step.state)
    expect(after.masks).toContain(step.outputs.token)
    expect(after.masks).not.toContain(saved.ids.tokenId)
    expect(after.stdout).not.toContain('::add-mask::scanner-login')
  })

  it('an Infracast key id that would climb the path is never sent', async () => {
    const inputs = VENDORS[1]!.inputs()
    const step = await main('infracast', inputs)
    const saved = JSON.parse(step.state.logout!) as { ids: { id: string } }
    saved.ids.id = '..'
    sandbox.requests.length = 0
    const after = await post('infracast', inputs, { logout: JSON.stringify(saved) })
    expect(after.exitCode).toBe(0)
    expect(after.warnings[0]).toContain('the saved API key id is not one Infracast gives')
    expect(sandbox.requests).toHaveLength(0)
  })

  it('SonarQube refuses mint-token when the token came from SONAR_TOKEN: the post step could not revoke', async () => {
    const step = await runStep({
      inputs: {
        vendor: 'sonarqube',
        url: `${sandbox.httpUrl}/_vendor/sonarqube`,
        'mint-token': 'true'
      },
      env: { SONAR_TOKEN: sonarAccounts().developerToken!.token }
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain('mint-token needs the token in the api-token input')
    expect(sandbox.requests).toHaveLength(0)
  })
})

describe('a server that lies about the minting', () => {
  it('answering with the given credential itself: nothing handed on, nothing saved to revoke', async () => {
    const given = jfrogAccounts().developer!.accessToken
    const server = await rawServer((socket, head) => {
      const body = head.startsWith('POST /access/api/v1/tokens')
        ? JSON.stringify({ token_id: '0f6c2a9e-1111-4222-8333-944455556666', access_token: given })
        : JSON.stringify({ xray_version: '3.107.6', xray_revision: '5a6b1e3' })
      socket.end(
        `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
      )
    })
    try {
      const inputs = { url: server.url, 'api-token': given }
      const step = await main('jfrog', inputs)
      expect(step.exitCode).toBe(1)
      expect(step.errors[0]).toContain(
        'answered the minting with the credential the step was given, not a new one'
      )
      expect(step.env).toEqual({})
      expect(step.outputs.token).toBeUndefined()
      expect(step.state.logout).toBe('')
      const after = await post('jfrog', inputs, step.state)
      expect(after.warnings).toEqual([])
      expect(server.requests.map((head) => head.split(' ').slice(0, 2).join(' '))).toEqual([
        'GET /xray/api/v1/system/version',
        'POST /access/api/v1/tokens'
      ])
    } finally {
      await server.close()
    }
  })

  it('a state that names another url is ignored, saying how long the credential stays valid', async () => {
    const inputs = VENDORS[2]!.inputs()
    const step = await main('jfrog', inputs)
    sandbox.requests.length = 0
    const after = await post(
      'jfrog',
      { ...inputs, url: `${sandbox.httpsUrl}/_vendor/jfrog` },
      step.state
    )
    expect(after.exitCode).toBe(0)
    expect(after.warnings).toHaveLength(1)
    expect(after.warnings[0]).toContain('did not revoke the credential minted for this job')
    expect(after.warnings[0]).toContain('State that does not match the inputs is ignored')
    expect(after.warnings[0]).toContain(`expires by itself at ${step.outputs['expires-at']}`)
    expect(sandbox.requests).toHaveLength(0)
  })
})
