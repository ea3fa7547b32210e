"use strict";
exports.id = 958;
exports.ids = [958];
exports.modules = {

/***/ 1149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var bearerToken=(function (value, what, server) {
    const token = issuedText(value);
    if (token === undefined || token.length > MAX_BEARER_TOKEN || !BEARER_TOKEN.test(token)) {
        throw malformedCredential(what, 'a bearer token (RFC 6750: at least 16 letters, digits, - . _ ~ + / then = padding)', server);
    }
    return token;
});var issuedText=(function (value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
    return undefined;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ issuedText),
/* harmony export */   hC: (() => (/* binding */ bearerToken)),
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
 * credential, from which vendor and endpoint) without quoting the value. `server`: where it came
 * from (HttpClient.server), for the failure's advice; absent, the url input chose it.
 */
;
/**
 * A string as given, or a whole number that JSON carried exactly; anything else (a fraction, a
 * number past 2^53 that lost digits in parsing, an object) is not a credential.
 */
;
/**
 * The failure for an issued credential that is not `expected`; the value is never quoted. `server`:
 * where it came from (HttpClient.server); absent, the url input chose it.
 */
function malformedCredential(what, expected, server) {
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The server answered with a malformed credential: ${what} is not ${expected}. ` +
        'Its value is not shown, since it may be a secret. A genuine server never sends this: check ' +
        `${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .answeredInItsPlace */ .C0)(server, 'the real server').check}, and that no proxy or gateway rewrites its answers.`);
}


/***/ }),

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var looksLikeJwt=(function (value) {
    const parts = value.split('.');
    if (parts.length !== 3 || parts.some(((part) => !/^[A-Za-z0-9_-]+$/.test(part))))
        return false;
    const header = decodePart(parts[0]);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(header) && typeof header.alg === 'string';
});var decodeJwtClaims=(function (token) {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    const payload = decodePart(parts[1]);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(payload) ? payload : undefined;
});var jwtExpiry=(function (claims) {
    const exp = typeof claims.exp === 'string' && /^\d+$/.test(claims.exp.trim())
        ? Number(claims.exp)
        : claims.exp;
    if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= 0)
        return undefined;
    // '' past Date's range (the year 275,760): no expiry this step can state.
    return (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .nE)(exp * 1000) || undefined;
});var decodePart=(function (part) {
    // A JWT part is small; a huge one is not a JWT and is not worth decoding.
    if (part.length > 16_384)
        return undefined;
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: (() => (/* binding */ looksLikeJwt)),
/* harmony export */   dG: (() => (/* binding */ decodeJwtClaims)),
/* harmony export */   lo: (() => (/* binding */ jwtExpiry))
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2012);
/**
 * JWTs as vendors hand them out (API keys, access tokens, refresh tokens): recognised by shape and
 * decoded, never verified, since the signing key is the issuer's. Use the claims only to describe a
 * token that came straight from the server or from the user's own secret.
 */


/** Three base64url parts whose header decodes to JSON with an `alg`. */
;
/** The payload of a JWT, or undefined when it is not one. */
;
/**
 * The `exp` claim as ISO-8601, or undefined. Always seconds since the epoch (RFC 7519's NumericDate),
 * never normaliseExpiry's reading of a large number as milliseconds: an exp of 1.5e12 is the year
 * 49,500 to every service that honours the token, not 2017, and read as the latter a token that
 * never expires would pass for one long dead (and JFrog's minted-token check would hand it on).
 */
;
;


/***/ }),

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var issuedBearerToken=(function (context, value, what) {
    const token = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .bearerToken */ .hC)(value, what, context.http.server);
    context.mask(token);
    return token;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: (() => (/* binding */ issuedBearerToken))
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
;


/***/ }),

/***/ 4958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var validatePlan=(function (plan) {
    const apiKey = plan.authMode === 'api-key';
    const tenant = (0,tenants/* tenantOf */.G8)(plan);
    if (tenant)
        (0,tenants/* checkTenantPathSegment */.v1)(tenant);
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
    if (plan.mint)
        checkMintable(plan, apiKey, tenant);
    const warnings = [];
    if (apiKey && (0,jwt/* looksLikeJwt */.bt)(plan.credentials['api-key'] ?? '')) {
        warnings.push('The api-key input holds a JWT, which looks like an Infracast access token (valid for 1 hour) rather than an API key. It is sent as a Bearer token all the same; for a lasting credential use an API key, or username and password, or refresh-token.');
    }
    return warnings;
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  infracast: (() => (/* binding */ infracast)),
  validatePlan: () => (/* binding */ validatePlan)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var kit_endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/jwt.ts
var jwt = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
// EXTERNAL MODULE: ./src/vendors/infracast/meanings.ts
var infracast_meanings = __webpack_require__(6213);
// EXTERNAL MODULE: ./src/vendors/infracast/tenants.ts
var tenants = __webpack_require__(1224);
;// CONCATENATED MODULE: ./src/vendors/infracast/probes.ts
/**
 * Infracast's proofs of access: long-lived API keys carry no identity and Infracast documents no
 * identity endpoint, so a key (and, when permissions are required, a token) is verified by
 * read-only GETs of tenant list endpoints, one per permission.
 */






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
    const { plan } = context;
    const tenant = (0,tenants/* tenantOf */.G8)(plan);
    const required = new Set(plan.requiredPermissions.map(core_identity/* fold */.AU));
    const proven = [];
    const denied = [];
    for (const permission of permissions) {
        const canonical = (0,core_identity/* fold */.AU)(permission);
        const endpoint = {
            method: 'GET',
            path: `/api/v1/tenants/${encodeURIComponent(tenant)}/${PROBES.get(canonical)}?per_page=1`,
            headers: { authorization: `Bearer ${bearer}` },
            meanings: (0,infracast_meanings/* probeMeanings */.Qf)(subject, tenant),
            vendorText: infracast_meanings/* vendorText */.Qd
        };
        const answer = await (0,kit_endpoint/* send */.tN)(context, endpoint);
        const { response, body } = answer;
        if (response.status === 403) {
            denied.push({
                permission: canonical,
                response,
                vendorText: (0,infracast_meanings/* vendorText */.Qd)(answer, context.redact)
            });
            continue;
        }
        if (response.status < 200 || response.status >= 300) {
            // Only a refusal names what was probed: a network failure or a page that is not the API's
            // says enough by itself.
            const trailer = [`(probing ${canonical} in tenant "${tenant}" as ${subject.who})`];
            throw (0,kit_endpoint/* explainAnswer */.iJ)(context, { ...endpoint, trailer }, response, body);
        }
        if (!(0,parse/* isObject */.Gv)(body))
            throw (0,kit_endpoint/* explainAnswer */.iJ)(context, endpoint, response, body);
        if (!(Array.isArray(body.data) || Array.isArray(body.items))) {
            // A host the step chose itself is the API already: what answered is in between.
            const inPlace = (0,failure/* answeredInItsPlace */.C0)(context.http.server, 'the Infracast API');
            throw new failure/* ActionFailure */.dR([
                `${infracast_meanings/* NAME */.o_}: ${response.endpoint} answered HTTP ${response.status} without a data list, so ${canonical} in tenant "${tenant}" could not be verified.`,
                inPlace.fromInput
                    ? 'Fix: check that the url input points at the Infracast API, not a proxy or the web interface.'
                    : `Fix: check ${inPlace.check}.`
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
/** Every permission refused in the tenant, in one message: the 403s of one probe run together. */
function denialFailure(plan, denied, proven, subject) {
    const tenant = (0,tenants/* tenantOf */.G8)(plan);
    const first = denied[0];
    const missing = denied.map((d) => d.permission).join(', ');
    const defaultOnly = plan.requiredPermissions.length === 0;
    const statusText = (0,parse/* serverLine */.ec)(first.response.statusText);
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
        `${infracast_meanings/* NAME */.o_}: ${subject.who} was denied ${missing} in tenant "${tenant}" (HTTP ${first.response.status}${statusText ? ` ${statusText}` : ''} from ${first.response.endpoint}).`,
        ...denied.map((d) => `${infracast_meanings/* NAME */.o_} said for ${d.permission} (${d.response.endpoint}): ${d.vendorText || '(no error text)'}`),
        ...(proven.length ? [`Proven in tenant "${tenant}": ${proven.join(', ')}.`] : []),
        ...(0,failure/* formatExplanation */.vZ)(explanation)
    ];
    return new failure/* ActionFailure */.dR(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/vendors/infracast/login.ts
/**
 * Infracast's token modes: a login (username and password) or a refresh, one POST each, whose
 * answer carries an access token. Only that token is masked, once a 2xx answer has carried it and it
 * has passed its grammar: the server never chooses what is masked (kit/token-answer.ts). The
 * identity is the answer's `user`, or else the access token's own claims.
 */










const TOKEN_PATH = '/api/v1/auth/token';
const REFRESH_PATH = '/api/v1/auth/refresh';
/** Logs in or refreshes, as the plan's mode says, and reads the token answer. */
async function requestGrant(context) {
    const { plan } = context;
    const endpoint = plan.authMode === 'refresh'
        ? grantEndpoint(REFRESH_PATH, infracast_meanings/* REFRESH_MEANINGS */.xU, {
            // A refresh token may be single-use: a second send could burn it.
            creates: true,
            json: { refresh_token: plan.credentials['refresh-token'] }
        })
        : grantEndpoint(TOKEN_PATH, infracast_meanings/* LOGIN_MEANINGS */.Hs, {
            // A login issues a token: never sent twice once it may have reached the server.
            creates: true,
            json: { username: plan.credentials.username, password: plan.credentials.password }
        });
    const { response, body: answer } = await (0,kit_endpoint/* call */.T1)(context, endpoint);
    return grantFrom(context, grantBody(answer), response.status, response.endpoint);
}
function grantEndpoint(path, meanings, request) {
    return {
        method: 'POST',
        path,
        ...request,
        // Whatever its status, the answer may hold tokens in a form nothing masked: a body that is not
        // JSON is never quoted, and of a JSON error only error.code and error.message are (meanings.ts).
        issuesCredentials: true,
        meanings,
        vendorText: infracast_meanings/* grantErrorText */.Q_
    };
}
/** The documented answer is flat; the overview's {data, meta, error} envelope may wrap it too. */
function grantBody(parsed) {
    return (0,parse/* isObject */.Gv)(parsed) && (0,parse/* isObject */.Gv)(parsed.data) && !('token' in parsed) ? parsed.data : parsed;
}
/**
 * Reads a successful token answer: its access token (checked, then masked), expiry and user. The
 * refresh token it may carry is only noticed, never read, masked or passed on.
 */
function grantFrom(context, body, status, endpoint) {
    const mode = context.plan.authMode;
    const issued = (0,parse/* credentialText */.bk)(body, ['token', 'access_token', 'accessToken']);
    const token = issued
        ? (0,token_answer/* issuedBearerToken */.Q)(context, issued, `${infracast_meanings/* NAME */.o_}: the access token in the answer of ${endpoint}`)
        : '';
    if (!token) {
        // A host the step chose itself is the API already: what answered is in between.
        const inPlace = (0,failure/* answeredInItsPlace */.C0)(context.http.server, 'the Infracast API');
        throw new failure/* ActionFailure */.dR([
            `${infracast_meanings/* NAME */.o_}: ${endpoint} answered HTTP ${status} without a token, so the ${mode === 'refresh' ? 'refresh token' : 'login'} could not be verified.`,
            inPlace.fromInput
                ? 'Fix: check that the url input points at the Infracast API (https://api.infracast.io, https://dev.infracast.io or your own installation).'
                : `Fix: check ${inPlace.check}.`
        ].join('\n'));
    }
    // Decoded, NOT verified: the signing key is the server's. The token arrived just now, over the
    // connection this action opened, in answer to its own request, so its claims are as trustworthy as
    // the rest of that answer; they are read only to name the user and find the expiry.
    const claims = (0,jwt/* decodeJwtClaims */.dG)(token) ?? {};
    const user = (0,parse/* isObject */.Gv)(body.user) ? body.user : claims;
    const expiresAt = (0,expiry/* normaliseExpiry */.IY)(body.expires_at ?? body.expiresAt) ?? (0,jwt/* jwtExpiry */.lo)(claims);
    const rotated = mode === 'refresh' && (0,parse/* firstText */.ou)(body, ['refresh_token', 'refreshToken']) !== '';
    return { token, expiresAt, user, rotated, endpoint };
}
/** The login result of a token mode: the identity, the tenant's proofs when asked, the exports. */
async function tokenLogin(context, grant) {
    const { plan } = context;
    if (grant.expiresAt && Date.parse(grant.expiresAt) <= Date.now()) {
        throw new failure/* ActionFailure */.dR([
            `${infracast_meanings/* NAME */.o_}: ${grant.endpoint} issued an access token that had already expired (expires ${grant.expiresAt}; this runner's clock says ${(0,expiry/* isoSeconds */.nE)(Date.now())}).`,
            'Likely causes:',
            "  - the Infracast server's clock, or this runner's, is wrong by an hour or more",
            '  - a proxy or cache in between replayed an old answer',
            // A host the step chose itself has no url input in front of it: the proxy sits in between.
            `Fix: check the clocks (NTP) and any caching proxy ${context.http.server.urlFromInput === false ? `between the runner and ${new URL(context.http.server.url).host}` : 'in front of the url input'}; the token would be refused by every later request.`
        ].join('\n'));
    }
    const tenant = (0,tenants/* tenantOf */.G8)(plan);
    const { identity, notes } = (0,tenants/* identityFor */.K5)(grant.user, tenant);
    if (!identity.userId && !identity.username && !identity.email) {
        // The token itself is the success signal; say plainly that no one could be named.
        notes.push((0,kit_endpoint/* note */.N4)('Identity', 'not reported (no user in the answer, and the access token carries no readable claims)'));
    }
    if (grant.rotated) {
        notes.push((0,kit_endpoint/* note */.N4)('Refresh token', 'Infracast answered with a new refresh token, so the one given may be single-use; this action never outputs it. If the next run is refused, store a fresh refresh token or use username and password.'));
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
    else if (tenant && !notes.some((n) => n.label === 'Tenant')) {
        notes.push((0,kit_endpoint/* note */.N4)('Tenant', `${tenant} (access not verified: the ${plan.authMode === 'refresh' ? 'token' : 'login answer'} lists no tenants; add required-permissions: nodes:read to prove it)`));
    }
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    const env = { INFRACAST_URL: plan.url, INFRACAST_TOKEN: grant.token };
    if (grant.expiresAt)
        env.INFRACAST_TOKEN_EXPIRES_AT = grant.expiresAt;
    if (tenant)
        env.INFRACAST_TENANT = tenant;
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
 *
 * The token modes are ./login.ts, the probes ./probes.ts, what the answers mean ./meanings.ts, and
 * the tenant input and the user's tenants ./tenants.ts.
 */







const infracast = {
    id: 'infracast',
    name: infracast_meanings/* NAME */.o_,
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
    urlEnv: ['INFRACAST_URL'],
    credentialEnv: { 'api-key': ['INFRACAST_API_KEY'] },
    options: [{ input: 'tenant', env: ['INFRACAST_TENANT'] }],
    // Tenant administrators hold admin:* in their tenant.
    roles: {
        kind: 'names',
        administrative: { names: ['admin'], narrower: 'editor' }
    },
    // Every permission is proven by a read-only probe; one without a probe is refused at validation.
    permissions: { kind: 'defined', known: [...PROBES.keys()], unknown: whyUnprovable },
    validate: validatePlan,
    async login(context) {
        if (context.plan.authMode === 'api-key')
            return apiKeyLogin(context);
        return tokenLogin(context, await requestGrant(context));
    },
    // Loaded only when used: a check without mint-token never parses the minting code.
    mint: async (context, login) => (await __webpack_require__.e(/* import() */ 161).then(__webpack_require__.bind(__webpack_require__, 5161))).mintApiKey(context, login),
    logout: async (context, saved) => (await __webpack_require__.e(/* import() */ 161).then(__webpack_require__.bind(__webpack_require__, 5161))).deleteMintedKey(context, saved)
};
/** The vendor-specific checks, all before any request; throws naming the input. */
;
/** mint-token makes an API key for one tenant and the required permissions: both must be given. */
function checkMintable(plan, apiKey, tenant) {
    const problems = [
        ...(apiKey
            ? [
                'mint-token needs a username/password or refresh-token login with Infracast: the given api-key is what later steps would get anyway, and minting from it would hand on a key as long-lived as its parent.'
            ]
            : []),
        ...(tenant
            ? []
            : ['mint-token needs the tenant input: the minted key is for that one tenant.']),
        ...(plan.requiredPermissions.length
            ? []
            : [
                `mint-token needs required-permissions: the minted key gets exactly the permissions it lists, and no others (of those this step can verify: ${VERIFIABLE}).`
            ])
    ];
    if (problems.length)
        throw new failure/* ActionFailure */.dR([
            ...problems,
            `Fix: ${[
                ...(apiKey
                    ? ['log in with username and password (or refresh-token) instead of api-key']
                    : []),
                ...(tenant ? [] : ['set tenant']),
                ...(plan.requiredPermissions.length
                    ? []
                    : ['set required-permissions to what later steps need (e.g. findings:read)'])
            ].join(', ')}; or turn mint-token off.`
        ].join('\n'));
}
/** An API key names no one: it is proven by probing the tenant, the default listing at least. */
async function apiKeyLogin(context) {
    const { plan } = context;
    const apiKey = plan.credentials['api-key'];
    const tenant = (0,tenants/* tenantOf */.G8)(plan);
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
        organization: tenant
    };
    const notes = [(0,kit_endpoint/* note */.N4)('Tenant', `${tenant} (API key may ${outcome.proven.join(', ')})`)];
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    return {
        identity,
        authHeader: `Authorization: Bearer ${apiKey}`,
        env: { INFRACAST_URL: plan.url, INFRACAST_TOKEN: apiKey, INFRACAST_TENANT: tenant },
        verified: outcome.verified,
        notes
    };
}


