"use strict";
exports.id = 812;
exports.ids = [812];
exports.modules = {

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SYSTEM_TRUST_STORE_HINT: () => (/* binding */ SYSTEM_TRUST_STORE_HINT),
/* harmony export */   interimFloodFailure: () => (/* binding */ interimFloodFailure),
/* harmony export */   networkFailure: () => (/* binding */ networkFailure),
/* harmony export */   oversizeFailure: () => (/* binding */ oversizeFailure),
/* harmony export */   redirectFailure: () => (/* binding */ redirectFailure),
/* harmony export */   upgradeFailure: () => (/* binding */ upgradeFailure)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9528);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4002);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1987);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);





/**
 * The failure for an attempt that got no answer. `heldBack`: the error was transient, but the
 * request was not sent again because it may have reached the server (RequestOptions.creates).
 */
function networkFailure(context, error, endpoint, attempts, heldBack) {
    if (error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR)
        return error;
    const { vendor, proxy } = context;
    const base = new URL(context.baseUrl);
    const host = base.host;
    const code = error.code ?? '';
    const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
    const detail = (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(withoutNodeOnlyAdvice(context.redact(error.message)));
    const viaProxy = proxy ? ` through the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlCredentials */ .dE)(proxy)}` : '';
    // A host the step chose itself (a region's, the credentials', the vendor's default) has no url
    // input to correct: what fails is the runner's way out to the vendor's cloud.
    const fromInput = isFromInput(context);
    let lines;
    if (proxy && (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .isProxyConnectionError */ .zy)(error)) {
        lines = [
            `${vendor}: could not connect to the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlCredentials */ .dE)(proxy)}${tried}: ${detail} (${code}), so the request never reached ${host}.`,
            `Fix: check the proxy URL in HTTPS_PROXY / HTTP_PROXY (its host name, port and scheme) and that the runner can reach the proxy; or list ${base.hostname} in NO_PROXY if the runner reaches it directly.`
        ];
    }
    else if (proxy && code === 'ERR_PROXY_TUNNEL') {
        lines = tunnelRefusedLines(vendor, proxy, host, error.statusCode, tried);
    }
    else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        lines = [
            `${vendor}: could not resolve the host name ${base.hostname} (DNS ${code})${tried}.`,
            fromInput
                ? 'Fix: check the url input for a typo, and that the runner can resolve internal names (self-hosted runner or VPN for on-premises servers).'
                : `Fix: check that the runner can resolve public host names (its DNS, or HTTPS_PROXY if it reaches the internet only through a proxy); ${base.hostname} is ${vendor}'s own host, not a typo.`
        ];
    }
    else if (code === 'SCANNER_LOGIN_TIMEOUT') {
        lines = [
            `${vendor}: ${endpoint} timed out${viaProxy}${tried}: ${detail}.`,
            `Fix: ${_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .TIMEOUT_HINT */ .am}`
        ];
    }
    else if ((code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER') &&
        /wrong version number/i.test(error.message)) {
        // Direct, Node reports EPROTO; through a CONNECT tunnel, ERR_SSL_WRONG_VERSION_NUMBER.
        lines = [
            `${vendor}: ${host} did not answer the TLS handshake: the port speaks plain HTTP, not HTTPS (${code}).`,
            // A host the step chose itself is the vendor's HTTPS address: what spoke HTTP is in between.
            fromInput
                ? "Fix: set the url input to the server's HTTPS address (its TLS port), or check that a proxy in between does not end TLS on this port."
                : `Fix: check that nothing between the runner and ${host} (a proxy, a firewall or a captive portal) answers for it in plain HTTP.`,
            ...(proxy?.startsWith('https://')
                ? [
                    `The proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlCredentials */ .dE)(proxy)} is reached over TLS too: if it speaks plain HTTP, write its URL with http://.`
                ]
                : [])
        ];
    }
    else if ((0,_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .isTlsCode */ .ne)(code)) {
        lines = [...tlsFailureLines(context, error, code, host, detail), ...httpsProxyNote(proxy)];
    }
    else if (code === 'ERR_INVALID_CHAR') {
        // Node refuses the header before anything is sent; its message names the header, not the value.
        // The headers the action sends carry the credentials (and inputs such as a tenant) as given,
        // so this is a value pasted with a character a header cannot hold, not the network.
        lines = [
            `${vendor}: ${endpoint} was not sent: ${detail} (${code}). A credential input (or another input sent in that header) holds a character an HTTP header cannot carry: a line break, a control character, or one outside Latin-1 such as a typographic quote.`,
            'Fix: copy the credential into its secret again, exactly as the vendor shows it and with nothing around it.'
        ];
    }
    else if (code === 'ECONNREFUSED') {
        lines = [
            // Through a proxy, a refused connection is the proxy's (the first branch).
            `${vendor}: ${host} refused the connection${tried} (${code}).`,
            fromInput
                ? 'Fix: check the url input (host and port) and that the server is running and reachable from the runner.'
                : `Fix: check that the runner can reach ${host} (a firewall in between, or HTTPS_PROXY if it reaches the internet only through a proxy).`
        ];
    }
    else if (base.protocol === 'http:' && !proxy && code === 'ECONNRESET') {
        // A TLS port closes a plain-HTTP connection without a word; http:// is for loopback only.
        lines = [
            `${vendor}: ${endpoint} failed${tried}: ${detail} (${code}): ${host} closed the connection without an answer, as a port that speaks HTTPS does to plain HTTP.`,
            `Fix: if the server speaks HTTPS on this port, write the url input with https://; otherwise check that it is running and reachable from the runner.`
        ];
    }
    else {
        lines = [
            `${vendor}: ${endpoint} failed${viaProxy}${tried}: ${detail}${code ? ` (${code})` : ''}.`,
            fromInput
                ? `Fix: check the url input and the runner's network access to ${host}.`
                : `Fix: check the runner's network access to ${host}.`
        ];
    }
    // Not for a header Node refused: that request never left the runner, directly or otherwise.
    if (context.unusableProxy && code !== 'ERR_INVALID_CHAR') {
        const { variable, scheme } = context.unusableProxy;
        lines.push(`${variable} names a ${scheme}:// proxy, which this step cannot use (only http:// and https:// proxies), so it connected directly: if the runner reaches ${host} only through that proxy, give ${variable} an http:// proxy instead.`);
    }
    if (heldBack) {
        lines.splice(1, 0, 'It was not sent again: the request may have reached the server, and repeating a login could open a second session or use up a single-use token.');
    }
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(lines.join('\n'));
}
/** The proxy answered CONNECT with a refusal: 407 asks for credentials, anything else for access. */
function tunnelRefusedLines(vendor, proxy, host, status, tried) {
    return [
        `${vendor}: the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlCredentials */ .dE)(proxy)} refused to open a connection to ${host}${status ? ` (HTTP ${status} to CONNECT)` : ''}${tried}.`,
        status === 407
            ? 'Fix: the proxy asks for credentials: put them in the proxy URL (http://user:password@proxy.example.com:3128, special characters percent-encoded), or have the proxy allow this host without them.'
            : `Fix: ${_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_HINT */ .Lx}`
    ];
}
/**
 * A job's way to trust the runner machine's own store, for a CA it holds. The doctor, on a machine
 * whose Node may predate the variable, says its own (../doctor/words.ts).
 */
const SYSTEM_TRUST_STORE_HINT = "if that CA is installed in the runner machine's own trust store (a self-hosted runner), NODE_USE_SYSTEM_CA: 1 in the job's env makes this step, and later Node steps, trust that store";
function tlsFailureLines(context, error, code, host, detail) {
    const { vendor, caPem } = context;
    const lastResort = 'Set tls-verify: false only as a last resort.';
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        const names = (0,_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateNames */ .UZ)(error.cert);
        const hostname = new URL(context.baseUrl).hostname;
        const headline = `${vendor}: the TLS certificate of ${host} is not valid for the host name ${hostname}${names ? `; it covers ${names}` : ''} (${code}).`;
        if (isFromInput(context)) {
            return [
                headline,
                `Fix: set the url input to a host name the certificate covers${names ? '' : ' (see its subject alternative names)'}, or have the certificate reissued for this name. ${lastResort}`
            ];
        }
        // A host the step chose itself (a region's, the vendor's default) has a certificate for its own
        // name: another server answered, one in between or one the runner's name lookup led to. There
        // is no url input to correct, and turning verification off would hand that server the
        // credentials.
        return [
            headline,
            `Fix: check ${notTheApi(context).check}, and that the runner's DNS (or hosts file) does not send ${hostname} elsewhere: ${hostname} is ${vendor}'s own host, whose certificate covers its name. Do not set tls-verify: false: the credentials would go to the server that answered.`
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
    if (_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .TLS_CHAIN_CODES */ .X7.has(code) && caPem) {
        return [
            `${vendor}: the TLS connection to ${host} failed: the CA given in ca-cert did not verify the server's certificate chain: ${detail} (${code}).`,
            `Fix: give in ca-cert the CA that issued the server's certificate (not another CA); if the server does not send its intermediate certificate, add that intermediate to ca-cert too. ${lastResort}`
        ];
    }
    if (_tls_js__WEBPACK_IMPORTED_MODULE_2__/* .TLS_CHAIN_CODES */ .X7.has(code)) {
        // Node's own advice (--use-system-ca) is a flag no step can pass to the runner's Node; its
        // environment variable is one a job can set (Node 22.19 and 24.6 on).
        return [
            `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
            `Fix: if the server uses a private or self-signed certificate, give its CA in the ca-cert input (PEM text or a path to a PEM file); ${SYSTEM_TRUST_STORE_HINT}. ${lastResort}`
        ];
    }
    return [
        `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
        `Fix: ${_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .CA_CERT_HINT */ .i6}`
    ];
}
/**
 * Through an https:// proxy, a certificate failure may be the proxy's own: Node checks it against
 * the job's trust store only (its roots and NODE_EXTRA_CA_CERTS), never ca-cert or tls-verify.
 */
function httpsProxyNote(proxy) {
    if (!proxy?.startsWith('https://'))
        return [];
    return [
        `The proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlCredentials */ .dE)(proxy)} is reached over TLS too, and the certificate at fault may be the proxy's: ca-cert and tls-verify apply to the server only. For the proxy's own CA, add it to NODE_EXTRA_CA_CERTS in the runner's environment (a self-hosted runner's .env), or use an http:// proxy URL.`
    ];
}
/**
 * Removes Node's advice to run Node with --use-system-ca: users of an action cannot pass the runner's
 * Node a flag (the fix names the environment variable that does the same).
 */
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
/**
 * A 101 upgrade, or a 1xx given as the final answer. Its reason phrase is quoted as server text,
 * which is redacted whole before it is cut (serverText).
 */
function upgradeFailure(context, endpoint, res) {
    const { vendor } = context;
    const status = res.statusCode ?? 101;
    const statusText = res.statusMessage ? ` ${(0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .serverText */ .Tn)(res.statusMessage)}` : '';
    const what = status === 101
        ? 'a switch to another protocol that this API never asks for'
        : 'an interim status as its final answer';
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${vendor}: ${endpoint} answered HTTP ${status}${statusText}, ${what}; the connection was closed.`,
        isFromInput(context)
            ? 'Likely cause: the url input points at something other than the API (a WebSocket or tunnel endpoint, or a proxy in between).'
            : `Likely cause: ${notTheApi(context).cause}.`,
        checkServerAndProxy(context)
    ].join('\n'));
}
/** More than `limit` 1xx interim answers and no final one. */
function interimFloodFailure(context, endpoint, status, limit) {
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${context.vendor}: ${endpoint} sent more than ${limit} interim answers (HTTP ${status}) and no final one.`,
        checkServerAndProxy(context)
    ].join('\n'));
}
function redirectFailure(context, response) {
    // Redacted whole, then cut: a secret the server echoed across the cut must not leave its start.
    const location = (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .serverText */ .Tn)(context.redact(String(response.headers.location ?? '(no Location header)')));
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${context.vendor}: ${response.endpoint} answered with a redirect (HTTP ${response.status}) to ${location}.`,
        'Credentials are never sent on to a redirect target, so the redirect was not followed.',
        isFromInput(context)
            ? 'Fix: set the url input to the API base URL the server expects (a redirect usually means http:// instead of https://, a missing path, or a login page in front of the API).'
            : `Fix: check ${notTheApi(context).check}.`
    ].join('\n'));
}
/** A body over `limitBytes`, declared or counted while it arrived. */
function oversizeFailure(context, endpoint, status, limitBytes) {
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${context.vendor}: ${endpoint} (HTTP ${status}) sent a response body over ${limitBytes / 1024 / 1024} MiB; it was cut off.`,
        ...(isFromInput(context)
            ? [
                'An identity check answers with a few kilobytes, so this is not the API the url input should point at.',
                'Fix: check the url input.'
            ]
            : [
                `An identity check answers with a few kilobytes, so this is not the API: ${notTheApi(context).cause}.`,
                `Fix: check ${notTheApi(context).check}.`
            ])
    ].join('\n'));
}
/**
 * Whether the url input chose the server. A host the step chose itself (a region's, the
 * credentials', the vendor's default) is the vendor's API: what answers unlike it is in between.
 */
function isFromInput(context) {
    return context.urlFromInput !== false;
}
function notTheApi(context) {
    return (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .answeredInItsPlace */ .C0)({ url: context.baseUrl, urlFromInput: isFromInput(context) }, 'the API');
}
function checkServerAndProxy(context) {
    const where = isFromInput(context) ? 'the url input' : notTheApi(context).check;
    return `Fix: check ${where}, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.`;
}


/***/ })

};
;