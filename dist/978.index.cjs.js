"use strict";
exports.id = 978;
exports.ids = [978,891];
exports.modules = {

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   endWithPlan: () => (/* binding */ endWithPlan),
/* harmony export */   k: () => (/* binding */ endSession)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8065);
/**
 * Ending a session a login opened (or revoking a credential it minted). The action's post step
 * rebuilds the connection from its own inputs; the doctor, and a main step whose post step will
 * not end what it kept (logout: false on a failed step), end it at once with the plan's own
 * (endWithPlan). Each says in its own words what happened.
 */

/**
 * The vendor's logout over a client of its own, closed whatever happens. Returns false when the
 * vendor has no sessions to end (nothing is sent); throws what the logout threw. The requests it
 * sent are added to `records` either way.
 */
async function endSession(vendor, connection, saved, io, records = []) {
    if (!vendor.logout)
        return false;
    const http = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createHttpClient */ .uT)({ ...connection, vendorName: vendor.name }, io);
    try {
        await vendor.logout((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .vendorContext */ .mR)(http, io, saved.credentials), saved.session);
        return true;
    }
    finally {
        http.close();
        records.push(...http.records);
    }
}
/** What a check saved for the post step, ended now over the plan's connection and credentials. */
function endWithPlan(plan, saved, io, records) {
    const session = { ...saved.ids, ...saved.secrets };
    return endSession(plan.vendor, plan, { session, credentials: plan.credentials }, io, records);
}


/***/ }),

/***/ 1353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var caFilePaths=(function (env = process.env) {
    const temp = env.RUNNER_TEMP;
    if (!temp)
        return undefined;
    // GITHUB_ACTION is the step's id (or "__run_2", "__owner_repo"): safe characters only in a name.
    const step = (env.GITHUB_ACTION || 'step').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 100);
    return {
        bundle: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, `scanner-login-${step}-ca-bundle.pem`),
        nodeExtra: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, `scanner-login-${step}-node-extra-ca.pem`)
    };
});var writeCaFiles=(function (certificates, env = process.env) {
    const paths = caFilePaths(env);
    if (!paths)
        return undefined;
    const notKept = [];
    const earlier = ((variable) => {
        const read = earlierFile(env[variable], paths);
        if (read.problem)
            notKept.push({ variable, path: env[variable], problem: read.problem });
        return read.text;
    });
    const earlierBundles = [earlier('REQUESTS_CA_BUNDLE'), earlier('CURL_CA_BUNDLE')];
    writeNewFile(paths.bundle, (0,_net_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .caBundle */ .R0)(certificates, earlierBundles.filter(((text) => text !== undefined))));
    writeNewFile(paths.nodeExtra, (0,_net_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeExtraCaFile */ .z)(certificates, earlier('NODE_EXTRA_CA_CERTS')));
    return { ...paths, notKept };
});var writeNewFile=(function (path, text) {
    for (let attempt = 0;; attempt++) {
        const fresh = `${path}.${process.pid}-${attempt}.tmp`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fresh, text, { flag: 'wx', mode: 0o644 });
        }
        catch (error) {
            if (error.code === 'EEXIST' && attempt < 20)
                continue;
            throw error;
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(fresh, path);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(fresh, { force: true });
            throw error;
        }
        return;
    }
});var variablesBefore=(function (env = process.env) {
    return Object.fromEntries(CA_VARIABLES.map(((name) => [name, env[name] ?? ''])));
});var earlierFile=(function (previous, paths) {
    // A re-run of this step finds its own files there; reading them again would only repeat the CA.
    if (!previous || previous === paths.nodeExtra || previous === paths.bundle)
        return {};
    try {
        return { text: (0,_plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_3__/* .readPemFileText */ .m)(previous) };
    }
    catch (error) {
        const code = String(error.code ?? '');
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return {};
        if (code === 'EISDIR' || code === 'not a regular file')
            return { problem: 'not a regular file (a directory of certificates?)' };
        return { problem: `not readable (${code || error.message})` };
    }
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: (() => (/* binding */ writeCaFiles)),
/* harmony export */   d: () => (/* binding */ caFilePaths),
/* harmony export */   pS: (() => (/* binding */ variablesBefore)),
/* harmony export */   qU: () => (/* binding */ removeCaFiles),
/* harmony export */   x5: () => (/* binding */ variablesToRestore)
/* harmony export */ });
/* unused harmony export CA_VARIABLES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _net_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9233);
/* harmony import */ var _plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6374);
/**
 * The private CA reaches later steps: when ca-cert is given, a PEM bundle of Node's public roots plus
 * that CA (for Python's requests and curl, whose CA bundle replaces the default trust store), and a
 * second file for NODE_EXTRA_CA_CERTS. Each keeps the certificates of the files the job already
 * pointed those variables at (a corporate CA), which the clients would otherwise lose. Both live in
 * RUNNER_TEMP, never the workspace, at paths derived from RUNNER_TEMP and the step (GITHUB_ACTION),
 * so the post step finds and removes them without trusting state.
 */




