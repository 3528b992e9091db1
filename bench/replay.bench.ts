// npm run bench: lockstep's full in-process replay against raw sql.js (and a native sqlite3 when installed)
// running the same up+down+up SQL. Figures are measured in this run; nothing is asserted.
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { loadSqlJs } from "../src/adapters/sqljs.js";
import { type GeneratedMigration, generateMigrations, writeMigrations } from "./generate.js";
import { runRawSqlJs, runSqliteShell, schemaObjectCount, sqliteShellVersion } from "./raw.js";

/** Typed loosely on purpose: the engine is written in parallel; only this much of its report is read. */
interface LooseReport {
  ok: boolean;
  databases?: {
    migrations?: unknown[];
    findings?: { rule: string; severity: string; version?: string; message: string }[];
  }[];
}
type RunReplay = (req: {
  cwd: string;
  dir: string;
  down: "all";
}) => Promise<LooseReport | { report: LooseReport }>;

const SIZES = [100, 300, 1000];
const SEED = 1;
const TARGET = 1.3;

async function loadEngine(): Promise<RunReplay | string> {
  // A variable specifier keeps this file compiling (and the bench running) while the engine is absent or changing.
  const specifier = "../src/engine/replay.js";
  try {
    const mod = (await import(specifier)) as { runReplay?: unknown };
    return typeof mod.runReplay === "function"
      ? (mod.runReplay as RunReplay)
      : "src/engine/replay.ts has no runReplay export";
  } catch (error) {
    return `cannot import src/engine/replay.js: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Times one full lockstep replay; a report that is not clean is returned as a problem, not thrown. */
async function timeLockstep(
  run: RunReplay,
  cwd: string,
  count: number,
): Promise<{ ms: number; problem?: string }> {
  const start = performance.now();
  const result = await run({ cwd, dir: "migrations", down: "all" });
  const ms = performance.now() - start;
  const report = "report" in result ? result.report : result;
  const db = report.databases?.[0];
  const errors = (db?.findings ?? []).filter((f) => f.severity === "error");
  if (!report.ok || db?.migrations?.length !== count) {
    const first = errors.slice(0, 3).map((f) => `${f.rule} ${f.version ?? ""}: ${f.message}`);
    return {
      ms,
      problem: `report not clean (ok=${report.ok}, ${db?.migrations?.length ?? 0}/${count} migrations) ${first.join("; ")}`,
    };
  }
  return { ms };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function withHistory<T>(
  migrations: GeneratedMigration[],
  use: (cwd: string) => Promise<T>,
): Promise<T> {
  const cwd = await mkdtemp(join(tmpdir(), "lockstep-bench-"));
  try {
    await writeMigrations(join(cwd, "migrations"), migrations);
    return await use(cwd);
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

const fmt = (ms: number | undefined): string => (ms === undefined ? "—" : ms.toFixed(0));

async function main(): Promise<void> {
  const engine = await loadEngine();
  const sqliteVersion = sqliteShellVersion();
  console.log(
    `node ${process.version}, ${availableParallelism()} cpus, sqlite3 ${sqliteVersion ?? "not installed"}`,
  );
  if (typeof engine === "string") console.log(`lockstep: NOT measured — ${engine}`);

  // Load the wasm and warm the JIT on both sides so neither pays it inside a measurement.
  await loadSqlJs();
  const warm = generateMigrations(30, SEED + 1);
  await runRawSqlJs(warm);
  if (typeof engine !== "string") await withHistory(warm, (cwd) => timeLockstep(engine, cwd, warm.length));

  const rows: string[][] = [["N", "objects", "lockstep ms", "raw sql.js ms", "lockstep/raw", "sqlite3 ms"]];
  const notes: string[] = [];
  let ratioAtMax: number | undefined;
  for (const n of SIZES) {
    const migrations = generateMigrations(n, SEED);
    const repeats = n >= 1000 ? 2 : 3;
    const times: { lockstep: number[]; raw: number[]; shell: number[] } = {
      lockstep: [],
      raw: [],
      shell: [],
    };
    await withHistory(migrations, async (cwd) => {
      // Interleaved, so drift in the machine's speed hits every column alike.
      for (let i = 0; i < repeats; i++) {
        if (typeof engine !== "string") {
          const { ms, problem } = await timeLockstep(engine, cwd, n);
          times.lockstep.push(ms);
          if (problem && i === 0) notes.push(`N=${n}: lockstep ${problem}`);
        }
        times.raw.push(await runRawSqlJs(migrations));
        const shell = runSqliteShell(migrations);
        if (shell !== undefined) times.shell.push(shell);
      }
    });
    const lockstep = times.lockstep.length ? median(times.lockstep) : undefined;
    const raw = median(times.raw);
    const ratio = lockstep === undefined ? undefined : lockstep / raw;
    if (n === 1000) ratioAtMax = ratio;
    const shell = times.shell.length ? median(times.shell) : undefined;
    rows.push([
      String(n),
      String(await schemaObjectCount(migrations)),
      fmt(lockstep),
      fmt(raw),
      ratio?.toFixed(2) ?? "—",
      fmt(shell),
    ]);
    console.log(`  measured N=${n} (median of ${repeats})`);
  }

  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join("  "));
  for (const note of notes) console.log(note);
  const verdict =
    ratioAtMax === undefined
      ? `not measured (${typeof engine === "string" ? engine : "no N=1000 run"})`
      : ratioAtMax <= TARGET
        ? "met"
        : "NOT met";
  console.log(`target: ratio ≤ ${TARGET} at 1,000 migrations — ${verdict}`);
}

await main();
