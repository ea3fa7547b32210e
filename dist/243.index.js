export const id = 243;
export const ids = [243];
export const modules = {

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

/***/ 940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lc: () => (/* binding */ bool),
  IT: () => (/* binding */ firstPresent),
  ou: () => (/* binding */ firstText),
  Gv: () => (/* binding */ isObject),
  Dy: () => (/* binding */ names),
  ec: () => (/* binding */ serverLine),
  Qq: () => (/* binding */ parse_text),
  Xc: () => (/* binding */ unwrap)
});

// UNUSED EXPORTS: MAX_NAMES, credentialText

;// CONCATENATED MODULE: ./src/sanitize.ts
/**
 * Server text is data, never commands (contract Behaviour 10). Interim version: the full module
 * (credential grammars, defence at the output boundary) replaces it.
 */
const MAX_LINE = 512;
/** One line, no control characters, inert as a workflow command, at most MAX_LINE characters. */
function serverText(value) {
    let line = value
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/##\[/g, '## [');
    while (/^\s*::/.test(line))
        line = line.replace(/^(\s*):/, '$1: ');
    if (line.length > MAX_LINE)
        line = `${line.slice(0, MAX_LINE)}…`;
    return line;
}

;// CONCATENATED MODULE: ./src/vendors/parse.ts
/**
 * Tolerant readers for vendor JSON: ids that arrive as strings or numbers, booleans as "true",
 * names in camelCase or snake_case, roles as a string, a list, or a list of objects.
 *
 * Every string these readers return has passed `serverText`: one line, no control characters, inert
 * as a workflow command. Identity values read through them are safe for the log, outputs and the
 * summary, whatever the server sent. Credentials are read with `credentialText`, which changes
 * nothing, because a credential must be checked against its grammar, not repaired.
 */

/** The most names (roles, permissions, organizations) read from one answer; the rest are dropped. */
const MAX_NAMES = 1000;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A string or number as cleaned text; anything else as ''. */
function parse_text(value) {
    if (typeof value === 'string')
        return serverText(value).trim();
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return '';
}
/** The server's text on one line, cleaned (see ../sanitize.ts). */
function serverLine(value) {
    return serverText(value);
}
/**
 * A credential field exactly as the server sent it (a number as its decimal digits), or '' when
 * absent or of another type. Not cleaned: the caller checks it against the credential's grammar.
 */
function credentialText(source, keys) {
    if (!isObject(source))
        return '';
    for (const key of keys) {
        const value = source[key];
        if (typeof value === 'string' && value !== '')
            return value;
        if (typeof value === 'number' && Number.isFinite(value))
            return String(value);
    }
    return '';
}
/** The first of `keys` whose value reads as non-empty text. */
function firstText(source, keys) {
    if (!isObject(source))
        return '';
    for (const key of keys) {
        const value = parse_text(source[key]);
        if (value)
            return value;
    }
    return '';
}
/** The first of `keys` that is present at all (even empty), or undefined. */
function firstPresent(source, keys) {
    if (!isObject(source))
        return undefined;
    for (const key of keys) {
        if (Object.hasOwn(source, key) && source[key] !== null && source[key] !== undefined) {
            return source[key];
        }
    }
    return undefined;
}
/** Names from a string, a list of strings, an object with a name, or a list of those. */
function names(value, nameKeys = ['name', 'displayName', 'display_name', 'id']) {
    const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    const result = new Set();
    for (const item of items) {
        if (result.size >= MAX_NAMES)
            break;
        const name = isObject(item) ? firstText(item, nameKeys) : parse_text(item);
        if (name)
            result.add(name);
    }
    return [...result];
}
/** "true"/"false" strings and real booleans; undefined for anything else. */
function bool(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    return undefined;
}
/** Unwraps a `{ data: {...} }` or `{ user: {...} }` envelope when there is one. */
function unwrap(value, keys = ['data', 'user', 'result']) {
    if (!isObject(value))
        return value;
    for (const key of keys)
        if (isObject(value[key]))
            return value[key];
    return value;
}


