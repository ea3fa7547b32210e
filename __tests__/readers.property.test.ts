// Property-based tests of the vendors' answer readers, driven directly: a compromised or impostor
// server writes every answer, so whatever JSON it sends (hostile strings, numbers where strings
// belong, null, nesting, `__proto__` and `constructor` keys, thousands of entries) a reader must
// throw nothing but an ActionFailure, return a bounded identity whose role, permission and
// organization texts are single lines without control characters, and never let a spelling of a
// role the answer says is not held meet required-roles. ./hostile.property.test.ts drives the same
// answers through the bundle; these reach every reader far more often per second, and name it.
//
// READER_RUNS sizes each property (default 400).
import { describe, expect, it } from '@jest/globals'
import * as fc from 'fast-check'
import { hostileString, hostileValue } from './helpers/hostile-server.js'
import { ActionFailure } from '../src/core/failure.js'
import { checkRequirements, fold, type Identity } from '../src/core/identity.js'
import { MAX_SERVER_TEXT } from '../src/core/sanitize.js'
import { MAX_NAMES } from '../src/kit/parse.js'
import { parseCurrentUser, parseRoles } from '../src/vendors/black-duck/index.js'
import { identityFrom } from '../src/vendors/checkmarx-one/exchange.js'
import { identityFor } from '../src/vendors/infracast/tenants.js'
import { parseCurrentUser as parseTenableScUser } from '../src/vendors/tenable-sc/login.js'
import { parseProfile as parseDojoProfile } from '../src/vendors/defectdojo/index.js'
import { parseToken, tokenDescription } from '../src/vendors/gitguardian/index.js'
import { parseIdentity as parseInvictiEnterprise } from '../src/vendors/invicti-enterprise/index.js'
import { parseIdentity as parseInvictiPlatform } from '../src/vendors/invicti-platform/index.js'
import { parseSession as parseNessusSession } from '../src/vendors/nessus/index.js'
import { parseProfile as parsePrismaProfile } from '../src/vendors/prisma-cloud/index.js'
import { readDeployment, readDeploymentList } from '../src/vendors/semgrep/index.js'
import { accessTokenExpiry, parseSelf } from '../src/vendors/snyk/index.js'
import { parseOrganizations } from '../src/vendors/socket/index.js'
import { parseIdentity as parseSonarIdentity } from '../src/vendors/sonarqube/index.js'
import { parseSession as parseTenableVmSession } from '../src/vendors/tenable-vm/index.js'
import { parseUser } from '../src/vendors/veracode/index.js'
import { serviceAccount } from '../src/vendors/wiz/index.js'
import type { Json } from '../src/kit/parse.js'

const RUNS = Number(process.env.READER_RUNS ?? 400)

/** Line breaks of any reader, C0 and C1 controls, DEL, and the bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/** The field names the readers look for, so generated answers reach past the first lookup. */
const FIELDS = [
  ...['roles', 'role', 'roleName', 'role_name', 'role_description', 'roleType', 'activeRole'],
  ...['permissions', 'permission', 'scopes', 'user_permissions', 'global', 'global_role'],
  ...['organization', 'organizations', 'container_name', 'default_org_context', 'org_name'],
  ...['user', 'data', 'result', 'attributes', 'items', 'groups', 'deployment', 'deployments'],
  ...['id', 'name', 'type', 'slug', 'email', 'username', 'login', 'sub', 'client_id', 'totalCount'],
  ...['tenants', 'tenant', 'tenant_name', 'realm_access', 'roles_ast', 'preferred_username'],
  ...['is_superuser', 'granted', 'active', 'enabled', '_meta', 'href', 'expires_in', 'errors'],
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty']
]

/** Hostile JSON shaped like the answers the readers expect: their field names, any values. */
const shaped: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileValue,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), hostileString), tie('value'), {
      maxKeys: 6
    })
  )
})).value

/** A many-entry list of hostile names, to reach the bounds. */
const wide = fc
  .tuple(fc.integer({ min: MAX_NAMES - 5, max: 3 * MAX_NAMES }), hostileString)
  .map(([count, name]) => Array.from({ length: count }, (_, i) => `${name}${i}`))

/** An answer as JSON.parse gives it: `__proto__` an own key, never the prototype. */
const answerBody: fc.Arbitrary<Json> = fc
  .dictionary(
    fc.constantFrom(...FIELDS),
    fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: wide }),
    { maxKeys: 8 }
  )
  .map((value) => JSON.parse(JSON.stringify(value)) as Json)

