"use strict";
exports.id = 373;
exports.ids = [373];
exports.modules = {

/***/ 1149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var bearerToken=(function (value, what, server) {
    const token = issuedText(value);
    if (token === undefined || token.length > MAX_BEARER_TOKEN || !BEARER_TOKEN.test(token)) {
        throw malformedCredential(what, 'a bearer token (RFC 6750: at least 16 letters, digits, - . _ ~ + / then = padding)', server);
    }
    return token;
});var issuedText=(function (value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
    return undefined;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ issuedText),
/* harmony export */   hC: (() => (/* binding */ bearerToken)),
/* harmony export */   ph: () => (/* binding */ malformedCredential)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/**
 * Credentials a server issues are checked against their grammar before they are masked, used or
 * handed on: a value that is not what the vendor issues may be an attack on the next step's shell,
 * and it is refused without being quoted. Each vendor's own grammars sit in its folder and build
 * their failure with `malformedCredential`.
 */

/**
 * RFC 6750 `b64token`: the characters a bearer token may use, then `=` padding. At least 16
 * characters: every token a vendor issues is far longer, and a shorter value would be masked in every
 * log line it happens to appear in (a hostile server choosing `e` blanks the log).
 */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{16,}=*$/;
const MAX_BEARER_TOKEN = 16_384;
/**
 * A bearer token the server issued, as a string, or an ActionFailure that names `what` (which
 * credential, from which vendor and endpoint) without quoting the value. `server`: where it came
 * from (HttpClient.server), for the failure's advice; absent, the url input chose it.
 */
;
/**
 * A string as given, or a whole number that JSON carried exactly; anything else (a fraction, a
 * number past 2^53 that lost digits in parsing, an object) is not a credential.
 */
;
/**
 * The failure for an issued credential that is not `expected`; the value is never quoted. `server`:
 * where it came from (HttpClient.server); absent, the url input chose it.
 */
function malformedCredential(what, expected, server) {
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The server answered with a malformed credential: ${what} is not ${expected}. ` +
        'Its value is not shown, since it may be a secret. A genuine server never sends this: check ' +
        `${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .answeredInItsPlace */ .C0)(server, 'the real server').check}, and that no proxy or gateway rewrites its answers.`);
}


/***/ }),

/***/ 588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ endOnFailure),
/* harmony export */   Go: () => (/* binding */ unauthorizedInServerWords),
/* harmony export */   KA: () => (/* binding */ revokeWithItself),
/* harmony export */   Vu: () => (/* binding */ closeSession),
/* harmony export */   fA: () => (/* binding */ openSession)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _net_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4457);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1719);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1149);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1223);
/**
 * The life of a vendor session, for vendors whose login opens one (a token that the post step ends):
 *
 *   openSession → keepSession (saved for the post step before it is used: a cancelled step still
 *   has it ended) → use it (the identity check) → endOnFailure ends it at once if that fails
 *   post step: closeSession, whose failure the post step reports as a warning
 *
 * A session that is open but not handed to the post step would stay open on the server until it
 * times out, using up one of the user's sessions; so it is ended as soon as the step knows it will
 * not be handed on, and a failure to end it never hides the failure that caused it.
 */





/**
 * Sends a login that opens a session. It is never sent twice once it may have reached the server
 * (the first attempt's session would be left open), and its answer is never quoted (it may carry
 * the session's credential).
 */
function openSession(context, login, isSuccess) {
    return (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(context, { ...login, creates: true, issuesCredentials: true }, isSuccess);
}
/**
 * Runs `use` with a session just opened. If it fails, the session will not be handed to the post
 * step, so `end` ends it now, best effort: the step fails with what `use` threw, and a failure of
 * `end` only reaches the debug log.
 */
async function endOnFailure(context, end, use) {
    try {
        return await use();
    }
    catch (error) {
        const vendorName = context.vendor.name;
        try {
            await end();
            context.info(`Ended the ${vendorName} session that was opened for this failed check.`);
        }
        catch (endError) {
            context.debug(`Could not end the ${vendorName} session: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(endError)}`);
        }
        // Ended or tried here, whatever the answer: the post step would only try again and warn.
        await context.forgetSession?.().catch(() => undefined);
        throw error;
    }
}
/**
 * Ends a session (the vendor's logout, in the post step or after a failed check). Throws the
 * failure when the server did not end it: the post step turns that into a warning, since the job's
 * result no longer depends on it.
 */
async function closeSession(context, vendorName, logout) {
    const response = await context.http.request(logout.request);
    const body = (0,_net_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(response.body);
    if (logout.ended(response, body))
        return;
    const words = (logout.words ?? _endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .documentedErrorText */ .iL)((0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .redactedJson */ .Rh)(body, context.redact));
    throw (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .statusFailure */ .FP)({
        vendor: vendorName,
        endpoint: response.endpoint,
        status: response.status,
        statusText: (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .serverLine */ .ec)(response.statusText),
        vendorText: words ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .serverLine */ .ec)(words) : undefined,
        diagnosis: logout.meaning(response, body)
    }, logout.alreadyEnded?.(response, body) ? _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .NothingLeftToEnd */ .tp : undefined);
}
/**
 * Whether a logout or revoke was answered 401 in the vendor's own words (the documented fields of a
 * JSON error body): the server no longer accepts what was sent. A 401 without them (an HTML page, an
 * empty or plain-text body) is more likely a proxy or gateway in front of the server, which says
 * nothing of the session or credential behind it, so it is never read as nothing left to end.
 */
function unauthorizedInServerWords(response, body) {
    return response.status === 401 && (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .documentedErrorText */ .iL)(body) !== '';
}
/**
 * Revokes a minted credential by sending DELETE `path` authenticated with the credential itself;
 * any 2xx ends it. Throws, for the post step's warning, when it did not.
 */
async function revokeWithItself(context, vendorName, revoke) {
    const token = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .bearerToken */ .hC)(revoke.token, `the saved minted ${revoke.what}`);
    await closeSession(context, vendorName, {
        request: { method: 'DELETE', path: revoke.path, headers: { authorization: `Bearer ${token}` } },
        ended: (response) => response.status >= 200 && response.status < 300,
        // Sent with the credential itself: the server's own 401 is it no longer accepting it.
        alreadyEnded: unauthorizedInServerWords,
        meaning: (response, body) => unauthorizedInServerWords(response, body)
            ? {
                headline: `the ${revoke.what} minted for this job is no longer accepted`,
                causes: [`it was already revoked, or has expired`],
                fix: 'nothing to do for this job.'
            }
            : {
                headline: `the server did not revoke the ${revoke.what} minted for this job`,
                causes: [selfRevokeCause(response.status, revoke)],
                fix: `revoke it by hand if it must not live until it expires: ${revoke.byHand}.`
            }
    });
}
/** Why a credential's revoke of itself was answered with `status` rather than a 2xx. */
function selfRevokeCause(status, revoke) {
    // The request authenticated with the credential: a 404 is its id, not the credential, unknown.
    if (status === 404)
        return `the server accepted the ${revoke.what} but knows none by the id saved for it (removed already, or the id saved is not its), so it may still be valid`;
    if (status === 400 && revoke.badRequestCause)
        return revoke.badRequestCause;
    // A server error says nothing of what the credential may do: it failed the revoke, whoever asked.
    if (status >= 500)
        return `the server failed the revoke (HTTP ${status}: an outage, maintenance, or a proxy in front of it), so the ${revoke.what} may still be valid`;
    if (status === 401)
        return `the revoke was refused with HTTP 401 but not in the server's own words (a proxy or gateway in front of it may have answered), so the ${revoke.what} may still be valid`;
    if (status === 400 || status === 403 || status === 405)
        return `the server does not let the ${revoke.what} revoke itself (an administrator can)`;
    return `the server refused the revoke with HTTP ${status}, so the ${revoke.what} may still be valid`;
}


