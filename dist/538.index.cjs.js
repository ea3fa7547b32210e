"use strict";
exports.id = 538;
exports.ids = [538];
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

/***/ 6538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var locate=(function (plan) {
    if (plan.region !== undefined)
        return { auth: plan.url, api: undefined };
    return { auth: authBaseFor(plan.url), api: plan.url };
});var authBaseFor=(function (apiUrl) {
    const url = new URL(apiUrl);
    const match = WIZ_API_HOST.exec(url.hostname.toLowerCase());
    if (!match)
        return apiUrl.replace(/\/+$/, '');
    return `${url.protocol}//auth.${match[1]}${url.port ? `:${url.port}` : ''}`;
});var dataCenterLabel=(function (dc) {
    if (typeof dc !== 'string')
        return undefined;
    const label = dc.toLowerCase();
    return DNS_LABEL.test(label) ? label : undefined;
});var readApiOrigin=(function (given) {
    if (!/\/graphql\/?$/i.test(new URL(given).pathname))
        return undefined;
    const url = given.replace(/\/graphql\/?$/i, '');
    return {
        url,
        warning: `The url input ${given} is the ${NAME} GraphQL endpoint; this step appends /graphql itself, so it uses ${url}. Set url: ${url} to name the API origin directly.`
    };
});var tokenMeanings=(function (context) {
    return {
        400: (({ body }) => {
            const code = oauthError(body);
            if (code === 'invalid_request' || code === 'invalid_scope') {
                return audienceRefused(context.http.server);
            }
            return clientRejected(context);
        }),
        401: (() => clientRejected(context)),
        403: (() => clientForbidden(context))
    };
});var graphqlMeanings=(function (context, target, dc) {
    return {
        200: (answer) => {
            const code = graphqlCode(answer);
            if (code === 'UNAUTHENTICATED')
                return tokenRefused(context, target, dc);
            if (code === 'FORBIDDEN')
                return apiForbidden();
            return code === undefined ? undefined : queryFailed(context.http.server);
        },
        401: () => tokenRefused(context, target, dc),
        403: apiForbidden()
    };
});var apiForbidden=(function () {
    return {
        headline: 'the service account may not use the Wiz GraphQL API',
        causes: [
            'the service account is of a type that may not call the API (a Sensor, Kubernetes Connector or Outpost account)',
            'the tenant allows API calls only from listed IP addresses, and this runner is not among them'
        ],
        fix: `use a service account whose type may call the API (${SERVICE_ACCOUNTS}) in client-id and client-secret, or ask a Wiz administrator.`
    };
});var exchange=(async function (context) {
    const { credentials } = context.plan;
    // expires_in counts from when the token was issued: counting from before the request keeps the
    // reported expiry from being later than the real one.
    const requestedAt = Date.now();
    const { response, body } = await (0,endpoint/* call */.T1)(context, {
        method: 'POST',
        path: TOKEN_PATH,
        form: {
            grant_type: 'client_credentials',
            client_id: credentials['client-id'],
            client_secret: credentials['client-secret'],
            audience: AUDIENCE
        },
        // Issues a token: never sent twice once it may have reached the server.
        creates: true,
        issuesCredentials: true,
        meanings: tokenMeanings(context),
        errorText: wizErrorText
    });
    const token = (0,token_answer/* issuedBearerToken */.Q)(context, body.access_token, `the access_token from ${response.endpoint}`);
    const claims = (0,jwt/* decodeJwtClaims */.dG)(token) ?? {};
    return {
        token,
        claims,
        expiresAt: accessTokenExpiresAt(body, claims, requestedAt),
        endpoint: response.endpoint
    };
});var accessTokenExpiresAt=(function (body, claims, requestedAt) {
    const seconds = body.expires_in;
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) {
        return (0,expiry/* isoSeconds */.nE)(requestedAt + seconds * 1000) || undefined;
    }
    return (0,jwt/* jwtExpiry */.lo)(claims);
});var probe=(async function (context, target, issued, dc) {
    await (0,endpoint/* call */.T1)(context, {
        method: 'POST',
        path: GRAPHQL_PATH,
        headers: { authorization: `Bearer ${issued.token}` },
        json: { query: PROBE_QUERY },
        meanings: graphqlMeanings(context, target, dc),
        errorText: wizErrorText
    }, answeredQuery);
});var answeredQuery=(function (body) {
    if (Array.isArray(body.errors) && body.errors.length > 0)
        return false;
    if (body.errors !== undefined && body.errors !== null && !Array.isArray(body.errors))
        return false;
    return ((0,parse/* isObject */.Gv)(body.data) && typeof body.data.__typename === 'string' && body.data.__typename !== '');
});var serviceAccount=(function (claims, plan) {
    return {
        userId: (0,parse/* firstText */.ou)(claims, ['sub']),
        username: (0,parse/* firstText */.ou)(claims, ['client_id']) || (plan.credentials['client-id'] ?? ''),
        displayName: '',
        email: '',
        roles: undefined,
        permissions: undefined,
        organization: ''
    };
});var loginNotes=(function (fromClaim, api, dc) {
    return [
        (0,endpoint/* note */.N4)('API', fromClaim
            ? `${api} (data center ${dc}, from the access token's dc claim)`
            : `${api} (the url input)`)
    ];
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serviceAccount: () => (/* binding */ serviceAccount),
  wiz: (() => (/* binding */ wiz))
});

// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
;// CONCATENATED MODULE: ./src/vendors/wiz/hosts.ts
/**
 * Where Wiz's two servers are, decided from the url or region input and, for the API, from the
 * access token itself.
 *
 * - The token server (the auth host) belongs to a Wiz environment: `region` picks it (commercial
 *   `auth.app.wiz.io`, gov `auth.gov.wiz.io`, fedramp `auth.app.wiz.us`).
 * - The API host is per data center, in the token server's environment: `https://api.<dc>.app.wiz.io`
 *   for commercial, `https://api.<dc>.gov.wiz.io` for gov (`auth.<domain>` → `api.<dc>.<domain>`,
 *   as third-party clients build it: wizsec's gov client posts to api.us1.gov.wiz.io). The access
 *   token names its data center in its `dc` claim (as every Wiz API client reads it). That claim
 *   becomes part of a host name, so only a plain DNS label is accepted: anything else could point
 *   the token at a host of the server's choosing.
 * - `url` names the API origin directly (a tenant's own endpoint, a proxy, the sandbox). Its token
 *   server is then `auth.<domain>` for a Wiz host `api.<dc>.<domain>`, and the url itself for any
 *   other host, which must serve both, as a proxy or the sandbox does.
 */


const NAME = 'Wiz';
const TOKEN_PATH = '/oauth/token';
const GRAPHQL_PATH = '/graphql';
/** The audience of Wiz's current (Cognito) token servers. */
const AUDIENCE = 'wiz-api';
/**
 * Region → the token server of that Wiz environment. `fedramp` is Wiz for Gov (FedRAMP), whose token
 * server is auth.app.wiz.us as Wiz integration guides give it (Wiz's own documentation needs a
 * login); `gov` is Wiz on AWS GovCloud.
 */
const REGIONS = {
    commercial: 'https://auth.app.wiz.io',
    gov: 'https://auth.gov.wiz.io',
    fedramp: 'https://auth.app.wiz.us'
};
/** One DNS label: what a data-center name (`us17`, `eu1`) is, and nothing that changes a host. */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A Wiz API host: `api.<dc>.<domain>`, the domain a subdomain of wiz.io or wiz.us. */
const WIZ_API_HOST = /^api\.[a-z0-9-]+\.((?:[a-z0-9-]+\.)+wiz\.(?:io|us))$/;
;
/** The token server of an API url: `auth.<domain>` for a Wiz API host, else the url itself. */
;
/** The claim as a data-center name (lower case), or undefined when it is not one DNS label. */
;
/** A Wiz token server: `auth.<domain>`, the domain a subdomain of wiz.io or wiz.us. */
const WIZ_AUTH_HOST = /^auth\.((?:[a-z0-9-]+\.)+wiz\.(?:io|us))$/;
/**
 * The API origin of a data center in the Wiz environment of the token server `authBase`:
 * `auth.<domain>` gives `api.<dc>.<domain>` (gov: api.<dc>.gov.wiz.io); commercial otherwise.
 */
