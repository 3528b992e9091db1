// Bundles the CLI and the Action into dist/ with SQLite's wasm beside it, so `node dist/cli.js` needs no node_modules.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const dist = "dist";

// What the sources were: cached replay results are keyed on it, so a rebuild with other code under the same
// version never answers with an older build's findings. The same sources give the same id (dist is checked).
const sources = readdirSync("src", { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).split("\\").join("/"))
  .sort();
const digest = createHash("sha256");
for (const file of [...sources, "package.json"])
  digest.update(`${file}\0`).update(readFileSync(file)).update("\0");
const buildId = digest.digest("hex").slice(0, 16);

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
