// The job summary as publish.ts writes it: what the contract's Behaviour 6 lists (vendor, URL,
// identity, roles, each requirement, token expiry, the requests and their timings), server text
// escaped in every cell (no markup, no extra table cells), the whole redacted once more, and the
// failure block bounded, without blank lines or control characters.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyIdentity } from '../src/core/identity.js'
import { note } from '../src/kit/endpoint.js'
import { buildPlan } from '../src/plan/index.js'
import { INPUT_NAMES, type RawInputs } from '../src/plan/input-names.js'
import { invictiPlatform } from '../src/vendors/invicti-platform/index.js'
import { mask } from '../src/runner/log.js'
import { reportRows, ROW_VALUE_LENGTH } from '../src/report.js'
import { writeSummary } from '../src/runner/publish.js'
import type { LoginResult, Note } from '../src/kit/types.js'
import { readActionInputs } from '../scripts/runner.js'
import { startSandbox } from '../sandbox/index.js'
import { runMain } from './helpers/action.js'

describe('the job summary of a verified login, in-process against the sandbox', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>
  beforeAll(async () => {
    sandbox = await startSandbox()
  })
  afterAll(() => sandbox.close())

  it('holds every part the contract names: vendor, URL, identity, roles, each requirement, token expiry, requests with timings', async () => {
    // An Infracast login: its answer names the user and the token's expiry, and a permission
    // costs one probe, so the step makes two requests.
    const ada = (
      sandbox.accounts.infracast as Record<string, { username: string; password: string }>
    ).ada!
    const step = await runMain({
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: ada.username,
      password: ada.password,
      tenant: 'prod',
      'required-roles': 'admin',
      'required-permissions': 'nodes:read'
    })
    expect(step.errors).toEqual([])
    const cells = (label: string): string => `<tr><td>${label}</td><td>`
    const { summary } = step
    expect(summary).toContain('scanner-login: Infracast verified')
    expect(summary).toContain(`${cells('Vendor')}Infracast (infracast)</td>`)
    expect(summary).toContain(`${cells('URL')}${sandbox.httpUrl}</td>`)
    expect(summary).toContain(`${cells('User')}ada</td>`)
    expect(summary).toContain(`${cells('Email')}ada@acme.example</td>`)
    expect(summary).toContain(`${cells('Roles')}admin</td>`)
    expect(summary).toContain(`${cells('role: admin')}pass</td>`)
    expect(summary).toContain(`${cells('permission: nodes:read')}pass</td>`)
    expect(summary).toContain(`${cells('Token expires')}${step.outputs['expires-at']}</td>`)
    expect(step.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT/)
    // Each request: endpoint, status, attempts and how long it took.
    for (const path of ['POST /api/v1/auth/token', 'GET /api/v1/tenants/prod/nodes']) {
      const [method, rest] = path.split(' ')
      const endpoint = `${method} ${sandbox.httpUrl}${rest}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      expect(summary).toMatch(
        new RegExp(`<tr><td>${endpoint}</td><td>200</td><td>1</td><td>\\d+ ms</td></tr>`)
      )
    }
    expect(summary).not.toContain(ada.password)
    expect(summary).not.toContain(step.outputs.token!)
  })
})

describe('writeSummary', () => {
  const raw = (): RawInputs => {
    const d = readActionInputs()
    const all = {} as RawInputs
    for (const n of INPUT_NAMES) all[n] = d[n]?.default ?? ''
    all['api-key'] = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl'
    return all
  }
  const summaryOf = (input: Partial<Parameters<typeof writeSummary>[0]>): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'scanner-login-summary-')), 'summary')
    writeFileSync(file, '')
    const saved = process.env.GITHUB_STEP_SUMMARY
    process.env.GITHUB_STEP_SUMMARY = file
    try {
      writeSummary({ plan: buildPlan(raw(), invictiPlatform, { env: {} }), records: [], ...input })
    } finally {
      process.env.GITHUB_STEP_SUMMARY = saved
    }
    return readFileSync(file, 'utf8')
  }
  const hostileResult = (username: string): LoginResult =>
    ({
      identity: { ...emptyIdentity(), username, roles: ['a|b'] },
      authHeader: '',
      env: {}
    }) as unknown as LoginResult

  it('escapes server text in every cell', () => {
    const summary = summaryOf({ result: hostileResult('<img src=x onerror=alert(1)>') })
    expect(summary).not.toContain('<img')
    expect(summary).toContain('&#60;img')
  })
  it('escapes | so a server string cannot add table cells', () => {
    const summary = summaryOf({ result: hostileResult('eve') })
    expect(summary).toContain('a&#124;b')
  })
  it('makes every cell one bounded line, whatever reaches it: a blank line cannot end the table', () => {
    // A warning can quote the vendor's words; the cell cleans them itself, not trusting its caller.
    const summary = summaryOf({
      warnings: [`first\n\n# Action required\r\nsecond\u0007 ${'y'.repeat(20_000)}`]
    })
    const row = /<tr><td>first[^]*?<\/td><\/tr>/.exec(summary)?.[0] ?? ''
    expect(row).toMatch(/^<tr><td>first +&#35; Action required +second y+…<\/td><\/tr>$/)
    expect(row).not.toMatch(/[\r\n]/)
    expect(row).not.toContain('\u0007')
    expect(row.length).toBeLessThan(4_200)
  })
  it('redacts the whole summary once more (a warning that quotes a secret)', () => {
    mask('gap_summary_secret_value_0123')
    const summary = summaryOf({ warnings: ['the server said gap_summary_secret_value_0123'] })
    expect(summary).not.toMatch(/gap.{0,6}summary/)
  })
  it('says failed when the step failed after its requirements passed', () => {
    const passed = { results: [], matchedRoles: [], passed: true, reasons: [] }
    const failed = { ...passed, passed: false, reasons: ['lacks a role'] }
    const heading = (summary: string) => summary.split('\n')[0]
    expect(heading(summaryOf({ gate: passed }))).toBe(
      '<h3>scanner-login: Invicti Platform verified (platform.invicti.com)</h3>'
    )
    expect(heading(summaryOf({ gate: failed }))).toContain('Invicti Platform failed')
    expect(heading(summaryOf({ gate: passed, failure: 'minting the token failed' }))).toContain(
      'Invicti Platform failed'
    )
  })
  it('lists a request that got no answer as such, not as a status', () => {
    const records = [
      {
        endpoint: 'POST https://scanner.example.test/token',
        status: undefined,
        attempts: 3,
        durationMs: 9
      }
    ]
    const summary = summaryOf({ records })
    expect(summary).toContain('<td>no answer</td>')
    expect(summary).not.toContain('undefined')
  })
  it('leaves out the rows only the doctor shows', () => {
    const result = {
      identity: emptyIdentity(),
      authHeader: '',
      env: {},
      notes: [note('User id', 'u-7')]
    } as unknown as LoginResult
    const summary = summaryOf({ result })
    // One User id row, the note's: not the doctor's detail row beside it.
    expect(summary.match(/User id/g)).toHaveLength(1)
    expect(summary).toContain('u-7')
  })
  it('shows at most 20 requirement rows, the failed first: a server listing a thousand roles cannot swell it', () => {
    // allowed-roles judges each role held; a hostile server can list 1,000 of 512 characters each.
    const role = (i: number): string => `${'x'.repeat(400)}-${i}`
    const results = Array.from({ length: 1000 }, (_, i) => ({
      kind: 'allowed role' as const,
      required: role(i),
      passed: i !== 990 && i !== 995
    }))
    const gate = { results, matchedRoles: [], passed: false, reasons: ['outside'] }
    const summary = summaryOf({ gate })
    const rows = summary.match(/<tr><td>allowed role: /g) ?? []
    expect(rows).toHaveLength(20)
    // The two roles outside the list lead; the rest is counted, with the worst result among it.
    expect(summary.indexOf(role(990))).toBeLessThan(summary.indexOf(role(0)))
    expect(summary).toContain(role(995))
    expect(summary).toContain('<tr><td>980 more</td><td>pass</td></tr>')
    expect(summary.length).toBeLessThan(64 * 1024)
    // A failure among the rows cut is never hidden behind the ones not held (named roles, where one
    // held role passes the requirement): failed rows come first, and the count says the worst cut.
    const required = (name: string, passed: boolean) => ({
      kind: 'role' as const,
      required: name,
      passed
    })
    const mixed = {
      results: [
        required('held', true),
        ...Array.from({ length: 22 }, (_, i) => required(`not-held-${i}`, false)),
        { kind: 'permission' as const, required: 'scan', passed: false }
      ],
      matchedRoles: ['held'],
      passed: false,
      reasons: ['lacks scan']
    }
    const withFailure = summaryOf({ gate: mixed })
    expect(withFailure).toContain('<tr><td>permission: scan</td><td>fail</td></tr>')
    expect(withFailure).toContain('<tr><td>4 more</td><td>not held</td></tr>')
    const manyFailed = summaryOf({
      gate: { ...gate, results: results.map((r) => ({ ...r, passed: false })) }
    })
    expect(manyFailed).toContain('<tr><td>980 more</td><td>fail</td></tr>')
    // Twenty rows or fewer are all shown.
    const few = summaryOf({ gate: { ...gate, results: results.slice(0, 20) } })
    expect(few.match(/<tr><td>allowed role: /g)).toHaveLength(20)
    expect(few).not.toContain(' more</td>')
  })
  it('the failure block has no blank line, no control character, and is bounded', () => {
    const summary = summaryOf({
      failure: `first\n\n\nafter\u202e\u0007 blank\n${'x'.repeat(20_000)}`
    })
    // The block is there, with the text's first and last lines: slicing between two missing
    // markers would test an empty string.
    expect(summary.indexOf('<pre><code>')).toBeGreaterThan(-1)
    const block = summary.slice(summary.indexOf('<pre><code>'), summary.indexOf('</code></pre>'))
    expect(block).toContain('first')
    expect(block).toContain('after')
    expect(block).not.toMatch(/\n\s*\n/)
    expect(block).not.toContain('\u202e')
    expect(block).not.toContain('\u0007')
    expect(block.length).toBeLessThan(8_200)
  })
})

describe('reportRows: a note named like a row fills that row', () => {
  const rowsWith = (notes: Note[]) =>
    reportRows({
      result: { identity: emptyIdentity(), authHeader: '', env: {}, notes } as LoginResult
    })

  it('with its value cleaned and bounded, as every row is', () => {
    const rows = rowsWith([note('Roles', `not read\n::error::x ${'y'.repeat(10_000)}`)])
    const roles = rows.filter((row) => row.label === 'Roles')
    expect(roles).toHaveLength(1)
    expect(roles[0]!.value).toMatch(/^not read ::error::x y+…$/)
    expect(roles[0]!.value).not.toContain('\n')
    expect(roles[0]!.value.length).toBeLessThanOrEqual(ROW_VALUE_LENGTH)
  })

  it('but not a row only the doctor shows: the summary would lose the note', () => {
    const rows = rowsWith([note('User id', 'u-7')])
    expect(rows.filter((row) => row.label === 'User id')).toEqual([
      { label: 'User id', value: '(not reported)', detail: true },
      { label: 'User id', value: 'u-7' }
    ])
  })
})