/***/ }),

/***/ 5176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var validateApiKeys=(function (accessKey, secretKey, source) {
    const keys = [
        ['access-key', accessKey],
        ['secret-key', secretKey]
    ];
    const wrong = keys.filter((([, key]) => !API_KEY.test(key)));
    if (wrong.length === 0)
        return;
    const described = wrong.map(([input, key]) => `${input} (${keyShape(key)})`);
    const pasted = keys.filter(([, key]) => KEY_LINE.test(key)).map(([input]) => input);
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
        `${source.vendorName} API keys are ${API_KEY_LENGTH} hexadecimal characters each (0-9, a-f); ${source.vendorName} would reject ${wrong.length > 1 ? 'these' : 'this one'}.`,
        `The input${wrong.length > 1 ? 's' : ''} that look${wrong.length > 1 ? '' : 's'} wrong: ${described.join(' and ')}.`,
        ...(pasted.length
            ? pastedLine(pasted, source)
            : keys.every(([, key]) => SECURITY_CENTER_KEY.test(key))
                ? securityCenterKeys(source)
                : miscopied(wrong, source))
    ].join('\n'));
});var explainPastedKeyLine=(function (given, source) {
    const accessKey = given['access-key'] ?? '';
    const secretKey = given['secret-key'] ?? '';
    if (accessKey && secretKey)
        return undefined;
    const line = accessKey || secretKey;
    if (!KEY_LINE.test(line))
        return undefined;
    return pastedLine([accessKey ? 'access-key' : 'secret-key'], source).join('\n');
});var apiKeysHeaderValue=(function (accessKey, secretKey) {
    return `accessKey=${accessKey}; secretKey=${secretKey};`;
});var roleFromLevel=(function (value, levels, extraNames = {}) {
    const raw = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(value);
    const level = /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    if (level === undefined)
        return { roles: undefined };
    const name = levels.find(((l) => l.level === level))?.name ?? extraNames[level];
    return { roles: name ? [name] : [], roleLevel: level };
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: (() => (/* binding */ roleFromLevel)),
/* harmony export */   eB: (() => (/* binding */ explainPastedKeyLine)),
/* harmony export */   rY: (() => (/* binding */ apiKeysHeaderValue)),
/* harmony export */   z7: (() => (/* binding */ validateApiKeys))
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);
/**
 * What Tenable VM and Nessus share: API keys sent as `X-ApiKeys: accessKey=AK; secretKey=SK;`
 * (two 64-hex-character keys), and roles reported as one numeric level in `permissions`.
 * Sources: developer.tenable.com "Authorization" (the header and its 64-hex example keys), "Roles"
 * (the levels); shared vendor notes §3.1-3.2 and vendors-next §2.2 "7. Tenable Nessus".
 */


const API_KEY = /^[0-9a-f]{64}$/i;
const API_KEY_LENGTH = 64;
/**
 * Rejects keys the server would refuse anyway, naming the input that looks wrong: each key is 64
 * hexadecimal characters. Two shapes get their own cause and fix: the whole X-ApiKeys line pasted
 * into a secret, and the 32 + 32 hexadecimal keys of Tenable Security Center (Tenable.sc), whose
 * users reach for "Tenable" first.
 */
;
/**
 * The whole X-ApiKeys line pasted into one of the two secrets while the other is empty: explained
 * before "the other input is empty" would send the user looking for a key they already gave.
 */
;
/** `accessKey=` or `secretKey=` (any case, as both Tenable products spell them): a pasted line. */
const KEY_LINE = /(?:access|secret)key\s*=/i;
/** Tenable Security Center's API keys: 32 hexadecimal characters each. */
const SECURITY_CENTER_KEY = /^[0-9a-f]{32}$/i;
function pastedLine(inputs, source) {
    return [
        inputs.length > 1
            ? `The ${inputs.join(' and ')} inputs hold the "accessKey=…; secretKey=…;" line (as the X-ApiKeys header and the API Keys page show it), or parts of it, not one key each.`
            : `The ${inputs[0]} input holds the whole "accessKey=…; secretKey=…;" line (as the X-ApiKeys header and the API Keys page show it), not one key.`,
        `Fix: put each key in its own input: the ${API_KEY_LENGTH} characters after accessKey= into the secret behind access-key, those after secretKey= into the secret behind secret-key (or ${source.envNames}), without the names, "=" or ";".`
    ];
}
function securityCenterKeys(source) {
    return [
        `Both keys are 32 hexadecimal characters: the shape of Tenable Security Center (Tenable.sc) API keys, not ${source.vendorName} keys.`,
        `Fix: for a Tenable Security Center, set vendor: tenable-sc and its url; for ${source.vendorName}, copy the keys again from ${source.generatedAt} in ${source.vendorName} into the secrets behind the access-key and secret-key inputs (or ${source.envNames}).`
    ];
}
function miscopied(wrong, source) {
    const suspicious = wrong.some(([, key]) => /[\s"'`;=]/.test(key));
    return [
        `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (the key contains such a character)' : ''}, the whole "accessKey=…; secretKey=…;" line pasted into one secret, or the two keys swapped for something else.`,
        `Fix: copy the keys again from ${source.generatedAt} in ${source.vendorName} into the secrets behind the access-key and secret-key inputs (or ${source.envNames}).`
    ];
}
/** "12 characters", "64 characters, not all hexadecimal": never the key itself. */
function keyShape(key) {
    return key.length === API_KEY_LENGTH
        ? `${key.length} characters, not all hexadecimal`
        : `${key.length} characters`;
}
/** The X-ApiKeys header value, in the documented spelling. */
;
/**
 * The role of a user whose `permissions` field is a level number. A documented level gives its
 * name; a level the table does not name still counts for the "at least" comparison, with no name.
 * `extraNames` names levels that are reported but cannot be required (Tenable VM's 0 Read-Only).
 */
;


/***/ }),

/***/ 3373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var readEdition=(async function (context, headers) {
    const { response, body } = await (0,endpoint/* send */.tN)(context, {
        method: 'GET',
        path: PROPERTIES_PATH,
        headers,
        meanings: {}
    });
    const judged = response.status >= 200 && response.status < 300
        ? judgeEdition((0,parse/* isObject */.Gv)(body) ? body : undefined)
        : response.status === 412
            ? // The restriction itself, said by this server: the edition's name is not needed.
                {
                    notes: [(0,endpoint/* note */.N4)('Edition', 'not reported (HTTP 412: the API is restricted)')],
                    warnings: [restrictedWarning('this Nessus server')]
                }
            : { notes: [(0,endpoint/* note */.N4)('Edition', `not reported (HTTP ${response.status})`)], warnings: [] };
    for (const n of judged.notes)
        context.info(`${n.label}: ${n.value}`);
    return judged;
});var judgeEdition=(function (properties) {
    const edition = (0,parse/* firstText */.ou)(properties, ['nessus_type']);
    if (!edition)
        return { notes: [(0,endpoint/* note */.N4)('Edition', 'not reported (no nessus_type)')], warnings: [] };
    if (!RESTRICTED_EDITION.test(edition))
        return { notes: [(0,endpoint/* note */.N4)('Edition', edition)], warnings: [] };
    return {
        notes: [(0,endpoint/* note */.N4)('Edition', `${edition} (refuses scan-launching API calls)`)],
        warnings: [restrictedWarning(edition)]
    };
});var loginWithKeys=(async function (context) {
    const { plan } = context;
    const accessKey = plan.credentials['access-key'];
    const secretKey = plan.credentials['secret-key'];
    const headerValue = (0,tenable_keys/* apiKeysHeaderValue */.rY)(accessKey, secretKey);
    context.mask(headerValue);
    const headers = { 'x-apikeys': headerValue };
    const { identity } = await (0,endpoint/* checkIdentity */.Z0)(context, {
        method: 'GET',
        path: SESSION_PATH,
        headers,
        meanings: IDENTITY_MEANINGS(KEYS_REJECTED)
    }, parseSession);
    return {
        identity,
        authHeader: `X-ApiKeys: ${headerValue}`,
        env: { NESSUS_URL: plan.url, NESSUS_ACCESS_KEY: accessKey, NESSUS_SECRET_KEY: secretKey },
        ...(await readEdition(context, headers))
    };
});var parseSession=(function (user) {
    const username = (0,parse/* firstText */.ou)(user, ['username']);
    return {
        userId: (0,parse/* text */.Qq)(user.id),
        username,
        displayName: (0,parse/* firstText */.ou)(user, ['name']) || username,
        email: (0,parse/* firstText */.ou)(user, ['email']),
        ...(0,tenable_keys/* roleFromLevel */.LP)(user.permissions, NESSUS_LEVELS),
        permissions: undefined,
        organization: ''
    };
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NESSUS_LEVELS: () => (/* binding */ NESSUS_LEVELS),
  nessus: (() => (/* binding */ nessus)),
  parseSession: () => (/* binding */ parseSession),
  sessionToken: () => (/* binding */ sessionToken)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/grammar.ts
var grammar = __webpack_require__(1149);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/kit/session.ts
var session = __webpack_require__(588);
// EXTERNAL MODULE: ./src/kit/tenable-keys.ts
var tenable_keys = __webpack_require__(5176);
;// CONCATENATED MODULE: ./src/vendors/nessus/edition.ts
/**
 * Which Nessus edition answers, read after the identity check. Nessus Professional and Expert answer
 * GET /session (and other reads) but refuse scan-launching calls with 412 {"error":"API is not
 * available"}, so the credentials pass a check of /session where the pipeline later fails. GET
 * /server/properties names the edition (`nessus_type`: "Nessus Professional", "Nessus Expert",
 * "Nessus Manager", as client code reads it), and those editions get a warning, not a failure: the
 * credentials are fine. Sources: tenable/pyTenable#757 and #840 (maintainer: the scan launch APIs
 * are not available in Nessus Professional and Expert), seccubus/seccubus#631 (Nessus 7
 * Professional: GET /scans 200, POST /scans 412), vendors-third T6.
 */


const PROPERTIES_PATH = '/server/properties';
/**
 * Editions whose licence refuses scan-launching API calls: Professional and Expert (pyTenable#757,
 * #840), and Essentials, formerly Home (the same restriction, per a Tenable community answer in
 * tenable/nessrest#141). Manager has the full API.
 */
const RESTRICTED_EDITION = /\b(professional|expert|essentials|home)\b/i;
/**
 * GET /server/properties, after the identity check: the edition, as a note, and the warning for an
 * edition that will refuse scan launches. The credentials are already verified, so an answer that
 * names no edition only says so; it never fails the step.
 */
;
/** The edition GET /server/properties names (`nessus_type`), and its warning when restricted. */
;
function restrictedWarning(edition) {
    return `Nessus: the credentials are valid, but ${edition} refuses scan-launching API calls (creating or launching a scan answers HTTP 412 "API is not available"; reading scans and reports works). To launch scans through an API, use Nessus Manager, Tenable VM (vendor: tenable-vm) or Tenable Security Center (vendor: tenable-sc).`;
}

;// CONCATENATED MODULE: ./src/vendors/nessus/index.ts
/**
 * Tenable Nessus (Manager; Professional and Expert restrict the API), always on-premises, usually
 * https://host:8834 with a self-signed certificate. Two credential modes:
 *   - API keys in `X-ApiKeys`, as Tenable VM: GET /session;
 *   - a session: POST /session {username, password} → {token}, then `X-Cookie: token=<token>` on
 *     GET /session, ended by DELETE /session in the post step.
 * Either way GET /server/properties follows, naming the edition: Professional and Expert answer
 * GET /session but refuse scan launches, which gets a warning (./edition.ts).
 * GET /session names the user and its role level (`permissions`: 16 Basic ... 128 System
 * Administrator); Nessus reports no finer permissions. Errors are `{"error": "..."}`: 401 for bad
 * keys, passwords or tokens, and 412 "API is not available" where the licence withholds the API.
 * Sources: vendors-next §2.2 "7. Tenable Nessus" (pyTenable's Nessus client, a Go client's test data,
 * recorded errors in public issues), vendors-third T6.
 */







const NAME = 'Nessus';
const SESSION_PATH = '/session';
const NESSUS_LEVELS = [
    { name: 'Basic', level: 16 },
    { name: 'Standard', level: 32 },
    { name: 'Administrator', level: 64 },
    { name: 'System Administrator', level: 128 }
];
/**
 * A Nessus session token: hexadecimal (48 characters wherever one is seen in public). The length
 * range is wider than any sighting, the alphabet is not: anything else is refused as malformed.
 */
const SESSION_TOKEN = /^[0-9a-f]{32,128}$/i;
const KEY_SOURCE = {
    vendorName: NAME,
    generatedAt: 'Settings > My Account > API Keys > Generate',
    envNames: 'NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY'
};
/** Professional and Expert answer this where the licence withholds the API (recorded). */
const API_NOT_AVAILABLE = {
    headline: 'the API is not available on this Nessus licence (Nessus Professional and Expert restrict it)',
    causes: [
        'the url input points at Nessus Professional or Nessus Expert, whose licence withholds the API for automation; Tenable provides it in Nessus Manager and in Tenable VM / Tenable Security Center'
    ],
    fix: 'point the url input at a Nessus Manager, or use Tenable VM (vendor: tenable-vm) or Tenable Security Center (vendor: tenable-sc), which manage Nessus scanners through their API.'
};
const KEYS_REJECTED = {
    headline: 'the API keys were rejected',
    causes: [
        'the keys were regenerated (generating new keys replaces the old pair) or the user was deleted',
        'the secret key does not belong to that access key (swapped, or taken from different pairs)',
        'the keys come from another Nessus server or from Tenable VM, not from the server in the url input'
    ],
    fix: 'generate a new pair under Settings > My Account > API Keys on this Nessus server and put it into the secrets behind the access-key and secret-key inputs (or NESSUS_ACCESS_KEY / NESSUS_SECRET_KEY).'
};
const LOGIN_REJECTED = {
    headline: 'the login was refused',
    causes: [
        'the username or password is wrong (both are case-sensitive)',
        'the user is locked after too many failed logins',
        'the user signs in another way (SAML or a certificate), which POST /session does not accept'
    ],
    fix: 'check the secrets behind the username and password inputs, ask a Nessus administrator to unlock the user, or use API keys (access-key + secret-key), which open no session.'
};
const TOKEN_REFUSED = {
    headline: 'the session token was refused right after login',
    causes: [
        'the session ended in between (an administrator, a restart of Nessus, or a session limit)',
        'a proxy or load balancer sent the two requests to different Nessus servers, or dropped the X-Cookie header'
    ],
    fix: 'run the step again; if it keeps failing, let the url input point at the Nessus server directly, or use API keys (access-key + secret-key).'
};
const SESSION_UNKNOWN = {
    headline: 'the session was not ended: the server no longer knew it',
    causes: ['it had already ended (an administrator, a restart of Nessus, or a timeout)'],
    fix: 'nothing to do for this job.'
};
/** The way around a logout that fails on every run: a mode that opens no session. */
const NO_SESSION_MODE = 'use API keys (access-key + secret-key), which open no session.';
const LOGOUT_FAILED = {
    headline: 'the session was not ended',
    causes: ['Nessus or a proxy in front of it failed the logout (maintenance, overload, an outage)'],
    fix: `if logouts keep failing, ask a Nessus administrator to check the server, or ${NO_SESSION_MODE}`
};
/** DELETE /session answered 403 with the session the step opened: no user permission to lack. */
const LOGOUT_REFUSED = {
    headline: 'the session was not ended: the logout was refused',
    causes: [
        'Nessus, or a proxy or firewall in front of it, refused to end this session (see its message above, if any)'
    ],
    fix: `if this happens on every run, ask whoever runs Nessus and the proxies in front of it why DELETE /session is refused, or ${NO_SESSION_MODE}`
};
/** DELETE /session answered 401 without Nessus's {"error": ...} body: not Nessus's own answer. */
const LOGOUT_REFUSED_IN_FRONT = {
    headline: 'the session was not ended: the logout was refused, but not in the words of Nessus',
    causes: [
        'a proxy or gateway in front of Nessus answered the DELETE with its own 401, so the session may still be open'
    ],
    fix: `if this happens on every run, check what answers DELETE requests at the url input, or ${NO_SESSION_MODE}`
};
/** DELETE /session answered 404, at the url whose POST /session opened the session. */
const LOGOUT_NOT_FOUND = {
    headline: 'the session was not ended: DELETE /session was not found',
    causes: [
        'the login reached /session at this same url, so something in front of Nessus (a proxy or gateway) answered the DELETE in its place'
    ],
    fix: `if this happens on every run, check what answers DELETE requests at the url input, or ${NO_SESSION_MODE}`
};
const IDENTITY_MEANINGS = ((unauthorized) => ({
    401: unauthorized,
    412: API_NOT_AVAILABLE
}));
const nessus = {
    id: 'nessus',
    name: NAME,
    location: { urlExample: 'https://nessus.example.com:8834' },
    modes: [
        { id: 'api-key', inputs: ['access-key', 'secret-key'] },
        { id: 'session', inputs: ['username', 'password'] }
    ],
    urlEnv: ['NESSUS_URL'],
    credentialEnv: {
        'access-key': ['NESSUS_ACCESS_KEY'],
        'secret-key': ['NESSUS_SECRET_KEY']
    },
    roles: {
        kind: 'levels',
        levels: NESSUS_LEVELS,
        administrative: { fromLevel: 64, narrower: 'Standard (32)' }
    },
    permissions: {
        kind: 'none',
        reason: 'Nessus reports only the user\'s role level, not individual permissions. Use required-roles instead, with the role name or level (e.g. "Administrator" or "64"; a higher level also passes).'
    },
    explainCredentials: ((given) => (0,tenable_keys/* explainPastedKeyLine */.eB)(given, KEY_SOURCE)),
    validate(plan) {
        if (plan.authMode === 'api-key') {
            (0,tenable_keys/* validateApiKeys */.z7)(plan.credentials['access-key'] ?? '', plan.credentials['secret-key'] ?? '', KEY_SOURCE);
        }
        return [];
    },
    async login(context) {
        return context.plan.authMode === 'session' ? loginWithSession(context) : loginWithKeys(context);
    },
    async logout(context, session) {
        await logout(context, session.token);
    }
};
/** Ends the session: DELETE /session, with the saved token checked against its grammar first. */
async function logout(context, saved) {
    const token = sessionToken(saved, 'the session token saved for the post step');
    await (0,session/* closeSession */.Vu)(context, NAME, {
        request: { method: 'DELETE', path: SESSION_PATH, headers: cookieHeader(context, token) },
        ended: (response) => response.status >= 200 && response.status < 300,
        // Only Nessus's own 401 ({"error": ...}): one from a proxy in front says nothing of the session.
        alreadyEnded: session/* unauthorizedInServerWords */.Go,
        meaning: (response, body) => response.status === 401 && !(0,session/* unauthorizedInServerWords */.Go)(response, body)
            ? LOGOUT_REFUSED_IN_FRONT
            : logoutMeaning(response.status)
    });
}
/** Why DELETE /session did not end the session; the post step adds that it may stay open. */
function logoutMeaning(status) {
    if (status === 401)
        return SESSION_UNKNOWN;
    // "Try again later" does not fit: nothing sends this logout again, a later run opens its own session.
    if (status >= 500)
        return LOGOUT_FAILED;
    // Not the shared texts: they blame the url input (a 404) or a permission the check needs (a 403).
    if (status === 403)
        return LOGOUT_REFUSED;
    if (status === 404)
        return LOGOUT_NOT_FOUND;
    return { ...(0,failure/* explainCommonStatus */.hL)(status, NAME), headline: 'the session was not ended' };
}
;
async function loginWithSession(context) {
    const { plan } = context;
    const login = {
        method: 'POST',
        path: SESSION_PATH,
        json: { username: plan.credentials.username, password: plan.credentials.password },
        meanings: {
            401: { ...LOGIN_REJECTED, headline: `the login of ${plan.credentials.username} was refused` },
            412: API_NOT_AVAILABLE
        }
    };
    const { response, body } = await (0,session/* openSession */.fA)(context, login, (answer) => 'token' in answer);
    const token = sessionToken((0,parse/* credentialText */.bk)(body, ['token']), `the session token in the answer of ${response.endpoint}`);
    context.mask(token);
    await context.keepSession?.({ token });
    return (0,session/* endOnFailure */.$w)(context, () => logout(context, token), async () => {
        const headers = cookieHeader(context, token);
        const { identity } = await (0,endpoint/* checkIdentity */.Z0)(context, {
            method: 'GET',
            path: SESSION_PATH,
            headers,
            meanings: IDENTITY_MEANINGS(TOKEN_REFUSED)
        }, parseSession);
        return {
            identity,
            authHeader: `X-Cookie: token=${token}`,
            token,
            env: { NESSUS_URL: plan.url, NESSUS_TOKEN: token },
            session: { token },
            ...(await readEdition(context, headers))
        };
    });
}
/** The X-Cookie header of a session; the token is masked before it is put into a header. */
function cookieHeader(context, token) {
    context.mask(token);
    context.mask(`token=${token}`);
    return { 'x-cookie': `token=${token}` };
}
/**
 * A session token as Nessus issues it, or the malformed-credential failure, which never quotes the
 * value (it may be a secret, or an attack on the next step's shell).
 */
function sessionToken(value, what) {
    if (value !== undefined && SESSION_TOKEN.test(value))
        return value;
    throw (0,grammar/* malformedCredential */.ph)(what, 'a Nessus session token (32 to 128 hexadecimal characters)');
}
/** Reads GET /session: `id` a number, `permissions` the role level, `name` the full name. */
;


/***/ })

};
;