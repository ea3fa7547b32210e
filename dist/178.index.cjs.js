"use strict";
exports.id = 178;
exports.ids = [178,443];
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

/***/ 9178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TOKENS_PATH: () => (/* binding */ TOKENS_PATH),
/* harmony export */   mintAccessToken: () => (/* binding */ mintAccessToken),
/* harmony export */   mintLifetime: () => (/* binding */ mintLifetime),
/* harmony export */   revokeMintedToken: () => (/* binding */ revokeMintedToken)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _core_mint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5443);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1719);
/* harmony import */ var _kit_grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1149);
/* harmony import */ var _kit_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(588);
/* harmony import */ var _kit_mint_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1122);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1223);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2012);
/* harmony import */ var _kit_token_answer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1952);
/* harmony import */ var _access_token_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2288);
/**
 * mint-token: an access token of the same user, never broader and never longer-lived than the one
 * the step verified (the given one, or the one the OIDC exchange gave), not refreshable, living
 * `token-lifetime`:
 *
 *   POST /access/api/v1/tokens  {"scope": "<scope>", "expires_in": <seconds>,
 *                                "refreshable": false, "force_revocable": true,
 *                                "description": "scanner-login-…"}
 *   → {"token_id": "…", "access_token": "…", "expires_in": <seconds>, "scope": "…", "token_type": "Bearer"}
 *
 * The scope is `applied-permissions/user` (the contract's) when the verified token acts with the
 * user's permissions or more (`applied-permissions/user`, `applied-permissions/admin`), and the
 * verified token's own scope otherwise (a token limited to groups asks for those groups, which a
 * platform that lets users create only user-scoped tokens refuses, failing the step with its words);
 * a token whose scope cannot be read (a reference token) is not minted from. The lifetime is cut to
 * what the verified token has left. The minted token's own claims are checked against what was
 * asked; one that is broader or outlives the lifetime (a JWT without `exp` or `scp` included, whatever
 * the answer's expires_in says) is revoked at once and the step fails.
 *
 * `force_revocable` because JFrog Access makes a token that expires sooner than its
 * revocable-expiry-threshold (6 hours by default) non-revocable: without it, a token-lifetime under
 * 6 h (or one cut to an OIDC token's hour) gives a token the post step cannot revoke (400 "Token not
 * revocable") and that lives on until it expires. JFrog's own Vault plugin sends it with every
 * expiring token for the same reason.
 *
 * The post step revokes it with DELETE /access/api/v1/tokens/{token_id}, authenticated with the
 * minted token itself (a user may revoke their own tokens), so the state carries the token (masked)
 * and its id (not masked).
 *
 * Sources: JFrog's Access Tokens REST API (create: `scope`, `expires_in`, `refreshable`,
 * `description`; its answer; "Revoke Token by ID": a token may revoke itself, 200 or 204),
 * jfrog/jfrog-client-go access/services/accesstoken.go (the JSON body), JFrog's "View and Revoke
 * Tokens" and "Revocable Expiry Threshold" pages (`force_revocable`, since Artifactory 7.50.3; the
 * 6-hour default), jfrog/vault-plugin-secrets-artifactory artifactory.go (sends `force_revocable`
 * with an expiring token), jfrog/jfrog-client-go#753 (a 1-hour user token: revoke answers 400
 * "Token not revocable"). Assumed: that a non-admin may create a user-scoped token for themselves
 * up to the platform's maximum expiry (a longer one is refused with 400 and `errors[].message`),
 * and what a platform before 7.50.3 does with `force_revocable` (ignore it or refuse it: either
 * way the step says so).
 */










