// Bundles the CLI and the Action into dist/ with SQLite's wasm beside it, so `node dist/cli.js` needs no node_modules.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { sourceDigest } from "./source-digest.mjs";

const require = createRequire(import.meta.url);
const dist = "dist";

const buildId = sourceDigest(".");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  // The replay runs on a worker thread (so a statement that never ends can be stopped): its own entry.
  entryPoints: {
    cli: "src/cli.ts",
    action: "src/action.ts",
    "replay-worker": "src/engine/replay/replay-worker.ts",
    // A native replay's own process (node:sqlite blocked in C is stopped by ending it).
    "replay-host": "src/engine/replay/replay-host.ts",
  },
  outdir: dist,
  bundle: true,
  platform: "node",
  format: "esm",
  // Each command is its own chunk, loaded when run: the pre-commit hook does not pay for the replay engine.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: "node20",
  legalComments: "none",
  // Only a replay run from source bundles its worker with esbuild; the built one never does.
  external: ["esbuild"],
  logLevel: "warning",
  define: { __LOCKSTEP_BUILD__: JSON.stringify(buildId) },
  // Bundled CommonJS may use require("fs") and __dirname: give the ESM bundle real ones.
  banner: {
    js: [
      'import { createRequire as __lsRequire } from "node:module";',
      'import { fileURLToPath as __lsPath } from "node:url";',
      'import { dirname as __lsDir } from "node:path";',
      "const require = __lsRequire(import.meta.url);",
      "const __filename = __lsPath(import.meta.url);",
      "const __dirname = __lsDir(__filename);",
    ].join(" "),
  },
});

copyFileSync(require.resolve("@sqlite.org/sqlite-wasm/sqlite3.wasm"), join(dist, "sqlite3.wasm"));
