export const id = 554;
export const ids = [554];
export const modules = {

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mR: () => (/* binding */ vendorContext),
/* harmony export */   uT: () => (/* binding */ createHttpClient)
/* harmony export */ });
/* unused harmony export USER_AGENT */
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(169);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(803);
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

/***/ 169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Ie: () => (/* binding */ publishCredentials),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   kg: () => (/* binding */ publishIdentity)
/* harmony export */ });
/* unused harmony export identityObject */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(178);
/**
 * Everything the action hands to the runner: masks, log lines, outputs, environment variables and
 * the job summary. Apart from the entry points and ./state.ts, this is the only module that talks to
 * @actions/core, so every value passes one place where secrets are masked and redacted.
 */

const maskedValues = new Set();
/** Values shorter than this are still masked by the runner but not redacted from our own text. */
const MIN_REDACTED_LENGTH = 3;
/**
 * Registers a secret with the runner, the whole value and each line of it, and remembers it for
 * redact(). Only core.setSecret is used, so the runner masks it in every later log line.
 */
function mask(value) {
    if (!value)
        return;
    for (const candidate of [value, ...value.split(/\r?\n/).map((line) => line.trim())]) {
        if (!candidate || maskedValues.has(candidate))
            continue;
        maskedValues.add(candidate);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(candidate);
    }
}
/**
 * Replaces every masked value, and its JSON- and URL-encoded forms, with ***. Applied to anything
 * that may quote a server (error text, summary), because a hostile server can echo a credential.
 */
function redact(text) {
    let result = text;
    const forms = new Set();
    for (const value of maskedValues) {
        if (value.length < MIN_REDACTED_LENGTH)
            continue;
        forms.add(value);
        forms.add(JSON.stringify(value).slice(1, -1));
        forms.add(encodeURIComponent(value));
    }
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
        result = result.split(form).join('***');
    }
    return result;
}
const log = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(redact(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(redact(message)),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(redact(message))
};
/** The step's single failure message. */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(redact(message));
}
/** The identity outputs; safe to publish even when the gate then fails. */
function publishIdentity(plan, identity) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('vendor', plan.vendor.id);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('url', plan.url);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('user-id', identity.userId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('username', identity.username);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('display-name', identity.displayName);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('email', identity.email);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('roles', JSON.stringify(identity.roles ?? []));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('permissions', JSON.stringify(identity.permissions ?? []));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('organization', identity.organization);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('identity', JSON.stringify(identityObject(plan, identity)));
}
/** Credentials for later steps: only once the gate has passed. */
function publishCredentials(plan, result) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('auth-header', result.authHeader);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('token', result.token ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('cookie', result.cookie ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('expires-at', result.expiresAt ?? result.credentialExpiresAt ?? '');
    if (plan.exportEnv) {
        for (const [name, value] of Object.entries(result.env))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(name, value);
    }
}
function identityObject(plan, identity) {
    return {
        vendor: plan.vendor.id,
        url: plan.url,
        authMode: plan.authMode,
        userId: identity.userId,
        username: identity.username,
        displayName: identity.displayName,
        email: identity.email,
        roles: identity.roles ?? [],
        permissions: identity.permissions ?? [],
        organization: identity.organization
    };
}
/**
 * The job summary: vendor, URL, identity, each requirement, token expiry, the requests and their
 * timings. Built only from identity values and our own text, then redacted once more.
 */
async function writeSummary({ plan, http, result, gate, failure }) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const identity = result?.identity;
    const passed = failure === undefined && (gate?.passed ?? false);
    const rows = [
        ['Vendor', `${plan.vendor.name} (${plan.vendor.id})`],
        ['URL', plan.url],
        ['Credentials', plan.authMode]
    ];
    if (identity) {
        rows.push(['User', identity.username || identity.userId || '(not reported)'], ['Display name', identity.displayName || '(not reported)'], ['Email', identity.email || '(not reported)'], ['Roles', identity.roles?.join(', ') || '(not reported)'], ['Permissions', identity.permissions?.join(', ') || '(not reported)'], ['Organization', identity.organization || '(not reported)']);
    }
    if (result?.expiresAt)
        rows.push(['Token expires', result.expiresAt]);
    if (result?.credentialExpiresAt)
        rows.push(['Credential expires', result.credentialExpiresAt]);
    for (const note of result?.notes ?? [])
        rows.push([note.label, note.value]);
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading(`scanner-login: ${plan.vendor.name} ${passed ? 'verified' : 'failed'}`, 3)
        .addTable([
        [
            { data: 'Field', header: true },
            { data: 'Value', header: true }
        ],
        ...rows.map(([field = '', value = '']) => [escapeHtml(field), escapeHtml(value)])
    ]);
    if (gate && gate.results.length) {
        summary.addHeading('Requirements', 4).addTable([
            [
                { data: 'Requirement', header: true },
                { data: 'Result', header: true }
            ],
            ...gate.results.map((r) => [
                escapeHtml(`${r.kind === 'role' ? 'role' : 'permission'}: ${r.required}`),
                r.passed ? 'pass' : 'fail'
            ])
        ]);
    }
    summary.addHeading('Requests', 4).addTable([
        [
            { data: 'Request', header: true },
            { data: 'Status', header: true },
            { data: 'Attempts', header: true },
            { data: 'Time', header: true }
        ],
        ...http.records.map((r) => [
            escapeHtml(r.endpoint),
            r.status === undefined ? 'no answer' : String(r.status),
            String(r.attempts),
            `${r.durationMs} ms`
        ])
    ]);
    if (failure)
        summary.addHeading('Failure', 4).addCodeBlock(failure);
    const text = redact(summary.stringify());
    summary.emptyBuffer();
    try {
        await summary.addRaw(text).write();
    }
    catch (error) {
        // The summary is a convenience: a runner that cannot take it must not fail a verified login.
        summary.emptyBuffer();
        log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}


/***/ }),

