/**
 * required-permissions names scopes of the token (its `scp` claim, one entry per item of a scope
 * that lists groups, roles or actions). JFrog's scopes are not a list but a grammar, so a name the
 * grammar cannot produce is refused before any request, naming the input and the scope it was
 * likely meant to be; anything the grammar can produce is left to the gate, which says whether the
 * token holds it.
 *
 * The grammar, from JFrog's Access Tokens REST API ("Create Token", `scope`) and the scopes its
 * platforms issue:
 * - `applied-permissions/user`, `applied-permissions/admin`,
 *   `applied-permissions/groups:<group>[,<group>…]` (`*`: every group of the user) and, with
 *   projects, `applied-permissions/roles:<project>:<role>[,<role>…]`: the four kinds JFrog
 *   documents under `applied-permissions/`;
 * - `<type>:<…>`: `system:metrics:r`, `system:livelogs:r` (and the other `system:` permissions),
 *   resource permissions such as `artifact:<repository>:r` (Artifactory 7.38 and later), and what
 *   older platforms add or issue: `api:*`, `member-of-groups:<group>`, `jfrt@<id>:admin`.
 * Every scope is one of these shapes: none is a bare word. What follows a `<type>:` is not checked,
 * as JFrog adds resource and system types over time, nor what follows a group or role kind (JFrog's
 * own pages also write `applied-permissions/groups`, and `applied-permissions/group`, bare). A new
 * kind under `applied-permissions/` would be refused here until it is added to the four above.
 */
import { ActionFailure } from '../../core/failure.js'
import { quotedList, withArticle } from '../../core/sanitize.js'
import { closestName, didYouMean } from '../../core/spelling.js'
import type { Plan } from '../../kit/types.js'
import { NAME } from './access-token.js'

const APPLIED = 'applied-permissions/'
const APPLIED_PERMISSIONS = /^applied-permissions\/(?:user|admin|(?:groups?|roles)(?::.*)?)$/i
/**
 * `<type>:<…>`, the type a word without `/` (`system`, `artifact`, `api`, `jfrt@<id>`), but never
 * `applied-permissions`, whose kinds follow a `/` (`applied-permissions:user` is a misspelling).
 */
const TYPED_PERMISSION = /^(?!applied-permissions:)[^\s:/]+:\S/i

const FORMS = [
  `${APPLIED}user`,
  `${APPLIED}admin`,
  `${APPLIED}groups:<group>`,
  `${APPLIED}roles:<project>:<role>`,
  '<type>:<target>:<actions> (such as system:metrics:r)'
]

/** Whether a JFrog platform can put this scope in a token (one group per entry, as reported). */
function isScopeForm(scope: string): boolean {
  return APPLIED_PERMISSIONS.test(scope) || TYPED_PERMISSION.test(scope)
}

/** Refuses required-permissions entries that no JFrog scope can be, naming the likely one. */
export function refuseImpossibleScopes(plan: Pick<Plan, 'requiredPermissions'>): void {
  const impossible = plan.requiredPermissions.filter((scope) => !isScopeForm(scope))
  if (!impossible.length) return
  const near = impossible.flatMap((scope) => {
    const meant = likelyScope(scope)
    if (!meant) return []
    // A bare word is a group's name only perhaps: it may be anything.
    const perhapsGroup = !/[:/]/.test(scope) && meant.startsWith(`${APPLIED}groups:`)
    return [[scope, meant, perhapsGroup ? 'if it names a group' : undefined] as const]
  })
  throw new ActionFailure(
    [
      `The required-permissions input names ${quotedList(impossible)}, which ${impossible.length > 1 ? `are not ${NAME} scopes` : `is not ${withArticle(`${NAME} scope`)}`}${didYouMean(near, impossible.length)}. ${NAME} scopes have the forms ${FORMS.join(', ')}; a scope that lists groups, roles or actions is one entry per item.`,
      'Fix: correct required-permissions.'
    ].join('\n')
  )
}

/**
 * The scope a name that is none was likely meant to be: a misspelt `applied-permissions/…`, or a
 * bare word: `user` or `admin`, else a group (a group scope split at its commas leaves its later
 * groups bare: `applied-permissions/groups:readers,deployers`).
 */
function likelyScope(scope: string): string | undefined {
  const bare = !/[:/]/.test(scope)
  if (bare) {
    const kind = scope.toLowerCase()
    if (kind === 'user' || kind === 'admin') return `${APPLIED}${kind}`
    // One letter is rather an action split off `system:metrics:r,w` than a group.
    return scope.length > 1 ? `${APPLIED}groups:${scope}` : undefined
  }
  const rest = scope.slice(scope.indexOf(':') + 1)
  const candidates = [
    `${APPLIED}user`,
    `${APPLIED}admin`,
    ...(scope.includes(':') && rest ? [`${APPLIED}groups:${rest}`, `${APPLIED}roles:${rest}`] : [])
  ]
  return closestName(scope, candidates)
}
