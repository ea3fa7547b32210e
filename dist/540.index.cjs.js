"use strict";
exports.id = 540;
exports.ids = [540];
exports.modules = {

/***/ 1540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var refuseUiPermissionNames=(function (plan) {
    const uiNames = plan.requiredPermissions.filter((name) => apiPermission(name) !== undefined);
    if (!uiNames.length)
        return;
    const corrected = [
        ...new Set(plan.requiredPermissions.map((name) => apiPermission(name) ?? name.trim()))
    ];
    throw new failure/* ActionFailure */.dR([
        'The required-permissions input names SonarQube permissions by their UI names; SonarQube reports them by their API names, which required-permissions must use:',
        ...uiNames.map((name) => `  - "${name.trim()}" is ${apiPermission(name)}`),
        `Fix: write required-permissions: ${corrected.join(', ')}`
    ].join('\n'));
});var refuseUiPermissionRoles=(function (plan, identity) {
    const groups = new Set((identity.roles ?? []).map(core_identity/* fold */.AU));
    const isUiName = (name) => apiPermission(name) !== undefined && !groups.has((0,core_identity/* fold */.AU)(name));
    const lines = [];
    const fixes = [];
    const permissionsToAdd = [];
    for (const [input, listed] of [
        ['required-roles', plan.requiredRoles],
        ['allowed-roles', plan.allowedRoles]
    ]) {
        const uiNames = listed.filter(isUiName);
        if (!uiNames.length)
            continue;
        lines.push(`The ${input} input names SonarQube permissions by their UI names (and the token holds no group so named); SonarQube reports them by their API names:`);
        for (const name of uiNames) {
            const api = apiPermission(name);
            lines.push(api === 'admin'
                ? `  - "${name.trim()}" is admin`
                : input === 'required-roles'
                    ? `  - "${name.trim()}" is ${api}, a permission and not a role: require it with required-permissions`
                    : `  - "${name.trim()}" is ${api}, a permission and not a role, which allowed-roles never meets: leave it out`);
            if (input === 'required-roles' && api !== 'admin')
                permissionsToAdd.push(api);
        }
        const corrected = [
            ...new Set(listed.flatMap((name) => {
                if (!isUiName(name))
                    return [name.trim()];
                return apiPermission(name) === 'admin' ? ['admin'] : [];
            }))
        ];
        fixes.push(corrected.length ? `write ${input}: ${corrected.join(', ')}` : `remove ${input}`);
    }
    if (!lines.length)
        return;
    if (permissionsToAdd.length) {
        const permissions = [
            ...new Set([...plan.requiredPermissions.map((p) => p.trim()), ...permissionsToAdd])
        ];
        fixes.push(`write required-permissions: ${permissions.join(', ')}`);
    }
    throw new failure/* ActionFailure */.dR([...lines, `Fix: ${fixes.join('; ')}`].join('\n'));
});var verifyToken=(async function (context, token) {
    const server = !(0,sonarqube_scheme/* isSonarCloud */.Rk)(context.plan.url);
    const bearer = await attempt(context, token, 'bearer', !server);
    if (bearer)
        return bearer;
    context.info(`SonarQube refused or ignored the token as Bearer: sending it as ${sonarqube_scheme/* SCHEME_WORDS */.m6.basic}, which SonarQube Server before 10.0 requires.`);
    return (await attempt(context, token, 'basic', true));
});var attempt=(async function (context, token, scheme, final) {
    const value = (0,sonarqube_scheme/* authorization */.it)(token, scheme);
    (0,sonarqube_scheme/* maskAuthorization */.e3)(context.mask, value);
    const headers = { authorization: value };
    const rejectedHere = () => rejected(context, scheme);
    // users/current alone would also refuse a bad token (401, empty body), so validate adds no
    // proof. It is kept because the contract names it, and because its {"valid":false} is
    // SonarQube's own verdict on the token, where a bare 401 could also come from a proxy.
    const validated = await judged(context, {
        method: 'GET',
        path: VALIDATE_PATH,
        headers,
        meanings: {
            401: rejectedHere,
            200: ({ body }) => (0,parse/* isObject */.Gv)(body) && (0,parse/* bool */.lc)(body.valid) === false ? rejectedHere() : undefined
        },
        errorText: words/* sonarErrorText */.Pl
    }, ((body) => (0,parse/* bool */.lc)(body.valid) === true), (body) => (0,parse/* bool */.lc)(body.valid) === false, final);
    if (!validated)
        return undefined;
    const current = await judged(context, {
        method: 'GET',
        path: CURRENT_USER_PATH,
        headers,
        meanings: {
            401: rejectedHere,
            200: ({ body }) => (0,parse/* isObject */.Gv)(body) && (0,parse/* bool */.lc)(body.isLoggedIn) === false ? anonymous(context, scheme) : undefined
        },
        errorText: words/* sonarErrorText */.Pl
    }, 
    // An anonymous answer is never the token's identity, whatever else it holds.
    ((body) => (0,parse/* bool */.lc)(body.isLoggedIn) !== false), (body) => (0,parse/* bool */.lc)(body.isLoggedIn) === false, final);
    if (!current)
        return undefined;
    const identity = parseIdentity(current.body, (0,words/* tokenType */.Wz)(token));
    (0,kit_endpoint/* requireNamedUser */.Y8)(context, identity, current.response);
    return { identity, response: current.response, scheme, authorization: value };
});var judged=(async function (context, endpoint, isSuccess, refused, final) {
    if (final)
        return (0,kit_endpoint/* call */.T1)(context, endpoint, isSuccess);
    const { response, body } = await (0,kit_endpoint/* send */.tN)(context, endpoint);
    const ok = response.status >= 200 && response.status < 300;
    if (ok && (0,parse/* isObject */.Gv)(body) && isSuccess(body))
        return { response, body };
    if (response.status === 401 || (response.status === 200 && (0,parse/* isObject */.Gv)(body) && refused(body)))
        return undefined;
    throw (0,kit_endpoint/* explainAnswer */.iJ)(context, endpoint, response, body);
});var parseIdentity=(function (body, type) {
    const global = (0,parse/* isObject */.Gv)(body.permissions) ? body.permissions.global : undefined;
    const permissions = Array.isArray(global) ? (0,parse/* names */.Dy)(global) : undefined;
    const groups = (0,parse/* firstPresent */.IT)(body, ['groups']);
    const roles = (0,words/* actsWithoutGroups */._)(type) || groups === undefined
        ? undefined
        : [...(0,parse/* names */.Dy)(groups), ...(permissions ?? []).filter(((p) => p === ADMIN_PERMISSION))];
    return {
        userId: (0,parse/* firstText */.ou)(body, ['id']),
        username: (0,parse/* firstText */.ou)(body, ['login']),
        displayName: (0,parse/* firstText */.ou)(body, ['name']),
        email: (0,parse/* firstText */.ou)(body, ['email']),
        roles,
        permissions,
        organization: ''
    };
});var tokenExpiry=(function (response) {
    const value = response.headers[EXPIRY_HEADER];
    return (0,expiry/* normaliseExpiry */.IY)(Array.isArray(value) ? value[0] : value);
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPIRY_HEADER: () => (/* binding */ EXPIRY_HEADER),
  parseIdentity: () => (/* reexport */ parseIdentity),
  scannerRegionUrl: () => (/* binding */ scannerRegionUrl),
  sonarErrorText: () => (/* reexport */ words/* sonarErrorText */.Pl),
  sonarqube: (() => (/* binding */ sonarqube)),
  tokenExpiry: () => (/* binding */ tokenExpiry),
  tokenType: () => (/* reexport */ words/* tokenType */.Wz)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var kit_endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
;// CONCATENATED MODULE: ./src/vendors/sonarqube/permissions.ts
/**
 * SonarQube names each global permission twice: the UI (Administration > Security > Global
 * Permissions, and SonarQube's "Managing permissions" page) says "Execute Analysis", while
 * `permissions.global` in users/current and the web API's `permission` parameter say `scan`.
 * required-permissions is compared with what users/current reports, so it takes the API names; a UI
 * name is refused before any request, naming the API name to write.
 *
 * Not accepted as a synonym: the permissions output lists API names, and a step that reads it back
 * (or a reviewer comparing it with the workflow) would see a requirement spelled unlike anything the
 * output holds. Sources: docs.sonarsource.com "Managing permissions" (the UI names), the web API's
 * api/permissions/add_user and sonar-web's Permissions enum (the API names).
 */


const GLOBAL_PERMISSIONS = {
    'administer system': 'admin',
    'administer quality gates': 'gateadmin',
    'administer quality profiles': 'profileadmin',
    'execute analysis': 'scan',
    'create projects': 'provisioning',
    'create applications': 'applicationcreator',
    'create portfolios': 'portfoliocreator'
};
/** Every global permission by its API name: what users/current reports, and all it can report. */
const GLOBAL_PERMISSION_NAMES = Object.values(GLOBAL_PERMISSIONS);
/** The API name of a UI name, ignoring case and spacing; undefined for anything else. */
function apiPermission(name) {
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    return Object.hasOwn(GLOBAL_PERMISSIONS, key) ? GLOBAL_PERMISSIONS[key] : undefined;
}
/** Refuses required-permissions given by UI names, saying what to write instead. */
;
/**
 * Refuses required-roles and allowed-roles entries that are a global permission's UI name
 * ("Administer System") and no group the token holds, saying what to write instead. SonarQube's roles
 * here are the groups plus `admin` (verify.ts parseIdentity), so only "Administer System" has a role
 * to be; the other permissions are never roles. Judged after users/current, not before any request:
 * a group may be named like a permission (SonarQube does not forbid it), and such a name is the
 * group's.
 */
;

// EXTERNAL MODULE: ./src/vendors/sonarqube/scheme.ts
var sonarqube_scheme = __webpack_require__(5309);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/vendors/sonarqube/words.ts
var words = __webpack_require__(1);
;// CONCATENATED MODULE: ./src/vendors/sonarqube/verify.ts




const VALIDATE_PATH = '/api/authentication/validate';
/** The global permission "Administer System": how SonarQube tells an administrator. */
const ADMIN_PERMISSION = 'admin';
const CURRENT_USER_PATH = '/api/users/current';
/** Verifies the token: Bearer, then (SonarQube Server only) Basic once. */
;
/**
 * validate, then users/current, with the token sent by `scheme`. Unless `final`, a refusal of the
 * token (401, {"valid":false}, {"isLoggedIn":false}) is undefined, for the caller to try Basic; any
 * other failure (a 403, a 404, a 5xx, an answer that is not the API) throws as it would anyway.
 */
;
/**
 * Sends the endpoint. A success is returned. A refusal of the token (a 401, or a 200 whose body
 * says `refused`) throws its meaning when `final`, and is undefined otherwise; anything else throws
 * the failure `call` would.
 */
;
/** Causes common to a rejected token, whichever request said so. */
function rejected(context, scheme) {
    const server = !(0,sonarqube_scheme/* isSonarCloud */.Rk)(context.plan.url);
    const type = (0,words/* tokenType */.Wz)(context.plan.credentials['api-token'] ?? '');
    const analysisOnOldServer = server && (type === 'project-analysis' || type === 'global-analysis');
    const fix = 'create a new token in My Account > Security and store it in the secret behind the api-token input (or SONAR_TOKEN); for SonarQube Server set url to your server, for SonarQube Cloud set region (eu, us).';
    return {
        headline: 'the token was rejected',
        causes: [
            'the token was revoked, or has expired (SonarQube e-mails its owner before a token expires)',
            ...(0,kit_endpoint/* regionCause */.__)(context),
            'the token belongs to another SonarQube server than the url input (SonarQube Server and SonarQube Cloud tokens are not interchangeable)',
            'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)',
            ...(analysisOnOldServer
                ? [
                    "the token is an analysis token and the server a SonarQube Server before 10.0, which lets analysis tokens reach only the scanner's own endpoints (not validate or users/current)"
                ]
                : [])
        ],
        fix: analysisOnOldServer
            ? `on a SonarQube Server before 10.0, give a user token (squ_) of a user with only Execute Analysis; otherwise ${fix}`
            : fix,
        ...(server && scheme === 'basic'
            ? {
                trailer: [
                    `The token was sent as ${sonarqube_scheme/* SCHEME_WORDS */.m6.bearer}, then as ${sonarqube_scheme/* SCHEME_WORDS */.m6.basic} (what SonarQube Server before 10.0 takes): both were refused, so the server's version is not the cause.`
                ]
            }
            : {})
    };
}
/** users/current with `isLoggedIn` false: the server let an anonymous call through. */
function anonymous(context, scheme) {
    const server = !(0,sonarqube_scheme/* isSonarCloud */.Rk)(context.plan.url);
    const organization = (0,words/* tokenType */.Wz)(context.plan.credentials['api-token'] ?? '') === 'organization';
    return {
        headline: 'the server answered for an anonymous user, not for the token',
        causes: [
            ...(server && scheme === 'basic'
                ? [
                    `a proxy in front of SonarQube removed the Authorization header: the token was sent as ${sonarqube_scheme/* SCHEME_WORDS */.m6.bearer}, then as ${sonarqube_scheme/* SCHEME_WORDS */.m6.basic}, and the server saw neither`
                ]
                : [
                    'a proxy in front of SonarQube removed the Authorization header',
                    'the server does not force authentication (sonar.forceAuthentication is off) and ignored the token'
                ]),
            ...(organization
                ? [
                    'the token is a scoped organization token (sqco_), which belongs to no user: what users/current answers for one is not publicly documented, and this step needs it to name one'
                ]
                : [])
        ],
        fix: 'check that requests to the url input reach SonarQube with their Authorization header.'
    };
}
/**
 * Reads users/current. Groups become roles only for a token that acts with them (a user token): an
 * analysis token acts as its owner with analysis rights only, and an organization token has no
 * owner user, so groups would let required-roles pass on authority the token does not have. The
 * `admin` global permission, when held, is reported among those roles too: it is how SonarQube
 * tells an administrator (Behaviour 14), allowed-roles judges it as a role, and so the roles output
 * lists everything allowed-roles must name.
 */
;

;// CONCATENATED MODULE: ./src/vendors/sonarqube/index.ts
/**
 * SonarQube (Server and Cloud): a token checked with GET /api/authentication/validate, then read
 * with GET /api/users/current (./verify.ts). It is sent as `Authorization: Bearer` (SonarQube Cloud,
 * SonarQube Server 10.0+); a SonarQube Server that refuses or ignores Bearer (before 10.0: 9.9 LTA)
 * gets it once more as HTTP Basic with the token as login and an empty password, which then carries
 * the rest of the run (./scheme.ts).
 *
 * - validate always answers HTTP 200: `{"valid":false}` is SonarQube's own "this token is rejected"
 *   (the URL skips session loading, so it never answers 401).
 * - users/current answers a bad token with 401 and an empty body, and a good one with the login,
 *   name, email, groups and `permissions.global`. Analysis tokens authenticate as their owner with
 *   permissions cut down to analysis (SonarQube's TokenUserSession), so `permissions.global` is
 *   already what the token may do; groups are the owner's and say nothing about the token.
 * - The token's own expiry arrives in the `SonarQube-Authentication-Token-Expiration` header of
 *   token-authenticated answers (users/current, not validate), as `2026-11-28T00:00:00+0000`.
 * - Errors are `{"errors":[{"msg":"..."}]}` (e.g. 403 "Insufficient privileges"); SonarQube's own
 *   scanner joins every `msg` with ", " (DefaultScannerWsClient.tryParseAsJsonError), and so does
 *   this module when it quotes SonarQube.
 *
 * Sources: shared vendor notes (next vendors, SonarQube), SonarQube's UserSessionInitializer and
 * users/current example, docs.sonarsource.com web-api and token pages. The token prefixes (`squ_`,
 * `sqp_`, `sqa_`) are what SonarQube issues but have no primary documentation, so they only name the
 * token type in the log and decide whether the owner's groups are reported; nothing is refused by
 * prefix.
 */








const NAME = 'SonarQube';
const EXPIRY_HEADER = 'sonarqube-authentication-token-expiration';
const REGIONS = sonarqube_scheme/* CLOUD_REGIONS */.oF;
const TYPE_NOTES = {
    user: 'user token (squ_): acts with all of its owner’s permissions',
    'project-analysis': 'project analysis token (sqp_): acts as its owner, but may only analyse the one project it was created for; SonarQube does not say which, so this check proves the token is valid and whose it is, not that it may analyse this repository’s project',
    'global-analysis': 'global analysis token (sqa_): acts as its owner, but only with analysis permissions (scan, provisioning); the permissions output lists what it keeps',
    organization: 'SonarQube Cloud scoped organization token (sqco_): it belongs to an organization, not to a user, and may only run analysis (Execute Analysis) on the projects it was scoped to; what users/current answers for such a token is not publicly documented, so the identity is only what SonarQube reported, and this check does not prove it may analyse this repository’s project',
    unknown: 'not shown by its prefix (tokens created before SonarQube 9.x have none); read as a user token'
};
const sonarqube = {
    id: 'sonarqube',
    name: NAME,
    location: {
        defaultUrl: REGIONS.eu,
        regions: REGIONS,
        defaultRegion: 'eu',
        urlExample: 'https://sonarqube.example.com'
    },
    modes: [{ id: 'api-token', inputs: ['api-token'] }],
    // The scanners read SONAR_REGION beside SONAR_HOST_URL, and take `us` for SonarQube Cloud US; a
    // SONAR_REGION that does not name SONAR_HOST_URL's instance stops them ("Inconsistent values for
    // properties 'sonar.region' and 'sonar.host.url'"), so it pairs a SONAR_TOKEN with sonarqube.us
    // as SONAR_HOST_URL does with its server (SonarSource/sonar-scanner-java-library
    // EnvironmentConfig, ScannerEndpointResolver, OfficialSonarQubeCloudInstance @ d898f3c7).
    urlEnv: ['SONAR_HOST_URL', 'SONAR_REGION'],
    urlEnvNames: { SONAR_REGION: scannerRegionUrl },
    credentialEnv: { 'api-token': ['SONAR_TOKEN'] },
    // Groups are the nearest thing SonarQube has to roles (sonar-administrators, sonar-users); the
    // admin global permission is reported among them (verify.ts parseIdentity).
    roles: { kind: 'names' },
    // The global permission "Administer System" (`admin`): a scan needs only "Execute Analysis".
    permissions: {
        kind: 'reported',
        administrative: {
            names: [ADMIN_PERMISSION],
            narrower: 'only the Execute Analysis permission (scan)'
        },
        known: GLOBAL_PERMISSION_NAMES
    },
    validate(plan) {
        refuseUiPermissionNames(plan);
        if (plan.mint && (0,sonarqube_scheme/* isSonarCloud */.Rk)(plan.url)) {
            // SonarQube Cloud makes user tokens only, and documents no expiry for them (its token page
            // offers none; a token unused for 60 days is removed): a minted one would be neither narrower
            // nor shorter-lived than the token given, only one more to end.
            throw new failure/* ActionFailure */.dR([
                "mint-token is not available on SonarQube Cloud: its tokens are user tokens, with all of the user's permissions, and have no expiry, so a minted one would be neither narrower nor shorter-lived than the token given.",
                'Fix: turn mint-token off. To limit what later steps can do, give the step a token that may only run analyses (a Scoped Organization Token, sqco_).'
            ].join('\n'));
        }
        if (plan.mint && plan.postStepLacks.includes('api-token')) {
            throw new failure/* ActionFailure */.dR([
                'mint-token needs the token in the api-token input, not only in SONAR_TOKEN: the post step revokes the minted token with the given one, and reads it from its input, since by then SONAR_TOKEN holds the minted token (which may not revoke).',
                'Fix: api-token: ${{ secrets.SONAR_TOKEN }}'
            ].join('\n'));
        }
        return [];
    },
    async login(context) {
        const { plan } = context;
        const token = plan.credentials['api-token'];
        const { identity, response, scheme, authorization } = await verifyToken(context, token);
        refuseUiPermissionRoles(plan, identity);
        const type = (0,words/* tokenType */.Wz)(token);
        const notes = [(0,kit_endpoint/* note */.N4)('Token type', TYPE_NOTES[type])];
        if (scheme === 'basic')
            notes.push((0,kit_endpoint/* note */.N4)('Authentication', `${sonarqube_scheme/* SCHEME_WORDS */.m6.basic}: this SonarQube Server refused or ignored the token as Bearer, as servers before 10.0 do, so auth-header and mint-token use Basic too`));
        if ((0,words/* actsWithoutGroups */._)(type)) {
            notes.push((0,kit_endpoint/* note */.N4)('Groups', type === 'organization'
                ? 'not reported: an organization token has no owner user whose groups it could act with'
                : 'not reported: they are the owner’s, and an analysis token does not act with them'));
        }
        const credentialExpiresAt = tokenExpiry(response);
        if (!credentialExpiresAt)
            notes.push((0,kit_endpoint/* note */.N4)('Token expiry', 'none reported (no expiry date, or a server that does not send it)'));
        for (const n of notes)
            context.info(`${n.label}: ${n.value}`);
        return {
            identity,
            authHeader: `Authorization: ${authorization}`,
            ...(credentialExpiresAt ? { credentialExpiresAt } : {}),
            env: { SONAR_HOST_URL: plan.url, SONAR_TOKEN: token },
            notes
        };
    },
    // Loaded only when used: a check without mint-token never parses the minting code.
    mint: async (context, login) => (await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 7678))).mintAnalysisToken(context, login),
    logout: async (context, saved) => (await __webpack_require__.e(/* import() */ 678).then(__webpack_require__.bind(__webpack_require__, 7678))).revokeAnalysisToken(context, saved)
};
/**
 * The SonarQube Cloud instance a SONAR_REGION names as the scanners read it: `us` in any case
 * (compared upper-cased, untrimmed); anything else, `global` included, is a region they refuse.
 */
function scannerRegionUrl(value) {
    return value.toUpperCase() === 'US' ? sonarqube_scheme/* CLOUD_REGIONS */.oF.us : undefined;
}
/** The token's own expiry from users/current's header, as ISO-8601 UTC; undefined when absent. */
;


/***/ }),

