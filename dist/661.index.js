export const id = 661;
export const ids = [661];
export const modules = {

/***/ 661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanup: () => (/* binding */ cleanup)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(788);
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(169);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(633);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(462);
/* harmony import */ var _vendors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(511);
/**
 * The post step (post-if: always()): ends the session the main step opened. Nothing here can fail
 * the job; a problem becomes a warning.
 */





async function cleanup() {
    try {
        const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readLogoutState */ .Sm)();
        if (!state)
            return;
        for (const value of Object.values(state.session))
            (0,_export_js__WEBPACK_IMPORTED_MODULE_1__/* .mask */ .dK)(value);
        const vendor = await (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadVendor */ .XQ)(state.vendor);
        if (!vendor.logout)
            return;
        const http = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createHttpClient */ .uT)({ ...state, vendorName: vendor.name });
        try {
            await vendor.logout((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .vendorContext */ .mR)(http), state.session);
            _export_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`Logged out of ${vendor.name} at ${state.url}.`);
        }
        finally {
            http.close();
        }
    }
    catch (error) {
        _export_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`scanner-login could not end the session: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
