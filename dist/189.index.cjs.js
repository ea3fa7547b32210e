"use strict";
exports.id = 189;
exports.ids = [189];
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

/***/ 1149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ issuedText),
/* harmony export */   hC: () => (/* binding */ bearerToken),
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
 * credential, from which vendor and endpoint) without quoting the value.
 */
function bearerToken(value, what) {
    const token = issuedText(value);
    if (token === undefined || token.length > MAX_BEARER_TOKEN || !BEARER_TOKEN.test(token)) {
        throw malformedCredential(what, 'a bearer token (RFC 6750: at least 16 letters, digits, - . _ ~ + / then = padding)');
    }
    return token;
}
/**
 * A string as given, or a whole number that JSON carried exactly; anything else (a fraction, a
 * number past 2^53 that lost digits in parsing, an object) is not a credential.
 */
function issuedText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
    return undefined;
}
/** The failure for an issued credential that is not `expected`; the value is never quoted. */
function malformedCredential(what, expected) {
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The server answered with a malformed credential: ${what} is not ${expected}. ` +
        'Its value is not shown, since it may be a secret. A genuine server never sends this: check ' +
        'that the url input points at the real server, and that no proxy or gateway rewrites its answers.');
}


/***/ }),

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: () => (/* binding */ looksLikeJwt),
/* harmony export */   dG: () => (/* binding */ decodeJwtClaims),
/* harmony export */   lo: () => (/* binding */ jwtExpiry)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1223);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2012);
/**
 * JWTs as vendors hand them out (API keys, access tokens, refresh tokens): recognised by shape and
 * decoded, never verified, since the signing key is the issuer's. Use the claims only to describe a
 * token that came straight from the server or from the user's own secret.
 */


/** Three base64url parts whose header decodes to JSON with an `alg`. */
function looksLikeJwt(value) {
    const parts = value.split('.');
    if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part)))
        return false;
    const header = decodePart(parts[0]);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(header) && typeof header.alg === 'string';
}
/** The payload of a JWT, or undefined when it is not one. */
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    const payload = decodePart(parts[1]);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(payload) ? payload : undefined;
}
/** The `exp` claim (seconds since the epoch) as ISO-8601, or undefined. */
function jwtExpiry(claims) {
    const exp = claims.exp;
    if (typeof exp === 'number')
        return (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseExpiry */ .IY)(exp);
    if (typeof exp === 'string' && /^\d+$/.test(exp.trim()))
        return (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseExpiry */ .IY)(Number(exp));
    return undefined;
}
function decodePart(part) {
    // A JWT part is small; a huge one is not a JWT and is not worth decoding.
    if (part.length > 16_384)
        return undefined;
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
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

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ issuedBearerToken)
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
function issuedBearerToken(context, value, what) {
    const token = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .bearerToken */ .hC)(value, what);
    context.mask(token);
    return token;
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

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REGIONS: () => (/* binding */ REGIONS),
  checkKeyPair: () => (/* binding */ checkKeyPair),
  parseProfile: () => (/* binding */ parseProfile),
  prismaCloud: () => (/* binding */ prismaCloud),
  tokenExpiry: () => (/* binding */ tokenExpiry)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/jwt.ts
var jwt = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/vendors/prisma-cloud/meanings.ts


const NAME = 'Prisma Cloud';
const KEY_PAGE = 'Settings > Access Control > Access Keys';
const KEY_INPUTS = 'the secrets behind the access-key and secret-key inputs (or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY)';
/** Entries of `x-redlock-status` worth quoting; a longer list is cut. */
const MAX_STATUS_ENTRIES = 5;
/** The `i18nKey` of each entry of the answer's `x-redlock-status` (with its subject), raw. */
function redlockStatus(response) {
    const value = response.headers['x-redlock-status'];
    const raw = Array.isArray(value) ? value[0] : value;
    if (!raw)
        return [];
    let entries;
    try {
        entries = JSON.parse(raw);
    }
    catch {
        return [];
    }
    if (!Array.isArray(entries))
        return [];
    return entries
        .slice(0, MAX_STATUS_ENTRIES)
        .filter(parse/* isObject */.Gv)
        .map((entry) => {
        const key = typeof entry.i18nKey === 'string' ? entry.i18nKey.trim() : '';
        const subject = typeof entry.subject === 'string' ? entry.subject.trim() : '';
        return key && subject ? `${key} (${subject})` : key;
    })
        .filter(Boolean);
}
/**
 * Prisma Cloud's words: the `x-redlock-status` keys, then the documented fields of a JSON body,
 * redacted whole before they are cut to one bounded line. A body that is not JSON is never quoted
 * (the login's answer may carry the token).
 */
function prismaText({ response, body }, redact) {
    const words = [redlockStatus(response).join(', '), (0,endpoint/* documentedErrorText */.iL)(body)]
        .filter(Boolean)
        .join('; ');
    return words ? (0,parse/* serverLine */.ec)(redact(words)) : '';
}
/** The 401 of POST /login: the key pair was refused, or a password login of an SSO user. */
function loginRejected(context) {
    return ({ response }) => {
        if (redlockStatus(response).some((key) => key.startsWith('sso_enabled_password_login_attempt')))
            return ssoPasswordLogin;
        return {
            headline: 'the access key was rejected',
            causes: [
                ...(0,endpoint/* regionCause */.__)(context),
                'the access key was deleted or disabled, or has expired (an access key may be created with an expiry date)',
                'the user or service account that owns the key was disabled or removed',
                'the access key ID and secret do not belong together, or one was copied wrongly (a stray space, quote or line break; Prisma Cloud shows a secret only once)'
            ],
            fix: `set region to the stack of your Prisma Cloud console (https://app2.eu.prismacloud.io is eu2, https://app.anz.prismacloud.io is anz), or create an access key under ${KEY_PAGE} and put its ID and secret into ${KEY_INPUTS}.`
        };
    };
}
const ssoPasswordLogin = {
    headline: 'Prisma Cloud refused a password login for a single sign-on user',
    causes: [
        'the access-key input holds a user’s e-mail address and secret-key a password, and that user signs in through SSO; this step logs in with an access key'
    ],
    fix: `create an access key under ${KEY_PAGE} (a service account's, for CI) and put its ID and secret into ${KEY_INPUTS}.`
};
/** 401 from GET /user/me with the token /login just issued. */
const tokenRejected = {
    headline: 'the token just issued by /login was rejected',
    causes: [
        'the url input reaches more than one Prisma Cloud stack (a proxy mixing stacks)',
        "this runner's clock or the server's is wrong, so the 10-minute token reads as expired",
        'a proxy in front of the url input removed or changed the x-redlock-auth header'
    ],
    fix: 'run the step again; if it persists, set region instead of url.'
};
/** 400 from GET /user/me: documented as `user_inactive_or_not_exist`. */
const profileGone = {
    headline: 'the access key’s user or service account is inactive or no longer exists',
    causes: [
        'a Prisma Cloud administrator disabled or deleted the user or service account that owns the key'
    ],
    fix: `ask a Prisma Cloud administrator to enable the owner of the key, or create an access key for an active service account under ${KEY_PAGE}.`
};
/** 403 from GET /user/me: the key's role may not read its own profile. */
const profileForbidden = {
    headline: 'the access key is valid but may not read the profile it belongs to',
    causes: [
        'the key’s role is restricted (for example "Only allow CI access" or "Only allow Compute access" in its permission group)',
        'an IP allow-list of the tenant refuses requests from this runner'
    ],
    fix: 'use an access key whose role may read its own profile, or ask a Prisma Cloud administrator to allow this runner.'
};

