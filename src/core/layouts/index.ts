import picomatch from "picomatch";
import { type Finding, finding } from "../finding.js";
import type { LayoutId, Migration, MigrationSet, SourceFile } from "../migration.js";
import { looksLike, type ToolDescriptor, toolOf } from "../tools/index.js";
import type { TransactionSetting } from "../tools/transaction-setting.js";
import { type DetectedLayout, detectLayout, isIgnored } from "./detect.js";
import { applyOrder, findDuplicates, type OrderList, orderEntries } from "./ordering.js";
import { notePlaceholders } from "./placeholder.js";

export type { OrderList } from "./ordering.js";

import { baseName, codeStep, dirName, looksLikeCodeStep, type ReadResult } from "./source.js";

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
  /** How the runner wraps migrations, overriding the tool's default (the files' own opt-outs still count). */
  transaction?: TransactionSetting;
  /** The layout already detected on these very files (by whoever chose the directory): not detected again. */
  detected?: DetectedLayout;
  /** Extensions of per-file scripts the database's runner runs (`py`): such files are migrations too. */
  scripts?: readonly string[];
  /** Versions the base has applied (see ReadContext.applied). */
  applied?: ReadonlySet<string>;
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
  const read = withScripts(
    tool.read(usable, {
      pattern,
      ordered: options.order !== undefined,
      ...(options.applied ? { applied: options.applied } : {}),
    }),
    usable,
    options.scripts,
  );
  const unread = unreadFiles(usable, read, tool, layout);
  findings.push(...onePerFile([...read.findings, ...unread.findings]));
  const ordered = options.order
    ? applyOrder(read.entries, options.order, findings)
    : orderEntries(tool.order, read.entries, findings);
  findings.push(...findDuplicates(ordered, tool));
  const migrations = ordered.map((entry) => entry.migration);
  notePlaceholders(migrations, usable);
  if (options.transaction) wrapAs(migrations, tool, options.transaction);
  const anyDown = migrations.some((migration) => migration.down !== undefined);
  return {
    layout,
    migrations,
    hasDowns: hasDowns(tool, anyDown, options.pattern),
    reason,
    findings,
    ...(options.transaction ? { transaction: options.transaction } : {}),
    ...(unread.notes.length + (read.notes?.length ?? 0) > 0
      ? { notes: [...(read.notes ?? []), ...unread.notes] }
      : {}),
  };
}

/** Files the tool itself would not read but the runner runs as scripts (`0003_backfill.js` among SQL files). */
function withScripts(
  read: ReadResult,
  files: SourceFile[],
  kinds: readonly string[] | undefined,
): ReadResult {
  if (!kinds?.length) return read;
  const taken = new Set(read.entries.flatMap((entry) => entry.rels));
  const steps = files.filter((file) => !taken.has(file.rel)).flatMap((file) => codeStep(file, kinds) ?? []);
  if (steps.length === 0) return read;
  const claimed = new Set([...read.claimed, ...steps.flatMap((step) => step.rels)]);
  return { ...read, entries: [...read.entries, ...steps], claimed };
}

/**
 * The config's `transaction` over the tool's default: `none` runs every script as written; `each` and `all`
 * wrap every script (replayed file by file, which is the same for every check), except where the file opts
 * out of a tool that has opt-outs.
 */
function wrapAs(migrations: Migration[], tool: ToolDescriptor, setting: TransactionSetting): void {
  const written = tool.transaction.wraps === "as-written";
  for (const migration of migrations)
    for (const script of [migration.up, migration.down]) {
      if (!script) continue;
      if (setting === "none") script.transaction = false;
      else if (written) script.transaction = true;
    }
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

/** Files named in a note about what was skipped, before the rest are counted. */
const NOTED_FILES = 3;

/**
 * Files the tool does not read are not migrations. A `.sql` file named like a migration (some tool's, or
 * numbered) would silently never run, and one the tool refuses the directory for stops it: both are
 * findings. A `.sql` file with no version (a dump) and a code file named like a migration (a generator
 * script beside the SQL) are skipped with a note.
 */
function unreadFiles(
  files: SourceFile[],
  read: ReadResult,
  tool: ToolDescriptor,
  layout: LayoutId,
): { findings: Finding[]; notes: string[] } {
  const findings: Finding[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (read.claimed.has(file.rel)) continue;
    const name = baseName(file.rel);
    if (!name.endsWith(".sql")) {
      if (looksLikeCodeStep(name)) skipped.push(file.display);
      continue;
    }
    const refused = tool.reads.refuses?.(name);
    const look = looksLike(name, dirName(file.rel) !== "");
    if (refused) {
      findings.push(
        finding(
          "parse-error",
          `${file.display} is in the migration directory, and ${refused}. Rename it to the ${layout} naming, or move it out of the directory.`,
          { file: file.display },
        ),
      );
    } else if (look !== "SQL" || /^\d/.test(name)) {
      // Named like a migration (of some tool, or just numbered): it would silently never run.
      findings.push(
        finding(
          "parse-error",
          `${file.display} looks like ${look}, but this directory is read as ${layout}, which never ` +
            `runs it. Rename it to the ${layout} naming, move it out of the migration directory, or add it to \`exclude\`.`,
          { file: file.display },
        ),
      );
    } else skipped.push(file.display);
  }
  if (skipped.length === 0) return { findings, notes: [] };
  const more = skipped.length > NOTED_FILES ? ` and ${skipped.length - NOTED_FILES} more` : "";
  const listed = skipped.slice(0, NOTED_FILES).join(", ") + more;
  const [is, they, run] = skipped.length === 1 ? ["is", "it", "runs"] : ["are", "they", "run"];
  return {
    findings,
    notes: [
      `${listed} ${is} not read as a migration: ${tool.name} reads only ${tool.reads.files}, so ${they} never ${run}; add ${they === "it" ? "it" : "them"} to \`exclude\` to keep this note away`,
    ],
  };
}
