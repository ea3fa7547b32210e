export const id = 348;
export const ids = [348];
export const modules = {

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   IT: () => (/* binding */ firstPresent),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Xc: () => (/* binding */ unwrap),
/* harmony export */   bk: () => (/* binding */ credentialText),
/* harmony export */   ec: () => (/* binding */ serverLine),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   ou: () => (/* binding */ firstText)
/* harmony export */ });
/* unused harmony export MAX_NAMES */
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(528);
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
function text(value) {
    if (typeof value === 'string')
        return (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(value).trim();
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return '';
}
/** The server's text on one line, cleaned (see ../sanitize.ts). */
function serverLine(value) {
    return (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(value);
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
        const value = text(source[key]);
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
        if (isObject(item) && deniedFlag(item))
            continue;
        const name = isObject(item) ? firstText(item, nameKeys) : text(item);
        if (name)
            result.add(name);
    }
    return [...result];
}
/**
 * An entry that names a role or permission while saying it is not held ({"name": "scans:write",
 * "granted": false}) must not count as held.
 */
function deniedFlag(item) {
    return ['granted', 'allowed', 'enabled', 'active', 'value'].some((key) => bool(item[key]) === false);
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

/***/ 348:
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
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(333);
/* harmony import */ var _net_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(887);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(528);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(223);
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
    return (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBooleanInput */ .S8)('release-session', plan.options['release-session'] ?? '', false);
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
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
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
    const issued = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(envelope?.response) ? envelope.response.token : undefined;
    if (!(response.status === 200 && envelope?.errorCode === 0 && (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(issued))) {
        throw tokenFailure(response, envelope, plan, context.redact);
    }
    // Checked against their grammar before they are masked or used: a malformed "token" from a
    // hostile server must neither reach a later step's shell nor register a mask that blanks the log.
    const token = (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .decimalToken */ .T1)(issued, `${NAME}: the session token in the answer of POST ${TOKEN_PATH}`);
    context.mask(token);
    let cookie = sessionCookie(context, response);
    let identityResponse;
    try {
        identityResponse = await http.request({
            method: 'GET',
            path: CURRENT_USER_PATH,
            headers: sessionHeaders(context, token, cookie)
        });
        cookie = sessionCookie(context, identityResponse) || cookie;
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
/** The newest TNS_SESSIONID an answer sets, grammar-checked and masked; '' when it sets none. */
function sessionCookie(context, response) {
    const newest = newestSessionCookie(response.headers['set-cookie']);
    if (newest === undefined)
        return '';
    const cookie = (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_4__/* .cookieValue */ .SG)(newest, COOKIE_NAME, `${NAME}: the ${COOKIE_NAME} cookie set by ${response.endpoint}`);
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
/** The envelope fields, whatever the Content-Type said; `undefined` when the body is not one. */
function readEnvelope(body) {
    const json = (0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(body);
    if (!(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(json))
        return undefined;
    if (!('error_code' in json) && !('response' in json) && !('error_msg' in json))
        return undefined;
    const code = Number((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(json.error_code));
    return {
        response: json.response,
        errorCode: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(json.error_code) !== '' && Number.isFinite(code) ? code : undefined,
        errorMsg: typeof json.error_msg === 'string' ? json.error_msg : ''
    };
}
/** HTTP 200, error_code 0 and a response with an id: Tenable.sc's own success signal. */
function verifiedIdentity(response, redact, mode) {
    const envelope = readEnvelope(response.body);
    if (response.status === 200 &&
        envelope?.errorCode === 0 &&
        (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(envelope.response) &&
        (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(envelope.response.id)) {
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
    if (envelope === undefined && !(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)((0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body))) {
        throw (0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .notJsonFailure */ .cC)(NAME, response, redact, { quoteBody: true });
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
    if (envelope === undefined && !(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)((0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body))) {
        return (0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .notJsonFailure */ .cC)(NAME, response, redact);
    }
    const limit = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(envelope?.response) && (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(envelope.response.releaseSession) === true;
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
    return (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .explainCommonStatus */ .hL)(response.status, NAME);
}
/** A status failure that always quotes the HTTP status, error_code and error_msg. */
function envelopeFailure(response, envelope, redact, what, trailer = []) {
    return (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFailure */ .FP)({
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
    const json = (0,_net_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body);
    const own = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(json, ['error', 'message']);
    return `no Tenable.sc envelope (no error_code, no error_msg)${own ? `: ${own}` : ''}`;
}
/** Reads /rest/currentUser: ids and booleans mostly as strings, some nested ids as numbers. */
function parseCurrentUser(user) {
    const firstName = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['firstname', 'firstName']);
    const lastName = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['lastname', 'lastName']);
    const username = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['username']);
    const role = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(user.role) ? user.role : undefined;
    const roleName = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(role, ['name']);
    const roleId = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(role, ['id']);
    const organization = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(user.organization)
        ? (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user.organization, ['name'])
        : (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(user.organization);
    return {
        userId: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(user.id),
        username,
        displayName: [firstName, lastName].filter(Boolean).join(' ') || username,
        email: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['email']),
        roles: roleName ? [roleName] : roleId ? [] : undefined,
        ...(roleId ? { roleAliases: [roleId] } : {}),
        permissions: undefined,
        organization: organization || (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .firstText */ .ou)(user, ['orgName'])
    };
}


/***/ })

};
