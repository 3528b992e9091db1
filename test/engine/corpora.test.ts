import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { DatabaseReport } from "../../src/core/report.js";
import { runReplay } from "../../src/engine/replay.js";
import { tempTree } from "../helpers/temp-dir.js";

/** Real migration sets from other projects live beside the repository, never inside it. */
const CORPORA = resolve(import.meta.dirname, "../../../shared/corpora");
const present = existsSync(CORPORA);
if (!present)
  console.warn(
    `corpora tests skipped: ${CORPORA} is absent (it only exists beside the project's own checkout)`,
  );

interface Verified {
  order_rule: string[];
  migrations: {
    name: string;
    up: string;
    down?: string;
    down_vs_before_up?: string;
    redo_vs_first_up?: string;
  }[];
}

interface CorpusCase {
  set: string;
  dir: string;
  layout?: string;
  functions?: boolean;
}

const CASES: CorpusCase[] = [
  { set: "vaultwarden", dir: "migrations/sqlite" },
  { set: "ncps-dbmate", dir: "db/migrations/sqlite" },
  { set: "ncps-goose", dir: "migrations/sqlite" },
  { set: "pocket-id", dir: "migrations/sqlite", functions: true },
  { set: "pingvin-share", dir: "prisma/migrations" },
  { set: "karakeep", dir: "drizzle" },
  { set: "wildebeest", dir: "migrations", layout: "d1" },
];

/** The application registers normalize(text, form) on its connection; so does this test, in JavaScript. */
const FUNCTIONS =
  'export default { normalize: (text, form) => text == null ? text : String(text).normalize(String(form ?? "nfc").toUpperCase()) };\n';

async function replayCorpus(c: CorpusCase): Promise<DatabaseReport> {
  const cwd = tempTree(c.functions ? { "functions.mjs": FUNCTIONS } : {});
  const config = {
    databases: [
      {
        name: c.set,
        dir: join(CORPORA, c.set, c.dir),
        ...(c.layout ? { layout: c.layout } : {}),
        ...(c.functions ? { functions: join(cwd, "functions.mjs") } : {}),
      },
    ],
  };
  const configPath = join(cwd, "lockstep.config.json");
  const { writeFileSync } = await import("node:fs");
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
      // Nothing beyond the verified verdicts is an error.
      const expectedErrors = new Set(["down-failed", "down-mismatch"]);
      const unexpected = db.findings.filter((f) => f.severity === "error" && !expectedErrors.has(f.rule));
      expect(unexpected).toEqual([]);
    });
  }
});
