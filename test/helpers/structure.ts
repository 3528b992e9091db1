import type { SqlDatabase as Database } from "../../src/adapters/sqlite/engine.js";

type Row = Record<string, unknown>;

/** Runs a query and returns its rows as plain objects. */
export function rows(db: Database, sql: string): Row[] {
  const stmt = db.prepare(sql);
  try {
    const columns = stmt.columns;
    return stmt.rows().map((values) => Object.fromEntries(columns.map((c, i) => [c, values[i]])));
  } finally {
    stmt.finalize();
  }
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Whitespace, identifier quoting and case are not structure: a table renamed by ALTER TABLE gets its
 * name quoted in sqlite_schema, and ADD COLUMN splices text in without our line breaks.
 */
export function normalizeSql(sql: unknown): string | null {
  if (typeof sql !== "string") return null;
  return sql
    .replace(/["`[\]]/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([(),;=])\s*/g, "$1")
    .replace(/;+$/, "")
    .trim()
    .toLowerCase();
}

/**
 * A comparable picture of the schema: per table its columns, indexes (with their columns and sql),
 * foreign keys and normalized CREATE text (the only place CHECK constraints show), plus views and triggers.
 * Object order in sqlite_schema is not structure, so everything is keyed by name.
 */
export function schemaStructure(db: Database): Record<string, unknown> {
  const objects = rows(
    db,
    "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  );
  const indexSql = new Map(objects.filter((o) => o.type === "index").map((o) => [o.name, o.sql]));
  const out: Record<string, unknown> = {};
  for (const o of objects) {
    const name = String(o.name);
    if (o.type === "table") {
      const indexes = rows(db, `PRAGMA index_list(${quote(name)})`)
        .map(
          ({ seq: _seq, ...index }): Row => ({
            ...index,
            sql: normalizeSql(indexSql.get(index.name)),
            columns: rows(db, `PRAGMA index_xinfo(${quote(String(index.name))})`),
          }),
        )
        .sort((a, b) => String(a.name).localeCompare(String(b.name)));
      out[`table ${name}`] = {
        sql: normalizeSql(o.sql),
        columns: rows(db, `PRAGMA table_xinfo(${quote(name)})`),
        indexes,
        foreignKeys: rows(db, `PRAGMA foreign_key_list(${quote(name)})`),
      };
    } else if (o.type === "view" || o.type === "trigger") {
      out[`${o.type} ${name}`] = { table: o.tbl_name, sql: normalizeSql(o.sql) };
    }
  }
  return out;
}

/** Problems reported by integrity_check and foreign_key_check; empty when the database is sound. */
export function integrityProblems(db: Database): string[] {
  const integrity = rows(db, "PRAGMA integrity_check")
    .map((r) => String(Object.values(r)[0]))
    .filter((v) => v !== "ok");
  const fks = rows(db, "PRAGMA foreign_key_check").map((r) => `foreign key: ${JSON.stringify(r)}`);
  return [...integrity, ...fks];
}
