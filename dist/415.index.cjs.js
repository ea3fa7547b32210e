"use strict";
exports.id = 415;
exports.ids = [415];
exports.modules = {

/***/ 7415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var notFound=(function () {
    return {
        headline: 'the url input does not lead to the DefectDojo API',
        causes: [
            'the url input is not the DefectDojo server, or lacks the path prefix it is served under (DD_URL_PREFIX)',
            'the url input already ends in /api/v2, which this step adds itself'
        ],
        fix: 'set url to the address DefectDojo’s web interface is served at, e.g. https://defectdojo.example.com.'
    };
});var parseProfile=(function (body) {
    const user = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body.user) ? body.user : {};
    const superuser = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(user.is_superuser);
    const role = globalRole(body);
    const roles = superuser === undefined && role === undefined
        ? undefined
        : [...(role ? [role] : []), ...(superuser ? [SUPERUSER] : [])];
    const stored = role && Object.hasOwn(STORED_ROLE_NAMES, role) ? STORED_ROLE_NAMES[role] : '';
    const groups = groupCount(body);
    return {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['id']),
        username: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['username']),
        displayName: [(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['first_name']), (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['last_name'])]
            .filter(Boolean)
            .join(' '),
        email: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['email']),
        roles,
        ...(stored ? { roleAliases: [{ alias: stored, of: role }] } : {}),
        ...(groups ? { rolesNotShown: groupRoles(groups) } : {}),
        permissions: undefined,
        organization: ''
    };
});var globalRole=(function (body) {
    if (!Object.hasOwn(body, 'global_role'))
        return undefined;
    const entry = body.global_role;
    const id = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.role) ? entry.role.id : entry.role) : '';
    if (!id)
        return '';
    // Cut by text(), which redacts what it cuts first: a slice would keep the start of an echoed key.
    return Object.hasOwn(GLOBAL_ROLES, id) ? GLOBAL_ROLES[id] : `role ${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(id, 40)}`;
});var groupCount=(function (body) {
    return Array.isArray(body.dojo_group_member) ? body.dojo_group_member.length : 0;
});var globalRoleNote=(function (body) {
    const role = globalRole(body);
    if (role === undefined)
        return 'not reported (this DefectDojo release leaves global_role out of user_profile): only Superuser can be verified';
    const groups = groupCount(body);
    const throughGroups = groups
        ? `; any global role of its ${groups} user group${groups > 1 ? 's' : ''} is not shown to its key`
        : '';
    return `${role || 'none (the user may still hold roles on single products or product types)'}${throughGroups}`;
});var checkApiUrl=(function (plan) {
    if (/\/api\/v2\/?$/i.test(new URL(plan.url).pathname)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The url input (${plan.url}) ends in /api/v2, which this step adds itself. Fix: set url to the address DefectDojo's web interface is served at, e.g. https://defectdojo.example.com.`);
    }
    return [];
});__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GLOBAL_ROLES: () => (/* binding */ GLOBAL_ROLES),
/* harmony export */   MEANINGS: () => (/* binding */ MEANINGS),
/* harmony export */   PROFILE_PATH: () => (/* binding */ PROFILE_PATH),
/* harmony export */   SUPERUSER: () => (/* binding */ SUPERUSER),
/* harmony export */   checkApiUrl: () => (/* binding */ checkApiUrl),
/* harmony export */   defectdojo: (() => (/* binding */ defectdojo)),
/* harmony export */   globalRole: () => (/* binding */ globalRole),
/* harmony export */   parseProfile: () => (/* binding */ parseProfile),
/* harmony export */   rejected: () => (/* binding */ rejected)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1223);
/**
 * DefectDojo (self-hosted, so url is required): an API v2 key sent as `Authorization: Token …` and
 * read with one GET /api/v2/user_profile/, which names the key's user:
 * `{user: {id, username, first_name, last_name, email, is_superuser, ...}, global_role: {role}}`.
 *
 * - DefectDojo lists Django REST framework's SessionAuthentication first, which sends no
 *   `WWW-Authenticate`, so REST framework turns every authentication failure into **403**, not 401.
 *   A 403 whose `detail` is one of TokenAuthentication's own failures is a rejected key; any other
 *   403 is a signed-in user who may not do this. A deployment whose first authenticator does send
 *   the header answers 401, read the same way.
 * - Roles: the global role by DefectDojo's names (1 API Importer, 2 Writer, 3 Maintainer, 4 Owner,
 *   5 Reader), plus `Superuser` when `is_superuser`, its administrative role. Product and product
 *   type roles are not global and are not reported. Releases since 2026-05 (authorization moved to
 *   DefectDojo Pro) leave `global_role` out: then only `Superuser` can be reported. A global role
 *   given through a user group is visible only to a superuser, so for a member of any group the
 *   roles shown may be incomplete (Identity.rolesNotShown): allowed-roles cannot be verified.
 *
 * Sources: DefectDojo/django-DefectDojo (dojo/urls.py user_profile, dojo/user/api/serializer.py,
 * authorization.py user_has_global_permission, the superuser-only GlobalRoleViewSet, settings.dist.py
 * REST_FRAMEWORK and DD_API_TOKENS_ENABLED, authorization/roles_permissions.py Roles, the
 * UserProfileSerializer with global_role before 952a56d1), Django REST framework's
 * authentication.py (the detail texts). Inferred, not recorded: the 403 itself (from the settings
 * and REST framework's rule), and what a 403 with another detail means here.
 */



