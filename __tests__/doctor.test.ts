// The doctor's command line: flags named like the inputs, credentials refused as flags and read from
// the environment, the action.yml defaults the bundle cannot read at run time.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  credentialVariables,
  doctorInputs,
  FLAG_INPUTS,
  parseDoctorArgs,
  UsageError
} from '../src/doctor/args.js'
import { runDoctor } from '../src/doctor/index.js'
import { INPUT_DEFAULTS } from '../src/plan/input-defaults.generated.js'
import { INPUT_NAMES } from '../src/plan/input-names.js'
import { infracast } from '../src/vendors/infracast/index.js'
import { invictiPlatform } from '../src/vendors/invicti-platform/index.js'
import { tenableSc } from '../src/vendors/tenable-sc/index.js'
import { CREDENTIAL_INPUTS } from '../src/kit/types.js'
import { readActionInputs } from '../scripts/runner.js'
import { startSandbox } from '../sandbox/index.js'
import { loadVendor, VENDOR_IDS } from '../src/vendors/index.js'

// Jest's ESM loader cannot link a module that several dynamic imports request at once ("request
// for '../core/failure.js' is not in cache"); Node can. Loading each vendor once, in turn, leaves
// only cached modules for the tests that load them all together (the help, credentialVariables).
beforeAll(async () => {
  for (const id of VENDOR_IDS) await loadVendor(id)
})

describe('INPUT_DEFAULTS', () => {
  it('equals the defaults action.yml declares', () => {
    const declared = Object.fromEntries(
      Object.entries(readActionInputs())
        .filter(([, input]) => input.default !== undefined)
        .map(([name, input]) => [name, input.default])
    )
    expect(INPUT_DEFAULTS).toEqual(declared)
  })
})

describe('FLAG_INPUTS', () => {
  it('is every input of the action except the credential inputs', () => {
    expect([...FLAG_INPUTS, ...CREDENTIAL_INPUTS].sort()).toEqual([...INPUT_NAMES].sort())
    expect(FLAG_INPUTS).toEqual(
      expect.arrayContaining(['vendor', 'url', 'region', 'tenant', 'ca-cert', 'timeout'])
    )
  })
})

