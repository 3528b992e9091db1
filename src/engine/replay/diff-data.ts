import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SchemaReader } from "../../adapters/schema-reader.js";
import {
  chooseEngine,
  type EngineChoice,
  loadEngine,
  queryRows,
  type SqlDatabase,
} from "../../adapters/sqlite/engine.js";
import { readTableRows } from "../../adapters/table-rows.js";
import { type Column, objectKey, type TableObject } from "../../core/schema/index.js";
import { dependencyOrder } from "../../core/schema/schema-order.js";
import { isShadow, type SchemaSql, schemaSql } from "../../core/schema/schema-sql.js";
import { quoteIdent } from "../../core/sql/literal.js";
import { diffTableRows, type RowDiff } from "../../core/sql/row-diff.js";
import type { DiffResult } from "./diff.js";
import { bothDatabaseFiles, sourceOf } from "./diff-sql.js";

function countRows(db: SqlDatabase, table: TableObject): number {
  return Number(queryRows(db, `SELECT count(*) FROM main.${quoteIdent(table.name)}`)[0]?.[0]);
}

const column = (name: string, pk: number): Column => ({
  name,
  type: "",
  notNull: false,
  default: null,
  pk,
  collation: null,
  generated: null,
  hidden: false,
});

/** sqlite_sequence as a table keyed by name (it has no key of its own, and one row per table). */
const SEQUENCE: TableObject = {
  kind: "table",
  name: "sqlite_sequence",
  columns: [column("name", 1), column("seq", 0)],
  withoutRowid: false,
  strict: false,
  autoincrement: false,
  primaryKey: [],
  uniques: [],
  checks: [],
  foreignKeys: [],
  conflicts: [],
};

/**
 * AUTOINCREMENT counters: compared after the row statements have run on the copy (an INSERT raises them), so
 * the next id given out is B's.
 */
function sequenceStatements(copy: SqlDatabase, want: SqlDatabase, data: string[], rows: RowDiff): string[] {
  const has = (db: SqlDatabase) =>
    queryRows(db, "SELECT 1 FROM main.sqlite_schema WHERE name = 'sqlite_sequence'").length > 0;
  if (!has(want) || !has(copy)) return [];
  if (data.length > 0) copy.exec(data.join("\n"));
  const one = diffTableRows(readTableRows(copy, SEQUENCE), readTableRows(want, SEQUENCE));
  rows.tables.push(one.diff);
  return [...one.delete, ...one.update, ...one.insert];
}

export interface DataDiff {
  diff: DiffResult;
  schema: SchemaSql;
  rows: RowDiff;
  /** The schema statements, then the row statements in one transaction (none when the rows are equal). */
  statements: string[];
}

/**
 * `diff A.db B.db --data`: the rows compared after A's copy has been given B's schema by the schema
 * statements, so the row statements are exactly what follows them (a new table's rows are INSERTs, a dropped
 * table needs none, a rebuilt table is compared as the rebuild left it). Virtual tables and their shadow tables
 * are not compared: their content belongs to the module.
 */
export async function runDiffData(req: {
  cwd: string;
  from: string;
  to: string;
  engine?: EngineChoice;
}): Promise<DataDiff> {
  const choice = await chooseEngine(req.engine);
  const diff = await bothDatabaseFiles({ ...req, engine: choice }, "--data");
  const engine = await loadEngine(choice);
  const fromPath = resolve(req.cwd, req.from);
  const toPath = resolve(req.cwd, req.to);
  const toSource = await sourceOf(toPath, choice);
  const schema = schemaSql(await sourceOf(fromPath, choice), toSource, { transaction: "own" });
  const copy = engine.openBytes(await readFile(fromPath));
  const want = engine.openBytes(await readFile(toPath));
  try {
    if (schema.statements.length > 0) copy.exec(schema.statements.join("\n"));
    const target = new SchemaReader(want).read();
    const tables = dependencyOrder(
      [...target.objects.values()].filter(
        (o): o is TableObject => o.kind === "table" && !isShadow(target, o),
      ),
    );
    const rows: RowDiff = { tables: [], delete: [], update: [], insert: [] };
    const deletes: string[][] = [];
    for (const table of tables) {
      let pair = [readTableRows(copy, table), readTableRows(want, table)] as const;
      // NULLs in a rowid table's primary key make rows share a key: those are compared by rowid instead.
      if (!table.withoutRowid && [copy, want].some((db, i) => countRows(db, table) !== pair[i]?.rows.size)) {
        const byRowid = { ...table, columns: table.columns.map((c) => ({ ...c, pk: 0 })) };
        pair = [readTableRows(copy, byRowid), readTableRows(want, byRowid)];
      }
      const one = diffTableRows(pair[0], pair[1]);
      rows.tables.push(one.diff);
      deletes.push(one.delete);
      rows.update.push(...one.update);
      rows.insert.push(...one.insert);
    }
    // Children's rows go before their parents', parents' rows come before their children's.
    rows.delete = deletes.reverse().flat();
    const rowStatements = [...rows.delete, ...rows.update, ...rows.insert];
    // B's triggers would fire on these rows (an audit row per INSERT): they are dropped and made again around them.
    const triggers = [...target.objects.values()].filter((o) => o.kind === "trigger");
    const off = rowStatements.length > 0 ? triggers.map((t) => `DROP TRIGGER ${quoteIdent(t.name)};`) : [];
    const on =
      rowStatements.length > 0 ? triggers.map((t) => `${toSource.sql.get(objectKey(t))?.trim()};`) : [];
    const data = [...off, ...rowStatements];
    data.push(...sequenceStatements(copy, want, data, rows), ...on);
    // Deferred foreign keys: checked at COMMIT, when every row is as in B.
    const wrapped = data.length > 0 ? ["BEGIN;", "PRAGMA defer_foreign_keys = ON;", ...data, "COMMIT;"] : [];
    rows.tables.sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0));
    return { diff, schema, rows, statements: [...schema.statements, ...wrapped] };
  } finally {
    copy.close();
    want.close();
  }
}
