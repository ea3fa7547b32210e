// What later steps' tools take of what the step hands them (runner/handoff.ts): a job variable the
// vendor's own tools read before an export, or a URL variable the step leaves unexported that names
// another server, gets a warning naming it. Plans are built from each vendor's real definition.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPlan } from '../src/plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../src/plan/input-names.js'
import { handoffWarnings } from '../src/runner/handoff.js'
import type { Vendor } from '../src/kit/types.js'
import { checkmarxOne } from '../src/vendors/checkmarx-one/index.js'
import { gitguardian } from '../src/vendors/gitguardian/index.js'
import { infracast } from '../src/vendors/infracast/index.js'
import { nessus } from '../src/vendors/nessus/index.js'
import { semgrep } from '../src/vendors/semgrep/index.js'
import { snyk } from '../src/vendors/snyk/index.js'
import { socket } from '../src/vendors/socket/index.js'
import { sonarqube } from '../src/vendors/sonarqube/index.js'
import { tenableSc } from '../src/vendors/tenable-sc/index.js'
import { tenableVm } from '../src/vendors/tenable-vm/index.js'
import { signJwt } from '../sandbox/jwt.js'
import { startSandbox } from '../sandbox/index.js'
import { runMain } from './helpers/action.js'
import type { Sandbox } from './vendors/case.js'

function planOf(vendor: Vendor, inputs: Partial<RawInputs>) {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, ''])) as RawInputs
  return buildPlan({ ...raw, 'export-env': 'true', vendor: vendor.id, ...inputs }, vendor, {
    env: {}
  })
}

const SNYK_TOKEN = '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'

describe('Snyk', () => {
  const plan = () => planOf(snyk, { 'api-token': SNYK_TOKEN })

  it('warns about a job SNYK_OAUTH_TOKEN, which the CLI sends before SNYK_TOKEN', () => {
    const warnings = handoffWarnings(plan(), { SNYK_TOKEN }, { SNYK_OAUTH_TOKEN: 'eyJ.old.token' })
    expect(warnings).toEqual([
      "The job's SNYK_OAUTH_TOKEN is set, and Snyk's own tools read it before SNYK_TOKEN, which this step exports: later steps would use the job's SNYK_OAUTH_TOKEN, not what this step verified. Unset SNYK_OAUTH_TOKEN for the job."
    ])
    // Never the value itself.
    expect(warnings.join('\n')).not.toContain('eyJ.old.token')
  })

  it('warns about a job SNYK_API of another region when the step checked the default one', () => {
    expect(handoffWarnings(plan(), { SNYK_TOKEN }, { SNYK_API: 'https://api.eu.snyk.io' })).toEqual(
      [
        "The job's SNYK_API names https://api.eu.snyk.io, but this step verified https://api.snyk.io and exports no SNYK_API for it: Snyk's own tools in later steps would go to https://api.eu.snyk.io. Unset SNYK_API for the job, or give this step url: https://api.eu.snyk.io if that server is meant."
      ]
    )
  })

  it('is quiet for a SNYK_API of the same server, however written, and for what the step exports', () => {
    expect(
      handoffWarnings(plan(), { SNYK_TOKEN }, { SNYK_API: 'https://app.snyk.io/api' })
    ).toEqual([])
    const eu = planOf(snyk, { 'api-token': SNYK_TOKEN, region: 'eu' })
    expect(
      handoffWarnings(
        eu,
        { SNYK_TOKEN, SNYK_API: eu.url },
        { SNYK_API: 'https://api.us.snyk.io', SNYK_TOKEN: 'another' }
      )
    ).toEqual([])
    expect(handoffWarnings(plan(), { SNYK_TOKEN }, { SNYK_OAUTH_TOKEN: '  ' })).toEqual([])
  })
})

