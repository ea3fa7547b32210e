import { describe, expect, it } from '@jest/globals'
import {
  checkRequirements,
  describeIdentity,
  emptyIdentity,
  requirementStatus,
  type Identity
} from '../src/core/identity.js'

const analyst: Identity = {
  ...emptyIdentity(),
  userId: '7',
  username: 'sam',
  displayName: 'Sam Analyst',
  email: 'sam@example.com',
  roles: ['Security Analyst'],
  roleAliases: [{ alias: '3', of: 'Security Analyst' }],
  permissions: ['scans:read', 'targets:read']
}

describe('checkRequirements', () => {
  it.each([
    { roles: [], passed: true },
    { roles: ['Security Analyst'], passed: true },
    { roles: ['security analyst'], passed: true },
    { roles: ['Security Manager', 'Security Analyst'], passed: true },
    { roles: ['3'], passed: true },
    { roles: ['Security Manager'], passed: false },
    { roles: ['Administrator', 'Security Manager'], passed: false }
  ])('roles $roles → passed $passed (any one suffices, case-insensitive)', ({ roles, passed }) => {
    const gate = checkRequirements(analyst, roles, [])
    expect(gate.passed).toBe(passed)
    expect(gate.results.map((r) => r.required)).toEqual(roles)
  })

  it('names the identity, its role and what was required when the role gate fails', () => {
    const gate = checkRequirements(analyst, ['Security Manager'], [])
    expect(gate.reasons).toEqual([
      'sam (Sam Analyst, sam@example.com) holds "Security Analyst", and this step requires "Security Manager" (required-roles)'
    ])
    expect(gate.results).toEqual([{ kind: 'role', required: 'Security Manager', passed: false }])
  })

  it('needs every permission and lists the missing ones', () => {
    const gate = checkRequirements(analyst, [], ['scans:read', 'SCANS:WRITE', 'targets:read'])
    expect(gate.passed).toBe(false)
    expect(gate.results.map((r) => r.passed)).toEqual([true, false, true])
    expect(gate.reasons[0]).toContain('lacks "SCANS:WRITE"')
  })

  it('names a held permission that a missing one misspells, and none that is only different', () => {
    const gate = checkRequirements(analyst, [], ['scans:raed', 'targets:write'])
    expect(gate.reasons).toEqual([
      'sam (Sam Analyst, sam@example.com) lacks "scans:raed", "targets:write" (required-permissions); did you mean "scans:read"?'
    ])
    expect(checkRequirements(analyst, [], ['findings:delete']).reasons[0]).not.toContain(
      'did you mean'
    )
  })

  it('fails, never passes silently, when the vendor reported no roles or permissions', () => {
    const unknown = { ...analyst, roles: undefined, permissions: undefined }
    const gate = checkRequirements(unknown, ['Security Analyst'], ['scans:read'])
    expect(gate.passed).toBe(false)
    expect(gate.reasons).toHaveLength(2)
    expect(gate.reasons[0]).toContain('did not report any role')
    expect(gate.reasons[1]).toContain('did not report any permission')
  })

  it('passes with no requirements even when nothing was reported', () => {
    expect(checkRequirements(emptyIdentity(), [], []).passed).toBe(true)
  })
})

describe('a required role the identity nearly holds', () => {
  const manager: Identity = {
    ...analyst,
    roles: ['Security Manager'],
    roleAliases: [{ alias: '2', of: 'Security Manager' }]
  }

  it.each(['Security Manger', 'SecurityManager', 'security  manager', 'Securty Manger'])(
    'fails %j, suggesting the role the identity holds',
    (required) => {
      const gate = checkRequirements(manager, [required], [])
      expect(gate.passed).toBe(false)
      expect(gate.reasons).toEqual([
        `sam (Sam Analyst, sam@example.com) holds "Security Manager", and this step requires "${required}" (required-roles); did you mean "Security Manager"?`
      ])
    }
  )

  it('names each near miss when several listed roles are misspelled', () => {
    const gate = checkRequirements(
      { ...manager, roles: ['Security Manager', 'Auditor'] },
      ['Security Manger', 'Audtor'],
      []
    )
    expect(gate.reasons[0]).toMatch(
      /\(required-roles\); did you mean "Security Manager" for "Security Manger", "Auditor" for "Audtor"\?$/
    )
  })

  it('suggests nothing for a role that is simply another one, a short name or a role id', () => {
    for (const required of ['Security Analyst', 'Administrator', '3']) {
      expect(checkRequirements(manager, [required], []).reasons[0]).not.toContain('did you mean')
    }
    const qa: Identity = { ...analyst, roles: ['QA'], roleAliases: [] }
    expect(checkRequirements(qa, ['PM'], []).reasons[0]).not.toContain('did you mean')
  })
})

