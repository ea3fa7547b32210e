// mint-token and GitHub OIDC at the action level: the real main and post steps in-process (files
// through @actions/core) against the sandbox, and the plan's checks before any request. The same
// behaviours run through the built bundle in least-exposure.bundle.test.ts and
// github-oidc.bundle.test.ts; this suite keeps them visible to coverage and quick to run.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as expressions from '@actions/expressions'
import { truthy } from '@actions/expressions/result'
import { startSandbox } from '../sandbox/index.js'
import * as leastExposure from '../src/plan/least-exposure.js'
import { buildPlan, usesLeastExposure } from '../src/plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../src/plan/input-names.js'
import { loadVendor } from '../src/vendors/index.js'
import { runMain, runPost } from './helpers/action.js'
import { expectNoLeak } from './helpers/leaks.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const sonar = () => sandbox.accounts.sonarqube as unknown as Record<string, { token: string }>
const jfrog = () => sandbox.accounts.jfrog as unknown as Record<string, { accessToken: string }>
const paths = () => sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)

describe('mint-token, main and post steps in-process', () => {
  const cases = [
    {
      name: 'SonarQube',
      inputs: () => ({
        vendor: 'sonarqube',
        url: `${sandbox.httpUrl}/_vendor/sonarqube`,
        'api-token': sonar().developerToken!.token
      }),
      given: () => sonar().developerToken!.token,
      variable: 'SONAR_TOKEN',
      revoke: 'POST /api/user_tokens/revoke'
    },
    {
      name: 'Infracast',
      inputs: () => ({
        vendor: 'infracast',
        url: sandbox.httpUrl,
        username: 'ada',
        password: 'ada-sandbox-password',
        tenant: 'staging',
        'required-permissions': 'nodes:read'
      }),
      given: () => 'ada-sandbox-password',
      variable: 'INFRACAST_TOKEN',
      revoke: 'DELETE /api/v1/api-keys/'
    },
    {
      name: 'JFrog',
      inputs: () => ({
        vendor: 'jfrog',
        url: `${sandbox.httpUrl}/_vendor/jfrog`,
        'api-token': jfrog().developer!.accessToken
      }),
      given: () => jfrog().developer!.accessToken,
      variable: 'JF_ACCESS_TOKEN',
      revoke: 'DELETE /access/api/v1/tokens/'
    }
  ]

  it.each(cases)(
    '$name: hands on only the minted credential, and the post step revokes it',
    async (c) => {
      const inputs = { ...c.inputs(), 'mint-token': 'true', 'token-lifetime': '1h' }
      const main = await runMain(inputs)
      expect(main.errors).toEqual([])
      expect(main.env[c.variable]).toBe(main.outputs.token)
      expect(Object.values(main.env)).not.toContain(c.given())
      expect(Object.values(main.outputs)).not.toContain(c.given())
      // The article follows the name: "Minted an Infracast API key", "Minted a JFrog ...".
      const article = /^[AEIOU]/.test(c.name) ? 'an' : 'a'
      expect(main.log.some((line) => line.startsWith(`Minted ${article} ${c.name} `))).toBe(true)
      expectNoLeak(main, [c.given(), main.outputs.token!])
      const post = await runPost(main.state, inputs)
      expect(post.warnings).toEqual([])
      expect(paths().some((p) => p.startsWith(c.revoke))).toBe(true)
      expect(post.log).toContain(
        `Revoked the ${c.name} credential minted for this job at ${inputs.url}.`
      )
    }
  )

  it('a revoke that fails warns with the expiry, and the post step still succeeds', async () => {
    const inputs = { ...cases[0]!.inputs(), 'mint-token': 'true' }
    const main = await runMain(inputs)
    const post = await runPost(main.state, { ...inputs, 'api-token': sonar().expiredToken!.token })
    expect(post.exitCode).toBe(0)
    expect(post.warnings[0]).toContain('could not revoke the credential minted for this job')
    expect(post.warnings[0]).toContain(`expires by itself at ${main.outputs['expires-at']}`)
  })

  // Behaviour 12: what the post step sends passes the same grammar as at minting. A saved name
  // that is not one this action gives (another of the user's tokens, a second form field) is not
  // sent to /api/user_tokens/revoke, which would revoke whatever token bears that name.
  it.each(['ci-token', 'scanner-login-x&name=ci-token'])(
    'SonarQube: a saved token name of another shape (%s) is never sent to the revoke',
    async (tampered) => {
      const inputs = { ...cases[0]!.inputs(), 'mint-token': 'true' }
      const main = await runMain(inputs)
      expect(main.errors).toEqual([])
      const saved = JSON.parse(main.state.logout!) as { ids: { name: string } }
      const state = {
        logout: main.state.logout!.replace(saved.ids.name, tampered)
      }
      sandbox.reset()
      const post = await runPost(state, inputs)
      expect(post.exitCode).toBe(0)
      expect(sandbox.requests).toEqual([])
      expect(post.warnings.join('\n')).toContain(
        'the saved token name is not one this action gives; nothing was sent.'
      )
    }
  )

  // Behaviour 15: the post step's DELETE /api/v1/api-keys/{id} takes the saved id only when it
  // passes the grammar of the ids Infracast gives; a dot segment would climb the path.
  it.each(['..', '.', 'a/b', '%2e%2e', 'k', 'key-1?x=1'])(
    'Infracast: a saved API key id of another shape (%s) is never sent to the DELETE',
    async (tampered) => {
      const inputs = { ...cases[1]!.inputs(), 'mint-token': 'true' }
      const main = await runMain(inputs)
      expect(main.errors).toEqual([])
      const saved = JSON.parse(main.state.logout!) as { ids: { id: string } }
      saved.ids.id = tampered
      sandbox.reset()
      const post = await runPost({ ...main.state, logout: JSON.stringify(saved) }, inputs)
      expect(post.exitCode).toBe(0)
      expect(sandbox.requests).toEqual([])
      expect(post.warnings.join('\n')).toContain(
        'the saved API key id is not one Infracast gives; nothing was sent.'
      )
    }
  )

  it('JFrog: a group-scoped token asks for its groups, and the refusal is explained', async () => {
    const main = await runMain({
      vendor: 'jfrog',
      url: `${sandbox.httpUrl}/_vendor/jfrog`,
      'api-token': jfrog().ci!.accessToken,
      'mint-token': 'true'
    })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toContain('only tokens with their own user scope')
    // A platform that does not know force_revocable may refuse the request for it, too.
    expect(main.errors[0]).toContain(
      'older than Artifactory 7.50.3 and does not know force_revocable'
    )
    expect(main.env).toEqual({})
  })

  it('JFrog: a reference token is not minted from', async () => {
    const main = await runMain({
      vendor: 'jfrog',
      url: `${sandbox.httpUrl}/_vendor/jfrog`,
      'api-token': jfrog().reference!.accessToken,
      'mint-token': 'true'
    })
    expect(main.errors[0]).toContain('it states no scope')
  })

  it('SonarQube before 9.5 (no token types, no expiry): the token is not handed on', async () => {
    ;(sandbox.fake('sonarqube') as unknown as { setTokenTypes(on: boolean): void }).setTokenTypes(
      false
    )
    const main = await runMain({ ...cases[0]!.inputs(), 'mint-token': 'true' })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toContain('without an expiry')
    expect(main.errors[0]).toContain('Fix: turn mint-token off for this server, or upgrade it.')
    expect(main.env).toEqual({})
  })

  it('Infracast: a viewer may not create keys, and the step fails with its words', async () => {
    const main = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: 'victor',
      password: 'victor-sandbox-password',
      tenant: 'prod',
      'required-permissions': 'nodes:read',
      'mint-token': 'true'
    })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toContain("Role doesn't allow this action")
    expect(main.env).toEqual({})
  })

  it('logout false keeps sessions only: the minted credential is saved for the post step to revoke, with a warning', async () => {
    const main = await runMain({ ...cases[2]!.inputs(), 'mint-token': 'true', logout: 'false' })
    expect(main.warnings[0]).toContain('logout is false, which keeps sessions only')
    expect(JSON.parse(main.state.logout!)).toMatchObject({ minted: true })
    // The post step, given the same logout: false, still revokes it.
    const sent = paths().length
    const post = await runPost(main.state, {
      ...cases[2]!.inputs(),
      'mint-token': 'true',
      logout: 'false'
    })
    expect(post.warnings).toEqual([])
    expect(
      paths()
        .slice(sent)
        .some((p) => p.startsWith(cases[2]!.revoke))
    ).toBe(true)
  })
})

