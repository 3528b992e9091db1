import type { SchemaDiff } from "../schema/diff.js";
import type { SchemaObject, TableObject } from "../schema/model.js";
import { foldCase } from "../sql/tokenize.js";

/** Mermaid identifiers are words: anything else in a name from the repository becomes `_`. */
function word(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** A relationship label is a quoted string: quotes and newlines from the repository cannot close it. */
function label(text: string): string {
  return text.replace(/["\n\r`]/g, "'");
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
  for (const key of [...shown].sort()) {
    const t = tables.get(key);
    if (!t) continue;
    const fkColumns = new Set(t.foreignKeys.flatMap((fk) => fk.columns.map(foldCase)));
    lines.push(`  ${word(t.name)} {`);
    for (const c of t.columns) {
      const keys = [c.pk > 0 ? "PK" : "", fkColumns.has(foldCase(c.name)) ? "FK" : ""]
        .filter(Boolean)
        .join(",");
      const type = word(c.type.split(/[ (]/)[0] || "ANY");
      lines.push(`    ${type} ${word(c.name)}${keys ? ` ${keys}` : ""}`);
    }
    lines.push("  }");
  }
  for (const key of [...shown].sort()) {
    const t = tables.get(key);
    if (!t) continue;
    for (const fk of t.foreignKeys) {
      const parent = tables.get(foldCase(fk.table));
      if (!parent || !shown.has(foldCase(fk.table))) continue;
      const optional = fk.columns.some(
        (col) => !t.columns.find((c) => foldCase(c.name) === foldCase(col))?.notNull,
      );
      const parentSide = optional ? "|o" : "||";
      lines.push(
        `  ${word(t.name)} }o--${parentSide} ${word(parent.name)} : "${label(fk.columns.join(", "))}"`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
