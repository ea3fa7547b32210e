export const id = 677;
export const ids = [677];
export const modules = {

/***/ 4238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uT: () => (/* binding */ createHttpClient),
  mR: () => (/* binding */ vendorContext)
});

// UNUSED EXPORTS: USER_AGENT, VERSION

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/net/excerpt.ts
var excerpt = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/net/proxy.ts
var net_proxy = __webpack_require__(1987);
;// CONCATENATED MODULE: ./src/net/tls.ts

/** The server's certificate chain did not lead to a trusted CA. */
const TLS_CHAIN_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE'
]);
function isTlsCode(code) {
    return (TLS_CHAIN_CODES.has(code) ||
        code === 'CERT_HAS_EXPIRED' ||
        code === 'CERT_NOT_YET_VALID' ||
        code === 'ERR_TLS_CERT_ALTNAME_INVALID' ||
        code.startsWith('ERR_SSL') ||
        code.startsWith('ERR_TLS'));
}
/** "localhost, 127.0.0.1" from the certificate Node attaches to a host name mismatch. */
function certificateNames(cert) {
    const altNames = (cert?.subjectaltname ?? '')
        .split(',')
        .map((entry) => entry.trim().replace(/^(DNS|IP Address):/, ''))
        .filter(Boolean);
    const commonName = cert?.subject?.CN;
    const names = altNames.length > 0 ? altNames : [commonName].flat().filter((name) => name !== undefined);
    return (0,excerpt/* oneLine */.TN)(names.slice(0, 10).join(', '));
}
function tlsOptions(options) {
    if (!options.tlsVerify)
        return { rejectUnauthorized: false };
    if (!options.caPem)
        return {};
    return extraCaTrust(process.getBuiltinModule('node:tls'), options.caPem);
}
/**
 * TLS options that trust `caPem` in addition to the default roots (Node's bundled ones,
 * NODE_EXTRA_CA_CERTS, the system store when enabled).
 *
 * The fast way adds the CA to a default secure context: Node copies its already parsed root store
 * into that context and adds the CA to the copy, about 2 ms. It goes through the `context` property
 * of a SecureContext, which Node does not document (its own TLS tests use it); a test fails the day
 * it disappears. Without it, the documented way: `ca` replaces the default trust store, so it is
 * given the default roots as PEM along with the CA, and Node parses every one of them again (10 to
 * 30 ms, and the agent's connection-pool key holds the whole list).
 */
function extraCaTrust(tls, caPem) {
    const secureContext = tls.createSecureContext();
    const native = secureContext.context;
    if (typeof native?.addCACert === 'function') {
        native.addCACert(caPem);
        return { secureContext };
    }
    const defaults = typeof tls.getCACertificates === 'function'
        ? tls.getCACertificates('default')
        : tls.rootCertificates;
    return { ca: [...defaults, caPem] };
}

;// CONCATENATED MODULE: ./src/net/failures.ts




