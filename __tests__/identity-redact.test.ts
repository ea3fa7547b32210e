// The identity outputs (username, display-name, email, roles, organization, identity) are written to
// GITHUB_OUTPUT as they are: unlike the log and the summary, nothing redacts them on the way out. A
// server that echoes the step's credential in an identity field must not put it in them.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { cleanIdentity, emptyIdentity, type Identity } from '../src/core/identity.js'
import { serverText } from '../src/core/sanitize.js'
import { mask, redact } from '../src/runner/log.js'
import { runMain } from './helpers/action.js'
import { stdoutOf } from './helpers/stdout.js'

/** A SonarQube user token, as the sandbox's are: the prefix, then 40 hex characters. */
const TOKEN = `squ_${'0123456789abcdef'.repeat(3).slice(0, 40)}`

describe('cleanIdentity with the step’s redaction', () => {
  const SECRETS = ['tok-AbC123xyz', 'p4ss wörd', 'a+b/c=d&e']
  stdoutOf(() => SECRETS.forEach((secret) => mask(secret)))

  /** The secret as a server may echo it: whole, encoded, or split by control characters. */
  const echo = fc.oneof(
    fc.constantFrom(...SECRETS),
    fc.constantFrom(...SECRETS).map(encodeURIComponent),
    fc.constantFrom(...SECRETS).map((secret) => JSON.stringify(secret).slice(1, -1)),
    fc
      .tuple(
        fc.constantFrom(...SECRETS),
        fc.nat(),
        fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0090', '\u202e')
      )
      .map(([secret, at, control]) => {
        const cut = 1 + (at % (secret.length - 1))
        return `${secret.slice(0, cut)}${control}${secret.slice(cut)}`
      })
  )
  const field = fc
    .tuple(fc.string({ maxLength: 20 }), echo, fc.string({ maxLength: 20 }))
    .map((parts) => parts.join(''))

  it('leaves no secret in any field, however the server echoed it', () => {
    fc.assert(
      fc.property(field, field, field, field, field, (a, b, c, d, e) => {
        const reported: Identity = {
          ...emptyIdentity(),
          userId: a,
          username: b,
          displayName: c,
          email: d,
          organization: e,
          roles: [a, b],
          permissions: [c],
          roleAliases: [{ alias: d, of: e }]
        }
        const cleaned = JSON.stringify(cleanIdentity(reported, redact))
        for (const secret of SECRETS) expect(cleaned).not.toContain(secret)
      }),
      { numRuns: 300 }
    )
  })

  it('keeps every other text as the cleaning alone gives it', () => {
    const reported = { ...emptyIdentity(), username: 'sam', roles: ['Security Analyst'] }
    expect(cleanIdentity(reported, redact)).toEqual(cleanIdentity(reported))
  })
})

describe('serverText where the step’s secrets are known', () => {
  // Registered by runner/log.ts as it loads: a text that is cut is redacted whole before the cut,
  // both as the server sent it and once cleaned, so no first characters of a secret survive it.
  const SECRET = 'tok-Zq81RmX4vB7n'
  /** A password with a TAB, which cleaning turns into a space that no redaction of it then finds. */
  const TABBED = 'pass\tW0rd-7731'
  stdoutOf(() => [SECRET, TABBED].forEach((secret) => mask(secret)))

  it('redacts a secret a control character split, found whole only once cleaned, before the cut', () => {
    const split = `${SECRET.slice(0, 4)}\u0000${SECRET.slice(4)}`
    expect(serverText(`${'x'.repeat(505)}${split}`)).toBe(`${'x'.repeat(505)}***`)
  })

  it('redacts a secret across the first cut of a huge text, before control characters are removed', () => {
    // Over four times the bound, the text is cut at 2,048 characters before it is cleaned, here
    // inside the secret; the NULs removed then leave a text short enough to be kept whole.
    const text = `${'\u0000'.repeat(1990)}${'x'.repeat(50)}${SECRET}`
    expect(serverText(text)).toBe(`${'x'.repeat(50)}***`)
  })

  it('redacts a secret that cleaning would change, before a cut across it', () => {
    expect(serverText(`${'x'.repeat(505)}${TABBED}`)).toBe(`${'x'.repeat(505)}***`)
  })

  it('redacts a secret that cleaning would change in an identity field kept whole', () => {
    const reported = { ...emptyIdentity(), username: `ci ${TABBED}`, roles: [TABBED] }
    expect(cleanIdentity(reported, redact)).toMatchObject({ username: 'ci ***', roles: ['***'] })
  })
})

