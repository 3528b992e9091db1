import type { EngineChoice } from "../../adapters/sqlite/engine.js";
import { LockstepError } from "../../core/errors.js";
import { filledFile, type MigrationSql } from "../../core/layouts/filled-file.js";
import type { NewFile } from "../../core/layouts/naming.js";
import type { MigrationSet } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";
import { optOutAdvice } from "../../core/tools/tool-advice.js";
import { WRAPS_OF } from "../../core/tools/transaction-setting.js";
import { runDiffSql } from "../replay/diff-sql.js";

/** `new NAME --from A.db --to B.db`: the two database files whose schemas the migration goes between. */
export interface SchemaPair {
  from: string;
  to: string;
  engine?: EngineChoice;
}

/** True when A and B have the same schema: nothing to write. */
export async function schemasEqual(cwd: string, pair: SchemaPair): Promise<boolean> {
  return (await runDiffSql({ cwd, ...pair })).statements.length === 0;
}

/**
 * The planned template files filled with the SQL from A to B (up) and B to A (down). Where the tool wraps
 * each file in a transaction, statements only; a rebuild needs foreign keys off outside it, so the file
 * gets the tool's opt-out marker and its own transaction, or, without a marker, a note of what to check.
 */
export async function filledFromSchemas(
  cwd: string,
  pair: SchemaPair,
  set: MigrationSet,
  planned: NewFile[],
  name: string,
): Promise<{ files: NewFile[]; checks: Map<string, string> }> {
  const tool = toolOf(set.layout);
  const wraps = set.transaction ? WRAPS_OF[set.transaction] : tool.transaction.wraps;
  const wrapped = wraps !== "as-written";
  const marker = wraps === tool.transaction.wraps ? tool.transaction.markOptOut : undefined;
  const mode = wrapped && !marker ? "tool" : "own";
  const up = await runDiffSql({ cwd, ...pair, transaction: mode });
  const down = await runDiffSql({
    cwd,
    from: pair.to,
    to: pair.from,
    engine: pair.engine,
    transaction: mode,
  });
  const connection = tool.transaction.optOutConnection;
  const check = (rebuilt: string[]): string[] => {
    if (rebuilt.length === 0 || !wrapped) return [];
    // Marked to run as written: its PRAGMA and BEGIN reach only the statements on their connection.
    if (marker) {
      const all = [...new Set([...up.rebuilt, ...down.rebuilt])].sort().map((t) => `"${t}"`);
      return connection
        ? [
            `Rebuilds ${all.join(", ")} with foreign keys off, outside ${tool.name}'s transaction; ${connection}.`,
          ]
        : [];
    }
    const tables = rebuilt.map((t) => `"${t}"`).join(", ");
    const optOut = optOutAdvice(tool);
    return [
      `Rebuilds ${tables} (new table, copy, drop, rename). ${tool.name} runs this file in a transaction, where PRAGMA foreign_keys = OFF does nothing: with foreign keys on, dropping the old table deletes its rows first, which fails or cascades (ON DELETE) where another table's foreign key references it. Check that none does${optOut ? `, or ${optOut}` : ""}.`,
    ];
  };
  const sql: MigrationSql = {
    up: up.statements,
    down: down.statements,
    upHeader: check(up.rebuilt),
    downHeader: check(down.rebuilt),
  };
  const optOut = marker && up.rebuilt.length + down.rebuilt.length > 0 ? marker : undefined;
  const checks = new Map<string, string>();
  const files = planned.map((planned) => {
    const filled = filledFile(planned, name, sql);
    if (!filled)
      throw new LockstepError(
        "usage",
        `--from/--to cannot fill ${planned.rel}: it is not one of lockstep's templates; nothing was written`,
      );
    if (filled.header.length > 0) checks.set(planned.rel, filled.header.join(" "));
    return optOut ? { ...filled.file, text: optOut(filled.file.text) } : filled.file;
  });
  return { files, checks };
}
