import { type Finding, finding } from "../finding.js";
import type { LayoutId, SourceFile } from "../migration.js";
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

/** One file per direction: golang-migrate, sqlx (reversible and simple), Cloudflare D1, plain, `pattern`. */
interface NamedFile {
  file: SourceFile;
  version: string;
  name: string;
  direction: "up" | "down";
}

type Namer = (fileName: string) => Omit<NamedFile, "file"> | undefined;

/** golang-migrate's source.Regex `^([0-9]+)_(.*)\.(down|up)\.(.*)$`, limited to `.sql`; sqlx reads the same names. */
const PAIRED = /^(\d+)_(.*)\.(down|up)\.sql$/;
/** `<digits>_<name>.sql`: sqlx simple, Atlas, wrangler D1, plain numbered files. */
const SIMPLE = /^(\d+)_(.+)\.sql$/;

const pairedName: Namer = (fileName) => {
  const match = PAIRED.exec(fileName);
  return match
    ? { version: match[1] ?? "", name: match[2] ?? "", direction: match[3] === "down" ? "down" : "up" }
    : undefined;
};

const simpleName: Namer = (fileName) => {
  if (PAIRED.test(fileName)) return undefined; // a golang-migrate file mixed in: reported as a stray
  const match = SIMPLE.exec(fileName);
  return match ? { version: match[1] ?? "", name: match[2] ?? "", direction: "up" } : undefined;
};

/** A file that manages its own transaction (`BEGIN;` on a line of its own; a trigger's `BEGIN` has no `;`). */
const OWN_BEGIN = /^\s*BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?\s*;/im;

export function readPaired(files: SourceFile[], layout: LayoutId): ReadResult {
  if (layout === "golang-migrate") {
    // golang-migrate's sqlite drivers wrap each file in a transaction unless the URL says x-no-tx-wrap=true,
    // and then "migrations may, and should, contain explicit BEGIN and COMMIT". A file with its own BEGIN
    // only works with x-no-tx-wrap, so one such file means the whole project runs its files as written.
    const ownTransactions = files.some(
      (file) => pairedName(baseName(file.rel)) && OWN_BEGIN.test(file.text ?? ""),
    );
    return readNamed(files, pairedName, () => !ownTransactions);
  }
  if (layout === "sqlx") {
    // sqlx (sqlx-core migrate/source.rs): `no_tx = sql.starts_with("-- no-transaction")`.
    const namer: Namer = (fileName) => pairedName(fileName) ?? simpleName(fileName);
    return readNamed(files, namer, (text) => !text.startsWith("-- no-transaction"));
  }
  // wrangler sends each D1 file as one query, which D1 runs in an implicit transaction; plain runs as written.
  return readNamed(files, simpleName, () => layout === "d1");
}

/** A home-grown naming given as a regex with named groups `version`, `name` and optional `direction`. */
export function readPattern(files: SourceFile[], pattern: RegExp): ReadResult {
  const namer: Namer = (fileName) => {
    const groups = pattern.exec(fileName)?.groups;
    if (!groups?.version) return undefined;
    const direction = groups.direction?.toLowerCase();
    return {
      version: groups.version,
      name: groups.name ?? "",
      direction: direction === "down" || direction === "undo" ? "down" : "up",
    };
  };
  return readNamed(
    files,
    (fileName) => namer(fileName),
    () => false,
    (file) => namer(file.rel),
  );
}

function readNamed(
  files: SourceFile[],
  namer: Namer,
  transaction: (text: string) => boolean,
  fallback?: (file: SourceFile) => ReturnType<Namer>,
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
    const step = codeStep(file);
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
 * golang-migrate pairs by version). Extra ups stay separate migrations and become `duplicate-version`.
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
