"use strict";
exports.id = 891;
exports.ids = [891];
exports.modules = {

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   endWithPlan: () => (/* binding */ endWithPlan),
/* harmony export */   k: () => (/* binding */ endSession)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8065);
/**
 * Ending a session a login opened (or revoking a credential it minted). The action's post step
 * rebuilds the connection from its own inputs; the doctor, and a main step whose post step will
 * not end what it kept (logout: false on a failed step), end it at once with the plan's own
 * (endWithPlan). Each says in its own words what happened.
 */

/**
 * The vendor's logout over a client of its own, closed whatever happens. Returns false when the
 * vendor has no sessions to end (nothing is sent); throws what the logout threw. The requests it
 * sent are added to `records` either way.
 */
async function endSession(vendor, connection, saved, io, records = []) {
    if (!vendor.logout)
        return false;
    const http = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createHttpClient */ .uT)({ ...connection, vendorName: vendor.name }, io);
    try {
        await vendor.logout((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .vendorContext */ .mR)(http, io, saved.credentials), saved.session);
        return true;
    }
    finally {
        http.close();
        records.push(...http.records);
    }
}
/** What a check saved for the post step, ended now over the plan's connection and credentials. */
function endWithPlan(plan, saved, io, records) {
    const session = { ...saved.ids, ...saved.secrets };
    return endSession(plan.vendor, plan, { session, credentials: plan.credentials }, io, records);
}


/***/ })

};
;