/***/ }),

/***/ 6213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ LOGIN_MEANINGS),
/* harmony export */   Q_: () => (/* binding */ grantErrorText),
/* harmony export */   Qd: () => (/* binding */ vendorText),
/* harmony export */   Qf: () => (/* binding */ probeMeanings),
/* harmony export */   o_: (() => (/* binding */ NAME)),
/* harmony export */   xU: () => (/* binding */ REFRESH_MEANINGS)
/* harmony export */ });
/* unused harmony export errorText */
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _net_excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4002);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * What Infracast's answers mean, for the kit's failure builder: per endpoint, a table of what each
 * status means (token, refresh, probe), and the vendor's own words in an error answer.
 */



const NAME = 'Infracast';
/** A disabled user is refused the same way whichever token endpoint it asks. */
const USER_REFUSED = {
    causes: [
        'the user is disabled or locked',
        "the account's IP allow-list does not include this runner"
    ],
    fix: 'ask an Infracast administrator to check the user, or use an API key (api-key input).'
};
/** POST /api/v1/auth/token: username and password. */
const LOGIN_MEANINGS = {
    400: {
        headline: 'the request was refused as malformed',
        causes: ['the username or password input is empty or malformed'],
        fix: 'check the username and password inputs.'
    },
    401: ({ plan }) => ({
        headline: 'the username or password was rejected',
        causes: [
            'the username or password is wrong, or the password was changed',
            'the user signs in through SSO (Okta, Azure AD, SAML) and has no Infracast password',
            `the account belongs to another Infracast environment than ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .chosenServer */ ._Q)(plan)} (dev vs prod)`
        ],
        fix: `check the secrets behind the username and password inputs${checkEnvironment(plan, ' and the url input')}; for unattended runs an API key (api-key input) is the better credential.`
    }),
    403: { headline: 'the login was refused', ...USER_REFUSED }
};
/** POST /api/v1/auth/refresh: a refresh token. */
const REFRESH_MEANINGS = {
    400: {
        headline: 'the request was refused as malformed',
        causes: [
            'the refresh-token input does not hold a refresh token (perhaps an access token or an API key)'
        ],
        fix: 'store the refresh_token value from an Infracast login in the secret behind refresh-token.'
    },
    401: ({ plan }) => ({
        headline: 'the refresh token was rejected',
        causes: [
            'the refresh token has expired (refresh tokens live 7 days)',
            'the refresh token was revoked (the user logged out, was disabled, or it was already used once)',
            `the token was issued by another Infracast environment than ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .chosenServer */ ._Q)(plan)} (a dev token against prod, or the reverse)`
        ],
        fix: `obtain a new refresh token and store it in the secret behind the refresh-token input, or use username and password, or an API key for unattended runs${checkEnvironment(plan, '; check the url input')}.`
    }),
    403: { headline: 'the refresh was refused', ...USER_REFUSED }
};
/**
 * GET /api/v1/tenants/{tenant}/{resource}; a 403 is not judged here but gathered (./probes.ts). A
 * 404 names the tenant only when Infracast itself answered it, in its documented error envelope
 * ({"error":{"code":"NOT_FOUND",...}}); any other 404 (a web server's page, a proxy's) never reached
 * the API, so the shared meaning, a url input with a wrong or extra path, is the right one.
 */
