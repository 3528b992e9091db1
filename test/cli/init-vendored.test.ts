import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lockstep } from "../helpers/cli.js";
import { gitEnv, gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// Repositories without a package.json (a Go service): init vendors the bundled CLI into .lockstep/ and the
// hooks run it with node alone, through the real pre-commit framework, the real lefthook, and git's own
// hooks.
const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
if (spawnSync("pre-commit", ["--version"]).status !== 0)
  throw new Error("these tests need the pre-commit framework on the PATH (the Debian package pre-commit)");

/** A PATH with node, git and sh, and `tools` (lefthook) where given: no node_modules/.bin, no lockstep. */
function hookPath(tools?: string): string {
  const dirs = [tools, dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].filter(
    (d): d is string => d !== undefined,
  );
  const path = [...new Set(dirs)].join(delimiter);
  const found = spawnSync("sh", ["-c", "command -v lockstep"], { env: { PATH: path } });
  expect(found.status, "lockstep is on the hooks' PATH").not.toBe(0);
  return path;
}

const LAYOUTS = {
  goose: {
    "migrations/00001_users.sql":
      "-- +goose Up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n-- +goose Down\nDROP TABLE users;\n",
  },
  "golang-migrate": {
    "migrations/000001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n",
    "migrations/000001_users.down.sql": "DROP TABLE users;\n",
  },
} as const;

/** A Go module with migrations and `extra` files, in a git repository on main; git and hooks see `path`. */
function goRepository(layout: keyof typeof LAYOUTS, path: string, extra: Record<string, string> = {}) {
  const cwd = tempTree({ "go.mod": "module example.com/app\n\ngo 1.22\n", ...LAYOUTS[layout], ...extra });
  const env = gitEnv({ PATH: path, PRE_COMMIT_HOME: tempTree({}), NO_COLOR: "1" });
  Reflect.deleteProperty(env, "LOCKSTEP_SKIP");
  const git = gitIn(cwd, env);
  git("init", "-q", "-b", "main");
  const init = () =>
    lockstep(cwd, ["init"], { PATH: path, PRE_COMMIT_HOME: env.PRE_COMMIT_HOME, NO_COLOR: "1" });
  return { cwd, git, init };
}

/** Every file under `dir` with its content, to compare a repository before and after a second init. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "objects" && entry.name !== "logs") walk(path);
      } else if (entry.isFile() && entry.name !== "index")
        out[relative(dir, path)] = readFileSync(path).toString("base64");
    }
  };
  walk(dir);
  return out;
}

/**
 * Commits the adoption through the installed hook, then edits the applied migration on a branch: the real
 * hook refuses it with lockstep's message, and --no-verify lets it through.
 */
function expectGuarded(cwd: string, git: ReturnType<typeof gitIn>, migration: string) {
  git("add", "-A");
  const adopt = git("commit", "-m", "adopt lockstep");
  expect(adopt.status, adopt.stderr + adopt.stdout).toBe(0);
  const committed = git("ls-files").stdout;
  expect(committed).toContain(".lockstep/cli.js");
  expect(committed).toContain("migrations/lockstep.sum");
  git("checkout", "-q", "-b", "feature");
  writeFileSync(join(cwd, migration), readFileSync(join(cwd, migration), "utf8").replace(", email TEXT", ""));
  git("add", "-A");
  const refused = git("commit", "-m", "edit applied");
  expect(refused.status).not.toBe(0);
  expect(refused.stdout + refused.stderr).toContain(`locked-modified  ${migration}`);
  expect(refused.stdout + refused.stderr).toContain(
    "lockstep: commit refused, 1 problem with applied migrations",
  );
  const skipped = git("commit", "-q", "--no-verify", "-m", "edit applied anyway");
  expect(skipped.status, skipped.stderr).toBe(0);
}

/** A second init writes nothing and says so. */
function expectSecondInitIdle(cwd: string, init: () => ReturnType<typeof lockstep>) {
  const before = snapshot(cwd);
  const again = init();
  expect(again).toMatchObject({ code: 0, stdout: "lockstep is already set up here: nothing to do\n" });
  expect(snapshot(cwd)).toEqual(before);
}

describe("lockstep init without a package.json", () => {
  it("with git's own hooks (golang-migrate): vendors the CLI, writes executable hooks, and they guard", () => {
    const { cwd, git, init } = goRepository("golang-migrate", hookPath());
    // An existing hook gets lockstep's line appended, not replaced.
    mkdirSync(join(cwd, ".git/hooks"), { recursive: true });
    writeFileSync(join(cwd, ".git/hooks/pre-commit"), "#!/bin/sh\necho own-hook-ran\n", { mode: 0o755 });
    const run = init();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "vendored lockstep 0.1.0 in .lockstep/ (no package.json, so no package manager provides it)",
    );
    expect(run.stdout).toContain("added lockstep to .git/hooks/pre-commit");
    expect(run.stdout).toContain("created .git/hooks/pre-push");
    expect(run.stdout).toContain(
      "next: git hooks are not committed: in each clone, run node .lockstep/cli.js init",
    );
    expect(readFileSync(join(cwd, ".git/hooks/pre-commit"), "utf8")).toMatch(
      /^#!\/bin\/sh\necho own-hook-ran\n.*node \.lockstep\/cli\.js guard --staged\n$/,
    );
    expect(statSync(join(cwd, ".git/hooks/pre-push")).mode & 0o111).not.toBe(0);
    expectSecondInitIdle(cwd, init);
    expectGuarded(cwd, git, "migrations/000001_users.up.sql");
    expect(git("log", "-1", "--format=%s", "main").stdout).toBe("adopt lockstep\n");
  });

  it("with git's own hooks, the pre-push hook replays the branch with the vendored copy and refuses a broken down", () => {
    const { cwd, git, init } = goRepository("golang-migrate", hookPath());
    const remote = tempTree({});
    expect(gitIn(remote)("init", "-q", "--bare").status).toBe(0);
    expect(init().code).toBe(0);
    git("add", "-A");
    expect(git("commit", "-q", "-m", "adopt lockstep").status).toBe(0);
    git("remote", "add", "origin", remote);
    const first = git("push", "-q", "origin", "main");
    expect(first.status, first.stderr).toBe(0);
    git("checkout", "-q", "-b", "feature");
    writeFileSync(join(cwd, "migrations/000002_tags.up.sql"), "CREATE TABLE tags (id INTEGER);\n");
    writeFileSync(join(cwd, "migrations/000002_tags.down.sql"), "SELECT 1;\n");
    git("add", "-A");
    expect(git("commit", "-q", "-m", "tags").status).toBe(0);
    const refused = git("push", "-q", "origin", "feature");
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("down-mismatch");
    expect(git("push", "-q", "--no-verify", "origin", "feature").status).toBe(0);
  });

  it("writes the hooks where core.hooksPath points", () => {
    const { cwd, git, init } = goRepository("goose", hookPath());
    git("config", "core.hooksPath", "githooks");
    expect(init().stdout).toContain("created githooks/pre-commit");
    expect(existsSync(join(cwd, ".git/hooks/pre-commit"))).toBe(false);
    expectGuarded(cwd, git, "migrations/00001_users.sql");
  });

  it("with the pre-commit framework (goose): a local hook in its config, comments kept, installed, guarding", () => {
    const config = [
      "# the team's hooks",
      "repos:",
      "- repo: local",
      "  hooks:",
      "  - id: vet # runs go vet, once Go is set up here",
      "    name: vet",
      "    entry: 'true'",
      "    language: system",
      "",
    ].join("\n");
    const { cwd, git, init } = goRepository("goose", hookPath(), { ".pre-commit-config.yaml": config });
    const run = init();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("added lockstep's hooks to .pre-commit-config.yaml (repo: local");
    expect(run.stdout).toContain(
      "installed the git hooks with pre-commit install --hook-type pre-commit --hook-type pre-push",
    );
    const text = readFileSync(join(cwd, ".pre-commit-config.yaml"), "utf8");
    expect(text.startsWith(config.trimEnd())).toBe(true);
    const hooks = parse(text).repos[1].hooks;
    expect(hooks.map((h: { id: string; entry: string }) => `${h.id}: ${h.entry}`)).toEqual([
      "lockstep-guard: node .lockstep/cli.js guard --staged",
      "lockstep-check: node .lockstep/cli.js check --down new",
    ]);
    expect(hooks[0]).toMatchObject({ language: "system", pass_filenames: false, always_run: true });
    expect(readFileSync(join(cwd, ".git/hooks/pre-push"), "utf8")).toContain("pre-commit");
    expectSecondInitIdle(cwd, init);
    expectGuarded(cwd, git, "migrations/00001_users.sql");
  });

  it("with lefthook (goose): lockstep commands in lefthook.yml, comments kept, lefthook install run, guarding", () => {
    // lefthook as a Go team has it: a binary on the PATH (here the devDependency's, linked alone).
    const tools = tempTree({});
    symlinkSync(join(ROOT, "node_modules/.bin/lefthook"), join(tools, "lefthook"));
    const config =
      "# the team's hooks\npre-commit:\n  commands:\n    vet:\n      run: 'true' # go vet, later\n";
    const { cwd, git, init } = goRepository("goose", hookPath(tools), { "lefthook.yml": config });
    const run = init();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("added lockstep to the pre-commit and pre-push commands of lefthook.yml");
    expect(run.stdout).toContain("installed the git hooks with lefthook install");
    const text = readFileSync(join(cwd, "lefthook.yml"), "utf8");
    expect(text).toContain("# the team's hooks\n");
    expect(text).toContain("run: 'true' # go vet, later\n");
    const parsed = parse(text);
    expect(Object.keys(parsed["pre-commit"].commands)).toEqual(["vet", "lockstep"]);
    expect(parsed["pre-commit"].commands.lockstep.run).toMatch(/node \.lockstep\/cli\.js guard --staged$/);
    expect(parsed["pre-push"].commands.lockstep.run).toMatch(/node \.lockstep\/cli\.js check --down new$/);
    expectSecondInitIdle(cwd, init);
    expectGuarded(cwd, git, "migrations/00001_users.sql");
  });
});

