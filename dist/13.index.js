export const id = 13;
export const ids = [13];
export const modules = {

/***/ 746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mR: () => (/* binding */ vendorContext),
/* harmony export */   uT: () => (/* binding */ createHttpClient)
/* harmony export */ });
/* unused harmony export USER_AGENT */
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(615);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/** Builds what a vendor module is handed: the HTTP client and the masking/logging helpers. */


const USER_AGENT = 'scanner-login/1';
function createHttpClient(settings) {
    return new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq({
        baseUrl: settings.url,
        vendor: settings.vendorName,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries,
        caPem: settings.caPem,
        tlsVerify: settings.tlsVerify,
        redact: _export_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$,
        headers: { 'user-agent': USER_AGENT }
    });
}
function vendorContext(http) {
    return { http, mask: _export_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK, redact: _export_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$, info: _export_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.info, debug: _export_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.debug };
}


/***/ }),

/***/ 393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ textExcerpt),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   cC: () => (/* binding */ notJsonFailure),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony exports MAX_BODY_BYTES, MAX_RETRY_AFTER_MS, retryDelayMs, backoffMs, proxyFor */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(747);
/**
 * The one HTTP client every vendor uses: per-attempt timeout, bounded retries with exponential
 * backoff, jitter and Retry-After, no redirects (credentials never follow one), a 1 MiB body cap,
 * extra CA / no-verify TLS, and HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
 *
 * It is built on node:http(s) rather than undici: undici's llhttp WASM start-up alone costs more
 * than Node's own boot (see the README's performance section), and this action runs in every job.
 * Node 24 agents honour the proxy variables natively through `proxyEnv`.
 */




