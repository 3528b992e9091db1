import { type Finding, finding } from "../finding.js";
import type { SourceFile } from "../migration.js";
import { versionKey } from "../version.js";
import {
  baseName,
  codeStep,
  type Entry,
  emptyResult,
  type ReadResult,
  script,
  unreadableFinding,
  wholeFile,
} from "./source.js";

/** One file per direction, named `<version>_<name>[.up|.down].sql` or by a namer of its own. */
interface NamedFile {
  file: SourceFile;
  version: string;
  name: string;
  direction: "up" | "down";
}

export type Namer = (fileName: string) => Omit<NamedFile, "file"> | undefined;

/** `<digits>_<name>.up.sql` / `.down.sql`. */
export const PAIRED = /^(\d+)_(.*)\.(down|up)\.sql$/;
/** `<digits>_<name>.sql`: one numbered file, up only. */
export const SIMPLE = /^(\d+)_(.+)\.sql$/;

export const pairedName: Namer = (fileName) => {
  const match = PAIRED.exec(fileName);
  return match
    ? { version: match[1] ?? "", name: match[2] ?? "", direction: match[3] === "down" ? "down" : "up" }
    : undefined;
};

export const simpleName: Namer = (fileName) => {
  if (PAIRED.test(fileName)) return undefined; // an up/down file mixed in: reported as a stray
  const match = SIMPLE.exec(fileName);
  return match ? { version: match[1] ?? "", name: match[2] ?? "", direction: "up" } : undefined;
};

/**
 * Any `.sql` file, up only: its version is the number before the first `_`, else its name without `.sql`
 * (which sorts after every number, as wrangler sorts unnumbered files).
 */
export function anySqlFile(file: SourceFile): ReturnType<Namer> {
  const fileName = baseName(file.rel);
  if (!fileName.endsWith(".sql")) return undefined;
  const stem = fileName.slice(0, -".sql".length);
  const match = /^(\d+)_(.*)$/.exec(stem);
  return match
    ? { version: match[1] ?? "", name: match[2] ?? "", direction: "up" }
    : { version: stem, name: stem, direction: "up" };
}

/** A file that manages its own transaction (`BEGIN;` on a line of its own; a trigger's `BEGIN` has no `;`). */
export const OWN_BEGIN = /^\s*BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?\s*;/im;

export function readNamed(
  files: SourceFile[],
  namer: Namer,
  transaction: (text: string) => boolean,
  fallback?: (file: SourceFile) => ReturnType<Namer>,
  codeSteps: readonly string[] = [],
): ReadResult {
  const result = emptyResult();
  const named: NamedFile[] = [];
  for (const file of files) {
    const parts = namer(baseName(file.rel)) ?? fallback?.(file);
    if (parts) {
      named.push({ file, ...parts });
      result.claimed.add(file.rel);
      continue;
    }
    const step = codeStep(file, codeSteps);
    if (step) {
      result.entries.push(step);
      result.claimed.add(file.rel);
    }
  }
  const groups = new Map<string, NamedFile[]>();
  for (const item of named) {
    const key = versionKey(item.version);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const group of groups.values()) pair(group, transaction, result);
  return result;
}

/**
 * Pairs ups and downs of one version: same name first, then a single leftover up with a single leftover
 * down (pocket-id's `…_passkey_backup_flags..up.sql` pairs with `…_passkey_backup_flags.down.sql`, as
 * tools that pair by version do). Extra ups stay separate migrations and become `duplicate-version`.
 */
function pair(group: NamedFile[], transaction: (text: string) => boolean, result: ReadResult): void {
  const ups = group.filter((item) => item.direction === "up");
  const downs = group.filter((item) => item.direction === "down");
  const pairs = ups.map((up) => ({ up, down: undefined as NamedFile | undefined }));
  for (const entry of pairs) {
    const index = downs.findIndex((down) => down.name === entry.up.name);
    if (index !== -1) entry.down = downs.splice(index, 1)[0];
  }
  const lonely = pairs.filter((entry) => !entry.down);
  if (lonely.length === 1 && downs.length === 1 && lonely[0]) lonely[0].down = downs.pop();
  for (const { up, down } of pairs) result.entries.push(toEntry(up, down, transaction, result.findings));
  for (const down of downs) {
    result.findings.push(
      finding(
        "parse-error",
        `${down.file.display} is a down migration with no up file of version ${down.version}. ` +
          "Add the matching `.up.sql` file, or delete the down file if the migration was removed.",
        { file: down.file.display, version: down.version },
      ),
    );
  }
}

function toEntry(
  up: NamedFile,
  down: NamedFile | undefined,
  transaction: (text: string) => boolean,
  findings: Finding[],
): Entry {
  const entry: Entry = {
    migration: {
      version: up.version,
      name: up.name.replace(/\.+$/, ""),
      files: [up.file.display, ...(down ? [down.file.display] : [])],
    },
    rels: [up.file.rel, ...(down ? [down.file.rel] : [])],
    sortName: baseName(up.file.rel),
  };
  for (const [item, direction] of [
    [up, "up"],
    [down, "down"],
  ] as const) {
    if (!item) continue;
    if (item.file.text === undefined) {
      findings.push(unreadableFinding(item.file, up.version));
      continue;
    }
    entry.migration[direction] = script(item.file, wholeFile(item.file.text), transaction(item.file.text));
  }
  return entry;
}