function apiForDataCenter(label, authBase = REGIONS.commercial) {
    const domain = WIZ_AUTH_HOST.exec(new URL(authBase).hostname.toLowerCase())?.[1] ?? 'app.wiz.io';
    return `https://api.${label}.${domain}`;
}
/**
 * The API origin named by the token's `dc` claim; an ActionFailure, before the token is sent
 * anywhere, when the claim is missing or not a data-center name.
 */
function apiFromClaim(dc, tokenEndpoint, authBase) {
    const label = dataCenterLabel(dc);
    if (label)
        return apiForDataCenter(label, authBase);
    const fix = 'Fix: set url to the API endpoint of your tenant (shown in the Wiz portal under User Settings > Tenant), without /graphql, e.g. url: https://api.us17.app.wiz.io.';
    if (dc === undefined || dc === null || dc === '') {
        throw new failure/* ActionFailure */.dR([
            `${NAME}: the access token from ${tokenEndpoint} names no data center (no dc claim), so the API host is unknown and the token was not sent on.`,
            fix
        ].join('\n'));
    }
    throw new failure/* ActionFailure */.dR([
        `${NAME}: the access token from ${tokenEndpoint} names the data center "${(0,parse/* text */.Qq)(dc, 64)}", which is not a plain DNS label (letters, digits and "-"), so the token was not sent on: it would choose the host it is sent to.`,
        `A genuine ${NAME} token server never issues this: check that nothing between the runner and it rewrites its answers.`,
        fix
    ].join('\n'));
}
/** The data-center label of a Wiz API url (`us17` in api.us17.app.wiz.io); undefined for others. */
function dataCenterOf(apiUrl) {
    const host = new URL(apiUrl).hostname.toLowerCase();
    return WIZ_API_HOST.test(host) ? host.split('.')[1] : undefined;
}
/**
 * The vendor's Location.readUrl: the portal's "API Endpoint URL" (and this step's own WIZ_API_URL)
 * ends in /graphql, which the action appends itself, so a url given that way is read without it.
 */
;

// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/jwt.ts
var jwt = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/vendors/wiz/meanings.ts
/**
 * What Wiz's answers mean, for the kit's failure builder. The token server answers as an OAuth
 * server does (`error` / `error_description`); the GraphQL API may answer a refused token or a
 * forbidden call with HTTP 200 and `errors[]`, so the 200 entry reads `extensions.code`:
 * `UNAUTHENTICATED` takes the meaning of a 401, `FORBIDDEN` that of a 403.
 */




const SERVICE_ACCOUNTS = 'Settings > Access Management > Service Accounts';
const API_ENDPOINT = 'the API endpoint shown in the Wiz portal under User Settings > Tenant';
/** POST {auth}/oauth/token. */
;
/** POST {api}/graphql with the token just issued. */
;
const oauthError = (body) => ((0,parse/* isObject */.Gv)(body) ? (0,parse/* text */.Qq)(body.error) : '');
/** The first GraphQL error's `extensions.code`, '' for an error without one; undefined for none. */
function graphqlCode({ body }) {
    const errors = (0,parse/* isObject */.Gv)(body) && Array.isArray(body.errors) ? body.errors : [];
    if (errors.length === 0)
        return undefined;
    const first = errors[0];
    const extensions = (0,parse/* isObject */.Gv)(first) ? first.extensions : undefined;
    return (0,parse/* isObject */.Gv)(extensions) ? (0,parse/* text */.Qq)(extensions.code).toUpperCase() : '';
}
/**
 * The GraphQL error's own words (`extensions.code` and `message`, the fields the GraphQL spec
 * defines), else the documented OAuth fields. Raw text: the kit redacts it whole, then cuts it.
 */