function probeMeanings(subject, tenant) {
    return {
        401: (({ plan }) => subject.credential === 'api-key' ? apiKeyRejected(plan) : issuedTokenRejected(plan)),
        404: (({ body, plan }) => isInfracastError(body)
            ? {
                headline: `tenant "${tenant}" does not exist, or ${subject.who} cannot see it`,
                causes: [
                    `the tenant input holds a name or a typo instead of the tenant id (ids look like "prod")`,
                    `${subject.who} belongs to another Infracast account or environment than the one at ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .chosenServer */ ._Q)(plan)}`
                ],
                fix: `set the tenant input to the id of a tenant the credentials may access${checkEnvironment(plan, ', and check the url input')}.`
            }
            : undefined)
    };
}
/** Infracast's documented error envelope: {"error":{"code","message","details"}}. */
function isInfracastError(body) {
    return (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) && (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body.error);
}
/** Infracast's environments besides its default, for a credential that belongs to one of them. */
const OTHER_ENVIRONMENTS = 'https://dev.infracast.io or your own installation';
/**
 * The fix's words for a credential of another environment: `fromInput`, checking the url input,
 * when it chose the server; at the default host, which no input chose, setting the url input to
 * the credential's own environment.
 */
function checkEnvironment(plan, fromInput) {
    return plan.urlFromInput
        ? fromInput
        : `; for credentials of another environment, set the url input to it (${OTHER_ENVIRONMENTS})`;
}
function apiKeyRejected(plan) {
    return {
        headline: 'the API key was rejected',
        causes: [
            'the API key was revoked, deleted or has passed its expires_at',
            `the key belongs to another Infracast environment than ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .chosenServer */ ._Q)(plan)} (a dev key against prod, or the reverse)`,
            'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break)'
        ],
        fix: `create a new API key in Infracast and store it in the secret behind the api-key input (or INFRACAST_API_KEY)${checkEnvironment(plan, ', and check the url input')}.`
    };
}
function issuedTokenRejected(plan) {
    // The token was issued a moment ago by the same address: at the url input, that address may be
    // a load balancer mixing environments; at the default host, only something in between can mix.
    const host = new URL(plan.url).host;
    return {
        headline: 'the access token Infracast had just issued was rejected',
        causes: [
            plan.urlFromInput
                ? 'the url input reaches servers of different Infracast environments (a load balancer or proxy mixing dev and prod)'
                : `something between the runner and ${host} sends requests to servers of different Infracast environments (a proxy mixing dev and prod)`,
            'the token was revoked at once (the user was disabled or logged out everywhere)'
        ],
        fix: plan.urlFromInput
            ? 'check the url input and try again; if it persists, ask an Infracast administrator.'
            : `try again; if it persists, check that nothing between the runner and ${host} answers in its place (a proxy or gateway), or ask an Infracast administrator.`
    };
}
/**
 * The vendor's own words in a probe's answer, redacted, on one bounded line: `{"error":{"code",
 * "message","details"}}` as documented, or the `{"error","message"}` shape of a proxy, or a short
 * excerpt of a body that is not JSON (a probe issues no credential). Anything shaped like a token is
 * scrubbed too, since an error may quote one. Redaction runs on the whole raw text, then it is cut.
 */
