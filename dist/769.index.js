export const id = 769;
export const ids = [769];
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

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REGIONS: () => (/* binding */ REGIONS),
/* harmony export */   checkmarxOne: () => (/* binding */ checkmarxOne),
/* harmony export */   iamBaseFor: () => (/* binding */ iamBaseFor),
/* harmony export */   identityFrom: () => (/* binding */ identityFrom),
/* harmony export */   issuerOf: () => (/* binding */ issuerOf),
/* harmony export */   locate: () => (/* binding */ locate),
/* harmony export */   regionOfApiKey: () => (/* binding */ regionOfApiKey)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(333);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(528);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(719);
/* harmony import */ var _kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(257);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(223);
/**
 * Checkmarx One: its IAM is Keycloak. A token from the realm of the tenant, then the realm's
 * userinfo with that token (2 requests):
 *
 * - api-key: the API key is an offline refresh token (a JWT), exchanged with
 *   `grant_type=refresh_token` and the public client `ast-app`, as Checkmarx's CLI does;
 * - oauth-client: `grant_type=client_credentials` with the client's id and secret.
 *
 * Where the token server is. The API key's own `iss` claim is `{iam}/auth/realms/{tenant}`; as in
 * Checkmarx's CLI it names the tenant and, when no url or region is given, picks the region. The
 * key is never sent to a server that only the key names, though (a key is user-supplied text, and
 * its claims are not verified): the IAM is always derived from the url or region (a host beginning
 * `ast.` or `<region>.ast.` maps to the same name with `iam`; any other host serves both), and a
 * key whose issuer is not that IAM's origin (scheme, host and port) is refused before any request.
 *
 * Sources: shared vendor notes §2.2 "4. Checkmarx One" (token endpoint, grants, regions, CLI env
 * names). Keycloak's standard answers (userinfo, `invalid_grant`, 404 for an unknown realm,
 * `invalid_client` / `unauthorized_client`) are assumed: no Checkmarx recording shows them. Roles
 * are read from the access token's claims (decoded, not verified: it came straight from the IAM over
 * the connection this action opened); no Checkmarx document lists those claims either.
 */






const NAME = 'Checkmarx One';
/** The public client Checkmarx's CLI exchanges API keys with. */
const API_KEY_CLIENT = 'ast-app';
/** AST (API) hosts; each IAM host is the same name with `iam` for `ast`. */
const REGIONS = {
    us: 'https://ast.checkmarx.net',
    us2: 'https://us.ast.checkmarx.net',
    eu: 'https://eu.ast.checkmarx.net',
    eu2: 'https://eu-2.ast.checkmarx.net',
    deu: 'https://deu.ast.checkmarx.net',
    anz: 'https://anz.ast.checkmarx.net',
    ind: 'https://ind.ast.checkmarx.net',
    sng: 'https://sng.ast.checkmarx.net',
    mea: 'https://mea.ast.checkmarx.net'
};
/** Token answer fields that carry credentials: each is masked before anything reads the answer. */
const TOKEN_FIELDS = ['access_token', 'refresh_token', 'id_token'];
const checkmarxOne = {
    id: 'checkmarx-one',
    name: NAME,
    location: {
        defaultUrl: REGIONS.us,
        regions: REGIONS,
        defaultRegion: 'us',
        regionFromCredentials: regionOfApiKey
    },
    modes: [
        { id: 'api-key', inputs: ['api-key'] },
        { id: 'oauth-client', inputs: ['client-id', 'client-secret'] }
    ],
    credentialEnv: {
        'api-key': ['CX_APIKEY'],
        'client-id': ['CX_CLIENT_ID'],
        'client-secret': ['CX_CLIENT_SECRET']
    },
    options: [{ input: 'tenant', env: ['CX_TENANT'] }],
    roles: { kind: 'names' },
    permissions: {
        kind: 'none',
        reason: 'its tokens carry roles, not individual permissions. Use required-roles (e.g. ast-scanner) instead.'
    },
    validate: (plan) => locate(plan).warnings,
    async login(context) {
        const target = locate(context.plan);
        return (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .atBaseUrl */ .y$)(context, target.iam, (iam) => exchangeAndVerify(iam, target));
    }
};
/**
 * The IAM that serves a Checkmarx One API URL: `ast.` → `iam.`, `<region>.ast.` → `<region>.iam.`
 * (no path); any other host serves both, so it is the url itself (the sandbox, a private install).
 */
