"use strict";
exports.id = 68;
exports.ids = [68];
exports.modules = {

/***/ 2068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var refuseUiPermissionNames=(function (plan) {
    const uiNames = plan.requiredPermissions.filter((name) => apiPermission(name) !== undefined);
    if (!uiNames.length)
        return;
    const corrected = [
        ...new Set(plan.requiredPermissions.map((name) => apiPermission(name) ?? name.trim()))
    ];
    throw new failure/* ActionFailure */.dR([
        'The required-permissions input names SonarQube permissions by their UI names; SonarQube reports them by their API names, which required-permissions must use:',
        ...uiNames.map((name) => `  - "${name.trim()}" is ${apiPermission(name)}`),
        `Fix: write required-permissions: ${corrected.join(', ')}`
    ].join('\n'));
});var validateAnswer=(function (context) {
    return ({ body }) => (0,parse/* isObject */.Gv)(body) && (0,parse/* bool */.lc)(body.valid) === false ? rejected(context) : undefined;
});var tokenExpiry=(function (response) {
    const value = response.headers[EXPIRY_HEADER];
    return (0,expiry/* normaliseExpiry */.IY)(Array.isArray(value) ? value[0] : value);
});var parseIdentity=(function (body, type) {
    const permissions = (0,parse/* isObject */.Gv)(body.permissions) ? body.permissions.global : undefined;
    const groups = (0,parse/* firstPresent */.IT)(body, ['groups']);
    const analysis = type === 'project-analysis' || type === 'global-analysis';
    return {
        userId: (0,parse/* firstText */.ou)(body, ['id']),
        username: (0,parse/* firstText */.ou)(body, ['login']),
        displayName: (0,parse/* firstText */.ou)(body, ['name']),
        email: (0,parse/* firstText */.ou)(body, ['email']),
        roles: analysis || groups === undefined ? undefined : (0,parse/* names */.Dy)(groups),
        permissions: Array.isArray(permissions) ? (0,parse/* names */.Dy)(permissions) : undefined,
        organization: ''
    };
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPIRY_HEADER: () => (/* binding */ EXPIRY_HEADER),
  parseIdentity: () => (/* binding */ parseIdentity),
  sonarErrorText: () => (/* reexport */ words/* sonarErrorText */.P),
  sonarqube: (() => (/* binding */ sonarqube)),
  tokenExpiry: () => (/* binding */ tokenExpiry),
  tokenType: () => (/* reexport */ words/* tokenType */.W)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
;// CONCATENATED MODULE: ./src/vendors/sonarqube/permissions.ts
/**
 * SonarQube names each global permission twice: the UI (Administration > Security > Global
 * Permissions, and SonarQube's "Managing permissions" page) says "Execute Analysis", while
 * `permissions.global` in users/current and the web API's `permission` parameter say `scan`.
 * required-permissions is compared with what users/current reports, so it takes the API names; a UI
 * name is refused before any request, naming the API name to write.
 *
 * Not accepted as a synonym: the permissions output lists API names, and a step that reads it back
 * (or a reviewer comparing it with the workflow) would see a requirement spelled unlike anything the
 * output holds. Sources: docs.sonarsource.com "Managing permissions" (the UI names), the web API's
 * api/permissions/add_user and sonar-web's Permissions enum (the API names).
 */

const GLOBAL_PERMISSIONS = {
    'administer system': 'admin',
    'administer quality gates': 'gateadmin',
    'administer quality profiles': 'profileadmin',
    'execute analysis': 'scan',
    'create projects': 'provisioning',
    'create applications': 'applicationcreator',
    'create portfolios': 'portfoliocreator'
};
/** The API name of a UI name, ignoring case and spacing; undefined for anything else. */
function apiPermission(name) {
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    return Object.hasOwn(GLOBAL_PERMISSIONS, key) ? GLOBAL_PERMISSIONS[key] : undefined;
}
/** Refuses required-permissions given by UI names, saying what to write instead. */
;

// EXTERNAL MODULE: ./src/vendors/sonarqube/words.ts
var words = __webpack_require__(1);
;// CONCATENATED MODULE: ./src/vendors/sonarqube/index.ts
/**
 * SonarQube (Server and Cloud): a token sent as `Authorization: Bearer` (SonarQube 10.0+ and
 * SonarQube Cloud), checked with GET /api/authentication/validate, then read with
 * GET /api/users/current.
 *
 * - validate always answers HTTP 200: `{"valid":false}` is SonarQube's own "this token is rejected"
 *   (the URL skips session loading, so it never answers 401).
 * - users/current answers a bad token with 401 and an empty body, and a good one with the login,
 *   name, email, groups and `permissions.global`. Analysis tokens authenticate as their owner with
 *   permissions cut down to analysis (SonarQube's TokenUserSession), so `permissions.global` is
 *   already what the token may do; groups are the owner's and say nothing about the token.
 * - The token's own expiry arrives in the `SonarQube-Authentication-Token-Expiration` header of
 *   token-authenticated answers (users/current, not validate), as `2026-11-28T00:00:00+0000`.
 * - Errors are `{"errors":[{"msg":"..."}]}` (e.g. 403 "Insufficient privileges"); SonarQube's own
 *   scanner joins every `msg` with ", " (DefaultScannerWsClient.tryParseAsJsonError), and so does
 *   this module when it quotes SonarQube.
 *
 * Sources: shared vendor notes (next vendors, SonarQube), SonarQube's UserSessionInitializer and
 * users/current example, docs.sonarsource.com web-api and token pages. The token prefixes (`squ_`,
 * `sqp_`, `sqa_`) are what SonarQube issues but have no primary documentation, so they only name the
 * token type in the log and decide whether the owner's groups are reported; nothing is refused by
 * prefix.
 */







const NAME = 'SonarQube';
const VALIDATE_PATH = '/api/authentication/validate';
const CURRENT_USER_PATH = '/api/users/current';
const EXPIRY_HEADER = 'sonarqube-authentication-token-expiration';
const REGIONS = { eu: 'https://sonarcloud.io', us: 'https://sonarqube.us' };
const TYPE_NOTES = {
    user: 'user token (squ_): acts with all of its owner’s permissions',
    'project-analysis': 'project analysis token (sqp_): acts as its owner, but may only analyse the one project it was created for; SonarQube does not say which, so this check proves the token is valid and whose it is, not that it may analyse this repository’s project',
    'global-analysis': 'global analysis token (sqa_): acts as its owner, but only with analysis permissions (scan, provisioning); the permissions output lists what it keeps',
    unknown: 'not shown by its prefix (tokens created before SonarQube 9.x have none); read as a user token'
};
/** Causes common to a rejected token, whichever request said so. */
function rejected(context) {
    return {
        headline: 'the token was rejected',
        causes: [
            'the token was revoked, or has expired (SonarQube e-mails its owner before a token expires)',
            ...(0,endpoint/* regionCause */.__)(context),
            'the token belongs to another SonarQube server than the url input (SonarQube Server and SonarQube Cloud tokens are not interchangeable)',
            'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)',
            'the server is a SonarQube Server older than 10.0, which does not accept tokens as Bearer'
        ],
        fix: 'create a new token in My Account > Security and store it in the secret behind the api-token input (or SONAR_TOKEN); for SonarQube Server set url to your server, for SonarQube Cloud set region (eu, us).'
    };
}
/** validate's own signal: 200 with `valid` false is a rejected token, not a success. */
;
/** users/current with `isLoggedIn` false: the server let an anonymous call through. */
function anonymous() {
    return {
        headline: 'the server answered for an anonymous user, not for the token',
        causes: [
            'a proxy in front of SonarQube removed the Authorization header',
            'the server does not force authentication (sonar.forceAuthentication is off) and ignored the token'
        ],
        fix: 'check that requests to the url input reach SonarQube with their Authorization header.'
    };
}
const sonarqube = {
    id: 'sonarqube',
    name: NAME,
    location: {
        defaultUrl: REGIONS.eu,
        regions: REGIONS,
        defaultRegion: 'eu',
        urlExample: 'https://sonarqube.example.com'
    },
    modes: [{ id: 'api-token', inputs: ['api-token'] }],
    credentialEnv: { 'api-token': ['SONAR_TOKEN'] },
    // Groups are the nearest thing SonarQube has to roles (sonar-administrators, sonar-users).
    roles: { kind: 'names' },
    // The global permission "Administer System" (`admin`): a scan needs only "Execute Analysis".
    permissions: {
        kind: 'reported',
        administrative: { names: ['admin'], narrower: 'only the Execute Analysis permission (scan)' }
    },
    validate(plan) {
        refuseUiPermissionNames(plan);
        if (plan.mint && plan.postStepLacks.includes('api-token')) {
            throw new failure/* ActionFailure */.dR([
                'mint-token needs the token in the api-token input, not only in SONAR_TOKEN: the post step revokes the minted token with the given one, and reads it from its input, since by then SONAR_TOKEN holds the minted token (which may not revoke).',
                'Fix: api-token: ${{ secrets.SONAR_TOKEN }}'
            ].join('\n'));
        }
        return [];
    },
    async login(context) {
        const { plan } = context;
        const token = plan.credentials['api-token'];
        const authorization = `Bearer ${token}`;
        context.mask(authorization);
        const headers = { authorization };
        const meanings = { 401: (() => rejected(context)) };
        // users/current alone would also refuse a bad token (401, empty body), so validate adds no
        // proof. It is kept because the contract names it, and because its {"valid":false} is
        // SonarQube's own verdict on the token, where a bare 401 could also come from a proxy.
        await (0,endpoint/* call */.T1)(context, {
            method: 'GET',
            path: VALIDATE_PATH,
            headers,
            meanings: { ...meanings, 200: validateAnswer(context) },
            errorText: words/* sonarErrorText */.P
        }, ((body) => (0,parse/* bool */.lc)(body.valid) === true));
        const { identity, response } = await (0,endpoint/* checkIdentity */.Z0)(context, {
            method: 'GET',
            path: CURRENT_USER_PATH,
            headers,
            meanings: {
                ...meanings,
                200: ({ body }) => (0,parse/* isObject */.Gv)(body) && (0,parse/* bool */.lc)(body.isLoggedIn) === false ? anonymous() : undefined
            },
            errorText: words/* sonarErrorText */.P
        }, ((body) => parseIdentity(body, (0,words/* tokenType */.W)(token))), { isSuccess: ((body) => (0,parse/* bool */.lc)(body.isLoggedIn) !== false) });
        const type = (0,words/* tokenType */.W)(token);
        const notes = [(0,endpoint/* note */.N4)('Token type', TYPE_NOTES[type])];
        if (type === 'project-analysis' || type === 'global-analysis') {
            notes.push((0,endpoint/* note */.N4)('Groups', 'not reported: they are the owner’s, and an analysis token does not act with them'));
        }
        const credentialExpiresAt = tokenExpiry(response);
        if (!credentialExpiresAt)
            notes.push((0,endpoint/* note */.N4)('Token expiry', 'none reported (no expiry date, or a server that does not send it)'));
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
        return {
            identity,
            authHeader: `Authorization: ${authorization}`,
            ...(credentialExpiresAt ? { credentialExpiresAt } : {}),
            env: { SONAR_HOST_URL: plan.url, SONAR_TOKEN: token },
            notes
        };
    },
    // Loaded only when used: a check without mint-token never parses the minting code.
    mint: async (context, login) => (await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 7678))).mintAnalysisToken(context, login),
    logout: async (context, saved) => (await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 7678))).revokeAnalysisToken(context, saved)
};
/** The token's own expiry from users/current's header, as ISO-8601 UTC; undefined when absent. */
;
/**
 * Reads users/current. Groups become roles only for a user token: an analysis token acts as its
 * owner with analysis rights only, so the owner's groups would let required-roles pass on authority
 * the token does not have.
 */