/***/ 5309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var isSonarCloud=(function (url) {
    let host;
    try {
        host = new URL(url.slice(url.lastIndexOf(' ') + 1)).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return CLOUD_HOSTS.some(((cloud) => host === cloud || host.endsWith(`.${cloud}`)));
});var authorization=(function (token, scheme) {
    return scheme === 'bearer'
        ? `Bearer ${token}`
        : `Basic ${Buffer.from(`${token}:`, 'utf8').toString('base64')}`;
});var maskAuthorization=(function (mask, value) {
    mask(value);
    const encoded = /^Basic\s+(\S+)$/.exec(value)?.[1];
    if (encoded)
        mask(encoded);
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rk: (() => (/* binding */ isSonarCloud)),
/* harmony export */   dz: () => (/* binding */ schemeOf),
/* harmony export */   e3: (() => (/* binding */ maskAuthorization)),
/* harmony export */   it: (() => (/* binding */ authorization)),
/* harmony export */   m6: () => (/* binding */ SCHEME_WORDS),
/* harmony export */   oF: (() => (/* binding */ CLOUD_REGIONS))
/* harmony export */ });
/**
 * How a SonarQube token travels. SonarQube Cloud and SonarQube Server 10.0+ take it as
 * `Authorization: Bearer <token>`; a SonarQube Server before 10.0 (9.9 LTA) takes it only as HTTP
 * Basic with the token as the login and an empty password (`Basic base64(token + ":")`), and reads a
 * Bearer header as no credentials at all: the call is anonymous (SonarQube 9.x BasicAuthenticator
 * skips any header that does not start with `Basic`). Servers from 10.0 on still accept the Basic
 * form. Sources: docs.sonarsource.com/sonarqube/9.9/extension-guide/web-api, and SonarSource's own
 * Azure DevOps task, which sends Basic `token:` to SonarQube Server and Bearer only to SonarQube
 * Cloud (sonar-scanner-azdo, Endpoint.ts; its PR #471: older versions only took Basic).
 *
 * The check and mint-token send Bearer first (the contract's scheme) and, on a SonarQube Server
 * that refuses or ignores it, Basic once (./verify.ts); SonarQube Cloud only ever gets Bearer.
 */
/** SonarQube Cloud's regions; any other host is a SonarQube Server. */
const CLOUD_REGIONS = { eu: 'https://sonarcloud.io', us: 'https://sonarqube.us' };
const CLOUD_HOSTS = Object.values(CLOUD_REGIONS).map(((url) => new URL(url).hostname));
/** Whether `url` (a base URL, or a request's "METHOD url") is SonarQube Cloud. */
;
/** The Authorization header value that carries `token` by `scheme`. */
;
/** The scheme of an `auth-header` line this vendor wrote ("Authorization: Basic …"). */
function schemeOf(authHeader) {
    return /^Authorization:\s*Basic\s/i.test(authHeader) ? 'basic' : 'bearer';
}
/** Masks the header value, and for Basic its encoded part alone, before it is sent. */
;
/** For messages: how the token was sent. */
const SCHEME_WORDS = {
    bearer: 'Authorization: Bearer',
    basic: 'HTTP Basic (the token as login, an empty password)'
};


/***/ }),