describe('a server that answers the identity with the token itself', () => {
  /** SonarQube's two calls, its users/current answer built by `user` from the token. */
  async function sonarQube(user: (token: string) => Record<string, unknown>) {
    const server = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json')
      if (req.url!.startsWith('/api/authentication/validate')) res.end('{"valid":true}')
      else if (req.url!.startsWith('/api/users/current')) res.end(JSON.stringify(user(TOKEN)))
      else {
        res.statusCode = 404
        res.end('{"errors":[{"msg":"Unknown url"}]}')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise((resolve) => server.close(resolve))
    }
  }

  it.each([
    ['as it is', TOKEN],
    ['split by a control character', `${TOKEN.slice(0, 12)}\u0000${TOKEN.slice(12)}`]
  ])('%s: no identity output holds it', async (_how, echoed) => {
    const server = await sonarQube(() => ({
      isLoggedIn: true,
      login: echoed,
      name: echoed,
      email: echoed,
      permissions: { global: [echoed] }
    }))
    try {
      const step = await runMain({ vendor: 'sonarqube', url: server.url, 'api-token': TOKEN })
      expect(step.exitCode).toBe(0)
      // The one output meant to carry it.
      expect(step.outputs['auth-header']).toBe(`Authorization: Bearer ${TOKEN}`)
      for (const name of ['username', 'display-name', 'email', 'permissions', 'identity']) {
        expect(step.outputs[name]).not.toContain(TOKEN)
        expect(step.outputs[name]).toContain('***')
      }
    } finally {
      await server.close()
    }
  })

  it('echoed across the 512-character cut of server text: no output, log line or summary holds a part of it', async () => {
    // Every identity field is read cut to 512 characters; the outputs are redacted later, so a
    // token echoed across the cut would leave its first characters unless redacted before it.
    const echoed = `${'x'.repeat(480)}${TOKEN}`
    const server = await sonarQube(() => ({
      isLoggedIn: true,
      login: echoed,
      name: echoed,
      email: echoed,
      permissions: { global: [echoed, 'scan'] }
    }))
    try {
      const step = await runMain({ vendor: 'sonarqube', url: server.url, 'api-token': TOKEN })
      expect(step.exitCode).toBe(0)
      const identityOutputs = ['username', 'display-name', 'email', 'permissions', 'identity']
      expect(step.outputs.username).toBe(`${'x'.repeat(480)}***`)
      const shown = [
        ...identityOutputs.map((name) => step.outputs[name]),
        step.log.join('\n'),
        step.summary
      ].join('\n')
      for (let i = 0; i + 8 <= TOKEN.length; i++) expect(shown).not.toContain(TOKEN.slice(i, i + 8))
    } finally {
      await server.close()
    }
  })

  it('the gate judges what the server said: a permission that holds the secret still counts', async () => {
    // A credential as short as a permission's name ("scan"): redacting the identity before the gate
    // would read the permission as "***" and refuse a key the server grants it to.
    const server = await sonarQube(() => ({
      isLoggedIn: true,
      login: 'ci-bot',
      name: 'CI bot',
      permissions: { global: ['scan'] }
    }))
    try {
      const step = await runMain({
        vendor: 'sonarqube',
        url: server.url,
        'api-token': 'scan',
        'required-permissions': 'scan'
      })
      expect(step.errors).toEqual([])
      expect(step.exitCode).toBe(0)
      expect(step.outputs.permissions).toBe('["***"]')
    } finally {
      await server.close()
    }
  })
})

describe('a DefectDojo role id that echoes the key', () => {
  it('is cut only once redacted: the roles output keeps no part of the key', async () => {
    // An unknown global role id is shown cut to 40 characters, as many as a DefectDojo key has: a
    // slice kept 30 of them after 10 characters of padding.
    const key = '0123456789abcdef0123456789abcdef01234567'
    const server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json')
      const user = { id: 1, username: 'ci-bot', email: 'ci@example.com' }
      res.end(JSON.stringify({ user, global_role: { role: `xxxxxxxxxx${key}` } }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const step = await runMain({ vendor: 'defectdojo', url, 'api-token': key })
      expect(step.exitCode).toBe(0)
      expect(step.outputs.roles).toBe('["role xxxxxxxxxx***"]')
      const shown = [step.outputs.roles, step.outputs.identity, step.log.join('\n'), step.summary]
      for (let i = 0; i + 8 <= key.length; i++) {
        expect(shown.join('\n')).not.toContain(key.slice(i, i + 8))
      }
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
