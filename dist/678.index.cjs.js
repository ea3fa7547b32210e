"use strict";
exports.id = 678;
exports.ids = [678];
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

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var issuedBearerToken=(function (context, value, what) {
    const token = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .bearerToken */ .hC)(value, what, context.http.server);
    context.mask(token);
    return token;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: (() => (/* binding */ issuedBearerToken))
/* harmony export */ });
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1149);
/**
 * A token answer (a login, a refresh, an OAuth token endpoint) is the server's to write, so the
 * server must not choose what the runner masks (contract Behaviour 10): only the credential the step
 * goes on to use is masked, and only once it has passed its grammar. The other fields such an answer
 * may carry (a refresh token, an id_token) are never read, printed or handed on, and the raw body of
 * a token answer is never quoted, so masking them would protect nothing; it would let a hostile
 * server blank any word of the log ("e", the user's name) and withhold outputs that contain it.
 */

/**
 * The bearer token a token answer issued, checked against its grammar and only then masked; an
 * ActionFailure naming `what`, with nothing masked, when it is not a bearer token.
 */
;


/***/ }),

/***/ 7678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mintAnalysisToken: () => (/* binding */ mintAnalysisToken),
/* harmony export */   revokeAnalysisToken: () => (/* binding */ revokeAnalysisToken)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _core_expiry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2012);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1719);
/* harmony import */ var _kit_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(588);
/* harmony import */ var _kit_mint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1122);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1223);
/* harmony import */ var _kit_token_answer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1952);
/* harmony import */ var _scheme_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5309);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1);
/**
 * mint-token: a global analysis token (`sqa_`: its owner's analysis permissions only, unlike the
 * user token a step is usually given), named for this run, expiring the day token-lifetime ends:
 *
 *   POST /api/user_tokens/generate  name=scanner-login-…&type=GLOBAL_ANALYSIS_TOKEN&expirationDate=YYYY-MM-DD
 *   → {"login", "name", "token", "createdAt", "type", "expirationDate"}
 *
 * and revoked by name in the post step with POST /api/user_tokens/revoke, authenticated with the
 * token the step was given (an input: an analysis token cannot use the token API, so the minted one
 * could not revoke itself). State carries only the name and the expiry.
 *
 * generate is sent by the scheme the check found to work (./scheme.ts: Basic `token:` on a
 * SonarQube Server before 10.0), and the minted token's auth-header uses it too. The post step knows
 * no scheme (state does not carry it): it sends Bearer, and on a 401 from a SonarQube Server sends
 * Basic once, as the check does.
 *
 * SonarQube keeps token expiry in whole days (a token expires at the start of its expirationDate,
 * which must be after today), so token-lifetime is rounded up to the next UTC midnight, and the
 * log says so. Current releases judge "today" in UTC; the 9.6-era GenerateAction judged it, and
 * started the expiry day, in the zone of the server's JVM. A server ahead of UTC then refuses a
 * date that is already tomorrow in UTC with 400 "The minimum value for parameter expirationDate is
 * <its tomorrow>.": that date, one day later than asked, is sent once more (it names no token, so
 * nothing was created), and the token dies at the start of that day in the server's zone, which
 * its answer's expirationDate states and the log repeats.
 *
 * Token expiry came with 9.6, and a Server answers the expirationDate it set: an answer without one
 * is a token that never expires, which is not handed on (the step fails, and the post step revokes
 * it, kept without an expiry). 9.5 has token types but no expirationDate parameter (SonarQube's web
 * services ignore a parameter the action does not read); a server before 9.5 ignores `type` too and
 * makes a user token (its answer has no `type`). SonarQube Cloud makes user tokens only and
 * documents no expirationDate for generate (its docs offer no token expiry; unused tokens are
 * removed after 60 days): a minted token there would be neither narrower nor shorter-lived, so
 * mint-token is refused for it at validation (./index.ts).
 *
 * Sources for the expiry: SonarSource/sonarqube GenerateAction.java, 9.5-era (`type` and
 * `projectKey` since 9.5, no expirationDate; code-index id 22354179171), 9.6-era @05ebcc13
 * (expirationDate since 9.6, answered when set) and current (code-index id 4718304433: "If not
 * set, default to no expiration"); WebServiceEngineTest.java @4592d635 (only reading an undeclared
 * parameter fails); docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens; the
 * SonarQube Cloud client pmdevers/SonarCloud.NET UserTokensApi.cs @41a163c4 (generate: login and
 * name; answer: login, name, createdAt, token).
 *
 * Sources: SonarQube's GenerateAction / RevokeAction (shared vendor notes, third round §2.3:
 * `name`, `type`, `expirationDate` ≥ tomorrow, an Enterprise maximum lifetime; revoke answers 204),
 * SonarSource/sonarqube GenerateActionValidation.java (the UTC day and the 400 texts) and the
 * 9.6-era GenerateAction.java (LocalDate.now(), atStartOfDay(ZoneId.systemDefault())).
 * Assumed: the 403 for a user without Execute Analysis asking for a global analysis token.
 */









