"use strict";
exports.id = 972;
exports.ids = [972];
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

/***/ 8972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUTHENTICATE_PATH: () => (/* binding */ AUTHENTICATE_PATH),
  ROLES_PATH: () => (/* binding */ ROLES_PATH),
  asksAboutRoles: () => (/* binding */ asksAboutRoles),
  bearerExpiry: () => (/* binding */ bearerExpiry),
  blackDuck: () => (/* binding */ blackDuck),
  csrfToken: () => (/* binding */ csrfToken),
  parseCurrentUser: () => (/* binding */ parseCurrentUser),
  parseRoles: () => (/* binding */ parseRoles)
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
    headline: 'Black Duck refused to exchange the API token for a bearer token',
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
/** 404 from /api/current-user/roles: a server that does not serve that resource. */
const rolesNotServed = {
    headline: 'this Black Duck server does not list the current user’s roles',
    causes: [
        'the server is a Black Duck version without GET /api/current-user/roles',
        `the url input points at something other than the ${NAME} API`
    ],
    fix: 'remove required-roles and allowed-roles to verify the token alone, or update Black Duck.'
};
/** 403 from /api/current-user/roles: the user may not read its roles. */
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
 * back on every later request. GET /api/current-user then names the user. Roles cost a request of
 * their own (GET /api/current-user/roles), so they are read only when the step asks about roles.
 *
 * Sources: vendors-third §2.2 "5. Black Duck SCA"; Black Duck's Python client (hub-rest-api-python:
 * the exchange, the CSRF header, `errorMessage` on a 401, the recorded user and role-assignment
 * bodies with their default page of 10) and its Java client (blackduck-common-api: the
 * `/api/current-user` view and its `application/vnd.blackducksoftware.user-4+json` media type).
 * Assumed: that `/api/current-user/roles` answers like the user's own `roles` link (a page of
 * `items[].name`; the recordings show `/api/users/{id}/roles`), and that older servers may send no
 * CSRF header (then none is sent back).
 */







const AUTHENTICATE_PATH = '/api/tokens/authenticate';
const CURRENT_USER_PATH = '/api/current-user';
/** Black Duck pages its lists (10 items unless asked): one page holds every role assignment. */
const ROLES_PATH = '/api/current-user/roles?limit=1000';
const USER_MEDIA_TYPE = 'application/vnd.blackducksoftware.user-4+json';
const CSRF_HEADER = 'x-csrf-token';
/**
 * Whether the step asks about roles (required-roles or allowed-roles), the one reason to spend a
 * request on them. The least-privilege warning needs no request of its own (contract Behaviour 14),
 * so it applies only when this is true.
 */
function asksAboutRoles(plan) {
    return plan.requiredRoles.length > 0 || plan.allowedRoles.length > 0;
}
const blackDuck = {
    id: 'black-duck',
    name: NAME,
    location: { urlExample: 'https://blackduck.example.com' },
    modes: [{ id: 'api-token', inputs: ['api-token'] }],
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
            identity.roles = await readRoles(context, headers);
        else
            notes.push((0,kit_endpoint/* note */.N4)('Roles', 'not read: no role input asked for them (they cost a request)'));
        if (exchange.expiresAt)
            notes.push((0,kit_endpoint/* note */.N4)('Bearer token expires', exchange.expiresAt));
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
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
async function exchangeToken(context, apiToken) {
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
}
/**
 * The CSRF token the exchange issued with the bearer, checked against the bearer grammar (Black
 * Duck issues a UUID) and masked before it is sent anywhere; undefined when the server sent none.
 */
function csrfToken(context, response) {
    const value = response.headers[CSRF_HEADER];
    if (value === undefined)
        return undefined;
    const token = (0,grammar/* bearerToken */.hC)(Array.isArray(value) ? value.join(', ') : value, `the X-CSRF-TOKEN header from ${response.endpoint}`);
    context.mask(token);
    return token;
}
/** `expiresInMilliseconds` after `requestedAt`, as ISO-8601; undefined when absent or not a count. */
function bearerExpiry(milliseconds, requestedAt) {
    const count = typeof milliseconds === 'string' && /^\d+$/.test(milliseconds.trim())
        ? Number(milliseconds)
        : milliseconds;
    if (typeof count !== 'number' || !Number.isFinite(count) || count <= 0)
        return undefined;
    return (0,expiry/* isoSeconds */.nE)(requestedAt + count) || undefined;
}
/** Reads /api/current-user: `userName`, the names, `email`, and the id its own link ends with. */
function parseCurrentUser(body) {
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
}
async function readRoles(context, headers) {
    const { response, body } = await (0,kit_endpoint/* call */.T1)(context, {
        method: 'GET',
        path: ROLES_PATH,
        headers,
        meanings: { 401: bearerRejected, 403: rolesForbidden, 404: rolesNotServed },
        errorText: blackDuckErrorText
    }, (answer) => Array.isArray(answer.items));
    return parseRoles(body, response.endpoint);
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