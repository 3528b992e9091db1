import { existsSync } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { GitRepo } from "../../adapters/git.js";
import { kindOf } from "../../adapters/regular-file.js";
import { SchemaReader } from "../../adapters/schema-reader.js";
import {
  chooseEngine,
  type EngineChoice,
  loadEngine,
  type SqlDatabase,
} from "../../adapters/sqlite/engine.js";
import { LockstepError } from "../../core/errors.js";
import type { Finding } from "../../core/finding.js";
import { diffSchemas, type Schema, type SchemaDiff } from "../../core/schema/index.js";
import { DISK, readDatabase } from "../workspace/database-tree.js";
import { resolveDatabases } from "../workspace/databases.js";
import { replayDatabase } from "./replay.js";

export interface DiffSide {
  /** As the user gave it. */
  source: string;
  kind: "migrations" | "database";
  schema: Schema;
  /** Problems met while replaying a migrations directory to its final schema. */
  findings: Finding[];
}

export interface DiffResult {
  from: DiffSide;
  to: DiffSide;
  diff: SchemaDiff;
}

const SQLITE_HEADER = "SQLite format 3\0";

/** The wasm engine's whole heap (WebAssembly memory): a larger file cannot be loaded into it. */
const MAX_DATABASE_BYTES = 2 * 1024 * 1024 * 1024;

/** A name that says "database file", so a directory by that name is a mistake, not an empty history. */
const DATABASE_NAME = /\.(db|db3|sqlite|sqlite3)$/i;

async function isSqliteFile(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(16);
    await handle.read(buffer, 0, 16, 0);
    return buffer.toString("latin1") === SQLITE_HEADER;
  } finally {
    await handle.close();
  }
}

/** `REF:DIR`, git's own spelling of a directory at a commit (DIR from the top of the repository). */
async function loadCommitted(
  source: string,
  ref: string,
  dir: string,
  cwd: string,
  engine?: EngineChoice,
): Promise<DiffSide> {
  const repo = await GitRepo.open(cwd);
  const commit = await repo.commitOf(ref);
  if (!commit)
    throw new LockstepError("usage", `${ref} in ${source} is not a commit here; fetch it or name another`);
  const path = dir.replace(/^\/+|\/+$/g, "");
  const { specs } = await resolveDatabases({ cwd, dir: relative(cwd, resolve(repo.root, path)) || "." });
  const spec = specs[0] as (typeof specs)[number];
  const read = await readDatabase(spec, cwd, { at: "git", repo, ref: commit });
  if (read.files.length === 0)
    throw new LockstepError("usage", `${source}: there is no ${path || "."}/ at ${ref}`);
  const { report, schema } = await replayDatabase(read, { cwd, down: "none", engine });
  return { source, kind: "migrations", schema, findings: report.findings };
}

async function loadSide(source: string, cwd: string, engine?: EngineChoice): Promise<DiffSide> {
  const abs = resolve(cwd, source);
  const committed = /^([^:]+):(.*)$/.exec(source);
  if (committed && !existsSync(abs))
    return loadCommitted(source, committed[1] as string, committed[2] as string, cwd, engine);
  const info = await stat(abs).catch((cause) => {
    throw new LockstepError(
      "usage",
      `${source} does not exist; give a migrations directory, a SQLite database file, or REF:DIR in a git repository`,
      {
        cause,
      },
    );
  });
  if (info.isDirectory()) {
    const { specs } = await resolveDatabases({ cwd, dir: relative(cwd, abs) || "." });
    const spec = specs[0] as (typeof specs)[number];
    const { report, schema } = await replayDatabase(await readDatabase(spec, cwd, DISK), {
      cwd,
      down: "none",
      engine,
    });
    if (report.migrations.length === 0 && DATABASE_NAME.test(abs))
      throw new LockstepError(
        "usage",
        `${source} is a directory with no migrations, not a SQLite database file; give the database file itself, or a migrations directory`,
      );
    return { source, kind: "migrations", schema, findings: report.findings };
  }
  // Never opened unless it is a regular file: a FIFO would wait for a writer forever.
  if (!info.isFile())
    throw new LockstepError(
      "usage",
      `${source} is ${kindOf(info)}, neither a migrations directory nor a SQLite database file; give one of those, or REF:DIR`,
    );
  if (info.size >= MAX_DATABASE_BYTES)
    throw new LockstepError(
      "usage",
      `${source} is 2 GiB or larger, more than the in-memory SQLite engine of lockstep can hold; diff a copy with the schema only (sqlite3 ${source} .schema | sqlite3 schema.db), or the migrations directory`,
    );
  const sqlite = await isSqliteFile(abs).catch((cause) => {
    throw new LockstepError(
      "io",
      `${source} cannot be read (${(cause as NodeJS.ErrnoException).code ?? "error"}); check its permissions`,
      { cause },
    );
  });
  if (!sqlite) {
    throw new LockstepError(
      "usage",
      `${source} is neither a directory nor a SQLite database file (no SQLite header)`,
    );
  }
  // The file's bytes are copied into memory: the database on disk is never opened for writing.
  let db: SqlDatabase | undefined;
  try {
    db = (await loadEngine(engine)).openBytes(await readFile(abs));
    return { source, kind: "database", schema: new SchemaReader(db).read(), findings: [] };
  } catch (cause) {
    throw new LockstepError(
      "io",
      `${source} cannot be read as a SQLite database: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  } finally {
    db?.close();
  }
}

/** The schema of FROM against the schema of TO; each is a migrations directory or a SQLite file. */
export async function runDiff(req: {
  cwd: string;
  from: string;
  to: string;
  engine?: EngineChoice;
}): Promise<DiffResult> {
  const engine = await chooseEngine(req.engine);
  const from = await loadSide(req.from, req.cwd, engine);
  const to = await loadSide(req.to, req.cwd, engine);
  return { from, to, diff: diffSchemas(from.schema, to.schema) };
}