function vendorText({ response, body }, redact) {
    const clean = (text) => redact(scrubTokens(text));
    return (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .serverLine */ .ec)(clean(errorText(body, response.body, clean)));
}
/**
 * The documented error fields as the server sent them, or a short excerpt of a body that is not
 * JSON. `redact` runs on the whole raw text before it is shortened (an echoed secret cut in half
 * would escape it after); the caller cleans and bounds the result.
 */
function errorText(body, raw, redact = (text) => text) {
    if (!(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body))
        return (0,_net_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .redactedExcerpt */ .aH)(raw, redact);
    const error = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body.error) ? body.error : body;
    const code = rawText(error, ['code']) || rawText(body, ['error']);
    const message = rawText(error, ['message', 'detail', 'title']);
    const details = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(error) ? error.details : undefined;
    const detailText = details === undefined || details === null
        ? ''
        : typeof details === 'string'
            ? details
            : JSON.stringify(details);
    return [
        [code, message].filter(Boolean).join(': '),
        detailText ? `(details: ${(0,_net_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .redactedExcerpt */ .aH)(detailText, redact)})` : ''
    ]
        .filter(Boolean)
        .join(' ');
}
/**
 * The vendor's words in a login or refresh answer, which may carry credentials whatever its status:
 * only the documented `error.code` and `error.message`, redacted, on one bounded line; never the
 * `details` nor any other field, and never any of a body that is not JSON, which is described by
 * its type and size instead (contract Behaviour 10).
 */