describe('parseDoctorArgs', () => {
  it('reads flags named like the inputs, in both --name value and --name=value forms', () => {
    const args = parseDoctorArgs([
      '--vendor',
      'tenable-sc',
      '--url=https://sc.example.com',
      '--required-roles',
      'Security Manager, Auditor',
      '--timeout',
      '5',
      '--json'
    ])
    expect(args).toEqual({
      inputs: {
        vendor: 'tenable-sc',
        url: 'https://sc.example.com',
        'required-roles': 'Security Manager, Auditor',
        timeout: '5'
      },
      credentialFlags: [],
      json: true,
      help: false
    })
  })

  it('takes PEM text after --ca-cert, although it begins with dashes', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
    expect(parseDoctorArgs(['--ca-cert', pem, '--vendor', 'nessus']).inputs).toEqual({
      'ca-cert': pem,
      vendor: 'nessus'
    })
    expect(() => parseDoctorArgs(['--vendor', '--ca-cert'])).toThrow(UsageError)
    // Only PEM text: any other value after a space that begins with a dash stays ambiguous.
    expect(() => parseDoctorArgs(['--ca-cert', '-ca.pem', '--vendor', 'nessus'])).toThrow(
      "use '--ca-cert=-XYZ'"
    )
  })

  it('reports each credential flag by name, so it can be refused', () => {
    const args = parseDoctorArgs(['--vendor', 'infracast', '--password', 'p', '--username=ada'])
    expect(args.credentialFlags.sort()).toEqual(['password', 'username'])
    expect(args.inputs).toEqual({ vendor: 'infracast' })
  })

  it('takes -h and --help', () => {
    expect(parseDoctorArgs(['-h']).help).toBe(true)
    expect(parseDoctorArgs(['--help']).help).toBe(true)
  })

  it.each([
    [['--vendr', 'invicti'], "Unknown option '--vendr'"],
    [['--vendor'], 'argument missing'],
    [['--vendor', 'a', '--vendor', 'b'], '--vendor was given twice'],
    [['--json=yes'], '--json']
  ])('refuses %j', (argv, fragment) => {
    expect(() => parseDoctorArgs(argv)).toThrow(UsageError)
    expect(() => parseDoctorArgs(argv)).toThrow(fragment)
  })

  it.each([
    [
      ['tenable-sc'],
      'doctor takes only --flags, and "tenable-sc" was given without one. Did you mean --vendor tenable-sc?'
    ],
    [
      ['--json', 'Tenable.sc'],
      'doctor takes only --flags, and "Tenable.sc" was given without one. Did you mean --vendor tenable-sc?'
    ],
    [
      ['--vendor', 'invicti', 'https://sc.example.com'],
      'doctor takes only --flags, and "https://sc.example.com" was given without one. Did you mean --url https://sc.example.com?'
    ],
    [
      ['--vendor', 'tenable-sc', '--required-roles', 'Security', 'Manager'],
      'doctor takes only --flags, and "Manager" was given without one (a value after a flag that takes none, or a missing quote around a value with spaces).'
    ]
  ])('quotes back the stray argument in %j, and the flag it probably lacks', (argv, message) => {
    expect(() => parseDoctorArgs(argv)).toThrow(new UsageError(message))
  })

  it('quotes a stray argument as one bounded, inert line', () => {
    const attempt = (): unknown => parseDoctorArgs(['::error::x\n##[set-output]y'.padEnd(90, 'z')])
    expect(attempt).toThrow(UsageError)
    expect(attempt).toThrow(
      /^doctor takes only --flags, and ": :error::x # #\[set-output\]yz+…" was given without one/
    )
    expect(attempt).not.toThrow(/\n|##\[|z{80}/)
  })

  it.each([
    ['a 64-character hexadecimal key', 'a1'.repeat(32)],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
    ['a long password', 'Tr0ub4dor&3-horse']
  ])('does not quote %s, and says why', (_what, secret) => {
    const attempt = (): unknown => parseDoctorArgs(['--vendor', 'invicti', secret])
    expect(attempt).toThrow(
      new UsageError(
        `doctor takes only --flags, and an argument without one was given; it is not repeated here, since it looks like a key or a password (${secret.length} characters). Credentials are read from environment variables, never from the command line. Otherwise: a value after a flag that takes none, or a missing quote around a value with spaces.`
      )
    )
  })

  it('does not quote PEM text given without --ca-cert, which may hold a private key', () => {
    const key =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B=AQEFAASC\n-----END PRIVATE KEY-----\n'
    for (const argv of [
      ['--vendor', 'nessus', key],
      ['--json', key],
      ['--ca-cert=ca.pem', key]
    ]) {
      const attempt = (): unknown => parseDoctorArgs(argv)
      expect(attempt).toThrow(
        new UsageError(
          'doctor takes PEM text only as the value of --ca-cert, and PEM text was given without it; it is not repeated here, since PEM text may hold a private key. Give the CA certificate as --ca-cert "$(cat ca.pem)", or its path: --ca-cert ca.pem.'
        )
      )
    }
  })

  it('does not quote an unknown argument that is no flag name, and quotes one that is', () => {
    const attempt = (): unknown => parseDoctorArgs(['--vendor', 'nessus', '--Tr0ub4dor&3 horse'])
    expect(attempt).toThrow(
      new UsageError(
        "doctor takes only --flags, and an argument that begins with a dash but is no flag was given; it is not repeated here, since it may be a key or a password (19 characters). Credentials are read from environment variables, never from the command line. A flag's value that begins with a dash is written --flag=-value."
      )
    )
    // Counted whole, the value after its `=` included, and a long word is not taken for a flag.
    expect(() => parseDoctorArgs(['--vendor', 'nessus', '--p@ss=w0rd'])).toThrow('(11 characters)')
    const longWord = `--${'a1B2'.repeat(15)}`
    const long = (): unknown => parseDoctorArgs(['--vendor', 'nessus', longWord])
    expect(long).toThrow('(62 characters)')
    expect(long).not.toThrow(longWord)
    // A flag's name, mistyped, is still quoted: that is what the user needs to see.
    expect(() => parseDoctorArgs(['--vendor', 'nessus', '--regoin=eu'])).toThrow(
      "Unknown option '--regoin'"
    )
  })

  it.each([
    [['--vendor', 'nessus', '--required-role', 'Admin'], '--required-role', '--required-roles'],
    [['--vendor', 'nessus', '--tls_verify=false'], '--tls_verify', '--tls-verify'],
    [['--vendr', 'nessus'], '--vendr', '--vendor'],
    [['--jsn'], '--jsn', '--json'],
    [['--vendor', 'nessus', '--verify-tls', 'false'], '--verify-tls', '--tls-verify'],
    [['--vendor', 'nessus', '--roles', 'Admin'], '--roles', '--required-roles or --allowed-roles']
  ])('answers the misspelled flag in %j with the flag it nearly spells', (argv, given, meant) => {
    expect(() => parseDoctorArgs(argv)).toThrow(
      new UsageError(`Unknown option '${given}'. Did you mean ${meant}?`)
    )
  })

  it('offers no credential flag and no GitHub OIDC flag for a misspelled one', () => {
    for (const argv of [['--api-kye', 'x'], ['--oidc-provder', 'github'], ['--nothing-like-it']]) {
      const attempt = (): unknown => parseDoctorArgs(argv)
      expect(attempt).toThrow(UsageError)
      expect(attempt).not.toThrow(/Did you mean/)
    }
  })

  it.each([['--token'], ['--sonar-token=squ_x'], ['--api_key'], ['--Password']])(
    'answers %s, a credential no flag takes, with where credentials come from',
    (flag) => {
      const attempt = (): unknown => parseDoctorArgs(['--vendor', 'sonarqube', flag, 'x'])
      expect(attempt).toThrow(
        /It looks like a credential, and credentials are never taken from the command line: set the vendor's own environment variable instead/
      )
      // Not the flags that share a word with it, which were not meant.
      expect(attempt).not.toThrow(/--mint-token|--token-lifetime/)
    }
  )

  it('refuses a stray argument without quoting it (it may be a secret after the wrong flag)', () => {
    const attempt = (): unknown => parseDoctorArgs(['--json', 'hunter2-secret'])
    expect(attempt).toThrow(UsageError)
    expect(attempt).toThrow(/only --flags/)
    expect(attempt).not.toThrow(/hunter2/)
  })
})

