// One migration directory per SQL dialect (diesel's `migrations/sqlite` beside `migrations/postgres`, goose's
// `migrations/sqlite3`): only the SQLite one is lockstep's to replay; read together they are one set of
// duplicate versions, half of them in another dialect's SQL.

/** Directory names that stand for one SQL dialect, SQLite's first. */
const SQLITE = new Set(["sqlite", "sqlite3", "libsql", "turso"]);
const OTHERS = new Set([
  "postgres",
  "postgresql",
  "pg",
  "pgsql",
  "mysql",
  "mariadb",
  "mssql",
  "sqlserver",
  "oracle",
  "cockroach",
  "cockroachdb",
]);

/** What a directory's subdirectories say about dialects: the SQLite one to read instead, or that none is. */
export type DialectSplit =
  | { kind: "none" }
  | { kind: "sqlite"; dir: string; others: string[] }
  | { kind: "other-only"; others: string[] };

/** `children`: the names of a directory's subdirectories. */
export function splitByDialect(children: readonly string[]): DialectSplit {
  const sqlite = children.filter((name) => SQLITE.has(name.toLowerCase())).sort();
  const others = children.filter((name) => OTHERS.has(name.toLowerCase())).sort();
  if (sqlite.length === 1 && others.length > 0) return { kind: "sqlite", dir: sqlite[0] as string, others };
  if (sqlite.length === 0 && others.length > 0 && others.length === children.length)
    return { kind: "other-only", others };
  return { kind: "none" };
}
