// The bundle's entry for ncc, which writes CommonJS for a .cjs entry and ES modules otherwise. The
// action is ./index.ts; as CommonJS the same bundle starts faster (Node compiles a CommonJS file
// faster than an ES module, and its chunks load with require() rather than through the ES module
// loader: docs/performance.md). scripts/finish-dist.js renames ncc's dist/index.cjs to dist/index.js
// and marks dist/ as CommonJS.
require('./index.ts')
