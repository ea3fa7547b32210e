export const id = 115;
export const ids = [115];
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

/***/ 115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runFromCommandLine: () => (/* binding */ runFromCommandLine)
/* harmony export */ });
/* unused harmony exports INPUT_DEFAULTS, FLAG_INPUTS, doctorVariable, EXIT_VERIFIED, EXIT_CHECK_FAILED, EXIT_USAGE, UsageError, parseDoctorArgs, credentialVariables, doctorInputs, runDoctor */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(480);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(708);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(333);
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(845);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(887);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(528);
/* harmony import */ var _vendors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(167);
/* harmony import */ var _kit_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(905);
/**
 * `scanner-login doctor`: the action's check on a laptop, through the same code path (./check.ts),
 * printed as a report instead of handed to a runner. Non-secret inputs are flags named like the
 * action's inputs; credentials come only from the environment, since argv leaks into shell history
 * and process lists. Nothing here calls @actions/core: no workflow command reaches stdout and no
 * GITHUB_* file is written, even inside a workflow.
 */










/** The defaults action.yml declares; a test keeps them equal. The bundle cannot read action.yml. */
const INPUT_DEFAULTS = {
    'release-session': 'false',
    'expiry-warning-days': '14',
    'export-env': 'true',
    logout: 'true',
    timeout: '30',
    retries: '2',
    'tls-verify': 'true'
};
/** Every input that may be a flag: all but the credentials. */
const FLAG_INPUTS = _plan_index_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_NAMES */ .Qh.filter((name) => !_kit_types_js__WEBPACK_IMPORTED_MODULE_6__/* .CREDENTIAL_INPUTS */ .ms.includes(name));
/** Where a credential without a vendor fallback variable (a Tenable.sc password) is read from. */
const doctorVariable = (input) => `SCANNER_LOGIN_${input.toUpperCase().replace(/-/g, '_')}`;
const EXIT_VERIFIED = 0;
const EXIT_CHECK_FAILED = 1;
const EXIT_USAGE = 2;
/** A command line the doctor refuses; the message never quotes a value from it. */
class UsageError extends Error {
    name = 'UsageError';
}
/** Parses the arguments after `doctor`. Throws UsageError. */
function parseDoctorArgs(args) {
    const options = {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(_plan_index_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_NAMES */ .Qh.map((name) => [name, { type: 'string' }]))
    };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, strict: true, tokens: true });
    }
    catch (error) {
        const code = error.code;
        // Node quotes a stray argument; it may be a secret typed after the wrong flag.
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
            throw new UsageError('doctor takes only --flags, and an argument without one was given (a value after a flag that takes none, or a missing quote around a value with spaces).');
        }
        throw new UsageError((0,_core_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error));
    }
    const seen = new Set();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option')
            continue;
        if (seen.has(token.name))
            throw new UsageError(`--${token.name} was given twice.`);
        seen.add(token.name);
    }
    const values = parsed.values;
    const inputs = {};
    for (const name of FLAG_INPUTS) {
        const value = values[name];
        if (typeof value === 'string')
            inputs[name] = value;
    }
    return {
        inputs,
        credentialFlags: _kit_types_js__WEBPACK_IMPORTED_MODULE_6__/* .CREDENTIAL_INPUTS */ .ms.filter((name) => values[name] !== undefined),
        json: values.json === true,
        help: values.help === true
    };
}
/** The environment variables the doctor reads a credential from, for this vendor or for any. */
async function credentialVariables(input, vendor) {
    const vendors = vendor ? [vendor] : await Promise.all(_vendors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .VENDOR_IDS */ .WV.map((id) => (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadVendor */ .XQ)(id)));
    const names = new Set();
    for (const v of vendors) {
        if (!v.modes.some((mode) => mode.inputs.includes(input)))
            continue;
        for (const name of credentialSources(v, input))
            names.add(name);
    }
    return names.size ? [...names] : [doctorVariable(input)];
}
/** The vendor's fallback variables for a credential, or the doctor's own when it has none. */
function credentialSources(vendor, input) {
    const fallback = vendor.credentialEnv[input] ?? [];
    return fallback.length ? fallback : [doctorVariable(input)];
}
/**
 * The action's raw inputs as the runner would hand them: action.yml defaults, then the flags. A
 * credential stays empty where the vendor has a fallback variable, so the plan reads it from there
 * exactly as in a workflow; one without a fallback comes from the doctor's own variable.
 */
