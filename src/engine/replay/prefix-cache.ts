import { ReplayCache } from "../../adapters/replay-cache.js";
import type { EngineInfo, SqlDatabase, SqlValue } from "../../adapters/sqlite/types.js";
import type { Migration, MigrationScript, MigrationSet } from "../../core/migration.js";
import { chainKeys, migrationStep } from "../../core/replay-chain.js";
import { BUILD, VERSION } from "../../version.js";
import { cachedVerdicts, encodeRecord, type PrefixRecord, readRecord } from "./prefix-record.js";
import type { ReplaySetOptions } from "./replay-options.js";

export type { PrefixRecord };

/** Settings of the connection that outlive a script and change what later SQL does. */
const CONNECTION_PRAGMAS = [
  "foreign_keys",
  "legacy_alter_table",
  "recursive_triggers",
  "automatic_index",
  "reverse_unordered_selects",
  "ignore_check_constraints",
  "trusted_schema",
  "cell_size_check",
  "writable_schema",
  "query_only",
];

/** Not readable back, so a prefix that sets it is never stored. */
const UNREADABLE_SETTING = /case_sensitive_like/i;

export class PrefixCache {
  private constructor(
    private readonly entries: ReplayCache,
    readonly keys: string[],
    /** The engine and SQLite version, which models are shared under (see cachedVerdicts). */
    readonly engine: string,
  ) {}

  /**
   * The cache for this replay, or undefined when it cannot be trusted to give the cold run's answer: no
   * cache directory, or application functions (JavaScript lockstep cannot fingerprint).
   */
  static open(
    set: MigrationSet,
    options: ReplaySetOptions,
    engine: EngineInfo,
    downChecked: (m: Migration) => boolean,
  ): PrefixCache | undefined {
    if (!options.cache || Object.keys(options.functions ?? {}).length > 0) return undefined;
    const seed = {
      lockstep: VERSION,
      build: BUILD,
      engine,
      layout: set.layout,
      transaction: set.transaction ?? null,
      hasDowns: set.hasDowns,
      downPolicy: options.downPolicy,
      idempotent: options.idempotent ?? false,
      baseline: options.baseline
        ? migrationStep({ version: "", name: "", files: [], up: options.baseline }, false)
        : null,
      replacements: options.cache.replacements ?? null,
      // Data mode changes verdicts: its seed and seed files are part of every key.
      data: options.data
        ? {
            seed: options.data.seed,
            seeds: options.data.seeds.map((s) => ({
              after: s.after,
              file: s.script.file,
              sql: s.script.chunks,
            })),
          }
        : null,
    };
    const steps = set.migrations.map((m) => migrationStep(m, downChecked(m)));
    return new PrefixCache(
      new ReplayCache(options.cache.dir),
      chainKeys(seed, steps),
      `${engine.name} ${engine.sqlite}`,
    );
  }

  /**
   * The verdicts of the whole history when its entry has them with its final check's findings: nothing is
   * left to run, so the entry's database is neither read back nor checked.
   */
  wholeHistory(): ReturnType<typeof cachedVerdicts> | undefined {
    const count = this.keys.length;
    const key = this.keys[count - 1];
    const entry = key === undefined ? undefined : this.entries.get(key);
    const record = entry && readRecord(entry.record, count, this.engine);
    return record?.final ? cachedVerdicts(record) : undefined;
  }

  /**
   * The longest stored prefix whose entry is sound, with its database bytes; without them when the prefix is
   * the whole history and its record has the final check's findings (nothing is left to run on it).
   */
  longest(): { record: PrefixRecord; database?: Uint8Array } | undefined {
    // One listing of the store, not one lookup per migration of a long history.
    const listed = this.entries.storedKeys();
    for (let count = this.keys.length; count >= 1; count--) {
      const key = this.keys[count - 1] as string;
      if (!listed.has(key)) continue;
      const entry = this.entries.get(key);
      const record = entry && readRecord(entry.record, count, this.engine);
      if (!entry || !record) continue;
      if (count === this.keys.length && record.final) return { record };
      const database = entry.database();
      if (database) return { record, database };
    }
    return undefined;
  }

  /**
   * Stores the state after the first `record.count` migrations, unless the database holds what its file
   * would not carry: an open transaction, temporary objects of the migrations, a setting not readable back.
   */
  store(db: SqlDatabase, record: Omit<PrefixRecord, "pragmas">, migrations: readonly Migration[]): void {
    const key = this.keys[record.count - 1];
    if (!key || this.entries.has(key)) return;
    const image = connectionImage(
      db,
      migrations.flatMap((m) => [m.up, m.down]),
    );
    if (image)
      this.entries.put({
        key,
        record: encodeRecord({ ...record, pragmas: image.pragmas }),
        database: image.bytes,
      });
  }
}

/** A database and the settings of its connection, enough to open it again as it is. */
export interface ConnectionImage {
  bytes: Uint8Array;
  pragmas: [string, SqlValue][];
}

/**
 * The database as the scripts left it, with its connection's settings; undefined when opening the bytes again
 * would not give the same state: a transaction still open, temporary objects, a setting that cannot be read back.
 */
export function connectionImage(
  db: SqlDatabase,
  scripts: readonly (MigrationScript | undefined)[],
): ConnectionImage | undefined {
  if (scripts.some((s) => s?.chunks.some((c) => UNREADABLE_SETTING.test(c.sql)))) return undefined;
  if (inTransaction(db) || hasTemporaryObjects(db)) return undefined;
  const pragmas = CONNECTION_PRAGMAS.map((name): [string, SqlValue] => [name, readPragma(db, name)]);
  return { bytes: db.export(), pragmas };
}

/** Sets the connection as the prefix left it (the file brings back only the database). */
export function restorePragmas(db: SqlDatabase, pragmas: readonly [string, SqlValue][]): void {
  for (const [name, value] of pragmas) {
    if (!CONNECTION_PRAGMAS.includes(name) || (typeof value !== "number" && value !== null)) continue;
    if (value !== null) db.exec(`PRAGMA ${name} = ${Math.trunc(value)}`);
  }
}

function readPragma(db: SqlDatabase, name: string): SqlValue {
  const stmt = db.prepare(`PRAGMA ${name}`);
  try {
    return stmt.rows()[0]?.[0] ?? null;
  } finally {
    stmt.finalize();
  }
}

function inTransaction(db: SqlDatabase): boolean {
  try {
    db.exec("BEGIN");
  } catch {
    return true;
  }
  db.exec("ROLLBACK");
  return false;
}

/** lockstep's own schema reader keeps temporary tables named `__lockstep_…`; anything else is the migrations'. */
function hasTemporaryObjects(db: SqlDatabase): boolean {
  const stmt = db.prepare(
    "SELECT count(*) FROM temp.sqlite_schema WHERE name NOT LIKE '\\_\\_lockstep\\_%' ESCAPE '\\'",
  );
  try {
    return Number(stmt.rows()[0]?.[0] ?? 0) > 0;
  } finally {
    stmt.finalize();
  }
}