/** A final answer the client cannot use at all (an upgrade); carries the status for the record. */
class UnusableAnswerFailure extends failure/* ActionFailure */.dR {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function invalidProxyFailure(vendor, proxy) {
    return new failure/* ActionFailure */.dR([
        `${vendor}: the proxy setting is not a valid URL: ${(0,net_proxy/* redactUrlCredentials */.dE)(proxy ?? '')}.`,
        'Fix: set HTTPS_PROXY / HTTP_PROXY to a URL such as http://proxy.example.com:3128, or unset it.'
    ].join('\n'));
}
/**
 * The failure for an attempt that got no answer. `heldBack`: the error was transient, but the
 * request was not sent again because it may have reached the server (RequestOptions.creates).
 */
function networkFailure(context, error, endpoint, attempts, heldBack) {
    if (error instanceof failure/* ActionFailure */.dR)
        return error;
    const { vendor, proxy } = context;
    const base = new URL(context.baseUrl);
    const host = base.host;
    const code = error.code ?? '';
    const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
    const detail = withoutNodeOnlyAdvice(context.redact(error.message));
    const viaProxy = proxy ? ` through the proxy ${(0,net_proxy/* redactUrlCredentials */.dE)(proxy)}` : '';
    let lines;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        lines = [
            `${vendor}: could not resolve the host name ${base.hostname} (DNS ${code})${tried}.`,
            'Fix: check the url input for a typo, and that the runner can resolve internal names (self-hosted runner or VPN for on-premises servers).'
        ];
    }
    else if (code === 'SCANNER_LOGIN_TIMEOUT') {
        lines = [
            `${vendor}: ${endpoint} timed out${viaProxy}${tried}: ${detail}.`,
            `Fix: ${failure/* TIMEOUT_HINT */.am}`
        ];
    }
    else if (isTlsCode(code)) {
        lines = tlsFailureLines(context, error, code, host, detail);
    }
    else if (proxy && (code === 'ERR_PROXY_TUNNEL' || (0,net_proxy/* proxyRefused */.rZ)(error, proxy))) {
        lines = [
            `${vendor}: could not reach ${host}${viaProxy}: ${detail}${tried}.`,
            `Fix: ${failure/* PROXY_HINT */.Lx}`
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
    if (heldBack) {
        lines.splice(1, 0, 'It was not sent again: the request may have reached the server, and repeating a login could open a second session or use up a single-use token.');
    }
    return new failure/* ActionFailure */.dR(lines.join('\n'));
}
function tlsFailureLines(context, error, code, host, detail) {
    const { vendor, caPem } = context;
    const lastResort = 'Set tls-verify: false only as a last resort.';
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        const names = certificateNames(error.cert);
        return [
            `${vendor}: the TLS certificate of ${host} is not valid for the host name ${new URL(context.baseUrl).hostname}${names ? `; it covers ${names}` : ''} (${code}).`,
            `Fix: set the url input to a host name the certificate covers${names ? '' : ' (see its subject alternative names)'}, or have the certificate reissued for this name. ${lastResort}`
        ];
    }
    if (code === 'CERT_HAS_EXPIRED') {
        return [
            `${vendor}: the TLS certificate of ${host} has expired (${code}).`,
            `Fix: the server's administrator must renew its certificate. ${lastResort}`
        ];
    }
    if (code === 'CERT_NOT_YET_VALID') {
        return [
            `${vendor}: the TLS certificate of ${host} is not valid yet (${code}).`,
            `Fix: check the clock of the runner and of the server. ${lastResort}`
        ];
    }
    if (TLS_CHAIN_CODES.has(code) && caPem) {
        return [
            `${vendor}: the TLS connection to ${host} failed: the CA given in ca-cert did not verify the server's certificate chain: ${detail} (${code}).`,
            `Fix: give in ca-cert the CA that issued the server's certificate (not another CA); if the server does not send its intermediate certificate, add that intermediate to ca-cert too. ${lastResort}`
        ];
    }
    return [
        `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
        `Fix: ${failure/* CA_CERT_HINT */.i6}`
    ];
}
/** Removes Node's advice to run Node with --use-system-ca: users of an action cannot do that. */
function withoutNodeOnlyAdvice(message) {
    const at = message.indexOf('--use-system-ca');
    if (at === -1)
        return message;
    // Node appends it as a clause: "unable to verify ...; if the root CA is installed locally, try
    // running Node.js with --use-system-ca". Drop that clause (or sentence), keep the rest.
    const clause = message.lastIndexOf(';', at);
    const start = clause !== -1 ? clause : message.lastIndexOf('. ', at) + 1;
    const next = message.indexOf(';', at);
    const end = next === -1 ? message.length : next;
    return `${message.slice(0, start)}${message.slice(end)}`.trim();
}
/** A 101 upgrade, or a 1xx given as the final answer. */
function upgradeFailure(vendor, endpoint, res) {
    const status = res.statusCode ?? 101;
    const statusText = res.statusMessage ? ` ${(0,excerpt/* oneLine */.TN)(res.statusMessage)}` : '';
    const what = status === 101
        ? 'a switch to another protocol that this API never asks for'
        : 'an interim status as its final answer';
    return new UnusableAnswerFailure([
        `${vendor}: ${endpoint} answered HTTP ${status}${statusText}, ${what}; the connection was closed.`,
        'Likely cause: the url input points at something other than the API (a WebSocket or tunnel endpoint, or a proxy in between).',
        'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
    ].join('\n'), status);
}
/** More than `limit` 1xx interim answers and no final one. */
function interimFloodFailure(vendor, endpoint, status, limit) {
    return new UnusableAnswerFailure([
        `${vendor}: ${endpoint} sent more than ${limit} interim answers (HTTP ${status}) and no final one.`,
        'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
    ].join('\n'), status);
}
function redirectFailure(context, response) {
    const location = (0,excerpt/* oneLine */.TN)(context.redact(String(response.headers.location ?? '(no Location header)')));
    return new failure/* ActionFailure */.dR([
        `${context.vendor}: ${response.endpoint} answered with a redirect (HTTP ${response.status}) to ${location}.`,
        'Credentials are never sent on to a redirect target, so the redirect was not followed.',
        'Fix: set the url input to the API base URL the server expects (a redirect usually means http:// instead of https://, a missing path, or a login page in front of the API).'
    ].join('\n'));
}
/** A body over `limitBytes`, declared or counted while it arrived. */
function oversizeFailure(vendor, endpoint, status, limitBytes) {
    return new failure/* ActionFailure */.dR([
        `${vendor}: ${endpoint} (HTTP ${status}) sent a response body over ${limitBytes / 1024 / 1024} MiB; it was cut off.`,
        'An identity check answers with a few kilobytes, so this is not the API the url input should point at.',
        'Fix: check the url input.'
    ].join('\n'));
}

;// CONCATENATED MODULE: ./src/net/retry.ts
/** The longest Retry-After this action waits for; a server asking for more gets this much. */
const MAX_RETRY_AFTER_MS = 30_000;
/** A Retry-After wait is stretched by up to this fraction of itself, at random... */
const RETRY_AFTER_JITTER = 0.25;
/** ...and by at most this much. */
const MAX_RETRY_AFTER_JITTER_MS = 2_000;
const BACKOFF_BASE_MS = 500;
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/** Statuses after which a creating request is sent again, and only with Retry-After. */
const CREATING_RETRYABLE_STATUSES = new Set([429, 503]);
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'SCANNER_LOGIN_TIMEOUT',
    'SCANNER_LOGIN_NO_ANSWER'
]);
/**
 * Errors raised before a single byte of the request can have reached the server: the name did not
 * resolve (temporarily: ENOTFOUND is never retried, a typo does not heal), or the connection was
 * refused. Only these are retried for a request that creates something.
 */
const NEVER_SENT_CODES = new Set(['EAI_AGAIN', 'ECONNREFUSED']);
/**
 * What may follow an attempt that failed with this error code: another attempt, none because the
 * error is transient but a creating request may have reached the server ('held-back', which the
 * failure explains), or none because the error will not heal ('final').
 */
function afterNetworkError(code, creates) {
    if (!TRANSIENT_NETWORK_CODES.has(code))
        return 'final';
    return !creates || NEVER_SENT_CODES.has(code) ? 'retry' : 'held-back';
}
/**
 * Whether an answer is worth another attempt: 429, 502, 503 or 504; for a creating request only
 * 429 or 503, and only with Retry-After.
 */
function retryableAnswer(response, creates) {
    if (!creates)
        return RETRYABLE_STATUSES.has(response.status);
    const retryAfter = response.headers['retry-after'];
    return CREATING_RETRYABLE_STATUSES.has(response.status) && String(retryAfter ?? '').trim() !== '';
}
/**
 * How long to wait before the next attempt: the server's Retry-After (seconds or an HTTP date),
 * capped, or exponential backoff with jitter.
 */
function retryDelayMs(retryAfter, attempt, now = Date.now(), random = Math.random) {
    const value = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
    if (value !== undefined && value.trim() !== '') {
        const trimmed = value.trim();
        const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
        if (Number.isFinite(ms)) {
            const wait = Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
            // Never sooner than asked, but not all at once either: fifty jobs told "Retry-After: 1" by
            // one server would otherwise come back in the same millisecond.
            return Math.round(wait + random() * Math.min(wait * RETRY_AFTER_JITTER, MAX_RETRY_AFTER_JITTER_MS));
        }
    }
    return backoffMs(attempt, random);
}
/** Exponential backoff (0.5 s, 1 s, 2 s, ...) with jitter of up to half of it. */
function backoffMs(attempt, random = Math.random) {
    const base = Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
    return Math.round(base / 2 + (base / 2) * random());
}

;// CONCATENATED MODULE: ./src/net/client.ts




const MAX_BODY_BYTES = 1024 * 1024;
/** How many 1xx interim answers (100 Continue, 103 Early Hints) one request may receive. */
const MAX_INTERIM_RESPONSES = 10;
class HttpClient {
    options;
    records = [];
    agent;
    transport;
    failureContext;
    constructor(options) {
        this.options = options;
        const env = options.env ?? process.env;
        const base = new URL(options.baseUrl);
        const secure = base.protocol === 'https:';
        this.transport = secure
            ? process.getBuiltinModule('node:https')
            : process.getBuiltinModule('node:http');
        // Loopback never goes through a proxy: the proxy's "localhost" is another machine, and an
        // http:// loopback URL would carry the credential across the network in clear text.
        const loopback = (0,net_proxy/* isLoopbackHost */.cW)(base.hostname);
        const proxy = (0,net_proxy/* proxyFor */.iJ)(base, env);
        this.failureContext = { ...options, proxy };
        const agentOptions = {
            keepAlive: true,
            // Node >= 24.5 routes through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY matches.
            ...(loopback ? {} : { proxyEnv: env }),
            ...(secure ? tlsOptions(options) : {})
        };
        try {
            this.agent = new this.transport.Agent(agentOptions);
        }
        catch (error) {
            if (error.code !== 'ERR_PROXY_INVALID_CONFIG')
                throw error;
            throw invalidProxyFailure(options.vendor, proxy);
        }
    }
    /**
     * Sends one request, retrying network errors, 429, 502, 503 and 504 (a creating request only
     * when it never reached the server; see RequestOptions.creates). Returns the final response
     * whatever its status (the vendor module interprets it); throws ActionFailure for network
     * errors, redirects, upgrades and oversized bodies.
     */
    async request(request) {
        const endpoint = `${request.method} ${this.options.baseUrl}${request.path.split('?')[0]}`;
        const creates = request.creates === true;
        // process.hrtime rather than performance.now(): the global `performance` loads perf_hooks
        // (about 6 ms) on first use.
        const started = process.hrtime.bigint();
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
                    if (error instanceof UnusableAnswerFailure)
                        record.status = error.status;
                    const next = afterNetworkError(error.code ?? '', creates);
                    if (lastAttempt || next !== 'retry') {
                        const heldBack = !lastAttempt && next === 'held-back';
                        throw networkFailure(this.failureContext, error, endpoint, attempt, heldBack);
                    }
                    await sleep(backoffMs(attempt));
                    continue;
                }
                record.status = response.status;
                if (response.status >= 300 && response.status < 400) {
                    throw redirectFailure(this.failureContext, response);
                }
                if (lastAttempt || !retryableAnswer(response, creates))
                    return response;
                await sleep(retryDelayMs(response.headers['retry-after'], attempt));
            }
        }
        finally {
            record.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
        }
    }
    /** Closes kept-alive connections so the process can exit at once. */
    close() {
        this.agent.destroy();
    }
    /**
     * One attempt. Settles exactly once, whatever the server does (an answer, an upgrade, a closed
     * socket, nothing at all), and never later than the timeout; on failure the socket is destroyed.
     */
    send(request, endpoint) {
        const url = new URL(this.options.baseUrl + request.path);
        const [body, contentType] = encodeBody(request);
        const headers = this.headersFor(request, url, body, contentType);
        return new Promise((resolve, reject) => {
            const req = this.transport.request(url, {
                method: request.method,
                headers,
                agent: this.agent
            });
            const settle = this.settleOnce(req, resolve, reject);
            this.watchConnection(req, settle, endpoint);
            req.on('response', (res) => this.readAnswer(res, settle, endpoint));
            req.end(body);
        });
    }
    /** The client's headers, the request's, its signature for this URL, the body's type and size. */
    headersFor(request, url, body, contentType) {
        return {
            accept: 'application/json',
            ...this.options.headers,
            ...request.headers,
            ...request.signedHeaders?.(url),
            ...(body === undefined
                ? {}
                : { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) })
        };
    }
    /** Settles on the first of an answer, a failure or the timeout; a failure destroys the socket. */
    settleOnce(req, resolve, reject) {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            req.destroy();
            reject(error);
        };
        const succeed = (response) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(response);
        };
        const timer = setTimeout(() => {
            fail(networkError(`no complete answer within ${this.options.timeoutMs / 1000} s`, 'SCANNER_LOGIN_TIMEOUT'));
        }, this.options.timeoutMs);
        return { fail, succeed };
    }
    /** Everything before a final answer: errors, a close, an upgrade, a flood of interim answers. */
    watchConnection(req, { fail }, endpoint) {
        const { vendor } = this.options;
        // Stays attached after settling: a late error from a destroyed socket must not be unhandled.
        req.on('error', fail);
        req.on('close', () => {
            fail(networkError('the connection closed without a complete answer', 'SCANNER_LOGIN_NO_ANSWER'));
        });
        req.on('upgrade', (res, socket) => {
            socket.destroy();
            fail(upgradeFailure(vendor, endpoint, res));
        });
        let interim = 0;
        req.on('information', (info) => {
            interim += 1;
            if (interim > MAX_INTERIM_RESPONSES) {
                fail(interimFloodFailure(vendor, endpoint, info.statusCode, MAX_INTERIM_RESPONSES));
            }
        });
    }
    /** The final answer, its body read whole unless it grows over MAX_BODY_BYTES. */
    readAnswer(res, settle, endpoint) {
        const { fail, succeed } = settle;
        const { vendor } = this.options;
        const status = res.statusCode ?? 0;
        // Node hands over a 101 without `Connection: upgrade` as an ordinary answer.
        if (status < 200) {
            fail(upgradeFailure(vendor, endpoint, res));
            return;
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > MAX_BODY_BYTES) {
            fail(oversizeFailure(vendor, endpoint, status, MAX_BODY_BYTES));
            return;
        }
        const chunks = [];
        let size = 0;
        res.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                fail(oversizeFailure(vendor, endpoint, status, MAX_BODY_BYTES));
                return;
            }
            chunks.push(chunk);
        });
        res.on('end', () => {
            succeed({
                status,
                statusText: res.statusMessage ?? '',
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
                endpoint
            });
        });
        res.on('error', fail);
        res.on('close', () => {
            fail(networkError('the connection closed in the middle of the answer', 'ECONNRESET'));
        });
    }
}
/** The body as sent and its content type: a form, JSON, or nothing. */
function encodeBody(request) {
    if (request.form !== undefined) {
        return [new URLSearchParams(request.form).toString(), 'application/x-www-form-urlencoded'];
    }
    if (request.json !== undefined)
        return [JSON.stringify(request.json), 'application/json'];
    return [undefined, undefined];
}
function networkError(message, code) {
    const error = new Error(message);
    error.code = code;
    return error;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/core/context.ts
/**
 * Builds what a vendor module is handed: the HTTP client and the masking/logging helpers. Those
 * helpers come from the caller's io, so the same vendor code logs through @actions/core in the action
 * and into the doctor's report on a laptop.
 */

/** The package version; a test keeps it equal to package.json's (a JSON import would bundle all of it). */
const VERSION = '1.0.0';
/** Sent with every request, so a vendor's logs tell this action and its version apart. */
const USER_AGENT = `scanner-login/${VERSION}`;
function createHttpClient(settings, io) {
    return new HttpClient({
        baseUrl: settings.url,
        vendor: settings.vendorName,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries,
        caPem: settings.caPem,
        tlsVerify: settings.tlsVerify,
        redact: io.redact,
        headers: { 'user-agent': USER_AGENT }
    });
}
function vendorContext(http, io) {
    return {
        http,
        mask: (value) => io.mask(value),
        redact: (text) => io.redact(text),
        info: (message) => io.info(message),
        debug: (message) => io.debug(message)
    };
}


/***/ }),

/***/ 3333:
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

/***/ 9528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ serverText),
/* harmony export */   Y4: () => (/* binding */ boundedList),
/* harmony export */   p4: () => (/* binding */ quotedList),
/* harmony export */   wi: () => (/* binding */ inertLines)
/* harmony export */ });
/* unused harmony export MAX_SERVER_TEXT */
/**
 * Text and credentials that come from a server are data, never commands. The runner executes any
 * stdout line that starts with `::` (after trimming) and any line that contains `##[`, so server text
 * is made one inert line here before it reaches the log, outputs or summary; and a credential the
 * server issues is checked against its grammar before it is masked, output or exported (a cookie
 * with `$(...)` in it would run in the next step's shell).
 */
/** Longest server string kept; longer ones end in an ellipsis. */
const MAX_SERVER_TEXT = 512;
// Characters that break a line for some reader: .NET's ReadLine (the runner) splits on CR and LF,
// log viewers and editors also on NEL, VT, FF and the Unicode line and paragraph separators.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// The rest of C0 and C1, DEL, and the bidi overrides that make a log line read unlike its bytes.
const INVISIBLE_CONTROLS = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;
// In a multi-line message of our own only the line breaks are kept (and TAB, which is harmless).
const CONTROLS_EXCEPT_LINE_BREAKS = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ANY_LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;
// `::` at the start of a line, after whatever the runner's trim (or a viewer) may skip.
const LEADING_COMMAND = /^([\s\u200b-\u200d\u2060\ufeff]*):(?=:)/;
// `##[` anywhere: a space after each `#` that precedes `#[` breaks every occurrence, overlapping
// ones too, and cannot form a new one.
const OLD_COMMAND = /#(?=#\[)/g;
/**
 * Server text as one inert line: line breaks become spaces, other control characters are removed,
 * the ends are trimmed, a leading `::` and every `##[` are broken, and the length is bounded. The
 * steps run in that order, so nothing removed in an earlier step can reassemble a command in a later
 * one. Idempotent: cleaning cleaned text changes nothing.
 */
function serverText(value, maxLength = MAX_SERVER_TEXT) {
    if (value === undefined || value === null)
        return '';
    let text = typeof value === 'string' ? value : typeof value === 'object' ? '' : String(value);
    // Nothing that follows can lengthen the text much, so a huge value is cut before the regexes run.
    if (text.length > maxLength * 4)
        text = text.slice(0, maxLength * 4);
    text = text.replace(LINE_BREAKS, ' ').replace(INVISIBLE_CONTROLS, '').trim();
    text = neutraliseLine(text);
    return truncate(text, maxLength);
}
/**
 * Makes every line of a message of our own inert, for the output boundary: a vendor that forgot
 * serverText() still cannot print a command. Control characters other than line breaks and TAB are
 * removed first, then the text is split at every kind of line break, then each line is neutralised.
 */
function inertLines(message) {
    return message
        .replace(CONTROLS_EXCEPT_LINE_BREAKS, '')
        .split(ANY_LINE_BREAK)
        .map(neutraliseLine)
        .join('\n');
}
function neutraliseLine(line) {
    return line.replace(LEADING_COMMAND, '$1: ').replace(OLD_COMMAND, '# ');
}
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    let end = Math.max(0, maxLength - 1);
    // Never leave half of a surrogate pair before the ellipsis.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** At most `limit` entries, then "and N more": a summary or log line stays small. */
function boundedList(values, limit = 20) {
    if (values.length <= limit)
        return values.join(', ');
    return `${values.slice(0, limit).join(', ')} and ${values.length - limit} more`;
}
/** Quoted entries, at most `limit` of them: a hostile answer can list thousands of roles. */
function quotedList(values, limit = 20) {
    return boundedList(values.map((value) => `"${value}"`), limit);
}


/***/ }),

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ textExcerpt),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   aH: () => (/* binding */ redactedExcerpt)
/* harmony export */ });
/**
 * Server text the client quotes in its own messages: a header value on one line, or the first words
 * of an HTML or text body. Not core/sanitize's serverText: that one removes control characters
 * where this turns them into spaces, keeps runs of whitespace, breaks a leading `::` and counts
 * the ellipsis within its limit, so its results differ and the messages would change.
 */
