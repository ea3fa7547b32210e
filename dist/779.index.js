export const id = 779;
export const ids = [779];
export const modules = {

/***/ 719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ note),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   __: () => (/* binding */ regionCause),
/* harmony export */   iJ: () => (/* binding */ explainAnswer),
/* harmony export */   iL: () => (/* binding */ documentedErrorText),
/* harmony export */   y$: () => (/* binding */ atBaseUrl)
/* harmony export */ });
/* unused harmony export requireNamedUser */
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(480);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(333);
/* harmony import */ var _net_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(724);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(223);
/**
 * The parts every vendor is made of, so a vendor module holds only what is its own: endpoints, what
 * each status means for it, and how to read its identity answer.
 *
 *   send → classify (status, per-vendor meaning) → parse (bounded JSON) → name the user
 *
 * A vendor describes an endpoint once (`Endpoint`), with a table of what its statuses mean
 * (`StatusMeanings`); `call()` sends it and either returns the JSON answer of a success or throws
 * the one failure message the step will print, built by `explainAnswer()` from that table, the
 * shared meanings of the other statuses, and the vendor's own error text (documented fields only,
 * redacted, on one line).
 */




/**
 * Sends the endpoint and returns its JSON object answer; any other outcome throws the step's
 * failure message. `isSuccess` lets a vendor add its own success signal to the status.
 */
async function call(context, endpoint, isSuccess = () => true) {
    let response;
    try {
        response = await context.http.request(endpoint);
    }
    catch (error) {
        if (error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR && endpoint.trailer?.length) {
            throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([error.message, ...endpoint.trailer].join('\n'));
        }
        throw error;
    }
    const body = (0,_net_client_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(response.body);
    const ok = response.status >= 200 && response.status < 300;
    if (ok && (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body) && isSuccess(body, response))
        return { response, body };
    throw explainAnswer(context, endpoint, response, body);
}
/**
 * The one failure message for an answer that is not a success. Status first: the vendor's meaning
 * of that status, else the shared one. A 2xx that is not a JSON object is "not the API"; one that
 * is JSON but fails the vendor's own signal takes the vendor's meaning of that 2xx.
 */
function explainAnswer(context, endpoint, response, body) {
    const vendorName = context.vendor.name;
    const ok = response.status >= 200 && response.status < 300;
    const diagnosis = meaningOf(endpoint.meanings, { response, body, plan: context.plan });
    if (ok && !diagnosis && !(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body)) {
        const failure = (0,_net_client_js__WEBPACK_IMPORTED_MODULE_1__/* .notJsonFailure */ .cC)(vendorName, response, context.redact, {
            quoteBody: !endpoint.issuesCredentials
        });
        return withTrailer(failure, endpoint.trailer);
    }
    return (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFailure */ .FP)({
        vendor: vendorName,
        endpoint: response.endpoint,
        status: response.status,
        statusText: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .serverLine */ .ec)(response.statusText),
        vendorText: vendorWords(context, endpoint, response, body),
        diagnosis: diagnosis ??
            (ok ? unrecognisedSuccess(vendorName) : (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .explainCommonStatus */ .hL)(response.status, vendorName)),
        trailer: endpoint.trailer ?? []
    });
}
/**
 * The vendor's words: documented fields of a JSON body; for a body that is not JSON, a short
 * excerpt, unless the answer may carry a credential. Redacted before it is shortened.
 */
function vendorWords(context, endpoint, response, body) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body)) {
        const words = (endpoint.errorText ?? documentedErrorText)(body);
        return words ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .serverLine */ .ec)(context.redact(words)) : undefined;
    }
    if (endpoint.issuesCredentials || response.body.trim() === '')
        return undefined;
    return (0,_net_client_js__WEBPACK_IMPORTED_MODULE_1__/* .textExcerpt */ .$s)(context.redact(response.body));
}
function meaningOf(meanings, answer) {
    const meaning = meanings[answer.response.status];
    return typeof meaning === 'function' ? meaning(answer) : meaning;
}
function unrecognisedSuccess(vendorName) {
    return {
        headline: 'the answer did not carry the expected result',
        causes: [`the url input points at something other than the ${vendorName} API`],
        fix: `set the url input to the base URL of the ${vendorName} API, without a path.`
    };
}
function withTrailer(failure, trailer) {
    return trailer?.length ? new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([failure.message, ...trailer].join('\n')) : failure;
}
/**
 * The vendor's own words from a JSON error answer, documented fields only (contract Behaviour 10):
 * OAuth's `error` / `error_description`, the common `message` / `detail` / `title`, and JSON:API's
 * `errors[].detail` / `title`. Anything else in the body is never quoted.
 */
