import type { EngineChoice } from "../adapters/sqlite/engine.js";
import { escapeMarkdown } from "../core/render/markdown-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { isEmptyDiff, renderDiffMarkdown, renderDiffText, summarizeDiff } from "../core/schema/index.js";
import { isEmptyRowDiff, summarizeRowDiff } from "../core/sql/row-diff.js";
import { runDiffData } from "../engine/replay/diff-data.js";
import type { Format, Io } from "./io.js";

/** `diff A.db B.db --data`: the schema difference, then the rows'; exit 1 when the rows differ. */
export async function diffDataCommand(
  io: Io,
  args: { from: string; to: string; engine: EngineChoice; format: Format | "sql" },
): Promise<number> {
  const result = await runDiffData({
    cwd: io.cwd,
    from: args.from,
    to: args.to,
    engine: args.engine === "auto" ? undefined : args.engine,
  });
  const { diff, rows, statements } = result;
  const same = isEmptyRowDiff(rows);
  if (args.format === "sql") {
    io.out(
      statements.length > 0 ? `${statements.join("\n")}\n` : "-- the schemas and the rows are the same\n",
    );
  } else if (args.format === "json") {
    const { from, to } = diff;
    const side = (s: typeof from) => ({ source: s.source, kind: s.kind, findings: s.findings });
    const data = { same, tables: rows.tables };
    const ok = [...from.findings, ...to.findings].every((f) => f.severity !== "error");
    io.out(
      `${JSON.stringify({ version: 1, ok, from: side(from), to: side(to), diff: diff.diff, data }, null, 2)}\n`,
    );
  } else if (args.format === "markdown") {
    const lines = summarizeRowDiff(rows).map((l) => `- ${escapeMarkdown(l, 400)}`);
    io.out(`${renderDiffMarkdown(diff.diff).trimEnd()}\n\n`);
    io.out(same ? "_No row changes._\n" : `**Rows**\n\n${lines.join("\n")}\n`);
  } else {
    io.out(`${io.style.bold(`schema diff ${shown(args.from)} → ${shown(args.to)}`)}\n`);
    if (isEmptyDiff(diff.diff)) io.out(`${shown(summarizeDiff(diff.diff))}\n`);
    else io.out(`${renderDiffText(diff.diff)}\n\n${shown(summarizeDiff(diff.diff))}\n`);
    io.out(`\n${io.style.bold("rows")}\n`);
    io.out(
      same ? "the rows of every table are the same\n" : `${summarizeRowDiff(rows).map(shown).join("\n")}\n`,
    );
  }
  return same ? 0 : 1;
}
