import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionFailure, MissingCredentialFailure } from '../src/core/failure.js'
import { buildPlan } from '../src/plan/index.js'
import { readPemFileText } from '../src/plan/ca-cert.js'
import { parseSettings } from '../src/plan/settings.js'
import { INPUT_NAMES, refuseMisspelledInputs, type RawInputs } from '../src/plan/input-names.js'
import { runMain as runMainInProcess } from './helpers/action.js'
import { invictiPlatform } from '../src/vendors/invicti-platform/index.js'
import { VENDOR_IDS, loadVendor } from '../src/vendors/index.js'
import type { Vendor } from '../src/kit/types.js'
import { readActionInputs } from '../scripts/runner.js'

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3ItYWxpY2UifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ'
const CA_PEM = readFileSync(new URL('../sandbox/certs/ca.pem', import.meta.url), 'utf8')

/** A vendor with two credential modes and an on-premises URL, shaped like Tenable.sc. */
const twoModeVendor: Vendor = {
  id: 'two-mode',
  name: 'Two Mode',
  location: {},
  modes: [
    { id: 'api-key', inputs: ['access-key', 'secret-key'] },
    { id: 'session', inputs: ['username', 'password'] }
  ],
  credentialEnv: { 'access-key': ['TM_ACCESS_KEY'], 'secret-key': ['TM_SECRET_KEY'] },
  roles: { kind: 'names' },
  permissions: { kind: 'none', reason: 'it has roles only; use required-roles.' },
  login: () => Promise.reject(new Error('not used'))
}

function raw(inputs: Partial<RawInputs>): RawInputs {
  const defaults = readActionInputs()
  const all = {} as RawInputs
  for (const name of INPUT_NAMES) all[name] = inputs[name] ?? defaults[name]?.default ?? ''
  return all
}

const plan = (
  inputs: Partial<RawInputs>,
  vendor: Vendor = invictiPlatform,
  env: NodeJS.ProcessEnv = {}
) => buildPlan(raw(inputs), vendor, { env })

function failure(fn: () => unknown): ActionFailure {
  try {
    fn()
  } catch (error) {
    if (error instanceof ActionFailure) return error
    throw error
  }
  throw new Error('expected an ActionFailure')
}

describe('buildPlan: settings', () => {
  it('applies the documented defaults', () => {
    const p = plan({ 'api-key': JWT })
    expect(p).toMatchObject({
      url: 'https://platform.invicti.com',
      authMode: 'api-key',
      credentials: { 'api-key': JWT },
      exportEnv: true,
      logout: true,
      expiryWarningDays: 14,
      region: 'us',
      timeoutMs: 30_000,
      retries: 2,
      tlsVerify: true,
      caPem: undefined,
      requiredRoles: [],
      requiredPermissions: [],
      secrets: [JWT],
      warnings: []
    })
  })

  it('splits lists on commas and newlines, trims and drops empty entries', () => {
    const p = plan({
      'api-key': JWT,
      'required-roles': ' Admin ,\nSecurity Manager\n\n,',
      'required-permissions': 'a, b'
    })
    expect(p.requiredRoles).toEqual(['Admin', 'Security Manager'])
    expect(p.requiredPermissions).toEqual(['a', 'b'])
  })

  it('drops every YAML dash before an entry, so a list read back reads the same', () => {
    const p = plan({ 'api-key': JWT, 'required-roles': '- - Admin\n-  -\tAuditor' })
    expect(p.requiredRoles).toEqual(['Admin', 'Auditor'])
    const again = plan({ 'api-key': JWT, 'required-roles': JSON.stringify(p.requiredRoles) })
    expect(again.requiredRoles).toEqual(p.requiredRoles)
  })

  // Contract, Inputs table: an input given but empty (`timeout: ${{ vars.TIMEOUT }}` with the
  // variable unset) reaches the step as '', not as action.yml's default: it must mean the default.
  it('reads an input given empty as its documented default', () => {
    expect(parseSettings(() => '')).toEqual({
      'required-roles': [],
      'required-permissions': [],
      'allowed-roles': [],
      'expiry-warning-days': 14,
      'mint-token': false,
      'token-lifetime': 6 * 3600,
      'export-env': true,
      logout: true,
      timeout: 30,
      retries: 2,
      'tls-verify': true
    })
  })

  it('splits lists on newlines alone, as on commas', () => {
    const p = plan({
      'api-key': JWT,
      'required-roles': 'Admin\nSecurity Manager',
      'required-permissions': 'a\r\nb'
    })
    expect(p.requiredRoles).toEqual(['Admin', 'Security Manager'])
    expect(p.requiredPermissions).toEqual(['a', 'b'])
  })

  it.each([
    ['timeout', '0', 'The timeout input must be a number from 1 to 600, not "0".'],
    ['timeout', 'soon', 'The timeout input must be a number from 1 to 600, not "soon".'],
    ['retries', '1.5', 'The retries input must be a whole number from 0 to 10, not "1.5".'],
    ['retries', '11', 'The retries input must be a whole number from 0 to 10, not "11".'],
    ['export-env', 'yes', 'The export-env input must be true or false, not "yes".'],
    ['tls-verify', 'off', 'The tls-verify input must be true or false, not "off".']
  ] as const)('rejects %s=%j naming the input', (input, value, message) => {
    expect(failure(() => plan({ 'api-key': JWT, [input]: value })).message).toBe(message)
  })

  it('reports every bad setting at once', () => {
    const message = failure(() => plan({ 'api-key': JWT, timeout: 'x', logout: 'nope' })).message
    expect(message.split('\n')).toHaveLength(2)
  })

  it('accepts the boolean spellings @actions/core accepts', () => {
    expect(plan({ 'api-key': JWT, 'export-env': 'FALSE', logout: 'False' })).toMatchObject({
      exportEnv: false,
      logout: false
    })
  })

  it('warns, and does not fail, when tls-verify is false', () => {
    expect(plan({ 'api-key': JWT, 'tls-verify': 'false' }).warnings[0]).toContain(
      'tls-verify is false'
    )
  })

  it('with ca-cert too, says the CA goes unused rather than to prefer it', () => {
    const [warning] = plan({ 'api-key': JWT, 'tls-verify': 'false', 'ca-cert': CA_PEM }).warnings
    expect(warning).toContain('the ca-cert input is not used for this step')
    expect(warning).not.toContain('Prefer the ca-cert input')
  })
})

