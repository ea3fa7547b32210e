export const id = 305;
export const ids = [305];
export const modules = {

/***/ 12:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ normaliseExpiry),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   uj: () => (/* binding */ judgeCredentialExpiry)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(333);
/**
 * Expiry times: read them from whatever a vendor sends (ISO-8601 in any offset, epoch seconds or
 * milliseconds), print them to the second, and judge a long-lived credential's own expiry against
 * expiry-warning-days. Pure: the clock is a parameter.
 */

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * An expiry as `YYYY-MM-DDTHH:MM:SSZ`: an ISO-8601 string in any offset (a missing offset is read as
 * UTC, as every documented example is), or epoch seconds (milliseconds when it is that large).
 * Fractions of a second are cut, so the reported expiry is never later than the real one.
 */
function normaliseExpiry(value) {
    let ms;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
        ms = value > 1e12 ? value : value * 1000;
    }
    else if (typeof value === 'string' && /^\d+$/.test(value.trim())) {
        return normaliseExpiry(Number(value.trim()));
    }
    else if (typeof value === 'string') {
        const match = ISO_DATE_TIME.exec(value.trim());
        if (!match)
            return undefined;
        let zone = (match[3] ?? 'Z').toUpperCase();
        if (zone !== 'Z') {
            const digits = zone.replace(':', '');
            zone = `${digits.slice(0, 3)}:${digits.slice(3) || '00'}`;
        }
        ms = Date.parse(`${match[1]}T${match[2]}${zone}`);
    }
    else {
        return undefined;
    }
    return (Number.isFinite(ms) && isoSeconds(ms)) || undefined;
}
/** Milliseconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`; '' when out of Date's range. */
function isoSeconds(ms) {
    if (Math.abs(ms) > 8.64e15)
        return '';
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * What the credential's own expiry means for this run: a warning when it is nearer than
 * `warningDays` (0 turns that off), a failure when it has passed.
 */
function judgeCredentialExpiry(vendorName, expiresAt, warningDays, now = Date.now()) {
    const at = Date.parse(expiresAt);
    if (!Number.isFinite(at))
        return undefined;
    if (at <= now) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `${vendorName}: the credential expired on ${expiresAt} (this runner's clock says ${isoSeconds(now)}).`,
            `Fix: create a new credential in ${vendorName} and store it in the secret behind the credential input.`
        ].join('\n'));
    }
    if (warningDays === 0 || at - now > warningDays * DAY_MS)
        return undefined;
    const days = Math.floor((at - now) / DAY_MS);
    const when = days === 0 ? 'within a day' : `in ${days} day${days === 1 ? '' : 's'}`;
    return `The ${vendorName} credential expires ${when}, on ${expiresAt}: create a new one and update the secret before then (expiry-warning-days: ${warningDays}).`;
}


/***/ }),

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

/***/ 305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REGIONS: () => (/* binding */ REGIONS),
/* harmony export */   parseUser: () => (/* binding */ parseUser),
/* harmony export */   regionOfCredentials: () => (/* binding */ regionOfCredentials),
/* harmony export */   signatureHeader: () => (/* binding */ signatureHeader),
/* harmony export */   stripPrefix: () => (/* binding */ stripPrefix),
/* harmony export */   validatePlan: () => (/* binding */ validatePlan),
/* harmony export */   veracode: () => (/* binding */ veracode)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(333);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12);
/* harmony import */ var _net_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(223);
/**
 * Veracode: API ID and key, never sent. Every request carries a fresh HMAC signature
 * (`VERACODE-HMAC-SHA-256 id=…,ts=…,nonce=…,sig=…`), computed as Veracode's own signing libraries
 * compute it:
 *
 *   data = "id={API ID, lower case}&host={host name, lower case}&url={path and query}&method={METHOD}"
 *   kNonce = HMAC-SHA256(key = API key hex-decoded, nonce hex-decoded)
 *   kDate  = HMAC-SHA256(kNonce, timestamp in ms as text)
 *   kSig   = HMAC-SHA256(kDate, "vcode_request_version_1")
 *   sig    = hex(HMAC-SHA256(kSig, data))
 *
 * A credential may carry a region prefix (`vera01ei-` / `vera01es-`: the 7th character names the
 * region, e for EU); the prefix is stripped before signing, as Veracode's libraries do, and an EU
 * prefix selects api.veracode.eu by itself. Two requests: GET /api/authn/v2/users/self (who), then
 * GET /api/authn/v2/api_credentials (when the credentials expire). Sources: shared vendor notes
 * §2.2 "5. Veracode", docs.veracode.com/r/c_hmac_signing_example, docs.veracode.com/r/c_identity_intro.
 * Unconfirmed: the 401 body, and how far the runner's clock may drift from Veracode's.
 */