/***/ }),

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CURRENT_USER_FIELDS: () => (/* binding */ CURRENT_USER_FIELDS),
/* harmony export */   newestSessionCookie: () => (/* binding */ newestSessionCookie),
/* harmony export */   parseCurrentUser: () => (/* binding */ parseCurrentUser),
/* harmony export */   readEnvelope: () => (/* binding */ readEnvelope),
/* harmony export */   tenableSc: () => (/* binding */ tenableSc),
/* harmony export */   validateKeys: () => (/* binding */ validateKeys),
/* harmony export */   vendorText: () => (/* binding */ vendorText)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(633);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(803);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(422);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(940);
/**
 * Tenable.sc (Security Center), always on-premises. Two credential modes:
 *   - API keys (5.13+): `x-apikey: accesskey=AK; secretkey=SK;`, verified with one
 *     GET /rest/currentUser;
 *   - a session: POST /rest/token, then X-SecurityCenter: <token> plus the TNS_SESSIONID cookie on
 *     every later request, ended by DELETE /rest/token in the post step.
 * Every /rest answer is an envelope { type, response, error_code, error_msg, warnings, timestamp };
 * HTTP 200 alone proves nothing, and errors arrive as 400 or 403 with JSON labelled text/html.
 * Sources: shared vendor notes §2 and decisions 4-9, Tenable's "API Key Authorization" and
 * "Token" pages, pyTenable's recorded cassettes.
 */




