"use strict";
exports.id = 298;
exports.ids = [298];
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

/***/ 1298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var readEnvelope=(function (body) {
    if (!(0,parse/* isObject */.Gv)(body))
        return undefined;
    if (!('error_code' in body) && !('response' in body) && !('error_msg' in body))
        return undefined;
    const code = Number((0,parse/* text */.Qq)(body.error_code));
    return {
        response: body.response,
        errorCode: (0,parse/* text */.Qq)(body.error_code) !== '' && Number.isFinite(code) ? code : undefined,
        errorMsg: typeof body.error_msg === 'string' ? body.error_msg : ''
    };
});var errorCode=(function (body) {
    return readEnvelope(body)?.errorCode;
});var succeeded=(function (response, body) {
    return response.status === 200 && errorCode(body) === 0;
});var envelopeResponse=(function (body) {
    const response = readEnvelope(body)?.response;
    return (0,parse/* isObject */.Gv)(response) ? response : undefined;
});var releaseSession=(function (plan) {
    return plan.options['release-session'] === 'true';
});var currentUserMeanings=(function (mode) {
    const refused = (answer) => codeMeaning(answer, mode) ?? (mode === 'api-key' ? keysRejected(answer) : SESSION_REFUSED);
    return {
        meanings: {
            200: (answer) => codeMeaning(answer, mode) ?? (errorCode(answer.body) === 0 ? NO_USER : common(answer)),
            400: refused,
            401: refused,
            403: refused
        },
        otherwise: (answer) => codeMeaning(answer, mode) ?? common(answer)
    };
});var currentUser=(async function (context, mode, headers, extra = {}) {
    const { identity } = await (0,endpoint/* checkIdentity */.Z0)(context, {
        method: 'GET',
        path: CURRENT_USER_PATH,
        headers,
        ...REST,
        ...currentUserMeanings(mode),
        ...extra
    }, ((body) => parseCurrentUser(envelopeResponse(body))), { isSuccess: ((body, response) => succeeded(response, body) && hasUserId(body)) });
    return identity;
});var hasUserId=(function (body) {
    return (0,parse/* text */.Qq)(envelopeResponse(body)?.id) !== '';
});var parseCurrentUser=(function (user) {
    const firstName = (0,parse/* firstText */.ou)(user, ['firstname', 'firstName']);
    const lastName = (0,parse/* firstText */.ou)(user, ['lastname', 'lastName']);
    const username = (0,parse/* firstText */.ou)(user, ['username']);
    const role = (0,parse/* isObject */.Gv)(user.role) ? user.role : undefined;
    const roleName = (0,parse/* firstText */.ou)(role, ['name']);
    const roleId = (0,parse/* firstText */.ou)(role, ['id']);
    const organization = (0,parse/* isObject */.Gv)(user.organization)
        ? (0,parse/* firstText */.ou)(user.organization, ['name'])
        : (0,parse/* text */.Qq)(user.organization);
    return {
        userId: (0,parse/* text */.Qq)(user.id),
        username,
        displayName: [firstName, lastName].filter(Boolean).join(' ') || username,
        email: (0,parse/* firstText */.ou)(user, ['email']),
        roles: roleName ? [roleName] : roleId ? [] : undefined,
        ...(roleId ? { roleAliases: [{ alias: roleId, of: roleName }] } : {}),
        permissions: undefined,
        organization: organization || (0,parse/* firstText */.ou)(user, ['orgName'])
    };
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tenableSc: (() => (/* binding */ tenableSc)),
  validateKeys: () => (/* binding */ validateKeys)
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
// EXTERNAL MODULE: ./src/kit/session.ts
var session = __webpack_require__(588);
;// CONCATENATED MODULE: ./src/vendors/tenable-sc/envelope.ts

/** The envelope fields of a parsed body; `undefined` when the body is not an envelope. */
;
/** The error_code of a parsed body, if it is an envelope that has one. */
;
/** HTTP 200 and error_code 0: Tenable.sc's own signal that a request succeeded. */
;
/** The `response` object of a successful envelope, or undefined. */
;
/**
 * What Tenable.sc said, quoted in every failure: `error_code 12, error_msg "..."`; for a body that
 * is not the envelope, its own error text.
 */
function vendorText(body) {
    const envelope = readEnvelope(body);
    if (envelope) {
        const message = envelope.errorMsg.replace(/\s*\n\s*/g, ' ').trim();
        return `error_code ${envelope.errorCode ?? '(none)'}, error_msg ${message ? JSON.stringify(message) : '"" (empty)'}`;
    }
    const own = (0,parse/* firstText */.ou)(body, ['error', 'message']);
    return `no Tenable.sc envelope (no error_code, no error_msg)${own ? `: ${own}` : ''}`;
}

// EXTERNAL MODULE: ./src/kit/grammar.ts
var grammar = __webpack_require__(1149);
;// CONCATENATED MODULE: ./src/vendors/tenable-sc/grammar.ts
/** The credentials Tenable.sc issues: a decimal session token and its TNS_SESSIONID cookie. */

/**
 * A Tenable.sc session token: a decimal number (a JSON number in every capture, 9 to 10 digits), at
 * least 6 digits so that a hostile server cannot have a short number masked in every log line.
 */
const DECIMAL_TOKEN = /^\d{6,20}$/;
/** A PHP session id, as Tenable.sc's TNS_SESSIONID (32 hex in captures): letters, digits, `,`, `-`. */
const COOKIE_VALUE = /^[A-Za-z0-9,-]{16,256}$/;
/** A decimal session token, as a string. */
function decimalToken(value, what) {
    const token = (0,grammar/* issuedText */.V7)(value);
    if (token === undefined || !DECIMAL_TOKEN.test(token)) {
        throw (0,grammar/* malformedCredential */.ph)(what, 'a decimal number of 6 to 20 digits');
    }
    return token;
}
/** The value of the cookie `name` (without `name=`): letters, digits, `,` and `-` only. */
function cookieValue(value, name, what) {
    const cookie = (0,grammar/* issuedText */.V7)(value);
    if (cookie === undefined || !COOKIE_VALUE.test(cookie)) {
        throw (0,grammar/* malformedCredential */.ph)(what, `a ${name} cookie value (16 to 256 letters, digits, "," or "-")`);
    }
    return cookie;
}

// EXTERNAL MODULE: ./src/plan/settings.ts
var settings = __webpack_require__(9214);
;// CONCATENATED MODULE: ./src/vendors/tenable-sc/options.ts
/** Tenable.sc's own input: parsed once, while the plan is built, and read in this one place. */

/** release-session, as 'true' or '' (not set): a wrong spelling fails before any request. */
const RELEASE_SESSION = {
    input: 'release-session',
    parse: ((value) => ((0,settings/* parseBooleanInput */.S8)('release-session', value, false) ? 'true' : ''))
};
/** The release-session input: false unless set, and only meaningful for sessions. */
;

;// CONCATENATED MODULE: ./src/vendors/tenable-sc/meanings.ts
/**
 * What Tenable.sc's answers mean. Its error_code says more than the HTTP status (an invalid token
 * and a deleted user both come as 403), so a known error_code is read first, at any status; the
 * status decides the rest. Every failure quotes the status, error_code and error_msg.
 */




const NAME = 'Tenable.sc';
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
const TOKEN_REFUSED_AFTER_LOGIN = {
    headline: 'the session token was refused right after login',
    ...TOKEN_REFUSED
};
const SESSION_REFUSED = {
    headline: 'the session was refused',
    causes: [...TOKEN_REFUSED.causes, "the user's role does not allow reading its own record"],
    fix: TOKEN_REFUSED.fix
};
const USER_GONE = {
    headline: 'the server reported that the user does not exist',
    causes: [
        'the user behind the credentials was deleted or moved while the credentials were in use'
    ],
    fix: 'ask a Tenable.sc administrator whether the user still exists, and update the credential inputs.'
};
const NOT_THE_API = 'the url input points at something other than the Tenable.sc API';
const NO_USER = {
    headline: 'the answer named no user, so the credentials could not be verified',
    causes: [NOT_THE_API],
    fix: 'set the url input to the base URL of Tenable.sc (the address of its web interface, without a path).'
};
const NO_TOKEN = {
    headline: 'the login answer carried no token',
    causes: [NOT_THE_API],
    fix: 'set the url input to the base URL of Tenable.sc, without a path.'
};
const SESSION_UNKNOWN = {
    headline: 'the session was not ended: the server no longer knew it',
    causes: [
        'it had already ended (session timeout, another login with releaseSession, or an administrator)'
    ],
    fix: 'nothing to do for this job.'
};
/**
 * A session the logout left open stays open until Tenable.sc's session timeout (the post step adds
 * so); nothing in this job can end it, but sessions left open count against the user's maximum.
 */
const LEFT_OPEN_FIX = `if sessions left open keep this user from logging in (at its maximum number of sessions), ${SESSION_LIMIT.fix}`;
/** How every /rest endpoint is read: errors are JSON too, and quoted by error_code and error_msg. */
const REST = {
    jsonErrors: true,
    errorText: vendorText
};
function common({ response }) {
    return (0,failure/* explainCommonStatus */.hL)(response.status, NAME, response.retryable);
}
function keysRejected({ body }) {
    return {
        headline: 'the API keys were rejected',
        ...KEYS_REJECTED,
        trailer: readEnvelope(body)?.errorMsg.trim()
            ? []
            : [
                'Tenable.sc does not say which cause applies: its documentation answers each with HTTP 400, and recorded servers answer some with 403 and error_code 0.'
            ]
    };
}
/** What a known error_code means, whatever the status; an invalid token only for a session. */
function codeMeaning({ body }, mode) {
    const code = errorCode(body);
    if (code === INVALID_TOKEN && mode === 'session')
        return TOKEN_REFUSED_AFTER_LOGIN;
    if (code !== undefined && DOES_NOT_EXIST.has(code))
        return USER_GONE;
    return undefined;
}
/** GET /rest/currentUser, with API keys or with a session just opened. */
;
function loginRefused(plan) {
    return { headline: `the login of ${plan.credentials.username} was refused`, ...LOGIN_REJECTED };
}
/** At its session limit, POST /rest/token answers error_code 0 with {"releaseSession": true}. */
function sessionLimit({ body, plan }) {
    const response = readEnvelope(body)?.response;
    if (!((0,parse/* isObject */.Gv)(response) && (0,parse/* bool */.lc)(response.releaseSession) === true))
        return undefined;
    return {
        headline: releaseSession(plan)
            ? `${plan.credentials.username} is at its maximum number of sessions, and releasing one did not help`
            : `${plan.credentials.username} is at its maximum number of sessions, so no token was issued`,
        ...SESSION_LIMIT
    };
}
/** POST /rest/token: error_code 161 is a refused login whatever the status. */
const TOKEN_MEANINGS = {
    meanings: {
        200: ((answer) => {
            const code = errorCode(answer.body);
            if (code === 0)
                return sessionLimit(answer) ?? NO_TOKEN;
            return code ? loginRefused(answer.plan) : common(answer);
        }),
        400: (({ plan }) => loginRefused(plan)),
        401: (({ plan }) => loginRefused(plan)),
        403: (({ plan }) => loginRefused(plan))
    },
    otherwise: (answer) => errorCode(answer.body) === INVALID_LOGIN ? loginRefused(answer.plan) : common(answer)
};
/** DELETE /rest/token that did not end the session. */
function logoutMeaning(status, body) {
    if (sessionUnknown(body))
        return SESSION_UNKNOWN;
    return {
        headline: 'the session was not ended',
        causes: [
            status >= 500
                ? `${NAME} or a proxy in front of it failed the logout (maintenance, overload, an outage)`
                : 'the server refused the logout'
        ],
        fix: LEFT_OPEN_FIX
    };
}
/** Whether a logout's answer says the server no longer knew the session (it had already ended). */
function sessionUnknown(body) {
    return errorCode(body) === INVALID_TOKEN;
}

;// CONCATENATED MODULE: ./src/vendors/tenable-sc/logout.ts
/**
 * A Tenable.sc session on the wire: `X-SecurityCenter: <token>` plus the TNS_SESSIONID cookie on
 * every request after POST /rest/token, and DELETE /rest/token to end it.
 */



const TOKEN_PATH = '/rest/token';
const COOKIE_NAME = 'TNS_SESSIONID';
/** The headers of a session request; token and cookie are masked before they are put in one. */
function sessionHeaders(context, token, cookie) {
    context.mask(token);
    context.mask(cookie);
    return {
        'x-securitycenter': token,
        ...(cookie ? { cookie: `${COOKIE_NAME}=${cookie}` } : {})
    };
}
/** Ends the session: DELETE /rest/token, which only HTTP 200 with error_code 0 confirms. */
async function logout(context, token, cookie) {
    await (0,session/* closeSession */.Vu)(context, 'Tenable.sc', {
        request: {
            method: 'DELETE',
            path: TOKEN_PATH,
            headers: sessionHeaders(context, token, cookie)
        },
        ended: succeeded,
        alreadyEnded: (_response, body) => sessionUnknown(body),
        meaning: (response, body) => logoutMeaning(response.status, body),
        words: vendorText
    });
}

;// CONCATENATED MODULE: ./src/vendors/tenable-sc/login.ts








const login_NAME = 'Tenable.sc';
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
async function loginWithKeys(context) {
    const { plan } = context;
    const accessKey = plan.credentials['access-key'];
    const secretKey = plan.credentials['secret-key'];
    const headerValue = `accesskey=${accessKey}; secretkey=${secretKey};`;
    context.mask(headerValue);
    const identity = await currentUser(context, 'api-key', { 'x-apikey': headerValue });
    return {
        identity,
        authHeader: `x-apikey: ${headerValue}`,
        env: { TSC_URL: plan.url, TSC_ACCESS_KEY: accessKey, TSC_SECRET_KEY: secretKey }
    };
}
async function loginWithSession(context) {
    const { plan } = context;
    const { response, body } = await (0,session/* openSession */.fA)(context, {
        method: 'POST',
        path: TOKEN_PATH,
        json: {
            username: plan.credentials.username,
            password: plan.credentials.password,
            releaseSession: releaseSession(plan)
        },
        ...REST,
        ...TOKEN_MEANINGS
    }, (answer, response) => succeeded(response, answer) && hasToken(answer));
    // Checked against their grammar before they are masked or used: a malformed "token" from a
    // hostile server must neither reach a later step's shell nor register a mask that blanks the log.
    const token = decimalToken(envelopeResponse(body)?.token, `${login_NAME}: the session token in the answer of POST ${TOKEN_PATH}`);
    context.mask(token);
    let cookie = sessionCookie(context, response);
    await context.keepSession?.({ token, cookie });
    return (0,session/* endOnFailure */.$w)(context, () => logout(context, token, cookie), async () => {
        const identity = await currentUser(context, 'session', sessionHeaders(context, token, cookie), {
            // currentUser may re-issue the cookie, on a failure too: the newest one ends the session.
            onAnswer: (answer) => {
                cookie = sessionCookie(context, answer) || cookie;
            }
        });
        const cookieLine = cookie ? `${COOKIE_NAME}=${cookie}` : '';
        return {
            identity,
            authHeader: `X-SecurityCenter: ${token}`,
            token,
            cookie: cookieLine,
            env: { TSC_URL: plan.url, TSC_TOKEN: token, TSC_SESSION_COOKIE: cookieLine },
            session: { token, cookie }
        };
    });
}
/** GET /rest/currentUser; HTTP 200, error_code 0 and a user with an id: Tenable.sc's own signal. */
;
;
function hasToken(body) {
    return (0,parse/* text */.Qq)(envelopeResponse(body)?.token) !== '';
}
/** The newest TNS_SESSIONID an answer sets, grammar-checked and masked; '' when it sets none. */
function sessionCookie(context, response) {
    const newest = newestSessionCookie(response.headers['set-cookie']);
    if (newest === undefined)
        return '';
    const cookie = cookieValue(newest, COOKIE_NAME, `${login_NAME}: the ${COOKIE_NAME} cookie set by ${response.endpoint}`);
    context.mask(cookie);
    context.mask(`${COOKIE_NAME}=${cookie}`);
    return cookie;
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
/** Reads /rest/currentUser: ids and booleans mostly as strings, some nested ids as numbers. */
;

;// CONCATENATED MODULE: ./src/vendors/tenable-sc/index.ts
/**
 * Tenable.sc (Security Center), always on-premises. Two credential modes (./login.ts):
 *   - API keys (5.13+): `x-apikey: accesskey=AK; secretkey=SK;`, verified with one
 *     GET /rest/currentUser;
 *   - a session: POST /rest/token, then X-SecurityCenter: <token> plus the TNS_SESSIONID cookie on
 *     every later request, ended by DELETE /rest/token in the post step (./logout.ts).
 * Every /rest answer is an envelope { type, response, error_code, error_msg, warnings, timestamp }
 * (./envelope.ts); HTTP 200 alone proves nothing, and errors arrive as 400 or 403 with JSON labelled
 * text/html (./meanings.ts).
 * Sources: shared vendor notes §2 and decisions 4-9, Tenable's "API Key Authorization" and
 * "Token" pages, pyTenable's recorded cassettes.
 */





/** Tenable.sc keys are 32 + 32 characters; the server rejects any pair whose lengths do not add up. */
const COMBINED_KEY_LENGTH = 64;
const TYPICAL_KEY_LENGTH = 32;
const tenableSc = {
    id: 'tenable-sc',
    name: 'Tenable.sc',
    location: { urlExample: 'https://sc.example.com' },
    modes: [
        { id: 'api-key', inputs: ['access-key', 'secret-key'] },
        { id: 'session', inputs: ['username', 'password'] }
    ],
    urlEnv: ['TSC_URL'],
    credentialEnv: { 'access-key': ['TSC_ACCESS_KEY'], 'secret-key': ['TSC_SECRET_KEY'] },
    options: [RELEASE_SESSION],
    roles: {
        kind: 'names',
        administrative: {
            names: ['Administrator'],
            narrower: 'Security Manager, or a custom role that can launch the scans'
        }
    },
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
        // What the post step sends passes the same grammar as at login: state is text it did not write.
        const token = decimalToken(session.token, 'the saved Tenable.sc session token');
        const cookie = session.cookie
            ? cookieValue(session.cookie, COOKIE_NAME, 'the saved Tenable.sc session cookie')
            : '';
        await logout(context, token, cookie);
    }
};
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
    throw new failure/* ActionFailure */.dR([
        `Tenable.sc API keys must have a combined length of ${COMBINED_KEY_LENGTH} characters (32 + 32); these have ${accessKey.length + secretKey.length}, so Tenable.sc would reject them.`,
        `The input that looks wrong: ${wrong.join(' and ')}.`,
        `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (one of the keys contains such a character)' : ''}, or the two keys pasted into one secret.`,
        'Fix: copy the keys again from "Generate API Keys" in Tenable.sc into the secrets behind the access-key and secret-key inputs (or TSC_ACCESS_KEY / TSC_SECRET_KEY).'
    ].join('\n'));
}


/***/ })

};
;