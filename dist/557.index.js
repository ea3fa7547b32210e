export const id = 557;
export const ids = [557];
export const modules = {

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(480);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(333);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(845);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(887);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(528);
/* harmony import */ var _vendors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(167);
/**
 * The check itself, shared by the action's main step and the doctor: inputs → plan → vendor login →
 * expiry judgement → gate. It returns what happened instead of publishing it, and reaches the outside
 * world only through `io`, so the action can hand the outcome to the runner while the doctor prints it
 * on a terminal. No @actions/core here.
 */







async function check(raw, env, io) {
    const outcome = { records: [] };
    let validated = false;
    try {
        const vendor = await (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadVendor */ .XQ)(raw.vendor);
        outcome.vendor = vendor;
        const plan = (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .Gg)(raw, vendor, { env });
        outcome.plan = plan;
        // Values taken from the environment fallback are secrets too.
        for (const secret of plan.secrets)
            io.mask(secret);
        for (const warning of plan.warnings)
            io.warning(warning);
        validated = true;
        await loginAndGate(plan, vendor, io, outcome);
    }
    catch (error) {
        outcome.failure = { message: failureMessage(error, io), beforeNetwork: !validated, error };
    }
    return outcome;
}
async function loginAndGate(plan, vendor, io, outcome) {
    const http = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createHttpClient */ .uT)({ ...plan, vendorName: vendor.name }, io);
    outcome.records = http.records;
    const context = { ...(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .vendorContext */ .mR)(http, io), plan, vendor };
    try {
        io.info(`Logging in to ${vendor.name} at ${plan.url} with ${plan.authMode} credentials`);
        const reported = await vendor.login(context);
        // From here on the identity is cleaned server text: one inert line per field.
        const result = { ...reported, identity: (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanIdentity */ .w1)(reported.identity) };
        outcome.result = result;
        if (result.session)
            await io.saveSession(plan, result.session);
        if (result.credentialExpiresAt) {
            const warning = (0,_expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeCredentialExpiry */ .uj)(vendor.name, result.credentialExpiresAt, plan.expiryWarningDays);
            if (warning)
                io.warning(warning);
        }
        const gate = (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeVerified */ .LQ)((0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRequirements */ .z4)(result.identity, plan.requiredRoles, plan.requiredPermissions, vendor.roles.kind === 'levels' ? vendor.roles : undefined), result.verified ?? [], vendor.name);
        outcome.gate = gate;
        io.info(`Verified: ${(0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .describeIdentity */ .Cl)(result.identity)}${rolesText(result)} at ${plan.url}`);
        if (!gate.passed)
            throw gateFailure(plan, result, gate);
        for (const r of gate.results)
            io.info(requirementLine(r, gate));
    }
    finally {
        http.close();
    }
}
function rolesText(result) {
    const roles = result.identity.roles;
    return roles?.length ? `, role${roles.length > 1 ? 's' : ''} ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedList */ .Y4)(roles)}` : '';
}
/** Each requirement's real result: roles are any-of, so a listed role the user lacks is "not held". */
function requirementLine(r, gate) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .requirementStatus */ .O5)(r, gate);
    const detail = status === 'not held'
        ? ` (any one listed role suffices; matched ${gate.matchedRoles.map((m) => `"${m}"`).join(', ')})`
        : '';
    return `Requirement ${r.kind} "${r.required}": ${status}${detail}`;
}
function gateFailure(plan, result, gate) {
    return new _failure_js__WEBPACK_IMPORTED_MODULE_6__/* .ActionFailure */ .dR([
        `${plan.vendor.name}: signed in, but the requirements of this step are not met.`,
        ...gate.reasons.map((reason) => `  - ${reason}`),
        `Fix: use credentials of a user that holds what the step requires, ask a ${plan.vendor.name} administrator to grant it, or change required-roles / required-permissions.`,
        ...(result.notes ?? []).map((note) => `${note.label}: ${note.value}`)
    ].join('\n'));
}
function failureMessage(error, io) {
    if (error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_6__/* .ActionFailure */ .dR)
        return error.message;
    // Not one of ours: keep the stack out of the message but available with debug logging.
    if (error instanceof Error && error.stack)
        io.debug(error.stack);
    return `scanner-login failed unexpectedly: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}. Please report this with the step's debug log.`;
}


