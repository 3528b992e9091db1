import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  bothDatabaseFiles,
  dependencyOrder,
  isShadow,
  schemaSql,
  sourceOf
} from "./chunk-RL767TJW.js";
import "./chunk-2CJTS5TT.js";
import "./chunk-MIWH5IJS.js";
import "./chunk-NUGY736W.js";
import "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import "./chunk-27KHMPRI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-ICBRVQAN.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-G2C637I4.js";
import {
  readTableRows
} from "./chunk-LR4K5SKU.js";
import {
  SchemaReader,
  escapeMarkdown,
  isEmptyDiff,
  objectKey,
  quoteIdent,
  renderDiffMarkdown,
  renderDiffText,
  summarizeDiff
} from "./chunk-ODQ3WMNU.js";
import "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import {
  chooseEngine,
  loadEngine,
  queryRows
} from "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-X42F5YEA.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-ILLIW43Z.js";
import "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import "./chunk-CUGJOLQ7.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/core/sql/row-diff.ts
var EXAMPLES = 3;
var EXAMPLE_MAX = 40;
function keyColumn(name, key) {
  return name === "rowid" && key.length === 1 ? "rowid" : quoteIdent(name);
}
function where(key, literals) {
  return key.map((k, i) => `${keyColumn(k, key)} IS ${literals[i]}`).join(" AND ");
}
function example(key, literals) {
  return key.map((k, i) => {
    const lit = literals[i];
    return `${k}=${lit.length > EXAMPLE_MAX ? `${lit.slice(0, EXAMPLE_MAX)}\u2026` : lit}`;
  }).join(", ");
}
function diffTableRows(from, to) {
  const t = quoteIdent(to.table);
  const key = to.key;
  const fromIndex = new Map(from.columns.map((c, i) => [c, i]));
  const out = { delete: [], update: [], insert: [] };
  const examples = { added: [], removed: [], changed: [] };
  const note = (list, literals) => {
    if (list.length < EXAMPLES) list.push(example(key, literals));
  };
  const sorted = (m) => [...m.entries()];
  for (const [k, row] of sorted(from.rows)) {
    if (to.rows.has(k)) continue;
    out.delete.push(`DELETE FROM ${t} WHERE ${where(key, row.key)};`);
    note(examples.removed, row.key);
  }
  const insertColumns = [...key[0] === "rowid" && key.length === 1 ? ["rowid"] : [], ...to.columns];
  const columnList = insertColumns.map((c) => c === "rowid" ? "rowid" : quoteIdent(c)).join(", ");
  for (const [k, row] of sorted(to.rows)) {
    const before = from.rows.get(k);
    if (!before) {
      const values = insertColumns.length > to.columns.length ? [...row.key, ...row.values] : row.values;
      out.insert.push(`INSERT INTO ${t} (${columnList}) VALUES (${values.join(", ")});`);
      note(examples.added, row.key);
      continue;
    }
    const sets = to.columns.flatMap((c, i) => {
      const j = fromIndex.get(c);
      const value = row.values[i];
      return j !== void 0 && before.values[j] === value ? [] : [`${quoteIdent(c)} = ${value}`];
    });
    if (sets.length === 0) continue;
    out.update.push(`UPDATE ${t} SET ${sets.join(", ")} WHERE ${where(key, row.key)};`);
    note(examples.changed, row.key);
  }
  const diff = {
    table: to.table,
    key,
    added: out.insert.length,
    removed: out.delete.length,
    changed: out.update.length,
    examples
  };
  return { diff, ...out };
}
function isEmptyRowDiff(diff) {
  return diff.tables.every((t) => t.added + t.removed + t.changed === 0);
}
function summarizeRowDiff(diff) {
  return diff.tables.filter((t) => t.added + t.removed + t.changed > 0).map((t) => {
    const parts = [
      [t.added, "added", t.examples.added],
      [t.removed, "removed", t.examples.removed],
      [t.changed, "changed", t.examples.changed]
    ];
    const counts = parts.map(([n, word]) => `${n} ${word}`).join(", ");
    const eg = parts.filter(([n]) => n > 0).map(([n, word, list]) => `${word}: ${list.join("; ")}${n > list.length ? "; \u2026" : ""}`).join(" | ");
    return `${t.table}: ${counts} (${eg})`;
  });
}

