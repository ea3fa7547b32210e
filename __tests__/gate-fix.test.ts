// The last line of an unmet gate's failure: it names what failed and only the inputs that failed,
// and tells a token's scopes (a vendor without roles) from a user's permissions.
import { describe, expect, it } from '@jest/globals'
import { gateFix } from '../src/core/gate-failure.js'
import type { RequirementResult } from '../src/core/identity.js'
import { checkmarxOne } from '../src/vendors/checkmarx-one/index.js'
import { defectdojo } from '../src/vendors/defectdojo/index.js'
import { infracast } from '../src/vendors/infracast/index.js'
import { jfrog } from '../src/vendors/jfrog/index.js'
import { sonarqube } from '../src/vendors/sonarqube/index.js'

/** An identity whose roles the vendor reported (none of them at issue), and one it reported none of. */
const rolesReported = { roles: ['Scanner'] }
const noRolesReported = { roles: undefined }

const row = (kind: RequirementResult['kind'], required: string, passed: boolean) => ({
  kind,
  required,
  passed
})

describe('gateFix', () => {
  it("asks for a user's permissions where the vendor grants them to users", () => {
    const fix = gateFix(
      { vendor: sonarqube, requiredRoles: [], allowedRoles: [] },
      { results: [row('permission', 'scan', false)], matchedRoles: [] },
      rolesReported
    )
    expect(fix).toBe(
      "Fix: use credentials of a user that holds every permission that required-permissions lists, ask a SonarQube administrator to change the user's permissions, or change required-permissions."
    )
  })

  it('names roles and permissions together when both failed, with the right article', () => {
    const fix = gateFix(
      { vendor: infracast, requiredRoles: ['editor'], allowedRoles: [] },
      {
        results: [row('role', 'editor', false), row('permission', 'jobs:write', false)],
        matchedRoles: []
      },
      rolesReported
    )
    expect(fix).toBe(
      "Fix: use credentials of a user that holds a role that required-roles lists and every permission that required-permissions lists, ask an Infracast administrator to change the user's roles and permissions, or change required-roles / required-permissions."
    )
  })

  it('leaves a passed required-roles out when only a permission failed', () => {
    const fix = gateFix(
      { vendor: infracast, requiredRoles: ['editor', 'admin'], allowedRoles: [] },
      {
        results: [
          row('role', 'editor', false),
          row('role', 'admin', true),
          row('permission', 'jobs:write', false)
        ],
        matchedRoles: ['admin']
      },
      rolesReported
    )
    expect(fix).not.toContain('required-roles')
    expect(fix).toContain('or change required-permissions.')
  })

  it('asks for a new token where permissions are the scopes of a token (no roles)', () => {
    const fix = gateFix(
      { vendor: jfrog, requiredRoles: [], allowedRoles: [] },
      { results: [row('permission', 'applied-permissions/user', false)], matchedRoles: [] },
      noRolesReported
    )
    expect(fix).toBe(
      'Fix: use a token created with every scope that required-permissions lists, or change required-permissions.'
    )
  })

  it('counts allowed-roles as failed when the vendor reported no roles to judge', () => {
    const fix = gateFix(
      { vendor: sonarqube, requiredRoles: [], allowedRoles: ['sonar-users'] },
      { results: [], matchedRoles: [] },
      noRolesReported
    )
    // No change of the user's roles makes roles reported: only other credentials or no list help.
    expect(fix).toBe(
      "Fix: use credentials for which SonarQube reports the user's roles, or remove allowed-roles."
    )
  })

  it('adds the unverifiable allowed-roles fix after a failed permission', () => {
    const fix = gateFix(
      { vendor: sonarqube, requiredRoles: [], allowedRoles: ['sonar-users'] },
      { results: [row('permission', 'scan', false)], matchedRoles: [] },
      noRolesReported
    )
    expect(fix).toBe(
      "Fix: use credentials of a user that holds every permission that required-permissions lists, ask a SonarQube administrator to change the user's permissions, or change required-permissions; use credentials for which SonarQube reports the user's roles, or remove allowed-roles."
    )
  })

  it('counts allowed-roles as failed when the vendor does not show every role, every row passed', () => {
    // A DefectDojo member of user groups: the roles shown are allowed, those of the groups unknown.
    const fix = gateFix(
      { vendor: defectdojo, requiredRoles: [], allowedRoles: ['Reader'] },
      { results: [row('allowed role', 'Reader', true)], matchedRoles: [] },
      { roles: ['Reader'], rolesNotShown: { through: 'its 1 user group', fix: 'give it directly' } }
    )
    expect(fix).toBe(
      "Fix: use credentials of a user that holds no role outside allowed-roles, ask a DefectDojo administrator to change the user's roles, or change allowed-roles."
    )
  })

  it('leaves allowed-roles out for a user who holds no role at all, so none outside the list', () => {
    // No allowed-role row, as when no roles were reported; but here allowed-roles passed, and only
    // the permission failed.
    const fix = gateFix(
      { vendor: checkmarxOne, requiredRoles: [], allowedRoles: ['ast-scanner'] },
      { results: [row('permission', 'create-scan', false)], matchedRoles: [] },
      { roles: [] }
    )
    expect(fix).toBe(
      "Fix: use credentials of a user that holds every permission that required-permissions lists, ask a Checkmarx One administrator to change the user's permissions, or change required-permissions."
    )
  })
  it('leaves allowed-roles out when every allowed-role row passed and only a permission failed', () => {
    const fix = gateFix(
      { vendor: checkmarxOne, requiredRoles: [], allowedRoles: ['ast-scanner'] },
      {
        results: [
          row('allowed role', 'ast-scanner', true),
          row('permission', 'create-scan', false)
        ],
        matchedRoles: []
      },
      { roles: ['ast-scanner'] }
    )
    expect(fix).toBe(
      "Fix: use credentials of a user that holds every permission that required-permissions lists, ask a Checkmarx One administrator to change the user's permissions, or change required-permissions."
    )
  })

  it('falls back to the general fix when no requirement row failed, whatever the vendor', () => {
    // Only a floor: a failed gate always has a failing row. A vendor without roles (JFrog) must not
    // be told to mint a token with scopes for a permission that did not fail.
    const floor =
      "Fix: use credentials that meet the step's requirements, or change required-roles / required-permissions / allowed-roles."
    for (const vendor of [jfrog, sonarqube]) {
      expect(
        gateFix(
          { vendor, requiredRoles: [], allowedRoles: [] },
          { results: [row('permission', 'scan', true)], matchedRoles: [] },
          rolesReported
        )
      ).toBe(floor)
    }
  })
})
