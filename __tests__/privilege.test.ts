// Least privilege (contract Behaviour 14): the administrative-role warning for each role model, and
// allowed-roles for named roles and ordered levels.
import { describe, expect, it } from '@jest/globals'
import { emptyIdentity, type Identity } from '../src/core/identity.js'
import { judgedRoles, judgePrivilege } from '../src/core/privilege.js'
import type { Vendor } from '../src/kit/types.js'

type Model = Pick<Vendor, 'name' | 'roles' | 'permissions'>
const named: Model = {
  name: 'Named',
  roles: { kind: 'names', administrative: { names: ['Administrator'], narrower: 'Operator' } },
  permissions: { kind: 'none', reason: '' }
}
const leveled: Model = {
  name: 'Leveled',
  roles: {
    kind: 'levels',
    levels: [
      { name: 'Basic', level: 16 },
      { name: 'Standard', level: 32 },
      { name: 'Administrator', level: 64 },
      { name: 'System Administrator', level: 128 }
    ],
    administrative: { fromLevel: 64, narrower: 'Standard (32)' }
  },
  permissions: { kind: 'none', reason: '' }
}
const byPermission: Model = {
  name: 'Permitted',
  roles: { kind: 'names' },
  permissions: { kind: 'reported', administrative: { names: ['admin'] } }
}
const identity = (fields: Partial<Identity>): Identity => ({
  ...emptyIdentity(),
  username: 'eve',
  ...fields
})

describe('the administrative-role warning', () => {
  it.each([
    [
      'named roles',
      named,
      identity({ roles: ['Viewer', 'administrator'] }),
      'administrator',
      'Operator'
    ],
    [
      'ordered levels',
      leveled,
      identity({ roles: ['Administrator'], roleLevel: 64 }),
      'Administrator',
      'Standard (32)'
    ],
    [
      'a level above the first administrative one',
      leveled,
      identity({ roles: ['System Administrator'], roleLevel: 128 }),
      'System Administrator',
      'Standard (32)'
    ],
    [
      'an administrative level the table does not name, by its number',
      leveled,
      identity({ roles: [], roleLevel: 96 }),
      '96',
      'Standard (32)'
    ],
    [
      'a permission',
      byPermission,
      identity({ roles: [], permissions: ['scan', 'admin'] }),
      'admin',
      'the narrowest role'
    ]
  ])('warns for %s, naming the role and the narrower one', (_what, model, who, held, narrower) => {
    const judgement = judgePrivilege(model, who, [], 'eve')
    expect(judgement.warnings).toHaveLength(1)
    expect(judgement.warnings[0]).toContain(`eve holds ${held}, an administrative role`)
    expect(judgement.warnings[0]).toContain(narrower)
    // Named among what allowed-roles must list (every held role: see below).
    expect(judgement.warnings[0]).toMatch(new RegExp(`To accept it, list (".+", )?"${held}" in`))
    expect(judgement.reasons).toEqual([])
  })

  it.each([
    ['named roles', named, identity({ roles: ['Operator'] })],
    ['ordered levels', leveled, identity({ roles: ['Standard'], roleLevel: 32 })],
    ['a permission', byPermission, identity({ permissions: ['scan'] })],
    ['no roles reported', named, identity({})]
  ])('says nothing for %s below administrator', (_what, model, who) => {
    expect(judgePrivilege(model, who, [], 'eve')).toEqual({
      results: [],
      reasons: [],
      warnings: []
    })
  })

  it('is silenced when allowed-roles lists the role', () => {
    const judgement = judgePrivilege(
      named,
      identity({ roles: ['Administrator'] }),
      ['administrator'],
      'eve'
    )
    expect(judgement).toEqual({
      results: [{ kind: 'allowed role', required: 'Administrator', passed: true }],
      reasons: [],
      warnings: []
    })
  })
})