/** Only this much of a body is looked at for an excerpt: enough for any page's first words. */
const EXCERPT_SCAN_CHARS = 64 * 1024;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * An excerpt of server text that is safe to quote: secrets are redacted in the whole raw text
 * first (an echo loses its exact form once folded, stripped or cut), then it is shortened, then
 * redacted again (folding can join a secret that a tag had split).
 */
function redactedExcerpt(body, redact, max = 200) {
    return redact(textExcerpt(redact(body), max));
}
/**
 * Plain text of a body for messages: one line, tags, scripts and styles removed, control
 * characters and runs of whitespace folded to one space, at most `max` characters. Linear in the
 * length of the body, whatever it holds.
 */
function textExcerpt(body, max = 200) {
    const text = oneLine(visibleText(body.slice(0, EXCERPT_SCAN_CHARS)));
    if (text.length <= max)
        return text;
    // Never cut a surrogate pair in half.
    const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
    return `${text.slice(0, end)}…`;
}
/** One line: control characters (CR, LF, C0, C1, U+2028/9) and whitespace runs become one space. */
function oneLine(text) {
    return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}
/** Where a tag can start, as in HTML: `<` then a letter, `/`, `!` or `?` ("a < b" is text). */
const TAG_START = /<[A-Za-z/!?]/g;
/** Text outside tags, without script and style contents; a `<` that opens no tag is kept. */
function visibleText(html) {
    const lower = html.toLowerCase();
    const parts = [];
    let i = 0;
    while (i < html.length) {
        TAG_START.lastIndex = i;
        const open = TAG_START.exec(html)?.index ?? -1;
        if (open === -1) {
            parts.push(html.slice(i));
            break;
        }
        parts.push(html.slice(i, open), ' ');
        const rawTextElement = lower.startsWith('<script', open)
            ? '</script'
            : lower.startsWith('<style', open)
                ? '</style'
                : undefined;
        const from = rawTextElement ? lower.indexOf(rawTextElement, open) : open;
        const close = from === -1 ? -1 : html.indexOf('>', from);
        if (close === -1) {
            if (!rawTextElement)
                parts.push(html.slice(open));
            break;
        }
        i = close + 1;
    }
    return parts.join('');
}


