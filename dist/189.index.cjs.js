"use strict";
exports.id = 189;
exports.ids = [189];
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

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var loginRejected=(function (context) {
    return ({ response }) => {
        if (redlockStatus(response).some((key) => key.startsWith('sso_enabled_password_login_attempt')))
            return ssoPasswordLogin;
        return {
            headline: 'the access key was rejected',
            causes: [
                ...(0,endpoint/* regionCause */.__)(context),
                'the access key was deleted or disabled, or has expired (an access key may be created with an expiry date)',
                'the user or service account that owns the key was disabled or removed',
                'the access key ID and secret do not belong together, or one was copied wrongly (a stray space, quote or line break; Prisma Cloud shows a secret only once)'
            ],
            fix: `set region to the stack of your Prisma Cloud console (https://app2.eu.prismacloud.io is eu2, https://app.anz.prismacloud.io is anz), or create an access key under ${KEY_PAGE} and put its ID and secret into ${KEY_INPUTS}.`
        };
    };
});var readApiUrl=(function (given) {
    const url = new URL(given);
    const consoleHost = CONSOLE_HOST.exec(url.hostname);
    if (!consoleHost)
        return undefined;
    url.hostname = `api${consoleHost[1]}`;
    // The path of a console URL names a page of the console (/alerts/overview), never a prefix of the
    // API, which every stack serves at its host's root (pan.dev "Prisma Cloud API URLs").
    url.pathname = '/';
    const read = url.toString().replace(/\/+$/, '');
    return {
        url: read,
        warning: `The url input ${given} is a ${NAME} console, whose API is ${read}: as Checkov does with PRISMA_API_URL, this step uses ${read}. Set url: ${read} (or the region input) to name the API directly.`
    };
});var explainCheckovKey=(function (given) {
    const input = ['access-key', 'secret-key'].find(((name) => given[name]?.includes('::')));
    if (!input)
        return undefined;
    return [
        `The ${input} input holds "<access key>::<secret>", the BC_API_KEY form Checkov reads; ${NAME} logs in with the two parts apart.`,
        'Fix: put the access key ID (before "::") into the secret behind access-key and the secret (after "::") into the one behind secret-key (or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY).'
    ].join('\n');
});var tokenExpiry=(function (token, requestedAt) {
    const documented = (0,expiry/* isoSeconds */.nE)(requestedAt + TOKEN_LIFETIME_MS);
    const claims = (0,jwt/* decodeJwtClaims */.dG)(token);
    const claimed = claims ? (0,jwt/* jwtExpiry */.lo)(claims) : undefined;
    // Both are written YYYY-MM-DDTHH:MM:SSZ, so they compare as text.
    return claimed && claimed < documented ? claimed : documented;
});var parseProfile=(function (body) {
    const roleEntries = Array.isArray(body.roles) ? body.roles : [];
    const named = (0,parse/* names */.Dy)(roleEntries, ['name']);
    const types = [
        ...new Set([
            ...(0,parse/* names */.Dy)(roleEntries, ['type']),
            ...(0,parse/* names */.Dy)((0,parse/* isObject */.Gv)(body.activeRole) ? [body.activeRole] : [], ['type']),
            ...(0,parse/* names */.Dy)(body.roleType)
        ])
    ];
    const roleAliases = named.length
        ? typesOfNamedRoles(roleEntries, body.activeRole, named, types)
        : [];
    const email = (0,parse/* firstText */.ou)(body, ['email']);
    const fullName = [(0,parse/* firstText */.ou)(body, ['firstName']), (0,parse/* firstText */.ou)(body, ['lastName'])];
    return {
        userId: '',
        // A service account has no e-mail (it is created with a name, an access key and a role), and
        // GET /user/me documents no username field: its display name is the name it goes by.
        username: (0,parse/* firstText */.ou)(body, ['username']) || email || (0,parse/* firstText */.ou)(body, ['displayName']),
        displayName: (0,parse/* firstText */.ou)(body, ['displayName']) || fullName.filter(Boolean).join(' '),
        email,
        roles: named.length ? named : types,
        roleAliases,
        permissions: undefined,
        organization: ''
    };
});var typesOfNamedRoles=(function (entries, activeRole, named, types) {
    const aliases = [];
    for (const entry of [...entries, activeRole]) {
        // An entry the answer says is not held lends its type to no role, as names() skips it.
        if (!(0,parse/* isObject */.Gv)(entry) || (0,parse/* deniedEntry */.s8)(entry))
            continue;
        const of = (0,parse/* firstText */.ou)(entry, ['name']);
        const alias = (0,parse/* firstText */.ou)(entry, ['type']);
        if (!alias || !named.includes(of))
            continue;
        if (!aliases.some(((known) => known.alias === alias && known.of === of)))
            aliases.push({ alias, of });
    }
    const tied = new Set(aliases.map(((entry) => entry.alias)));
    // Bounded as the role names are: three lists of types and one of entries could each bring that many.
    return [
        ...aliases,
        ...types.filter(((type) => !tied.has(type))).map((alias) => ({ alias, of: '' }))
    ].slice(0, parse/* MAX_NAMES */.oA);
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REGIONS: () => (/* binding */ REGIONS),
  explainCheckovKey: () => (/* binding */ explainCheckovKey),
  parseProfile: () => (/* binding */ parseProfile),
  prismaCloud: (() => (/* binding */ prismaCloud)),
  readApiUrl: () => (/* binding */ readApiUrl),
  tokenExpiry: () => (/* binding */ tokenExpiry)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/jwt.ts
var jwt = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/vendors/prisma-cloud/meanings.ts


const NAME = 'Prisma Cloud';
const KEY_PAGE = 'Settings > Access Control > Access Keys';
const KEY_INPUTS = 'the secrets behind the access-key and secret-key inputs (or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY)';
/** Entries of `x-redlock-status` worth quoting; a longer list is cut. */
const MAX_STATUS_ENTRIES = 5;
/** The `i18nKey` of each entry of the answer's `x-redlock-status` (with its subject), raw. */
function redlockStatus(response) {
    const value = response.headers['x-redlock-status'];
    const raw = Array.isArray(value) ? value[0] : value;
    if (!raw)
        return [];
    let entries;
    try {
        entries = JSON.parse(raw);
    }
    catch {
        return [];
    }
    if (!Array.isArray(entries))
        return [];
    return entries
        .slice(0, MAX_STATUS_ENTRIES)
        .filter(parse/* isObject */.Gv)
        .map((entry) => {
        const key = typeof entry.i18nKey === 'string' ? entry.i18nKey.trim() : '';
        const subject = typeof entry.subject === 'string' ? entry.subject.trim() : '';
        return key && subject ? `${key} (${subject})` : key;
    })
        .filter(Boolean);
}
/**
 * Prisma Cloud's words: the `x-redlock-status` keys, then the documented fields of a JSON body,
 * redacted whole before they are cut to one bounded line. A body that is not JSON is never quoted
 * (the login's answer may carry the token).
 */
function prismaText({ response, body }, redact) {
    const words = [redlockStatus(response).join(', '), (0,endpoint/* documentedErrorText */.iL)(body)]
        .filter(Boolean)
        .join('; ');
    return words ? (0,parse/* serverLine */.ec)(redact(words)) : '';
}
/** The 401 of POST /login: the key pair was refused, or a password login of an SSO user. */
;
const ssoPasswordLogin = {
    headline: 'the password login of a single sign-on user was refused',
    causes: [
        'the access-key input holds a user’s e-mail address and secret-key a password, and that user signs in through SSO; this step logs in with an access key'
    ],
    fix: `create an access key under ${KEY_PAGE} (a service account's, for CI) and put its ID and secret into ${KEY_INPUTS}.`
};
/** 401 from GET /user/me with the token /login just issued. */
const tokenRejected = {
    headline: 'the token just issued by /login was rejected',
    causes: [
        'the url input reaches more than one Prisma Cloud stack (a proxy mixing stacks)',
        "this runner's clock or the server's is wrong, so the 10-minute token reads as expired",
        'a proxy in front of the url input removed or changed the x-redlock-auth header'
    ],
    fix: 'run the step again; if it persists, set region instead of url.'
};
/** 400 from GET /user/me: documented as `user_inactive_or_not_exist`. */
const profileGone = {
    headline: 'the access key’s user or service account is inactive or no longer exists',
    causes: [
        'a Prisma Cloud administrator disabled or deleted the user or service account that owns the key'
    ],
    fix: `ask a Prisma Cloud administrator to enable the owner of the key, or create an access key for an active service account under ${KEY_PAGE}.`
};
/** 403 from GET /user/me: the key's role may not read its own profile. */
const profileForbidden = {
    headline: 'the access key is valid but may not read the profile it belongs to',
    causes: [
        'the key’s role is restricted (for example "Only allow CI access" or "Only allow Compute access" in its permission group)',
        'an IP allow-list of the tenant refuses requests from this runner'
    ],
    fix: 'use an access key whose role may read its own profile, or ask a Prisma Cloud administrator to allow this runner.'
};

;// CONCATENATED MODULE: ./src/vendors/prisma-cloud/index.ts
/**
 * Prisma Cloud (Cloud Security / CSPM API, with Code Security behind the same keys): an access key
 * ID and secret are traded at POST /login (JSON `{username, password}`) for a JWT that lasts ten
 * minutes and is sent as `x-redlock-auth`; GET /user/me then names the user and its roles. Each
 * tenant lives on one of the regional stacks (`api.prismacloud.io`, `api2.eu.prismacloud.io`, ...),
 * and a key works only on its own stack.
 *
 * - Roles: /user/me lists `roles[]` with their `name` and `type` (the role type: System Admin,
 *   Build and Deploy Security, ...). The names are the roles; the types are other spellings of the
 *   same roles, so `required-roles` matches either; a profile that names no role reports its types.
 * - The login answer's `customerNames[].customerName` is the tenant: the `organization` output.
 *
 * Sources: vendors-third §2.2 "6. Prisma Cloud"; Prisma Cloud's API reference (pan.dev: Login and
 * User Profile OpenAPI specs, API URLs, Error Responses: the `x-redlock-status` header); Palo Alto's
 * Go client (prisma-cloud-go: the login body and answer, role types). Checkov reads `BC_API_KEY`
 * (`<access key>::<secret>`) and `PRISMA_API_URL`. Assumed: the bodies of error answers (often
 * none: the header carries the reason) and that a key of another stack gets the same 401.
 */







const LOGIN_PATH = '/login';
const PROFILE_PATH = '/user/me';
/** The login token's documented lifetime. */
const TOKEN_LIFETIME_MS = 10 * 60 * 1000;
/**
 * The stacks of Prisma Cloud's API URL table, named after their consoles (app2.eu → eu2): the
 * contract's fourteen, then Indonesia and China, which the table also lists (pan.dev "API URLs").
 */
const REGIONS = {
    app: 'https://api.prismacloud.io',
    app2: 'https://api2.prismacloud.io',
    app3: 'https://api3.prismacloud.io',
    app4: 'https://api4.prismacloud.io',
    eu: 'https://api.eu.prismacloud.io',
    eu2: 'https://api2.eu.prismacloud.io',
    ...Object.fromEntries(['anz', 'ca', 'sg', 'uk', 'ind', 'jp', 'fr', 'gov'].map(((name) => [
        name,
        `https://api.${name}.prismacloud.io`
    ]))),
    id: 'https://api.id.prismacloud.io',
    cn: 'https://api.prismacloud.cn'
};
/** A console host (`app`, `app2`, … under Prisma Cloud's own domains): its API host is beside it. */
const CONSOLE_HOST = /^app(\d*\.(?:[a-z0-9-]+\.)*prismacloud\.(?:io|cn))$/;
/**
 * The vendor's Location.readUrl: a console URL (`https://app2.eu.prismacloud.io`, what the browser
 * shows) is read as its stack's API URL (`https://api2.eu.prismacloud.io`), as Checkov reads
 * PRISMA_API_URL (bridgecrewio/checkov checkov/common/util/http_utils.py normalize_prisma_url:
 * `//app` becomes `//api`), without the console page's path, with a warning naming both; undefined
 * for any other url. Only under Prisma Cloud's own domains: elsewhere the `api` sibling of a host
 * may have another owner.
 */
;
const prismaCloud = {
    id: 'prisma-cloud',
    name: NAME,
    location: {
        defaultUrl: REGIONS.app,
        regions: REGIONS,
        defaultRegion: 'app',
        readUrl: readApiUrl
    },
    modes: [{ id: 'access-key', inputs: ['access-key', 'secret-key'] }],
    urlEnv: ['PRISMA_API_URL'],
    credentialEnv: { 'access-key': ['PRISMA_ACCESS_KEY'], 'secret-key': ['PRISMA_SECRET_KEY'] },
    roles: {
        kind: 'names',
        administrative: {
            names: ['System Admin'],
            narrower: 'a role of type Build and Deploy Security'
        }
    },
    permissions: {
        kind: 'none',
        reason: 'Prisma Cloud reports roles (permission groups), not individual permissions. Use required-roles instead, with a role name or a role type (e.g. "Build and Deploy Security").'
    },
    explainCredentials: ((given) => explainCheckovKey(given)),
    async login(context) {
        const { plan } = context;
        const accessKey = plan.credentials['access-key'];
        const secretKey = plan.credentials['secret-key'];
        // The token's lifetime counts from when it was issued: counting from before the request keeps
        // the reported expiry from being later than the real one.
        const requestedAt = Date.now();
        const { response, body } = await (0,endpoint/* call */.T1)(context, {
            method: 'POST',
            path: LOGIN_PATH,
            json: { username: accessKey, password: secretKey },
            // Issues a token: never sent twice once it may have reached the server.
            creates: true,
            issuesCredentials: true,
            meanings: { 401: loginRejected(context) },
            vendorText: prismaText
        });
        if (body.token === undefined || body.token === '') {
            // A host the step chose itself is the API already: what answered is in between.
            const inPlace = (0,failure/* answeredInItsPlace */.C0)(context.http.server, `the ${NAME} API`);
            throw new failure/* ActionFailure */.dR([
                `${NAME}: ${response.endpoint} answered HTTP ${response.status} without a token, so the access key could not be verified.`,
                inPlace.fromInput
                    ? `Fix: set the region input (${Object.keys(REGIONS).join(', ')}) instead of url, or check the url input.`
                    : `Fix: check ${inPlace.check}.`
            ].join('\n'));
        }
        const token = (0,token_answer/* issuedBearerToken */.Q)(context, body.token, `the token from ${response.endpoint}`);
        const expiresAt = tokenExpiry(token, requestedAt);
        const organization = (0,parse/* names */.Dy)(body.customerNames, ['customerName']).join(', ');
        const { identity } = await (0,endpoint/* checkIdentity */.Z0)(context, {
            method: 'GET',
            path: PROFILE_PATH,
            headers: { 'x-redlock-auth': token },
            meanings: { 400: profileGone, 401: tokenRejected, 403: profileForbidden },
            vendorText: prismaText
        }, parseProfile);
        identity.organization = organization;
        const checkovKey = `${accessKey}::${secretKey}`;
        context.mask(checkovKey);
        const expiry = (0,endpoint/* note */.N4)('Token expires', `${expiresAt} (a login token lasts ten minutes)`);
        context.info(`${expiry.label}: ${expiry.value}`);
        return {
            identity,
            authHeader: `x-redlock-auth: ${token}`,
            token,
            expiresAt,
            env: {
                PRISMA_API_URL: plan.url,
                PRISMA_ACCESS_KEY: accessKey,
                PRISMA_SECRET_KEY: secretKey,
                BC_API_KEY: checkovKey
            },
            notes: [expiry]
        };
    }
};
/**
 * The one mix-up the inputs show by themselves: Checkov's `BC_API_KEY` form
 * (`<access key>::<secret>`) pasted into access-key (or secret-key), most often with the other input
 * left empty, which would otherwise read as "secret-key is empty". Neither part of a key pair holds
 * "::". The value is not quoted, since it holds the secret.
 */
;
/**
 * The token's expiry: ten minutes after the request, or the token's own `exp` claim when that is
 * earlier (read, not verified: the token came straight from the login answer).
 */
;
/**
 * Reads /user/me. Role names are the roles and their types other spellings of them; a profile
 * without named roles (the older single-role shape has only `roleType`) reports its types.
 */
;
/**
 * Each named role's type is another spelling of that role (allowed-roles accepts the role by
 * either). A type the profile ties to no held role (the older single-role shape's roleType beside
 * named roles) is kept with no role: it still meets required-roles, but vouches for no role.
 */
;


/***/ })

};
;