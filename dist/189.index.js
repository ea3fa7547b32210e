export const id = 189;
export const ids = [189];
export const modules = {

/***/ 9189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./src/core/context.ts + 4 modules
var core_context = __webpack_require__(4238);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/identity.ts
var identity = __webpack_require__(4845);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/sanitize.ts
var sanitize = __webpack_require__(9528);
// EXTERNAL MODULE: ./src/kit/types.ts
var types = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/plan/ca-cert.ts
var ca_cert = __webpack_require__(6374);
;// CONCATENATED MODULE: ./src/plan/credentials.ts
/**
 * Which credentials and vendor options a step uses: exactly one of the vendor's credential modes,
 * each empty credential input filled from the environment variables the vendor's own tools read,
 * and the vendor's own inputs, each parsed by the vendor. Inputs meant for another vendor are refused
 * by name.
 */


/** The vendor's own inputs, after their fallbacks and the vendor's parsing; empty ones are absent. */
function vendorOptions(raw, vendor, env) {
    const options = {};
    for (const option of vendor.options ?? []) {
        const given = raw[option.input] || firstEnv(env, option.env);
        const value = option.parse ? option.parse(given) : given;
        if (value)
            options[option.input] = value;
    }
    return options;
}
/**
 * An input meant for another vendor is refused by name rather than ignored: a tenant given to
 * Tenable.sc is a mistake the user wants to hear about. An option left at its off value ("false",
 * the default action.yml gives a switch) counts as not given.
 */
function refuseForeignOptions(raw, vendor) {
    const own = new Set((vendor.options ?? []).map((option) => option.input));
    const given = (input) => {
        const value = raw[input].trim();
        return value !== '' && !/^false$/i.test(value);
    };
    const foreign = types/* VENDOR_OPTION_INPUTS */.nM.filter((input) => !own.has(input) && given(input));
    if (raw.region.trim() && !vendor.location.regions)
        foreign.push('region');
    if (foreign.length) {
        throw new failure/* ActionFailure */.dR(`${vendor.name} does not use the ${foreign.join(', ')} input${foreign.length > 1 ? 's' : ''}; remove ${foreign.length > 1 ? 'them' : 'it'} from this step.`);
    }
}
/** Exactly one complete credential mode, or an error that says which inputs to set. */
function selectCredentials(vendor, raw, valueOf) {
    const usable = new Set(vendor.modes.flatMap((mode) => mode.inputs));
    const foreign = types/* CREDENTIAL_INPUTS */.ms.filter((input) => raw[input] && !usable.has(input));
    if (foreign.length) {
        throw new failure/* ActionFailure */.dR(`${vendor.name} does not use the ${foreign.join(', ')} input${foreign.length > 1 ? 's' : ''}. ` +
            `It takes ${modeList(vendor.modes)}.`);
    }
    // Modes named by explicit inputs win: a job-level INFRACAST_API_KEY must not conflict with a step
    // that logs in with username and password.
    const explicit = vendor.modes.filter((mode) => mode.inputs.some((input) => raw[input] !== ''));
    const candidates = explicit.length ? explicit : vendor.modes;
    const given = new Set(candidates.flatMap((mode) => mode.inputs).filter((input) => valueOf(input) !== ''));
    const complete = candidates.filter((mode) => mode.inputs.every((input) => given.has(input)));
    const touched = candidates.filter((mode) => mode.inputs.some((input) => given.has(input)));
    if (complete.length === 1 && touched.length === 1) {
        const mode = complete[0];
        const credentials = {};
        for (const input of mode.inputs)
            credentials[input] = valueOf(input);
        return { mode, credentials };
    }
    if (touched.length > 1) {
        throw new failure/* ActionFailure */.dR(`Conflicting credentials for ${vendor.name}: ${[...given].join(', ')} were all given. ` +
            `Give exactly one of ${modeList(vendor.modes)}.`);
    }
    if (touched.length === 1) {
        const mode = touched[0];
        const missing = mode.inputs.filter((input) => !given.has(input));
        throw new failure/* MissingCredentialFailure */.s$(`The ${missing.join(', ')} input${missing.length > 1 ? 's are' : ' is'} empty: ${vendor.name} ` +
            `needs ${mode.inputs.join(' and ')} together${fallbackNote(vendor, missing)}.`);
    }
    throw new failure/* MissingCredentialFailure */.s$(`No credentials for ${vendor.name}: set ${modeList(vendor.modes)}, from repository secrets` +
        `${fallbackNote(vendor, [...usable])}.`);
}
function firstEnv(env, names) {
    for (const name of names ?? []) {
        const value = (env[name] ?? '').trim();
        if (value)
            return value;
    }
    return '';
}
function modeList(modes) {
    return modes.map((mode) => mode.inputs.join(' + ')).join(', or ');
}
function fallbackNote(vendor, inputs) {
    const variables = inputs.flatMap((input) => vendor.credentialEnv[input] ?? []);
    return variables.length
        ? ` (or the ${variables.join(', ')} environment variable${variables.length > 1 ? 's' : ''})`
        : '';
}

// EXTERNAL MODULE: ./src/plan/location.ts
var plan_location = __webpack_require__(792);
// EXTERNAL MODULE: ./src/plan/settings.ts
var plan_settings = __webpack_require__(9214);
;// CONCATENATED MODULE: ./src/plan/index.ts
/**
 * Inputs → plan. Every validation error is raised here, before any request, and names the input
 * as it is spelled in action.yml. No logging and no @actions/core: the entry point reads the raw
 * values and masks secrets; this module only decides.
 */









function buildPlan(raw, vendor, environment) {
    const { env } = environment;
    const settings = (0,plan_settings/* parseSettings */.P$)((name) => raw[name]);
    refuseForeignOptions(raw, vendor);
    const fromEnv = (input) => raw[input] || firstEnv(env, vendor.credentialEnv[input]);
    const { mode, credentials } = selectCredentials(vendor, raw, fromEnv);
    const options = vendorOptions(raw, vendor, env);
    const requiredRoles = settings['required-roles'];
    const requiredPermissions = settings['required-permissions'];
    checkRolesVerifiable(vendor, requiredRoles);
    checkPermissionsVerifiable(vendor, requiredPermissions);
    const tlsVerify = settings['tls-verify'];
    const location = (0,plan_location/* resolveLocation */.K)(raw.url, raw.region, vendor, credentials);
    const caCert = (0,ca_cert/* readCaCert */.Z)(raw['ca-cert'], environment.readFile ?? ((path) => (0,external_node_fs_.readFileSync)(path, 'utf8')));
    const plan = {
        vendor,
        ...location,
        authMode: mode.id,
        credentials,
        options,
        requiredRoles,
        requiredPermissions,
        expiryWarningDays: settings['expiry-warning-days'],
        exportEnv: settings['export-env'],
        logout: settings.logout,
        timeoutMs: settings.timeout * 1000,
        retries: settings.retries,
        caPem: caCert?.certificates.join(''),
        caCertificates: caCert?.certificates ?? [],
        tlsVerify,
        secrets: types/* SECRET_INPUTS */.pH.map((input) => credentials[input]).filter((v) => Boolean(v)),
        warnings: tlsVerify
            ? []
            : [
                'tls-verify is false: the server certificate is not checked, so the connection can be intercepted. Prefer the ca-cert input.'
            ]
    };
    if (caCert?.droppedOther) {
        plan.warnings.push('The ca-cert input holds more than certificates (a private key?): only its CERTIFICATE blocks are used, and nothing else is kept or passed on. Remove the rest from the secret.');
    }
    plan.warnings.push(...(vendor.validate?.(plan) ?? []));
    return plan;
}
function checkRolesVerifiable(vendor, required) {
    if (!required.length)
        return;
    const model = vendor.roles;
    if (model.kind === 'none') {
        throw new failure/* ActionFailure */.dR(`The required-roles input cannot be used with ${vendor.name}: ${model.reason}`);
    }
    if (model.kind !== 'levels')
        return;
    const unknown = required.filter((role) => (0,identity/* roleLevel */.Z)(model.levels, role) === undefined);
    if (unknown.length) {
        throw new failure/* ActionFailure */.dR(`The required-roles input names ${(0,sanitize/* quotedList */.p4)(unknown)}, which ${unknown.length > 1 ? 'are' : 'is'} not ${vendor.name} role${unknown.length > 1 ? 's' : ''}. ${vendor.name} roles are ordered levels: ${model.levels.map((l) => `${l.name} (${l.level})`).join(', ')}; holding a role means holding that level or a higher one.`);
    }
}
function checkPermissionsVerifiable(vendor, required) {
    if (!required.length)
        return;
    const model = vendor.permissions;
    if (model.kind === 'none') {
        throw new failure/* ActionFailure */.dR(`The required-permissions input cannot be used with ${vendor.name}: ${model.reason}`);
    }
    if (model.kind !== 'defined')
        return;
    const known = new Set(model.known.map((p) => p.toLowerCase()));
    const unknown = required.filter((p) => !known.has(p.toLowerCase()));
    if (unknown.length) {
        throw new failure/* ActionFailure */.dR([
            `The required-permissions input asks for ${(0,sanitize/* quotedList */.p4)(unknown)}, which this action cannot verify for ${vendor.name}:`,
            ...unknown.map((p) => `  - ${p}: ${model.unknown(p)}`),
            `Verifiable: ${model.known.join(', ')}.`,
            'Fix: remove these from required-permissions.'
        ].join('\n'));
    }
}

// EXTERNAL MODULE: ./src/plan/input-names.ts
var input_names = __webpack_require__(1874);
// EXTERNAL MODULE: ./src/vendors/index.ts + 1 modules
var vendors = __webpack_require__(2167);
;// CONCATENATED MODULE: ./src/core/check.ts
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
        const vendor = await (0,vendors/* loadVendor */.XQ)(raw.vendor);
        outcome.vendor = vendor;
        const plan = buildPlan(raw, vendor, { env });
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
    const http = (0,core_context/* createHttpClient */.uT)({ ...plan, vendorName: vendor.name }, io);
    outcome.records = http.records;
    const context = { ...(0,core_context/* vendorContext */.mR)(http, io), plan, vendor };
    try {
        io.info(`Logging in to ${vendor.name} at ${plan.url} with ${plan.authMode} credentials`);
        const reported = await vendor.login(context);
        // From here on the identity is cleaned server text: one inert line per field.
        const result = { ...reported, identity: (0,identity/* cleanIdentity */.w1)(reported.identity) };
        outcome.result = result;
        if (result.session)
            await io.saveSession(plan, result.session);
        for (const warning of result.warnings ?? [])
            io.warning(warning);
        if (result.credentialExpiresAt) {
            const warning = (0,expiry/* judgeCredentialExpiry */.uj)(vendor.name, result.credentialExpiresAt, plan.expiryWarningDays);
            if (warning)
                io.warning(warning);
        }
        const gate = (0,identity/* mergeVerified */.LQ)((0,identity/* checkRequirements */.z4)(result.identity, plan.requiredRoles, plan.requiredPermissions, vendor.roles.kind === 'levels' ? vendor.roles : undefined), result.verified ?? [], vendor.name);
        outcome.gate = gate;
        io.info(`Verified: ${(0,identity/* describeIdentity */.Cl)(result.identity)}${rolesText(result)} at ${plan.url}`);
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
    return roles?.length ? `, role${roles.length > 1 ? 's' : ''} ${(0,sanitize/* boundedList */.Y4)(roles)}` : '';
}
/** Each requirement's real result: roles are any-of, so a listed role the user lacks is "not held". */
function requirementLine(r, gate) {
    const status = (0,identity/* requirementStatus */.O5)(r, gate);
    const detail = status === 'not held'
        ? ` (any one listed role suffices; matched ${gate.matchedRoles.map((m) => `"${m}"`).join(', ')})`
        : '';
    return `Requirement ${r.kind} "${r.required}": ${status}${detail}`;
}
function gateFailure(plan, result, gate) {
    return new failure/* ActionFailure */.dR([
        `${plan.vendor.name}: signed in, but the requirements of this step are not met.`,
        ...gate.reasons.map((reason) => `  - ${reason}`),
        `Fix: use credentials of a user that holds what the step requires, ask a ${plan.vendor.name} administrator to grant it, or change required-roles / required-permissions.`,
        ...(result.notes ?? []).map((note) => `${note.label}: ${note.value}`)
    ].join('\n'));
}
function failureMessage(error, io) {
    if (error instanceof failure/* ActionFailure */.dR)
        return error.message;
    // Not one of ours: keep the stack out of the message but available with debug logging.
    if (error instanceof Error && error.stack)
        io.debug(error.stack);
    return `scanner-login failed unexpectedly: ${(0,failure/* errorMessage */.gJ)(error)}. Please report this with the step's debug log.`;
}


/***/ }),

