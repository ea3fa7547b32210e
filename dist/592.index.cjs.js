"use strict";
exports.id = 592;
exports.ids = [592];
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

/***/ 2288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var readTokenClaims=(function (token) {
    if (!(0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeJwt */ .bt)(token)) {
        const kind = token.startsWith(REFERENCE_PREFIX) ? 'reference' : 'opaque';
        return {
            kind,
            username: '',
            scopes: undefined,
            rawScope: undefined,
            audience: [],
            expiresAt: undefined
        };
    }
    const claims = (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(token) ?? {};
    const scopes = scopesOf(claims.scp);
    return {
        kind: 'jwt',
        username: userOf(claims),
        scopes: typeof claims.scp === 'string' || Array.isArray(claims.scp)
            ? [...new Set(scopes.flatMap(perItem))].slice(0, _kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAMES */ .oA)
            : undefined,
        rawScope: scopes.join(' ') || undefined,
        audience: spaced(claims.aud),
        expiresAt: (0,_kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .jwtExpiry */ .lo)(claims)
    };
});var scopesOf=(function (scp) {
    const items = typeof scp === 'string' ? [scp] : Array.isArray(scp) ? scp : [];
    return items
        .filter(((item) => typeof item === 'string'))
        .flatMap(((item) => (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(item, MAX_CLAIM_TEXT).split(/\s+/)))
        .filter(Boolean);
});var userOf=(function (claims) {
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const named = sub.startsWith('jfrt@') || sub.includes('/users/');
    return (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(named ? sub.slice(sub.lastIndexOf('/') + 1) : sub);
});var spaced=(function (value) {
    const items = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value : [];
    return (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .names */ .Dy)(items.filter(((item) => !(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(item))));
});var perItem=(function (scope) {
    const match = LISTING_SCOPE.exec(scope);
    if (!match)
        return [scope];
    return itemsOf(match[2])
        .map((item) => item.trim().replace(/^"(.*)"$/, '$1'))
        .filter(Boolean)
        .map((item) => `${match[1]}${item}`);
});var givenAccessToken=(function (plan) {
    const token = plan.credentials['api-token'];
    return {
        token,
        claims: readTokenClaims(token),
        renew: `create an access token on this platform (${TOKEN_PAGE}) whose scope covers Xray, and put it into the secret behind the api-token input (or JF_ACCESS_TOKEN)`
    };
});var checkAccessToken=(function (plan, now = Date.now()) {
    const token = plan.credentials['api-token'] ?? '';
    if (/^AKC[A-Za-z0-9]{20,}$/.test(token)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `The api-token input holds a ${NAME} API key (it begins "AKC"), not an access token: API keys are deprecated, and the platform does not accept them as a Bearer token.`,
            `Fix: create an access token (${TOKEN_PAGE}) and put it into the secret behind api-token (or JF_ACCESS_TOKEN).`
        ].join('\n'));
    }
    const { kind, expiresAt } = readTokenClaims(token);
    if (expiresAt && Date.parse(expiresAt) <= now) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `The api-token input holds a ${NAME} access token that expired on ${expiresAt} (its exp claim), so nothing was sent.`,
            `Fix: create a new access token (${TOKEN_PAGE}) and put it into the secret behind api-token (or JF_ACCESS_TOKEN).`
        ].join('\n'));
    }
    if (kind === 'opaque') {
        return [
            `The api-token input does not look like a ${NAME} access token (a JWT beginning "eyJ", or a reference token beginning "${REFERENCE_PREFIX}"): it is sent all the same, but it names no user or scopes. Check that the secret holds the whole token.`
        ];
    }
    return [];
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: (() => (/* binding */ givenAccessToken)),
/* harmony export */   Wl: () => (/* binding */ sameScopes),
/* harmony export */   el: (() => (/* binding */ checkAccessToken)),
/* harmony export */   o_: (() => (/* binding */ NAME)),
/* harmony export */   sb: () => (/* binding */ reachesXray),
/* harmony export */   v4: () => (/* binding */ readTokenClaims)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _kit_jwt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3257);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1223);
/**
 * The access-token mode: the api-token input is a JFrog access token, sent as it is. A JFrog access
 * token is a JWT whose claims say whose it is and what it may do (JFrog Access: `sub`
 * `<service id>/users/<name>`, `scp` its scopes, `aud` the services that accept it, `exp`); a
 * reference token (a short stand-in for one) carries none. The claims are read, never verified:
 * the platform verifies the signature when it accepts the token, and only a token it accepted is
 * described by them. A scope that lists groups, roles or actions is reported once per item (see
 * perItem).
 */



