import type { Database, Statement } from "./sqljs.js";

export type SqlValue = number | string | Uint8Array | null;

/** Statements prepared once and reused: a replay asks the same dozen questions thousands of times. */
export class CachedQueries {
  private readonly statements = new Map<string, { stmt: Statement; columns: string[] }>();

  constructor(private readonly db: Database) {}

  /** Rows as objects keyed by column name. */
  all<T>(sql: string, params: SqlValue[] = []): T[] {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      const stmt = this.db.prepare(sql);
      prepared = { stmt, columns: stmt.getColumnNames() };
      this.statements.set(sql, prepared);
    }
    const { stmt, columns } = prepared;
    try {
      if (params.length > 0) stmt.bind(params);
      const rows: T[] = [];
      while (stmt.step()) {
        const values = stmt.get();
        const row: Record<string, unknown> = {};
        for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
        rows.push(row as T);
      }
      return rows;
    } finally {
      // A statement left mid-step would lock tables the user's next DROP needs.
      stmt.reset();
    }
  }

  free(): void {
    for (const { stmt } of this.statements.values()) stmt.free();
    this.statements.clear();
  }
}
