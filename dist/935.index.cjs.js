"use strict";
exports.id = 935;
exports.ids = [935];
exports.modules = {

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
var regionOfCredentials=(function (credentials) {
    const prefix = PREFIX.exec(credentials['access-key'] ?? '')?.[1];
    if (!prefix)
        return { region: undefined };
    const character = prefix[6].toLowerCase();
    const region = PREFIX_REGIONS[character];
    return region ? { region } : { region: undefined, unknown: prefix };
});var stripPrefix=(function (credential) {
    return PREFIX.exec(credential)?.[2] ?? credential;
});var validatePlan=(function (plan) {
    const idInput = plan.credentials['access-key'] ?? '';
    const keyInput = plan.credentials['secret-key'] ?? '';
    const id = stripPrefix(idInput);
    const key = stripPrefix(keyInput);
    const idLooksLikeKey = HEX.test(id) && id.length >= 128;
    const keyLooksLikeId = HEX.test(key) && key.length >= 32 && key.length < 128;
    if (idLooksLikeKey && keyLooksLikeId) {
        throw new failure/* ActionFailure */.dR([
            'The access-key and secret-key inputs look swapped: access-key holds a value as long as a Veracode API key (secret), and secret-key one as short as an API ID.',
            'Fix: put the API ID in access-key (or VERACODE_API_KEY_ID) and the API key in secret-key (or VERACODE_API_KEY_SECRET).'
        ].join('\n'));
    }
    if (!HEX.test(id) && CLIENT_ID_LIKE.test(id))
        throw oauthClientRefused();
    if (!HEX.test(id) || id.length < 32 || id.length > 128) {
        throw new failure/* ActionFailure */.dR(`The access-key input is not a Veracode API ID (32 to 128 hexadecimal characters, perhaps after a region prefix such as vera01ei-). Copy the API ID from Veracode > API Credentials into the secret behind access-key (or VERACODE_API_KEY_ID).`);
    }
    if (!HEX.test(key) || key.length < 128 || key.length > 1024 || key.length % 2 !== 0) {
        throw new failure/* ActionFailure */.dR(`The secret-key input is not a Veracode API key (at least 128 hexadecimal characters, perhaps after a region prefix such as vera01es-). Copy the API key (secret) from Veracode > API Credentials into the secret behind secret-key (or VERACODE_API_KEY_SECRET).`);
    }
    const fromId = regionOfCredentials({ 'access-key': idInput });
    const fromKey = regionOfCredentials({ 'access-key': keyInput });
    if (fromId.unknown || fromKey.unknown) {
        const prefix = fromId.unknown ?? fromKey.unknown;
        if (plan.region !== undefined) {
            throw new failure/* ActionFailure */.dR(`The Veracode credentials carry the prefix ${prefix}-, which names a region this action has no URL for (only ${Object.keys(REGIONS).join(', ')}). Set the url input to that region's API URL.`);
        }
    }
    else if (fromId.region && fromKey.region && fromId.region !== fromKey.region) {
        // Only two prefixes can contradict each other. Veracode's libraries strip each value's prefix
        // on its own and take the region from the API ID alone (veracode-api-py apihelper.py:
        // get_region_for_api_credential(api_key_id)), so a pair with one prefix signs and is sent as
        // they would send it.
        throw new failure/* ActionFailure */.dR(`The access-key and secret-key inputs carry region prefixes of different regions (${fromId.region} and ${fromKey.region}): they are not one pair. Copy both from the same Veracode > API Credentials page.`);
    }
    const credentialRegion = fromId.region;
    const warnings = [];
    // A url input names no region, but one that is a region's own API host is that region. Any other
    // url is taken as the global default's.
    const urlRegion = Object.entries(REGIONS).find((([, regionUrl]) => regionUrl === plan.url))?.[0];
    const checkedRegion = plan.region ?? urlRegion ?? 'us';
    if (!credentialRegion && fromKey.region && fromKey.region !== checkedRegion) {
        warnings.push(`The secret-key carries the prefix of region ${fromKey.region}, but the access-key (API ID) none: Veracode's clients take the region from the API ID alone, so this step uses ${plan.url}. For credentials of region ${fromKey.region}, set region: ${fromKey.region}, or give the API ID with its prefix too.`);
    }
    else if (!credentialRegion && fromKey.region && fromKey.region !== 'us') {
        // The step checks the key's region, as region or url says; the exported API ID (as given)
        // still sends Veracode's own tools in later steps to the global default.
        warnings.push(`The secret-key carries the prefix of region ${fromKey.region}, but the access-key (API ID) none: this step checks ${plan.url}, as the ${plan.region ? 'region' : 'url'} input says, but Veracode's own tools in later steps take the region from the API ID alone and would send these credentials to ${REGIONS.us}. Give the API ID with its prefix too.`);
    }
    if (credentialRegion && plan.region && plan.region !== credentialRegion) {
        throw new failure/* ActionFailure */.dR(`The Veracode credentials belong to region ${credentialRegion} (their prefix says so), but the region input is ${plan.region}. Remove the region input (the prefix selects ${REGIONS[credentialRegion]}) or use credentials from region ${plan.region}.`);
    }
    return warnings;
});var meanings=(function (context) {
    return { 401: (() => unauthorized(context)) };
});var credentialExpiry=(async function (context, signedHeaders, heard) {
    const endpoint = {
        method: 'GET',
        path: CREDENTIALS_PATH,
        signedHeaders,
        meanings: meanings(context)
    };
    const response = await context.http.request(endpoint);
    heard(response);
    const body = (0,json/* parseJson */.qF)(response.body);
    if (response.status >= 200 && response.status < 300 && (0,parse/* isObject */.Gv)(body)) {
        const at = (0,expiry/* normaliseExpiry */.IY)(body.expiration_ts);
        return {
            at,
            notes: at ? [] : [(0,kit_endpoint/* note */.N4)('Credential expiry', 'not reported (no expiration_ts in the answer)')]
        };
    }
    if (response.status === 403 || response.status === 404) {
        // The identity is already verified; an account that may not read its own credentials' record
        // only loses the expiry warning.
        return {
            at: undefined,
            notes: [(0,kit_endpoint/* note */.N4)('Credential expiry', `not reported (HTTP ${response.status})`)]
        };
    }
    throw (0,kit_endpoint/* explainAnswer */.iJ)(context, endpoint, response, body);
});var conversationId=(function (response) {
    const value = response.headers['x-conversation-id'];
    const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
    return CONVERSATION_ID.test(text) ? text : '';
});var signatureHeader=(function (input, crypto, timestampMs, nonce = crypto.randomBytes(16).toString('hex')) {
    const ts = String(timestampMs);
    const data = `id=${input.id.toLowerCase()}&host=${input.host.toLowerCase()}&url=${input.url}&method=${input.method.toUpperCase()}`;
    const hmac = ((key, message) => crypto.createHmac('sha256', key).update(message).digest());
    const keyNonce = hmac(Buffer.from(input.key, 'hex'), Buffer.from(nonce, 'hex'));
    const keyDate = hmac(keyNonce, ts);
    const signingKey = hmac(keyDate, REQUEST_VERSION);
    const sig = crypto.createHmac('sha256', signingKey).update(data).digest('hex');
    return `${SCHEME} id=${input.id},ts=${ts},nonce=${nonce},sig=${sig}`;
});var parseUser=(function (user) {
    const first = (0,parse/* firstText */.ou)(user, ['first_name']);
    const last = (0,parse/* firstText */.ou)(user, ['last_name']);
    const roleValue = (0,parse/* firstPresent */.IT)(user, ['roles']);
    const organization = (0,parse/* firstPresent */.IT)(user, ['organization']);
    const identity = {
        userId: (0,parse/* firstText */.ou)(user, ['user_id', 'user_legacy_id']),
        username: (0,parse/* firstText */.ou)(user, ['user_name']),
        displayName: [first, last].filter(Boolean).join(' '),
        email: (0,parse/* firstText */.ou)(user, ['email_address']),
        roles: roleValue === undefined ? undefined : (0,parse/* names */.Dy)(roleValue, ['role_name']),
        permissions: undefined,
        organization: (0,parse/* isObject */.Gv)(organization)
            ? (0,parse/* firstText */.ou)(organization, ['org_name', 'name'])
            : (0,parse/* names */.Dy)(organization).join(', ')
    };
    // "Upload and Scan API" in the console is role_name "uploadapi": either spelling names the role.
    // An entry the answer says is not held ("granted": false) is skipped here as names() skips it, or
    // its console name would meet the required role that its role_name does not.
    if (roleValue !== undefined) {
        identity.roleAliases = (Array.isArray(roleValue) ? roleValue : [roleValue])
            .filter(((entry) => !(0,parse/* deniedEntry */.s8)(entry)))
            .flatMap(((entry) => {
            const of = (0,parse/* isObject */.Gv)(entry) ? (0,parse/* firstText */.ou)(entry, ['role_name']) : '';
            const alias = (0,parse/* isObject */.Gv)(entry) ? (0,parse/* firstText */.ou)(entry, ['role_description']) : '';
            // A console name with no role_name beside it still meets required-roles, but vouches for no role.
            return alias ? [{ alias, of: identity.roles?.includes(of) ? of : '' }] : [];
        }))
            .slice(0, parse/* MAX_NAMES */.oA);
    }
    return identity;
});__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  conversationId: () => (/* binding */ conversationId),
  parseUser: () => (/* binding */ parseUser),
  signatureHeader: () => (/* binding */ signatureHeader),
  veracode: (() => (/* binding */ veracode))
});

