import { LockstepError } from "../../core/errors.js";
import type { EngineChoice, EngineInfo, EngineName, SqlDatabase, SqlEngine, SqlValue } from "./types.js";

export type {
  EngineChoice,
  EngineInfo,
  EngineName,
  SqlDatabase,
  SqlEngine,
  SqlFunction,
  SqlStatement,
  SqlValue,
} from "./types.js";

/** Which Node has `node:sqlite` as the native engine needs it (authorizer, serialize, double-quoted strings). */
export const NATIVE_NODE = "Node 24";

const loaded = new Map<EngineName, Promise<SqlEngine>>();

async function load(name: EngineName): Promise<SqlEngine> {
  if (name === "native") {
    const { loadNative } = await import("./native.js");
    const engine = await loadNative();
    if (!engine)
      throw new LockstepError(
        "usage",
        `the native engine needs node:sqlite, which ${NATIVE_NODE} has and Node ${process.versions.node} has not; run lockstep on ${NATIVE_NODE}, or use --engine wasm`,
      );
    return engine;
  }
  const { loadWasm } = await import("./wasm.js");
  return loadWasm();
}

/** The engine to replay with: `auto` is native where the runtime has it, else wasm. */
export async function loadEngine(choice: EngineChoice = "auto"): Promise<SqlEngine> {
  const name = choice === "auto" ? ((await nativeAvailable()) ? "native" : "wasm") : choice;
  let engine = loaded.get(name);
  if (!engine) {
    engine = load(name);
    loaded.set(name, engine);
    engine.catch(() => loaded.delete(name));
  }
  return engine;
}

/** The engine a choice names, without loading the wasm build: native is checked, as auto needs to know. */
export async function chooseEngine(choice: EngineChoice = "auto"): Promise<EngineName> {
  if (choice === "wasm") return "wasm";
  if (choice === "native") return (await loadEngine("native")).info.name;
  return (await nativeAvailable()) ? "native" : "wasm";
}

/** The engine a choice names, loaded: its name and SQLite version, for reports. */
export async function resolveEngine(choice: EngineChoice = "auto"): Promise<EngineInfo> {
  return (await loadEngine(choice)).info;
}

export async function nativeAvailable(): Promise<boolean> {
  const { loadNative } = await import("./native.js");
  return (await loadNative()) !== undefined;
}

/** A fresh in-memory database of the chosen engine. */
export async function openMemoryDatabase(choice: EngineChoice = "auto"): Promise<SqlDatabase> {
  return (await loadEngine(choice)).openMemory();
}

/** Every row of one query, the statement finalized whatever happens. */
export function queryRows(db: SqlDatabase, sql: string): SqlValue[][] {
  const stmt = db.prepare(sql);
  try {
    return stmt.rows();
  } finally {
    stmt.finalize();
  }
}

/** PRAGMA compile_options of the engine's build. */
export function compileOptions(engine: SqlEngine): string[] {
  const db = engine.openMemory();
  try {
    const stmt = db.prepare("SELECT compile_options FROM pragma_compile_options");
    const rows = stmt.rows().map(([option]) => String(option));
    stmt.finalize();
    return rows;
  } finally {
    db.close();
  }
}
