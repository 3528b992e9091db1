import type { MigrationScript } from "../migration.js";
import type { Schema } from "../schema/index.js";
import { foldCase, tokenize } from "../sql/tokenize.js";

/**
 * The tables whose rows the scripts can read or change, as far as their text shows, folded; "all" when it
 * cannot be bounded. A replay with data fills, snapshots and compares only these: a table no statement names,
 * that no foreign key or trigger leads to from one that is named, keeps its rows whatever the step does.
 *
 * A name counts wherever it appears as a word, a quoted identifier or a string (over-reaching is only cost).
 * From each named table the reach goes on to the tables whose foreign keys reference it (an ON DELETE or
 * ON UPDATE action changes them) and to every name in the triggers on it (a trigger's body runs with it).
 */
export function tablesReached(
  schema: Schema,
  scripts: readonly (MigrationScript | undefined)[],
): Set<string> | "all" {
  const named = new Set<string>();
  for (const script of scripts) {
    if (!script) continue;
    for (const chunk of script.chunks) {
      for (const token of tokenize(chunk.sql)) {
        if (token.kind === "word" || token.kind === "quoted") named.add(foldCase(token.value));
        else if (token.kind === "string") named.add(foldCase(token.text.slice(1, -1).replaceAll("''", "'")));
      }
    }
  }
  // Editing the schema table directly can redefine any table.
  if (named.has("sqlite_master") || named.has("sqlite_schema") || named.has("writable_schema")) return "all";
  const children = new Map<string, string[]>();
  const triggers = new Map<string, string[]>();
  for (const obj of schema.objects.values()) {
    if (obj.kind === "table") {
      for (const fk of obj.foreignKeys) push(children, foldCase(fk.table), foldCase(obj.name));
    } else if (obj.kind === "trigger") {
      const names = tokenize(obj.body).flatMap((t) =>
        t.kind === "word" || t.kind === "quoted" ? [foldCase(t.value)] : [],
      );
      triggers.set(foldCase(obj.table), [...(triggers.get(foldCase(obj.table)) ?? []), ...names]);
    }
  }
  const reached = new Set<string>();
  const queue = [...named];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (reached.has(name)) continue;
    reached.add(name);
    queue.push(...(children.get(name) ?? []), ...(triggers.get(name) ?? []));
  }
  return reached;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