describe('Semgrep', () => {
  it('warns about a job SEMGREP_URL, which the CLI reads before SEMGREP_APP_URL', () => {
    const plan = planOf(semgrep, {
      'api-token': 'sgp_0123456789abcdef0123456789abcdef',
      url: 'https://semgrep.acme.example'
    })
    const exported = { SEMGREP_APP_TOKEN: 't', SEMGREP_APP_URL: plan.url }
    expect(handoffWarnings(plan, exported, { SEMGREP_URL: 'https://semgrep.dev' })).toEqual([
      "The job's SEMGREP_URL is set, and Semgrep's own tools read it before SEMGREP_APP_URL, which this step exports: later steps would use the job's SEMGREP_URL, not what this step verified. Unset SEMGREP_URL for the job, or point it at the server this step verified (https://semgrep.acme.example)."
    ])
    expect(handoffWarnings(plan, exported, { SEMGREP_URL: `${plan.url}/` })).toEqual([])
  })

  it('warns about a job SEMGREP_URL of another server when the step checked the default', () => {
    const plan = planOf(semgrep, { 'api-token': 'sgp_0123456789abcdef0123456789abcdef' })
    expect(
      handoffWarnings(
        plan,
        { SEMGREP_APP_TOKEN: 't' },
        { SEMGREP_URL: 'https://semgrep.acme.example' }
      )
    ).toEqual([
      `The job's SEMGREP_URL names https://semgrep.acme.example, but this step verified ${plan.url} and exports no SEMGREP_URL for it: Semgrep's own tools in later steps would go to https://semgrep.acme.example. Unset SEMGREP_URL for the job, or give this step url: https://semgrep.acme.example if that server is meant.`
    ])
  })
})

describe('GitGuardian', () => {
  const key = 'a'.repeat(71)

  it('reads a job GITGUARDIAN_INSTANCE (a dashboard URL) as ggshield does, warning for another instance', () => {
    const plan = planOf(gitguardian, { 'api-key': key })
    const exported = { GITGUARDIAN_API_KEY: key }
    expect(
      handoffWarnings(plan, exported, {
        GITGUARDIAN_INSTANCE: 'https://dashboard.eu1.gitguardian.com'
      })
    ).toEqual([
      `The job's GITGUARDIAN_INSTANCE names https://api.eu1.gitguardian.com, but this step verified ${plan.url} and exports no GITGUARDIAN_INSTANCE for it: GitGuardian's own tools in later steps would go to https://api.eu1.gitguardian.com. Unset GITGUARDIAN_INSTANCE for the job, or give this step url: https://api.eu1.gitguardian.com if that server is meant.`
    ])
    expect(
      handoffWarnings(plan, exported, { GITGUARDIAN_INSTANCE: 'https://dashboard.gitguardian.com' })
    ).toEqual([])
  })

  it('warns that ggshield reads GITGUARDIAN_INSTANCE before the GITGUARDIAN_API_URL the step exports', () => {
    const plan = planOf(gitguardian, { 'api-key': key, url: 'https://api.eu1.gitguardian.com' })
    const exported = { GITGUARDIAN_API_KEY: key, GITGUARDIAN_API_URL: plan.url }
    expect(
      handoffWarnings(plan, exported, { GITGUARDIAN_INSTANCE: 'https://dashboard.gitguardian.com' })
    ).toEqual([
      `The job's GITGUARDIAN_INSTANCE is set, and GitGuardian's own tools read it before GITGUARDIAN_API_URL, which this step exports: later steps would use the job's GITGUARDIAN_INSTANCE, not what this step verified. Unset GITGUARDIAN_INSTANCE for the job, or set it to https://dashboard.eu1.gitguardian.com, which names the server this step verified (${plan.url}).`
    ])
    expect(
      handoffWarnings(plan, exported, {
        GITGUARDIAN_INSTANCE: 'https://dashboard.eu1.gitguardian.com'
      })
    ).toEqual([])
  })
  it("names the server in GITGUARDIAN_INSTANCE's own form: a self-hosted dashboard, without /exposed", () => {
    // ggshield adds /exposed to a self-hosted GITGUARDIAN_INSTANCE: the API url there would be wrong.
    const plan = planOf(gitguardian, { 'api-key': key, url: 'https://gg.acme.example/exposed' })
    const exported = { GITGUARDIAN_API_KEY: key, GITGUARDIAN_API_URL: plan.url }
    const [warning] = handoffWarnings(plan, exported, {
      GITGUARDIAN_INSTANCE: 'https://gg.other.example'
    })
    expect(warning).toContain(
      'or set it to https://gg.acme.example, which names the server this step verified (https://gg.acme.example/exposed).'
    )
  })
})

