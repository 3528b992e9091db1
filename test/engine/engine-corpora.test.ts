import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type EngineName, nativeAvailable } from "../../src/adapters/sqlite/engine.js";
import type { ReplayReport } from "../../src/core/report.js";
import { runReplay } from "../../src/engine/replay/replay.js";
import { CASES, CORPORA, FUNCTIONS, present } from "../helpers/corpora.js";
import { tempTree } from "../helpers/temp-dir.js";

const native = await nativeAvailable();

async function replayOn(cwd: string, engine: EngineName): Promise<ReplayReport> {
  const { report } = await runReplay({ cwd, configPath: join(cwd, "lockstep.config.json"), engine });
  return report;
}

/** What a verdict is made of: each migration's steps and every finding, timings left out. */
function verdict(report: ReplayReport) {
  return report.databases.map((db) => ({
    migrations: db.migrations.map(({ ms: _ms, ...m }) => m),
    findings: db.findings,
    schema: db.schema,
  }));
}

// Runs where the runtime has node:sqlite (npm run test:native); the wasm engine alone is all Node 20 has.
describe.skipIf(!present || !native)("both engines give every real-world set the same verdict", () => {
  for (const c of CASES) {
    it(c.set, async () => {
      const cwd = tempTree(c.functions ? { "functions.mjs": FUNCTIONS } : {});
      cpSync(join(CORPORA, c.set, c.dir), join(cwd, c.dir), { recursive: true });
      const database = {
        name: c.set,
        dir: c.dir,
        ...(c.layout ? { layout: c.layout } : {}),
        ...(c.functions ? { functions: "functions.mjs" } : {}),
      };
      writeFileSync(join(cwd, "lockstep.config.json"), JSON.stringify({ databases: [database] }));
      const onNative = await replayOn(cwd, "native");
      const onWasm = await replayOn(cwd, "wasm");
      expect(onNative.engine?.name).toBe("native");
      expect(onWasm.engine?.name).toBe("wasm");
      expect(onNative.databases[0]?.migrations.length).toBeGreaterThan(0);
      expect(verdict(onNative)).toEqual(verdict(onWasm));
    }, 180_000);
  }
});
