import type { MigrationScript } from "../migration.js";
import type { Schema, SchemaObject, TableObject, TriggerObject } from "../schema/index.js";
import { LayeredMap } from "../schema/layered-map.js";
import { nameOf } from "../sql/canonical.js";
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
  for (const script of scripts) if (script) for (const name of namesInScript(script)) named.add(name);
  // Editing the schema table directly can redefine any table.
  if (named.has("sqlite_master") || named.has("sqlite_schema") || named.has("writable_schema")) return "all";
  // Breadth first from what the scripts name: only the objects that lead on from a name are looked at (a
  // replay asks before every up, and walking every object and tokenizing every trigger each time showed).
  const reached = new Set(named);
  let frontier: ReadonlySet<string> = named;
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const obj of ledFrom(schema, frontier)) {
      const names = obj.kind === "table" ? [foldCase(obj.name)] : namesInTrigger(obj as TriggerObject);
      for (const name of names) {
        if (reached.has(name)) continue;
        reached.add(name);
        next.add(name);
      }
    }
    frontier = next;
  }
  return reached;
}

/** The tables with a foreign key to one of `names`, and the triggers on one of them. */
function ledFrom(schema: Schema, names: ReadonlySet<string>): SchemaObject[] {
  // A snapshot of the replay looks them up by term instead of walking every object.
  if (schema.objects instanceof LayeredMap) return schema.objects.withTerms(leadsFrom, names);
  const out: SchemaObject[] = [];
  for (const obj of schema.objects.values()) if (leadsFrom(obj).some((t) => names.has(t))) out.push(obj);
  return out;
}

/** What leads to an object: the tables a table's foreign keys reference, a trigger's table (folded). */
function leadsFrom(obj: SchemaObject): readonly string[] {
  if (obj.kind === "table") return parentsOf(obj);
  return obj.kind === "trigger" ? [foldCase(obj.table)] : [];
}

// Objects and scripts are immutable and reused across a replay's snapshots: each is read once.
const parents = new WeakMap<TableObject, readonly string[]>();
const triggerNames = new WeakMap<TriggerObject, readonly string[]>();
const scriptNames = new WeakMap<MigrationScript, readonly string[]>();

function parentsOf(table: TableObject): readonly string[] {
  let out = parents.get(table);
  if (!out) {
    out = table.foreignKeys.map((fk) => foldCase(fk.table));
    parents.set(table, out);
  }
  return out;
}

/** Every name in the trigger's text: its body runs whenever its table is written. */
function namesInTrigger(trigger: TriggerObject): readonly string[] {
  let out = triggerNames.get(trigger);
  if (!out) {
    out = tokenize(trigger.body).flatMap((t) =>
      t.kind === "word" || t.kind === "quoted" ? [nameOf(t)] : [],
    );
    triggerNames.set(trigger, out);
  }
  return out;
}

/** Every word, quoted identifier and string of the script, as a name. */
function namesInScript(script: MigrationScript): readonly string[] {
  let out = scriptNames.get(script);
  if (!out) {
    const names = new Set<string>();
    for (const chunk of script.chunks)
      for (const token of tokenize(chunk.sql))
        if (token.kind === "word" || token.kind === "quoted" || token.kind === "string")
          names.add(nameOf(token));
    out = [...names];
    scriptNames.set(script, out);
  }
  return out;
}
