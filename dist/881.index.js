export const id = 881;
export const ids = [881];
export const modules = {

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mR: () => (/* binding */ vendorContext),
/* harmony export */   uT: () => (/* binding */ createHttpClient)
/* harmony export */ });
/* unused harmony exports VERSION, USER_AGENT */
/* harmony import */ var _net_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);
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
    return new _net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
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

/***/ 333:
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

/***/ 845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   LQ: () => (/* binding */ mergeVerified),
/* harmony export */   O5: () => (/* binding */ requirementStatus),
/* harmony export */   Z: () => (/* binding */ roleLevel),
/* harmony export */   gL: () => (/* binding */ emptyIdentity),
/* harmony export */   q4: () => (/* binding */ identityObject),
/* harmony export */   z4: () => (/* binding */ checkRequirements)
/* harmony export */ });
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(528);

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
/** Quoted names, at most 20 of them: a hostile answer can list thousands of roles. */
function quoteList(values) {
    const shown = values.slice(0, 20).map((v) => `"${v}"`);
    return values.length > 20
        ? `${shown.join(', ')} and ${values.length - 20} more`
        : shown.join(', ');
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
/** The `identity` output and the doctor's JSON: the cleaned identity with the plan it was verified under. */
function identityObject(plan, reported) {
    const identity = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanIdentity */ .w1)(reported);
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


/***/ }),

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ cookieValue),
/* harmony export */   T1: () => (/* binding */ decimalToken),
/* harmony export */   Tn: () => (/* binding */ serverText),
/* harmony export */   Y4: () => (/* binding */ boundedList),
/* harmony export */   hC: () => (/* binding */ bearerToken),
/* harmony export */   w1: () => (/* binding */ cleanIdentity),
/* harmony export */   wi: () => (/* binding */ inertLines)
/* harmony export */ });
/* unused harmony export MAX_SERVER_TEXT */
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(333);
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
/** The identity with every field as cleaned server text. */
function cleanIdentity(identity) {
    const cleanList = (list) => list?.map((entry) => serverText(entry));
    const cleaned = {
        userId: serverText(identity.userId),
        username: serverText(identity.username),
        displayName: serverText(identity.displayName),
        email: serverText(identity.email),
        roles: cleanList(identity.roles),
        permissions: cleanList(identity.permissions),
        organization: serverText(identity.organization)
    };
    if (identity.roleAliases)
        cleaned.roleAliases = cleanList(identity.roleAliases) ?? [];
    // A number, not text: kept as it is, or the ordered-levels gate would never see it.
    const level = identity.roleLevel;
    if (typeof level === 'number' && Number.isFinite(level))
        cleaned.roleLevel = level;
    return cleaned;
}
// --- Credentials a server issues ---------------------------------------------------------------
/** RFC 6750 `b64token`: the characters a bearer token may use, then `=` padding. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_BEARER_TOKEN = 16_384;
/** A Tenable.sc session token: a decimal number (a JSON number in every capture). */
const DECIMAL_TOKEN = /^\d{1,20}$/;
/** A PHP session id, as Tenable.sc's TNS_SESSIONID: letters, digits, `,` and `-`. */
const COOKIE_VALUE = /^[A-Za-z0-9,-]{1,256}$/;
/**
 * A bearer token the server issued, as a string, or an ActionFailure that names `what` (which
 * credential, from which vendor and endpoint) without quoting the value.
 */
function bearerToken(value, what) {
    const token = credentialText(value);
    if (token === undefined || token.length > MAX_BEARER_TOKEN || !BEARER_TOKEN.test(token)) {
        throw malformed(what, 'a bearer token (RFC 6750: letters, digits, - . _ ~ + / then = padding)');
    }
    return token;
}
/** A decimal session token (Tenable.sc), as a string. */
function decimalToken(value, what) {
    const token = credentialText(value);
    if (token === undefined || !DECIMAL_TOKEN.test(token)) {
        throw malformed(what, 'a decimal number');
    }
    return token;
}
/** The value of the cookie `name` (without `name=`): letters, digits, `,` and `-` only. */
function cookieValue(value, name, what) {
    const cookie = credentialText(value);
    if (cookie === undefined || !COOKIE_VALUE.test(cookie)) {
        throw malformed(what, `a ${name} cookie value (1 to 256 letters, digits, "," or "-")`);
    }
    return cookie;
}
/**
 * A string as given, or a whole number that JSON carried exactly; anything else (a fraction, a
 * number past 2^53 that lost digits in parsing, an object) is not a credential.
 */
