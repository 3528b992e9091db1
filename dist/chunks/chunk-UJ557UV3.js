import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/engine/workspace/set-location.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

// src/core/layouts/dialects.ts
var SQLITE = /* @__PURE__ */ new Set(["sqlite", "sqlite3", "libsql", "turso"]);
var OTHERS = /* @__PURE__ */ new Set([
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
  "cockroachdb"
]);
function splitByDialect(children) {
  const sqlite = children.filter((name) => SQLITE.has(name.toLowerCase())).sort();
  const others = children.filter((name) => OTHERS.has(name.toLowerCase())).sort();
  if (sqlite.length === 1 && others.length > 0) return { kind: "sqlite", dir: sqlite[0], others };
  if (sqlite.length === 0 && others.length > 0 && others.length === children.length)
    return { kind: "other-only", others };
  return { kind: "none" };
}

// src/engine/workspace/set-location.ts
var COMMON_LOCATIONS = [
  "migrations",
  "db/migrations",
  "prisma/migrations",
  "drizzle",
  "migrations/sqlite",
  "db/migrate",
  "database/migrations",
  "sql/migrations",
  "supabase/migrations",
  "src/migrations"
];
function locationDir(root, location) {
  const dir = resolve(root, location);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return void 0;
  const children = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const split = splitByDialect(children);
  if (split.kind === "other-only") return void 0;
  if (split.kind === "none") return { dir, shown: location };
  const shown = `${location}/${split.dir}`;
  const others = split.others.map((o) => `${location}/${o}/`).join(", ");
  return {
    dir: join(dir, split.dir),
    shown,
    why: `${location}/ holds one directory per SQL dialect: ${shown}/ is SQLite's, ${others} another dialect's, not replayed`
  };
}

export {
  COMMON_LOCATIONS,
  locationDir
};
