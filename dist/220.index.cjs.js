"use strict";
exports.id = 220;
exports.ids = [220];
exports.modules = {

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var looksLikeJwt=(function (value) {
    const parts = value.split('.');
    if (parts.length !== 3 || parts.some(((part) => !/^[A-Za-z0-9_-]+$/.test(part))))
        return false;
    const header = decodePart(parts[0]);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(header) && typeof header.alg === 'string';
});var decodeJwtClaims=(function (token) {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    const payload = decodePart(parts[1]);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(payload) ? payload : undefined;
});var jwtExpiry=(function (claims) {
    const exp = typeof claims.exp === 'string' && /^\d+$/.test(claims.exp.trim())
        ? Number(claims.exp)
        : claims.exp;
    if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= 0)
        return undefined;
    // '' past Date's range (the year 275,760): no expiry this step can state.
    return (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .nE)(exp * 1000) || undefined;
});var decodePart=(function (part) {
    // A JWT part is small; a huge one is not a JWT and is not worth decoding.
    if (part.length > 16_384)
        return undefined;
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: (() => (/* binding */ looksLikeJwt)),
/* harmony export */   dG: (() => (/* binding */ decodeJwtClaims)),
/* harmony export */   lo: (() => (/* binding */ jwtExpiry))
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2012);
/**
 * JWTs as vendors hand them out (API keys, access tokens, refresh tokens): recognised by shape and
 * decoded, never verified, since the signing key is the issuer's. Use the claims only to describe a
 * token that came straight from the server or from the user's own secret.
 */


/** Three base64url parts whose header decodes to JSON with an `alg`. */
;
/** The payload of a JWT, or undefined when it is not one. */
;
/**
 * The `exp` claim as ISO-8601, or undefined. Always seconds since the epoch (RFC 7519's NumericDate),
 * never normaliseExpiry's reading of a large number as milliseconds: an exp of 1.5e12 is the year
 * 49,500 to every service that honours the token, not 2017, and read as the latter a token that
 * never expires would pass for one long dead (and JFrog's minted-token check would hand it on).
 */
;
;


/***/ }),

/***/ 7220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var parseIdentity=(function (response) {
    const user = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .Xc)(response);
    const firstName = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['firstName', 'first_name', 'givenName', 'given_name']);
    const lastName = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['lastName', 'last_name', 'familyName', 'family_name']);
    const email = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['email', 'emailAddress', 'email_address', 'mail']);
    const roleValue = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, [
        'roles',
        'role',
        'roleName',
        'role_name',
        'userRole',
        'user_role'
    ]);
    const permissionValue = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, ['permissions', 'permission', 'scopes']);
    const organizationValue = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, [
        'organization',
        'organisation',
        'organizationName',
        'organization_name',
        'organizations',
        'organizationId',
        'organization_id'
    ]);
    return {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['id', 'userId', 'user_id', 'sub']),
        username: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['username', 'userName', 'user_name', 'login']) || email,
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['displayName', 'display_name', 'name', 'fullName', 'full_name']) ||
            [firstName, lastName].filter(Boolean).join(' '),
        email,
        roles: roleValue === undefined ? undefined : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(roleValue),
        permissions: permissionValue === undefined ? undefined : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(permissionValue),
        organization: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(organizationValue, ['name', 'displayName', 'display_name', 'id']).join(', ')
    };
});__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   invictiPlatform: (() => (/* binding */ invictiPlatform)),
/* harmony export */   parseIdentity: () => (/* binding */ parseIdentity)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1719);
/* harmony import */ var _kit_jwt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3257);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1223);
/**
 * Invicti Platform: an API key (a JWT that does not expire) sent as X-Auth, verified with one
 * GET /api/identity/v1/me. That endpoint's response is not publicly documented, so it is read
 * tolerantly: camelCase or snake_case, roles as a string, strings or objects, the organization as an
 * id or an object. Sources: shared vendor notes §4.1, docs.invicti.com/ip/s1-authenticate.
 */




