"use strict";
exports.id = 463;
exports.ids = [463];
exports.modules = {

/***/ 463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var forbidden=(function () {
    return {
        headline: 'the API key is valid but GitGuardian refused the request',
        causes: [
            'the workspace restricts API access to an IP allow-list that does not include this runner',
            'a proxy or gateway in front of the url input refused the request'
        ],
        fix: 'ask a workspace manager to allow the runner’s address in the workspace’s IP allow-list, or run the step on a runner whose address is allowed.'
    };
});var notFound=(function () {
    return {
        headline: 'the url input does not lead to the GitGuardian API',
        causes: [
            'the url input names the dashboard rather than the API (GitGuardian’s cloud: api.gitguardian.com, not dashboard.gitguardian.com)',
            'a self-hosted instance serves its API under /exposed: the url input must end in /exposed',
            'the url input already ends in /v1, which this step adds itself'
        ],
        fix: 'leave url empty and set region (us, eu) for GitGuardian’s cloud, or set url to a self-hosted instance’s API, e.g. https://gitguardian.example.com/exposed.'
    };
});var parseToken=(function (body) {
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
});var tokenDescription=(function (body) {
    const type = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['type']);
    // Own keys only: a server answering "constructor" or "toString" must not print a built-in.
    const kind = Object.hasOwn(TOKEN_TYPES, type)
        ? TOKEN_TYPES[type]
        : type
            ? `${type} (as GitGuardian reports it)`
            : 'token';
    const name = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['name']);
    return name ? `${kind} "${name}"` : kind;
});var checkApiUrl=(function (plan) {
    const url = new URL(plan.url);
    const host = url.hostname.toLowerCase();
    if (/^dashboard([.-][a-z0-9-]+)*\.gitguardian\.(com|tech)$/.test(host)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The url input (${plan.url}) is the GitGuardian dashboard, not its API. Fix: leave url empty and set region (us, eu), or set url to the API host, https://${host.replace(/^dashboard/, 'api')}.`);
    }
    if (/\/v1\/?$/.test(url.pathname)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The url input (${plan.url}) ends in /v1, which this step adds itself. Fix: set url to the API's base, without /v1 (e.g. https://gitguardian.example.com/exposed).`);
    }
    return [];
});__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REGIONS: () => (/* binding */ REGIONS),
/* harmony export */   TOKEN_PATH: () => (/* binding */ TOKEN_PATH),
/* harmony export */   checkApiUrl: () => (/* binding */ checkApiUrl),
/* harmony export */   gitguardian: (() => (/* binding */ gitguardian)),
/* harmony export */   notActive: () => (/* binding */ notActive),
/* harmony export */   parseToken: () => (/* binding */ parseToken),
/* harmony export */   rejected: () => (/* binding */ rejected),
/* harmony export */   tokenDescription: () => (/* binding */ tokenDescription)
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
;
;
/** 200 with a `status` other than active is refused; without any status, it is not the API. */
function inactive({ body }) {
    const status = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(body.status) : '';
    return status && status !== 'active' ? notActive(status) : undefined;
}
/** The documented success signal: the token's id, and its status active. */
const active = ((body) => (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['id']) !== '' && (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(body.status) === 'active');
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
        reason: `GET ${TOKEN_PATH} describes the token, not its owner's role (a service account has no owner at all). Use required-permissions with the token's scopes (e.g. scan) instead.`
    },
    permissions: { kind: 'reported' },
    validate: ((plan) => checkApiUrl(plan)),
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
;
/** The token's kind and name, for the log; a type the table does not own is quoted as reported. */
;
/**
 * Before any request: a url that cannot be the API. The cloud's dashboard host answers with its web
 * application, and a trailing /v1 would be sent twice; ggshield rejects or strips both.
 */
;


/***/ })

};
;