export const id = 335;
export const ids = [335];
export const modules = {

/***/ 6335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
class HttpClient {
    args;
    real;
    constructor(...args) {
        this.args = args;
    }
    /** The only method @actions/core calls (oidc-utils getCall). */
    async getJson(...args) {
        const client = await this.load();
        return client.getJson(...args);
    }
    load() {
        this.real ??= __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942)).then((module) => new module.HttpClient(...this.args));
        return this.real;
    }
}


/***/ })

};
