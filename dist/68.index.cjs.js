"use strict";
exports.id = 68;
exports.ids = [68];
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

/***/ 2068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPIRY_HEADER: () => (/* binding */ EXPIRY_HEADER),
  parseIdentity: () => (/* binding */ parseIdentity),
  sonarErrorText: () => (/* reexport */ words/* sonarErrorText */.P),
  sonarqube: () => (/* binding */ sonarqube),
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
function refuseUiPermissionNames(plan) {
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
}

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
function validateAnswer(context) {
    return ({ body }) => (0,parse/* isObject */.Gv)(body) && (0,parse/* bool */.lc)(body.valid) === false ? rejected(context) : undefined;
}
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
        }, (body) => (0,parse/* bool */.lc)(body.valid) === true);
        const { identity, response } = await (0,endpoint/* checkIdentity */.Z0)(context, {
            method: 'GET',
            path: CURRENT_USER_PATH,
            headers,
            meanings: {
                ...meanings,
                200: ({ body }) => (0,parse/* isObject */.Gv)(body) && (0,parse/* bool */.lc)(body.isLoggedIn) === false ? anonymous() : undefined
            },
            errorText: words/* sonarErrorText */.P
        }, (body) => parseIdentity(body, (0,words/* tokenType */.W)(token)), { isSuccess: (body) => (0,parse/* bool */.lc)(body.isLoggedIn) !== false });
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
function tokenExpiry(response) {
    const value = response.headers[EXPIRY_HEADER];
    return (0,expiry/* normaliseExpiry */.IY)(Array.isArray(value) ? value[0] : value);
}
/**
 * Reads users/current. Groups become roles only for a user token: an analysis token acts as its
 * owner with analysis rights only, so the owner's groups would let required-roles pass on authority
 * the token does not have.
 */
function parseIdentity(body, type) {
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
}


/***/ }),

/***/ 1:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sonarErrorText),
/* harmony export */   W: () => (/* binding */ tokenType)
/* harmony export */ });
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * What SonarQube's answers and tokens say of themselves: the type a token's prefix shows, and
 * SonarQube's own words in an error answer. Shared by the check (./index.ts) and mint-token
 * (./mint.ts).
 */


/** The token type its prefix shows; `unknown` for tokens without one (created before 9.x). */
function tokenType(token) {
    if (token.startsWith('squ_'))
        return 'user';
    if (token.startsWith('sqp_'))
        return 'project-analysis';
    if (token.startsWith('sqa_'))
        return 'global-analysis';
    return 'unknown';
}
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