const MAX_BODY_BYTES = 1024 * 1024;
/** The longest Retry-After this action waits for; a server asking for more gets this much. */
const MAX_RETRY_AFTER_MS = 30_000;
const BACKOFF_BASE_MS = 500;
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'SCANNER_LOGIN_TIMEOUT'
]);
const TLS_CERT_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID'
]);
class HttpClient {
    options;
    records = [];
    agent;
    transport;
    proxy;
    constructor(options) {
        this.options = options;
        const env = options.env ?? process.env;
        const secure = options.baseUrl.startsWith('https:');
        this.transport = secure ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__;
        this.proxy = proxyFor(new URL(options.baseUrl), env);
        const agentOptions = {
            keepAlive: true,
            // Node >= 24.5 routes through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY matches.
            proxyEnv: env,
            ...(secure ? tlsOptions(options) : {})
        };
        this.agent = secure ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(agentOptions) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(agentOptions);
    }
    /**
     * Sends one request, retrying network errors, 429, 502, 503 and 504. Returns the final response
     * whatever its status (the vendor module interprets it); throws ActionFailure for network errors,
     * redirects and oversized bodies.
     */
    async request(request) {
        const endpoint = `${request.method} ${this.options.baseUrl}${request.path.split('?')[0]}`;
        const started = performance.now();
        const record = { endpoint, status: undefined, attempts: 0, durationMs: 0 };
        this.records.push(record);
        try {
            for (let attempt = 1;; attempt++) {
                record.attempts = attempt;
                const lastAttempt = attempt > this.options.retries;
                let response;
                try {
                    response = await this.send(request, endpoint);
                }
                catch (error) {
                    const code = error.code ?? '';
                    if (lastAttempt || !TRANSIENT_NETWORK_CODES.has(code)) {
                        throw this.networkFailure(error, endpoint, attempt);
                    }
                    await sleep(backoffMs(attempt));
                    continue;
                }
                record.status = response.status;
                if (response.status >= 300 && response.status < 400)
                    throw this.redirectFailure(response);
                if (lastAttempt || !RETRYABLE_STATUSES.has(response.status))
                    return response;
                await sleep(retryDelayMs(response.headers['retry-after'], attempt));
            }
        }
        finally {
            record.durationMs = Math.round(performance.now() - started);
        }
    }
    /** Closes kept-alive connections so the process can exit at once. */
    close() {
        this.agent.destroy();
    }
    send(request, endpoint) {
        const url = new URL(this.options.baseUrl + request.path);
        const [body, contentType] = request.form !== undefined
            ? [new URLSearchParams(request.form).toString(), 'application/x-www-form-urlencoded']
            : request.json !== undefined
                ? [JSON.stringify(request.json), 'application/json']
                : [undefined, undefined];
        const headers = {
            accept: 'application/json',
            ...this.options.headers,
            ...request.headers,
            ...(body === undefined
                ? {}
                : { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) })
        };
        return new Promise((resolve, reject) => {
            const req = this.transport.request(url, {
                method: request.method,
                headers,
                agent: this.agent
            });
            const timer = setTimeout(() => {
                const error = new Error(`no complete answer within ${this.options.timeoutMs / 1000} s`);
                error.code = 'SCANNER_LOGIN_TIMEOUT';
                req.destroy(error);
            }, this.options.timeoutMs);
            req.on('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
            req.on('response', (res) => {
                const declared = Number(res.headers['content-length'] ?? 0);
                if (declared > MAX_BODY_BYTES) {
                    clearTimeout(timer);
                    req.destroy();
                    reject(this.oversizeFailure(endpoint, res.statusCode ?? 0));
                    return;
                }
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_BODY_BYTES) {
                        clearTimeout(timer);
                        req.destroy();
                        reject(this.oversizeFailure(endpoint, res.statusCode ?? 0));
                        return;
                    }
                    chunks.push(chunk);
                });
                res.on('end', () => {
                    clearTimeout(timer);
                    resolve({
                        status: res.statusCode ?? 0,
                        statusText: res.statusMessage ?? '',
                        headers: res.headers,
                        body: Buffer.concat(chunks).toString('utf8'),
                        endpoint
                    });
                });
                res.on('error', (error) => {
                    clearTimeout(timer);
                    reject(error);
                });
            });
            req.end(body);
        });
    }
    networkFailure(error, endpoint, attempts) {
        if (error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR)
            return error;
        const { vendor } = this.options;
        const host = new URL(this.options.baseUrl).host;
        const code = error.code ?? '';
        const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
        const detail = this.options.redact(error.message);
        const viaProxy = this.proxy ? ` through the proxy ${redactUrlCredentials(this.proxy)}` : '';
        let lines;
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
            lines = [
                `${vendor}: could not resolve the host name ${new URL(this.options.baseUrl).hostname} (DNS ${code})${tried}.`,
                'Fix: check the url input for a typo, and that the runner can resolve internal names (self-hosted runner or VPN for on-premises servers).'
            ];
        }
        else if (code === 'SCANNER_LOGIN_TIMEOUT') {
            lines = [
                `${vendor}: ${endpoint} timed out${viaProxy}${tried}: ${detail}.`,
                `Fix: ${_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .TIMEOUT_HINT */ .am}`
            ];
        }
        else if (TLS_CERT_CODES.has(code) ||
            code.startsWith('ERR_SSL') ||
            code.startsWith('ERR_TLS')) {
            lines = [
                `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
                `Fix: ${_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CA_CERT_HINT */ .i6}`
            ];
        }
        else if (this.proxy && (code === 'ERR_PROXY_TUNNEL' || proxyRefused(error, this.proxy))) {
            lines = [
                `${vendor}: could not reach ${host}${viaProxy}: ${detail}${tried}.`,
                `Fix: ${_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .PROXY_HINT */ .Lx}`
            ];
        }
        else if (code === 'ECONNREFUSED') {
            lines = [
                `${vendor}: ${host} refused the connection${viaProxy}${tried} (${code}).`,
                'Fix: check the url input (host and port) and that the server is running and reachable from the runner.'
            ];
        }
        else {
            lines = [
                `${vendor}: ${endpoint} failed${viaProxy}${tried}: ${detail}${code ? ` (${code})` : ''}.`,
                `Fix: check the url input and the runner's network access to ${host}.`
            ];
        }
        return new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(lines.join('\n'));
    }
    redirectFailure(response) {
        const location = this.options.redact(String(response.headers.location ?? '(no Location header)'));
        return new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR([
            `${this.options.vendor}: ${response.endpoint} answered with a redirect (HTTP ${response.status}) to ${location}.`,
            'Credentials are never sent on to a redirect target, so the redirect was not followed.',
            'Fix: set the url input to the API base URL the server expects (a redirect usually means http:// instead of https://, a missing path, or a login page in front of the API).'
        ].join('\n'));
    }
    oversizeFailure(endpoint, status) {
        return new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR([
            `${this.options.vendor}: ${endpoint} (HTTP ${status}) sent a response body over ${MAX_BODY_BYTES / 1024 / 1024} MiB; it was cut off.`,
            'An identity check answers with a few kilobytes, so this is not the API the url input should point at.',
            'Fix: check the url input.'
        ].join('\n'));
    }
}
/** Parses a JSON body whatever the Content-Type claims (Tenable.sc labels JSON as text/html). */
function parseJson(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
/** The failure for an answer that should have been JSON, with a short, redacted excerpt. */
function notJsonFailure(vendor, response, redact, options = {}) {
    const type = String(response.headers['content-type'] ?? 'no Content-Type');
    const looksHtml = /<html|<!doctype/i.test(response.body);
    const excerpt = options.quoteBody === false ? '' : redact(textExcerpt(redact(response.body)));
    return new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR([
        `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${looksHtml ? 'an HTML page' : 'a body that is not JSON'} (${type}), not the API's JSON.`,
        ...(excerpt ? [`It begins: ${excerpt}`] : []),
        looksHtml
            ? 'Likely causes: a login or SSO page, a proxy or firewall error page, or a url input that points at the web interface instead of the API.'
            : 'Likely cause: the url input points at something other than the API.',
        'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
    ].join('\n'));
}
/** Plain text of a body for messages: tags and whitespace folded, at most 200 characters. */
function textExcerpt(body, max = 200) {
    const text = body
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/**
 * How long to wait before the next attempt: the server's Retry-After (seconds or an HTTP date),
 * capped, or exponential backoff with jitter.
 */
function retryDelayMs(retryAfter, attempt, now = Date.now()) {
    const value = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
    if (value !== undefined && value.trim() !== '') {
        const trimmed = value.trim();
        const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
        if (Number.isFinite(ms))
            return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
    }
    return backoffMs(attempt);
}
/** Exponential backoff (0.5 s, 1 s, 2 s, ...) with jitter of up to half of it. */
function backoffMs(attempt, random = Math.random) {
    const base = Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
    return Math.round(base / 2 + (base / 2) * random());
}
/** The proxy Node will use for this URL, mirroring its HTTPS_PROXY / HTTP_PROXY / NO_PROXY rules. */
function proxyFor(url, env) {
    const proxy = url.protocol === 'https:'
        ? (env.HTTPS_PROXY ?? env.https_proxy)
        : (env.HTTP_PROXY ?? env.http_proxy);
    if (!proxy)
        return undefined;
    const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').trim();
    if (noProxy === '*')
        return undefined;
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        const [entryHost = '', entryPort] = entry.startsWith('[')
            ? entry.slice(1).split(']:')
            : entry.split(':');
        if (entryPort && entryPort !== port)
            continue;
        const bare = entryHost.replace(/^\*?\./, '');
        if (host === bare || host.endsWith(`.${bare}`))
            return undefined;
    }
    return proxy;
}
function tlsOptions(options) {
    if (!options.tlsVerify)
        return { rejectUnauthorized: false };
    if (!options.caPem)
        return {};
    // `ca` replaces the default trust store, so the public roots are passed along with the extra CA.
    const defaults = typeof node_tls__WEBPACK_IMPORTED_MODULE_2__.getCACertificates === 'function'
        ? node_tls__WEBPACK_IMPORTED_MODULE_2__.getCACertificates('default')
        : node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates;
    return { ca: [...defaults, options.caPem] };
}
function proxyRefused(error, proxy) {
    try {
        const proxyUrl = new URL(proxy);
        return error.message.includes(`${proxyUrl.hostname}:${proxyUrl.port || 80}`);
    }
    catch {
        return false;
    }
}
function redactUrlCredentials(url) {
    try {
        const parsed = new URL(url);
        if (parsed.username || parsed.password) {
            parsed.username = '***';
            parsed.password = '';
        }
        return parsed.toString().replace(/\/$/, '');
    }
    catch {
        return '(unparseable proxy URL)';
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   KC: () => (/* binding */ resolveLocation),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   S8: () => (/* binding */ parseBooleanInput),
/* harmony export */   ZZ: () => (/* binding */ readCaCert),
/* harmony export */   dP: () => (/* binding */ settingsSchema)
/* harmony export */ });
/* unused harmony exports roleLevel, isLoopbackHost */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(112);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(412);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(747);
/* harmony import */ var _vendors_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(240);
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

/***/ 757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ canonicalVendorId),
/* harmony export */   XQ: () => (/* binding */ loadVendor)
/* harmony export */ });
/* unused harmony export VENDOR_IDS */
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(747);
/**
 * The vendor registry: canonical ids, their aliases, and a loader per vendor, so a run loads only
 * the one module it needs.
 */

