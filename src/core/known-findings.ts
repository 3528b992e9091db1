import { createHash } from "node:crypto";
import { LockstepError } from "./errors.js";
import type { Finding, RuleId } from "./finding.js";
import { RULES } from "./finding.js";
import { compareText, compareVersions } from "./version.js";

/**
 * `lockstep.known.json`, committed beside the config: the findings a history already had when it adopted
 * lockstep (a down that never worked), accepted so they do not fail every run. Each is matched by a
 * fingerprint that ignores where in the file it is, so an unrelated edit that moves lines keeps it known.
 */
export const KNOWN_FILE = "lockstep.known.json";

export interface KnownEntry {
  database: string;
  rule: RuleId;
  version?: string;
  /** Relative to the known file's directory, forward slashes. */
  file?: string;
  fingerprint: string;
  /** For the reader of the file; the message as it was when the finding was recorded. */
  message: string;
}

/** A finding's number as a short hex id: 64 bits keep two different findings of a history apart. */
const FINGERPRINT_LENGTH = 16;

/**
 * What a finding is about, without where it sits: the database, the rule, the migration (its version, else
 * its file in the migration directory) and the message without line and column numbers or counts of
 * lines. `dir` is the database's directory as the report shows it (paths in the message start with it), so
 * the fingerprint is the same wherever lockstep runs from.
 */
export function fingerprint(database: string, dir: string, f: Finding): string {
  const inDir = (text: string) => (dir === "." || dir === "" ? text : text.split(`${dir}/`).join(""));
  const subject = f.version ?? (f.file ? inDir(f.file) : "");
  const parts = [database, f.rule, subject, positionless(inDir(f.message))];
  return createHash("sha256")
    .update(JSON.stringify(parts), "utf8")
    .digest("hex")
    .slice(0, FINGERPRINT_LENGTH);
}

/** A message with `file:12:3`, `line 12`, `lines 3-9`, `column 4` and `7 lines` written without the numbers. */
export function positionless(message: string): string {
  return message
    .replace(/(?<=[\w.)\]"'`])(?::\d+){1,2}(?![\d.:])/g, "")
    .replace(/\b(lines?|columns?)\s+\d+(?:\s*(?:-|–|,|and|to)\s*\d+)*/gi, "$1")
    .replace(/\b\d+\s+(lines?)\b/gi, "$1");
}

/** A database's findings as entries of the known file; `fileOf` rebases a shown path onto the file's directory. */
export function knownEntries(
  database: { name: string; dir: string; findings: readonly Finding[] },
  fileOf: (shown: string) => string,
): KnownEntry[] {
  return database.findings.map((f) => ({
    database: database.name,
    rule: f.rule,
    ...(f.version === undefined ? {} : { version: f.version }),
    ...(f.file === undefined ? {} : { file: fileOf(f.file) }),
    fingerprint: fingerprint(database.name, database.dir, f),
    message: f.message,
  }));
}

/** Sorted by database, version, file, rule: a new finding is one added line, wherever it is. */
function compareEntries(a: KnownEntry, b: KnownEntry): number {
  return (
    compareText(a.database, b.database) ||
    (a.version === undefined ? -1 : 0) - (b.version === undefined ? -1 : 0) ||
    compareVersions(a.version ?? "", b.version ?? "") ||
    compareText(a.version ?? "", b.version ?? "") ||
    compareText(a.file ?? "", b.file ?? "") ||
    compareText(a.rule, b.rule) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** The file's text: one finding per line, keys in one order, sorted, so its diff shows exactly what changed. */
export function renderKnownFile(entries: readonly KnownEntry[]): string {
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()].sort(compareEntries);
  const lines = unique.map((e) =>
    JSON.stringify({
      database: e.database,
      rule: e.rule,
      version: e.version,
      file: e.file,
      fingerprint: e.fingerprint,
      message: e.message,
    }),
  );
  const body = lines.length === 0 ? "[]" : `[\n    ${lines.join(",\n    ")}\n  ]`;
  return `{\n  "version": 1,\n  "findings": ${body}\n}\n`;
}

/** Reads the file's text; anything else than what renderKnownFile writes is one error naming the file. */
export function parseKnownFile(text: string, shown: string): KnownEntry[] {
  const fail = (why: string): never => {
    throw new LockstepError(
      "config",
      `${shown} ${why}; fix it, or write it again from the current findings with lockstep known --update`,
    );
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    // JSON.parse's message can quote the text, and the file could be anything: say only what is wrong.
    return fail("is not valid JSON");
  }
  const top = raw as { version?: unknown; findings?: unknown } | null;
  if (!top || typeof top !== "object" || Array.isArray(top)) return fail("does not hold a JSON object");
  if (top.version !== 1)
    return fail(`has "version" ${JSON.stringify(top.version)}; this lockstep reads version 1`);
  if (!Array.isArray(top.findings)) return fail('has no "findings" list');
  return top.findings.map((item, i) => entryOf(item, (why) => fail(`: findings[${i}] ${why}`)));
}

function entryOf(item: unknown, fail: (why: string) => never): KnownEntry {
  const e = item as Record<string, unknown> | null;
  if (!e || typeof e !== "object" || Array.isArray(e)) return fail("is not an object");
  for (const key of ["database", "rule", "fingerprint", "message"])
    if (typeof e[key] !== "string") fail(`has no "${key}" string`);
  for (const key of ["version", "file"])
    if (e[key] !== undefined && typeof e[key] !== "string") fail(`has a "${key}" that is not a string`);
  if (!Object.hasOwn(RULES, e.rule as string)) fail(`names no rule lockstep has ("${String(e.rule)}")`);
  return e as unknown as KnownEntry;
}

export interface KnownUpdate {
  entries: KnownEntry[];
  added: KnownEntry[];
  removed: KnownEntry[];
}

/**
 * The file after a replay of `databases` (all of them when undefined): their entries become the current
 * findings, other databases' stay. An entry still found keeps its recorded text, so a finding whose line
 * moved does not rewrite its line of the file.
 */
export function updateKnown(
  old: readonly KnownEntry[],
  current: readonly KnownEntry[],
  databases?: ReadonlySet<string>,
): KnownUpdate {
  const inScope = (e: KnownEntry) => databases === undefined || databases.has(e.database);
  const now = new Map(current.map((e) => [e.fingerprint, e]));
  const before = new Map(old.map((e) => [e.fingerprint, e]));
  const kept = old.filter((e) => !inScope(e) || now.has(e.fingerprint));
  const added = [...now.values()].filter((e) => !before.has(e.fingerprint));
  const removed = old.filter((e) => inScope(e) && !now.has(e.fingerprint));
  return { entries: [...kept, ...added].sort(compareEntries), added, removed };
}
