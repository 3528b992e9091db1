import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runDiff
} from "./chunk-2CJTS5TT.js";
import {
  SchemaReader,
  diffSchemas,
  objectKey,
  quoteIdent
} from "./chunk-ODQ3WMNU.js";
import {
  chooseEngine,
  loadEngine,
  queryRows
} from "./chunk-FTWE2UU2.js";
import {
  closingParen,
  foldCase,
  isOp,
  isWord,
  nameOf,
  objectNameAt,
  splitTopLevel,
  tokenize
} from "./chunk-JCJLY7EN.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/engine/replay/diff-sql.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/core/schema/schema-order.ts
function needs(obj) {
  if (obj.kind === "table") return new Set(obj.foreignKeys.map((fk) => foldCase(fk.table)));
  if (obj.kind === "view")
    return new Set(
      tokenize(obj.select).filter((t) => t.kind === "word" || t.kind === "quoted").map((t) => foldCase(t.value))
    );
  return /* @__PURE__ */ new Set();
}
function dependencyOrder(objects) {
  const byName = [...objects].sort((a, b) => foldCase(a.name) < foldCase(b.name) ? -1 : 1);
  const pending = new Map(byName.map((o) => [foldCase(o.name), o]));
  const waits = new Map(byName.map((o) => [o, [...needs(o)].filter((n) => n !== foldCase(o.name))]));
  const out = [];
  while (pending.size > 0) {
    const ready = [...pending.values()].find((o) => (waits.get(o) ?? []).every((n) => !pending.has(n)));
    const next = ready ?? pending.values().next().value;
    out.push(next);
    pending.delete(foldCase(next.name));
  }
  return out;
}