/***/ 1:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var tokenType=(function (token) {
    if (token.startsWith('squ_'))
        return 'user';
    if (token.startsWith('sqp_'))
        return 'project-analysis';
    if (token.startsWith('sqa_'))
        return 'global-analysis';
    if (token.startsWith('sqco_'))
        return 'organization';
    return 'unknown';
});var actsWithoutGroups=(function (type) {
    return type === 'project-analysis' || type === 'global-analysis' || type === 'organization';
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: (() => (/* binding */ sonarErrorText)),
/* harmony export */   Wz: (() => (/* binding */ tokenType)),
/* harmony export */   _: (() => (/* binding */ actsWithoutGroups))
/* harmony export */ });
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * What SonarQube's answers and tokens say of themselves: the type a token's prefix shows, and
 * SonarQube's own words in an error answer. Shared by the check (./index.ts) and mint-token
 * (./mint.ts).
 */


/**
 * The token type its prefix shows; `unknown` for tokens without one (created before 9.x).
 * `sqco_` is a SonarQube Cloud Scoped Organization Token: it belongs to an organization, not to a
 * user, and grants only Execute Analysis on the projects it is scoped to (SonarQube Cloud docs,
 * "Managing Scoped Organization Tokens").
 */
;
/**
 * A token that does not act with the groups of the user users/current names: an analysis token
 * acts with analysis rights only, and an organization token has no owner user.
 */
;
/**
 * SonarQube's own words in an error answer: every `errors[].msg`, joined with ", " as its scanner
 * joins them; any other body is read for the documented fields every vendor shares. Raw text: the
 * caller redacts it whole before cutting it to one bounded line.
 */
function sonarErrorText(body) {
    const errors = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) && Array.isArray(body.errors) ? body.errors : [];
    const messages = errors
        .slice(0, 20)
        .map((error) => ((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(error) && typeof error.msg === 'string' ? error.msg.trim() : ''))
        .filter(Boolean);
    return messages.length ? messages.join(', ') : (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .documentedErrorText */ .iL)(body);
}


/***/ })

};
;