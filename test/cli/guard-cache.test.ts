import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBlobHashes, renderBlobHashes } from "../../src/adapters/blob-hash-cache.js";
import { hashText, parseLockFile } from "../../src/core/lock/lock-file.js";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// The guard keeps the lock hash of each blob it hashed in the git directory, so that the next commit does
// not hash every applied migration again. These tests check that the cache is written and used, and that
// one that is damaged in any way changes nothing the guard says or writes.

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_posts.up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
  "migrations/0002_posts.down.sql": "DROP TABLE posts;\n",
  "lockstep.config.json": JSON.stringify({ databases: [{ name: "main", dir: "migrations" }] }),
};

let template: string | undefined;

/** A repository whose main branch has the applied migrations and their lock file, on a feature branch. */
async function repository() {
  if (!template) {
    template = tempTree(applied);
    const git = gitIn(template);
    git("init", "-q", "-b", "main");
    expect((await runCli(template, ["lock"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    git("checkout", "-q", "-b", "feature");
  }
  const cwd = tempTree({});
  cpSync(template, cwd, { recursive: true });
  const git = gitIn(cwd);
  const cache = resolve(cwd, git("rev-parse", "--git-path", "lockstep/blob-hashes").stdout.trim());
  return { cwd, git, cache };
}

type Repo = Awaited<ReturnType<typeof repository>>;

/** Stages a change, runs the guard, and returns all it said and the lock file it left staged. */
async function guard(r: Repo, change: "added" | "edited") {
  if (change === "added")
    writeFileSync(join(r.cwd, "migrations/0003_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
  else writeFileSync(join(r.cwd, "migrations/0002_posts.up.sql"), "CREATE TABLE posts (id TEXT);\n");
  r.git("add", "-A");
  const run = await runCli(r.cwd, ["guard", "--staged"]);
  return { ...run, lock: r.git("show", ":migrations/lockstep.sum").stdout };
}

/** The blob id of each staged migration file, by path. */
function stagedBlobs(r: Repo): Map<string, string> {
  const out = r.git("ls-files", "-s", "--", "migrations").stdout.trim().split("\n");
  return new Map(out.map((line) => [line.split("\t")[1] as string, line.split(" ")[1] as string]));
}

describe("the guard's blob hash cache", () => {
  it("keeps each staged file's lock hash by blob id in the git directory", async () => {
    const r = await repository();
    expect(existsSync(r.cache)).toBe(false);
    const run = await guard(r, "added");
    expect(run.code).toBe(0);
    const cached = parseBlobHashes(readFileSync(r.cache, "utf8"));
    expect(cached).toBeDefined();
    const lock = parseLockFile(run.lock).lock;
    const blobs = stagedBlobs(r);
    expect(lock.entries).toHaveLength(5);
    for (const entry of lock.entries) {
      const blob = blobs.get(`migrations/${entry.path}`) as string;
      expect(cached?.get(blob)).toBe(entry.hash);
      expect(entry.hash).toBe(hashText(r.git("cat-file", "blob", blob).stdout));
    }
  });

  it("a cache every line of which validates is used: the hash comes from it, not from the file", async () => {
    const r = await repository();
    await guard(r, "added");
    const blob = stagedBlobs(r).get("migrations/0003_tags.up.sql") as string;
    r.git("reset", "-q", "--hard", "HEAD");
    const cached = parseBlobHashes(readFileSync(r.cache, "utf8")) as Map<string, string>;
    // A hash no text of this file has, in a cache whose sum is right: only a guard that reads it writes it.
    const planted = hashText("not the text of the file\n");
    cached.set(blob, planted);
    writeFileSync(r.cache, renderBlobHashes(cached));
    const run = await guard(r, "added");
    expect(run.code).toBe(0);
    expect(run.lock).toContain(`0003 0003_tags.up.sql ${planted}`);
  });

  const damage: Record<string, (text: string) => string | undefined> = {
    "absent (never written)": () => undefined,
    "a hand-edited hash (the sum no longer matches)": (text) =>
      text.replace(/\n([0-9a-f]{40}) h1:[^\n]+\n/, (_, blob) => `\n${blob} ${hashText("x")}\n`),
    "cut short mid-line": (text) => text.slice(0, Math.floor(text.length / 2)),
    "without its last newline": (text) => text.slice(0, -1),
    "a line that is not <blob> h1:<hash>, with the sum made to match": (text) => {
      const body = [...text.split("\n").slice(1, -1), "not a line"];
      return `lockstep-blob-hashes 1 ${hashText(`${body.join("\n")}\n`)}\n${body.join("\n")}\n`;
    },
    "another format's header": (text) => text.replace(/^lockstep-blob-hashes 1 /, "lockstep-blob-hashes 2 "),
    "binary garbage": () => "\u0000\u00ff\ufffd garbage\n\n",
    empty: () => "",
  };

  for (const [how, corrupt] of Object.entries(damage)) {
    it(`a cache file ${how} changes nothing the guard says or writes, and is written again`, async () => {
      for (const change of ["added", "edited"] as const) {
        const clean = await guard(await repository(), change);
        // The cache of a first run, damaged, before the same commit is guarded again.
        const r = await repository();
        await guard(r, change);
        const written = readFileSync(r.cache, "utf8");
        r.git("reset", "-q", "--hard", "HEAD");
        const damaged = corrupt(written);
        if (damaged === undefined) rmSync(r.cache);
        else writeFileSync(r.cache, damaged);
        const again = await guard(r, change);
        expect(again).toEqual(clean);
        if (change === "edited") expect(again.stdout + again.stderr).toContain("locked-modified");
        expect(parseBlobHashes(readFileSync(r.cache, "utf8"))).toEqual(parseBlobHashes(written));
      }
    });
  }

  it("a directory where the cache file goes changes nothing either", async () => {
    const clean = await guard(await repository(), "added");
    const r = await repository();
    mkdirSync(r.cache, { recursive: true });
    expect(await guard(r, "added")).toEqual(clean);
  });

  it("a link where the cache file goes is neither read nor written through", async () => {
    const clean = await guard(await repository(), "added");
    const r = await repository();
    const elsewhere = join(tempTree({ "kept.txt": "not lockstep's\n" }), "kept.txt");
    mkdirSync(dirname(r.cache), { recursive: true });
    symlinkSync(elsewhere, r.cache);
    expect(await guard(r, "added")).toEqual(clean);
    expect(readFileSync(elsewhere, "utf8")).toBe("not lockstep's\n");
  });
});

// With the layout named in the config, the guard does not read files the commit leaves as HEAD has them
// (their names say all it needs): what it says must not change for that.
describe("the guard of a named layout reads only what the commit changes", () => {
  async function named() {
    const cwd = tempTree({
      ...applied,
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "main", dir: "migrations", layout: "golang-migrate" }],
      }),
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    expect((await runCli(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    git("checkout", "-q", "-b", "feature");
    const cache = resolve(cwd, git("rev-parse", "--git-path", "lockstep/blob-hashes").stdout.trim());
    return { cwd, git, cache };
  }
  const stage = (r: { cwd: string; git: ReturnType<typeof gitIn> }, file: string, text: string) => {
    writeFileSync(join(r.cwd, file), text);
    r.git("add", "-A");
    return runCli(r.cwd, ["guard", "--staged"]);
  };

  it("reads no more of the unchanged files with no cache than with one: a text rule on an old file says the same", async () => {
    // A migration of this branch that breaks a rule read from the text (sqlite-version), committed past the
    // hook: a commit that only adds a migration is judged on what it adds, cache or none.
    const cwd = tempTree({
      ...applied,
      "lockstep.config.json": JSON.stringify({
        databases: [{ name: "main", dir: "migrations", layout: "golang-migrate", sqlite: "3.31" }],
      }),
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    expect((await runCli(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    git("checkout", "-q", "-b", "feature");
    writeFileSync(
      join(cwd, "migrations/0003_legacy.up.sql"),
      "ALTER TABLE posts ADD COLUMN legacy TEXT;\nALTER TABLE posts DROP COLUMN legacy;\n",
    );
    expect((await runCli(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "--no-verify", "-m", "legacy").status).toBe(0);
    const gitDir = resolve(cwd, git("rev-parse", "--git-common-dir").stdout.trim());
    const r = { cwd, git };
    const add = () => stage(r, "migrations/0004_tags.up.sql", "CREATE TABLE tags (id INTEGER);\n");
    rmSync(join(gitDir, "lockstep"), { recursive: true, force: true });
    const cold = await add();
    git("reset", "-q", "--hard", "HEAD");
    const warm = await add();
    expect(cold).toEqual(warm);
    expect(cold.code, cold.stderr).toBe(0);
    // The same file staged as changed is judged on its text.
    git("reset", "-q", "--hard", "HEAD");
    writeFileSync(join(cwd, "migrations/0003_legacy.up.sql"), "ALTER TABLE posts DROP COLUMN legacy;\n");
    git("add", "-A");
    const edited = await runCli(cwd, ["guard", "--staged"]);
    expect(edited.code).toBe(1);
    expect(edited.stderr + edited.stdout).toContain("sqlite-version");
  });

  it("says the same with a warm cache as with none", async () => {
    const r = await named();
    const first = await stage(r, "migrations/0003_tags.up.sql", "CREATE TABLE tags (id INTEGER);\n");
    expect(first.code, first.stderr).toBe(0);
    expect(r.git("commit", "-q", "--no-verify", "-m", "tags").status).toBe(0);
    const warm = await stage(r, "migrations/0004_more.up.sql", "CREATE TABLE more (id INTEGER);\n");
    const lockWarm = r.git("show", ":migrations/lockstep.sum").stdout;
    r.git("reset", "-q", "--hard", "HEAD");
    rmSync(r.cache);
    const cold = await stage(r, "migrations/0004_more.up.sql", "CREATE TABLE more (id INTEGER);\n");
    expect({ ...warm, lock: lockWarm }).toEqual({
      ...cold,
      lock: r.git("show", ":migrations/lockstep.sum").stdout,
    });
    expect(warm.code).toBe(0);
  });

  it("still shows an applied file that HEAD already has edited, with its lines, when another is staged", async () => {
    const r = await named();
    // Edited and committed past the hook; its hash is cached once a guard has hashed it.
    writeFileSync(join(r.cwd, "migrations/0002_posts.up.sql"), "CREATE TABLE posts (id TEXT);\n");
    r.git("add", "-A");
    expect(r.git("commit", "-q", "--no-verify", "-m", "edit applied").status).toBe(0);
    for (const version of ["0003", "0004"]) {
      const run = await stage(r, `migrations/${version}_x.up.sql`, "CREATE TABLE x (id INTEGER);\n");
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("locked-modified  migrations/0002_posts.up.sql");
      expect(run.stderr).toContain("+CREATE TABLE posts (id TEXT);");
      r.git("reset", "-q", "--hard", "HEAD");
    }
  });
});

describe("check and the blob hash cache", () => {
  it("keeps every database's hashes in the cache it reads and writes once for the command", async () => {
    const cwd = tempTree({
      "a/0001_x.up.sql": "CREATE TABLE x (id INTEGER);\n",
      "a/0001_x.down.sql": "DROP TABLE x;\n",
      "b/0001_y.up.sql": "CREATE TABLE y (id INTEGER);\n",
      "b/0001_y.down.sql": "DROP TABLE y;\n",
      "lockstep.config.json": JSON.stringify({
        databases: [
          { name: "a", dir: "a", layout: "golang-migrate" },
          { name: "b", dir: "b", layout: "golang-migrate" },
        ],
      }),
    });
    const git = gitIn(cwd);
    git("init", "-q", "-b", "main");
    expect((await runCli(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    git("checkout", "-q", "-b", "feature");
    writeFileSync(join(cwd, "a/0002_z.up.sql"), "CREATE TABLE z (id INTEGER);\n");
    writeFileSync(join(cwd, "b/0002_w.up.sql"), "CREATE TABLE w (id INTEGER);\n");
    expect((await runCli(cwd, ["lock"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "new").status).toBe(0);
    const cache = resolve(cwd, git("rev-parse", "--git-path", "lockstep/blob-hashes").stdout.trim());
    const first = await runCli(cwd, ["check", "--format", "json"]);
    expect(first.code, first.stderr).toBe(0);
    const cached = parseBlobHashes(readFileSync(cache, "utf8")) as Map<string, string>;
    const blobs = git("ls-tree", "-r", "HEAD", "--", "a", "b").stdout.trim().split("\n");
    const migrations = blobs.filter((line) => line.endsWith(".sql"));
    expect(migrations).toHaveLength(6);
    for (const line of migrations) {
      const blob = line.split(/\s/)[2] as string;
      expect(cached.get(blob), line).toBe(hashText(git("cat-file", "blob", blob).stdout));
    }
    // Read back, it answers the same.
    const again = await runCli(cwd, ["check", "--format", "json"]);
    const verdicts = (run: typeof first) =>
      (JSON.parse(run.stdout) as { databases: { name: string; findings: unknown[] }[] }).databases.map(
        (d) => [d.name, d.findings],
      );
    expect(again.code).toBe(first.code);
    expect(verdicts(again)).toEqual(verdicts(first));
  });
});
