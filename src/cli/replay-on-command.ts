import { resolveEngine } from "../adapters/sqlite/engine.js";
import { renderReportMarkdown } from "../core/render/report-markdown.js";
import { renderReportText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { type ReplayReport, reportOk } from "../core/report.js";
import { runReplayOn } from "../engine/realdb/replay-on.js";
import { type Format, type Io, type ReplayArgs, replayChoices } from "./io.js";

/** `replay --on DB`: the pending migrations on an in-memory copy of the file, which is never written. */
export async function replayOnCommand(
  io: Io,
  args: ReplayArgs & { on: string; config?: string; db?: string; registry?: string; format: Format },
): Promise<number> {
  const result = await runReplayOn({
    cwd: io.cwd,
    env: io.env,
    file: args.on,
    configPath: args.config,
    db: args.db,
    registry: args.registry,
    ...replayChoices(args),
  });
  for (const note of result.real.notes) io.err(`lockstep: ${shown(note)}\n`);
  const replayed = result.report.migrations.map((m) => m.version);
  const report: ReplayReport = {
    version: 1,
    ok: reportOk([result.report]),
    engine: await resolveEngine(result.real.engine),
    databases: [result.report],
  };
  if (args.format === "json") {
    const on = { file: args.on, registry: result.real.registry, applied: result.applied, replayed };
    io.out(`${JSON.stringify({ ...report, on }, null, 2)}\n`);
  } else if (args.format === "markdown") io.out(renderReportMarkdown(report));
  else {
    const list = (v: string[]) => (v.length ? v.map(shown).join(", ") : "none");
    io.out(
      `${io.style.bold(`on ${shown(args.on)} (a copy in memory; the file is not written)`)}\nalready applied: ${list(result.applied)}\nreplayed: ${list(replayed)}\n`,
    );
    if (replayed.length > 0) io.out(renderReportText(report, io.style));
  }
  return report.ok ? 0 : 1;
}
