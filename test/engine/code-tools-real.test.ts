import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrationSet } from "../../src/core/layouts/index.js";
import { knex } from "../../src/core/tools/knex.js";
import { fixture, fixtures, repoRoot } from "../core/layouts/read-dir.js";
import { tempTree } from "../helpers/temp-dir.js";

// The real tools on the fixtures: the order lockstep lists a set in is the order the tool itself applies it,
// and the knex runner preset applies and reverts exactly the migration it names.

const KNEX_DIR = path.join(fixtures, "knex");
const TYPEORM_DIR = path.join(fixtures, "typeorm");
const HELPER = path.join(repoRoot, "test/helpers/orm-run.mjs");

/**
 * The Node on PATH outside the checkout's node_modules: the one `npm ci` built better-sqlite3 for (the
 * checkout's own node_modules/.bin/node is another version, whose ABI the addon does not match).
 */
const NODE = (process.env.PATH ?? "")
  .split(path.delimiter)
  .filter((dir) => dir !== "" && !dir.startsWith(path.join(repoRoot, "node_modules")))
  .map((dir) => path.join(dir, "node"))
  .find((candidate) => existsSync(candidate));
const BIN = path.dirname(NODE ?? "node");

function run(words: string[]) {
  const result = spawnSync(words[0] as string, words.slice(1), {
    cwd: repoRoot,
    encoding: "utf8",
    // npx puts node_modules/.bin first, where another Node is: the tool's own bin runs under this one.
    env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}` },
  });
  expect(result.status, `${words.join(" ")}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

function rows(db: string, sql: string): Record<string, unknown>[] {
  return JSON.parse(run([NODE as string, HELPER, "rows", db, sql])) as Record<string, unknown>[];
}

/**
 * The preset's words with the placeholders filled, run as declared (no shell); `npx --no-install knex` is
 * knex's own bin, run by that Node.
 */
function runPreset(command: string, values: Record<string, string>) {
  const words = command
    .split(" ")
    .map((w) => w.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`));
  expect(words.slice(0, 3)).toEqual(["npx", "--no-install", "knex"]);
  return run([NODE as string, path.join(repoRoot, "node_modules/knex/bin/cli.js"), ...words.slice(3)]);
}

it("finds the Node that runs the real tools", () => {
  expect(NODE, "a node on PATH outside node_modules").toBeDefined();
});

describe("knex, for real", () => {
  const set = readMigrationSet(fixture("knex"));
  const names = set.migrations.map((m) => m.step?.migration as string);

  it("migrate:latest records the files in the layout's order", () => {
    const db = path.join(tempTree({}), "latest.db");
    runPreset(
      "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:latest",
      { db, dir: KNEX_DIR },
    );
    expect(rows(db, "SELECT name FROM knex_migrations ORDER BY id").map((r) => r.name)).toEqual(names);
    // The .mjs file and the nested one never ran.
    const tables = rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(["users", "posts", "knex_migrations", "knex_migrations_lock"]),
    );
    expect(tables).not.toContain("never");
    expect(tables).not.toContain("nested");
  }, 60_000);

  it("the runner preset applies each migration by name, and reverts the last one", () => {
    const db = path.join(tempTree({}), "steps.db");
    set.migrations.forEach((migration, i) => {
      runPreset(knex.runner.up, { db, dir: KNEX_DIR, ...migration.step });
      const applied = rows(db, "SELECT name FROM knex_migrations ORDER BY id").map((r) => r.name);
      expect(applied).toEqual(names.slice(0, i + 1));
    });
    const columns = () => rows(db, "PRAGMA table_info(users)").map((r) => r.name);
    expect(columns()).toContain("legacy");
    const last = set.migrations.at(-1);
    runPreset(knex.runner.down, { db, dir: KNEX_DIR, ...last?.step });
    expect(columns()).not.toContain("legacy");
    expect(rows(db, "SELECT name FROM knex_migrations ORDER BY id").map((r) => r.name)).toEqual(
      names.slice(0, -1),
    );
  }, 60_000);
});

it("knex refuses a migration without a down with the message lockstep quotes", () => {
  const dir = tempTree({ "20240101000000_seed.cjs": "exports.up = async () => {};\n" });
  const db = path.join(dir, "refused.db");
  const result = spawnSync(
    NODE as string,
    [
      path.join(repoRoot, "node_modules/knex/bin/cli.js"),
      "--client",
      "better-sqlite3",
      "--connection",
      db,
      "--migrations-directory",
      dir,
      "migrate:latest",
    ],
    { cwd: repoRoot, encoding: "utf8" },
  );
  expect(result.status).toBe(1);
  const said = "Invalid migration: 20240101000000_seed.cjs must have both an up and down function";
  expect(result.stderr + result.stdout).toContain(said);
  const read = readMigrationSet(
    [{ rel: "20240101000000_seed.cjs", display: "seed", text: "exports.up = async () => {};\n" }],
    { layout: "knex" },
  );
  expect(read.findings[0]?.message).toContain(`"${said}"`);
}, 60_000);

describe("TypeORM, for real", () => {
  function runTypeorm(dir: string, glob: string): { db: string; error: string | null } {
    const db = path.join(tempTree({}), "typeorm.db");
    const out = JSON.parse(run([NODE as string, HELPER, "typeorm", db, `${dir}/${glob}`])) as {
      error: string | null;
    };
    return { db, error: out.error };
  }

  it("runMigrations records the classes in the layout's order (the name property's timestamp decides)", () => {
    const set = readMigrationSet(fixture("typeorm"));
    const { db, error } = runTypeorm(TYPEORM_DIR, "*.{cjs,ts}");
    expect(error).toBeNull();
    const recorded = rows(db, "SELECT name, timestamp FROM migrations ORDER BY id");
    expect(recorded.map((r) => r.name)).toEqual(set.migrations.map((m) => m.step?.migration));
    expect(recorded.map((r) => String(r.timestamp))).toEqual(set.migrations.map((m) => m.version));
  }, 60_000);

  it("refuses a class name without a timestamp with the message lockstep quotes", () => {
    const dir = tempTree({});
    const text =
      "class AddUsers {\n  async up(queryRunner) {}\n  async down(queryRunner) {}\n}\nmodule.exports = { AddUsers };\n";
    writeFileSync(path.join(dir, "AddUsers.cjs"), text);
    const { error } = runTypeorm(dir, "*.cjs");
    const read = readMigrationSet([{ rel: "AddUsers.cjs", display: "AddUsers.cjs", text }], {
      layout: "typeorm",
    });
    expect(error).toBe(
      "AddUsers migration name is wrong. Migration class name should have a JavaScript timestamp appended.",
    );
    expect(read.findings[0]?.message).toContain(`"${error}"`);
  }, 60_000);
});
