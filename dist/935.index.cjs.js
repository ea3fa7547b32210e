"use strict";
exports.id = 935;
exports.ids = [935];
exports.modules = {

/***/ 1719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ note),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   Y8: () => (/* binding */ requireNamedUser),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   __: () => (/* binding */ regionCause),
/* harmony export */   iJ: () => (/* binding */ explainAnswer),
/* harmony export */   iL: () => (/* binding */ documentedErrorText),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   y$: () => (/* binding */ atBaseUrl)
/* harmony export */ });
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4238);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3333);
/* harmony import */ var _net_excerpt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4002);
/* harmony import */ var _net_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4457);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
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
    const { response, body } = await send(context, endpoint);
    const ok = response.status >= 200 && response.status < 300;
    if (ok && (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) && isSuccess(body, response))
        return { response, body };
    throw explainAnswer(context, endpoint, response, body);
}
/**
 * Sends the endpoint and reads its answer (bounded JSON; undefined when it is not JSON) without
 * judging it: for a vendor that decides some statuses itself (a 403 noted rather than thrown) and
 * hands the rest to `explainAnswer`. `call` is this, then the judgement.
 */
async function send(context, endpoint) {
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
    const body = (0,_net_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .qF)(response.body);
    endpoint.onAnswer?.(response, body);
    return { response, body, plan: context.plan };
}
/**
 * The one failure message for an answer that is not a success. Status first: the vendor's meaning
 * of that status, else the shared one. A 2xx that is not a JSON object is "not the API"; one that
 * is JSON but fails the vendor's own signal takes the vendor's meaning of that 2xx.
 */
function explainAnswer(context, endpoint, response, body) {
    const vendorName = context.vendor.name;
    const ok = response.status >= 200 && response.status < 300;
    const answer = { response, body, plan: context.plan };
    const diagnosis = meaningOf(endpoint.meanings[response.status], answer) ?? meaningOf(endpoint.otherwise, answer);
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) && (endpoint.jsonErrors || (ok && !diagnosis))) {
        const failure = (0,_net_json_js__WEBPACK_IMPORTED_MODULE_3__/* .notJsonFailure */ .cC)(vendorName, response, context.redact, {
            quoteBody: !endpoint.issuesCredentials
        });
        return withTrailer(failure, endpoint.trailer);
    }
    return (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFailure */ .FP)({
        vendor: vendorName,
        endpoint: response.endpoint,
        status: response.status,
        statusText: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .serverLine */ .ec)(response.statusText),
        vendorText: vendorWords(context, endpoint, response, body),
        diagnosis: diagnosis ??
            (ok ? unrecognisedSuccess(vendorName) : (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .explainCommonStatus */ .hL)(response.status, vendorName)),
        trailer: [...(diagnosis?.trailer ?? []), ...(endpoint.trailer ?? [])]
    });
}
/**
 * The vendor's words: the endpoint's own `vendorText`, or else documented fields of a JSON body;
 * for a body that is not JSON, a short excerpt, unless the answer may carry a credential. Redacted
 * before it is shortened.
 */
function vendorWords(context, endpoint, response, body) {
    if (endpoint.vendorText) {
        return endpoint.vendorText({ response, body, plan: context.plan }, context.redact) || undefined;
    }
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body)) {
        const words = (endpoint.errorText ?? documentedErrorText)(body);
        return words ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .serverLine */ .ec)(context.redact(words)) : undefined;
    }
    if (endpoint.issuesCredentials || response.body.trim() === '')
        return undefined;
    return (0,_net_excerpt_js__WEBPACK_IMPORTED_MODULE_4__/* .textExcerpt */ .$s)(context.redact(response.body));
}
function meaningOf(meaning, answer) {
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
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body))
        return '';
    if (Array.isArray(body.errors)) {
        const first = body.errors[0];
        const words = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(first)
            ? [(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(first, ['title']), (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(first, ['detail', 'message'])]
            : [typeof first === 'string' ? first : ''];
        const joined = words.filter(Boolean).join(': ');
        if (joined)
            return joined;
    }
    const error = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body.error) ? body.error : undefined;
    const code = error ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(error, ['code']) : (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['error']);
    const description = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(error ?? body, [
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

/***/ 1223:
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
/* harmony export */   oA: () => (/* binding */ MAX_NAMES),
/* harmony export */   ou: () => (/* binding */ firstText)
/* harmony export */ });
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9528);
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