/***/ }),

/***/ 9233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ certificateBlocks),
/* harmony export */   R0: () => (/* binding */ caBundle),
/* harmony export */   Zl: () => (/* binding */ InvalidCertificateError),
/* harmony export */   z: () => (/* binding */ nodeExtraCaFile)
/* harmony export */ });
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----\r?\n?([\s\S]*?)-----END CERTIFICATE-----/g;
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;
/** The certificate could not be read; `index` is its 1-based position among the certificates. */
class InvalidCertificateError extends Error {
    index;
    name = 'InvalidCertificateError';
    constructor(index, reason) {
        super(`certificate ${index} is not a valid X.509 certificate (${reason})`);
        this.index = index;
    }
}
/**
 * Keeps only the `CERTIFICATE` blocks of `pemText`, each checked to be base64 DER that Node can
 * read. Throws InvalidCertificateError for a certificate block that is not a certificate.
 */
function certificateBlocks(pemText) {
    const certificates = [];
    for (const match of pemText.matchAll(CERTIFICATE_BLOCK)) {
        const index = certificates.length + 1;
        const body = (match[1] ?? '').replace(/\s+/g, '');
        if (!BASE64_BODY.test(body))
            throw new InvalidCertificateError(index, 'not base64');
        const pem = toPem(body);
        parseCertificate(pem, index);
        certificates.push(pem);
    }
    // Comments and openssl's "subject=" lines around the blocks are harmless; any other block is not.
    const droppedOther = /-----BEGIN /.test(pemText.replace(CERTIFICATE_BLOCK, ''));
    return { certificates, droppedOther };
}
/**
 * Node's bundled public roots plus the extra certificates, as one PEM file: what Python (requests)
 * and curl need, since a CA bundle there replaces the default trust store instead of adding to it.
 * The certificates of the bundles the job already named (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE: a
 * corporate CA) are kept, or pointing those variables at this file would drop them. Certificates
 * present twice are written once.
 */
function caBundle(extraCertificates, earlierBundleTexts = []) {
    const tls = process.getBuiltinModule('node:tls');
    const earlier = earlierBundleTexts.flatMap(lenientCertificateBlocks);
    return joinPem([
        ...new Set([...tls.rootCertificates, ...extraCertificates, ...earlier].map(normalise))
    ]);
}
/**
 * The content for NODE_EXTRA_CA_CERTS: the extra certificates plus those of the file the job
 * already pointed NODE_EXTRA_CA_CERTS at (Node reads only one such file, so replacing the variable
 * would drop them). Anything in the old file that is not a certificate is left out; certificates
 * present in both are written once.
 */
function nodeExtraCaFile(extra, existingNodeExtraCaCertsText) {
    const existing = existingNodeExtraCaCertsText === undefined
        ? []
        : lenientCertificateBlocks(existingNodeExtraCaCertsText);
    return joinPem([...new Set([...extra.map(normalise), ...existing])]);
}
/** Certificates of a file we did not write: unreadable blocks are skipped, not fatal. */
function lenientCertificateBlocks(pemText) {
    const certificates = [];
    for (const match of pemText.matchAll(CERTIFICATE_BLOCK)) {
        const body = (match[1] ?? '').replace(/\s+/g, '');
        if (BASE64_BODY.test(body))
            certificates.push(toPem(body));
    }
    return certificates;
}
function parseCertificate(pem, index) {
    const crypto = process.getBuiltinModule('node:crypto');
    try {
        return new crypto.X509Certificate(pem);
    }
    catch (error) {
        throw new InvalidCertificateError(index, error.message);
    }
}
function normalise(pem) {
    const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    return toPem(body);
}
function toPem(base64) {
    const lines = base64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
function joinPem(blocks) {
    return blocks.map((block) => (block.endsWith('\n') ? block : `${block}\n`)).join('');
}


/***/ }),

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   dE: () => (/* binding */ redactUrlCredentials),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   rZ: () => (/* binding */ proxyRefused)
/* harmony export */ });
/* unused harmony export proxyBypassed */
/**
 * Loopback is exactly `localhost`, 127.0.0.0/8 and `[::1]`, as the URL parser canonicalises the
 * host (lower case, `%2e` and the full-width dot as `.`). Such a URL may use http:// and is never
 * proxied. Anything else is a normal host: `localhost.` (which `localhost%2e`, `LOCALHOST.` and
 * `localhost。` become) is not in /etc/hosts, so the resolver asks DNS, and a forged answer would
 * receive the key in clear text.
 */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * The proxy Node 24 will use for this URL, or undefined for a direct connection: loopback never
 * (see isLoopbackHost), otherwise Node's own choice, which proxyBypassed mirrors.
 */