describe('buildPlan: url', () => {
  it.each([
    ['https://sc.example.com/', 'https://sc.example.com'],
    ['https://sc.example.com/base//', 'https://sc.example.com/base'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.2:1', 'http://127.0.0.2:1'],
    ['http://[::1]:9/', 'http://[::1]:9']
  ])('accepts %s as %s', (input, expected) => {
    expect(plan({ 'api-key': JWT, url: input }).url).toBe(expected)
  })

  it('reads a url with a long run of slashes inside it in linear time (no regex backtracking)', () => {
    // /\/+$/ tries every slash of a run as a start and runs to its end: 200,000 slashes before a
    // last path segment took minutes. The trailing-slash trim looks behind for a slash instead.
    // A bound a thousand times what the linear reading takes, so a busy machine cannot trip it.
    const url = `https://sc.example.com/${'/'.repeat(200_000)}x`
    const started = performance.now()
    expect(plan({ 'api-key': JWT, url }).url).toBe(url)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('refuses http:// to any host but a loopback one, naming the hosts it accepts and the fix', () => {
    expect(failure(() => plan({ 'api-key': JWT, url: 'http://sc.example.com/x' })).message).toBe(
      'The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for a loopback host (localhost, 127.0.0.1, [::1]). Got "http://sc.example.com/x". Fix: give the server\'s https:// URL.'
    )
  })

  it.each([
    ['http://sc.example.com', 'must use https://'],
    ['sc.example.com', 'is not a URL'],
    ['ftp://sc.example.com', 'must be an https:// URL'],
    ['https://user:pw@sc.example.com', 'must not contain credentials'],
    ['https://:pw@sc.example.com', 'must not contain credentials'],
    ['https://sc.example.com/?x=1', 'without a query'],
    // An empty query or fragment: the API paths appended would become the query, or be dropped.
    ['https://sc.example.com/?', 'without a query or fragment, not "https://sc.example.com/?…"'],
    [
      'https://sc.example.com/base#',
      'without a query or fragment, not "https://sc.example.com/base#…"'
    ]
  ])('rejects %s', (input, text) => {
    const message = failure(() => plan({ 'api-key': JWT, url: input })).message
    expect(message).toContain('The url input')
    expect(message).toContain(text)
  })

  it.each([
    ['https://admin:S3cretPass@sc example.com', 'https://***@sc example.com', 'give the base URL'],
    // Up to the last @: a password may hold one unencoded.
    ['https://admin:S3cret@Pass@sc example.com', 'https://***@sc example.com', 'give the base URL'],
    ['sc example.com', 'sc example.com', 'give the scheme too, e.g. https://sc example.com.']
  ])('quotes %s, which does not parse, with a hint that fits', (input, shown, hint) => {
    const message = failure(() => plan({ 'api-key': JWT, url: input })).message
    expect(message).toContain(`The url input "${shown}" is not a URL; ${hint}`)
    expect(message).not.toContain('https://https://')
  })

  it.each([
    'https://admin:S3cretPass@sc example.com',
    'admin:S3cretPass@sc example.com',
    'ftp://admin:S3cretPass@sc.example.com',
    'http://admin:S3cretPass@sc.example.com',
    'https://admin:S3cretPass@sc.example.com/?x=1'
  ])('never quotes the password of a refused url %s', (input) => {
    const message = failure(() => plan({ 'api-key': JWT, url: input })).message
    expect(message).toContain('The url input')
    expect(message).not.toContain('S3cretPass')
  })

  it('never quotes the password of a refused url, whatever characters it holds', () => {
    // A password pasted unencoded may hold / ? # \ or @, which end the authority early for a URL
    // parser: the url then fails to parse, or parses with the rest of the password as its path,
    // query or fragment.
    const password = fc
      .string({
        unit: fc.constantFrom('a', '1', '/', '?', '#', '\\', '@', ':', '%', ' '),
        maxLength: 12
      })
      .map((rest) => `S3cretPass${rest}`)
    const shape = fc.constantFrom(
      (pw: string) => `https://admin:${pw}@sc.example.com`,
      (pw: string) => `https://admin:${pw}@sc.example.com/base?x=1`,
      (pw: string) => `admin:${pw}@sc.example.com`,
      (pw: string) => `http://admin:${pw}@sc.example.com`
    )
    fc.assert(
      fc.property(password, shape, (pw, url) => {
        const message = failure(() => plan({ 'api-key': JWT, url: url(pw) })).message
        expect(message).toContain('The url input')
        expect(message).not.toContain('S3cretPass')
      }),
      { numRuns: 500 }
    )
  })

  it.each([
    'https://sc.example.com/?api_key=S3cretPass',
    'https://sc.example.com/base#access_token=S3cretPass',
    'https://sc.example.com:99999/?token=S3cretPass',
    // Refused for their scheme, before their fragment is looked at: quoted without it all the same.
    'http://sc.example.com/#access_token=S3cretPass',
    'ftp://sc.example.com/#access_token=S3cretPass'
  ])('never quotes the query or fragment of a refused url %s, where a token may be', (url) => {
    const message = failure(() => plan({ 'api-key': JWT, url })).message
    expect(message).toContain('The url input')
    expect(message).not.toContain('S3cretPass')
  })

  it.each([
    'http://localhost.:8080',
    'http://localhost%2e:8080',
    'http://LOCALHOST.:8080',
    'http://localhost\u3002:8080',
    'http://[::ffff:127.0.0.1]:8080',
    'http://localhost.example.com:8080'
  ])('refuses plain http to %s, a name the resolver sends to DNS, not loopback', (url) => {
    expect(failure(() => plan({ 'api-key': JWT, url })).message).toContain('must use https://')
  })

  it('requires url for a vendor without a default host', () => {
    const message = failure(() =>
      plan({ 'access-key': 'a', 'secret-key': 'b' }, twoModeVendor)
    ).message
    expect(message).toContain('The url input is required for Two Mode')
  })
})

describe('buildPlan: credentials', () => {
  const url = 'https://tm.example.com'

  it('reads an empty credential from its environment variable and lists it as a secret', () => {
    const p = plan({ url }, twoModeVendor, {
      TM_ACCESS_KEY: 'ak-from-env',
      TM_SECRET_KEY: 'sk-from-env'
    })
    expect(p.credentials).toEqual({ 'access-key': 'ak-from-env', 'secret-key': 'sk-from-env' })
    expect(p.secrets).toEqual(['ak-from-env', 'sk-from-env'])
  })

  it('prefers the input over the environment variable', () => {
    const p = plan({ 'api-key': JWT }, invictiPlatform, { INVICTI_API_KEY: 'other' })
    expect(p.credentials['api-key']).toBe(JWT)
  })

  it('reads organization-id from INVICTI_ORGANIZATION_ID', () => {
    expect(
      plan({ 'api-key': JWT }, invictiPlatform, { INVICTI_ORGANIZATION_ID: 'org-9' }).options[
        'organization-id'
      ]
    ).toBe('org-9')
  })

  it('fails with a MissingCredentialFailure naming the inputs and variables when none is given', () => {
    const error = failure(() => plan({}))
    expect(error).toBeInstanceOf(MissingCredentialFailure)
    expect(error.message).toBe(
      'No credentials for Invicti Platform: set api-key, from repository secrets (or the INVICTI_API_KEY environment variable).'
    )
  })

  it('names the missing half of a pair', () => {
    const error = failure(() => plan({ url, 'access-key': 'a' }, twoModeVendor))
    expect(error).toBeInstanceOf(MissingCredentialFailure)
    expect(error.message).toContain('The secret-key input is empty')
    expect(error.message).toContain('TM_SECRET_KEY')
  })

  it('rejects keys and a password together', () => {
    const message = failure(() =>
      plan(
        { url, 'access-key': 'a', 'secret-key': 'b', username: 'u', password: 'p' },
        twoModeVendor
      )
    ).message
    expect(message).toContain('Conflicting credentials for Two Mode')
    expect(message).toContain('access-key + secret-key, or username + password')
  })

  it('rejects a password next to complete keys', () => {
    expect(
      failure(() =>
        plan({ url, 'access-key': 'a', 'secret-key': 'b', password: 'p' }, twoModeVendor)
      ).message
    ).toContain('Conflicting credentials')
  })

  it('rejects a credential input the vendor does not use', () => {
    expect(failure(() => plan({ 'api-key': JWT, 'access-key': 'x' })).message).toBe(
      'Invicti Platform does not use the access-key input. It takes api-key.'
    )
  })

  it("rejects another vendor's option unless it is left at its off value", () => {
    expect(failure(() => plan({ 'api-key': JWT, tenant: 'falsetto' })).message).toBe(
      'Invicti Platform does not use the tenant input; remove it from this step.'
    )
    expect(plan({ 'api-key': JWT, 'release-session': 'False' }).credentials['api-key']).toBe(JWT)
  })

  // Contract Behaviour 1: an input without a default that the chosen vendor does not use fails,
  // naming it. region has no default, and a vendor without regions must not ignore it silently.
  it('rejects region for a vendor that has no regions, with and without a url', async () => {
    const enterprise = await loadVendor('invicti-enterprise')
    const given = { 'user-id': 'u-1', 'api-token': 'a'.repeat(32), region: 'eu' }
    expect(failure(() => plan(given, enterprise)).message).toBe(
      'Invicti Enterprise does not use the region input; remove it from this step.'
    )
    expect(
      failure(() => plan({ ...given, url: 'https://ie.example.com' }, enterprise)).message
    ).toBe('Invicti Enterprise does not use the region input; remove it from this step.')
  })

  it('rejects a requirement the vendor cannot verify, before any request', () => {
    const message = failure(() =>
      plan(
        { url, 'access-key': 'a', 'secret-key': 'b', 'required-permissions': 'scan' },
        twoModeVendor
      )
    ).message
    expect(message).toBe(
      'The required-permissions input cannot be used with Two Mode: it has roles only; use required-roles.'
    )
  })
})

describe('buildPlan: allowed-roles', () => {
  const url = 'https://tm.example.com'
  const keys = { url, 'access-key': 'a', 'secret-key': 'b' }
  const leveled: Vendor = {
    ...twoModeVendor,
    roles: {
      kind: 'levels',
      levels: [
        { name: 'Basic', level: 16 },
        { name: 'Administrator', level: 64 }
      ]
    }
  }
  const roleless: Vendor = {
    ...twoModeVendor,
    roles: { kind: 'none', reason: 'it reports no role.' }
  }

  it('reads a list, as required-roles', () => {
    expect(
      plan({ ...keys, 'allowed-roles': 'Scanner,\n- Viewer' }, twoModeVendor).allowedRoles
    ).toEqual(['Scanner', 'Viewer'])
  })

  it('is refused for a vendor that reports no roles, naming the input', () => {
    expect(failure(() => plan({ ...keys, 'allowed-roles': 'Scanner' }, roleless)).message).toBe(
      'The allowed-roles input cannot be used with Two Mode: it reports no role. Remove allowed-roles.'
    )
  })

  it('names the input given in every vendor reason, never the other role input', async () => {
    for (const id of VENDOR_IDS) {
      const vendor = await loadVendor(id)
      if (vendor.roles.kind !== 'none') continue
      expect(vendor.roles.reason).not.toMatch(/required-roles|allowed-roles/)
    }
  })

  it('names a level the vendor does not have', () => {
    expect(
      failure(() => plan({ ...keys, 'allowed-roles': 'Basic, Root' }, leveled)).message
    ).toContain('The allowed-roles input names "Root", which is not a Two Mode role.')
  })

  it('refuses text with no entries', () => {
    expect(
      failure(() => plan({ ...keys, 'allowed-roles': ', ,' }, twoModeVendor)).message
    ).toContain('The allowed-roles input has text but no entries')
  })
})

describe('buildPlan: ca-cert', () => {
  it('takes PEM text as it is', () => {
    expect(plan({ 'api-key': JWT, 'ca-cert': CA_PEM }).caPem).toBe(CA_PEM)
  })

  it('reads a path', () => {
    const p = buildPlan(raw({ 'api-key': JWT, 'ca-cert': 'certs/ca.pem' }), invictiPlatform, {
      env: {},
      readFile: (path) => (path === 'certs/ca.pem' ? CA_PEM : '')
    })
    expect(p.caPem).toBe(CA_PEM)
  })

  it('names the input when the file is missing', () => {
    const message = failure(() => plan({ 'api-key': JWT, 'ca-cert': '/no/such/ca.pem' })).message
    expect(message).toBe(
      'The ca-cert input is neither PEM text nor a readable file: "/no/such/ca.pem" (ENOENT). Give the PEM text itself or a path relative to the workspace (a file of the repository needs actions/checkout first).'
    )
  })

  it('rejects text that holds no certificate', () => {
    expect(
      failure(() => plan({ 'api-key': JWT, 'ca-cert': '-----BEGIN PUBLIC KEY-----\nx' })).message
    ).toContain('The ca-cert input holds no PEM certificate')
  })

  it('says a private key given alone is a private key, to remove and rotate, never quoting it', () => {
    const key = readFileSync(new URL('../sandbox/certs/server.key', import.meta.url), 'utf8')
    const message = failure(() => plan({ 'api-key': JWT, 'ca-cert': key })).message
    expect(message).toContain('The ca-cert input holds a private key and no certificate')
    expect(message).toContain('remove it, and replace (rotate) it')
    expect(message).not.toContain(key.split('\n')[1]!)
  })

  it('says when the PEM has its line breaks written as \\n', () => {
    const escaped = CA_PEM.trim().split('\n').join('\\n')
    expect(failure(() => plan({ 'api-key': JWT, 'ca-cert': escaped })).message).toContain(
      'line breaks are written as \\n (two characters)'
    )
  })

  it('says when the PEM file was given in base64, rather than quote it as a file name', () => {
    const encoded = Buffer.from(CA_PEM).toString('base64')
    const message = failure(() => plan({ 'api-key': JWT, 'ca-cert': encoded })).message
    expect(message).toContain('The ca-cert input is a PEM file encoded in base64')
    expect(message).not.toContain(encoded.slice(0, 40))
  })

  it('never quotes a private key pasted without its -----BEGIN and -----END lines', () => {
    // No -----BEGIN line, so the value is taken for a path: quoting the 200 characters shown of a
    // path would print a key (the whole private scalar of an EC key), which the runner masks only
    // whole, if at all.
    const key = readFileSync(new URL('../sandbox/certs/server.key', import.meta.url), 'utf8')
    const lines = key.split('\n').filter((line) => line && !line.startsWith('-----'))
    for (const body of [lines.join('\n'), lines.join('')]) {
      const message = failure(() => plan({ 'api-key': JWT, 'ca-cert': body })).message
      // ENOENT for the lines, ENAMETOOLONG for the one line of 1,600 characters.
      expect(message).toMatch(
        /^The ca-cert input is neither PEM text nor a readable file: a text not quoted, as it may be a key \((ENOENT|ENAMETOOLONG)\)\. Give the PEM text itself or a path relative to the workspace\.$/
      )
      expect(message).not.toContain(lines[0]!.slice(0, 16))
    }
  })

  it('quotes at most 200 characters of a path it cannot read', () => {
    const message = failure(() =>
      plan({ 'api-key': JWT, 'ca-cert': `/no/${'x'.repeat(500)}.pem` })
    ).message
    expect(message).toContain(`"/no/${'x'.repeat(196)}…"`)
  })
})

describe('buildPlan: environment fallback next to explicit inputs', () => {
  it('lets explicit username + password win over keys in the environment', () => {
    const p = plan({ url: 'https://tm.example.com', username: 'u', password: 'p' }, twoModeVendor, {
      TM_ACCESS_KEY: 'ak',
      TM_SECRET_KEY: 'sk'
    })
    expect(p.authMode).toBe('session')
    expect(p.credentials).toEqual({ username: 'u', password: 'p' })
  })
})

describe('a credential read from the environment goes only to the server it is paired with', () => {
  const sonarToken = `squ_${'a'.repeat(40)}`

  it('refuses a token whose URL variable names another server, before any request', async () => {
    const sonarqube = await loadVendor('sonarqube')
    const message = failure(() =>
      plan({ url: 'https://b.example.com' }, sonarqube, {
        SONAR_TOKEN: sonarToken,
        SONAR_HOST_URL: 'https://a.example.com/sonar'
      })
    ).message
    expect(message).toContain(
      "The api-token input is empty, so the credential was read from SONAR_TOKEN, but the job's SONAR_HOST_URL names another server (https://a.example.com), not this step's url (https://b.example.com)"
    )
    expect(message).toContain('Fix: give this step its own api-token (from a secret)')
    expect(message).not.toContain(sonarToken)
  })

  it("refuses it too when the step would go to the vendor's default URL", async () => {
    const sonarqube = await loadVendor('sonarqube')
    expect(
      failure(() =>
        plan({}, sonarqube, { SONAR_TOKEN: sonarToken, SONAR_HOST_URL: 'https://sonar.corp' })
      ).message
    ).toContain(
      "names another server (https://sonar.corp), not this step's url (https://sonarcloud.io)"
    )
  })

  it('reads a URL variable of no server (file:, data:, a bare scheme) as none, never as a server "null"', async () => {
    const sonarqube = await loadVendor('sonarqube')
    for (const named of ['file:///etc/sonar', 'data:,x', 'x:', 'blob:x']) {
      const env = { SONAR_TOKEN: sonarToken, SONAR_HOST_URL: named }
      expect(plan({ url: 'https://a.example.com' }, sonarqube, env).credentials).toEqual({
        'api-token': sonarToken
      })
    }
  })

  it('accepts the same server however written, a credential input given, or no URL variable', async () => {
    const sonarqube = await loadVendor('sonarqube')
    const env = { SONAR_TOKEN: sonarToken, SONAR_HOST_URL: 'https://A.example.com:443/sonar/' }
    expect(plan({ url: 'https://a.example.com' }, sonarqube, env).credentials).toEqual({
      'api-token': sonarToken
    })
    expect(
      plan({ url: 'https://b.example.com', 'api-token': sonarToken }, sonarqube, env).url
    ).toBe('https://b.example.com')
    expect(plan({ url: 'https://b.example.com' }, sonarqube, { SONAR_TOKEN: sonarToken }).url).toBe(
      'https://b.example.com'
    )
  })

  it('pairs a SONAR_TOKEN with the SonarQube Cloud instance a job SONAR_REGION names', async () => {
    // The scanners send SONAR_TOKEN to https://sonarqube.us when SONAR_REGION is us
    // (SonarSource/sonar-scanner-java-library EnvironmentConfig, ScannerEndpointResolver @ d898f3c7).
    const sonarqube = await loadVendor('sonarqube')
    const env = { SONAR_TOKEN: sonarToken, SONAR_REGION: 'us' }
    expect(failure(() => plan({}, sonarqube, env)).message).toContain(
      "The api-token input is empty, so the credential was read from SONAR_TOKEN, but the job's SONAR_REGION names another server (https://sonarqube.us), not this step's url (https://sonarcloud.io)"
    )
    expect(plan({ region: 'us' }, sonarqube, env).credentials).toEqual({ 'api-token': sonarToken })
    expect(plan({}, sonarqube, { ...env, SONAR_REGION: 'eu' }).url).toBe('https://sonarcloud.io')
  })

  it('tells the doctor to fix the variables, since it takes credentials from them alone', async () => {
    const sonarqube = await loadVendor('sonarqube')
    const message = failure(() =>
      buildPlan(raw({ url: 'https://b.example.com' }), sonarqube, {
        env: { SONAR_TOKEN: sonarToken, SONAR_HOST_URL: 'https://a.example.com' },
        postStep: false
      })
    ).message
    expect(message).toContain(
      "The credential was read from SONAR_TOKEN, but the job's SONAR_HOST_URL names another server (https://a.example.com), not this check's url (https://b.example.com)"
    )
    expect(message).toContain(
      'Fix: set SONAR_TOKEN to a credential of https://b.example.com, or unset SONAR_HOST_URL, or pass --url https://a.example.com'
    )
  })

  it("leaves Invicti's INVICTI_URL alone: both of its products export it", async () => {
    const credentials = {
      'user-id': '0f3c2a9e4b8d4c6a9e1f2b3c4d5e6f70',
      'api-token': 'c2NhbmJvdC1zYW5kYm94LXRva2VuLTAwMDE='
    }
    const env = {
      INVICTI_USER_ID: credentials['user-id'],
      INVICTI_API_TOKEN: credentials['api-token'],
      INVICTI_URL: 'https://platform.invicti.com'
    }
    // An Enterprise step after a Platform step (which exported INVICTI_URL) reads its own
    // credentials and goes to its own default, and the reverse order likewise.
    const enterprise = plan({}, await loadVendor('invicti-enterprise'), env)
    expect(enterprise).toMatchObject({ url: 'https://www.netsparkercloud.com', credentials })
    const platform = plan({}, invictiPlatform, {
      INVICTI_API_KEY: JWT,
      INVICTI_URL: 'https://www.netsparkercloud.com'
    })
    expect(platform).toMatchObject({
      url: 'https://platform.invicti.com',
      credentials: { 'api-key': JWT }
    })
  })

  it("pairs it with the URL variables the vendor's tools read first (SEMGREP_URL, GITGUARDIAN_INSTANCE)", async () => {
    const semgrep = await loadVendor('semgrep')
    expect(
      failure(() =>
        plan({}, semgrep, {
          SEMGREP_APP_TOKEN: 'sgp_0123456789abcdef0123456789abcdef',
          SEMGREP_URL: 'https://semgrep.acme.example'
        })
      ).message
    ).toContain("the job's SEMGREP_URL names another server (https://semgrep.acme.example)")
    const gitguardian = await loadVendor('gitguardian')
    // ggshield's dashboard URL, read as its API URL: another instance than the default.
    expect(
      failure(() =>
        plan({}, gitguardian, {
          GITGUARDIAN_API_KEY: 'a'.repeat(71),
          GITGUARDIAN_INSTANCE: 'https://dashboard.eu1.gitguardian.com'
        })
      ).message
    ).toContain(
      "the job's GITGUARDIAN_INSTANCE names another server (https://api.eu1.gitguardian.com)"
    )
    expect(
      plan({}, gitguardian, {
        GITGUARDIAN_API_KEY: 'a'.repeat(71),
        GITGUARDIAN_INSTANCE: 'https://dashboard.gitguardian.com'
      }).credentials
    ).toEqual({ 'api-key': 'a'.repeat(71) })
  })

  it('names both inputs read from the environment, by the variables that held them', async () => {
    const tenableVm = await loadVendor('tenable-vm')
    const message = failure(() =>
      plan({}, tenableVm, {
        // The retired SDK's names, which come second: the message names the ones that were read.
        TENABLEIO_ACCESS_KEY: 'a'.repeat(64),
        TENABLEIO_SECRET_KEY: 'b'.repeat(64),
        TIO_URL: 'https://tenable.corp'
      })
    ).message
    expect(message).toBe(
      [
        "The access-key and secret-key inputs are empty, so the credential was read from TENABLEIO_ACCESS_KEY and TENABLEIO_SECRET_KEY, but the job's TIO_URL names another server (https://tenable.corp), not this step's url (https://cloud.tenable.com): an earlier step may have exported both for that server, and a credential is sent only to the server it belongs to, so nothing was sent.",
        'Fix: give this step its own access-key and secret-key (from a secret), or set url to https://tenable.corp if that is the server meant.'
      ].join('\n')
    )
  })

  it("reads the URL variable as the vendor reads a url (Snyk's older SNYK_API form)", async () => {
    const snyk = await loadVendor('snyk')
    const p = plan({ region: 'eu' }, snyk, {
      SNYK_TOKEN: '0b4a9e62-7a0c-4f52-8d0c-2f1f6f3c1a11',
      SNYK_API: 'https://app.eu.snyk.io/api'
    })
    expect(p.url).toBe('https://api.eu.snyk.io')
  })

  describe("Wiz: WIZ_API_URL, which names a data-center host, pairs by that host's token server", () => {
    const credentials = { 'client-id': 'wiz-client-0001', 'client-secret': 'S'.repeat(64) }
    const exported = (apiUrl: string): NodeJS.ProcessEnv => ({
      WIZ_CLIENT_ID: credentials['client-id'],
      WIZ_CLIENT_SECRET: credentials['client-secret'],
      WIZ_API_URL: apiUrl
    })

    it('refuses the client secret an earlier step exported with another url', async () => {
      const wiz = await loadVendor('wiz')
      const message = failure(() =>
        plan(
          { url: 'https://wiz.other.example' },
          wiz,
          exported('https://api.us17.app.wiz.io/graphql')
        )
      ).message
      expect(message).toContain(
        "The client-id and client-secret inputs are empty, so the credential was read from WIZ_CLIENT_ID and WIZ_CLIENT_SECRET, but the job's WIZ_API_URL names another server (https://api.us17.app.wiz.io), not this step's url (https://wiz.other.example)"
      )
      expect(message).toContain(
        'or set url to https://api.us17.app.wiz.io if that is the server meant'
      )
      expect(message).not.toContain(credentials['client-secret'])
      // Another Wiz environment's token server is another server too.
      expect(
        failure(() => plan({ region: 'gov' }, wiz, exported('https://api.us17.app.wiz.io/graphql')))
          .message
      ).toContain(
        "WIZ_API_URL names another server (https://api.us17.app.wiz.io), not this step's url (https://auth.gov.wiz.io)"
      )
    })

    it("accepts what a Wiz step exported, by region or url, in any of Wiz's environments", async () => {
      const wiz = await loadVendor('wiz')
      const domain = fc.constantFrom(
        ...Object.values(wiz.location.regions!).map((auth) => new URL(auth).hostname.slice(5))
      )
      const dataCenter = fc.stringMatching(/^[a-z][a-z0-9]{1,5}$/)
      fc.assert(
        fc.property(domain, dataCenter, fc.boolean(), (domain, dc, byRegion) => {
          const api = `https://api.${dc}.${domain}`
          const region = Object.entries(wiz.location.regions!).find(
            ([, auth]) => auth === `https://auth.${domain}`
          )![0]
          const p = plan(byRegion ? { region } : { url: api }, wiz, exported(`${api}/graphql`))
          expect(p.credentials).toEqual(credentials)
        })
      )
      // A url that serves both (a proxy, the sandbox) pairs with the WIZ_API_URL it exported.
      expect(
        plan(
          { url: 'https://wiz-proxy.example' },
          wiz,
          exported('https://wiz-proxy.example/graphql')
        ).credentials
      ).toEqual(credentials)
    })
  })
})

describe('a ca-cert path that is not a regular file', () => {
  const refusal = (path: string): string =>
    failure(() =>
      buildPlan(raw({ 'api-key': JWT, 'ca-cert': path }), invictiPlatform, {
        env: {},
        readFile: readPemFileText
      })
    ).message

  it('fails at once for a FIFO, which would otherwise hold the step until a writer came', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'scanner-login-fifo-')), 'ca.pem')
    execFileSync('mkfifo', [fifo])
    expect(refusal(fifo)).toBe(
      `The ca-cert input is neither PEM text nor a readable file: "${fifo}" (not a regular file). Give the PEM text itself or a path relative to the workspace.`
    )
  })

  it('fails at once for a device that never ends, and for a directory', () => {
    expect(refusal('/dev/zero')).toContain('"/dev/zero" (not a regular file)')
    expect(refusal(tmpdir())).toContain('(not a regular file)')
  })

  it('reads a regular file, and refuses one larger than any CA bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanner-login-pem-'))
    writeFileSync(join(dir, 'ca.pem'), 'pem text')
    expect(readPemFileText(join(dir, 'ca.pem'))).toBe('pem text')
    writeFileSync(join(dir, 'huge.pem'), Buffer.alloc(4 * 1024 * 1024 + 1))
    expect(refusal(join(dir, 'huge.pem'))).toContain('(larger than 4 MiB)')
  })

  it('reads a PEM file that Windows PowerShell 5.1 wrote as UTF-16LE (`>`, Out-File)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanner-login-pem-'))
    const path = join(dir, 'ca.pem')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CA_PEM, 'utf16le')]))
    expect(readPemFileText(path)).toBe(CA_PEM)
    const read = buildPlan(raw({ 'api-key': JWT, 'ca-cert': path }), invictiPlatform, {
      env: {},
      readFile: readPemFileText
    })
    expect(read.caPem).toBe(CA_PEM)
  })
})