const TOKENS_PATH = '/access/api/v1/tokens';
const USER_SCOPE = 'applied-permissions/user';
/** JFrog token ids are UUIDs; anything else from state or an answer is not sent in a path. */
const TOKEN_ID = /^[A-Za-z0-9-]{8,128}$/;
async function mintAccessToken(context, login) {
    const verified = (0,_access_token_js__WEBPACK_IMPORTED_MODULE_8__/* .readTokenClaims */ .v4)(login.token);
    const scope = scopeToAsk(verified);
    const lifetime = lifetimeToAsk(context, verified);
    const description = (0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .mintedName */ .Jb)(100);
    // Its id comes only with the answer: a lost answer leaves nothing to revoke it by.
    const mayExist = `The platform may have created the token all the same: if so, its description is "${description}", and it lives ${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(lifetime)} unless revoked (Administration > User Management > Access Tokens).`;
    const { body, token, tokenId } = await (0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .mintWithoutRevokeHandle */ .Vl)(context, mayExist, async () => {
        const { body } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(context, {
            method: 'POST',
            path: TOKENS_PATH,
            headers: { authorization: `Bearer ${login.token}` },
            json: { scope, expires_in: lifetime, refreshable: false, force_revocable: true, description },
            creates: true,
            issuesCredentials: true,
            meanings: { 400: mintRefused(lifetime, scope), 403: mintRefused(lifetime, scope) }
        });
        const token = (0,_kit_token_answer_js__WEBPACK_IMPORTED_MODULE_7__/* .issuedBearerToken */ .Q)(context, body.access_token, `the access_token of ${TOKENS_PATH}`);
        const tokenId = (0,_kit_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .issuedText */ .V7)(body.token_id);
        if (tokenId === undefined || !TOKEN_ID.test(tokenId))
            throw (0,_kit_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .malformedCredential */ .ph)(`the token_id of ${TOKENS_PATH}`, 'a token id (a UUID)', context.http.server);
        return { body, token, tokenId };
    });
    // Before checkedExpiry, whose revoke-at-once would otherwise revoke the given token.
    if (token === login.token)
        throw (0,_core_mint_js__WEBPACK_IMPORTED_MODULE_1__/* .mintedTheGivenCredential */ .R)(_access_token_js__WEBPACK_IMPORTED_MODULE_8__/* .NAME */ .o_, context.http.server);
    const expiresAt = await checkedExpiry(context, token, tokenId, scope, lifetime, body.expires_in);
    const authHeader = `Authorization: Bearer ${token}`;
    context.mask(authHeader);
    return {
        token,
        authHeader,
        env: { JF_URL: context.plan.url, JF_ACCESS_TOKEN: token },
        expiresAt,
        revoke: { secrets: { token }, ids: { tokenId } },
        description: `access token "${description}" (scope ${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(scope)}, id ${tokenId})`
    };
}
/** The scope to ask for: the user's own permissions at most, never more than the verified token's. */
function scopeToAsk(verified) {
    const scopes = verified.rawScope?.split(/\s+/).filter(Boolean) ?? [];
    if (verified.kind !== 'jwt' || scopes.length === 0) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR([
            `mint-token cannot narrow this ${_access_token_js__WEBPACK_IMPORTED_MODULE_8__/* .NAME */ .o_} token: it states no scope (a reference token, or a token without its scp claim), so a minted token might be broader than it.`,
            'Fix: give an access token (a JWT beginning "eyJ"), use GitHub OIDC (oidc-provider), or turn mint-token off.'
        ].join('\n'));
    }
    const userOrMore = scopes.some((s) => /^applied-permissions\/(user|admin)$/i.test(s));
    return userOrMore ? USER_SCOPE : scopes.join(' ');
}
/**
 * token-lifetime, cut to what the verified token has left: a minted token never outlives it (but by
 * the shortest lifetime asked, a minute, when less is left).
 */
function lifetimeToAsk(context, verified) {
    const { seconds, note } = mintLifetime(context.plan.mint.lifetimeSeconds, verified.expiresAt, Date.now());
    if (note)
        context.info(note);
    return seconds;
}
/** The shortest lifetime asked of JFrog: a token of a few seconds is gone before a later step uses it. */
const SHORTEST_MINT_SECONDS = 60;
/**
 * The lifetime to ask for, and the line that says it was cut. The line names the lifetime asked for,
 * never the time left: a runner clock ahead of the platform's can see the verified token past its
 * expiry, and "cut to -5 s" helps nobody.
 */
