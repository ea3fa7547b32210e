import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { secretlessRunHint } from '../src/runner/secretless-run.js'

function event(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'scanner-login-event-')), 'event.json')
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return path
}

const pullRequest = (head: string, base: string) => ({
  pull_request: { head: { repo: { full_name: head } }, base: { repo: { full_name: base } } }
})

describe('why secrets may be missing', () => {
  it('names the fork of a pull request from another repository', () => {
    const hint = secretlessRunHint({
      GITHUB_EVENT_PATH: event(pullRequest('mallory/scanner-demo', 'acme/scanner-demo')),
      GITHUB_ACTOR: 'mallory'
    })
    expect(hint).toContain('triggered from the fork mallory/scanner-demo')
    expect(hint).toContain('does not pass repository secrets')
    expect(hint).toContain("if: env.SCANNER_KEY != ''")
    // It runs the fork's code with the repository's secrets: never suggested.
    expect(hint).not.toContain('pull_request_target')
  })

  it('names Dependabot', () => {
    expect(secretlessRunHint({ GITHUB_ACTOR: 'dependabot[bot]' })).toContain('by Dependabot')
  })

  it.each([
    [
      'a pull request within the repository',
      { GITHUB_EVENT_PATH: event(pullRequest('acme/x', 'acme/x')) }
    ],
    ['a push', { GITHUB_EVENT_PATH: event({ ref: 'refs/heads/main' }) }],
    ['an unreadable event file', { GITHUB_EVENT_PATH: event('{not json') }],
    ['a missing event file', { GITHUB_EVENT_PATH: '/nonexistent/event.json' }],
    ['no event at all', {}]
  ])('says nothing for %s', (_, env) => {
    expect(secretlessRunHint({ GITHUB_ACTOR: 'octocat', ...env })).toBeUndefined()
  })
})
