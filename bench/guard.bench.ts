// npm run bench: what the pre-commit guard costs a real `git commit`, through the husky hook `lockstep init`
// installs, minus the same commit with --no-verify, at 1,000 and 10,000 migrations, with no migration staged
// and with one added. Every figure is measured in this run and printed beside its target; nothing is asserted.
import { spawnSync } from "node:child_process";
import { appendFile, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateMigrations, writeMigrations } from "./generate.js";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const HUSKY = resolve(import.meta.dirname, "../node_modules/husky");
const SIZES = [1000, 10_000];
/** Commits per figure, by size: at 10,000 each hooked commit takes seconds, and a median of 7 is steady. */
const runsAt = (count: number): number => (count >= 10_000 ? 7 : 11);
/** At 1,000 migrations, in ms; at 10,000 each figure may be at most this many times its 1,000 one. */
const TARGET = { none: 120, added: 300, growth: 1.25 };

const env: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "b",
  GIT_AUTHOR_EMAIL: "b@b",
  GIT_COMMITTER_NAME: "b",
  GIT_COMMITTER_EMAIL: "b@b",
  NO_COLOR: "1",
};
delete env.LOCKSTEP_SKIP;
delete env.HUSKY;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function run(cwd: string, command: string, args: string[]): void {
  const done = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  if (done.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${done.stderr}${done.stdout}`);
}

function timed(cwd: string, args: string[]): number {
  const start = performance.now();
  run(cwd, "git", args);
  return performance.now() - start;
}

/** A Node project set up with `lockstep init` (husky hooks), `count` migrations applied on main, on a branch. */
async function project(count: number): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), "lockstep-guard-bench-"));
  await writeMigrations(join(cwd, "migrations"), generateMigrations(count, 1));
  await writeFile(join(cwd, "package.json"), `${JSON.stringify({ name: "app", version: "1.0.0" })}\n`);
  await writeFile(join(cwd, ".gitignore"), "node_modules/\n");
  await mkdir(join(cwd, "node_modules", ".bin"), { recursive: true });
  await symlink(HUSKY, join(cwd, "node_modules", "husky"));
  await symlink(CLI, join(cwd, "node_modules", ".bin", "lockstep"));
  run(cwd, "git", ["init", "-q", "-b", "main"]);
  // Unless a known file exists, init replays the whole history to record its findings as known: minutes at
  // 10,000 migrations. The guard never reads that file, and the generated history is built to replay clean, so
  // init would write none: one placed first skips that replay, and is removed before the commit.
  const known = join(cwd, "lockstep.known.json");
  await writeFile(known, `{\n  "version": 1,\n  "findings": []\n}\n`);
  run(cwd, process.execPath, [CLI, "init"]);
  await unlink(known);
  run(cwd, "git", ["add", "-A"]);
  // Then packed, as a clone has it: left loose, the history's 20,000 objects set off git's automatic gc in
  // the background of the commits measured.
  run(cwd, "git", ["-c", "gc.auto=0", "-c", "maintenance.auto=false", "commit", "-q", "-m", "applied"]);
  run(cwd, "git", ["gc", "-q"]);
  run(cwd, "git", ["checkout", "-q", "-b", "feature"]);
  return cwd;
}

/**
 * The hook's cost for one staged change: the same commit made with --no-verify and through the hook, each
 * undone after, alternating, so both see the same repository; the medians' difference.
 */
async function hookCost(cwd: string, runs: number, stage: (i: number) => Promise<void>): Promise<number> {
  const plain: number[] = [];
  const hooked: number[] = [];
  for (let i = 0; i < runs; i++) {
    await stage(i);
    plain.push(timed(cwd, ["commit", "-q", "--no-verify", "-m", "change"]));
    run(cwd, "git", ["reset", "-q", "--soft", "HEAD~1"]);
    hooked.push(timed(cwd, ["commit", "-q", "-m", "change"]));
    run(cwd, "git", ["reset", "-q", "--hard", "HEAD~1"]);
  }
  return median(hooked) - median(plain);
}

/**
 * git's own work, without lockstep, for the lock file the hook stages with each added migration: the
 * directory's `lockstep.sum` with a line more, hashed, compressed and written as a new blob, and the index
 * rewritten (`git update-index`, as the hook stages it). It grows with the history as the lock does.
 */
async function gitStoresLock(cwd: string, runs: number): Promise<number> {
  const lock = join(cwd, "migrations", "lockstep.sum");
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const version = `9${String(i).padStart(6, "0")}`;
    await appendFile(lock, `${version} ${version}_bench.up.sql h1:${"0".repeat(43)}=\n`);
    times.push(timed(cwd, ["update-index", "--add", "--", "migrations/lockstep.sum"]));
    run(cwd, "git", ["checkout", "-q", "HEAD", "--", "migrations/lockstep.sum"]);
  }
  return median(times);
}

const figures = new Map<number, { none: number; added: number; lock: number }>();
for (const count of SIZES) {
  const cwd = await project(count);
  try {
    const runs = runsAt(count);
    const none = await hookCost(cwd, runs, async (i) => {
      await writeFile(join(cwd, "README.md"), `# app ${i}\n`);
      run(cwd, "git", ["add", "README.md"]);
    });
    const added = await hookCost(cwd, runs, async (i) => {
      const file = `migrations/${900_000 + i}_bench.up.sql`;
      await writeFile(join(cwd, file), `CREATE TABLE bench_${i} (id INTEGER);\n`);
      run(cwd, "git", ["add", file]);
    });
    figures.set(count, { none, added, lock: await gitStoresLock(cwd, runs) });
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

const baseline: number[] = [];
for (let i = 0; i < 11; i++) {
  const start = performance.now();
  run(tmpdir(), process.execPath, ["-e", "0"]);
  baseline.push(performance.now() - start);
}

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
console.log(
  `node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      " ",
    )}; git commit through husky's pre-commit hook minus git commit --no-verify; median of ${SIZES.map((n) => `${runsAt(n)} at ${n.toLocaleString("en")}`).join(", ")}`,
);
console.log(`${"node -e 0 (Node's own start-up, for scale)".padEnd(52)} ${ms(median(baseline))}`);
const small = figures.get(1000) as { none: number; added: number; lock: number };
for (const [count, figure] of figures) {
  for (const kind of ["none", "added"] as const) {
    const label = `${count.toLocaleString("en")} migrations, ${kind === "none" ? "no migration staged" : "one migration added"}`;
    const target =
      count === 1000
        ? `target ≤ ${TARGET[kind]} ms: ${verdict(figure[kind] <= TARGET[kind])}`
        : `${(figure[kind] / small[kind]).toFixed(2)}× the 1,000 figure, target ≤ ${TARGET.growth}×: ${verdict(figure[kind] <= small[kind] * TARGET.growth)}`;
    console.log(`${label.padEnd(52)} ${ms(figure[kind])}   ${target}`);
  }
}
const large = figures.get(10_000);
if (large) {
  // What part of the growth is git's own, whatever lockstep does: the target's allowance beside it.
  console.log(
    `${"git alone storing the grown lock file (update-index)".padEnd(52)} ${ms(small.lock)} at 1,000, ${ms(large.lock).trim()} at 10,000: +${(large.lock - small.lock).toFixed(0)} ms, where ${TARGET.growth}× of the 1,000 figure allows +${(small.added * (TARGET.growth - 1)).toFixed(0)} ms in all`,
  );
}