function documentedErrorText(body) {
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body))
        return '';
    if (Array.isArray(body.errors)) {
        const first = body.errors[0];
        const words = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(first)
            ? [(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(first, ['title']), (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(first, ['detail', 'message'])]
            : [typeof first === 'string' ? first : ''];
        const joined = words.filter(Boolean).join(': ');
        if (joined)
            return joined;
    }
    const error = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body.error) ? body.error : undefined;
    const code = error ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(error, ['code']) : (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(body, ['error']);
    const description = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(error ?? body, [
        'error_description',
        'message',
        'detail',
        'title',
        'Message',
        'ErrorMessage'
    ]);
    return [code, description].filter(Boolean).join(': ');
}
/**
 * Sends an identity request and reads who answered. Unless the vendor names nobody by design
 * (`anonymous`), an answer that names no user fails: a check passes only on the vendor's own signal.
 */
async function checkIdentity(context, endpoint, parse, options = {}) {
    const { response, body } = await call(context, endpoint, options.isSuccess);
    const identity = parse(body, response);
    if (!options.anonymous)
        requireNamedUser(context, identity, response, endpoint.trailer);
    return { identity, response, body };
}
function requireNamedUser(context, identity, response, trailer = []) {
    if (identity.userId || identity.username || identity.email)
        return;
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
        `${context.vendor.name}: ${response.endpoint} answered HTTP ${response.status} but named no user, so the credentials could not be verified.`,
        `Fix: check that the url input points at the ${context.vendor.name} API.`,
        ...trailer
    ].join('\n'));
}
/**
 * For a regional vendor, the likeliest cause of a 401: the credential belongs to another region.
 * Names the region used and the others, so the user can pick without reading documentation.
 */
function regionCause(context) {
    const regions = context.vendor.location.regions;
    if (!regions)
        return [];
    const { plan } = context;
    const others = Object.entries(regions)
        .filter(([name]) => name !== plan.region)
        .map(([name, url]) => `${name} (${url})`)
        .join(', ');
    const used = plan.region ? `region ${plan.region} (${plan.url})` : `the url input (${plan.url})`;
    return [
        `the credential belongs to another ${context.vendor.name} region: this step used ${used}; the others are ${others}. Set the region input to the credential's region`
    ];
}
/** A note for the log and the summary. */
function note(label, value) {
    return { label, value };
}
/**
 * Runs `body` with a context whose HTTP client talks to `baseUrl` instead of the plan's url, with
 * the same timeout, retries, TLS and proxy settings: for a vendor whose token server is another
 * host than its API (an OAuth identity provider). Its requests join the step's request table, and
 * its connections are closed afterwards. With the plan's own url, the step's client is used.
 */
async function atBaseUrl(context, baseUrl, body) {
    if (baseUrl === context.plan.url)
        return body(context);
    const http = (0,_core_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createHttpClient */ .uT)({ ...context.plan, url: baseUrl, vendorName: context.vendor.name }, context);
    try {
        return await body({ ...context, http });
    }
    finally {
        context.http.records.push(...http.records);
        http.close();
    }
}


/***/ }),

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   IT: () => (/* binding */ firstPresent),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Xc: () => (/* binding */ unwrap),
/* harmony export */   bk: () => (/* binding */ credentialText),
/* harmony export */   ec: () => (/* binding */ serverLine),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   ou: () => (/* binding */ firstText)
/* harmony export */ });
/* unused harmony export MAX_NAMES */
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(528);
/**
 * Tolerant readers for vendor JSON: ids that arrive as strings or numbers, booleans as "true",
 * names in camelCase or snake_case, roles as a string, a list, or a list of objects.
 *
 * Every string these readers return has passed `serverText`: one line, no control characters, inert
 * as a workflow command. Identity values read through them are safe for the log, outputs and the
 * summary, whatever the server sent. Credentials are read with `credentialText`, which changes
 * nothing, because a credential must be checked against its grammar, not repaired.
 */

