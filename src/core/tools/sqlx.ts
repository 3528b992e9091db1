import { pairedFiles, singleFile } from "../layouts/naming.js";
import { pairedName, readNamed, simpleName } from "../layouts/paired-reader.js";
import type { ToolDescriptor } from "./tool.js";

const REPO = "https://github.com/launchbadge/sqlx";

export const sqlx = {
  id: "sqlx",
  name: "sqlx",
  title: "sqlx",
  // Never detected: its names are golang-migrate's (reversible) or plain numbered files (simple).
  read: (files) =>
    // sqlx (sqlx-core migrate/source.rs): `no_tx = sql.starts_with("-- no-transaction")`.
    readNamed(
      files,
      (fileName) => pairedName(fileName) ?? simpleName(fileName),
      (text) => !text.startsWith("-- no-transaction"),
    ),
  order: { by: "number", how: "sqlx sorts versions as numbers" },
  downs: "if-any",
  transaction: { wraps: "each-file", optOut: "start the file with `-- no-transaction`" },
  applied: {
    outOfOrder: {
      does: "applies every migration whose version is not in _sqlx_migrations, older ones included",
      source: `${REPO}/blob/main/sqlx-core/src/migrate/migrator.rs`,
    },
    renamed: {
      does: 'a new version is a new migration, and the old one is reported "previously applied but is missing in the resolved migrations" unless missing ones are ignored',
      source: `${REPO}/blob/main/sqlx-core/src/migrate/error.rs`,
    },
    edited: {
      does: 'stores a checksum of each file and refuses to run: "migration N was previously applied but has been modified"',
      source: `${REPO}/blob/main/sqlx-core/src/migrate/error.rs`,
    },
  },
  tracking: {
    tables: ["_sqlx_migrations"],
    stores:
      "one row per applied migration: `version`, `description`, `success`, `checksum`, `execution_time`",
    source: `${REPO}/blob/main/sqlx-sqlite/src/migrate.rs`,
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) =>
      shape.reversible ? pairedFiles(version, name) : singleFile(version, name),
  },
} as const satisfies ToolDescriptor;