// src/core/schema/schema-sql.ts
var CONSTRAINT_WORDS = ["constraint", "primary", "unique", "check", "foreign"];
var ADDABLE_DEFAULT_WORDS = ["current_time", "current_date", "current_timestamp"];
function columnDefinitions(createSql) {
  const tokens = tokenize(createSql);
  const open = tokens.findIndex((t) => isOp(t, "("));
  const out = /* @__PURE__ */ new Map();
  if (open < 0) return out;
  const inner = tokens.slice(open + 1, closingParen(tokens, open));
  for (const part of splitTopLevel(inner)) {
    const first = part[0];
    if (CONSTRAINT_WORDS.some((w) => isWord(first, w))) continue;
    out.set(nameOf(first), createSql.slice(first.start, part[part.length - 1].end));
  }
  return out;
}
function renamedCreate(createSql, name) {
  const tokens = tokenize(createSql);
  const at = objectNameAt(tokens, 2);
  const first = isOp(tokens[at - 1], ".") ? tokens[at - 2] : tokens[at];
  return `${createSql.slice(0, first.start)}${quoteIdent(name)}${createSql.slice(tokens[at].end)}`;
}
function addedColumns(change, createSql) {
  const c = change;
  const lists = [c.uniques, c.checks, c.foreignKeys, c.conflicts];
  if (c.columns.removed.length || c.columns.changed.length || c.columnOrder || c.primaryKey) return void 0;
  if (c.options.length || lists.some((l) => l.added.length || l.removed.length)) return void 0;
  const after = c.after.columns;
  const added = after.slice(after.length - c.columns.added.length);
  if (added.length === 0 || !added.every((col, i) => col === c.columns.added[i])) return void 0;
  const defs = columnDefinitions(createSql);
  const clauses = [];
  for (const col of added) {
    const def = defs.get(foldCase(col.name));
    if (!def || col.pk || col.generated?.stored) return void 0;
    if (col.notNull && col.default === null && !col.generated) return void 0;
    const tokens = tokenize(def);
    const d = tokens.findIndex((t) => isWord(t, "default"));
    if (d >= 0 && (isOp(tokens[d + 1], "(") || ADDABLE_DEFAULT_WORDS.some((w) => isWord(tokens[d + 1], w))))
      return void 0;
    clauses.push(`ALTER TABLE ${quoteIdent(c.after.name)} ADD COLUMN ${def};`);
  }
  return clauses;
}
function rebuildTable(before, after, createSql) {
  const temp = `lockstep_new_${after.name}`;
  const had = new Set(before.columns.map((col) => foldCase(col.name)));
  const common = after.columns.filter((col) => had.has(foldCase(col.name)) && !col.generated && !col.hidden).map((col) => quoteIdent(col.name)).join(", ");
  return [
    `${renamedCreate(createSql, temp)};`,
    ...common ? [`INSERT INTO ${quoteIdent(temp)} (${common}) SELECT ${common} FROM ${quoteIdent(before.name)};`] : [],
    `DROP TABLE ${quoteIdent(before.name)};`,
    `ALTER TABLE ${quoteIdent(temp)} RENAME TO ${quoteIdent(after.name)};`
  ];
}
var DROP_WORD = {
  table: "TABLE",
  virtual: "TABLE",
  index: "INDEX",
  view: "VIEW",
  trigger: "TRIGGER"
};
function drop(obj) {
  return `DROP ${DROP_WORD[obj.kind]} ${quoteIdent(obj.name)};`;
}
function isShadow(schema, obj) {
  if (obj.kind !== "table") return false;
  const name = foldCase(obj.name);
  for (const o of schema.objects.values())
    if (o.kind === "virtual" && name.startsWith(`${foldCase(o.name)}_`)) return true;
  return false;
}
function schemaSql(from, to, options) {
  const diff = diffSchemas(from.schema, to.schema);
  const sqlOf = (obj) => `${(to.sql.get(objectKey(obj)) ?? "").trim()};`;
  const rebuilds = [];
  const alters = [];
  const drops = diff.removed.filter((o) => !isShadow(from.schema, o));
  const creates = diff.added.filter((o) => !isShadow(to.schema, o));
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
  const kinds = (list, ...k) => [...list].filter((o) => k.includes(o.kind)).sort((a, b) => foldCase(a.name) < foldCase(b.name) ? -1 : 1);
  const goneTables = /* @__PURE__ */ new Set([...kinds(drops, "table", "virtual").map((t) => foldCase(t.name)), ...rebuilt]);
  const statements = [
    ...kinds(drops, "trigger").map(drop),
    ...dependencyOrder(kinds(drops, "view")).reverse().map(drop),
    ...kinds(drops, "index").filter((o) => o.kind === "index" && !goneTables.has(foldCase(o.table))).map(drop),
    ...dependencyOrder(kinds(drops, "table", "virtual")).reverse().map(drop),
    ...dependencyOrder(kinds(creates, "table", "virtual")).map(sqlOf),
    ...alters,
    ...dependencyOrder(rebuilds.map((r) => r.after)).flatMap((after) => {
      const r = rebuilds.find((x) => x.after === after);
      return rebuildTable(r.before, after, to.sql.get(objectKey(after)) ?? "");
    }),
    ...kinds(creates, "index").map(sqlOf),
    ...dependencyOrder(kinds(creates, "view")).map(sqlOf),
    ...kinds(creates, "trigger").map(sqlOf)
  ];
  if (rebuilt.size > 0 && options.transaction === "own") {
    statements.unshift("PRAGMA foreign_keys = OFF;", "BEGIN;");
    statements.push("PRAGMA foreign_key_check;", "COMMIT;", "PRAGMA foreign_keys = ON;");
  }
  return { statements, rebuilt: [...rebuilds.map((r) => r.after.name)].sort() };
}

// src/engine/replay/diff-sql.ts
async function sourceOf(path, engine) {
  const db = (await loadEngine(engine)).openBytes(await readFile(path));
  try {
    const schema = new SchemaReader(db).read();
    const sql = /* @__PURE__ */ new Map();
    for (const [type, name, text] of queryRows(
      db,
      "SELECT type, name, sql FROM main.sqlite_schema WHERE sql IS NOT NULL"
    )) {
      const kind = type === "table" && /^\s*create\s+virtual\b/i.test(String(text)) ? "virtual" : type;
      sql.set(objectKey({ kind, name: String(name) }), String(text));
    }
    return { schema, sql };
  } finally {
    db.close();
  }
}
async function bothDatabaseFiles(req, what) {
  const diff = await runDiff(req);
  for (const side of [diff.from, diff.to])
    if (side.kind !== "database")
      throw new LockstepError(
        "usage",
        `${what} needs two SQLite database files, and ${side.source} is a migrations directory; not yet supported: replay it into a file first, or use --format text or json`
      );
  return diff;
}
async function runDiffSql(req) {
  const engine = await chooseEngine(req.engine);
  await bothDatabaseFiles({ ...req, engine }, "--format sql");
  const from = await sourceOf(resolve(req.cwd, req.from), engine);
  const to = await sourceOf(resolve(req.cwd, req.to), engine);
  return schemaSql(from, to, { transaction: req.transaction ?? "own" });
}

export {
  dependencyOrder,
  isShadow,
  schemaSql,
  sourceOf,
  bothDatabaseFiles,
  runDiffSql
};