/***/ 633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ statusFailure),
/* harmony export */   Lx: () => (/* binding */ PROXY_HINT),
/* harmony export */   Tc: () => (/* binding */ SECRETS_NOT_PASSED_HINT),
/* harmony export */   am: () => (/* binding */ TIMEOUT_HINT),
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hL: () => (/* binding */ explainCommonStatus),
/* harmony export */   i6: () => (/* binding */ CA_CERT_HINT),
/* harmony export */   s$: () => (/* binding */ MissingCredentialFailure),
/* harmony export */   vZ: () => (/* binding */ formatExplanation)
/* harmony export */ });
/* unused harmony export RETRY_HINT */
/**
 * What went wrong, as one message a user can act on: which vendor and endpoint, the HTTP status,
 * the vendor's own words, the likely causes and what to change. Guidance shared between vendors is
 * kept here as named constants.
 */
/** A failure whose message is complete and safe to show: the step fails with exactly this text. */
class ActionFailure extends Error {
    name = 'ActionFailure';
}
/** A credential input was empty; the entry point may add why (fork or Dependabot runs). */
class MissingCredentialFailure extends ActionFailure {
    name = 'MissingCredentialFailure';
}
const SECRETS_NOT_PASSED_HINT = 'GitHub does not pass repository secrets to workflows triggered from a fork or by Dependabot, so ' +
    'the credential is empty here. Run the scan on push or pull_request_target with care, or add the ' +
    'secret to the Dependabot secrets of the repository.';
const CA_CERT_HINT = 'If the server uses a private or self-signed certificate, give its CA in the ca-cert input (PEM ' +
    'text or a path to a PEM file). Set tls-verify: false only as a last resort.';
const PROXY_HINT = 'The request went through the proxy from HTTPS_PROXY / HTTP_PROXY. Check that the proxy is ' +
    'reachable and allows CONNECT to this host, or list the host in NO_PROXY.';
const TIMEOUT_HINT = 'Raise the timeout input if the server is slow, or check that the runner can reach it (firewall, ' +
    'VPN, IP allow-list).';