describe('Socket', () => {
  // The Socket CLI reads its API base URL from SOCKET_CLI_API_BASE_URL (SocketDev/socket-lib
  // getSocketCliApiBaseUrl), which this step does not export.
  it('warns about a job SOCKET_CLI_API_BASE_URL of another server', () => {
    const plan = planOf(socket, { 'api-token': 'sktsec_0123456789abcdef_api' })
    const exported = { SOCKET_API_TOKEN: 't' }
    expect(
      handoffWarnings(plan, exported, {
        SOCKET_CLI_API_BASE_URL: 'https://socket.corp.example/v0/'
      })
    ).toEqual([
      "The job's SOCKET_CLI_API_BASE_URL names https://socket.corp.example, but this step verified https://api.socket.dev and exports no SOCKET_CLI_API_BASE_URL for it: Socket's own tools in later steps would go to https://socket.corp.example. Unset SOCKET_CLI_API_BASE_URL for the job, or give this step url: https://socket.corp.example if that server is meant."
    ])
    expect(
      handoffWarnings(plan, exported, { SOCKET_CLI_API_BASE_URL: 'https://api.socket.dev/v0/' })
    ).toEqual([])
  })
})

describe('SonarQube', () => {
  // The scanners read SONAR_REGION beside SONAR_HOST_URL and stop when the two name different
  // instances (SonarSource/sonar-scanner-java-library ScannerEndpointResolver @ d898f3c7).
  const token = `squ_${'a'.repeat(40)}`
  const exported = (url: string) => ({ SONAR_HOST_URL: url, SONAR_TOKEN: token })

  it('warns about a job SONAR_REGION=us when the step verified another server', () => {
    const cloud = planOf(sonarqube, { 'api-token': token })
    expect(handoffWarnings(cloud, exported(cloud.url), { SONAR_REGION: 'us' })).toEqual([
      "The job's SONAR_REGION names https://sonarqube.us, but this step verified https://sonarcloud.io: SonarQube's own tools in later steps read SONAR_REGION together with what this step exports, and would stop at the contradiction or go to https://sonarqube.us. Unset SONAR_REGION for the job, or give this step url: https://sonarqube.us if that server is meant."
    ])
    const server = planOf(sonarqube, { 'api-token': token, url: 'https://sonar.corp.example' })
    expect(handoffWarnings(server, exported(server.url), { SONAR_REGION: 'US' })).toHaveLength(1)
  })

  it('is quiet for SONAR_REGION=us beside a check of SonarQube Cloud US, and for no region', () => {
    const us = planOf(sonarqube, { 'api-token': token, region: 'us' })
    expect(handoffWarnings(us, exported(us.url), { SONAR_REGION: 'us' })).toEqual([])
    const viaUrl = planOf(sonarqube, { 'api-token': token, url: 'https://sonarqube.us' })
    expect(handoffWarnings(viaUrl, exported(viaUrl.url), { SONAR_REGION: 'us' })).toEqual([])
    // A value the scanners take for no instance ("eu", "global") is their own error to report.
    const cloud = planOf(sonarqube, { 'api-token': token })
    expect(handoffWarnings(cloud, exported(cloud.url), { SONAR_REGION: 'eu' })).toEqual([])
    // Nor beside a server of its own: "eu" names no instance, not SonarQube Cloud.
    const server = planOf(sonarqube, { 'api-token': token, url: 'https://sonar.corp.example' })
    expect(handoffWarnings(server, exported(server.url), { SONAR_REGION: 'eu' })).toEqual([])
    // The scanners compare the value as given: " us" is no region they know, not us.
    expect(handoffWarnings(cloud, exported(cloud.url), { SONAR_REGION: ' us' })).toEqual([])
  })
})

