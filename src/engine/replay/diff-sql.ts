import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SchemaReader } from "../../adapters/schema-reader.js";
import { chooseEngine, type EngineChoice, loadEngine, queryRows } from "../../adapters/sqlite/engine.js";
import { LockstepError } from "../../core/errors.js";
import { objectKey } from "../../core/schema/index.js";
import { type SchemaSource, type SchemaSql, schemaSql } from "../../core/schema/schema-sql.js";
import { type DiffResult, runDiff } from "./diff.js";

/** A database file's schema and each object's CREATE statement as its sqlite_schema has it. */
export async function sourceOf(path: string, engine: EngineChoice): Promise<SchemaSource> {
  const db = (await loadEngine(engine)).openBytes(await readFile(path));
  try {
    const schema = new SchemaReader(db).read();
    const sql = new Map<string, string>();
    for (const [type, name, text] of queryRows(
      db,
      "SELECT type, name, sql FROM main.sqlite_schema WHERE sql IS NOT NULL",
    )) {
      const kind = type === "table" && /^\s*create\s+virtual\b/i.test(String(text)) ? "virtual" : type;
      sql.set(objectKey({ kind: kind as "table", name: String(name) }), String(text));
    }
    return { schema, sql };
  } finally {
    db.close();
  }
}

/** The same checks of both sides as the other formats (exists, a SQLite file, not too large); both files. */
export async function bothDatabaseFiles(
  req: { cwd: string; from: string; to: string; engine: EngineChoice },
  what: string,
): Promise<DiffResult> {
  const diff = await runDiff(req);
  for (const side of [diff.from, diff.to])
    if (side.kind !== "database")
      throw new LockstepError(
        "usage",
        `${what} needs two SQLite database files, and ${side.source} is a migrations directory; not yet supported: replay it into a file first, or use --format text or json`,
      );
  return diff;
}

/** `diff A.db B.db --format sql`: the statements that turn A's schema into B's. */
export async function runDiffSql(req: {
  cwd: string;
  from: string;
  to: string;
  engine?: EngineChoice;
  /** `tool` for a file the migration tool wraps in its transaction (default `own`). */
  transaction?: "own" | "tool";
}): Promise<SchemaSql> {
  const engine = await chooseEngine(req.engine);
  await bothDatabaseFiles({ ...req, engine }, "--format sql");
  const from = await sourceOf(resolve(req.cwd, req.from), engine);
  const to = await sourceOf(resolve(req.cwd, req.to), engine);
  return schemaSql(from, to, { transaction: req.transaction ?? "own" });
}