describe('region names are looked up as own keys', () => {
  it.each(['constructor', '__proto__', 'hasOwnProperty'])(
    'refuses region %s as an unknown region, listing the valid ones',
    (region) => {
      const message = failure(() => plan({ 'api-key': JWT, region })).message
      expect(message).toContain(`The region input "${region}" is not an Invicti Platform region.`)
      expect(message).toContain('Valid regions: us, eu, ca')
    }
  )
})

describe('a credential copied with what was around it', () => {
  it('refuses a token wrapped in quotes, naming the input and never the value', () => {
    for (const wrapped of [`"${JWT}"`, `'${JWT}'`]) {
      const message = failure(() => plan({ 'api-key': wrapped })).message
      expect(message).toContain('The api-key input is wrapped in')
      expect(message).toContain('store it again without the quotes')
      expect(message).not.toContain(JWT)
    }
  })

  it("refuses a token that starts with an Authorization header's scheme", async () => {
    const defectdojo = await loadVendor('defectdojo')
    const message = failure(() =>
      plan({ url: 'https://dojo.example.com' }, defectdojo, { DD_API_KEY: 'Token 0123abcd' })
    ).message
    expect(message).toContain('The DD_API_KEY environment variable starts with "Token"')
    expect(message).not.toContain('0123abcd')
    expect(failure(() => plan({ 'api-key': `Authorization: Bearer ${JWT}` })).message).toContain(
      'starts with "Authorization: Bearer"'
    )
  })

  it('refuses a line of a .env file (NAME=value), never quoting the name, which may start a secret', async () => {
    const semgrep = await loadVendor('semgrep')
    const token = 'a'.repeat(64)
    const message = failure(() =>
      plan({ 'api-token': `SEMGREP_APP_TOKEN=${token}` }, semgrep)
    ).message
    expect(message).toBe(
      'The api-token input starts with a variable assignment (NAME=…, a line of a .env file). Fix: store only what follows the = in the secret.'
    )
    // Base64 padding is no assignment, nor is a start that names no variable (a password's AB=…).
    for (const kept of ['QUJDRA==', 'token=abc', 'AB=cd1234', 'ABC_=']) {
      expect(plan({ 'api-token': kept }, semgrep).credentials['api-token']).toBe(kept)
    }
  })

  it('leaves passwords, quotes inside a value and scheme-like words without a value alone', async () => {
    const tenableSc = await loadVendor('tenable-sc')
    const session = { url: 'https://sc.example.com', username: 'ada', password: '"pass word"' }
    expect(plan(session, tenableSc).credentials.password).toBe('"pass word"')
    expect(plan({ 'api-key': `${JWT}"` }).credentials['api-key']).toBe(`${JWT}"`)
    expect(plan({ 'api-key': 'tokenABC' }).credentials['api-key']).toBe('tokenABC')
    // A quote on one side only, a scheme word past the start, a username: none is refused.
    expect(plan({ 'api-key': `"${JWT}` }).credentials['api-key']).toBe(`"${JWT}`)
    expect(plan({ 'api-key': `${JWT} Bearer x` }).credentials['api-key']).toBe(`${JWT} Bearer x`)
    const named = { url: 'https://sc.example.com', username: 'Token Ring', password: 'pw' }
    expect(plan(named, tenableSc).credentials.username).toBe('Token Ring')
  })

  it('refuses quotes around a value of a single character too', async () => {
    const defectdojo = await loadVendor('defectdojo')
    const message = failure(() =>
      plan({ url: 'https://dojo.example.com', 'api-token': '"k"' }, defectdojo)
    ).message
    expect(message).toContain('The api-token input is wrapped in double quotes')
  })

  it('refuses a pair of quotes with nothing inside (a secret stored as \'\' or "")', async () => {
    const defectdojo = await loadVendor('defectdojo')
    for (const [value, kind] of [
      ['""', 'double'],
      ["''", 'single']
    ]) {
      const message = failure(() =>
        plan({ url: 'https://dojo.example.com', 'api-token': value! }, defectdojo)
      ).message
      expect(message).toContain(`The api-token input is wrapped in ${kind} quotes`)
    }
  })

  it('reads a credential variable without the white space around it', async () => {
    // A secret pasted with a trailing newline: the header would carry it, and the server refuse it.
    const defectdojo = await loadVendor('defectdojo')
    const p = plan({ url: 'https://dojo.example.com' }, defectdojo, {
      DD_API_KEY: '  0123abcd\n'
    })
    expect(p.credentials['api-token']).toBe('0123abcd')
  })

  it('names the kind of quotes and the ApiKey scheme', () => {
    expect(failure(() => plan({ 'api-key': `"${JWT}"` })).message).toContain(
      'is wrapped in double quotes'
    )
    expect(failure(() => plan({ 'api-key': `'${JWT}'` })).message).toContain(
      'is wrapped in single quotes'
    )
    expect(failure(() => plan({ 'api-key': `ApiKey ${JWT}` })).message).toContain(
      'starts with "ApiKey"'
    )
  })
})

