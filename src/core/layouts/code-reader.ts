import { finding } from "../finding.js";
import type { SourceFile } from "../migration.js";
import { baseName, type Entry, emptyResult, type ReadResult, script, unreadableFinding } from "./source.js";

// Migrations written in the tool's own language (knex, TypeORM, Rails): lockstep lists them as code, in the
// tool's order, for a runner to apply; their text is only read for what the tool itself reads from it.

/** One migration of a code file, as the tool's layout reads it. */
export interface CodeMigration {
  version: string;
  name: string;
  /** The text has a down (`exports.down`, `down(queryRunner)`, Rails `down` or a reversible `change`). */
  down: boolean;
  /** The tool runs the file in a transaction (after the file's own opt-out). */
  transaction: boolean;
  /** What the tool compares ordering by, where it is not the file name. */
  sortName?: string;
  /** Placeholders for a runner's commands (`{migration}`: the name the tool records). */
  step?: Record<string, string>;
}

export interface CodeLayout {
  /** Whether the tool loads this file as migration code at all (by its path in the directory). */
  loads(rel: string): boolean;
  /**
   * The file's migrations, or a problem the tool stops on (message and 1-based line). A file the tool loads
   * but that holds no migration gives `[]`.
   */
  parse(file: SourceFile, text: string): CodeMigration[] | { problem: string; line: number };
  /** Versions and names follow from the path alone, without the text (knex, Rails). */
  fromName?(rel: string): { version: string; name: string } | undefined;
}

/**
 * A code migration's down is declared as a script without statements: the code runs it, and its presence
 * says the tool has one to run. The up is absent, so the SQL replay reports the migration as not replayed.
 */
export function readCodeFiles(files: SourceFile[], layout: CodeLayout): ReadResult {
  const result = emptyResult();
  for (const file of files) {
    if (!layout.loads(file.rel)) continue;
    result.claimed.add(file.rel);
    if (file.text === undefined) {
      const named = layout.fromName?.(file.rel);
      result.findings.push(unreadableFinding(file, named?.version));
      if (named) result.entries.push(entryOf(file, { ...named, down: false, transaction: true }, false));
      continue;
    }
    const parsed = layout.parse(file, file.text);
    if (!Array.isArray(parsed)) {
      result.findings.push(
        finding("parse-error", `${file.display}:${parsed.line}: ${parsed.problem}`, {
          file: file.display,
          line: parsed.line,
        }),
      );
      continue;
    }
    // A file of helpers beside the migrations is not one: its name goes to the note about skipped files.
    if (parsed.length === 0) result.claimed.delete(file.rel);
    for (const migration of parsed) result.entries.push(entryOf(file, migration, true));
  }
  return result;
}

function entryOf(file: SourceFile, m: CodeMigration, readable: boolean): Entry {
  return {
    migration: {
      version: m.version,
      name: m.name,
      files: [file.display],
      ...(readable ? { code: file.display } : {}),
      ...(m.down ? { down: script(file, [], m.transaction) } : {}),
      ...(m.step ? { step: m.step } : {}),
    },
    rels: [file.rel],
    sortName: m.sortName ?? baseName(file.rel),
  };
}

/** `path.extname`: the last `.` of the file name and what follows, "" for none or a leading dot only. */
export function extensionOf(rel: string): string {
  const name = baseName(rel);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}