/***/ 4457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cC: () => (/* binding */ notJsonFailure),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, MAX_JSON_ENTRIES, jsonLimitExceeded */
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4002);
/**
 * Bounded JSON: answers are parsed only within limits no identity answer comes near, so no server
 * can exhaust the stack or the CPU, and an answer that is not JSON gets one clear failure.
 */


/** JSON nested deeper than this is refused before parsing; identity answers nest 3 or 4 levels. */
const MAX_JSON_DEPTH = 64;
/**
 * JSON with more array entries plus object keys than this, in total, is refused before parsing:
 * an identity answer holds a few dozen, and every entry is work for the vendor module afterwards.
 */
const MAX_JSON_ENTRIES = 10_000;
/**
 * Checks the bounds of a JSON text in one linear pass, without parsing it: nesting deeper than
 * MAX_JSON_DEPTH, or more than MAX_JSON_ENTRIES array entries and object keys in total. Counting
 * is on the raw text (a separator or the first item of a container is an entry), so malformed
 * text is measured too; JSON.parse then decides whether it is JSON at all.
 */
function jsonLimitExceeded(text) {
    if (withinBoundsByCount(text))
        return undefined;
    let depth = 0;
    let entries = 0;
    let inString = false;
    let justOpened = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c /* \ */)
                i++;
            else if (c === 0x22 /* " */)
                inString = false;
            continue;
        }
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            continue;
        if (justOpened) {
            justOpened = false;
            if (c !== 0x5d /* ] */ && c !== 0x7d /* } */)
                entries++;
        }
        if (c === 0x22)
            inString = true;
        else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            if (++depth > MAX_JSON_DEPTH)
                return 'too-deep';
            justOpened = true;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
        else if (c === 0x2c /* , */)
            entries++;
        if (entries > MAX_JSON_ENTRIES)
            return 'too-many-entries';
    }
    return undefined;
}
/**
 * The quick proof that a text is within both bounds, for the answers every check reads: the pass
 * below counts at most one entry per character (a separator, or the first item after an opening)
 * and one level per `[` or `{`, so a text no longer than MAX_JSON_ENTRIES with no more openings than
 * MAX_JSON_DEPTH is within them. indexOf counts the few openings; a step per character in JavaScript
 * took most of a millisecond on a token answer.
 */
function withinBoundsByCount(text) {
    if (text.length > MAX_JSON_ENTRIES)
        return false;
    let openings = 0;
    for (const opening of ['[', '{']) {
        for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
            if (++openings > MAX_JSON_DEPTH)
                return false;
        }
    }
    return true;
}
/**
 * Parses a JSON body whatever the Content-Type claims (Tenable.sc labels JSON as text/html).
 * Returns undefined for text that is not JSON and for JSON beyond the bounds of jsonLimitExceeded
 * (so no answer can exhaust the stack or the CPU); notJsonFailure says which it was.
 */