function credentialText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
    return undefined;
}
function malformed(what, expected) {
    return new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The server answered with a malformed credential: ${what} is not ${expected}. ` +
        'Its value is not shown, since it may be a secret. A genuine server never sends this: check ' +
        'that the url input points at the real server, and that no proxy or gateway rewrites its answers.');
}


/***/ }),

/***/ 905:
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

/***/ 724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ textExcerpt),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   aH: () => (/* binding */ redactedExcerpt),
/* harmony export */   cC: () => (/* binding */ notJsonFailure),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony exports MAX_BODY_BYTES, MAX_RETRY_AFTER_MS, MAX_JSON_DEPTH, MAX_JSON_ENTRIES, jsonLimitExceeded, proxyFor, proxyBypassed, retryDelayMs, backoffMs, extraCaTrust */
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(333);

const MAX_BODY_BYTES = 1024 * 1024;
/** The longest Retry-After this action waits for; a server asking for more gets this much. */
const MAX_RETRY_AFTER_MS = 30_000;
/** A Retry-After wait is stretched by up to this fraction of itself, at random... */
const RETRY_AFTER_JITTER = 0.25;
/** ...and by at most this much. */
const MAX_RETRY_AFTER_JITTER_MS = 2_000;
/** JSON nested deeper than this is refused before parsing; identity answers nest 3 or 4 levels. */
const MAX_JSON_DEPTH = 64;
/**
 * JSON with more array entries plus object keys than this, in total, is refused before parsing:
 * an identity answer holds a few dozen, and every entry is work for the vendor module afterwards.
 */
const MAX_JSON_ENTRIES = 10_000;
/** How many 1xx interim answers (100 Continue, 103 Early Hints) one request may receive. */
const MAX_INTERIM_RESPONSES = 10;
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
/** A final answer the client cannot use at all (an upgrade); carries the status for the record. */
class UnusableAnswerFailure extends _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
class HttpClient {
    options;
    records = [];
    agent;
    transport;
    proxy;
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
        const loopback = isLoopbackHost(base.hostname);
        this.proxy = proxyFor(base, env);
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
            throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
                `${options.vendor}: the proxy setting is not a valid URL: ${redactUrlCredentials(this.proxy ?? '')}.`,
                'Fix: set HTTPS_PROXY / HTTP_PROXY to a URL such as http://proxy.example.com:3128, or unset it.'
            ].join('\n'));
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
                    const code = error.code ?? '';
                    const transient = TRANSIENT_NETWORK_CODES.has(code);
                    const retryable = transient && (!creates || NEVER_SENT_CODES.has(code));
                    if (lastAttempt || !retryable) {
                        const heldBack = !lastAttempt && transient && !retryable;
                        throw this.networkFailure(error, endpoint, attempt, heldBack);
                    }
                    await sleep(backoffMs(attempt));
                    continue;
                }
                record.status = response.status;
                if (response.status >= 300 && response.status < 400)
                    throw this.redirectFailure(response);
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
        const [body, contentType] = request.form !== undefined
            ? [new URLSearchParams(request.form).toString(), 'application/x-www-form-urlencoded']
            : request.json !== undefined
                ? [JSON.stringify(request.json), 'application/json']
                : [undefined, undefined];
        const headers = {
            accept: 'application/json',
            ...this.options.headers,
            ...request.headers,
            ...request.signedHeaders?.(url),
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
            // Stays attached after settling: a late error from a destroyed socket must not be unhandled.
            req.on('error', fail);
            req.on('close', () => {
                fail(networkError('the connection closed without a complete answer', 'SCANNER_LOGIN_NO_ANSWER'));
            });
            req.on('upgrade', (res, socket) => {
                socket.destroy();
                fail(this.upgradeFailure(endpoint, res));
            });
            let interim = 0;
            req.on('information', (info) => {
                interim += 1;
                if (interim > MAX_INTERIM_RESPONSES) {
                    fail(new UnusableAnswerFailure([
                        `${this.options.vendor}: ${endpoint} sent more than ${MAX_INTERIM_RESPONSES} interim answers (HTTP ${info.statusCode}) and no final one.`,
                        'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
                    ].join('\n'), info.statusCode));
                }
            });
            req.on('response', (res) => {
                const status = res.statusCode ?? 0;
                // Node hands over a 101 without `Connection: upgrade` as an ordinary answer.
                if (status < 200) {
                    fail(this.upgradeFailure(endpoint, res));
                    return;
                }
                const declared = Number(res.headers['content-length'] ?? 0);
                if (declared > MAX_BODY_BYTES) {
                    fail(this.oversizeFailure(endpoint, status));
                    return;
                }
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_BODY_BYTES) {
                        fail(this.oversizeFailure(endpoint, status));
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
            });
            req.end(body);
        });
    }
    networkFailure(error, endpoint, attempts, heldBack) {
        if (error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR)
            return error;
        const { vendor } = this.options;
        const base = new URL(this.options.baseUrl);
        const host = base.host;
        const code = error.code ?? '';
        const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
        const detail = withoutNodeOnlyAdvice(this.options.redact(error.message));
        const viaProxy = this.proxy ? ` through the proxy ${redactUrlCredentials(this.proxy)}` : '';
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
                `Fix: ${_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .TIMEOUT_HINT */ .am}`
            ];
        }
        else if (isTlsCode(code)) {
            lines = this.tlsFailureLines(error, code, host, detail);
        }
        else if (this.proxy && (code === 'ERR_PROXY_TUNNEL' || proxyRefused(error, this.proxy))) {
            lines = [
                `${vendor}: could not reach ${host}${viaProxy}: ${detail}${tried}.`,
                `Fix: ${_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_HINT */ .Lx}`
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
        return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(lines.join('\n'));
    }
    tlsFailureLines(error, code, host, detail) {
        const { vendor, caPem } = this.options;
        const lastResort = 'Set tls-verify: false only as a last resort.';
        if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
            const names = certificateNames(error.cert);
            return [
                `${vendor}: the TLS certificate of ${host} is not valid for the host name ${new URL(this.options.baseUrl).hostname}${names ? `; it covers ${names}` : ''} (${code}).`,
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
            `Fix: ${_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .CA_CERT_HINT */ .i6}`
        ];
    }
    upgradeFailure(endpoint, res) {
        const status = res.statusCode ?? 101;
        const statusText = res.statusMessage ? ` ${oneLine(res.statusMessage)}` : '';
        const what = status === 101
            ? 'a switch to another protocol that this API never asks for'
            : 'an interim status as its final answer';
        return new UnusableAnswerFailure([
            `${this.options.vendor}: ${endpoint} answered HTTP ${status}${statusText}, ${what}; the connection was closed.`,
            'Likely cause: the url input points at something other than the API (a WebSocket or tunnel endpoint, or a proxy in between).',
            'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
        ].join('\n'), status);
    }
    redirectFailure(response) {
        const location = oneLine(this.options.redact(String(response.headers.location ?? '(no Location header)')));
        return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `${this.options.vendor}: ${response.endpoint} answered with a redirect (HTTP ${response.status}) to ${location}.`,
            'Credentials are never sent on to a redirect target, so the redirect was not followed.',
            'Fix: set the url input to the API base URL the server expects (a redirect usually means http:// instead of https://, a missing path, or a login page in front of the API).'
        ].join('\n'));
    }
    oversizeFailure(endpoint, status) {
        return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `${this.options.vendor}: ${endpoint} (HTTP ${status}) sent a response body over ${MAX_BODY_BYTES / 1024 / 1024} MiB; it was cut off.`,
            'An identity check answers with a few kilobytes, so this is not the API the url input should point at.',
            'Fix: check the url input.'
        ].join('\n'));
    }
}
function retryableAnswer(response, creates) {
    if (!creates)
        return RETRYABLE_STATUSES.has(response.status);
    const retryAfter = response.headers['retry-after'];
    return CREATING_RETRYABLE_STATUSES.has(response.status) && String(retryAfter ?? '').trim() !== '';
}
/**
 * Checks the bounds of a JSON text in one linear pass, without parsing it: nesting deeper than
 * MAX_JSON_DEPTH, or more than MAX_JSON_ENTRIES array entries and object keys in total. Counting
 * is on the raw text (a separator or the first item of a container is an entry), so malformed
 * text is measured too; JSON.parse then decides whether it is JSON at all.
 */
function jsonLimitExceeded(text) {
    let depth = 0;
    let entries = 0;
    let inString = false;
    let justOpened = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c /* \ */)
                i++;
            else if (c === 0x22 /* " */)
                inString = false;
            continue;
        }
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            continue;
        if (justOpened) {
            justOpened = false;
            if (c !== 0x5d /* ] */ && c !== 0x7d /* } */)
                entries++;
        }
        if (c === 0x22)
            inString = true;
        else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            if (++depth > MAX_JSON_DEPTH)
                return 'too-deep';
            justOpened = true;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
        else if (c === 0x2c /* , */)
            entries++;
        if (entries > MAX_JSON_ENTRIES)
            return 'too-many-entries';
    }
    return undefined;
}
/**
 * Parses a JSON body whatever the Content-Type claims (Tenable.sc labels JSON as text/html).
 * Returns undefined for text that is not JSON and for JSON beyond the bounds of jsonLimitExceeded
 * (so no answer can exhaust the stack or the CPU); notJsonFailure says which it was.
 */
function parseJson(body) {
    if (jsonLimitExceeded(body) !== undefined)
        return undefined;
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
/** The failure for an answer that should have been JSON, with a short, redacted excerpt if allowed. */
function notJsonFailure(vendor, response, redact, options = {}) {
    const type = oneLine(String(response.headers['content-type'] ?? 'no Content-Type'));
    const limit = jsonLimitExceeded(response.body);
    if (limit !== undefined) {
        const what = limit === 'too-deep'
            ? `JSON nested deeper than ${MAX_JSON_DEPTH} levels`
            : `JSON with more than ${MAX_JSON_ENTRIES.toLocaleString('en-US')} entries`;
        return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${what} (${type}), far beyond any answer of the API; it was not read.`,
            'Fix: check the url input points at the vendor API, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
        ].join('\n'));
    }
    const looksHtml = /<html|<!doctype/i.test(response.body);
    const excerpt = options.quoteBody === true ? redactedExcerpt(response.body, redact) : '';
    const size = Buffer.byteLength(response.body);
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${vendor}: ${response.endpoint} answered HTTP ${response.status} with ${looksHtml ? 'an HTML page' : 'a body that is not JSON'} (${type}), not the API's JSON.`,
        options.quoteBody === true
            ? excerpt
                ? `It begins: ${excerpt}`
                : ''
            : `Its ${size} bytes are not quoted: the answer of a login may hold credentials.`,
        looksHtml
            ? 'Likely causes: a login or SSO page, a proxy or firewall error page, or a url input that points at the web interface instead of the API.'
            : 'Likely cause: the url input points at something other than the API.',
        'Fix: check the url input, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.'
    ]
        .filter(Boolean)
        .join('\n'));
}
/**
 * An excerpt of server text that is safe to quote: secrets are redacted in the whole raw text
 * first (an echo loses its exact form once folded, stripped or cut), then it is shortened, then
 * redacted again (folding can join a secret that a tag had split).
 */
