import { describe, expect, it } from "vitest";
import { nativeAvailable } from "../../src/adapters/sqlite/engine.js";
import { lockstep } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const engines = (await nativeAvailable()) ? ["native", "wasm"] : ["wasm"];

type Report = {
  ok: boolean;
  engine: { name: string };
  databases: {
    migrations: { version: string; down: string; redo: string }[];
    findings: { rule: string; file: string; message: string }[];
  }[];
};

function replay(files: Record<string, string>, engine: string): Report {
  const cwd = tempTree(files);
  const run = lockstep(cwd, ["replay", "db/migrations", "--engine", engine, "--format", "json"]);
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as Report;
  expect(report.engine.name).toBe(engine);
  return report;
}

const migrations = {
  "db/migrations/001_create.sql":
    '-- migrate:up\nCREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT CHECK (k IN ("a", "b")), CHECK (rowid > 0));\nCREATE TABLE u (id INTEGER PRIMARY KEY, s TEXT CHECK (s <> "none"), extra TEXT);\nCREATE VIEW tv AS SELECT "k", "all" AS scope FROM t WHERE "k" <> "none";\n-- migrate:down\nDROP VIEW tv;\nDROP TABLE u;\nDROP TABLE t;\n',
  // SQLite writes t's "a" and "b", and the view's "all" and "none", back as 'a', 'b', 'all', 'none' when it
  // renames the column; the view's "k" names the column and stays. Renaming the INTEGER PRIMARY KEY also writes
  // the CHECK's rowid as its name.
  "db/migrations/002_rename.sql":
    "-- migrate:up\nALTER TABLE t RENAME COLUMN id TO ident;\n-- migrate:down\nALTER TABLE t RENAME COLUMN ident TO id;\n",
  // The up's DROP COLUMN single-quotes u's "none"; the down's ADD COLUMN leaves 'none'.
  "db/migrations/003_drop_extra.sql":
    "-- migrate:up\nALTER TABLE u DROP COLUMN extra;\n-- migrate:down\nALTER TABLE u ADD COLUMN extra TEXT;\n",
};

for (const engine of engines) {
  describe(`replay on ${engine}: double-quoted strings SQLite rewrites`, () => {
    it("a RENAME or DROP COLUMN that single-quotes a CHECK's or a view's strings is no down-mismatch", () => {
      const report = replay(migrations, engine);
      const db = report.databases[0];
      expect(db?.findings.filter((f) => f.rule !== "dqs" && f.rule !== "destructive")).toEqual([]);
      expect(db?.migrations.map((m) => [m.version, m.down, m.redo])).toEqual([
        ["001", "ok", "ok"],
        ["002", "ok", "ok"],
        ["003", "ok", "ok"],
      ]);
      expect(report.ok).toBe(true);
    });

    it("a down that writes a double-quoted column as a string is a down-mismatch: `\"k\"` is not `'k'`, in a CHECK and a view", () => {
      const report = replay(
        {
          "db/migrations/001_create.sql":
            '-- migrate:up\nCREATE TABLE v (k INTEGER, CHECK ("k" > 0));\nCREATE TABLE w (k INTEGER);\nCREATE VIEW vk AS SELECT "k" AS c FROM w;\n-- migrate:down\nDROP VIEW vk;\nDROP TABLE w;\nDROP TABLE v;\n',
          "db/migrations/003_view.sql":
            "-- migrate:up\nDROP VIEW vk;\nCREATE VIEW vk AS SELECT k + 1 AS c FROM w;\n-- migrate:down\nDROP VIEW vk;\nCREATE VIEW vk AS SELECT 'k' AS c FROM w;\n",
          "db/migrations/002_rebuild.sql":
            "-- migrate:up\nCREATE TABLE v_new (k INTEGER, n INTEGER, CHECK (\"k\" > 0));\nINSERT INTO v_new (k) SELECT k FROM v;\nDROP TABLE v;\nALTER TABLE v_new RENAME TO v;\n-- migrate:down\nCREATE TABLE v_old (k INTEGER, CHECK ('k' > 0));\nINSERT INTO v_old (k) SELECT k FROM v;\nDROP TABLE v;\nALTER TABLE v_old RENAME TO v;\n",
        },
        engine,
      );
      const mismatch = report.databases[0]?.findings.filter((f) => f.rule === "down-mismatch");
      expect(mismatch?.map((f) => f.file)).toEqual([
        "db/migrations/002_rebuild.sql",
        "db/migrations/003_view.sql",
      ]);
      expect(mismatch?.[0]?.message).toContain("CHECK ('k' > 0)");
      expect(mismatch?.[1]?.message).toContain("view `vk`");
      expect(report.ok).toBe(false);
    });
  });
}
