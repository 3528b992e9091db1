import { type Finding, finding } from "./finding.js";
import type { MigrationScript, MigrationSet } from "./migration.js";
import { closingParen, isOp, isWord } from "./sql/canonical.js";
import { type Token, tokenize } from "./sql/tokenize.js";
import { positionIn } from "./text-position.js";

/** An unquoted keyword, written here in capitals as SQL is. */
const isKw = (tok: Token | undefined, kw: string) => isWord(tok, kw.toLowerCase());

/**
 * SQL that an older SQLite refuses, with the release that first took it (from SQLite's release log,
 * sqlite.org/changes.html). Only forms that cannot be anything else are matched, so a column named
 * `format` or a string holding "DROP COLUMN" never counts.
 */
interface Feature {
  what: string;
  needs: string;
  /** Instead of it, on an older SQLite. */
  instead: string;
  /** Whether the feature starts at token `i`. */
  at(tokens: readonly Token[], i: number): boolean;
}

const word = (tokens: readonly Token[], i: number, ...kws: string[]) =>
  kws.every((kw, k) => isKw(tokens[i + k], kw));
const call = (name: string) => (tokens: readonly Token[], i: number) =>
  isKw(tokens[i], name) && isOp(tokens[i + 1], "(") && !isOp(tokens[i - 1], ".");
const REBUILD =
  "a rebuild of the table (create the new one, copy the rows, drop the old one, rename the new one)";

/** `ALTER TABLE [schema.]name` ends where the action starts. */
function alterAction(tokens: readonly Token[], i: number): number | undefined {
  if (!word(tokens, i, "ALTER", "TABLE")) return undefined;
  let at = i + 3;
  if (isOp(tokens[at], ".")) at += 2;
  return at;
}

const FEATURES: readonly Feature[] = [
  {
    what: "UPSERT (`ON CONFLICT … DO`)",
    needs: "3.24.0",
    instead: "`INSERT OR REPLACE`, or an `UPDATE` then an `INSERT … WHERE NOT EXISTS`",
    at: (t, i) => {
      if (!word(t, i, "ON", "CONFLICT")) return false;
      let at = i + 2;
      if (isOp(t[at], "(")) at = closingParen(t, at) + 1;
      while (at < t.length && !isKw(t[at], "DO") && !isOp(t[at], ";") && at < i + 40) at++;
      return isKw(t[at], "DO") && !isKw(t[i + 2], "REPLACE") && !isKw(t[i + 2], "IGNORE");
    },
  },
  {
    what: "`ALTER TABLE … RENAME COLUMN`",
    needs: "3.25.0",
    instead: REBUILD,
    at: (t, i) => {
      const a = alterAction(t, i);
      return a !== undefined && isKw(t[a], "RENAME") && !isKw(t[a + 1], "TO");
    },
  },
  {
    what: "a window function (`OVER`)",
    needs: "3.25.0",
    instead: "a correlated sub-select",
    at: (t, i) => isKw(t[i], "OVER") && isOp(t[i - 1], ")"),
  },
  {
    what: "`NULLS FIRST` / `NULLS LAST`",
    needs: "3.30.0",
    instead: "an `ORDER BY x IS NULL` term before the column",
    at: (t, i) => isKw(t[i], "NULLS") && (isKw(t[i + 1], "FIRST") || isKw(t[i + 1], "LAST")),
  },
  {
    what: "an aggregate `FILTER (WHERE …)`",
    needs: "3.30.0",
    instead: "a `CASE` inside the aggregate",
    at: (t, i) => isKw(t[i], "FILTER") && isOp(t[i + 1], "(") && isKw(t[i + 2], "WHERE"),
  },
  {
    what: "a generated column (`GENERATED ALWAYS AS`)",
    needs: "3.31.0",
    instead: "a view, or a trigger that fills the column",
    at: (t, i) => word(t, i, "GENERATED", "ALWAYS", "AS"),
  },
  { what: "`iif()`", needs: "3.32.0", instead: "`CASE WHEN … THEN … ELSE … END`", at: call("iif") },
  {
    what: "`ALTER TABLE … DROP COLUMN`",
    needs: "3.35.0",
    instead: REBUILD,
    at: (t, i) => {
      const a = alterAction(t, i);
      return a !== undefined && isKw(t[a], "DROP");
    },
  },
  {
    what: "`RETURNING`",
    needs: "3.35.0",
    instead: "a `SELECT` after the statement",
    at: (t, i) => t[i]?.kind === "word" && isKw(t[i], "RETURNING"),
  },
  {
    what: "a `STRICT` table",
    needs: "3.37.0",
    instead: "`CHECK (typeof(x) = …)` constraints",
    // A table option: after the column list's `)` or `WITHOUT ROWID,`, and last (a column named strict is not).
    at: (t, i) =>
      isKw(t[i], "STRICT") &&
      (t[i + 1] === undefined || isOp(t[i + 1], ";") || isOp(t[i + 1], ",")) &&
      (isOp(t[i - 1], ")") || (isOp(t[i - 1], ",") && isKw(t[i - 2], "ROWID"))),
  },
  {
    what: "the JSON operators `->` / `->>`",
    needs: "3.38.0",
    instead: "`json_extract()`",
    at: (t, i) => isOp(t[i], "->") || isOp(t[i], "->>"),
  },
  { what: "`format()`", needs: "3.38.0", instead: "`printf()`", at: call("format") },
  { what: "`unhex()`", needs: "3.41.0", instead: "a blob literal `x'…'`", at: call("unhex") },
  {
    what: "`octet_length()`",
    needs: "3.43.0",
    instead: "`length(CAST(x AS BLOB))`",
    at: call("octet_length"),
  },
  { what: "`timediff()`", needs: "3.43.0", instead: "`julianday()` arithmetic", at: call("timediff") },
  { what: "`concat()`", needs: "3.44.0", instead: "the `||` operator", at: call("concat") },
  { what: "`concat_ws()`", needs: "3.44.0", instead: "the `||` operator", at: call("concat_ws") },
  { what: "`string_agg()`", needs: "3.44.0", instead: "`group_concat()`", at: call("string_agg") },
];