describe('a URL given as region', () => {
  it('names the region whose host it is', () => {
    const message = failure(() =>
      plan({ 'api-key': JWT, region: 'https://platform-eu.invicti.com/dashboard' })
    ).message
    expect(message).toContain('It names the host of region eu: set region: eu.')
  })

  it.each([
    [
      'prisma-cloud',
      'https://app2.eu.prismacloud.io/alerts/overview',
      'eu2',
      { 'access-key': 'k', 'secret-key': 's' }
    ],
    ['snyk', 'https://app.eu.snyk.io/org/acme', 'eu', { 'api-token': 't' }],
    [
      'gitguardian',
      'https://dashboard.eu1.gitguardian.com/workspace/1/incidents',
      'eu',
      { 'api-key': 'g' }
    ]
  ])(
    'names the region of a console host the vendor reads as its API host (%s, %s)',
    async (id, region, named, credentials) => {
      const vendor = await loadVendor(id)
      const message = failure(() => plan({ ...credentials, region }, vendor)).message
      expect(message).toContain(`It names the host of region ${named}: set region: ${named}.`)
    }
  )

  it('quotes a URL without the user:password@ part, query or fragment it may carry', () => {
    const message = failure(() =>
      plan({
        'api-key': JWT,
        region: 'https://ada:hunter2@platform-eu.invicti.com/callback?code=s3cr3t-code#t=tok3n'
      })
    ).message
    expect(message).toContain(
      'The region input "https://***@platform-eu.invicti.com/callback?…" is not'
    )
    expect(message).toContain('set region: eu.')
    for (const secret of ['hunter2', 's3cr3t-code', 'tok3n']) expect(message).not.toContain(secret)
  })

  it('names the region of an http:// URL too, and points a URL it cannot read to the url input', () => {
    expect(
      failure(() => plan({ 'api-key': JWT, region: 'http://platform-eu.invicti.com/' })).message
    ).toContain('set region: eu.')
    expect(failure(() => plan({ 'api-key': JWT, region: 'https://[::1' })).message).toContain(
      'A URL goes in the url input, not in region'
    )
  })

  it('reads a URL whose scheme is written in capitals as a URL', () => {
    // A scheme is case-insensitive (RFC 3986), and new URL reads HTTPS:// as https://.
    expect(
      failure(() => plan({ 'api-key': JWT, region: 'HTTPS://platform-eu.invicti.com/dashboard' }))
        .message
    ).toContain('It names the host of region eu: set region: eu.')
  })

  it('points any other URL to the url input', () => {
    const message = failure(() =>
      plan({ 'api-key': JWT, region: 'https://invicti.acme.example' })
    ).message
    expect(message).toContain('A URL goes in the url input, not in region: set url instead')
    // A region name that is no URL gets only the list.
    expect(failure(() => plan({ 'api-key': JWT, region: 'europe' })).message).not.toContain(
      'url input'
    )
  })
})

