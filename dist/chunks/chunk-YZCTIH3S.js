import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/finding.ts
var RULES = {
  "parse-error": "error",
  "duplicate-version": "error",
  "up-failed": "error",
  "down-failed": "error",
  "down-missing": "warning",
  "down-mismatch": "error",
  "down-column-order": "warning",
  "redo-mismatch": "error",
  integrity: "error",
  "transaction-control": "warning",
  "order-ambiguous": "warning",
  "not-replayed": "warning",
  "empty-migration": "warning",
  "locked-modified": "error",
  "locked-deleted": "error",
  "locked-renamed": "error",
  "locked-amended": "warning",
  "lockfile-stale": "error",
  "lockfile-tampered": "error",
  "out-of-order": "error",
  overlap: "warning",
  timeout: "error",
  "verify-failed": "error",
  "multiple-heads": "error",
  "missing-parent": "error",
  "revision-cycle": "error",
  "sqlite-version": "error",
  "not-idempotent": "error"
};
function finding(rule, message, where = {}) {
  return { rule, severity: RULES[rule], ...where, message };
}

// src/core/tools/layout-id.ts
var LAYOUT_IDS = [
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
  "django"
];

export {
  RULES,
  finding,
  LAYOUT_IDS
};
