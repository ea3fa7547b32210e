"use strict";
exports.id = 443;
exports.ids = [443];
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


/***/ })

};
;