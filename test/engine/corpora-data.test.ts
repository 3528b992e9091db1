import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DatabaseReport } from "../../src/core/report.js";
import { runReplay } from "../../src/engine/replay/replay.js";
import { CASES, CORPORA, FUNCTIONS, present } from "../helpers/corpora.js";
import { tempTree } from "../helpers/temp-dir.js";

/**
 * The new errors --data finds, each judged by reading the SQL (rule@version): cascades of rebuilds in a
 * wrapped file (ncps), rebuilds adding NOT NULL over NULLs (pocket-id, pingvin-share, whose Prisma header
 * warns the same), a DROP TABLE that referencing rows block with foreign keys on (vaultwarden), and a
 * copy into a table whose new ids a declared foreign key says are already there (karakeep).
 */
const JUDGED: Record<string, string[]> = {
  vaultwarden: ["up-failed@20180427155151", "up-failed@20200802025025"],
  "ncps-dbmate": ["data-loss@20260127223000"],
  "ncps-goose": ["data-loss@20260525175108", "data-loss@20260605211804"],
  "pocket-id": ["up-failed@20250822000000", "up-failed@20251217141000"],
  "pingvin-share": ["up-failed@20221230120407"],
  karakeep: ["up-failed@0030"],
  wildebeest: [],
};

const key = (f: DatabaseReport["findings"][number]) =>
  `${f.rule}@${f.version}|${f.file}|${f.line}|${f.message}`;

describe.skipIf(!present)("real-world sets keep their verdicts with --data", () => {
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
      const run = async (data: boolean) =>
        (await runReplay({ cwd, data, cache: false })).report.databases[0] as DatabaseReport;
      const without = await run(false);
      const withData = await run(true);
      // Every migration's up, down and redo verdict is the one it has without data.
      const verdicts = (db: DatabaseReport) => db.migrations.map((m) => [m.version, m.up, m.down, m.redo]);
      expect(verdicts(withData)).toEqual(verdicts(without));
      // Nothing found without data goes missing with it.
      const found = new Set(withData.findings.map(key));
      expect(without.findings.map(key).filter((k) => !found.has(k))).toEqual([]);
      // The new errors are exactly the judged ones.
      const before = new Set(without.findings.map(key));
      const added = withData.findings.filter((f) => f.severity === "error" && !before.has(key(f)));
      expect([...new Set(added.map((f) => `${f.rule}@${f.version}`))].sort()).toEqual(
        [...(JUDGED[c.set] ?? [])].sort(),
      );
    });
  }
});
