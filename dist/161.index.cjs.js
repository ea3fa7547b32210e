"use strict";
exports.id = 161;
exports.ids = [161,443];
exports.modules = {

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ mintedTheGivenCredential),
/* harmony export */   a: () => (/* binding */ MINT_CLOCK_SLACK_MS),
/* harmony export */   expiredBeyondClockSlack: () => (/* binding */ expiredBeyondClockSlack),
/* harmony export */   mintForLaterSteps: () => (/* binding */ mintForLaterSteps)
/* harmony export */ });
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2012);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9528);
/**
 * Least exposure (mint-token, contract Behaviour 15): once the given credential passed its gate, the
 * vendor mints a narrower one that dies with the job, and later steps get only that. The vendor
 * masks it before any use; here it replaces the given credential in everything published (token,
 * auth-header, expires-at, the exported variables), and what revokes it is saved for the post step
 * before anything else can fail.
 */



/**
 * How far a minted credential's expiry may be from what was asked, in milliseconds: the clock
 * difference tolerated between this runner and the server. A later one outlives token-lifetime, an
 * earlier one already past was misread or is not the server's.
 */
const MINT_CLOCK_SLACK_MS = 300_000;
/** The login's result with the minted credential in place of the given one. */
async function mintForLaterSteps(vendor, context, login, io) {
    const { plan } = context;
    const mintContext = {
        ...context,
        keepForRevoke: async (revoke, expiresAt, expiryAsked) => {
            const kept = expiresAt && !expiredBeyondClockSlack(expiresAt) ? expiresAt : undefined;
            await io.saveSession(plan, {
                minted: true,
                secrets: revoke.secrets,
                ids: revoke.ids,
                ...(kept ? { expiresAt: kept } : {}),
                ...(kept && expiryAsked ? { expiryAsked: true } : {})
            });
        },
        forgetRevoke: async () => {
            await io.forgetSession(plan);
        }
    };
    const minted = await vendor.mint(mintContext, login);
    // A server that answers with the given credential itself would have the post step revoke it:
    // nothing is saved, and nothing is handed on.
    if (plan.secrets.includes(minted.token) || minted.token === login.token) {
        throw mintedTheGivenCredential(vendor.name, context.http.server);
    }
    const expiresAt = isoExpiry(minted.expiresAt);
    // Saved before the failures below: a credential that exists must be revoked, whatever follows.
    // Without an expiry already past (see below): the post step, whose revoke of a credential past its
    // saved expiry may fail quietly as that of a dead one, must warn of this one as of a live one.
    const passed = expiresAt !== undefined && expiredBeyondClockSlack(expiresAt);
    await io.saveSession(plan, {
        minted: true,
        secrets: minted.revoke.secrets,
        ids: minted.revoke.ids,
        ...(expiresAt && !passed ? { expiresAt } : {})
    });
    if (!expiresAt) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`${vendor.name} minted a credential without a readable expiry, so it was not handed on, and it is revoked.`);
    }
    // A credential minted a moment ago cannot have expired: the expiry was misread (epoch seconds
    // past 10^12, the year 33,658 on, read as milliseconds, which makes a key that never expires look
    // long dead) or the server is not what it claims. Either way later steps would be told it is dead
    // while it may live on; a runner clock ahead of the server's by less than the slack is tolerated.
    if (passed) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`${vendor.name} minted a credential whose expiry, read as ${expiresAt}, has passed, so it was not handed on, and it is revoked. A genuine server gives a new credential the lifetime asked: check ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .answeredInItsPlace */ .C0)(context.http.server, 'the real server').check}, and this runner's clock.`);
    }
    io.info(`Minted ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .withArticle */ .vJ)(`${vendor.name} ${minted.description}`)} for later steps; it expires at ${expiresAt} and is revoked when the job ends.`);
    return {
        ...login,
        authHeader: minted.authHeader,
        token: minted.token,
        expiresAt,
        env: minted.env,
        notes: [
            ...(login.notes ?? []),
            { label: 'Minted', value: `${minted.description}, expires at ${expiresAt}` }
        ]
    };
}
/**
 * The failure for a minting answered with the credential the step was given: it must be neither
 * handed on as if new nor revoked (a vendor that checks its minted credential before returning it
 * must test this first, or its own revoke-at-once would revoke the user's credential).
 */