function redactedExcerpt(body, redact, max = 200) {
    return redact(textExcerpt(redact(body), max));
}
/** Only this much of a body is looked at for an excerpt: enough for any page's first words. */
const EXCERPT_SCAN_CHARS = 64 * 1024;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
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
    return oneLine(names.slice(0, 10).join(', '));
}
/**
 * Loopback by name or address: localhost (with or without the root dot), 127.0.0.0/8, ::1, and
 * 127.x mapped into IPv6. Such a URL is never proxied.
 */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return (host === 'localhost' ||
        host === 'localhost.' ||
        host === '::1' ||
        /^127(\.\d{1,3}){3}$/.test(host) ||
        /^::ffff:(127(\.\d{1,3}){3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.test(host));
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
function networkError(message, code) {
    const error = new Error(message);
    error.code = code;
    return error;
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

/***/ 233:
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
 */
function caBundle(extraCertificates) {
    const tls = process.getBuiltinModule('node:tls');
    return joinPem([...tls.rootCertificates, ...extraCertificates]);
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

/***/ 887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   KC: () => (/* binding */ resolveLocation),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   S8: () => (/* binding */ parseBooleanInput),
/* harmony export */   ZZ: () => (/* binding */ readCaCert),
/* harmony export */   dP: () => (/* binding */ settingsSchema)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(333);
/* harmony import */ var _net_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(724);
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(845);
/* harmony import */ var _net_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(233);
/* harmony import */ var _kit_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(905);
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
    ..._kit_types_js__WEBPACK_IMPORTED_MODULE_3__/* .CREDENTIAL_INPUTS */ .ms,
    ..._kit_types_js__WEBPACK_IMPORTED_MODULE_3__/* .VENDOR_OPTION_INPUTS */ .nM,
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
/**
 * The settings inputs, checked together so that every problem is reported at once, in this order.
 * `shape` names the inputs; `safeParse` answers as a schema's would (data, or issues with the input
 * as the first path element), so callers read the same either way.
 */
const settingsSchema = {
    shape: SETTINGS,
    safeParse(input) {
        const data = {};
        const issues = [];
        for (const name of Object.keys(SETTINGS)) {
            const value = input[name];
            if (typeof value !== 'string') {
                issues.push({
                    path: [name],
                    message: `Invalid input: expected string, received ${value === null ? 'null' : typeof value}`
                });
                continue;
            }
            const parsed = SETTINGS[name](value);
            if (parsed.ok)
                data[name] = parsed.value;
            else
                issues.push({ path: [name], message: parsed.message });
        }
        return issues.length
            ? { success: false, error: { issues } }
            : { success: true, data: data };
    }
};
/** Parses a boolean input as @actions/core's getBooleanInput would, naming the input when wrong. */
function parseBooleanInput(input, value, fallback) {
    const parsed = booleanInput(fallback)(value);
    if (!parsed.ok)
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The ${input} input must be true or false, not "${value}".`);
    return parsed.value;
}
function buildPlan(raw, vendor, environment) {
    const { env } = environment;
    const parsed = settingsSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `The ${String(issue.path[0])} input ${issue.message}.`);
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(problems.join('\n'));
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
    const caCert = readCaCert(raw['ca-cert'], environment.readFile ?? ((path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')));
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
        secrets: _kit_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SECRET_INPUTS */ .pH.map((input) => credentials[input]).filter((v) => Boolean(v)),
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
    const foreign = _kit_types_js__WEBPACK_IMPORTED_MODULE_3__/* .VENDOR_OPTION_INPUTS */ .nM.filter((input) => !own.has(input) && given(input));
    if (raw.region.trim() && !vendor.location.regions)
        foreign.push('region');
    if (foreign.length) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`${vendor.name} does not use the ${names(foreign)} input${foreign.length > 1 ? 's' : ''}; remove ${foreign.length > 1 ? 'them' : 'it'} from this step.`);
    }
}
function checkRolesVerifiable(vendor, required) {
    if (!required.length)
        return;
    const model = vendor.roles;
    if (model.kind === 'none') {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The required-roles input cannot be used with ${vendor.name}: ${model.reason}`);
    }
    if (model.kind !== 'levels')
        return;
    const unknown = required.filter((role) => (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .roleLevel */ .Z)(model.levels, role) === undefined);
    if (unknown.length) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The required-roles input names ${quoteList(unknown)}, which ${unknown.length > 1 ? 'are' : 'is'} not ${vendor.name} role${unknown.length > 1 ? 's' : ''}. ${vendor.name} roles are ordered levels: ${model.levels.map((l) => `${l.name} (${l.level})`).join(', ')}; holding a role means holding that level or a higher one.`);
    }
}
function checkPermissionsVerifiable(vendor, required) {
    if (!required.length)
        return;
    const model = vendor.permissions;
    if (model.kind === 'none') {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The required-permissions input cannot be used with ${vendor.name}: ${model.reason}`);
    }
    if (model.kind !== 'defined')
        return;
    const known = new Set(model.known.map((p) => p.toLowerCase()));
    const unknown = required.filter((p) => !known.has(p.toLowerCase()));
    if (unknown.length) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR([
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
    const foreign = _kit_types_js__WEBPACK_IMPORTED_MODULE_3__/* .CREDENTIAL_INPUTS */ .ms.filter((input) => raw[input] && !usable.has(input));
    if (foreign.length) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`${vendor.name} does not use the ${names(foreign)} input${foreign.length > 1 ? 's' : ''}. ` +
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
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`Conflicting credentials for ${vendor.name}: ${names([...given])} were all given. ` +
            `Give exactly one of ${modeList(vendor.modes)}.`);
    }
    if (touched.length === 1) {
        const mode = touched[0];
        const missing = mode.inputs.filter((input) => !given.has(input));
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .MissingCredentialFailure */ .s$(`The ${names(missing)} input${missing.length > 1 ? 's are' : ' is'} empty: ${vendor.name} ` +
            `needs ${names(mode.inputs, ' and ')} together${fallbackNote(vendor, missing)}.`);
    }
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .MissingCredentialFailure */ .s$(`No credentials for ${vendor.name}: set ${modeList(vendor.modes)}, from repository secrets` +
        `${fallbackNote(vendor, [...usable])}.`);
}
/** The base URL: the url input, else the region's URL, else the vendor's default. */
function resolveLocation(urlInput, regionInput, vendor, credentials = {}) {
    const { location } = vendor;
    const regionName = regionInput.trim().toLowerCase();
    if (urlInput && regionName) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR("The url and region inputs were both given; give one: region picks the vendor's cloud URL for that region, url names a server directly.");
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
            throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The region input "${regionInput.trim()}" is not a ${vendor.name} region. Valid regions: ${Object.keys(regions).join(', ')}.`);
        }
    }
    if (location.defaultUrl)
        return { url: checkedUrl(location.defaultUrl), region: undefined };
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input is required for ${vendor.name}: it is installed on your own servers, so there is no default (e.g. url: ${location.urlExample ?? 'https://scanner.example.com'}).`);
}
function checkedUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input "${value}" is not a URL; give the scheme too, e.g. https://${value}.`);
    }
    if (url.username || url.password) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR('The url input must not contain credentials; use the credential inputs instead.');
    }
    if (url.search || url.hash) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input must be a base URL without a query or fragment, not "${value}".`);
    }
    if (url.protocol === 'http:' && !(0,_net_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname)) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input must use https:// (credentials would cross the network in clear text); http:// is allowed only for localhost. Got "${value}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The url input must be an https:// URL, not "${value}".`);
    }
    return url.toString().replace(/\/+$/, '');
}
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
        blocks = (0,_net_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateBlocks */ .Ii)(pem);
    }
    catch (error) {
        if (!(error instanceof _net_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidCertificateError */ .Zl))
            throw error;
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The ca-cert input holds a block that is not a valid certificate: ${error.message}. Give the CA certificate in PEM form (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).`);
    }
    if (blocks.certificates.length === 0) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR('The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).');
    }
    return blocks;
}
function readPemFile(path, readFile) {
    try {
        return readFile(path);
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The ca-cert input is neither PEM text nor a readable file: "${path}" (${code}). Give the PEM text itself or a path relative to the workspace.`);
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

