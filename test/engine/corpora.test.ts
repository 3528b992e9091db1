import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DatabaseReport } from "../../src/core/report.js";
import { runReplay } from "../../src/engine/replay/replay.js";
import {
  CASES,
  CORPORA,
  type CorpusCase,
  FUNCTIONS,
  NO_OP_PRAGMAS,
  present,
  type Verified,
} from "../helpers/corpora.js";
import { tempTree } from "../helpers/temp-dir.js";

/** The set staged in a project of its own: a config's paths must stay inside the project that holds it. */
async function replayCorpus(c: CorpusCase): Promise<DatabaseReport> {
  const cwd = tempTree(c.functions ? { "functions.mjs": FUNCTIONS } : {});
  cpSync(join(CORPORA, c.set, c.dir), join(cwd, c.dir), { recursive: true });
  const config = {
    databases: [
      {
        name: c.set,
        dir: c.dir,
        ...(c.layout ? { layout: c.layout } : {}),
        ...(c.functions ? { functions: "functions.mjs" } : {}),
      },
    ],
  };
  const configPath = join(cwd, "lockstep.config.json");
  writeFileSync(configPath, JSON.stringify(config));
  const { report } = await runReplay({ cwd, configPath });
  return report.databases[0] as DatabaseReport;
}

/** The VERIFIED.json name of a migration: a file name, a folder name, or a file name without the direction. */
function matches(verifiedName: string, files: string[]): boolean {
  return files.some(
    (f) =>
      f.endsWith(`/${verifiedName}`) || f.endsWith(`/${verifiedName}.sql`) || f.includes(`/${verifiedName}/`),
  );
}

describe.skipIf(!present)("real-world migration sets reach their verified verdicts", () => {
  for (const c of CASES) {
    it(c.set, async () => {
      const verified = JSON.parse(readFileSync(join(CORPORA, c.set, "VERIFIED.json"), "utf8")) as Verified;
      const db = await replayCorpus(c);
      expect(db.migrations).toHaveLength(verified.migrations.length);
      const byVersion = new Map(db.findings.filter((f) => f.version).map((f) => [f.version, f]));
      for (const [i, v] of verified.migrations.entries()) {
        const m = db.migrations[i];
        if (!m) throw new Error(`missing migration ${v.name}`);
        expect(matches(v.name, m.files), `${v.name} is at position ${i}`).toBe(true);
        expect(m.up, `${v.name} up`).toBe(v.up === "ok" ? "ok" : "failed");
        const findings = db.findings.filter((f) => f.version === m.version).map((f) => f.rule);
        if (v.down === "FAILED") {
          expect(m.down, `${v.name} down`).toBe("failed");
          expect(findings).toContain("down-failed");
        } else if (v.down_vs_before_up === "different") {
          expect(m.down, `${v.name} down`).toBe("mismatch");
          expect(findings).toContain("down-mismatch");
        } else if (v.down_vs_before_up === "column-order-only") {
          expect(m.down).toBe("ok");
          expect(findings).toContain("down-column-order");
        } else if (v.down) {
          expect(m.down, `${v.name}: ${JSON.stringify(byVersion.get(m.version))}`).toBe("ok");
          expect(m.redo, `${v.name} redo`).toBe("ok");
        }
      }
      // Nothing beyond the verified verdicts is an error, but a PRAGMA foreign_keys = OFF inside the tool's
      // transaction, read in the file: the files below run under dbmate, goose and Drizzle without opting out.
      const expectedErrors = new Set(["down-failed", "down-mismatch"]);
      const unexpected = db.findings.filter(
        (f) =>
          f.severity === "error" &&
          !expectedErrors.has(f.rule) &&
          !(
            f.rule === "fk-pragma-in-transaction" &&
            (NO_OP_PRAGMAS[c.set] ?? []).some((n) => f.file?.includes(n))
          ),
      );
      expect(unexpected).toEqual([]);
      const noOps = db.findings.filter((f) => f.rule === "fk-pragma-in-transaction");
      expect(new Set(noOps.map((f) => f.file?.split("/").pop())).size).toBe(
        NO_OP_PRAGMAS[c.set]?.length ?? 0,
      );
    });
  }
});
