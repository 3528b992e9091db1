import { excerpt } from "../excerpt.js";
import { type Finding, finding } from "../finding.js";
import type { OrderKind, ToolDescriptor } from "../tools/tool.js";
import { toolDoes } from "../tools/tool-advice.js";
import { compareText, compareVersions, isDigits, versionKey } from "../version.js";
import { baseName, type Entry } from "./source.js";

type Compare = (a: Entry, b: Entry) => number;

const byNumber: Compare = (a, b) => compareVersions(a.migration.version, b.migration.version);
const byVersionText: Compare = (a, b) => compareText(a.migration.version, b.migration.version);
const byNameText: Compare = (a, b) => compareText(a.sortName, b.sortName);

const COMPARE: Record<Exclude<OrderKind, "listed">, Compare> = {
  number: byNumber,
  "version-text": byVersionText,
  "name-text": byNameText,
};

/** Ties (a duplicate version) fall back to the file path, so the order never depends on readdir. */
function withTies(compare: Compare): Compare {
  return (a, b) => compare(a, b) || byNameText(a, b) || compareText(a.rels[0] ?? "", b.rels[0] ?? "");
}

/** Sorts entries the way the layout's tool applies them, and warns where text and number order disagree. */
export function orderEntries(
  order: { by: OrderKind; how: string },
  entries: Entry[],
  findings: Finding[],
): Entry[] {
  if (order.by === "listed") return entries;
  const tool = { compare: COMPARE[order.by], how: order.how, numeric: order.by === "number" };
  const versioned = entries.filter((entry) => !entry.repeatable);
  // Repeatable migrations run after every versioned one, in description order.
  const repeatable = entries.filter((entry) => entry.repeatable).sort(withTies(byNameText));
  const ordered = [...versioned].sort(withTies(tool.compare));
  const other = [...versioned].sort(withTies(tool.numeric ? byVersionText : byNumber));
  const moved = farthestMoved(ordered, other);
  if (moved) {
    const { entry, toolAt, otherAt, count } = moved;
    const { version, files } = entry.migration;
    findings.push(
      finding(
        "order-ambiguous",
        `version ${version} (${files[0]}) is migration ${toolAt + 1} of ${ordered.length} when versions are sorted ` +
          `${tool.numeric ? "as numbers" : "as text"} but ${otherAt + 1} when sorted ${tool.numeric ? "as text" : "as numbers"} ` +
          `(${count} migrations change places). ${tool.how}, so lockstep applies it as migration ${toolAt + 1}. ` +
          "Give new migrations versions of the same width as the others (zero-padded, or full timestamps) so every " +
          "tool and reader agrees; never rename one that is already applied: its tool would see a new version and run it again.",
        { file: files[0], version },
      ),
    );
  }
  return [...ordered, ...repeatable];
}

/**
 * The migration whose place differs most between the two orders (on a tie, the one whose version width
 * is unusual: that is the odd one out), or undefined when the orders agree.
 */
function farthestMoved(ordered: Entry[], other: Entry[]) {
  const widths = new Map<number, number>();
  for (const entry of ordered)
    widths.set(entry.migration.version.length, (widths.get(entry.migration.version.length) ?? 0) + 1);
  const usual = [...widths].sort((a, b) => b[1] - a[1])[0]?.[0];
  const score = (toolAt: number, otherAt: number, entry: Entry) =>
    Math.abs(otherAt - toolAt) * 2 + (entry.migration.version.length === usual ? 0 : 1);
  let best: { entry: Entry; toolAt: number; otherAt: number; score: number } | undefined;
  let count = 0;
  ordered.forEach((entry, toolAt) => {
    const otherAt = other.indexOf(entry);
    if (otherAt === toolAt) return;
    count++;
    const candidate = { entry, toolAt, otherAt, score: score(toolAt, otherAt, entry) };
    if (!best || candidate.score > best.score) best = candidate;
  });
  return best && { ...best, count };
}

