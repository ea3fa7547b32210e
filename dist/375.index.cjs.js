"use strict";
exports.id = 375;
exports.ids = [375];
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

/***/ 2288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ givenAccessToken),
/* harmony export */   el: () => (/* binding */ checkAccessToken),
/* harmony export */   o_: () => (/* binding */ NAME),
/* harmony export */   sb: () => (/* binding */ reachesXray),
/* harmony export */   v4: () => (/* binding */ readTokenClaims)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3333);
/* harmony import */ var _kit_jwt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3257);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * The access-token mode: the api-token input is a JFrog access token, sent as it is. A JFrog access
 * token is a JWT whose claims say whose it is and what it may do (JFrog Access: `sub`
 * `<service id>/users/<name>`, `scp` its scopes, `aud` the services that accept it, `exp`); a
 * reference token (a short stand-in for one) carries none. The claims are read, never verified:
 * the platform verifies the signature when it accepts the token, and only a token it accepted is
 * described by them. A group scope is reported once per group (see perGroup).
 */



const NAME = 'JFrog';
const TOKEN_PAGE = 'Administration > User Management > Access Tokens (or your profile > Generate an Identity Token)';
/** `reftkn:01:` in base64: how every JFrog reference token begins. */
const REFERENCE_PREFIX = 'cmVmdGtuOjAxOj';
function readTokenClaims(token) {
    if (!(0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeJwt */ .bt)(token)) {
        const kind = token.startsWith(REFERENCE_PREFIX) ? 'reference' : 'opaque';
        return {
            kind,
            username: '',
            scopes: undefined,
            rawScope: undefined,
            audience: [],
            expiresAt: undefined
        };
    }
    const claims = (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeJwtClaims */ .dG)(token) ?? {};
    return {
        kind: 'jwt',
        username: userOf(claims),
        scopes: typeof claims.scp === 'string' || Array.isArray(claims.scp)
            ? [...new Set(spaced(claims.scp).flatMap(perGroup))].slice(0, _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NAMES */ .oA)
            : undefined,
        rawScope: wholeScope(claims.scp),
        audience: spaced(claims.aud),
        expiresAt: (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_0__/* .jwtExpiry */ .lo)(claims)
    };
}
/** `scp` as one cleaned line, its scopes separated by one space; undefined when it states none. */
function wholeScope(scp) {
    const items = typeof scp === 'string' ? [scp] : Array.isArray(scp) ? scp : [];
    const scopes = items
        .filter((item) => typeof item === 'string')
        .flatMap((item) => (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(item).split(/\s+/))
        .filter(Boolean);
    return scopes.length ? scopes.join(' ') : undefined;
}
/** `jfac@01h…/users/ci-bot` → `ci-bot`; '' for a subject that is no user (a service, a group). */
function userOf(claims) {
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const at = sub.lastIndexOf('/users/');
    return at < 0 ? '' : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(sub.slice(at + '/users/'.length));
}
/** A claim that is one space-separated string or a list, as cleaned names. */
function spaced(value) {
    const items = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value : [];
    return (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy)(items.filter((item) => !(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(item)));
}
/**
 * `applied-permissions/groups:readers,deployers` acts with each group's permissions: one entry per
 * group, so required-permissions (a comma-separated list) can name one of them.
 */
function perGroup(scope) {
    const match = /^(applied-permissions\/groups:)(.+)$/i.exec(scope);
    if (!match)
        return [scope];
    return match[2]
        .split(',')
        .map((group) => group.trim().replace(/^"(.*)"$/, '$1'))
        .filter(Boolean)
        .map((group) => `${match[1]}${group}`);
}
/** Whether a token of this audience is accepted by Xray (`jfxr@…`, or every service). */
function reachesXray(audience) {
    return audience.length === 0 || audience.some((entry) => /^(?:\*|jfxr)@/i.test(entry));
}
/** The credential of the access-token mode: the api-token input and what it says of itself. */
function givenAccessToken(plan) {
    const token = plan.credentials['api-token'];
    return {
        token,
        claims: readTokenClaims(token),
        renew: `create an access token on this platform (${TOKEN_PAGE}) whose scope covers Xray, and put it into the secret behind the api-token input (or JF_ACCESS_TOKEN)`
    };
}
/**
 * Before any request: an API key is not an access token, and a token whose own `exp` has passed
 * would only be refused; both are named with the way out. Returns warnings for the log.
 */
function checkAccessToken(plan, now = Date.now()) {
    const token = plan.credentials['api-token'] ?? '';
    if (/^AKC[A-Za-z0-9]{20,}$/.test(token)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
            `The api-token input holds a ${NAME} API key (it begins "AKC"), not an access token: API keys are deprecated, and the platform does not accept them as a Bearer token.`,
            `Fix: create an access token (${TOKEN_PAGE}) and put it into the secret behind api-token (or JF_ACCESS_TOKEN).`
        ].join('\n'));
    }
    const { kind, expiresAt } = readTokenClaims(token);
    if (expiresAt && Date.parse(expiresAt) <= now) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
            `The api-token input holds a ${NAME} access token that expired on ${expiresAt} (its exp claim), so nothing was sent.`,
            `Fix: create a new access token (${TOKEN_PAGE}) and put it into the secret behind api-token (or JF_ACCESS_TOKEN).`
        ].join('\n'));
    }
    if (kind === 'opaque') {
        return [
            `The api-token input does not look like a ${NAME} access token (a JWT beginning "eyJ", or a reference token beginning "${REFERENCE_PREFIX}"): it is sent all the same, but it names no user or scopes. Check that the secret holds the whole token.`
        ];
    }
    return [];
}


