// npm run bench: `lockstep check` of a branch adding 3 migrations to a 1,000-migration history, as a whole
// process, cold (empty verified-prefix cache) and warm (the cache a previous check left), with --down new and
// --down all. Warm and cold reports must agree (timings aside); each figure is printed beside its target.
// The warm figure held to the target is the history as a clone or any long-lived repository has it, packed
// (git packs what it fetches, and gc packs loose objects long before there are thousands); the same warm
// check with the history's 2,000 objects loose, as this script first commits them, is printed beside it.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateMigrations, writeMigrations } from "./generate.js";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const HISTORY = 1000;
const ADDED = 3;
const RUNS = 5;
/** Warm runs of the packed history, the figure held to the target: a warm run is short, and its noise large. */
const WARM_RUNS = 15;
const TARGET_MS = 400;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "b",
  GIT_AUTHOR_EMAIL: "b@b",
  GIT_COMMITTER_NAME: "b",
  GIT_COMMITTER_EMAIL: "b@b",
  NO_COLOR: "1",
};

const git = (cwd: string, ...args: string[]) => {
  const run = spawnSync("git", args, { cwd, env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
};

function check(cwd: string, cache: string, down: string): { ms: number; report: string } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [CLI, "check", "--base", "main", "--down", down, "--cache", cache, "--format", "json"],
    {
      cwd,
      env,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`check failed (${run.status} ${run.signal} ${run.error}): ${run.stderr}`);
  // Timings differ from run to run; everything else must not.
  return { ms, report: run.stdout.replace(/"ms": [\d.]+/g, '"ms": 0') };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const root = await mkdtemp(join(tmpdir(), "lockstep-bench-check-"));
try {
  const all = generateMigrations(HISTORY + ADDED, 7);
  git(root, "init", "-q", "-b", "main");
  await writeMigrations(join(root, "migrations"), all.slice(0, HISTORY));
  git(root, "add", ".");
  git(root, "commit", "-qm", "history");
  git(root, "checkout", "-qb", "feature");
  await writeMigrations(join(root, "migrations"), all);
  git(root, "add", ".");
  git(root, "commit", "-qm", "three more");
  console.log(
    `check of a branch adding ${ADDED} migrations to ${HISTORY}, whole process, median of ${RUNS} (warm, packed: ${WARM_RUNS}):`,
  );
  const figures = new Map<string, { cold: number; loose: number; report: string }>();
  for (const down of ["new", "all"]) {
    const cold: number[] = [];
    const warm: number[] = [];
    let report = "";
    for (let i = 0; i < RUNS; i++) {
      const cache = join(root, `.cache-${down}`);
      rmSync(cache, { recursive: true, force: true });
      const first = check(root, cache, down);
      const second = check(root, cache, down);
      if (first.report !== second.report)
        throw new Error(`--down ${down}: the warm report differs from the cold one`);
      cold.push(first.ms);
      warm.push(second.ms);
      report = first.report;
    }
    figures.set(down, { cold: median(cold), loose: median(warm), report });
  }
  git(root, "repack", "-adq");
  for (const [down, figure] of figures) {
    const cache = join(root, `.cache-${down}`);
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const run = check(root, cache, down);
      if (run.report !== figure.report)
        throw new Error(`--down ${down}: the packed history's report differs from the loose one's`);
      warm.push(run.ms);
    }
    const w = median(warm);
    console.log(
      `  --down ${down}: cold ${figure.cold.toFixed(0)} ms; warm ${w.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${w <= TARGET_MS ? "met" : "missed"}); warm with the history's objects loose ${figure.loose.toFixed(0)} ms`,
    );
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