const NAME = 'Tenable.sc';
const TOKEN_PATH = '/rest/token';
const CURRENT_USER_FIELDS = [
    'id',
    'username',
    'firstname',
    'lastname',
    'email',
    'role',
    'organization',
    // Older releases name the organization only through orgName.
    'orgName',
    'group',
    'authType',
    'status'
];
const CURRENT_USER_PATH = `/rest/currentUser?fields=${CURRENT_USER_FIELDS.join(',')}`;
const COOKIE_NAME = 'TNS_SESSIONID';
/** Tenable.sc keys are 32 + 32 characters; the server rejects any pair whose lengths do not add up. */
const COMBINED_KEY_LENGTH = 64;
const TYPICAL_KEY_LENGTH = 32;
/** error_code values with a known meaning (recorded by pyTenable and other public captures). */
const INVALID_TOKEN = 12;
const DOES_NOT_EXIST = new Set([146, 147]);
const INVALID_LOGIN = 161;
/** The documented reasons for refusing API keys (400), which a 5.20-era server answers with 403. */
const KEYS_REJECTED = {
    causes: [
        'API key authentication is disabled in the Tenable.sc configuration (an administrator enables it under System > Configuration > Security, "Allow API Keys")',
        'the keys were deleted or regenerated (generating new keys replaces the old pair), or come from another Tenable.sc',
        'the secret key does not belong to that access key (the two swapped, or taken from different pairs)',
        'the user is locked after too many failed logins',
        "the user's role does not allow the request (insufficient role)",
        'the request carried both a session token and API keys (a proxy or default header adding X-SecurityCenter)',
        'the server is older than Tenable.sc 5.13, which has no API keys'
    ],
    fix: 'put the current pair from the user\'s "Generate API Keys" into the secrets behind the access-key and secret-key inputs (or TSC_ACCESS_KEY / TSC_SECRET_KEY), and ask a Tenable.sc administrator to allow API keys and to unlock the user if needed.'
};
const LOGIN_REJECTED = {
    causes: [
        'the username or password is wrong (both are case-sensitive)',
        'the user is locked after too many failed logins',
        'the user signs in through SAML or a certificate, which POST /rest/token does not accept'
    ],
    fix: 'check the secrets behind the username and password inputs, ask a Tenable.sc administrator to unlock the user, or use API keys (access-key + secret-key), which Tenable recommends for automation.'
};
const SESSION_LIMIT = {
    causes: [
        'other jobs, scripts or browser logins of this user hold all of its sessions',
        'earlier runs with logout: false (or that were killed) left their sessions open'
    ],
    fix: 'set release-session: true to end the oldest session of this user, keep logout: true so each run ends its own session, or use API keys (access-key + secret-key), which open no session.'
};
const TOKEN_REFUSED = {
    causes: [
        'the TNS_SESSIONID cookie that came with the token did not reach the server (a proxy that strips cookies, or a load balancer sending the requests to different nodes)',
        'the session ended in between: another login of the same user with releaseSession, an administrator, or the session timeout'
    ],
    fix: 'run the step again; if it keeps failing, let the url input point at the Tenable.sc server directly rather than through a proxy, or use API keys (access-key + secret-key).'
};
const USER_GONE = {
    causes: [
        'the user behind the credentials was deleted or moved while the credentials were in use'
    ],
    fix: 'ask a Tenable.sc administrator whether the user still exists, and update the credential inputs.'
};
const tenableSc = {
    id: 'tenable-sc',
    name: NAME,
    location: { urlExample: 'https://sc.example.com' },
    modes: [
        { id: 'api-key', inputs: ['access-key', 'secret-key'] },
        { id: 'session', inputs: ['username', 'password'] }
    ],
    credentialEnv: { 'access-key': ['TSC_ACCESS_KEY'], 'secret-key': ['TSC_SECRET_KEY'] },
    options: [{ input: 'release-session' }],
    roles: { kind: 'names' },
    permissions: {
        kind: 'none',
        reason: 'Tenable.sc reports only the user\'s role, not individual permissions. Use required-roles instead, with the role name or id (e.g. "Security Manager" or "2").'
    },
    validate(plan) {
        releaseSession(plan);
        if (plan.authMode === 'api-key') {
            validateKeys(plan.credentials['access-key'] ?? '', plan.credentials['secret-key'] ?? '');
            return releaseSession(plan)
                ? ['release-session applies only to username/password sessions; API keys open no session.']
                : [];
        }
        return [];
    },
    async login(context) {
        return context.plan.authMode === 'session' ? loginWithSession(context) : loginWithKeys(context);
    },
    async logout(context, session) {
        const headers = sessionHeaders(context, session.token ?? '', session.cookie ?? '');
        const response = await context.http.request({ method: 'DELETE', path: TOKEN_PATH, headers });
        const envelope = readEnvelope(response.body);
        if (response.status === 200 && envelope?.errorCode === 0)
            return;
        throw envelopeFailure(response, envelope, context.redact, {
            headline: envelope?.errorCode === INVALID_TOKEN
                ? 'the session was not ended: the server no longer knew it'
                : 'the session was not ended',
            ...{
                causes: envelope?.errorCode === INVALID_TOKEN
                    ? [
                        'it had already ended (session timeout, another login with releaseSession, or an administrator)'
                    ]
                    : ['the server refused or failed the logout'],
                fix: 'nothing to do for this job; if sessions pile up, the user can end them in the Tenable.sc web interface.'
            }
        });
    }
};
/** The release-session input: false unless set, and only meaningful for sessions. */
function releaseSession(plan) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBooleanInput */ .S8)('release-session', plan.options['release-session'] ?? '', false);
}
/** Rejects keys the server would refuse anyway, saying which input looks wrong. */
function validateKeys(accessKey, secretKey) {
    if (accessKey.length + secretKey.length === COMBINED_KEY_LENGTH)
        return;
    const wrong = [
        ...(accessKey.length !== TYPICAL_KEY_LENGTH
            ? [`access-key (${accessKey.length} characters)`]
            : []),
        ...(secretKey.length !== TYPICAL_KEY_LENGTH
            ? [`secret-key (${secretKey.length} characters)`]
            : [])
    ];
    const suspicious = [accessKey, secretKey].some((key) => /[\s"'`;]/.test(key));
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
        `Tenable.sc API keys must have a combined length of ${COMBINED_KEY_LENGTH} characters (32 + 32); these have ${accessKey.length + secretKey.length}, so Tenable.sc would reject them.`,
        `The input that looks wrong: ${wrong.join(' and ')}.`,
        `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (one of the keys contains such a character)' : ''}, or the two keys pasted into one secret.`,
        'Fix: copy the keys again from "Generate API Keys" in Tenable.sc into the secrets behind the access-key and secret-key inputs (or TSC_ACCESS_KEY / TSC_SECRET_KEY).'
    ].join('\n'));
}
async function loginWithKeys(context) {
    const { plan, http } = context;
    const accessKey = plan.credentials['access-key'];
    const secretKey = plan.credentials['secret-key'];
    const headerValue = `accesskey=${accessKey}; secretkey=${secretKey};`;
    context.mask(headerValue);
    const response = await http.request({
        method: 'GET',
        path: CURRENT_USER_PATH,
        headers: { 'x-apikey': headerValue }
    });
    const identity = verifiedIdentity(response, context.redact, 'api-key');
    return {
        identity,
        authHeader: `x-apikey: ${headerValue}`,
        env: { TSC_URL: plan.url, TSC_ACCESS_KEY: accessKey, TSC_SECRET_KEY: secretKey }
    };
}
async function loginWithSession(context) {
    const { plan, http } = context;
    const response = await http.request({
        method: 'POST',
        path: TOKEN_PATH,
        // A login opens a session: never sent twice once it may have reached the server.
        creates: true,
        json: {
            username: plan.credentials.username,
            password: plan.credentials.password,
            releaseSession: releaseSession(plan)
        }
    });
    const envelope = readEnvelope(response.body);
    const token = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(envelope?.response) ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(envelope.response.token) : '';
    // Masked before anything else is done with the answer.
    context.mask(token);
    let cookie = newestSessionCookie(response.headers['set-cookie']) ?? '';
    context.mask(cookie);
    if (cookie)
        context.mask(`${COOKIE_NAME}=${cookie}`);
    if (!(response.status === 200 && envelope?.errorCode === 0 && token)) {
        throw tokenFailure(response, envelope, plan, context.redact);
    }
    let identityResponse;
    try {
        identityResponse = await http.request({
            method: 'GET',
            path: CURRENT_USER_PATH,
            headers: sessionHeaders(context, token, cookie)
        });
        const reissued = newestSessionCookie(identityResponse.headers['set-cookie']);
        if (reissued) {
            context.mask(reissued);
            context.mask(`${COOKIE_NAME}=${reissued}`);
            cookie = reissued;
        }
        const identity = verifiedIdentity(identityResponse, context.redact, 'session');
        const cookieLine = cookie ? `${COOKIE_NAME}=${cookie}` : '';
        return {
            identity,
            authHeader: `X-SecurityCenter: ${token}`,
            token,
            cookie: cookieLine,
            env: { TSC_URL: plan.url, TSC_TOKEN: token, TSC_SESSION_COOKIE: cookieLine },
            session: { token, cookie }
        };
    }
    catch (error) {
        // The session is open but will not be handed to the post step: end it now, best effort.
        await endQuietly(context, token, cookie);
        throw error;
    }
}
async function endQuietly(context, token, cookie) {
    try {
        await tenableSc.logout(context, { token, cookie });
        context.info('Ended the Tenable.sc session that was opened for this failed check.');
    }
    catch (error) {
        context.debug(`Could not end the Tenable.sc session: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function sessionHeaders(context, token, cookie) {
    context.mask(token);
    context.mask(cookie);
    return {
        'x-securitycenter': token,
        ...(cookie ? { cookie: `${COOKIE_NAME}=${cookie}` } : {})
    };
}
/**
 * The value of the last TNS_SESSIONID among Set-Cookie lines: POST /rest/token re-issues the cookie,
 * and only the newest one belongs to the session. PHP's "deleted" placeholder is skipped.
 */
function newestSessionCookie(setCookie) {
    const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    let newest;
    for (const line of lines) {
        const match = new RegExp(`^\\s*${COOKIE_NAME}=([^;]*)`).exec(line);
        const value = match?.[1]?.trim();
        if (value && value !== 'deleted')
            newest = value;
    }
    return newest;
}
/** The envelope fields, whatever the Content-Type said; `undefined` when the body is not one. */
function readEnvelope(body) {
    const json = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(body);
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(json))
        return undefined;
    if (!('error_code' in json) && !('response' in json) && !('error_msg' in json))
        return undefined;
    const code = Number((0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(json.error_code));
    return {
        response: json.response,
        errorCode: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(json.error_code) !== '' && Number.isFinite(code) ? code : undefined,
        errorMsg: typeof json.error_msg === 'string' ? json.error_msg : ''
    };
}
/** HTTP 200, error_code 0 and a response with an id: Tenable.sc's own success signal. */
function verifiedIdentity(response, redact, mode) {
    const envelope = readEnvelope(response.body);
    if (response.status === 200 &&
        envelope?.errorCode === 0 &&
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(envelope.response) &&
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(envelope.response.id)) {
        return parseCurrentUser(envelope.response);
    }
    if (response.status === 200 && envelope?.errorCode === 0) {
        throw envelopeFailure(response, envelope, redact, {
            headline: 'the answer named no user, so the credentials could not be verified',
            ...{
                causes: ['the url input points at something other than the Tenable.sc API'],
                fix: 'set the url input to the base URL of Tenable.sc (the address of its web interface, without a path).'
            }
        });
    }
    return identityFailure(response, envelope, redact, mode);
}
function identityFailure(response, envelope, redact, mode) {
    if (envelope === undefined && !(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)((0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body))) {
        throw (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .notJsonFailure */ .cC)(NAME, response, redact);
    }
    const code = envelope?.errorCode;
    if (code === INVALID_TOKEN && mode === 'session') {
        throw envelopeFailure(response, envelope, redact, {
            headline: 'the session token was refused right after login',
            ...TOKEN_REFUSED
        });
    }
    if (code !== undefined && DOES_NOT_EXIST.has(code)) {
        throw envelopeFailure(response, envelope, redact, {
            headline: 'Tenable.sc reported that the user does not exist',
            ...USER_GONE
        });
    }
    if (mode === 'api-key' && [400, 401, 403].includes(response.status)) {
        throw envelopeFailure(response, envelope, redact, { headline: 'the API keys were rejected', ...KEYS_REJECTED }, envelope?.errorMsg.trim()
            ? []
            : [
                'Tenable.sc does not say which cause applies: its documentation answers each with HTTP 400, and recorded servers answer some with 403 and error_code 0.'
            ]);
    }
    if (mode === 'session' && [400, 401, 403].includes(response.status)) {
        throw envelopeFailure(response, envelope, redact, {
            headline: 'the session was refused',
            ...{
                causes: [...TOKEN_REFUSED.causes, "the user's role does not allow reading its own record"],
                fix: TOKEN_REFUSED.fix
            }
        });
    }
    throw envelopeFailure(response, envelope, redact, generic(response));
}
function tokenFailure(response, envelope, plan, redact) {
    if (envelope === undefined && !(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)((0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body))) {
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .notJsonFailure */ .cC)(NAME, response, redact);
    }
    const limit = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(envelope?.response) && (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(envelope.response.releaseSession) === true;
    if (response.status === 200 && envelope?.errorCode === 0 && limit) {
        return envelopeFailure(response, envelope, redact, {
            headline: releaseSession(plan)
                ? `${plan.credentials.username} is at its maximum number of sessions, and releasing one did not help`
                : `${plan.credentials.username} is at its maximum number of sessions, so no token was issued`,
            ...SESSION_LIMIT
        });
    }
    if (response.status === 200 && envelope?.errorCode === 0) {
        return envelopeFailure(response, envelope, redact, {
            headline: 'the login answer carried no token',
            ...{
                causes: ['the url input points at something other than the Tenable.sc API'],
                fix: 'set the url input to the base URL of Tenable.sc, without a path.'
            }
        });
    }
    if (envelope?.errorCode === INVALID_LOGIN ||
        [400, 401, 403].includes(response.status) ||
        (response.status === 200 && envelope?.errorCode)) {
        return envelopeFailure(response, envelope, redact, {
            headline: `the login of ${plan.credentials.username} was refused`,
            ...LOGIN_REJECTED
        });
    }
    return envelopeFailure(response, envelope, redact, generic(response));
}
function generic(response) {
    return (0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .explainCommonStatus */ .hL)(response.status, NAME);
}
/** A status failure that always quotes the HTTP status, error_code and error_msg. */
function envelopeFailure(response, envelope, redact, what, trailer = []) {
    return (0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFailure */ .FP)({
        trailer,
        vendor: NAME,
        endpoint: response.endpoint,
        status: response.status,
        statusText: response.statusText,
        vendorText: redact(vendorText(response, envelope)),
        diagnosis: what
    });
}
/** `error_code 12, error_msg "..."`; for a body that is not the envelope, its own error text. */
function vendorText(response, envelope) {
    if (envelope) {
        const message = envelope.errorMsg.replace(/\s*\n\s*/g, ' ').trim();
        return `error_code ${envelope.errorCode ?? '(none)'}, error_msg ${message ? JSON.stringify(message) : '"" (empty)'}`;
    }
    const json = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body);
    const own = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(json, ['error', 'message']);
    return `no Tenable.sc envelope (no error_code, no error_msg)${own ? `: ${own}` : ''}`;
}
/** Reads /rest/currentUser: ids and booleans mostly as strings, some nested ids as numbers. */
function parseCurrentUser(user) {
    const firstName = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['firstname', 'firstName']);
    const lastName = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['lastname', 'lastName']);
    const username = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['username']);
    const role = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(user.role) ? user.role : undefined;
    const roleName = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(role, ['name']);
    const roleId = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(role, ['id']);
    const organization = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(user.organization)
        ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user.organization, ['name'])
        : (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(user.organization);
    return {
        userId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(user.id),
        username,
        displayName: [firstName, lastName].filter(Boolean).join(' ') || username,
        email: (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['email']),
        roles: roleName ? [roleName] : roleId ? [] : undefined,
        ...(roleId ? { roleAliases: [roleId] } : {}),
        permissions: undefined,
        organization: organization || (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['orgName'])
    };
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