// EXTERNAL MODULE: ./src/core/failure.ts
var failure = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/expiry.ts
var expiry = __webpack_require__(2012);
// EXTERNAL MODULE: ./src/net/json.ts
var json = __webpack_require__(4457);
// EXTERNAL MODULE: ./src/kit/endpoint.ts
var kit_endpoint = __webpack_require__(1719);
// EXTERNAL MODULE: ./src/kit/parse.ts
var parse = __webpack_require__(1223);
;// CONCATENATED MODULE: ./src/vendors/veracode/credentials.ts
/**
 * Veracode credentials before any request: the shapes Veracode's own libraries check, the region a
 * credential's prefix names (`vera01ei-`: the 7th character, e for EU, f for FedRAMP, g for the US),
 * and the hosts of those regions, as Veracode's own client maps them (veracode/veracode-api-py,
 * constants.py REGIONS: global api.veracode.com, eu api.veracode.eu, fedramp api.veracode.us).
 */

const REGIONS = {
    us: 'https://api.veracode.com',
    eu: 'https://api.veracode.eu',
    fedramp: 'https://api.veracode.us'
};
/** A credential's region prefix: eight characters and a dash; the 7th names the region. */
const PREFIX = /^([A-Za-z0-9]{8})-(.*)$/;
const PREFIX_REGIONS = { e: 'eu', f: 'fedramp', g: 'us' };
/**
 * The region a credential's prefix names; `unknown` holds a prefix character no region has. Handed
 * the pair, it reads the API ID alone, as Veracode's client picks the region.
 */
