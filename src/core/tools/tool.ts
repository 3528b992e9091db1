import type { ConfigReader } from "../discovery/config-text.js";
import type { Finding } from "../finding.js";
import type { FileShape, NewFile, VersionScheme } from "../layouts/naming.js";
import type { ReadResult } from "../layouts/source.js";
import type { Migration, MigrationSet, SourceFile } from "../migration.js";
import type { TransactionWraps } from "./transaction-setting.js";

/** A file as detection sees it: its name and the folder holding it (both relative to the migration dir). */
export interface DetectFile {
  file: SourceFile;
  name: string;
  folder: string;
}

export interface Detection {
  /** Lower runs first: the most specific evidence (a journal, a plan file) before names shared by several tools. */
  priority: number;
  /** Tools whose evidence competes (marker comments): among neighbours with `compete`, the most files win. */
  compete?: boolean;
  /** How many files (or whether, as 0/1) carry this tool's mark. */
  evidence(files: DetectFile[]): number;
  /** Why, in words a user recognises ("files named <digits>_<name>.up.sql/.down.sql"). */
  reason(files: DetectFile[]): string;
}

export interface ReadContext {
  /** The `pattern` config as a regex (layout "pattern" only). */
  pattern?: RegExp;
  /** The config gives an `order` list (for a runner of the application's own, it says which files run). */
  ordered?: boolean;
  /**
   * Versions the base has applied, where the caller knows them (guard, check): a graph parent among them is
   * not missing, only not merged into this branch yet.
   */
  applied?: ReadonlySet<string>;
}

/**
 * How the tool orders migrations: by version as numbers, by version or file/folder name as text, or in
 * the order its reader lists them (a journal, a plan).
 */
export type OrderKind = "number" | "version-text" | "name-text" | "listed";

/** A fact about what the tool does, with where it is written down (a doc page or a source file of the tool). */
export interface Fact {
  does: string;
  source: string;
}

/** What the tool does with an applied migration that changed; only what is known is recorded. */
export interface AppliedFacts {
  /** A new migration that sorts before one already applied. */
  outOfOrder?: Fact;
  /** Two migrations claiming one version. */
  duplicate?: Fact;
  /** An applied migration's file renamed. */
  renamed?: Fact;
  /** An applied migration's file edited. */
  edited?: Fact;
  /** An applied migration's file deleted. */
  deleted?: Fact;
}

export interface Tracking {
  /** Tables the tool keeps in the migrated database (left out of the schema lockstep compares). */
  tables: readonly string[];
  /**
   * Tables the tool keeps under names too common to leave out of every set's schema (TypeORM's
   * `migrations`): left out of this tool's sets only, where a runner ran the tool.
   */
  ownTables?: readonly string[];
  /** How applied migrations are recorded there. */
  stores: string;
  source: string;
  /** How `status`, `drift` and `replay --on` read the applied set from a real database's table. */
  reader?: TrackingReader;
}

/** A value of a row, as SQLite returns it. */
export type Cell = string | number | bigint | Uint8Array | null;

/** One migration as the tracking table records it, keyed as `TrackingReader.key` keys the files. */
export interface TrackedRow {
  key: string;
  /** The checksum the tool stored, in the form `checksum.of` gives. */
  checksum?: string;
  /** The tool marks the row as not finished (a dirty golang-migrate version, a failed sqlx or Prisma row). */
  failed?: string;
  /**
   * The row is not the table's own but inferred, and its file may be gone (an Alembic revision a head
   * descends from): what happened and what the tool does, instead of the reader's `missing`.
   */
  missing?: string;
  /** The table cannot say whether this migration is applied (Alembic's graph broken by a missing file): why. */
  unknown?: string;
}