describe('allowed-roles', () => {
  it('fails named roles outside the list, naming each and the fix', () => {
    const judgement = judgePrivilege(
      named,
      identity({ roles: ['Operator', 'Administrator', 'Auditor'] }),
      ['Operator'],
      'eve'
    )
    expect(judgement.results).toEqual([
      { kind: 'allowed role', required: 'Operator', passed: true },
      { kind: 'allowed role', required: 'Administrator', passed: false },
      { kind: 'allowed role', required: 'Auditor', passed: false }
    ])
    expect(judgement.reasons).toEqual([
      'eve holds "Administrator", "Auditor", outside allowed-roles ("Operator"): use a key of a narrower user, one that holds only the allowed roles'
    ])
    expect(judgement.warnings).toEqual([])
  })

  it('asks "did you mean" for an entry that misspells a held role, before the narrower-user fix', () => {
    const judgement = judgePrivilege(
      named,
      identity({ roles: ['Global Code Scanner', 'Project Code Scanner'] }),
      ['Global Code Scaner', 'Project Code Scanner'],
      'eve'
    )
    expect(judgement.reasons).toEqual([
      'eve holds "Global Code Scanner", outside allowed-roles ("Global Code Scaner", "Project Code Scanner"); did you mean "Global Code Scanner"? Otherwise use a key of a narrower user, one that holds only the allowed roles'
    ])
  })

  it.each([
    [32, ['Standard'], true],
    [16, ['Standard'], true],
    [64, ['Standard'], false],
    [64, ['Basic', 'Administrator'], true],
    [128, ['Administrator'], false]
  ])('for ordered levels: level %i with allowed %j passes: %s', (level, allowed, passes) => {
    const name =
      leveled.roles.kind === 'levels'
        ? leveled.roles.levels.find((l) => l.level === level)!.name
        : ''
    const judgement = judgePrivilege(
      leveled,
      identity({ roles: [name], roleLevel: level }),
      allowed,
      'eve'
    )
    expect(judgement.reasons.length === 0).toBe(passes)
    expect(judgement.results).toEqual([{ kind: 'allowed role', required: name, passed: passes }])
  })

  it('asks no "did you mean" for ordered levels: a lower level listed is deliberate, not a typo', () => {
    // Level names are checked against the vendor's levels before the step runs, so an entry that
    // nearly spells the held level is another real level, and the fix is a narrower user.
    const nearNames: Model = {
      name: 'Leveled',
      roles: {
        kind: 'levels',
        levels: [
          { name: 'Analyst', level: 16 },
          { name: 'Analyst 2', level: 32 }
        ]
      },
      permissions: { kind: 'none', reason: '' }
    }
    const judgement = judgePrivilege(
      nearNames,
      identity({ roles: ['Analyst 2'], roleLevel: 32 }),
      ['Analyst'],
      'eve'
    )
    expect(judgement.reasons).toEqual([
      'eve holds "Analyst 2", outside allowed-roles ("Analyst"): use a key of a narrower user, one that holds only the allowed roles'
    ])
  })

  it('for ordered levels, judges a level the vendor does not name by its number', () => {
    // Tenable VM's reader gives a level its table does not name (48) no role name, only the level.
    const above = judgePrivilege(
      leveled,
      identity({ roles: [], roleLevel: 48 }),
      ['Standard'],
      'eve'
    )
    expect(above.results).toEqual([{ kind: 'allowed role', required: '48', passed: false }])
    expect(above.reasons).toEqual([
      'eve holds "48", outside allowed-roles ("Standard"): use a key of a narrower user, one that holds only the allowed roles'
    ])
    const below = judgePrivilege(
      leveled,
      identity({ roles: [], roleLevel: 48 }),
      ['Administrator'],
      'eve'
    )
    expect(below.results).toEqual([{ kind: 'allowed role', required: '48', passed: true }])
    expect(below.reasons).toEqual([])
  })

  it('for ordered levels, fails a role whose level the vendor did not report', () => {
    const judgement = judgePrivilege(
      leveled,
      identity({ roles: ['Standard'] }),
      ['Standard'],
      'eve'
    )
    expect(judgement.results).toEqual([
      { kind: 'allowed role', required: 'Standard', passed: false }
    ])
    expect(judgement.reasons).toHaveLength(1)
  })

  it('for ordered levels, an entry that names no level allows no level at all', () => {
    const judgement = judgePrivilege(
      leveled,
      identity({ roles: ['Basic'], roleLevel: 16 }),
      ['Operator'],
      'eve'
    )
    expect(judgement.results).toEqual([{ kind: 'allowed role', required: 'Basic', passed: false }])
  })

  it('fails when the vendor reported no roles for this identity', () => {
    const judgement = judgePrivilege(named, identity({}), ['Operator'], 'eve')
    expect(judgement.reasons).toEqual([
      'the vendor did not report any role for eve, so allowed-roles (Operator) cannot be verified'
    ])
  })
})