function proxyFor(url, env) {
    if (isLoopbackHost(url.hostname))
        return undefined;
    const secure = url.protocol === 'https:';
    // Node: lower case first, and an empty value counts as unset.
    const proxy = secure ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
    if (!proxy)
        return undefined;
    // Node ignores proxies of other schemes (socks5://...) and connects directly.
    if (!proxy.startsWith('http://') && !proxy.startsWith('https://'))
        return undefined;
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const port = url.port ? Number(url.port) : secure ? 443 : 80;
    return proxyBypassed(host, port, env.no_proxy || env.NO_PROXY) ? undefined : proxy;
}
/**
 * Whether a NO_PROXY list exempts host:port, exactly as Node 24.21's http agent decides
 * (ProxyConfig.shouldUseProxy): comma-separated entries, trimmed and lower-cased; `*` matches
 * all; an entry equal to the host or to `host:port` matches (the port is always present: 443 or
 * 80 when the URL has none; IPv6 hosts have no brackets, so `[::1]:443` never matches);
 * `.example.com` matches example.com and its subdomains; `*.example.com` matches subdomains
 * only; `a.b.c.d-e.f.g.h` is an IPv4 range. A bare `example.com` does not match subdomains, and
 * CIDR blocks are not supported. (Node releases before the fix of nodejs/node#62907 also matched
 * `.example.com` against `notexample.com`.)
 */
function proxyBypassed(host, port, noProxy) {
    if (!noProxy)
        return false;
    const name = host.toLowerCase();
    const nameWithPort = `${name}:${port}`;
    for (const raw of noProxy.split(',')) {
        const entry = raw.trim().toLowerCase();
        if (entry === '*' || entry === name || entry === nameWithPort)
            return true;
        if (entry.startsWith('.')) {
            const suffix = entry.slice(1);
            if (name === suffix ||
                (name.endsWith(suffix) && name[name.length - suffix.length - 1] === '.'))
                return true;
        }
        if (entry.startsWith('*.') && name.endsWith(entry.slice(1)))
            return true;
        if (entry.includes('-') && isIPv4(name)) {
            const [start = '', end = ''] = entry.split('-').map((part) => part.trim());
            if (isIPv4(start) && isIPv4(end)) {
                const value = ipv4ToInt(name);
                if (value >= ipv4ToInt(start) && value <= ipv4ToInt(end))
                    return true;
            }
        }
    }
    return false;
}
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function isIPv4(text) {
    return IPV4.test(text);
}
function ipv4ToInt(address) {
    return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}
/** Whether a connection error names the proxy's address, i.e. the proxy itself refused. */
function proxyRefused(error, proxy) {
    try {
        const proxyUrl = new URL(proxy);
        return error.message.includes(`${proxyUrl.hostname}:${proxyUrl.port || 80}`);
    }
    catch {
        return false;
    }
}
/** The proxy URL for a message, its user name and password replaced. */
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


/***/ }),

/***/ 6374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readCaCert)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _net_pem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9233);
/** The ca-cert input: the certificates a private CA adds to the public roots. */


/**
 * The ca-cert input: PEM text or a path to a PEM file. Only its CERTIFICATE blocks are used or
 * kept; anything else (a private key pasted along) is dropped, and `droppedOther` says so, so the
 * caller can warn. A block that is not a readable certificate fails, naming the input.
 */
function readCaCert(input, readFile) {
    if (!input)
        return undefined;
    const pem = input.includes('-----BEGIN') ? input : readPemFile(input, readFile);
    let blocks;
    try {
        blocks = (0,_net_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .certificateBlocks */ .Ii)(pem);
    }
    catch (error) {
        if (!(error instanceof _net_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidCertificateError */ .Zl))
            throw error;
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`The ca-cert input holds a block that is not a valid certificate: ${error.message}. Give the CA certificate in PEM form (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).`);
    }
    if (blocks.certificates.length === 0) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR('The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).');
    }
    return blocks;
}
function readPemFile(path, readFile) {
    try {
        return readFile(path);
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`The ca-cert input is neither PEM text nor a readable file: "${path}" (${code}). Give the PEM text itself or a path relative to the workspace.`);
    }
}


/***/ }),

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ resolveLocation)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1987);
/**
 * Where the vendor's API is: the url input, a region, a region the credentials select, or the
 * vendor's default; and the rules every URL must pass before any credential is sent to it.
 */


/** The base URL: the url input, else the region's URL, else the vendor's default. */
function resolveLocation(urlInput, regionInput, vendor, credentials = {}) {
    const { location } = vendor;
    const regionName = regionInput.trim().toLowerCase();
    if (urlInput && regionName) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR("The url and region inputs were both given; give one: region picks the vendor's cloud URL for that region, url names a server directly.");
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
            throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The region input "${regionInput.trim()}" is not a ${vendor.name} region. Valid regions: ${Object.keys(regions).join(', ')}.`);
        }
    }
    if (location.defaultUrl)
        return { url: checkedUrl(location.defaultUrl), region: undefined };
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The url input is required for ${vendor.name}: it is installed on your own servers, so there is no default (e.g. url: ${location.urlExample ?? 'https://scanner.example.com'}).`);
}
function checkedUrl(value) {
    // Quoted without any user:password@ part: a url that is refused may still hold a password.
    const shown = withoutUserinfo(value);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(/^[a-z][a-z0-9+.-]*:/i.test(value)
            ? `The url input "${shown}" is not a URL; give the base URL of the API, e.g. https://scanner.example.com.`
            : `The url input "${shown}" is not a URL; give the scheme too, e.g. https://${shown}.`);
    }
    if (url.username || url.password) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR('The url input must not contain credentials; use the credential inputs instead.');
    }
    if (url.search || url.hash) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The url input must be a base URL without a query or fragment, not "${shown}".`);
    }
    if (url.protocol === 'http:' && !(0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for localhost. Got "${shown}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The url input must be an https:// URL, not "${shown}".`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** The text with everything from `//` (or the start) to the last `@` before the host replaced. */
function withoutUserinfo(value) {
    return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, (_, scheme) => scheme ? `${scheme}***@` : '***@');
}


/***/ }),

/***/ 9214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   S8: () => (/* binding */ parseBooleanInput)
/* harmony export */ });
/* unused harmony export SETTING_NAMES */
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/**
 * The settings inputs (everything but the vendor, its location and its credentials): each parsed on
 * its own, all checked together so that every problem is reported at once, naming the input as it
 * is spelled in action.yml. Plain functions rather than a schema library: this runs in every job,
 * and loading zod/mini cost more than the rest of input handling together (see the README's
 * performance section).
 */

