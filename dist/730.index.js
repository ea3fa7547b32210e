export const id = 730;
export const ids = [730];
export const modules = {

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ normaliseExpiry),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   uj: () => (/* binding */ judgeCredentialExpiry)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(633);
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

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
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
/** How names are compared everywhere: trimmed, case-insensitive. */
const fold = (value) => value.trim().toLowerCase();
/**
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
            const wanted = ordered.levels.find((l) => fold(l.name) === fold(role) || String(l.level) === fold(role));
            return wanted !== undefined && userLevel !== undefined && userLevel >= wanted.level;
        };
        const matched = requiredRoles.map((role) => ({ role, ok: meets(role) }));
        const anyPassed = matched.some((m) => m.ok);
        for (const m of matched)
            results.push({ kind: 'role', required: m.role, passed: m.ok });
        if (identity.roles === undefined) {
            reasons.push(`the vendor did not report any role for ${who}, so required-roles (${requiredRoles.join(', ')}) cannot be verified`);
        }
        else if (!anyPassed) {
            const holds = identity.roles.length ? `holds ${quoteList(identity.roles)}` : 'holds no role';
            reasons.push(`${who} ${holds}, and this step requires ${requiredRoles.length > 1 ? 'one of ' : ''}${quoteList(requiredRoles)}${ordered ? ' or a higher level' : ''} (required-roles)`);
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

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   S8: () => (/* binding */ parseBooleanInput)
/* harmony export */ });
/* unused harmony exports roleLevel, resolveLocation, isLoopbackHost */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(539);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(532);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(633);
/* harmony import */ var _vendors_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(618);
/**
 * Inputs → plan. Every validation error is raised here, before any request, and names the input
 * as it is spelled in action.yml. No logging and no @actions/core: the entry point reads the raw
 * values and masks secrets; this module only decides.
 */




/** Every input in action.yml, in its order. */
const INPUT_NAMES = [
    'vendor',
    'url',
    'region',
    ..._vendors_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CREDENTIAL_INPUTS */ .ms,
    ..._vendors_types_js__WEBPACK_IMPORTED_MODULE_1__/* .VENDOR_OPTION_INPUTS */ .nM,
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
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const MAX_TIMEOUT_SECONDS = 600;
const MAX_RETRIES = 10;
const MAX_EXPIRY_WARNING_DAYS = 3650;
/** A boolean input, spelled as @actions/core's getBooleanInput accepts (YAML 1.2 core schema). */
const booleanInput = (fallback) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((value, ctx) => {
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
    return zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
}));
const numberInput = (fallback, min, max, integer) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((value, ctx) => {
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
        return zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return parsed;
}));
/**
 * A list input: entries separated by commas or newlines, trimmed, inner runs of white space folded
 * to one space, duplicates dropped. Two shapes users reach for are read as well: a JSON array (the
 * shape of the roles output) and YAML block-list dashes ("- Security Manager"). Text that yields no
 * entry at all (", ,") is an error, not "no requirement": a gate must never switch off silently.
 */
