import type { SqlValue } from "../../adapters/sqlite/types.js";
import type { Finding } from "../../core/finding.js";
import type { MigrationReport } from "../../core/report.js";
import { makeSchema, type Schema, type SchemaObject } from "../../core/schema/index.js";

/** What a cached prefix brings back besides the database: the verdicts of its migrations, as a cold run made them. */
export interface PrefixRecord {
  count: number;
  reports: MigrationReport[];
  findings: Finding[];
  touched: [string, string[]][];
  reportedIntegrity: string[];
  /** Connection settings a migration may have changed: a database file does not carry them. */
  pragmas: [string, SqlValue][];
  /** The schema reader's models of the prefix's objects: loading it then reads no PRAGMA and parses no SQL. */
  models: [string, SchemaObject][];
  /**
   * What the whole-database check at the end found when this prefix was the whole history: a replay of
   * exactly this history then needs no database at all. Absent from an entry stored otherwise.
   */
  final?: Finding[];
}

/**
 * A record as an entry keeps it: each model as a JSON text of its own, so a record read beside another
 * (HEAD's and the base's) parses only the models the other did not have.
 */
export type StoredRecord = Omit<PrefixRecord, "models"> & { models: [string, string][] };

export function encodeRecord(record: PrefixRecord): StoredRecord {
  return { ...record, models: record.models.map(([key, obj]) => [key, JSON.stringify(obj)]) };
}

/**
 * Models of the records read in this process, by engine and modeller key: on one engine a key names its
 * object exactly (see ObjectModeller.importModels), so two records (HEAD's and the base's) share one object
 * for each unchanged one, and comparing their schemas finds those equal without taking them apart.
 */
const shared = new Map<string, SchemaObject>();
const SHARED_LIMIT = 50_000;

/** The record with its models, each parsed only where no record read before had it; undefined if one is not JSON. */
export function decodeRecord(record: StoredRecord, engine: string): PrefixRecord | undefined {
  const models: [string, SchemaObject][] = [];
  for (const [key, text] of record.models) {
    const at = `${engine}\0${key}`;
    let obj = shared.get(at);
    if (!obj) {
      try {
        obj = JSON.parse(text) as SchemaObject;
      } catch {
        return undefined;
      }
      if (shared.size >= SHARED_LIMIT) shared.clear();
      shared.set(at, obj);
    }
    models.push([key, obj]);
  }
  return { ...record, models };
}

/** A whole history's verdicts as its cold replay gave them, from a record that has its final check. */
export function cachedVerdicts(record: PrefixRecord): {
  migrations: MigrationReport[];
  findings: Finding[];
  schema: Schema;
  touched: Map<string, string[]>;
} {
  return {
    migrations: record.reports,
    findings: [...record.findings, ...(record.final ?? [])],
    // The models are those of the objects of the last read (see SchemaReader.exportModels).
    schema: makeSchema(record.models.map(([, obj]) => obj)),
    touched: new Map(record.touched),
  };
}

/** An entry's record, its models read back; undefined for anything this version would not have written. */
export function readRecord(value: unknown, count: number, engine: string): PrefixRecord | undefined {
  const stored = asStored(value, count);
  return stored && decodeRecord(stored, engine);
}

/** An entry's record as this version writes it, for this prefix length; anything else is not trusted. */
function asStored(value: unknown, count: number): StoredRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const r = value as Partial<StoredRecord>;
  const arrays = [r.reports, r.findings, r.touched, r.reportedIntegrity, r.pragmas, r.models];
  if (r.count !== count || !arrays.every(Array.isArray) || r.reports?.length !== count) return undefined;
  if (r.final !== undefined && !Array.isArray(r.final)) return undefined;
  const model = (m: unknown) =>
    Array.isArray(m) && m.length === 2 && typeof m[0] === "string" && typeof m[1] === "string";
  return r.models?.every(model) ? (r as StoredRecord) : undefined;
}