const NAME = 'JFrog';
const TOKEN_PAGE = 'Administration > User Management > Access Tokens (or your profile > Generate an Identity Token)';
/** `reftkn:01:` in base64: how every JFrog reference token begins. */
const REFERENCE_PREFIX = 'cmVmdGtuOjAxOj';
;
/**
 * The longest a claim can be: the token itself is at most this long (kit/grammar.ts). A scope is read
 * whole rather than cut at the bound of one piece of server text: one group scope names every group
 * (`applied-permissions/groups:a,b,…`), and a cut one would drop groups from required-permissions
 * and ask the platform for a scope that ends in an ellipsis. What is shown is cut later, with the
 * identity (core/identity.ts cleanIdentity) or where a message quotes it.
 */
const MAX_CLAIM_TEXT = 16_384;
/** `scp`, a space-separated string or a list of them, as cleaned scopes, one per entry. */
;
/**
 * The user as the JFrog CLI names it (jfrog-client-go auth/authutils.go
 * ExtractUsernameFromAccessToken, setup-jfrog-cli extractTokenUser): a user's subject
 * (`jfac@01h…/users/ci-bot`, or Artifactory's own `jfrt@…`) ends in the name, after its last `/`;
 * any other subject is the name whole, as a group-scoped OIDC identity mapping issues it
 * (`<provider>/<mapping>`). Cleaned and bounded like any text the server wrote; '' without a `sub`.
 */
;
/** A claim that is one space-separated string or a list, as cleaned names. */
;
/**
 * A scope that lists several groups, project roles or actions acts with each of them:
 * `applied-permissions/groups:readers,deployers`, `applied-permissions/roles:proj:dev,qa`,
 * `system:metrics:r,w`, `member-of-groups:a,b`. One entry per item, so required-permissions (a
 * comma-separated list) can name one of them. A quoted item is one item, commas and all: JFrog's
 * "Create Scoped Token" reads `applied-permissions/groups:"group_1","group,3"` as two groups, and a
 * split at every comma would make `"ci,readers,x"` seem to carry the group readers.
 */
;
/**
 * A list split at its commas outside double quotes. A quote left open keeps the rest one item: it
 * is not known where the platform ends it, and fewer items never make a scope seem held.
 */
function itemsOf(list) {
    const items = [];
    let item = '';
    let quoted = false;
    for (const char of list) {
        if (char === '"')
            quoted = !quoted;
        if (char === ',' && !quoted) {
            items.push(item);
            item = '';
        }
        else {
            item += char;
        }
    }
    items.push(item);
    return items;
}
/** The part before the list, then the list: a group's name may hold `:`, so groups come first. */
const LISTING_SCOPE = /^(applied-permissions\/groups:|member-of-groups:|applied-permissions\/roles:[^:]+:|[^\s:/]+:[^:]+:)(.+)$/i;
/**
 * `api:*`: REST API access to every service, which JFrog Access before Artifactory 7.21.1 adds to
 * the tokens it issues, whatever scope was asked (jfrog-client-go's sample token:
 * "applied-permissions/admin api:*"). Later versions grant that access to every token by default.
 * It grants no permission of its own, so a scope is compared without it.
 */
const REST_ACCESS_SCOPE = 'api:*';
/**
 * Whether two scopes name the same permissions: the same entries in any order, each item of a
 * listing scope apart and unquoted (a platform may write `applied-permissions/groups:"a",`), and
 * `api:*` left out.
 */