/** The most names (roles, permissions, organizations) read from one answer; the rest are dropped. */
const MAX_NAMES = 1000;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A string or number as cleaned text; anything else as ''. */
function text(value) {
    if (typeof value === 'string')
        return (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(value).trim();
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return '';
}
/** The server's text on one line, cleaned (see ../sanitize.ts). */
function serverLine(value) {
    return (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(value);
}
/**
 * A credential field exactly as the server sent it (a number as its decimal digits), or '' when
 * absent or of another type. Not cleaned: the caller checks it against the credential's grammar.
 */
function credentialText(source, keys) {
    if (!isObject(source))
        return '';
    for (const key of keys) {
        const value = source[key];
        if (typeof value === 'string' && value !== '')
            return value;
        if (typeof value === 'number' && Number.isFinite(value))
            return String(value);
    }
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
    for (const key of keys) {
        if (Object.hasOwn(source, key) && source[key] !== null && source[key] !== undefined) {
            return source[key];
        }
    }
    return undefined;
}
/** Names from a string, a list of strings, an object with a name, or a list of those. */
function names(value, nameKeys = ['name', 'displayName', 'display_name', 'id']) {
    const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    const result = new Set();
    for (const item of items) {
        if (result.size >= MAX_NAMES)
            break;
        if (isObject(item) && deniedFlag(item))
            continue;
        const name = isObject(item) ? firstText(item, nameKeys) : text(item);
        if (name)
            result.add(name);
    }
    return [...result];
}
/**
 * An entry that names a role or permission while saying it is not held ({"name": "scans:write",
 * "granted": false}) must not count as held.
 */
function deniedFlag(item) {
    return ['granted', 'allowed', 'enabled', 'active', 'value'].some((key) => bool(item[key]) === false);
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


/***/ }),

/***/ 176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ roleFromLevel),
/* harmony export */   rY: () => (/* binding */ apiKeysHeaderValue),
/* harmony export */   z7: () => (/* binding */ validateApiKeys)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(333);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(223);
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
 * hexadecimal characters.
 */
function validateApiKeys(accessKey, secretKey, source) {
    const wrong = [
        ['access-key', accessKey],
        ['secret-key', secretKey]
    ].filter(([, key]) => !API_KEY.test(key));
    if (wrong.length === 0)
        return;
    const described = wrong.map(([input, key]) => `${input} (${keyShape(key)})`);
    const suspicious = wrong.some(([, key]) => /[\s"'`;=]/.test(key));
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${source.vendorName} API keys are ${API_KEY_LENGTH} hexadecimal characters each (0-9, a-f); ${source.vendorName} would reject ${wrong.length > 1 ? 'these' : 'this one'}.`,
        `The input${wrong.length > 1 ? 's' : ''} that look${wrong.length > 1 ? '' : 's'} wrong: ${described.join(' and ')}.`,
        `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (the key contains such a character)' : ''}, the whole "accessKey=…; secretKey=…;" line pasted into one secret, or the two keys swapped for something else.`,
        `Fix: copy the keys again from ${source.generatedAt} in ${source.vendorName} into the secrets behind the access-key and secret-key inputs (or ${source.envNames}).`
    ].join('\n'));
}
/** "12 characters", "64 characters, not all hexadecimal": never the key itself. */
function keyShape(key) {
    return key.length === API_KEY_LENGTH
        ? `${key.length} characters, not all hexadecimal`
        : `${key.length} characters`;
}
/** The X-ApiKeys header value, in the documented spelling. */
function apiKeysHeaderValue(accessKey, secretKey) {
    return `accessKey=${accessKey}; secretKey=${secretKey};`;
}
/**
 * The role of a user whose `permissions` field is a level number. A documented level gives its
 * name; a level the table does not name still counts for the "at least" comparison, with no name.
 * `extraNames` names levels that are reported but cannot be required (Tenable VM's 0 Read-Only).
 */
function roleFromLevel(value, levels, extraNames = {}) {
    const raw = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value);
    const level = /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    if (level === undefined)
        return { roles: undefined };
    const name = levels.find((l) => l.level === level)?.name ?? extraNames[level];
    return { roles: name ? [name] : [], roleLevel: level };
}


/***/ }),

/***/ 779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NESSUS_LEVELS: () => (/* binding */ NESSUS_LEVELS),
/* harmony export */   nessus: () => (/* binding */ nessus),
/* harmony export */   parseSession: () => (/* binding */ parseSession),
/* harmony export */   sessionToken: () => (/* binding */ sessionToken)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(333);
/* harmony import */ var _net_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(223);
/* harmony import */ var _kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(176);
/**
 * Tenable Nessus (Manager; Professional and Expert restrict the API), always on-premises, usually
 * https://host:8834 with a self-signed certificate. Two credential modes:
 *   - API keys in `X-ApiKeys`, as Tenable VM: one GET /session;
 *   - a session: POST /session {username, password} → {token}, then `X-Cookie: token=<token>` on
 *     GET /session, ended by DELETE /session in the post step.
 * GET /session names the user and its role level (`permissions`: 16 Basic ... 128 System
 * Administrator); Nessus reports no finer permissions. Errors are `{"error": "..."}`: 401 for bad
 * keys, passwords or tokens, and 412 "API is not available" where the licence withholds the API.
 * Sources: vendors-next §2.2 "7. Tenable Nessus" (pyTenable's Nessus client, a Go client's test data,
 * recorded errors in public issues).
 */





