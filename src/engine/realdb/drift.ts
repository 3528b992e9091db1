import { openCopy } from "../../adapters/database-file.js";
import { SchemaReader } from "../../adapters/schema-reader.js";
import { loadEngine } from "../../adapters/sqlite/engine.js";
import { LockstepError } from "../../core/errors.js";
import type { Finding } from "../../core/finding.js";
import { diffSchemas, type Schema, type SchemaDiff, withoutTables } from "../../core/schema/index.js";
import { replayDatabase } from "../replay/replay.js";
import {
  openRealDatabase,
  type RealDatabase,
  type RealDatabaseRequest,
  refuseApart,
  refuseUnknown,
} from "./real-database.js";

export interface DriftResult {
  real: RealDatabase;
  /** The versions the file has applied, which the replay ran to. */
  applied: string[];
  /** From the replay at the file's applied version to the file's own schema. */
  diff: SchemaDiff;
  /** Problems the replay met on the way (its diff side is as far as it got). */
  findings: Finding[];
}

/** The file's schema against the schema lockstep's replay gives at the version the file has applied. */
export async function runDrift(req: RealDatabaseRequest): Promise<DriftResult> {
  const real = await openRealDatabase(req);
  if (!real.status) throw new LockstepError("usage", real.noTracking ?? `${req.file} has no tracking table`);
  refuseApart(real, "drift");
  refuseUnknown(real, "drift");
  const applied = new Set(real.status.applied);
  const read = {
    ...real.read,
    set: { ...real.read.set, migrations: real.read.set.migrations.filter((m) => applied.has(m.version)) },
  };
  const replayed = await replayDatabase(read, {
    cwd: req.cwd,
    env: req.env,
    down: "none",
    engine: real.engine,
    cache: req.cache,
  });
  const db = openCopy(await loadEngine(real.engine), real.bytes, req.file);
  let actual: Schema;
  try {
    actual = new SchemaReader(db).read();
  } finally {
    db.close();
  }
  const own = real.tool.tracking.ownTables ?? [];
  const diff = diffSchemas(withoutTables(replayed.schema, own), withoutTables(actual, own));
  return { real, applied: real.status.applied, diff, findings: replayed.report.findings };
}
