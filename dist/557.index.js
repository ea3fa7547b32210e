export const id = 557;
export const ids = [557];
export const modules = {

/***/ 6557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9189);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5423);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3333);
/* harmony import */ var _plan_input_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1874);
/* harmony import */ var _kit_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9905);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6003);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1520);
/**
 * The main step: reads the inputs, runs the shared check (./check.ts) and hands its outcome to the
 * runner: identity outputs, credentials and exports, the job summary, and the single failure message.
 * The runner's files are written by ./publish.ts, loaded only once the inputs validated.
 */







/** The runner as the check's io: masks through the add-mask command, state for the post step. */
const runnerIo = {
    mask: _log_js__WEBPACK_IMPORTED_MODULE_1__/* .mask */ .dK,
    redact: _log_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$,
    info: _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info,
    warning: _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning,
    debug: _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug,
    saveSession: saveSessionForLogout
};
async function run() {
    try {
        (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .saveNoSession */ .tW)();
        await login();
    }
    catch (error) {
        // Not one of ours: keep the stack out of the message but available with step debug logging.
        if (error instanceof Error && error.stack)
            _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug(error.stack);
        (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`scanner-login failed unexpectedly: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}. Please report this with the step's debug log.`);
    }
}
async function login() {
    const { plan, result, gate, records, failure } = await (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .check */ .z)(readInputs(), process.env, runnerIo);
    // An input that did not validate fails before any request, with no output and no summary.
    if (plan && !failure?.beforeNetwork) {
        const { publishCredentials, publishIdentity, writeSummary } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 5493));
        // The identity is published once the requirements were judged, even when they failed.
        if (result && gate)
            publishIdentity(plan, result.identity);
        if (result && !failure)
            publishCredentials(plan, result);
        writeSummary({
            plan,
            records,
            ...(result ? { result } : {}),
            ...(gate ? { gate } : {}),
            ...(failure ? { failure: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)((0,_core_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(failure.error)) } : {})
        });
    }
    if (failure)
        (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(await stepFailureMessage(failure));
}
/** Reads every input once; secret ones are masked before anything else can print them. */
function readInputs() {
    const raw = {};
    for (const name of _plan_input_names_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_NAMES */ .Q) {
        raw[name] = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(name);
        if (_kit_types_js__WEBPACK_IMPORTED_MODULE_6__/* .SECRET_INPUTS */ .pH.includes(name))
            (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .mask */ .dK)(raw[name]);
    }
    return raw;
}
async function saveSessionForLogout(plan, session) {
    if (!plan.logout) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info('logout is false: the session stays open after this job.');
        return;
    }
    // The post step rebuilds URL and TLS settings from its own inputs: vendor and url are saved only
    // for comparison, ca-cert never.
    const { saveLogoutState } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 5493));
    saveLogoutState({ vendor: plan.vendor.id, url: plan.url, session });
}
async function stepFailureMessage(failure) {
    if (failure.error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .MissingCredentialFailure */ .s$) {
        const hint = await secretlessRunHintSafely();
        return hint ? `${failure.message}\n${hint}` : failure.message;
    }
    return failure.message;
}
async function secretlessRunHintSafely() {
    try {
        const { secretlessRunHint } = await __webpack_require__.e(/* import() */ 913).then(__webpack_require__.bind(__webpack_require__, 913));
        return secretlessRunHint();
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug(`Could not read the event payload: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
}


/***/ })

};
