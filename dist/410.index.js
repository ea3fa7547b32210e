export const id = 410;
export const ids = [410];
export const modules = {

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   secretlessRunHint: () => (/* binding */ secretlessRunHint)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1633);
/**
 * Why a credential may be empty: GitHub withholds repository secrets from runs triggered from a fork
 * and from Dependabot. Loaded only on that failure path, because @actions/github is large.
 */

async function secretlessRunHint() {
    const { context } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(335)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    const pullRequest = context.payload.pull_request;
    const headRepo = pullRequest?.head?.repo?.full_name;
    const fromFork = headRepo !== undefined && headRepo !== pullRequest?.base?.repo?.full_name;
    const byDependabot = context.actor === 'dependabot[bot]';
    if (!fromFork && !byDependabot)
        return undefined;
    const trigger = byDependabot ? 'by Dependabot' : `from the fork ${headRepo}`;
    return `This run was triggered ${trigger}. ${_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .SECRETS_NOT_PASSED_HINT */ .Tc}`;
}


/***/ })

};
