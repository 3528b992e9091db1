import picomatch from "picomatch";
import { type Finding, finding } from "../finding.js";
import type { LayoutId, MigrationSet, SourceFile } from "../migration.js";
import { looksLike, type ToolDescriptor, toolOf } from "../tools/index.js";
import { type DetectedLayout, detectLayout, isIgnored } from "./detect.js";
import { applyOrder, findDuplicates, type OrderList, orderEntries } from "./ordering.js";
import { notePlaceholders } from "./placeholder.js";

export type { OrderList } from "./ordering.js";

import { baseName, dirName, type ReadResult } from "./source.js";

export { type DecodedText, decodeText } from "./decode.js";
export { type DetectedLayout, detectLayout } from "./detect.js";

export interface LayoutOptions {
  /** Forced layout; otherwise detected. */
  layout?: LayoutId;
  /** Regex with named groups `version`, `name`, `direction` (up|down|undo) for a home-grown naming; implies layout "pattern". */
  pattern?: string;
  /** An order file (lines of file paths, file names or versions): migrations run in exactly this order. */
  order?: OrderList;
  /** Globs (picomatch) matched against `SourceFile.rel`; matching files are ignored. */
  exclude?: string[];
  /** The layout already detected on these very files (by whoever chose the directory): not detected again. */
  detected?: DetectedLayout;
}

/**
 * Reads every file under a migration directory as the migrations its tool would apply, in that tool's
 * order. Never throws on user input: problems become findings.
 */
export function readMigrationSet(files: SourceFile[], options: LayoutOptions = {}): MigrationSet {
  const findings: Finding[] = [];
  let excluded: (rel: string) => boolean = () => false;
  try {
    if (options.exclude?.length) excluded = picomatch(options.exclude, { dot: true });
  } catch (error) {
    const why = `the \`exclude\` globs ${JSON.stringify(options.exclude)} are not valid (${(error as Error).message})`;
    return emptySet(options.layout ?? "plain", NO_LAYOUT, [
      finding("parse-error", `${why}. Fix them in the lockstep config.`),
    ]);
  }
  const usable = files.filter((file) => !isIgnored(file.rel) && !excluded(file.rel));

  let layout: LayoutId;
  let reason = `named in the config (${options.pattern !== undefined ? "pattern" : options.layout})`;
  let pattern: RegExp | undefined;
  if (options.pattern !== undefined) {
    layout = "pattern";
    try {
      pattern = new RegExp(options.pattern);
    } catch (error) {
      const why = `the \`pattern\` ${JSON.stringify(options.pattern)} is not a valid regular expression (${(error as Error).message})`;
      return emptySet(layout, reason, [finding("parse-error", `${why}. Fix it in the lockstep config.`)]);
    }
    if (!options.pattern.includes("(?<version>")) {
      return emptySet(layout, reason, [
        finding(
          "parse-error",
          "the `pattern` has no named group `(?<version>…)`. Add one around the version digits.",
        ),
      ]);
    }
  } else if (options.layout) {
    layout = options.layout;
    // A layout lockstep chose itself (the set was found, not configured) keeps the reason it was chosen for.
    if (options.detected?.layout === layout) reason = options.detected.reason;
  } else {
    // Detected on the files that are read (after `exclude`), so the reason given is the one for this set.
    const detected = options.detected ?? detectLayout(usable);
    if (!detected) {
      const sql = usable.filter((file) => file.rel.endsWith(".sql"));
      if (sql.length === 0) return emptySet("plain", NO_LAYOUT, []);
      return emptySet("plain", NO_LAYOUT, [
        finding(
          "parse-error",
          `no known migration layout matches the ${sql.length} SQL files here (for example ${sql[0]?.display}). ` +
            "Set `layout` in the lockstep config, or `pattern` for a naming of your own.",
          { file: sql[0]?.display },
        ),
      ]);
    }
    layout = detected.layout;
    reason = detected.reason;
  }

  const tool = toolOf(layout);
  const read = tool.read(usable, { pattern });
  findings.push(...onePerFile([...read.findings, ...strays(usable, read, layout)]));
  const ordered = options.order
    ? applyOrder(read.entries, options.order, findings)
    : orderEntries(tool.order, read.entries, findings);
  findings.push(...findDuplicates(ordered, tool));
  const migrations = ordered.map((entry) => entry.migration);
  notePlaceholders(migrations, usable);
  const anyDown = migrations.some((migration) => migration.down !== undefined);
  return { layout, migrations, hasDowns: hasDowns(tool, anyDown, options.pattern), reason, findings };
}

/** One broken file is one thing to fix: its first parse problem is reported, the echoes of it are not. */
function onePerFile(found: Finding[]): Finding[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    if (f.rule !== "parse-error" || !f.file) return true;
    if (seen.has(f.file)) return false;
    seen.add(f.file);
    return true;
  });
}

const NO_LAYOUT = "no migration files recognised";

function emptySet(layout: LayoutId, reason: string, findings: Finding[]): MigrationSet {
  return { layout, migrations: [], hasDowns: false, reason, findings };
}

/** Whether a migration without a down is missing one, from what the tool says of downs. */
function hasDowns(tool: ToolDescriptor, anyDown: boolean, pattern: string | undefined): boolean {
  switch (tool.downs) {
    case "always":
      return true;
    case "if-any":
      return anyDown;
    case "by-pattern":
      return pattern?.includes("(?<direction>") === true;
    default:
      return false;
  }
}

/** A `.sql` file the layout does not read is a migration that would silently never run: say so. */
function strays(files: SourceFile[], read: ReadResult, layout: LayoutId): Finding[] {
  return files
    .filter((file) => file.rel.endsWith(".sql") && !read.claimed.has(file.rel))
    .map((file) =>
      finding(
        "parse-error",
        `${file.display} looks like ${looksLike(baseName(file.rel), dirName(file.rel) !== "")}, but this directory is read as ${layout}, which never ` +
          `runs it. Rename it to the ${layout} naming, move it out of the migration directory, or add it to \`exclude\`.`,
        { file: file.display },
      ),
    );
}