function mintLifetime(asked, verifiedExpiresAt, now) {
    if (!verifiedExpiresAt)
        return { seconds: asked };
    const left = Math.floor((Date.parse(verifiedExpiresAt) - now) / 1000);
    if (left >= asked)
        return { seconds: asked };
    const seconds = Math.max(left, SHORTEST_MINT_SECONDS);
    // Seconds short of what was asked (an exchanged OIDC token of exactly token-lifetime, a moment
    // old) are not worth a line that would read "1 h cut to 1 h".
    if ((0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(seconds) === (0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(asked))
        return { seconds };
    // Under a minute left, the minute asked for outlives the verified token: the line must not claim
    // otherwise.
    const note = left < SHORTEST_MINT_SECONDS
        ? `token-lifetime (${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(asked)}) cut to ${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(seconds)}, the shortest this step asks for: the token this step verified expires within a minute by this runner's clock (or the runner's clock is ahead of JFrog's).`
        : `token-lifetime (${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(asked)}) cut to ${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(seconds)}: the token this step verified expires then, and a minted token never outlives it.`;
    return { seconds, note };
}
/**
 * When the minted token dies, by its own exp claim (the answer's expires_in only for a token that is
 * no JWT), checked against what was asked: a token that outlives it, never expires, states no scope
 * or is broader than asked is revoked at once and fails the step. One whose revoke at once fails is
 * kept for the post step to revoke, and the failure says so rather than that it was revoked.
 */
async function checkedExpiry(context, token, tokenId, scope, lifetime, expiresIn) {
    const claims = (0,_access_token_js__WEBPACK_IMPORTED_MODULE_8__/* .readTokenClaims */ .v4)(token);
    const latest = Date.now() + lifetime * 1000 + _core_mint_js__WEBPACK_IMPORTED_MODULE_1__/* .MINT_CLOCK_SLACK_MS */ .a;
    const fromAnswer = typeof expiresIn === 'number' && Number.isInteger(expiresIn) && expiresIn > 0
        ? Date.now() + expiresIn * 1000
        : undefined;
    // A JWT states its own terms, and the platform honours those, not the answer's words: one without
    // exp never expires (JFrog's token for expires_in 0), one without scp is not known to be as narrow
    // as asked. Only a token that states nothing (a reference token) is taken at the answer's word.
    const jwt = claims.kind === 'jwt';
    const dies = jwt ? (claims.expiresAt ? Date.parse(claims.expiresAt) : undefined) : fromAnswer;
    const broader = jwt ? claims.rawScope === undefined || !(0,_access_token_js__WEBPACK_IMPORTED_MODULE_8__/* .sameScopes */ .Wl)(claims.rawScope, scope) : false;
    if (dies !== undefined && dies <= latest && !broader)
        return new Date(dies).toISOString();
    const wrong = broader
        ? claims.rawScope === undefined
            ? `that states no scope where "${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(scope)}" was asked`
            : `with scope "${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(claims.rawScope)}" where "${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(scope)}" was asked`
        : dies === undefined
            ? 'that states no expiry (it may never expire)'
            : `that lives past the ${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(lifetime)} asked`;
    let outcome = 'so it was revoked at once and not handed on';
    try {
        await revokeMintedToken(context, { token, tokenId });
    }
    catch (error) {
        context.debug(`Could not revoke the token minted with the wrong terms: ${String(error)}`);
        // Such a token may never expire: it must not be said to be revoked, nor be left to no one.
        const expiresAt = dies === undefined || Number.isNaN(dies) ? undefined : (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(dies);
        await context.keepForRevoke({ secrets: { token }, ids: { tokenId } }, expiresAt || undefined);
        outcome = `and revoking it at once failed, so it was not handed on, and the post step revokes it (token id ${tokenId})`;
    }
    throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`${_access_token_js__WEBPACK_IMPORTED_MODULE_8__/* .NAME */ .o_} minted a token ${wrong}, ${outcome}. A genuine platform never does this: check that the url input points at the real server.`);
}
function mintRefused(lifetime, scope) {
    return {
        headline: 'the platform refused to create a token for later steps',
        causes: [
            `token-lifetime (${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_5__/* .durationText */ .S5)(lifetime)}) is longer than the platform lets this user give a token (Administration > User Management > Settings: the maximum expiry for non-admin users)`,
            scope === USER_SCOPE
                ? 'the user may not create tokens for themselves on this platform'
                : `the verified token is limited to "${(0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(scope)}", and the platform lets users create only tokens with their own user scope (broader than the verified token, so not asked for): give a token scoped to the user, or turn mint-token off`,
            'the platform is older than Artifactory 7.50.3 and does not know force_revocable, which the step sends so that the post step can revoke a token shorter-lived than 6 hours'
        ],
        fix: 'set token-lifetime within the platform maximum, or turn mint-token off to hand later steps the verified token itself.'
    };
}
/** The post step: the minted token revokes itself by id. */
async function revokeMintedToken(context, saved) {
    const tokenId = saved.tokenId ?? '';
    if (!TOKEN_ID.test(tokenId))
        throw new Error('the saved token id is not a JFrog token id; nothing was sent.');
    await (0,_kit_session_js__WEBPACK_IMPORTED_MODULE_4__/* .revokeWithItself */ .KA)(context, _access_token_js__WEBPACK_IMPORTED_MODULE_8__/* .NAME */ .o_, {
        path: `${TOKENS_PATH}/${encodeURIComponent(tokenId)}`,
        token: saved.token,
        what: 'access token',
        byHand: `Administration > User Management > Access Tokens, id ${tokenId}`,
        // JFrog's answer for a token shorter-lived than its revocable-expiry-threshold, created without
        // force_revocable (a platform before 7.50.3 ignores it).
        badRequestCause: 'the platform made the token non-revocable: it expires sooner than its revocable-expiry-threshold (6 hours by default), and a platform before Artifactory 7.50.3 ignores force_revocable'
    });
}


/***/ })

};
;