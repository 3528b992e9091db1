import { type Finding, finding } from "../../core/finding.js";
import type { LayoutId, Migration, MigrationScript } from "../../core/migration.js";
import { toolOf } from "../../core/tools/index.js";

/**
 * An up with no statements. A placeholder (its work done in code) is left alone: deleting a migration that
 * databases recorded leaves them with a version their tool can no longer find.
 */
export function emptyUpFinding(layout: LayoutId, migration: Migration, up: MigrationScript): Finding {
  const v = migration.version;
  const where = { version: v, file: up.file, line: 1 };
  if (!migration.placeholder)
    return finding(
      "empty-migration",
      `the up of ${v} has no statements (${up.file} is empty or only comments), so it changes nothing; write it, or, if no database has applied it yet, delete it`,
      where,
    );
  const tool = layout === "plain" || layout === "pattern" ? "the tool that runs it" : toolOf(layout).name;
  return finding(
    "empty-migration",
    `the up of ${v} has no statements (${up.file}), and ${migration.placeholder}: a placeholder for work done in code, which ${tool} applies as a migration that changes nothing, recording ${v}; keep it: deleting it would leave databases that recorded ${v} with a version ${tool} can no longer find (\`lockstep known --update\` records this finding as known)`,
    where,
  );
}
