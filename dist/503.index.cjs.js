"use strict";
exports.id = 503;
exports.ids = [503];
exports.modules = {

/***/ 5176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var validateApiKeys=(function (accessKey, secretKey, source) {
    const keys = [
        ['access-key', accessKey],
        ['secret-key', secretKey]
    ];
    const wrong = keys.filter((([, key]) => !API_KEY.test(key)));
    if (wrong.length === 0)
        return;
    const described = wrong.map(([input, key]) => `${input} (${keyShape(key)})`);
    const pasted = keys.filter(([, key]) => KEY_LINE.test(key)).map(([input]) => input);
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${source.vendorName} API keys are ${API_KEY_LENGTH} hexadecimal characters each (0-9, a-f); ${source.vendorName} would reject ${wrong.length > 1 ? 'these' : 'this one'}.`,
        `The input${wrong.length > 1 ? 's' : ''} that look${wrong.length > 1 ? '' : 's'} wrong: ${described.join(' and ')}.`,
        ...(pasted.length
            ? pastedLine(pasted, source)
            : keys.every(([, key]) => SECURITY_CENTER_KEY.test(key))
                ? securityCenterKeys(source)
                : miscopied(wrong, source))
    ].join('\n'));
});var explainPastedKeyLine=(function (given, source) {
    const accessKey = given['access-key'] ?? '';
    const secretKey = given['secret-key'] ?? '';
    if (accessKey && secretKey)
        return undefined;
    const line = accessKey || secretKey;
    if (!KEY_LINE.test(line))
        return undefined;
    return pastedLine([accessKey ? 'access-key' : 'secret-key'], source).join('\n');
});var apiKeysHeaderValue=(function (accessKey, secretKey) {
    return `accessKey=${accessKey}; secretKey=${secretKey};`;
});var roleFromLevel=(function (value, levels, extraNames = {}) {
    const raw = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value);
    const level = /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    if (level === undefined)
        return { roles: undefined };
    const name = levels.find(((l) => l.level === level))?.name ?? extraNames[level];
    return { roles: name ? [name] : [], roleLevel: level };
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: (() => (/* binding */ roleFromLevel)),
/* harmony export */   eB: (() => (/* binding */ explainPastedKeyLine)),
/* harmony export */   rY: (() => (/* binding */ apiKeysHeaderValue)),
/* harmony export */   z7: (() => (/* binding */ validateApiKeys))
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * What Tenable VM and Nessus share: API keys sent as `X-ApiKeys: accessKey=AK; secretKey=SK;`
 * (two 64-hex-character keys), and roles reported as one numeric level in `permissions`.
 * Sources: developer.tenable.com "Authorization" (the header and its 64-hex example keys), "Roles"
 * (the levels); shared vendor notes §3.1-3.2 and vendors-next §2.2 "7. Tenable Nessus".
 */


const API_KEY = /^[0-9a-f]{64}$/i;
const API_KEY_LENGTH = 64;
/**
 * Rejects keys the server would refuse anyway, naming the input that looks wrong: each key is 64
 * hexadecimal characters. Two shapes get their own cause and fix: the whole X-ApiKeys line pasted
 * into a secret, and the 32 + 32 hexadecimal keys of Tenable Security Center (Tenable.sc), whose
 * users reach for "Tenable" first.
 */
;
/**
 * The whole X-ApiKeys line pasted into one of the two secrets while the other is empty: explained
 * before "the other input is empty" would send the user looking for a key they already gave.
 */
;
/** `accessKey=` or `secretKey=` (any case, as both Tenable products spell them): a pasted line. */
const KEY_LINE = /(?:access|secret)key\s*=/i;
/** Tenable Security Center's API keys: 32 hexadecimal characters each. */
const SECURITY_CENTER_KEY = /^[0-9a-f]{32}$/i;
function pastedLine(inputs, source) {
    return [
        inputs.length > 1
            ? `The ${inputs.join(' and ')} inputs hold the "accessKey=…; secretKey=…;" line (as the X-ApiKeys header and the API Keys page show it), or parts of it, not one key each.`
            : `The ${inputs[0]} input holds the whole "accessKey=…; secretKey=…;" line (as the X-ApiKeys header and the API Keys page show it), not one key.`,
        `Fix: put each key in its own input: the ${API_KEY_LENGTH} characters after accessKey= into the secret behind access-key, those after secretKey= into the secret behind secret-key (or ${source.envNames}), without the names, "=" or ";".`
    ];
}
function securityCenterKeys(source) {
    return [
        `Both keys are 32 hexadecimal characters: the shape of Tenable Security Center (Tenable.sc) API keys, not ${source.vendorName} keys.`,
        `Fix: for a Tenable Security Center, set vendor: tenable-sc and its url; for ${source.vendorName}, copy the keys again from ${source.generatedAt} in ${source.vendorName} into the secrets behind the access-key and secret-key inputs (or ${source.envNames}).`
    ];
}
function miscopied(wrong, source) {
    const suspicious = wrong.some(([, key]) => /[\s"'`;=]/.test(key));
    return [
        `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (the key contains such a character)' : ''}, the whole "accessKey=…; secretKey=…;" line pasted into one secret, or the two keys swapped for something else.`,
        `Fix: copy the keys again from ${source.generatedAt} in ${source.vendorName} into the secrets behind the access-key and secret-key inputs (or ${source.envNames}).`
    ];
}
/** "12 characters", "64 characters, not all hexadecimal": never the key itself. */
function keyShape(key) {
    return key.length === API_KEY_LENGTH
        ? `${key.length} characters, not all hexadecimal`
        : `${key.length} characters`;
}
/** The X-ApiKeys header value, in the documented spelling. */
;
/**
 * The role of a user whose `permissions` field is a level number. A documented level gives its
 * name; a level the table does not name still counts for the "at least" comparison, with no name.
 * `extraNames` names levels that are reported but cannot be required (Tenable VM's 0 Read-Only).
 */