/***/ }),

/***/ 12:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ normaliseExpiry),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   uj: () => (/* binding */ judgeCredentialExpiry)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(333);
/**
 * Expiry times: read them from whatever a vendor sends (ISO-8601 in any offset, epoch seconds or
 * milliseconds), print them to the second, and judge a long-lived credential's own expiry against
 * expiry-warning-days. Pure: the clock is a parameter.
 */

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * An expiry as `YYYY-MM-DDTHH:MM:SSZ`: an ISO-8601 string in any offset (a missing offset is read as
 * UTC, as every documented example is), or epoch seconds (milliseconds when it is that large).
 * Fractions of a second are cut, so the reported expiry is never later than the real one.
 */
function normaliseExpiry(value) {
    let ms;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
        ms = value > 1e12 ? value : value * 1000;
    }
    else if (typeof value === 'string' && /^\d+$/.test(value.trim())) {
        return normaliseExpiry(Number(value.trim()));
    }
    else if (typeof value === 'string') {
        const match = ISO_DATE_TIME.exec(value.trim());
        if (!match)
            return undefined;
        let zone = (match[3] ?? 'Z').toUpperCase();
        if (zone !== 'Z') {
            const digits = zone.replace(':', '');
            zone = `${digits.slice(0, 3)}:${digits.slice(3) || '00'}`;
        }
        ms = Date.parse(`${match[1]}T${match[2]}${zone}`);
    }
    else {
        return undefined;
    }
    return (Number.isFinite(ms) && isoSeconds(ms)) || undefined;
}
/** Milliseconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`; '' when out of Date's range. */
function isoSeconds(ms) {
    if (Math.abs(ms) > 8.64e15)
        return '';
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * What the credential's own expiry means for this run: a warning when it is nearer than
 * `warningDays` (0 turns that off), a failure when it has passed.
 */
function judgeCredentialExpiry(vendorName, expiresAt, warningDays, now = Date.now()) {
    const at = Date.parse(expiresAt);
    if (!Number.isFinite(at))
        return undefined;
    if (at <= now) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `${vendorName}: the credential expired on ${expiresAt} (this runner's clock says ${isoSeconds(now)}).`,
            `Fix: create a new credential in ${vendorName} and store it in the secret behind the credential input.`
        ].join('\n'));
    }
    if (warningDays === 0 || at - now > warningDays * DAY_MS)
        return undefined;
    const days = Math.floor((at - now) / DAY_MS);
    const when = days === 0 ? 'within a day' : `in ${days} day${days === 1 ? '' : 's'}`;
    return `The ${vendorName} credential expires ${when}, on ${expiresAt}: create a new one and update the secret before then (expiry-warning-days: ${warningDays}).`;
}


/***/ }),

/***/ 557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(351);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(708);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(333);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(887);
/* harmony import */ var _kit_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(905);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(520);
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
        await login();
    }
    catch (error) {
        // Not one of ours: keep the stack out of the message but available with step debug logging.
        if (error instanceof Error && error.stack)
            _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug(error.stack);
        (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`scanner-login failed unexpectedly: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}. Please report this with the step's debug log.`);
    }
}
async function login() {
    const { plan, result, gate, records, failure } = await (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .check */ .z)(readInputs(), process.env, runnerIo);
    // An input that did not validate fails before any request, with no output and no summary.
    if (plan && !failure?.beforeNetwork) {
        const { publishCredentials, publishIdentity, writeSummary } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 493));
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
            ...(failure ? { failure: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)((0,_core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(failure.error)) } : {})
        });
    }
    if (failure)
        (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(await stepFailureMessage(failure));
}
/** Reads every input once; secret ones are masked before anything else can print them. */
function readInputs() {
    const raw = {};
    for (const name of _plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_NAMES */ .Qh) {
        raw[name] = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4)(name);
        if (_kit_types_js__WEBPACK_IMPORTED_MODULE_5__/* .SECRET_INPUTS */ .pH.includes(name))
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
    const { saveLogoutState } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 493));
    saveLogoutState({ vendor: plan.vendor.id, url: plan.url, session });
}
async function stepFailureMessage(failure) {
    if (failure.error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .MissingCredentialFailure */ .s$) {
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
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.debug(`Could not read the event payload: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
}


/***/ })

};
