export const id = 717;
export const ids = [717];
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

/***/ 257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: () => (/* binding */ looksLikeJwt),
/* harmony export */   dG: () => (/* binding */ decodeJwtClaims),
/* harmony export */   lo: () => (/* binding */ jwtExpiry)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(223);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12);
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

/***/ 717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  identityFor: () => (/* binding */ identityFor),
  infracast: () => (/* binding */ infracast),
  parseTenants: () => (/* binding */ parseTenants),
  validatePlan: () => (/* binding */ validatePlan)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(12);
// EXTERNAL MODULE: ./src/net/client.ts
var client = __webpack_require__(724);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(845);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(719);
// EXTERNAL MODULE: ./src/kit/jwt.ts
var jwt = __webpack_require__(257);
// EXTERNAL MODULE: ./src/core/sanitize.ts
var sanitize = __webpack_require__(528);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(223);
;// CONCATENATED MODULE: ./src/vendors/infracast/probes.ts
/**
 * Infracast's proofs of access: long-lived API keys carry no identity and Infracast documents no
 * identity endpoint, so a key (and, when permissions are required, a token) is verified by
 * read-only GETs of tenant list endpoints, one per permission. Also the tenant input's grammar and
 * the vendor's error text, which the login module shares.
 */




const NAME = 'Infracast';
/**
 * Permission → the tenant list endpoint whose GET proves it. Only these three have a read-only list
 * endpoint: `reports:read` means generating and downloading reports, and every `*:write` and
 * `admin:*` could only be shown by changing something.
 */
const PROBES = new Map([
    ['nodes:read', 'nodes'],
    ['findings:read', 'findings'],
    ['jobs:read', 'jobs']
]);
/** What an API key is checked with when the step asks for no permission: the cheapest listing. */
const DEFAULT_PROBE = 'nodes:read';
const VERIFIABLE = [...PROBES.keys()].join(', ');
/** The tenant input, after its INFRACAST_TENANT fallback; '' when not given. */
function tenantOf(plan) {
    return plan.options.tenant ?? '';
}
/**
 * A tenant is one path segment of the probe URLs: "." or ".." or a "/" would make a probe read
 * another path than the tenant's, and "?", "#" or "%" would change the request itself.
 */
