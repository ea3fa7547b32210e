// The leak check every bundle scenario ends with: a secret may appear in an ::add-mask:: line and
// nowhere else in stdout, stderr or the job summary; and it must have been masked.
import { expect } from '@jest/globals'

interface StepOutput {
  stdout: string
  stderr?: string
  summary: string
  masks: string[]
}

export function expectNoLeak(step: StepOutput, secrets: readonly string[]): void {
  const visible = [
    ...step.stdout.split(/\r?\n/).filter((line) => !line.startsWith('::add-mask::')),
    step.stderr ?? '',
    step.summary
  ].join('\n')
  for (const secret of secrets.filter(Boolean)) {
    expect({ secret: secret.slice(0, 6) + '…', leaked: visible.includes(secret) }).toEqual({
      secret: secret.slice(0, 6) + '…',
      leaked: false
    })
  }
}

/** Every given secret was registered with the runner through an ::add-mask:: line. */
export function expectMasked(step: StepOutput, secrets: readonly string[]): void {
  for (const secret of secrets.filter(Boolean)) expect(step.masks).toContain(secret)
}