/***/ 2012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ normaliseExpiry),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   uj: () => (/* binding */ judgeCredentialExpiry)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
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

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   LQ: () => (/* binding */ mergeVerified),
/* harmony export */   O5: () => (/* binding */ requirementStatus),
/* harmony export */   Z: () => (/* binding */ roleLevel),
/* harmony export */   gL: () => (/* binding */ emptyIdentity),
/* harmony export */   w1: () => (/* binding */ cleanIdentity),
/* harmony export */   z4: () => (/* binding */ checkRequirements)
/* harmony export */ });
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9528);
/**
 * Who the credentials belong to, normalised across vendors, and the `required-roles` /
 * `required-permissions` gate. Pure: no I/O.
 */

function emptyIdentity() {
    return {
        userId: '',
        username: '',
        displayName: '',
        email: '',
        roles: undefined,
        permissions: undefined,
        organization: ''
    };
}
/** How names are compared everywhere: trimmed, case-insensitive. */
const fold = (value) => value.trim().toLowerCase();
/** The level a role names, by its name (case-insensitive) or its number; undefined when none. */
function roleLevel(levels, role) {
    const wanted = fold(role);
    return levels.find((l) => fold(l.name) === wanted || String(l.level) === wanted)?.level;
}
/**
 * Names are compared as members of a Set, never as object keys, so "constructor", "__proto__" or
 * "toString" match only a role or permission of that name.
 *
 * Roles: the identity must hold at least one of the required roles (with `levels`, a level at least
 * as high as one of them).
 * Permissions: it must hold every required permission.
 * A requirement the vendor gave no data for fails: a gate never passes silently.
 */