const IDENTITY_PATH = '/api/identity/v1/me';
const REGIONS = {
    us: 'https://platform.invicti.com',
    eu: 'https://platform-eu.invicti.com',
    ca: 'https://platform-ca.invicti.com'
};
/** Causes as Invicti's "Authenticate" page lists them for 401, plus the regional hosts. */
function unauthorized(context) {
    return {
        headline: 'the API key was rejected',
        causes: [
            ...(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .regionCause */ .__)(context),
            'the API key was deleted or regenerated (generating a new key immediately invalidates the previous one)',
            'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)',
            `the key belongs to another Invicti Platform instance than ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .chosenServer */ ._Q)(context.plan)} (on-premises or a private tenant)`
        ],
        fix: 'copy the current key from User settings > API key into the secret behind the api-key input (or INVICTI_API_KEY), and set region (us, eu, ca) or url to where the key was created.'
    };
}
function forbidden({ plan }) {
    const organizationId = plan.options['organization-id'];
    return {
        headline: 'the API key is valid but may not read its identity',
        causes: [
            ...(organizationId
                ? [
                    `the user does not belong to the organization given in organization-id (${organizationId})`
                ]
                : [
                    'the account belongs to several organizations and none was chosen: Invicti Platform requires X-Invicti-OrganizationId (the organization-id input) for such an account'
                ]),
            'the user role does not allow reading its own identity (the key inherits the user role)'
        ],
        fix: organizationId
            ? 'check the organization-id input, or ask an Invicti Platform administrator for access to that organization.'
            : 'set the organization-id input to the organization to use, or ask an Invicti Platform administrator for a role with API access.'
    };
}
const invictiPlatform = {
    id: 'invicti-platform',
    name: 'Invicti Platform',
    location: { defaultUrl: REGIONS.us, regions: REGIONS, defaultRegion: 'us' },
    modes: [{ id: 'api-key', inputs: ['api-key'] }],
    // No urlEnv: Invicti Platform and Invicti Enterprise both export INVICTI_URL, so it pairs with
    // neither product's credential.
    credentialEnv: { 'api-key': ['INVICTI_API_KEY'] },
    options: [{ input: 'organization-id', env: ['INVICTI_ORGANIZATION_ID'] }],
    roles: { kind: 'names' },
    // No `known` list: neither the /me answer nor its permission names are documented, so an unknown
    // name is left to the gate ("lacks"); see the README.
    permissions: { kind: 'reported' },
    validate(plan) {
        return (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeJwt */ .bt)(plan.credentials['api-key'] ?? '')
            ? []
            : [
                'The api-key input does not look like an Invicti Platform API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the key from User settings > API key.'
            ];
    },
    async login(context) {
        const { plan } = context;
        const apiKey = plan.credentials['api-key'];
        const organizationId = plan.options['organization-id'];
        // One id per run, sent with the request and quoted in every message, so support can trace it.
        // node:crypto is taken here, not imported: a run that fails validation never needs it.
        const correlationId = process.getBuiltinModule('node:crypto').randomUUID();
        const trace = (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Correlation ID', `${correlationId} (quote it to Invicti support)`);
        context.info(`${trace.label}: ${trace.value}`);
        const endpoint = {
            method: 'GET',
            path: IDENTITY_PATH,
            headers: {
                'x-auth': apiKey,
                'x-correlation-id': correlationId,
                ...(organizationId ? { 'x-invicti-organizationid': organizationId } : {})
            },
            meanings: { 401: () => unauthorized(context), 403: forbidden },
            trailer: [`${trace.label}: ${trace.value}`]
        };
        const { identity } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(context, endpoint, parseIdentity);
        const notes = [trace];
        if (organizationId) {
            // No public source shows how the organization header is honoured (it may be bound into the
            // key instead), so the action says what it could and could not confirm rather than guess.
            notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Organization', identity.organization
                ? `${organizationId} requested; the answer names ${identity.organization}`
                : `${organizationId} requested, but the answer does not say which organization applies (not confirmed)`));
        }
        const env = { INVICTI_URL: plan.url, INVICTI_API_KEY: apiKey };
        if (organizationId)
            env.INVICTI_ORGANIZATION_ID = organizationId;
        return { identity, authHeader: `X-Auth: ${apiKey}`, env, notes };
    }
};
/** Reads the identity from whatever shape /me answers with. */
;


/***/ })

};
;