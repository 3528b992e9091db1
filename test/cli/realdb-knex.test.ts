import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { linkDependencies, projectEnv } from "../helpers/project-deps.js";
import { snapshot } from "../helpers/real-db.js";
import { tempTree } from "../helpers/temp-dir.js";

const migration = (up: string, down: string) =>
  `exports.up = (knex) => knex.schema.${up};\nexports.down = (knex) => knex.schema.${down};\n`;

const MIGRATE = [
  "migrate:latest",
  "--client",
  "better-sqlite3",
  "--connection",
  "app.db",
  "--migrations-directory",
  "migrations",
];

/** A knex project whose app.db the real knex migrated with both migrations. */
function knexProject(): string {
  const root = linkDependencies(
    tempTree({
      "migrations/20240101000000_users.js": migration(
        'createTable("users", (t) => { t.increments("id"); })',
        'dropTable("users")',
      ),
      "migrations/20240102000000_posts.js": migration(
        'createTable("posts", (t) => { t.increments("id"); })',
        'dropTable("posts")',
      ),
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "app", dir: "migrations", layout: "knex" }],
      }),
    }),
    { knex: "knex/bin/cli.js" },
  );
  const run = spawnSync(join(root, "node_modules/.bin/knex"), [...MIGRATE], {
    cwd: root,
    env: projectEnv(),
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return root;
}

describe("status of a database the real knex migrated", () => {
  it("knex_migrations' file names match the files: applied; the file left untouched", async () => {
    const root = knexProject();
    const before = snapshot(join(root, "app.db"));
    const r = await runCli(root, ["status", "app.db", "--format", "json"], projectEnv());
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).migrations.map((m: { state: string }) => m.state)).toEqual([
      "applied",
      "applied",
    ]);
    expect(snapshot(join(root, "app.db")).bytes.equals(before.bytes)).toBe(true);
  });

  it("a deleted applied file is missing, with knex's own refusal", async () => {
    const root = knexProject();
    rmSync(join(root, "migrations/20240101000000_users.js"));
    const r = await runCli(root, ["status", "app.db"], projectEnv());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("The migration directory is corrupt, the following files are missing");
    // And knex itself says so.
    const knex = spawnSync(join(root, "node_modules/.bin/knex"), [...MIGRATE], {
      cwd: root,
      env: projectEnv(),
      encoding: "utf8",
    });
    expect(`${knex.stdout}${knex.stderr}`).toContain("The migration directory is corrupt");
  });
});
