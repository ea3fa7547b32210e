"use strict";
exports.id = 855;
exports.ids = [855];
exports.modules = {

/***/ 9855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var regionOf=(function (plan) {
    if (plan.region)
        return plan.region;
    const host = Object.entries(REGIONS).find((([, url]) => url === plan.url.toLowerCase()));
    return host ? host[0] : '';
});__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REGIONS: () => (/* binding */ REGIONS),
/* harmony export */   VALIDATE_PATH: () => (/* binding */ VALIDATE_PATH),
/* harmony export */   rapid7: (() => (/* binding */ rapid7)),
/* harmony export */   regionOf: () => (/* binding */ regionOf),
/* harmony export */   unauthorized: () => (/* binding */ unauthorized)
/* harmony export */ });
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4845);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1223);



const NAME = 'Rapid7 Insight';
const VALIDATE_PATH = '/validate';
const REGION_NAMES = ['us', 'us2', 'us3', 'eu', 'ca', 'au', 'ap', 'aps2', 'me1'];
const REGIONS = Object.fromEntries(REGION_NAMES.map(((region) => [region, `https://${region}.api.insight.rapid7.com`])));
const KEY_PAGES = 'Administration > API Key Management';
/** The 401 of /validate: the wrong region first, since a key works on its own region's host only. */
function unauthorized(context) {
    return {
        headline: 'the API key was rejected',
        causes: [
            ...(0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .regionCause */ .__)(context),
            `the key was deleted, or belonged to a user who was removed (keys are managed under ${KEY_PAGES})`,
            'the secret holds an incomplete or wrongly copied key (a stray space, quote or line break; Rapid7 shows a new key only once)'
        ],
        fix: `set region (${REGION_NAMES.join(', ')}) to the region of the Insight products the key was created for (the first part of their URL, e.g. us2 in https://us2.idr.insight.rapid7.com), or generate a new key under ${KEY_PAGES} and put it into the secret behind the api-key input (or RAPID7_API_KEY).`
    };
}
/** The documented success signal: HTTP 200 with {"message":"Authorized"}. */
const authorized = ((body) => (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .firstText */ .ou)(body, ['message']).toLowerCase() === 'authorized');
const rapid7 = {
    id: 'rapid7',
    name: NAME,
    location: { defaultUrl: REGIONS.us, regions: REGIONS, defaultRegion: 'us' },
    modes: [{ id: 'api-key', inputs: ['api-key'] }],
    urlEnv: ['RAPID7_URL'],
    credentialEnv: { 'api-key': ['RAPID7_API_KEY'] },
    roles: {
        kind: 'none',
        reason: `GET ${VALIDATE_PATH}, the one request this action makes, says only whether the key is accepted: it names neither the key's owner nor any role. To limit what the pipeline can do, use a user key of a user that holds only the product roles the pipeline needs, rather than an organization key.`
    },
    permissions: {
        kind: 'none',
        reason: `GET ${VALIDATE_PATH} reports no permissions (a user key acts with its user's permissions, an organization key with an administrator's). Remove required-permissions.`
    },
    async login(context) {
        const { plan } = context;
        const apiKey = plan.credentials['api-key'];
        const endpoint = {
            method: 'GET',
            path: VALIDATE_PATH,
            headers: { 'x-api-key': apiKey },
            meanings: { 401: (() => unauthorized(context)) }
        };
        // /validate names nobody: every identity field stays empty.
        const { identity } = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIdentity */ .Z0)(context, endpoint, _core_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyIdentity */ .gL, {
            anonymous: true,
            isSuccess: authorized
        });
        const keyOwner = (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)('Key owner', `not reported: ${NAME} says only that the key is accepted, not whose it is`);
        context.info(`${keyOwner.label}: ${keyOwner.value}`);
        return {
            identity,
            authHeader: `X-Api-Key: ${apiKey}`,
            env: { RAPID7_URL: plan.url, RAPID7_REGION: regionOf(plan), RAPID7_API_KEY: apiKey },
            notes: [keyOwner]
        };
    }
};
/**
 * The region name for RAPID7_REGION: the region input, or the region whose host the url input names
 * exactly. Any other url (a proxy, a test server) has no region, and the variable is set empty, so
 * a job-level RAPID7_REGION cannot pair a stale region with this URL.
 */
;


/***/ })

};
;