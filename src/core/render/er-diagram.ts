import { bound } from "../excerpt.js";
import type { SchemaDiff } from "../schema/diff.js";
import type { SchemaObject, TableObject } from "../schema/model.js";
import { foldCase } from "../sql/tokenize.js";
import { escapeControl } from "./terminal-text.js";

/*
 * Mermaid's erDiagram grammar (its lexer is case-insensitive, keywords win over words):
 * - an unquoted entity name that is a keyword (`to`, `one`, `many`, `class`, `style`, `end`, `subgraph`, …)
 *   breaks the diagram, so every entity name is quoted; a quoted name may hold anything but `"`, `%`, CR,
 *   LF, VT, backspace and `\`;
 * - `%%` starts a comment and `%%{…}%%` a directive (`init` can restyle or reconfigure the diagram) anywhere in
 *   the text, so no `%` from the repository reaches it; `#name;` is read as an entity code, so no `#` or `;`;
 * - a line holding `direction TB` (or BT, RL, LR) anywhere sets the layout, so that word pair is broken;
 * - an attribute is `type name [PK|FK|UK…]` of words (`[A-Za-z_*][A-Za-z0-9_.,()[\]*-]*`), and a name
 *   that is itself `PK`, `FK` or `UK` reads as a key.
 */

/** A label from the repository inside double quotes: only characters the grammar allows, bounded. */
function label(text: string): string {
  const cleaned = escapeControl(bound(text, 60))
    .replace(/["%#;\\`<>&]/g, "_")
    .replace(/(direction)\s+(?=tb|bt|rl|lr)/gi, "$1_");
  return cleaned.trim() === "" ? "_" : cleaned;
}

/** An attribute's type or name as one Mermaid word. */
function word(text: string): string {
  const cleaned = bound(text, 60).replace(/[^A-Za-z0-9_]/g, "_");
  const start = /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
  return /^(pk|fk|uk)$/i.test(start) ? `${start}_` : start;
}

/**
 * The changed tables in the order they are drawn: the most connected first, then each time one joined to
 * those already taken, so that the few a diagram holds show how they relate rather than four islands.
 */
function connectedFirst(changed: string[], tables: Map<string, TableObject>): string[] {
  const links = new Map<string, Set<string>>(changed.map((k) => [k, new Set<string>()]));
  for (const k of changed)
    for (const fk of (tables.get(k) as TableObject).foreignKeys) {
      const parent = foldCase(fk.table);
      if (parent !== k && links.has(parent)) {
        links.get(k)?.add(parent);
        links.get(parent)?.add(k);
      }
    }
  const order: string[] = [];
  const left = new Set(changed);
  // Only the drawn few need choosing; the rest keep their name order for the list.
  while (left.size > 0 && order.length < DIAGRAM_TABLES) {
    const rest = [...left];
    const next =
      rest.find((k) => order.some((o) => links.get(o)?.has(k))) ??
      rest.reduce((best, k) => ((links.get(k)?.size ?? 0) > (links.get(best)?.size ?? 0) ? k : best));
    order.push(next);
    left.delete(next);
  }
  return [...order, ...left];
}

/** A column reference (folded in the model) as the table declares it: `userId`, not `userid`. */
function declared(t: TableObject, column: string): string {
  return t.columns.find((c) => foldCase(c.name) === foldCase(column))?.name ?? column;
}

/** Each table's quoted entity name, unique even when two names clean up to the same label. */
function entityNames(tables: TableObject[], isNew: (t: TableObject) => boolean): Map<TableObject, string> {
  const names = new Map<TableObject, string>();
  const taken = new Set<string>();
  for (const t of tables) {
    const base = `${label(t.name)}${isNew(t) ? " (new)" : ""}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    names.set(t, `"${name}"`);
  }
  return names;
}

/** How many tables a diagram draws: past it, boxes shrink to unreadable text in a comment's column. */
export const DIAGRAM_TABLES = 4;

export interface ErDiagram {
  /** The Mermaid source; "" when no table changed. */
  text: string;
  /** Changed tables left out past the cap, for a list instead. */
  omitted: string[];
}

/**
 * A Mermaid `erDiagram` of the tables a diff adds or changes, as they are after the change, with their direct
 * foreign-key neighbours reduced to their key columns. An added table is named "(new)"; in a changed one the
 * columns added or changed say so (attribute comments); at most DIAGRAM_TABLES tables, changed ones first.
 */
export function renderErDiagram(diff: SchemaDiff, after: readonly SchemaObject[]): ErDiagram {
  const tables = new Map<string, TableObject>();
  for (const obj of after) if (obj.kind === "table") tables.set(foldCase(obj.name), obj);
  const marks = new Map<string, { table: "added" | "changed"; columns: Map<string, string> }>();
  for (const obj of diff.added)
    if (obj.kind === "table") marks.set(foldCase(obj.name), { table: "added", columns: new Map() });
  for (const c of diff.changed) {
    if (c.kind !== "table") continue;
    const columns = new Map<string, string>();
    for (const col of c.columns.added) columns.set(foldCase(col.name), "added");
    for (const col of c.columns.changed) columns.set(foldCase(col.name), "changed");
    marks.set(foldCase(c.name), { table: "changed", columns });
  }
  const changed = connectedFirst([...marks.keys()].filter((k) => tables.has(k)).sort(), tables);
  if (changed.length === 0) return { text: "", omitted: [] };
  const drawn = changed.slice(0, DIAGRAM_TABLES);
  const omitted = changed.slice(DIAGRAM_TABLES).map((k) => (tables.get(k) as TableObject).name);
  const inDrawn = new Set(drawn);
  const neighbours = new Set<string>();
  for (const t of tables.values()) {
    const key = foldCase(t.name);
    for (const fk of t.foreignKeys) {
      const parent = foldCase(fk.table);
      if (inDrawn.has(key) && tables.has(parent) && !inDrawn.has(parent)) neighbours.add(parent);
      if (inDrawn.has(parent) && !inDrawn.has(key)) neighbours.add(key);
    }
  }
  const room = Math.max(0, DIAGRAM_TABLES - drawn.length);
  const shownNeighbours = [...neighbours].sort().slice(0, room);
  const listed = [...drawn, ...shownNeighbours].map((k) => tables.get(k) as TableObject);
  const shown = new Set([...drawn, ...shownNeighbours]);
  const entity = entityNames(listed, (t) => marks.get(foldCase(t.name))?.table === "added");
  const lines = ["erDiagram"];
  for (const t of listed) {
    const key = foldCase(t.name);
    const mark = marks.get(key);
    const fkColumns = new Set(t.foreignKeys.flatMap((fk) => fk.columns.map(foldCase)));
    // A neighbour shows only how it is joined: its key columns and those pointing at a drawn table.
    const linking = new Set(
      t.foreignKeys.filter((fk) => inDrawn.has(foldCase(fk.table))).flatMap((fk) => fk.columns.map(foldCase)),
    );
    const columns = mark ? t.columns : t.columns.filter((c) => c.pk > 0 || linking.has(foldCase(c.name)));
    lines.push(`  ${entity.get(t)} {`);
    for (const c of columns) {
      const keys = [c.pk > 0 ? "PK" : "", fkColumns.has(foldCase(c.name)) ? "FK" : ""]
        .filter(Boolean)
        .join(",");
      const type = word(c.type.split(/[ (]/)[0] || "ANY");
      // An added table says so in its name; a changed one marks the columns that changed.
      const note = mark?.table === "added" ? undefined : mark?.columns.get(foldCase(c.name));
      lines.push(`    ${type} ${word(c.name)}${keys ? ` ${keys}` : ""}${note ? ` "${note}"` : ""}`);
    }
    lines.push("  }");
  }
  for (const t of listed) {
    for (const fk of t.foreignKeys) {
      const parent = tables.get(foldCase(fk.table));
      if (!parent || !shown.has(foldCase(fk.table))) continue;
      if (!inDrawn.has(foldCase(t.name)) && !inDrawn.has(foldCase(fk.table))) continue;
      const optional = fk.columns.some(
        (col) => !t.columns.find((c) => foldCase(c.name) === foldCase(col))?.notNull,
      );
      const parentSide = optional ? "|o" : "||";
      lines.push(
        `  ${entity.get(t)} }o--${parentSide} ${entity.get(parent)} : "${label(fk.columns.map((col) => declared(t, col)).join(", "))}"`,
      );
    }
  }
  return { text: `${lines.join("\n")}\n`, omitted };
}