;// CONCATENATED MODULE: ./src/vendors/prisma-cloud/index.ts
/**
 * Prisma Cloud (Cloud Security / CSPM API, with Code Security behind the same keys): an access key
 * ID and secret are traded at POST /login (JSON `{username, password}`) for a JWT that lasts ten
 * minutes and is sent as `x-redlock-auth`; GET /user/me then names the user and its roles. Each
 * tenant lives on one of the regional stacks (`api.prismacloud.io`, `api2.eu.prismacloud.io`, ...),
 * and a key works only on its own stack.
 *
 * - Roles: /user/me lists `roles[]` with their `name` and `type` (the role type: System Admin,
 *   Build and Deploy Security, ...). The names are the roles; the types are other spellings of the
 *   same roles, so `required-roles` matches either; a profile that names no role reports its types.
 * - The login answer's `customerNames[].customerName` is the tenant: the `organization` output.
 *
 * Sources: vendors-third §2.2 "6. Prisma Cloud"; Prisma Cloud's API reference (pan.dev: Login and
 * User Profile OpenAPI specs, API URLs, Error Responses: the `x-redlock-status` header); Palo Alto's
 * Go client (prisma-cloud-go: the login body and answer, role types). Checkov reads `BC_API_KEY`
 * (`<access key>::<secret>`) and `PRISMA_API_URL`. Assumed: the bodies of error answers (often
 * none: the header carries the reason) and that a key of another stack gets the same 401.
 */







