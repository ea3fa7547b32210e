"use strict";
exports.id = 787;
exports.ids = [787];
exports.modules = {

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mappedClaimLines: () => (/* binding */ mappedClaimLines),
/* harmony export */   requestGitHubIdToken: () => (/* binding */ requestGitHubIdToken)
/* harmony export */ });
/* unused harmony export MAPPED_CLAIMS */
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8065);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9528);
/* harmony import */ var _net_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4457);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1149);
/* harmony import */ var _jwt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3257);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1223);
/**
 * GitHub OIDC (contract, Behaviour 16), once for every vendor that opts in (`Vendor.oidc`): the
 * job's GitHub ID token, requested from the runner's token service, and the words for a vendor
 * that refuses to exchange it. A vendor loads this module with import() in its OIDC branch, so a
 * run that does not use OIDC never parses it.
 *
 * The request is the one @actions/core's getIDToken() sends: GET ACTIONS_ID_TOKEN_REQUEST_URL (it
 * already carries `api-version`), `audience` added when asked for, `Authorization: Bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN`; the answer is `{"value": "<JWT>"}`. The ID token is masked the
 * moment it is read, and is never exported, logged or put in the summary: only the vendor's
 * exchange sees it. Its claims are not secret (they name the repository, ref and workflow), and a
 * refused exchange quotes those the vendor's mapping matches on, so the mapping can be fixed.
 */







/** The claims a vendor's identity mapping matches on, in the order a reader checks them. */
const MAPPED_CLAIMS = [
    'sub',
    'repository',
    'ref',
    'environment',
    'job_workflow_ref',
    'aud'
];
/** Requests the job's GitHub ID token for `plan.oidc`; throws the step's failure when it cannot. */
async function requestGitHubIdToken(context) {
    const oidc = context.plan.oidc;
    if (!oidc)
        throw new Error('requestGitHubIdToken needs plan.oidc');
    if (oidc.unusedEnvNote)
        context.info(oidc.unusedEnvNote);
    const url = tokenServiceUrl(oidc);
    const http = (0,_core_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createHttpClient */ .uT)({
        url: url.origin,
        timeoutMs: context.plan.timeoutMs,
        retries: context.plan.retries,
        // Public trust only (with the runner's own NODE_EXTRA_CA_CERTS): the ca-cert input vouches
        // for the vendor's server, and must not be able to vouch for GitHub's token service, whose
        // request token mints ID tokens for any audience. tls-verify never applies here either.
        caPem: undefined,
        tlsVerify: true,
        vendorName: 'GitHub'
    }, context);
    try {
        const response = await http.request({
            method: 'GET',
            path: `${url.pathname}${url.search}`,
            headers: { authorization: `Bearer ${oidc.requestToken}`, accept: 'application/json' }
        });
        const body = (0,_net_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(response.body);
        if (response.status !== 200 || !(0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(body))
            throw refusedByGitHub(response.status, body, context);
        let token;
        try {
            token = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .bearerToken */ .hC)(body.value, "the ID token in GitHub's answer");
        }
        catch {
            // Not the grammar failure's words, which send the user to the url input: this answer came
            // from the runner's token service.
            throw notAnIdToken();
        }
        context.mask(token);
        if (!(0,_jwt_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikeJwt */ .bt)(token))
            throw notAnIdToken();
        return { token, claims: (0,_jwt_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeJwtClaims */ .dG)(token) ?? {} };
    }
    finally {
        http.close();
        // The summary's request table lists every request of the step, GitHub's too.
        context.http.records.push(...http.records);
    }
}
function notAnIdToken() {
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR("GitHub's token service answered without a JWT as the ID token (its value: missing, or another kind of text), so nothing was sent to the vendor. Check that ACTIONS_ID_TOKEN_REQUEST_URL is the runner's own (an earlier step may have overwritten it).");
}
function tokenServiceUrl(oidc) {
    const url = new URL(oidc.requestUrl);
    if (oidc.audience)
        url.searchParams.set('audience', oidc.audience);
    return url;
}
function refusedByGitHub(status, body, context) {
    const said = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(body) ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .firstText */ .ou)(body, ['message']) : '';
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR([
        `GitHub did not issue an ID token for this job: its token service answered HTTP ${status}${said ? ` ("${(0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .serverText */ .Tn)(context.redact(said))}")` : ''}.`,
        'Likely causes: ACTIONS_ID_TOKEN_REQUEST_TOKEN expired (it lives as long as the job) or was overwritten by an earlier step; a GitHub outage (https://www.githubstatus.com).',
        'Fix: re-run the job; check that no step sets ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN.'
    ].join('\n'));
}
/**
 * The lines that let a user fix a vendor's mapping after it refused the ID token: the provider
 * name used, and each claim it matches on, as GitHub stated it (one bounded line each).
 */
function mappedClaimLines(provider, claims) {
    return [
        `The ID token's claims (what the "${(0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .serverText */ .Tn)(provider, 200)}" integration's mapping must match):`,
        ...MAPPED_CLAIMS.map((name) => {
            const value = claims[name];
            const shown = Array.isArray(value)
                ? value.filter((v) => typeof v === 'string').join(' ')
                : value;
            return `  ${name}: ${typeof shown === 'string' && shown ? (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .serverText */ .Tn)(shown, 300) : '(not in the token)'}`;
        })
    ];
}


/***/ })

};
;