// The shared vendor table through the committed bundle: for every vendor, a successful check with
// the contract's request count, a rejected credential, a refused requirement, and answers that are
// not the API's; each ends with the leak check. A vendor joins by being listed in ./vendors/index.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../sandbox/index.js'
import { runAction } from '../scripts/runner.js'
import { expectMasked, expectNoLeak } from './helpers/leaks.js'
import type { FailureScenario, Sandbox, Scenario, VendorCase } from './vendors/case.js'
import { VENDOR_CASES } from './vendors/cases.generated.js'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(() => sandbox.close())
beforeEach(() => sandbox.reset())

const run = (scenario: Scenario) => runAction({ inputs: scenario.inputs, env: { ...scenario.env } })

/** The url input moved behind a sandbox fault prefix, keeping any /_vendor/ path after it. */
function withFault(entry: VendorCase, fault: string, scenario: Scenario): Scenario {
  const url = new URL(scenario.inputs.url ?? entry.url(sandbox))
  return {
    ...scenario,
    inputs: {
      ...scenario.inputs,
      url: `${url.origin}/_fault/${fault}${url.pathname.replace(/\/$/, '')}`
    }
  }
}

async function expectOneFailure(entry: VendorCase, scenario: FailureScenario): Promise<string> {
  const { main, post } = await run(scenario)
  expect(main.exitCode).toBe(1)
  expect(main.errors).toHaveLength(1)
  const [message = ''] = main.errors
  for (const fragment of scenario.message) expect(message).toContain(fragment)
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(main.stderr).toBe('')
  expect(post.exitCode).toBe(0)
  expectNoLeak(main, entry.secrets(sandbox))
  expectNoLeak(post, entry.secrets(sandbox))
  return message
}

describe.each(VENDOR_CASES.map((entry) => [entry.vendor, entry] as const))('%s', (_, entry) => {
  it('verifies with the contract request count, publishes identity and env, masks every secret', async () => {
    const scenario = entry.success(sandbox)
    const { main, post } = await run(scenario)
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(sandbox.requests.length).toBe(scenario.requests + (scenario.postRequests ?? 0))
    expect(main.outputs).toMatchObject({ vendor: entry.vendor, ...scenario.outputs })
    expect(Object.keys(main.env).sort()).toEqual([...scenario.exports].sort())
    expect(post.exitCode).toBe(0)
    const secrets = entry.secrets(sandbox)
    expectMasked(
      main,
      Object.values(scenario.inputs).filter((value) => secrets.includes(value))
    )
    expectNoLeak(main, secrets)
    expectNoLeak(post, secrets)
  })

  it('explains a rejected credential in one message', async () => {
    await expectOneFailure(entry, entry.rejected(sandbox))
  })

  if (entry.refused) {
    it('names the identity and what it lacks when a requirement is not met', async () => {
      await expectOneFailure(entry, entry.refused!(sandbox))
    })
  }

  it.each([
    ['malformed-json', 'not JSON'],
    ['empty-200', 'not JSON'],
    ['html', 'HTML page']
  ])('fails cleanly when the server answers %s', async (fault, fragment) => {
    const scenario = withFault(entry, fault, entry.success(sandbox))
    await expectOneFailure(entry, { ...scenario, message: [fragment] })
  })
})
