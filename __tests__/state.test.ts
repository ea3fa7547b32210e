// src/runner/state.ts readLogoutState: what the post step reads back from STATE_logout. State can
// come from more than our main step (contract Behaviour 12), so the session values are masked as
// they are read, and a state whose shape is not what the main step writes is refused.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readLogoutState } from '../src/runner/state.js'

afterEach(() => {
  delete process.env.STATE_logout
})

/** Reads `state` as the post step would, with a mask that records what it was handed. */
function read(state: unknown): { masked: (string | number)[]; saved: () => unknown } {
  process.env.STATE_logout = JSON.stringify(state)
  const masked: (string | number)[] = []
  return { masked, saved: () => readLogoutState((value) => masked.push(value)) }
}

const session = { token: '7654321', cookie: '0123456789abcdef0123456789abcdef' }

describe('readLogoutState', () => {
  it('masks every session value as it reads it, and not the ids', () => {
    const state = read({
      vendor: 'sonarqube',
      url: 'https://sonar.example.com',
      session,
      ids: { name: 'scanner-login-run-42' }
    })
    expect(state.saved()).toEqual({
      vendor: 'sonarqube',
      url: 'https://sonar.example.com',
      session,
      ids: { name: 'scanner-login-run-42' }
    })
    expect(state.masked).toEqual(['7654321', '0123456789abcdef0123456789abcdef'])
  })

  it('marks a minted credential only when the state says minted: true', () => {
    const minted = { vendor: 'jfrog', url: 'https://acme.jfrog.io', session, minted: true }
    expect(read(minted).saved()).toMatchObject({ minted: true })
    for (const other of ['true', 1, false, null]) {
      expect(read({ ...minted, minted: other }).saved()).not.toHaveProperty('minted')
    }
  })

  it('masks the session values even of a state it then refuses', () => {
    const state = read({ vendor: 'tenable-sc', url: 7, session })
    expect(state.saved).toThrow('the saved state does not have the shape this action writes')
    expect(state.masked).toEqual(['7654321', '0123456789abcdef0123456789abcdef'])
  })

  it('takes an id of up to 256 characters and refuses a longer one', () => {
    const base = { vendor: 'infracast', url: 'https://api.infracast.io', session: {} }
    expect(read({ ...base, ids: { id: 'k'.repeat(256) } }).saved()).toMatchObject({
      ids: { id: 'k'.repeat(256) }
    })
    expect(read({ ...base, ids: { id: 'k'.repeat(257) } }).saved).toThrow(
      'the saved state does not have the shape this action writes'
    )
  })

  it.each(['2026-01-02T03:04:05Z', '2026-01-02T03:04:05.678Z'])(
    'takes an expiresAt written by toISOString (%s)',
    (expiresAt) => {
      const state = read({ vendor: 'jfrog', url: 'https://acme.jfrog.io', session, expiresAt })
      expect(state.saved()).toMatchObject({ expiresAt })
    }
  )

  it.each([
    'tomorrow',
    '2026-01-02',
    '2026-01-02T03:04:05+02:00',
    '2026-01-02T03:04:05Z\n::error::forged',
    'Fri, 02 Jan 2026 03:04:05 GMT'
  ])('refuses an expiresAt that is not an ISO-8601 UTC time (%j)', (expiresAt) => {
    const state = read({ vendor: 'jfrog', url: 'https://acme.jfrog.io', session, expiresAt })
    expect(state.saved).toThrow('the saved state does not have the shape this action writes')
  })

  it.each([
    ['a vendor that is not a string', { vendor: 7, url: 'https://acme.jfrog.io', session }],
    ['neither session nor ids', { vendor: 'jfrog', url: 'https://acme.jfrog.io', session: {} }],
    ['ids that are not an object', { vendor: 'jfrog', url: 'https://a.jfrog.io', session, ids: 5 }]
  ])('refuses a state with %s', (_what, state) => {
    expect(read(state).saved).toThrow('the saved state does not have the shape this action writes')
  })

  it('masks a session value saved as a number before it refuses the state', () => {
    const state = read({ vendor: 'jfrog', url: 'https://acme.jfrog.io', session: { pin: 7654321 } })
    expect(state.saved).toThrow('the saved state does not have the shape this action writes')
    expect(state.masked).toEqual([7654321])
  })

  it('marks an expiry as only asked for when the state says expiryAsked: true beside an expiresAt', () => {
    const base = { vendor: 'jfrog', url: 'https://acme.jfrog.io', session }
    const expiresAt = '2026-01-02T03:04:05Z'
    expect(read({ ...base, expiresAt, expiryAsked: true }).saved()).toMatchObject({
      expiryAsked: true
    })
    expect(read({ ...base, expiresAt, expiryAsked: 'true' }).saved()).not.toHaveProperty(
      'expiryAsked'
    )
    expect(read({ ...base, expiryAsked: true }).saved()).not.toHaveProperty('expiryAsked')
  })
})
