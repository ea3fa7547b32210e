// DefectDojo fake: `GET /api/v2/user_profile/` with `Authorization: Token …`, as DefectDojo's code
// (DefectDojo/django-DefectDojo) and Django REST framework's TokenAuthentication answer it:
//   - authenticators Session, Basic, then Token (settings.dist.py); the first sends no
//     WWW-Authenticate, so every authentication failure is a 403, never a 401, with REST
//     framework's texts: "Invalid token.", "User inactive or deleted.", "Invalid token header. …",
//     and "Authentication credentials were not provided." when no authenticator took the request
//     (a header with another scheme, or a server with DD_API_TOKENS_ENABLED false);
//   - REST framework authenticates and checks permissions before it looks up the method's handler
//     (APIView.dispatch, initial()), so another method than GET is 405 only for a signed-in user;
//   - keys are REST framework tokens (40 hex characters, one per user); the scheme is matched
//     case-insensitively and the header must have exactly two parts;
//   - the answer: {user: {id, username, first_name, last_name, email, ..., is_superuser,
//     configuration_permissions}, user_contact_info, global_role: {id, user, group, role} or null,
//     dojo_group_member, product_type_member, product_member} (UserProfileSerializer before
//     952a56d1, and DefectDojo Pro, which restored those fields). `omitGlobalRole()` plays the
//     open-source releases since 2026-05, whose answer has only user and user_contact_info.
// Assumed, not observed: no recording of any of these answers was available (the 403 is inferred
// from the settings and REST framework's rule), and `setForbidden()` plays a server whose own policy
// refuses a signed-in user with REST framework's generic 403 text, which stock DefectDojo never
// sends on this endpoint (it needs only a signed-in user).
import { createHash } from 'node:crypto'

const keyText = (seed) =>
  createHash('sha256').update(`defectdojo-sandbox:${seed}`).digest('hex').slice(0, 40)

// Role ids are DefectDojo's: 1 API Importer, 2 Writer, 3 Maintainer, 4 Owner, 5 Reader.
const USERS = [
  { name: 'importer', id: 7, username: 'ci-importer', first: 'CI', last: 'Importer', role: 1 },
  { name: 'writer', id: 8, username: 'wanda', first: 'Wanda', last: 'Writer', role: 2 },
  { name: 'reader', id: 9, username: 'rita', first: 'Rita', last: 'Reader', role: 5 },
  {
    name: 'admin',
    id: 1,
    username: 'admin',
    first: 'Ada',
    last: 'Admin',
    role: 4,
    superuser: true
  },
  { name: 'productOnly', id: 12, username: 'pete', first: 'Pete', last: 'Product', role: null },
  {
    name: 'inactive',
    id: 13,
    username: 'ian',
    first: 'Ian',
    last: 'Inactive',
    role: 2,
    inactive: true
  },
  // A Reader in her own right, and a member of group 2, whose global role (Owner) DefectDojo keeps in
  // Global_Role and shows only to a superuser: user_profile lists the membership, not the group's role.
  { name: 'grouped', id: 15, username: 'gus', first: 'Gus', last: 'Grouped', role: 5, groups: [2] },
  // The key this user had before regenerating it: DefectDojo no longer knows it.
  { name: 'regenerated', id: 14, username: 'reg', first: '', last: '', role: 2, replaced: true }
].map((u) => ({ ...u, key: keyText(u.name) }))

export const defectdojo = {
  id: 'defectdojo',
  create() {
    const state = { globalRole: true, tokensEnabled: true, forbidden: false }
    const accounts = Object.fromEntries(
      USERS.map((u) => [
        u.name,
        {
          apiToken: u.key,
          username: u.username,
          userId: String(u.id),
          ...(u.inactive ? { note: 'user inactive: 403 User inactive or deleted.' } : {}),
          ...(u.replaced ? { note: 'regenerated: 403 Invalid token.' } : {})
        }
      ])
    )
    return {
      id: 'defectdojo',
      accounts,
      state,
      /** Plays the open-source releases since 2026-05: no global_role in the answer. */
      omitGlobalRole() {
        state.globalRole = false
      },
      /** Plays a server with DD_API_TOKENS_ENABLED false: no key is even read. */
      disableApiTokens() {
        state.tokensEnabled = false
      },
      /** Plays a server whose own policy refuses signed-in users this endpoint (assumed). */
      setForbidden(forbidden) {
        state.forbidden = forbidden
      },
      reset() {
        state.globalRole = true
        state.tokensEnabled = true
        state.forbidden = false
      },
      handle: (request, send) => handle(state, request, send)
    }
  }
}

const answerRefusal = (send, detail) => send(403, { detail })

function handle(state, request, send) {
  if (request.path.split('?')[0] !== '/api/v2/user_profile/') return false

  const header = request.headers.authorization
  const parts = typeof header === 'string' ? header.trim().split(/\s+/) : []
  if (!state.tokensEnabled || parts.length === 0 || parts[0].toLowerCase() !== 'token')
    return answerRefusal(send, 'Authentication credentials were not provided.')
  if (parts.length === 1)
    return answerRefusal(send, 'Invalid token header. No credentials provided.')
  if (parts.length > 2)
    return answerRefusal(send, 'Invalid token header. Token string should not contain spaces.')
  const user = USERS.find((u) => u.key === parts[1] && !u.replaced)
  if (!user) return answerRefusal(send, 'Invalid token.')
  if (user.inactive) return answerRefusal(send, 'User inactive or deleted.')
  if (state.forbidden)
    return answerRefusal(send, 'You do not have permission to perform this action.')
  // REST framework authenticates and checks permissions (APIView.initial) before it looks up the
  // method's handler: another method gets 405 only from a signed-in user.
  if (request.method !== 'GET')
    return send(405, { detail: `Method "${request.method}" not allowed.` })
  return send(200, profile(user, state))
}

function profile(user, state) {
  const answer = {
    user: {
      id: user.id,
      username: user.username,
      first_name: user.first,
      last_name: user.last,
      email: `${user.username}@dojo.example`,
      date_joined: '2025-03-01T08:00:00Z',
      last_login: null,
      is_active: true,
      is_staff: Boolean(user.superuser),
      is_superuser: Boolean(user.superuser),
      token_last_reset: null,
      password_last_reset: null,
      configuration_permissions: []
    },
    user_contact_info: null
  }
  if (!state.globalRole) return answer
  return {
    ...answer,
    global_role:
      user.role === null
        ? null
        : { id: user.id + 100, user: user.id, group: null, role: user.role },
    // Dojo_Group_Member rows (fields '__all__'): the member's role is its role in the group itself.
    dojo_group_member: (user.groups ?? []).map((group) => ({
      id: group * 10,
      group,
      user: user.id,
      role: 5
    })),
    product_type_member: [],
    product_member: user.role === null ? [{ id: 3, product: 1, user: user.id, role: 2 }] : []
  }
}
