import { compareVersions } from "../version.js";

/**
 * How a migration set numbers its migrations, read from its newest version: sequential numbers of a given
 * width (`0007`, `7`, `1.9`), or UTC timestamps `YYYYMMDDHHMMSS` (14 digits) or
 * `YYYYMMDDHHMMSS` + nanoseconds (23 digits).
 */
export type VersionScheme = { kind: "sequential"; width: number } | { kind: "timestamp"; digits: 14 | 23 };

/** A version lockstep can number after: digits, or digit parts joined by `.`/`_`. */
export function isNumbered(version: string): boolean {
  return /^\d+(?:[._]\d+)*$/.test(version);
}

const DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d/;

export function schemeOf(version: string): VersionScheme {
  if (/^\d{14}$/.test(version) && DATE.test(version)) return { kind: "timestamp", digits: 14 };
  if (/^\d{23}$/.test(version) && DATE.test(version)) return { kind: "timestamp", digits: 23 };
  return { kind: "sequential", width: version.length };
}

/** UTC `YYYYMMDDHHMMSS`, or with 9 more digits of nanoseconds (the clock gives milliseconds). */
export function timestampOf(now: Date, digits: 14 | 23): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const stamp =
    `${now.getUTCFullYear()}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}` +
    `${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`;
  return digits === 14 ? stamp : `${stamp}${String(now.getUTCMilliseconds()).padStart(3, "0")}000000`;
}

/** `0007` → `0008`, `9` → `10`, `1.9` → `1.10`: the last number part plus one, its width kept. */
export function increment(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  if (!match) return `${version}1`;
  const digits = match[2] ?? "0";
  return `${match[1]}${(BigInt(digits) + 1n).toString().padStart(digits.length, "0")}`;
}

/**
 * The next version in `scheme` after `after` (the newest existing version, if any): the clock for
 * timestamps, the next number otherwise; always sorting after `after` (when the clock would not, `after`+1).
 */
export function nextVersion(scheme: VersionScheme, after: string | undefined, now: Date): string {
  if (scheme.kind === "timestamp") {
    const stamp = timestampOf(now, scheme.digits);
    return after === undefined || compareVersions(stamp, after) > 0 ? stamp : increment(after);
  }
  return after === undefined ? "1".padStart(scheme.width, "0") : increment(after);
}

/** A migration name as every tool accepts it: lower case, `[a-z0-9_]`, no leading or trailing `_`. */
export function sanitizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export interface NewFile {
  /** Path relative to the folder the migration goes in. */
  rel: string;
  text: string;
}

export const UP = "Write the SQL that makes this change.";
export const DOWN =
  "Write the SQL that undoes the up exactly: afterwards the schema must be as it was before the up (lockstep replay checks it).";
export const NO_DOWN = "This layout has no down: to undo this change later, add another migration.";

export function upTemplate(name: string, hasDown: boolean): string {
  return hasDown ? `-- ${name}: up. ${UP}\n` : `-- ${name}. ${UP}\n-- ${NO_DOWN}\n`;
}

export function downTemplate(name: string): string {
  return `-- ${name}: down. ${DOWN}\n`;
}

export function markerFile(up: string, down: string): string {
  return `${up}\n-- ${UP}\n\n${down}\n-- ${DOWN}\n`;
}

export interface FileShape {
  /** The set pairs `.up.sql` + `.down.sql` files rather than writing one `.sql`. */
  reversible: boolean;
  /** The set has downs beside its ups (an undo file beside each versioned one). */
  undo: boolean;
  /** What follows the version in single-file names (`_` or `-`). */
  separator: string;
}

/**
 * A home-grown `pattern` naming: the new file names are the newest migration's file names with its version
 * (and name, when the pattern has a `name` group) replaced; undefined when a name no longer matches.
 */
export function patternFileName(
  pattern: string,
  fileName: string,
  version: string,
  name: string,
): { fileName: string; down: boolean } | undefined {
  const regex = new RegExp(pattern, "d");
  const match = regex.exec(fileName);
  const spans = match?.indices?.groups;
  const at = spans?.version;
  if (!match || !at) return undefined;
  const edits = [{ span: at, text: version }];
  if (spans.name) edits.push({ span: spans.name, text: name });
  let out = fileName;
  for (const { span, text } of edits.sort((a, b) => b.span[0] - a.span[0]))
    out = out.slice(0, span[0]) + text + out.slice(span[1]);
  const again = regex.exec(out)?.groups;
  if (again?.version !== version) return undefined;
  const direction = match.groups?.direction?.toLowerCase();
  return { fileName: out, down: direction === "down" || direction === "undo" };
}

/** `0003_b.up.sql` renumbered to `0004`: the first occurrence of the version in the name replaced. */
export function renumberedName(fileName: string, version: string, next: string): string {
  const at = fileName.indexOf(version);
  return at === -1 ? fileName : fileName.slice(0, at) + next + fileName.slice(at + version.length);
}

/** `<version>_<name>.up.sql` + `.down.sql`, each with its template. */
export function pairedFiles(version: string, name: string): NewFile[] {
  return [
    { rel: `${version}_${name}.up.sql`, text: upTemplate(name, true) },
    { rel: `${version}_${name}.down.sql`, text: downTemplate(name) },
  ];
}

/** `<version>_<name>.sql`, up only. */
export function singleFile(version: string, name: string): NewFile[] {
  return [{ rel: `${version}_${name}.sql`, text: upTemplate(name, false) }];
}
