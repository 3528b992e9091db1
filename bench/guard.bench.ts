// npm run bench:guard: median wall time of `lockstep guard --staged` (the built CLI, as the pre-commit hook runs
// it) on a repository of 1,000 migrations, beside `node -e 0` measured in the same run. Nothing is asserted.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateMigrations, writeMigrations } from "./generate.js";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const RUNS = 15;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "b",
  GIT_AUTHOR_EMAIL: "b@b",
  GIT_COMMITTER_NAME: "b",
  GIT_COMMITTER_EMAIL: "b@b",
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(cwd: string, command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr}`);
  return ms;
}

const cwd = await mkdtemp(join(tmpdir(), "lockstep-guard-bench-"));
try {
  const git = (...args: string[]) => spawnSync("git", args, { cwd, env, encoding: "utf8" });
  await writeMigrations(join(cwd, "migrations"), generateMigrations(1000, 1));
  git("init", "-q", "-b", "main");
  spawnSync(process.execPath, [CLI, "lock", "migrations"], { cwd });
  git("add", "-A");
  git("commit", "-q", "-m", "applied");
  git("checkout", "-q", "-b", "feature");

  const baseline: number[] = [];
  const untouched: number[] = [];
  const added: number[] = [];
  await writeFile(join(cwd, "README.md"), "# app\n");
  git("add", "README.md");
  for (let i = 0; i < RUNS; i++) {
    baseline.push(time(cwd, process.execPath, ["-e", "0"]));
    untouched.push(time(cwd, process.execPath, [CLI, "guard", "--staged"]));
  }
  await writeFile(join(cwd, "migrations", "9999_bench.up.sql"), "CREATE TABLE bench (id INTEGER);\n");
  for (let i = 0; i < RUNS; i++) {
    git("reset", "-q", "migrations/lockstep.sum");
    git("checkout", "-q", "--", "migrations/lockstep.sum");
    git("add", "migrations/9999_bench.up.sql");
    added.push(time(cwd, process.execPath, [CLI, "guard", "--staged"]));
  }
  const row = (label: string, ms: number, target?: number) =>
    console.log(
      `${label.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms${target ? `   target ≤ ${target} ms: ${ms <= target ? "met" : "NOT met"}` : ""}`,
    );
  console.log(`node ${process.version}; 1,000 migrations (2,000 files); median of ${RUNS}`);
  row("node -e 0", median(baseline));
  row("guard --staged, commit touches no migration", median(untouched), 150);
  row("guard --staged, commit adds a migration", median(added), 400);
} finally {
  await rm(cwd, { recursive: true, force: true });
}