function sameScopes(minted, asked) {
    const entries = (scope) => new Set(scope
        .split(/\s+/)
        .filter(Boolean)
        .flatMap(perItem)
        .filter((entry) => entry.toLowerCase() !== REST_ACCESS_SCOPE));
    const [a, b] = [entries(minted), entries(asked)];
    return a.size === b.size && [...a].every((entry) => b.has(entry));
}
/** Whether a token of this audience is accepted by Xray (`jfxr@…`, or every service). */
function reachesXray(audience) {
    return audience.length === 0 || audience.some((entry) => /^(?:\*|jfxr)@/i.test(entry));
}
/** The credential of the access-token mode: the api-token input and what it says of itself. */
;
/**
 * Before any request: an API key is not an access token, and a token whose own `exp` has passed
 * would only be refused; both are named with the way out. Returns warnings for the log.
 */
;


/***/ }),

/***/ 5592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var refuseImpossibleScopes=(function (plan) {
    const impossible = plan.requiredPermissions.filter((scope) => !isScopeForm(scope));
    if (!impossible.length)
        return;
    const near = impossible.flatMap((scope) => {
        const meant = likelyScope(scope);
        return meant ? [`${(0,sanitize/* quotedList */.p4)([scope])} is ${meant}`] : [];
    });
    throw new failure/* ActionFailure */.dR([
        `The required-permissions input names ${(0,sanitize/* quotedList */.p4)(impossible)}, which ${impossible.length > 1 ? `are not ${access_token/* NAME */.o_} scopes` : `is not ${(0,sanitize/* withArticle */.vJ)(`${access_token/* NAME */.o_} scope`)}`}${near.length ? ` (did you mean: ${near.join(', ')}?)` : ''}. ${access_token/* NAME */.o_} scopes have the forms ${FORMS.join(', ')}; a scope that lists groups, roles or actions is one entry per item.`,
        'Fix: correct required-permissions.'
    ].join('\n'));
});var verifyAtXray=(async function (context, credential) {
    const { plan } = context;
    const authorization = `Bearer ${credential.token}`;
    const { identity, body } = await (0,endpoint/* checkIdentity */.Z0)(context, {
        method: 'GET',
        path: VERSION_PATH,
        headers: { authorization },
        meanings: xrayMeanings(context, credential)
    }, (() => identityOf(credential)), 
    // The version answer names nobody: the token's claims do, or nothing does (a reference token).
    { anonymous: true, isSuccess: ((answer) => (0,parse/* firstText */.ou)(answer, ['xray_version']) !== '') });
    const notes = credentialNotes(credential, body);
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    const { expiresAt } = credential.claims;
    return {
        identity,
        authHeader: `Authorization: ${authorization}`,
        token: credential.token,
        ...(expiresAt
            ? credential.shortLived
                ? { expiresAt }
                : { credentialExpiresAt: expiresAt }
            : {}),
        env: { JF_URL: plan.url, JF_ACCESS_TOKEN: credential.token },
        notes
    };
});var identityOf=(function ({ claims }) {
    return { ...(0,identity/* emptyIdentity */.gL)(), username: claims.username, permissions: claims.scopes };
});var credentialNotes=(function ({ claims }, body) {
    const version = [(0,parse/* firstText */.ou)(body, ['xray_version']), (0,parse/* firstText */.ou)(body, ['xray_revision'])];
    const notes = [(0,endpoint/* note */.N4)('Xray', `version ${version.filter(Boolean).join(', revision ')}`)];
    if (claims.kind !== 'jwt') {
        notes.push((0,endpoint/* note */.N4)('Token', 'a reference token: it does not carry its user or scopes, so username and permissions stay empty'));
    }
    else if (!claims.username) {
        notes.push((0,endpoint/* note */.N4)('Token', 'it names no user (its sub claim is empty or absent)'));
    }
    return notes;
});var xrayMeanings=(function (context, credential) {
    return {
        401: () => tokenRejected(context, credential),
        403: () => xrayForbidden(credential),
        404: xrayMissing()
    };
});var xrayMissing=(function () {
    return {
        headline: 'no Xray answered at this url',
        causes: [
            'the url input is not the JFrog Platform URL (e.g. it ends with /artifactory, or names a single service)',
            'the platform has no Xray installed or licensed'
        ],
        fix: `set url to the JFrog Platform URL without a path (https://<name>.jfrog.io, or your self-hosted platform), where Xray serves ${VERSION_PATH}.`
    };
});var checkPlatformUrl=(function (plan) {
    const url = new URL(plan.url);
    const service = /\/(artifactory|xray|access|ui)\/?$/i.exec(url.pathname);
    if (!service)
        return;
    throw new failure/* ActionFailure */.dR(`The url input is the ${access_token/* NAME */.o_} Platform URL, without /${service[1].toLowerCase()}: the action adds each service's path itself. Set url to ${plan.url.slice(0, plan.url.length - service[0].length) || url.origin}.`);
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jfrog: (() => (/* binding */ jfrog))
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/vendors/jfrog/access-token.ts
var access_token = __webpack_require__(2288);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/vendors/jfrog/oidc.ts
/**
 * The GitHub OIDC mode (oidc-provider): no stored secret. The job's GitHub ID token (the kit's
 * shared mechanism, loaded only here) is exchanged at POST /access/api/v1/oidc/token, with the body
 * JFrog's own setup-jfrog-cli sends:
 *
 *   {"grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
 *    "subject_token_type": "urn:ietf:params:oauth:token-type:id_token",
 *    "subject_token": "<ID token>", "provider_name": "<oidc-provider>",
 *    "project_key": "<JF_PROJECT>"}
 *
 * and the answer's `access_token` (an access token like any other: its claims name the user the
 * integration's identity mapping chose) goes on to the one Xray check. JFrog answers a refused
 * exchange with `{"errors":[{"message":"…"}]}` (setup-jfrog-cli reads `errors[].message`); which
 * status it uses for which cause is not documented, so every refusal is explained alike, with the
 * ID token's claims that the mapping matches on.
 *
 * `project_key` only when the job sets JF_PROJECT, the JFrog CLI's own variable for its project
 * (setup-jfrog-cli sends `project_key: process.env.JF_PROJECT`): JFrog's "OIDC Token Exchange" API
 * lists it as optional, and an identity mapping scoped to a project (Artifactory 7.94 and later) is
 * matched only in that project's scope. `provider_type` is not sent: the integration already has
 * its type, JFrog's API page and setup-jfrog-cli's own exchange leave it out, and `jf eot` fills it
 * with its own default ("GitHub") whatever the integration is.
 *
 * Sources: jfrog/setup-jfrog-cli src/oidc-utils.ts (request body, answer, error shape), the
 * vendor's README (`permissions: id-token: write`, `oidc-provider-name`), JFrog REST APIs "OIDC Token
 * Exchange" (`project_key`), jfrog/jfrog-client-go access/services/accesstoken.go
 * (CreateOidcTokenParams), JFrog's "Create a Project" (a project key is 2 to 32 lowercase letters,
 * digits and hyphens, beginning with a letter). Assumed: the statuses of a refusal (400, 401, 403
 * or 404 are all read as one), and that the integration's audience, when it has one, must equal the
 * ID token's `aud` (oidc-audience).
 */




const OIDC_TOKEN_PATH = '/access/api/v1/oidc/token';
/** The JFrog CLI's variable for the project it works in (setup-jfrog-cli sends it as project_key). */
const PROJECT_ENV = 'JF_PROJECT';
const PROJECT_KEY = /^[a-z][a-z0-9-]{1,31}$/;
/**
 * The job's JF_PROJECT, for the exchange's `project_key`; undefined when unset or blank. One that is
 * no project key is refused before any request, without quoting it (it is the job's, not ours).
 */
function oidcProjectKey(env = process.env) {
    const value = (env[PROJECT_ENV] ?? '').trim();
    if (!value)
        return undefined;
    if (PROJECT_KEY.test(value))
        return value;
    throw new failure/* ActionFailure */.dR([
        `${PROJECT_ENV} is set for this job but is not a ${access_token/* NAME */.o_} project key (2 to 32 lowercase letters, digits and hyphens, beginning with a letter), so nothing was sent: it would go to the platform as the project_key of the OIDC exchange.`,
        `Fix: set ${PROJECT_ENV} to the key of the project whose identity mapping this repository uses (Administration > Projects), or remove it to use the integration's global identity mappings.`
    ].join('\n'));
}
/** The access token the platform gives for the job's GitHub ID token. */
async function exchangeGitHubIdToken(context, env = process.env) {
    const { requestGitHubIdToken, mappedClaimLines } = await __webpack_require__.e(/* import() */ 787).then(__webpack_require__.bind(__webpack_require__, 9787));
    const oidc = context.plan.oidc;
    const project = oidcProjectKey(env);
    const idToken = await requestGitHubIdToken(context);
    const refused = refusal(context, oidc.provider, project, mappedClaimLines(oidc.provider, idToken.claims));
    const { body } = await (0,endpoint/* call */.T1)(context, {
        method: 'POST',
        path: OIDC_TOKEN_PATH,
        json: {
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
            subject_token: idToken.token,
            provider_name: oidc.provider,
            ...(project ? { project_key: project } : {})
        },
        // Each exchange issues a token: never sent twice after it may have reached the platform.
        creates: true,
        issuesCredentials: true,
        meanings: { 400: refused, 401: refused, 403: refused, 404: refused }
    });
    const token = (0,token_answer/* issuedBearerToken */.Q)(context, body.access_token, `the access_token of ${OIDC_TOKEN_PATH}`);
    // The ID token answered back would be sent to Xray and handed to later steps as the platform's
    // token, where the contract lets it go nowhere but the exchange.
    if (token === idToken.token) {
        throw new failure/* ActionFailure */.dR(`${access_token/* NAME */.o_} answered the OIDC exchange (${OIDC_TOKEN_PATH}) with the job's GitHub ID token itself, not an access token of its own, so nothing was sent on or handed to later steps. A genuine platform never does this: check that the url input points at the real ${access_token/* NAME */.o_} Platform.`);
    }
    context.info(`Exchanged the job's GitHub ID token for a ${access_token/* NAME */.o_} access token (OIDC integration "${oidc.provider}"${project ? `, project "${project}" from ${PROJECT_ENV}` : ''}).`);
    return {
        token,
        claims: (0,access_token/* readTokenClaims */.v4)(token),
        shortLived: true,
        renew: `re-run the job; if it keeps failing, check the "${oidc.provider}" OIDC integration and its identity mapping on this platform`
    };
}
function refusal(context, provider, project, claimLines) {
    return ({ response, body }) => {
        // The platform's own words that it knows no integration of that name ("Provider 'github' not
        // found", answered with 404): the oidc-provider input is then the likeliest cause, and named
        // first with its value; the others stay, after it, since JFrog documents no status per cause.
        const unknownProvider = response.status === 404 && /\bprovider\b.*\bnot found\b/i.test((0,endpoint/* documentedErrorText */.iL)(body));
        return {
            headline: unknownProvider
                ? `the platform knows no OIDC integration named "${provider}" (the oidc-provider input), so it did not exchange the job's GitHub ID token${project ? ` (project "${project}")` : ''}`
                : `the platform refused to exchange the job's GitHub ID token (OIDC integration "${provider}"${project ? `, project "${project}"` : ''})`,
            causes: [
                unknownProvider
                    ? `oidc-provider is "${provider}", which names no OIDC integration on ${context.plan.url} (Administration > General Management > Manage Integrations lists them, and oidc-provider must be one's name exactly), or names one whose provider type is not GitHub`
                    : `no OIDC integration named "${provider}" exists on ${context.plan.url} (Administration > General Management > Manage Integrations), or its provider type is not GitHub`,
                "no identity mapping of the integration matches this job's claims (below): a mapping on repository, ref or environment that names another branch or environment",
                project
                    ? `the mapping that should match belongs to another project than "${project}" (${PROJECT_ENV}), or ${PROJECT_ENV} names no project of this platform`
                    : `the mapping that should match is scoped to a project: it is matched only when the exchange names that project (set ${PROJECT_ENV} to its key)`,
                "the integration's audience differs from the ID token's aud (set oidc-audience to the integration's audience)",
                "the integration's issuer URL is not https://token.actions.githubusercontent.com (or your GitHub Enterprise Server's)"
            ],
            fix: unknownProvider
                ? `set oidc-provider (now "${provider}") to the name of the OIDC integration this repository is mapped in, or create a GitHub integration of that name; then check its identity mapping against the claims below.`
                : 'fix the integration or its identity mapping to match the claims below, or set oidc-provider / oidc-audience to the integration this repository is mapped in.',
            trailer: claimLines
        };
    };
}

// EXTERNAL MODULE: ./src/core/sanitize.ts
var sanitize = __webpack_require__(9528);
// EXTERNAL MODULE: ./src/core/spelling.ts
var spelling = __webpack_require__(8257);
;// CONCATENATED MODULE: ./src/vendors/jfrog/required-scopes.ts
/**
 * required-permissions names scopes of the token (its `scp` claim, one entry per item of a scope
 * that lists groups, roles or actions). JFrog's scopes are not a list but a grammar, so a name the
 * grammar cannot produce is refused before any request, naming the input and the scope it was
 * likely meant to be; anything the grammar can produce is left to the gate, which says whether the
 * token holds it.
 *
 * The grammar, from JFrog's Access Tokens REST API ("Create Token", `scope`) and the scopes its
 * platforms issue:
 * - `applied-permissions/user`, `applied-permissions/admin`,
 *   `applied-permissions/groups:<group>[,<group>…]` (`*`: every group of the user) and, with
 *   projects, `applied-permissions/roles:<project>:<role>[,<role>…]`: the four kinds JFrog
 *   documents under `applied-permissions/`;
 * - `<type>:<…>`: `system:metrics:r`, `system:livelogs:r` (and the other `system:` permissions),
 *   resource permissions such as `artifact:<repository>:r` (Artifactory 7.38 and later), and what
 *   older platforms add or issue: `api:*`, `member-of-groups:<group>`, `jfrt@<id>:admin`.
 * Every scope is one of these shapes: none is a bare word. What follows a `<type>:` is not checked,
 * as JFrog adds resource and system types over time, nor what follows a group or role kind (JFrog's
 * own pages also write `applied-permissions/groups`, and `applied-permissions/group`, bare). A new
 * kind under `applied-permissions/` would be refused here until it is added to the four above.
 */




const APPLIED = 'applied-permissions/';
const APPLIED_PERMISSIONS = /^applied-permissions\/(?:user|admin|(?:groups?|roles)(?::.*)?)$/i;
/**
 * `<type>:<…>`, the type a word without `/` (`system`, `artifact`, `api`, `jfrt@<id>`), but never
 * `applied-permissions`, whose kinds follow a `/` (`applied-permissions:user` is a misspelling).
 */
const TYPED_PERMISSION = /^(?!applied-permissions:)[^\s:/]+:\S/i;
const FORMS = [
    `${APPLIED}user`,
    `${APPLIED}admin`,
    `${APPLIED}groups:<group>`,
    `${APPLIED}roles:<project>:<role>`,
    '<type>:<target>:<actions> (such as system:metrics:r)'
];
/** Whether a JFrog platform can put this scope in a token (one group per entry, as reported). */
function isScopeForm(scope) {
    return APPLIED_PERMISSIONS.test(scope) || TYPED_PERMISSION.test(scope);
}
/** Refuses required-permissions entries that no JFrog scope can be, naming the likely one. */
;
/**
 * The scope a name that is none was likely meant to be: a misspelt `applied-permissions/…`, or a
 * bare word: `user` or `admin`, else a group (a group scope split at its commas leaves its later
 * groups bare: `applied-permissions/groups:readers,deployers`).
 */
function likelyScope(scope) {
    const bare = !/[:/]/.test(scope);
    if (bare) {
        const kind = scope.toLowerCase();
        if (kind === 'user' || kind === 'admin')
            return `${APPLIED}${kind}`;
        // One letter is rather an action split off `system:metrics:r,w` than a group.
        return scope.length > 1 ? `${APPLIED}groups:${scope}, if it names a group` : undefined;
    }
    const rest = scope.slice(scope.indexOf(':') + 1);
    const candidates = [
        `${APPLIED}user`,
        `${APPLIED}admin`,
        ...(scope.includes(':') && rest ? [`${APPLIED}groups:${rest}`, `${APPLIED}roles:${rest}`] : [])
    ];
    return (0,spelling/* closestName */.N)(scope, candidates);
}

// EXTERNAL MODULE: ./src/core/identity.ts
var identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
;// CONCATENATED MODULE: ./src/vendors/jfrog/xray.ts




const VERSION_PATH = '/xray/api/v1/system/version';
;
/** The user and scopes the token names; permissions stay unreported when it states no scopes. */
;
;
;
function tokenRejected(context, { claims, renew }) {
    return {
        headline: 'the access token was rejected',
        causes: [
            ...((0,access_token/* reachesXray */.sb)(claims.audience)
                ? []
                : [
                    `the token is limited to other services (its aud claim: ${claims.audience.join(' ')}), not Xray (jfxr@*)`
                ]),
            'the token was revoked, or has expired',
            `the token belongs to another JFrog Platform than the url input (${context.plan.url})`,
            'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
        ],
        fix: `${renew}, or set url to the platform that issued it.`
    };
}
function xrayForbidden({ claims }) {
    return {
        headline: 'the access token is valid but may not use Xray',
        causes: [
            `the token's user${claims.username ? ` (${claims.username})` : ''} lacks Xray permissions on this platform`,
            ...(claims.scopes ? [`the token's scopes (${claims.scopes.join(' ')}) leave Xray out`] : []),
            'Xray is not part of this subscription'
        ],
        fix: 'ask a JFrog Platform administrator for Xray access for the user, or create a token whose scope includes it.'
    };
}
;

;// CONCATENATED MODULE: ./src/vendors/jfrog/index.ts





const jfrog = {
    id: 'jfrog',
    name: access_token/* NAME */.o_,
    location: { urlExample: 'https://acme.jfrog.io' },
    modes: [{ id: 'access-token', inputs: ['api-token'] }],
    urlEnv: ['JF_URL'],
    credentialEnv: { 'api-token': ['JF_ACCESS_TOKEN'] },
    roles: {
        kind: 'none',
        reason: "an access token carries scopes, not roles (its scp claim, reported as permissions). Use required-permissions with the token's scope instead, e.g. applied-permissions/user."
    },
    // An admin-scoped token administers the whole platform; a scan needs only its user's permissions.
    permissions: {
        kind: 'reported',
        administrative: {
            names: ['applied-permissions/admin'],
            narrower: 'the user (applied-permissions/user) or to the groups the scan needs'
        }
    },
    // JFrog documents no audience of its own: GitHub's default, unless the integration sets one.
    oidc: {},
    validate: ((plan) => {
        checkPlatformUrl(plan);
        refuseImpossibleScopes(plan);
        if (!plan.oidc)
            return (0,access_token/* checkAccessToken */.el)(plan);
        oidcProjectKey();
        return [];
    }),
    async login(context) {
        const credential = context.plan.oidc
            ? await exchangeGitHubIdToken(context)
            : (0,access_token/* givenAccessToken */.Pz)(context.plan);
        return verifyAtXray(context, credential);
    },
    // Loaded only when used: a check without mint-token never parses the minting code.
    mint: async (context, login) => (await __webpack_require__.e(/* import() */ 178).then(__webpack_require__.bind(__webpack_require__, 9178))).mintAccessToken(context, login),
    logout: async (context, saved) => (await __webpack_require__.e(/* import() */ 178).then(__webpack_require__.bind(__webpack_require__, 9178))).revokeMintedToken(context, saved)
};
/** The platform URL is the root every service hangs under; a service's own path is not it. */
;


/***/ })

};
;