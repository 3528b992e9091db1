import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PRE_COMMIT, PRE_PUSH, shellLines } from "../../src/core/hook-lines.js";
import { CLI, runCli } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const HUSKY = resolve(import.meta.dirname, "../../node_modules/husky");
const env = gitEnv({ NO_COLOR: "1" });

/** A Node project with migrations, lockstep and husky installed in node_modules as npm would. */
function project(extra: Record<string, string> = {}) {
  const cwd = tempTree({
    "package.json": `${JSON.stringify({ name: "app", version: "1.0.0", scripts: { test: "true" } }, null, 2)}\n`,
    "db/migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
    "db/migrations/0001_users.down.sql": "DROP TABLE users;\n",
    ...extra,
  });
  mkdirSync(join(cwd, "node_modules", ".bin"), { recursive: true });
  symlinkSync(HUSKY, join(cwd, "node_modules", "husky"));
  symlinkSync(CLI, join(cwd, "node_modules", ".bin", "lockstep"));
  const git = gitIn(cwd, env);
  git("init", "-q", "-b", "main");
  writeFileSync(join(cwd, ".gitignore"), "node_modules/\n");
  return { cwd, git };
}

describe("lockstep init", () => {
  it("sets up config, lock file, husky hooks and the workflow; then real commits go through the hook", async () => {
    const { cwd, git } = project();
    const init = await runCli(cwd, ["init"]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("created lockstep.config.json: db/migrations/ (golang-migrate)");
    expect(init.stdout).toContain("wrote db/migrations/lockstep.sum");
    expect(init.stdout).toContain("installed the git hooks with husky (core.hooksPath .husky/_)");
    expect(readFileSync(join(cwd, ".husky/pre-commit"), "utf8")).toBe(`${PRE_COMMIT}\n`);
    expect(readFileSync(join(cwd, ".husky/pre-push"), "utf8")).toBe(`${PRE_PUSH}\n`);
    const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
    expect(pkg.scripts.prepare).toBe("husky");
    expect(pkg.devDependencies.husky).toMatch(/^\^9/);
    const workflow = readFileSync(join(cwd, ".github/workflows/lockstep.yml"), "utf8");
    expect(workflow).toContain("merge_group:");
    expect(workflow).toContain("fetch-depth: 0");
    expect(workflow).toContain("uses: ./node_modules/lockstep");
    expect(workflow).toContain("pull-requests: write");
    git("add", "-A");
    expect(git("commit", "-q", "-m", "adopt lockstep").status).toBe(0);
    git("checkout", "-q", "-b", "feature");
    writeFileSync(
      join(cwd, "db/migrations/0001_users.up.sql"),
      "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    );
    git("add", "-A");
    const refused = git("commit", "-m", "edit");
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain("locked-modified  db/migrations/0001_users.up.sql");
    git("checkout", "--", ".");
    git("reset", "-q", "--hard");
    writeFileSync(join(cwd, "db/migrations/0002_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    writeFileSync(join(cwd, "db/migrations/0002_tags.down.sql"), "DROP TABLE tags;\n");
    git("add", "-A");
    const allowed = git("commit", "-m", "tags");
    expect(allowed.status).toBe(0);
    expect(git("show", "--name-only", "--format=", "HEAD").stdout).toContain("db/migrations/lockstep.sum");
  });

  it("run twice changes nothing the second time, and extends an existing hook instead of replacing it", async () => {
    const { cwd } = project({ ".husky/pre-commit": "npm run lint\n" });
    expect((await runCli(cwd, ["init"])).code).toBe(0);
    expect(readFileSync(join(cwd, ".husky/pre-commit"), "utf8")).toBe(`npm run lint\n${PRE_COMMIT}\n`);
    const files = [
      ".husky/pre-commit",
      ".husky/pre-push",
      "package.json",
      "lockstep.config.json",
      "db/migrations/lockstep.sum",
      ".github/workflows/lockstep.yml",
    ];
    const before = files.map((f) => readFileSync(join(cwd, f), "utf8"));
    const again = await runCli(cwd, ["init"]);
    expect(again).toMatchObject({ code: 0, stdout: "lockstep is already set up here: nothing to do\n" });
    expect(files.map((f) => readFileSync(join(cwd, f), "utf8"))).toEqual(before);
  });

  it("records the history's findings as known, so the first replay is green; a second run leaves the file", async () => {
    const { cwd, git } = project({
      "db/migrations/0002_tags.up.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n",
      "db/migrations/0002_tags.down.sql": "DROP TABLE tag;\n",
    });
    const init = await runCli(cwd, ["init"]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("recorded 1 existing finding as known in lockstep.known.json\n");
    const known = JSON.parse(readFileSync(join(cwd, "lockstep.known.json"), "utf8"));
    expect(known.findings).toMatchObject([
      { database: "main", rule: "down-failed", version: "0002", file: "db/migrations/0002_tags.down.sql" },
    ]);
    const replay = await runCli(cwd, ["replay"]);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain("1 known finding in lockstep.known.json not shown");
    git("add", "-A");
    git("commit", "-q", "-m", "adopt lockstep");
    writeFileSync(join(cwd, "lockstep.known.json"), '{ "version": 1, "findings": [] }\n');
    const again = await runCli(cwd, ["init"]);
    expect(again.stdout).not.toContain("recorded");
    expect(readFileSync(join(cwd, "lockstep.known.json"), "utf8")).toBe('{ "version": 1, "findings": [] }\n');
  });

  it("records nothing for a history without findings", async () => {
    const { cwd } = project();
    expect((await runCli(cwd, ["init"])).stdout).not.toContain("recorded");
    expect(existsSync(join(cwd, "lockstep.known.json"))).toBe(false);
  });

  it("without a package.json it vendors lockstep and uses git's own hooks instead of husky, saying so", async () => {
    const cwd = tempTree({ "db/migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER);\n" });
    spawnSync("git", ["init", "-q"], { cwd });
    const r = await runCli(cwd, ["init"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("in .lockstep/ (no package.json, so no package manager provides it)");
    expect(r.stdout).toContain("created .git/hooks/pre-commit");
    expect(existsSync(join(cwd, ".lockstep/cli.js"))).toBe(true);
    expect(existsSync(join(cwd, ".husky"))).toBe(false);
    expect(existsSync(join(cwd, "package.json"))).toBe(false);
  });

  it("--vendor in a Node project: husky's hooks and the workflow run the vendored copy, nothing asks for npm", async () => {
    const { cwd } = project();
    const init = await runCli(cwd, ["init", "--vendor"]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/^vendored lockstep [\d.]+ in \.lockstep\/: \d+ files;/m);
    expect(init.stdout).not.toContain("added lockstep");
    expect(readFileSync(join(cwd, ".husky/pre-commit"), "utf8")).toBe(
      `${shellLines("vendored", true).preCommit}\n`,
    );
    expect(readFileSync(join(cwd, ".github/workflows/lockstep.yml"), "utf8")).toContain(
      "uses: ./.lockstep\n",
    );
    // Vendored once, it stays so: init without --vendor refreshes the copy instead of going back to npm.
    expect((await runCli(cwd, ["init"])).stdout).toBe("lockstep is already set up here: nothing to do\n");
  });

  it("without migrations it exits 2 saying what to do", async () => {
    const cwd = tempTree({ "README.md": "# app\n", "package.json": "{}\n" });
    spawnSync("git", ["init", "-q"], { cwd });
    const r = await runCli(cwd, ["init"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no migrations found");
  });
});