describe('the real result of each requirement (roles are any-of)', () => {
  it('says which listed role matched, and that the others are not held, when one suffices', () => {
    const gate = checkRequirements(analyst, ['Security Manager', 'security analyst'], [])
    expect(gate.passed).toBe(true)
    expect(gate.matchedRoles).toEqual(['security analyst'])
    expect(gate.results.map((r) => [r.required, requirementStatus(r, gate)])).toEqual([
      ['Security Manager', 'not held'],
      ['security analyst', 'pass']
    ])
  })

  it('reports a listed role as failed when no listed role is held', () => {
    const gate = checkRequirements(analyst, ['Administrator', 'Security Manager'], [])
    expect(gate.matchedRoles).toEqual([])
    expect(gate.results.map((r) => requirementStatus(r, gate))).toEqual(['fail', 'fail'])
  })

  it('never calls a missing permission "not held": every permission is required', () => {
    const gate = checkRequirements(analyst, ['Security Analyst'], ['scans:write'])
    expect(gate.results.map((r) => requirementStatus(r, gate))).toEqual(['pass', 'fail'])
  })
})

describe('names that are also object keys', () => {
  const keys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']

  it.each(keys)('the role or permission %j passes only when it is held', (name) => {
    const gate = checkRequirements(analyst, [name], [name])
    expect(gate.passed).toBe(false)
    expect(gate.results.every((r) => !r.passed)).toBe(true)
    const holder = { ...analyst, roles: [name], permissions: [name.toUpperCase()] }
    expect(checkRequirements(holder, [name], [name]).passed).toBe(true)
  })

  it('an empty identity holds none of them', () => {
    const none = { ...emptyIdentity(), roles: [], permissions: [] }
    expect(checkRequirements(none, keys, keys).passed).toBe(false)
  })
})

describe('describeIdentity', () => {
  it.each([
    [{ username: 'sam', displayName: 'Sam', email: 's@x' }, 'sam (Sam, s@x)'],
    [{ email: 's@x', displayName: 'Sam' }, 's@x (Sam)'],
    [{ userId: '42' }, '42'],
    [{}, 'the signed-in user'],
    [{ organization: 'acme-corp' }, 'a token of acme-corp'],
    [{ username: 'sam', organization: 'acme-corp' }, 'sam']
  ])('%j → %s', (fields, expected) => {
    expect(describeIdentity({ ...emptyIdentity(), ...fields })).toBe(expected)
  })
})

describe('mergeVerified', () => {
  it('replaces the gate row for a requirement the vendor proved, and fails on a failed proof', async () => {
    const { mergeVerified } = await import('../src/core/identity.js')
    const gate = checkRequirements({ ...analyst, permissions: ['nodes:read'] }, [], ['nodes:read'])
    const merged = mergeVerified(
      gate,
      [{ kind: 'permission', required: 'NODES:READ', passed: true }],
      'V'
    )
    expect(merged.results).toEqual([{ kind: 'permission', required: 'NODES:READ', passed: true }])
    expect(merged.passed).toBe(true)
    expect(merged.matchedRoles).toEqual([])
    const failed = mergeVerified(
      gate,
      [{ kind: 'permission', required: 'jobs:read', passed: false }],
      'V'
    )
    expect(failed.passed).toBe(false)
    expect(failed.reasons).toEqual(['permission "jobs:read" was not proven by V'])
  })
})