function grantErrorText({ response, body }, redact) {
    if (!(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body)) {
        if (response.body.trim() === '')
            return '';
        const type = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .serverLine */ .ec)(String(response.headers['content-type'] ?? 'no Content-Type'));
        return `(a body that is not JSON: ${type}, ${Buffer.byteLength(response.body)} bytes; not quoted, since the answer of a login may hold credentials)`;
    }
    const error = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body.error) ? body.error : undefined;
    const words = [rawText(error, ['code']), rawText(error, ['message'])].filter(Boolean).join(': ');
    return (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .serverLine */ .ec)(redact(scrubTokens(words)));
}
/** The first of `keys` that holds text (a number as its digits), trimmed but not yet cleaned. */
function rawText(source, keys) {
    if (!(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(source))
        return '';
    for (const key of keys) {
        const value = source[key];
        if (typeof value === 'string' && value.trim() !== '')
            return value.trim();
        if (typeof value === 'number' && Number.isFinite(value))
            return String(value);
    }
    return '';
}
/**
 * Removes anything shaped like a JWT or a token field from text that may reach a message. A JWT is
 * looked for only where a run of token characters begins: from inside a run the search would scan
 * that run again at every "eyJ", quadratic in a hostile 1 MiB answer.
 */
function scrubTokens(value) {
    return value
        .replace(/(?<![\w-])eyJ[\w-]*\.[\w-]+\.[\w-]+/g, '***')
        .replace(/("(?:refresh_token|refreshToken|access_token|token)"\s*:\s*")[^"]*"/g, '$1***"');
}


/***/ }),

