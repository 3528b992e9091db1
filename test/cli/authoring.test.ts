import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  increment,
  nextVersion,
  sanitizeName,
  schemeOf,
  timestampOf,
} from "../../src/core/layouts/naming.js";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/layouts");

const UP_HINT = /^-- .*Write the SQL that makes this change\.$/m;
const DOWN_HINT = /^-- .*Write the SQL that undoes the up exactly.*$/m;

/** Writes SQL where a created template says to: what a developer does after `lockstep new`. */
function fill(cwd: string, path: string, up: string, down: string): void {
  const text = readFileSync(join(cwd, path), "utf8");
  expect(UP_HINT.test(text) || DOWN_HINT.test(text)).toBe(true);
  writeFileSync(join(cwd, path), text.replace(UP_HINT, up).replace(DOWN_HINT, down));
}

function created(stdout: string): string[] {
  return stdout.trimEnd().split("\n");
}

/** `new`, then the SQL written into its files, then lock and replay: everything must pass. */
async function newAndReplay(cwd: string, name: string, table: string, dir = "migrations"): Promise<string[]> {
  const made = await runCli(cwd, ["new", name]);
  expect(made.code, made.stderr).toBe(0);
  const paths = created(made.stdout);
  for (const path of paths)
    fill(cwd, path, `CREATE TABLE ${table} (id INTEGER PRIMARY KEY);`, `DROP TABLE ${table};`);
  expect((await runCli(cwd, ["lock", dir])).code).toBe(0);
  const replay = await runCli(cwd, ["replay", dir]);
  expect(replay.code, replay.stdout).toBe(0);
  expect(replay.stdout).not.toMatch(/\b(error|warning)\b/);
  return paths;
}

const sum = (cwd: string, dir = "migrations") => readFileSync(join(cwd, dir, "lockstep.sum"), "utf8");

describe("versions and names of new migrations", () => {
  const now = new Date(Date.UTC(2025, 4, 6, 7, 8, 9, 123));

  it("follows the set's scheme and always sorts after the newest version", () => {
    expect(increment("0007")).toBe("0008");
    expect(increment("9")).toBe("10");
    expect(increment("1.9")).toBe("1.10");
    expect(timestampOf(now, 14)).toBe("20250506070809");
    expect(timestampOf(now, 23)).toBe("20250506070809123000000");
    expect(nextVersion(schemeOf("0007"), "0007", now)).toBe("0008");
    expect(nextVersion(schemeOf("20240101000000"), "20240101000000", now)).toBe("20250506070809");
    expect(nextVersion(schemeOf("20991231235959"), "20991231235959", now)).toBe("20991231235960");
    expect(nextVersion(schemeOf("20240101000000000000001"), "20240101000000000000001", now)).toBe(
      "20250506070809123000000",
    );
    expect(sanitizeName("  Add Users' E-mail (v2) ")).toBe("add_users_e_mail_v2");
  });
});