function iamBaseFor(apiUrl) {
    const url = new URL(apiUrl);
    const host = url.hostname.toLowerCase();
    const mapped = /^ast\./.test(host)
        ? `iam.${host.slice(4)}`
        : /^[a-z0-9-]+\.ast\./.test(host)
            ? host.replace('.ast.', '.iam.')
            : undefined;
    if (mapped === undefined)
        return apiUrl.replace(/\/+$/, '');
    return `${url.protocol}//${mapped}${url.port ? `:${url.port}` : ''}`;
}
/** `{iam}/auth/realms/{tenant}` from a key's `iss`, or undefined when the key names none. */
function issuerOf(apiKey) {
    if (!(0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeJwt */ .bt)(apiKey))
        return undefined;
    const iss = (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(apiKey)?.iss;
    if (typeof iss !== 'string')
        return undefined;
    const match = /^(https?:\/\/[^/?#]+)(?:\/[^?#]*)?\/auth\/realms\/([^/?#]+)$/i.exec(iss.trim());
    if (!match)
        return undefined;
    try {
        return { origin: new URL(match[1]).origin, realm: decodeURIComponent(match[2]) };
    }
    catch {
        return undefined;
    }
}
/** The cloud region whose IAM issued the API key, so a key picks its region by itself. */
function regionOfApiKey(credentials) {
    const issuer = issuerOf(credentials['api-key'] ?? '');
    if (!issuer)
        return undefined;
    return Object.entries(REGIONS).find(([, url]) => new URL(iamBaseFor(url)).origin === issuer.origin)?.[0];
}
/** Decides the IAM and the tenant before any request; throws naming the input to change. */
function locate(plan) {
    const iam = iamBaseFor(plan.url);
    const warnings = [];
    const tenantInput = plan.options.tenant ?? '';
    if (tenantInput)
        checkTenant(tenantInput, 'The tenant input');
    if (plan.authMode === 'oauth-client') {
        if (!tenantInput) {
            throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
                `The tenant input is required with a ${NAME} OAuth client (client-id and client-secret): the client belongs to one tenant, whose realm issues its token.`,
                'Fix: set tenant (or CX_TENANT) to the tenant name shown in the Checkmarx One console (the name in its login URL), e.g. tenant: acme.'
            ].join('\n'));
        }
        return { iam, tenant: tenantInput, tenantSource: 'tenant input', warnings };
    }
    const apiKey = plan.credentials['api-key'] ?? '';
    if (!(0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeJwt */ .bt)(apiKey)) {
        warnings.push(`The api-key input does not look like a ${NAME} API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the whole key from Identity and Access Management > API Keys.`);
    }
    else if ((0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(apiKey)?.typ === 'Bearer') {
        warnings.push(`The api-key input holds a ${NAME} access token (valid for minutes), not an API key: the exchange will likely be refused. Generate an API key under Identity and Access Management > API Keys.`);
    }
    const issuer = issuerOf(apiKey);
    if (issuer)
        checkIssuer(plan, issuer.origin, iam);
    if (tenantInput)
        return { iam, tenant: tenantInput, tenantSource: 'tenant input', warnings };
    if (!issuer) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
            `The tenant input is required here: the api-key names no ${NAME} tenant (its "iss" claim is missing or not an IAM realm URL).`,
            'Fix: set tenant (or CX_TENANT) to the tenant name, and check that api-key holds a Checkmarx One API key.'
        ].join('\n'));
    }
    checkTenant(issuer.realm, "The API key's issuer");
    return { iam, tenant: issuer.realm, tenantSource: "API key's issuer", warnings };
}
/**
 * The key goes only to the IAM of the url or region this step chose. A key whose issuer is another
 * server is refused: its claims are not verified, so following them would let the secret's text
 * decide where the secret is sent (another host, plain http, an internal address).
 */
