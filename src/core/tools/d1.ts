import { singleFile } from "../layouts/naming.js";
import { readNamed, simpleName } from "../layouts/paired-reader.js";
import type { ToolDescriptor } from "./tool.js";

const DOCS = "https://developers.cloudflare.com/d1/reference/migrations/";

export const d1 = {
  id: "d1",
  name: "D1",
  title: "Cloudflare D1",
  // Never detected: its names are plain numbered files.
  // wrangler sends each D1 file as one query, which D1 runs in an implicit transaction.
  read: (files) => readNamed(files, simpleName, () => true),
  order: { by: "number", how: "wrangler sorts the number before the first `_` as a number" },
  downs: "never",
  transaction: {
    wraps: "each-file",
    pragmaIgnored:
      "D1 always enforces foreign keys and ignores it; use `PRAGMA defer_foreign_keys = on` to rebuild a table that others reference",
  },
  applied: {
    outOfOrder: {
      does: "applies every file whose name is not in d1_migrations, older ones included",
      source: DOCS,
    },
    renamed: { does: "knows a migration by its file name: a renamed file runs again", source: DOCS },
    edited: { does: "keeps no checksum: an edited applied migration is not run again", source: DOCS },
  },
  tracking: {
    tables: ["d1_migrations"],
    stores: "one row per applied migration: `id`, `name` (the file name), `applied_at`",
    source: DOCS,
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name),
  },
} as const satisfies ToolDescriptor;