;


/***/ }),

/***/ 1:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var tokenType=(function (token) {
    if (token.startsWith('squ_'))
        return 'user';
    if (token.startsWith('sqp_'))
        return 'project-analysis';
    if (token.startsWith('sqa_'))
        return 'global-analysis';
    return 'unknown';
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: (() => (/* binding */ sonarErrorText)),
/* harmony export */   W: (() => (/* binding */ tokenType))
/* harmony export */ });
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * What SonarQube's answers and tokens say of themselves: the type a token's prefix shows, and
 * SonarQube's own words in an error answer. Shared by the check (./index.ts) and mint-token
 * (./mint.ts).
 */


/** The token type its prefix shows; `unknown` for tokens without one (created before 9.x). */
;
/**
 * SonarQube's own words in an error answer: every `errors[].msg`, joined with ", " as its scanner
 * joins them; any other body is read for the documented fields every vendor shares. Raw text: the
 * caller redacts it whole before cutting it to one bounded line.
 */
function sonarErrorText(body) {
    const errors = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) && Array.isArray(body.errors) ? body.errors : [];
    const messages = errors
        .slice(0, 20)
        .map((error) => ((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(error) && typeof error.msg === 'string' ? error.msg.trim() : ''))
        .filter(Boolean);
    return messages.length ? messages.join(', ') : (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .documentedErrorText */ .iL)(body);
}


/***/ })

};
;