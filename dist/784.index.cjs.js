"use strict";
exports.id = 784;
exports.ids = [784];
exports.modules = {

/***/ 784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handoffWarnings: () => (/* binding */ handoffWarnings)
/* harmony export */ });
/* harmony import */ var _plan_servers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6379);
/**
 * What later steps' tools take of what this step hands them. A vendor's own tools read some
 * variables before the ones this step exports (Vendor.toolsReadFirst: Checkmarx's CLI logs in with
 * CX_APIKEY before CX_CLIENT_ID), and a URL variable the step leaves unexported (Snyk's SNYK_API for
 * the default region) keeps whatever the job set. Either way the scan would run as another identity,
 * or against another server, than the one this step verified, so the step warns, naming the
 * variable. It does not export over them: each vendor's exports are the contract's.
 */

function handoffWarnings(plan, exported, env = process.env) {
    const { vendor } = plan;
    const urlVariables = new Set(vendor.urlEnv ?? []);
    // A job value the exports leave in place: set, and not one this step writes over.
    const kept = (name) => Object.hasOwn(exported, name) || !(env[name] ?? '').trim() ? undefined : env[name];
    const warned = new Set();
    const warnings = [];
    for (const [name, first] of Object.entries(vendor.toolsReadFirst ?? {})) {
        if (!Object.hasOwn(exported, name))
            continue;
        for (const before of first) {
            const value = kept(before);
            if (value === undefined || warned.has(before))
                continue;
            // A URL variable naming this step's own server changes nothing.
            if (urlVariables.has(before) &&
                (0,_plan_servers_js__WEBPACK_IMPORTED_MODULE_0__/* .otherServerNamed */ .d)(vendor, before, value, plan.url) === undefined)
                continue;
            warned.add(before);
            // A credential read first has no value of this step's to take instead (Checkmarx's CX_APIKEY
            // beside an OAuth client): only unsetting it helps. A URL may name this step's server.
            const fix = urlVariables.has(before)
                ? `Unset ${before} for the job, or point it at the server this step verified (${plan.url}).`
                : `Unset ${before} for the job.`;
            warnings.push(`The job's ${before} is set, and ${vendor.name}'s own tools read it before ${name}, which this step exports: later steps would use the job's ${before}, not what this step verified. ${fix}`);
        }
    }
    for (const name of urlVariables) {
        const value = kept(name);
        if (value === undefined || warned.has(name))
            continue;
        const other = (0,_plan_servers_js__WEBPACK_IMPORTED_MODULE_0__/* .otherServerNamed */ .d)(vendor, name, value, plan.url);
        if (other === undefined)
            continue;
        // A variable whose value is no URL (SonarQube's SONAR_REGION) is read together with the URL
        // this step exports: the tools then stop at the contradiction, or go to the variable's server.
        const consequence = vendor.urlEnvNames?.[name]
            ? `: ${vendor.name}'s own tools in later steps read ${name} together with what this step exports, and would stop at the contradiction or go to ${other}`
            : ` and exports no ${name} for it: ${vendor.name}'s own tools in later steps would go to ${other}`;
        warnings.push(`The job's ${name} names ${other}, but this step verified ${plan.url}${consequence}. Unset ${name} for the job, or give this step url: ${other} if that server is meant.`);
    }
    return warnings;
}


/***/ })

};
;