import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLayout, readMigrationSet } from "../../../src/core/layouts/index.js";
import { only, replayFiles, rulesOf } from "../../helpers/replay.js";
import { fixture, fixtures } from "../layouts/read-dir.js";

/** The fixture's files as `replayFiles` takes them (paths under the migration directory). */
function fixtureTree(name: string): Record<string, string> {
  const root = path.join(fixtures, name);
  const tree: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else tree[path.relative(root, full).split(path.sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(root);
  return tree;
}

const plan = (lines: string[]) => `%syntax-version=1.0.0\n%project=app\n\n${lines.join("\n")}\n`;
const by = "2024-01-01T00:00:00Z Ann <ann@example.com>";
const script = (sql: string) => `BEGIN;\n\n${sql}\n\nCOMMIT;\n`;

describe("sqitch", () => {
  const files = fixture("sqitch");
  const set = readMigrationSet(files);

  it("is detected from sqitch.plan", () => {
    expect(detectLayout(files)).toEqual({
      layout: "sqitch",
      reason: "a Sqitch plan, sqitch.plan, with deploy/ and revert/ scripts",
    });
    expect(set).toMatchObject({ layout: "sqitch", hasDowns: true, findings: [] });
  });

  it("follows the plan's order, a reworked change's earlier scripts being name@tag", () => {
    expect(set.migrations.map((m) => [m.version, m.name])).toEqual([
      ["1", "users"],
      ["2", "flips"],
      ["3", "flip_count"],
      ["4", "users"],
    ]);
    const tails = (i: number) => set.migrations[i]?.files.map((f) => f.split("/").slice(-2).join("/"));
    expect(tails(0)).toEqual(["deploy/users@v1.0.sql", "revert/users@v1.0.sql", "verify/users@v1.0.sql"]);
    expect(tails(3)).toEqual(["deploy/users.sql", "revert/users.sql", "verify/users.sql"]);
    // Sqitch hands each script to sqlite3 as written: its BEGIN…COMMIT is its own.
    expect(set.migrations.every((m) => m.up?.transaction === false && m.verify?.file.endsWith(".sql"))).toBe(
      true,
    );
  });

  it("replays clean: deploys with their own BEGIN/COMMIT, reverts, verifies", async () => {
    const db = await replayFiles(fixtureTree("sqitch"));
    expect(db.format).toBe("sqitch");
    expect(db.findings).toEqual([]);
    expect(db.migrations.map((m) => [m.up, m.down, m.redo])).toEqual(
      Array.from({ length: 4 }, () => ["ok", "ok", "ok"]),
    );
  });

  it("a verify that fails after its deploy is verify-failed at the verify's statement", async () => {
    const db = await replayFiles({
      "sqitch.plan": plan([`users ${by}`]),
      "deploy/users.sql": script("CREATE TABLE users (id INTEGER PRIMARY KEY);"),
      "revert/users.sql": script("DROP TABLE users;"),
      "verify/users.sql": "BEGIN;\nSELECT id, email FROM users WHERE 0;\nROLLBACK;\n",
    });
    const f = only(db, "verify-failed");
    expect(f).toMatchObject({
      severity: "error",
      file: "migrations/verify/users.sql",
      line: 2,
      version: "1",
    });
    expect(f.message).toContain("no such column: email");
    expect(f.message).toContain("sqitch verify");
    expect(rulesOf(db)).toEqual(["verify-failed"]);
  });

  it("near miss: a verify that writes is rolled back and changes nothing", async () => {
    const db = await replayFiles({
      "sqitch.plan": plan([`users ${by}`]),
      "deploy/users.sql": script("CREATE TABLE users (id INTEGER PRIMARY KEY);"),
      "revert/users.sql": script("DROP TABLE users;"),
      "verify/users.sql": "BEGIN;\nCREATE TABLE leftover (x);\nSELECT id FROM users WHERE 0;\nCOMMIT;\n",
    });
    expect(rulesOf(db)).toEqual([]);
    const objects = (db.schema as { objects: { name: string }[] }).objects.map((o) => o.name);
    expect(objects).toEqual(["users"]);
  });

  it("a dependency that is not earlier in the plan is a parse-error at its plan line", () => {
    const later = readMigrationSet(
      fixtureFiles({
        "sqitch.plan": plan([`flips [users] ${by}`, `users ${by}`]),
        "deploy/flips.sql": "",
        "deploy/users.sql": "",
      }),
      { layout: "sqitch" },
    );
    expect(later.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ["parse-error", "m/sqitch.plan", 4],
    ]);
    expect(later.findings[0]?.message).toContain('requires "users", which the plan only has later (line 5)');
    const unknown = readMigrationSet(
      fixtureFiles({ "sqitch.plan": plan([`likes [nobody] ${by}`]), "deploy/likes.sql": "" }),
    );
    expect(unknown.findings.map((f) => [f.rule, f.line])).toEqual([["parse-error", 4]]);
    expect(unknown.findings[0]?.message).toContain('requires "nobody", which the plan does not have');
  });

  it("near miss: another project's change and a change before its tag are fine dependencies", () => {
    const good = readMigrationSet(
      fixtureFiles({
        "sqitch.plan": plan([`users ${by}`, `@v1 ${by}`, `flips [users@v1 other:thing !gone] ${by}`]),
        "deploy/users.sql": "",
        "deploy/flips.sql": "",
      }),
    );
    expect(good.findings).toEqual([]);
  });

  it("a plan line Sqitch refuses and a moved deploy_dir are parse-errors at their lines", () => {
    const bad = readMigrationSet(
      fixtureFiles({
        "sqitch.plan": plan([`users ${by}`, "flips"]),
        "sqitch.conf": "[core]\n\tengine = sqlite\n\tdeploy_dir = sql/deploy\n",
        "deploy/users.sql": "",
      }),
    );
    expect(bad.findings.map((f) => [f.file, f.line])).toEqual([
      ["m/sqitch.conf", 3],
      ["m/sqitch.plan", 5],
    ]);
    expect(bad.migrations.map((m) => m.name)).toEqual(["users"]);
  });

  it("a planned change without its deploy script is a parse-error at its plan line", () => {
    const bad = readMigrationSet(
      fixtureFiles({
        "sqitch.plan": plan([`users ${by}`, `gone ${by}`]),
        "deploy/users.sql": "",
        "revert/gone.sql": "",
      }),
    );
    expect(bad.findings.map((f) => [f.file, f.line])).toEqual([["m/sqitch.plan", 5]]);
    expect(bad.findings[0]?.message).toContain("deploy/gone.sql is missing");
    expect(bad.migrations.map((m) => m.name)).toEqual(["users"]);
  });
});

function fixtureFiles(tree: Record<string, string>) {
  return Object.entries(tree).map(([rel, text]) => ({ rel, display: `m/${rel}`, text }));
}

describe("where Sqitch's SQLite engine keeps its registry (Engine/sqlite.pm registry_uri)", () => {
  it("the target's name part replaced by the registry's name, the extension kept; the cases of Sqitch's t/sqlite.t", async () => {
    const { registryBeside } = await import("../../../src/core/tools/sqitch.js");
    expect(registryBeside("app.db")).toBe("sqitch.db");
    expect(registryBeside("db/app.db")).toBe("db/sqitch.db");
    expect(registryBeside("app.sqlite3")).toBe("sqitch.sqlite3");
    expect(registryBeside("app.test.db")).toBe("sqitch.test.db");
    expect(registryBeside("data/app")).toBe("data/sqitch");
    // t/sqlite.t: /path/to/sqlite.db with registry `meta`; /path/to/sqitch with `meta.db`; sqitch.db with `registry`.
    expect(registryBeside("/path/to/sqlite.db", "meta")).toBe("/path/to/meta.db");
    expect(registryBeside("/path/to/sqitch", "meta.db")).toBe("/path/to/meta.db");
    expect(registryBeside("/path/to/sqitch.db", "registry")).toBe("/path/to/registry.db");
  });
});