const LOGIN_PATH = '/login';
const PROFILE_PATH = '/user/me';
/** The login token's documented lifetime. */
const TOKEN_LIFETIME_MS = 10 * 60 * 1000;
/** The stacks of Prisma Cloud's API URL table, named after their consoles (app2.eu → eu2). */
const REGIONS = {
    app: 'https://api.prismacloud.io',
    app2: 'https://api2.prismacloud.io',
    app3: 'https://api3.prismacloud.io',
    app4: 'https://api4.prismacloud.io',
    eu: 'https://api.eu.prismacloud.io',
    eu2: 'https://api2.eu.prismacloud.io',
    ...Object.fromEntries(['anz', 'ca', 'sg', 'uk', 'ind', 'jp', 'fr', 'gov'].map((name) => [
        name,
        `https://api.${name}.prismacloud.io`
    ]))
};
const prismaCloud = {
    id: 'prisma-cloud',
    name: NAME,
    location: { defaultUrl: REGIONS.app, regions: REGIONS, defaultRegion: 'app' },
    modes: [{ id: 'access-key', inputs: ['access-key', 'secret-key'] }],
    credentialEnv: { 'access-key': ['PRISMA_ACCESS_KEY'], 'secret-key': ['PRISMA_SECRET_KEY'] },
    roles: {
        kind: 'names',
        administrative: {
            names: ['System Admin'],
            narrower: 'a role of type Build and Deploy Security'
        }
    },
    permissions: {
        kind: 'none',
        reason: 'Prisma Cloud reports roles (permission groups), not individual permissions. Use required-roles instead, with a role name or a role type (e.g. "Build and Deploy Security").'
    },
    validate: (plan) => {
        checkKeyPair(plan);
        return [];
    },
    async login(context) {
        const { plan } = context;
        const accessKey = plan.credentials['access-key'];
        const secretKey = plan.credentials['secret-key'];
        // The token's lifetime counts from when it was issued: counting from before the request keeps
        // the reported expiry from being later than the real one.
        const requestedAt = Date.now();
        const { response, body } = await (0,endpoint/* call */.T1)(context, {
            method: 'POST',
            path: LOGIN_PATH,
            json: { username: accessKey, password: secretKey },
            // Issues a token: never sent twice once it may have reached the server.
            creates: true,
            issuesCredentials: true,
            meanings: { 401: loginRejected(context) },
            vendorText: prismaText
        });
        if (body.token === undefined || body.token === '') {
            throw new failure/* ActionFailure */.dR([
                `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a token, so the access key could not be verified.`,
                `Fix: set the region input (${Object.keys(REGIONS).join(', ')}) instead of url, or check the url input.`
            ].join('\n'));
        }
        const token = (0,token_answer/* issuedBearerToken */.Q)(context, body.token, `the token from ${response.endpoint}`);
        const expiresAt = tokenExpiry(token, requestedAt);
        const organization = (0,parse/* names */.Dy)(body.customerNames, ['customerName']).join(', ');
        const { identity } = await (0,endpoint/* checkIdentity */.Z0)(context, {
            method: 'GET',
            path: PROFILE_PATH,
            headers: { 'x-redlock-auth': token },
            meanings: { 400: profileGone, 401: tokenRejected, 403: profileForbidden },
            vendorText: prismaText
        }, parseProfile);
        identity.organization = organization;
        const checkovKey = `${accessKey}::${secretKey}`;
        context.mask(checkovKey);
        const expiry = (0,endpoint/* note */.N4)('Token expires', `${expiresAt} (a login token lasts ten minutes)`);
        context.info(`${expiry.label}: ${expiry.value}`);
        return {
            identity,
            authHeader: `x-redlock-auth: ${token}`,
            token,
            expiresAt,
            env: {
                PRISMA_API_URL: plan.url,
                PRISMA_ACCESS_KEY: accessKey,
                PRISMA_SECRET_KEY: secretKey,
                BC_API_KEY: checkovKey
            },
            notes: [expiry]
        };
    }
};
/**
 * Refuses the one mix-up the inputs show by themselves: Checkov's `BC_API_KEY` form
 * (`<access key>::<secret>`) pasted into access-key. The value is not quoted, since it holds the
 * secret.
 */
