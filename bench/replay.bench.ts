// npm run bench: lockstep's full replay on each engine against that raw engine (node:sqlite where the
// runtime has it, SQLite's wasm build) and a native sqlite3 when installed, running the same up+down+up SQL. Figures are measured in this run; nothing is asserted.
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { type EngineName, nativeAvailable } from "../src/adapters/sqlite/engine.js";
import { runReplay } from "../src/engine/replay/replay.js";
import { type GeneratedMigration, generateMigrations, writeMigrations } from "./generate.js";
import { runRawEngine, runSqliteShell, schemaObjectCount, sqliteShellVersion } from "./raw.js";

const SIZES = [100, 300, 1000];
const SEED = 1;

/** Times one full lockstep replay (read, parse, replay, report); a report that is not clean is a problem. */
async function timeLockstep(
  cwd: string,
  count: number,
  engine: EngineName,
): Promise<{ ms: number; problem?: string }> {
  const start = performance.now();
  const { report } = await runReplay({ cwd, dir: "migrations", down: "all", engine });
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
  const engines: EngineName[] = (await nativeAvailable()) ? ["native", "wasm"] : ["wasm"];
  console.log(
    `node ${process.version}, ${availableParallelism()} cpus, engines ${engines.join(", ")}, sqlite3 ${sqliteVersion ?? "not installed"}`,
  );

  // Load each engine and warm the JIT on both sides so neither pays it inside a measurement.
  const warm = generateMigrations(30, SEED + 1);
  for (const engine of engines) {
    await runRawEngine(engine, warm);
    await withHistory(warm, (cwd) => timeLockstep(cwd, warm.length, engine));
  }

  const rows: string[][] = [
    ["N", "objects", "engine", "lockstep ms", "raw ms", "lockstep/raw", "sqlite3 ms"],
  ];
  const notes: string[] = [];
  const ratiosAtMax: string[] = [];
  for (const n of SIZES) {
    const migrations = generateMigrations(n, SEED);
    const repeats = n >= 1000 ? 2 : 3;
    const times = new Map(engines.map((e) => [e, { lockstep: [] as number[], raw: [] as number[] }]));
    const shell: number[] = [];
    await withHistory(migrations, async (cwd) => {
      // Interleaved, so drift in the machine's speed hits every column alike.
      for (let i = 0; i < repeats; i++) {
        for (const engine of engines) {
          const t = times.get(engine) as { lockstep: number[]; raw: number[] };
          const { ms, problem } = await timeLockstep(cwd, n, engine);
          t.lockstep.push(ms);
          if (problem && i === 0) notes.push(`N=${n} ${engine}: lockstep ${problem}`);
          t.raw.push(await runRawEngine(engine, migrations));
        }
        const ms = runSqliteShell(migrations);
        if (ms !== undefined) shell.push(ms);
      }
    });
    const objects = String(await schemaObjectCount(migrations));
    for (const engine of engines) {
      const t = times.get(engine) as { lockstep: number[]; raw: number[] };
      const ratio = median(t.lockstep) / median(t.raw);
      if (n === 1000) ratiosAtMax.push(`${engine} ${ratio.toFixed(2)}`);
      rows.push([
        String(n),
        objects,
        engine,
        fmt(median(t.lockstep)),
        fmt(median(t.raw)),
        ratio.toFixed(2),
        fmt(shell.length ? median(shell) : undefined),
      ]);
    }
    console.log(`  measured N=${n} (median of ${repeats})`);
  }

  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join("  "));
  for (const note of notes) console.log(note);
  console.log(`lockstep/raw at 1,000 migrations: ${ratiosAtMax.join(", ") || "no N=1000 run"}`);
}

await main();