const GENERATE_PATH = '/api/user_tokens/generate';
const REVOKE_PATH = '/api/user_tokens/revoke';
/** SonarQube limits a token name to 100 characters. */
const MAX_NAME = 100;
/** The names mintedName() gives; a saved name of any other shape is not sent. */
const MINTED_NAME = /^scanner-login-[A-Za-z0-9._-]{1,86}$/;
/** SonarQube's 400 for an expirationDate that is not after its today, naming its tomorrow. */
const MINIMUM_DATE = /The minimum value for parameter '?expirationDate'? is (\d{4}-\d{2}-\d{2})\b/;
const DAY_MS = 86_400_000;
/**
 * The latest a day starts anywhere, after its start in UTC: UTC-12, the westernmost zone. A server
 * that starts the expiry day in its own zone sets an expiry no later than this after the UTC day.
 */
const LATEST_DAY_START_MS = 12 * 3_600_000;
async function mintAnalysisToken(context, login) {
    const { plan } = context;
    const given = plan.credentials['api-token'];
    const lifetime = plan.mint.lifetimeSeconds;
    const expirationDate = (0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .roundUpToUtcDay */ .JV)((0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .lifetimeEnd */ .bW)(plan));
    // The day asked: the rounded-up one, or the day after it that a server ahead of UTC names.
    let askedDay = expirationDate;
    context.info(`SonarQube token expiry is a whole day: the ${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .durationText */ .S5)(lifetime)} token-lifetime was rounded up to ${expirationDate} 00:00 UTC (${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .durationText */ .S5)(Math.round((utcDayStart(expirationDate) - Date.now()) / 1000))} from now).`);
    // The scheme the check found to work; its header is masked already.
    const scheme = (0,_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .schemeOf */ .dz)(login.authHeader);
    const name = (0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .mintedName */ .Jb)(MAX_NAME);
    const revoke = { secrets: {}, ids: { name } };
    // Kept for the post step before the request: the name is chosen here, so the token can be revoked
    // by name whatever happens to the answer, a step cancelled while it is on its way included
    // (revoking a name that was never created answers 204 as well).
    // The day asked, not yet the day set: a server behind UTC ends it up to half a day later, and
    // SonarQube 9.5 ignores it (see LATEST_DAY_START_MS, normaliseExpiry).
    await context.keepForRevoke(revoke, new Date(utcDayStart(askedDay)).toISOString(), true);
    let body;
    let token;
    try {
        let serverMinimum;
        const generate = async (date) => (await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(context, {
            method: 'POST',
            path: GENERATE_PATH,
            headers: { authorization: (0,_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .authorization */ .it)(given, scheme) },
            form: { name, type: 'GLOBAL_ANALYSIS_TOKEN', expirationDate: date },
            creates: true,
            issuesCredentials: true,
            errorText: _words_js__WEBPACK_IMPORTED_MODULE_7__/* .sonarErrorText */ .Pl,
            meanings: {
                400: (answer) => {
                    serverMinimum = MINIMUM_DATE.exec((0,_words_js__WEBPACK_IMPORTED_MODULE_7__/* .sonarErrorText */ .Pl)(answer.body))?.[1];
                    return mintRefused(given);
                },
                403: mintRefused(given)
            }
        })).body;
        try {
            body = await generate(expirationDate);
        }
        catch (error) {
            const later = laterDayTheServerAsks(expirationDate, serverMinimum);
            if (!later)
                throw error;
            context.info(`SonarQube's today is already ${expirationDate} (a server ahead of UTC, judging the date in its own zone): asking for ${later} instead, the first day it accepts.`);
            // The token now asked for lives a day longer: the post step's warning, should its revoke
            // fail, must name that day, not the day first asked.
            askedDay = later;
            await context.keepForRevoke(revoke, new Date(utcDayStart(askedDay)).toISOString(), true);
            body = await generate(later);
        }
        token = (0,_kit_token_answer_js__WEBPACK_IMPORTED_MODULE_5__/* .issuedBearerToken */ .Q)(context, body.token, `the token of ${GENERATE_PATH}`);
    }
    catch (error) {
        // A 4xx is SonarQube refusing to create it: nothing to revoke. Anything else (no answer, a 5xx,
        // an answer this step cannot read) may have created it all the same: it stays kept.
        if ((0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .refusedByServer */ .jJ)(context))
            await context.forgetRevoke();
        throw error;
    }
    const type = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .firstText */ .ou)(body, ['type']);
    const expiresAt = (0,_core_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseExpiry */ .IY)((0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .firstText */ .ou)(body, ['expirationDate']));
    if (expiresAt === undefined) {
        // A SonarQube Server answers the expirationDate it set (GenerateAction); none means it set none
        // (token expiry came with 9.6), and such a token lives until it is revoked. It stays kept for
        // the post step, now without an expiry: should the revoke fail, its warning must not name a
        // day the token dies. (SonarQube Cloud, whose tokens have no expiry, is refused at validation.)
        await context.keepForRevoke(revoke, undefined);
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`SonarQube created the token "${name}" without an expiry: this server keeps tokens until they are revoked (token expiry came with SonarQube 9.6), so it was not handed on, and it is revoked when the job ends. Fix: turn mint-token off for this server, or upgrade it.`);
    }
    if (Date.parse(expiresAt) > utcDayStart(askedDay) + LATEST_DAY_START_MS) {
        // No zone starts the day asked that late: the server set a later day (or none it would name),
        // and the token would outlive token-lifetime. It stays kept for the post step, with the expiry
        // the server answered, which its warning names should the revoke fail.
        await context.keepForRevoke(revoke, expiresAt);
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`SonarQube created the token "${name}" to expire at ${expiresAt}, later than the ${askedDay} asked for the ${(0,_kit_mint_js__WEBPACK_IMPORTED_MODULE_4__/* .durationText */ .S5)(lifetime)} token-lifetime: it was not handed on, and it is revoked when the job ends. A genuine SonarQube Server sets the day asked. Fix: check that the url input points at the real SonarQube Server.`);
    }
    if (Date.parse(expiresAt) !== utcDayStart(askedDay)) {
        // A server that starts the day in its own zone: the expiry the log announced was not the one.
        context.info(`SonarQube set the token to expire at ${expiresAt}, the start of its expiry day in the server's time zone.`);
    }
    const header = (0,_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .authorization */ .it)(token, scheme);
    (0,_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .maskAuthorization */ .e3)(context.mask, header);
    const authHeader = `Authorization: ${header}`;
    context.mask(authHeader);
    return {
        token,
        authHeader,
        env: { SONAR_HOST_URL: plan.url, SONAR_TOKEN: token },
        expiresAt,
        revoke,
        description: type === 'GLOBAL_ANALYSIS_TOKEN'
            ? `global analysis token "${name}"`
            : `user token "${name}" (this server made a ${type ?? 'token of no type'}: it acts with all of ${login.identity.username || 'the user'}'s permissions)`
    };
}
/**
 * The day a server that judges dates in its own zone names as its first acceptable one, when that is
 * the day after the one asked (its today is already the asked day); undefined otherwise, so a
 * minimum that is further off (a clock that is wrong) fails as SonarQube refused it.
 */