function doctorInputs(flags, vendor, env) {
    const raw = {};
    for (const name of _plan_index_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_NAMES */ .Qh)
        raw[name] = flags[name] ?? INPUT_DEFAULTS[name] ?? '';
    if (!vendor)
        return raw;
    const used = new Set(vendor.modes.flatMap((mode) => mode.inputs));
    for (const input of used) {
        if (!(vendor.credentialEnv[input] ?? []).length)
            raw[input] = (env[doctorVariable(input)] ?? '').trim();
    }
    return raw;
}
/** Runs the doctor and returns its exit code: 0 verified, 1 the check failed, 2 usage or validation. */
async function runDoctor(args, env, streams) {
    let parsed;
    try {
        parsed = parseDoctorArgs(args);
    }
    catch (error) {
        streams.stderr(`scanner-login doctor: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}\nRun "scanner-login doctor --help" for the flags.\n`);
        return EXIT_USAGE;
    }
    if (parsed.help) {
        streams.stdout(HELP);
        return EXIT_VERIFIED;
    }
    const vendorId = (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalVendorId */ .Q)(parsed.inputs.vendor ?? '');
    const vendor = vendorId === undefined ? undefined : await (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadVendor */ .XQ)(vendorId);
    if (parsed.credentialFlags.length) {
        const lines = await Promise.all(parsed.credentialFlags.map(async (input) => `  --${input}: set ${(await credentialVariables(input, vendor)).join(' or ')}`));
        streams.stderr([
            'scanner-login doctor: credentials are never taken from the command line, which shell history and process lists keep. Remove these flags and set the environment variables instead:',
            ...lines,
            ''
        ].join('\n'));
        return EXIT_USAGE;
    }
    // Every credential the environment holds for this run is a secret before anything can print it.
    for (const v of vendor ? [vendor] : []) {
        for (const input of _kit_types_js__WEBPACK_IMPORTED_MODULE_6__/* .SECRET_INPUTS */ .pH) {
            for (const name of credentialSources(v, input))
                (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberSecret */ .Gz)((env[name] ?? '').trim());
        }
    }
    const lines = [];
    const sessions = [];
    const io = {
        mask: (value) => void (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberSecret */ .Gz)(value),
        redact: _runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$,
        info: (text) => lines.push({ level: 'info', text }),
        warning: (text) => lines.push({ level: 'warning', text }),
        // Debug lines would need a place a user can switch on; the report carries what matters.
        debug: () => undefined,
        saveSession: (plan, session) => {
            sessions.push({ plan, session });
        }
    };
    const outcome = await (0,_core_check_js__WEBPACK_IMPORTED_MODULE_1__/* .check */ .z)(doctorInputs(parsed.inputs, vendor, env), env, io);
    // No post step follows: the doctor ends any session it opened, whatever the logout input says,
    // since nothing it prints could use it.
    const logoutRecords = [];
    for (const { plan, session } of sessions) {
        logoutRecords.push(...(await endSession(plan, session, io)));
    }
    const exitCode = outcome.failure
        ? outcome.failure.beforeNetwork
            ? EXIT_USAGE
            : EXIT_CHECK_FAILED
        : EXIT_VERIFIED;
    const requests = [...outcome.records, ...logoutRecords];
    const failure = outcome.failure ? failureText(outcome, vendor, env) : undefined;
    if (parsed.json) {
        streams.stdout(`${JSON.stringify(jsonReport(outcome, requests, failure, parsed.inputs.vendor ?? ''))}\n`);
        const warnings = lines.filter((l) => l.level === 'warning');
        if (warnings.length)
            streams.stderr(safe(warnings.map((l) => `warning: ${l.text}`).join('\n')) + '\n');
    }
    else {
        streams.stdout(safe(humanReport(outcome, requests, lines, failure)) + '\n');
    }
    return exitCode;
}
async function endSession(plan, session, io) {
    const vendor = plan.vendor;
    if (!vendor.logout)
        return [];
    const http = (0,_core_context_js__WEBPACK_IMPORTED_MODULE_2__/* .createHttpClient */ .uT)({ ...plan, vendorName: vendor.name }, io);
    try {
        await vendor.logout((0,_core_context_js__WEBPACK_IMPORTED_MODULE_2__/* .vendorContext */ .mR)(http, io), session);
        io.info(`Ended the ${vendor.name} session this check opened.`);
    }
    catch (error) {
        io.warning(`Could not end the ${vendor.name} session this check opened: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
    }
    finally {
        http.close();
    }
    return http.records;
}
/** The failure as a failing step would print it, plus where the doctor reads credentials from. */
function failureText(outcome, vendor, env) {
    const failure = outcome.failure;
    if (!(failure.error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .MissingCredentialFailure */ .s$) || !vendor)
        return failure.message;
    const used = [...new Set(vendor.modes.flatMap((mode) => mode.inputs))];
    const sources = used.map((input) => {
        const names = credentialSources(vendor, input);
        const set = names.some((name) => (env[name] ?? '').trim() !== '');
        return `  - ${input}: ${names.join(' or ')}${set ? ' (set)' : ''}`;
    });
    return [
        failure.message,
        'The doctor reads credentials only from environment variables, never from flags:',
        ...sources
    ].join('\n');
}
/** Redacted, and inert: no line can start a workflow command should this run inside a workflow. */
function safe(text) {
    return (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_8__/* .inertLines */ .wi)((0,_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(text));
}
function humanReport(outcome, requests, lines, failure) {
    const { plan, vendor, result, gate } = outcome;
    const out = [];
    const verdict = failure === undefined
        ? 'verified'
        : outcome.failure?.beforeNetwork
            ? 'not checked: the inputs do not validate'
            : 'check failed';
    out.push(`scanner-login doctor: ${vendor ? `${vendor.name} ` : ''}${verdict}`);
    const rows = [];
    if (vendor)
        rows.push(['Vendor', `${vendor.name} (${vendor.id})`]);
    if (plan)
        rows.push(['URL', plan.url], ['Credentials', plan.authMode]);
    if (result) {
        const identity = result.identity;
        const listed = (values) => values?.length ? (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_8__/* .boundedList */ .Y4)(values.map((value) => (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_8__/* .serverText */ .Tn)(value, 100))) : '(not reported)';
        rows.push(['User', identity.username || identity.userId || '(not reported)'], ['User id', identity.userId || '(not reported)'], ['Display name', identity.displayName || '(not reported)'], ['Email', identity.email || '(not reported)'], ['Roles', listed(identity.roles)], ['Permissions', listed(identity.permissions)], ['Organization', identity.organization || '(not reported)']);
        if (result.expiresAt)
            rows.push(['Token expires', result.expiresAt]);
        if (result.credentialExpiresAt)
            rows.push(['Credential expires', result.credentialExpiresAt]);
        for (const note of result.notes ?? [])
            rows.push([note.label, (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_8__/* .serverText */ .Tn)(note.value)]);
    }
    const width = Math.max(0, ...rows.map(([label]) => label.length));
    if (rows.length)
        out.push('');
    for (const [label, value] of rows)
        out.push(`  ${label.padEnd(width)}  ${value}`);
    if (gate?.results.length) {
        out.push('', 'Requirements');
        for (const r of gate.results)
            out.push(`  ${r.kind} "${r.required}": ${(0,_core_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .requirementStatus */ .O5)(r, gate)}`);
    }
    else if (plan && !plan.requiredRoles.length && !plan.requiredPermissions.length) {
        out.push('', 'Requirements', '  none given (--required-roles, --required-permissions)');
    }
    if (requests.length) {
        out.push('', 'Requests');
        for (const r of requests)
            out.push(`  ${requestLine(r)}`);
    }
    if (lines.length) {
        out.push('', 'Log');
        for (const line of lines)
            out.push(`  ${line.level === 'warning' ? 'warning: ' : ''}${line.text}`);
    }
    if (failure !== undefined) {
        out.push('', 'Failure');
        for (const line of failure.split('\n'))
            out.push(`  ${line}`);
    }
    return out.join('\n');
}
function requestLine(r) {
    const status = r.status === undefined ? 'no answer' : `HTTP ${r.status}`;
    return `${r.endpoint}: ${status}, ${r.attempts} attempt${r.attempts === 1 ? '' : 's'}, ${r.durationMs} ms`;
}
/** The identity output's fields at the top level, plus passed, requirements, requests, failure. */
function jsonReport(outcome, requests, failure, vendorFlag) {
    const { plan, result, gate } = outcome;
    const identity = plan
        ? (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .identityObject */ .q4)(plan, result?.identity ?? (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .emptyIdentity */ .gL)())
        : {
            vendor: outcome.vendor?.id ?? (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalVendorId */ .Q)(vendorFlag) ?? '',
            url: '',
            authMode: '',
            userId: '',
            username: '',
            displayName: '',
            email: '',
            roles: [],
            permissions: [],
            organization: ''
        };
    const report = {
        ...identity,
        passed: failure === undefined,
        requirements: (gate?.results ?? []).map((r) => ({
            kind: r.kind,
            required: r.required,
            result: (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .requirementStatus */ .O5)(r, gate)
        })),
        requests: requests.map((r) => ({
            endpoint: r.endpoint,
            status: r.status ?? null,
            attempts: r.attempts,
            durationMs: r.durationMs
        })),
        failure: failure ?? null
    };
    return redactStrings(report);
}
/** Redacts each string on its own, so a replacement can never break the JSON around it. */
function redactStrings(value) {
    if (typeof value === 'string')
        return (0,_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(value);
    if (Array.isArray(value))
        return value.map(redactStrings);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v)]));
    }
    return value;
}
const HELP = `Usage: scanner-login doctor --vendor <vendor> [--url <url>] [flags]

Runs the action's check (login, identity, requirements) from a terminal and prints a report.
Flags are the action's inputs without credentials:
${FLAG_INPUTS.map((name) => `  --${name} <value>${INPUT_DEFAULTS[name] ? `  (default ${INPUT_DEFAULTS[name]})` : ''}`).join('\n')}
  --json   print one JSON object and nothing else on stdout
  --help   this text

Credentials come only from environment variables, never from flags: the vendor's own
(INVICTI_API_KEY, TSC_ACCESS_KEY and TSC_SECRET_KEY, INFRACAST_API_KEY, ...), or, for a credential
without one, SCANNER_LOGIN_<INPUT> (SCANNER_LOGIN_USERNAME, SCANNER_LOGIN_PASSWORD, ...).
A session the check opens is ended before the doctor exits.

Exit codes: 0 verified, 1 the check failed, 2 a usage or validation error.
`;
/** The command-line entry (src/index.ts): sets the exit code, never calls process.exit mid-write. */
async function runFromCommandLine(args) {
    try {
        process.exitCode = await runDoctor(args, process.env, {
            stdout: (text) => void process.stdout.write(text),
            stderr: (text) => void process.stderr.write(text)
        });
    }
    catch (error) {
        // check() turns every failure of the check into a report; this is a fault of the doctor itself.
        process.stderr.write(`${safe(`scanner-login doctor failed unexpectedly: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}. Please report this.`)}\n`);
        process.exitCode = EXIT_CHECK_FAILED;
    }
}


/***/ })

};