export interface TrackingReader {
  /** The table that must exist. */
  table: string;
  /** The SELECT lockstep runs on a read-only copy. */
  query: string;
  /** The rows as the tool reads them: one per migration it counts as applied (or left unfinished). */
  rows(rows: Cell[][], set: MigrationSet): TrackedRow[];
  /** A migration's key, as the table stores it. */
  key(m: Migration): string;
  /** Where the tool stores a checksum of the up's file: how it is computed, and what the tool does on a change. */
  checksum?: { of(bytes: Uint8Array): string; changed: string };
  /** What the tool does with a row whose migration has no file. */
  missing: string;
  /**
   * Where the tool skips some pending migrations for good (Drizzle: a journal `when` not after the newest
   * applied `created_at`): why it skips this one, or undefined where it will run it. Replaces the check
   * by position (`db-out-of-order`), which does not say what such a tool does.
   */
  neverApplied?(m: Migration, tracked: readonly TrackedRow[]): string | undefined;
  /** What the tool does with an unfinished row. */
  failed?: string;
  /** Where the table lives in a database of its own beside the migrated one (Sqitch's registry). */
  apart?: RegistryApart;
  source: string;
}

/**
 * A tool that records what it applied in a registry database of its own, not in the migrated (target)
 * database: `status`, `drift` and `replay --on` take the target and read the registry beside it.
 */
export interface RegistryApart {
  /** Where the tool keeps it, as a sentence for a message. */
  where: string;
  /** The registry's path by default, from the target's path as the user gave it. */
  beside(target: string): string;
  /** Tables that mark a file as the registry itself (not a target). */
  tables: readonly string[];
}

export interface Transactions {
  /** How the tool runs a file: each in its own transaction, all pending ones in one, or as written. */
  wraps: TransactionWraps;
  /** How one file opts out of the tool's transaction, as advice ("add `-- +goose NO TRANSACTION` to the file"). */
  optOut?: string;
  /** A new migration's text with the tool's per-file opt-out marker added (`-- +goose NO TRANSACTION`). */
  markOptOut?(text: string): string;
  /**
   * Where the opt-out sends each statement to the connection pool by itself, so a `PRAGMA foreign_keys` or a
   * file's own BEGIN reaches the statements after it only on the same connection: when that holds, as a clause.
   */
  optOutConnection?: string;
  /** Why `PRAGMA foreign_keys = OFF` does nothing in this tool, when the general reason does not fit. */
  pragmaIgnored?: string;
  /**
   * How to run a table rebuild with foreign keys off in this tool, where the general advice (its opt-out
   * with the PRAGMA around the rebuild) is not what the tool does.
   */
  foreignKeysOff?: string;
}

/** What `renumber` does in a tool ordered by a graph: one line of each file rewritten, or why not. */
export interface Repoint {
  /** The migration's file (display path), the parent it names now and the one it should name. */
  rewrites: { file: string; from: string; to: string }[];
  /** Why nothing is rewritten though something should be, and what the tool's own way is. */
  refused?: string;
}

export interface Authoring {
  /**
   * `lockstep new` and `renumber` refuse: the tool writes its own migrations. `new` and `renumber` follow
   * "<dir>/ "; the guard's advice instead of `lockstep new` (`change`), of `lockstep renumber` for a version
   * an applied migration has (`clash`), and for a new migration the tool would not apply (`early`).
   */
  refuse?: { new: string; renumber: string; change: string; clash: string; early: string };
  /** The scheme of a set's first migration (what the tool's own `create` does). */
  firstScheme: VersionScheme;
  /** New migrations are named by the clock whatever the older ones say. */
  clock?: boolean;
  /** With no migration to copy from, the separator after the version (sql-migrate writes `-`). */
  separator?: "-" | "_";
  /** The files of a new migration; absent: taken from the `pattern` config and the newest migration's names. */
  files?(version: string, name: string, shape: FileShape): NewFile[];
  /** A migration is a folder of files: the folder's new name when its version changes. */
  folder?: { rename(folderName: string, version: string, next: string): string };
  /** Files that travel with a script when it is renamed (Flyway's `<file>.conf`). */
  companions?(rel: string): string[];
  /**
   * `renumber` in a tool ordered by a graph: new migrations get the applied head as their parent, instead of
   * a new version; `text` rewrites only that line of a file.
   */
  repoint?: {
    plan(set: MigrationSet, applied: MigrationSet | undefined): Repoint;
    text(text: string, from: string, to: string): { text: string; line: number } | undefined;
  };
}

/** Which files of its directory the tool reads as migrations: any other file is not a migration to lockstep either. */
export interface Reading {
  /** The files, in words that follow "reads only" ("`<int>_<name>.sql` files and registered `.go` files"). */
  files: string;
  /** What the tool does with a `.sql` file it cannot read as a migration, when it refuses the directory for it. */
  refuses?(name: string): string | undefined;
  /**
   * Where the directory holds more than migrations (a Django project): whether the tool reads a path (relative
   * to the directory) at all. The others are never read, and a commit touching none of them touches no migration.
   */
  only?(rel: string): boolean;
}