/***/ }),

/***/ 4375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jfrog: () => (/* binding */ jfrog)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/vendors/jfrog/access-token.ts
var access_token = __webpack_require__(2288);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/vendors/jfrog/oidc.ts



const OIDC_TOKEN_PATH = '/access/api/v1/oidc/token';
/** The access token the platform gives for the job's GitHub ID token. */
async function exchangeGitHubIdToken(context) {
    const { requestGitHubIdToken, mappedClaimLines } = await __webpack_require__.e(/* import() */ 787).then(__webpack_require__.bind(__webpack_require__, 9787));
    const oidc = context.plan.oidc;
    const idToken = await requestGitHubIdToken(context);
    const refused = refusal(context, oidc.provider, mappedClaimLines(oidc.provider, idToken.claims));
    const { body } = await (0,endpoint/* call */.T1)(context, {
        method: 'POST',
        path: OIDC_TOKEN_PATH,
        json: {
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
            subject_token: idToken.token,
            provider_name: oidc.provider
        },
        // Each exchange issues a token: never sent twice after it may have reached the platform.
        creates: true,
        issuesCredentials: true,
        meanings: { 400: refused, 401: refused, 403: refused, 404: refused }
    });
    const token = (0,token_answer/* issuedBearerToken */.Q)(context, body.access_token, `the access_token of ${OIDC_TOKEN_PATH}`);
    context.info(`Exchanged the job's GitHub ID token for a ${access_token/* NAME */.o_} access token (OIDC integration "${oidc.provider}").`);
    return {
        token,
        claims: (0,access_token/* readTokenClaims */.v4)(token),
        shortLived: true,
        renew: `re-run the job; if it keeps failing, check the "${oidc.provider}" OIDC integration and its identity mapping on this platform`
    };
}
function refusal(context, provider, claimLines) {
    return () => ({
        headline: `the platform refused to exchange the job's GitHub ID token (OIDC integration "${provider}")`,
        causes: [
            `no OIDC integration named "${provider}" exists on ${context.plan.url} (Administration > General Management > Manage Integrations), or its provider type is not GitHub`,
            "no identity mapping of the integration matches this job's claims (below): a mapping on repository, ref or environment that names another branch or environment",
            "the integration's audience differs from the ID token's aud (set oidc-audience to the integration's audience)",
            "the integration's issuer URL is not https://token.actions.githubusercontent.com (or your GitHub Enterprise Server's)"
        ],
        fix: 'fix the integration or its identity mapping to match the claims below, or set oidc-provider / oidc-audience to the integration this repository is mapped in.',
        trailer: claimLines
    });
}

// EXTERNAL MODULE: ./src/core/identity.ts
var identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
;// CONCATENATED MODULE: ./src/vendors/jfrog/xray.ts