/** `3.31` or `3.31.1` as a number that orders releases (3.31 is 3.31.0). */
export function releaseNumber(version: string): number {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  return major * 1_000_000 + minor * 1_000 + patch;
}

/**
 * The statements of every up, down and verify script that need a newer SQLite than `target`, the one the
 * database runs on in production: there they fail. One finding per feature per file, at its first use.
 */
export function sqliteVersionFindings(set: MigrationSet, target: string, setting: string): Finding[] {
  const limit = releaseNumber(target);
  const out: Finding[] = [];
  for (const migration of set.migrations) {
    for (const script of [migration.up, migration.down, migration.verify]) {
      if (!script) continue;
      for (const use of newerFeatures(script, limit)) {
        out.push(
          finding(
            "sqlite-version",
            `${use.feature.what} needs SQLite ${use.feature.needs}, and this database runs on SQLite ${target} (${setting}): there the statement fails before anything of it runs; use ${use.feature.instead}, or raise ${setting} if every database it runs on is newer`,
            { version: migration.version, file: script.file, line: use.line },
          ),
        );
      }
    }
  }
  return out;
}

function newerFeatures(script: MigrationScript, limit: number): { feature: Feature; line: number }[] {
  const found = new Map<Feature, number>();
  for (const chunk of script.chunks) {
    const tokens = tokenize(chunk.sql);
    for (let i = 0; i < tokens.length; i++) {
      for (const feature of FEATURES) {
        if (found.has(feature) || releaseNumber(feature.needs) <= limit || !feature.at(tokens, i)) continue;
        found.set(feature, positionIn(chunk.sql, tokens[i]?.start ?? 0, chunk).line);
      }
    }
  }
  return [...found].map(([feature, line]) => ({ feature, line }));
}