// src/engine/replay/diff-data.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
function countRows(db, table) {
  return Number(queryRows(db, `SELECT count(*) FROM main.${quoteIdent(table.name)}`)[0]?.[0]);
}
var column = (name, pk) => ({
  name,
  type: "",
  notNull: false,
  default: null,
  pk,
  collation: null,
  generated: null,
  hidden: false
});
var SEQUENCE = {
  kind: "table",
  name: "sqlite_sequence",
  columns: [column("name", 1), column("seq", 0)],
  withoutRowid: false,
  strict: false,
  autoincrement: false,
  primaryKey: [],
  uniques: [],
  checks: [],
  foreignKeys: [],
  conflicts: []
};
function sequenceStatements(copy, want, data, rows) {
  const has = (db) => queryRows(db, "SELECT 1 FROM main.sqlite_schema WHERE name = 'sqlite_sequence'").length > 0;
  if (!has(want) || !has(copy)) return [];
  if (data.length > 0) copy.exec(data.join("\n"));
  const one = diffTableRows(readTableRows(copy, SEQUENCE), readTableRows(want, SEQUENCE));
  rows.tables.push(one.diff);
  return [...one.delete, ...one.update, ...one.insert];
}
async function runDiffData(req) {
  const choice = await chooseEngine(req.engine);
  const diff = await bothDatabaseFiles({ ...req, engine: choice }, "--data");
  const engine = await loadEngine(choice);
  const fromPath = resolve(req.cwd, req.from);
  const toPath = resolve(req.cwd, req.to);
  const toSource = await sourceOf(toPath, choice);
  const schema = schemaSql(await sourceOf(fromPath, choice), toSource, { transaction: "own" });
  const copy = engine.openBytes(await readFile(fromPath));
  const want = engine.openBytes(await readFile(toPath));
  try {
    if (schema.statements.length > 0) copy.exec(schema.statements.join("\n"));
    const target = new SchemaReader(want).read();
    const tables = dependencyOrder(
      [...target.objects.values()].filter(
        (o) => o.kind === "table" && !isShadow(target, o)
      )
    );
    const rows = { tables: [], delete: [], update: [], insert: [] };
    const deletes = [];
    for (const table of tables) {
      let pair = [readTableRows(copy, table), readTableRows(want, table)];
      if (!table.withoutRowid && [copy, want].some((db, i) => countRows(db, table) !== pair[i]?.rows.size)) {
        const byRowid = { ...table, columns: table.columns.map((c) => ({ ...c, pk: 0 })) };
        pair = [readTableRows(copy, byRowid), readTableRows(want, byRowid)];
      }
      const one = diffTableRows(pair[0], pair[1]);
      rows.tables.push(one.diff);
      deletes.push(one.delete);
      rows.update.push(...one.update);
      rows.insert.push(...one.insert);
    }
    rows.delete = deletes.reverse().flat();
    const rowStatements = [...rows.delete, ...rows.update, ...rows.insert];
    const triggers = [...target.objects.values()].filter((o) => o.kind === "trigger");
    const off = rowStatements.length > 0 ? triggers.map((t) => `DROP TRIGGER ${quoteIdent(t.name)};`) : [];
    const on = rowStatements.length > 0 ? triggers.map((t) => `${toSource.sql.get(objectKey(t))?.trim()};`) : [];
    const data = [...off, ...rowStatements];
    data.push(...sequenceStatements(copy, want, data, rows), ...on);
    const wrapped = data.length > 0 ? ["BEGIN;", "PRAGMA defer_foreign_keys = ON;", ...data, "COMMIT;"] : [];
    rows.tables.sort((a, b) => a.table < b.table ? -1 : a.table > b.table ? 1 : 0);
    return { diff, schema, rows, statements: [...schema.statements, ...wrapped] };
  } finally {
    copy.close();
    want.close();
  }
}

// src/cli/diff-data-command.ts
async function diffDataCommand(io, args) {
  const result = await runDiffData({
    cwd: io.cwd,
    from: args.from,
    to: args.to,
    engine: args.engine === "auto" ? void 0 : args.engine
  });
  const { diff, rows, statements } = result;
  const same = isEmptyRowDiff(rows);
  if (args.format === "sql") {
    io.out(
      statements.length > 0 ? `${statements.join("\n")}
` : "-- the schemas and the rows are the same\n"
    );
  } else if (args.format === "json") {
    const { from, to } = diff;
    const side = (s) => ({ source: s.source, kind: s.kind, findings: s.findings });
    const data = { same, tables: rows.tables };
    const ok = [...from.findings, ...to.findings].every((f) => f.severity !== "error");
    io.out(
      `${JSON.stringify({ version: 1, ok, from: side(from), to: side(to), diff: diff.diff, data }, null, 2)}
`
    );
  } else if (args.format === "markdown") {
    const lines = summarizeRowDiff(rows).map((l) => `- ${escapeMarkdown(l, 400)}`);
    io.out(`${renderDiffMarkdown(diff.diff).trimEnd()}

`);
    io.out(same ? "_No row changes._\n" : `**Rows**

${lines.join("\n")}
`);
  } else {
    io.out(`${io.style.bold(`schema diff ${escapeControl(args.from)} \u2192 ${escapeControl(args.to)}`)}
`);
    if (isEmptyDiff(diff.diff)) io.out(`${escapeControl(summarizeDiff(diff.diff))}
`);
    else io.out(`${renderDiffText(diff.diff)}

${escapeControl(summarizeDiff(diff.diff))}
`);
    io.out(`
${io.style.bold("rows")}
`);
    io.out(
      same ? "the rows of every table are the same\n" : `${summarizeRowDiff(rows).map(escapeControl).join("\n")}
`
    );
  }
  return same ? 0 : 1;
}
export {
  diffDataCommand
};
