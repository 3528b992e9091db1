import { renderFindingText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { isEmptyDiff, renderDiffMarkdown, renderDiffText, summarizeDiff } from "../core/schema/index.js";
import { runDrift } from "../engine/realdb/drift.js";
import type { Format, Io } from "./io.js";
import { type RealDatabaseArgs, realDatabaseRequest } from "./real-database-args.js";

export async function driftCommand(io: Io, args: RealDatabaseArgs & { format: Format }): Promise<number> {
  const result = await runDrift(realDatabaseRequest(io, args));
  for (const note of result.real.notes) io.err(`lockstep: ${shown(note)}\n`);
  const drift = !isEmptyDiff(result.diff);
  const at = result.applied.at(-1);
  if (args.format === "json") {
    const json = {
      version: 1,
      ok: !drift,
      file: args.file,
      database: result.real.read.spec.name,
      applied: result.applied,
      diff: result.diff,
      findings: result.findings,
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else if (args.format === "markdown") {
    io.out(`${renderDiffMarkdown(result.diff).trimEnd()}\n`);
  } else {
    const replay = at ? `the migrations up to ${shown(at)}` : "no migration (none is applied)";
    io.out(`${io.style.bold(`drift: ${replay} → ${shown(args.file)}`)}\n`);
    if (drift) io.out(`${renderDiffText(result.diff)}\n\n`);
    io.out(
      `${drift ? `${shown(summarizeDiff(result.diff))}: the file's schema is not what its applied migrations give; a change was made outside the migrations, or a migration was edited after it ran` : "no drift: the file's schema is what its applied migrations give"}\n`,
    );
  }
  const errors = result.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 && args.format === "text") {
    for (const f of errors) io.err(`${renderFindingText(f, io.style)}\n`);
    io.err(
      `lockstep: the replay behind this comparison hit ${errors.length} error(s); it shows the schema as far as it got\n`,
    );
  }
  return drift || errors.length > 0 ? 1 : 0;
}
