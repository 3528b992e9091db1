import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettledStates } from "../../src/adapters/settled-states.js";
import { lockstep, runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// A commit that only adds migrations is judged from what the guard remembers of HEAD's state (the git
// directory's lockstep/settled-states) and the added files alone. Every case here runs the same change in
// two copies of one repository, one with what was remembered and one without it, and both must say and
// stage exactly the same.

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
  "migrations/0002_posts.up.sql": "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n",
  "migrations/0002_posts.down.sql": "DROP TABLE posts;\n",
  "migrations/0003_tags.up.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n",
  "lockstep.config.json": JSON.stringify({
    databases: [{ name: "main", dir: "migrations", layout: "golang-migrate" }],
  }),
};

let template: string | undefined;

function copyOf(from: string) {
  const cwd = tempTree({});
  cpSync(from, cwd, { recursive: true });
  const git = gitIn(cwd);
  const states = resolve(cwd, git("rev-parse", "--git-path", "lockstep/settled-states").stdout.trim());
  return { cwd, git, states };
}

type Repo = ReturnType<typeof copyOf>;

/** main with the applied migrations and their lock file; a feature branch checked out. */
async function repository(): Promise<Repo> {
  if (!template) {
    template = tempTree(applied);
    const git = gitIn(template);
    git("init", "-q", "-b", "main");
    expect((await runCli(template, ["lock"])).code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "applied").status).toBe(0);
    git("checkout", "-q", "-b", "feature");
  }
  return copyOf(template);
}

function write(r: Repo, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(r.cwd, path), text);
}

/** The guard's answer to what is staged: what it printed, its exit code, and the lock file it staged. */
async function guard(r: Repo) {
  const run = await runCli(r.cwd, ["guard", "--staged"]);
  const staged = r.git("show", ":migrations/lockstep.sum");
  return {
    code: run.code,
    stdout: run.stdout,
    stderr: run.stderr,
    lock: staged.status === 0 ? staged.stdout : undefined,
    onDisk: existsSync(join(r.cwd, "migrations/lockstep.sum"))
      ? readFileSync(join(r.cwd, "migrations/lockstep.sum"), "utf8")
      : undefined,
  };
}

/** HEAD's state remembered, as a commit adding a migration leaves it; the commit itself undone. */
async function remember(r: Repo) {
  write(r, { "migrations/0999_scratch.up.sql": "CREATE TABLE scratch (id INTEGER);\n" });
  r.git("add", "-A");
  expect((await guard(r)).code).toBe(0);
  r.git("reset", "-q", "--hard");
  expect(statesIn(r).size).toBeGreaterThan(0);
}

function statesIn(r: Repo) {
  const states = existsSync(r.states) ? parseSettledStates(readFileSync(r.states, "utf8")) : undefined;
  return states ?? new Map();
}

/**
 * The same change staged in a copy that remembers HEAD's state and in one that does not: the same answer.
 * `remembered`: the copy that remembers finds HEAD's state among what it remembers (it judges HEAD anew
 * otherwise, and remembers it then).
 */
async function sameEitherWay(
  r: Repo,
  change: (r: Repo) => void,
  remembered = true,
  unstaged: (r: Repo) => void = () => {},
) {
  const warm = copyOf(r.cwd);
  const cold = copyOf(r.cwd);
  rmSync(cold.states, { force: true });
  const before = statesIn(warm).size;
  const answers = [];
  for (const copy of [warm, cold]) {
    change(copy);
    copy.git("add", "-A");
    unstaged(copy);
    answers.push(await guard(copy));
  }
  expect(answers[0]).toEqual(answers[1]);
  // At most the state the commit makes is new: HEAD's was not judged again.
  if (remembered) expect(statesIn(warm).size - before).toBeLessThanOrEqual(1);
  return answers[0] as Awaited<ReturnType<typeof guard>>;
}

const added = { "migrations/0004_likes.up.sql": "CREATE TABLE likes (id INTEGER);\n" };