/***/ 1224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var tenantOf=(function (plan) {
    return plan.options.tenant ?? '';
});var checkTenantPathSegment=(function (tenant) {
    if (tenant === '.' || tenant === '..' || /[/?#%\\\s]/.test(tenant)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The tenant input "${tenant}" is not a tenant id: it must be one path segment (not "." or "..", and without "/", "?", "#", "%", "\\" or spaces), e.g. tenant: prod.`);
    }
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: (() => (/* binding */ tenantOf)),
/* harmony export */   K5: () => (/* binding */ identityFor),
/* harmony export */   v1: (() => (/* binding */ checkTenantPathSegment))
/* harmony export */ });
/* unused harmony export parseTenants */
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4845);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9528);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1223);
/* harmony import */ var _meanings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6213);
/**
 * Infracast's tenants: the tenant input (one path segment of the probe URLs), and the identity a
 * login or a token names, with the role that counts in that tenant.
 */






/** The tenant input, after its INFRACAST_TENANT fallback; '' when not given. */
;
/**
 * A tenant is one path segment of the probe URLs: "." or ".." or a "/" would make a probe read
 * another path than the tenant's, and "?", "#" or "%" would change the request itself.
 */
;
/**
 * The identity from a login's `user` object or an access token's claims. With a tenant, the role
 * that counts is the user's role in that tenant when the user lists tenants; a listed user without
 * that tenant has verifiably no access to it.
 */