/** Where this step's CA files live; undefined outside a runner (no RUNNER_TEMP). */
;
/**
 * Writes both files; undefined (nothing written) outside a runner. `notKept`: each earlier variable
 * whose file is there but could not be read into them (a directory of certificates, which Python's
 * requests accepts, an unreadable or oversized file), with why.
 */
;
/**
 * Writes `text` at `path` without following anything already there: the names are predictable, so
 * an earlier step of the job may have planted a link at one (to a workspace file). The text goes to
 * a new file (exclusive create, which refuses an existing name, link or not), then a rename puts it
 * in place, which replaces a link instead of writing through it.
 *
 * A rename can be refused: on Windows whenever another process holds the file at `path` open
 * without delete sharing, or it is read-only, and anywhere when a directory sits at the name. The
 * new file is then removed before the error goes on: the post step removes only the two names of
 * caFilePaths, and a file left under another name would stay behind in RUNNER_TEMP.
 */
;
/** The variables export-env points at the files, for Python's requests, curl and Node. */
const CA_VARIABLES = ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'NODE_EXTRA_CA_CERTS'];
/** What each variable held before this step pointed it at its files ('' for unset). */
;
/**
 * What the post step sets each variable back to before it removes the files. Post steps run in
 * reverse order, so those of the actions before this one run after it, with the job's environment:
 * a variable left pointing at a removed file would hand them a missing CA file (Node warns and
 * drops it) in place of the CA the job had. Each variable that still points at one of this step's
 * files goes back to what it held before the main step (saved in state as variablesBefore), or to
 * empty, which Node, requests and curl read as unset. A variable a later step pointed elsewhere is
 * left alone, and a saved value is taken only as one line that is not one of the files.
 */
function variablesToRestore(saved, env = process.env) {
    const paths = caFilePaths(env);
    if (!paths)
        return {};
    const ours = (value) => value === paths.bundle || value === paths.nodeExtra;
    let before = {};
    try {
        const parsed = JSON.parse(saved);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
            before = parsed;
        }
    }
    catch {
        // No readable state: each variable goes back to empty.
    }
    const restore = {};
    for (const name of CA_VARIABLES) {
        if (!ours(env[name]))
            continue;
        const value = Object.hasOwn(before, name) ? before[name] : undefined;
        restore[name] = typeof value === 'string' && !/[\r\n]/.test(value) && !ours(value) ? value : '';
    }
    return restore;
}
/** Removes both files; a file already gone is not an error. */
function removeCaFiles(env = process.env) {
    const paths = caFilePaths(env);
    if (!paths)
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(paths.bundle, { force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(paths.nodeExtra, { force: true });
}
/**
 * The text of a CA file a variable named before this step, or why it could not be read. A file
 * that is not there is no problem: it held no certificates to keep.
 */
;


/***/ }),

/***/ 8978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanup: () => (/* binding */ cleanup)
/* harmony export */ });
/* unused harmony export run */
/* harmony import */ var _ca_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1353);
/* harmony import */ var _core_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6891);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5423);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3333);
/* harmony import */ var _plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6374);
/* harmony import */ var _plan_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(792);
/* harmony import */ var _plan_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9214);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9528);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6640);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6003);
/* harmony import */ var _vendors_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2167);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1520);
/* harmony import */ var _kit_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9905);
/**
 * The post step (post-if: always()): ends the session the main step opened. Nothing here can fail
 * the job; a problem becomes a warning.
 *
 * State can be written by more than our main step (a hostile server once could, through a log
 * line; an earlier step can set STATE_* in the job environment), so the post step trusts it only for
 * the session itself. Where to send it and how (URL, timeout, retries, ca-cert, tls-verify) comes
 * from the post step's own inputs, which the runner gives it exactly as it gave the main step; a
 * state that names another vendor or URL is ignored with a warning and nothing is sent.
 */













