"use strict";
exports.id = 236;
exports.ids = [236];
exports.modules = {

/***/ 7236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var checkCredentialShape=(function (plan) {
    const userId = plan.credentials['user-id'] ?? '';
    if (userId.includes(':')) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The user-id input contains a colon, which HTTP Basic authentication cannot carry in a user id. Copy the User ID from ${API_SETTINGS} in ${NAME}.`);
    }
    if (/\/api(\/1\.0)?$/i.test(new URL(plan.url).pathname.replace(/\/+$/, ''))) {
        throw new _core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The url input ends in the API path (${plan.url}); this action adds ${IDENTITY_PATH} itself. Set url to the site root, e.g. ${DEFAULT_URL}.`);
    }
    return looksLikeEmail(userId)
        ? [
            `The user-id input looks like an e-mail address. ${NAME} expects the User ID shown under ${API_SETTINGS}, not the login e-mail.`
        ]
        : [];
});var parseIdentity=(function (body) {
    const email = (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(body, ['Email', 'email']);
    return {
        userId: '',
        username: email,
        displayName: (0,_kit_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .firstText */ .ou)(body, ['DisplayName', 'displayName']),
        email,
        roles: undefined,
        permissions: undefined,
        organization: ''
    };
});__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IDENTITY_PATH: () => (/* binding */ IDENTITY_PATH),
/* harmony export */   checkCredentialShape: () => (/* binding */ checkCredentialShape),
/* harmony export */   invictiEnterprise: (() => (/* binding */ invictiEnterprise)),
/* harmony export */   parseIdentity: () => (/* binding */ parseIdentity)
/* harmony export */ });
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1719);
/* harmony import */ var _kit_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1223);
/**
 * Invicti Enterprise (formerly Netsparker Enterprise; Acunetix 360 serves the same API): HTTP Basic
 * `user-id:api-token`, verified with one GET /api/1.0/account/me. That answer
 * (`UserHealthCheckApiModel`, PascalCase) names the user (DisplayName, Email) but no id, role,
 * permission or organization, so requirements cannot be checked. The shape of a failed Basic login
 * was never recorded, so a 401 is explained by its status alone. Sources: shared vendor notes §4.2
 * and decisions 18-19, vendors-next F14-F16 and §1.5, docs.invicti.com/ie-is/api-settings-overview.
 */



const NAME = 'Invicti Enterprise';
const DEFAULT_URL = 'https://www.netsparkercloud.com';
const IDENTITY_PATH = '/api/1.0/account/me';
const API_SETTINGS = '[Your Name] > API Settings';
/** An e-mail address where the user id belongs: the commonest mix-up with this API's Basic login. */
const looksLikeEmail = ((value) => /^[^\s@]+@[^\s@]+$/.test(value.trim()));
function unauthorized({ plan }) {
    const userId = plan.credentials['user-id'] ?? '';
    const emailCause = `the user-id input holds an e-mail address; the API wants the User ID shown under ${API_SETTINGS}, a GUID-like id, not the login e-mail`;
    return {
        headline: 'the user id and API token were rejected',
        causes: [
            ...(looksLikeEmail(userId) ? [emailCause] : []),
            `the API token was reset (resetting it under ${API_SETTINGS} invalidates the previous one) or was copied incompletely (a stray space, quote or line break)`,
            'the user id and the API token belong to different users',
            ...(looksLikeEmail(userId)
                ? []
                : ['the user-id input holds something other than the User ID, such as the login e-mail']),
            "API access is disabled for this member (an account administrator can turn it on in the member's settings); Invicti Enterprise then answers with the same 401",
            `the credentials belong to another Invicti Enterprise instance than ${plan.urlFromInput ? `the url input (${plan.url})` : (0,_core_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .chosenServer */ ._Q)(plan)}: a regional one (https://ie.invicti.com, https://eu.netsparker.cloud, https://ca.netsparker.cloud), an on-premises installation, or Acunetix 360 (https://online.acunetix360.com, https://ondemand.acunetix360.com)`
        ],
        fix: `copy the User ID and the API token from ${API_SETTINGS} into the secrets behind the user-id and api-token inputs (or INVICTI_USER_ID / INVICTI_API_TOKEN), ask an account administrator to enable API access for the member, and set url to the instance that issued them.`
    };
}
const invictiEnterprise = {
    id: 'invicti-enterprise',
    name: NAME,
    location: { defaultUrl: DEFAULT_URL },
    modes: [{ id: 'api-token', inputs: ['user-id', 'api-token'] }],
    // INVICTI_TOKEN is what several public scripts read (vendors-next F16); no vendor convention exists.
    // No urlEnv: Invicti Platform and Invicti Enterprise both export INVICTI_URL, so it pairs with
    // neither product's credential.
    credentialEnv: {
        'user-id': ['INVICTI_USER_ID'],
        'api-token': ['INVICTI_API_TOKEN', 'INVICTI_TOKEN']
    },
    roles: {
        kind: 'none',
        reason: `GET ${IDENTITY_PATH}, the one request this action makes, reports the user's name and e-mail but no role. To limit what the pipeline can do, give its member a role restricted to the website groups it scans, and check the user with the email or display-name output.`
    },
    permissions: {
        kind: 'none',
        reason: `GET ${IDENTITY_PATH} reports no permissions. Remove required-permissions; a member's permissions follow from its role and website groups, which an account administrator sets.`
    },
    validate(plan) {
        return checkCredentialShape(plan);
    },
    async login(context) {
        const { plan } = context;
        const userId = plan.credentials['user-id'];
        const apiToken = plan.credentials['api-token'];
        const encoded = Buffer.from(`${userId}:${apiToken}`, 'utf8').toString('base64');
        const headerValue = `Basic ${encoded}`;
        context.mask(encoded);
        context.mask(headerValue);
        const endpoint = {
            method: 'GET',
            path: IDENTITY_PATH,
            headers: { authorization: headerValue },
            meanings: { 401: unauthorized }
        };
        const checked = await (0,_kit_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentity */ .Z0)(context, endpoint, parseIdentity);
        // account/me names no id; the id is the one the server just accepted in the Basic login.
        const identity = { ...checked.identity, userId };
        return {
            identity,
            authHeader: `Authorization: ${headerValue}`,
            env: { INVICTI_URL: plan.url, INVICTI_USER_ID: userId, INVICTI_API_TOKEN: apiToken }
        };
    }
};
/**
 * What can be told from the credentials before sending them: a colon in the user id cannot travel
 * in HTTP Basic (it would split the user id), and a url ending in the documented API base path
 * would double it. An e-mail as user id is only a warning: the 401 explains it if it fails.
 */
;
/** The user from account/me: PascalCase on the wire, camelCase from some proxies and SDKs. */
;


/***/ })

};
;