function checkRequirements(identity, requiredRoles, requiredPermissions, ordered) {
    const results = [];
    const reasons = [];
    const who = describeIdentity(identity);
    if (requiredRoles.length > 0) {
        const held = new Set([...(identity.roles ?? []), ...(identity.roleAliases ?? [])].map(fold));
        const userLevel = identity.roleLevel;
        const meets = (role) => {
            if (!ordered)
                return held.has(fold(role));
            const wanted = roleLevel(ordered.levels, role);
            return wanted !== undefined && userLevel !== undefined && userLevel >= wanted;
        };
        const matched = requiredRoles.map((role) => ({ role, ok: meets(role) }));
        const anyPassed = matched.some((m) => m.ok);
        for (const m of matched)
            results.push({ kind: 'role', required: m.role, passed: m.ok });
        if (identity.roles === undefined) {
            reasons.push(`the vendor did not report any role for ${who}, so required-roles (${requiredRoles.join(', ')}) cannot be verified`);
        }
        else if (!anyPassed) {
            const holds = identity.roles.length ? `holds ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedList */ .p4)(identity.roles)}` : 'holds no role';
            reasons.push(`${who} ${holds}, and this step requires ${requiredRoles.length > 1 ? 'one of ' : ''}${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedList */ .p4)(requiredRoles)}${ordered ? ' or a higher level' : ''} (required-roles)`);
        }
    }
    if (requiredPermissions.length > 0) {
        const held = new Set((identity.permissions ?? []).map(fold));
        const missing = [];
        for (const permission of requiredPermissions) {
            const ok = held.has(fold(permission));
            if (!ok)
                missing.push(permission);
            results.push({ kind: 'permission', required: permission, passed: ok });
        }
        if (identity.permissions === undefined) {
            reasons.push(`the vendor did not report any permission for ${who}, so required-permissions (${requiredPermissions.join(', ')}) cannot be verified`);
        }
        else if (missing.length > 0) {
            reasons.push(`${who} lacks ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedList */ .p4)(missing)} (required-permissions)`);
        }
    }
    return { results, matchedRoles: matchedRoles(results), passed: reasons.length === 0, reasons };
}
function matchedRoles(results) {
    return results.filter((r) => r.kind === 'role' && r.passed).map((r) => r.required);
}
/**
 * What one requirement row honestly says: "pass" when it is held or proven; "not held" for a listed
 * role the identity lacks while another listed role passed the any-of role requirement; "fail" when
 * it fails the gate.
 */
