import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { queryRows, type SqlDatabase } from "../../adapters/sqlite/engine.js";
import { sqlInCode } from "../../core/code-sql.js";
import { escapeRegExp } from "../../core/discovery/config-text.js";
import type { Finding } from "../../core/finding.js";
import { positionAt } from "../../core/layouts/source.js";
import type { Migration } from "../../core/migration.js";
import type { Schema } from "../../core/schema/index.js";
import { quoteIdent } from "../../core/sql/literal.js";
import { foldCase } from "../../core/sql/tokenize.js";
import type { TextPosition } from "../../core/text-position.js";
import { countRows } from "./data-fill.js";
import { type RowIntent, rowIntent } from "./data-intent.js";
import { cascadeFix, sqlUpRows, type UpRows } from "./data-loss.js";
import { DataMode, onlyWithDataWords } from "./data-step.js";
import { executeScript } from "./execute.js";
import type { DataOptions } from "./replay-options.js";
import { withFile } from "./runner-file.js";
import type { RunnerPlace } from "./runner-place.js";
import { runStep } from "./runner-steps.js";
import type { RunBy } from "./transaction-notes.js";

/**
 * Replay with data through a runner: the SQL replay's DataMode on the throwaway file, which lockstep opens
 * between the tool's steps (the tool's tracking tables are not in the schema, so they get no rows).
 */
export class RunnerData {
  private readonly mode: DataMode;
  /** The file before this up's rows went in, and its schema: an up that fails with rows is tried on it, emptied. */
  private unfilled?: { bytes: Uint8Array; schema: Schema };
  /** Each table's root page before the up: a table whose page changed was dropped and made again (a rebuild). */
  private pages = new Map<string, number>();

  constructor(
    options: DataOptions,
    private readonly place: RunnerPlace,
    private readonly set: RunBy,
  ) {
    this.mode = new DataMode(options);
  }

  /** Tops up every table of the file and remembers its rows; before the first step made the file, nothing. */
  beforeUp(before: Schema): void {
    this.unfilled = undefined;
    if (!existsSync(this.place.db)) {
      this.mode.forget();
      return;
    }
    this.unfilled = { bytes: readFileSync(this.place.db), schema: before };
    withFile(this.place, true, (db) => {
      this.mode.beforeUp(db, before);
      this.pages = rootPages(db);
    });
  }

  afterUp(migration: Migration, before: Schema, after: Schema): Finding[] {
    if (!this.unfilled) return [];
    return withFile(this.place, false, (db) =>
      this.mode.afterUp(db, migration, this.upRows(db, migration, before, after), before, after),
    );
  }

  afterDown(migration: Migration, file: string | undefined, afterDown: Schema): Finding[] {
    if (!this.unfilled || !existsSync(this.place.db)) return [];
    const where = { file: file ?? "", line: migration.down?.chunks[0]?.line ?? 1 };
    return withFile(this.place, false, (db) => this.mode.afterDown(db, migration, where, afterDown));
  }

  /**
   * For an up that failed with rows in the tables: the same up through the runner on the file as it was
   * before the rows went in, every table emptied. When that passes, the words that say the rows broke it
   * (naming one, from the file it failed on), and the replay goes on from there; else undefined.
   */
  async withoutRows(
    migration: Migration,
    previous: Migration | undefined,
    failure: string,
  ): Promise<{ words: string; ms: number } | undefined> {
    const unfilled = this.unfilled;
    if (!unfilled || !existsSync(this.place.db)) return undefined;
    const words = withFile(this.place, false, (db) => onlyWithDataWords(db, failure));
    const db = this.place.engine.openBytes(unfilled.bytes);
    try {
      db.exec("PRAGMA foreign_keys = OFF");
      for (const o of unfilled.schema.objects.values())
        if (o.kind === "table" && countRows(db, o.name) > 0) db.exec(`DELETE FROM ${quoteIdent(o.name)}`);
      writeFileSync(this.place.db, db.export());
    } finally {
      db.close();
    }
    const again = await runStep(this.place, migration, previous, "up");
    if (again.ok !== true) return undefined;
    this.mode.forget();
    this.unfilled = undefined;
    return { words, ms: again.ms };
  }

  /** The user's seed files due after this migration, run on the file. */
  seeds(migration: Migration): Finding[] {
    if (!this.mode.seedsAfter(migration) || !existsSync(this.place.db)) return [];
    return withFile(this.place, true, (db) =>
      this.mode.afterStep({ db, run: (script) => executeScript(db, script) }, migration),
    );
  }

  /** What the up says it does to rows: its SQL, or for code the SQL its literals hold and what the schema shows. */
  private upRows(db: SqlDatabase, migration: Migration, before: Schema, after: Schema): UpRows {
    if (migration.up) return sqlUpRows(this.set, migration.up);
    const file = migration.code ?? migration.files[0] ?? "";
    const text = readFileSync(this.place.resolve(file), "utf8");
    const intent = rowIntent({ file, chunks: sqlInCode(text, file), transaction: false });
    addRebuilds(intent, text, before, after, this.pages, rootPages(db), (t) => countRows(db, t));
    return {
      file,
      line: 1,
      intent,
      cascadeFix: (child, parent) => this.fix(child, parent),
      causeRequired: true,
    };
  }

  private fix(child: string, parent: string): string {
    if (!this.place.runner.modules) return cascadeFix(this.set, child, parent);
    return `up(db) runs inside a transaction (one per migration, as lockstep's modules runner calls it and better-sqlite3 runners do), where PRAGMA foreign_keys = OFF is ignored: turn foreign keys off on the connection before the migration's transaction begins and on after it, or copy the rows of "${child}" aside before "${parent}" is dropped and back after`;
  }
}

/** Folded table name to its root page. */
function rootPages(db: SqlDatabase): Map<string, number> {
  const rows = queryRows(db, "SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'");
  return new Map(rows.map(([name, page]) => [foldCase(String(name)), Number(page)]));
}

/**
 * Tables the code dropped (gone, or made again under their name: a new root page) through its tool's API,
 * where no DROP TABLE statement of its says so: Alembic's batch mode, knex's and TypeORM's rebuilds.
 */
function addRebuilds(
  intent: RowIntent,
  text: string,
  before: Schema,
  after: Schema,
  pagesBefore: ReadonlyMap<string, number>,
  pagesAfter: ReadonlyMap<string, number>,
  count: (table: string) => number,
): void {
  for (const o of before.objects.values()) {
    if (o.kind !== "table") continue;
    const name = foldCase(o.name);
    const now = after.objects.get(`table:${name}`);
    if (now && pagesBefore.get(name) === pagesAfter.get(name)) continue;
    if (intent.dropped.has(name)) continue;
    const at = mentionOf(text, o.name);
    intent.dropped.set(name, at);
    intent.remade.set(name, now ? "rebuilt" : "dropped");
    // Made again with rows in it: its rows were copied over (the rebuild's copy), not started afresh.
    if (now && count(o.name) > 0 && !intent.copiedFrom.has(name)) intent.copiedFrom.set(name, at);
  }
}

/** Where the code names the table: quoted first (`"authors"`), else as a word; else its first line. */
function mentionOf(text: string, table: string): TextPosition {
  const name = escapeRegExp(table);
  const found =
    new RegExp(`["'\`]${name}["'\`]`, "i").exec(text) ?? new RegExp(`\\b${name}\\b`, "i").exec(text);
  return found ? positionAt(text, found.index) : { line: 1, column: 1 };
}
