import { renderReportMarkdown } from "../core/render/report-markdown.js";
import { renderReportText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { runReplay } from "../engine/replay/replay.js";
import { type Format, type Io, type ReplayArgs, replayChoices } from "./io.js";

export async function replayCommand(
  io: Io,
  args: ReplayArgs & {
    dir?: string;
    config?: string;
    db?: string;
    format: Format;
    known: boolean;
  },
): Promise<number> {
  // Timed from the first migration replayed, not from start-up: loading the engine is not the replay's length.
  let started: number | undefined;
  let progressShown = false;
  const outcome = await runReplay({
    cwd: io.cwd,
    env: io.env,
    dir: args.dir,
    configPath: args.config,
    db: args.db,
    ...replayChoices(args),
    onProgress: io.progress
      ? (name, done, total) => {
          // Only long replays get a progress line; a quick one would just flicker.
          started ??= Date.now();
          if (Date.now() - started > 1000) {
            progressShown = true;
            io.progress?.(done < total ? `replaying ${shown(name)}: ${done}/${total}` : "");
          }
        }
      : undefined,
  });
  if (progressShown) io.progress?.("");
  for (const note of outcome.notes) io.err(`lockstep: ${shown(note)}\n`);
  const { report } = outcome;
  if (args.format === "json") io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (args.format === "markdown") io.out(renderReportMarkdown(report));
  else {
    const view = { mode: args.known ? "inline" : "hide", knownFile: outcome.known.shown } as const;
    io.out(renderReportText(report, io.style, view));
  }
  return report.ok ? 0 : 1;
}