describe("the guard's remembered states", () => {
  it("remembers HEAD's state, and the state the commit makes, when a commit only adds migrations", async () => {
    const r = await repository();
    write(r, added);
    r.git("add", "-A");
    const first = await guard(r);
    expect(first.code).toBe(0);
    expect(first.lock).toContain("0004 0004_likes.up.sql h1:");
    const states = [...statesIn(r).values()];
    expect(states).toHaveLength(2);
    // Newest first: the commit's state, whose last migration is the one added; then HEAD's.
    expect(states[0]?.last).toEqual(["0004_likes.up.sql"]);
    expect(states[1]?.last).toEqual(["0003_tags.up.sql"]);
    expect(r.git("commit", "-q", "-m", "likes").status).toBe(0);
    // The next commit starts from a remembered state: only its own state is added.
    write(r, { "migrations/0005_follows.up.sql": "CREATE TABLE follows (id INTEGER);\n" });
    r.git("add", "-A");
    const second = await guard(r);
    expect(second.code).toBe(0);
    expect(statesIn(r).size).toBe(3);
    expect([...statesIn(r).values()][0]?.last).toEqual(["0005_follows.up.sql"]);
    // What the whole guard writes, byte for byte.
    const cold = copyOf(r.cwd);
    rmSync(cold.states);
    cold.git("reset", "-q", "--hard");
    write(cold, { "migrations/0005_follows.up.sql": "CREATE TABLE follows (id INTEGER);\n" });
    cold.git("add", "-A");
    expect(await guard(cold)).toEqual(second);
  });

  it("a commit that adds migrations is answered the same with and without what is remembered", async () => {
    const r = await repository();
    await remember(r);
    const answer = await sameEitherWay(r, (c) => write(c, added));
    expect(answer.code).toBe(0);
    // Several at once, an up and its down among them.
    await sameEitherWay(r, (c) =>
      write(c, {
        "migrations/0004_likes.up.sql": "CREATE TABLE likes (id INTEGER);\n",
        "migrations/0004_likes.down.sql": "DROP TABLE likes;\n",
        "migrations/0005_follows.up.sql": "CREATE TABLE follows (id INTEGER);\n",
      }),
    );
  });

  it("an added file that is not a clean new migration after the others gets the whole guard's findings", async () => {
    const r = await repository();
    await remember(r);
    const cases: Record<string, string>[] = [
      // An applied version taken again.
      { "migrations/0002_again.up.sql": "CREATE TABLE again (id INTEGER);\n" },
      // A down added to an applied migration.
      { "migrations/0003_tags.down.sql": "DROP TABLE tags;\n" },
      // Two new migrations with one version.
      {
        "migrations/0004_a.up.sql": "CREATE TABLE a (id INTEGER);\n",
        "migrations/0004_b.up.sql": "CREATE TABLE b (id INTEGER);\n",
      },
      // Not a migration of this layout, and a file that is not text.
      { "migrations/0004_likes.sql": "CREATE TABLE likes (id INTEGER);\n" },
      { "migrations/0004_bin.up.sql": "\u0000\u0001" },
      // Not a migration at all.
      { "migrations/README.md": "how we migrate\n" },
    ];
    const codes = [];
    for (const files of cases) codes.push((await sameEitherWay(r, (c) => write(c, files))).code);
    expect(codes).toEqual([1, 0, 1, 1, 1, 0]);
  });

  it("an edited, renamed or deleted applied file, or a tampered lock line, is reported as without it", async () => {
    const r = await repository();
    await remember(r);
    const edited = await sameEitherWay(r, (c) => {
      write(c, { ...added, "migrations/0002_posts.up.sql": "CREATE TABLE posts (id TEXT);\n" });
    });
    expect(edited.stdout + edited.stderr).toContain("locked-modified");
    const renamed = await sameEitherWay(r, (c) => {
      write(c, added);
      renameSync(join(c.cwd, "migrations/0001_users.up.sql"), join(c.cwd, "migrations/0001_people.up.sql"));
    });
    expect(renamed.stdout + renamed.stderr).toContain("locked-renamed");
    const deleted = await sameEitherWay(r, (c) => {
      write(c, added);
      rmSync(join(c.cwd, "migrations/0002_posts.down.sql"));
    });
    expect(deleted.stdout + deleted.stderr).toContain("locked-deleted");
    const tampered = await sameEitherWay(r, (c) => {
      write(c, added);
      const path = join(c.cwd, "migrations/lockstep.sum");
      const lock = readFileSync(path, "utf8").replace(/(0001_users\.up\.sql h1:)./, "$1A");
      writeFileSync(path, lock);
    });
    expect(tampered.code).toBe(1);
  });

  it("a base that moved on is judged anew: its new migrations are applied", async () => {
    const r = await repository();
    await remember(r);
    r.git("checkout", "-q", "main");
    write(r, { "migrations/0004_base.up.sql": "CREATE TABLE base (id INTEGER);\n" });
    r.git("add", "-A");
    expect((await runCli(r.cwd, ["lock"])).code).toBe(0);
    r.git("add", "-A");
    expect(r.git("commit", "-q", "-m", "base").status).toBe(0);
    r.git("checkout", "-q", "feature");
    // The base's 0004 is applied: a new 0004 on the branch is a duplicate, a new 0005 is fine.
    const clash = await sameEitherWay(r, (c) => write(c, added), false);
    expect(clash.code).toBe(1);
    expect(clash.stdout + clash.stderr).toContain("duplicate-version");
    const after = await sameEitherWay(
      r,
      (c) => write(c, { "migrations/0005_x.up.sql": "CREATE TABLE x (id INTEGER);\n" }),
      false,
    );
    expect(after.code).toBe(0);
  });

  it("the lock file is read as the index holds it, whatever the working tree has", async () => {
    const r = await repository();
    await remember(r);
    const answer = await sameEitherWay(
      r,
      (c) => write(c, added),
      true,
      (c) => writeFileSync(join(c.cwd, "migrations/lockstep.sum"), "edited, not staged\n"),
    );
    expect(answer.code).toBe(0);
    expect(answer.lock).toContain("0001 0001_users.up.sql h1:");
    expect(answer.lock).toContain("0004 0004_likes.up.sql h1:");
  });

  it("a HEAD whose lock file is out of date is not taken for settled", async () => {
    const r = await repository();
    write(r, added);
    r.git("add", "-A");
    // Committed past the guard: the lock file lacks 0004.
    expect(r.git("commit", "-q", "-m", "unchecked").status).toBe(0);
    await remember(r);
    expect([...statesIn(r).values()]).toContain(null);
    const answer = await sameEitherWay(r, (c) =>
      write(c, { "migrations/0005_x.up.sql": "CREATE TABLE x (id INTEGER);\n" }),
    );
    expect(answer.lock).toContain("0004 0004_likes.up.sql h1:");
  });

  it("a submodule in the directory keeps its note", async () => {
    const r = await repository();
    const inner = gitIn(join(r.cwd, "migrations/vendored"));
    mkdirSync(join(r.cwd, "migrations/vendored"));
    inner("init", "-q");
    expect(inner("commit", "-q", "--allow-empty", "-m", "inner").status).toBe(0);
    r.git("add", "migrations/vendored");
    expect(r.git("commit", "-q", "-m", "submodule").status).toBe(0);
    await remember(r);
    const answer = await sameEitherWay(r, (c) => write(c, added));
    expect(answer.code).toBe(0);
    expect(answer.stderr).toContain("migrations/vendored is a git submodule");
  });

  it("a damaged or foreign states file is not used", async () => {
    const r = await repository();
    await remember(r);
    const text = readFileSync(r.states, "utf8");
    for (const damaged of [
      text.replace(/"entries":\d+/, '"entries":1'),
      text.replace("lockstep-settled 1", "lockstep-settled 2"),
      `${text}garbage\n`,
      text.slice(0, -1),
    ]) {
      expect(parseSettledStates(damaged)).toBeUndefined();
      writeFileSync(r.states, damaged);
      const answer = await sameEitherWay(r, (c) => write(c, added), false);
      expect(answer.code).toBe(0);
      expect(answer.lock).toContain("0004 0004_likes.up.sql h1:");
    }
  });

  it("a commit adding a migration to a remembered state asks git six questions, none that lists the directory", async () => {
    const r = await repository();
    // Remembered by the built CLI, as the hook runs it (a state is keyed by lockstep's build).
    write(r, { "migrations/0999_scratch.up.sql": "CREATE TABLE scratch (id INTEGER);\n" });
    r.git("add", "-A");
    expect(lockstep(r.cwd, ["guard", "--staged"]).code).toBe(0);
    r.git("reset", "-q", "--hard");
    write(r, added);
    r.git("add", "-A");
    const trace = join(r.cwd, "..", `${r.cwd.split("/").pop()}.trace2`);
    const run = lockstep(r.cwd, ["guard", "--staged"], { NO_COLOR: "1", GIT_TRACE2_EVENT: trace });
    expect(run.code, run.stderr).toBe(0);
    const asked = readFileSync(trace, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { event: string; argv?: string[] })
      .filter((e) => e.event === "start")
      .map((e) => (e.argv ?? []).slice(1).join(" "));
    // The top, what is staged, the refs with the directory's ids, the branch, the added files with HEAD's
    // tree of the directory, and the lock file staged.
    expect(asked.map((command) => command.split(" ")[0])).toEqual([
      "rev-parse",
      "diff",
      "cat-file",
      "symbolic-ref",
      "cat-file",
      "update-index",
    ]);
    expect(r.git("show", ":migrations/lockstep.sum").stdout).toContain("0004 0004_likes.up.sql h1:");
  });

  it("two databases that each gain a migration are answered the same with and without what is remembered", async () => {
    const r = await repository();
    mkdirSync(join(r.cwd, "other"));
    write(r, {
      "other/0001_a.up.sql": "CREATE TABLE a (id INTEGER);\n",
      "lockstep.config.json": JSON.stringify({
        databases: [
          { name: "main", dir: "migrations", layout: "golang-migrate" },
          { name: "other", dir: "other", layout: "golang-migrate" },
        ],
      }),
    });
    expect((await runCli(r.cwd, ["lock"])).code).toBe(0);
    r.git("add", "-A");
    expect(r.git("commit", "-q", "-m", "other").status).toBe(0);
    await remember(r);
    write(r, { "other/0002_b.up.sql": "CREATE TABLE b (id INTEGER);\n" });
    r.git("add", "-A");
    expect((await guard(r)).code).toBe(0);
    r.git("reset", "-q", "--hard");
    const answer = await sameEitherWay(r, (c) =>
      write(c, { ...added, "other/0002_b.up.sql": "CREATE TABLE b (id INTEGER);\n" }),
    );
    expect(answer.code).toBe(0);
    expect(answer.lock).toContain("0004 0004_likes.up.sql h1:");
    for (const copy of [r])
      expect(readFileSync(join(copy.cwd, "other/lockstep.sum"), "utf8")).toContain("0001");
  });
});
