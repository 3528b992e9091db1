import { spawnSync } from "node:child_process";
import { type EngineName, loadEngine } from "../src/adapters/sqlite/engine.js";
import type { GeneratedMigration } from "./generate.js";

type UpDown = Pick<GeneratedMigration, "up" | "down">;

/** The raw engine, no checks: a fresh database, then up, down, up of every migration. Returns elapsed ms. */
export async function runRawEngine(engine: EngineName, migrations: UpDown[]): Promise<number> {
  const sqlite = await loadEngine(engine);
  const start = performance.now();
  const db = sqlite.openMemory();
  try {
    for (const m of migrations) {
      db.exec(m.up);
      db.exec(m.down);
      db.exec(m.up);
    }
  } finally {
    db.close();
  }
  return performance.now() - start;
}

/** The same up+down+up sequence as one script: what a native sqlite3 is fed. */
export function upDownUpScript(migrations: UpDown[]): string {
  return ["PRAGMA foreign_keys = ON;", ...migrations.flatMap((m) => [m.up, m.down, m.up])].join("\n");
}

/**
 * Times a native `sqlite3` (one process, `:memory:`, the script on stdin), process start included.
 * Returns undefined when no sqlite3 is on PATH; throws when the script fails.
 */
export function runSqliteShell(input: UpDown[] | string): number | undefined {
  const script = typeof input === "string" ? input : upDownUpScript(input);
  const start = performance.now();
  const run = spawnSync("sqlite3", ["-bail", ":memory:"], {
    input: script,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const elapsed = performance.now() - start;
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return undefined;
  if (run.error) throw run.error;
  if (run.status !== 0 || run.stderr.trim() !== "") {
    throw new Error(`sqlite3 failed (exit ${run.status}): ${run.stderr.trim().slice(0, 500)}`);
  }
  return elapsed;
}

/** The native sqlite3 version, or undefined when it is not installed. */
export function sqliteShellVersion(): string | undefined {
  const run = spawnSync("sqlite3", ["-version"], { encoding: "utf8" });
  return run.error || run.status !== 0 ? undefined : run.stdout.split(" ")[0];
}

/** How many tables, indexes, views and triggers the history leaves (for the table's "objects" column). */
export async function schemaObjectCount(migrations: UpDown[]): Promise<number> {
  const db = (await loadEngine("wasm")).openMemory();
  try {
    for (const m of migrations) db.exec(m.up);
    const stmt = db.prepare(
      "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    );
    const count = Number(stmt.rows()[0]?.[0] ?? 0);
    stmt.finalize();
    return count;
  } finally {
    db.close();
  }
}
