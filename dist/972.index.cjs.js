"use strict";
exports.id = 972;
exports.ids = [972];
exports.modules = {

/***/ 1149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var bearerToken=(function (value, what, server) {
    const token = issuedText(value);
    if (token === undefined || token.length > MAX_BEARER_TOKEN || !BEARER_TOKEN.test(token)) {
        throw malformedCredential(what, 'a bearer token (RFC 6750: at least 16 letters, digits, - . _ ~ + / then = padding)', server);
    }
    return token;
});var issuedText=(function (value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
    return undefined;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ issuedText),
/* harmony export */   hC: (() => (/* binding */ bearerToken)),
/* harmony export */   ph: () => (/* binding */ malformedCredential)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/**
 * Credentials a server issues are checked against their grammar before they are masked, used or
 * handed on: a value that is not what the vendor issues may be an attack on the next step's shell,
 * and it is refused without being quoted. Each vendor's own grammars sit in its folder and build
 * their failure with `malformedCredential`.
 */

/**
 * RFC 6750 `b64token`: the characters a bearer token may use, then `=` padding. At least 16
 * characters: every token a vendor issues is far longer, and a shorter value would be masked in every
 * log line it happens to appear in (a hostile server choosing `e` blanks the log).
 */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{16,}=*$/;
const MAX_BEARER_TOKEN = 16_384;
/**
 * A bearer token the server issued, as a string, or an ActionFailure that names `what` (which
 * credential, from which vendor and endpoint) without quoting the value. `server`: where it came
 * from (HttpClient.server), for the failure's advice; absent, the url input chose it.
 */
;
/**
 * A string as given, or a whole number that JSON carried exactly; anything else (a fraction, a
 * number past 2^53 that lost digits in parsing, an object) is not a credential.
 */
;
/**
 * The failure for an issued credential that is not `expected`; the value is never quoted. `server`:
 * where it came from (HttpClient.server); absent, the url input chose it.
 */
function malformedCredential(what, expected, server) {
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The server answered with a malformed credential: ${what} is not ${expected}. ` +
        'Its value is not shown, since it may be a secret. A genuine server never sends this: check ' +
        `${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .answeredInItsPlace */ .C0)(server, 'the real server').check}, and that no proxy or gateway rewrites its answers.`);
}


/***/ }),

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var issuedBearerToken=(function (context, value, what) {
    const token = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .bearerToken */ .hC)(value, what, context.http.server);
    context.mask(token);
    return token;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: (() => (/* binding */ issuedBearerToken))
/* harmony export */ });
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1149);
/**
 * A token answer (a login, a refresh, an OAuth token endpoint) is the server's to write, so the
 * server must not choose what the runner masks (contract Behaviour 10): only the credential the step
 * goes on to use is masked, and only once it has passed its grammar. The other fields such an answer
 * may carry (a refresh token, an id_token) are never read, printed or handed on, and the raw body of
 * a token answer is never quoted, so masking them would protect nothing; it would let a hostile
 * server blank any word of the log ("e", the user's name) and withhold outputs that contain it.
 */

/**
 * The bearer token a token answer issued, checked against its grammar and only then masked; an
 * ActionFailure naming `what`, with nothing masked, when it is not a bearer token.
 */
;


/***/ }),

/***/ 8972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var asksAboutRoles=(function (plan) {
    return plan.requiredRoles.length > 0 || plan.allowedRoles.length > 0;
});var exchangeToken=(async function (context, apiToken) {
    const tokenAuthorization = `token ${apiToken}`;
    context.mask(tokenAuthorization);
    const endpoint = {
        method: 'POST',
        path: AUTHENTICATE_PATH,
        headers: { authorization: tokenAuthorization },
        // Issues a bearer token: never sent twice once it may have reached the server.
        creates: true,
        issuesCredentials: true,
        meanings: { 401: apiTokenRejected, 403: exchangeForbidden },
        errorText: blackDuckErrorText
    };
    // expiresInMilliseconds counts from when the bearer was issued: counting from before the request
    // keeps the reported expiry from being later than the real one.
    const requestedAt = Date.now();
    const { response, body } = await (0,kit_endpoint/* call */.T1)(context, endpoint);
    if (body.bearerToken === undefined || body.bearerToken === '') {
        throw new failure/* ActionFailure */.dR([
            `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a bearerToken, so the API token could not be verified.`,
            `Fix: set the url input to the base URL of your ${NAME} server, without a path.`
        ].join('\n'));
    }
    const bearer = (0,token_answer/* issuedBearerToken */.Q)(context, body.bearerToken, `the bearerToken from ${response.endpoint}`);
    const authorization = `Bearer ${bearer}`;
    context.mask(authorization);
    return {
        bearer,
        authorization,
        csrf: csrfToken(context, response),
        expiresAt: bearerExpiry(body.expiresInMilliseconds, requestedAt)
    };
});var csrfToken=(function (context, response) {
    const value = response.headers[CSRF_HEADER];
    if (value === undefined)
        return undefined;
    const token = (0,grammar/* bearerToken */.hC)(Array.isArray(value) ? value.join(', ') : value, `the X-CSRF-TOKEN header from ${response.endpoint}`);
    context.mask(token);
    return token;
});var bearerExpiry=(function (milliseconds, requestedAt) {
    const count = typeof milliseconds === 'string' && /^\d+$/.test(milliseconds.trim())
        ? Number(milliseconds)
        : milliseconds;
    if (typeof count !== 'number' || !Number.isFinite(count) || count <= 0)
        return undefined;
    return (0,expiry/* isoSeconds */.nE)(requestedAt + count) || undefined;
});var parseCurrentUser=(function (body) {
    const meta = (0,parse/* isObject */.Gv)(body._meta) ? body._meta : undefined;
    const link = (0,parse/* firstText */.ou)(meta, ['href']) || (0,parse/* firstText */.ou)(body, ['user']);
    return {
        userId: /\/api\/users\/([^/?#]+)\/?$/.exec(link)?.[1] ?? '',
        username: (0,parse/* firstText */.ou)(body, ['userName']),
        displayName: [(0,parse/* firstText */.ou)(body, ['firstName']), (0,parse/* firstText */.ou)(body, ['lastName'])]
            .filter(Boolean)
            .join(' '),
        email: (0,parse/* firstText */.ou)(body, ['email']),
        roles: undefined,
        permissions: undefined,
        organization: ''
    };
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUTHENTICATE_PATH: () => (/* binding */ AUTHENTICATE_PATH),
  asksAboutRoles: () => (/* binding */ asksAboutRoles),
  bearerExpiry: () => (/* binding */ bearerExpiry),
  blackDuck: (() => (/* binding */ blackDuck)),
  csrfToken: () => (/* binding */ csrfToken),
  parseCurrentUser: () => (/* binding */ parseCurrentUser),
  parseRoles: () => (/* binding */ parseRoles),
  rolePaths: () => (/* binding */ rolePaths)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var kit_endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/grammar.ts
var grammar = __webpack_require__(1149);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/vendors/black-duck/meanings.ts


const NAME = 'Black Duck';
const TOKEN_PAGE = 'My Access Tokens (the user menu of the Black Duck UI)';
/** 401 from POST /api/tokens/authenticate: the API token itself was refused. */
const apiTokenRejected = {
    headline: 'the API token was rejected',
    causes: [
        'the token was deleted, or its user was deactivated or removed',
        'the token was created on another Black Duck server than the url input (tokens belong to one server)',
        'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break; Black Duck shows a token only once)'
    ],
    fix: `create a new API token under ${TOKEN_PAGE} on the server the url input names, and put it into the secret behind the api-token input (or BLACKDUCK_API_TOKEN).`
};
/** 403 from the exchange: the server knows the token but will not issue a bearer for it. */
const exchangeForbidden = {
    headline: 'the server refused to exchange the API token for a bearer token',
    causes: [
        'the token’s user is locked or may not use the API',
        'a proxy or gateway in front of Black Duck refuses the request'
    ],
    fix: 'ask a Black Duck administrator to check the user of the token (Administration > Users), or use a token of another user.'
};
/** 401 from a request with the bearer token the exchange just issued. */
const bearerRejected = {
    headline: 'the bearer token just issued by /api/tokens/authenticate was rejected',
    causes: [
        'the url input reaches more than one Black Duck server (a load balancer mixing installations)',
        "this runner's clock or the server's is wrong, so the short-lived bearer reads as expired",
        'a proxy in front of the url input changed the Authorization header'
    ],
    fix: 'run the step again; if it persists, check that the url input names one Black Duck server.'
};
/** 403 from /api/current-user: authenticated, but the user may not read its own profile. */
const currentUserForbidden = {
    headline: 'the token is valid but may not read the user it belongs to',
    causes: [
        'the token’s user lacks the permission to read its own profile (a custom role without it)',
        'a proxy or gateway in front of Black Duck refuses the request'
    ],
    fix: 'use an API token of a user with a standard role (e.g. Global Code Scanner), or ask a Black Duck administrator.'
};
/** 404 from the user's roles or inherited-roles list: a server that does not serve it. */
const rolesNotServed = {
    headline: 'this Black Duck server does not list the user’s roles',
    causes: [
        'the server is a Black Duck version without the user’s roles or inherited-roles list',
        `the url input points at something other than the ${NAME} API`
    ],
    fix: 'remove required-roles and allowed-roles to verify the token alone, or update Black Duck.'
};
/** 403 from the user's roles or inherited-roles list: the user may not read its roles. */
const rolesForbidden = {
    headline: 'the token is valid but may not read its user’s roles',
    causes: [
        'the token is read-only or its user’s role does not allow listing role assignments',
        'a proxy or gateway in front of Black Duck refuses the request'
    ],
    fix: 'remove required-roles and allowed-roles to verify the token alone, or use a token of a user who may read its roles.'
};
/**
 * Black Duck's own words in an error answer: `errorMessage` (with `errorCode` when present, the
 * key Black Duck's messages are built from), else the documented fields every vendor shares. Raw
 * text: the kit redacts it whole before cutting it to one bounded line.
 */
function blackDuckErrorText(body) {
    if ((0,parse/* isObject */.Gv)(body) && typeof body.errorMessage === 'string' && body.errorMessage.trim()) {
        const code = typeof body.errorCode === 'string' ? body.errorCode.trim() : '';
        return [body.errorMessage.trim(), code ? `(${code})` : ''].filter(Boolean).join(' ');
    }
    return (0,kit_endpoint/* documentedErrorText */.iL)(body);
}

;// CONCATENATED MODULE: ./src/vendors/black-duck/index.ts
/**
 * Black Duck (SCA; the Hub, later Synopsys Black Duck), always on the customer's own server. An API
 * token is never sent with ordinary requests: POST /api/tokens/authenticate trades it
 * (`Authorization: token <api token>`) for a short-lived bearer token, `{bearerToken,
 * expiresInMilliseconds}`, plus an `X-CSRF-TOKEN` response header that Black Duck's own clients send
 * back on every later request. GET /api/current-user then names the user. Roles cost two requests
 * of their own, so they are read only when the step asks about roles: the roles assigned to the user
 * (GET /api/users/{id}/roles) and those it holds through its user groups (GET
 * /api/users/{id}/inherited-roles). Black Duck's Java client joins the same two lists for a user's
 * roles (blackduck-common `UserGroupService.getAllRolesForUser`); either list alone would let a
 * System Administrator by group pass allowed-roles, or fail a scanner whose role comes from its group.
 *
 * Sources: vendors-third §2.2 "5. Black Duck SCA"; Black Duck's Python client (hub-rest-api-python:
 * the exchange, the CSRF header, `errorMessage` on a 401, the recorded user and role-assignment
 * bodies with their default page of 10) and its Java client (blackduck-common-api: the
 * `/api/current-user` view and its `application/vnd.blackducksoftware.user-4+json` media type, the
 * user's `roles` and `inherited-roles` links). Assumed: that a user may read its own two role lists,
 * that the inherited list is a page like the assigned one (`items[].name`), and that older servers
 * may send no CSRF header (then none is sent back).
 */







const AUTHENTICATE_PATH = '/api/tokens/authenticate';
const CURRENT_USER_PATH = '/api/current-user';
/** Black Duck pages its lists (10 items unless asked): one page holds every role assignment. */
const WHOLE_PAGE = '?limit=1000';
const USER_MEDIA_TYPE = 'application/vnd.blackducksoftware.user-4+json';
const CSRF_HEADER = 'x-csrf-token';
/**
 * Whether the step asks about roles (required-roles or allowed-roles), the one reason to spend a
 * request on them. The least-privilege warning needs no request of its own (contract Behaviour 14),
 * so it applies only when this is true.
 */
;
const blackDuck = {
    id: 'black-duck',
    name: NAME,
    location: { urlExample: 'https://blackduck.example.com' },
    modes: [{ id: 'api-token', inputs: ['api-token'] }],
    urlEnv: ['BLACKDUCK_URL'],
    credentialEnv: { 'api-token': ['BLACKDUCK_API_TOKEN'] },
    roles: {
        kind: 'names',
        administrative: { names: ['System Administrator'], narrower: 'Global Code Scanner' }
    },
    permissions: {
        kind: 'none',
        reason: 'Black Duck reports roles, not permissions, and shows an API token’s scope (read, or read and write) only where the token was created. Use required-roles instead (e.g. "Global Code Scanner").'
    },
    async login(context) {
        const { plan } = context;
        const apiToken = plan.credentials['api-token'];
        const exchange = await exchangeToken(context, apiToken);
        const headers = {
            authorization: exchange.authorization,
            ...(exchange.csrf ? { [CSRF_HEADER]: exchange.csrf } : {})
        };
        const { identity } = await (0,kit_endpoint/* checkIdentity */.Z0)(context, {
            method: 'GET',
            path: CURRENT_USER_PATH,
            headers: { ...headers, accept: USER_MEDIA_TYPE },
            meanings: { 401: bearerRejected, 403: currentUserForbidden },
            errorText: blackDuckErrorText
        }, parseCurrentUser);
        const notes = [];
        if (asksAboutRoles(plan))
            identity.roles = await readRoles(context, headers, identity.userId);
        else
            notes.push((0,kit_endpoint/* note */.N4)('Roles', 'not read: no role input asked for them (they cost a request)'));
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
        // The log only: the summary's Token expires row (expires-at) shows the same time.
        if (exchange.expiresAt)
            context.info(`Bearer token expires: ${exchange.expiresAt}`);
        return {
            identity,
            authHeader: `Authorization: ${exchange.authorization}`,
            token: exchange.bearer,
            ...(exchange.expiresAt ? { expiresAt: exchange.expiresAt } : {}),
            // Detect's names; Detect makes its own exchange from the API token.
            env: { BLACKDUCK_URL: plan.url, BLACKDUCK_API_TOKEN: apiToken },
            notes
        };
    }
};
;
/**
 * The CSRF token the exchange issued with the bearer, checked against the bearer grammar (Black
 * Duck issues a UUID) and masked before it is sent anywhere; undefined when the server sent none.
 */
;
/** `expiresInMilliseconds` after `requestedAt`, as ISO-8601; undefined when absent or not a count. */
;
/** Reads /api/current-user: `userName`, the names, `email`, and the id its own link ends with. */
;
/**
 * The paths of the user's two role lists, assigned and inherited through its user groups, from the
 * id its own link ends with. The id is server text that becomes part of a path: only the characters
 * of Black Duck's ids (UUIDs) are taken, so no answer can point the step at another resource.
 */
function rolePaths(userId) {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(userId)) {
        throw new failure/* ActionFailure */.dR([
            `${NAME}: /api/current-user named no user id of the expected form in its own link (_meta.href), so the user's roles cannot be read.`,
            'Fix: remove required-roles and allowed-roles to verify the token alone.'
        ].join('\n'));
    }
    const user = `/api/users/${userId}`;
    return {
        assigned: `${user}/roles${WHOLE_PAGE}`,
        inherited: `${user}/inherited-roles${WHOLE_PAGE}`
    };
}
/** Every role the user holds: those assigned to it, then those its user groups give it. */
async function readRoles(context, headers, userId) {
    const paths = rolePaths(userId);
    const held = [];
    for (const path of [paths.assigned, paths.inherited]) {
        const { response, body } = await (0,kit_endpoint/* call */.T1)(context, {
            method: 'GET',
            path,
            headers,
            meanings: { 401: bearerRejected, 403: rolesForbidden, 404: rolesNotServed },
            errorText: blackDuckErrorText
        }, (answer) => Array.isArray(answer.items));
        held.push(...parseRoles(body, response.endpoint));
    }
    return [...new Set(held)];
}
/**
 * The names of every role assignment (server-wide and per project). A page that holds fewer
 * assignments than the server counts would let a gate judge roles it never saw, so it fails.
 */
function parseRoles(body, endpoint) {
    const items = Array.isArray(body.items) ? body.items : [];
    const total = body.totalCount;
    if (typeof total === 'number' && total > items.length) {
        throw new failure/* ActionFailure */.dR([
            `${NAME}: ${endpoint} listed ${items.length} of the user's ${total} role assignments, so its roles cannot be judged in full.`,
            'Fix: remove required-roles and allowed-roles to verify the token alone; a server that pages past 1000 assignments cannot be judged in one request.'
        ].join('\n'));
    }
    return (0,parse/* names */.Dy)(items, ['name']);
}


/***/ })

};
;