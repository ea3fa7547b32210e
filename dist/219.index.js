export const id = 219;
export const ids = [219];
export const modules = {

/***/ 219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   invictiPlatform: () => (/* binding */ invictiPlatform),
/* harmony export */   parseIdentity: () => (/* binding */ parseIdentity)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(633);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(803);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(188);
/**
 * Invicti Platform: an API key (a JWT that does not expire) sent as X-Auth, verified with one
 * GET /api/identity/v1/me. That endpoint's response is not publicly documented, so it is read
 * tolerantly: camelCase or snake_case, roles as a string, strings or objects, the organization as an
 * id or an object. Sources: shared vendor notes §4.1, docs.invicti.com/ip/s1-authenticate.
 */




const IDENTITY_PATH = '/api/identity/v1/me';
const NAME = 'Invicti Platform';
/** Causes as Invicti's "Authenticate" page lists them for 401 and 403. */
const UNAUTHORIZED = {
    causes: [
        'the API key was deleted or regenerated (generating a new key immediately invalidates the previous one)',
        'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)',
        'the key belongs to another Invicti Platform instance than the url input (on-premises vs on-demand)'
    ],
    fix: 'copy the current key from User settings > API key into the secret behind the api-key input (or INVICTI_API_KEY).'
};
function forbidden(organizationId) {
    return {
        causes: [
            ...(organizationId
                ? [
                    `the user does not belong to the organization given in organization-id (${organizationId})`
                ]
                : ['the account has several organizations and none was chosen']),
            'the user role does not allow reading its own identity (the key inherits the user role)'
        ],
        fix: organizationId
            ? 'check the organization-id input, or ask an Invicti Platform administrator for access to that organization.'
            : 'set the organization-id input to the organization to use, or ask an Invicti Platform administrator for a role with API access.'
    };
}
const invictiPlatform = {
    id: 'invicti-platform',
    name: NAME,
    defaultUrl: 'https://platform.invicti.com',
    modes: [{ id: 'api-key', inputs: ['api-key'] }],
    envFallback: { 'api-key': 'INVICTI_API_KEY', 'organization-id': 'INVICTI_ORGANIZATION_ID' },
    roles: { verifiable: true },
    permissions: { verifiable: true },
    validate(plan) {
        const key = plan.credentials['api-key'] ?? '';
        return looksLikeJwt(key)
            ? []
            : [
                'The api-key input does not look like an Invicti Platform API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the key from User settings > API key.'
            ];
    },
    async login(context) {
        const { plan, http } = context;
        const apiKey = plan.credentials['api-key'];
        // One id per run, sent with the request and quoted in every message, so support can trace it.
        const correlationId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        const trace = `Correlation ID: ${correlationId} (quote it to Invicti support)`;
        context.info(trace);
        let response;
        try {
            response = await http.request({
                method: 'GET',
                path: IDENTITY_PATH,
                headers: {
                    'x-auth': apiKey,
                    'x-correlation-id': correlationId,
                    ...(plan.organizationId ? { 'x-invicti-organizationid': plan.organizationId } : {})
                }
            });
        }
        catch (error) {
            if (error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR)
                throw new _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR(`${error.message}\n${trace}`);
            throw error;
        }
        const body = (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(response.body);
        if (response.status < 200 || response.status >= 300) {
            throw failureFor(response, body, plan.organizationId, context.redact, trace);
        }
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body)) {
            const failure = (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .notJsonFailure */ .cC)(NAME, response, context.redact);
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR(`${failure.message}\n${trace}`);
        }
        const identity = parseIdentity(body);
        if (!identity.userId && !identity.username && !identity.email) {
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
                `${NAME}: ${response.endpoint} answered HTTP ${response.status} but named no user, so the key could not be verified.`,
                'Fix: check that the url input points at the Invicti Platform API.',
                trace
            ].join('\n'));
        }
        const env = { INVICTI_URL: plan.url, INVICTI_API_KEY: apiKey };
        if (plan.organizationId)
            env.INVICTI_ORGANIZATION_ID = plan.organizationId;
        return { identity, authHeader: `X-Auth: ${apiKey}`, env, notes: [trace] };
    }
};
/** Reads the identity from whatever shape /me answers with. */
function parseIdentity(response) {
    const user = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(response);
    const firstName = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['firstName', 'first_name', 'givenName', 'given_name']);
    const lastName = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['lastName', 'last_name', 'familyName', 'family_name']);
    const email = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['email', 'emailAddress', 'email_address', 'mail']);
    const roleValue = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, [
        'roles',
        'role',
        'roleName',
        'role_name',
        'userRole',
        'user_role'
    ]);
    const permissionValue = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, ['permissions', 'permission', 'scopes']);
    const organizationValue = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, [
        'organization',
        'organisation',
        'organizationName',
        'organization_name',
        'organizations',
        'organizationId',
        'organization_id'
    ]);
    return {
        userId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['id', 'userId', 'user_id', 'sub']),
        username: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['username', 'userName', 'user_name', 'login']) || email,
        displayName: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['displayName', 'display_name', 'name', 'fullName', 'full_name']) ||
            [firstName, lastName].filter(Boolean).join(' '),
        email,
        roles: roleValue === undefined ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(roleValue),
        permissions: permissionValue === undefined ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(permissionValue),
        organization: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(organizationValue, ['name', 'displayName', 'display_name', 'id']).join(', ')
    };
}
function failureFor(response, body, organizationId, redact, trace) {
    const vendorText = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body)
        ? [(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(body, ['error']), (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(body, ['message', 'detail', 'title'])]
            .filter(Boolean)
            .join(': ')
        : '';
    const common = (0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .explainCommonStatus */ .hL)(response.status, NAME);
    const { headline, explanation } = response.status === 401
        ? { headline: 'the API key was rejected', explanation: UNAUTHORIZED }
        : response.status === 403
            ? {
                headline: 'the API key is valid but may not read its identity',
                explanation: forbidden(organizationId)
            }
            : common;
    return (0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFailure */ .FP)({
        vendor: NAME,
        endpoint: response.endpoint,
        status: response.status,
        statusText: response.statusText,
        vendorText: vendorText ? redact(vendorText) : undefined,
        headline,
        explanation,
        trailer: [trace]
    });
}
function looksLikeJwt(key) {
    const parts = key.split('.');
    if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part)))
        return false;
    try {
        const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(header) && typeof header.alg === 'string';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   IT: () => (/* binding */ firstPresent),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   ou: () => (/* binding */ firstText)
/* harmony export */ });
/**
 * Tolerant readers for vendor JSON: ids that arrive as strings or numbers, booleans as "true",
 * names in camelCase or snake_case, roles as a string, a list, or a list of objects.
 */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A string or number as a string; anything else as ''. */