function laterDayTheServerAsks(asked, minimum) {
    if (!minimum)
        return undefined;
    return utcDayStart(minimum) === utcDayStart(asked) + DAY_MS ? minimum : undefined;
}
/** `2026-12-07` → the start of that day in UTC, in milliseconds since the epoch. */
function utcDayStart(day) {
    return Date.parse(`${day}T00:00:00Z`);
}
function mintRefused(given) {
    const type = (0,_words_js__WEBPACK_IMPORTED_MODULE_7__/* .tokenType */ .Wz)(given);
    const analysis = type === 'project-analysis' || type === 'global-analysis';
    return {
        headline: 'the server refused to create a token for later steps',
        causes: [
            ...(analysis
                ? [
                    'the token the step was given is an analysis token, which may not create tokens: give a user token (squ_)'
                ]
                : []),
            ...(type === 'organization'
                ? [
                    'the token the step was given is a scoped organization token (sqco_): it belongs to no user and grants only Execute Analysis, so the token API, which creates tokens for the calling user, is not expected to serve it: give a user token (squ_), or turn mint-token off (an organization token is already narrow)'
                ]
                : []),
            'the user lacks the Execute Analysis permission, which a global analysis token needs',
            "token-lifetime ends beyond the server's maximum token lifetime (SonarQube Enterprise: Administration > Security)",
            'a token with the same name exists already (a re-run of the same job step while the first still runs)'
        ],
        fix: 'grant the user Execute Analysis, shorten token-lifetime, or turn mint-token off to hand later steps the given token.'
    };
}
/**
 * The post step: revoke the minted token by name, with the token the step was given. Bearer first;
 * a SonarQube Server that answers it 401 (before 10.0, Bearer is no credential at all) gets Basic
 * once. SonarQube Cloud gets Bearer only.
 */
