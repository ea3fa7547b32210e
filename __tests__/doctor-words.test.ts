// The action's messages in the doctor's words: a workflow's `input: value` as a flag, without
// touching what a server wrote.
import { describe, expect, it } from '@jest/globals'
import { doctorWords } from '../src/doctor/words.js'
import { tenableSc } from '../src/vendors/tenable-sc/index.js'

describe('doctorWords: input settings', () => {
  it.each([
    [
      'Set tls-verify: false only as a last resort.',
      'Set --tls-verify false only as a last resort.'
    ],
    [
      'Fix: set release-session: true to end the oldest session, keep logout: true so each run ends its own.',
      'Fix: set --release-session true to end the oldest session, keep --logout true so each run ends its own.'
    ],
    [
      'there is no default (e.g. url: https://sc.example.com).',
      'there is no default (e.g. --url https://sc.example.com).'
    ],
    ['the tenant id to check, e.g. tenant: prod.', 'the tenant id to check, e.g. --tenant prod.'],
    [
      'update the secret before then (expiry-warning-days: 14).',
      'update the secret before then (--expiry-warning-days 14).'
    ],
    [
      'lists no tenants; add required-permissions: nodes:read to prove it)',
      'lists no tenants; add --required-permissions nodes:read to prove it)'
    ],
    [
      'Set url: https://api.gitguardian.com to name the API directly.',
      'Set --url https://api.gitguardian.com to name the API directly.'
    ],
    ['or set region: eu, or give the API ID', 'or set --region eu, or give the API ID'],
    ['Fix: write required-permissions: scan', 'Fix: write --required-permissions scan'],
    [
      'Fix: write required-permissions: scan, provisioning',
      'Fix: write --required-permissions "scan, provisioning"'
    ],
    [
      'Fix: for a Tenable Security Center, set vendor: tenable-sc and its url',
      'Fix: for a Tenable Security Center, set --vendor tenable-sc and its url'
    ]
  ])('%j', (action, doctor) => {
    expect(doctorWords(action, tenableSc)).toBe(doctor)
  })

  it('quotes a value a shell would split or expand', () => {
    expect(doctorWords('Set url: https://h.example/a&b to name it.', undefined)).toBe(
      `Set --url "https://h.example/a&b" to name it.`
    )
    expect(doctorWords('Set url: https://h.example/$x to name it.', undefined)).toBe(
      `Set --url 'https://h.example/$x' to name it.`
    )
  })

  it.each([
    // Prose: no word before the name that sets it.
    'mint-token needs required-permissions: the minted key gets exactly the permissions it lists.',
    // What a server wrote, on its own line or in double quotes.
    'Tenable.sc said: set timeout: 30 and the url input',
    '  Tenable.sc said: set timeout: 30',
    'It begins: Set tls-verify: false',
    'Tenable.sc said: error_code 0, error_msg "set url: https://x.example"',
    'holds "Set region: eu" and "the url input", and this step requires "Admin"',
    // A URL holds no space, so nothing in one reads as a setting.
    'answered with a redirect (HTTP 302) to https://collector.invalid/set/url:https://x?set=region:eu.'
  ])('leaves %j as it is', (text) => {
    expect(doctorWords(text, tenableSc)).toBe(text)
  })

  it('rewrites the action’s text around a quoted stretch, and each line on its own', () => {
    expect(
      doctorWords(
        'The url input "set url: x" is wrong.\nTenable.sc said: the url input\nFix: set url: https://sc.example.com.',
        tenableSc
      )
    ).toBe(
      'The --url flag "set url: x" is wrong.\nTenable.sc said: the url input\nFix: set --url https://sc.example.com.'
    )
  })
})
