// src/runner/ca-bundle.ts: where the ca-cert files for later steps are written and what goes in
// them. The whole step, through the built bundle, is in ca-bundle.bundle.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { caFilePaths, writeCaFiles } from '../src/runner/ca-bundle.js'
import { startSandbox } from '../sandbox/index.js'
import { runMain } from './helpers/action.js'
import type { Sandbox } from './vendors/case.js'

/** Certificates Node's public roots do not hold: the sandbox's own. */
const certificate = (name: string): string =>
  readFileSync(new URL(`../sandbox/certs/${name}.pem`, import.meta.url), 'utf8')
const flat = (pem: string): string => pem.replace(/\s/g, '')

describe('the ca-cert files for later steps', () => {
  it.each(['/../../escaped', '../../../etc/escaped', 'a/b\\c', '..', '__owner_repo/../../x'])(
    'stay directly in RUNNER_TEMP whatever GITHUB_ACTION holds (%j)',
    (step) => {
      const root = mkdtempSync(join(tmpdir(), 'scanner-login-ca-files-'))
      const temp = join(root, 'runner', 'temp')
      mkdirSync(temp, { recursive: true })
      const env = { RUNNER_TEMP: temp, GITHUB_ACTION: step }
      const paths = caFilePaths(env)!
      expect(dirname(paths.bundle)).toBe(temp)
      expect(dirname(paths.nodeExtra)).toBe(temp)
      writeCaFiles([certificate('ca')], env)
      expect(readdirSync(root)).toEqual(['runner'])
      expect(readdirSync(join(root, 'runner'))).toEqual(['temp'])
      expect(readdirSync(temp).sort()).toEqual(
        [paths.bundle, paths.nodeExtra].map((path) => path.slice(temp.length + 1)).sort()
      )
    }
  )

  it('a re-run of the step does not carry its own earlier files into the new ones', () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-ca-files-'))
    const env: NodeJS.ProcessEnv = { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    const first = writeCaFiles([certificate('self-signed')], env)!
    // The first run exported its own files; the re-run finds them in the variables.
    const rerun = {
      ...env,
      REQUESTS_CA_BUNDLE: first.bundle,
      CURL_CA_BUNDLE: first.bundle,
      NODE_EXTRA_CA_CERTS: first.nodeExtra
    }
    const second = writeCaFiles([certificate('ca')], rerun)!
    expect(second).toEqual(first)
    const bundle = flat(readFileSync(second.bundle, 'utf8'))
    expect(bundle).toContain(flat(certificate('ca')))
    expect(bundle).not.toContain(flat(certificate('self-signed')))
    expect(flat(readFileSync(second.nodeExtra, 'utf8'))).toBe(flat(certificate('ca')))
  })
})

describe('a ca-cert file that cannot be put in place', () => {
  // Windows refuses the rename over a file another process holds open, or a read-only one; every
  // system refuses it over a directory, which is what stands at the name here.
  it('leaves no temporary file behind in RUNNER_TEMP', () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-ca-files-'))
    const env: NodeJS.ProcessEnv = { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    const paths = caFilePaths(env)!
    mkdirSync(join(paths.bundle, 'planted'), { recursive: true })
    expect(() => writeCaFiles([certificate('ca')], env)).toThrow(/rename/)
    expect(readdirSync(temp)).toEqual([basename(paths.bundle)])
  })
})

describe('the step, when the ca-cert files cannot be written', () => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox()
  })
  afterAll(() => sandbox.close())

  it('fails saying which files and how to fix it, not as an unexpected failure', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-ca-files-'))
    const env = { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' }
    mkdirSync(join(caFilePaths(env)!.bundle, 'planted'), { recursive: true })
    const keys = (sandbox.accounts['tenable-sc'] as Record<string, Record<string, string>>).admin!
    const step = await runMain(
      {
        vendor: 'tenable-sc',
        url: sandbox.httpsLocalhostUrl,
        'access-key': keys.accessKey!,
        'secret-key': keys.secretKey!,
        'ca-cert': sandbox.caCertPem
      },
      env
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain(
      `Could not write the ca-cert files for later steps in RUNNER_TEMP (${temp}): `
    )
    expect(step.errors[0]).toContain('(EISDIR)')
    expect(step.errors[0]).toContain("Fix: check that the runner's temporary directory is writable")
    expect(step.errors[0]).not.toContain('unexpectedly')
    expect(step.outputs['ca-bundle']).toBeUndefined()
    // The job summary says so too, as it says any failure after validation.
    expect(step.summary).toContain('Could not write the ca-cert files for later steps')
  })

  const tenableSc = () => {
    const keys = (sandbox.accounts['tenable-sc'] as Record<string, Record<string, string>>).admin!
    return {
      vendor: 'tenable-sc',
      url: sandbox.httpsLocalhostUrl,
      'access-key': keys.accessKey!,
      'secret-key': keys.secretKey!,
      'ca-cert': sandbox.caCertPem,
      // The sandbox's API keys are the administrator's: accepted, so its warning is not in the way.
      'allowed-roles': 'Administrator'
    }
  }

  it('warns when an earlier REQUESTS_CA_BUNDLE names a directory, whose certificates it cannot keep', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-ca-files-'))
    const certificates = mkdtempSync(join(tmpdir(), 'scanner-login-cert-dir-'))
    const missing = join(temp, 'no-such-bundle.pem')
    const step = await runMain(tenableSc(), {
      RUNNER_TEMP: temp,
      GITHUB_ACTION: 'scanner',
      REQUESTS_CA_BUNDLE: certificates,
      CURL_CA_BUNDLE: missing
    })
    expect(step.errors).toEqual([])
    expect(step.warnings).toEqual([
      `REQUESTS_CA_BUNDLE named ${certificates}, which is not a regular file (a directory of certificates?): its certificates are not in the file this step points REQUESTS_CA_BUNDLE at, so later steps no longer trust them. Fix: point REQUESTS_CA_BUNDLE at a PEM file before this step, or add those CAs to ca-cert.`
    ])
    expect(step.summary).toContain('REQUESTS&#95;CA&#95;BUNDLE named')
    expect(step.env.REQUESTS_CA_BUNDLE).toBe(
      caFilePaths({ RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner' })!.bundle
    )
  })

  it('says nothing of it with export-env false, which leaves the variables as they were', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'scanner-login-ca-files-'))
    const step = await runMain(
      { ...tenableSc(), 'export-env': 'false' },
      { RUNNER_TEMP: temp, GITHUB_ACTION: 'scanner', REQUESTS_CA_BUNDLE: temp }
    )
    expect(step.errors).toEqual([])
    expect(step.warnings).toEqual([])
  })
})