function identityFor(user, tenant) {
    const email = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['email', 'email_address', 'emailAddress']);
    const roleValue = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, ['roles', 'role']);
    const accountRoles = roleValue === undefined ? undefined : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .names */ .Dy)(roleValue);
    const tenants = parseTenants((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstPresent */ .IT)(user, ['tenants']));
    const identity = {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['id', 'user_id', 'userId', 'sub']),
        username: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['username', 'preferred_username', 'user_name', 'userName', 'login']) ||
            email,
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['display_name', 'displayName', 'name', 'full_name']),
        email,
        roles: accountRoles,
        permissions: undefined,
        organization: tenant
    };
    const notes = [];
    if (tenants === undefined)
        return { identity, notes };
    const listed = (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .boundedList */ .Y4)(tenants.map((t) => (t.role ? `${t.id} (${t.role})` : t.id))) || 'none';
    if (!tenant) {
        notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Tenants', listed));
        return { identity, notes };
    }
    const entry = tenants.find((t) => t.id === tenant);
    if (!entry) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `${_meanings_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME */ .o_}: user ${(0,_core_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .describeIdentity */ .Cl)(identity)} has no access to tenant "${tenant}": Infracast lists the user's tenants as ${listed}.`,
            'Fix: check the tenant input (the tenant id, as Infracast spells it), or ask a tenant administrator to add the user to that tenant.'
        ].join('\n'));
    }
    if (entry.role) {
        identity.roles = [entry.role];
        notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Tenant', `${tenant} (role ${entry.role})`));
        if (accountRoles?.length)
            notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Account roles', accountRoles.join(', ')));
    }
    else {
        notes.push((0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .note */ .N4)('Tenant', `${tenant} (listed without a role; account roles apply)`));
    }
    return { identity, notes };
}
/** `[{id, role}]` as documented, or a list of ids, or a `{ tenant: role }` map; undefined if absent. */
function parseTenants(value) {
    if (value === undefined || value === null)
        return undefined;
    if ((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value)) {
        // A key is server text like any value: cleaned (one line, cut) and bounded in number, as the
        // entries of a list are. Raw, a key with line breaks or of a megabyte reached the notes and the
        // failure message that lists the user's tenants.
        return Object.entries(value)
            .slice(0, _kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NAMES */ .oA)
            .map(([id, role]) => ({
            id: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(id),
            role: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(role) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(role, ['role', 'name']) : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(role)
        }))
            .filter((tenant) => tenant.id !== '');
    }
    if (!Array.isArray(value))
        return undefined;
    const tenants = [];
    for (const item of value.slice(0, _kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NAMES */ .oA)) {
        const id = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(item) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(item, ['id', 'tenant', 'tenant_id', 'slug']) : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(item);
        const role = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(item) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(item, ['role', 'role_name', 'roleName']) : '';
        if (id)
            tenants.push({ id, role });
    }
    return tenants;
}


/***/ })

};
;