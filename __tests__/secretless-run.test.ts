import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyCredentialHint, secretlessRunHint } from '../src/runner/secretless-run.js'
import { runMain } from './helpers/action.js'

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

  it('says so for a pull request whose fork has since been deleted (its head repo is null)', () => {
    const deleted = {
      pull_request: { head: { repo: null }, base: { repo: { full_name: 'acme/scanner-demo' } } }
    }
    const hint = secretlessRunHint({ GITHUB_EVENT_PATH: event(deleted), GITHUB_ACTOR: 'mallory' })
    expect(hint).toContain('triggered from a fork that has since been deleted')
    expect(hint).toContain('does not pass repository secrets')
    expect(hint).not.toContain('undefined')
  })

  it('says nothing of a fork for pull_request_target, which runs with the repository secrets', () => {
    // GitHub's "Events that trigger workflows": pull_request_target runs in the context of the
    // base repository, with its secrets, even for a pull request from a fork. An empty credential
    // there is a secret the run cannot read, not one withheld from forks.
    const env = {
      GITHUB_EVENT_PATH: event(pullRequest('mallory/scanner-demo', 'acme/scanner-demo')),
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_ACTOR: 'mallory'
    }
    expect(secretlessRunHint(env)).toBeUndefined()
    expect(emptyCredentialHint(env)).toContain(
      '${{ secrets.NAME }} that this run cannot read is an empty string'
    )
    // The same pull request under pull_request (or a review event) still gets the fork hint.
    expect(secretlessRunHint({ ...env, GITHUB_EVENT_NAME: 'pull_request' })).toContain(
      'triggered from the fork mallory/scanner-demo'
    )
  })

  it('still names Dependabot under pull_request_target, which withholds secrets from it', () => {
    const hint = secretlessRunHint({
      GITHUB_EVENT_PATH: event(pullRequest('acme/x', 'acme/x')),
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_ACTOR: 'dependabot[bot]'
    })
    expect(hint).toContain('by Dependabot')
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
    ['an event file that holds JSON null', { GITHUB_EVENT_PATH: event('null') }],
    ['a missing event file', { GITHUB_EVENT_PATH: '/nonexistent/event.json' }],
    ['no event at all', {}]
  ])('says nothing for %s', (_, env) => {
    expect(secretlessRunHint({ GITHUB_ACTOR: 'octocat', ...env })).toBeUndefined()
  })
})

describe('why a credential input is empty in a run that gets secrets', () => {
  it('says that a secret this run cannot read expands to an empty string, and where to look', () => {
    const hint = emptyCredentialHint({
      GITHUB_EVENT_PATH: event({ ref: 'refs/heads/main' }),
      GITHUB_ACTOR: 'octocat'
    })
    expect(hint).toContain('${{ secrets.NAME }} that this run cannot read is an empty string')
    expect(hint).toContain('(environment:)')
    expect(hint).toContain('organization secret is shared with this repository')
    expect(hint).toContain('secrets: inherit')
    expect(hint).not.toContain('fork')
  })

  it('keeps the fork and Dependabot explanations for those runs', () => {
    expect(emptyCredentialHint({ GITHUB_ACTOR: 'dependabot[bot]' })).toContain('by Dependabot')
  })

  it('reaches the failure of a step whose credential is empty', async () => {
    const step = await runMain(
      { vendor: 'defectdojo', url: 'https://dojo.example.com', 'api-token': '' },
      { GITHUB_ACTOR: 'octocat', GITHUB_EVENT_PATH: event({ ref: 'refs/heads/main' }) }
    )
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toContain('No credentials for DefectDojo')
    expect(step.errors[0]).toContain('that this run cannot read is an empty string')
  })
})