function wizErrorText(body) {
    const errors = (0,parse/* isObject */.Gv)(body) && Array.isArray(body.errors) ? body.errors : [];
    const first = errors[0];
    if ((0,parse/* isObject */.Gv)(first)) {
        const extensions = (0,parse/* isObject */.Gv)(first.extensions) ? first.extensions : {};
        const code = typeof extensions.code === 'string' ? extensions.code.trim() : '';
        const message = typeof first.message === 'string' ? first.message.trim() : '';
        return [code, message].filter(Boolean).join(': ');
    }
    if (!(0,parse/* isObject */.Gv)(body))
        return '';
    const error = typeof body.error === 'string' ? body.error.trim() : '';
    const description = typeof body.error_description === 'string' ? body.error_description.trim() : '';
    return [error, description].filter(Boolean).join(': ');
}
function clientRejected(context) {
    return {
        headline: 'the client id and secret were rejected',
        causes: [
            ...(0,endpoint/* regionCause */.__)(context),
            'the client-secret is wrong, or was rotated (Wiz shows a service account secret only when it is created or rotated)',
            'the client-id names no service account: it was deleted, or belongs to another tenant',
            'a secret holds a wrongly copied value (a stray space, quote or line break)',
            "the tenant still signs service accounts in at Wiz's older token server (auth.wiz.io), which this step does not support"
        ],
        fix: `copy the Client ID and Client Secret of a Wiz service account (${SERVICE_ACCOUNTS}) into the secrets behind the client-id and client-secret inputs (or WIZ_CLIENT_ID / WIZ_CLIENT_SECRET), and set region (commercial, gov, fedramp) to your tenant's Wiz environment.`
    };
}
function clientForbidden(context) {
    return {
        headline: 'the service account may not obtain a token for the Wiz API',
        causes: [
            'the service account is disabled',
            `the tenant still signs in at Wiz's legacy token server (auth.wiz.io, audience beyond-api), which this action does not use`,
            ...(0,endpoint/* regionCause */.__)(context)
        ],
        fix: `check the service account under ${SERVICE_ACCOUNTS}, and the region input.`
    };
}
/**
 * A region's token server is Wiz's own, which knows the audience this step asks for: besides the
 * legacy tenant, what refused it sits between the runner and that host, with no url input to
 * remove.
 */
function audienceRefused(server) {
    const legacy = `the tenant still signs in at Wiz's legacy token server (auth.wiz.io, audience beyond-api), which this action does not use`;
    const inPlace = (0,failure/* answeredInItsPlace */.C0)(server, 'Wiz’s token server');
    if (!inPlace.fromInput) {
        return {
            headline: 'the token server refused the request',
            causes: [legacy, inPlace.cause],
            fix: `ask Wiz support which token server your tenant uses, and check ${inPlace.check}.`
        };
    }
    return {
        headline: 'the token server refused the request',
        causes: [legacy, 'the url input points at another OAuth server than Wiz’s'],
        fix: 'remove the url input and set region (commercial, gov, fedramp), or ask Wiz support which token server your tenant uses.'
    };
}
function tokenRefused(context, target, dc) {
    return {
        headline: 'the API refused the access token just issued',
        causes: [
            ...wrongDataCenter(context, target, dc),
            "this runner's clock, or the server's, is far off (the short-lived token reads as expired)",
            'the service account was disabled or deleted between the two requests',
            'a proxy in front of the API removed or changed the Authorization header'
        ],
        fix: target.api === undefined
            ? `run the step again; if it persists, check the service account under ${SERVICE_ACCOUNTS}.`
            : `remove the url input (the token names its own data center), or set it to ${API_ENDPOINT}.`
    };
}
/** With a url input, the likeliest cause: the token belongs to another data center. */
function wrongDataCenter(context, target, dc) {
    if (target.api === undefined)
        return [];
    if (dc === undefined)
        return ["the url input names another Wiz data center than the tenant's"];
    const urlDc = dataCenterOf(target.api);
    if (urlDc === dc)
        return [];
    const owner = `the token belongs to data center ${dc} (${apiForDataCenter(dc, target.auth)})`;
    return [
        urlDc === undefined
            ? `${owner}, and the url input (${context.plan.url}) is neither that host nor a proxy to it`
            : `${owner}, but the url input sends it to data center ${urlDc}`
    ];
}
;
/**
 * Without a url input the token named the API host, Wiz's own: an outage, or what sits between the
 * runner and that host, with no url input to check or remove.
 */
