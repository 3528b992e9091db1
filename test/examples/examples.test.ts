import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openMemoryDatabase } from "../../src/adapters/sqlite/engine.js";
import { replayUpDownUp, type UpDown } from "../helpers/replay-check.js";
import { rows, schemaStructure } from "../helpers/structure.js";

const dir = join(import.meta.dirname, "../../migrations");

/** Pairs golang-migrate files (`<version>_<name>.up.sql` / `.down.sql`) in version order. */
function readExamples(): UpDown[] {
  const byKey = new Map<string, Partial<UpDown>>();
  for (const file of readdirSync(dir)) {
    if (file === "lockstep.sum") continue;
    const match = /^(\d+)_(.+)\.(up|down)\.sql$/.exec(file);
    if (!match) throw new Error(`unexpected file in migrations/: ${file}`);
    const [, version = "", name = "", direction = ""] = match;
    const entry = byKey.get(version) ?? { version, name };
    entry[direction as "up" | "down"] = readFileSync(join(dir, file), "utf8");
    byKey.set(version, entry);
  }
  return [...byKey.values()]
    .map((m) => {
      if (!m.up || !m.down) throw new Error(`migration ${m.version} lacks an up or a down`);
      return m as UpDown;
    })
    .sort((a, b) => Number(a.version) - Number(b.version));
}

/** A little data, so the backfills, the rebuild's copy and the foreign key checks have rows to work on. */
const seed: Record<string, string> = {
  "0003": `
    INSERT INTO users (id, email, name) VALUES (1, 'ada@example.com', 'Ada'), (2, 'bob@example.com', 'Bob');
    INSERT INTO projects (id, owner_id, name) VALUES (1, 1, 'Engine'), (2, 2, 'Website');
    INSERT INTO tasks (id, project_id, assignee_id, title) VALUES
      (1, 1, 1, 'Fix bug in the mill'), (2, 1, NULL, 'Write notes'), (3, 2, 2, 'Landing page bug');`,
  "0007": `INSERT INTO comments (task_id, author_id, body) VALUES (1, 2, 'Reproduced'), (1, 1, '  '), (3, 2, 'On it');`,
};

describe("example migrations", () => {
  const migrations = readExamples();

  it("is a golang-migrate history of about ten paired migrations", () => {
    expect(migrations.length).toBeGreaterThanOrEqual(10);
    expect(migrations.map((m) => m.version)).toEqual(
      migrations.map((_, i) => String(i + 1).padStart(4, "0")),
    );
    // Files run as written: no transaction control of their own (a trigger's BEGIN … END is fine).
    const control =
      /^\s*(BEGIN\s*(DEFERRED|IMMEDIATE|EXCLUSIVE)?\s*(TRANSACTION)?\s*;|COMMIT\b|ROLLBACK\b)/im;
    for (const m of migrations) expect(m.up + m.down).not.toMatch(control);
  });

  it("replays up, down, up with every down restoring the previous schema", async () => {
    const db = await openMemoryDatabase();
    try {
      const problems = replayUpDownUp(db, migrations, (m) => {
        const sql = seed[m.version];
        if (sql) db.exec(sql);
      });
      expect(problems).toEqual([]);

      // The backfills and the rebuild kept the data.
      expect(rows(db, "SELECT display_name FROM users ORDER BY id")).toEqual([
        { display_name: "Ada" },
        { display_name: "Bob" },
      ]);
      expect(rows(db, "SELECT task_id FROM task_labels ORDER BY task_id")).toEqual([
        { task_id: 1 },
        { task_id: 3 },
      ]);
      expect(rows(db, "SELECT count(*) AS n FROM comments WHERE body = '(empty)'")).toEqual([{ n: 1 }]);
      expect(rows(db, "SELECT id FROM task_overview WHERE comment_count = 2")).toEqual([{ id: 1 }]);

      const kinds = Object.keys(schemaStructure(db)).map((k) => k.split(" ")[0]);
      expect(new Set(kinds)).toEqual(new Set(["table", "view", "trigger"]));
    } finally {
      db.close();
    }
  });
});