const NAME = 'Nessus';
const SESSION_PATH = '/session';
const NESSUS_LEVELS = [
    { name: 'Basic', level: 16 },
    { name: 'Standard', level: 32 },
    { name: 'Administrator', level: 64 },
    { name: 'System Administrator', level: 128 }
];
/**
 * A Nessus session token: hexadecimal (48 characters wherever one is seen in public). The length
 * range is wider than any sighting, the alphabet is not: anything else is refused as malformed.
 */
const SESSION_TOKEN = /^[0-9a-f]{32,128}$/i;
const KEY_SOURCE = {
    vendorName: NAME,
    generatedAt: 'Settings > My Account > API Keys > Generate',
    envNames: 'NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY'
};
/** Professional and Expert answer this where the licence withholds the API (recorded). */
const API_NOT_AVAILABLE = {
    headline: 'the API is not available on this Nessus licence (Nessus Professional and Expert restrict it)',
    causes: [
        'the url input points at Nessus Professional or Nessus Expert, whose licence withholds the API for automation; Tenable provides it in Nessus Manager and in Tenable VM / Tenable Security Center'
    ],
    fix: 'point the url input at a Nessus Manager, or use Tenable VM (vendor: tenable-vm) or Tenable Security Center (vendor: tenable-sc), which manage Nessus scanners through their API.'
};
const KEYS_REJECTED = {
    headline: 'the API keys were rejected',
    causes: [
        'the keys were regenerated (generating new keys replaces the old pair) or the user was deleted',
        'the secret key does not belong to that access key (swapped, or taken from different pairs)',
        'the keys come from another Nessus server or from Tenable VM, not from the server in the url input'
    ],
    fix: 'generate a new pair under Settings > My Account > API Keys on this Nessus server and put it into the secrets behind the access-key and secret-key inputs (or NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY).'
};
const LOGIN_REJECTED = {
    headline: 'the login was refused',
    causes: [
        'the username or password is wrong (both are case-sensitive)',
        'the user is locked after too many failed logins',
        'the user signs in another way (SAML or a certificate), which POST /session does not accept'
    ],
    fix: 'check the secrets behind the username and password inputs, ask a Nessus administrator to unlock the user, or use API keys (access-key + secret-key), which open no session.'
};
const TOKEN_REFUSED = {
    headline: 'the session token was refused right after login',
    causes: [
        'the session ended in between (an administrator, a restart of Nessus, or a session limit)',
        'a proxy or load balancer sent the two requests to different Nessus servers, or dropped the X-Cookie header'
    ],
    fix: 'run the step again; if it keeps failing, let the url input point at the Nessus server directly, or use API keys (access-key + secret-key).'
};
const IDENTITY_MEANINGS = (unauthorized) => ({
    401: unauthorized,
    412: API_NOT_AVAILABLE
});
const nessus = {
    id: 'nessus',
    name: NAME,
    location: { urlExample: 'https://nessus.example.com:8834' },
    modes: [
        { id: 'api-key', inputs: ['access-key', 'secret-key'] },
        { id: 'session', inputs: ['username', 'password'] }
    ],
    credentialEnv: {
        'access-key': ['NESSUS_ACCESS_KEY'],
        'secret-key': ['NESSUS_SECRET_KEY']
    },
    roles: { kind: 'levels', levels: NESSUS_LEVELS },
    permissions: {
        kind: 'none',
        reason: 'Nessus reports only the user\'s role level, not individual permissions. Use required-roles instead, with the role name or level (e.g. "Administrator" or "64"; a higher level also passes).'
    },
    validate(plan) {
        if (plan.authMode === 'api-key') {
            (0,_kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .validateApiKeys */ .z7)(plan.credentials['access-key'] ?? '', plan.credentials['secret-key'] ?? '', KEY_SOURCE);
        }
        return [];
    },
    async login(context) {
        return context.plan.authMode === 'session' ? loginWithSession(context) : loginWithKeys(context);
    },
    async logout(context, session) {
        const token = sessionToken(session.token, 'the session token saved for the post step');
        const response = await context.http.request({
            method: 'DELETE',
            path: SESSION_PATH,
            headers: cookieHeader(context, token)
        });
        if (response.status >= 200 && response.status < 300)
            return;
        const json = (0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body);
        const words = (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .documentedErrorText */ .iL)(json);
        throw (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .statusFailure */ .FP)({
            vendor: NAME,
            endpoint: response.endpoint,
            status: response.status,
            statusText: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .serverLine */ .ec)(response.statusText),
            vendorText: words ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .serverLine */ .ec)(context.redact(words)) : undefined,
            diagnosis: response.status === 401
                ? {
                    headline: 'the session was not ended: the server no longer knew it',
                    causes: [
                        'it had already ended (an administrator, a restart of Nessus, or a timeout)'
                    ],
                    fix: 'nothing to do for this job.'
                }
                : {
                    ...(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .explainCommonStatus */ .hL)(response.status, NAME),
                    headline: 'the session was not ended'
                }
        });
    }
};
async function loginWithKeys(context) {
    const { plan } = context;
    const accessKey = plan.credentials['access-key'];
    const secretKey = plan.credentials['secret-key'];
    const headerValue = (0,_kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .apiKeysHeaderValue */ .rY)(accessKey, secretKey);
    context.mask(headerValue);
    const { identity } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(context, {
        method: 'GET',
        path: SESSION_PATH,
        headers: { 'x-apikeys': headerValue },
        meanings: IDENTITY_MEANINGS(KEYS_REJECTED)
    }, parseSession);
    return {
        identity,
        authHeader: `X-ApiKeys: ${headerValue}`,
        env: { NESSUS_URL: plan.url, NESSUS_ACCESS_KEY: accessKey, NESSUS_SECRET_KEY: secretKey }
    };
}
async function loginWithSession(context) {
    const { plan } = context;
    const login = {
        method: 'POST',
        path: SESSION_PATH,
        // A login opens a session: never sent twice once it may have reached the server.
        creates: true,
        json: { username: plan.credentials.username, password: plan.credentials.password },
        issuesCredentials: true,
        meanings: {
            401: { ...LOGIN_REJECTED, headline: `the login of ${plan.credentials.username} was refused` },
            412: API_NOT_AVAILABLE
        }
    };
    const { response, body } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(context, login, (answer) => 'token' in answer);
    const token = sessionToken((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialText */ .bk)(body, ['token']), `the session token in the answer of ${response.endpoint}`);
    context.mask(token);
    try {
        const { identity } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(context, {
            method: 'GET',
            path: SESSION_PATH,
            headers: cookieHeader(context, token),
            meanings: IDENTITY_MEANINGS(TOKEN_REFUSED)
        }, parseSession);
        return {
            identity,
            authHeader: `X-Cookie: token=${token}`,
            token,
            env: { NESSUS_URL: plan.url, NESSUS_TOKEN: token },
            session: { token }
        };
    }
    catch (error) {
        // The session is open but will not be handed to the post step: end it now, best effort.
        await endQuietly(context, token);
        throw error;
    }
}
async function endQuietly(context, token) {
    try {
        await nessus.logout(context, { token });
        context.info('Ended the Nessus session that was opened for this failed check.');
    }
    catch (error) {
        context.debug(`Could not end the Nessus session: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** The X-Cookie header of a session; the token is masked before it is put into a header. */
function cookieHeader(context, token) {
    context.mask(token);
    context.mask(`token=${token}`);
    return { 'x-cookie': `token=${token}` };
}
/**
 * A session token as Nessus issues it, or the malformed-credential failure, which never quotes the
 * value (it may be a secret, or an attack on the next step's shell).
 */
function sessionToken(value, what) {
    if (value !== undefined && SESSION_TOKEN.test(value))
        return value;
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The server answered with a malformed credential: ${what} is not a Nessus session token (32 to 128 hexadecimal characters). ` +
        'Its value is not shown, since it may be a secret. A genuine server never sends this: check ' +
        'that the url input points at the real server, and that no proxy or gateway rewrites its answers.');
}
/** Reads GET /session: `id` a number, `permissions` the role level, `name` the full name. */
function parseSession(user) {
    const username = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .firstText */ .ou)(user, ['username']);
    return {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(user.id),
        username,
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .firstText */ .ou)(user, ['name']) || username,
        email: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .firstText */ .ou)(user, ['email']),
        ...(0,_kit_tenable_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .roleFromLevel */ .LP)(user.permissions, NESSUS_LEVELS),
        permissions: undefined,
        organization: ''
    };
}


/***/ })

};