const MAX_TIMEOUT_SECONDS = 600;
const MAX_RETRIES = 10;
const MAX_EXPIRY_WARNING_DAYS = 3650;
/** A boolean input, spelled as @actions/core's getBooleanInput accepts (YAML 1.2 core schema). */
const booleanInput = (fallback) => (value) => {
    if (value === '')
        return { ok: true, value: fallback };
    if (value === 'true' || value === 'True' || value === 'TRUE')
        return { ok: true, value: true };
    if (value === 'false' || value === 'False' || value === 'FALSE')
        return { ok: true, value: false };
    return { ok: false, message: `must be true or false, not "${value}"` };
};
const numberInput = (fallback, min, max, integer) => (value) => {
    if (value === '')
        return { ok: true, value: fallback };
    const parsed = Number(value);
    if (!Number.isFinite(parsed) ||
        (integer && !Number.isInteger(parsed)) ||
        parsed < min ||
        parsed > max) {
        return {
            ok: false,
            message: `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${value}"`
        };
    }
    return { ok: true, value: parsed };
};
/**
 * A list input: entries separated by commas or newlines, trimmed, inner runs of white space folded
 * to one space, duplicates dropped. Two shapes users reach for are read as well: a JSON array (the
 * shape of the roles output) and YAML block-list dashes ("- Security Manager"). Text that yields no
 * entry at all (", ,") is an error, not "no requirement": a gate must never switch off silently.
 */
const listInput = (value) => {
    if (value.trim() === '')
        return { ok: true, value: [] };
    const entries = (jsonArray(value) ?? value.split(/[,\n]/))
        .map((entry) => entry
        .replace(/^\s*-\s+/, '')
        .replace(/\s+/g, ' ')
        .trim())
        .filter(Boolean);
    if (entries.length === 0) {
        return {
            ok: false,
            message: `has text but no entries ("${value.trim()}"); give names separated by commas or newlines, or leave it empty`
        };
    }
    return { ok: true, value: [...new Set(entries)] };
};
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
const SETTINGS = {
    'required-roles': listInput,
    'required-permissions': listInput,
    'expiry-warning-days': numberInput(14, 0, MAX_EXPIRY_WARNING_DAYS, true),
    'export-env': booleanInput(true),
    logout: booleanInput(true),
    timeout: numberInput(30, 1, MAX_TIMEOUT_SECONDS, false),
    retries: numberInput(2, 0, MAX_RETRIES, true),
    'tls-verify': booleanInput(true)
};
/** The names of the settings inputs, in the order their problems are reported. */
const SETTING_NAMES = Object.keys(SETTINGS);
/**
 * Every settings input parsed, or one ActionFailure listing every problem, one line each.
 * `valueOf` gives an input's raw text ('' when not set).
 */