/**
 * How lockstep drives the tool itself against a throwaway SQLite file, one migration at a time: command
 * lines (split into words, never given to a shell) with placeholders — `{db}` the file, `{dir}` the migration
 * directory, `{file}` the migration's file, `{version}`, `{name}`, `{stem}` (the file's name without its
 * extension), `{previous}` (the stem of the migration before, or `first` for the first), and whatever the
 * layout adds for the migration (`Migration.step`: Alembic's `{revision}`, `{parent}`, `{down}`; Django's
 * `{app}`, `{stem}`, `{previous}`).
 */
export interface RunnerPreset {
  /** Applies exactly this migration (the next pending one). */
  up: string;
  /** Reverts exactly this migration (the last applied one); absent where the tool has no downs. */
  down?: string;
  /** Applies every migration up to and including `{version}` in one call: the base's part of a history. */
  to?: string;
  /** Environment for every step, with the same placeholders (a URL the project's own config reads). */
  env?: Record<string, string>;
  /** What `{previous}` is for the first migration (Django's `zero`). */
  first?: string;
  /**
   * The tool applies every pending file of its directory: `{dir}` is then a directory lockstep fills with
   * the migrations up to this one, so "apply all pending" applies exactly one.
   */
  staged?: true;
  /**
   * A file lockstep writes beside the throwaway database for the commands, named by `{setup}` (TypeORM's data
   * source: the project's TypeORM on the file, with exactly the migrations up to this one, `{files}`).
   */
  setup?: { file: string; text: string };
  /** Placeholders of the tool's own layout (each migration's `step`) the commands use, beside the common ones. */
  placeholders?: readonly string[];
  /** Where these commands are written down (the tool's docs). */
  source: string;
}

/**
 * A tool whose order is a graph its files declare (Alembic's down_revision, Django's dependencies): the set's
 * own graph problems come from its reader; a new migration is checked against the applied set's graph
 * instead of by version.
 */
export interface GraphRules {
  /** Findings for new migrations (not in `versions`) whose place in the graph clashes with the applied set's. */
  afterApplied(
    set: MigrationSet,
    applied: MigrationSet | undefined,
    versions: ReadonlySet<string>,
  ): Finding[];
}

/** Everything lockstep knows of one migration tool. */
export interface ToolDescriptor {
  /** The layout id in the config (`"layout": "goose"`). */
  id: string;
  /** How messages name the tool ("Flyway", "D1"). */
  name: string;
  /** How the README's layout table names it ("Cloudflare D1", "plain / Atlas / sqlx simple"). */
  title: string;
  /** Absent: never detected, only chosen in the config. */
  detect?: Detection;
  read(files: SourceFile[], context: ReadContext): ReadResult;
  reads: Reading;
  /**
   * Which files are migrations, their versions and their pairing follow from the file names alone: a file's
   * text only fills its scripts. The guard then need not read a file the commit leaves as it was.
   */
  namesOnly?: true;
  /** What a stray file looks like when it has this tool's naming, for the message about files a layout skips. */
  looksLike?(name: string, inFolder: boolean): string | undefined;
  /** The tool's own configuration files, and the migration directories they name (read as text, never run). */
  configs?: readonly ConfigReader[];
  order: { by: OrderKind; how: string };
  /** `always`: a missing down is reported; `if-any`: only when some migration has one; `by-pattern`: when the pattern has a direction group. */
  downs: "always" | "if-any" | "never" | "by-pattern";
  transaction: Transactions;
  /** What the tool does when a migration's verify script fails (only tools with verify scripts). */
  verify?: string;
  applied: AppliedFacts;
  tracking: Tracking;
  authoring: Authoring;
  /** The order is a graph the files declare: checked against the applied set's graph, not by version. */
  graph?: GraphRules;
  /** Its migrations are written in its language (Python, JavaScript, Ruby): only the tool runs them. */
  code?: true;
  /** How to run the tool itself (`"runner": "<id>"` in the config), for code migrations or the real binary. */
  runner?: RunnerPreset;
}