describe('doctorInputs', () => {
  it('fills the action.yml defaults and leaves fallback-backed credentials empty for the plan', () => {
    const raw = doctorInputs({ vendor: 'tenable-sc', timeout: '5' }, tenableSc, {
      TSC_ACCESS_KEY: 'from-env',
      SCANNER_LOGIN_ACCESS_KEY: 'ignored: TSC_ACCESS_KEY is the source'
    })
    expect(Object.keys(raw).sort()).toEqual([...INPUT_NAMES].sort())
    expect(raw).toMatchObject({
      vendor: 'tenable-sc',
      timeout: '5',
      retries: '2',
      'tls-verify': 'true',
      logout: 'true',
      url: '',
      'access-key': '',
      'secret-key': ''
    })
  })

  it('reads a credential without a fallback variable from SCANNER_LOGIN_<INPUT>', () => {
    const raw = doctorInputs({ vendor: 'tenable-sc' }, tenableSc, {
      SCANNER_LOGIN_USERNAME: ' sam.manager ',
      SCANNER_LOGIN_PASSWORD: 'pw',
      SCANNER_LOGIN_API_KEY: 'not a Tenable.sc input'
    })
    expect(raw).toMatchObject({ username: 'sam.manager', password: 'pw', 'api-key': '' })
  })

  it('takes no credential at all when the vendor is unknown', () => {
    const raw = doctorInputs({ vendor: 'nope' }, undefined, { SCANNER_LOGIN_PASSWORD: 'pw' })
    expect(raw.password).toBe('')
    expect(raw.vendor).toBe('nope')
  })
})

