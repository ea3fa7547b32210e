export const id = 443;
export const ids = [443];
export const modules = {

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mintForLaterSteps: () => (/* binding */ mintForLaterSteps)
/* harmony export */ });
/** The login's result with the minted credential in place of the given one. */
async function mintForLaterSteps(vendor, context, login, io) {
    const minted = await vendor.mint(context, login);
    await io.saveSession(context.plan, minted.revoke, minted.expiresAt);
    io.info(`Minted a ${vendor.name} ${minted.description} for later steps; it expires at ${minted.expiresAt}` +
        (context.plan.logout
            ? ' and is revoked when the job ends.'
            : ' (logout is false: it is not revoked before then).'));
    return {
        ...login,
        authHeader: minted.authHeader,
        token: minted.token,
        expiresAt: minted.expiresAt,
        env: minted.env,
        notes: [
            ...(login.notes ?? []),
            { label: 'Minted', value: `${minted.description}, expires at ${minted.expiresAt}` }
        ]
    };
}


/***/ })

};
