import { type Finding, finding } from "../finding.js";
import type { MigrationSet } from "../migration.js";
import { isOp, isWord } from "../sql/canonical.js";
import type { Token } from "../sql/tokenize.js";
import { nameAt, scriptStatements } from "./statements.js";

const OFF = new Set(["off", "0", "false", "no"]);
const SCHEMA_TABLES = new Set(["sqlite_schema", "sqlite_master", "sqlite_temp_schema", "sqlite_temp_master"]);
/** Every statement either rule looks at holds one of these, in any case and quoting. */
const MENTIONS = /pragma|sqlite_/i;

/** `PRAGMA [schema.]name = value` / `(value)`: the name and the value's text, folded; undefined if not one. */
function pragmaSet(tokens: readonly Token[]): { name: string; value?: string } | undefined {
  if (!isWord(tokens[0], "pragma")) return undefined;
  const target = nameAt(tokens, 1);
  if (!target) return undefined;
  const eq = tokens[target.next];
  const value = isOp(eq, "=") || isOp(eq, "(") ? tokens[target.next + 1] : undefined;
  const text = value ? (value.kind === "string" ? value.text.slice(1, -1) : value.value) : undefined;
  return { name: target.name.toLowerCase(), value: text?.toLowerCase() };
}

/** The table an INSERT, REPLACE, UPDATE or DELETE writes, folded. */
function writtenTable(tokens: readonly Token[]): string | undefined {
  let i = 0;
  if (isWord(tokens[0], "with")) return undefined;
  if (isWord(tokens[0], "insert") || isWord(tokens[0], "replace")) {
    while (i < tokens.length && !isWord(tokens[i], "into")) i++;
    i++;
  } else if (isWord(tokens[0], "update")) {
    i = isWord(tokens[1], "or") ? 3 : 1;
  } else if (isWord(tokens[0], "delete") && isWord(tokens[1], "from")) {
    i = 2;
  } else return undefined;
  return nameAt(tokens, i)?.name.toLowerCase();
}

/**
 * `writable-schema` and `legacy-alter-table`, from the text of every up, down and verify: both change what
 * SQLite itself guarantees for every statement after them, which the replay cannot see go wrong.
 */
export function pragmaRuleFindings(set: MigrationSet): Finding[] {
  const out: Finding[] = [];
  for (const migration of set.migrations) {
    for (const script of [migration.up, migration.down, migration.verify]) {
      // Neither rule can fire without one of these words: most scripts are never tokenized here.
      if (!script?.chunks.some((c) => MENTIONS.test(c.sql))) continue;
      let writable = false;
      for (const { tokens, line } of scriptStatements(script)) {
        const where = { version: migration.version, file: script.file, line };
        const pragma = pragmaSet(tokens);
        if (pragma?.name === "writable_schema" && pragma.value !== undefined && !OFF.has(pragma.value)) {
          writable = true;
          out.push(
            finding(
              "writable-schema",
              `${script.file}:${line} turns on PRAGMA writable_schema: the statements after it may edit sqlite_schema directly, which SQLite does not check, and a wrong row there makes the whole database unreadable ("malformed database schema") on the next open; write the change as CREATE/ALTER/DROP statements instead (a rebuild of the table where ALTER cannot do it)`,
              where,
            ),
          );
        } else if (
          pragma?.name === "legacy_alter_table" &&
          pragma.value !== undefined &&
          !OFF.has(pragma.value)
        ) {
          out.push(
            finding(
              "legacy-alter-table",
              `${script.file}:${line} turns on PRAGMA legacy_alter_table: until it is turned off on that connection, ALTER TABLE … RENAME no longer updates the triggers and views that name the table, and a RENAME COLUMN leaves them naming the old column; do the rename with it off (SQLite 3.26+ rewrites references), or, for a table rebuild, create the new table under a new name and rename it last (the order in sqlite.org/lang_altertable.html)`,
              where,
            ),
          );
        }
        const table = writtenTable(tokens);
        if (table && SCHEMA_TABLES.has(table) && !writable) {
          out.push(
            finding(
              "writable-schema",
              `${script.file}:${line} writes to ${table}: SQLite refuses it unless writable_schema is on (set elsewhere, on the connection), and a wrong row makes the database unreadable on its next open; write the change as CREATE/ALTER/DROP statements instead`,
              where,
            ),
          );
        }
      }
    }
  }
  return out;
}
