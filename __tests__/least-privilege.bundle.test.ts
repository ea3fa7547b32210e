// Least privilege through the bundle (contract Behaviour 14, input allowed-roles): an administrator's
// key is verified with a warning in the log and the summary; allowed-roles turns it into a failure
// for any role outside the list, for named roles (Tenable.sc) and ordered levels (Tenable VM).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../sandbox/index.js'
import { runStep } from '../scripts/runner.js'
import type { Sandbox } from './vendors/case.js'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

type Keys = { accessKey: string; secretKey: string }
const keys = (vendor: string, account: string): Keys =>
  (sandbox.accounts[vendor] as Record<string, Keys>)[account]!
const tenableSc = (account: string, extra: Record<string, string> = {}) => ({
  vendor: 'tenable-sc',
  url: sandbox.httpsLocalhostUrl,
  'ca-cert': sandbox.caCertPath,
  'access-key': keys('tenable-sc', account).accessKey,
  'secret-key': keys('tenable-sc', account).secretKey,
  ...extra
})
const tenableVm = (account: string, extra: Record<string, string> = {}) => ({
  vendor: 'tenable-vm',
  url: `${sandbox.httpUrl}/_vendor/tenable-vm`,
  'access-key': keys('tenable-vm', account).accessKey,
  'secret-key': keys('tenable-vm', account).secretKey,
  ...extra
})

describe('an administrator key', () => {
  it.each([
    [
      'Tenable.sc (named roles)',
      () => tenableSc('admin'),
      'holds Administrator',
      'Security Manager'
    ],
    [
      'Tenable VM (ordered levels)',
      () => tenableVm('admin'),
      'holds Administrator',
      'Scan Manager (40)'
    ]
  ])(
    '%s: verified, with a warning in the log and the summary',
    async (_vendor, inputs, held, narrower) => {
      const step = await runStep({ inputs: inputs() })
      expect(step.exitCode).toBe(0)
      expect(step.warnings).toEqual([expect.stringContaining(`${held}, an administrative role`)])
      expect(step.warnings[0]).toContain(narrower)
      expect(step.summary).toContain('Warnings')
      expect(step.summary).toContain('an administrative role; a scan gate needs less')
    }
  )

  it('is not warned about when allowed-roles lists the role, and the summary shows it', async () => {
    const step = await runStep({ inputs: tenableSc('admin', { 'allowed-roles': 'Administrator' }) })
    expect(step.exitCode).toBe(0)
    expect(step.warnings).toEqual([])
    expect(step.summary).toContain('Allowed roles')
    expect(step.summary).toContain('allowed role: Administrator')
  })

  it('fails a role outside allowed-roles, naming it and the fix', async () => {
    const step = await runStep({
      inputs: tenableSc('admin', { 'allowed-roles': 'Security Manager' })
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toContain(
      'holds "Administrator", outside allowed-roles ("Security Manager")'
    )
    expect(step.errors[0]).toContain('use a key of a narrower user')
  })
})

describe('allowed-roles with ordered levels', () => {
  it.each([
    ['scanManager', 'Scan Manager', 0],
    ['scanManager', 'Standard', 1],
    ['standard', 'Scan Manager', 0],
    ['admin', 'Scan Manager', 1]
  ])('%s with allowed-roles %s exits %i', async (account, allowed, exitCode) => {
    const step = await runStep({ inputs: tenableVm(account, { 'allowed-roles': allowed }) })
    expect(step.exitCode).toBe(exitCode)
    if (exitCode) expect(step.errors[0]).toContain(`outside allowed-roles ("${allowed}")`)
  })
})
