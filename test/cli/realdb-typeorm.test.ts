import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { linkDependencies, projectEnv } from "../helpers/project-deps.js";
import { snapshot } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

const migration = (name: string, up: string, down: string) =>
  `module.exports = class ${name} {\n  async up(q) { await q.query(${JSON.stringify(up)}); }\n  async down(q) { await q.query(${JSON.stringify(down)}); }\n};\n`;

/** A TypeORM project whose app.db the real TypeORM migrated with two migrations; a third is added after. */
function typeormProject(): string {
  const root = linkDependencies(
    tempTree({
      "src/migration/1704067200000-CreateUsers.js": migration(
        "CreateUsers1704067200000",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)",
        "DROP TABLE users",
      ),
      "src/migration/1704153600000-CreatePosts.js": migration(
        "CreatePosts1704153600000",
        "CREATE TABLE posts (id INTEGER PRIMARY KEY)",
        "DROP TABLE posts",
      ),
      "data-source.js":
        'const { DataSource } = require("typeorm");\nmodule.exports = new DataSource({ type: "better-sqlite3", database: "app.db", migrations: ["src/migration/*.js"] });\n',
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "app", dir: "src/migration", layout: "typeorm", runner: "typeorm" }],
      }),
    }),
    { typeorm: "typeorm/cli.js" },
  );
  const run = spawnSync(join(root, "node_modules/.bin/typeorm"), ["migration:run", "-d", "data-source.js"], {
    cwd: root,
    env: projectEnv(),
    encoding: "utf8",
  });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  writeFileSync(
    join(root, "src/migration/1704240000000-AddUserName.js"),
    migration(
      "AddUserName1704240000000",
      "ALTER TABLE users ADD COLUMN name TEXT",
      "ALTER TABLE users DROP COLUMN name",
    ),
  );
  return root;
}

describe("a database the real TypeORM migrated", () => {
  it("status reads `migrations` by timestamp; drift through the runner leaves TypeORM's own table out", async () => {
    const root = typeormProject();
    const before = snapshot(join(root, "app.db"));
    const status = await runCli(root, ["status", "app.db", "--format", "json"], projectEnv());
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout).migrations.map((m: { state: string }) => m.state)).toEqual([
      "applied",
      "applied",
      "pending",
    ]);
    const drift = await runCli(root, ["drift", "app.db", "--format", "json"], projectEnv());
    expect(drift.code, drift.stdout + drift.stderr).toBe(0);
    expect(JSON.parse(drift.stdout).applied).toEqual(["1704067200000", "1704153600000"]);
    const after = snapshot(join(root, "app.db"));
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.beside).toEqual(before.beside);
  });
});
