// The SQLite build lockstep runs: sql.js compiled with FTS5 (the official sql.js build has no FTS5 module).
// Its API is sql.js's, so sql.js's type definitions describe it.
declare module "fts5-sql-bundle/dist/sql-wasm.js" {
  import initSqlJs from "sql.js";
  export default initSqlJs;
}