const RETRY_HINT = 'The server is overloaded or rate-limiting; try again later or raise the retries input.';
function statusFailure(details) {
    const status = `HTTP ${details.status}${details.statusText ? ` ${details.statusText}` : ''}`;
    const lines = [
        `${details.vendor}: ${details.diagnosis.headline} (${status} from ${details.endpoint}).`,
        ...(details.vendorText ? [`${details.vendor} said: ${details.vendorText}`] : []),
        ...formatExplanation(details.diagnosis),
        ...(details.trailer ?? [])
    ];
    return new ActionFailure(lines.join('\n'));
}
function formatExplanation(explanation) {
    const lines = [];
    if (explanation.causes.length === 1)
        lines.push(`Likely cause: ${explanation.causes[0]}.`);
    else if (explanation.causes.length > 1) {
        lines.push('Likely causes:', ...explanation.causes.map((c) => `  - ${c}`));
    }
    lines.push(`Fix: ${explanation.fix}`);
    return lines;
}
/** The message of any thrown value, without a stack trace. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * Causes and fixes for statuses every vendor shares; vendors explain 401 and 403 themselves, with
 * their own documentation's causes, and may override any of these.
 */
function explainCommonStatus(status, vendor) {
    if (status === 401) {
        return {
            headline: 'the credentials were rejected',
            causes: ['the credential is wrong, expired or revoked, or belongs to another server'],
            fix: `check the credential inputs and the url input for ${vendor}.`
        };
    }
    if (status === 403) {
        return {
            headline: 'the credentials were accepted but may not do this',
            causes: [`the user or key lacks the ${vendor} permission this check needs`],
            fix: `ask a ${vendor} administrator for the access this step needs.`
        };
    }
    if (status === 404) {
        return {
            headline: 'the endpoint was not found',
            causes: [
                `the url input does not point at the ${vendor} API (a typo, a missing or extra path, or the web interface instead of the API)`
            ],
            fix: `set the url input to the base URL of the ${vendor} API, without a path.`
        };
    }
    if (status === 429) {
        return {
            headline: 'too many requests, still rate-limited after the retries',
            causes: ['other jobs or tools are using the same credentials heavily'],
            fix: RETRY_HINT
        };
    }
    if (status >= 500) {
        return {
            headline: 'the server failed to answer',
            causes: [
                `${vendor} or a proxy in front of it has a problem (maintenance, overload, an outage)`
            ],
            fix: `${RETRY_HINT} If it persists, check ${vendor}'s status page or your administrator.`
        };
    }
    return {
        headline: `the server answered with HTTP ${status}, which this check does not expect`,
        causes: ['the url input points at something other than the API, or a proxy changed the answer'],
        fix: "check the url input and the vendor's message above."
    };
}


/***/ }),

/***/ 803:
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
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(633);
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
        const body = request.json === undefined ? undefined : JSON.stringify(request.json);
        const headers = {
            accept: 'application/json',
            ...this.options.headers,
            ...request.headers,
            ...(body === undefined
                ? {}
                : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) })
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

/***/ 511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XQ: () => (/* binding */ loadVendor)
/* harmony export */ });
/* unused harmony exports VENDOR_IDS, canonicalVendorId */
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(633);
/**
 * The vendor registry: canonical ids, their aliases, and a loader per vendor, so a run loads only
 * the one module it needs.
 */

const REGISTRY = {
    'invicti-platform': {
        aliases: ['invicti'],
        load: async () => (await __webpack_require__.e(/* import() */ 219).then(__webpack_require__.bind(__webpack_require__, 219))).invictiPlatform
    },
    'tenable-sc': {
        aliases: ['tenablesc', 'securitycenter'],
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(539), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 243))).tenableSc
    },
    infracast: { aliases: [], load: async () => (await __webpack_require__.e(/* import() */ 926).then(__webpack_require__.bind(__webpack_require__, 926))).infracast }
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


/***/ })

};