const REGISTRY = {
    'invicti-platform': {
        aliases: ['invicti'],
        load: async () => (await __webpack_require__.e(/* import() */ 529).then(__webpack_require__.bind(__webpack_require__, 529))).invictiPlatform
    },
    'tenable-sc': {
        aliases: ['tenablesc', 'securitycenter'],
        load: async () => (await __webpack_require__.e(/* import() */ 81).then(__webpack_require__.bind(__webpack_require__, 81))).tenableSc
    },
    infracast: { aliases: [], load: async () => (await __webpack_require__.e(/* import() */ 20).then(__webpack_require__.bind(__webpack_require__, 20))).infracast },
    'tenable-vm': {
        aliases: ['tenable-io', 'tenable'],
        load: async () => (await __webpack_require__.e(/* import() */ 562).then(__webpack_require__.bind(__webpack_require__, 562))).tenableVm
    },
    nessus: { aliases: ['tenable-nessus'], load: async () => (await __webpack_require__.e(/* import() */ 474).then(__webpack_require__.bind(__webpack_require__, 474))).nessus }
};
const VENDOR_IDS = Object.keys(REGISTRY);
/** The canonical id for a `vendor` input, or undefined when it names no known vendor. */
function canonicalVendorId(input) {
    const wanted = input.trim().toLowerCase();
    for (const [id, entry] of Object.entries(REGISTRY)) {
        if (id === wanted || entry.aliases.includes(wanted))
            return id;
    }
    return undefined;
}
async function loadVendor(input) {
    const id = canonicalVendorId(input);
    if (id === undefined) {
        const valid = Object.entries(REGISTRY)
            .map(([name, entry]) => entry.aliases.length ? `${name} (or ${entry.aliases.join(', ')})` : name)
            .join(', ');
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(input.trim() === ''
            ? `The vendor input is required. Valid vendors: ${valid}.`
            : `The vendor input "${input.trim()}" is not a known vendor. Valid vendors: ${valid}.`);
    }
    return REGISTRY[id].load();
}


/***/ }),

/***/ 240:
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