function parseJson(body) {
    if (jsonLimitExceeded(body) !== undefined)
        return undefined;
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
/** The failure for an answer that should have been JSON, with a short, redacted excerpt if allowed. */
function notJsonFailure(vendor, response, redact, options = {}) {
    const type = (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(String(response.headers['content-type'] ?? 'no Content-Type'));
    const limit = jsonLimitExceeded(response.body);
    if (limit !== undefined) {
        const what = limit === 'too-deep'
            ? `JSON nested deeper than ${MAX_JSON_DEPTH} levels`
            : `JSON with more than ${MAX_JSON_ENTRIES.toLocaleString('en-US')} entries`;
        return new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR([
            `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${what} (${type}), far beyond any answer of the API; it was not read.`,
            'Fix: check the url input points at the vendor API, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
        ].join('\n'));
    }
    const looksHtml = /<html|<!doctype/i.test(response.body);
    const excerpt = options.quoteBody === true ? (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_0__/* .redactedExcerpt */ .aH)(response.body, redact) : '';
    const size = Buffer.byteLength(response.body);
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR([
        `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${looksHtml ? 'an HTML page' : 'a body that is not JSON'} (${type}), not the API's JSON.`,
        options.quoteBody === true
            ? excerpt
                ? `It begins: ${excerpt}`
                : ''
            : `Its ${size} bytes are not quoted: the answer of a login may hold credentials.`,
        looksHtml
            ? 'Likely causes: a login or SSO page, a proxy or firewall error page, or a url input that points at the web interface instead of the API.'
            : 'Likely cause: the url input points at something other than the API.',
        'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
    ]
        .filter(Boolean)
        .join('\n'));
}


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  conversationId: () => (/* binding */ conversationId),
  parseUser: () => (/* binding */ parseUser),
  signatureHeader: () => (/* binding */ signatureHeader),
  veracode: () => (/* binding */ veracode)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/net/json.ts
var json = __webpack_require__(4457);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var kit_endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
;// CONCATENATED MODULE: ./src/vendors/veracode/credentials.ts
/**
 * Veracode credentials before any request: the shapes Veracode's own libraries check, the region a
 * credential's prefix names (`vera01ei-`: the 7th character, e for EU, f for FedRAMP, g for the US),
 * and the hosts of those regions, as Veracode's own client maps them (veracode/veracode-api-py,
 * constants.py REGIONS: global api.veracode.com, eu api.veracode.eu, fedramp api.veracode.us).
 */

const REGIONS = {
    us: 'https://api.veracode.com',
    eu: 'https://api.veracode.eu',
    fedramp: 'https://api.veracode.us'
};
/** A credential's region prefix: eight characters and a dash; the 7th names the region. */
const PREFIX = /^([A-Za-z0-9]{8})-(.*)$/;
const PREFIX_REGIONS = { e: 'eu', f: 'fedramp', g: 'us' };
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
/**
 * An identifier that is not hexadecimal: not an HMAC API ID, and most likely the Client ID of OAuth
 * Client credentials (whose format Veracode does not document). A stray space or quote is not this.
 */
const CLIENT_ID_LIKE = /^[A-Za-z0-9._~-]{16,256}$/;
function oauthClientRefused() {
    return new failure/* ActionFailure */.dR([
        'The access-key input is not a Veracode HMAC API ID (32 to 128 hexadecimal characters): it looks like the Client ID of Veracode OAuth Client credentials.',
        'This action signs each request with HMAC credentials; it does not trade OAuth Client credentials for a token, because Veracode does not publicly document the token endpoint they are exchanged at.',
        'Fix: create HMAC credentials (Veracode > API Credentials > Create API Credentials > HMAC Credentials), and store the API ID in access-key (or VERACODE_API_KEY_ID) and the Secret Key in secret-key (or VERACODE_API_KEY_SECRET).'
    ].join('\n'));
}
/** Shapes Veracode's own libraries check, and the region the prefix names; throws naming the input. */
function validatePlan(plan) {
    const idInput = plan.credentials['access-key'] ?? '';
    const keyInput = plan.credentials['secret-key'] ?? '';
    const id = stripPrefix(idInput);
    const key = stripPrefix(keyInput);
    const idLooksLikeKey = HEX.test(id) && id.length >= 128;
    const keyLooksLikeId = HEX.test(key) && key.length >= 32 && key.length < 128;
    if (idLooksLikeKey && keyLooksLikeId) {
        throw new failure/* ActionFailure */.dR([
            'The access-key and secret-key inputs look swapped: access-key holds a value as long as a Veracode API key (secret), and secret-key one as short as an API ID.',
            'Fix: put the API ID in access-key (or VERACODE_API_KEY_ID) and the API key in secret-key (or VERACODE_API_KEY_SECRET).'
        ].join('\n'));
    }
    if (!HEX.test(id) && CLIENT_ID_LIKE.test(id))
        throw oauthClientRefused();
    if (!HEX.test(id) || id.length < 32 || id.length > 128) {
        throw new failure/* ActionFailure */.dR(`The access-key input is not a Veracode API ID (32 to 128 hexadecimal characters, perhaps after a region prefix such as vera01ei-). Copy the API ID from Veracode > API Credentials into the secret behind access-key (or VERACODE_API_KEY_ID).`);
    }
    if (!HEX.test(key) || key.length < 128 || key.length > 1024 || key.length % 2 !== 0) {
        throw new failure/* ActionFailure */.dR(`The secret-key input is not a Veracode API key (at least 128 hexadecimal characters, perhaps after a region prefix such as vera01es-). Copy the API key (secret) from Veracode > API Credentials into the secret behind secret-key (or VERACODE_API_KEY_SECRET).`);
    }
    const fromId = regionOfCredentials({ 'access-key': idInput });
    const fromKey = regionOfCredentials({ 'access-key': keyInput });
    if (fromId.unknown || fromKey.unknown) {
        const prefix = fromId.unknown ?? fromKey.unknown;
        if (plan.region !== undefined) {
            throw new failure/* ActionFailure */.dR(`The Veracode credentials carry the prefix ${prefix}-, which names a region this action has no URL for (only ${Object.keys(REGIONS).join(', ')}). Set the url input to that region's API URL.`);
        }
    }
    else if (fromId.region !== fromKey.region) {
        throw new failure/* ActionFailure */.dR('The access-key and secret-key inputs carry different region prefixes (or only one has one): they are not one pair. Copy both from the same Veracode > API Credentials page.');
    }
    const credentialRegion = fromId.region;
    if (credentialRegion && plan.region && plan.region !== credentialRegion) {
        throw new failure/* ActionFailure */.dR(`The Veracode credentials belong to region ${credentialRegion} (their prefix says so), but the region input is ${plan.region}. Remove the region input (the prefix selects ${REGIONS[credentialRegion]}) or use credentials from region ${plan.region}.`);
    }
    return [];
}

;// CONCATENATED MODULE: ./src/vendors/veracode/index.ts
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
 * region, e for EU, f for FedRAMP); the prefix is stripped before signing, as Veracode's libraries
 * do, and selects its region's host by itself (api.veracode.eu, api.veracode.us, the hosts Veracode's
 * own client maps its regions to). Two requests: GET /api/authn/v2/users/self (who), then
 * GET /api/authn/v2/api_credentials (when the credentials expire). Every failure after an answer
 * quotes the answer's `x-conversation-id`, which Veracode's client logs for support.
 * Sources: shared vendor notes §2.2 "5. Veracode", docs.veracode.com/r/c_hmac_signing_example,
 * docs.veracode.com/r/c_identity_intro, veracode/veracode-api-py (constants.py REGIONS,
 * apihelper.py x-conversation-id). Unconfirmed: the 401 body, and how far the runner's clock may
 * drift from Veracode's.
 *
 * OAuth Client credentials (a client ID and secret traded for a short-lived token) exist
 * (docs.veracode.com/r/OAuth_Client_credentials), but no public page names the token endpoint or
 * the request, so they are refused by name rather than guessed at.
 */