;
/** The credential without its region prefix, as Veracode's libraries sign with it. */
;
const HEX = /^[0-9a-fA-F]+$/;
/**
 * An identifier that is not hexadecimal: not an HMAC API ID, and most likely the Client ID of OAuth
 * Client credentials (whose format Veracode does not document). A stray space or quote is not this.
 */
const CLIENT_ID_LIKE = /^[A-Za-z0-9._~-]{16,256}$/;
function oauthClientRefused() {
    return new failure/* ActionFailure */.dR([
        'The access-key input is not a Veracode HMAC API ID (32 to 128 hexadecimal characters): it looks like the Client ID of Veracode OAuth Client credentials.',
        'This action signs each request with HMAC credentials; it does not trade OAuth Client credentials for a token, because Veracode does not publicly document the token endpoint they are exchanged at.',
        'Fix: create HMAC credentials (Veracode > API Credentials > Create API Credentials > HMAC Credentials), and store the API ID in access-key (or VERACODE_API_KEY_ID) and the Secret Key in secret-key (or VERACODE_API_KEY_SECRET).'
    ].join('\n'));
}
/** Shapes Veracode's own libraries check, and the region the prefix names; throws naming the input. */
;

;// CONCATENATED MODULE: ./src/vendors/veracode/index.ts
/**
 * Veracode: API ID and key, never sent. Every request carries a fresh HMAC signature
 * (`VERACODE-HMAC-SHA-256 id=…,ts=…,nonce=…,sig=…`), computed as Veracode's own signing libraries
 * compute it:
 *
 *   data = "id={API ID, lower case}&host={host name, lower case}&url={path and query}&method={METHOD}"
 *   kNonce = HMAC-SHA256(key = API key hex-decoded, nonce hex-decoded)
 *   kDate  = HMAC-SHA256(kNonce, timestamp in ms as text)
 *   kSig   = HMAC-SHA256(kDate, "vcode_request_version_1")
 *   sig    = hex(HMAC-SHA256(kSig, data))
 *
 * A credential may carry a region prefix (`vera01ei-` / `vera01es-`: the 7th character names the
 * region, e for EU, f for FedRAMP); the prefix is stripped before signing, as Veracode's libraries
 * do, and selects its region's host by itself (api.veracode.eu, api.veracode.us, the hosts Veracode's
 * own client maps its regions to). Two requests: GET /api/authn/v2/users/self (who), then
 * GET /api/authn/v2/api_credentials (when the credentials expire). Every failure after an answer
 * quotes the answer's `x-conversation-id`, which Veracode's client logs for support.
 * Sources: shared vendor notes §2.2 "5. Veracode", docs.veracode.com/r/c_hmac_signing_example,
 * docs.veracode.com/r/c_identity_intro, veracode/veracode-api-py (constants.py REGIONS,
 * apihelper.py x-conversation-id). Unconfirmed: the 401 body, and how far the runner's clock may
 * drift from Veracode's.
 *
 * OAuth Client credentials (a client ID and secret traded for a short-lived token) exist
 * (docs.veracode.com/r/OAuth_Client_credentials), but no public page names the token endpoint or
 * the request, so they are refused by name rather than guessed at.
 */






