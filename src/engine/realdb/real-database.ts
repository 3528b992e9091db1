import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { openCopy, readDatabaseFile, tableNames } from "../../adapters/database-file.js";
import {
  chooseEngine,
  type EngineChoice,
  type EngineName,
  loadEngine,
  queryRows,
} from "../../adapters/sqlite/engine.js";
import { type AppliedStatus, appliedStatus } from "../../core/applied-status.js";
import { LockstepError } from "../../core/errors.js";
import { TOOLS, toolOf } from "../../core/tools/index.js";
import type { Cell, RegistryApart, ToolDescriptor, TrackingReader } from "../../core/tools/tool.js";
import { DISK, type ReadDatabase, readDatabase } from "../workspace/database-tree.js";
import { type DatabaseRequest, type DatabaseSpec, resolveDatabases } from "../workspace/databases.js";

export interface RealDatabaseRequest extends DatabaseRequest {
  /** The database file, as the user gave it. */
  file: string;
  engine?: EngineChoice;
  /** The verified-prefix cache for the replays of drift (see ReplayRequest). */
  cache?: string | false;
  /** Where the tool keeps its registry apart (Sqitch): the registry file, instead of the one beside `file`. */
  registry?: string;
}

/** A real database file read against a migration set: its bytes, its tables and its tool's tracking rows. */
export interface RealDatabase {
  source: string;
  read: ReadDatabase;
  tool: ToolDescriptor;
  bytes: Uint8Array;
  tables: string[];
  engine: EngineName;
  /** Absent where the file has no tracking table of the set's tool (see `noTracking`). */
  status?: AppliedStatus;
  /** Why there is no status: the tables the file has, and which tools they suggest. */
  noTracking?: string;
  /** The registry file the tool's rows were read from, where it keeps them apart (Sqitch). */
  registry?: string;
  /** The file given is the tool's registry itself, not the migrated database (it has no schema of its own). */
  registryOnly?: boolean;
  notes: string[];
}

/** Reads the file (never writing it) and its tool's tracking table. */
export async function openRealDatabase(req: RealDatabaseRequest): Promise<RealDatabase> {
  const resolved = await resolveDatabases(req);
  const engine = await chooseEngine(req.engine ?? resolved.config?.config.engine);
  const bytes = await readDatabaseFile(resolve(req.cwd, req.file), req.file);
  const db = openCopy(await loadEngine(engine), bytes, req.file);
  try {
    const tables = tableNames(db);
    const read = await pickSet(resolved.specs, tables, req);
    const tool = toolOf(read.set.layout);
    const reader = tool.tracking.reader;
    const base = { source: req.file, read, tool, bytes, tables, engine, notes: resolved.notes };
    if (!reader) {
      if (req.registry)
        throw new LockstepError("usage", `--registry is for Sqitch's registry; ${tool.name} has none`);
      return { ...base, noTracking: noTrackingReason(tool, reader, tables, req.file) };
    }
    const apart = reader.apart;
    if (req.registry && !apart)
      throw new LockstepError(
        "usage",
        `--registry is for a tool that keeps its records in a database of its own (Sqitch); ${tool.name} keeps them in ${req.file} itself`,
      );
    const registryOnly = !!apart && !req.registry && apart.tables.every((t) => tables.includes(t));
    if (apart && !registryOnly) {
      const registry = req.registry ?? apart.beside(req.file);
      const found = await readRegistry(tool, reader, registry, req, engine);
      if (!found) return { ...base, noTracking: noRegistryReason(apart, registry, req) };
      const rows = reader.rows(found, read.set);
      return { ...base, registry, status: await statusOf(tool, reader, read, rows, req, registry) };
    }
    if (!tables.includes(reader.table))
      return { ...base, noTracking: noTrackingReason(tool, reader, tables, req.file) };
    const rows = reader.rows(queryRows(db, reader.query), read.set);
    return { ...base, registryOnly, status: await statusOf(tool, reader, read, rows, req, req.file) };
  } finally {
    db.close();
  }
}

async function statusOf(
  tool: ToolDescriptor,
  reader: TrackingReader,
  read: ReadDatabase,
  rows: ReturnType<TrackingReader["rows"]>,
  req: RealDatabaseRequest,
  where: string,
): Promise<AppliedStatus> {
  const checksums = reader.checksum ? await fileChecksums(read, reader, req.cwd) : new Map();
  return appliedStatus(tool, reader, read.set, rows, checksums, where);
}

