import { statementSpans } from "../../adapters/sqlite/statements.js";
import type { MigrationScript } from "../../core/migration.js";
import { isWord, isWords } from "../../core/sql/canonical.js";
import { foldCase, tokenize } from "../../core/sql/tokenize.js";
import { positionIn, skipTrivia, type TextPosition } from "../../core/text-position.js";

/** What a script says it does to rows, read from its statements, with where each statement is. */
export interface RowIntent {
  /** Tables whose rows a DELETE, UPDATE or REPLACE names: rows it loses are lost on purpose. */
  onPurpose: Set<string>;
  /** DROP TABLE, by folded table name. */
  dropped: Map<string, TextPosition>;
  /** INSERT … SELECT … FROM t: the copy of a rebuild, by the folded name of the table copied from. */
  copiedFrom: Map<string, TextPosition>;
  /** Tables a copy filters with WHERE: the rows it leaves behind are left on purpose. */
  filtered: Set<string>;
  /**
   * Tables of `dropped` known dropped from the schema alone (a code migration's rebuild or drop through its
   * tool's API, no DROP TABLE statement in sight), rebuilt (there again after the up) or dropped for good;
   * the position in `dropped` is where the code names the table.
   */
  remade: Map<string, "rebuilt" | "dropped">;
}

export function rowIntent(script: MigrationScript): RowIntent {
  const intent: RowIntent = {
    onPurpose: new Set(),
    dropped: new Map(),
    copiedFrom: new Map(),
    filtered: new Set(),
    remade: new Map(),
  };
  for (const chunk of script.chunks) {
    for (const [offset, length] of statementSpans(chunk.sql)) {
      const start = skipTrivia(chunk.sql, offset);
      const text = chunk.sql.slice(start, offset + length);
      const tokens = tokenize(text.slice(0, 4000));
      const at = () => positionIn(chunk.sql, start, chunk);
      const name = (i: number) => {
        const t = tokens[i];
        const next = tokens[i + 1];
        // schema.table: the table is after the dot.
        if (next?.kind === "op" && next.text === ".") return foldCase(tokens[i + 2]?.value ?? "");
        return t ? foldCase(t.value) : "";
      };
      if (isWords(tokens, 0, "drop", "table")) {
        const i = isWords(tokens, 2, "if", "exists") ? 4 : 2;
        intent.dropped.set(name(i), at());
        continue;
      }
      for (let i = 0; i < tokens.length; i++) {
        // DELETE FROM t, UPDATE [OR …] t, REPLACE INTO t / INSERT OR REPLACE INTO t, also inside a trigger body.
        if (isWords(tokens, i, "delete", "from")) intent.onPurpose.add(name(i + 2));
        else if (isWord(tokens[i], "update") && i === 0) {
          intent.onPurpose.add(name(isWord(tokens[1], "or") ? 3 : 1));
        } else if (isWords(tokens, i, "replace", "into")) intent.onPurpose.add(name(i + 2));
      }
      if (isWord(tokens[0], "insert") || isWord(tokens[0], "replace")) {
        const from = tokens.findIndex((t, i) => i > 0 && isWord(t, "from"));
        if (from > 0 && tokens.some((t) => isWord(t, "select"))) {
          intent.copiedFrom.set(name(from + 1), at());
          if (tokens.some((t, i) => i > from && isWord(t, "where"))) intent.filtered.add(name(from + 1));
        }
      }
    }
  }
  intent.onPurpose.delete("");
  return intent;
}