describe('the warning names everything allowed-roles must list to accept it', () => {
  it('lists every held role when the administrative one is not the only one', () => {
    const judgement = judgePrivilege(
      named,
      identity({ roles: ['Viewer', 'Administrator'] }),
      [],
      'eve'
    )
    expect(judgement.warnings[0]).toContain(
      'To accept it, list "Viewer", "Administrator" in allowed-roles: it judges every role held, this one included.'
    )
    expect(
      judgePrivilege(
        named,
        identity({ roles: ['Viewer', 'Administrator'] }),
        ['Viewer', 'Administrator'],
        'eve'
      ).reasons
    ).toEqual([])
  })

  it('with an administrative permission: the roles and the permission, once', () => {
    const groupsOnly = identity({ roles: ['users'], permissions: ['scan', 'admin'] })
    expect(judgePrivilege(byPermission, groupsOnly, [], 'eve').warnings[0]).toContain(
      'list "users", "admin" in allowed-roles'
    )
    expect(judgedRoles(byPermission, groupsOnly)).toEqual(['users', 'admin'])
    // A vendor that reports the permission among the roles already: not judged twice.
    const reported = identity({ roles: ['users', 'admin'], permissions: ['scan', 'admin'] })
    expect(judgedRoles(byPermission, reported)).toEqual(['users', 'admin'])
    expect(judgePrivilege(byPermission, reported, ['users', 'admin'], 'eve')).toEqual({
      results: [
        { kind: 'allowed role', required: 'users', passed: true },
        { kind: 'allowed role', required: 'admin', passed: true }
      ],
      reasons: [],
      warnings: []
    })
  })

  it('says allowed-roles cannot accept it when no roles were reported', () => {
    const judgement = judgePrivilege(byPermission, identity({ permissions: ['admin'] }), [], 'eve')
    expect(judgement.warnings[0]).toContain(
      'allowed-roles cannot accept it: no roles were reported'
    )
  })

  it('with ordered levels, the level alone', () => {
    const judgement = judgePrivilege(
      leveled,
      identity({ roles: ['Administrator'], roleLevel: 64 }),
      [],
      'eve'
    )
    expect(judgement.warnings[0]).toContain('To accept it, list "Administrator" in allowed-roles.')
  })
})

describe('allowed-roles where administrators are told by a permission', () => {
  const sonarLike = { ...byPermission, name: 'Permitted' }
  const admin = identity({ roles: ['users'], permissions: ['scan', 'admin'] })

  it('counts the administrative permission as a role the list must name', () => {
    expect(judgePrivilege(sonarLike, admin, ['users'], 'eve').reasons).toEqual([
      'eve holds "admin", outside allowed-roles ("users"): use a key of a narrower user, one that holds only the allowed roles'
    ])
    expect(judgePrivilege(sonarLike, admin, ['users', 'admin'], 'eve')).toEqual({
      results: [
        { kind: 'allowed role', required: 'users', passed: true },
        { kind: 'allowed role', required: 'admin', passed: true }
      ],
      reasons: [],
      warnings: []
    })
  })
})