const listInput = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((value, ctx) => {
    if (value.trim() === '')
        return [];
    const entries = (jsonArray(value) ?? value.split(/[,\n]/))
        .map((entry) => entry
        .replace(/^\s*-\s+/, '')
        .replace(/\s+/g, ' ')
        .trim())
        .filter(Boolean);
    if (entries.length === 0) {
        ctx.issues.push({
            code: 'custom',
            input: value,
            message: `has text but no entries ("${value.trim()}"); give names separated by commas or newlines, or leave it empty`
        });
        return zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return [...new Set(entries)];
}));
function jsonArray(value) {
    if (!value.trim().startsWith('['))
        return undefined;
    try {
        const parsed = JSON.parse(value);
        return Array.isArray(parsed) && parsed.every((entry) => typeof entry === 'string')
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}
const settingsSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    'required-roles': listInput,
    'required-permissions': listInput,
    'expiry-warning-days': numberInput(14, 0, MAX_EXPIRY_WARNING_DAYS, true),
    'export-env': booleanInput(true),
    logout: booleanInput(true),
    timeout: numberInput(30, 1, MAX_TIMEOUT_SECONDS, false),
    retries: numberInput(2, 0, MAX_RETRIES, true),
    'tls-verify': booleanInput(true)
});
/** Parses a boolean input as @actions/core's getBooleanInput would, naming the input when wrong. */
function parseBooleanInput(input, value, fallback) {
    const parsed = booleanInput(fallback).safeParse(value);
    if (!parsed.success)
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The ${input} input must be true or false, not "${value}".`);
    return parsed.data;
}
function buildPlan(raw, vendor, environment) {
    const { env } = environment;
    const parsed = settingsSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `The ${String(issue.path[0])} input ${issue.message}.`);
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(problems.join('\n'));
    }
    const settings = parsed.data;
    refuseForeignOptions(raw, vendor);
    const fromEnv = (input) => raw[input] || firstEnv(env, vendor.credentialEnv[input]);
    const { mode, credentials } = selectCredentials(vendor, raw, fromEnv);
    const options = {};
    for (const option of vendor.options ?? []) {
        const value = raw[option.input] || firstEnv(env, option.env);
        if (value)
            options[option.input] = value;
    }
    const requiredRoles = settings['required-roles'];
    const requiredPermissions = settings['required-permissions'];
    checkRolesVerifiable(vendor, requiredRoles);
    checkPermissionsVerifiable(vendor, requiredPermissions);
    const tlsVerify = settings['tls-verify'];
    const location = resolveLocation(raw.url, raw.region, vendor, credentials);
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
        caPem: readCaCert(raw['ca-cert'], environment.readFile ?? ((path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'))),
        tlsVerify,
        secrets: _vendors_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_INPUTS */ .pH.map((input) => credentials[input]).filter((v) => Boolean(v)),
        warnings: tlsVerify
            ? []
            : [
                'tls-verify is false: the server certificate is not checked, so the connection can be intercepted. Prefer the ca-cert input.'
            ]
    };
    plan.warnings.push(...(vendor.validate?.(plan) ?? []));
    return plan;
}
function firstEnv(env, names) {
    for (const name of names ?? []) {
        const value = (env[name] ?? '').trim();
        if (value)
            return value;
    }
    return '';
}
/**
 * An input meant for another vendor is refused by name rather than ignored: a tenant given to
 * Tenable.sc is a mistake the user wants to hear about. release-session has a default (false), so
 * only a true value counts as given.
 */
function refuseForeignOptions(raw, vendor) {
    const own = new Set((vendor.options ?? []).map((option) => option.input));
    const given = (input) => input === 'release-session' ? /^true$/i.test(raw[input].trim()) : raw[input].trim() !== '';
    const foreign = _vendors_types_js__WEBPACK_IMPORTED_MODULE_1__/* .VENDOR_OPTION_INPUTS */ .nM.filter((input) => !own.has(input) && given(input));
    if (raw.region.trim() && !vendor.location.regions)
        foreign.push('region');
    if (foreign.length) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`${vendor.name} does not use the ${names(foreign)} input${foreign.length > 1 ? 's' : ''}; remove ${foreign.length > 1 ? 'them' : 'it'} from this step.`);
    }
}
function checkRolesVerifiable(vendor, required) {
    if (!required.length)
        return;
    const model = vendor.roles;
    if (model.kind === 'none') {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The required-roles input cannot be used with ${vendor.name}: ${model.reason}`);
    }
    if (model.kind !== 'levels')
        return;
    const unknown = required.filter((role) => roleLevel(model.levels, role) === undefined);
    if (unknown.length) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The required-roles input names ${quoteList(unknown)}, which ${unknown.length > 1 ? 'are' : 'is'} not ${vendor.name} role${unknown.length > 1 ? 's' : ''}. ${vendor.name} roles are ordered levels: ${model.levels.map((l) => `${l.name} (${l.level})`).join(', ')}; holding a role means holding that level or a higher one.`);
    }
}
/** A level by its name (case-insensitive, inner spaces folded) or its number. */
function roleLevel(levels, role) {
    const wanted = role.trim().toLowerCase();
    return levels.find((l) => l.name.toLowerCase() === wanted || String(l.level) === wanted)?.level;
}
function checkPermissionsVerifiable(vendor, required) {
    if (!required.length)
        return;
    const model = vendor.permissions;
    if (model.kind === 'none') {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The required-permissions input cannot be used with ${vendor.name}: ${model.reason}`);
    }
    if (model.kind !== 'defined')
        return;
    const known = new Set(model.known.map((p) => p.toLowerCase()));
    const unknown = required.filter((p) => !known.has(p.toLowerCase()));
    if (unknown.length) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR([
            `The required-permissions input asks for ${quoteList(unknown)}, which this action cannot verify for ${vendor.name}:`,
            ...unknown.map((p) => `  - ${p}: ${model.unknown(p)}`),
            `Verifiable: ${model.known.join(', ')}.`,
            'Fix: remove these from required-permissions.'
        ].join('\n'));
    }
}
/** Exactly one complete credential mode, or an error that says which inputs to set. */
function selectCredentials(vendor, raw, valueOf) {
    const usable = new Set(vendor.modes.flatMap((mode) => mode.inputs));
    const foreign = _vendors_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CREDENTIAL_INPUTS */ .ms.filter((input) => raw[input] && !usable.has(input));
    if (foreign.length) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`${vendor.name} does not use the ${names(foreign)} input${foreign.length > 1 ? 's' : ''}. ` +
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
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`Conflicting credentials for ${vendor.name}: ${names([...given])} were all given. ` +
            `Give exactly one of ${modeList(vendor.modes)}.`);
    }
    if (touched.length === 1) {
        const mode = touched[0];
        const missing = mode.inputs.filter((input) => !given.has(input));
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .MissingCredentialFailure */ .s$(`The ${names(missing)} input${missing.length > 1 ? 's are' : ' is'} empty: ${vendor.name} ` +
            `needs ${names(mode.inputs, ' and ')} together${fallbackNote(vendor, missing)}.`);
    }
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .MissingCredentialFailure */ .s$(`No credentials for ${vendor.name}: set ${modeList(vendor.modes)}, from repository secrets` +
        `${fallbackNote(vendor, [...usable])}.`);
}
/** The base URL: the url input, else the region's URL, else the vendor's default. */
function resolveLocation(urlInput, regionInput, vendor, credentials = {}) {
    const { location } = vendor;
    const regionName = regionInput.trim().toLowerCase();
    if (urlInput && regionName) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR("The url and region inputs were both given; give one: region picks the vendor's cloud URL for that region, url names a server directly.");
    }
    if (urlInput)
        return { url: checkedUrl(urlInput), region: undefined };
    const regions = location.regions;
    if (regions) {
        const chosen = regionName || location.regionFromCredentials?.(credentials) || location.defaultRegion;
        if (chosen && Object.hasOwn(regions, chosen)) {
            return { url: checkedUrl(regions[chosen]), region: chosen };
        }
        if (regionName) {
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The region input "${regionInput.trim()}" is not a ${vendor.name} region. Valid regions: ${Object.keys(regions).join(', ')}.`);
        }
    }
    if (location.defaultUrl)
        return { url: checkedUrl(location.defaultUrl), region: undefined };
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input is required for ${vendor.name}: it is installed on your own servers, so there is no default (e.g. url: ${location.urlExample ?? 'https://scanner.example.com'}).`);
}
function checkedUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input "${value}" is not a URL; give the scheme too, e.g. https://${value}.`);
    }
    if (url.username || url.password) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR('The url input must not contain credentials; use the credential inputs instead.');
    }
    if (url.search || url.hash) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input must be a base URL without a query or fragment, not "${value}".`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for localhost. Got "${value}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input must be an https:// URL, not "${value}".`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** localhost, 127.0.0.0/8 and [::1]: the hosts that may use http:// and never go through a proxy. */