const READERS: Record<string, (body: Json) => unknown> = {
  'black-duck current user': parseCurrentUser,
  'checkmarx-one identity': (body) => identityFrom(body, body, 'acme'),
  'black-duck roles': (body) => parseRoles(body, '/api/users/1/roles'),
  'defectdojo profile': parseDojoProfile,
  'gitguardian token': parseToken,
  'gitguardian token description': tokenDescription,
  'infracast user': (body) => identityFor(body, '').identity,
  'infracast user tenants note': (body) => identityFor(body, '').notes,
  'infracast user in a tenant': (body) => identityFor(body, 'prod').identity,
  'invicti-enterprise identity': parseInvictiEnterprise,
  'invicti-platform identity': parseInvictiPlatform,
  'nessus session': parseNessusSession,
  'prisma-cloud profile': parsePrismaProfile,
  'semgrep deployment': readDeployment,
  'semgrep deployment list': readDeploymentList,
  'snyk self': parseSelf,
  'snyk token expiry': (body) => accessTokenExpiry(body, 'a.b.c'),
  'socket organizations': parseOrganizations,
  'sonarqube user token': (body) => parseSonarIdentity(body, 'user'),
  'sonarqube token of unknown type': (body) => parseSonarIdentity(body, 'unknown'),
  'tenable-sc current user': parseTenableScUser,
  'tenable-vm session': parseTenableVmSession,
  'veracode user': parseUser,
  'wiz service account': (body) => serviceAccount(body, { credentials: {} })
}

function isIdentity(value: unknown): value is Identity {
  return typeof value === 'object' && value !== null && 'organization' in value
}

/** What is wrong with what a reader returned: unsafe text, or more than the bounds allow. */
function problems(read: unknown): string[] {
  const found: string[] = []
  const texts: [string, string][] = []
  if (typeof read === 'string') texts.push(['text', read])
  else if (Array.isArray(read)) {
    for (const entry of read) for (const [k, v] of Object.entries(entry)) texts.push([k, String(v)])
  } else if (isIdentity(read)) {
    for (const key of ['userId', 'username', 'displayName', 'email', 'organization'] as const)
      texts.push([key, read[key]])
    for (const key of ['roles', 'permissions'] as const) {
      const list = read[key] ?? []
      if (list.length > MAX_NAMES) found.push(`${list.length} ${key}, more than ${MAX_NAMES}`)
      for (const name of list) {
        texts.push([key, name])
        if (name.length > MAX_SERVER_TEXT) found.push(`a ${key} entry of ${name.length} characters`)
      }
    }
    const aliases = read.roleAliases ?? []
    if (aliases.length > MAX_NAMES)
      found.push(`${aliases.length} role aliases, more than ${MAX_NAMES}`)
    for (const { alias, of } of aliases) texts.push(['roleAliases', alias], ['roleAliases', of])
  } else if (typeof read === 'object' && read !== null) {
    for (const [k, v] of Object.entries(read)) if (typeof v === 'string') texts.push([k, v])
  }
  for (const [key, value] of texts) {
    if (typeof value !== 'string') found.push(`${key} is not text`)
    else if (UNSAFE.test(value))
      found.push(`${key} ${JSON.stringify(value)} holds a control character`)
  }
  return found
}

describe.each(Object.entries(READERS))('%s', (_name, read) => {
  it('any answer: only an ActionFailure thrown; bounded lists; one-line control-free texts', () => {
    fc.assert(
      fc.property(answerBody, (body) => {
        let result: unknown
        try {
          result = read(body)
        } catch (error) {
          expect(error).toBeInstanceOf(ActionFailure)
          return
        }
        expect(problems(result)).toEqual([])
      }),
      { numRuns: RUNS }
    )
  })
})

/**
 * Readers whose role entries carry a second spelling of the role (Veracode's console name, Prisma
 * Cloud's role type), with the field of each spelling.
 */
const SPELLED_ROLES: [string, (roles: unknown[]) => Identity, string, string][] = [
  [
    'veracode user',
    (roles) => parseUser({ user_name: 'ci', roles }),
    'role_name',
    'role_description'
  ],
  ['prisma-cloud profile', (roles) => parsePrismaProfile({ email: 'ci@x', roles }), 'name', 'type']
]

/** A few spellings, so that held and not-held entries share names and aliases often. */
const spelling = fc.constantFrom('Upload API', 'uploadapi', 'System Admin', 'CI Role', 'Reviewer')
const notHeld = fc.constantFrom(
  ...['granted', 'allowed', 'enabled', 'active', 'value'].flatMap((key) => [
    { [key]: false },
    { [key]: 'false' }
  ])
)

describe.each(SPELLED_ROLES)('%s', (_name, read, nameField, aliasField) => {
  it('no spelling that only a role entry marked not held carries meets required-roles', () => {
    const entry = fc.record({
      name: fc.option(spelling, { nil: undefined }),
      alias: fc.option(spelling, { nil: undefined }),
      denied: fc.option(notHeld, { nil: undefined })
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (entries) => {
        const roles = entries.map(({ name, alias, denied }) => ({
          ...(name === undefined ? {} : { [nameField]: name }),
          ...(alias === undefined ? {} : { [aliasField]: alias }),
          ...denied
        }))
        const heldSpellings = new Set(
          entries
            .filter((e) => e.denied === undefined)
            .flatMap((e) => [e.name, e.alias])
            .filter((value) => value !== undefined)
            .map(fold)
        )
        const identity = read(roles)
        for (const { name, alias, denied } of entries) {
          if (denied === undefined) continue
          for (const required of [name, alias]) {
            if (required === undefined || heldSpellings.has(fold(required))) continue
            expect({
              required,
              passed: checkRequirements(identity, [required], []).passed
            }).toEqual({ required, passed: false })
          }
        }
      }),
      { numRuns: RUNS }
    )
  })
})