function text(value) {
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return '';
}
/** The first of `keys` whose value reads as non-empty text. */
function firstText(source, keys) {
    if (!isObject(source))
        return '';
    for (const key of keys) {
        const value = text(source[key]);
        if (value)
            return value;
    }
    return '';
}
/** The first of `keys` that is present at all (even empty), or undefined. */
function firstPresent(source, keys) {
    if (!isObject(source))
        return undefined;
    for (const key of keys)
        if (key in source && source[key] !== null)
            return source[key];
    return undefined;
}
/** Names from a string, a list of strings, an object with a name, or a list of those. */
function names(value, nameKeys = ['name', 'displayName', 'display_name', 'id']) {
    const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    const result = [];
    for (const item of items) {
        const name = isObject(item) ? firstText(item, nameKeys) : text(item);
        if (name && !result.includes(name))
            result.push(name);
    }
    return result;
}
/** "true"/"false" strings and real booleans; undefined for anything else. */
function bool(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    return undefined;
}
/** Unwraps a `{ data: {...} }` or `{ user: {...} }` envelope when there is one. */
function unwrap(value, keys = ['data', 'user', 'result']) {
    if (!isObject(value))
        return value;
    for (const key of keys)
        if (isObject(value[key]))
            return value[key];
    return value;
}


/***/ })

};