async function cleanup() {
    let saved;
    let keptCa;
    try {
        // Session values are masked inside readLogoutState, before anything else reads them.
        saved = (0,_state_js__WEBPACK_IMPORTED_MODULE_8__/* .readLogoutState */ .Sm)(_log_js__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK);
        // Read before the files go: the CA the main step trusted, should its ca-cert file be gone.
        if (saved)
            keptCa = caCertificatesKept();
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`scanner-login could not end the session: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    await removeCaFilesQuietly();
    if (!saved)
        return;
    try {
        await endSavedSession(saved, keptCa);
    }
    catch (error) {
        // An input that no longer works (a ca-cert file a later step deleted): say what was left, too.
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`scanner-login could not ${ending(saved)}: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}${expiresBySelf(saved)}`);
    }
}
/**
 * The certificates of the NODE_EXTRA_CA_CERTS file the main step wrote from ca-cert (./ca-bundle.ts),
 * when ca-cert is a path: a later step may have removed that file (a workspace cleaned, a temporary
 * file deleted), and the session must still be ended over the TLS the main step used. A later step
 * could as well have rewritten the ca-cert file itself, so this trusts no more than the input does.
 */
function caCertificatesKept() {
    const paths = (0,_ca_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .caFilePaths */ .d)();
    if (!paths || !(0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)('ca-cert'))
        return undefined;
    try {
        return (0,_plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_4__/* .readPemFileText */ .m)(paths.nodeExtra);
    }
    catch {
        return undefined;
    }
}
/** What the post step ends, in its messages: a session, or a credential minted for this job. */
const ending = (saved) => isMinted(saved) ? 'revoke the credential minted for this job' : 'end the session';
/** A credential mint-token created, with or without an expiry, rather than a login's session. */
const isMinted = (saved) => saved.minted === true || saved.expiresAt !== undefined;
/**
 * The ca-cert files of the main step live in RUNNER_TEMP until here; the variables that point at
 * them are set back first (./ca-bundle.ts variablesToRestore). A failure is a warning.
 */
async function removeCaFilesQuietly() {
    if (!(0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)('ca-cert'))
        return;
    try {
        const restore = Object.entries((0,_ca_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .variablesToRestore */ .x5)((0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getState */ .Gu)(_state_js__WEBPACK_IMPORTED_MODULE_8__/* .CA_VARIABLES_STATE_KEY */ .nR)));
        if (restore.length) {
            const files = await (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_7__/* .runnerFiles */ .O)();
            for (const [name, value] of restore)
                files.exportVariable(name, value);
        }
        (0,_ca_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .removeCaFiles */ .qU)();
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`scanner-login could not remove its CA files: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
}
/** The entry point @github/local-action looks for (`local-action run . src/post.ts .env`). */
const run = (/* unused pure expression or super */ null && (cleanup));
async function endSavedSession(saved, keptCa) {
    const vendorId = (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_9__/* .canonicalVendorId */ .Q)((0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)('vendor'));
    if (vendorId === undefined || vendorId !== saved.vendor) {
        ignoreState(saved, `vendor ${vendorId ?? `"${(0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_11__/* .serverText */ .Tn)((0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)('vendor'))}"`}`);
        return;
    }
    const vendor = await (0,_vendors_index_js__WEBPACK_IMPORTED_MODULE_9__/* .loadVendor */ .XQ)(vendorId);
    const { url, urlFromInput } = (0,_plan_location_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveLocation */ .K)((0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)('url'), (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)('region'), vendor);
    if (url !== saved.url) {
        ignoreState(saved, `url ${url}`);
        return;
    }
    if (!vendor.logout)
        return;
    let settings;
    try {
        settings = (0,_plan_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSettings */ .P$)(_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4);
    }
    catch {
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`scanner-login did not ${ending(saved)}: its inputs no longer validate, so nothing was sent.${expiresBySelf(saved)}`);
        return;
    }
    // logout: false keeps sessions; a minted credential dies with the job whatever it says.
    if (!settings.logout && !saved.minted)
        return;
    const ca = caCertForPostStep(keptCa);
    const connection = {
        url,
        ...(urlFromInput ? { urlFromInput } : {}),
        timeoutMs: settings.timeout * 1000,
        retries: settings.retries,
        tlsVerify: settings['tls-verify'],
        caPem: ca?.certificates.join('')
    };
    const credentials = givenCredentials(vendor);
    try {
        if (await (0,_core_session_js__WEBPACK_IMPORTED_MODULE_1__/* .endSession */ .k)(vendor, connection, { session: { ...saved.ids, ...saved.session }, credentials }, { mask: _log_js__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK, redact: _log_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$, ..._log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm }))
            _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(isMinted(saved)
                ? `Revoked the ${vendor.name} credential minted for this job at ${url}.`
                : `Logged out of ${vendor.name} at ${url}.`);
    }
    catch (error) {
        // A minted credential whose token-lifetime ran out during the job is dead: its revoke (with
        // itself, where a vendor revokes that way) is refused, and nothing is left to revoke by hand.
        if (isMinted(saved) && (await expiredBySelf(saved))) {
            _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.debug(`The revoke of the expired credential failed: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
            _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(`The ${vendor.name} credential minted for this job needs no revoke: it expired by itself at ${saved.expiresAt}.`);
            return;
        }
        // The server says there was nothing left to end: worth a line, not a warning.
        if (error instanceof _core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .NothingLeftToEnd */ .tp) {
            _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(error.message);
            return;
        }
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`scanner-login could not ${ending(saved)}: ${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}${expiresBySelf(saved)}`);
    }
}
/**
 * Whether the saved expiry has passed by more than the clock difference tolerated between this
 * runner and the server: within it, the server may still honour the credential.
 */
async function expiredBySelf(saved) {
    // An expiry only asked for, which no answer confirmed, may be later than asked, or none at all.
    if (!saved.expiresAt || saved.expiryAsked)
        return false;
    // Loaded only after a failed revoke: a post step that revoked reads none of the minting code.
    const { expiredBeyondClockSlack } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.bind(__webpack_require__, 5443));
    return expiredBeyondClockSlack(saved.expiresAt);
}
/** The ca-cert input, or the main step's copy of its certificates when its file cannot be read. */
function caCertForPostStep(keptCa) {
    try {
        return (0,_plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_4__/* .readCaCert */ .Z)((0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)('ca-cert'), _plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_4__/* .readPemFileText */ .m);
    }
    catch (error) {
        // Only PEM text: a copy that is not (an earlier step planted the name) is never read as a path.
        if (keptCa === undefined || !keptCa.includes('-----BEGIN'))
            throw error;
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(`${(0,_core_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)} The post step trusts the certificates the main step copied from it to RUNNER_TEMP instead.`);
        return (0,_plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_4__/* .readCaCert */ .Z)(keptCa, _plan_ca_cert_js__WEBPACK_IMPORTED_MODULE_4__/* .readPemFileText */ .m);
    }
}
/**
 * For what could not be ended: how long a minted credential stays valid, or that a session stays
 * open until the server's idle timeout ends it (no later step can end it).
 */
function expiresBySelf(saved) {
    if (saved.expiresAt && saved.expiryAsked)
        return ` It was asked to expire at ${saved.expiresAt}, but the answer that would confirm it was lost (a server may set a later expiry, or none): check for it and revoke it by hand.`;
    if (saved.expiresAt)
        return ` It stays valid until it expires by itself at ${saved.expiresAt}.`;
    // Saved without an expiry: the server set none (or none could be read), so nothing ends it.
    return isMinted(saved)
        ? ' It does not expire by itself (no expiry is known for it): revoke it by hand.'
        : ' The session may stay open until the server ends it by itself (its idle session timeout).';
}
/**
 * The credential inputs (the same `with:` as the main step), masked as read: a revoke that
 * authenticates with the given credential takes it from here, never from state. Not the environment
 * fallback: by now the main step has exported the minted credential under the vendor's variable,
 * and any later step may have set it. (A vendor whose revoke needs the given credential refuses
 * mint-token at validation when it came from the environment.)
 */
function givenCredentials(vendor) {
    const credentials = {};
    for (const input of new Set(vendor.modes.flatMap((mode) => mode.inputs))) {
        const value = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_10__/* .getInput */ .V4)(input);
        if (!value)
            continue;
        if (_kit_types_js__WEBPACK_IMPORTED_MODULE_12__/* .SECRET_INPUTS */ .pH.includes(input))
            (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK)(value);
        credentials[input] = value;
    }
    return credentials;
}
function ignoreState(saved, inputsGive) {
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`scanner-login did not ${ending(saved)}: the saved state names vendor ${(0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_11__/* .serverText */ .Tn)(saved.vendor, 80)} ` +
        `at ${(0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_11__/* .serverText */ .Tn)(saved.url, 200)}, but this step's inputs give ${inputsGive}. ` +
        `State that does not match the inputs is ignored, and nothing was sent.${expiresBySelf(saved)}`);
}


/***/ }),