describe('a variable read before more than one export', () => {
  it('is warned about once', () => {
    // No vendor lists one variable before two of its exports yet; its warning must still come once.
    const vendor: Vendor = {
      ...checkmarxOne,
      toolsReadFirst: { CX_CLIENT_ID: ['CX_APIKEY'], CX_CLIENT_SECRET: ['CX_APIKEY'] }
    }
    const plan = planOf(vendor, {
      'client-id': 'acme-ci',
      'client-secret': 'b'.repeat(32),
      tenant: 'acme',
      url: 'https://ast.checkmarx.net'
    })
    const warnings = handoffWarnings(
      plan,
      { CX_CLIENT_ID: 'acme-ci', CX_CLIENT_SECRET: 'b'.repeat(32) },
      { CX_APIKEY: 'eyJ.job.key' }
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain("The job's CX_APIKEY is set")
  })
})

describe('a credential the job holds beside a URL this step replaces', () => {
  const A = 'https://sc-a.example.com'
  const B = 'https://sc-b.example.com'
  const session = () => planOf(tenableSc, { url: B, username: 'ci', password: 'pw' })
  const exported = { TSC_URL: B, TSC_TOKEN: '1234', TSC_SESSION_COOKIE: 'TNS_SESSIONID=abc' }
  const keys = { TSC_ACCESS_KEY: 'a'.repeat(32), TSC_SECRET_KEY: 'b'.repeat(32) }

  it('warns for each credential variable that would go to this step’s server with the URL it exports', () => {
    const warnings = handoffWarnings(session(), exported, { TSC_URL: A, ...keys })
    expect(warnings).toEqual(
      ['TSC_ACCESS_KEY', 'TSC_SECRET_KEY'].map(
        (name) =>
          `The job's ${name} is set beside its TSC_URL for ${A}, and this step exports TSC_URL for ${B} but no ${name}: Tenable.sc's own tools in later steps would send the job's ${name} to ${B}. Unset ${name} for the job before those steps.`
      )
    )
    expect(warnings.join('\n')).not.toContain('a'.repeat(32))
  })

  it('is quiet when the job’s URL named this same server, named none, or the step exports the credential', () => {
    expect(handoffWarnings(session(), exported, { TSC_URL: `${B}/`, ...keys })).toEqual([])
    expect(handoffWarnings(session(), exported, keys)).toEqual([])
    // A step that exports no TSC_URL leaves the job's pairing as it was (that TSC_URL gets its own
    // warning): the keys still go to the server they were set for.
    expect(
      handoffWarnings(session(), {}, { TSC_URL: A, ...keys }).filter((w) => w.includes('KEY'))
    ).toEqual([])
    const withKeys = planOf(tenableSc, {
      url: B,
      'access-key': 'c'.repeat(32),
      'secret-key': 'd'.repeat(32)
    })
    expect(
      handoffWarnings(
        withKeys,
        { TSC_URL: B, TSC_ACCESS_KEY: 'c'.repeat(32), TSC_SECRET_KEY: 'd'.repeat(32) },
        { TSC_URL: A, ...keys }
      )
    ).toEqual([])
  })

  it('is quiet for a credential the tools read after one this step exports', () => {
    // ast-cli logs in with CX_APIKEY before the client id and secret.
    const CX_KEY = signJwt(
      {
        typ: 'Offline',
        azp: 'ast-app',
        sub: 'u-1',
        iss: 'https://eu.iam.checkmarx.net/auth/realms/acme'
      },
      'test-only-signing-key'
    )
    const apiKey = planOf(checkmarxOne, { 'api-key': CX_KEY })
    expect(
      handoffWarnings(
        apiKey,
        { CX_BASE_URI: apiKey.url, CX_APIKEY: CX_KEY },
        {
          CX_BASE_URI: 'https://ast.checkmarx.net',
          CX_CLIENT_ID: 'old-client',
          CX_CLIENT_SECRET: 'old-secret'
        }
      )
    ).toEqual([])
    // pyTenable reads TIO_ACCESS_KEY before its older TENABLEIO_ACCESS_KEY.
    const vm = planOf(tenableVm, {
      url: 'https://fedcloud.tenable.com',
      'access-key': 'e'.repeat(64),
      'secret-key': 'f'.repeat(64)
    })
    expect(
      handoffWarnings(
        vm,
        { TIO_URL: vm.url, TIO_ACCESS_KEY: 'e'.repeat(64), TIO_SECRET_KEY: 'f'.repeat(64) },
        {
          TIO_URL: 'https://cloud.tenable.com',
          TENABLEIO_ACCESS_KEY: '1'.repeat(64),
          TENABLEIO_SECRET_KEY: '2'.repeat(64)
        }
      )
    ).toEqual([])
  })
})

describe('the credential variables a vendor’s tools send, beyond those the step reads', () => {
  it('warns about a job’s TSC_USERNAME / TSC_PASSWORD, which pyTenable sends when no keys are set', () => {
    const A = 'https://sc-a.example.com'
    const B = 'https://sc-b.example.com'
    const session = planOf(tenableSc, { url: B, username: 'ci', password: 'pw' })
    const exported = { TSC_URL: B, TSC_TOKEN: '1234', TSC_SESSION_COOKIE: 'TNS_SESSIONID=abc' }
    const job = { TSC_URL: A, TSC_USERNAME: 'old-user', TSC_PASSWORD: 'old-password' }
    const warnings = handoffWarnings(session, exported, job)
    expect(warnings).toEqual(
      ['TSC_USERNAME', 'TSC_PASSWORD'].map(
        (name) =>
          `The job's ${name} is set beside its TSC_URL for ${A}, and this step exports TSC_URL for ${B} but no ${name}: Tenable.sc's own tools in later steps would send the job's ${name} to ${B}. Unset ${name} for the job before those steps.`
      )
    )
    expect(warnings.join('\n')).not.toContain('old-password')
    // With the keys exported, pyTenable logs in with them and never sends the username.
    const keys = { TSC_ACCESS_KEY: 'c'.repeat(32), TSC_SECRET_KEY: 'd'.repeat(32) }
    const withKeys = planOf(tenableSc, {
      url: B,
      'access-key': keys.TSC_ACCESS_KEY,
      'secret-key': keys.TSC_SECRET_KEY
    })
    expect(handoffWarnings(withKeys, { TSC_URL: B, ...keys }, job)).toEqual([])
  })

  it('warns about a job’s NESSUS_PASSWORD beside another server’s NESSUS_URL in session mode', () => {
    const B = 'https://nessus-b.example.com:8834'
    const session = planOf(nessus, { url: B, username: 'ci', password: 'pw' })
    const warnings = handoffWarnings(
      session,
      { NESSUS_URL: B, NESSUS_TOKEN: 'abc' },
      { NESSUS_URL: 'https://nessus-a.example.com:8834', NESSUS_PASSWORD: 'old-password' }
    )
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      "Nessus's own tools in later steps would send the job's NESSUS_PASSWORD"
    )
  })

  it('is quiet about INFRACAST_API_KEY, which no Infracast tool reads', () => {
    const B = 'https://infracast-b.example.com'
    const login = planOf(infracast, { url: B, username: 'ci', password: 'pw', tenant: 'prod' })
    expect(
      handoffWarnings(
        login,
        { INFRACAST_URL: B, INFRACAST_TOKEN: 'eyJ.a.b', INFRACAST_TENANT: 'prod' },
        { INFRACAST_URL: 'https://api.infracast.io', INFRACAST_API_KEY: 'ic_live_old' }
      )
    ).toEqual([])
  })
})