const NAME = 'DefectDojo';
const PROFILE_PATH = '/api/v2/user_profile/';
const KEY_PAGE = 'API v2 Key (the user menu, or /api/key-v2)';
/** DefectDojo's global roles by id (dojo/authorization/roles_permissions.py, Roles). */
const GLOBAL_ROLES = {
    1: 'API Importer',
    2: 'Writer',
    3: 'Maintainer',
    4: 'Owner',
    5: 'Reader'
};
const SUPERUSER = 'Superuser';
/**
 * The name DefectDojo stores and shows for role 1 (its Role table, as `Role.objects.exclude(name=
 * "API_Importer")` reads it): another spelling of API Importer, so a role copied from DefectDojo's
 * own screens meets required-roles and allowed-roles.
 */
const STORED_ROLE_NAMES = { 'API Importer': 'API_Importer' };
const COPY_KEY_FIX = `copy the key from ${KEY_PAGE} on the server the url input names into the secret behind the api-token input (or DD_API_KEY).`;
const MISCOPIED = 'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)';
/**
 * REST framework's TokenAuthentication failures (and its NotAuthenticated): each means the key was
 * not accepted, whatever the status. Their causes differ, and so do their fixes: "User inactive or
 * deleted." comes only after the key was found, so the key is intact and copying it again cannot
 * help; "Authentication credentials were not provided." means no key reached the server at all.
 */