/** The registry's rows, or undefined where there is no such file (a file that is there must be a registry). */
async function readRegistry(
  tool: ToolDescriptor,
  reader: TrackingReader,
  registry: string,
  req: RealDatabaseRequest,
  engine: EngineName,
): Promise<Cell[][] | undefined> {
  const abs = resolve(req.cwd, registry);
  if (!req.registry && !(await stat(abs).catch(() => undefined))) return undefined;
  const db = openCopy(await loadEngine(engine), await readDatabaseFile(abs, registry), registry);
  try {
    const tables = tableNames(db);
    if (!tables.includes(reader.table))
      throw new LockstepError(
        "usage",
        `${registry} has no ${reader.table} table: it is not a ${tool.name} registry (its tables: ${tables.join(", ") || "none"})`,
      );
    return queryRows(db, reader.query);
  } finally {
    db.close();
  }
}

function noRegistryReason(apart: RegistryApart, registry: string, req: RealDatabaseRequest): string {
  return `${req.file} is the target database, and ${registry} beside it, where the registry would be, does not exist: ${apart.where}. Give the registry with --registry FILE, or deploy to ${req.file} first`;
}

/** With several sets, the one whose tool's table the file has; `--db` names it where that is not one. */
async function pickSet(
  specs: DatabaseSpec[],
  tables: string[],
  req: RealDatabaseRequest,
): Promise<ReadDatabase> {
  if (specs.length === 0) throw new LockstepError("usage", "no migration set found; give --config or --db");
  const reads = await Promise.all(specs.map((spec) => readDatabase(spec, req.cwd, DISK)));
  if (reads.length === 1) return reads[0] as ReadDatabase;
  const fitting = reads.filter((r) => {
    const table = toolOf(r.set.layout).tracking.reader?.table;
    return table !== undefined && tables.includes(table);
  });
  if (fitting.length === 1) return fitting[0] as ReadDatabase;
  const names = (fitting.length ? fitting : reads).map((r) => r.spec.name);
  throw new LockstepError(
    "usage",
    `${names.length} databases of the config could be ${req.file} (${names.join(", ")}); say which with --db NAME (its tables: ${tables.join(", ") || "none"})`,
  );
}

/** The checksum each migration's up file has now, read as bytes (as the tool reads it, line endings kept). */
async function fileChecksums(
  read: ReadDatabase,
  reader: TrackingReader,
  cwd: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const of = reader.checksum?.of;
  if (!of) return out;
  for (const m of read.set.migrations) {
    if (!m.up) continue;
    const bytes = await readFile(resolve(cwd, m.up.file)).catch(() => undefined);
    if (bytes) out.set(m.version, of(bytes));
  }
  return out;
}

function noTrackingReason(
  tool: ToolDescriptor,
  reader: TrackingReader | undefined,
  tables: string[],
  file: string,
): string {
  const suggested = (TOOLS as readonly ToolDescriptor[])
    .filter((t) => t.tracking.reader && tables.includes(t.tracking.reader.table))
    .map((t) => `${t.tracking.reader?.table} (${t.name})`);
  const uniq = [...new Set(suggested)];
  const has = tables.length ? `its tables are ${tables.join(", ")}` : "it has no tables";
  const hint = uniq.length
    ? `; those suggest ${uniq.join(", ")}: set "layout" in the config if the set is that tool's`
    : "; it may not have been migrated yet, or by another tool";
  if (!reader)
    return `${tool.name} keeps no tracking table lockstep can read in the migrated database (${tool.tracking.stores}); ${has}`;
  return `${file} has no ${reader.table} table, where ${tool.name} records what it applied; ${has}${hint}`;
}

/** drift and replay --on need the migrated database's schema, which the tool's registry itself does not hold. */
export function refuseApart(real: RealDatabase, command: string): void {
  if (real.registryOnly)
    throw new LockstepError(
      "usage",
      `${command} needs the migrated database, but ${real.source} is ${real.tool.name}'s registry, which records what was deployed and holds none of its schema; pass the target database instead (${real.tool.tracking.reader?.apart?.where}), or give this file with --registry`,
    );
}

/** drift and replay --on need to know which migrations the file has: not where the table cannot say. */
export function refuseUnknown(real: RealDatabase, command: string): void {
  const unknown = real.status?.entries.filter((e) => e.state === "unknown") ?? [];
  if (unknown.length === 0) return;
  const why = real.status?.findings.find((f) => f.rule === "db-missing")?.message;
  throw new LockstepError(
    "usage",
    `${command} needs to know which migrations ${real.source} has applied, but ${unknown.length === 1 ? "one is" : `${unknown.length} are`} unknown (${unknown.map((e) => e.version).join(", ")})${why ? `: ${why}` : ""}`,
  );
}