describe('cleanIdentity', () => {
  it('cleans every text field, role aliases and the organization included', async () => {
    const { cleanIdentity } = await import('../src/core/identity.js')
    const hostile = 'x\n::error::pwned\u202e##[group]y'
    const cleaned = cleanIdentity({
      ...emptyIdentity(),
      username: 'sam',
      organization: hostile,
      roles: ['Security Analyst'],
      roleAliases: [{ alias: hostile, of: hostile }]
    })
    for (const value of [
      cleaned.organization,
      cleaned.roleAliases![0]!.alias,
      cleaned.roleAliases![0]!.of
    ]) {
      expect(value).not.toMatch(/[\n\r\u202e]/)
      expect(value).not.toContain('##[')
      expect(value).toBe('x ::error::pwned# #[group]y')
    }
  })
})

describe('checkRequirements with ordered levels (Tenable VM, Nessus)', () => {
  const ordered = {
    levels: [
      { name: 'Basic', level: 16 },
      { name: 'Standard', level: 32 },
      { name: 'Administrator', level: 64 }
    ]
  }
  const standard: Identity = { ...analyst, roles: ['Standard'], roleAliases: [], roleLevel: 32 }

  it.each([
    ['Standard', true],
    ['Basic', true],
    ['32', true],
    ['16', true],
    ['Administrator', false],
    ['64', false]
  ])('level 32 against required %s → passed %s (that level or a higher one)', (role, passed) => {
    expect(checkRequirements(standard, [role], [], ordered).passed).toBe(passed)
  })

  it('fails a required name that is no level at all, rather than reading it as the lowest', () => {
    const gate = checkRequirements(standard, ['Auditor'], [], ordered)
    expect(gate.passed).toBe(false)
    expect(gate.reasons[0]).toContain('requires "Auditor" or a higher level (required-roles)')
  })
})

describe('checkRequirements wording and matching', () => {
  it('matches names trimmed as well as case-insensitive', () => {
    const padded: Identity = { ...analyst, roles: [' Security Analyst '], roleAliases: [] }
    expect(checkRequirements(padded, ['security analyst'], []).passed).toBe(true)
    const withPermission: Identity = { ...analyst, permissions: ['scans:read '] }
    expect(checkRequirements(withPermission, [], [' SCANS:READ']).passed).toBe(true)
  })

  it('says "holds no role" when the vendor reported an empty role list', () => {
    const none: Identity = { ...analyst, roles: [], roleAliases: [] }
    expect(checkRequirements(none, ['Security Analyst'], []).reasons).toEqual([
      'sam (Sam Analyst, sam@example.com) holds no role, and this step requires "Security Analyst" (required-roles)'
    ])
  })

  it('offers no role id as a "did you mean" for a mistyped id', () => {
    const byId: Identity = {
      ...analyst,
      roles: ['Security Analyst'],
      roleAliases: [{ alias: '1031', of: 'Security Analyst' }]
    }
    expect(checkRequirements(byId, ['1032'], []).reasons[0]).not.toContain('did you mean')
  })
})

describe('mergeVerified keeps kinds apart', () => {
  it('a proven permission does not replace a role row of the same name', async () => {
    const { mergeVerified } = await import('../src/core/identity.js')
    const gate = checkRequirements({ ...analyst, roles: ['admin'] }, ['admin'], [])
    const merged = mergeVerified(
      gate,
      [{ kind: 'permission', required: 'admin', passed: true }],
      'V'
    )
    expect(merged.results).toEqual([
      { kind: 'role', required: 'admin', passed: true },
      { kind: 'permission', required: 'admin', passed: true }
    ])
    expect(merged.matchedRoles).toEqual(['admin'])
  })
})

describe('cleanIdentity keeps what the gate judges', () => {
  it('keeps rolesNotShown (cleaned), so allowed-roles cannot pass on the roles shown alone', async () => {
    const { cleanIdentity } = await import('../src/core/identity.js')
    const cleaned = cleanIdentity({
      ...analyst,
      rolesNotShown: { through: 'user\ngroups', fix: 'give the user the roles directly' }
    })
    expect(cleaned.rolesNotShown).toEqual({
      through: 'user groups',
      fix: 'give the user the roles directly'
    })
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY])(
    'drops a role level that is not a finite number (%p)',
    async (roleLevel) => {
      const { cleanIdentity } = await import('../src/core/identity.js')
      expect(cleanIdentity({ ...analyst, roleLevel }).roleLevel).toBeUndefined()
    }
  )
})
