import { LayeredMap } from "../schema/layered-map.js";
import type { Schema, SchemaObject, TableObject } from "../schema/model.js";
import { foldCase } from "../sql/tokenize.js";

// A replay with data fills the tables a step reaches before every up. Walking every object of the schema
// for each of them showed; a replay's snapshots look objects up by term instead (LayeredMap.withTerms).

/** The objects any of whose `terms` is in `wanted`, in the schema's order. */
export function objectsLedTo(
  schema: Schema,
  terms: (obj: SchemaObject) => readonly string[],
  wanted: ReadonlySet<string>,
): SchemaObject[] {
  if (schema.objects instanceof LayeredMap) return schema.objects.withTerms(terms, wanted);
  const out: SchemaObject[] = [];
  for (const obj of schema.objects.values()) if (terms(obj).some((t) => wanted.has(t))) out.push(obj);
  return out;
}

/** A unique index's term: its table as the index names it. */
export function uniqueIndexTable(obj: SchemaObject): readonly string[] {
  return obj.kind === "index" && obj.unique ? [obj.table] : [];
}

function virtualTerm(obj: SchemaObject): readonly string[] {
  return obj.kind === "virtual" ? ["virtual"] : [];
}

/** A virtual table's shadow tables (fts5's x_data, x_idx, …) are its module's, never written directly. */
export function shadowTest(schema: Schema): (table: TableObject) => boolean {
  const prefixes = objectsLedTo(schema, virtualTerm, new Set(["virtual"])).map((o) => `${foldCase(o.name)}_`);
  if (prefixes.length === 0) return () => false;
  return (table) => {
    const name = foldCase(table.name);
    return prefixes.some((prefix) => name.startsWith(prefix));
  };
}

/** The tables a table's foreign keys name, as written: what fillOrder visits before it. */
const targets = new WeakMap<TableObject, readonly string[]>();
function foreignKeyTargets(obj: SchemaObject): readonly string[] {
  if (obj.kind !== "table") return [];
  let out = targets.get(obj);
  if (!out) {
    out = obj.foreignKeys.map((fk) => fk.table);
    targets.set(obj, out);
  }
  return out;
}

/**
 * The tables whose place in fillOrder can decide where a `wanted` one goes: the wanted ones and every table
 * that leads to one through its foreign keys, transitively. fillOrder visits tables by name, each after the
 * tables its foreign keys name; a table that leads to no wanted one visits none (`wanted` holds its own
 * parents), so leaving it out changes nothing in the order of the others.
 */
export function fillCandidates(
  schema: Schema,
  wanted: ReadonlySet<string>,
  shadow: (table: TableObject) => boolean,
): TableObject[] {
  const found = new Map<string, TableObject>();
  let frontier = new Set<string>();
  for (const name of wanted) {
    const table = schema.objects.get(`table:${name}`);
    if (table?.kind !== "table" || shadow(table)) continue;
    found.set(name, table);
    frontier.add(name);
  }
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const obj of objectsLedTo(schema, foreignKeyTargets, frontier)) {
      const name = foldCase(obj.name);
      if (obj.kind !== "table" || found.has(name) || shadow(obj)) continue;
      found.set(name, obj);
      next.add(name);
    }
    frontier = next;
  }
  return [...found.values()];
}
