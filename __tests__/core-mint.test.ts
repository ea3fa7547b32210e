// Least exposure's hand-over (contract Behaviour 15): a minting answered with the given credential
// is refused with nothing saved, what revokes a minted credential is saved before its expiry is
// judged, and later steps get only the minted credential.
import { describe, expect, it } from '@jest/globals'
import { emptyIdentity } from '../src/core/identity.js'
import {
  expiredBeyondClockSlack,
  MINT_CLOCK_SLACK_MS,
  mintForLaterSteps
} from '../src/core/mint.js'
import type {
  LoginResult,
  MintContext,
  MintedCredential,
  Plan,
  Vendor,
  VendorContext
} from '../src/kit/types.js'

describe('mintForLaterSteps', () => {
  const GIVEN = 'given-credential-0123456789abcdef'
  const setup = (minted: Partial<MintedCredential>) => {
    const saved: unknown[] = []
    const plan = { secrets: [GIVEN], logout: true } as unknown as Plan
    const vendor = {
      name: 'Fake',
      mint: async () => ({
        token: 'minted-credential-0123456789abcdef',
        authHeader: 'Authorization: Bearer minted-credential-0123456789abcdef',
        env: { FAKE_TOKEN: 'minted-credential-0123456789abcdef' },
        expiresAt: '2030-01-01T00:00:00Z',
        revoke: { secrets: { token: 'minted-credential-0123456789abcdef' }, ids: {} },
        description: 'token',
        ...minted
      })
    } as unknown as Vendor
    const login = {
      identity: emptyIdentity(),
      authHeader: `Authorization: Bearer ${GIVEN}`,
      token: 'login-session-token-0123456789',
      env: { FAKE_TOKEN: GIVEN, FAKE_GIVEN_KEY: GIVEN, FAKE_URL: 'https://x.example' }
    } as unknown as LoginResult
    const io = {
      info: () => {},
      saveSession: (_p: Plan, s: unknown) => void saved.push(s),
      forgetSession: () => {}
    }
    // Where the minting went, which its failures name: here, a url input's server.
    const http = { server: { url: 'https://fake.example', urlFromInput: true } }
    const run = () =>
      mintForLaterSteps(vendor, { plan, http } as unknown as VendorContext, login, io)
    return { saved, run }
  }
  it.each([
    ['the credential the step was given', GIVEN],
    ['the token the login returned', 'login-session-token-0123456789']
  ])('refuses a minting answered with %s: nothing saved, nothing handed on', async (_, token) => {
    const { saved, run } = setup({ token })
    await expect(run()).rejects.toThrow(
      'answered the minting with the credential the step was given'
    )
    expect(saved).toEqual([])
  })
  it('saves what revokes a minted credential even when its expiry is unreadable', async () => {
    const { saved, run } = setup({ expiresAt: 'next tuesday' })
    await expect(run()).rejects.toThrow('without a readable expiry')
    expect(saved).toEqual([expect.objectContaining({ minted: true })])
  })
  it('tolerates a runner clock ahead by less than MINT_CLOCK_SLACK_MS, and no more', async () => {
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const justBehind = setup({ expiresAt: iso(Date.now() - MINT_CLOCK_SLACK_MS / 5) })
    await expect(justBehind.run()).resolves.toMatchObject({
      token: 'minted-credential-0123456789abcdef'
    })
    const past = setup({ expiresAt: iso(Date.now() - 2 * MINT_CLOCK_SLACK_MS) })
    await expect(past.run()).rejects.toThrow(
      'has passed, so it was not handed on, and it is revoked'
    )
    expect(past.saved).toEqual([expect.objectContaining({ minted: true })])
  })
  it('saves a credential whose expiry had passed when minted without that expiry', async () => {
    // The post step takes a credential past its saved expiry as dead, and a failed revoke of it as
    // nothing to warn about: an expiry misread or not the server's must not make it so.
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const past = setup({ expiresAt: iso(Date.now() - 2 * MINT_CLOCK_SLACK_MS) })
    await expect(past.run()).rejects.toThrow('has passed')
    expect(past.saved).toHaveLength(1)
    expect(past.saved[0]).not.toHaveProperty('expiresAt')
    const justBehind = iso(Date.now() - MINT_CLOCK_SLACK_MS / 5)
    const kept = setup({ expiresAt: justBehind })
    await kept.run()
    expect(kept.saved).toEqual([expect.objectContaining({ expiresAt: justBehind })])
  })
  it('keeps for revoke without an expiry that has passed, and with one that has not', async () => {
    const saved: unknown[] = []
    const keep = (expiresAt: string) =>
      mintForLaterSteps(
        {
          name: 'Fake',
          mint: async (context: MintContext) => {
            await context.keepForRevoke({ secrets: {}, ids: { name: 'n' } }, expiresAt)
            throw new Error('the answer could not be read')
          }
        } as unknown as Vendor,
        { plan: { secrets: [GIVEN] }, http: {} } as unknown as VendorContext,
        {} as LoginResult,
        {
          info: () => {},
          saveSession: (_p: Plan, s: unknown) => void saved.push(s),
          forgetSession: () => {}
        }
      )
    await expect(
      keep(new Date(Date.now() - 2 * MINT_CLOCK_SLACK_MS).toISOString())
    ).rejects.toThrow('could not be read')
    expect(saved[0]).toEqual({ minted: true, secrets: {}, ids: { name: 'n' } })
    const later = new Date(Date.now() + 3_600_000).toISOString()
    await expect(keep(later)).rejects.toThrow('could not be read')
    expect(saved[1]).toEqual({ minted: true, secrets: {}, ids: { name: 'n' }, expiresAt: later })
  })
  it('hands on only the minted credential: no variable of the login is exported', async () => {
    const { run } = setup({})
    const result = await run()
    expect(result.env).toEqual({ FAKE_TOKEN: 'minted-credential-0123456789abcdef' })
    expect(JSON.stringify(result)).not.toContain(GIVEN)
  })
})

describe('expiredBeyondClockSlack', () => {
  it('takes an expiry that does not parse as not expired, so a failed revoke still warns', () => {
    // The post step reads a saved expiry with it: only a real past time may silence a warning.
    expect(expiredBeyondClockSlack('2026-13-45T00:00:00Z')).toBe(false)
    expect(expiredBeyondClockSlack('not a time')).toBe(false)
    expect(expiredBeyondClockSlack('2000-01-01T00:00:00Z')).toBe(true)
  })
})