function parseSettings(valueOf) {
    const settings = {};
    const problems = [];
    for (const name of SETTING_NAMES) {
        const parsed = SETTINGS[name](valueOf(name));
        if (parsed.ok)
            settings[name] = parsed.value;
        else
            problems.push(`The ${name} input ${parsed.message}.`);
    }
    if (problems.length)
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(problems.join('\n'));
    return settings;
}
/** Parses a boolean input as @actions/core's getBooleanInput would, naming the input when wrong. */
function parseBooleanInput(input, value, fallback) {
    const parsed = booleanInput(fallback)(value);
    if (!parsed.ok)
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The ${input} input must be true or false, not "${value}".`);
    return parsed.value;
}


/***/ }),

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fJ: () => (/* binding */ fail),
  Rm: () => (/* binding */ log),
  dK: () => (/* binding */ mask),
  E$: () => (/* binding */ redact),
  Gz: () => (/* binding */ rememberSecret)
});

// UNUSED EXPORTS: redactWithRegex

// EXTERNAL MODULE: ./src/runner/workflow-commands.ts
var workflow_commands = __webpack_require__(1520);
// EXTERNAL MODULE: ./src/core/sanitize.ts
var sanitize = __webpack_require__(9528);
;// CONCATENATED MODULE: ./src/runner/long-echo.ts
/**
 * Finds long secrets that a server echoed in an encoding, at any length and in any mix of encodings:
 * JSON (`\uXXXX`, the short escapes), URL (`%XX` of UTF-8, `+` for a space) and HTML character
 * references, each character in its own. ./log.ts matches short secrets the same way with one
 * regular expression, but the pattern of a long secret is past what an expression may hold, so
 * here the text is walked: from each place, every way the next character may be written is
 * followed at once, which also settles texts that read two ways (a literal `%41` and an encoded A).
 */
const JSON_SHORT = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
const HTML_NAMED = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'"
};
/** The text with every echo of the values replaced by `***`, longest echo at each place. */
function redactLongEchoes(text, values) {
    const spans = [];
    for (const value of values) {
        const characters = [...value];
        for (let at = 0; at < text.length; at++) {
            const end = echoEnd(text, at, characters);
            if (end === undefined)
                continue;
            spans.push([at, end]);
            at = end - 1;
        }
    }
    if (!spans.length)
        return text;
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let result = '';
    let cursor = 0;
    for (const [start, end] of spans) {
        if (end <= cursor)
            continue;
        result += `${text.slice(cursor, Math.max(cursor, start))}***`;
        cursor = end;
    }
    return result + text.slice(cursor);
}
/** Where an echo of the characters that starts at `at` ends (the longest one), if there is one. */
function echoEnd(text, at, characters) {
    let reachable = [at];
    for (const character of characters) {
        const next = new Set();
        for (const position of reachable) {
            for (const end of characterEnds(text, position, character))
                next.add(end);
        }
        if (!next.size)
            return undefined;
        reachable = [...next];
    }
    return Math.max(...reachable);
}
/** Every place where one way of writing `character` at `at` ends. */
function characterEnds(text, at, character) {
    const ends = [];
    if (text.startsWith(character, at))
        ends.push(at + character.length);
    if (character === ' ' && text[at] === '+')
        ends.push(at + 1);
    const json = jsonUnits(text, at, character.length);
    if (json?.units === character)
        ends.push(json.end);
    for (const decoded of [urlCharacter(text, at), htmlReference(text, at)]) {
        if (decoded?.units === character)
            ends.push(decoded.end);
    }
    return ends;
}
/** `count` UTF-16 code units written as JSON escapes (a character above U+FFFF takes two). */
function jsonUnits(text, at, count) {
    let units = '';
    let end = at;
    for (let i = 0; i < count; i++) {
        if (text[end] !== '\\')
            return undefined;
        const unicode = /^\\u([0-9a-fA-F]{4})/.exec(text.slice(end, end + 6));
        const short = JSON_SHORT[text[end + 1] ?? ''];
        if (unicode) {
            units += String.fromCharCode(parseInt(unicode[1], 16));
            end += 6;
        }
        else if (short && count === 1) {
            units += short;
            end += 2;
        }
        else
            return undefined;
    }
    return { units, end };
}
/** One UTF-8 character as %XX escapes (one to four of them). */
function urlCharacter(text, at) {
    const byteAt = (index) => {
        const escape = /^%([0-9a-fA-F]{2})/.exec(text.slice(index, index + 3));
        return escape ? parseInt(escape[1], 16) : undefined;
    };
    const lead = byteAt(at);
    if (lead === undefined)
        return undefined;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (!length)
        return undefined;
    const bytes = [lead];
    for (let k = 1; k < length; k++) {
        const next = byteAt(at + 3 * k);
        if (next === undefined || (next & 0xc0) !== 0x80)
            return undefined;
        bytes.push(next);
    }
    return { units: Buffer.from(bytes).toString('utf8'), end: at + 3 * length };
}
/** A decimal, hex or named HTML character reference. */
function htmlReference(text, at) {
    if (text[at] !== '&')
        return undefined;
    const reference = /^&(?:#0*(\d{1,7})|#[xX]0*([0-9a-fA-F]{1,6})|([A-Za-z]{2,4}));/.exec(text.slice(at, at + 24));
    if (!reference)
        return undefined;
    const end = at + reference[0].length;
    if (reference[3] !== undefined) {
        const named = HTML_NAMED[reference[3].toLowerCase()];
        return named ? { units: named, end } : undefined;
    }
    const codePoint = reference[1] !== undefined ? Number(reference[1]) : parseInt(reference[2], 16);
    return codePoint <= 0x10ffff ? { units: String.fromCodePoint(codePoint), end } : undefined;
}

;// CONCATENATED MODULE: ./src/runner/log.ts
/**
 * What the action says on the runner's stdout: masks, log lines, warnings and the failure. Every
 * value passes here, where secrets are masked and redacted. What it writes to the runner's files
 * (outputs, environment variables, the job summary) is ./publish.ts.
 */



const maskedValues = new Set();
/** Values shorter than this are still masked by the runner but not redacted from our own text. */
const MIN_REDACTED_LENGTH = 3;
/** Shorter base64 fragments would match ordinary text too often. */
const MIN_BASE64_FORM_LENGTH = 8;
/**
 * What redact() looks for, in the order it tries them at each position (longest first): every masked
 * value, where any character may be in any encoding, and its base64 forms as they are. Built in
 * mask(); the regular expression only when a text needs it (see redact()).
 */
let redaction;
/**
 * Registers a secret with the runner, the whole value and each line of it, and remembers it for
 * redact(). Only the runner's add-mask command is used, so the runner masks it in every later log line.
 *
 * Vendors should hand strings, but a server may send a token as a JSON number, so anything is taken
 * and masked as String(value): the one place where that conversion happens.
 */
function mask(value) {
    for (const candidate of rememberSecret(value))
        workflow_commands/* setSecret */.Pq(candidate);
}
/**
 * The redaction half of mask(): remembers the value and each line of it for redact(), without telling
 * the runner. Outside Actions (the doctor) there is no runner log to mask, and an ::add-mask:: line
 * would only print the secret. Returns the values that were new.
 */
function rememberSecret(value) {
    if (value === undefined || value === null)
        return [];
    const text = String(value);
    if (!text)
        return [];
    const added = [];
    for (const candidate of [text, ...text.split(/\r?\n/).map((line) => line.trim())]) {
        if (!candidate || maskedValues.has(candidate))
            continue;
        maskedValues.add(candidate);
        added.push(candidate);
    }
    // The forms are listed here, once per new secret; redact() builds its regex from them if needed.
    if (added.length)
        redaction = buildRedaction(maskedValues);
    return added;
}
/**
 * Replaces every masked value with ***, in the forms a server may echo it: as is, URL-encoded (either
 * hex case, `+` for space), JSON-escaped (`\uXXXX` of any character, `\/`), as HTML entities, and in
 * base64 (standard and URL-safe, at each of the three byte alignments, so the value is found inside
 * a longer encoded text such as a Basic-auth header too). Applied to anything that may quote a
 * server (error text, summary).
 */
function redact(text) {
    if (!redaction)
        return text;
    // Every encoded form of a character other than the character itself starts with one of these, so
    // in a text without them only the plain forms can match. Most lines are such text, and the
    // regular expression of one long token takes about 10 ms to compile: it is built only when needed.
    if (!ENCODING_MARKS.test(text))
        return replacePlainForms(text, redaction.literals);
    // Text with marks (a job summary escapes _ as &#95;) can still hold no secret: every match of a
    // value starts with its first characters in some encoding, and every other form is plain text.
    // A regular expression of those first characters alone compiles in a fraction of the time.
    redaction.starts ??= new RegExp([...redaction.forms.filter((form) => form.anyEncoding).map((form) => form.text)]
        .concat(redaction.longValues)
        .map((value) => [...value].slice(0, START_LENGTH).map(encodedChar).join(''))
        .join('|') || '(?!)', 'u');
    const forms = redaction.forms;
    const possible = redaction.starts.test(text) ||
        forms.some((form) => !form.anyEncoding && text.includes(form.text));
    if (!possible)
        return text;
    return redactWithRegex(text);
}
/** redact() by the whole regular expression alone: what the quicker paths above must agree with. */
function redactWithRegex(text) {
    if (!redaction)
        return text;
    // Forms too long for one expression (a long secret's whole-value encodings) go first, as plain
    // text; being the longest, they are also first in the order of the forms.
    let withoutLong = redaction.long.length ? replacePlainForms(text, redaction.long) : text;
    // A long value echoed in an encoding its whole-value forms do not list (HTML references, \uXXXX,
    // a mix): found by walking the text, whatever its length.
    if (redaction.longValues.length)
        withoutLong = redactLongEchoes(withoutLong, redaction.longValues);
    redaction.regex ??= new RegExp(redaction.forms
        .filter((form) => form.anyEncoding || form.text.length <= PER_CHARACTER_LIMIT)
        .map((form) => form.anyEncoding ? [...form.text].map(encodedChar).join('') : literal(form.text))
        .join('|') || '(?!)', 'gu');
    return withoutLong.replace(redaction.regex, '***');
}
/**
 * Secrets longer than this are matched in their whole-value encodings (as is, URL-encoded in either
 * case, JSON-escaped, base64) as plain text, and by walking the text (./long-echo.ts), not
 * character by character: the per-character pattern of a 6,000-character value is past what a
 * regular expression may hold.
 */
const PER_CHARACTER_LIMIT = 256;
/** A long value as a server may echo it whole: raw, URL-encoded (both hex cases), JSON-escaped. */
function wholeValueForms(value) {
    // encodeURIComponent throws on a lone surrogate; the runner would mask U+FFFD in its place.
    const url = encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
    const lowerHex = url.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    const json = JSON.stringify(value).slice(1, -1);
    return [
        ...new Set([value, url, lowerHex, url.replace(/%20/g, '+'), json, json.replace(/\//g, '\\/')])
    ];
}
const ENCODING_MARKS = /[\\%&+]/;
/** How many leading characters of a value the quick check of a text with marks looks for. */
const START_LENGTH = 6;
/**
 * What `text.replace(regex, '***')` gives when every alternative of the regex is plain text: the
 * leftmost match, and at that position the first form in order that matches; never a match that
 * starts inside a surrogate pair (the regex has the u flag).
 */
function replacePlainForms(text, forms) {
    let result = '';
    let from = 0;
    for (;;) {
        let at = -1;
        for (const form of forms) {
            let index = text.indexOf(form, from);
            while (index > 0 && isInsidePair(text, index))
                index = text.indexOf(form, index + 1);
            if (index >= 0 && (at < 0 || index < at))
                at = index;
        }
        if (at < 0)
            return result + text.slice(from);
        const form = forms.find((candidate) => text.startsWith(candidate, at));
        result += text.slice(from, at) + '***';
        from = at + form.length;
    }
}
function isInsidePair(text, index) {
    const before = text.charCodeAt(index - 1);
    const here = text.charCodeAt(index);
    return before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff;
}
function buildRedaction(values) {
    const forms = [];
    const longValues = [];
    for (const value of values) {
        if (value.length < MIN_REDACTED_LENGTH)
            continue;
        if (value.length <= PER_CHARACTER_LIMIT) {
            forms.push({ text: value, anyEncoding: true, weight: value.length });
        }
        else {
            longValues.push(value);
            for (const encoded of wholeValueForms(value)) {
                forms.push({ text: encoded, anyEncoding: false, weight: encoded.length });
            }
        }
        for (const encoded of base64Forms(value)) {
            forms.push({ text: encoded, anyEncoding: false, weight: encoded.length });
        }
    }
    if (!forms.length)
        return undefined;
    // Longest first, so a secret that contains another is replaced whole.
    forms.sort((a, b) => b.weight - a.weight);
    return {
        forms,
        literals: forms.map((form) => form.text),
        long: forms
            .filter((form) => !form.anyEncoding && form.text.length > PER_CHARACTER_LIMIT)
            .map((form) => form.text),
        longValues
    };
}
/** One character as any of its encodings: a mix of encodings inside one echo is matched too. */
function encodedChar(char) {
    const codePoint = char.codePointAt(0);
    const alternatives = [literal(char)];
    // JSON: \uXXXX of any character (a surrogate pair above U+FFFF), and the short escapes.
    const units = char.length === 2 ? [char.charCodeAt(0), char.charCodeAt(1)] : [codePoint];
    alternatives.push(units.map((unit) => `\\\\u${hex(unit, 4)}`).join(''));
    const shortEscape = JSON_SHORT_ESCAPES[char];
    if (shortEscape)
        alternatives.push(literal(shortEscape));
    // URL: each UTF-8 byte as %XX, and + for a space (form encoding).
    alternatives.push([...Buffer.from(char, 'utf8')].map((byte) => `%${hex(byte, 2)}`).join(''));
    if (char === ' ')
        alternatives.push('\\+');
    // HTML: decimal and hex character references, and the named ones of the special characters.
    alternatives.push(`&#0*${codePoint};`, `&#[xX]0*${hex(codePoint, 1)};`);
    for (const name of log_HTML_NAMED[char] ?? [])
        alternatives.push(literal(name));
    return `(?:${alternatives.join('|')})`;
}
const JSON_SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '/': '\\/',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t'
};
const log_HTML_NAMED = {
    '&': ['&amp;', '&AMP;'],
    '<': ['&lt;', '&LT;'],
    '>': ['&gt;', '&GT;'],
    '"': ['&quot;', '&QUOT;'],
    "'": ['&apos;']
};
/** Hex digits of a number, each digit matching either case. */
function hex(value, width) {
    return [...value.toString(16).padStart(width, '0')]
        .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
        .join('');
}
/** Text that matches itself: letters and digits as they are, everything else as \u{...}. */
function literal(text) {
    let pattern = '';
    for (const char of text) {
        pattern += /[A-Za-z0-9]/.test(char) ? char : `\\u{${char.codePointAt(0).toString(16)}}`;
    }
    return pattern;
}
/**
 * The base64 text of the value alone (padded and unpadded), and the characters that encode the
 * value at each of the three byte offsets it can have inside a longer encoded text; each in the
 * standard and the URL-safe alphabet.
 */
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const forms = new Set();
    const whole = bytes.toString('base64');
    forms.add(whole);
    forms.add(whole.replace(/=+$/, ''));
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        // Characters wholly inside the value: after the bits of the prefix, before the bits that follow.
        const first = Math.ceil((offset * 8) / 6);
        const end = Math.floor(((offset + bytes.length) * 8) / 6);
        forms.add(encoded.slice(first, end));
    }
    const result = [];
    for (const form of forms) {
        if (form.length < MIN_BASE64_FORM_LENGTH)
            continue;
        result.push(form);
        const urlSafe = form.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        if (urlSafe !== form)
            result.push(urlSafe);
    }
    return result;
}
/**
 * Every line the action writes to the log passes here: redacted, then made inert, so no line of
 * our own multi-line messages can start with `::` or contain `##[` (a vendor that forgot
 * serverText() is still safe).
 */