function mintedTheGivenCredential(vendorName, server) {
    return new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`${vendorName} answered the minting with the credential the step was given, not a new one; nothing was handed on, and it will not be revoked. Check ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .answeredInItsPlace */ .C0)(server, 'the real server').check}.`);
}
/**
 * Whether an expiry is earlier than now by more than the clock difference tolerated (false for one
 * that does not parse): within it, the server may still honour the credential.
 */
function expiredBeyondClockSlack(expiresAt) {
    return Date.parse(expiresAt) < Date.now() - MINT_CLOCK_SLACK_MS;
}
/** An ISO-8601 UTC time, or undefined for anything else (an absurd year included). */
function isoExpiry(value) {
    try {
        return (0,_expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseExpiry */ .IY)(value);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JV: () => (/* binding */ roundUpToUtcDay),
/* harmony export */   Jb: () => (/* binding */ mintedName),
/* harmony export */   S5: () => (/* binding */ durationText),
/* harmony export */   Vl: () => (/* binding */ mintWithoutRevokeHandle),
/* harmony export */   bW: () => (/* binding */ lifetimeEnd),
/* harmony export */   jJ: () => (/* binding */ refusedByServer)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/**
 * What every vendor's mint() shares (contract, Behaviour 15): a name that ties the minted
 * credential to this run, job and step, so a user who finds it on the server knows where it came
 * from (and a revoke by name hits only it), and the end of its lifetime.
 */

/** Name characters every vendor accepts: letters, digits, `.`, `_`, `-`. */
const NAME_UNSAFE = /[^A-Za-z0-9._-]+/g;
/**
 * `scanner-login-<repository>-<run id>-<attempt>-<job>-<step>-<random>`, cut to `max` characters;
 * outside a workflow (the doctor), `scanner-login-local-<time>-<random>`. The run's names tell a
 * user who finds it on the server where it came from; the random end makes it unique, since the
 * legs of a matrix, and two calls of one reusable workflow, share every run name.
 */
function mintedName(max, env = process.env) {
    const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
    const parts = env.GITHUB_RUN_ID
        ? [
            env.GITHUB_REPOSITORY?.split('/').pop(),
            env.GITHUB_RUN_ID,
            env.GITHUB_RUN_ATTEMPT,
            env.GITHUB_JOB,
            env.GITHUB_ACTION
        ]
        : ['local', Date.now().toString(36)];
    const name = ['scanner-login', ...parts.filter(Boolean)]
        .map((part) => part.replace(NAME_UNSAFE, '_'))
        .join('-');
    // The random end is what makes it unique: the run's names are cut, never it.
    const room = max - random.length - 1;
    return `${name.length <= room ? name : name.slice(0, room)}-${random}`;
}
/** When a credential minted now for plan.mint's lifetime dies, in milliseconds since the epoch. */
function lifetimeEnd(plan, now = Date.now()) {
    return now + (plan.mint?.lifetimeSeconds ?? 0) * 1000;
}
/** `2026-12-06T18:30:00.000Z` → `2026-12-07`: the first UTC day that starts at or after `ms`. */
function roundUpToUtcDay(ms) {
    const day = new Date(ms);
    if (day.getUTCHours() || day.getUTCMinutes() || day.getUTCSeconds() || day.getUTCMilliseconds())
        day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString().slice(0, 10);
}
/**
 * A duration in words for the log: 6 h, 30 min, 2 d 3 h. Rounded up to whole minutes first, so a
 * part never reads 60 (3599 s is "1 h", not "60 min"; 7199 s "2 h", not "1 h 60 min").
 */
function durationText(seconds) {
    const minutesInAll = Math.ceil(seconds / 60);
    const days = Math.floor(minutesInAll / 1440);
    const hours = Math.floor((minutesInAll % 1440) / 60);
    const minutes = minutesInAll % 60;
    return ([days && `${days} d`, hours && `${hours} h`, minutes && `${minutes} min`]
        .filter(Boolean)
        .join(' ') || '0 min');
}
/**
 * Whether the last answer was a 4xx: the server refusing to mint, which created nothing. Anything
 * else that failed (no answer, a 5xx, an answer this step cannot read) may have created it.
 */
function refusedByServer(context) {
    const status = context.http.records.at(-1)?.status;
    return status !== undefined && status >= 400 && status < 500;
}
/**
 * Runs a minting whose credential nothing can revoke if its answer is lost: no answer, a 5xx, or an
 * answer this step cannot read may still have created it (a 4xx is the server refusing, which
 * created nothing). Such a failure then says what to look for on the server and how long it lives,
 * since the id a revoke needs came only with the answer.
 */
async function mintWithoutRevokeHandle(context, mayExist, mint) {
    try {
        return await mint();
    }
    catch (error) {
        if (!(error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR) || refusedByServer(context))
            throw error;
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`${error.message}\n${mayExist}`);
    }
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

/***/ 5161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteMintedKey: () => (/* binding */ deleteMintedKey),
/* harmony export */   mintApiKey: () => (/* binding */ mintApiKey)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _core_mint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5443);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1719);
/* harmony import */ var _kit_grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1149);
/* harmony import */ var _kit_mint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1122);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2012);
/* harmony import */ var _kit_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(588);
/* harmony import */ var _kit_token_answer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1952);
/* harmony import */ var _meanings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6213);
/* harmony import */ var _tenants_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1224);
/**
 * mint-token: after a username/password or refresh-token login, an API key for the one tenant and
 * exactly the permissions the step required, expiring when token-lifetime ends (the documented
 * body of POST /api/v1/api-keys):
 *
 *   POST /api/v1/api-keys  {"name": "scanner-login-…", "tenants": ["prod"],
 *                           "permissions": ["nodes:read"], "expires_at": "2026-12-06T18:00:00Z"}
 *   → {"id": "key-…", "name", "key": "ic_live_…", "created_at", "expires_at"}
 *
 * Later steps get the key, never the access token of the login (which may do everything the user
 * may). The post step deletes it with DELETE /api/v1/api-keys/{id}, authenticated with the key
 * itself: the login's access token has expired or gone by then, and a refresh token may be
 * single-use. State therefore carries the key with its id (as JFrog's minted token; a state the
 * runner hands only to this action's post step).
 *
 * The key is handed on only with the expiry the answer states, and only when that is not later
 * than the one asked (as SonarQube's and JFrog's minted tokens are checked): a server that ignores
 * `expires_at`, or sets a later one, made a key that outlives the job. Such a key fails the step,
 * and the post step deletes it.
 *
 * Sources: Infracast's authentication page (shared vendor-docs: the body and answer of the
 * creation). Assumed: that a user (not only an administrator, as the page's example has it) may
 * create a key with permissions they hold, the DELETE endpoint and that a key may delete itself.
 */










