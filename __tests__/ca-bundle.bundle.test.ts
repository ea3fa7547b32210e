// The private CA reaches later steps (contract: outputs ca-bundle, env REQUESTS_CA_BUNDLE,
// CURL_CA_BUNDLE, NODE_EXTRA_CA_CERTS): through the committed bundle, then checked the way later
// steps' clients use the files, and removed by the post step.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rootCertificates } from 'node:tls'
import { startSandbox } from '../sandbox/index.js'
import { runStep } from '../scripts/runner.js'
import type { Sandbox } from './vendors/case.js'

let sandbox: Sandbox
let keys: { accessKey: string; secretKey: string }
beforeAll(async () => {
  sandbox = await startSandbox()
  keys = (sandbox.accounts['tenable-sc'] as Record<string, typeof keys>).admin!
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const PRIVATE_KEY = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7sandboxNOTAKEY',
  '-----END PRIVATE KEY-----'
].join('\n')

function tenableSc(caCert: string, extra: Record<string, string> = {}) {
  return {
    vendor: 'tenable-sc',
    url: sandbox.httpsLocalhostUrl,
    'access-key': keys.accessKey,
    'secret-key': keys.secretKey,
    'ca-cert': caCert,
    ...extra
  }
}

/**
 * A later step's Node client: fetches the sandbox over HTTPS with only the given trust settings.
 * Asynchronous, since the sandbox answers from this very process.
 */
async function nodeFetch(env: Record<string, string>, caFile?: string): Promise<string> {
  const script = `
    const https = require('node:https')
    const fs = require('node:fs')
    const options = process.argv[2] ? { ca: fs.readFileSync(process.argv[2]) } : {}
    https.get(process.argv[1] + '/rest/system', options, (res) => { console.log('status', res.statusCode); res.resume() })
      .on('error', (e) => { console.log('error', e.code); })`
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-e', script, sandbox.httpsLocalhostUrl, ...(caFile ? [caFile] : [])],
    { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20_000 }
  )
  return stdout.trim()
}

/**
 * A Tenable.sc session login whose ca-cert is a file in RUNNER_TEMP, for the post step's CA when a
 * later step removed that file.
 */