function isLoopbackHost(hostname) {
    return LOOPBACK_HOSTS.test(hostname);
}
function readCaCert(input, readFile) {
    if (!input)
        return undefined;
    const pem = input.includes('-----BEGIN') ? input : readPemFile(input, readFile);
    if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(pem)) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR('The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).');
    }
    return pem;
}
function readPemFile(path, readFile) {
    try {
        return readFile(path);
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The ca-cert input is neither PEM text nor a readable file: "${path}" (${code}). Give the PEM text itself or a path relative to the workspace.`);
    }
}
function names(inputs, joiner = ', ') {
    return inputs.join(joiner);
}
function modeList(modes) {
    return modes.map((mode) => mode.inputs.join(' + ')).join(', or ');
}
function quoteList(values) {
    return values.map((v) => `"${v}"`).join(', ');
}
function fallbackNote(vendor, inputs) {
    const variables = inputs.flatMap((input) => vendor.credentialEnv[input] ?? []);
    return variables.length
        ? ` (or the ${variables.join(', ')} environment variable${variables.length > 1 ? 's' : ''})`
        : '';
}


/***/ }),

/***/ 730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(178);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(788);
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(169);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(633);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(625);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(440);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(422);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(462);
/* harmony import */ var _vendors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(511);
/* harmony import */ var _vendors_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(618);
/**
 * The main step: inputs → plan → vendor login → gate → export. Each stage lives in its own module;
 * this one only wires them together and turns any error into the step's single failure message.
 */










async function run() {
    (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .markMainStarted */ .UM)();
    try {
        await login();
    }
    catch (error) {
        (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)(await failureMessage(error));
    }
}
async function login() {
    const raw = readInputs();
    const vendor = await (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadVendor */ .XQ)(raw.vendor);
    const plan = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .buildPlan */ .Gg)(raw, vendor, { env: process.env });
    // Values taken from the environment fallback are secrets too.
    for (const secret of plan.secrets)
        (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK)(secret);
    for (const warning of plan.warnings)
        _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(warning);
    const http = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createHttpClient */ .uT)({ ...plan, vendorName: vendor.name });
    const context = { ...(0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .vendorContext */ .mR)(http), plan, vendor };
    let result;
    let gate;
    try {
        _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(`Logging in to ${vendor.name} at ${plan.url} with ${plan.authMode} credentials`);
        result = await vendor.login(context);
        if (result.session)
            saveSessionForLogout(plan, result.session);
        if (result.credentialExpiresAt) {
            const warning = (0,_expiry_js__WEBPACK_IMPORTED_MODULE_6__/* .judgeCredentialExpiry */ .uj)(vendor.name, result.credentialExpiresAt, plan.expiryWarningDays);
            if (warning)
                _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(warning);
        }
        gate = (0,_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .mergeVerified */ .LQ)((0,_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRequirements */ .z4)(result.identity, plan.requiredRoles, plan.requiredPermissions, vendor.roles.kind === 'levels' ? vendor.roles : undefined), result.verified ?? [], vendor.name);
        (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .publishIdentity */ .kg)(plan, result.identity);
        _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(`Verified: ${(0,_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .describeIdentity */ .Cl)(result.identity)}${rolesText(result)} at ${plan.url}`);
        if (!gate.passed)
            throw gateFailure(plan, result, gate);
        for (const r of gate.results)
            _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(`Requirement ${r.kind} "${r.required}": pass`);
        (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .publishCredentials */ .Ie)(plan, result);
    }
    catch (error) {
        await (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)({
            plan,
            http,
            ...(result ? { result } : {}),
            ...(gate ? { gate } : {}),
            failure: (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)((0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error))
        });
        throw error;
    }
    finally {
        http.close();
    }
    await (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)({ plan, http, result, gate });
}
/** Reads every input once; secret ones are masked before anything else can print them. */
function readInputs() {
    const raw = {};
    for (const name of _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_NAMES */ .Qh) {
        raw[name] = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
        if (_vendors_types_js__WEBPACK_IMPORTED_MODULE_9__/* .SECRET_INPUTS */ .pH.includes(name))
            (0,_export_js__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK)(raw[name]);
    }
    return raw;
}
function saveSessionForLogout(plan, session) {
    if (!plan.logout) {
        _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info('logout is false: the session stays open after this job.');
        return;
    }
    (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .saveLogoutState */ .Jb)({
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
    return new _failure_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionFailure */ .dR([
        `${plan.vendor.name}: signed in, but the requirements of this step are not met.`,
        ...gate.reasons.map((reason) => `  - ${reason}`),
        `Fix: use credentials of a user that holds what the step requires, ask a ${plan.vendor.name} administrator to grant it, or change required-roles / required-permissions.`,
        ...(result.notes ?? []).map((note) => `${note.label}: ${note.value}`)
    ].join('\n'));
}
async function failureMessage(error) {
    if (error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_8__/* .MissingCredentialFailure */ .s$) {
        const hint = await secretlessRunHintSafely();
        return hint ? `${error.message}\n${hint}` : error.message;
    }
    if (error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionFailure */ .dR)
        return error.message;
    // Not one of ours: keep the stack out of the message but available with step debug logging.
    if (error instanceof Error && error.stack)
        _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.debug(error.stack);
    return `scanner-login failed unexpectedly: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}. Please report this with the step's debug log.`;
}
async function secretlessRunHintSafely() {
    try {
        const { secretlessRunHint } = await __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 164));
        return secretlessRunHint();
    }
    catch (error) {
        _export_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.debug(`Could not read the event payload: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
}


/***/ }),

/***/ 618:
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


/***/ })

};