function checkTenant(tenant) {
    if (tenant === '.' || tenant === '..' || /[/?#%\\\s]/.test(tenant)) {
        throw new failure/* ActionFailure */.dR(`The tenant input "${tenant}" is not a tenant id: it must be one path segment (not "." or "..", and without "/", "?", "#", "%", "\\" or spaces), e.g. tenant: prod.`);
    }
}
function whyUnprovable(permission) {
    const [resource = '', action = ''] = (0,core_identity/* fold */.AU)(permission).split(':');
    if (resource === 'admin') {
        return 'administrative rights show only in administrative actions (creating API keys, configuring SSO); no read-only request proves them';
    }
    if (action === 'write') {
        return `only creating, changing or deleting ${resource || 'something'} would prove it, and this action never writes`;
    }
    if ((0,core_identity/* fold */.AU)(permission) === 'reports:read') {
        return 'it means generating and downloading reports; Infracast has no read-only list endpoint for reports, and generating one is a write';
    }
    return 'it is not an Infracast permission with a read-only list endpoint to probe';
}
/**
 * One GET per permission, never anything else. A 403 is collected so the message can name every
 * permission missing at once; any other refusal ends the check at once.
 */
async function probe(context, bearer, permissions, subject) {
    const { plan, http } = context;
    const tenant = tenantOf(plan);
    const required = new Set(plan.requiredPermissions.map(core_identity/* fold */.AU));
    const proven = [];
    const denied = [];
    for (const permission of permissions) {
        const canonical = (0,core_identity/* fold */.AU)(permission);
        const resource = PROBES.get(canonical);
        const response = await http.request({
            method: 'GET',
            path: `/api/v1/tenants/${encodeURIComponent(tenant)}/${resource}?per_page=1`,
            headers: { authorization: `Bearer ${bearer}` }
        });
        const body = (0,client/* parseJson */.qF)(response.body);
        if (response.status === 403) {
            denied.push({
                permission: canonical,
                response,
                vendorText: vendorErrorText(context, response, body)
            });
            continue;
        }
        if (response.status < 200 || response.status >= 300) {
            throw probeFailure(context, response, body, canonical, subject);
        }
        if (!(0,parse/* isObject */.Gv)(body) || !(Array.isArray(body.data) || Array.isArray(body.items))) {
            if (!(0,parse/* isObject */.Gv)(body))
                throw (0,client/* notJsonFailure */.cC)(NAME, response, context.redact, { quoteBody: true });
            throw new failure/* ActionFailure */.dR([
                `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a data list, so ${canonical} in tenant "${tenant}" could not be verified.`,
                'Fix: check that the url input points at the Infracast API, not a proxy or the web interface.'
            ].join('\n'));
        }
        proven.push(canonical);
    }
    if (denied.length)
        throw denialFailure(plan, denied, proven, subject);
    return {
        proven,
        verified: proven
            .filter((p) => !required.has(p))
            .map((p) => ({ kind: 'permission', required: p, passed: true }))
    };
}
function denialFailure(plan, denied, proven, subject) {
    const tenant = tenantOf(plan);
    const first = denied[0];
    const missing = denied.map((d) => d.permission).join(', ');
    const defaultOnly = plan.requiredPermissions.length === 0;
    const explanation = subject.credential === 'api-key'
        ? {
            causes: [
                `the API key was not created for tenant "${tenant}" (a key lists its tenants)`,
                `the API key lacks ${missing} (a key lists its permissions)`,
                'the key is restricted to other IP addresses (allowed_ips) than this runner'
            ],
            fix: defaultOnly
                ? `check the tenant input; if the key may read only findings or jobs, set required-permissions (e.g. findings:read) so that is probed instead of ${DEFAULT_PROBE}; or create a key with ${missing} for tenant "${tenant}" and store it behind the api-key input.`
                : `check the tenant input, or create an API key with ${missing} for tenant "${tenant}" and store it behind the api-key input (or INFRACAST_API_KEY).`
        }
        : {
            causes: [
                `the user has no access to tenant "${tenant}"`,
                `the user's role in tenant "${tenant}" does not allow ${missing}`
            ],
            fix: `check the tenant input, or ask a tenant administrator of "${tenant}" for a role that includes ${missing}, or change required-permissions.`
        };
    const lines = [
        `${NAME}: ${subject.who} was denied ${missing} in tenant "${tenant}" (HTTP ${first.response.status}${first.response.statusText ? ` ${first.response.statusText}` : ''} from ${first.response.endpoint}).`,
        ...denied.map((d) => `${NAME} said for ${d.permission} (${d.response.endpoint}): ${d.vendorText || '(no error text)'}`),
        ...(proven.length ? [`Proven in tenant "${tenant}": ${proven.join(', ')}.`] : []),
        ...(0,failure/* formatExplanation */.vZ)(explanation)
    ];
    return new failure/* ActionFailure */.dR(lines.join('\n'));
}
function probeFailure(context, response, body, permission, subject) {
    const tenant = tenantOf(context.plan);
    let diagnosis;
    if (response.status === 401) {
        if (subject.credential === 'api-key') {
            diagnosis = {
                headline: 'the API key was rejected',
                causes: [
                    'the API key was revoked, deleted or has passed its expires_at',
                    'the key belongs to another Infracast environment than the url input (a dev key against prod, or the reverse)',
                    'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)'
                ],
                fix: 'create a new API key in Infracast and store it in the secret behind the api-key input (or INFRACAST_API_KEY), and check the url input.'
            };
        }
        else {
            diagnosis = {
                headline: 'the access token Infracast had just issued was rejected',
                causes: [
                    'the url input reaches servers of different Infracast environments (a load balancer or proxy mixing dev and prod)',
                    'the token was revoked at once (the user was disabled or logged out everywhere)'
                ],
                fix: 'check the url input and try again; if it persists, ask an Infracast administrator.'
            };
        }
    }
    else if (response.status === 404) {
        diagnosis = {
            headline: `tenant "${tenant}" does not exist, or ${subject.who} cannot see it`,
            causes: [
                `the tenant input holds a name or a typo instead of the tenant id (ids look like "prod")`,
                `${subject.who} belongs to another Infracast account or environment than the one at the url input`
            ],
            fix: 'set the tenant input to the id of a tenant the credentials may access, and check the url input.'
        };
    }
    else {
        diagnosis = (0,failure/* explainCommonStatus */.hL)(response.status, NAME);
    }
    return (0,failure/* statusFailure */.FP)({
        vendor: NAME,
        endpoint: response.endpoint,
        status: response.status,
        statusText: response.statusText,
        vendorText: vendorErrorText(context, response, body) || undefined,
        diagnosis,
        trailer: [`(probing ${permission} in tenant "${tenant}" as ${subject.who})`]
    });
}
/**
 * The vendor's own words, redacted: `{"error":{"code","message","details"}}` as documented, or the
 * `{"error","message"}` shape of a proxy, or a short excerpt of a body that is not JSON.
 */
function vendorErrorText(context, response, body) {
    const clean = (text) => context.redact(scrubTokens(text));
    return clean(errorText(body, response.body, clean));
}
/**
 * The documented error fields, or a short excerpt of a body that is not JSON. `redact` runs on the
 * whole raw text before it is shortened (an echoed secret cut in half would escape it after).
 */
function errorText(body, raw, redact = (text) => text) {
    if (!(0,parse/* isObject */.Gv)(body))
        return (0,client/* redactedExcerpt */.aH)(raw, redact);
    const error = (0,parse/* isObject */.Gv)(body.error) ? body.error : body;
    const code = (0,parse/* firstText */.ou)(error, ['code']) || (typeof body.error === 'string' ? body.error : '');
    const message = (0,parse/* firstText */.ou)(error, ['message', 'detail', 'title']);
    const details = (0,parse/* isObject */.Gv)(error) ? error.details : undefined;
    const detailText = details === undefined || details === null
        ? ''
        : typeof details === 'string'
            ? details
            : JSON.stringify(details);
    return [
        [code, message].filter(Boolean).join(': '),
        detailText ? `(details: ${(0,client/* redactedExcerpt */.aH)(detailText, redact)})` : ''
    ]
        .filter(Boolean)
        .join(' ');
}
/** Removes anything shaped like a JWT or a token field from text that may reach a message. */
function scrubTokens(value) {
    return value
        .replace(/eyJ[\w-]*\.[\w-]+\.[\w-]+/g, '***')
        .replace(/("(?:refresh_token|refreshToken|access_token|token)"\s*:\s*")[^"]*"/g, '$1***"');
}

;// CONCATENATED MODULE: ./src/vendors/infracast/index.ts
/**
 * Infracast: three credential modes, all ending in `Authorization: Bearer ...`.
 *
 * - login: one POST /api/v1/auth/token; its answer carries the access token (1 hour), its expiry, a
 *   refresh token (7 days, never passed on) and the `user` (id, username, email, roles, perhaps
 *   tenants with a role each). That `user` is the only documented identity source.
 * - refresh: one POST /api/v1/auth/refresh; the answer carries only a token and its expiry, so the
 *   identity comes from the access token's own claims.
 * - api-key: long-lived keys carry no identity at all, and no identity endpoint is documented, so
 *   the key is verified by read-only probes of the tenant: one GET per permission.
 *
 * Every permission is proven by a GET of a tenant list endpoint; one that only a write could prove
 * is refused before any request. Sources: shared vendor notes §5 and decisions 20-22,
 * docs.infracast.io/api/authentication. The key prefix (ic_live_) and the permission strings are
 * not publicly confirmed, so nothing here checks a prefix, and an unknown permission is refused as
 * unprovable rather than guessed at.
 */









const infracast_NAME = 'Infracast';
const TOKEN_PATH = '/api/v1/auth/token';
const REFRESH_PATH = '/api/v1/auth/refresh';
/** The shape of a bearer token (RFC 6750 b64token), for masking what a token answer carries. */
const BEARER_TOKEN_SHAPE = /^[A-Za-z0-9\-._~+/]{8,}=*$/;
/** Response fields that carry tokens; each is masked before anything else reads the body. */
const TOKEN_FIELDS = [
    'token',
    'access_token',
    'accessToken',
    'refresh_token',
    'refreshToken',
    'id_token'
];
const infracast = {
    id: 'infracast',
    name: infracast_NAME,
    location: { defaultUrl: 'https://api.infracast.io' },
    modes: [
        { id: 'api-key', inputs: ['api-key'] },
        { id: 'login', inputs: ['username', 'password'] },
        { id: 'refresh', inputs: ['refresh-token'] }
    ],
    // refresh-token deliberately has no fallback: the contract's rule is "the variable this action
    // would export", and a refresh token is never exported; reading one from a job-level env would
    // also invite keeping a 7-day credential where every step of the job can read it.
    // username/password have none either: this action exports neither.
    credentialEnv: { 'api-key': ['INFRACAST_API_KEY'] },
    options: [{ input: 'tenant', env: ['INFRACAST_TENANT'] }],
    roles: { kind: 'names' },
    // Every permission is proven by a read-only probe; one without a probe is refused at validation.
    permissions: { kind: 'defined', known: [...PROBES.keys()], unknown: whyUnprovable },
    validate: validatePlan,
    async login(context) {
        const { plan } = context;
        if (plan.authMode === 'api-key')
            return apiKeyLogin(context);
        const grant = plan.authMode === 'refresh' ? await refreshLogin(context) : await passwordLogin(context);
        return tokenLogin(context, grant);
    }
};
/** The vendor-specific checks, all before any request; throws naming the input. */
function validatePlan(plan) {
    const apiKey = plan.authMode === 'api-key';
    const tenant = tenantOf(plan);
    if (tenant)
        checkTenant(tenant);
    if (apiKey && !tenant) {
        throw new failure/* ActionFailure */.dR([
            'The tenant input is required with an Infracast api-key: a key carries no identity and Infracast has no identity endpoint, so the key can only be verified by reading a tenant it may access. Without a tenant nothing could be verified.',
            'Fix: set tenant (or INFRACAST_TENANT) to the tenant id the key was created for, e.g. tenant: prod.'
        ].join('\n'));
    }
    if (apiKey && plan.requiredRoles.length) {
        throw new failure/* ActionFailure */.dR([
            'The required-roles input cannot be used with an Infracast api-key: API keys belong to no user and carry no role, only tenants and permissions.',
            `Fix: use required-permissions (${VERIFIABLE}) with the API key, or log in with username and password (or refresh-token) to check roles.`
        ].join('\n'));
    }
    if (!apiKey && plan.requiredPermissions.length && !tenant) {
        throw new failure/* ActionFailure */.dR([
            `The required-permissions input needs the tenant input with Infracast: permissions are scoped to a tenant and are proven by reading that tenant (${VERIFIABLE}).`,
            'Fix: set tenant (or INFRACAST_TENANT) to the tenant id to check, e.g. tenant: prod.'
        ].join('\n'));
    }
    const warnings = [];
    if (apiKey && (0,jwt/* looksLikeJwt */.bt)(plan.credentials['api-key'] ?? '')) {
        warnings.push('The api-key input holds a JWT, which looks like an Infracast access token (valid for 1 hour) rather than an API key. It is sent as a Bearer token all the same; for a lasting credential use an API key, or username and password, or refresh-token.');
    }
    return warnings;
}
async function passwordLogin(context) {
    const { plan, http } = context;
    const response = await http.request({
        method: 'POST',
        path: TOKEN_PATH,
        // A login issues a token: never sent twice once it may have reached the server.
        creates: true,
        json: { username: plan.credentials.username, password: plan.credentials.password }
    });
    return grantFrom(context, response);
}
async function refreshLogin(context) {
    const { plan, http } = context;
    const response = await http.request({
        method: 'POST',
        path: REFRESH_PATH,
        // A refresh token may be single-use: a second send could burn it.
        creates: true,
        json: { refresh_token: plan.credentials['refresh-token'] }
    });
    return grantFrom(context, response);
}
/** Reads a token answer: masks every token in it first, then checks the success signal. */
function grantFrom(context, response) {
    const parsed = (0,client/* parseJson */.qF)(response.body);
    // The documented answer is flat; the overview's {data, meta, error} envelope may wrap it too.
    const body = (0,parse/* isObject */.Gv)(parsed) && (0,parse/* isObject */.Gv)(parsed.data) && !('token' in parsed) ? parsed.data : parsed;
    // Every well-formed token in the answer is masked before anything else reads it; one that is not
    // well-formed is never masked (a hostile "token" such as "e" would blank the log) nor quoted.
    for (const source of [parsed, body]) {
        if (!(0,parse/* isObject */.Gv)(source))
            continue;
        for (const field of TOKEN_FIELDS) {
            const value = (0,parse/* credentialText */.bk)(source, [field]);
            if (BEARER_TOKEN_SHAPE.test(value))
                context.mask(value);
        }
    }
    const mode = context.plan.authMode;
    if (response.status < 200 || response.status >= 300) {
        throw authFailure(context, response, body);
    }
    if (!(0,parse/* isObject */.Gv)(body)) {
        // A token answer is never quoted: it may hold tokens in a form nothing masked.
        throw (0,client/* notJsonFailure */.cC)(infracast_NAME, response, context.redact, { quoteBody: false });
    }
    const issued = (0,parse/* credentialText */.bk)(body, ['token', 'access_token', 'accessToken']);
    const token = issued
        ? (0,sanitize/* bearerToken */.hC)(issued, `${infracast_NAME}: the access token in the answer of ${response.endpoint}`)
        : '';
    context.mask(token);
    if (!token) {
        throw new failure/* ActionFailure */.dR([
            `${infracast_NAME}: ${response.endpoint} answered HTTP ${response.status} without a token, so the ${mode === 'refresh' ? 'refresh token' : 'login'} could not be verified.`,
            'Fix: check that the url input points at the Infracast API (https://api.infracast.io, https://dev.infracast.io or your own installation).'
        ].join('\n'));
    }
    // Decoded, NOT verified: the signing key is the server's. The token arrived just now, over the
    // connection this action opened, in answer to its own request, so its claims are as trustworthy as
    // the rest of that answer; they are read only to name the user and find the expiry.
    const claims = (0,jwt/* decodeJwtClaims */.dG)(token) ?? {};
    const user = (0,parse/* isObject */.Gv)(body.user) ? body.user : claims;
    const expiresAt = (0,expiry/* normaliseExpiry */.IY)(body.expires_at ?? body.expiresAt) ?? (0,jwt/* jwtExpiry */.lo)(claims);
    const rotated = mode === 'refresh' && (0,parse/* firstText */.ou)(body, ['refresh_token', 'refreshToken']) !== '';
    return { token, expiresAt, user, rotated, endpoint: response.endpoint };
}
async function tokenLogin(context, grant) {
    const { plan } = context;
    if (grant.expiresAt && Date.parse(grant.expiresAt) <= Date.now()) {
        throw new failure/* ActionFailure */.dR([
            `${infracast_NAME}: ${grant.endpoint} issued an access token that had already expired (expires ${grant.expiresAt}; this runner's clock says ${(0,expiry/* isoSeconds */.nE)(Date.now())}).`,
            'Likely causes:',
            "  - the Infracast server's clock, or this runner's, is wrong by an hour or more",
            '  - a proxy or cache in between replayed an old answer',
            'Fix: check the clocks (NTP) and any caching proxy in front of the url input; the token would be refused by every later request.'
        ].join('\n'));
    }
    const { identity, notes } = identityFor(grant.user, tenantOf(plan));
    if (!identity.userId && !identity.username && !identity.email) {
        // The token itself is the success signal; say plainly that no one could be named.
        notes.push((0,endpoint/* note */.N4)('Identity', 'not reported (no user in the answer, and the access token carries no readable claims)'));
    }
    if (grant.rotated) {
        notes.push((0,endpoint/* note */.N4)('Refresh token', 'Infracast answered with a new refresh token, so the one given may be single-use; this action never outputs it. If the next run is refused, store a fresh refresh token or use username and password.'));
    }
    let verified = [];
    if (plan.requiredPermissions.length) {
        const outcome = await probe(context, grant.token, plan.requiredPermissions, {
            who: `user ${(0,core_identity/* describeIdentity */.Cl)(identity)}`,
            credential: 'token'
        });
        identity.permissions = outcome.proven;
        verified = outcome.verified;
    }
    else if (tenantOf(plan) && !notes.some((n) => n.label === 'Tenant')) {
        notes.push((0,endpoint/* note */.N4)('Tenant', `${tenantOf(plan)} (access not verified: the ${plan.authMode === 'refresh' ? 'token' : 'login answer'} lists no tenants; add required-permissions: nodes:read to prove it)`));
    }
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    const env = { INFRACAST_URL: plan.url, INFRACAST_TOKEN: grant.token };
    if (grant.expiresAt)
        env.INFRACAST_TOKEN_EXPIRES_AT = grant.expiresAt;
    if (tenantOf(plan))
        env.INFRACAST_TENANT = tenantOf(plan);
    return {
        identity,
        authHeader: `Authorization: Bearer ${grant.token}`,
        token: grant.token,
        ...(grant.expiresAt ? { expiresAt: grant.expiresAt } : {}),
        env,
        verified,
        notes
    };
}
/**
 * The identity from a login's `user` object or an access token's claims. With a tenant, the role
 * that counts is the user's role in that tenant when the user lists tenants; a listed user without
 * that tenant has verifiably no access to it.
 */
function identityFor(user, tenant) {
    const email = (0,parse/* firstText */.ou)(user, ['email', 'email_address', 'emailAddress']);
    const roleValue = (0,parse/* firstPresent */.IT)(user, ['roles', 'role']);
    const accountRoles = roleValue === undefined ? undefined : (0,parse/* names */.Dy)(roleValue);
    const tenants = parseTenants((0,parse/* firstPresent */.IT)(user, ['tenants']));
    const identity = {
        userId: (0,parse/* firstText */.ou)(user, ['id', 'user_id', 'userId', 'sub']),
        username: (0,parse/* firstText */.ou)(user, ['username', 'preferred_username', 'user_name', 'userName', 'login']) ||
            email,
        displayName: (0,parse/* firstText */.ou)(user, ['display_name', 'displayName', 'name', 'full_name']),
        email,
        roles: accountRoles,
        permissions: undefined,
        organization: tenant
    };
    const notes = [];
    if (tenants === undefined)
        return { identity, notes };
    const listed = tenants.map((t) => (t.role ? `${t.id} (${t.role})` : t.id)).join(', ') || 'none';
    if (!tenant) {
        notes.push((0,endpoint/* note */.N4)('Tenants', listed));
        return { identity, notes };
    }
    const entry = tenants.find((t) => t.id === tenant);
    if (!entry) {
        throw new failure/* ActionFailure */.dR([
            `${infracast_NAME}: user ${(0,core_identity/* describeIdentity */.Cl)(identity)} has no access to tenant "${tenant}": Infracast lists the user's tenants as ${listed}.`,
            'Fix: check the tenant input (the tenant id, as Infracast spells it), or ask a tenant administrator to add the user to that tenant.'
        ].join('\n'));
    }
    if (entry.role) {
        identity.roles = [entry.role];
        notes.push((0,endpoint/* note */.N4)('Tenant', `${tenant} (role ${entry.role})`));
        if (accountRoles?.length)
            notes.push((0,endpoint/* note */.N4)('Account roles', accountRoles.join(', ')));
    }
    else {
        notes.push((0,endpoint/* note */.N4)('Tenant', `${tenant} (listed without a role; account roles apply)`));
    }
    return { identity, notes };
}
/** `[{id, role}]` as documented, or a list of ids, or a `{ tenant: role }` map; undefined if absent. */
function parseTenants(value) {
    if (value === undefined || value === null)
        return undefined;
    if ((0,parse/* isObject */.Gv)(value)) {
        return Object.entries(value).map(([id, role]) => ({
            id,
            role: (0,parse/* isObject */.Gv)(role) ? (0,parse/* firstText */.ou)(role, ['role', 'name']) : (0,parse/* text */.Qq)(role)
        }));
    }
    if (!Array.isArray(value))
        return undefined;
    const tenants = [];
    for (const item of value) {
        const id = (0,parse/* isObject */.Gv)(item) ? (0,parse/* firstText */.ou)(item, ['id', 'tenant', 'tenant_id', 'slug']) : (0,parse/* text */.Qq)(item);
        const role = (0,parse/* isObject */.Gv)(item) ? (0,parse/* firstText */.ou)(item, ['role', 'role_name', 'roleName']) : '';
        if (id)
            tenants.push({ id, role });
    }
    return tenants;
}
// ---------------------------------------------------------------------------------------------
// API keys
async function apiKeyLogin(context) {
    const { plan } = context;
    const apiKey = plan.credentials['api-key'];
    const wanted = plan.requiredPermissions.length ? plan.requiredPermissions : [DEFAULT_PROBE];
    const outcome = await probe(context, apiKey, wanted, {
        who: 'the API key',
        credential: 'api-key'
    });
    const identity = {
        userId: '',
        username: '',
        displayName: '',
        email: '',
        roles: undefined,
        permissions: outcome.proven,
        organization: tenantOf(plan)
    };
    const notes = [(0,endpoint/* note */.N4)('Tenant', `${tenantOf(plan)} (API key may ${outcome.proven.join(', ')})`)];
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    return {
        identity,
        authHeader: `Authorization: Bearer ${apiKey}`,
        env: { INFRACAST_URL: plan.url, INFRACAST_TOKEN: apiKey, INFRACAST_TENANT: tenantOf(plan) },
        verified: outcome.verified,
        notes
    };
}
function authFailure(context, response, body) {
    const refresh = context.plan.authMode === 'refresh';
    let diagnosis;
    if (response.status === 401) {
        const explanation = refresh
            ? {
                causes: [
                    'the refresh token has expired (refresh tokens live 7 days)',
                    'the refresh token was revoked (the user logged out, was disabled, or it was already used once)',
                    'the token was issued by another Infracast environment than the url input (a dev token against prod, or the reverse)'
                ],
                fix: 'obtain a new refresh token and store it in the secret behind the refresh-token input, or use username and password, or an API key for unattended runs; check the url input.'
            }
            : {
                causes: [
                    'the username or password is wrong, or the password was changed',
                    'the user signs in through SSO (Okta, Azure AD, SAML) and has no Infracast password',
                    'the account belongs to another Infracast environment than the url input (dev vs prod)'
                ],
                fix: 'check the secrets behind the username and password inputs and the url input; for unattended runs an API key (api-key input) is the better credential.'
            };
        diagnosis = {
            headline: refresh
                ? 'the refresh token was rejected'
                : 'the username or password was rejected',
            ...explanation
        };
    }
    else if (response.status === 403) {
        diagnosis = {
            headline: refresh ? 'the refresh was refused' : 'the login was refused',
            causes: [
                'the user is disabled or locked',
                "the account's IP allow-list does not include this runner"
            ],
            fix: 'ask an Infracast administrator to check the user, or use an API key (api-key input).'
        };
    }
    else if (response.status === 400) {
        diagnosis = {
            headline: 'the request was refused as malformed',
            causes: [
                refresh
                    ? 'the refresh-token input does not hold a refresh token (perhaps an access token or an API key)'
                    : 'the username or password input is empty or malformed'
            ],
            fix: refresh
                ? 'store the refresh_token value from an Infracast login in the secret behind refresh-token.'
                : 'check the username and password inputs.'
        };
    }
    else {
        diagnosis = (0,failure/* explainCommonStatus */.hL)(response.status, infracast_NAME);
    }
    return (0,failure/* statusFailure */.FP)({
        vendor: infracast_NAME,
        endpoint: response.endpoint,
        status: response.status,
        statusText: response.statusText,
        vendorText: vendorErrorText(context, response, body) || undefined,
        diagnosis
    });
}


/***/ })

};