describe('credentialVariables', () => {
  it("names the vendor's fallback variable, or the doctor's own where it has none", async () => {
    expect(await credentialVariables('api-key', invictiPlatform)).toEqual(['INVICTI_API_KEY'])
    expect(await credentialVariables('password', tenableSc)).toEqual(['SCANNER_LOGIN_PASSWORD'])
    expect(await credentialVariables('refresh-token', infracast)).toEqual([
      'SCANNER_LOGIN_REFRESH_TOKEN'
    ])
  })

  it('lists every vendor’s variable when no vendor is given', async () => {
    // Other vendors add their own names; these two are there whatever else is registered.
    expect(await credentialVariables('api-key', undefined)).toEqual(
      expect.arrayContaining(['INVICTI_API_KEY', 'INFRACAST_API_KEY'])
    )
  })
})

describe('runDoctor without a network', () => {
  const run = async (
    argv: string[],
    env: NodeJS.ProcessEnv = {}
  ): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = ''
    let stderr = ''
    const code = await runDoctor(argv, env, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text)
    })
    return { code, stdout, stderr }
  }

  it('refuses a credential flag with exit 2, naming the variable to set, never the value', async () => {
    const result = await run(['--vendor', 'invicti', '--api-key', 'eyJ-secret-value'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('--api-key: set INVICTI_API_KEY')
    expect(result.stderr).not.toContain('eyJ-secret-value')
  })

  it('fails validation with exit 2 and the message a failing step would give', async () => {
    const result = await run(['--vendor', 'tenable-sc', '--url', 'http://sc.example.com'], {
      TSC_ACCESS_KEY: 'a'.repeat(32),
      TSC_SECRET_KEY: 'b'.repeat(32)
    })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('not checked: the inputs do not validate')
    expect(result.stdout).toContain('The --url flag must use https://')
    expect(result.stdout).not.toContain('a'.repeat(32))
  })

  it.each([
    [[], 'The --vendor flag is required. Valid vendors: '],
    [
      ['--vendor', 'tenable-sc'],
      'The --url flag is required for Tenable.sc: it is installed on your own servers, so there is no default (e.g. --url https://sc.example.com).'
    ],
    [
      ['--vendor', 'tenabel-sc'],
      'The --vendor flag "tenabel-sc" is not a known vendor. Did you mean tenable-sc?'
    ],
    [
      ['--vendor', 'tenable-sc', '--timeout', '0'],
      'The --timeout flag must be a number from 1 to 600, not "0".'
    ],
    [
      ['--vendor', 'rapid7', '--url', 'https://a.example', '--region', 'us'],
      'The --url and --region flags were both given'
    ],
    [
      ['--vendor', 'sonarqube', '--tenant', 't'],
      'SonarQube does not use the --tenant flag; remove it'
    ],
    [
      ['--vendor', 'sonarqube', '--tenant', 't', '--organization-id', 'o'],
      'SonarQube does not use the --organization-id, --tenant flags; remove them'
    ]
  ])(
    'names the flag, not the input, in the validation error for %j (exit 2)',
    async (argv, text) => {
      const result = await run(argv, {
        TSC_ACCESS_KEY: 'a'.repeat(32),
        TSC_SECRET_KEY: 'b'.repeat(32),
        SONAR_TOKEN: 'squ_x',
        RAPID7_API_KEY: 'k'
      })
      expect(result.code).toBe(2)
      expect(result.stdout).toContain(text)
      expect(result.stdout).not.toMatch(
        /\b(vendor|timeout|url|region|tenant|organization-id) inputs?\b/
      )
    }
  )

  it.each([
    [
      ['--vendor', 'defectdojo', '--url', 'https://dojo.example.com'],
      {},
      'No credentials for DefectDojo: set DD_API_KEY.\n',
      '    - api-token: DD_API_KEY\n'
    ],
    [
      ['--vendor', 'tenable-sc', '--url', 'https://sc.example.com'],
      {},
      'No credentials for Tenable.sc: set TSC_ACCESS_KEY + TSC_SECRET_KEY, or SCANNER_LOGIN_USERNAME + SCANNER_LOGIN_PASSWORD.\n',
      '    - password: SCANNER_LOGIN_PASSWORD'
    ],
    [
      ['--vendor', 'checkmarx-one', '--tenant', 'acme'],
      { CX_CLIENT_ID: 'acme-ci' },
      'The CX_CLIENT_SECRET environment variable is empty: Checkmarx One needs client-id and client-secret together.\n',
      '    - client-secret: CX_CLIENT_SECRET\n'
    ]
  ])(
    'names a missing credential in its own words for %j: no repository secrets, each variable once',
    async (argv, env, headline, variable) => {
      const result = await run(argv, env)
      expect(result.code).toBe(2)
      expect(result.stdout).toContain(headline)
      expect(result.stdout).toContain(variable)
      expect(result.stdout).not.toContain('repository secrets')
      expect(result.stdout).not.toContain('(or the ')
    }
  )

  it.each([
    [
      'sonarqube',
      { SCANNER_LOGIN_API_TOKEN: 'squ_sandbox-value-1' },
      '    - api-token: SONAR_TOKEN (SCANNER_LOGIN_API_TOKEN is set, but the doctor reads it for no vendor)\n'
    ],
    [
      'snyk',
      { SONAR_TOKEN: 'squ_sandbox-value-2' },
      '    - api-token: SNYK_TOKEN (SONAR_TOKEN is set, but the doctor reads it only for SonarQube)\n'
    ]
  ])(
    'names a similar credential variable that is set but not read for %s, never its value',
    async (vendor, env, line) => {
      const result = await run(['--vendor', vendor], env)
      expect(result.code).toBe(2)
      expect(result.stdout).toContain(line)
      expect(result.stdout).not.toContain(Object.values(env)[0])
    }
  )

  it('names no variable outside the credentials’ own, set or not', async () => {
    const result = await run(['--vendor', 'sonarqube'], { SNYK_API_KEY: 'x', GITHUB_TOKEN: 'y' })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('    - api-token: SONAR_TOKEN\n')
    expect(result.stdout).not.toMatch(/SNYK_API_KEY|GITHUB_TOKEN/)
  })

  it.each([
    [
      ['--vendor', 'sonarqube', '--url='],
      "--url was given empty: leave --url out to use the vendor's default URL (where it has one), or give it a value."
    ],
    [
      ['--vendor', 'sonarqube', '--region', ' '],
      "--region was given empty: leave --region out to use the vendor's default URL (where it has one), or give it a value."
    ],
    [
      ['--vendor', 'sonarqube', '--timeout', ''],
      '--timeout was given empty: leave --timeout out to use its default (30), or give it a value.'
    ],
    [
      ['--vendor', 'sonarqube', '--tenant='],
      '--tenant was given empty: leave --tenant out, since it has no default, or give it a value.'
    ],
    [['--vendor='], '--vendor was given empty: give the id of the vendor to check.']
  ])('refuses a flag given empty with exit 2, naming it: %j', async (argv, message) => {
    const result = await run(argv, { SONAR_TOKEN: 'squ_x' })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`scanner-login doctor: ${message}\n`)
  })

  it('prints a usage error as one JSON object on stdout with --json, and still explains it on stderr', async () => {
    const result = await run(['--json', '--vendr', 'x'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("Unknown option '--vendr'")
    expect(result.stdout.endsWith('}\n')).toBe(true)
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(report).toMatchObject({ usageError: true, passed: false, requests: [] })
    expect(report.failure).toContain("Unknown option '--vendr'")
  })

  it('marks inputs that do not validate as a usage error in --json, as exit code 2 does', async () => {
    const result = await run(['--vendor', 'tenable-sc', '--timeout', '0', '--json'], {
      TSC_ACCESS_KEY: 'a'.repeat(32),
      TSC_SECRET_KEY: 'b'.repeat(32)
    })
    expect(result.code).toBe(2)
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(report).toMatchObject({ usageError: true, passed: false, requests: [] })
    expect(report.failure).toContain('The --timeout flag must be a number')
  })

  it('prints a refused credential flag as JSON too, never with the value', async () => {
    const result = await run(['--vendor', 'invicti', '--api-key', 'eyJ-secret-value', '--json'])
    expect(result.code).toBe(2)
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(report).toMatchObject({ usageError: true, passed: false, vendor: 'invicti-platform' })
    expect(report.failure).toContain('--api-key: set INVICTI_API_KEY')
    expect(result.stdout + result.stderr).not.toContain('eyJ-secret-value')
  })

  it('prints the help with exit 0', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--required-roles <value>')
    expect(result.stdout).toContain('Exit codes: 0 verified, 1 the check failed, 2')
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      '--export-env and --logout are checked as the action checks them, but change nothing'
    )
  })

  it('lists as flags only what it accepts: no GitHub OIDC input, which it always refuses', async () => {
    const help = (await run(['--help'])).stdout
    const listed = [...help.matchAll(/^ {2}--([a-z-]+) <value>/gm)].map((match) => match[1])
    expect(listed).toEqual(FLAG_INPUTS.filter((name) => !name.startsWith('oidc-')))
    for (const flag of ['--oidc-provider', '--oidc-audience']) {
      const refused = await run(['--vendor', 'jfrog', flag, 'x'])
      expect({ flag, code: refused.code }).toEqual({ flag, code: 2 })
      expect(refused.stderr).toContain(`the doctor cannot use GitHub OIDC (${flag})`)
    }
  })
})

