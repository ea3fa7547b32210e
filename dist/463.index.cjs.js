"use strict";
exports.id = 463;
exports.ids = [463];
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

/***/ 463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REGIONS: () => (/* binding */ REGIONS),
/* harmony export */   TOKEN_PATH: () => (/* binding */ TOKEN_PATH),
/* harmony export */   checkApiUrl: () => (/* binding */ checkApiUrl),
/* harmony export */   gitguardian: () => (/* binding */ gitguardian),
/* harmony export */   notActive: () => (/* binding */ notActive),
/* harmony export */   parseToken: () => (/* binding */ parseToken),
/* harmony export */   rejected: () => (/* binding */ rejected)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3333);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2012);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * GitGuardian: a personal access token or service-account token sent as `Authorization: Token …`
 * and read with one GET /v1/api_tokens/self, which describes the token itself:
 * `{id, name, workspace_id, type, status, created_at, last_used_at, expire_at, revoked_at,
 * member_id, creator_id, scopes}`.
 *
 * - The answer is about the token, not a person: `member_id` is the member a personal token belongs
 *   to (none for a service account), `name` is the token's name. So the check names no user by
 *   design; its success signal is an `id` and `status` "active".
 * - `scopes` are what the token may do (`scan`, `incidents:read`, ...): the permissions output, so
 *   required-permissions works. There are no roles.
 * - `expire_at` is the token's own expiry (null: it never expires), reported as `expires-at` and
 *   judged against expiry-warning-days.
 * - A bad key is 401 {"detail":"Invalid API key."} with `WWW-Authenticate: Token`; the cloud has a
 *   US and an EU instance with separate accounts, and a self-hosted instance serves its API under
 *   `/exposed` beside its dashboard.
 *
 * Sources: GitGuardian's py-gitguardian (client.py `Authorization: Token`, models.py
 * APITokensResponseSchema, the recorded /v1/health cassettes) and ggshield (url_utils.py: SaaS
 * `dashboard.` / `api.` hosts, the EU instance api.eu1.gitguardian.com, self-hosted `/exposed`;
 * client.py: api_tokens/self is read with any token to check its scopes, so it needs no scope of
 * its own). Assumed: that a key of the other cloud instance is answered like any unknown key (401),
 * what a 403 there means (an IP allow-list), and that the server answers 401 rather than 200 for a
 * revoked or expired token; a 200 whose status is not "active" is refused all the same.
 */