async function revokeAnalysisToken(context, saved) {
    const name = saved.name ?? '';
    if (!MINTED_NAME.test(name))
        throw new Error('the saved token name is not one this action gives; nothing was sent.');
    const given = context.credentials?.['api-token'];
    if (!given)
        throw new Error('the api-token input is empty in the post step, so nothing could authenticate the revoke.');
    try {
        await revokeBy(context, given, name, 'bearer');
    }
    catch (error) {
        const last = context.http.records.at(-1);
        if (last?.status !== 401 || (0,_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .isSonarCloud */ .Rk)(last.endpoint))
            throw error;
        context.info(`SonarQube answered the revoke with Bearer 401: sending it as ${_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .SCHEME_WORDS */ .m6.basic}, which SonarQube Server before 10.0 requires.`);
        await revokeBy(context, given, name, 'basic');
    }
}
function revokeBy(context, given, name, scheme) {
    const value = (0,_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .authorization */ .it)(given, scheme);
    (0,_scheme_js__WEBPACK_IMPORTED_MODULE_6__/* .maskAuthorization */ .e3)(context.mask, value);
    return (0,_kit_session_js__WEBPACK_IMPORTED_MODULE_3__/* .closeSession */ .Vu)(context, 'SonarQube', {
        request: {
            method: 'POST',
            path: REVOKE_PATH,
            headers: { authorization: value },
            form: { name }
        },
        ended: (response) => response.status >= 200 && response.status < 300,
        words: _words_js__WEBPACK_IMPORTED_MODULE_7__/* .sonarErrorText */ .Pl,
        meaning: (response) => ({
            headline: `the token "${name}" minted for this job was not revoked`,
            causes: [revokeCause(response.status)],
            fix: `revoke it by hand if it must not live until it expires: My Account > Security, token "${name}".`
        })
    });
}
/**
 * Why SonarQube did not revoke the minted token. The post step authenticates with the api-token
 * input only (mint-token refuses a token given through SONAR_TOKEN alone, ./index.ts), so the
 * minted token exported as SONAR_TOKEN is never what was sent.
 */
function revokeCause(status) {
    if (status === 401)
        return 'the token the step was given (api-token) was revoked or expired during the job, so it could not authenticate the revoke';
    if (status >= 500)
        return `SonarQube or a proxy in front of it failed the revoke (HTTP ${status}: an outage or maintenance)`;
    return `SonarQube refused the revoke with HTTP ${status} to the token the step was given (api-token)`;
}


/***/ })

};
;