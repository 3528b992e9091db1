import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openRealDatabase } from "../../src/engine/realdb/real-database.js";
import { sqlString, writeDatabase } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

// drizzle-orm's SQLite migrate() (sqlite-core/dialect.ts): the table exactly as it creates it, a row per
// applied migration with the file's SHA-256 and created_at = the journal entry's `when` (folderMillis).
const TABLE = `CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric);`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const sql = (table: string) => `CREATE TABLE \`${table}\` (\`id\` integer PRIMARY KEY);\n`;

/** Journal entries in idx order: tag and when; the database has applied the tags in `applied`. */
async function statusOf(entries: [string, number][], applied: string[]) {
  const journal = {
    version: "7",
    dialect: "sqlite",
    entries: entries.map(([tag, when], idx) => ({ idx, version: "6", when, tag, breakpoints: true })),
  };
  const files: Record<string, string> = { "drizzle/meta/_journal.json": JSON.stringify(journal, null, 2) };
  for (const [tag] of entries) files[`drizzle/${tag}.sql`] = sql(tag);
  const cwd = tempTree(files);
  const rows = applied.map((tag) => {
    const when = entries.find(([t]) => t === tag)?.[1];
    return `INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES(${sqlString(sha256(sql(tag)))}, ${when});`;
  });
  await writeDatabase(join(cwd, "app.db"), TABLE + rows.join(""));
  const real = await openRealDatabase({ cwd, file: "app.db" });
  return {
    states: real.status?.entries.map((e) => `${e.name} ${e.state}`),
    findings: real.status?.findings ?? [],
  };
}

describe("Drizzle: a pending migration whose `when` is not after the newest applied created_at", () => {
  it("merged after a newer one was applied, it is never applied: an error saying what the migrator does", async () => {
    // A branch generated 0002 at 2000 while main generated and deployed 0001 at 3000.
    const { states, findings } = await statusOf(
      [
        ["0000_users", 1000],
        ["0001_orders", 3000],
        ["0002_invoices", 2000],
      ],
      ["0000_users", "0001_orders"],
    );
    expect(states).toEqual(["users applied", "orders applied", "invoices pending"]);
    expect(findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ["db-never-applied", "error", "drizzle/0002_invoices.sql"],
    ]);
    const message = findings[0]?.message ?? "";
    expect(message).toContain("Drizzle will never apply it");
    expect(message).toContain("1970-01-01T00:00:02.000Z = 2000 (drizzle/meta/_journal.json:");
    expect(message).toContain("is not later than 1970-01-01T00:00:03.000Z = 3000");
    expect(message).toContain("skips this one on every run and says nothing");
    expect(message).toContain("run `npx drizzle-kit generate` again");
  });

  it("one listed before an applied one but newer than every applied row still runs: no finding", async () => {
    const { states, findings } = await statusOf(
      [
        ["0000_users", 1000],
        ["0001_orders", 4000],
        ["0002_invoices", 2000],
      ],
      ["0000_users", "0002_invoices"],
    );
    expect(states).toEqual(["users applied", "orders pending", "invoices applied"]);
    expect(findings).toEqual([]);
  });

  it("an old one in the middle of the journal is never applied either (not merely out of order)", async () => {
    const { findings } = await statusOf(
      [
        ["0000_users", 1000],
        ["0001_orders", 2000],
        ["0002_invoices", 3000],
      ],
      ["0000_users", "0002_invoices"],
    );
    expect(findings.map((f) => `${f.rule} ${f.file}`)).toEqual(["db-never-applied drizzle/0001_orders.sql"]);
  });

  it("a newer pending one is simply pending", async () => {
    const { states, findings } = await statusOf(
      [
        ["0000_users", 1000],
        ["0001_orders", 2000],
      ],
      ["0000_users"],
    );
    expect(states).toEqual(["users applied", "orders pending"]);
    expect(findings).toEqual([]);
  });
});
