import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { editDatabase, snapshot, writeDatabase } from "../helpers/real-db.js";
import { registrySql } from "../helpers/sqitch-registry.js";
import { tempTree } from "../helpers/temp-dir.js";

// Sqitch is not installed here: the target is what its deploy scripts make, the registry Sqitch's own DDL
// with the rows `sqitch deploy` writes. Sqitch keeps the registry beside the target (sqitch.db for app.db).

const users =
  "-- Deploy flipr:users to sqlite\n\nBEGIN;\n\nCREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n\nCOMMIT;\n";
const flips =
  "-- Deploy flipr:flips to sqlite\n\nBEGIN;\n\nCREATE TABLE flips (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), body TEXT);\n\nCOMMIT;\n";
const by = "Marge N. <marge@example.com>";

function project(extra: Record<string, string> = {}) {
  return tempTree({
    "lockstep.config.json": JSON.stringify({ databases: [{ name: "flipr", dir: ".", layout: "sqitch" }] }),
    "sqitch.plan": `%syntax-version=1.0.0\n%project=flipr\n\nusers 2024-01-02T10:00:00Z ${by} # users\nflips [users] 2024-01-02T11:00:00Z ${by} # flips\n`,
    "deploy/users.sql": users,
    "revert/users.sql": "BEGIN;\nDROP TABLE users;\nCOMMIT;\n",
    "deploy/flips.sql": flips,
    "revert/flips.sql": "BEGIN;\nDROP TABLE flips;\nCOMMIT;\n",
    ...extra,
  });
}

/** The target with `users` deployed (and rows), its registry at `registry` (relative to the project). */
async function deployed(cwd: string, target = "app.db", registry = "sqitch.db") {
  await writeDatabase(join(cwd, target), `${users} INSERT INTO users (name) VALUES ('ann'), ('bob');`);
  await writeDatabase(join(cwd, registry), registrySql("flipr", [["users", users]]));
}

