import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { linkDependencies, projectEnv } from "../helpers/project-deps.js";
import { tempTree } from "../helpers/temp-dir.js";

/** knex and better-sqlite3 installed in the project, `knex` on its PATH. */
const withKnex = (root: string) => linkDependencies(root, { knex: "knex/bin/cli.js" });

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
  const run = await runCli(root, ["replay", "--no-cache", "--format", "json"], projectEnv());
  expect(run.stderr).toBe("");
  const db = JSON.parse(run.stdout).databases[0];
  return {
    code: run.code,
    format: db.format,
    steps: db.migrations.map((m: Record<string, string>) => `${m.version} ${m.up} ${m.down} ${m.redo}`),
    findings: db.findings.map((f: Record<string, string>) => `${f.rule} ${f.version} ${f.file}`),
    messages: db.findings.map((f: Record<string, string>) => f.message),
    schema: JSON.stringify(db.schema),
  };
}

describe("the knex preset, with the real knex", () => {
  it("replays a knex history up, down and up again, its own tables left out, and finds the down that leaves a column", async () => {
    // One replay, to keep the tool's start-ups few: two clean migrations, then one whose down does nothing,
    // then one marked idempotent that is not: knex applies it again once its tracking rows are put back.
    const root = tempTree({
      ...files,
      "migrations/20240103000000_user_name.js": migration(
        'alterTable("users", (t) => { t.string("name"); })',
        'alterTable("users", () => {})',
      ),
      "migrations/20240104000000_log.js": `// lockstep:idempotent\n${migration('createTable("log", (t) => { t.string("line"); })', 'dropTable("log")')}`,
    });
    const result = await replay(withKnex(root));
    expect(result).toMatchObject({ code: 1, format: "knex" });
    expect(result.steps).toEqual([
      "20240101000000 ok ok ok",
      "20240102000000 ok ok ok",
      "20240103000000 ok mismatch not-run",
      "20240104000000 ok ok ok",
    ]);
    expect(result.findings).toEqual([
      "down-mismatch 20240103000000 migrations/20240103000000_user_name.js",
      "not-idempotent 20240104000000 migrations/20240104000000_log.js",
    ]);
    expect(result.messages[1]).toContain("table `log` already exists");
    expect(result.schema).toContain('"name":"posts"');
    expect(result.schema).not.toContain("knex_migrations");
  });
});
