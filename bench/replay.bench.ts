// npm run bench: lockstep's full in-process replay against raw sql.js (and a native sqlite3 when installed)
// running the same up+down+up SQL. Figures are measured in this run; nothing is asserted.
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { loadSqlJs } from "../src/adapters/sqljs.js";
import { runReplay } from "../src/engine/replay/replay.js";
import { type GeneratedMigration, generateMigrations, writeMigrations } from "./generate.js";
import { runRawSqlJs, runSqliteShell, schemaObjectCount, sqliteShellVersion } from "./raw.js";

const SIZES = [100, 300, 1000];
const SEED = 1;
const TARGET = 1.3;

/** Times one full lockstep replay (read, parse, replay, report); a report that is not clean is a problem. */
async function timeLockstep(cwd: string, count: number): Promise<{ ms: number; problem?: string }> {
  const start = performance.now();
  const { report } = await runReplay({ cwd, dir: "migrations", down: "all" });
  const ms = performance.now() - start;
  const db = report.databases[0];
  if (!report.ok || db?.migrations.length !== count) {
    const errors = (db?.findings ?? []).filter((f) => f.severity === "error");
    const first = errors.slice(0, 3).map((f) => `${f.rule} ${f.version ?? ""}: ${f.message}`);
    const seen = `${db?.migrations.length ?? 0}/${count} migrations`;
    return { ms, problem: `report not clean (ok=${report.ok}, ${seen}) ${first.join("; ")}` };
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
  const sqliteVersion = sqliteShellVersion();
  console.log(
    `node ${process.version}, ${availableParallelism()} cpus, sqlite3 ${sqliteVersion ?? "not installed"}`,
  );

  // Load the wasm and warm the JIT on both sides so neither pays it inside a measurement.
  await loadSqlJs();
  const warm = generateMigrations(30, SEED + 1);
  await runRawSqlJs(warm);
  await withHistory(warm, (cwd) => timeLockstep(cwd, warm.length));

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
        const { ms, problem } = await timeLockstep(cwd, n);
        times.lockstep.push(ms);
        if (problem && i === 0) notes.push(`N=${n}: lockstep ${problem}`);
        times.raw.push(await runRawSqlJs(migrations));
        const shell = runSqliteShell(migrations);
        if (shell !== undefined) times.shell.push(shell);
      }
    });
    const lockstep = median(times.lockstep);
    const raw = median(times.raw);
    const ratio = lockstep / raw;
    if (n === 1000) ratioAtMax = ratio;
    const shell = times.shell.length ? median(times.shell) : undefined;
    rows.push([
      String(n),
      String(await schemaObjectCount(migrations)),
      fmt(lockstep),
      fmt(raw),
      ratio.toFixed(2),
      fmt(shell),
    ]);
    console.log(`  measured N=${n} (median of ${repeats})`);
  }

  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join("  "));
  for (const note of notes) console.log(note);
  const verdict = ratioAtMax === undefined ? "no N=1000 run" : ratioAtMax <= TARGET ? "met" : "NOT met";
  console.log(`target: ratio ≤ ${TARGET} at 1,000 migrations — ${verdict}`);
}

await main();
