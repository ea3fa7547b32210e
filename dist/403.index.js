export const id = 403;
export const ids = [403];
export const modules = {

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   LQ: () => (/* binding */ mergeVerified),
/* harmony export */   z4: () => (/* binding */ checkRequirements)
/* harmony export */ });
/* unused harmony export emptyIdentity */
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
const fold = (value) => value.trim().toLowerCase();
/**
 * Roles: the identity must hold at least one of the required roles.
 * Permissions: it must hold every required permission.
 * A requirement the vendor gave no data for fails: a gate never passes silently.
 */
function checkRequirements(identity, requiredRoles, requiredPermissions) {
    const results = [];
    const reasons = [];
    const who = describeIdentity(identity);
    if (requiredRoles.length > 0) {
        const held = new Set([...(identity.roles ?? []), ...(identity.roleAliases ?? [])].map(fold));
        const matched = requiredRoles.map((role) => ({ role, ok: held.has(fold(role)) }));
        const anyPassed = matched.some((m) => m.ok);
        for (const m of matched)
            results.push({ kind: 'role', required: m.role, passed: m.ok });
        if (identity.roles === undefined) {
            reasons.push(`the vendor did not report any role for ${who}, so required-roles (${requiredRoles.join(', ')}) cannot be verified`);
        }
        else if (!anyPassed) {
            const holds = identity.roles.length ? `holds ${quoteList(identity.roles)}` : 'holds no role';
            reasons.push(`${who} ${holds}, and this step requires ${requiredRoles.length > 1 ? 'one of ' : ''}${quoteList(requiredRoles)} (required-roles)`);
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
            reasons.push(`${who} lacks ${quoteList(missing)} (required-permissions)`);
        }
    }
    return { results, passed: reasons.length === 0, reasons };
}
/** "jdoe (Jane Doe, jdoe@example.com)": the most specific description the vendor allows. */
function describeIdentity(identity) {
    const primary = identity.username || identity.email || identity.displayName || identity.userId;
    if (!primary)
        return 'the signed-in user';
    const extra = [identity.displayName, identity.email].filter((v) => v && v !== primary);
    return extra.length ? `${primary} (${extra.join(', ')})` : primary;
}
function quoteList(values) {
    return values.map((v) => `"${v}"`).join(', ');
}
/**
 * Adds requirements a vendor proved itself (Infracast permission probes): each replaces the gate's
 * own row for the same requirement, and a failed one fails the gate.
 */
function mergeVerified(gate, verified, vendor) {
    const same = (a, b) => a.kind === b.kind && fold(a.required) === fold(b.required);
    const failed = verified.filter((v) => !v.passed);
    return {
        results: [...gate.results.filter((r) => !verified.some((v) => same(v, r))), ...verified],
        passed: gate.passed && failed.length === 0,
        reasons: [
            ...gate.reasons,
            ...failed.map((v) => `${v.kind} "${v.required}" was not proven by ${vendor}`)
        ]
    };
}


/***/ }),

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(178);
// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/export.ts
var src_export = __webpack_require__(169);
// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(633);
// EXTERNAL MODULE: ./src/identity.ts
var identity = __webpack_require__(625);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 8 modules
var schemas = __webpack_require__(539);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(532);
;// CONCATENATED MODULE: ./src/vendors/types.ts
/** Inputs that carry credentials; each is masked the moment it is read. */
const CREDENTIAL_INPUTS = [
    'api-key',
    'access-key',
    'secret-key',
    'username',
    'password',
    'refresh-token',
    'user-id',
    'api-token'
];
/** Credential inputs that are secret (usernames and user ids are identity, not secrets). */
const SECRET_INPUTS = [
    'api-key',
    'access-key',
    'secret-key',
    'password',
    'refresh-token',
    'api-token'
];

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Inputs → plan. Every validation error is raised here, before any request, and names the input
 * as it is spelled in action.yml. No logging and no @actions/core: the entry point reads the raw
 * values and masks secrets; this module only decides.
 */




