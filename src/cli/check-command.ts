import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { LockstepError } from "../core/errors.js";
import { renderReportMarkdown } from "../core/render/report-markdown.js";
import { renderReportText } from "../core/render/report-text.js";
import type { ReplayReport } from "../core/report.js";
import { isEmptyDiff, renderDiffMarkdown, renderDiffText, summarizeDiff } from "../core/schema/index.js";
import { runCheck } from "../engine/check.js";
import type { DownMode } from "../engine/replay-set.js";
import type { Format, Io } from "./io.js";

export async function checkCommand(
  io: Io,
  args: {
    base?: string;
    config?: string;
    db?: string;
    down: DownMode;
    format: Format;
    jsonOut?: string;
    markdownOut?: string;
  },
): Promise<number> {
  const outcome = await runCheck({
    cwd: io.cwd,
    base: args.base,
    configPath: args.config,
    db: args.db,
    down: args.down,
  });
  for (const note of outcome.notes) io.err(`lockstep: ${note}\n`);
  const { report, base } = outcome;
  const against = `${base.ref} (${base.how})`;
  const markdown = () => `${renderReportMarkdown(report).trimEnd()}\n\n${diffsMarkdown(report, base.ref)}`;
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
      io.out(`\n${io.style.bold(`schema diff ${base.ref} → HEAD (${db.name})`)}\n`);
      io.out(
        isEmptyDiff(db.diff)
          ? `${summarizeDiff(db.diff)}\n`
          : `${renderDiffText(db.diff)}\n\n${summarizeDiff(db.diff)}\n`,
      );
    }
  }
  return report.ok ? 0 : 1;
}

function diffsMarkdown(report: ReplayReport, base: string): string {
  return report.databases
    .filter((db) => db.diff)
    .map(
      (db) =>
        `#### Schema diff ${base} → HEAD (${db.name})\n\n${renderDiffMarkdown(db.diff as NonNullable<typeof db.diff>).trimEnd()}\n`,
    )
    .join("\n");
}

function write(io: Io, path: string | undefined, text: () => string): void {
  if (!path) return;
  try {
    writeFileSync(resolve(io.cwd, path), text());
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${path} (${(cause as NodeJS.ErrnoException).code ?? "error"})`,
      { cause },
    );
  }
}
