"use strict";
exports.id = 719;
exports.ids = [719];
exports.modules = {

/***/ 3719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateFailure: () => (/* binding */ gateFailure)
/* harmony export */ });
/* unused harmony export gateFix */
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9528);
/**
 * The failure of a step that signed in but does not meet its requirements (required-roles,
 * required-permissions, allowed-roles): each reason, then the one fix that fits what failed. Loaded
 * by ./check.ts only when the gate fails.
 */


function gateFailure(plan, result, gate) {
    return new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${plan.vendor.name}: signed in, but the requirements of this step are not met.`,
        ...gate.reasons.map((reason) => `  - ${reason}`),
        gateFix(plan, gate, result.identity),
        ...(result.notes ?? []).map((note) => `${note.label}: ${note.value}`)
    ].join('\n'));
}
/**
 * The fix for what failed, naming only those inputs: a step that only required a permission is not
 * told to change roles or allowed-roles. Where the vendor has no roles, its permissions are the
 * token's own scopes (GitGuardian, JFrog), which a new token carries rather than a grant to a user.
 */
function gateFix(plan, gate, identity) {
    const failed = (kind) => gate.results.some((r) => r.kind === kind && !r.passed);
    const roles = plan.requiredRoles.length > 0 && gate.matchedRoles.length === 0;
    // Without roles reported, or with roles the vendor does not show (rolesNotShown), allowed-roles
    // could not be judged, which fails it with every row passed (privilege.ts). An identity that
    // holds no role has no allowed-role row either, but nothing outside the list.
    const allowed = plan.allowedRoles.length > 0 &&
        (failed('allowed role') || identity.roles === undefined || identity.rolesNotShown !== undefined);
    const permissions = failed('permission');
    const scopes = plan.vendor.roles.kind === 'none';
    const holds = [
        roles && 'a role that required-roles lists',
        allowed && 'no role outside allowed-roles',
        permissions && !scopes && 'every permission that required-permissions lists'
    ].filter((text) => text !== false);
    const changes = [(roles || allowed) && 'roles', permissions && !scopes && 'permissions'].filter((text) => text !== false);
    const ways = [
        ...(holds.length
            ? [
                `use credentials of a user that holds ${holds.join(' and ')}`,
                `ask ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .withArticle */ .vJ)(`${plan.vendor.name} administrator`)} to change the user's ${changes.join(' and ')}`
            ]
            : []),
        ...(permissions && scopes
            ? [`use a token created with every scope that required-permissions lists`]
            : [])
    ];
    const inputs = [
        roles && 'required-roles',
        allowed && 'allowed-roles',
        permissions && 'required-permissions'
    ].filter((text) => text !== false);
    // Every failing requirement has a row; this is only a floor should one ever come without.
    if (!ways.length) {
        return "Fix: use credentials that meet the step's requirements, or change required-roles / required-permissions / allowed-roles.";
    }
    return `Fix: ${ways.join(', ')}, or change ${inputs.join(' / ')}.`;
}


/***/ })

};
;