// The setup every vendor's bundle suite shares: the sandbox for the suite (reset before each test),
// the step run as the runner runs it, and the two checks every scenario ends with.
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals'
import { startSandbox } from '../../sandbox/index.js'
import { runAction } from '../../scripts/runner.js'
import { expectNoLeak } from './leaks.js'

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>
export type Run = Awaited<ReturnType<typeof runAction>>

export interface BundleSuite {
  /** The vendor's step with these inputs (vendor and the suite's url first), main then post. */
  run(inputs: Record<string, string>, env?: Record<string, string>): Promise<Run>
  /** Nothing on stderr and no secret outside ::add-mask::, in either step. */
  expectClean(result: Run): void
  /** One failure message carrying these fragments; no stack, nothing published; then clean. */
  expectFailure(result: Run, ...fragments: string[]): string
  /** The same, after exactly `requests` requests. */
  expectFailureAfter(result: Run, requests: number, ...fragments: string[]): string
}

/**
 * Registers the suite's hooks. `started` receives the running sandbox (to pick its accounts) and
 * returns the base url of the steps; `secrets` lists every value that must never leak.
 */
export function bundleSuite(options: {
  vendor: string
  started: (sandbox: Sandbox) => string
  secrets: () => readonly string[]
}): BundleSuite {
  let sandbox: Sandbox
  let url: string
  beforeAll(async () => {
    sandbox = await startSandbox()
    url = options.started(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(() => sandbox.reset())

  const expectClean = (result: Run): void => {
    for (const step of [result.main, result.post]) {
      expect(step.stderr).toBe('')
      expectNoLeak(step, options.secrets())
    }
  }
  const expectFailure = (result: Run, ...fragments: string[]): string => {
    expect(result.main.exitCode).toBe(1)
    expect(result.main.errors).toHaveLength(1)
    const [message = ''] = result.main.errors
    for (const fragment of fragments) expect(message).toContain(fragment)
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/)
    expect(result.post.exitCode).toBe(0)
    expect(result.main.outputs['auth-header']).toBeUndefined()
    expect(result.main.outputs.token).toBeUndefined()
    expect(result.main.env).toEqual({})
    expectClean(result)
    return message
  }
  return {
    run: (inputs, env = {}) =>
      runAction({ inputs: { vendor: options.vendor, url, ...inputs }, env }),
    expectClean,
    expectFailure,
    expectFailureAfter: (result, requests, ...fragments) => {
      expect(sandbox.requests).toHaveLength(requests)
      return expectFailure(result, ...fragments)
    }
  }
}