/***/ 708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Gz: () => (/* binding */ rememberSecret),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   fJ: () => (/* binding */ fail)
/* harmony export */ });
/* unused harmony export redactWithRegex */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(520);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(528);
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
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(candidate);
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
    redaction.starts ??= new RegExp(redaction.forms
        .filter((form) => form.anyEncoding)
        .map((form) => [...form.text].slice(0, START_LENGTH).map(encodedChar).join(''))
        .join('|'), 'u');
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
    const withoutLong = redaction.long.length ? replacePlainForms(text, redaction.long) : text;
    redaction.regex ??= new RegExp(redaction.forms
        .filter((form) => form.anyEncoding || form.text.length <= PER_CHARACTER_LIMIT)
        .map((form) => form.anyEncoding ? [...form.text].map(encodedChar).join('') : literal(form.text))
        .join('|') || '(?!)', 'gu');
    return withoutLong.replace(redaction.regex, '***');
}
/**
 * Secrets longer than this are matched in their whole-value encodings (as is, URL-encoded in either
 * case, JSON-escaped, base64) as plain text, not character by character: the per-character pattern
 * of a 6,000-character value is past what a regular expression may hold.
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
    for (const value of values) {
        if (value.length < MIN_REDACTED_LENGTH)
            continue;
        if (value.length <= PER_CHARACTER_LIMIT) {
            forms.push({ text: value, anyEncoding: true, weight: value.length });
        }
        else {
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
            .map((form) => form.text)
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
    for (const name of HTML_NAMED[char] ?? [])
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
const HTML_NAMED = {
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
const outgoing = (message) => (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLines */ .wi)(redact(message));
const log = {
    info: (message) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(outgoing(message)),
    debug: (message) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(outgoing(message)),
    warning: (message) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(outgoing(message))
};
/** The step's single failure message (one ::error:: line: core's command module escapes the line breaks). */
function fail(message) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(outgoing(message));
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WV: () => (/* binding */ VENDOR_IDS),
  Q: () => (/* binding */ canonicalVendorId),
  XQ: () => (/* binding */ loadVendor)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(333);
