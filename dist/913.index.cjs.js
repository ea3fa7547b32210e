"use strict";
exports.id = 913;
exports.ids = [913];
exports.modules = {

/***/ 913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   secretlessRunHint: () => (/* binding */ secretlessRunHint)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/**
 * Why a credential may be empty: GitHub withholds repository secrets from runs triggered from a fork
 * and from Dependabot. Loaded only on that failure path.
 *
 * It reads the event payload (GITHUB_EVENT_PATH) and the actor (GITHUB_ACTOR) itself, as
 * @actions/github's Context does: that package exports no path to its Context class alone, and its
 * public entry builds an Octokit client whose bundle would add 2 MB to dist/ for this one hint.
 */


function secretlessRunHint(env = process.env) {
    const pullRequest = eventPayload(env).pull_request;
    const headRepo = pullRequest?.head?.repo?.full_name;
    const fromFork = headRepo !== undefined && headRepo !== pullRequest?.base?.repo?.full_name;
    const byDependabot = env.GITHUB_ACTOR === 'dependabot[bot]';
    if (!fromFork && !byDependabot)
        return undefined;
    const trigger = byDependabot ? 'by Dependabot' : `from the fork ${headRepo}`;
    return `This run was triggered ${trigger}. ${_core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRETS_NOT_PASSED_HINT */ .Tc}`;
}
/** The event that triggered the run; {} when there is none or it cannot be read. */
function eventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return typeof payload === 'object' && payload !== null
            ? payload
            : {};
    }
    catch {
        return {};
    }
}


/***/ })

};
;