function checkKeyPair(plan) {
    if (!plan.credentials['access-key']?.includes('::'))
        return;
    throw new failure/* ActionFailure */.dR([
        `The access-key input holds "<access key>::<secret>", the BC_API_KEY form Checkov reads; ${NAME} logs in with the two parts apart.`,
        'Fix: put the access key ID (before "::") into the secret behind access-key and the secret (after "::") into the one behind secret-key (or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY).'
    ].join('\n'));
}
/**
 * The token's expiry: ten minutes after the request, or the token's own `exp` claim when that is
 * earlier (read, not verified: the token came straight from the login answer).
 */
function tokenExpiry(token, requestedAt) {
    const documented = (0,expiry/* isoSeconds */.nE)(requestedAt + TOKEN_LIFETIME_MS);
    const claims = (0,jwt/* decodeJwtClaims */.dG)(token);
    const claimed = claims ? (0,jwt/* jwtExpiry */.lo)(claims) : undefined;
    // Both are written YYYY-MM-DDTHH:MM:SSZ, so they compare as text.
    return claimed && claimed < documented ? claimed : documented;
}
/**
 * Reads /user/me. Role names are the roles and their types other spellings of them; a profile
 * without named roles (the older single-role shape has only `roleType`) reports its types.
 */
function parseProfile(body) {
    const roleEntries = Array.isArray(body.roles) ? body.roles : [];
    const named = (0,parse/* names */.Dy)(roleEntries, ['name']);
    const types = [
        ...new Set([
            ...(0,parse/* names */.Dy)(roleEntries, ['type']),
            ...(0,parse/* names */.Dy)((0,parse/* isObject */.Gv)(body.activeRole) ? [body.activeRole] : [], ['type']),
            ...(0,parse/* names */.Dy)(body.roleType)
        ])
    ];
    const email = (0,parse/* firstText */.ou)(body, ['email']);
    const fullName = [(0,parse/* firstText */.ou)(body, ['firstName']), (0,parse/* firstText */.ou)(body, ['lastName'])];
    return {
        userId: '',
        username: (0,parse/* firstText */.ou)(body, ['username']) || email,
        displayName: (0,parse/* firstText */.ou)(body, ['displayName']) || fullName.filter(Boolean).join(' '),
        email,
        roles: named.length ? named : types,
        roleAliases: types,
        permissions: undefined,
        organization: ''
    };
}


/***/ })

};
;