const REJECTED_DETAILS = {
    'Invalid token.': {
        causes: [
            'the key was regenerated (DefectDojo keeps one key per user: generating a new one replaces it), or it belongs to another DefectDojo server',
            MISCOPIED
        ],
        fix: COPY_KEY_FIX
    },
    'User inactive or deleted.': {
        causes: ['the key’s user was deactivated or deleted (the key itself matched that user)'],
        fix: 'ask a DefectDojo administrator to make the user active again, or put the key of an active user into the secret behind the api-token input (or DD_API_KEY).'
    },
    'Authentication credentials were not provided.': {
        causes: [
            'the server does not accept API keys (DD_API_TOKENS_ENABLED is false), or a proxy in front of it removed the Authorization header'
        ],
        fix: 'ask the DefectDojo administrator to turn API keys on (DD_API_TOKENS_ENABLED: true), or have the proxy in front of the url input pass the Authorization header on.'
    }
};
const MALFORMED_HEADER = 'Invalid token header.';
/** The causes of a rejected key; `detail` is DefectDojo's own word for it, when it gave one. */
function rejected(detail = '') {
    const named = Object.hasOwn(REJECTED_DETAILS, detail) ? REJECTED_DETAILS[detail] : undefined;
    if (named)
        return { headline: 'the API key was rejected', ...named };
    return {
        headline: 'the API key was rejected',
        causes: [
            ...(detail.startsWith(MALFORMED_HEADER)
                ? ['the secret holds the key with a space or line break in it, or an empty value']
                : []),
            'the key was regenerated, or its user was deactivated or deleted',
            'the key belongs to another DefectDojo server than the url input',
            MISCOPIED
        ],
        fix: COPY_KEY_FIX
    };
}
/** A 403 is DefectDojo's rejected key when its detail says so; otherwise the user may not do this. */
function forbidden({ body }) {
    const detail = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(body.detail) : '';
    if (Object.hasOwn(REJECTED_DETAILS, detail) || detail.startsWith(MALFORMED_HEADER))
        return rejected(detail);
    return {
        headline: 'the API key is valid but DefectDojo refused to read its user profile',
        causes: [
            'an authorization policy of the server (DefectDojo Pro, or a plugin) refuses this user the API',
            'a proxy or web application firewall in front of the url input refused the request'
        ],
        fix: 'ask a DefectDojo administrator to let this user use the API, or use the key of a user that may.'
    };
}
;
/** What user_profile's statuses mean; a 401 comes from a deployment with another authenticator first. */
const MEANINGS = {
    401: ({ body }) => rejected((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(body.detail) : ''),
    403: forbidden,
    404: notFound()
};
const defectdojo = {
    id: 'defectdojo',
    name: NAME,
    location: { urlExample: 'https://defectdojo.example.com' },
    modes: [{ id: 'api-token', inputs: ['api-token'] }],
    urlEnv: ['DD_URL'],
    credentialEnv: { 'api-token': ['DD_API_KEY'] },
    roles: {
        kind: 'names',
        administrative: {
            names: [SUPERUSER],
            narrower: 'the API Importer role (globally, or on the products it imports into)'
        }
    },
    permissions: {
        kind: 'none',
        reason: `GET ${PROFILE_PATH} reports what a user may do only as roles (the global role, and roles per product and product type) and configuration permissions as bare ids. Remove required-permissions; use required-roles with the global role (API Importer, Writer, Maintainer, Owner, Reader, or Superuser).`
    },
    validate: ((plan) => checkApiUrl(plan)),
    async login(context) {
        const { plan } = context;
        const apiKey = plan.credentials['api-token'];
        const authorization = `Token ${apiKey}`;
        context.mask(authorization);
        const { identity, body } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(context, {
            method: 'GET',
            path: PROFILE_PATH,
            headers: { authorization },
            meanings: MEANINGS
        }, parseProfile);
        const notes = [(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Global role', globalRoleNote(body))];
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
        return {
            identity,
            authHeader: `Authorization: ${authorization}`,
            env: { DD_URL: plan.url, DD_API_KEY: apiKey },
            notes
        };
    }
};
/**
 * Reads user_profile. Roles are the global role's name, plus Superuser; both unknown (undefined)
 * only when the answer says nothing of either.
 */
;
/**
 * The global role's name: '' when the user has none (global_role null or without a role),
 * undefined when the answer has no global_role at all (a release that no longer reports it).
 */
;
/**
 * How many user groups the user is a member of (dojo_group_member). DefectDojo grants a global role
 * through a group as well as directly (authorization.py, user_has_global_permission), but only a
 * superuser may read a group's global role (/api/v2/global_roles/), so the key cannot tell which.
 */
;
function groupRoles(count) {
    return {
        through: `its ${count} DefectDojo user group${count > 1 ? 's' : ''} (DefectDojo shows a group's global role only to a superuser)`,
        fix: 'give the user its global role directly and take it out of its user groups'
    };
}
;
/** Before any request: a url that already names the API would have /api/v2 sent twice. */
;


/***/ })

};
;