describe('ca-cert with a private key pasted along', () => {
  it('keeps only the certificates and warns, naming the private key', () => {
    const key =
      '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIB0000000000000000000000000000000000000000\n-----END PRIVATE KEY-----\n'
    const p = plan({ 'api-key': JWT, 'ca-cert': `${CA_PEM}\n${key}` })
    expect(p.caPem).not.toContain('PRIVATE KEY')
    expect(p.warnings).toEqual([expect.stringContaining('(a private key?)')])
    expect(plan({ 'api-key': JWT, 'ca-cert': CA_PEM }).warnings).toEqual([])
  })
})

describe('an input the action does not have', () => {
  const refusal = (env: NodeJS.ProcessEnv): string | undefined => {
    try {
      refuseMisspelledInputs(env)
      return undefined
    } catch (error) {
      expect(error).toBeInstanceOf(ActionFailure)
      return (error as Error).message
    }
  }

  it.each([
    ['INPUT_REQUIRED_ROLES', 'required_roles (did you mean required-roles?)'],
    ['INPUT_REQUIRED-ROLE', 'required-role (did you mean required-roles?)'],
    ['INPUT_ALLOWED-ROLE', 'allowed-role (did you mean allowed-roles?)'],
    ['INPUT_REQUIRED-PERMISSION', 'required-permission (did you mean required-permissions?)'],
    ['INPUT_MINT_TOKEN', 'mint_token (did you mean mint-token?)'],
    ['INPUT_API_KEY', 'api_key (did you mean api-key?)'],
    ['INPUT_PERMISSIONS', 'permissions (did you mean required-permissions?)'],
    ['INPUT_ROLES', 'roles (did you mean required-roles or allowed-roles?)'],
    ['INPUT_REQUIRED-ROLE-NAMES', 'required-role-names (did you mean required-roles?)'],
    ['INPUT_ALLOWED-ROLES-ONLY', 'allowed-roles-only (did you mean allowed-roles?)'],
    ['INPUT_VERIFY-TLS', 'verify-tls (did you mean tls-verify?)'],
    ['INPUT_MINT', 'mint (did you mean mint-token?)'],
    // The runner keeps a name's _ as typed: its words are split there too.
    ['INPUT_VERIFY_TLS', 'verify_tls (did you mean tls-verify?)'],
    // A near spelling is named before an input that only shares a word (user-id shares "user").
    ['INPUT_USER_NAME', 'user_name (did you mean username?)'],
    ['INPUT_KEY', 'key (did you mean api-key or access-key or secret-key?)'],
    // Four inputs share one word each: the first three are named.
    ['INPUT_API_SECRET', 'api_secret (did you mean api-key or secret-key or api-token?)']
  ])('refuses %s, naming the input it meant', (variable, named) => {
    const message = refusal({ [variable]: 'x', 'INPUT_REQUIRED-ROLES': '', INPUT_VENDOR: 'snyk' })
    expect(message).toContain(`scanner-login has no input named ${named}.`)
    expect(message).toContain(
      'The runner passes an unknown input on without using it, so the step would run as if it were not set (a requirement would not be checked).'
    )
    expect(message).toContain("Fix: spell it as action.yml does, in the step's with:.")
  })

  it('names a variable set in lower case as written: the runner sets input variables in upper case', () => {
    expect(refusal({ 'INPUT_mint-token': 'true' })).toContain(
      'scanner-login has no input named INPUT_mint-token (did you mean mint-token? The runner sets input variables in upper case).'
    )
    expect(refusal({ INPUT_required_role: 'x' })).toContain(
      'no input named INPUT_required_role (did you mean required-roles? The runner sets input variables in upper case).'
    )
  })

  it('accepts a variable in lower case on Windows, whose environment names are read in any case', () => {
    // There getInput('mint-token') reads INPUT_MINT-TOKEN and finds INPUT_mint-token.
    expect(() =>
      refuseMisspelledInputs({ 'INPUT_mint-token': 'true', INPUT_Vendor: 'snyk' }, 'win32')
    ).not.toThrow()
    expect(() => refuseMisspelledInputs({ 'INPUT_mint-token': 'true' }, 'linux')).toThrow(
      /no input named INPUT_mint-token/
    )
  })

  it("accepts every one of action.yml's inputs, and leaves a name close to none to the runner", () => {
    const every = Object.fromEntries(
      INPUT_NAMES.map((name) => [`INPUT_${name.toUpperCase()}`, 'x'])
    )
    expect(refusal({ ...every, INPUT_SCAN_PROFILE: 'full', PATH: '/usr/bin' })).toBeUndefined()
  })

  it('leaves a name with characters no input name has to the runner rather than quote it', () => {
    expect(refusal({ 'INPUT_REQUIRED/ROLES': 'x' })).toBeUndefined()
    expect(refusal({ [`INPUT_REQUIRED-ROLES${'-'.repeat(100)}`]: 'x' })).toBeUndefined()
  })

  it('fails the step before any request, with nothing published', async () => {
    const step = await runMainInProcess(
      { vendor: 'invicti', 'api-key': 'eyJ.x.y', url: 'https://invicti.example' },
      { INPUT_REQUIRED_ROLES: 'Administrator' }
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toEqual([
      expect.stringContaining(
        'scanner-login has no input named required_roles (did you mean required-roles?)'
      )
    ])
    expect(step.outputs).toEqual({})
  })
})