function requirementStatus(result, gate) {
    if (result.passed)
        return 'pass';
    return result.kind === 'role' && gate.matchedRoles.length > 0 ? 'not held' : 'fail';
}
/** "jdoe (Jane Doe, jdoe@example.com)": the most specific description the vendor allows. */
function describeIdentity(identity) {
    const primary = identity.username || identity.email || identity.displayName || identity.userId;
    if (!primary)
        return 'the signed-in user';
    const extra = [identity.displayName, identity.email].filter((v) => v && v !== primary);
    return extra.length ? `${primary} (${extra.join(', ')})` : primary;
}
/**
 * Adds requirements a vendor proved itself (Infracast permission probes): each replaces the gate's
 * own row for the same requirement, and a failed one fails the gate.
 */
function mergeVerified(gate, verified, vendor) {
    const same = (a, b) => a.kind === b.kind && fold(a.required) === fold(b.required);
    const failed = verified.filter((v) => !v.passed);
    const results = [...gate.results.filter((r) => !verified.some((v) => same(v, r))), ...verified];
    return {
        results,
        matchedRoles: matchedRoles(results),
        passed: gate.passed && failed.length === 0,
        reasons: [
            ...gate.reasons,
            ...failed.map((v) => `${v.kind} "${v.required}" was not proven by ${vendor}`)
        ]
    };
}
/** The identity with every field as cleaned server text. */
function cleanIdentity(identity) {
    const cleanList = (list) => list?.map((entry) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(entry));
    const cleaned = {
        userId: (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(identity.userId),
        username: (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(identity.username),
        displayName: (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(identity.displayName),
        email: (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(identity.email),
        roles: cleanList(identity.roles),
        permissions: cleanList(identity.permissions),
        organization: (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(identity.organization)
    };
    if (identity.roleAliases)
        cleaned.roleAliases = cleanList(identity.roleAliases) ?? [];
    // A number, not text: kept as it is, or the ordered-levels gate would never see it.
    const level = identity.roleLevel;
    if (typeof level === 'number' && Number.isFinite(level))
        cleaned.roleLevel = level;
    return cleaned;
}


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ms: () => (/* binding */ CREDENTIAL_INPUTS),
/* harmony export */   nM: () => (/* binding */ VENDOR_OPTION_INPUTS),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS)
/* harmony export */ });
/** Inputs that carry credentials; each is masked the moment it is read, when secret. */
const CREDENTIAL_INPUTS = [
    'api-key',
    'access-key',
    'secret-key',
    'username',
    'password',
    'refresh-token',
    'user-id',
    'api-token',
    'client-id',
    'client-secret'
];
/** Credential inputs that are secret (usernames and user and client ids are identity, not secrets). */
const SECRET_INPUTS = [
    'api-key',
    'access-key',
    'secret-key',
    'password',
    'refresh-token',
    'api-token',
    'client-secret'
];
/**
 * Inputs that only some vendors use. A vendor lists the ones it reads in `options`; any other of
 * these given to it is refused by name before any request (contract, Behaviour 1).
 */
const VENDOR_OPTION_INPUTS = ['organization-id', 'tenant', 'release-session'];


/***/ }),

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ INPUT_NAMES)
/* harmony export */ });
/* harmony import */ var _kit_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9905);
/** The action's inputs, as action.yml spells them. */

/** Every input in action.yml, in its order. */
const INPUT_NAMES = [
    'vendor',
    'url',
    'region',
    ..._kit_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_INPUTS */ .ms,
    ..._kit_types_js__WEBPACK_IMPORTED_MODULE_0__/* .VENDOR_OPTION_INPUTS */ .nM,
    'required-roles',
    'required-permissions',
    'expiry-warning-days',
    'export-env',
    'logout',
    'timeout',
    'retries',
    'ca-cert',
    'tls-verify'
];


/***/ })

};