const NAME = 'Veracode';
const SCHEME = 'VERACODE-HMAC-SHA-256';
const REQUEST_VERSION = 'vcode_request_version_1';
const SELF_PATH = '/api/authn/v2/users/self';
const CREDENTIALS_PATH = '/api/authn/v2/api_credentials';
/** Veracode's request reference, as its answers carry it: quoted only when it looks like one. */
const CONVERSATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const veracode = {
    id: 'veracode',
    name: NAME,
    location: {
        defaultUrl: REGIONS.us,
        regions: REGIONS,
        defaultRegion: 'us',
        regionFromCredentials: (credentials) => regionOfCredentials(credentials).region
    },
    modes: [{ id: 'api-credentials', inputs: ['access-key', 'secret-key'] }],
    credentialEnv: {
        'access-key': ['VERACODE_API_KEY_ID'],
        'secret-key': ['VERACODE_API_KEY_SECRET']
    },
    roles: {
        kind: 'names',
        // "Administrator" is the role's description; extadmin its role_name. An API service account's
        // "Admin API" (adminapi) may use every Identity endpoint, as an Administrator may: create users
        // and grant them any role (docs.veracode.com/r/c_identity_intro, c_identity_create_api).
        administrative: {
            names: ['Administrator', 'extadmin', 'Admin API', 'adminapi'],
            narrower: 'Submitter (Upload and Scan API for an API service account)'
        }
    },
    permissions: {
        kind: 'none',
        reason: 'Veracode reports roles (Creator, Submitter, Reviewer, Upload and Scan API, ...), not individual permissions. Use required-roles instead.'
    },
    validate: validatePlan,
    async login(context) {
        const { plan } = context;
        const id = stripPrefix(plan.credentials['access-key']);
        const key = stripPrefix(plan.credentials['secret-key']);
        // The bare values are substrings of the masked inputs, which the runner would not hide alone.
        context.mask(id);
        context.mask(key);
        // Loaded only here: node:crypto is not needed by any other vendor at start-up.
        const { createHmac, randomBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
        // Signed per attempt, from the URL actually sent: a retry gets a fresh timestamp and nonce.
        const signedHeaders = ((target) => {
            const header = signatureHeader({ id, key, host: target.hostname, url: target.pathname + target.search, method: 'GET' }, { createHmac, randomBytes }, Date.now());
            context.mask(header);
            return { authorization: header };
        });
        // The latest answer's conversation id, for a failure message; none before an answer.
        let conversation = '';
        const heard = ((response) => {
            conversation = conversationId(response);
        });
        try {
            const { identity } = await (0,kit_endpoint/* checkIdentity */.Z0)(context, {
                method: 'GET',
                path: SELF_PATH,
                signedHeaders,
                meanings: meanings(context),
                onAnswer: heard
            }, ((user) => parseUser(user)));
            conversation = '';
            const expiry = await credentialExpiry(context, signedHeaders, heard);
            const notes = [...expiry.notes];
            if (plan.region)
                notes.unshift((0,kit_endpoint/* note */.N4)('Region', `${plan.region} (${plan.url})`));
            for (const n of notes)
                context.info(`${n.label}: ${n.value}`);
            return {
                identity,
                // Each request needs its own signature, so there is no header a later step could reuse.
                authHeader: '',
                ...(expiry.at ? { credentialExpiresAt: expiry.at } : {}),
                env: {
                    VERACODE_API_KEY_ID: plan.credentials['access-key'],
                    VERACODE_API_KEY_SECRET: plan.credentials['secret-key']
                },
                notes
            };
        }
        catch (error) {
            throw withConversation(error, conversation);
        }
    }
};
/** Both requests mean the same by a 401: the signature, its clock, or the credentials. */
;
/** GET api_credentials: the credentials' own expiry; a 403 or 404 only loses it, with a note. */
;
/** The answer's `x-conversation-id`, when it has the shape of one; '' otherwise. */
;
/** The failure with the conversation id of the answer that caused it, for Veracode support. */
function withConversation(error, conversation) {
    if (!(error instanceof failure/* ActionFailure */.dR) || !conversation)
        return error;
    return new failure/* ActionFailure */.dR(`${error.message}\nConversation ID: ${conversation} (the answer's x-conversation-id; quote it to Veracode support)`);
}
/** The Authorization header for one request, with a fresh nonce (16 random bytes) and timestamp. */
;
// ---------------------------------------------------------------------------------------------
// Answers
/** The documented user model: user_name, email_address, first/last name, roles[].role_name. */
;
/** What a 401 means here: the signature, its clock, or the credentials themselves. */
function unauthorized(context) {
    return {
        headline: 'the signed request was rejected',
        causes: [
            ...(0,kit_endpoint/* regionCause */.__)(context),
            'the credentials were revoked or have expired: each user has one active API ID and key, and generating a new pair revokes the old one',
            'the API ID and key were swapped, or are not one pair (access-key holds the API ID, secret-key the API key)',
            "this runner's clock is off: the signature carries its time, and Veracode refuses one too far from its own (how far is not documented; keep the clock within a minute, with NTP)"
        ],
        fix: 'generate new API credentials in Veracode > API Credentials (or check their expiry there), store the API ID in access-key (or VERACODE_API_KEY_ID) and the key in secret-key (or VERACODE_API_KEY_SECRET), and check the runner clock.'
    };
}


/***/ })

};
;