"use strict";
exports.id = 98;
exports.ids = [98];
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

/***/ 2098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var canonicalApiUrl=(function (value) {
    const url = new URL(value);
    if ((0,proxy/* isLoopbackHost */.cW)(url.hostname))
        return value;
    if (isImmutableHost(url.hostname)) {
        url.pathname = url.pathname.replace('/v1', '');
    }
    else {
        url.hostname = canonicalHostname(url.hostname);
        url.pathname = '/';
    }
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/+$/, '');
});var readCanonicalUrl=(function (given, vendorName) {
    const canonical = canonicalApiUrl(given);
    if (canonical === given)
        return undefined;
    const givenHost = new URL(given).hostname;
    const rule = isImmutableHost(givenHost)
        ? 'it keeps the host of an IP address and drops /v1 from its path'
        : 'it turns a leading app. into api., puts api. before any other host and drops the path';
    // app. turned into api. is followed only under Snyk's own domains: elsewhere that sibling host
    // may have another owner (app.example.app and api.example.app under a hosting domain), and the
    // token would go there on the strength of a rewrite the user never saw. api. put in front stays
    // under the host that was named, whose owner it belongs to.
    if (/^app\./.test(givenHost) && !isSnykDomain(givenHost)) {
        throw new failure/* ActionFailure */.dR(`${vendorName}'s CLI would send its requests for the url input ${given} to ${canonical} (${rule}), a host this step was not given. Outside Snyk's own domains (${SNYK_DOMAINS.join(', ')}) the step does not follow that rewrite, so nothing was sent: set url to your Snyk API's own address (url: ${canonical}, if that is it).`);
    }
    return {
        url: canonical,
        warning: `${vendorName}'s CLI sends its requests for the url input ${given} to ${canonical} (${rule}), and so does this step. Set url: ${canonical} to name the API directly.`
    };
});var readPat=(function (token) {
    const match = PAT.exec(token);
    if (!match)
        return undefined;
    const kind = match[1] === 'uat' ? 'personal access token' : 'service-account token';
    const claim = (0,jwt/* decodeJwtClaims */.dG)(match[2])?.h;
    if (typeof claim !== 'string' || claim.trim() === '')
        return { kind };
    const host = hostOf(claim.trim());
    return host ? { kind, host } : { kind, unreadable: true };
});var checkTokenHost=(function (plan, vendorName, regions, givenUrl = plan.url) {
    if (plan.authMode !== 'api-token')
        return [];
    const claim = readPat(plan.credentials['api-token'] ?? '');
    if (claim?.unreadable) {
        return [
            `The api-token is a ${vendorName} ${claim.kind} whose h claim (the API host it is valid for) is not a host name, so the API host comes from the region and url inputs alone.`
        ];
    }
    if (!claim?.host)
        return [];
    const used = new URL(plan.url).host;
    if (claim.host === used)
        return [];
    const region = regionOfHost(claim.host, regions);
    const chosen = plan.region
        ? `region ${plan.region} (${plan.url})`
        : givenUrl === plan.url
            ? `the url input (${plan.url})`
            : `the url input (${givenUrl}, which ${vendorName}'s CLI reads as ${plan.url})`;
    throw new failure/* ActionFailure */.dR([
        `${vendorName}: the api-token is a ${claim.kind} for ${claim.host} (its h claim, which ${vendorName}'s CLI follows), but this step would send it to ${chosen}. A ${vendorName} token works only at the API host it names, so nothing was sent.`,
        // Name only the input that chose the host: region may not be set beside a url input.
        region
            ? plan.region
                ? `Fix: remove the region input (the token selects region ${region}, ${regions[region]}, by itself), or set region: ${region}.`
                : `Fix: remove the url input (the token selects region ${region}, ${regions[region]}, by itself), or set url: ${regions[region]}.`
            : `Fix: ${claim.host} is not one of ${vendorName}'s regional API hosts (${Object.values(regions).join(', ')}), so the token alone cannot send itself there: if it is your ${vendorName} API, set url: https://${claim.host}; otherwise use a token created in your ${vendorName} region.`
    ].join('\n'));
});var tokenRejected=(function (context, pat) {
    // A token whose own h claim named this host is in its region: another region is no cause.
    const ownHost = pat?.host !== undefined && pat.host === new URL(context.plan.url).host;
    return {
        headline: 'the API token was rejected',
        causes: [
            ...(ownHost ? [] : (0,endpoint/* regionCause */.__)(context)),
            'the token was revoked or regenerated (a new personal token replaces the old one; a service-account token ends with the service account)',
            ...(pat
                ? [
                    `the token expired (a ${pat.kind} is created with an expiry date; see it where the token was created)`
                ]
                : []),
            'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
        ],
        fix: 'copy a current token (Account settings > Auth Token, or a service account of the organization) into the secret behind the api-token input (or SNYK_TOKEN), and set region (us, us2, eu, au, gov) to where the account lives.'
    };
});var forbidden=(function () {
    return {
        headline: 'the credential is valid but may not use the Snyk API',
        causes: [
            'API access is not part of the Snyk plan of this account’s organization',
            'an IP allow-list or other organization policy refuses requests from this runner'
        ],
        fix: 'ask a Snyk organization or group administrator for API access, or use a service account of an organization that has it.'
    };
});var versionRefused=(function () {
    return {
        headline: `the Snyk REST API refused the request for version ${REST_VERSION}`,
        causes: [
            `the url input points at a Snyk instance that does not serve REST version ${REST_VERSION}`,
            `the url input points at something other than the ${NAME} API`
        ],
        fix: 'set the region input (us, us2, eu, au, gov) instead of url, or check the url input.'
    };
});var apiTokenLogin=(async function (context) {
    const token = context.plan.credentials['api-token'];
    const authorization = `token ${token}`;
    context.mask(authorization);
    const pat = readPat(token);
    const { identity, notes } = await snyk_self(context, authorization, tokenRejected(context, pat));
    if (pat) {
        const kind = (0,endpoint/* note */.N4)('Token', `${pat.kind}${pat.host ? `, valid at ${pat.host} (its h claim)` : ''}`);
        context.info(`${kind.label}: ${kind.value}`);
        notes.push(kind);
    }
    return {
        identity,
        authHeader: `Authorization: ${authorization}`,
        env: { SNYK_TOKEN: token, ...apiEnv(context) },
        notes
    };
});var apiEnv=(function (context) {
    return context.plan.url === DEFAULT_URL ? {} : { SNYK_API: context.plan.url };
});var snyk_self=(async function (context, authorization, unauthorized) {
    const { identity, body } = await (0,endpoint/* checkIdentity */.Z0)(context, {
        method: 'GET',
        path: SELF_PATH,
        headers: { authorization },
        meanings: { 400: versionRefused(), 401: unauthorized, 403: forbidden() }
    }, parseSelf);
    const notes = [(0,endpoint/* note */.N4)('Account type', accountType(body))];
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    return { identity, notes };
});var parseSelf=(function (body) {
    const data = (0,parse/* unwrap */.Xc)(body, ['data']);
    const attributes = (0,parse/* isObject */.Gv)(data) ? data.attributes : undefined;
    return {
        userId: (0,parse/* firstText */.ou)(data, ['id']),
        username: (0,parse/* firstText */.ou)(attributes, ['username']),
        displayName: (0,parse/* firstText */.ou)(attributes, ['name']),
        email: (0,parse/* firstText */.ou)(attributes, ['email']),
        roles: undefined,
        permissions: undefined,
        organization: (0,parse/* firstText */.ou)(attributes, ['default_org_context'])
    };
});var accountType=(function (body) {
    const type = (0,parse/* firstText */.ou)((0,parse/* unwrap */.Xc)(body, ['data']), ['type']);
    if (type === 'user')
        return 'user';
    if (type === 'service_account')
        return 'service account';
    return type ? `${type} (as Snyk reports it)` : 'not reported';
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REST_VERSION: () => (/* binding */ REST_VERSION),
  accessTokenExpiry: () => (/* binding */ accessTokenExpiry),
  parseSelf: () => (/* binding */ parseSelf),
  snyk: (() => (/* binding */ snyk))
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/grammar.ts
var grammar = __webpack_require__(1149);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/jwt.ts
var jwt = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
;// CONCATENATED MODULE: ./src/vendors/snyk/api-url.ts
/**
 * Snyk's API URL as Snyk's CLI reads it. The CLI passes every API URL it is given (SNYK_API, its
 * configuration, the `h` claim of a PAT) through GetCanonicalApiAsUrl before use:
 *
 * - a host it leaves alone ("immutable": `localhost`, Snyk's own `stella`, an IPv6 literal, an
 *   IPv4 address; any port) keeps its path, less the first `/v1` in it;
 * - any other host has a leading `app.` rewritten to `api.`, gets `api.` in front when it does not
 *   begin with it, and loses its path, query and fragment: `https://app.eu.snyk.io/api` (the older
 *   documented form of SNYK_API) is `https://api.eu.snyk.io`.
 *
 * So a url the CLI would rewrite is checked where the CLI sends its requests, and SNYK_API names
 * the host the check reached. A loopback url (the sandbox, a local tunnel) is kept as given.
 *
 * Source: snyk/go-application-framework internal/api/urls.go (isImmutableHost,
 * GetCanonicalApiAsUrl) and pkg/app/app.go (defaultFuncApiUrl), commit 950008a9.
 */


/** The domains Snyk serves its API and app from (multi-tenant regions, Snyk for Government). */
const SNYK_DOMAINS = ['snyk.io', 'snykgov.io'];
function isSnykDomain(hostname) {
    const host = hostname.replace(/\.$/, '');
    return SNYK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
/** The CLI's isImmutableHost, for a host name as WHATWG URL parsing writes it (no port). */
function isImmutableHost(hostname) {
    // An IPv4 host is always written as four decimal numbers after parsing.
    return (hostname === 'localhost' ||
        hostname === 'stella' ||
        hostname.startsWith('[') ||
        /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname));
}
/** The API host the CLI uses for this host name: `app.` becomes `api.`, `api.` is added. */
function canonicalHostname(hostname) {
    if (isImmutableHost(hostname))
        return hostname;
    const host = hostname.replace(/^app\./, 'api.');
    return host.startsWith('api.') ? host : `api.${host}`;
}
/**
 * The base URL the CLI sends its requests to for this one (a base URL as the plan holds it: no
 * query, fragment or trailing slash), in the same form; a loopback URL unchanged.
 */
;
/**
 * The vendor's Location.readUrl: the base URL the CLI would use for the url input, with a warning
 * naming both; undefined when the url is already that one.
 */
;

;// CONCATENATED MODULE: ./src/vendors/snyk/pat.ts
/**
 * Snyk's personal and service-account access tokens: `snyk_uat.` (a user's) or `snyk_sat.` (a
 * service account's), then a JWT whose header part is an 8-character key id,
 * `snyk_uat.1a2b3c4d.<payload>.<signature>`. The payload's `h` claim names the API host the token
 * is valid for, and Snyk's CLI takes its API URL from it (prefixing https:// when the claim has no
 * scheme), even over a URL the user configured.
 *
 * The CLI then reads that URL as it reads any API URL (./api-url.ts): `app.eu.snyk.io` and
 * `eu.snyk.io` both name `api.eu.snyk.io`, and a path is dropped. The claim's host is compared in
 * that canonical form, with the url's canonical host.
 *
 * The action follows the claim only to the regional API hosts it already knows: the claim is read
 * from the secret's own text, not verified, so following it anywhere else would let the token decide
 * where it is sent. A claim that names another host, given or chosen, is refused before any request.
 *
 * Source: snyk/go-application-framework pkg/auth/tokenauthenticator.go (PAT_REGEX, Claims.h,
 * extractClaimsFromPAT, GetApiUrlFromPAT) and pkg/app/app.go (defaultFuncApiUrl), commit 950008a9.
 */



/** The CLI's PAT_REGEX, anchored as IsAuthTypePAT anchors it. */
const PAT = /^snyk_(uat|sat)\.([a-z0-9]{8}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
/** A host name with an optional port, as `URL.host` writes it: safe to quote in a message. */
const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::\d{1,5})?$/;
/** The token's kind and `h` claim, or undefined when it is not a Snyk PAT (a legacy UUID token). */
;
function hostOf(claim) {
    if (claim.length > 300)
        return undefined;
    let url;
    try {
        url = new URL(/^https?:\/\//i.test(claim) ? claim : `https://${claim}`);
    }
    catch {
        return undefined;
    }
    // The CLI drops a path, query or fragment; credentials in the claim are no host name.
    if (url.username || url.password || !HOST.test(url.host))
        return undefined;
    const host = `${canonicalHostname(url.hostname)}${url.port ? `:${url.port}` : ''}`;
    return HOST.test(host) ? host : undefined;
}
/** The region whose API host a PAT names; undefined for any other token or host. */
function regionOfToken(token, regions) {
    const host = readPat(token ?? '')?.host;
    return host ? regionOfHost(host, regions) : undefined;
}
function regionOfHost(host, regions) {
    return Object.entries(regions).find(([, url]) => new URL(url).host === host)?.[0];
}
/**
 * Before any request: a PAT goes only to the host its `h` claim names. When neither region nor url
 * was given, a known host already chose the region; anything else that differs is refused, naming
 * both hosts. Returns warnings for the log.
 */
;

;// CONCATENATED MODULE: ./src/vendors/snyk/index.ts
/**
 * Snyk: an API or service-account token sent as `Authorization: token …`, or an OAuth service
 * account whose client id and secret are traded at POST /oauth2/token (client_credentials grant,
 * form-encoded) for a short-lived access token sent as `Authorization: bearer …`. Either way one
 * GET /rest/self names the principal.
 *
 * - /rest/self needs the `version` query, as every Snyk REST call does, and answers in JSON:API:
 *   `data.id`, `data.type` and `data.attributes` (name, username, email, default_org_context).
 * - It reports no role and no permission: those live in organization and group memberships.
 * - Each region has its own host; a token works only on its own region's host. A personal or
 *   service-account token (`snyk_uat.` / `snyk_sat.`) names that host in its `h` claim: it picks
 *   the region when neither region nor url is given, and a mismatch is refused (./pat.ts).
 * - The url input is read as the CLI reads SNYK_API (./api-url.ts): `https://app.eu.snyk.io/api`
 *   is checked, and exported, as `https://api.eu.snyk.io`.
 *
 * Sources: shared vendor notes (next vendors, Snyk): docs.snyk.io authentication-for-api,
 * service-accounts-using-oauth-2.0, config-environment (regions), configure-snyk-cli-to-connect-to-
 * snyk-api (SNYK_API, SNYK_OAUTH_TOKEN), Snyk's Go application framework (/self body; the PAT
 * format and its `h` claim).
 * Assumed, following the documented shapes: the `type` /self reports for service accounts
 * ("service_account"), the OAuth error bodies (RFC 6749 `error` / `error_description`), which
 * callers get 403, and that an expired PAT is answered like a revoked one (401).
 */








const NAME = 'Snyk';
const TOKEN_PATH = '/oauth2/token';
/** A GA version of the REST API that serves /self (the one Snyk's own tools use). */
const REST_VERSION = '2024-10-15';
const SELF_PATH = `/rest/self?version=${REST_VERSION}`;
const REGIONS = {
    us: 'https://api.snyk.io',
    us2: 'https://api.us.snyk.io',
    eu: 'https://api.eu.snyk.io',
    au: 'https://api.au.snyk.io',
    gov: 'https://api.snykgov.io'
};
const DEFAULT_URL = REGIONS.us;
const CLIENT_CREDENTIALS = 'client-credentials';
;
function clientRejected(context) {
    return {
        headline: 'the OAuth client id and secret were rejected',
        causes: [
            ...(0,endpoint/* regionCause */.__)(context),
            'the client secret was rotated, or the service account was deleted',
            'the client-id or client-secret secret holds a wrongly copied value (a stray space, quote or line break)',
            'the service account was created for private_key_jwt, not a client secret'
        ],
        fix: 'copy the client id and secret of an OAuth 2.0 service account (client secret) into the secrets behind the client-id and client-secret inputs, and set region to where the service account was created.'
    };
}
/** RFC 6749 sends invalid_client with 400 as well as 401; other 400s are a refused request. */
function tokenBadRequest(context) {
    return ({ body }) => {
        const error = (0,parse/* isObject */.Gv)(body) ? (0,parse/* text */.Qq)(body.error) : '';
        if (error === 'invalid_client' || error === 'unauthorized_client')
            return clientRejected(context);
        return {
            headline: 'the token endpoint refused the request',
            causes: [
                'the service account does not use the client credentials grant with a client secret',
                `the url input points at something other than the ${NAME} API`
            ],
            fix: 'use an OAuth 2.0 service account with a client secret, or the api-token input instead.'
        };
    };
}
function accessTokenRejected() {
    return {
        headline: 'the access token just issued by /oauth2/token was rejected',
        causes: [
            'the service account was disabled or lost its access between the two requests',
            "this runner's clock or the server's is wrong, so the short-lived token reads as expired",
            'a proxy in front of the url input changed the Authorization header'
        ],
        fix: 'run the step again; if it persists, check the service account in the Snyk organization or group settings.'
    };
}
;
;
const snyk = {
    id: 'snyk',
    name: NAME,
    location: {
        defaultUrl: DEFAULT_URL,
        regions: REGIONS,
        defaultRegion: 'us',
        regionFromCredentials: (credentials) => regionOfToken(credentials['api-token'], REGIONS),
        readUrl: ((url) => readCanonicalUrl(url, NAME))
    },
    modes: [
        { id: 'api-token', inputs: ['api-token'] },
        { id: CLIENT_CREDENTIALS, inputs: ['client-id', 'client-secret'] }
    ],
    // Only the API token falls back: the client secret is never exported, so no variable holds it.
    urlEnv: ['SNYK_API'],
    // The CLI sends SNYK_OAUTH_TOKEN before SNYK_TOKEN (snyk/cli src/lib/api-token.ts getAuthHeader).
    toolsReadFirst: { SNYK_TOKEN: ['SNYK_OAUTH_TOKEN'] },
    credentialEnv: { 'api-token': ['SNYK_TOKEN'] },
    roles: {
        kind: 'none',
        reason: 'GET /rest/self reports no role; Snyk roles belong to organization and group memberships, which a token cannot be checked against in one read-only request.'
    },
    permissions: {
        kind: 'none',
        reason: 'GET /rest/self reports no permission; Snyk permissions come from organization and group roles. Remove required-permissions.'
    },
    validate: ((plan) => checkTokenHost(plan, NAME, REGIONS, plan.urlGiven)),
    async login(context) {
        return context.plan.authMode === CLIENT_CREDENTIALS
            ? clientCredentialsLogin(context)
            : apiTokenLogin(context);
    }
};
;
async function clientCredentialsLogin(context) {
    const { plan } = context;
    const tokenEndpoint = {
        method: 'POST',
        path: TOKEN_PATH,
        form: {
            grant_type: 'client_credentials',
            client_id: plan.credentials['client-id'],
            client_secret: plan.credentials['client-secret']
        },
        // Issues a token: never sent twice once it may have reached the server.
        creates: true,
        issuesCredentials: true,
        meanings: { 400: tokenBadRequest(context), 401: () => clientRejected(context) }
    };
    // expires_in counts from when the token was issued: counting from before the request keeps the
    // reported expiry from being later than the real one.
    const requestedAt = Date.now();
    const { response, body } = await (0,endpoint/* call */.T1)(context, tokenEndpoint);
    if (body.access_token === undefined || body.access_token === '') {
        // A host the step chose itself is the API already: what answered is in between.
        const inPlace = (0,failure/* answeredInItsPlace */.C0)(context.http.server, `the ${NAME} API`);
        throw new failure/* ActionFailure */.dR([
            `${NAME}: ${response.endpoint} answered HTTP ${response.status} without an access_token, so the client credentials could not be verified.`,
            inPlace.fromInput
                ? `Fix: check that the url input points at the ${NAME} API, or set region instead.`
                : `Fix: check ${inPlace.check}.`
        ].join('\n'));
    }
    const accessToken = (0,grammar/* bearerToken */.hC)(body.access_token, `the access_token from ${response.endpoint}`, context.http.server);
    context.mask(accessToken);
    const authorization = `bearer ${accessToken}`;
    context.mask(authorization);
    const expiresAt = accessTokenExpiry(body, accessToken, requestedAt);
    const { identity, notes } = await snyk_self(context, authorization, accessTokenRejected());
    // Logged, not a note: the summary has the expiry's own row (expiresAt).
    if (expiresAt)
        context.info(`Access token expires: ${expiresAt}`);
    return {
        identity,
        authHeader: `Authorization: ${authorization}`,
        token: accessToken,
        ...(expiresAt ? { expiresAt } : {}),
        // The short-lived token only: the client secret stays in the secret it came from.
        env: { SNYK_OAUTH_TOKEN: accessToken, ...apiEnv(context) },
        notes
    };
}
/** `expires_in` seconds from now; else the access token's own `exp` claim. */
function accessTokenExpiry(body, accessToken, now = Date.now()) {
    // A number or its text only: Number() of an object runs the object's own toString or valueOf,
    // and an answer's {"toString": ""} made it throw a TypeError instead of reading no expiry.
    const given = body.expires_in;
    const seconds = typeof given === 'number' ? given : typeof given === 'string' ? Number(given) : Number.NaN;
    if (Number.isFinite(seconds) && seconds > 0) {
        return (0,expiry/* isoSeconds */.nE)(now + seconds * 1000) || undefined;
    }
    const claims = (0,jwt/* decodeJwtClaims */.dG)(accessToken);
    return claims ? (0,jwt/* jwtExpiry */.lo)(claims) : undefined;
}
/** The Snyk CLI reads the API host from SNYK_API; the default host needs none. */
;
;
/** Reads /rest/self's JSON:API document. The default organization is reported as an id. */
;
;


/***/ })

};
;