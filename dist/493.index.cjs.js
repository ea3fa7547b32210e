"use strict";
exports.id = 493;
exports.ids = [493];
exports.modules = {

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var reportRows=(function ({ vendor, plan, result }) {
    const rows = [];
    if (vendor)
        rows.push(row('Vendor', `${vendor.name} (${vendor.id})`));
    if (plan)
        rows.push(row('URL', plan.url), row('Credentials', plan.authMode));
    if (!result)
        return rows;
    rows.push(...identityRows((0,_core_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanIdentity */ .w1)(result.identity)));
    // Beside the roles held, what the step asked for: a reviewer sees an over-powered key at a glance.
    if (plan?.requiredRoles.length)
        rows.push(row('Required roles', plan.requiredRoles.join(', ')));
    if (plan?.allowedRoles.length)
        rows.push(row('Allowed roles', plan.allowedRoles.join(', ')));
    if (result.expiresAt)
        rows.push(row('Token expires', result.expiresAt));
    if (result.credentialExpiresAt)
        rows.push(row('Credential expires', result.credentialExpiresAt));
    for (const note of result.notes ?? []) {
        // A note named like a row above says more about that same thing (Prisma Cloud's token lasting
        // ten minutes; Black Duck's roles, left unread rather than unreported): it fills that row, so
        // the summary never shows two rows of one name that disagree or repeat each other.
        const same = rows.find((r) => r.label === note.label && !r.detail);
        if (same)
            same.value = row(note.label, note.value).value;
        else
            rows.push(row(note.label, note.value));
    }
    return rows;
});var identityRows=(function (identity) {
    return [
        row('User', identity.username || identity.userId || NOT_REPORTED),
        { ...row('User id', identity.userId || NOT_REPORTED), detail: true },
        row('Display name', identity.displayName || NOT_REPORTED),
        row('Email', identity.email || NOT_REPORTED),
        row('Roles', listed(identity.roles)),
        row('Permissions', listed(identity.permissions)),
        row('Organization', identity.organization || NOT_REPORTED)
    ];
});var row=(function (label, value) {
    return { label, value: (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .Tn)(value, ROW_VALUE_LENGTH) };
});var listed=(function (values) {
    return values?.length
        ? (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(values.map((value) => (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .serverText */ .Tn)(value, LIST_ENTRY_LENGTH)), LIST_LIMIT)
        : NOT_REPORTED;
});var requirementRows=(function (gate) {
    if (!gate)
        return [];
    return gate.results.map((r) => ({
        kind: r.kind,
        required: r.required,
        result: (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementStatus */ .O5)(r, gate)
    }));
});var requestRows=(function (records) {
    return records.map(((r) => ({
        endpoint: r.endpoint,
        status: r.status ?? null,
        attempts: r.attempts,
        durationMs: r.durationMs
    })));
});var identityObject=(function (plan, reported, vendorId = '') {
    const identity = (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanIdentity */ .w1)(reported ?? (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyIdentity */ .gL)());
    return {
        vendor: plan?.vendor.id ?? vendorId,
        url: plan?.url ?? '',
        authMode: plan?.authMode ?? '',
        userId: identity.userId,
        username: identity.username,
        displayName: identity.displayName,
        email: identity.email,
        roles: identity.roles ?? [],
        permissions: identity.permissions ?? [],
        organization: identity.organization
    };
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: (() => (/* binding */ ROW_VALUE_LENGTH)),
/* harmony export */   TN: (() => (/* binding */ requirementRows)),
/* harmony export */   _f: (() => (/* binding */ reportRows)),
/* harmony export */   dJ: (() => (/* binding */ requestRows)),
/* harmony export */   q4: (() => (/* binding */ identityObject))
/* harmony export */ });
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4845);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9528);
/**
 * What a check found, as plain data for the two front-ends to render: the job summary
 * (./runner/publish.ts) and the doctor's terminal report and JSON (./doctor/format.ts). A field
 * added here appears in both. Pure and light, no Node module: the runner loads it only once the
 * inputs validated, and the startup test counts what each path loads.
 */


