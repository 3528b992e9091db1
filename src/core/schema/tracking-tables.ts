/** Tables migration tools keep for their own bookkeeping: not part of the schema being checked. */
export const TRACKING_TABLES: ReadonlySet<string> = new Set([
  "schema_migrations", // dbmate, golang-migrate
  "goose_db_version", // goose
  "_sqlx_migrations", // sqlx
  "__diesel_schema_migrations", // diesel
  "_prisma_migrations", // Prisma
  "__drizzle_migrations", // Drizzle
  "d1_migrations", // Cloudflare D1
  "flyway_schema_history", // Flyway
  "atlas_schema_revisions", // Atlas
  "gorp_migrations", // sql-migrate
  "alembic_version", // Alembic
  "django_migrations", // Django
]);

/** SQLite reserves `sqlite_` (any case) for its internals: sqlite_sequence, sqlite_stat1, autoindexes. */
export function isInternalName(name: string): boolean {
  return name.slice(0, 7).toLowerCase() === "sqlite_";
}

/** True when an object on table `table` (or the table itself) is left out of the model. */
export function isIgnoredTable(table: string): boolean {
  return isInternalName(table) || TRACKING_TABLES.has(table.toLowerCase());
}
