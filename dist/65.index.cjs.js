"use strict";
exports.id = 65;
exports.ids = [65];
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

/***/ 9065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var apiKeyClient=(function (apiKey) {
    const azp = (0,jwt/* looksLikeJwt */.bt)(apiKey) ? (0,jwt/* decodeJwtClaims */.dG)(apiKey)?.azp : undefined;
    return typeof azp === 'string' && azp.trim() !== '' ? azp.trim() : API_KEY_CLIENT;
});var iamBaseFor=(function (apiUrl) {
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
});var issuerOf=(function (apiKey) {
    if (!(0,jwt/* looksLikeJwt */.bt)(apiKey))
        return undefined;
    const claims = (0,jwt/* decodeJwtClaims */.dG)(apiKey);
    const audiences = Array.isArray(claims?.aud) ? claims.aud : [claims?.aud];
    for (const claim of [...audiences, claims?.iss]) {
        const realm = typeof claim === 'string' ? realmUrl(claim) : undefined;
        if (realm)
            return realm;
    }
    return undefined;
});var realmUrl=(function (claim) {
    const match = /^(https?:\/\/[^/?#]+)(?:\/[^?#]*)?\/auth\/realms\/([^/?#]+)$/i.exec(claim.trim());
    if (!match)
        return undefined;
    try {
        return { origin: new URL(match[1]).origin, realm: decodeURIComponent(match[2]).toLowerCase() };
    }
    catch {
        return undefined;
    }
});var locate=(function (plan) {
    const iam = iamBaseFor(plan.url);
    const warnings = [];
    // Checkmarx's CLI lower-cases the tenant before building the realm URL (`addTenantAuthURI`), and
    // Keycloak looks realms up case-sensitively: `tenant: Acme` must reach realm `acme` here too.
    const given = plan.options.tenant ?? '';
    if (given)
        checkRealmName(given, 'The tenant input');
    const tenantInput = given.toLowerCase();
    const fromEnv = plan.optionsFromEnv?.tenant !== undefined;
    const givenTenant = () => ({
        iam,
        tenant: tenantInput,
        tenantSource: fromEnv ? 'CX_TENANT' : 'tenant input',
        warnings
    });
    if (plan.authMode === 'oauth-client') {
        if (!tenantInput) {
            throw new failure/* ActionFailure */.dR([
                `The tenant input is required with a ${NAME} OAuth client (client-id and client-secret): the client belongs to one tenant, whose realm issues its token.`,
                'Fix: set tenant (or CX_TENANT) to the tenant name shown in the Checkmarx One console (the name in its login URL), e.g. tenant: acme.'
            ].join('\n'));
        }
        return givenTenant();
    }
    const apiKey = plan.credentials['api-key'] ?? '';
    warnings.push(...apiKeyWarnings(apiKey));
    const issuer = issuerOf(apiKey);
    if (issuer)
        checkIssuer(plan, issuer.origin, iam);
    // A CX_TENANT of the job (an earlier step of this action exports it) that names another tenant
    // than the key's own realm belongs to another key: the key can only be exchanged at its realm.
    if (tenantInput && fromEnv && issuer && issuer.realm !== tenantInput) {
        checkRealmName(issuer.realm, "The API key's issuer");
        warnings.push(`CX_TENANT names the tenant "${tenantInput}", but the api-key belongs to "${issuer.realm}", so the key's own tenant is used (the tenant input is empty; an earlier step of the job may have exported CX_TENANT).`);
        return { iam, tenant: issuer.realm, tenantSource: "API key's issuer", warnings };
    }
    if (tenantInput && issuer && issuer.realm !== tenantInput) {
        // The contract lets the input override the key's realm, but Keycloak exchanges a key only at
        // the realm that issued it: say so before the refusal, whose words point at the key instead.
        warnings.push(`The tenant input is "${tenantInput}", but the api-key belongs to the tenant "${(0,parse/* text */.Qq)(issuer.realm).slice(0, 80)}" (its realm claim), and ${NAME} exchanges a key only at its own tenant, so expect it to be refused. Fix: remove the tenant input (the key names its tenant itself), or use an API key of ${tenantInput}.`);
    }
    if (tenantInput)
        return givenTenant();
    if (!issuer && !(0,jwt/* looksLikeJwt */.bt)(apiKey)) {
        // Every Checkmarx One API key is a JWT that names its tenant: a value that is not one is a
        // wrongly copied secret far more often than a key that needs the tenant input.
        throw new failure/* ActionFailure */.dR([
            `The api-key input does not look like a ${NAME} API key, which is a JWT (three dot-separated parts beginning "eyJ") that names its tenant, so nothing was sent.`,
            'Fix: copy the whole key from Identity and Access Management > API Keys into the secret behind api-key (or CX_APIKEY), without quotes or spaces around it.'
        ].join('\n'));
    }
    if (!issuer) {
        throw new failure/* ActionFailure */.dR([
            `The tenant input is required here: the api-key names no ${NAME} tenant (neither its "aud" nor its "iss" claim is an IAM realm URL).`,
            'Fix: set tenant (or CX_TENANT) to the tenant name, and check that api-key holds a Checkmarx One API key.'
        ].join('\n'));
    }
    checkRealmName(issuer.realm, "The API key's issuer");
    return { iam, tenant: issuer.realm, tenantSource: "API key's issuer", warnings };
});var apiKeyWarnings=(function (apiKey) {
    if (!(0,jwt/* looksLikeJwt */.bt)(apiKey)) {
        return [
            `The api-key input does not look like a ${NAME} API key, which is a JWT (three dot-separated parts beginning "eyJ"). Check that the secret holds the whole key from Identity and Access Management > API Keys.`
        ];
    }
    if ((0,jwt/* decodeJwtClaims */.dG)(apiKey)?.typ === 'Bearer') {
        return [
            `The api-key input holds a ${NAME} access token (valid for minutes), not an API key: the exchange will likely be refused. Generate an API key under Identity and Access Management > API Keys.`
        ];
    }
    return [];
});var checkIssuer=(function (plan, issuerOrigin, iam) {
    const expected = new URL(iam).origin;
    if (issuerOrigin === expected)
        return;
    const region = regionOfApiKey(plan.credentials);
    const chosen = plan.region ? `region ${plan.region} (${plan.url})` : `the url input (${plan.url})`;
    throw new failure/* ActionFailure */.dR([
        `${NAME}: the api-key was issued by ${issuerOrigin}, but this step uses ${chosen}, whose IAM is ${expected}. The key is only ever sent to the IAM of the url or region the step chose, so nothing was sent.`,
        region
            ? `Fix: remove the url and region inputs (the key selects region ${region} by itself), or set region: ${region}.`
            : `Fix: set url to the ${NAME} server the key belongs to (for ${issuerOrigin}, its API URL${/\/\/(?:[a-z0-9-]+\.)?iam\./i.test(issuerOrigin) ? `, ${issuerOrigin.replace(/iam\./i, 'ast.')}` : ''}), or use a key created there.`
    ].join('\n'));
});var checkRealmName=(function (tenant, what) {
    if (tenant === '.' || tenant === '..' || !/^[A-Za-z0-9._~-]{1,255}$/.test(tenant)) {
        throw new failure/* ActionFailure */.dR(`${what} names the tenant "${(0,parse/* text */.Qq)(tenant).slice(0, 80)}", which is not a ${NAME} tenant name (letters, digits, ".", "_", "~" and "-" only), e.g. tenant: acme.`);
    }
});var tokenMeanings=(function (context, target) {
    return {
        400: ((answer) => badGrant(context, target, answer)),
        401: (() => clientRejected(context, target)),
        404: ((answer) => unknownRealm(target, answer))
    };
});var exchangeAndVerify=(async function (context, target) {
    const { plan } = context;
    const realm = `/auth/realms/${encodeURIComponent(target.tenant)}/protocol/openid-connect`;
    const tenantNote = (0,kit_endpoint/* note */.N4)('Tenant', `${target.tenant} (from the ${target.tenantSource})`);
    const trailer = [`${tenantNote.label}: ${tenantNote.value}`, `IAM: ${target.iam}`];
    const issued = await exchange(context, target, realm, trailer);
    const { identity, fromClaims } = await userinfo(context, target, realm, issued, trailer);
    const notes = [
        tenantNote,
        (0,kit_endpoint/* note */.N4)('IAM', target.iam),
        ...(fromClaims ? [CLAIMS_NOTE] : []),
        ...apiUrlNote(plan, issued.claims)
    ];
    for (const n of notes)
        context.info(`${n.label}: ${n.value}`);
    const keyExpiresAt = apiKeyExpiry(plan);
    return {
        identity,
        authHeader: `Authorization: Bearer ${issued.token}`,
        token: issued.token,
        ...(issued.expiresAt ? { expiresAt: issued.expiresAt } : {}),
        ...(keyExpiresAt ? { credentialExpiresAt: keyExpiresAt } : {}),
        env: exportedEnv(plan, target),
        notes
    };
});var grantForm=(function (plan) {
    if (plan.authMode === 'api-key') {
        return {
            grant_type: 'refresh_token',
            client_id: apiKeyClient(plan.credentials['api-key']),
            refresh_token: plan.credentials['api-key']
        };
    }
    return {
        grant_type: 'client_credentials',
        client_id: plan.credentials['client-id'],
        client_secret: plan.credentials['client-secret'],
        // Keycloak's userinfo answers 403 to a token without the openid scope; a client's default
        // scopes need not include it, and asking for it is always allowed.
        scope: 'openid'
    };
});var exchange=(async function (context, target, realm, trailer) {
    const { response, body } = await (0,kit_endpoint/* call */.T1)(context, {
        method: 'POST',
        path: `${realm}/token`,
        form: grantForm(context.plan),
        // Not `creates`, although it issues a token: both grants here are repeatable. An API key is an
        // offline token that Keycloak does not rotate or use up on a refresh (Checkmarx's CLI re-sends
        // the same key for every access token, and retries this POST four times on 5xx), and a client
        // credentials grant holds no single-use secret. Sending it again after a 502 or a timeout at
        // most leaves an unused access token behind, so it is retried like a read.
        issuesCredentials: true,
        meanings: tokenMeanings(context, target),
        trailer
    });
    const token = (0,token_answer/* issuedBearerToken */.Q)(context, body.access_token, `the access_token from ${response.endpoint}`);
    const claims = (0,jwt/* decodeJwtClaims */.dG)(token) ?? {};
    const expiresIn = body.expires_in;
    const expiresAt = typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
        ? (0,expiry/* isoSeconds */.nE)(Date.now() + expiresIn * 1000)
        : (0,jwt/* jwtExpiry */.lo)(claims);
    return { token, claims, expiresAt };
});var userinfo=(async function (context, target, realm, issued, trailer) {
    const endpoint = {
        method: 'GET',
        path: `${realm}/userinfo`,
        headers: { authorization: `Bearer ${issued.token}` },
        meanings: USERINFO_MEANINGS,
        trailer
    };
    const { response, body } = await (0,kit_endpoint/* send */.tN)(context, endpoint);
    const fromClaims = response.status === 403 && insufficientScope(response, body);
    const ok = response.status >= 200 && response.status < 300 && (0,parse/* isObject */.Gv)(body);
    if (!ok && !fromClaims)
        throw (0,kit_endpoint/* explainAnswer */.iJ)(context, endpoint, response, body);
    const user = fromClaims ? issued.claims : body;
    const identity = identityFrom(user, issued.claims, target.tenant);
    (0,kit_endpoint/* requireNamedUser */.Y8)(context, identity, response, trailer);
    const claimedSub = (0,parse/* text */.Qq)(issued.claims.sub);
    if (claimedSub && identity.userId && claimedSub !== identity.userId) {
        throw new failure/* ActionFailure */.dR([
            `${NAME}: userinfo named another subject (${identity.userId}) than the access token it was sent (${claimedSub}), so the identity cannot be trusted.`,
            'Fix: check that nothing between the runner and the IAM (a proxy or gateway) rewrites its answers.',
            ...trailer
        ].join('\n'));
    }
    return { identity, fromClaims };
});var identityFrom=(function (user, claims, tenant) {
    const given = (0,parse/* firstText */.ou)(user, ['given_name']);
    const family = (0,parse/* firstText */.ou)(user, ['family_name']);
    const realmAccess = (0,parse/* isObject */.Gv)(claims.realm_access) ? claims.realm_access : undefined;
    const roleValue = (0,parse/* firstPresent */.IT)(claims, ['roles']) ?? (0,parse/* firstPresent */.IT)(realmAccess, ['roles']);
    return {
        userId: (0,parse/* firstText */.ou)(user, ['sub']),
        username: (0,parse/* firstText */.ou)(user, ['preferred_username']) || (0,parse/* firstText */.ou)(claims, ['preferred_username']),
        displayName: (0,parse/* firstText */.ou)(user, ['name']) || [given, family].filter(Boolean).join(' '),
        email: (0,parse/* firstText */.ou)(user, ['email']),
        roles: roleValue === undefined ? undefined : (0,parse/* names */.Dy)(roleValue),
        permissions: claims.roles_ast === undefined ? undefined : (0,parse/* names */.Dy)(claims.roles_ast),
        organization: (0,parse/* firstText */.ou)(claims, ['tenant_name']) || tenant
    };
});var apiUrlNote=(function (plan, claims) {
    const astBaseUrl = (0,parse/* firstText */.ou)(claims, ['ast-base-url']);
    if (!astBaseUrl || sameOrigin(astBaseUrl, plan.url) !== false)
        return [];
    return [
        (0,kit_endpoint/* note */.N4)('API URL', `the token names ${astBaseUrl} as the tenant's API, but this step exports ${plan.url} as CX_BASE_URI; set url or region to match if later steps fail`)
    ];
});var sameOrigin=(function (a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return undefined;
    }
});var exportedEnv=(function (plan, target) {
    const env = {
        CX_BASE_URI: plan.url,
        CX_BASE_AUTH_URI: target.iam,
        CX_TENANT: target.tenant
    };
    if (plan.authMode === 'api-key')
        env.CX_APIKEY = plan.credentials['api-key'];
    else {
        env.CX_CLIENT_ID = plan.credentials['client-id'];
        env.CX_CLIENT_SECRET = plan.credentials['client-secret'];
    }
    return env;
});var apiKeyExpiry=(function (plan) {
    if (plan.authMode !== 'api-key')
        return undefined;
    return (0,jwt/* jwtExpiry */.lo)((0,jwt/* decodeJwtClaims */.dG)(plan.credentials['api-key']) ?? {});
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkmarxOne: (() => (/* binding */ checkmarxOne))
});

// EXTERNAL MODULE: ./src/kit/endpoint.ts
var kit_endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/jwt.ts
var jwt = __webpack_require__(3257);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/kit/token-answer.ts
var token_answer = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/vendors/checkmarx-one/iam.ts
/**
 * Where Checkmarx One's token server (its IAM) is, and which tenant (realm) to ask, decided before
 * any request. The IAM is always derived from the url or region; the API key's own realm claim
 * (`aud`, as Checkmarx's CLI reads it, else `iss`) only names the tenant and, when no url or region
 * is given, picks the region. A key whose realm is on another server than that IAM is refused,
 * since its claims are not verified.
 */



const NAME = 'Checkmarx One';
/**
 * The client Checkmarx's CLI exchanges an API key with when the key names none: the CLI sends the
 * key's own `azp` claim (`ide-integration` for keys stored by `cx auth login`), and Keycloak refuses
 * a refresh token presented by another client than the one it was issued to.
 */
const API_KEY_CLIENT = 'ast-app';
/** The client an API key was issued to (its `azp` claim), else `ast-app`. */
;
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
/**
 * The IAM that serves a Checkmarx One API URL: `ast.` → `iam.`, `<region>.ast.` → `<region>.iam.`
 * (no path); any other host serves both, so it is the url itself (the sandbox, a private install).
 */
;
/**
 * `{iam}/auth/realms/{tenant}` from a key's `aud` claim (the one Checkmarx's CLI reads, in
 * `GetRealmURL`), else its `iss` (in Keycloak's offline tokens both name the realm); undefined when
 * the key names none. The realm is lower-cased, as the CLI lower-cases the tenant.
 */
;
;
/** The cloud region whose IAM issued the API key, so a key picks its region by itself. */
function regionOfApiKey(credentials) {
    const issuer = issuerOf(credentials['api-key'] ?? '');
    if (!issuer)
        return undefined;
    return Object.entries(REGIONS).find(([, url]) => new URL(iamBaseFor(url)).origin === issuer.origin)?.[0];
}
/** Decides the IAM and the tenant before any request; throws naming the input to change. */
;
/** A key that is not a JWT, or an access token given as a key, is sent all the same, with a word. */
;
/**
 * The key goes only to the IAM of the url or region this step chose. A key whose issuer is another
 * server is refused: its claims are not verified, so following them would let the secret's text
 * decide where the secret is sent (another host, plain http, an internal address).
 */
;
/** A tenant is one realm name in the token URL: one path segment, nothing that changes the URL. */
;

;// CONCATENATED MODULE: ./src/vendors/checkmarx-one/meanings.ts




/** POST {realm}/token. */
;
/** GET {realm}/userinfo, with the token the IAM has just issued. */
const USERINFO_MEANINGS = { 401: tokenRefused, 403: missingScope };
const errorCode = (body) => ((0,parse/* isObject */.Gv)(body) ? (0,parse/* text */.Qq)(body.error) : '');
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
    const apiKey = context.plan.credentials['api-key'] ?? '';
    const claims = (0,jwt/* decodeJwtClaims */.dG)(apiKey) ?? {};
    const expiry = (0,jwt/* jwtExpiry */.lo)(claims);
    return {
        headline: 'the API key was refused (invalid_grant)',
        causes: [
            ...(expiry && Date.parse(expiry) <= Date.now() ? [`the API key expired on ${expiry}`] : []),
            'the API key was revoked or expired in Identity and Access Management > API Keys, or its user was disabled or removed (the key is an offline session, which ends with them)',
            ...(target.tenantSource === "API key's issuer"
                ? []
                : [
                    `the key belongs to another tenant than the ${target.tenantSource === 'CX_TENANT' ? 'CX_TENANT variable' : 'tenant input'} "${target.tenant}" (${target.tenantSource === 'CX_TENANT' ? 'unset it' : 'leave tenant empty'}: the key names its own)`
                ]),
            `the api-key holds something else than an API key: an access token, or a key issued to another client than ${apiKeyClient(apiKey)}`,
            IP_ALLOW_LIST
        ],
        fix: 'generate a new API key under Identity and Access Management > API Keys and store it in the secret behind the api-key input (or CX_APIKEY).'
    };
}
function clientRejected(context, target) {
    if (context.plan.authMode === 'api-key') {
        return {
            headline: `the IAM refused the ${apiKeyClient(context.plan.credentials['api-key'] ?? '')} client used to exchange API keys`,
            causes: [IP_ALLOW_LIST, ...(0,kit_endpoint/* regionCause */.__)(context)],
            fix: 'check the region or url input and the tenant IP allow-list.'
        };
    }
    return {
        headline: 'the OAuth client was rejected',
        causes: [
            'the client-secret is wrong or was regenerated',
            `the client-id names no client in tenant "${target.tenant}"`,
            ...(0,kit_endpoint/* regionCause */.__)(context),
            IP_ALLOW_LIST
        ],
        fix: `copy the client id and secret from Identity and Access Management > OAuth Clients into client-id and client-secret (or CX_CLIENT_ID / CX_CLIENT_SECRET), and check the tenant input (${target.tenant}).`
    };
}
function unknownRealm(target, { body }) {
    const words = (0,parse/* isObject */.Gv)(body) ? `${(0,parse/* text */.Qq)(body.error)} ${(0,parse/* text */.Qq)(body.error_description)}` : '';
    if (!/realm/i.test(words))
        return undefined;
    return {
        headline: `the tenant "${target.tenant}" does not exist at this IAM`,
        causes: [
            target.tenantSource === "API key's issuer"
                ? "the API key's tenant was deleted or renamed"
                : `the ${target.tenantSource === 'CX_TENANT' ? 'CX_TENANT variable' : 'tenant input'} is misspelled (it is the tenant name in the console login URL)`,
            `the tenant is in another ${NAME} region than ${target.iam}`
        ],
        // Name only where the tenant came from: a key's own tenant is no input the user can correct,
        // and a tenant input that differs from the key's realm is refused by the IAM (invalid_grant).
        fix: target.tenantSource === "API key's issuer"
            ? 'generate a new API key under Identity and Access Management > API Keys in the tenant the pipeline uses, and store it in the secret behind the api-key input (or CX_APIKEY); check the region or url input if either is set.'
            : `check the ${target.tenantSource === 'CX_TENANT' ? 'CX_TENANT variable' : 'tenant input'} and the region or url input.`
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

;// CONCATENATED MODULE: ./src/vendors/checkmarx-one/exchange.ts
/**
 * Checkmarx One's two requests, both to the realm of the tenant: the token exchange (the API key
 * as a refresh token, or the OAuth client's credentials), then userinfo with the token it issued.
 * Every failure of either names the tenant and the IAM it used. A token without the openid scope
 * gets 403 from userinfo (Keycloak 20+): the identity is then read from the token's own claims.
 */








/** Exchanges the credentials for a token, verifies who it names, and builds the login result. */
;
/** The token request's form: the API key as a refresh token, or the client's credentials. */
;
/**
 * POST {realm}/token. Only the access token is read: checked against its grammar, then masked. The
 * refresh_token and id_token the IAM adds are never read, masked or quoted (kit/token-answer.ts).
 */
;
const CLAIMS_NOTE = (0,kit_endpoint/* note */.N4)('Identity', "read from the access token's own claims: userinfo answered 403 insufficient_scope (the token has no openid scope)");
/**
 * GET {realm}/userinfo with the token just issued: it names the user, and must name the subject
 * the token was issued to. Keycloak 20+ answers 403 `insufficient_scope` to a token without the
 * openid scope (an API key or client created without it); that token came straight from the IAM
 * over this step's connection, so its own claims name the identity instead.
 */
;
/** Keycloak's 403 for a token without the openid scope, in its body or its WWW-Authenticate. */
function insufficientScope(response, body) {
    if ((0,parse/* isObject */.Gv)(body) && (0,parse/* text */.Qq)(body.error) === 'insufficient_scope')
        return true;
    const challenge = response.headers['www-authenticate'];
    return /error="?insufficient_scope/i.test(String(challenge ?? ''));
}
/**
 * userinfo (or, without it, the token's claims) names the user; the access token's claims carry the
 * roles and the tenant's name, and `roles_ast` the permission names Checkmarx's CLI checks.
 */
;
/** A word when the token names another API than the one this step exports. */
;
;
/** The variables Checkmarx's CLI reads, with the credentials of the mode used. */
;
/** An API key created with an expiry date carries it as `exp`; the shared flow warns before it. */
;

;// CONCATENATED MODULE: ./src/vendors/checkmarx-one/index.ts
/**
 * Checkmarx One: its IAM is Keycloak. A token from the realm of the tenant, then the realm's
 * userinfo with that token (2 requests):
 *
 * - api-key: the API key is an offline refresh token (a JWT), exchanged with
 *   `grant_type=refresh_token` and, as Checkmarx's CLI does, the client the key was issued to (its
 *   `azp` claim: `ide-integration` for keys from `cx auth login`), `ast-app` when it names none;
 * - oauth-client: `grant_type=client_credentials` with the client's id and secret.
 *
 * Where the token server is. The API key's own realm claim (`aud`, the one Checkmarx's CLI reads,
 * else `iss`) is `{iam}/auth/realms/{tenant}`; as in the CLI it names the tenant (lower-cased) and,
 * when no url or region is given, picks the region. The key is never sent to a server that only the
 * key names, though (a key is user-supplied text, and its claims are not verified): the IAM is
 * always derived from the url or region (a host beginning `ast.` or `<region>.ast.` maps to the same
 * name with `iam`; any other host serves both), and a key whose realm is not at that IAM's origin
 * (scheme, host and port) is refused before any request.
 *
 * Sources: shared vendor notes §2.2 "4. Checkmarx One" (token endpoint, grants, regions, CLI env
 * names). Keycloak's standard answers (userinfo, `invalid_grant`, 404 for an unknown realm,
 * `invalid_client` / `unauthorized_client`) are assumed: no Checkmarx recording shows them. Roles
 * are read from the access token's claims (decoded, not verified: it came straight from the IAM over
 * the connection this action opened), and so are the permission names, from `roles_ast`, the claim
 * Checkmarx's CLI checks them in (ast-cli `internal/wrappers/jwt-helper.go`); no Checkmarx document
 * lists those claims.
 *
 * Where the IAM is and which tenant: ./iam.ts; the two requests: ./exchange.ts; what the IAM's
 * answers mean: ./meanings.ts.
 */



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
    urlEnv: ['CX_BASE_URI'],
    // ast-cli logs in with CX_APIKEY whenever it is set, before the client id and secret
    // (Checkmarx/ast-cli internal/wrappers/client.go, configureClientCredentialsAndGetNewToken).
    toolsReadFirst: { CX_CLIENT_ID: ['CX_APIKEY'] },
    credentialEnv: {
        'api-key': ['CX_APIKEY'],
        'client-id': ['CX_CLIENT_ID'],
        'client-secret': ['CX_CLIENT_SECRET']
    },
    options: [{ input: 'tenant', env: ['CX_TENANT'] }],
    // iam-admin manages Checkmarx One's users, groups, roles and clients, so it can grant itself
    // ast-admin: as over-powered for a scan gate as ast-admin itself.
    roles: {
        kind: 'names',
        administrative: { names: ['ast-admin', 'iam-admin'], narrower: 'ast-scanner' }
    },
    // No `known` list: Checkmarx publishes none of the names roles_ast carries, and its permissions
    // grow with its products, so an unknown name is left to the gate ("lacks"); see the README.
    permissions: { kind: 'reported' },
    validate: ((plan) => locate(plan).warnings),
    async login(context) {
        const target = locate(context.plan);
        return (0,kit_endpoint/* atBaseUrl */.y$)(context, target.iam, ((iam) => exchangeAndVerify(iam, target)));
    }
};


/***/ })

};
;