/** Every input in action.yml, in its order. */
const INPUT_NAMES = [
    'vendor',
    'url',
    ...CREDENTIAL_INPUTS,
    'organization-id',
    'tenant',
    'required-roles',
    'required-permissions',
    'export-env',
    'logout',
    'release-session',
    'timeout',
    'retries',
    'ca-cert',
    'tls-verify'
];
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const MAX_TIMEOUT_SECONDS = 600;
const MAX_RETRIES = 10;
/** A boolean input, spelled as @actions/core's getBooleanInput accepts (YAML 1.2 core schema). */
const booleanInput = (fallback) => schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((value, ctx) => {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    ctx.issues.push({
        code: 'custom',
        input: value,
        message: `must be true or false, not "${value}"`
    });
    return core_core/* NEVER */.tm;
}));
const numberInput = (fallback, min, max, integer) => schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((value, ctx) => {
    if (value === '')
        return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) ||
        (integer && !Number.isInteger(parsed)) ||
        parsed < min ||
        parsed > max) {
        ctx.issues.push({
            code: 'custom',
            input: value,
            message: `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${value}"`
        });
        return core_core/* NEVER */.tm;
    }
    return parsed;
}));
/** Entries separated by commas or newlines, trimmed, empty ones dropped. */
const listInput = schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((value) => [
    ...new Set(value
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean))
]));
const settingsSchema = schemas/* object */.Ikc({
    'required-roles': listInput,
    'required-permissions': listInput,
    'export-env': booleanInput(true),
    logout: booleanInput(true),
    'release-session': booleanInput(false),
    timeout: numberInput(30, 1, MAX_TIMEOUT_SECONDS, false),
    retries: numberInput(2, 0, MAX_RETRIES, true),
    'tls-verify': booleanInput(true)
});
function buildPlan(raw, vendor, environment) {
    const { env } = environment;
    const parsed = settingsSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `The ${String(issue.path[0])} input ${issue.message}.`);
        throw new failure/* ActionFailure */.dR(problems.join('\n'));
    }
    const settings = parsed.data;
    const fromEnv = (input) => {
        const name = vendor.envFallback[input];
        return raw[input] || (name ? (env[name] ?? '').trim() : '');
    };
    const { mode, credentials } = selectCredentials(vendor, raw, fromEnv);
    const requiredRoles = settings['required-roles'];
    const requiredPermissions = settings['required-permissions'];
    if (requiredRoles.length && !vendor.roles.verifiable) {
        throw new failure/* ActionFailure */.dR(`The required-roles input cannot be used with ${vendor.name}: ${vendor.roles.reason}`);
    }
    if (requiredPermissions.length && !vendor.permissions.verifiable) {
        throw new failure/* ActionFailure */.dR(`The required-permissions input cannot be used with ${vendor.name}: ${vendor.permissions.reason}`);
    }
    const tlsVerify = settings['tls-verify'];
    const plan = {
        vendor,
        url: resolveUrl(raw.url, vendor),
        authMode: mode.id,
        credentials,
        organizationId: fromEnv('organization-id'),
        tenant: fromEnv('tenant'),
        requiredRoles,
        requiredPermissions,
        exportEnv: settings['export-env'],
        logout: settings.logout,
        releaseSession: settings['release-session'],
        timeoutMs: settings.timeout * 1000,
        retries: settings.retries,
        caPem: readCaCert(raw['ca-cert'], environment.readFile ?? ((path) => (0,external_node_fs_.readFileSync)(path, 'utf8'))),
        tlsVerify,
        secrets: SECRET_INPUTS.map((input) => credentials[input]).filter((v) => Boolean(v)),
        warnings: tlsVerify
            ? []
            : [
                'tls-verify is false: the server certificate is not checked, so the connection can be intercepted. Prefer the ca-cert input.'
            ]
    };
    plan.warnings.push(...(vendor.validate?.(plan) ?? []));
    return plan;
}
/** Exactly one complete credential mode, or an error that says which inputs to set. */
function selectCredentials(vendor, raw, valueOf) {
    const usable = new Set(vendor.modes.flatMap((mode) => mode.inputs));
    const foreign = CREDENTIAL_INPUTS.filter((input) => raw[input] && !usable.has(input));
    if (foreign.length) {
        throw new failure/* ActionFailure */.dR(`${vendor.name} does not use the ${names(foreign)} input${foreign.length > 1 ? 's' : ''}. ` +
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
        throw new failure/* ActionFailure */.dR(`Conflicting credentials for ${vendor.name}: ${names([...given])} were all given. ` +
            `Give exactly one of ${modeList(vendor.modes)}.`);
    }
    if (touched.length === 1) {
        const mode = touched[0];
        const missing = mode.inputs.filter((input) => !given.has(input));
        throw new failure/* MissingCredentialFailure */.s$(`The ${names(missing)} input${missing.length > 1 ? 's are' : ' is'} empty: ${vendor.name} ` +
            `needs ${names(mode.inputs, ' and ')} together${fallbackNote(vendor, missing)}.`);
    }
    throw new failure/* MissingCredentialFailure */.s$(`No credentials for ${vendor.name}: set ${modeList(vendor.modes)}, from repository secrets` +
        `${fallbackNote(vendor, [...usable])}.`);
}
function resolveUrl(input, vendor) {
    const value = input || vendor.defaultUrl;
    if (!value) {
        throw new failure/* ActionFailure */.dR(`The url input is required for ${vendor.name}: it is installed on your own servers, so there is no default (e.g. url: https://sc.example.com).`);
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new failure/* ActionFailure */.dR(`The url input "${value}" is not a URL; give the scheme too, e.g. https://${value}.`);
    }
    if (url.username || url.password) {
        throw new failure/* ActionFailure */.dR('The url input must not contain credentials; use the credential inputs instead.');
    }
    if (url.search || url.hash) {
        throw new failure/* ActionFailure */.dR(`The url input must be a base URL without a query or fragment, not "${value}".`);
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    if (url.protocol === 'http:' && !loopback) {
        throw new failure/* ActionFailure */.dR(`The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for localhost. Got "${value}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new failure/* ActionFailure */.dR(`The url input must be an https:// URL, not "${value}".`);
    }
    return url.toString().replace(/\/+$/, '');
}
function readCaCert(input, readFile) {
    if (!input)
        return undefined;
    const pem = input.includes('-----BEGIN') ? input : readPemFile(input, readFile);
    if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(pem)) {
        throw new failure/* ActionFailure */.dR('The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).');
    }
    return pem;
}
function readPemFile(path, readFile) {
    try {
        return readFile(path);
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new failure/* ActionFailure */.dR(`The ca-cert input is neither PEM text nor a readable file: "${path}" (${code}). Give the PEM text itself or a path relative to the workspace.`);
    }
}
function names(inputs, joiner = ', ') {
    return inputs.join(joiner);
}
function modeList(modes) {
    return modes.map((mode) => mode.inputs.join(' + ')).join(', or ');
}
function fallbackNote(vendor, inputs) {
    const variables = inputs.map((input) => vendor.envFallback[input]).filter(Boolean);
    return variables.length
        ? ` (or the ${variables.join(', ')} environment variable${variables.length > 1 ? 's' : ''})`
        : '';
}

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(462);
// EXTERNAL MODULE: ./src/vendors/index.ts
var vendors = __webpack_require__(511);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The main step: inputs → plan → vendor login → gate → export. Each stage lives in its own module;
 * this one only wires them together and turns any error into the step's single failure message.
 */









async function run() {
    (0,state/* markMainStarted */.UM)();
    try {
        await login();
    }
    catch (error) {
        (0,src_export/* fail */.fJ)(await failureMessage(error));
    }
}
async function login() {
    const raw = readInputs();
    const vendor = await (0,vendors/* loadVendor */.XQ)(raw.vendor);
    const plan = buildPlan(raw, vendor, { env: process.env });
    // Values taken from the environment fallback are secrets too.
    for (const secret of plan.secrets)
        (0,src_export/* mask */.dK)(secret);
    for (const warning of plan.warnings)
        src_export/* log */.Rm.warning(warning);
    const http = (0,src_context/* createHttpClient */.uT)({ ...plan, vendorName: vendor.name });
    const context = { ...(0,src_context/* vendorContext */.mR)(http), plan };
    let result;
    let gate;
    try {
        src_export/* log */.Rm.info(`Logging in to ${vendor.name} at ${plan.url} with ${plan.authMode} credentials`);
        result = await vendor.login(context);
        if (result.session)
            saveSessionForLogout(plan, result.session);
        gate = (0,identity/* mergeVerified */.LQ)((0,identity/* checkRequirements */.z4)(result.identity, plan.requiredRoles, plan.requiredPermissions), result.verified ?? [], vendor.name);
        (0,src_export/* publishIdentity */.kg)(plan, result.identity);
        src_export/* log */.Rm.info(`Verified: ${(0,identity/* describeIdentity */.Cl)(result.identity)}${rolesText(result)} at ${plan.url}`);
        if (!gate.passed)
            throw gateFailure(plan, result, gate);
        for (const r of gate.results)
            src_export/* log */.Rm.info(`Requirement ${r.kind} "${r.required}": pass`);
        (0,src_export/* publishCredentials */.Ie)(plan, result);
    }
    catch (error) {
        await (0,src_export/* writeSummary */.Sy)({
            plan,
            http,
            ...(result ? { result } : {}),
            ...(gate ? { gate } : {}),
            failure: (0,src_export/* redact */.E$)((0,failure/* errorMessage */.gJ)(error))
        });
        throw error;
    }
    finally {
        http.close();
    }
    await (0,src_export/* writeSummary */.Sy)({ plan, http, result, gate });
}
/** Reads every input once; secret ones are masked before anything else can print them. */
function readInputs() {
    const raw = {};
    for (const name of INPUT_NAMES) {
        raw[name] = core/* getInput */.V4(name);
        if (SECRET_INPUTS.includes(name))
            (0,src_export/* mask */.dK)(raw[name]);
    }
    return raw;
}
function saveSessionForLogout(plan, session) {
    if (!plan.logout) {
        src_export/* log */.Rm.info('logout is false: the session stays open after this job.');
        return;
    }
    (0,state/* saveLogoutState */.Jb)({
        vendor: plan.vendor.id,
        url: plan.url,
        timeoutMs: plan.timeoutMs,
        retries: plan.retries,
        tlsVerify: plan.tlsVerify,
        caPem: plan.caPem,
        session
    });
}
function rolesText(result) {
    const roles = result.identity.roles;
    return roles?.length ? `, role${roles.length > 1 ? 's' : ''} ${roles.join(', ')}` : '';
}
function gateFailure(plan, result, gate) {
    return new failure/* ActionFailure */.dR([
        `${plan.vendor.name}: signed in, but the requirements of this step are not met.`,
        ...gate.reasons.map((reason) => `  - ${reason}`),
        `Fix: use credentials of a user that holds what the step requires, ask a ${plan.vendor.name} administrator to grant it, or change required-roles / required-permissions.`,
        ...(result.notes ?? [])
    ].join('\n'));
}
async function failureMessage(error) {
    if (error instanceof failure/* MissingCredentialFailure */.s$) {
        const hint = await secretlessRunHintSafely();
        return hint ? `${error.message}\n${hint}` : error.message;
    }
    if (error instanceof failure/* ActionFailure */.dR)
        return error.message;
    // Not one of ours: keep the stack out of the message but available with step debug logging.
    if (error instanceof Error && error.stack)
        src_export/* log */.Rm.debug(error.stack);
    return `scanner-login failed unexpectedly: ${(0,failure/* errorMessage */.gJ)(error)}. Please report this with the step's debug log.`;
}
async function secretlessRunHintSafely() {
    try {
        const { secretlessRunHint } = await __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 164));
        return secretlessRunHint();
    }
    catch (error) {
        src_export/* log */.Rm.debug(`Could not read the event payload: ${(0,failure/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}


/***/ })

};