describe("the vendored copy", () => {
  it("is everything the CLI runs from, and replays from there with node alone", () => {
    const { cwd, init } = goRepository("golang-migrate", hookPath());
    expect(init().code).toBe(0);
    const bundle = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(DIST, join(e.parentPath, e.name)));
    for (const file of bundle)
      expect(readFileSync(join(cwd, ".lockstep", file)).equals(readFileSync(join(DIST, file))), file).toBe(
        true,
      );
    expect(JSON.parse(readFileSync(join(cwd, ".lockstep/package.json"), "utf8"))).toEqual({ type: "module" });
    expect(readFileSync(join(cwd, ".lockstep/README"), "utf8")).toContain("init --vendor");
    const replay = spawnSync(process.execPath, [".lockstep/cli.js", "replay", "--engine", "wasm"], {
      cwd,
      encoding: "utf8",
      env: { PATH: hookPath(), NO_COLOR: "1", XDG_CACHE_HOME: tempTree({}) },
    });
    expect(replay.status, replay.stderr).toBe(0);
    expect(replay.stdout).toContain("1 migration replayed up, down and up again: no problems found");
  });

  it("is replaced whole by another version's init: its changed files rewritten, the files it lacks removed", () => {
    const { cwd, init } = goRepository("goose", hookPath());
    expect(init().code).toBe(0);
    // What an older lockstep left: a chunk this one does not have, and a cli.js of its own.
    writeFileSync(join(cwd, ".lockstep/chunks/guard-command-OLD.js"), "export {};\n");
    writeFileSync(join(cwd, ".lockstep/cli.js"), "#!/usr/bin/env node\n// older\n");
    const run = init();
    expect(run.code, run.stderr).toBe(0);
    // The bundle's files, and the README, package.json and action.yml init writes beside them.
    const files =
      readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length + 3;
    expect(run.stdout).toContain(
      `replaced the vendored copy with lockstep 0.1.0 in .lockstep/: ${files} files, 1 of the old copy removed`,
    );
    expect(existsSync(join(cwd, ".lockstep/chunks/guard-command-OLD.js"))).toBe(false);
    expect(readFileSync(join(cwd, ".lockstep/cli.js")).equals(readFileSync(join(DIST, "cli.js")))).toBe(true);
    expect(readdirSync(cwd).filter((n) => n.startsWith(".lockstep."))).toEqual([]);
  });

  it("run as itself (node .lockstep/cli.js init --vendor) finds itself up to date", () => {
    const { cwd, init } = goRepository("goose", hookPath());
    expect(init().code).toBe(0);
    const before = snapshot(join(cwd, ".lockstep"));
    const self = spawnSync(process.execPath, [".lockstep/cli.js", "init", "--vendor"], {
      cwd,
      encoding: "utf8",
      env: { PATH: hookPath(), NO_COLOR: "1" },
    });
    expect(self.status, self.stderr).toBe(0);
    expect(self.stdout).toBe("lockstep is already set up here: nothing to do\n");
    expect(snapshot(join(cwd, ".lockstep"))).toEqual(before);
  });
});