const outgoing = (message) => (0,sanitize/* inertLines */.wi)(redact(message));
const log = {
    info: (message) => workflow_commands/* info */.pq(outgoing(message)),
    debug: (message) => workflow_commands/* debug */.Yz(outgoing(message)),
    warning: (message) => workflow_commands/* warning */.$e(outgoing(message))
};
/** The step's single failure message (one ::error:: line: core's command module escapes the line breaks). */
function fail(message) {
    workflow_commands/* setFailed */.C1(outgoing(message));
}


/***/ }),

/***/ 2167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WV: () => (/* binding */ VENDOR_IDS),
  Q: () => (/* binding */ canonicalVendorId),
  XQ: () => (/* binding */ loadVendor)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
;// CONCATENATED MODULE: ./src/vendors/registry.generated.ts
const VENDOR_REGISTRY = [
    {
        id: 'invicti-platform',
        aliases: ['invicti'],
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(220)]).then(__webpack_require__.bind(__webpack_require__, 7220))).invictiPlatform
    },
    {
        id: 'tenable-sc',
        aliases: ['tenablesc', 'securitycenter'],
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(248), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 1298))).tenableSc
    },
    {
        id: 'infracast',
        aliases: [],
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(531)]).then(__webpack_require__.bind(__webpack_require__, 1531))).infracast
    },
    {
        id: 'tenable-vm',
        aliases: ['tenable-io', 'tenable'],
        load: async () => (await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.bind(__webpack_require__, 7503))).tenableVm
    },
    {
        id: 'invicti-enterprise',
        aliases: ['netsparker', 'acunetix-360'],
        load: async () => (await __webpack_require__.e(/* import() */ 236).then(__webpack_require__.bind(__webpack_require__, 7236))).invictiEnterprise
    },
    {
        id: 'nessus',
        aliases: ['tenable-nessus'],
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(248), __webpack_require__.e(373)]).then(__webpack_require__.bind(__webpack_require__, 3373))).nessus
    },
    {
        id: 'sonarqube',
        aliases: ['sonarcloud', 'sonar'],
        load: async () => (await __webpack_require__.e(/* import() */ 996).then(__webpack_require__.bind(__webpack_require__, 7996))).sonarqube
    },
    {
        id: 'snyk',
        aliases: [],
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 592))).snyk
    },
    {
        id: 'rapid7',
        aliases: ['insightappsec', 'rapid7-insight'],
        load: async () => (await __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 9855))).rapid7
    },
    {
        id: 'checkmarx-one',
        aliases: ['checkmarx', 'cxone'],
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(65)]).then(__webpack_require__.bind(__webpack_require__, 9065))).checkmarxOne
    },
    {
        id: 'veracode',
        aliases: [],
        load: async () => (await __webpack_require__.e(/* import() */ 935).then(__webpack_require__.bind(__webpack_require__, 2935))).veracode
    }
];

;// CONCATENATED MODULE: ./src/vendors/index.ts
/**
 * Finding a vendor by the `vendor` input: canonical ids, their aliases, and a loader per vendor, so a
 * run loads only the one module it needs. The list itself is ./registry.generated.ts, written from
 * the vendor folders by scripts/generate.js.
 */


const VENDOR_IDS = VENDOR_REGISTRY.map((entry) => entry.id);
/** The canonical id for a `vendor` input, or undefined when it names no known vendor. */
function canonicalVendorId(input) {
    const wanted = input.trim().toLowerCase();
    return VENDOR_REGISTRY.find((entry) => entry.id === wanted || entry.aliases.includes(wanted))?.id;
}
async function loadVendor(input) {
    const id = canonicalVendorId(input);
    const entry = VENDOR_REGISTRY.find((candidate) => candidate.id === id);
    if (entry === undefined) {
        const valid = VENDOR_REGISTRY.map(({ id: name, aliases }) => aliases.length ? `${name} (or ${aliases.join(', ')})` : name).join(', ');
        throw new failure/* ActionFailure */.dR(input.trim() === ''
            ? `The vendor input is required. Valid vendors: ${valid}.`
            : `The vendor input "${input.trim()}" is not a known vendor. Valid vendors: ${valid}.`);
    }
    return entry.load();
}


/***/ })

};
