/**
 * Every tool lockstep reads, in the order the config and the docs list them. Each has one module in this
 * folder, registered in index.ts; the registry does not compile unless the two name the same tools.
 */
export const LAYOUT_IDS = [
  "dbmate",
  "goose",
  "goose-v1",
  "sql-migrate",
  "golang-migrate",
  "sqlx",
  "diesel",
  "prisma",
  "drizzle",
  "d1",
  "flyway",
  "plain",
  "pattern",
  "sqitch",
  "knex",
  "typeorm",
  "rails",
  "alembic",
  "django",
] as const;

export type LayoutId = (typeof LAYOUT_IDS)[number];
