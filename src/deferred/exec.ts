/**
 * @actions/core's platform helpers import @actions/exec when core loads, but only call it from
 * platform.getDetails(), which this action never does. tsconfig.json's "paths" points the
 * bundle's `@actions/exec` here so the real module loads on first use (see ./http-client.ts).
 */
import type * as RealModule from '../../node_modules/@actions/exec/lib/exec.js'

export async function getExecOutput(
  ...args: Parameters<typeof RealModule.getExecOutput>
): ReturnType<typeof RealModule.getExecOutput> {
  const real = await import('../../node_modules/@actions/exec/lib/exec.js')
  return real.getExecOutput(...args)
}
