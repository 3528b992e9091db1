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

/** Each table's quoted entity name, unique even when two names clean up to the same label. */
function entityNames(tables: TableObject[]): Map<TableObject, string> {
  const names = new Map<TableObject, string>();
  const taken = new Set<string>();
  for (const t of tables) {
    const base = label(t.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    names.set(t, `"${name}"`);
  }
  return names;
}

/**
 * A Mermaid `erDiagram` of the tables a diff adds or changes, with their foreign-key neighbours (the tables
 * they reference and those that reference them), as they are after the change. Empty when no table changed.
 */
export function renderErDiagram(diff: SchemaDiff, after: readonly SchemaObject[]): string {
  const tables = new Map<string, TableObject>();
  for (const obj of after) if (obj.kind === "table") tables.set(foldCase(obj.name), obj);
  const changed = new Set<string>();
  for (const obj of diff.added) if (obj.kind === "table") changed.add(foldCase(obj.name));
  for (const c of diff.changed) if (c.kind === "table") changed.add(foldCase(c.name));
  if (changed.size === 0) return "";
  const shown = new Set(changed);
  for (const t of tables.values()) {
    const key = foldCase(t.name);
    for (const fk of t.foreignKeys) {
      const parent = foldCase(fk.table);
      if (changed.has(key) && tables.has(parent)) shown.add(parent);
      if (changed.has(parent)) shown.add(key);
    }
  }
  const lines = ["erDiagram"];
  const listed = [...shown]
    .sort()
    .map((key) => tables.get(key))
    .filter((t) => t !== undefined);
  const entity = entityNames(listed);
  for (const t of listed) {
    const fkColumns = new Set(t.foreignKeys.flatMap((fk) => fk.columns.map(foldCase)));
    lines.push(`  ${entity.get(t)} {`);
    for (const c of t.columns) {
      const keys = [c.pk > 0 ? "PK" : "", fkColumns.has(foldCase(c.name)) ? "FK" : ""]
        .filter(Boolean)
        .join(",");
      const type = word(c.type.split(/[ (]/)[0] || "ANY");
      lines.push(`    ${type} ${word(c.name)}${keys ? ` ${keys}` : ""}`);
    }
    lines.push("  }");
  }
  for (const t of listed) {
    for (const fk of t.foreignKeys) {
      const parent = tables.get(foldCase(fk.table));
      if (!parent || !shown.has(foldCase(fk.table))) continue;
      const optional = fk.columns.some(
        (col) => !t.columns.find((c) => foldCase(c.name) === foldCase(col))?.notNull,
      );
      const parentSide = optional ? "|o" : "||";
      lines.push(
        `  ${entity.get(t)} }o--${parentSide} ${entity.get(parent)} : "${label(fk.columns.join(", "))}"`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