/** Roles or permissions listed in a row, and the length of each; the outputs carry them all. */
const LIST_LIMIT = 20;
const LIST_ENTRY_LENGTH = 100;
/** A row's value holds one such list at most. */
const ROW_VALUE_LENGTH = 4_096;
const NOT_REPORTED = '(not reported)';
/**
 * Vendor, URL and credential mode, then (once the vendor answered) the identity, the token's and
 * the credential's expiry and the vendor's notes.
 */
;
;
;
;
;
;
/**
 * The `identity` output and the doctor's JSON: the cleaned identity with the plan it was verified
 * under. Without a plan (inputs that did not validate) only the vendor can be named, if that.
 */
;


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

/***/ 5493:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, (async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ let publishIdentity=(function (plan, reported) {
    // Redacted here: unlike the log and the summary, nothing redacts an output on its way out, and a
    // server may echo the step's credential in an identity field.
    const identity = (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .cleanIdentity */ .w1)(reported, _log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$);
    files.setOutput('vendor', plan.vendor.id);
    files.setOutput('url', plan.url);
    files.setOutput('user-id', identity.userId);
    files.setOutput('username', identity.username);
    files.setOutput('display-name', identity.displayName);
    files.setOutput('email', identity.email);
    files.setOutput('roles', JSON.stringify(identity.roles ?? []));
    files.setOutput('permissions', JSON.stringify(identity.permissions ?? []));
    files.setOutput('organization', identity.organization);
    files.setOutput('identity', JSON.stringify((0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .identityObject */ .q4)(plan, identity)));
});let publishCredentials=(async function (plan, result) {
    files.setOutput('auth-header', result.authHeader);
    files.setOutput('token', result.token ?? '');
    files.setOutput('cookie', result.cookie ?? '');
    files.setOutput('expires-at', result.expiresAt ?? result.credentialExpiresAt ?? '');
    const warnings = [];
    if (plan.exportEnv) {
        for (const [name, value] of Object.entries(result.env))
            files.exportVariable(name, value);
        // Loaded only when the job holds one of the variables it judges that the exports leave in
        // place: most jobs hold none, and their steps read no more code for it.
        const { vendor } = plan;
        const judged = [...(vendor.urlEnv ?? []), ...Object.values(vendor.toolsReadFirst ?? {}).flat()];
        if (judged.some((name) => !Object.hasOwn(result.env, name) && process.env[name]?.trim())) {
            const { handoffWarnings } = await __webpack_require__.e(/* import() */ 784).then(__webpack_require__.bind(__webpack_require__, 784));
            warnings.push(...handoffWarnings(plan, result.env));
        }
        for (const warning of warnings)
            _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.warning(warning);
    }
    if (plan.caCertificates.length)
        warnings.push(...publishCaFiles(plan));
    return warnings;
});let publishCaFiles=(function (plan) {
    let caFiles;
    try {
        caFiles = (0,_ca_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCaFiles */ .Vp)(plan.caCertificates);
    }
    catch (error) {
        throw caFilesNotWritten(error);
    }
    if (!caFiles) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.warning('RUNNER_TEMP is not set, so the ca-cert bundle for later steps was not written (ca-bundle stays empty).');
        return [];
    }
    files.setOutput('ca-bundle', caFiles.bundle);
    if (!plan.exportEnv)
        return [];
    // Read before the exports below change them: the post step sets them back.
    files.saveState(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .CA_VARIABLES_STATE_KEY */ .nR, JSON.stringify((0,_ca_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .variablesBefore */ .pS)()));
    files.exportVariable('REQUESTS_CA_BUNDLE', caFiles.bundle);
    files.exportVariable('CURL_CA_BUNDLE', caFiles.bundle);
    files.exportVariable('NODE_EXTRA_CA_CERTS', caFiles.nodeExtra);
    const warnings = caFiles.notKept.map(({ variable, path, problem }) => `${variable} named ${path}, which is ${problem}: its certificates are not in the file this step points ${variable} at, so later steps no longer trust them. Fix: point ${variable} at a PEM file before this step, or add those CAs to ca-cert.`);
    for (const warning of warnings)
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.warning(warning);
    return warnings;
});let writeSummary=(function ({ plan, records, result, gate, failure, warnings = [] }) {
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (!summaryFile)
        return;
    const passed = failure === undefined && (gate?.passed ?? false);
    const rows = (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .reportRows */ ._f)({ vendor: plan.vendor, plan, result }).filter(((row) => !row.detail));
    const requirements = (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .requirementRows */ .TN)(gate);
    const summary = new _summary_markup_js__WEBPACK_IMPORTED_MODULE_6__/* .SummaryMarkup */ .H()
        .addHeading(`scanner-login: ${escapeMarkup(plan.vendor.name)} ${passed ? 'verified' : 'failed'}`, 3)
        .addTable([
        [
            { data: 'Field', header: true },
            { data: 'Value', header: true }
        ],
        ...rows.map(((row) => [cell(row.label), cell(row.value)]))
    ]);
    if (warnings.length) {
        summary
            .addHeading('Warnings', 4)
            .addTable([
            [{ data: 'Warning', header: true }],
            ...warnings.map((warning) => [cell(warning)])
        ]);
    }
    if (requirements.length) {
        summary.addHeading('Requirements', 4).addTable([
            [
                { data: 'Requirement', header: true },
                { data: 'Result', header: true }
            ],
            ...requirements.map((r) => [cell(`${r.kind}: ${r.required}`), cell(r.result)])
        ]);
    }
    summary.addHeading('Requests', 4).addTable([
        [
            { data: 'Request', header: true },
            { data: 'Status', header: true },
            { data: 'Attempts', header: true },
            { data: 'Time', header: true }
        ],
        ...(0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .requestRows */ .dJ)(records).map(((r) => [
            cell(r.endpoint),
            r.status === null ? 'no answer' : String(r.status),
            String(r.attempts),
            `${r.durationMs} ms`
        ]))
    ]);
    if (failure)
        summary.addHeading('Failure', 4).addRaw(failureBlock(failure), true);
    try {
        // What core.summary.write() does: the file must exist and be writable, then the text is appended.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(summaryFile, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(summaryFile, (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(summary.stringify()), 'utf8');
    }
    catch (error) {
        // The summary is a convenience: a runner that cannot take it must not fail a verified login.
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
});let cell=(function (text) {
    return escapeMarkup((0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .serverText */ .Tn)(text, SUMMARY_CELL_LENGTH));
});let escapeMarkup=(function (text) {
    return text.replace(/[&<>"'`*_~[\]#|\\!$]/g, (c) => `&#${c.charCodeAt(0)};`);
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCredentials: (() => (/* binding */ publishCredentials)),
/* harmony export */   publishIdentity: (() => (/* binding */ publishIdentity)),
/* harmony export */   saveLogoutState: () => (/* binding */ saveLogoutState),
/* harmony export */   writeSummary: (() => (/* binding */ writeSummary))
/* harmony export */ });
/* unused harmony export escapeMarkup */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ca_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1353);
/* harmony import */ var _core_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3333);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5423);
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4845);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(665);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6640);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6003);
/* harmony import */ var _core_sanitize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9528);
/* harmony import */ var _summary_markup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5955);
/**
 * What the action writes to the runner's files: outputs (GITHUB_OUTPUT), environment variables for
 * later steps (GITHUB_ENV), the session for the post step (GITHUB_STATE) and the job summary
 * (GITHUB_STEP_SUMMARY). The first three go through @actions/core's file-command module, whose
 * heredocs carry random delimiters (./runner-files.ts). This module is loaded only once the inputs
 * validated (see ./workflow-commands.ts for why).
 */