/***/ 6640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var runnerFiles=(async function (env = process.env) {
    if (env.GITHUB_OUTPUT && env.GITHUB_ENV && env.GITHUB_STATE)
        return FILE_COMMANDS;
    // core then writes those commands to process.stdout; the action's own lines must share it.
    (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .shareStdoutWithCore */ .Q9)();
    // Named, so that webpack keeps only these of core: its OIDC client and exec stay out of dist/.
    const { setOutput, exportVariable, saveState } = await __webpack_require__.e(/* import() */ 945).then(__webpack_require__.bind(__webpack_require__, 5945));
    return { setOutput, exportVariable, saveState };
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: (() => (/* binding */ runnerFiles))
/* harmony export */ });
/* unused harmony export FILE_COMMANDS */
/* harmony import */ var _node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2902);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1520);
/**
 * The runner's files for outputs (GITHUB_OUTPUT), environment variables for later steps (GITHUB_ENV)
 * and the post step's state (GITHUB_STATE), written by @actions/core's own file-command module: the
 * random heredoc delimiter that keeps a value from writing other entries, and the append, are core's
 * code, unchanged.
 *
 * Why that module and not `@actions/core` itself: core's index also loads its job-summary module,
 * whose `fs.promises` takes about ten more of Node's modules; the whole measured 0.04× to 0.07× of a
 * bare Node start on every success (README, "Start-up performance"). The three functions below are
 * core's own one-line wrappers of the file branch, and __tests__/runner-files.test.ts checks that the
 * runner reads the same entries from both. Without those files (an old runner, local tools) core
 * itself is loaded, for its fallback to `::set-output`-style commands.
 */