function queryFailed(server) {
    const inPlace = (0,failure/* answeredInItsPlace */.C0)(server, "Wiz's GraphQL API");
    if (!inPlace.fromInput) {
        return {
            headline: 'the API answered the query with an error',
            causes: ['a Wiz outage or maintenance', inPlace.cause],
            fix: `run the step again; if it persists, check ${inPlace.check}, or ask Wiz support.`
        };
    }
    return {
        headline: 'the API answered the query with an error',
        causes: [
            `the url input points at another GraphQL API than Wiz's; it should be ${API_ENDPOINT}`,
            'a proxy in front of the API changed the request'
        ],
        fix: 'run the step again; if it persists, check the url input, or remove it to let the token name its data center.'
    };
}

;// CONCATENATED MODULE: ./src/vendors/wiz/requests.ts
/**
 * Wiz's two requests: the client-credentials exchange at the token server, then one GraphQL query
 * at the API with the token it issued.
 */







/** The cheapest query there is: it needs no scope, and a 200 without errors proves the token. */
const PROBE_QUERY = '{ __typename }';
/**
 * POST {auth}/oauth/token, form-encoded. Only the access token is read: checked against its
 * grammar, then masked (kit/token-answer.ts); nothing else of the answer is read or quoted.
 */
;
/** `expires_in` seconds after the request; else the token's own `exp` claim. */
;
/**
 * POST {api}/graphql. Passes only on a 200 whose `data.__typename` is set and that carries no
 * `errors`: GraphQL reports a refused token with HTTP 200 too.
 */
;
;

;// CONCATENATED MODULE: ./src/vendors/wiz/index.ts




const wiz = {
    id: 'wiz',
    name: NAME,
    location: {
        defaultUrl: REGIONS.commercial,
        regions: REGIONS,
        defaultRegion: 'commercial',
        urlExample: 'https://api.us17.app.wiz.io',
        readUrl: readApiOrigin,
        // WIZ_API_URL names a data-center host; the client secret goes to its environment's token server.
        credentialServer: authBaseFor
    },
    modes: [{ id: 'client-credentials', inputs: ['client-id', 'client-secret'] }],
    urlEnv: ['WIZ_API_URL'],
    credentialEnv: {
        'client-id': ['WIZ_CLIENT_ID'],
        'client-secret': ['WIZ_CLIENT_SECRET']
    },
    roles: {
        kind: 'none',
        reason: 'a service account has no roles: its access token names the account, and Wiz has no query that reports what it may do. Give the service account only the scopes and projects the pipeline needs.'
    },
    permissions: {
        kind: 'none',
        reason: "the service account's scopes are not reported by any documented query. Remove required-permissions; choose the scopes when creating the service account."
    },
    async login(context) {
        const { plan } = context;
        const target = locate(plan);
        const issued = await (0,endpoint/* atBaseUrl */.y$)(context, target.auth, exchange);
        const dc = dataCenterLabel(issued.claims.dc);
        const api = target.api ?? apiFromClaim(issued.claims.dc, issued.endpoint, target.auth);
        await (0,endpoint/* atBaseUrl */.y$)(context, api, ((apiContext) => probe(apiContext, target, issued, dc)));
        const notes = loginNotes(target.api === undefined, api, dc);
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
        // Logged, not a note: the summary has the expiry's own row (expiresAt).
        if (issued.expiresAt)
            context.info(`Access token expires: ${issued.expiresAt}`);
        return {
            identity: serviceAccount(issued.claims, plan),
            authHeader: `Authorization: Bearer ${issued.token}`,
            token: issued.token,
            ...(issued.expiresAt ? { expiresAt: issued.expiresAt } : {}),
            env: {
                WIZ_CLIENT_ID: plan.credentials['client-id'],
                WIZ_CLIENT_SECRET: plan.credentials['client-secret'],
                WIZ_API_URL: `${api}${GRAPHQL_PATH}`
            },
            notes
        };
    }
};
/**
 * The service account the token was issued to: its `sub` and `client_id` claims, else the client
 * id the token was requested with (the token server answered for exactly that client).
 */
;
;


/***/ })

};
;