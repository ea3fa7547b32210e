export const id = 357;
export const ids = [357];
export const modules = {

/***/ 357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  secretlessRunHint: () => (/* binding */ secretlessRunHint)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(896);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
;// CONCATENATED MODULE: ../main/node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(747);
;// CONCATENATED MODULE: ./src/secretless-run.ts
/**
 * Why a credential may be empty: GitHub withholds repository secrets from runs triggered from a fork
 * and from Dependabot. Loaded only on that failure path.
 *
 * It takes @actions/github's Context class alone: the package root also builds an Octokit client
 * (and its HTTP stack) at import time, which reading the event payload does not need. A fresh
 * Context reads the environment as it is now.
 */


function secretlessRunHint() {
    const context = new Context();
    const pullRequest = context.payload.pull_request;
    const headRepo = pullRequest?.head?.repo?.full_name;
    const fromFork = headRepo !== undefined && headRepo !== pullRequest?.base?.repo?.full_name;
    const byDependabot = context.actor === 'dependabot[bot]';
    if (!fromFork && !byDependabot)
        return undefined;
    const trigger = byDependabot ? 'by Dependabot' : `from the fork ${headRepo}`;
    return `This run was triggered ${trigger}. ${failure/* SECRETS_NOT_PASSED_HINT */.Tc}`;
}


/***/ })

};
