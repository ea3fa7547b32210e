"use strict";
exports.id = 443;
exports.ids = [443];
exports.modules = {

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ mintedTheGivenCredential),
/* harmony export */   mintForLaterSteps: () => (/* binding */ mintForLaterSteps)
/* harmony export */ });
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2012);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9528);
/* harmony import */ var _kit_mint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1122);
/**
 * Least exposure (mint-token, contract Behaviour 15): once the given credential passed its gate, the
 * vendor mints a narrower one that dies with the job, and later steps get only that. The vendor
 * masks it before any use; here it replaces the given credential in everything published (token,
 * auth-header, expires-at, the exported variables), and what revokes it is saved for the post step
 * before anything else can fail.
 */




/** The login's result with the minted credential in place of the given one. */
async function mintForLaterSteps(vendor, context, login, io) {
    const { plan } = context;
    const mintContext = {
        ...context,
        keepForRevoke: async (revoke, expiresAt) => {
            await io.saveSession(plan, {
                minted: true,
                secrets: revoke.secrets,
                ids: revoke.ids,
                ...(expiresAt ? { expiresAt } : {})
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
    // Saved before the expiry is judged: a credential that exists must be revoked, whatever follows.
    await io.saveSession(plan, {
        minted: true,
        secrets: minted.revoke.secrets,
        ids: minted.revoke.ids,
        ...(expiresAt ? { expiresAt } : {})
    });
    if (!expiresAt) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`${vendor.name} minted a credential without a readable expiry, so it was not handed on, and it is revoked.`);
    }
    // A credential minted a moment ago cannot have expired: the expiry was misread (epoch seconds
    // past 10^12, the year 33,658 on, read as milliseconds, which makes a key that never expires look
    // long dead) or the server is not what it claims. Either way later steps would be told it is dead
    // while it may live on; a runner clock ahead of the server's by less than the slack is tolerated.
    if (Date.parse(expiresAt) < Date.now() - _kit_mint_js__WEBPACK_IMPORTED_MODULE_2__/* .MINT_CLOCK_SLACK_MS */ .ai) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`${vendor.name} minted a credential whose expiry, read as ${expiresAt}, has passed, so it was not handed on, and it is revoked. A genuine server gives a new credential the lifetime asked: check ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .answeredInItsPlace */ .C0)(context.http.server, 'the real server').check}, and this runner's clock.`);
    }
    io.info(`Minted ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .withArticle */ .vJ)(`${vendor.name} ${minted.description}`)} for later steps; it expires at ${expiresAt} and is revoked when the job ends.`);
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
/* harmony export */   ai: () => (/* binding */ MINT_CLOCK_SLACK_MS),
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
/**
 * How much later than asked a minted credential's expiry may be, in milliseconds: the clock
 * difference tolerated between this runner and the server. A later one outlives token-lifetime.
 */
const MINT_CLOCK_SLACK_MS = 300_000;
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


/***/ })

};
;