;// CONCATENATED MODULE: ./src/vendors/registry.generated.ts
const VENDOR_REGISTRY = [
    {
        id: 'invicti-platform',
        aliases: ['invicti'],
        load: async () => (await __webpack_require__.e(/* import() */ 220).then(__webpack_require__.bind(__webpack_require__, 220))).invictiPlatform
    },
    {
        id: 'tenable-sc',
        aliases: ['tenablesc', 'securitycenter'],
        load: async () => (await __webpack_require__.e(/* import() */ 348).then(__webpack_require__.bind(__webpack_require__, 348))).tenableSc
    },
    {
        id: 'infracast',
        aliases: [],
        load: async () => (await __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 717))).infracast
    },
    {
        id: 'tenable-vm',
        aliases: ['tenable-io', 'tenable'],
        load: async () => (await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.bind(__webpack_require__, 503))).tenableVm
    },
    {
        id: 'invicti-enterprise',
        aliases: ['netsparker', 'acunetix-360'],
        load: async () => (await __webpack_require__.e(/* import() */ 236).then(__webpack_require__.bind(__webpack_require__, 236))).invictiEnterprise
    },
    {
        id: 'nessus',
        aliases: ['tenable-nessus'],
        load: async () => (await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 779))).nessus
    },
    {
        id: 'sonarqube',
        aliases: ['sonarcloud', 'sonar'],
        load: async () => (await __webpack_require__.e(/* import() */ 996).then(__webpack_require__.bind(__webpack_require__, 996))).sonarqube
    },
    {
        id: 'snyk',
        aliases: [],
        load: async () => (await __webpack_require__.e(/* import() */ 985).then(__webpack_require__.bind(__webpack_require__, 985))).snyk
    },
    {
        id: 'rapid7',
        aliases: ['insightappsec', 'rapid7-insight'],
        load: async () => (await __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 855))).rapid7
    },
    {
        id: 'checkmarx-one',
        aliases: ['checkmarx', 'cxone'],
        load: async () => (await __webpack_require__.e(/* import() */ 769).then(__webpack_require__.bind(__webpack_require__, 769))).checkmarxOne
    },
    {
        id: 'veracode',
        aliases: [],
        load: async () => (await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 305))).veracode
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
