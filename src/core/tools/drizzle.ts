import { folderOf, joinInRepo, type RepoText, type SetClaim } from "../discovery/config-text.js";
import { excerpt } from "../excerpt.js";
import { finding } from "../finding.js";
import {
  baseName,
  dirName,
  emptyResult,
  positionAt,
  type ReadResult,
  unreadableFinding,
  upOnlyEntry,
} from "../layouts/source.js";
import type { Migration, SourceFile, SqlChunk } from "../migration.js";
import type { ToolDescriptor, TrackedRow } from "./tool.js";
import { hex, sha256, text } from "./tracked-rows.js";

const REPO = "https://github.com/drizzle-team/drizzle-orm";
const GENERATE = "`npx drizzle-kit generate --name NAME` (add `--custom` for an empty one to write by hand)";
const ADVICE = `drizzle-kit writes Drizzle migrations and records each in meta/_journal.json, which the migrator follows; run ${GENERATE}, then \`lockstep lock\``;
/** drizzle-kit numbers and times a migration when it writes it: one written before the merge is written again after it. */
const REGENERATE =
  "delete your migration's .sql file, its entry in meta/_journal.json and its meta/*_snapshot.json, merge the base, and run `npx drizzle-kit generate` again";

export const drizzle = {
  id: "drizzle",
  name: "Drizzle",
  title: "Drizzle",
  detect: {
    priority: 10,
    evidence: (files) =>
      files.filter(({ name, folder }) => name === "_journal.json" && baseName(folder) === "meta").length,
    reason: () => "a Drizzle journal, meta/_journal.json",
  },
  reads: { files: "the `.sql` files its `meta/_journal.json` lists" },
  read: (files) => readDrizzle(files),
  order: { by: "listed", how: "drizzle follows meta/_journal.json" },
  downs: "never",
  transaction: {
    wraps: "all-pending",
    pragmaIgnored:
      "Drizzle runs every pending migration in one transaction, where SQLite ignores it; if the rebuild needs foreign keys off, turn them off on the connection before calling migrate() and back on after",
  },
  // drizzle-orm 0.x (checked 0.45): the migrator of the meta/_journal.json layout. drizzle-orm 1.0 (release
  // candidates) matches applied migrations by name instead.
  applied: {
    outOfOrder: {
      does: "applies only journal entries whose `when` is later than the newest applied migration's `created_at`: an older one is skipped and nothing says so",
      // migrate(): `SELECT … ORDER BY created_at DESC LIMIT 1`, then runs a migration only when
      // `Number(lastDbMigration[2]) < migration.folderMillis`; folderMillis is the entry's `when`
      // (migrator.ts readMigrationFiles()).
      source: `${REPO}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`,
    },
    duplicate: {
      does: "does not look at the number: each journal entry runs when its `when` is later than the newest applied `created_at`, whatever number its file has",
      source: `${REPO}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`, // migrate()
    },
    renamed: {
      does: 'does not record names: a file renamed together with its journal `tag` stays applied, and a file renamed without it stops migrate with "No file … found"',
      source: `${REPO}/blob/main/drizzle-orm/src/migrator.ts`, // readMigrationFiles(): reads `${tag}.sql`
    },
    edited: {
      does: "stores a hash of each file but never compares it: an edited applied migration is not run again",
      source: `${REPO}/blob/main/drizzle-orm/src/migrator.ts`, // readMigrationFiles(): sha256; migrate() reads only created_at
    },
    deleted: {
      does: 'never looks back at applied migrations: a file deleted with its journal entry goes unnoticed, one deleted without it stops migrate with "No file … found"',
      source: `${REPO}/blob/main/drizzle-orm/src/migrator.ts`, // readMigrationFiles(): reads `${tag}.sql` of every entry
    },
  },
  configs: [
    {
      shown: "drizzle.config.*",
      matches: (name) => /^drizzle\.config\.(ts|mts|cts|js|mjs|cjs|json)$/.test(name),
      read: readDrizzleConfig,
    },
  ],
  tracking: {
    tables: ["__drizzle_migrations"],
    stores: "one row per applied migration: `hash` and `created_at` (the journal entry's `when`)",
    source: `${REPO}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`, // migrate(): CREATE TABLE and INSERT
    reader: {
      table: "__drizzle_migrations",
      query: "SELECT created_at, hash FROM __drizzle_migrations ORDER BY created_at",
      rows: (rows) => rows.map((r) => ({ key: String(Number(text(r[0]))), checksum: hex(r[1]) })),
      key: (m) => String(m.stamp?.millis ?? m.version),
      checksum: {
        of: sha256,
        changed:
          "Drizzle's migrator never compares the hash: it does not run the edited file again, so the database keeps what the old text did",
      },
      missing:
        "Drizzle's migrator only compares journal times with the newest row's `created_at`: a row with no journal entry is ignored",
      neverApplied: skippedForGood,
      source: `${REPO}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`, // migrate(): lastDbMigration, folderMillis
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    refuse: {
      new: `is a Drizzle set: ${ADVICE}`,
      renumber: `is a Drizzle set, whose order lives in meta/_journal.json: delete the clashing migration and generate it again after merging the base; ${ADVICE}`,
      change: `generate a new migration with drizzle-kit (${GENERATE})`,
      clash: `regenerate yours after merging the base: ${REGENERATE}`,
      early: `regenerate it after merging the base (${REGENERATE}), or set its \`when\` in meta/_journal.json later than the applied one's`,
    },
  },
} as const satisfies ToolDescriptor;

const BREAKPOINT = "--> statement-breakpoint";

interface JournalEntry {
  idx?: unknown;
  tag?: unknown;
  when?: unknown;
}

/**
 * Drizzle (drizzle-orm migrator.ts readMigrationFiles): the order is `meta/_journal.json`'s `entries`, each
 * naming `<tag>.sql`; a file's statements are split on `--> statement-breakpoint`. The SQLite migrator
 * runs all pending migrations in one transaction. No downs.
 */
function readDrizzle(files: SourceFile[]): ReadResult {
  const result = emptyResult();
  const journal = files
    .filter((file) => baseName(file.rel) === "_journal.json" && baseName(dirName(file.rel)) === "meta")
    .sort((a, b) => a.rel.length - b.rel.length)[0];
  if (!journal) return result;
  result.claimed.add(journal.rel);
  const base = dirName(dirName(journal.rel));
  const sqlFiles = new Map(
    files
      .filter((file) => dirName(file.rel) === base && file.rel.endsWith(".sql"))
      .map((file) => [baseName(file.rel), file]),
  );
  const entries = journalEntries(journal, result);
  entries.forEach((entry, position) => {
    const tag = typeof entry.tag === "string" ? entry.tag : undefined;
    const file = tag === undefined ? undefined : sqlFiles.get(`${tag}.sql`);
    if (!tag || !file) {
      result.findings.push(
        finding(
          "parse-error",
          `${journal.display}: journal entry ${position} (tag ${excerpt(String(JSON.stringify(entry.tag)))}) has no file ` +
            `${excerpt(tag ?? "?")}.sql beside the journal; drizzle's migrator stops there. Restore the file, or regenerate ` +
            "the journal with drizzle-kit.",
          { file: journal.display },
        ),
      );
      return;
    }
    sqlFiles.delete(`${tag}.sql`);
    result.claimed.add(file.rel);
    if (entry.idx !== position) {
      result.findings.push(
        finding(
          "order-ambiguous",
          `${journal.display}: entry ${position} (${excerpt(tag)}) has idx ${excerpt(String(JSON.stringify(entry.idx)))}; drizzle applies ` +
            "migrations in the order the entries are listed, and so does lockstep. Fix the idx values so they agree.",
          { file: journal.display },
        ),
      );
    }
    const read = upOnlyEntry(file, tag, splitBreakpoints, true, result.findings);
    // The migrator applies an entry only when its `when` is later than the newest applied one's.
    if (typeof entry.when === "number" && journal.text !== undefined) {
      const at = positionAt(journal.text, Math.max(0, journal.text.indexOf(JSON.stringify(tag)))).line;
      read.migration.stamp = { millis: entry.when, at: `${journal.display}:${at}` };
    }
    result.entries.push(read);
  });
  for (const file of sqlFiles.values()) {
    result.claimed.add(file.rel);
    result.findings.push(
      finding(
        "parse-error",
        `${file.display} is not in ${journal.display}, so drizzle never applies it. Generate migrations with ` +
          "drizzle-kit (which records them in the journal), or delete or exclude the file.",
        { file: file.display },
      ),
    );
  }
  return result;
}

function journalEntries(journal: SourceFile, result: ReadResult): JournalEntry[] {
  const problem = (why: string) =>
    result.findings.push(
      finding(
        "parse-error",
        `${journal.display} ${why}, so the migration order is unknown. Regenerate it with drizzle-kit.`,
        {
          file: journal.display,
        },
      ),
    );
  if (journal.text === undefined) {
    result.findings.push(unreadableFinding(journal));
    return [];
  }
  try {
    const parsed = JSON.parse(journal.text) as { entries?: unknown } | null;
    if (Array.isArray(parsed?.entries)) {
      return parsed.entries.map((entry) => (typeof entry === "object" && entry !== null ? entry : {}));
    }
    problem("has no `entries` list");
  } catch (error) {
    problem(`is not valid JSON (${(error as Error).message})`);
  }
  return [];
}

/** drizzle's `query.split('--> statement-breakpoint')`, each piece keeping where it starts in the file. */
function splitBreakpoints(text: string): SqlChunk[] {
  const chunks: SqlChunk[] = [];
  if (text === "") return chunks;
  let start = 0;
  for (;;) {
    const at = text.indexOf(BREAKPOINT, start);
    const end = at === -1 ? text.length : at;
    chunks.push({ sql: text.slice(start, end), ...positionAt(text, start) });
    if (at === -1) return chunks;
    start = at + BREAKPOINT.length;
  }
}

const DRIZZLE_SQLITE = /^(sqlite|turso|d1|d1-http|libsql|better-sqlite|expo|durable-sqlite)$/;

/**
 * drizzle.config.*: `out` (default `drizzle`, relative to where drizzle-kit runs, the config's folder) and
 * `dialect` (`driver` in older configs). Read as text: the config is code, and is not run.
 */
function readDrizzleConfig(config: RepoText): SetClaim[] {
  const setting = (key: string) => {
    const m = new RegExp(`["']?\\b${key}["']?\\s*:\\s*(["'\`])([^"'\`]*)\\1`).exec(config.text);
    return m ? { value: m[2] as string, line: positionAt(config.text, m.index).line } : undefined;
  };
  const out = setting("out");
  const dialect = setting("dialect") ?? setting("driver");
  const written = out?.value ?? "drizzle";
  const says = [
    dialect ? `dialect ${dialect.value}` : undefined,
    out ? `out ${out.value}` : "no out: drizzle-kit's default is drizzle/",
  ].filter(Boolean);
  const kind = !dialect ? "unstated" : DRIZZLE_SQLITE.test(dialect.value) ? "sqlite" : "other";
  return [
    {
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "drizzle",
      tool: "Drizzle",
      dialect: kind,
      ...(kind === "other" ? { dialectName: dialect?.value } : {}),
      evidence: [
        { file: config.path, line: dialect?.line ?? out?.line ?? 1, says: `says ${says.join(", ")}` },
      ],
      ...(out ? {} : { guessed: true as const }),
    },
  ];
}

/**
 * migrate() reads one row, the newest `created_at` (`ORDER BY created_at DESC LIMIT 1`, rows with no
 * journal entry included), and runs a migration only when `Number(created_at) < folderMillis`, the entry's
 * `when`: a pending one whose `when` is not later is skipped on every run. Rows are keyed by `created_at`.
 */
function skippedForGood(m: Migration, tracked: readonly TrackedRow[]): string | undefined {
  const times = tracked.map((r) => Number(r.key)).filter((t) => Number.isFinite(t));
  if (!m.stamp || times.length === 0) return undefined;
  const newest = Math.max(...times);
  if (m.stamp.millis > newest) return undefined;
  return `its journal \`when\`, ${timeOf(m.stamp.millis)} (${m.stamp.at}), is not later than ${timeOf(newest)}, the newest \`created_at\` in __drizzle_migrations. Drizzle's migrator reads only that row and runs a migration only when that \`created_at\` is less than the migration's \`when\` (its folderMillis), so it skips this one on every run and says nothing. Generate it again after the newest applied one: ${REGENERATE}, which stamps the current time as its \`when\` (or set its \`when\` in meta/_journal.json later than ${newest}); a database that already applied it would run it again`;
}

function timeOf(millis: number): string {
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? String(millis) : `${date.toISOString()} = ${millis}`;
}
