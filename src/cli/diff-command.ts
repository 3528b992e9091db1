import type { EngineChoice } from "../adapters/sqlite/engine.js";
import { renderFindingText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { isEmptyDiff, renderDiffMarkdown, renderDiffText, summarizeDiff } from "../core/schema/index.js";
import { runDiff } from "../engine/replay/diff.js";
import type { Format, Io } from "./io.js";

export async function diffCommand(
  io: Io,
  args: { from: string; to: string; engine: EngineChoice; format: Format | "sql"; data?: boolean },
): Promise<number> {
  if (args.data) {
    const { diffDataCommand } = await import("./diff-data-command.js");
    return diffDataCommand(io, args);
  }
  if (args.format === "sql") {
    const { runDiffSql } = await import("../engine/replay/diff-sql.js");
    const { statements } = await runDiffSql({
      cwd: io.cwd,
      from: args.from,
      to: args.to,
      engine: args.engine === "auto" ? undefined : args.engine,
    });
    io.out(statements.length > 0 ? `${statements.join("\n")}\n` : "-- the schemas are the same\n");
    return 0;
  }
  const result = await runDiff({
    cwd: io.cwd,
    from: args.from,
    to: args.to,
    engine: args.engine === "auto" ? undefined : args.engine,
  });
  const findings = [...result.from.findings, ...result.to.findings];
  const errors = findings.filter((f) => f.severity === "error");
  if (args.format === "json") {
    const { from, to, diff } = result;
    const side = (s: typeof from) => ({ source: s.source, kind: s.kind, findings: s.findings });
    io.out(
      `${JSON.stringify({ version: 1, ok: errors.length === 0, from: side(from), to: side(to), diff }, null, 2)}\n`,
    );
  } else if (args.format === "markdown") {
    io.out(`${renderDiffMarkdown(result.diff).trimEnd()}\n`);
  } else {
    io.out(`${io.style.bold(`schema diff ${shown(args.from)} → ${shown(args.to)}`)}\n`);
    if (isEmptyDiff(result.diff)) io.out(`${shown(summarizeDiff(result.diff))}\n`);
    else io.out(`${renderDiffText(result.diff)}\n\n${shown(summarizeDiff(result.diff))}\n`);
    for (const f of errors) io.err(`${renderFindingText(f, io.style)}\n`);
  }
  if (errors.length > 0) {
    io.err(
      `lockstep: the replay behind this diff hit ${errors.length} error(s); the diff shows the schema as far as it got\n`,
    );
    return 1;
  }
  return 0;
}
