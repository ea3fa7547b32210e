"use strict";
exports.id = 236;
exports.ids = [236];
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

/***/ 7236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IDENTITY_PATH: () => (/* binding */ IDENTITY_PATH),
/* harmony export */   checkCredentialShape: () => (/* binding */ checkCredentialShape),
/* harmony export */   invictiEnterprise: () => (/* binding */ invictiEnterprise),
/* harmony export */   parseIdentity: () => (/* binding */ parseIdentity)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1223);
/**
 * Invicti Enterprise (formerly Netsparker Enterprise; Acunetix 360 serves the same API): HTTP Basic
 * `user-id:api-token`, verified with one GET /api/1.0/account/me. That answer
 * (`UserHealthCheckApiModel`, PascalCase) names the user (DisplayName, Email) but no id, role,
 * permission or organization, so requirements cannot be checked. The shape of a failed Basic login
 * was never recorded, so a 401 is explained by its status alone. Sources: shared vendor notes §4.2
 * and decisions 18-19, vendors-next F14-F16 and §1.5, docs.invicti.com/ie-is/api-settings-overview.
 */



const NAME = 'Invicti Enterprise';
const DEFAULT_URL = 'https://www.netsparkercloud.com';
const IDENTITY_PATH = '/api/1.0/account/me';
const API_SETTINGS = '[Your Name] > API Settings';
/** An e-mail address where the user id belongs: the commonest mix-up with this API's Basic login. */
const looksLikeEmail = (value) => /^[^\s@]+@[^\s@]+$/.test(value.trim());
function unauthorized({ plan }) {
    const userId = plan.credentials['user-id'] ?? '';
    const emailCause = `the user-id input holds an e-mail address; the API wants the User ID shown under ${API_SETTINGS}, a GUID-like id, not the login e-mail`;
    return {
        headline: 'the user id and API token were rejected',
        causes: [
            ...(looksLikeEmail(userId) ? [emailCause] : []),
            `the API token was reset (resetting it under ${API_SETTINGS} invalidates the previous one) or was copied incompletely (a stray space, quote or line break)`,
            'the user id and the API token belong to different users',
            ...(looksLikeEmail(userId)
                ? []
                : ['the user-id input holds something other than the User ID, such as the login e-mail']),
            "API access is disabled for this member (an account administrator can turn it on in the member's settings); Invicti Enterprise then answers with the same 401",
            `the credentials belong to another Invicti Enterprise instance than the url input (${plan.url}): an on-premises installation, or Acunetix 360 at https://online.acunetix360.com`
        ],
        fix: `copy the User ID and the API token from ${API_SETTINGS} into the secrets behind the user-id and api-token inputs (or INVICTI_USER_ID / INVICTI_API_TOKEN), ask an account administrator to enable API access for the member, and set url to the instance that issued them.`
    };
}
const invictiEnterprise = {
    id: 'invicti-enterprise',
    name: NAME,
    location: { defaultUrl: DEFAULT_URL },
    modes: [{ id: 'api-token', inputs: ['user-id', 'api-token'] }],
    // INVICTI_TOKEN is what several public scripts read (vendors-next F16); no vendor convention exists.
    credentialEnv: {
        'user-id': ['INVICTI_USER_ID'],
        'api-token': ['INVICTI_API_TOKEN', 'INVICTI_TOKEN']
    },
    roles: {
        kind: 'none',
        reason: `GET ${IDENTITY_PATH}, the one request this action makes, reports the user's name and e-mail but no role. Remove required-roles; to limit what the pipeline can do, give its member a role restricted to the website groups it scans, and check the user with the email or display-name output.`
    },
    permissions: {
        kind: 'none',
        reason: `GET ${IDENTITY_PATH} reports no permissions. Remove required-permissions; a member's permissions follow from its role and website groups, which an account administrator sets.`
    },
    validate(plan) {
        return checkCredentialShape(plan);
    },
    async login(context) {
        const { plan } = context;
        const userId = plan.credentials['user-id'];
        const apiToken = plan.credentials['api-token'];
        const encoded = Buffer.from(`${userId}:${apiToken}`, 'utf8').toString('base64');
        const headerValue = `Basic ${encoded}`;
        context.mask(encoded);
        context.mask(headerValue);
        const endpoint = {
            method: 'GET',
            path: IDENTITY_PATH,
            headers: { authorization: headerValue },
            meanings: { 401: unauthorized }
        };
        const checked = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIdentity */ .Z0)(context, endpoint, parseIdentity);
        // account/me names no id; the id is the one the server just accepted in the Basic login.
        const identity = { ...checked.identity, userId };
        return {
            identity,
            authHeader: `Authorization: ${headerValue}`,
            env: { INVICTI_URL: plan.url, INVICTI_USER_ID: userId, INVICTI_API_TOKEN: apiToken }
        };
    }
};
/**
 * What can be told from the credentials before sending them: a colon in the user id cannot travel
 * in HTTP Basic (it would split the user id), and a url ending in the documented API base path
 * would double it. An e-mail as user id is only a warning: the 401 explains it if it fails.
 */
function checkCredentialShape(plan) {
    const userId = plan.credentials['user-id'] ?? '';
    if (userId.includes(':')) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`The user-id input contains a colon, which HTTP Basic authentication cannot carry in a user id. Copy the User ID from ${API_SETTINGS} in ${NAME}.`);
    }
    if (/\/api(\/1\.0)?$/i.test(new URL(plan.url).pathname.replace(/\/+$/, ''))) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`The url input ends in the API path (${plan.url}); this action adds ${IDENTITY_PATH} itself. Set url to the site root, e.g. ${DEFAULT_URL}.`);
    }
    return looksLikeEmail(userId)
        ? [
            `The user-id input looks like an e-mail address. ${NAME} expects the User ID shown under ${API_SETTINGS}, not the login e-mail.`
        ]
        : [];
}
/** The user from account/me: PascalCase on the wire, camelCase from some proxies and SDKs. */
function parseIdentity(body) {
    const email = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(body, ['Email', 'email']);
    return {
        userId: '',
        username: email,
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(body, ['DisplayName', 'displayName']),
        email,
        roles: undefined,
        permissions: undefined,
        organization: ''
    };
}


/***/ })

};
;