import type { MigrationScript } from "../migration.js";
import { isOp, isWord, isWords, objectNameAt } from "../sql/canonical.js";
import { foldCase, type Token } from "../sql/tokenize.js";
import { nameAt, scriptStatements } from "./statements.js";

/** What one statement of an up does to tables, as far as the destructive and rebuild rules need. */
export type Step =
  | { kind: "create-table"; table: string; line: number }
  | { kind: "drop-table"; table: string; line: number }
  | { kind: "drop-object"; name: string; line: number }
  | { kind: "rename-table"; table: string; to: string; line: number }
  | { kind: "rename-column"; table: string; column: string; to: string; line: number }
  | { kind: "drop-column"; table: string; column: string; line: number }
  | { kind: "copy"; table: string; from?: string; star: boolean; line: number };

/** A table the up rebuilds: its new definition made under another name, the rows copied, the old one dropped. */
export interface Rebuild {
  /** The table as written in the up. */
  table: string;
  /** The other name: the new table's (`new_x`), or the old one's when the old table was renamed first. */
  other: string;
  renamedFirst: boolean;
  /** The statements of the rebuild: the new table's CREATE, the copy (if any), the DROP, the RENAME. */
  create: number;
  drop: number;
  rename: number;
  copy?: Extract<Step, { kind: "copy" }>;
  /** The DROP and RENAME that belong to the rebuild, and so are no destructive change of their own. */
  parts: Step[];
}

const same = (a: string, b: string) => foldCase(a) === foldCase(b);

function stepOf(tokens: Token[], line: number): Step | undefined {
  if (isWord(tokens[0], "create")) {
    let i = 1;
    if (isWord(tokens[i], "temp") || isWord(tokens[i], "temporary")) return undefined;
    if (!isWord(tokens[i], "table")) return undefined;
    i = objectNameAt(tokens, i + 1);
    const name = nameAt(tokens, i);
    return name && { kind: "create-table", table: name.name, line };
  }
  if (isWord(tokens[0], "drop")) {
    const kind = tokens[1];
    const i = isWords(tokens, 2, "if", "exists") ? 4 : 2;
    const name = nameAt(tokens, i);
    if (!name) return undefined;
    if (isWord(kind, "table")) return { kind: "drop-table", table: name.name, line };
    if (isWord(kind, "index") || isWord(kind, "trigger"))
      return { kind: "drop-object", name: name.name, line };
    return undefined;
  }
  if (isWords(tokens, 0, "alter", "table")) {
    const name = nameAt(tokens, 2);
    if (!name) return undefined;
    const i = name.next;
    if (isWords(tokens, i, "rename", "to")) {
      const to = nameAt(tokens, i + 2);
      return to && { kind: "rename-table", table: name.name, to: to.name, line };
    }
    if (isWord(tokens[i], "rename")) {
      const c = isWord(tokens[i + 1], "column") ? i + 2 : i + 1;
      const column = nameAt(tokens, c);
      const to = column && isWord(tokens[column.next], "to") ? nameAt(tokens, column.next + 1) : undefined;
      return (
        column && to && { kind: "rename-column", table: name.name, column: column.name, to: to.name, line }
      );
    }
    if (isWord(tokens[i], "drop")) {
      const column = nameAt(tokens, isWord(tokens[i + 1], "column") ? i + 2 : i + 1);
      return column && { kind: "drop-column", table: name.name, column: column.name, line };
    }
    return undefined;
  }
  if (isWord(tokens[0], "insert") || isWord(tokens[0], "replace")) {
    let i = 0;
    while (i < tokens.length && !isWord(tokens[i], "into")) i++;
    const target = nameAt(tokens, i + 1);
    if (!target) return undefined;
    let at = target.next;
    if (isWord(tokens[at], "as")) at += 2;
    const listed = isOp(tokens[at], "(");
    const select = tokens.findIndex((t, k) => k >= at && isWord(t, "select"));
    if (select === -1) return undefined;
    const star = !listed && isOp(tokens[select + 1], "*") && isWord(tokens[select + 2], "from");
    const from = tokens.findIndex((t, k) => k > select && isWord(t, "from"));
    const source = from === -1 ? undefined : nameAt(tokens, from + 1)?.name;
    return { kind: "copy", table: target.name, ...(source ? { from: source } : {}), star, line };
  }
  return undefined;
}

export function schemaSteps(script: MigrationScript): Step[] {
  const out: Step[] = [];
  for (const { tokens, line } of scriptStatements(script)) {
    const step = stepOf(tokens, line);
    if (step) out.push(step);
  }
  return out;
}

/**
 * The rebuilds in an up's steps, of tables `existed` says were there before it: the standard order (CREATE
 * new_x, copy, DROP x, RENAME new_x TO x) and the old table renamed first (RENAME x TO old_x, CREATE x,
 * copy, DROP old_x).
 */
export function findRebuilds(steps: readonly Step[], existed: (table: string) => boolean): Rebuild[] {
  const out: Rebuild[] = [];
  steps.forEach((step, i) => {
    if (step.kind !== "rename-table") return;
    const later = steps.slice(i + 1);
    const earlier = steps.slice(0, i);
    if (!existed(step.table)) {
      // The standard rebuild: the new table, made here, takes the name of one dropped just before.
      // The last CREATE before the rename: a file may rebuild the same table twice under one new name.
      let created = earlier.length - 1;
      while (created >= 0 && !isCreate(earlier[created], step.table)) created--;
      const drop = earlier.findIndex(
        (s, k) => k > created && s.kind === "drop-table" && same(s.table, step.to),
      );
      const dropped = earlier[drop];
      if (created === -1 || !dropped || !existed(step.to)) return;
      out.push({
        table: step.to,
        other: step.table,
        renamedFirst: false,
        create: earlier[created]?.line ?? step.line,
        drop: dropped.line,
        rename: step.line,
        copy: copyOf(earlier, step.table, step.to),
        parts: [dropped, step],
      });
      return;
    }
    const created = later.findIndex((s) => s.kind === "create-table" && same(s.table, step.table));
    const drop = later.findIndex((s, k) => k > created && s.kind === "drop-table" && same(s.table, step.to));
    const dropped = later[drop];
    if (created === -1 || !dropped) return;
    out.push({
      table: step.table,
      other: step.to,
      renamedFirst: true,
      create: later[created]?.line ?? step.line,
      drop: dropped.line,
      rename: step.line,
      copy: copyOf(later, step.table, step.to),
      parts: [step, dropped],
    });
  });
  return out;
}

function isCreate(step: Step | undefined, name: string): boolean {
  return step?.kind === "create-table" && same(step.table, name);
}

function copyOf(
  steps: readonly Step[],
  into: string,
  from: string,
): Extract<Step, { kind: "copy" }> | undefined {
  for (const s of steps)
    if (s.kind === "copy" && same(s.table, into) && s.from !== undefined && same(s.from, from)) return s;
  return undefined;
}
