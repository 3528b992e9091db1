import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { linkDependencies, projectEnv } from "../helpers/project-deps.js";
import { tempTree } from "../helpers/temp-dir.js";

const migration = (name: string, up: string, down: string) =>
  [
    `module.exports = class ${name} {`,
    `  async up(queryRunner) { await queryRunner.query(${JSON.stringify(up)}); }`,
    `  async down(queryRunner) { ${down ? `await queryRunner.query(${JSON.stringify(down)});` : ""} }`,
    "};",
    "",
  ].join("\n");

const files = {
  "src/migration/1704067200000-CreateUsers.js": migration(
    "CreateUsers1704067200000",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)",
    "DROP TABLE users",
  ),
  "src/migration/1704153600000-CreatePosts.js": migration(
    "CreatePosts1704153600000",
    "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id))",
    "DROP TABLE posts",
  ),
  "src/migration/1704240000000-AddUserName.js": migration(
    "AddUserName1704240000000",
    "ALTER TABLE users ADD COLUMN name TEXT",
    "ALTER TABLE users DROP COLUMN name",
  ),
  "lockstep.config.json": JSON.stringify({
    databases: [{ name: "app", dir: "src/migration", layout: "typeorm", runner: "typeorm" }],
  }),
};

const withTypeorm = (root: string) => linkDependencies(root, { typeorm: "typeorm/cli.js" });

async function replay(root: string) {
  const run = await runCli(root, ["replay", "--no-cache", "--format", "json"], projectEnv());
  expect(run.stderr).toBe("");
  const db = JSON.parse(run.stdout).databases[0];
  return {
    code: run.code,
    steps: db.migrations.map((m: Record<string, string>) => `${m.version} ${m.up} ${m.down} ${m.redo}`),
    findings: db.findings.map((f: Record<string, string>) => `${f.rule} ${f.version} ${f.file}`),
    messages: db.findings.map((f: Record<string, string>) => f.message),
    schema: JSON.stringify(db.schema),
  };
}

describe("the TypeORM preset, with the real TypeORM", () => {
  it("replays each migration with migration:run and migration:revert on a data source lockstep writes, and finds the down that leaves a column", async () => {
    // One replay, to keep the tool's start-ups few: two clean migrations, then one whose down does nothing.
    const root = tempTree({
      ...files,
      "src/migration/1704240000000-AddUserName.js": migration(
        "AddUserName1704240000000",
        "ALTER TABLE users ADD COLUMN name TEXT",
        "",
      ),
    });
    const result = await replay(withTypeorm(root));
    expect(result.code).toBe(1);
    expect(result.steps).toEqual([
      "1704067200000 ok ok ok",
      "1704153600000 ok ok ok",
      "1704240000000 ok mismatch not-run",
    ]);
    expect(result.findings).toEqual([
      "down-mismatch 1704240000000 src/migration/1704240000000-AddUserName.js",
    ]);
    expect(result.messages[0]).toContain("name");
    expect(result.schema).toContain('"name":"posts"');
    // TypeORM's own table of applied migrations is its bookkeeping.
    expect(result.schema).not.toContain('"name":"migrations"');
  });
});
