import { mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";

const NODE_MODULES = resolve(import.meta.dirname, "../../node_modules");

/** knex and better-sqlite3 installed in the project as a team has them (no other Node on its PATH). */
function withKnex(root: string): string {
  const modules = join(root, "node_modules");
  mkdirSync(join(modules, ".bin"), { recursive: true });
  for (const entry of readdirSync(NODE_MODULES)) {
    if (entry !== ".bin") symlinkSync(join(NODE_MODULES, entry), join(modules, entry));
  }
  symlinkSync(join(NODE_MODULES, "knex", "bin", "cli.js"), join(modules, ".bin", "knex"));
  return root;
}

const migration = (up: string, down: string) =>
  `exports.up = (knex) => knex.schema.${up};\nexports.down = (knex) => knex.schema.${down};\n`;

const files = {
  "migrations/20240101000000_users.js": migration(
    'createTable("users", (t) => { t.increments("id"); t.string("email").notNullable(); })',
    'dropTable("users")',
  ),
  "migrations/20240102000000_posts.js": migration(
    'createTable("posts", (t) => { t.increments("id"); t.integer("user_id").references("users.id"); })',
    'dropTable("posts")',
  ),
  "migrations/20240103000000_user_name.js": migration(
    'alterTable("users", (t) => { t.string("name"); })',
    'alterTable("users", (t) => { t.dropColumn("name"); })',
  ),
  "lockstep.config.json": JSON.stringify({ databases: [{ name: "app", dir: "migrations", runner: "knex" }] }),
};

async function replay(root: string) {
  const run = await runCli(root, ["replay", "--no-cache", "--format", "json"]);
  expect(run.stderr).toBe("");
  const db = JSON.parse(run.stdout).databases[0];
  return {
    code: run.code,
    format: db.format,
    steps: db.migrations.map((m: Record<string, string>) => `${m.version} ${m.up} ${m.down} ${m.redo}`),
    findings: db.findings.map((f: Record<string, string>) => `${f.rule} ${f.version} ${f.file}`),
    schema: JSON.stringify(db.schema),
  };
}

describe("the knex preset, with the real knex", () => {
  it("replays a knex history up, down and up again, its own tables left out", async () => {
    const result = await replay(withKnex(tempTree(files)));
    expect(result).toMatchObject({ code: 0, format: "knex", findings: [] });
    expect(result.steps).toEqual([
      "20240101000000 ok ok ok",
      "20240102000000 ok ok ok",
      "20240103000000 ok ok ok",
    ]);
    expect(result.schema).toContain('"name":"posts"');
    expect(result.schema).not.toContain("knex_migrations");
  });

  it("finds the down that leaves a column behind", async () => {
    const root = tempTree({
      ...files,
      "migrations/20240103000000_user_name.js": migration(
        'alterTable("users", (t) => { t.string("name"); })',
        'alterTable("users", () => {})',
      ),
    });
    const result = await replay(withKnex(root));
    expect(result.code).toBe(1);
    expect(result.findings).toEqual(["down-mismatch 20240103000000 migrations/20240103000000_user_name.js"]);
  });
});