/** Two migrations with one version (compared as numbers: `001` and `1` clash): one finding naming every file. */
export function findDuplicates(entries: Entry[], tool: ToolDescriptor): Finding[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = versionKey(entry.migration.version);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    if (!first || group.length < 2) continue;
    const files = group.flatMap((entry) => entry.migration.files);
    findings.push(
      finding(
        "duplicate-version",
        `version ${first.migration.version} is claimed by ${group.length} migrations: ${files.join(", ")}: ` +
          `${toolDoes(tool, "duplicate")}. Each migration needs a version of its own: ` +
          `${tool.authoring.refuse?.clash ?? "give the newer one the next free version (`lockstep renumber` does it)"}.`,
        { file: first.migration.files[0], version: first.migration.version },
      ),
    );
  }
  return findings;
}

/** The lines of an order file as written (blank lines and `#` comments included, so line numbers hold). */
export interface OrderList {
  /** Display path of the order file. */
  file: string;
  lines: string[];
}

/** Lines of an order file that name no migration, reported one by one before the rest are counted. */
const MAX_UNMATCHED_LINES = 20;

/**
 * An explicit order (lines of an order file: file paths, file names or versions) replaces the tool's
 * sort. A migration the list leaves out is not applied by the application, so it is left out and reported.
 */
export function applyOrder(entries: Entry[], order: OrderList, findings: Finding[]): Entry[] {
  const ordered: Entry[] = [];
  const unmatched: number[] = [];
  for (const [index, raw] of order.lines.entries()) {
    const line = orderLine(raw);
    if (line === "") continue;
    const at = { file: order.file, line: index + 1 };
    const entry = entries.find((candidate) => matchesLine(candidate, line));
    if (!entry) {
      unmatched.push(at.line);
      if (unmatched.length > MAX_UNMATCHED_LINES) continue;
      findings.push(
        finding(
          "parse-error",
          `${order.file}:${at.line} names "${excerpt(line)}", but no migration matches it (give a file path, a file ` +
            "name or a version). Fix the line, or restore the file.",
          at,
        ),
      );
    } else if (ordered.includes(entry)) {
      findings.push(
        finding(
          "parse-error",
          `${order.file}:${at.line} names "${excerpt(line)}" (${entry.migration.files[0]}) a second time. Remove one line.`,
          { ...at, version: entry.migration.version },
        ),
      );
    } else {
      ordered.push(entry);
    }
  }
  const more = unmatched.slice(MAX_UNMATCHED_LINES);
  if (more.length > 0) {
    // A file where most lines name nothing is not an order list: its lines are not quoted one by one.
    findings.push(
      finding(
        "parse-error",
        `${order.file}: ${more.length} more lines (from line ${more[0]}) name no migration; check that "order" names the order file`,
        { file: order.file, line: more[0] },
      ),
    );
  }
  for (const entry of entries) {
    if (ordered.includes(entry)) continue;
    findings.push(
      finding(
        "parse-error",
        `${entry.migration.files[0]} is not in the order list ${order.file}, so the application never applies ` +
          "it and lockstep skips it. Add it to the order list where it belongs, or delete or exclude the file.",
        { file: entry.migration.files[0], version: entry.migration.version },
      ),
    );
  }
  return ordered;
}

function orderLine(raw: string): string {
  return raw.replace(/#.*$/, "").trim();
}

function matchesLine(entry: Entry, line: string): boolean {
  const paths = [...entry.rels, ...entry.migration.files];
  if (paths.some((path) => path === line || baseName(path) === line || path.replace(/\.sql$/, "") === line))
    return true;
  if (entry.sortName === line) return true;
  return (
    /^\d+([._]\d+)*$/.test(line) &&
    isDigits(line.replace(/[._]/g, "")) &&
    versionKey(line) === versionKey(entry.migration.version)
  );
}