;


/***/ }),

/***/ 7503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var sessionEndpoint=(function (headerValue) {
    return {
        method: 'GET',
        path: SESSION_PATH,
        headers: { 'x-apikeys': headerValue },
        meanings: { 401: unauthorized, 403: FORBIDDEN }
    };
});var refuseDisabledUser=(function (identity, body, response) {
    if ((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(body.enabled) !== false)
        return;
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${NAME}: the API keys belong to ${(0,_core_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .describeIdentity */ .Cl)(identity)}, whose user account is disabled (${response.endpoint} answered HTTP ${response.status} with "enabled": false).`,
        'Likely cause: an administrator disabled the user (it left, or the account is being retired), while its keys are still stored in this repository.',
        'Fix: ask a Tenable VM administrator to enable the user, or generate keys for an enabled user and update the access-key and secret-key inputs (or TIO_ACCESS_KEY / TIO_SECRET_KEY).'
    ].join('\n'));
});var parseSession=(function (user) {
    const email = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['email']);
    const username = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['username', 'user_name']) || email;
    const privileges = user.user_permissions;
    return {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(user.id) || (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['uuid']),
        username,
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['name']) || username,
        email,
        ...(0,_kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .roleFromLevel */ .LP)(user.permissions, TENABLE_VM_LEVELS, READ_ONLY),
        permissions: Array.isArray(privileges) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(privileges) : undefined,
        organization: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['container_name'])
    };
});__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TENABLE_VM_LEVELS: () => (/* binding */ TENABLE_VM_LEVELS),
/* harmony export */   parseSession: () => (/* binding */ parseSession),
/* harmony export */   sessionEndpoint: () => (/* binding */ sessionEndpoint),
/* harmony export */   tenableVm: (() => (/* binding */ tenableVm))
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4845);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1223);
/* harmony import */ var _kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5176);
/**
 * Tenable Vulnerability Management (formerly Tenable.io, cloud.tenable.com): API keys in
 * `X-ApiKeys`, verified with one GET /session, which names the user, its role level
 * (`permissions`), its privilege strings (`user_permissions`, e.g. TIO_BACKEND.SCAN.READ) and its
 * container. Two 401 shapes: JSON `{statusCode, error, message}` for wrong keys (quoted in public
 * code, not recorded), and, recorded, a plain-text body with `X-Path-Handler: blacklisted` for a key
 * whose container is gone. Sources: shared vendor notes §3 and decisions 10-14, vendors-next F9-F13.
 */





const NAME = 'Tenable VM';
const SESSION_PATH = '/session';
/** The documented role levels (developer.tenable.com "Roles"); a role means that level or higher. */
const TENABLE_VM_LEVELS = [
    { name: 'Basic', level: 16 },
    { name: 'Scan Operator', level: 24 },
    { name: 'Standard', level: 32 },
    { name: 'Scan Manager', level: 40 },
    { name: 'Administrator', level: 64 }
];
/** Reported by the newer roles page; below every level a step could require. */
const READ_ONLY = { 0: 'Read-Only' };
const KEY_SOURCE = {
    vendorName: NAME,
    generatedAt: 'Settings > My Account > API Keys > Generate',
    envNames: 'TIO_ACCESS_KEY / TIO_SECRET_KEY'
};
function keysRejected(plan) {
    return {
        headline: 'the API keys were rejected',
        causes: [
            'the keys were regenerated (generating new keys replaces the old pair) or deleted',
            'the secret key does not belong to that access key (swapped, or taken from different pairs)',
            `the keys belong to another Tenable site than ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .chosenServer */ ._Q)(plan)} (a FedRAMP or on-premises-managed site)`,
            'an administrator turned off API access for this user'
        ],
        fix: 'generate a new pair under Settings > My Account > API Keys and put it into the secrets behind the access-key and secret-key inputs (or TIO_ACCESS_KEY / TIO_SECRET_KEY).'
    };
}
/** The recorded answer for a key whose container (the Tenable VM instance) no longer exists. */
const KEY_BLACKLISTED = {
    headline: 'the access key was revoked, or its container was deleted',
    causes: [
        'the key belongs to a Tenable VM container (instance) that was deleted or expired, such as an old trial or evaluation',
        'Tenable blocked the key ("blacklisted"): it is tied to no active container on any site'
    ],
    fix: "generate keys in the Tenable VM container you use now (Settings > My Account > API Keys) and update the access-key and secret-key inputs; a new user's keys are needed if the old container is gone."
};
const FORBIDDEN = {
    headline: 'the API keys are valid but may not read their own session',
    causes: [
        'the user\'s role or an access-control rule does not allow API use (Tenable VM answers "Insufficient scope" when the role is too low)',
        'the request was sent on behalf of another user (an X-Impersonate header added by a proxy)'
    ],
    fix: 'ask a Tenable VM administrator to allow API access for this user, or use the keys of a user with at least the Basic role.'
};
function unauthorized({ response, plan }) {
    const handler = String(response.headers['x-path-handler'] ?? '').toLowerCase();
    return handler === 'blacklisted' || /has been blacklisted/i.test(response.body)
        ? KEY_BLACKLISTED
        : keysRejected(plan);
}
const tenableVm = {
    id: 'tenable-vm',
    name: NAME,
    location: { defaultUrl: 'https://cloud.tenable.com' },
    modes: [{ id: 'api-key', inputs: ['access-key', 'secret-key'] }],
    // pyTenable's names first, then the retired Tenable.io SDK's.
    urlEnv: ['TIO_URL'],
    credentialEnv: {
        'access-key': ['TIO_ACCESS_KEY', 'TENABLEIO_ACCESS_KEY'],
        'secret-key': ['TIO_SECRET_KEY', 'TENABLEIO_SECRET_KEY']
    },
    roles: {
        kind: 'levels',
        levels: TENABLE_VM_LEVELS,
        administrative: { fromLevel: 64, narrower: 'Scan Manager (40)' }
    },
    // No `known` list: user_permissions span Tenable's products and grow with them, so an unknown
    // name is left to the gate ("lacks"); see the README.
    permissions: { kind: 'reported' },
    explainCredentials: ((given) => (0,_kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .explainPastedKeyLine */ .eB)(given, KEY_SOURCE)),
    validate(plan) {
        (0,_kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .validateApiKeys */ .z7)(plan.credentials['access-key'] ?? '', plan.credentials['secret-key'] ?? '', KEY_SOURCE);
        return [];
    },
    async login(context) {
        const { plan } = context;
        const accessKey = plan.credentials['access-key'];
        const secretKey = plan.credentials['secret-key'];
        const headerValue = (0,_kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .apiKeysHeaderValue */ .rY)(accessKey, secretKey);
        context.mask(headerValue);
        const { identity, response, body } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(context, sessionEndpoint(headerValue), parseSession);
        refuseDisabledUser(identity, body, response);
        return {
            identity,
            authHeader: `X-ApiKeys: ${headerValue}`,
            env: { TIO_URL: plan.url, TIO_ACCESS_KEY: accessKey, TIO_SECRET_KEY: secretKey }
        };
    }
};
/** GET /session with the keys, and what its statuses mean. */
;
/**
 * A disabled user's keys must not pass the check. What such keys get is not public: this assumes
 * GET /session still answers, with `enabled: false` (a 401 would be explained as rejected keys).
 */
;
/** Reads GET /session: `id` a number, `username` and `user_name` both the login e-mail. */
;


/***/ })

};
;