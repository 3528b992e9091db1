import type { Finding } from "./finding.js";
import type { LayoutId } from "./tools/layout-id.js";
import type { TransactionSetting } from "./tools/transaction-setting.js";

/** A file handed to the layout readers: the adapters read the disk, the core only sees this. */
export interface SourceFile {
  /** Path relative to the migration directory, forward slashes (`0001_init.up.sql`, `2024-01-01-000000_x/up.sql`). */
  rel: string;
  /** Path as shown to the user (relative to the working directory, forward slashes). */
  display: string;
  /** Decoded text with a leading BOM removed and CRLF turned into LF; absent when the file could not be read as UTF-8 text. */
  text?: string;
  /** Why `text` is absent (not UTF-8, binary, unreadable, too large, symlink outside the directory). */
  unreadable?: string;
  /** The git object id of the bytes, when read from a commit or the index: the same id is the same text. */
  blob?: string;
}

export type { LayoutId } from "./tools/layout-id.js";

/** A piece of SQL executed as one unit by the layout's tool; SQLite itself splits it further into statements. */
export interface SqlChunk {
  sql: string;
  /** 1-based line and column in the file where `sql` starts. */
  line: number;
  column: number;
}

export interface MigrationScript {
  /** Display path of the file holding this script. */
  file: string;
  chunks: SqlChunk[];
  /** True when the layout's tool wraps this script in a transaction (after the file's opt-out markers). */
  transaction: boolean;
}

export interface Migration {
  /** As written; widths are kept (`0003` stays `0003`). */
  version: string;
  name: string;
  /** Display paths of every file belonging to this migration. */
  files: string[];
  /** Absent when the migration is not SQL (a `.go`/`.js`/`.py` step): it is reported as `not-replayed`. */
  up?: MigrationScript;
  /** Absent when there is no down. An empty down is present with no chunks (or blank chunks). */
  down?: MigrationScript;
  /** A script that checks the up worked: it must run without error right after the up. */
  verify?: MigrationScript;
  /** Where the migration's code lives when it is not SQL. */
  code?: string;
  /**
   * The time the tool compares with the newest applied migration's before applying this one (Drizzle's
   * journal `when`, in milliseconds), and where it is written (`drizzle/meta/_journal.json:12`).
   */
  stamp?: { millis: number; at: string };
  /**
   * Versions this migration stands for (a Django squashed migration's `replaces`): the tool records those
   * when it applies it, and counts it applied when they all are.
   */
  replaces?: string[];
  /** Placeholder values a runner's commands may use for this migration (`app`, `revision`), from its layout. */
  step?: Record<string, string>;
  /** Why an up with no statements is a placeholder for work done in code (see notePlaceholders). */
  placeholder?: string;
}

export interface MigrationSet {
  layout: LayoutId;
  /** In the order the layout's tool applies them. */
  migrations: Migration[];
  /** True when the layout has downs (so a missing one is `down-missing`). */
  hasDowns: boolean;
  /** Why this layout, in words a user recognises: named in the config, or the evidence detection found. */
  reason: string;
  findings: Finding[];
  /** The config's `transaction`: how the runner wraps migrations, where it is not the tool's own way. */
  transaction?: TransactionSetting;
  /** What was left out and why, failing nothing (files in the directory the tool does not read). */
  notes?: string[];
}
