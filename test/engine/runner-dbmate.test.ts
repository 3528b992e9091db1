import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/adapters/sqlite/engine.js";
import { expandRunnerCommand } from "../../src/core/runner/command-line.js";
import { dbmate } from "../../src/core/tools/dbmate.js";
import { repoRoot } from "../core/layouts/read-dir.js";
import { tempTree } from "../helpers/temp-dir.js";

const migrations = {
  "20240101000001_users.sql":
    "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n\n-- migrate:down\nDROP TABLE users;\n",
  "20240101000002_posts.sql":
    "-- migrate:up\nCREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n\n-- migrate:down\nDROP TABLE posts;\n",
  "20240101000003_users_email.sql":
    "-- migrate:up\nCREATE UNIQUE INDEX users_email ON users (email);\n\n-- migrate:down\nDROP INDEX users_email;\n",
};
const files = Object.keys(migrations);

// dbmate's own release binary, as its npm package for this platform ships it (the `dbmate` wrapper
// package only locates it).
const BIN = path.join(repoRoot, "node_modules", "@dbmate", "linux-x64", "bin");

/** The preset's command line run as the engine runs it: words, no shell, `dbmate` found on PATH. */
function run(template: string, values: Record<string, string>, cwd: string): void {
  const expanded = expandRunnerCommand(template, values);
  if (!("words" in expanded)) throw new Error(`cannot expand ${template}: ${JSON.stringify(expanded)}`);
  const [command = "", ...args] = expanded.words;
  execFileSync(command, args, {
    cwd,
    env: { PATH: `${BIN}${path.delimiter}${process.env.PATH}` },
    stdio: "pipe",
  });
}

/** The applied versions and the schema's objects, read from a copy of the file's bytes. */
async function state(db: string): Promise<{ versions: unknown[]; objects: unknown[] }> {
  const copy = (await loadEngine()).openBytes(readFileSync(db));
  try {
    const versions = copy
      .prepare("SELECT version FROM schema_migrations ORDER BY version")
      .rows()
      .map(([version]) => version);
    const objects = copy
      .prepare(
        "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
      )
      .rows();
    return { versions, objects };
  } finally {
    copy.close();
  }
}

describe("the dbmate runner preset, with the real dbmate binary", () => {
  it("applies exactly one migration per `up` in a staged directory, and `down` reverts the last", async () => {
    const source = tempTree(migrations);
    const work = tempTree({ "migrations/.keep": "", "cwd/.keep": "" });
    const stage = path.join(work, "migrations");
    const cwd = path.join(work, "cwd");
    const db = path.join(work, "replay.sqlite");
    const values = { db, dir: stage };
    const runner = dbmate.runner;

    const seen: { versions: unknown[]; objects: unknown[] }[] = [];
    for (const file of files) {
      copyFileSync(path.join(source, file), path.join(stage, file));
      run(runner.up, values, cwd);
      seen.push(await state(db));
    }
    expect(seen.map((step) => step.versions)).toEqual([
      ["20240101000001"],
      ["20240101000001", "20240101000002"],
      ["20240101000001", "20240101000002", "20240101000003"],
    ]);
    expect(seen.map((step) => step.objects)).toEqual([
      [["table", "users"]],
      [
        ["table", "posts"],
        ["table", "users"],
      ],
      [
        ["table", "posts"],
        ["table", "users"],
        ["index", "users_email"],
      ],
    ]);

    run(runner.down, values, cwd);
    expect(await state(db)).toEqual(seen[1]);

    // `--no-dump-schema`: no db/schema.sql beside the working directory.
    expect(readdirSync(cwd)).toEqual([".keep"]);
    expect(existsSync(path.join(work, "db"))).toBe(false);
  });

  it("applies every staged migration in one `up` when more than one is pending (why the stage grows by one)", async () => {
    const source = tempTree(migrations);
    const work = tempTree({ "cwd/.keep": "" });
    const stage = path.join(work, "migrations");
    mkdirSync(stage);
    for (const file of files) copyFileSync(path.join(source, file), path.join(stage, file));
    const db = path.join(work, "replay.sqlite");
    run(dbmate.runner.up, { db, dir: stage }, path.join(work, "cwd"));
    expect((await state(db)).versions).toHaveLength(3);
  });
});
