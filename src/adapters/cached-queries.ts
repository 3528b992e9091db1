import type { SqlDatabase, SqlStatement, SqlValue } from "./sqlite/engine.js";

export type { SqlValue } from "./sqlite/engine.js";

/** Statements prepared once and reused: a replay asks the same dozen questions thousands of times. */
export class CachedQueries {
  private readonly statements = new Map<string, SqlStatement>();

  constructor(private readonly db: SqlDatabase) {}

  /** Rows as objects keyed by column name. */
  all<T>(sql: string, params: SqlValue[] = []): T[] {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    const { columns } = stmt;
    return stmt.rows(params).map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
      return row as T;
    });
  }

  free(): void {
    for (const stmt of this.statements.values()) stmt.finalize();
    this.statements.clear();
  }
}