describe('runDoctor against the sandbox, in process', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>
  let apiKey: string
  beforeAll(async () => {
    sandbox = await startSandbox()
    apiKey = (sandbox.accounts['invicti-platform'] as Record<string, { apiKey: string }>).sam!
      .apiKey
  })
  afterAll(() => sandbox.close())

  const run = async (argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = ''
    let stderr = ''
    const code = await runDoctor(
      ['--vendor', 'invicti', '--url', sandbox.httpUrl, ...argv],
      { INVICTI_API_KEY: apiKey },
      { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }
    )
    return { code, stdout, stderr }
  }

  it('prints the identity, each requirement and the request, exit 0', async () => {
    const result = await run(['--required-roles', 'Security Analyst, Administrator'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^scanner-login doctor: Invicti Platform verified$/m)
    expect(result.stdout).toMatch(/^ {2}Roles +Security Analyst$/m)
    expect(result.stdout).toMatch(/^ {2}role "Security Analyst": pass$/m)
    expect(result.stdout).toMatch(/^ {2}role "Administrator": not held$/m)
    expect(result.stdout).toMatch(
      /^ {2}GET http:\/\/127\.0\.0\.1:\d+\/api\/identity\/v1\/me: HTTP 200, 1 attempt, \d+ ms$/m
    )
    expect(result.stdout).not.toContain(apiKey)
  })

  it('with --mint-token, says the minted token is revoked as the check ends, and advises --allowed-roles', async () => {
    sandbox.reset()
    const sonar = sandbox.accounts.sonarqube as unknown as Record<string, { token: string }>
    let stdout = ''
    const code = await runDoctor(
      [
        '--vendor',
        'sonarqube',
        '--url',
        `${sandbox.httpUrl}/_vendor/sonarqube`,
        '--mint-token',
        'true'
      ],
      { SONAR_TOKEN: sonar.userToken!.token },
      { stdout: (text) => (stdout += text), stderr: () => undefined }
    )
    expect(code).toBe(0)
    expect(stdout).toMatch(
      /Minted a SonarQube global analysis token "[^"]+"; it expires at \S+, but is revoked as soon as this check ends: the doctor hands nothing on\./
    )
    expect(stdout).not.toContain('later steps')
    expect(stdout).not.toContain('when the job ends')
    expect(stdout).toContain('"admin" in --allowed-roles: it judges every role held')
    expect(stdout).toContain('Revoked the SonarQube credential this check minted.')
  })

  it('says that no requirement was given, and prints warnings to stderr in --json mode', async () => {
    const human = await run(['--tls-verify', 'false'])
    expect(human.code).toBe(0)
    expect(human.stdout).toContain(
      'none given (--required-roles, --required-permissions, --allowed-roles)'
    )
    expect(human.stdout).toMatch(/^ {2}warning: tls-verify is false/m)
    const json = await run(['--tls-verify', 'false', '--json'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: true, requirements: [] })
    expect(json.stderr).toMatch(/^warning: tls-verify is false/)
  })

  const runAs = async (
    argv: string[],
    env: NodeJS.ProcessEnv
  ): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = ''
    let stderr = ''
    const code = await runDoctor(argv, env, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text)
    })
    return { code, stdout, stderr }
  }

  /** The doctor opening a Tenable.sc session as the sandbox account `name`, over HTTPS. */
  const tenableScSessionAs = (name: string) => {
    const account = (sandbox.accounts['tenable-sc'] as Record<string, Record<string, string>>)[
      name
    ]!
    return runAs(
      [
        '--vendor',
        'tenable-sc',
        '--url',
        `${sandbox.httpsUrl}/_vendor/tenable-sc`,
        '--ca-cert',
        sandbox.caCertPath
      ],
      { SCANNER_LOGIN_USERNAME: account.username, SCANNER_LOGIN_PASSWORD: account.password }
    )
  }

  it('gives a workflow setting in a fix as the flag to pass: Tenable.sc at its session limit', async () => {
    const result = await tenableScSessionAs('busy')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Fix: set --release-session true to end the oldest session')
    expect(result.stdout).not.toContain('release-session: true')
    // The doctor ignores --logout and always ends its own session: the input to keep true is the
    // workflows' logout, whose steps are the runs that leave sessions open.
    expect(result.stdout).not.toContain('--logout')
    expect(result.stdout).toContain(
      'keep logout: true in the workflows that log in as this user so each step ends its own session (the doctor always ends its own),'
    )
    expect(result.stdout).toContain(
      '- workflow steps with logout: false, or runs that were killed, left their sessions open'
    )
  })

  it('gives a workflow setting in a fix as the flag to pass: a self-signed certificate', async () => {
    const result = await runAs(['--vendor', 'invicti', '--url', sandbox.tlsSelfSignedUrl], {
      INVICTI_API_KEY: apiKey
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Set --tls-verify false only as a last resort.')
    expect(result.stdout).not.toContain('tls-verify: false')
    // The job's NODE_USE_SYSTEM_CA does nothing on Node 20; --ca-cert works on any Node.
    expect(result.stdout).toContain(
      "give its CA in the --ca-cert flag (PEM text or a path to a PEM file); if that CA is installed in this machine's own trust store (a company CA), export it from there as a PEM file and give its path to --ca-cert."
    )
    expect(result.stdout).not.toMatch(/NODE_USE_SYSTEM_CA|job's env|runner machine/)
  })

  it('names the environment variable to put a new credential in, not a secret behind an input', async () => {
    const invictiKeys = sandbox.accounts['invicti-platform'] as Record<string, { apiKey: string }>
    const rejected = await runAs(['--vendor', 'invicti', '--url', sandbox.httpUrl], {
      INVICTI_API_KEY: invictiKeys.rexOldKey!.apiKey
    })
    expect(rejected.code).toBe(1)
    expect(rejected.stdout).toContain(
      'Fix: copy the current key from User settings > API key into the INVICTI_API_KEY environment variable,'
    )
    const refused = await tenableScSessionAs('locked')
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(
      'Fix: check the SCANNER_LOGIN_USERNAME and SCANNER_LOGIN_PASSWORD environment variables,'
    )
    expect(rejected.stdout + refused.stdout).not.toMatch(/secrets? behind/)
  })

  it('reports a check that failed, exit 1, without usageError', async () => {
    const result = await run(['--required-roles', 'Administrator', '--json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(report).toMatchObject({ passed: false, username: expect.any(String) })
    expect(report).not.toHaveProperty('usageError')
  })
})