describe('GitHub OIDC in-process', () => {
  const inputs = () => ({
    vendor: 'jfrog',
    url: `${sandbox.httpUrl}/_vendor/jfrog`,
    'oidc-provider': 'github-acme'
  })

  it('exchanges the ID token and checks Xray with what it got', async () => {
    const main = await runMain(inputs(), sandbox.github.env)
    expect(main.errors).toEqual([])
    expect(paths()).toEqual([
      'GET /_github/idtoken',
      'POST /access/api/v1/oidc/token',
      'GET /xray/api/v1/system/version'
    ])
    expect(main.outputs.username).toBe('ci-bot')
    expect(main.masks).toContain(sandbox.github.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  })

  it('a refused exchange names the claims the mapping matches on', async () => {
    sandbox.github.setJob({ ref: 'refs/heads/feature' })
    sandbox.github.setJob({ repository: 'acme/other' })
    const main = await runMain(inputs(), sandbox.github.env)
    expect(main.errors[0]).toContain('  repository: acme/other')
    expect(main.errors[0]).toContain('  ref: refs/heads/feature')
  })

  it('a token service that refuses the request token is GitHub, not the vendor', async () => {
    const main = await runMain(inputs(), {
      ...sandbox.github.env,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-runner-request-token-0000'
    })
    expect(main.errors[0]).toContain('GitHub did not issue an ID token for this job')
  })
})

describe('the plan of least exposure', () => {
  const raw = (inputs: Partial<RawInputs>): RawInputs =>
    ({
      ...Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])),
      'mint-token': 'false',
      'token-lifetime': '6h',
      ...inputs
    }) as RawInputs
  const plan = async (vendor: string, inputs: Partial<RawInputs>, env: NodeJS.ProcessEnv = {}) =>
    buildPlan(raw({ vendor, ...inputs }), await loadVendor(vendor), { env, leastExposure })

  it('is loaded only when an input asks for it', () => {
    expect(usesLeastExposure(raw({}))).toBe(false)
    expect(usesLeastExposure(raw({ 'mint-token': 'False' }))).toBe(false)
    expect(usesLeastExposure(raw({ 'mint-token': 'true' }))).toBe(true)
    expect(usesLeastExposure(raw({ 'token-lifetime': '1h' }))).toBe(true)
    expect(usesLeastExposure(raw({ 'oidc-audience': 'x' }))).toBe(true)
  })

  // Contract, Inputs table, mint-token: for a vendor that cannot, true is a validation error naming
  // the vendors that can.
  it.each([
    ['semgrep', { 'api-token': 'semgrep-token' }, 'Semgrep'],
    ['gitguardian', { 'api-key': 'gitguardian-key' }, 'GitGuardian'],
    ['black-duck', { url: 'https://bd.example.com', 'api-token': 'bd-token' }, 'Black Duck'],
    ['wiz', { 'client-id': 'wiz-id', 'client-secret': 'wiz-secret' }, 'Wiz'],
    ['prisma-cloud', { 'access-key': 'ak', 'secret-key': 'sk' }, 'Prisma Cloud'],
    ['socket', { 'api-token': 'sktsec_token' }, 'Socket'],
    ['defectdojo', { url: 'https://dojo.example.com', 'api-token': 'dd-token' }, 'DefectDojo']
  ] as const)(
    'refuses mint-token for %s, naming the vendors that can',
    async (vendor, inputs, name) => {
      const refusal = await plan(vendor, { ...inputs, 'mint-token': 'true' }).then(
        () => '',
        (error: Error) => error.message
      )
      expect(refusal).toContain(`The mint-token input cannot be used with ${name}:`)
      expect(refusal).toContain('Vendors that can: Infracast, SonarQube, JFrog.')
    }
  )

  it('says what is wrong with a refused token-lifetime, as the plan reads it', async () => {
    // Any token-lifetime but the default loads this module, and the plan asks it for the hint.
    const refusal = await plan('sonarqube', {
      'api-token': 'squ_' + 'a'.repeat(40),
      'mint-token': 'true',
      'token-lifetime': '90'
    }).then(
      () => '',
      (error: Error) => error.message
    )
    expect(refusal).toContain('not "90": it has no unit; write 90m for minutes')
    expect(usesLeastExposure(raw({ 'token-lifetime': '90' }))).toBe(true)
  })

  it('warns that token-lifetime has no effect without mint-token', async () => {
    const p = await plan('sonarqube', {
      'api-token': 'squ_' + 'a'.repeat(40),
      'token-lifetime': '1h'
    })
    expect(p.mint).toBeUndefined()
    expect(p.warnings).toEqual([
      'token-lifetime is "1h", but mint-token is not true, so nothing is minted and token-lifetime has no effect.'
    ])
    const quiet = await plan('sonarqube', { 'api-token': 'squ_' + 'a'.repeat(40) })
    expect(quiet.warnings).toEqual([])
  })

  it('mints for the lifetime asked, in seconds', async () => {
    const p = await plan('sonarqube', {
      url: 'https://sonarqube.example.com',
      'api-token': 'squ_' + 'a'.repeat(40),
      'mint-token': 'true',
      'token-lifetime': '2d'
    })
    expect(p.mint).toEqual({ lifetimeSeconds: 172_800 })
  })

  it('GitHub OIDC replaces the stored credentials and keeps the request token secret', async () => {
    const p = await plan(
      'jfrog',
      { url: 'https://acme.jfrog.io', 'oidc-provider': 'github-acme' },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/idtoken?api-version=2.0',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-0123456789',
        JF_ACCESS_TOKEN: 'a-job-level-token-that-is-not-used'
      }
    )
    expect(p.authMode).toBe('oidc')
    expect(p.credentials).toEqual({})
    expect(p.secrets).toEqual(['request-token-0123456789'])
    expect(p.oidc).toMatchObject({ provider: 'github-acme', audience: '' })
    // The job-level JF_ACCESS_TOKEN is not read, and the log says so, naming it but never its value.
    expect(p.oidc!.unusedEnvNote).toBe(
      'JF_ACCESS_TOKEN is set for this job but was not used: this step logs in with GitHub OIDC (oidc-provider), which takes no stored credential.'
    )
    expect(p.warnings).toEqual([])
  })

  it('GitHub OIDC: no note without a job-level credential variable; export-env false is named', async () => {
    const idTokenEnv = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/idtoken?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-0123456789'
    }
    const inputs = { url: 'https://acme.jfrog.io', 'oidc-provider': 'github-acme' }
    const quiet = await plan('jfrog', inputs, { ...idTokenEnv, JF_ACCESS_TOKEN: '  ' })
    expect(quiet.oidc).not.toHaveProperty('unusedEnvNote')
    const kept = await plan(
      'jfrog',
      { ...inputs, 'export-env': 'false' },
      { ...idTokenEnv, JF_ACCESS_TOKEN: 'a-job-level-token-that-is-not-used' }
    )
    expect(kept.oidc!.unusedEnvNote).toBe(
      "JF_ACCESS_TOKEN is set for this job but was not used: this step logs in with GitHub OIDC (oidc-provider), which takes no stored credential. export-env is false, so later steps still see the job's JF_ACCESS_TOKEN, not the credential this step verified."
    )
  })

  it.each([
    [{ 'oidc-provider': 'github-acme' }, {}, 'the job lacks permissions: id-token: write'],
    // Behaviour 16: the step needs both variables; either one alone is no ID token either.
    [
      { 'oidc-provider': 'github-acme' },
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/idtoken?api-version=2.0' },
      'the job lacks permissions: id-token: write'
    ],
    [
      { 'oidc-provider': 'github-acme' },
      { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-0123456789' },
      'the job lacks permissions: id-token: write'
    ],
    [
      { 'oidc-provider': 'github-acme' },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://user:pw@tokens.example/idtoken',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x'
      },
      'ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL'
    ],
    [{ 'oidc-audience': 'jfrog' }, {}, 'used only with oidc-provider'],
    [
      { 'oidc-provider': 'github-acme', 'api-token': 'a-stored-token-0123456789' },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/idtoken',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-0123456789'
      },
      'Conflicting credentials for JFrog: oidc-provider'
    ],
    [
      { 'oidc-provider': 'github-acme' },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://tokens.attacker.example/idtoken',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-0123456789'
      },
      'ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL'
    ]
  ])('refuses %j before any request', async (inputs, env, message) => {
    await expect(plan('jfrog', { url: 'https://acme.jfrog.io', ...inputs }, env)).rejects.toThrow(
      message
    )
  })

  it('asks Infracast for required-permissions, saying the minted key gets the listed ones', async () => {
    const refusal = plan('infracast', {
      url: 'https://api.infracast.io',
      username: 'ada',
      password: 'pw',
      tenant: 'prod',
      'mint-token': 'true'
    })
    await expect(refusal).rejects.toThrow(
      'mint-token needs required-permissions: the minted key gets exactly the permissions it lists, and no others (of those this step can verify: nodes:read, findings:read, jobs:read).\nFix: set required-permissions to what later steps need (e.g. findings:read); or turn mint-token off.'
    )
  })

  it('refuses Infracast mint-token with an api-key: a key is minted only after a login or a refresh', async () => {
    // Contract Behaviour 15: "Infracast: after a username/password or refresh-token login, POST
    // /api/v1/api-keys".
    const refusal = plan('infracast', {
      url: 'https://api.infracast.io',
      'api-key': 'ic_live_x',
      tenant: 'prod',
      'required-permissions': 'nodes:read',
      'mint-token': 'true'
    })
    await expect(refusal).rejects.toThrow(
      'mint-token needs a username/password or refresh-token login with Infracast'
    )
  })

  it('names both inputs Infracast mint-token needs when neither tenant nor required-permissions is set', async () => {
    // Contract Behaviour 15: tenants: [tenant], permissions = required-permissions, "both inputs
    // are then required".
    const refusal = plan('infracast', {
      url: 'https://api.infracast.io',
      username: 'ada',
      password: 'pw',
      'mint-token': 'true'
    })
    await expect(refusal).rejects.toThrow(
      /mint-token needs the tenant input[^]*mint-token needs required-permissions[^]*Fix: set tenant, set required-permissions/
    )
  })

  /** Evaluates a workflow `if:` expression with GitHub's own evaluator, on a github context. */
  function skipsStep(condition: string, github: Record<string, unknown>): boolean {
    const toData = (value: unknown): expressions.data.ExpressionData =>
      typeof value === 'string'
        ? new expressions.data.StringData(value)
        : value === null
          ? new expressions.data.Null()
          : new expressions.data.Dictionary(
              ...Object.entries(value as object).map(([key, inner]) => ({
                key,
                value: toData(inner)
              }))
            )
    const { tokens } = new expressions.Lexer(condition).lex()
    const parsed = new expressions.Parser(tokens, ['github'], []).parse()
    const context = new expressions.data.Dictionary({ key: 'github', value: toData(github) })
    return !truthy(new expressions.Evaluator(parsed, context).evaluate())
  }

  it('runs on push and same-repository pull requests (Dependabot runs too), skips forks', async () => {
    const refusal = await plan('jfrog', { url: 'https://acme.jfrog.io', 'oidc-provider': 'p' }, {})
      .then(() => '')
      .catch((error: Error) => error.message)
    const condition = /^\s*if: (.+)$/m.exec(refusal)?.[1]
    expect(condition).toBeDefined()
    const pullRequest = (head: string) => ({
      event_name: 'pull_request',
      repository: 'acme/app',
      actor: 'ada',
      event: { pull_request: { head: { repo: { full_name: head } } } }
    })
    expect(
      skipsStep(condition!, { event_name: 'push', repository: 'acme/app', actor: 'ada', event: {} })
    ).toBe(false)
    expect(skipsStep(condition!, { ...pullRequest('acme/app') })).toBe(false)
    expect(skipsStep(condition!, { ...pullRequest('mallory/app') })).toBe(true)
    // A run by Dependabot gets an ID token once the workflow grants id-token: write.
    expect(skipsStep(condition!, { ...pullRequest('acme/app'), actor: 'dependabot[bot]' })).toBe(
      false
    )
    const dependabotPush = { event_name: 'push', repository: 'acme/app', event: {} }
    expect(skipsStep(condition!, { ...dependabotPush, actor: 'dependabot[bot]' })).toBe(false)
  })
})
