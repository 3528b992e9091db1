import { foldCase, tokenize } from "../sql/tokenize.js";
import type { SchemaObject } from "./model.js";

/** The folded names an object needs to exist first: a table's foreign-key parents, a view's tables and views. */
function needs(obj: SchemaObject): Set<string> {
  if (obj.kind === "table") return new Set(obj.foreignKeys.map((fk) => foldCase(fk.table)));
  if (obj.kind === "view")
    return new Set(
      tokenize(obj.select)
        .filter((t) => t.kind === "word" || t.kind === "quoted")
        .map((t) => foldCase(t.value)),
    );
  return new Set();
}

/**
 * The objects in an order where each comes after what it needs among them (parents before children, views
 * after the views they read), ties and cycles by name, so the same schemas always give the same script.
 */
export function dependencyOrder<T extends SchemaObject>(objects: readonly T[]): T[] {
  const byName = [...objects].sort((a, b) => (foldCase(a.name) < foldCase(b.name) ? -1 : 1));
  const pending = new Map(byName.map((o) => [foldCase(o.name), o]));
  const waits = new Map(byName.map((o) => [o, [...needs(o)].filter((n) => n !== foldCase(o.name))]));
  const out: T[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()].find((o) => (waits.get(o) ?? []).every((n) => !pending.has(n)));
    // A cycle (two tables referencing each other): the first by name goes, as SQLite allows forward references.
    const next = ready ?? (pending.values().next().value as T);
    out.push(next);
    pending.delete(foldCase(next.name));
  }
  return out;
}