const files = await (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_4__/* .runnerFiles */ .O)();
/**
 * The identity outputs, as cleaned server text (a later step may put them in a shell command) with
 * every secret the server echoed redacted; safe to publish even when the gate then fails.
 */
;
/**
 * Credentials for later steps: only once the gate has passed. Returns the warnings about job
 * variables that the vendor's tools would take over the exports (./handoff.ts), already logged.
 */
;
/**
 * The ca-cert CA for later steps: the `ca-bundle` output, and with export-env the variables that
 * Python (requests), curl and Node read, so they trust the same server as this step did.
 */
;
/**
 * The CA files could not be written: RUNNER_TEMP is not writable, or (on Windows) another process
 * holds the file being replaced open, as an antivirus scan can. Later steps asked to trust the CA
 * would fail their TLS with no word of why, so the step fails, saying so.
 */
function caFilesNotWritten(error) {
    const { code, message } = error;
    return new _core_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .dR([
        `Could not write the ca-cert files for later steps in RUNNER_TEMP (${process.env.RUNNER_TEMP}): ${message}${code ? ` (${code})` : ''}.`,
        "Fix: check that the runner's temporary directory is writable and has room, and that nothing holds its scanner-login-*.pem files open (on Windows, an antivirus scan can), then run the job again."
    ].join('\n'));
}
/** A cell holds what a report row's value can: one list of roles or permissions at most. */
const SUMMARY_CELL_LENGTH = _report_js__WEBPACK_IMPORTED_MODULE_8__/* .ROW_VALUE_LENGTH */ .IY;
/** The failure block is the step's message; this bounds what a vendor's text can add to it. */
const SUMMARY_FAILURE_LIMIT = 8_000;
/**
 * The job summary: the report's rows (vendor, URL, identity, expiry, the vendor's notes), each
 * requirement, the requests and their timings. Every cell is one line of cleaned text escaped for
 * HTML and Markdown, and the failure is an escaped block of its own; the whole is redacted once more.
 */