function sessionWithCaFile() {
  const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
  const caFile = join(temp, 'private-ca.pem')
  writeFileSync(caFile, sandbox.caCertPem)
  const { username, password } = (
    sandbox.accounts['tenable-sc'] as Record<string, { username: string; password: string }>
  ).analyst!
  return {
    temp,
    caFile,
    env: { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' },
    inputs: {
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      username,
      password,
      'ca-cert': caFile
    }
  }
}

describe('ca-cert for later steps', () => {
  it('writes the bundle and the Node file to RUNNER_TEMP, exports them, and the post step removes them', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const env = { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    const main = await runStep({ inputs: tenableSc(sandbox.caCertPath), env })
    expect(main.errors).toEqual([])
    const bundle = join(temp, 'scanner-login-scanner-ca-bundle.pem')
    const nodeExtra = join(temp, 'scanner-login-scanner-node-extra-ca.pem')
    expect(main.outputs['ca-bundle']).toBe(bundle)
    expect(main.env).toMatchObject({
      REQUESTS_CA_BUNDLE: bundle,
      CURL_CA_BUNDLE: bundle,
      NODE_EXTRA_CA_CERTS: nodeExtra
    })
    const bundleText = readFileSync(bundle, 'utf8')
    expect(bundleText.match(/BEGIN CERTIFICATE/g)).toHaveLength(rootCertificates.length + 1)
    expect(readFileSync(nodeExtra, 'utf8').match(/BEGIN CERTIFICATE/g)).toHaveLength(1)

    // What Python's requests and curl do with a CA bundle: it replaces the default trust store.
    expect(await nodeFetch({}, bundle)).toBe('status 200')
    expect(await nodeFetch({ NODE_EXTRA_CA_CERTS: nodeExtra })).toBe('status 200')
    expect(await nodeFetch({})).toMatch(/^error /)

    const post = await runStep({
      inputs: tenableSc(sandbox.caCertPath),
      env,
      post: true,
      state: main.state
    })
    expect(post.exitCode).toBe(0)
    expect(existsSync(bundle)).toBe(false)
    expect(existsSync(nodeExtra)).toBe(false)
    expect(JSON.stringify(main.state)).not.toContain('CERTIFICATE')
  })

  it('the post step ends the session over the CA the main step copied, when a later step removed the ca-cert file', async () => {
    const { temp, caFile, env, inputs } = sessionWithCaFile()
    const sessions = (sandbox.fake('tenable-sc') as unknown as { sessions: Map<unknown, unknown> })
      .sessions
    // The sandbox's users may hold sessions of their own already (Tenable.sc's session limit).
    const before = sessions.size
    const main = await runStep({ inputs, env })
    expect(main.errors).toEqual([])
    expect(sessions.size).toBe(before + 1)

    rmSync(caFile)
    const post = await runStep({ inputs, env, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(post.log.join('\n')).toContain(
      'The post step trusts the certificates the main step copied from it to RUNNER_TEMP instead.'
    )
    expect(post.log.join('\n')).toContain(
      `Logged out of Tenable.sc at ${sandbox.httpsLocalhostUrl}.`
    )
    expect(sessions.size).toBe(before)
    expect(readdirSync(temp)).toEqual([])
  })

  it('the post step never reads that copy as a path when it holds no PEM text', async () => {
    const { temp, caFile, env, inputs } = sessionWithCaFile()
    const main = await runStep({ inputs, env })
    expect(main.errors).toEqual([])
    // A later step replaces the copy with a path (to a CA of its choosing) and removes the file.
    const planted = join(temp, 'planted-ca.pem')
    writeFileSync(planted, sandbox.caCertPem)
    writeFileSync(join(temp, 'scanner-login-scanner-node-extra-ca.pem'), planted)
    rmSync(caFile)
    const post = await runStep({ inputs, env, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([
      expect.stringContaining('The ca-cert input is neither PEM text nor a readable file')
    ])
    expect(post.log.join('\n')).not.toContain('Logged out of')
  })

  it('the post step ends the session quietly when the main step wrote no copy (its gate failed)', async () => {
    // The session was opened, but the credentials, and with them the CA files, were never handed
    // on: the post step finds no copy, which is no reason to warn, and the ca-cert file still works.
    const { temp, env, inputs } = sessionWithCaFile()
    const main = await runStep({
      inputs: { ...inputs, 'required-roles': 'Security Manager Of Nothing' },
      env
    })
    expect(main.exitCode).toBe(1)
    expect(readdirSync(temp)).toEqual(['private-ca.pem'])
    const post = await runStep({ inputs, env, post: true, state: main.state })
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(post.log.join('\n')).toContain(
      `Logged out of Tenable.sc at ${sandbox.httpsLocalhostUrl}.`
    )
  })

  it('the post step sets the variables back before it removes the files, for the post steps after it', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const corporate = join(temp, 'corporate.pem')
    writeFileSync(corporate, sandbox.caCertPem)
    const env = { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner', NODE_EXTRA_CA_CERTS: corporate }
    const main = await runStep({ inputs: tenableSc(sandbox.caCertPath), env })
    expect(main.errors).toEqual([])
    // The post step runs with the job's environment, the main step's exports included.
    const post = await runStep({
      inputs: tenableSc(sandbox.caCertPath),
      env: { ...env, ...main.env },
      post: true,
      state: main.state
    })
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(post.env).toEqual({
      NODE_EXTRA_CA_CERTS: corporate,
      REQUESTS_CA_BUNDLE: '',
      CURL_CA_BUNDLE: ''
    })
    expect(existsSync(main.env.NODE_EXTRA_CA_CERTS!)).toBe(false)
    // What an earlier action's post step, which runs after this one, then gets: the job's own CA.
    expect(await nodeFetch({ ...env, ...main.env, ...post.env })).toBe('status 200')
  })

  it('the post step leaves alone a variable a later step pointed elsewhere, and reads no forged value', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const env = { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    const main = await runStep({ inputs: tenableSc(sandbox.caCertPath), env })
    const post = await runStep({
      inputs: tenableSc(sandbox.caCertPath),
      env: { ...env, ...main.env, CURL_CA_BUNDLE: '/etc/later-step.pem' },
      post: true,
      state: {
        ...main.state,
        'ca-variables': '{"REQUESTS_CA_BUNDLE":"a\\nNODE_OPTIONS=--require=/x"}'
      }
    })
    expect(post.exitCode).toBe(0)
    expect(post.env).toEqual({ NODE_EXTRA_CA_CERTS: '', REQUESTS_CA_BUNDLE: '' })
  })

  it('keeps the certificates of a NODE_EXTRA_CA_CERTS the job already had', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const earlier = join(temp, 'corporate.pem')
    const corporate = rootCertificates[0]!
    writeFileSync(earlier, corporate)
    const step = await runStep({
      inputs: tenableSc(sandbox.caCertPath),
      env: { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner', NODE_EXTRA_CA_CERTS: earlier }
    })
    expect(step.errors).toEqual([])
    const nodeExtra = readFileSync(step.env.NODE_EXTRA_CA_CERTS!, 'utf8')
    expect(nodeExtra.match(/BEGIN CERTIFICATE/g)).toHaveLength(2)
    expect(nodeExtra.replace(/\s/g, '')).toContain(corporate.replace(/\s/g, ''))
  })

  it('keeps the certificates of a REQUESTS_CA_BUNDLE and a CURL_CA_BUNDLE the job already had', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const [requestsCorporate, curlCorporate] = [
      join(temp, 'requests-corporate.pem'),
      join(temp, 'curl-corporate.pem')
    ]
    // Certificates Node's public roots do not hold: the sandbox's own server certificates.
    const ownCertificate = (name: string): string =>
      readFileSync(new URL(`../sandbox/certs/${name}.pem`, import.meta.url), 'utf8')
    writeFileSync(requestsCorporate, ownCertificate('self-signed'))
    writeFileSync(curlCorporate, ownCertificate('wrong-host'))
    const step = await runStep({
      inputs: tenableSc(sandbox.caCertPath),
      env: {
        RUNNER_TEMP: temp,
        GITHUB_ACTION: 'scanner',
        REQUESTS_CA_BUNDLE: requestsCorporate,
        CURL_CA_BUNDLE: curlCorporate
      }
    })
    expect(step.errors).toEqual([])
    const bundle = readFileSync(step.env.REQUESTS_CA_BUNDLE!, 'utf8').replace(/\s/g, '')
    expect(step.env.CURL_CA_BUNDLE).toBe(step.env.REQUESTS_CA_BUNDLE)
    for (const name of ['self-signed', 'wrong-host', 'ca'])
      expect({ name, kept: bundle.includes(ownCertificate(name).replace(/\s/g, '')) }).toEqual({
        name,
        kept: true
      })
    expect(bundle.match(/BEGINCERTIFICATE/g)).toHaveLength(rootCertificates.length + 3)
  })

  it('never writes through a link planted at its file names, and the post step removes only its files', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const workspace = mkdtempSync(join(tmpdir(), 'scanner-login-workspace-'))
    const env = { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    const targets = [join(workspace, 'release.yml'), join(workspace, 'scan-config.json')]
    const names = ['ca-bundle', 'node-extra-ca'].map((kind) =>
      join(temp, `scanner-login-scanner-${kind}.pem`)
    )
    targets.forEach((target, i) => {
      writeFileSync(target, 'workspace file\n')
      symlinkSync(target, names[i]!)
    })
    const main = await runStep({ inputs: tenableSc(sandbox.caCertPath), env })
    expect(main.errors).toEqual([])
    for (const target of targets) expect(readFileSync(target, 'utf8')).toBe('workspace file\n')
    for (const name of names) {
      expect(lstatSync(name).isFile()).toBe(true)
      expect(readFileSync(name, 'utf8')).toContain('BEGIN CERTIFICATE')
    }
    expect(readdirSync(temp).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const post = await runStep({
      inputs: tenableSc(sandbox.caCertPath),
      env,
      post: true,
      state: main.state
    })
    expect(post.exitCode).toBe(0)
    for (const name of names) expect(existsSync(name)).toBe(false)
    for (const target of targets) expect(readFileSync(target, 'utf8')).toBe('workspace file\n')
  })

  it('uses only the certificates of a ca-cert with a private key pasted along, and says so', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const main = await runStep({
      inputs: tenableSc(`${sandbox.caCertPem}\n${PRIVATE_KEY}\n`),
      env: { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    })
    expect(main.errors).toEqual([])
    expect(main.warnings.join('\n')).toContain('only its CERTIFICATE blocks are used')
    const written = readFileSync(main.outputs['ca-bundle']!, 'utf8')
    expect(written).not.toContain('PRIVATE KEY')
    expect(written).not.toContain('sandboxNOTAKEY')
    expect(JSON.stringify(main.state)).not.toContain('PRIVATE')
    expect(main.stdout).not.toContain('sandboxNOTAKEY')
  })

  it('with export-env false sets the output but exports nothing', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-runner-temp-'))
    const step = await runStep({
      inputs: tenableSc(sandbox.caCertPath, { 'export-env': 'false' }),
      env: { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    })
    expect(step.errors).toEqual([])
    expect(step.outputs['ca-bundle']).toContain(temp)
    expect(step.env).toEqual({})
  })

  it('fails naming ca-cert when a certificate block is not a certificate', async () => {
    const step = await runStep({
      inputs: tenableSc(
        '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n'
      )
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      'The ca-cert input holds a block that is not a valid certificate'
    )
    expect(sandbox.requests).toHaveLength(0)
  })

  it('without ca-cert touches none of the three variables', async () => {
    const step = await runStep({
      inputs: { ...tenableSc(''), url: sandbox.httpsLocalhostUrl, 'tls-verify': 'false' }
    })
    expect(step.errors).toEqual([])
    expect(Object.keys(step.env)).toEqual(['TSC_URL', 'TSC_ACCESS_KEY', 'TSC_SECRET_KEY'])
    expect(step.outputs['ca-bundle'] ?? '').toBe('')
  })
})