describe("Sqitch: the target database, with its registry beside it", () => {
  it("status takes the target and reads the registry Sqitch keeps beside it; neither file is written", async () => {
    const cwd = project();
    await deployed(cwd);
    const before = [snapshot(join(cwd, "app.db")), snapshot(join(cwd, "sqitch.db"))];
    const r = await runCli(cwd, ["status", "app.db"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("app.db: Sqitch (changes of sqitch.db) against flipr");
    expect(r.stdout).toContain("1 applied, 1 pending, 0 missing, 0 changed, 0 failed");
    const json = JSON.parse((await runCli(cwd, ["status", "app.db", "--format", "json"])).stdout);
    expect(json.registry).toBe("sqitch.db");
    expect(json.migrations.map((m: { name: string; state: string }) => `${m.name} ${m.state}`)).toEqual([
      "users applied",
      "flips pending",
    ]);
    const after = [snapshot(join(cwd, "app.db")), snapshot(join(cwd, "sqitch.db"))];
    expect(after[0]?.bytes.equals(before[0]?.bytes as Buffer)).toBe(true);
    expect(after[1]?.bytes.equals(before[1]?.bytes as Buffer)).toBe(true);
    expect(after[0]?.beside).toEqual(before[0]?.beside);
  });

  it("drift compares the target's schema with the replay at the registry's last change", async () => {
    const cwd = project();
    await deployed(cwd);
    const clean = await runCli(cwd, ["drift", "app.db"]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toContain("drift: the migrations up to 1 → app.db");
    expect(clean.stdout).toContain("no drift");
    await editDatabase(join(cwd, "app.db"), "CREATE TABLE audit (id INTEGER PRIMARY KEY);");
    const drifted = await runCli(cwd, ["drift", "app.db", "--format", "json"]);
    expect(drifted.code).toBe(1);
    expect(JSON.stringify(JSON.parse(drifted.stdout).diff)).toContain("audit");
  });

  it("replay --on replays the pending changes on a copy of the target, its rows included", async () => {
    const cwd = project();
    await deployed(cwd);
    const r = await runCli(cwd, ["replay", "--on", "app.db", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const on = JSON.parse(r.stdout).on;
    expect(on).toEqual({ file: "app.db", registry: "sqitch.db", applied: ["1"], replayed: ["2"] });
  });

  it("a change that only fails on the target's rows fails in replay --on", async () => {
    const strict = "BEGIN;\nCREATE UNIQUE INDEX users_name ON users (name);\nCOMMIT;\n";
    const cwd = project({
      "deploy/flips.sql": strict,
      "revert/flips.sql": "BEGIN;\nDROP INDEX users_name;\nCOMMIT;\n",
    });
    await deployed(cwd);
    await editDatabase(join(cwd, "app.db"), "INSERT INTO users (name) VALUES ('ann');");
    const r = await runCli(cwd, ["replay", "--on", "app.db"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("UNIQUE constraint failed: users.name");
  });

  it("the registry is named after the target's extension, or given with --registry", async () => {
    const cwd = project();
    await deployed(cwd, "app.sqlite3", "sqitch.sqlite3");
    const beside = await runCli(cwd, ["status", "app.sqlite3"]);
    expect(beside.code, beside.stderr).toBe(0);
    expect(beside.stdout).toContain("changes of sqitch.sqlite3");
    mkdirSync(join(cwd, "ops"));
    await deployed(cwd, "data.db", "ops/registry.db");
    const none = await runCli(cwd, ["status", "data.db"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      "data.db is the target database, and sqitch.db beside it, where the registry would be, does not exist",
    );
    expect(none.stderr).toContain("--registry FILE");
    const given = await runCli(cwd, ["drift", "data.db", "--registry", "ops/registry.db"]);
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toContain("no drift");
  });

  it("the registry itself: status reads it; drift and replay --on say to pass the target", async () => {
    const cwd = project();
    await deployed(cwd);
    const status = await runCli(cwd, ["status", "sqitch.db"]);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain("1 applied, 1 pending");
    for (const args of [
      ["drift", "sqitch.db"],
      ["replay", "--on", "sqitch.db"],
    ]) {
      const r = await runCli(cwd, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        "sqitch.db is Sqitch's registry, which records what was deployed and holds none of its schema; pass the target database instead",
      );
    }
  });

  it("a registry shared with another project: that project's changes are not missing from this plan", async () => {
    const cwd = project();
    await deployed(cwd);
    const who = "'Lisa', 'lisa@example.com'";
    await editDatabase(
      join(cwd, "sqitch.db"),
      `INSERT INTO projects (project, creator_name, creator_email) VALUES ('widgets', ${who});
       INSERT INTO changes (change_id, script_hash, change, project, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email)
       VALUES ('0f0f', 'abab', 'gadgets', 'widgets', '2024-03-01 10:00:00', ${who}, '2024-03-01 09:00:00', ${who});`,
    );
    const r = await runCli(cwd, ["status", "app.db"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("1 applied, 1 pending, 0 missing");
    // A change of this project the plan lost is still missing.
    await editDatabase(
      join(cwd, "sqitch.db"),
      `INSERT INTO changes (change_id, script_hash, change, project, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email)
       VALUES ('1e1e', 'cdcd', 'tags', 'flipr', '2024-03-02 10:00:00', ${who}, '2024-03-02 09:00:00', ${who});`,
    );
    const lost = await runCli(cwd, ["status", "app.db"]);
    expect(lost.code).toBe(1);
    expect(lost.stdout).toContain("1 applied, 1 pending, 1 missing");
    expect(lost.stdout).not.toContain("gadgets");
  });

  it("--registry is refused where the tool keeps its records in the database itself", async () => {
    const cwd = tempTree({
      "db/migrations/20240101000000_a.sql":
        "-- migrate:up\nCREATE TABLE a (id INTEGER);\n-- migrate:down\nDROP TABLE a;\n",
    });
    await writeDatabase(
      join(cwd, "app.db"),
      "CREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY);",
    );
    const r = await runCli(cwd, ["status", "app.db", "--registry", "x.db"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--registry is for a tool that keeps its records in a database of its own");
  });
});