;
/** A table cell: one bounded line, escaped. */
;
/**
 * The failure message as a <pre> block. Markdown ends an HTML block at a blank line, so blank lines
 * are dropped, and every line is escaped: the vendor's text inside cannot close the block or start
 * markup of its own.
 */
function failureBlock(failure) {
    const bounded = failure.length > SUMMARY_FAILURE_LIMIT ? `${failure.slice(0, SUMMARY_FAILURE_LIMIT)}…` : failure;
    const lines = (0,_core_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .inertLines */ .wi)(bounded)
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map(escapeMarkup);
    return `<pre><code>${lines.join('\n')}</code></pre>`;
}
/**
 * Escapes for HTML and for Markdown at once: numeric character references render as the character
 * in both, so no server text can open a tag, a link, an image, emphasis, a heading or a table cell.
 */
;
/** The session for the post step to end, in GITHUB_STATE (./state.ts reads it back). */
function saveLogoutState(state) {
    files.saveState(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .LOGOUT_STATE_KEY */ .HB, JSON.stringify(state));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }), 1);

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

/***/ 5955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ var wrap=(function (tag, content) {
    return content ? `<${tag}>${content}</${tag}>` : `<${tag}>`;
});__webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: (() => (/* binding */ SummaryMarkup))
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1520);
/**
 * The job summary's HTML, as @actions/core's `summary` builds it, for the four methods the action
 * uses. core's builder is not taken because loading it loads `fs.promises` (see ./runner-files.ts);
 * __tests__/summary-markup.test.ts checks that the text is byte for byte core's. Every cell and
 * heading handed in is already escaped (./publish.ts escapeMarkup).
 */

class SummaryMarkup {
    text = '';
    addHeading(text, level) {
        const tag = level >= 1 && level <= 6 && Number.isInteger(level) ? `h${level}` : 'h1';
        return this.addRaw(wrap(tag, text), true);
    }
    addTable(rows) {
        const body = rows
            .map(((row) => wrap('tr', row
            .map(((cell) => typeof cell === 'string'
            ? wrap('td', cell)
            : wrap(cell.header ? 'th' : 'td', cell.data)))
            .join(''))))
            .join('');
        return this.addRaw(wrap('table', body), true);
    }
    addRaw(text, addEol = false) {
        this.text += addEol ? text + _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .EOL */ .$E : text;
        return this;
    }
    stringify() {
        return this.text;
    }
}
/** core's wrap(): an empty content gives the opening tag alone. */
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