const VERSION_PATH = '/xray/api/v1/system/version';
async function verifyAtXray(context, credential) {
    const { plan } = context;
    const authorization = `Bearer ${credential.token}`;
    const { identity, body } = await (0,endpoint/* checkIdentity */.Z0)(context, {
        method: 'GET',
        path: VERSION_PATH,
        headers: { authorization },
        meanings: xrayMeanings(context, credential)
    }, () => identityOf(credential), 
    // The version answer names nobody: the token's claims do, or nothing does (a reference token).
    { anonymous: true, isSuccess: (answer) => (0,parse/* firstText */.ou)(answer, ['xray_version']) !== '' });
    const notes = credentialNotes(credential, body);
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    const { expiresAt } = credential.claims;
    return {
        identity,
        authHeader: `Authorization: ${authorization}`,
        token: credential.token,
        ...(expiresAt
            ? credential.shortLived
                ? { expiresAt }
                : { credentialExpiresAt: expiresAt }
            : {}),
        env: { JF_URL: plan.url, JF_ACCESS_TOKEN: credential.token },
        notes
    };
}
/** The user and scopes the token names; permissions stay unreported when it states no scopes. */
function identityOf({ claims }) {
    return { ...(0,identity/* emptyIdentity */.gL)(), username: claims.username, permissions: claims.scopes };
}
function credentialNotes({ claims }, body) {
    const version = [(0,parse/* firstText */.ou)(body, ['xray_version']), (0,parse/* firstText */.ou)(body, ['xray_revision'])];
    const notes = [(0,endpoint/* note */.N4)('Xray', `version ${version.filter(Boolean).join(', revision ')}`)];
    if (claims.kind !== 'jwt') {
        notes.push((0,endpoint/* note */.N4)('Token', 'a reference token: it does not carry its user or scopes, so username and permissions stay empty'));
    }
    else if (!claims.username) {
        notes.push((0,endpoint/* note */.N4)('Token', 'its subject is no user (no /users/<name> in its sub claim)'));
    }
    return notes;
}
function xrayMeanings(context, credential) {
    return {
        401: () => tokenRejected(context, credential),
        403: () => xrayForbidden(credential),
        404: xrayMissing()
    };
}
function tokenRejected(context, { claims, renew }) {
    return {
        headline: 'the access token was rejected',
        causes: [
            ...((0,access_token/* reachesXray */.sb)(claims.audience)
                ? []
                : [
                    `the token is limited to other services (its aud claim: ${claims.audience.join(' ')}), not Xray (jfxr@*)`
                ]),
            'the token was revoked, or has expired',
            `the token belongs to another JFrog Platform than the url input (${context.plan.url})`,
            'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
        ],
        fix: `${renew}, or set url to the platform that issued it.`
    };
}
function xrayForbidden({ claims }) {
    return {
        headline: 'the access token is valid but may not use Xray',
        causes: [
            `the token's user${claims.username ? ` (${claims.username})` : ''} lacks Xray permissions on this platform`,
            ...(claims.scopes ? [`the token's scopes (${claims.scopes.join(' ')}) leave Xray out`] : []),
            'Xray is not part of this subscription'
        ],
        fix: 'ask a JFrog Platform administrator for Xray access for the user, or create a token whose scope includes it.'
    };
}
function xrayMissing() {
    return {
        headline: 'no Xray answered at this url',
        causes: [
            'the url input is not the JFrog Platform URL (e.g. it ends with /artifactory, or names a single service)',
            'the platform has no Xray installed or licensed'
        ],
        fix: `set url to the JFrog Platform URL without a path (https://<name>.jfrog.io, or your self-hosted platform), where Xray serves ${VERSION_PATH}.`
    };
}

;// CONCATENATED MODULE: ./src/vendors/jfrog/index.ts




const jfrog = {
    id: 'jfrog',
    name: access_token/* NAME */.o_,
    location: { urlExample: 'https://acme.jfrog.io' },
    modes: [{ id: 'access-token', inputs: ['api-token'] }],
    credentialEnv: { 'api-token': ['JF_ACCESS_TOKEN'] },
    roles: {
        kind: 'none',
        reason: "an access token carries scopes, not roles (its scp claim, reported as permissions). Use required-permissions with the token's scope instead, e.g. applied-permissions/user."
    },
    permissions: { kind: 'reported' },
    // JFrog documents no audience of its own: GitHub's default, unless the integration sets one.
    oidc: {},
    validate: (plan) => {
        checkPlatformUrl(plan);
        return plan.oidc ? [] : (0,access_token/* checkAccessToken */.el)(plan);
    },
    async login(context) {
        const credential = context.plan.oidc
            ? await exchangeGitHubIdToken(context)
            : (0,access_token/* givenAccessToken */.Pz)(context.plan);
        return verifyAtXray(context, credential);
    },
    // Loaded only when used: a check without mint-token never parses the minting code.
    mint: async (context, login) => (await __webpack_require__.e(/* import() */ 178).then(__webpack_require__.bind(__webpack_require__, 9178))).mintAccessToken(context, login),
    logout: async (context, saved) => (await __webpack_require__.e(/* import() */ 178).then(__webpack_require__.bind(__webpack_require__, 9178))).revokeMintedToken(context, saved)
};
/** The platform URL is the root every service hangs under; a service's own path is not it. */
function checkPlatformUrl(plan) {
    const url = new URL(plan.url);
    const service = /\/(artifactory|xray|access|ui)\/?$/i.exec(url.pathname);
    if (!service)
        return;
    throw new failure/* ActionFailure */.dR(`The url input is the ${access_token/* NAME */.o_} Platform URL, without /${service[1].toLowerCase()}: the action adds each service's path itself. Set url to ${plan.url.slice(0, plan.url.length - service[0].length) || url.origin}.`);
}


/***/ })

};
;