describe("lockstep new", () => {
  it("golang-migrate: the next number in the set's width, up and down, and the lock file updated", async () => {
    const cwd = tempTree({
      "migrations/0007_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "migrations/0007_users.down.sql": "DROP TABLE users;\n",
    });
    expect((await runCli(cwd, ["lock", "migrations"])).code).toBe(0);
    const made = await runCli(cwd, ["new", "Add Posts!"]);
    expect(made).toMatchObject({
      code: 0,
      stdout: "migrations/0008_add_posts.up.sql\nmigrations/0008_add_posts.down.sql\n",
    });
    expect(made.stderr).toContain("updated migrations/lockstep.sum");
    const down = readFileSync(join(cwd, "migrations/0008_add_posts.down.sql"), "utf8");
    expect(down).toContain("undoes the up exactly");
    expect(sum(cwd)).toContain("0008 0008_add_posts.up.sql");
    expect((await runCli(cwd, ["lock", "--check", "migrations"])).code).toBe(0);
    fill(cwd, "migrations/0008_add_posts.up.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);", "");
    fill(cwd, "migrations/0008_add_posts.down.sql", "", "DROP TABLE posts;");
    await newAndReplay(cwd, "add tags", "tags");
    expect(existsSync(join(cwd, "migrations/0009_add_tags.up.sql"))).toBe(true);
  });

  it("keeps unpadded numbers unpadded: 9 -> 10", async () => {
    const cwd = tempTree({
      "migrations/9_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "migrations/9_users.down.sql": "DROP TABLE users;\n",
    });
    expect((await runCli(cwd, ["new", "posts"])).stdout).toBe(
      "migrations/10_posts.up.sql\nmigrations/10_posts.down.sql\n",
    );
  });

  it("dbmate: a UTC timestamp and one file with migrate:up / migrate:down", async () => {
    const cwd = tempTree({
      "db/migrations/20240101000000_users.sql":
        "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE users;\n",
    });
    const before = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const [path = ""] = await newAndReplay(cwd, "posts", "posts", "db/migrations");
    expect(path).toMatch(/^db\/migrations\/\d{14}_posts\.sql$/);
    expect(path.slice(14, 28) >= before).toBe(true);
    const text = readFileSync(join(cwd, path), "utf8");
    expect(text).toMatch(/^-- migrate:up\n/);
    expect(text).toContain("\n-- migrate:down\n");
  });

  it("a timestamp set whose newest version is ahead of the clock gets the newest + 1", async () => {
    const cwd = tempTree({
      "migrations/20991231235958_users.sql":
        "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n",
    });
    expect((await runCli(cwd, ["new", "later"])).stdout).toBe("migrations/20991231235959_later.sql\n");
  });

  it("goose: sequential numbers of the same width with +goose Up / Down", async () => {
    const cwd = tempTree({
      "migrations/00001_users.sql":
        "-- +goose Up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n-- +goose Down\nDROP TABLE users;\n",
    });
    const [path = ""] = await newAndReplay(cwd, "posts", "posts");
    expect(path).toBe("migrations/00002_posts.sql");
    const text = readFileSync(join(cwd, path), "utf8");
    expect(text).toMatch(/^-- \+goose Up\n/);
    expect(text).toContain("\n-- +goose Down\n");
  });

  it("sql-migrate: +migrate Up / Down, keeping the set's `-` after the version", async () => {
    const cwd = tempTree({
      "migrations/1-users.sql":
        "-- +migrate Up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n-- +migrate Down\nDROP TABLE users;\n",
    });
    expect(await newAndReplay(cwd, "posts", "posts")).toEqual(["migrations/2-posts.sql"]);
  });

  it("diesel: a YYYY-MM-DD-HHMMSS_name folder with up.sql and down.sql", async () => {
    const cwd = tempTree({
      "migrations/2024-01-01-000000_users/up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "migrations/2024-01-01-000000_users/down.sql": "DROP TABLE users;\n",
    });
    const paths = await newAndReplay(cwd, "add comments", "comments");
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/^migrations\/\d{4}-\d\d-\d\d-\d{6}_add_comments\/up\.sql$/);
    expect(paths[1]).toBe(paths[0]?.replace("up.sql", "down.sql"));
  });

  it("prisma: a timestamped folder with migration.sql", async () => {
    const cwd = tempTree({});
    cpSync(join(FIXTURES, "prisma"), join(cwd, "prisma/migrations"), { recursive: true });
    const paths = await newAndReplay(cwd, "comments", "comments", "prisma/migrations");
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^prisma\/migrations\/\d{14}_comments\/migration\.sql$/);
    expect(readFileSync(join(cwd, paths[0] ?? ""), "utf8")).toContain("no down");
  });

  it("plain numbered files: one up-only file", async () => {
    const cwd = tempTree({ "migrations/0001_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n" });
    expect(await newAndReplay(cwd, "posts", "posts")).toEqual(["migrations/0002_posts.sql"]);
  });

  it("plain timestamped files: a 14-digit UTC timestamp; 23-digit sets get nanosecond timestamps", async () => {
    const cwd = tempTree({
      "migrations/20240101120000_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    });
    expect((await newAndReplay(cwd, "posts", "posts"))[0]).toMatch(/^migrations\/\d{14}_posts\.sql$/);
    const nanos = tempTree({
      "migrations/20240101120000123456789_users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    });
    expect((await newAndReplay(nanos, "posts", "posts"))[0]).toMatch(/^migrations\/\d{23}_posts\.sql$/);
  });

  it("flyway: V and, where the set has undo scripts, U files", async () => {
    const cwd = tempTree({
      "sql/V1__users.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "sql/U1__users.sql": "DROP TABLE users;\n",
      "lockstep.config.json": JSON.stringify({ databases: [{ name: "main", dir: "sql" }] }),
    });
    const made = await runCli(cwd, ["new", "posts"]);
    expect(made.stdout).toBe("sql/V2__posts.sql\nsql/U2__posts.sql\n");
  });

  it("a home-grown pattern: the newest migration's names with the version and name replaced", async () => {
    const cwd = tempTree({
      "legacy/V0001.Init.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "legacy/V0001.Init.down.sql": "DROP TABLE users;\n",
      "lockstep.config.json": JSON.stringify({
        databases: [
          {
            name: "legacy",
            dir: "legacy",
            pattern: "^V(?<version>\\d+)\\.(?<name>.+)\\.(?<direction>up|down)\\.sql$",
          },
        ],
      }),
    });
    const made = await runCli(cwd, ["new", "items"]);
    expect(made.stdout).toBe("legacy/V0002.items.up.sql\nlegacy/V0002.items.down.sql\n");
    expect(readFileSync(join(cwd, "legacy/V0002.items.down.sql"), "utf8")).toContain("undoes the up exactly");
  });

  it("refuses a Drizzle set: drizzle-kit writes the migration and its journal", async () => {
    const cwd = tempTree({});
    cpSync(join(FIXTURES, "drizzle"), join(cwd, "drizzle"), { recursive: true });
    const before = readdirSync(join(cwd, "drizzle"));
    const made = await runCli(cwd, ["new", "posts"]);
    expect(made.code).toBe(2);
    expect(made.stdout).toBe("");
    expect(made.stderr).toContain("drizzle-kit generate");
    expect(made.stderr).toContain("meta/_journal.json");
    expect(readdirSync(join(cwd, "drizzle"))).toEqual(before);
  });

  it("refuses an empty directory (the layout cannot be guessed) unless the config names the layout", async () => {
    const cwd = tempTree({});
    mkdirSync(join(cwd, "migrations"));
    const made = await runCli(cwd, ["new", "init"]);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain("has no migrations yet, so lockstep cannot tell which layout to write");
    expect(made.stderr).toContain('"layout":"golang-migrate"');
    expect(readdirSync(join(cwd, "migrations"))).toEqual([]);

    writeFileSync(
      join(cwd, "lockstep.config.json"),
      JSON.stringify({ databases: [{ name: "main", dir: "migrations", layout: "golang-migrate" }] }),
    );
    expect(await newAndReplay(cwd, "init", "users")).toEqual([
      "migrations/000001_init.up.sql",
      "migrations/000001_init.down.sql",
    ]);
  });

  it("refuses a name with nothing to keep", async () => {
    const cwd = tempTree({ "migrations/0001_users.sql": "CREATE TABLE users (id INTEGER);\n" });
    const made = await runCli(cwd, ["new", "!!!"]);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain("no letters or digits");
  });
});

/** A repository whose main branch has applied migrations and their lock file. */
async function repository(files: Record<string, string>, dir = "migrations") {
  const cwd = tempTree(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${dir}/${k}`, v])));
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  expect((await runCli(cwd, ["lock", dir])).code).toBe(0);
  git("add", "-A");
  expect(git("commit", "-q", "-m", "applied").status).toBe(0);
  const write = (name: string, text: string) => {
    mkdirSync(join(cwd, dir, name, ".."), { recursive: true });
    writeFileSync(join(cwd, dir, name), text);
  };
  const commit = async (message: string) => {
    expect((await runCli(cwd, ["lock", dir])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", message).status).toBe(0);
  };
  const status = () => git("status", "--porcelain").stdout;
  return { cwd, git, write, commit, status };
}

const users = {
  "0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
  "0001_users.down.sql": "DROP TABLE users;\n",
  "0002_posts.up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
  "0002_posts.down.sql": "DROP TABLE posts;\n",
};

describe("lockstep renumber", () => {
  it("fixes a duplicate version created on two branches: git mv, lock file rewritten, guard passes", async () => {
    const r = await repository(users);
    r.git("branch", "b");
    r.git("checkout", "-q", "-b", "a");
    r.write("0003_a.up.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY);\n");
    r.write("0003_a.down.sql", "DROP TABLE a;\n");
    await r.commit("a");
    r.git("checkout", "-q", "main");
    expect(r.git("merge", "-q", "a").status).toBe(0);
    r.git("checkout", "-q", "b");
    r.write("0003_b.up.sql", "CREATE TABLE b (id INTEGER PRIMARY KEY);\n");
    r.write("0003_b.down.sql", "DROP TABLE b;\n");
    await r.commit("b");
    // Both branches changed the lock file's first line: the merge conflicts there, as it should.
    const merge = r.git("merge", "main");
    expect(merge.status).not.toBe(0);
    expect(merge.stdout).toContain("CONFLICT (content): Merge conflict in migrations/lockstep.sum");

    const moves =
      "migrations/0003_b.up.sql -> migrations/0004_b.up.sql\nmigrations/0003_b.down.sql -> migrations/0004_b.down.sql\n";
    const before = r.status();
    const lockBefore = sum(r.cwd);
    const dry = await runCli(r.cwd, ["renumber", "--dry-run"]);
    expect(dry).toMatchObject({ code: 0, stdout: moves });
    expect(dry.stderr).toContain("dry run");
    expect(r.status()).toBe(before);
    expect(sum(r.cwd)).toBe(lockBefore);

    const run = await runCli(r.cwd, ["renumber"]);
    expect(run).toMatchObject({ code: 0, stdout: moves });
    expect(run.stderr).toContain("applied means in main");
    // git mv: the renames are staged as renames.
    expect(r.status()).toContain("R  migrations/0003_b.up.sql -> migrations/0004_b.up.sql");
    expect(r.status()).toContain("R  migrations/0003_b.down.sql -> migrations/0004_b.down.sql");
    expect(sum(r.cwd)).toContain("0004 0004_b.up.sql");
    expect(sum(r.cwd)).not.toContain("<<<<<<<");
    expect((await runCli(r.cwd, ["lock", "--check"])).code).toBe(0);
    r.git("add", "-A");
    const guard = await runCli(r.cwd, ["guard", "--staged"]);
    expect(guard.code, guard.stderr).toBe(0);
    expect(r.git("commit", "-q", "--no-edit").status).toBe(0);
    expect((await runCli(r.cwd, ["replay", "migrations"])).code).toBe(0);

    const again = await runCli(r.cwd, ["renumber"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing to renumber");
  });

  it("moves an untracked out-of-order migration with a plain rename, after the newest new one that stays", async () => {
    const r = await repository(users);
    r.git("checkout", "-q", "-b", "feature");
    r.write("0005_tags.up.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
    r.write("0005_tags.down.sql", "DROP TABLE tags;\n");
    await r.commit("tags");
    r.write("0001_late.up.sql", "CREATE TABLE late (id INTEGER PRIMARY KEY);\n");
    const run = await runCli(r.cwd, ["renumber"]);
    expect(run).toMatchObject({
      code: 0,
      stdout: "migrations/0001_late.up.sql -> migrations/0006_late.up.sql\n",
    });
    expect(r.status()).toContain("?? migrations/0006_late.up.sql");
    expect(existsSync(join(r.cwd, "migrations/0001_late.up.sql"))).toBe(false);
    expect((await runCli(r.cwd, ["lock", "--check"])).code).toBe(0);
  });

  it("moves a diesel migration's whole folder", async () => {
    const r = await repository({
      "2024-01-01-000000_users/up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
      "2024-01-01-000000_users/down.sql": "DROP TABLE users;\n",
    });
    r.git("checkout", "-q", "-b", "feature");
    r.write("2023-06-01-000000_posts/up.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
    r.write("2023-06-01-000000_posts/down.sql", "DROP TABLE posts;\n");
    await r.commit("posts");
    const run = await runCli(r.cwd, ["renumber"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^migrations\/2023-06-01-000000_posts -> migrations\/\d{4}-\d\d-\d\d-\d{6}_posts\n$/,
    );
    expect(existsSync(join(r.cwd, "migrations/2023-06-01-000000_posts"))).toBe(false);
    expect(r.status()).toMatch(/R {2}migrations\/2023-06-01-000000_posts\/up\.sql -> migrations\/\d{4}-/);
    expect((await runCli(r.cwd, ["lock", "--check"])).code).toBe(0);
  });

  it("outside a git repository exits 2", async () => {
    const cwd = tempTree(Object.fromEntries(Object.entries(users).map(([k, v]) => [`migrations/${k}`, v])));
    const run = await runCli(cwd, ["renumber"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not inside a git repository");
  });
});