describe('allowed-roles and other spellings of the held roles', () => {
  it('allows a role listed by another spelling of its own (a role type, an id)', () => {
    const typed = identity({
      roles: ['CI Scanner'],
      roleAliases: [{ alias: 'Build and Deploy Security', of: 'CI Scanner' }]
    })
    expect(judgePrivilege(named, typed, ['Build and Deploy Security'], 'eve').reasons).toEqual([])
  })

  it('judges each held role by its own spellings: one listed by name, another by its type', () => {
    const typed = identity({
      roles: ['CI Scanner', 'Auditors'],
      roleAliases: [
        { alias: 'Build and Deploy Security', of: 'CI Scanner' },
        { alias: 'Account Group Read Only', of: 'Auditors' }
      ]
    })
    expect(
      judgePrivilege(named, typed, ['Build and Deploy Security', 'Auditors'], 'eve').reasons
    ).toEqual([])
  })

  it('ties a spelling to its role exactly: two roles that differ by case are two roles', () => {
    const typed = identity({
      roles: ['Scanner', 'scanner'],
      roleAliases: [
        { alias: 'Build and Deploy Security', of: 'Scanner' },
        { alias: 'System Admin', of: 'scanner' }
      ]
    })
    expect(judgePrivilege(named, typed, ['Build and Deploy Security'], 'eve').reasons).toEqual([
      'eve holds "scanner", outside allowed-roles ("Build and Deploy Security"): use a key of a narrower user, one that holds only the allowed roles'
    ])
  })

  it('does not let the spelling of one role vouch for another', () => {
    const typed = identity({
      roles: ['CI Scanner', 'Root'],
      roleAliases: [
        { alias: 'Build and Deploy Security', of: 'CI Scanner' },
        { alias: 'System Admin', of: 'Root' },
        { alias: 'Build and Deploy Security', of: '' }
      ]
    })
    expect(judgePrivilege(named, typed, ['Build and Deploy Security'], 'eve').reasons).toEqual([
      'eve holds "Root", outside allowed-roles ("Build and Deploy Security"): use a key of a narrower user, one that holds only the allowed roles'
    ])
  })

  it('accepts a role whose other spelling is administrative only when that spelling is listed', () => {
    // A Prisma Cloud role an administrator named "CI Scanner", of the type System Admin: listing
    // the harmless-looking name the roles output shows must not accept an administrator.
    const prisma: Model = {
      ...named,
      roles: { kind: 'names', administrative: { names: ['System Admin'] } }
    }
    const typed = identity({
      roles: ['CI Scanner'],
      roleAliases: [{ alias: 'System Admin', of: 'CI Scanner' }]
    })
    expect(judgePrivilege(prisma, typed, ['CI Scanner'], 'eve').reasons).toEqual([
      'eve holds "CI Scanner", outside allowed-roles ("CI Scanner"): use a key of a narrower user, one that holds only the allowed roles; "CI Scanner" is also "System Admin", an administrative role, which allowed-roles must name itself to accept'
    ])
    expect(judgePrivilege(prisma, typed, ['System Admin'], 'eve').reasons).toEqual([])
    // Listed by no spelling at all: the role is outside the list, and that is all there is to say.
    expect(judgePrivilege(prisma, typed, ['Viewer'], 'eve').reasons).toEqual([
      'eve holds "CI Scanner", outside allowed-roles ("Viewer"): use a key of a narrower user, one that holds only the allowed roles'
    ])
    // An administrative role listed by another spelling of its own (an id) is named all the same.
    const byId = identity({
      roles: ['System Admin'],
      roleAliases: [{ alias: '1', of: 'System Admin' }]
    })
    expect(judgePrivilege(prisma, byId, ['1'], 'eve').reasons).toEqual([])
  })

  it('judges a spelling tied to no held role as a role the identity holds', () => {
    const prisma: Model = {
      ...named,
      roles: { kind: 'names', administrative: { names: ['System Admin'] } }
    }
    const untied = identity({
      roles: ['CI Scanner'],
      roleAliases: [{ alias: 'System Admin', of: '' }]
    })
    expect(judgePrivilege(prisma, untied, ['CI Scanner'], 'eve').reasons).toEqual([
      'eve holds "System Admin", outside allowed-roles ("CI Scanner"): use a key of a narrower user, one that holds only the allowed roles'
    ])
    expect(judgePrivilege(prisma, untied, ['CI Scanner', 'System Admin'], 'eve').reasons).toEqual(
      []
    )
  })

  it('tells what to list to accept an administrator, and listing it is accepted', () => {
    const prisma: Model = {
      ...named,
      roles: { kind: 'names', administrative: { names: ['System Admin'] } }
    }
    const typed = identity({
      roles: ['CI Scanner', 'Auditors'],
      roleAliases: [{ alias: 'System Admin', of: 'CI Scanner' }]
    })
    const [warning] = judgePrivilege(prisma, typed, [], 'eve').warnings
    expect(warning).toContain('To accept it, list "System Admin", "Auditors" in allowed-roles')
    expect(judgePrivilege(prisma, typed, ['System Admin', 'Auditors'], 'eve').reasons).toEqual([])
  })
})
