import { resolve } from "node:path";
import { writeFileAtomic } from "../adapters/atomic-write.js";
import { LockstepError } from "../core/errors.js";
import { renderComment } from "../core/render/comment.js";
import { renderReportText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { isEmptyDiff, renderDiffText, summarizeDiff } from "../core/schema/index.js";
import { runCheck } from "../engine/applied/check.js";
import { VERSION } from "../version.js";
import { type Format, type Io, type ReplayArgs, replayChoices } from "./io.js";

export async function checkCommand(
  io: Io,
  args: ReplayArgs & {
    base?: string;
    config?: string;
    db?: string;
    format: Format;
    jsonOut?: string;
    markdownOut?: string;
  },
): Promise<number> {
  const outcome = await runCheck({
    cwd: io.cwd,
    env: io.env,
    base: args.base,
    configPath: args.config,
    db: args.db,
    ...replayChoices(args),
  });
  for (const note of outcome.notes) io.err(`lockstep: ${shown(note)}\n`);
  const { report, base } = outcome;
  const against = shown(`${base.ref} (${base.how})`);
  // The same text as the pull request comment lockstep's Action posts.
  const markdown = () =>
    renderComment({ report, base: base.ref, baseSha: outcome.baseSha, version: VERSION });
  const json = () => `${JSON.stringify({ ...report, base: base.ref }, null, 2)}\n`;
  write(io, args.jsonOut, json);
  write(io, args.markdownOut, markdown);
  if (args.format === "json") io.out(json());
  else if (args.format === "markdown") io.out(markdown());
  else {
    io.out(`checked HEAD against ${against}\n\n`);
    io.out(renderReportText(report, io.style));
    for (const db of report.databases) {
      if (!db.diff) continue;
      io.out(`\n${io.style.bold(`schema diff ${shown(base.ref)} → HEAD (${shown(db.name)})`)}\n`);
      io.out(
        isEmptyDiff(db.diff)
          ? `${shown(summarizeDiff(db.diff))}\n`
          : `${renderDiffText(db.diff)}\n\n${shown(summarizeDiff(db.diff))}\n`,
      );
    }
  }
  return report.ok ? 0 : 1;
}

function write(io: Io, path: string | undefined, text: () => string): void {
  if (!path) return;
  try {
    writeFileAtomic(resolve(io.cwd, path), text());
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${path} (${(cause as NodeJS.ErrnoException).code ?? "error"})`,
      { cause },
    );
  }
}