function checkIssuer(plan, issuerOrigin, iam) {
    const expected = new URL(iam).origin;
    if (issuerOrigin === expected)
        return;
    const region = regionOfApiKey(plan.credentials);
    const chosen = plan.region ? `region ${plan.region} (${plan.url})` : `the url input (${plan.url})`;
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
        `${NAME}: the api-key was issued by ${issuerOrigin}, but this step uses ${chosen}, whose IAM is ${expected}. The key is only ever sent to the IAM of the url or region the step chose, so nothing was sent.`,
        region
            ? `Fix: remove the url and region inputs (the key selects region ${region} by itself), or set region: ${region}.`
            : `Fix: set url to the ${NAME} server the key belongs to (for ${issuerOrigin}, its API URL${/\/\/(?:[a-z0-9-]+\.)?iam\./i.test(issuerOrigin) ? `, ${issuerOrigin.replace(/iam\./i, 'ast.')}` : ''}), or use a key created there.`
    ].join('\n'));
}
/** A tenant is one realm name in the token URL: one path segment, nothing that changes the URL. */
function checkTenant(tenant, what) {
    if (tenant === '.' || tenant === '..' || !/^[A-Za-z0-9._~-]{1,255}$/.test(tenant)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR(`${what} names the tenant "${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(tenant).slice(0, 80)}", which is not a ${NAME} tenant name (letters, digits, ".", "_", "~" and "-" only), e.g. tenant: acme.`);
    }
}
// ---------------------------------------------------------------------------------------------
// The two requests
async function exchangeAndVerify(context, target) {
    const { plan } = context;
    const realm = `/auth/realms/${encodeURIComponent(target.tenant)}/protocol/openid-connect`;
    const apiKey = plan.authMode === 'api-key';
    const form = apiKey
        ? {
            grant_type: 'refresh_token',
            client_id: API_KEY_CLIENT,
            refresh_token: plan.credentials['api-key']
        }
        : {
            grant_type: 'client_credentials',
            client_id: plan.credentials['client-id'],
            client_secret: plan.credentials['client-secret'],
            // Keycloak's userinfo answers 403 to a token without the openid scope; a client's default
            // scopes need not include it, and asking for it is always allowed.
            scope: 'openid'
        };
    const tenantNote = (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)('Tenant', `${target.tenant} (from the ${target.tenantSource})`);
    const trailer = [`${tenantNote.label}: ${tenantNote.value}`, `IAM: ${target.iam}`];
    const { response, body } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)(context, {
        method: 'POST',
        path: `${realm}/token`,
        form,
        // A token request issues a token: never sent twice once it may have reached the server.
        creates: true,
        issuesCredentials: true,
        meanings: {
            400: (answer) => badGrant(context, target, answer),
            401: () => clientRejected(context, target),
            404: (answer) => unknownRealm(target, answer)
        },
        trailer
    });
    for (const field of TOKEN_FIELDS) {
        const value = body[field];
        if (typeof value === 'string' && value)
            context.mask(value);
    }
    const token = (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .bearerToken */ .hC)(body.access_token, `the access_token from ${response.endpoint}`);
    context.mask(token);
    const claims = (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(token) ?? {};
    const expiresIn = body.expires_in;
    const expiresAt = typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
        ? (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(Date.now() + expiresIn * 1000)
        : (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .jwtExpiry */ .lo)(claims);
    const { identity } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIdentity */ .Z0)(context, {
        method: 'GET',
        path: `${realm}/userinfo`,
        headers: { authorization: `Bearer ${token}` },
        meanings: { 401: tokenRefused, 403: missingScope },
        trailer
    }, (user) => identityFrom(user, claims, target.tenant));
    const claimedSub = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(claims.sub);
    if (claimedSub && identity.userId && claimedSub !== identity.userId) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
            `${NAME}: userinfo named another subject (${identity.userId}) than the access token it was sent (${claimedSub}), so the identity cannot be trusted.`,
            'Fix: check that nothing between the runner and the IAM (a proxy or gateway) rewrites its answers.',
            ...trailer
        ].join('\n'));
    }
    const notes = [tenantNote, (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)('IAM', target.iam)];
    const astBaseUrl = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(claims, ['ast-base-url']);
    if (astBaseUrl && sameOrigin(astBaseUrl, plan.url) === false) {
        notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)('API URL', `the token names ${astBaseUrl} as the tenant's API, but this step exports ${plan.url} as CX_BASE_URI; set url or region to match if later steps fail`));
    }
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    const env = {
        CX_BASE_URI: plan.url,
        CX_BASE_AUTH_URI: target.iam,
        CX_TENANT: target.tenant
    };
    if (apiKey)
        env.CX_APIKEY = plan.credentials['api-key'];
    else {
        env.CX_CLIENT_ID = plan.credentials['client-id'];
        env.CX_CLIENT_SECRET = plan.credentials['client-secret'];
    }
    // An API key created with an expiry date carries it as `exp`; the shared flow warns before it.
    const keyExpiresAt = apiKey
        ? (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .jwtExpiry */ .lo)((0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(plan.credentials['api-key']) ?? {})
        : undefined;
    return {
        identity,
        authHeader: `Authorization: Bearer ${token}`,
        token,
        ...(expiresAt ? { expiresAt } : {}),
        ...(keyExpiresAt ? { credentialExpiresAt: keyExpiresAt } : {}),
        env,
        notes
    };
}
/** userinfo names the user; the access token's claims carry the roles and the tenant's name. */
function identityFrom(user, claims, tenant) {
    const given = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['given_name']);
    const family = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['family_name']);
    const realmAccess = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(claims.realm_access) ? claims.realm_access : undefined;
    const roleValue = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(claims, ['roles']) ?? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(realmAccess, ['roles']);
    return {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['sub']),
        username: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['preferred_username']) || (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(claims, ['preferred_username']),
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['name']) || [given, family].filter(Boolean).join(' '),
        email: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['email']),
        roles: roleValue === undefined ? undefined : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(roleValue),
        permissions: undefined,
        organization: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(claims, ['tenant_name']) || tenant
    };
}
function sameOrigin(a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return undefined;
    }
}
// ---------------------------------------------------------------------------------------------
// What the IAM's answers mean
const errorCode = (body) => ((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(body.error) : '');
const IP_ALLOW_LIST = 'the tenant restricts API keys and OAuth clients to an IP allow-list that does not include this runner (Identity and Access Management > Settings)';
function badGrant(context, target, { body }) {
    const code = errorCode(body);
    if (code === 'unauthorized_client' || code === 'invalid_client') {
        return clientRejected(context, target);
    }
    if (code !== 'invalid_grant')
        return undefined;
    if (context.plan.authMode === 'oauth-client') {
        return {
            headline: 'the OAuth client may not obtain a token',
            causes: [
                'the client is disabled, or service accounts are not enabled for it',
                `the client belongs to another tenant than "${target.tenant}"`
            ],
            fix: `check the client under Identity and Access Management > OAuth Clients in tenant ${target.tenant}, and the tenant input.`
        };
    }
    const claims = (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(context.plan.credentials['api-key'] ?? '') ?? {};
    const expiry = (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .jwtExpiry */ .lo)(claims);
    return {
        headline: 'the API key was refused (invalid_grant)',
        causes: [
            ...(expiry && Date.parse(expiry) <= Date.now() ? [`the API key expired on ${expiry}`] : []),
            'the API key was revoked or expired in Identity and Access Management > API Keys, or its user was disabled or removed (the key is an offline session, which ends with them)',
            ...(target.tenantSource === 'tenant input'
                ? [
                    `the key belongs to another tenant than the tenant input "${target.tenant}" (leave tenant empty: the key names its own)`
                ]
                : []),
            `the api-key holds something else than an API key: an access token, or a key issued to another client than ${API_KEY_CLIENT}`,
            IP_ALLOW_LIST
        ],
        fix: 'generate a new API key under Identity and Access Management > API Keys and store it in the secret behind the api-key input (or CX_APIKEY).'
    };
}
function clientRejected(context, target) {
    if (context.plan.authMode === 'api-key') {
        return {
            headline: `the IAM refused the ${API_KEY_CLIENT} client used to exchange API keys`,
            causes: [IP_ALLOW_LIST, ...(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .regionCause */ .__)(context)],
            fix: 'check the region or url input and the tenant IP allow-list.'
        };
    }
    return {
        headline: 'the OAuth client was rejected',
        causes: [
            'the client-secret is wrong or was regenerated',
            `the client-id names no client in tenant "${target.tenant}"`,
            ...(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .regionCause */ .__)(context),
            IP_ALLOW_LIST
        ],
        fix: `copy the client id and secret from Identity and Access Management > OAuth Clients into client-id and client-secret (or CX_CLIENT_ID / CX_CLIENT_SECRET), and check the tenant input (${target.tenant}).`
    };
}
function unknownRealm(target, { body }) {
    const words = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body) ? `${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(body.error)} ${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(body.error_description)}` : '';
    if (!/realm/i.test(words))
        return undefined;
    return {
        headline: `the tenant "${target.tenant}" does not exist at this IAM`,
        causes: [
            target.tenantSource === 'tenant input'
                ? 'the tenant input is misspelled (it is the tenant name in the console login URL)'
                : "the API key's tenant was deleted or renamed",
            `the tenant is in another ${NAME} region than ${target.iam}`
        ],
        fix: 'check the tenant input and the region or url input.'
    };
}
function tokenRefused() {
    return {
        headline: 'the IAM refused the access token it had just issued',
        causes: [
            "this runner's clock, or the IAM's, is far off (the token looks expired or not yet valid)",
            'a proxy or load balancer sent the two requests to different IAM servers',
            'the user or client was disabled in the meantime'
        ],
        fix: 'check the runner clock (NTP) and any proxy in front of the IAM, then run the step again.'
    };
}
function missingScope({ body }) {
    const scope = /scope/i.test(errorCode(body));
    return {
        headline: scope
            ? 'the access token lacks the openid scope that userinfo needs'
            : 'the access token may not read its own identity',
        causes: ['the API key or OAuth client was created without the openid scope', IP_ALLOW_LIST],
        fix: 'create the API key or OAuth client again with the default scopes, or ask a tenant administrator.'
    };
}


/***/ })

};