const NAME = 'Veracode';
const SCHEME = 'VERACODE-HMAC-SHA-256';
const REQUEST_VERSION = 'vcode_request_version_1';
const SELF_PATH = '/api/authn/v2/users/self';
const CREDENTIALS_PATH = '/api/authn/v2/api_credentials';
/** Veracode's request reference, as its answers carry it: quoted only when it looks like one. */
const CONVERSATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
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
    roles: {
        kind: 'names',
        // "Administrator" is the role's description; extadmin its role_name.
        administrative: {
            names: ['Administrator', 'extadmin'],
            narrower: 'Submitter (Upload and Scan API for an API service account)'
        }
    },
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
        const { createHmac, randomBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
        // Signed per attempt, from the URL actually sent: a retry gets a fresh timestamp and nonce.
        const signedHeaders = (target) => {
            const header = signatureHeader({ id, key, host: target.hostname, url: target.pathname + target.search, method: 'GET' }, { createHmac, randomBytes }, Date.now());
            context.mask(header);
            return { authorization: header };
        };
        // The latest answer's conversation id, for a failure message; none before an answer.
        let conversation = '';
        const heard = (response) => {
            conversation = conversationId(response);
        };
        try {
            const { identity } = await (0,kit_endpoint/* checkIdentity */.Z0)(context, {
                method: 'GET',
                path: SELF_PATH,
                signedHeaders,
                meanings: meanings(context),
                onAnswer: heard
            }, (user) => parseUser(user));
            conversation = '';
            const expiry = await credentialExpiry(context, signedHeaders, heard);
            const notes = [...expiry.notes];
            if (plan.region)
                notes.unshift((0,kit_endpoint/* note */.N4)('Region', `${plan.region} (${plan.url})`));
            for (const n of notes)
                context.info(`${n.label}: ${n.value}`);
            return {
                identity,
                // Each request needs its own signature, so there is no header a later step could reuse.
                authHeader: '',
                ...(expiry.at ? { credentialExpiresAt: expiry.at } : {}),
                env: {
                    VERACODE_API_KEY_ID: plan.credentials['access-key'],
                    VERACODE_API_KEY_SECRET: plan.credentials['secret-key']
                },
                notes
            };
        }
        catch (error) {
            throw withConversation(error, conversation);
        }
    }
};
/** Both requests mean the same by a 401: the signature, its clock, or the credentials. */
function meanings(context) {
    return { 401: (() => unauthorized(context)) };
}
/** GET api_credentials: the credentials' own expiry; a 403 or 404 only loses it, with a note. */
async function credentialExpiry(context, signedHeaders, heard) {
    const endpoint = {
        method: 'GET',
        path: CREDENTIALS_PATH,
        signedHeaders,
        meanings: meanings(context)
    };
    const response = await context.http.request(endpoint);
    heard(response);
    const body = (0,json/* parseJson */.qF)(response.body);
    if (response.status >= 200 && response.status < 300 && (0,parse/* isObject */.Gv)(body)) {
        const at = (0,expiry/* normaliseExpiry */.IY)(body.expiration_ts);
        return {
            at,
            notes: at ? [] : [(0,kit_endpoint/* note */.N4)('Credential expiry', 'not reported (no expiration_ts in the answer)')]
        };
    }
    if (response.status === 403 || response.status === 404) {
        // The identity is already verified; an account that may not read its own credentials' record
        // only loses the expiry warning.
        return {
            at: undefined,
            notes: [(0,kit_endpoint/* note */.N4)('Credential expiry', `not reported (HTTP ${response.status})`)]
        };
    }
    throw (0,kit_endpoint/* explainAnswer */.iJ)(context, endpoint, response, body);
}
/** The answer's `x-conversation-id`, when it has the shape of one; '' otherwise. */
function conversationId(response) {
    const value = response.headers['x-conversation-id'];
    const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
    return CONVERSATION_ID.test(text) ? text : '';
}
/** The failure with the conversation id of the answer that caused it, for Veracode support. */
function withConversation(error, conversation) {
    if (!(error instanceof failure/* ActionFailure */.dR) || !conversation)
        return error;
    return new failure/* ActionFailure */.dR(`${error.message}\nConversation ID: ${conversation} (the answer's x-conversation-id; quote it to Veracode support)`);
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
    const first = (0,parse/* firstText */.ou)(user, ['first_name']);
    const last = (0,parse/* firstText */.ou)(user, ['last_name']);
    const roleValue = (0,parse/* firstPresent */.IT)(user, ['roles']);
    const organization = (0,parse/* firstPresent */.IT)(user, ['organization']);
    const identity = {
        userId: (0,parse/* firstText */.ou)(user, ['user_id', 'user_legacy_id']),
        username: (0,parse/* firstText */.ou)(user, ['user_name']),
        displayName: [first, last].filter(Boolean).join(' '),
        email: (0,parse/* firstText */.ou)(user, ['email_address']),
        roles: roleValue === undefined ? undefined : (0,parse/* names */.Dy)(roleValue, ['role_name']),
        permissions: undefined,
        organization: (0,parse/* isObject */.Gv)(organization)
            ? (0,parse/* firstText */.ou)(organization, ['org_name', 'name'])
            : (0,parse/* names */.Dy)(organization).join(', ')
    };
    // "Upload API" in the console is role_name "uploadapi": either spelling meets required-roles.
    if (roleValue !== undefined)
        identity.roleAliases = (0,parse/* names */.Dy)(roleValue, ['role_description']);
    return identity;
}
/** What a 401 means here: the signature, its clock, or the credentials themselves. */
function unauthorized(context) {
    return {
        headline: 'the signed request was rejected',
        causes: [
            ...(0,kit_endpoint/* regionCause */.__)(context),
            'the credentials were revoked or have expired: each user has one active API ID and key, and generating a new pair revokes the old one',
            'the API ID and key were swapped, or are not one pair (access-key holds the API ID, secret-key the API key)',
            "this runner's clock is off: the signature carries its time, and Veracode refuses one too far from its own (how far is not documented; keep the clock within a minute, with NTP)"
        ],
        fix: 'generate new API credentials in Veracode > API Credentials (or check their expiry there), store the API ID in access-key (or VERACODE_API_KEY_ID) and the key in secret-key (or VERACODE_API_KEY_SECRET), and check the runner clock.'
    };
}


/***/ })

};
;