const NAME = 'Veracode';
const SCHEME = 'VERACODE-HMAC-SHA-256';
const REQUEST_VERSION = 'vcode_request_version_1';
const SELF_PATH = '/api/authn/v2/users/self';
const CREDENTIALS_PATH = '/api/authn/v2/api_credentials';
const REGIONS = { us: 'https://api.veracode.com', eu: 'https://api.veracode.eu' };
/** A credential's region prefix: eight characters and a dash; the 7th names the region. */
const PREFIX = /^([A-Za-z0-9]{8})-(.*)$/;
const PREFIX_REGIONS = { e: 'eu', g: 'us' };
const veracode = {
    id: 'veracode',
    name: NAME,
    location: {
        defaultUrl: REGIONS.us,
        regions: REGIONS,
        defaultRegion: 'us',
        regionFromCredentials: (credentials) => regionOfCredentials(credentials).region
    },
    modes: [{ id: 'api-credentials', inputs: ['access-key', 'secret-key'] }],
    credentialEnv: {
        'access-key': ['VERACODE_API_KEY_ID'],
        'secret-key': ['VERACODE_API_KEY_SECRET']
    },
    roles: { kind: 'names' },
    permissions: {
        kind: 'none',
        reason: 'Veracode reports roles (Creator, Submitter, Reviewer, Upload API, ...), not individual permissions. Use required-roles instead.'
    },
    validate: validatePlan,
    async login(context) {
        const { plan } = context;
        const id = stripPrefix(plan.credentials['access-key']);
        const key = stripPrefix(plan.credentials['secret-key']);
        // The bare values are substrings of the masked inputs, which the runner would not hide alone.
        context.mask(id);
        context.mask(key);
        // Loaded only here: node:crypto is not needed by any other vendor at start-up.
        const { createHmac, randomBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 598, 23));
        // Signed per attempt, from the URL actually sent: a retry gets a fresh timestamp and nonce.
        const signedHeaders = (target) => {
            const header = signatureHeader({ id, key, host: target.hostname, url: target.pathname + target.search, method: 'GET' }, { createHmac, randomBytes }, Date.now());
            context.mask(header);
            return { authorization: header };
        };
        const meanings = { 401: () => unauthorized(context) };
        const { identity } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(context, { method: 'GET', path: SELF_PATH, signedHeaders, meanings }, (user) => parseUser(user));
        const endpoint = {
            method: 'GET',
            path: CREDENTIALS_PATH,
            signedHeaders,
            meanings
        };
        const response = await context.http.request(endpoint);
        const body = (0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body);
        const notes = [];
        let credentialExpiresAt;
        if (response.status >= 200 && response.status < 300 && (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body)) {
            credentialExpiresAt = (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseExpiry */ .IY)(body.expiration_ts);
            if (!credentialExpiresAt) {
                notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Credential expiry', 'not reported (no expiration_ts in the answer)'));
            }
        }
        else if (response.status === 403 || response.status === 404) {
            // The identity is already verified; an account that may not read its own credentials' record
            // only loses the expiry warning.
            notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Credential expiry', `not reported (HTTP ${response.status})`));
        }
        else {
            throw (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAnswer */ .iJ)(context, endpoint, response, body);
        }
        if (plan.region)
            notes.unshift((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Region', `${plan.region} (${plan.url})`));
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
        return {
            identity,
            // Each request needs its own signature, so there is no header a later step could reuse.
            authHeader: '',
            ...(credentialExpiresAt ? { credentialExpiresAt } : {}),
            env: {
                VERACODE_API_KEY_ID: plan.credentials['access-key'],
                VERACODE_API_KEY_SECRET: plan.credentials['secret-key']
            },
            notes
        };
    }
};
// ---------------------------------------------------------------------------------------------
// Credentials
/** The region a credential's prefix names; `unknown` holds a prefix character no region has. */
function regionOfCredentials(credentials) {
    const prefix = PREFIX.exec(credentials['access-key'] ?? '')?.[1];
    if (!prefix)
        return { region: undefined };
    const character = prefix[6].toLowerCase();
    const region = PREFIX_REGIONS[character];
    return region ? { region } : { region: undefined, unknown: prefix };
}
/** The credential without its region prefix, as Veracode's libraries sign with it. */
function stripPrefix(credential) {
    return PREFIX.exec(credential)?.[2] ?? credential;
}
const HEX = /^[0-9a-fA-F]+$/;
/** Shapes Veracode's own libraries check, and the region the prefix names; throws naming the input. */
function validatePlan(plan) {
    const idInput = plan.credentials['access-key'] ?? '';
    const keyInput = plan.credentials['secret-key'] ?? '';
    const id = stripPrefix(idInput);
    const key = stripPrefix(keyInput);
    const idLooksLikeKey = HEX.test(id) && id.length >= 128;
    const keyLooksLikeId = HEX.test(key) && key.length >= 32 && key.length < 128;
    if (idLooksLikeKey && keyLooksLikeId) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR([
            'The access-key and secret-key inputs look swapped: access-key holds a value as long as a Veracode API key (secret), and secret-key one as short as an API ID.',
            'Fix: put the API ID in access-key (or VERACODE_API_KEY_ID) and the API key in secret-key (or VERACODE_API_KEY_SECRET).'
        ].join('\n'));
    }
    if (!HEX.test(id) || id.length < 32 || id.length > 128) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The access-key input is not a Veracode API ID (32 to 128 hexadecimal characters, perhaps after a region prefix such as vera01ei-). Copy the API ID from Veracode > API Credentials into the secret behind access-key (or VERACODE_API_KEY_ID).`);
    }
    if (!HEX.test(key) || key.length < 128 || key.length > 1024 || key.length % 2 !== 0) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The secret-key input is not a Veracode API key (at least 128 hexadecimal characters, perhaps after a region prefix such as vera01es-). Copy the API key (secret) from Veracode > API Credentials into the secret behind secret-key (or VERACODE_API_KEY_SECRET).`);
    }
    const fromId = regionOfCredentials({ 'access-key': idInput });
    const fromKey = regionOfCredentials({ 'access-key': keyInput });
    if (fromId.unknown || fromKey.unknown) {
        const prefix = fromId.unknown ?? fromKey.unknown;
        if (plan.region !== undefined) {
            throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The Veracode credentials carry the prefix ${prefix}-, which names a region this action has no URL for (only ${Object.keys(REGIONS).join(', ')}; "f" is Veracode's FedRAMP region). Set the url input to that region's API URL.`);
        }
    }
    else if (fromId.region !== fromKey.region) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR('The access-key and secret-key inputs carry different region prefixes (or only one has one): they are not one pair. Copy both from the same Veracode > API Credentials page.');
    }
    const credentialRegion = fromId.region;
    if (credentialRegion && plan.region && plan.region !== credentialRegion) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The Veracode credentials belong to region ${credentialRegion} (their prefix says so), but the region input is ${plan.region}. Remove the region input (the prefix selects ${REGIONS[credentialRegion]}) or use credentials from region ${plan.region}.`);
    }
    return [];
}
/** The Authorization header for one request, with a fresh nonce (16 random bytes) and timestamp. */
function signatureHeader(input, crypto, timestampMs, nonce = crypto.randomBytes(16).toString('hex')) {
    const ts = String(timestampMs);
    const data = `id=${input.id.toLowerCase()}&host=${input.host.toLowerCase()}&url=${input.url}&method=${input.method.toUpperCase()}`;
    const hmac = (key, message) => crypto.createHmac('sha256', key).update(message).digest();
    const keyNonce = hmac(Buffer.from(input.key, 'hex'), Buffer.from(nonce, 'hex'));
    const keyDate = hmac(keyNonce, ts);
    const signingKey = hmac(keyDate, REQUEST_VERSION);
    const sig = crypto.createHmac('sha256', signingKey).update(data).digest('hex');
    return `${SCHEME} id=${input.id},ts=${ts},nonce=${nonce},sig=${sig}`;
}
// ---------------------------------------------------------------------------------------------
// Answers
/** The documented user model: user_name, email_address, first/last name, roles[].role_name. */
function parseUser(user) {
    const first = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['first_name']);
    const last = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['last_name']);
    const roleValue = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstPresent */ .IT)(user, ['roles']);
    const organization = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstPresent */ .IT)(user, ['organization']);
    const identity = {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['user_id', 'user_legacy_id']),
        username: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['user_name']),
        displayName: [first, last].filter(Boolean).join(' '),
        email: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(user, ['email_address']),
        roles: roleValue === undefined ? undefined : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .names */ .Dy)(roleValue, ['role_name']),
        permissions: undefined,
        organization: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(organization)
            ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(organization, ['org_name', 'name'])
            : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .names */ .Dy)(organization).join(', ')
    };
    // "Upload API" in the console is role_name "uploadapi": either spelling meets required-roles.
    if (roleValue !== undefined)
        identity.roleAliases = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .names */ .Dy)(roleValue, ['role_description']);
    return identity;
}
/** What a 401 means here: the signature, its clock, or the credentials themselves. */
function unauthorized(context) {
    return {
        headline: 'the signed request was rejected',
        causes: [
            ...(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .regionCause */ .__)(context),
            'the credentials were revoked or have expired: each user has one active API ID and key, and generating a new pair revokes the old one',
            'the API ID and key were swapped, or are not one pair (access-key holds the API ID, secret-key the API key)',
            "this runner's clock is off: the signature carries its time, and Veracode refuses one too far from its own (how far is not documented; keep the clock within a minute, with NTP)"
        ],
        fix: 'generate new API credentials in Veracode > API Credentials (or check their expiry there), store the API ID in access-key (or VERACODE_API_KEY_ID) and the key in secret-key (or VERACODE_API_KEY_SECRET), and check the runner clock.'
    };
}


/***/ })

};