// The path, not the package name: the package exports only its index, which loads all of core.


/** core.setOutput / exportVariable / saveState where the runner gave the file. */
const FILE_COMMANDS = {
    setOutput: ((name, value) => (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueFileCommand */ .n)('OUTPUT', (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareKeyValueMessage */ .v)(name, value))),
    exportVariable: ((name, value) => {
        process.env[name] = value;
        (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueFileCommand */ .n)('ENV', (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareKeyValueMessage */ .v)(name, value));
    }),
    saveState: ((name, value) => (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueFileCommand */ .n)('STATE', (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareKeyValueMessage */ .v)(name, value)))
};
;


/***/ }),

/***/ 2902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var issueFileCommand=(function (command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(filePath, `${(0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(message)}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, {
        encoding: 'utf8'
    });
});var prepareKeyValueMessage=(function (key, value) {
    const delimiter = `ghadelimiter_${crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID()}`;
    const convertedValue = (0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${convertedValue}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: (() => (/* binding */ issueFileCommand)),
/* harmony export */   v: (() => (/* binding */ prepareKeyValueMessage))
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4679);
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




;
;
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var toCommandValue=(function (input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: (() => (/* binding */ toCommandValue))
/* harmony export */ });
/* unused harmony export toCommandProperties */
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
;
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ })

};
;