const NAME = 'GitGuardian';
const TOKEN_PATH = '/v1/api_tokens/self';
const REGIONS = { us: 'https://api.gitguardian.com', eu: 'https://api.eu1.gitguardian.com' };
const DEFAULT_URL = REGIONS.us;
const TOKEN_PAGES = 'API > Personal access tokens (or Service accounts) in the GitGuardian dashboard';
const RENEW_TOKEN = `create a new token under ${TOKEN_PAGES} and put it into the secret behind the api-key input (or GITGUARDIAN_API_KEY); set region (us, eu) to the instance the token was created on.`;
/** How each `type` of api_tokens/self reads in the log. */
const TOKEN_TYPES = {
    personal_access_token: 'personal access token',
    service_account: 'service account token'
};
/** The 401: the other instance first, since a token works only on the one it was created on. */
function rejected(context) {
    return {
        headline: 'the API key was rejected',
        causes: [
            ...(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .regionCause */ .__)(context),
            'the token was revoked, or reached its expiry date',
            'the token belongs to a self-hosted GitGuardian instance, or that instance’s token to the cloud (set url to the instance’s API, https://<host>/exposed)',
            'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
        ],
        fix: RENEW_TOKEN
    };
}
/** A 200 whose `status` is not active: GitGuardian itself says the token is not usable. */
function notActive(status) {
    const known = {
        expired: 'the token expired (GitGuardian reports its status as expired)',
        revoked: 'the token was revoked (GitGuardian reports its status as revoked)'
    };
    return {
        headline: 'the API key is not active',
        causes: [
            Object.hasOwn(known, status)
                ? known[status]
                : `GitGuardian reports the token's status as "${status.slice(0, 40)}", not active`
        ],
        fix: RENEW_TOKEN
    };
}
/** Assumed: api_tokens/self needs no scope, so a 403 comes from the workspace's own restrictions. */
function forbidden() {
    return {
        headline: 'the API key is valid but GitGuardian refused the request',
        causes: [
            'the workspace restricts API access to an IP allow-list that does not include this runner',
            'a proxy or gateway in front of the url input refused the request'
        ],
        fix: 'ask a workspace manager to allow the runner’s address in the workspace’s IP allow-list, or run the step on a runner whose address is allowed.'
    };
}
function notFound() {
    return {
        headline: 'the url input does not lead to the GitGuardian API',
        causes: [
            'the url input names the dashboard rather than the API (GitGuardian’s cloud: api.gitguardian.com, not dashboard.gitguardian.com)',
            'a self-hosted instance serves its API under /exposed: the url input must end in /exposed',
            'the url input already ends in /v1, which this step adds itself'
        ],
        fix: 'leave url empty and set region (us, eu) for GitGuardian’s cloud, or set url to a self-hosted instance’s API, e.g. https://gitguardian.example.com/exposed.'
    };
}
/** 200 with a `status` other than active is refused; without any status, it is not the API. */
function inactive({ body }) {
    const status = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(body.status) : '';
    return status && status !== 'active' ? notActive(status) : undefined;
}
/** The documented success signal: the token's id, and its status active. */
const active = (body) => (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['id']) !== '' && (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(body.status) === 'active';
const gitguardian = {
    id: 'gitguardian',
    name: NAME,
    location: {
        defaultUrl: DEFAULT_URL,
        regions: REGIONS,
        defaultRegion: 'us',
        urlExample: 'https://gitguardian.example.com/exposed'
    },
    modes: [{ id: 'api-key', inputs: ['api-key'] }],
    credentialEnv: { 'api-key': ['GITGUARDIAN_API_KEY'] },
    roles: {
        kind: 'none',
        reason: `GET ${TOKEN_PATH} describes the token, not its owner's role (a service account has no owner at all). Remove required-roles; use required-permissions with the token's scopes (e.g. scan) instead.`
    },
    permissions: { kind: 'reported' },
    validate: (plan) => checkApiUrl(plan),
    async login(context) {
        const { plan } = context;
        const apiKey = plan.credentials['api-key'];
        const authorization = `Token ${apiKey}`;
        context.mask(authorization);
        // The answer names a token, not a user: its own signal (id, status active) is the proof.
        const { identity, body } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIdentity */ .Z0)(context, {
            method: 'GET',
            path: TOKEN_PATH,
            headers: { authorization },
            meanings: {
                200: inactive,
                401: () => rejected(context),
                403: forbidden(),
                404: notFound()
            }
        }, parseToken, { anonymous: true, isSuccess: active });
        const expireAt = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstPresent */ .IT)(body, ['expire_at']);
        const credentialExpiresAt = (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseExpiry */ .IY)(expireAt);
        const notes = [(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)('Token', tokenDescription(body))];
        if (!credentialExpiresAt) {
            notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)('Token expiry', expireAt === undefined
                ? 'none: the token never expires'
                : 'reported in a form this step cannot read, so it is not checked'));
        }
        const workspace = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['workspace_id']);
        if (workspace)
            notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)('Workspace', workspace));
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
        return {
            identity,
            authHeader: `Authorization: ${authorization}`,
            ...(credentialExpiresAt ? { credentialExpiresAt } : {}),
            // ggshield reads GITGUARDIAN_API_URL; the default instance needs none.
            env: {
                GITGUARDIAN_API_KEY: apiKey,
                ...(plan.url === DEFAULT_URL ? {} : { GITGUARDIAN_API_URL: plan.url })
            },
            notes
        };
    }
};
/**
 * Reads api_tokens/self. The token's name is the display name; the member a personal token belongs
 * to is the user id (a service account has none). Scopes are the permissions.
 */
function parseToken(body) {
    const scopes = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstPresent */ .IT)(body, ['scopes']);
    return {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['member_id']),
        username: '',
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['name']),
        email: '',
        roles: undefined,
        permissions: Array.isArray(scopes) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy)(scopes) : undefined,
        organization: ''
    };
}
function tokenDescription(body) {
    const type = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['type']);
    const kind = TOKEN_TYPES[type] ?? (type ? `${type} (as GitGuardian reports it)` : 'token');
    const name = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['name']);
    return name ? `${kind} "${name}"` : kind;
}
/**
 * Before any request: a url that cannot be the API. The cloud's dashboard host answers with its web
 * application, and a trailing /v1 would be sent twice; ggshield rejects or strips both.
 */
function checkApiUrl(plan) {
    const url = new URL(plan.url);
    const host = url.hostname.toLowerCase();
    if (/^dashboard([.-][a-z0-9-]+)*\.gitguardian\.(com|tech)$/.test(host)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The url input (${plan.url}) is the GitGuardian dashboard, not its API. Fix: leave url empty and set region (us, eu), or set url to the API host, https://${host.replace(/^dashboard/, 'api')}.`);
    }
    if (/\/v1\/?$/.test(url.pathname)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The url input (${plan.url}) ends in /v1, which this step adds itself. Fix: set url to the API's base, without /v1 (e.g. https://gitguardian.example.com/exposed).`);
    }
    return [];
}


/***/ })

};
;