export const id = 202;
export const ids = [202];
export const modules = {

/***/ 2202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID_TOKEN_PERMISSION: () => (/* binding */ ID_TOKEN_PERMISSION),
/* harmony export */   mintPlan: () => (/* binding */ mintPlan),
/* harmony export */   oidcPlan: () => (/* binding */ oidcPlan)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1987);
/* harmony import */ var _kit_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);
/* harmony import */ var _vendors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2167);
/**
 * The inputs of least exposure, checked before any request: `mint-token` / `token-lifetime`
 * (contract, Behaviour 15) and GitHub OIDC's `oidc-provider` / `oidc-audience` (Behaviour 16). A
 * vendor opts in by implementing `Vendor.mint` or declaring `Vendor.oidc`; any other vendor refuses
 * the input by name, listing the vendors that can.
 */




/** The job's permission that makes the runner hand out ID tokens, as the workflow writes it. */
const ID_TOKEN_PERMISSION = 'permissions: id-token: write';
/** mint-token's plan; undefined when it is off. */
function mintPlan(vendor, settings, warnings, lifetimeInput) {
    if (!settings['mint-token']) {
        // action.yml gives 6h, so only another value shows the user meant something by it.
        if (lifetimeInput.trim() !== '' && lifetimeInput.trim() !== '6h') {
            warnings.push(`token-lifetime is "${lifetimeInput.trim()}", but mint-token is not true, so nothing is minted and token-lifetime has no effect.`);
        }
        return undefined;
    }
    if (!vendor.mint) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`The mint-token input cannot be used with ${vendor.name}: it has no API through which a credential creates a shorter-lived, narrower one. Vendors that can: ${(0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .vendorNamesThatCan */ .ux)('mint-token').join(', ')}. Fix: remove mint-token, or set it to false.`);
    }
    return { lifetimeSeconds: settings['token-lifetime'] };
}
/**
 * GitHub OIDC's plan; undefined without oidc-provider. It replaces every stored credential, so a
 * credential input given with it is a conflict; the environment fallback is not consulted.
 */
function oidcPlan(raw, vendor, env) {
    const provider = raw['oidc-provider'].trim();
    const audience = raw['oidc-audience'].trim();
    if (!provider) {
        if (audience) {
            throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR('The oidc-audience input is used only with oidc-provider (GitHub OIDC): set oidc-provider too, or remove oidc-audience.');
        }
        return undefined;
    }
    if (!vendor.oidc) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`The oidc-provider input cannot be used with ${vendor.name}: it does not accept a GitHub ID token in exchange for its own. Vendors that can: ${(0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .vendorNamesThatCan */ .ux)('oidc').join(', ')}. Fix: remove oidc-provider and give ${vendor.name}'s credentials.`);
    }
    const given = _kit_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_INPUTS */ .ms.filter((input) => raw[input] !== '');
    if (given.length) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`Conflicting credentials for ${vendor.name}: oidc-provider (GitHub OIDC, no stored secret) and the ${given.join(', ')} input${given.length > 1 ? 's' : ''} were both given. Give one: remove ${given.join(', ')} to log in with GitHub OIDC, or remove oidc-provider.`);
    }
    if ([...provider].some((c) => c < ' ' || c === '\u007f') || provider.length > 200) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR('The oidc-provider input must be the name of the OIDC integration, one line of at most 200 characters.');
    }
    const requestUrl = (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '').trim();
    const requestToken = (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '').trim();
    if (!requestUrl || !requestToken) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR([
            `GitHub OIDC needs the job's ID token, but this job cannot request one (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set): the job lacks ${ID_TOKEN_PERMISSION}.`,
            'Fix: give the job (or the workflow) the permission, keeping what else it needs:',
            '  permissions:',
            '    id-token: write',
            '    contents: read',
            'A reusable workflow needs it in the caller too. Runs from forks and Dependabot never get an ID token, whatever the workflow says: skip this step there (if: github.event.pull_request.head.repo.full_name == github.repository).'
        ].join('\n'));
    }
    checkRequestUrl(requestUrl);
    return { provider, audience: audience || vendor.oidc.audience || '', requestUrl, requestToken };
}
/** The runner's token service is HTTPS; only a loopback one (a local runner) may be plain HTTP. */
function checkRequestUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url === undefined ||
        url.username ||
        url.password ||
        !(url.protocol === 'https:' || (url.protocol === 'http:' && (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .isLoopbackHost */ .cW)(url.hostname)))) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR('ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL, so the job ID token was not requested: it is set by the runner, and an earlier step may have overwritten it.');
    }
}


/***/ })

};
