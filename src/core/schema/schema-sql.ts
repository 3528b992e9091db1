import { closingParen, isOp, isWord, nameOf, objectNameAt, splitTopLevel } from "../sql/canonical.js";
import { quoteIdent } from "../sql/literal.js";
import { foldCase, type Token, tokenize } from "../sql/tokenize.js";
import { diffSchemas, type TableChange } from "./diff.js";
import { objectKey, type Schema, type SchemaObject, type TableObject } from "./model.js";
import { dependencyOrder } from "./schema-order.js";

/** A schema and the CREATE statement of each object as sqlite_schema keeps it, by `objectKey()`. */
export interface SchemaSource {
  schema: Schema;
  sql: ReadonlyMap<string, string>;
}

export interface SchemaSqlOptions {
  /**
   * `own`: a rebuild turns foreign keys off and opens its own transaction (the script runs as written);
   * `tool`: the tool wraps the file in its transaction, where those would fail or do nothing: statements only.
   */
  transaction: "own" | "tool";
}

export interface SchemaSql {
  statements: string[];
  /** Tables rebuilt (new table, copy, drop, rename) because ALTER TABLE cannot make the change. */
  rebuilt: string[];
}

const CONSTRAINT_WORDS = ["constraint", "primary", "unique", "check", "foreign"];
const ADDABLE_DEFAULT_WORDS = ["current_time", "current_date", "current_timestamp"];

/** Each column's definition as written, by folded name (the text ALTER TABLE ADD COLUMN takes). */
export function columnDefinitions(createSql: string): Map<string, string> {
  const tokens = tokenize(createSql);
  const open = tokens.findIndex((t) => isOp(t, "("));
  const out = new Map<string, string>();
  if (open < 0) return out;
  const inner = tokens.slice(open + 1, closingParen(tokens, open));
  for (const part of splitTopLevel(inner)) {
    const first = part[0] as Token;
    if (CONSTRAINT_WORDS.some((w) => isWord(first, w))) continue;
    out.set(nameOf(first), createSql.slice(first.start, (part[part.length - 1] as Token).end));
  }
  return out;
}

/** The CREATE statement with the object's name replaced (the new table of a rebuild). */
export function renamedCreate(createSql: string, name: string): string {
  const tokens = tokenize(createSql);
  const at = objectNameAt(tokens, 2);
  const first = isOp(tokens[at - 1], ".") ? (tokens[at - 2] as Token) : (tokens[at] as Token);
  return `${createSql.slice(0, first.start)}${quoteIdent(name)}${createSql.slice((tokens[at] as Token).end)}`;
}

/** The ADD COLUMN clauses that make the change, or undefined when only a rebuild can. */
function addedColumns(change: TableChange, createSql: string): string[] | undefined {
  const c = change;
  const lists = [c.uniques, c.checks, c.foreignKeys, c.conflicts];
  if (c.columns.removed.length || c.columns.changed.length || c.columnOrder || c.primaryKey) return undefined;
  if (c.options.length || lists.some((l) => l.added.length || l.removed.length)) return undefined;
  const after = c.after.columns;
  const added = after.slice(after.length - c.columns.added.length);
  if (added.length === 0 || !added.every((col, i) => col === c.columns.added[i])) return undefined;
  const defs = columnDefinitions(createSql);
  const clauses: string[] = [];
  for (const col of added) {
    const def = defs.get(foldCase(col.name));
    if (!def || col.pk || col.generated?.stored) return undefined;
    if (col.notNull && col.default === null && !col.generated) return undefined;
    // ADD COLUMN takes no expression in parentheses and no CURRENT_* default.
    const tokens = tokenize(def);
    const d = tokens.findIndex((t) => isWord(t, "default"));
    if (d >= 0 && (isOp(tokens[d + 1], "(") || ADDABLE_DEFAULT_WORDS.some((w) => isWord(tokens[d + 1], w))))
      return undefined;
    clauses.push(`ALTER TABLE ${quoteIdent(c.after.name)} ADD COLUMN ${def};`);
  }
  return clauses;
}

/** The 12-step rebuild's middle: new table, common columns copied, old table dropped, new one renamed. */
function rebuildTable(before: TableObject, after: TableObject, createSql: string): string[] {
  const temp = `lockstep_new_${after.name}`;
  const had = new Set(before.columns.map((col) => foldCase(col.name)));
  const common = after.columns
    .filter((col) => had.has(foldCase(col.name)) && !col.generated && !col.hidden)
    .map((col) => quoteIdent(col.name))
    .join(", ");
  return [
    `${renamedCreate(createSql, temp)};`,
    ...(common
      ? [`INSERT INTO ${quoteIdent(temp)} (${common}) SELECT ${common} FROM ${quoteIdent(before.name)};`]
      : []),
    `DROP TABLE ${quoteIdent(before.name)};`,
    `ALTER TABLE ${quoteIdent(temp)} RENAME TO ${quoteIdent(after.name)};`,
  ];
}