const API_KEYS_PATH = '/api/v1/api-keys';
/**
 * An API key id as Infracast writes them (`key-abc123`); anything else (a dot segment that would
 * climb the path, a one-letter id) is not put in a path.
 */
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/;
async function mintApiKey(context, login) {
    const { plan } = context;
    const tenant = (0,_tenants_js__WEBPACK_IMPORTED_MODULE_9__/* .tenantOf */ .G8)(plan);
    const name = (0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .mintedName */ .Jb)(100);
    // To the second, as Infracast's own example writes it and as every expiry is shown.
    const askedEnd = (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)((0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .lifetimeEnd */ .bW)(plan));
    // Its id comes only with the answer: a lost answer leaves nothing to delete it by.
    const mayExist = `Infracast may have created the API key all the same: if so, it is named "${name}", and it lives until ${askedEnd} unless deleted.`;
    const { body, key, id } = await (0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .mintWithoutRevokeHandle */ .Vl)(context, mayExist, async () => {
        const { body } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(context, {
            method: 'POST',
            path: API_KEYS_PATH,
            headers: { authorization: `Bearer ${login.token}` },
            json: {
                name,
                tenants: [tenant],
                permissions: plan.requiredPermissions,
                expires_at: askedEnd
            },
            creates: true,
            issuesCredentials: true,
            meanings: { 400: mintRefused(), 403: mintRefused(), 422: mintRefused() }
        });
        const key = (0,_kit_token_answer_js__WEBPACK_IMPORTED_MODULE_7__/* .issuedBearerToken */ .Q)(context, body.key, `the key of ${API_KEYS_PATH}`);
        const id = (0,_kit_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .issuedText */ .V7)(body.id);
        if (id === undefined || !KEY_ID.test(id))
            throw (0,_kit_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .malformedCredential */ .ph)(`the id of ${API_KEYS_PATH}`, 'an API key id', context.http.server);
        return { body, key, id };
    });
    // Before anything is kept for the post step, which would otherwise delete with the login's token.
    if (key === login.token || plan.secrets.includes(key))
        throw (0,_core_mint_js__WEBPACK_IMPORTED_MODULE_1__/* .mintedTheGivenCredential */ .R)(_meanings_js__WEBPACK_IMPORTED_MODULE_8__/* .NAME */ .o_, context.http.server);
    const revoke = { secrets: { key }, ids: { id } };
    // The expiry the server set, never the one asked: a server that ignored expires_at made a key
    // that lives on (none answered: ../../core/mint.ts fails the step and has the post step delete
    // it), and one that set a later day made a key that outlives token-lifetime.
    const expiresAt = (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_5__/* .normaliseExpiry */ .IY)((0,_kit_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .issuedText */ .V7)(body.expires_at));
    if (expiresAt !== undefined &&
        Date.parse(expiresAt) > Date.parse(askedEnd) + _core_mint_js__WEBPACK_IMPORTED_MODULE_1__/* .MINT_CLOCK_SLACK_MS */ .a) {
        await context.keepForRevoke(revoke, expiresAt);
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Infracast created the API key "${name}" (id ${id}) to expire at ${expiresAt}, later than the ${askedEnd} asked for token-lifetime: it was not handed on, and it is deleted when the job ends. A genuine Infracast server sets the expiry asked. Fix: check ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .answeredInItsPlace */ .C0)(context.http.server, 'the real Infracast API').check}.`);
    }
    const authHeader = `Authorization: Bearer ${key}`;
    context.mask(authHeader);
    return {
        token: key,
        authHeader,
        env: {
            INFRACAST_URL: plan.url,
            INFRACAST_TOKEN: key,
            INFRACAST_TOKEN_EXPIRES_AT: expiresAt ?? '',
            INFRACAST_TENANT: tenant
        },
        expiresAt: expiresAt ?? '',
        revoke,
        description: `API key "${name}" (tenant ${tenant}: ${plan.requiredPermissions.join(', ')}; id ${id})`
    };
}
function mintRefused() {
    return {
        headline: 'the server refused to create an API key for later steps',
        causes: [
            'the user may not create API keys (Infracast may reserve them to administrators)',
            'the user does not hold every permission of required-permissions in the tenant, so cannot hand them to a key'
        ],
        fix: 'ask an Infracast administrator to let the user create API keys, or turn mint-token off to hand later steps the login’s access token.'
    };
}
/** The post step: the minted key deletes itself. */
async function deleteMintedKey(context, saved) {
    const id = saved.id ?? '';
    if (!KEY_ID.test(id))
        throw new Error('the saved API key id is not one Infracast gives; nothing was sent.');
    await (0,_kit_session_js__WEBPACK_IMPORTED_MODULE_6__/* .revokeWithItself */ .KA)(context, _meanings_js__WEBPACK_IMPORTED_MODULE_8__/* .NAME */ .o_, {
        path: `${API_KEYS_PATH}/${encodeURIComponent(id)}`,
        token: saved.key,
        what: 'API key',
        byHand: `API key ${id}`
    });
}


/***/ })

};
;