describe('a whole step whose job holds only such a variable beside the URL it replaces', () => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox()
  })
  afterAll(() => sandbox.close())

  it('judges it: a Tenable.sc session step warns about the job’s TSC_PASSWORD', async () => {
    const { username, password } = (
      sandbox.accounts['tenable-sc'] as Record<string, { username: string; password: string }>
    ).analyst!
    const url = `${sandbox.httpsLocalhostUrl}/_vendor/tenable-sc`
    const other = 'https://sc-a.example.com'
    const step = await runMain(
      {
        vendor: 'tenable-sc',
        url,
        username,
        password,
        'ca-cert': sandbox.caCertPem,
        logout: 'false'
      },
      {
        RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'scanner-login-handoff-')),
        TSC_URL: other,
        TSC_PASSWORD: 'old-password'
      }
    )
    expect(step.errors).toEqual([])
    expect(step.warnings).toEqual([
      `The job's TSC_PASSWORD is set beside its TSC_URL for ${other}, and this step exports TSC_URL for ${url} but no TSC_PASSWORD: Tenable.sc's own tools in later steps would send the job's TSC_PASSWORD to ${url}. Unset TSC_PASSWORD for the job before those steps.`
    ])
    expect(step.env.TSC_URL).toBe(url)
  })
})
