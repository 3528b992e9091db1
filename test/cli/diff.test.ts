import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/adapters/sqlite/engine.js";
import { expectOneCleanLine, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";
const ORDERS = [
  "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE, total INTEGER);",
  "CREATE INDEX orders_user_idx ON orders (user_id);",
  "ALTER TABLE users ADD COLUMN email TEXT;",
].join("\n");

const base = {
  "0001_users.up.sql": USERS,
  "0001_users.down.sql": "DROP TABLE users;\n",
};
const head = {
  ...base,
  "0002_orders.up.sql": `${ORDERS}\n`,
  "0002_orders.down.sql": "DROP TABLE orders;\nALTER TABLE users DROP COLUMN email;\n",
};

/** `base/` and `head/` migration directories, plus any extra files. */
function project(extra: Record<string, string | Uint8Array> = {}): string {
  const files: Record<string, string | Uint8Array> = { ...extra };
  for (const [name, sql] of Object.entries(base)) files[`base/${name}`] = sql;
  for (const [name, sql] of Object.entries(head)) files[`head/${name}`] = sql;
  return tempTree(files);
}

/** The bytes of a SQLite database file holding the schema `sql` creates. */
async function sqliteBytes(sql: string): Promise<Uint8Array> {
  const db = (await loadEngine()).openMemory();
  db.exec(sql);
  const bytes = db.export();
  db.close();
  return bytes;
}

type Named = { kind: string; name: string };
type Side = { source: string; kind: string; findings: { rule: string; severity: string; file: string }[] };
interface DiffJson {
  version: number;
  ok: boolean;
  from: Side;
  to: Side;
  diff: {
    added: (Named & { table?: string; foreignKeys?: unknown[] })[];
    removed: Named[];
    changed: (Named & { columns: Record<"added" | "removed" | "changed", { name: string }[]> })[];
  };
}

/** Whether the file still holds exactly `bytes`. */
const unchanged = (path: string, bytes: Uint8Array) => Buffer.from(bytes).equals(readFileSync(path));

describe("lockstep diff between two migration directories", () => {
  it("text output names the added table, index, foreign key and column", async () => {
    const r = await runCli(project(), ["diff", "base", "head"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("schema diff base → head");
    expect(lines).toContain("+ table orders");
    expect(lines).toContain("  + FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE");
    expect(lines).toContain("+ index orders_user_idx ON orders (user_id)");
    expect(r.stdout).toContain("~ table users\n  + column email TEXT\n");
    expect(r.stdout).toContain(
      "table `orders` added (3 columns, 1 index, FK to `users`); column `users.email` added",
    );
  });

  it("--format json gives version 1, ok, both sides and the object-level diff", async () => {
    const r = await runCli(project(), ["diff", "base", "head", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as DiffJson;
    expect(report.version).toBe(1);
    expect(report.ok).toBe(true);
    expect(report.from).toEqual({ source: "base", kind: "migrations", findings: [] });
    expect(report.to).toEqual({ source: "head", kind: "migrations", findings: [] });
    expect(report.diff.added.map((o) => `${o.kind} ${o.name}`)).toEqual([
      "table orders",
      "index orders_user_idx",
    ]);
    expect(report.diff.added[0]?.foreignKeys).toMatchObject([{ table: "users", onDelete: "cascade" }]);
    expect(report.diff.added[1]?.table).toBe("orders");
    expect(report.diff.removed).toEqual([]);
    expect(report.diff.changed).toMatchObject([
      {
        kind: "table",
        name: "users",
        columns: { added: [{ name: "email", type: "TEXT", notNull: false }], removed: [], changed: [] },
      },
    ]);
  });

  it("--format markdown names the table and ends with a newline", async () => {
    const r = await runCli(project(), ["diff", "base", "head", "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("- **+** table <code>orders</code>");
    expect(r.stdout).toContain("- **~** table <code>users</code>");
    expect(r.stdout).toContain("  - **+** column <code>email</code> <code>TEXT</code>");
    expect(r.stdout.endsWith("\n")).toBe(true);
  });

  it("the reverse direction reports the table as removed", async () => {
    const r = await runCli(project(), ["diff", "head", "base", "--format", "json"]);
    const report = JSON.parse(r.stdout) as DiffJson;
    expect(report.diff.added).toEqual([]);
    expect(report.diff.removed).toMatchObject([{ name: "orders" }, { name: "orders_user_idx" }]);
    expect(report.diff.changed[0]?.columns.removed).toMatchObject([{ name: "email" }]);
  });
});

describe("lockstep diff with SQLite database files", () => {
  it("reads .db and .sqlite files and never writes them", async () => {
    const from = await sqliteBytes(USERS);
    const to = await sqliteBytes(`${USERS}${ORDERS}`);
    const cwd = tempTree({ "old.sqlite": from, "new.db": to });
    const r = await runCli(cwd, ["diff", "old.sqlite", "new.db", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as DiffJson;
    expect([report.from, report.to]).toMatchObject([
      { source: "old.sqlite", kind: "database" },
      { kind: "database" },
    ]);
    expect(report.diff.added.map((o) => o.name)).toEqual(["orders", "orders_user_idx"]);
    expect(report.diff.changed[0]?.columns.added.map((c) => c.name)).toEqual(["email"]);
    expect(unchanged(join(cwd, "old.sqlite"), from)).toBe(true);
    expect(unchanged(join(cwd, "new.db"), to)).toBe(true);
  });

  it("mixes a migrations directory with a database file", async () => {
    const bytes = await sqliteBytes(`${USERS}${ORDERS}`);
    const cwd = project({ "head.db": bytes });
    const r = await runCli(cwd, ["diff", "base", "head.db"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("+ table orders");
    expect(r.stdout).toContain("+ column email TEXT");
    const same = await runCli(cwd, ["diff", "head.db", "head"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("no schema changes");
    expect(same.stdout).not.toMatch(/^[+~-] /m);
    expect(unchanged(join(cwd, "head.db"), bytes)).toBe(true);
  });
});

describe("lockstep diff of equal schemas", () => {
  const restyled = [
    'create   table "USERS" ( "Id" integer primary key,',
    "  [NAME] text NOT NULL, `EMAIL` text );",
    'CREATE TABLE [orders] ("id" INTEGER PRIMARY KEY,  user_id integer not null',
    '  references "Users" ("ID") on delete cascade, Total integer);',
    "create index ORDERS_USER_IDX on Orders(USER_ID);",
  ].join("\n");

  it("quoting, case and whitespace make no difference between directories", async () => {
    const cwd = project({ "styled/0001_all.up.sql": `${restyled}\n` });
    const r = await runCli(cwd, ["diff", "head", "styled", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diff).toEqual({ added: [], removed: [], changed: [] });
    const text = await runCli(cwd, ["diff", "head", "styled"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("no schema changes");
    expect(text.stdout).not.toMatch(/^[+~-] /m);
  });

  it("nor between a directory and a database file", async () => {
    const cwd = project({ "styled.db": await sqliteBytes(restyled) });
    const r = await runCli(cwd, ["diff", "styled.db", "head", "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("_No schema changes._\n")).toBe(true);
  });
});

describe("lockstep diff when it cannot do its job", () => {
  it("a missing path exits 2 with one line naming it", async () => {
    const r = await runCli(project(), ["diff", "base", "nowhere"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toContain("nowhere does not exist");
  });

  it("a text file named x.db exits 2 saying it is not a SQLite database", async () => {
    const r = await runCli(project({ "x.db": "hello, not a database\n" }), ["diff", "x.db", "base"]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toContain("x.db is neither a directory nor a SQLite database file");
  });

  it("a file with a SQLite header but a corrupt body exits 2", async () => {
    const junk = `SQLite format 3\0${"garbage".repeat(200)}`;
    const r = await runCli(project({ "bad.db": junk }), ["diff", "base", "bad.db"]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toContain("bad.db cannot be read as a SQLite database");
  });

  it.each([[[]], [["base"]], [["base", "head", "extra"]]])("%j as arguments exits 2", async (args) => {
    const r = await runCli(project(), ["diff", ...args]);
    expect(r.code).toBe(2);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toContain("diff takes exactly two arguments: FROM TO");
  });
});

describe("lockstep diff when a replay fails", () => {
  const broken = {
    "broken/0001_users.up.sql": USERS,
    "broken/0002_oops.up.sql": "CREATE TABL oops (id INTEGER);\n",
    "broken/0003_later.up.sql": "CREATE TABLE later (id INTEGER);\n",
  };

  it("exits 1, shows the error and the diff as far as the replay got", async () => {
    const r = await runCli(project(broken), ["diff", "broken", "base"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("no schema changes");
    expect(r.stderr).toContain("up-failed  broken/0002_oops.up.sql:1:1");
    expect(r.stderr).toContain('near "TABL": syntax error');
    expect(r.stderr).toContain(
      "lockstep: the replay behind this diff hit 1 error(s); the diff shows the schema as far as it got\n",
    );
  });

  it("--format json says ok: false and carries the finding on its side", async () => {
    const r = await runCli(project(broken), ["diff", "broken", "head", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as DiffJson;
    expect(report.ok).toBe(false);
    const errors = report.from.findings.filter((f) => f.severity === "error");
    expect(errors).toMatchObject([{ rule: "up-failed", file: "broken/0002_oops.up.sql", line: 1 }]);
    expect(report.to.findings).toEqual([]);
    expect(report.diff.added.map((o) => o.name)).toEqual(["orders", "orders_user_idx"]);
    expect(r.stderr).toMatch(/the diff shows the schema as far as it got\n$/);
  });
});

describe("REF:DIR", () => {
  it("diffs a directory as committed at a ref against the working tree", async () => {
    const cwd = tempTree({
      "db/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "users");
    writeFileSync(join(cwd, "db/0002_orders.up.sql"), "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
    const r = await runCli(cwd, ["diff", "main:db", "db", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diff.added.map((o: { name: string }) => o.name)).toEqual(["orders"]);
    const missing = await runCli(cwd, ["diff", "nope:db", "db"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope in nope:db is not a commit here");
  });
});