const DROP_WORD: Record<SchemaObject["kind"], string> = {
  table: "TABLE",
  virtual: "TABLE",
  index: "INDEX",
  view: "VIEW",
  trigger: "TRIGGER",
};

function drop(obj: SchemaObject): string {
  return `DROP ${DROP_WORD[obj.kind]} ${quoteIdent(obj.name)};`;
}

/** A virtual table's shadow tables (`docs_data` of fts5 `docs`) come and go with it. */
export function isShadow(schema: Schema, obj: SchemaObject): boolean {
  if (obj.kind !== "table") return false;
  const name = foldCase(obj.name);
  for (const o of schema.objects.values())
    if (o.kind === "virtual" && name.startsWith(`${foldCase(o.name)}_`)) return true;
  return false;
}

/**
 * The SQL that turns `from`'s schema into `to`'s: drops (triggers, views, indexes, then tables children
 * first), creates (tables parents first), ADD COLUMN where it is enough, else the rebuild of
 * https://www.sqlite.org/lang_altertable.html#otheralter, then indexes, views and triggers in dependency order.
 */
export function schemaSql(from: SchemaSource, to: SchemaSource, options: SchemaSqlOptions): SchemaSql {
  const diff = diffSchemas(from.schema, to.schema);
  const sqlOf = (obj: SchemaObject) => `${(to.sql.get(objectKey(obj)) ?? "").trim()};`;
  const rebuilds: { before: TableObject; after: TableObject }[] = [];
  const alters: string[] = [];
  const drops: SchemaObject[] = diff.removed.filter((o) => !isShadow(from.schema, o));
  const creates: SchemaObject[] = diff.added.filter((o) => !isShadow(to.schema, o));
  for (const change of diff.changed) {
    if (change.kind === "table") {
      const added = addedColumns(change, to.sql.get(objectKey(change.after)) ?? "");
      if (added) alters.push(...added);
      else rebuilds.push({ before: change.before, after: change.after });
    } else {
      drops.push(change.before);
      creates.push(change.after);
    }
  }
  const rebuilt = new Set(rebuilds.map((r) => foldCase(r.after.name)));
  if (rebuilt.size > 0) {
    // A rename re-reads every view and trigger, which still name the dropped table: all go and come back.
    const dropped = new Set(drops.map(objectKey));
    const made = new Set(creates.map(objectKey));
    for (const obj of from.schema.objects.values())
      if ((obj.kind === "view" || obj.kind === "trigger") && !dropped.has(objectKey(obj))) drops.push(obj);
    for (const obj of to.schema.objects.values()) {
      const own = obj.kind === "index" && rebuilt.has(foldCase(obj.table));
      if ((own || obj.kind === "view" || obj.kind === "trigger") && !made.has(objectKey(obj)))
        creates.push(obj);
    }
  }
  const kinds = (list: SchemaObject[], ...k: SchemaObject["kind"][]) =>
    [...list]
      .filter((o) => k.includes(o.kind))
      .sort((a, b) => (foldCase(a.name) < foldCase(b.name) ? -1 : 1));
  // Indexes of a rebuilt or dropped table go with it.
  const goneTables = new Set([...kinds(drops, "table", "virtual").map((t) => foldCase(t.name)), ...rebuilt]);
  const statements = [
    ...kinds(drops, "trigger").map(drop),
    ...dependencyOrder(kinds(drops, "view")).reverse().map(drop),
    ...kinds(drops, "index")
      .filter((o) => o.kind === "index" && !goneTables.has(foldCase(o.table)))
      .map(drop),
    ...dependencyOrder(kinds(drops, "table", "virtual"))
      .reverse()
      .map(drop),
    ...dependencyOrder(kinds(creates, "table", "virtual")).map(sqlOf),
    ...alters,
    ...dependencyOrder(rebuilds.map((r) => r.after)).flatMap((after) => {
      const r = rebuilds.find((x) => x.after === after) as (typeof rebuilds)[number];
      return rebuildTable(r.before, after, to.sql.get(objectKey(after)) ?? "");
    }),
    ...kinds(creates, "index").map(sqlOf),
    ...dependencyOrder(kinds(creates, "view")).map(sqlOf),
    ...kinds(creates, "trigger").map(sqlOf),
  ];
  if (rebuilt.size > 0 && options.transaction === "own") {
    statements.unshift("PRAGMA foreign_keys = OFF;", "BEGIN;");
    statements.push("PRAGMA foreign_key_check;", "COMMIT;", "PRAGMA foreign_keys = ON;");
  }
  return { statements, rebuilt: [...rebuilds.map((r) => r.after.name)].sort() };
}
