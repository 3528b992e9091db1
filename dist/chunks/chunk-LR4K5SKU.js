import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LayeredMap,
  PrefixCache,
  ReplayState,
  WHOLE_DATABASE,
  affinityOf,
  cachedVerdicts,
  changedTables,
  checkIntegrity,
  diffSchemas,
  isBlank,
  isEmptyDiff,
  noteDqs,
  noteTransactionControl,
  quoteIdent,
  quoteStatement,
  scopeOfStep,
  sqlLiteral,
  statementSpans,
  summarizeDiff,
  verifyDown
} from "./chunk-ODQ3WMNU.js";
import {
  queryRows
} from "./chunk-FTWE2UU2.js";
import {
  nameAt,
  scriptStatements
} from "./chunk-IPJJON7X.js";
import {
  foldCase,
  isOp,
  isWord,
  isWords,
  nameOf,
  objectNameAt,
  positionIn,
  runnerOf,
  skipTrivia,
  tokenize
} from "./chunk-JCJLY7EN.js";
import {
  WRAPS_OF
} from "./chunk-YBKIMZXO.js";
import {
  TOOLS,
  codeSpan,
  toolOf
} from "./chunk-X7R4MUVV.js";
import {
  finding
} from "./chunk-J4JBNE5M.js";

// src/core/runner/command-line.ts
var PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
function expandRunnerCommand(template, values) {
  const split = splitWords(template);
  if ("unclosed" in split) return split;
  const words = [];
  for (const word of split.words) {
    let unknown;
    const expanded = word.replace(PLACEHOLDER, (whole, name) => {
      const value = Object.hasOwn(values, name) ? values[name] : void 0;
      if (value === void 0) unknown ??= name;
      return value ?? whole;
    });
    if (unknown !== void 0) return { unknown };
    words.push(expanded);
  }
  return { words };
}
function splitWords(line) {
  const words = [];
  let word;
  let quote;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = void 0;
      else if (char === "\\" && quote === '"' && i + 1 < line.length) word = `${word ?? ""}${line[++i]}`;
      else word = `${word ?? ""}${char}`;
    } else if (/\s/.test(char)) {
      if (word !== void 0) words.push(word);
      word = void 0;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (char === "\\" && i + 1 < line.length) {
      word = `${word ?? ""}${line[++i]}`;
    } else {
      word = `${word ?? ""}${char}`;
    }
  }
  if (quote) return { unclosed: quote };
  if (word !== void 0) words.push(word);
  return { words };
}
function placeholdersOf(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
function fillPlaceholders(text, values) {
  return text.replace(
    PLACEHOLDER,
    (whole, name) => Object.hasOwn(values, name) ? values[name] ?? whole : whole
  );
}
function commandWords(line, values) {
  const expanded = expandRunnerCommand(line, values);
  if ("unclosed" in expanded) return { problem: `a ${expanded.unclosed} is not closed` };
  if ("unknown" in expanded) return { problem: `it uses {${expanded.unknown}}, which has no value here` };
  if (expanded.words.length === 0) return { problem: "it names no program" };
  return { argv: expanded.words };
}

// src/core/runner/runner.ts
var MODULES = "modules";
var STEP_PLACEHOLDERS = ["db", "dir", "file", "files", "setup", "version", "name", "stem", "previous"];
function runnerPresets() {
  return TOOLS.filter((tool) => tool.runner !== void 0);
}
function codePreset(layout) {
  return runnerPresets().find((tool) => tool.id === layout && tool.code);
}
function resolveRunner(config) {
  const own = typeof config === "string" ? { preset: config } : config;
  let preset;
  let name = "the runner";
  if (own.preset === MODULES) {
    const runner2 = {
      name: "the modules' own up(db) and down(db)",
      env: {},
      cwd: own.cwd,
      timeout: own.timeout,
      scripts: {},
      tables: own.tables ?? [],
      first: "",
      staged: false,
      modules: true
    };
    return { runner: runner2 };
  }
  if (own.preset !== void 0) {
    const tool = runnerPresets().find((t) => t.id === own.preset);
    if (!tool?.runner) {
      const ids = [...runnerPresets().map((t) => t.id), MODULES];
      return { problem: `"${own.preset}" is not a runner preset; the presets are ${ids.join(", ")}` };
    }
    preset = tool.runner;
    name = tool.name;
  }
  const runner = {
    name,
    up: own.up ?? preset?.up,
    down: own.down ?? preset?.down,
    to: own.to ?? preset?.to,
    env: { ...preset?.env, ...own.env },
    cwd: own.cwd,
    timeout: own.timeout,
    scripts: Object.fromEntries(
      Object.entries(own.scripts ?? {}).map(([ext, line]) => [ext.replace(/^\./, ""), line])
    ),
    tables: own.tables ?? [],
    first: preset?.first ?? "",
    staged: preset?.staged === true,
    setup: preset?.setup,
    before: own.before
  };
  if (!runner.up && Object.keys(runner.scripts).length === 0)
    return { problem: 'it says neither how to apply a migration ("up") nor how to run a script ("scripts")' };
  for (const [key, line] of commandsOf(runner)) {
    const split = splitWords(line);
    if ("unclosed" in split)
      return { problem: `its ${key} command cannot be read: a ${split.unclosed} is not closed` };
    if (split.words.length === 0) return { problem: `its ${key} command names no program` };
  }
  return { runner };
}
function commandsOf(runner) {
  const out = [];
  for (const key of ["up", "down", "to", "before"]) {
    const line = runner[key];
    if (line) out.push([`"${key}"`, line]);
  }
  for (const [ext, line] of Object.entries(runner.scripts)) out.push([`.${ext} script`, line]);
  return out;
}
function unknownPlaceholders(runner, migrations) {
  const known = /* @__PURE__ */ new Set([...STEP_PLACEHOLDERS, ...migrations.flatMap((m) => Object.keys(m.step ?? {}))]);
  const used = [...commandsOf(runner).map(([, line]) => line), ...Object.values(runner.env)];
  return [...new Set(used.flatMap(placeholdersOf))].filter((p) => !known.has(p));
}
function stepValues(runner, migration, previous, places) {
  return {
    db: places.db,
    dir: places.dir,
    file: places.file,
    files: JSON.stringify(places.files),
    ...places.setup ? { setup: places.setup } : {},
    version: migration.version,
    name: migration.name,
    stem: stemOf(migration),
    previous: previous ? stemOf(previous) : runner.first,
    ...migration.step
  };
}
function stemOf(migration) {
  const file = migration.code ?? migration.files[0] ?? migration.version;
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.indexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
function scriptFor(runner, migration) {
  const file = migration.code;
  if (!file) return void 0;
  const ext = file.slice(file.lastIndexOf(".") + 1);
  return runner.scripts[ext];
}
function describeRunner(runner) {
  const scripts = Object.entries(runner.scripts).map(([ext, line]) => `.${ext} files by \`${line}\``);
  if (runner.modules) return runner.name;
  if (runner.up) return `${runner.name} (\`${runner.up}\`)`;
  return `${scripts.join(", ")}; SQL by lockstep`;
}

// src/core/data/reach.ts
function tablesReached(schema, scripts) {
  const named = /* @__PURE__ */ new Set();
  for (const script of scripts) if (script) for (const name of namesInScript(script)) named.add(name);
  if (named.has("sqlite_master") || named.has("sqlite_schema") || named.has("writable_schema")) return "all";
  const reached = new Set(named);
  let frontier = named;
  while (frontier.size > 0) {
    const next = /* @__PURE__ */ new Set();
    for (const obj of ledFrom(schema, frontier)) {
      const names = obj.kind === "table" ? [foldCase(obj.name)] : namesInTrigger(obj);
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
function ledFrom(schema, names) {
  if (schema.objects instanceof LayeredMap) return schema.objects.withTerms(leadsFrom, names);
  const out = [];
  for (const obj of schema.objects.values()) if (leadsFrom(obj).some((t) => names.has(t))) out.push(obj);
  return out;
}
function leadsFrom(obj) {
  if (obj.kind === "table") return parentsOf(obj);
  return obj.kind === "trigger" ? [foldCase(obj.table)] : [];
}
var parents = /* @__PURE__ */ new WeakMap();
var triggerNames = /* @__PURE__ */ new WeakMap();
var scriptNames = /* @__PURE__ */ new WeakMap();
function parentsOf(table2) {
  let out = parents.get(table2);
  if (!out) {
    out = table2.foreignKeys.map((fk) => foldCase(fk.table));
    parents.set(table2, out);
  }
  return out;
}
function namesInTrigger(trigger) {
  let out = triggerNames.get(trigger);
  if (!out) {
    out = tokenize(trigger.body).flatMap(
      (t) => t.kind === "word" || t.kind === "quoted" ? [nameOf(t)] : []
    );
    triggerNames.set(trigger, out);
  }
  return out;
}
function namesInScript(script) {
  let out = scriptNames.get(script);
  if (!out) {
    const names = /* @__PURE__ */ new Set();
    for (const chunk of script.chunks)
      for (const token of tokenize(chunk.sql))
        if (token.kind === "word" || token.kind === "quoted" || token.kind === "string")
          names.add(nameOf(token));
    out = [...names];
    scriptNames.set(script, out);
  }
  return out;
}

// src/core/safety/schema-steps.ts
var same = (a, b) => foldCase(a) === foldCase(b);
function stepOf(tokens, line) {
  if (isWord(tokens[0], "create")) {
    let i = 1;
    if (isWord(tokens[i], "temp") || isWord(tokens[i], "temporary")) return void 0;
    if (!isWord(tokens[i], "table")) return void 0;
    i = objectNameAt(tokens, i + 1);
    const name = nameAt(tokens, i);
    return name && { kind: "create-table", table: name.name, line };
  }
  if (isWord(tokens[0], "drop")) {
    const kind = tokens[1];
    const i = isWords(tokens, 2, "if", "exists") ? 4 : 2;
    const name = nameAt(tokens, i);
    if (!name) return void 0;
    if (isWord(kind, "table")) return { kind: "drop-table", table: name.name, line };
    if (isWord(kind, "index") || isWord(kind, "trigger"))
      return { kind: "drop-object", name: name.name, line };
    return void 0;
  }
  if (isWords(tokens, 0, "alter", "table")) {
    const name = nameAt(tokens, 2);
    if (!name) return void 0;
    const i = name.next;
    if (isWords(tokens, i, "rename", "to")) {
      const to = nameAt(tokens, i + 2);
      return to && { kind: "rename-table", table: name.name, to: to.name, line };
    }
    if (isWord(tokens[i], "rename")) {
      const c = isWord(tokens[i + 1], "column") ? i + 2 : i + 1;
      const column = nameAt(tokens, c);
      const to = column && isWord(tokens[column.next], "to") ? nameAt(tokens, column.next + 1) : void 0;
      return column && to && { kind: "rename-column", table: name.name, column: column.name, to: to.name, line };
    }
    if (isWord(tokens[i], "drop")) {
      const column = nameAt(tokens, isWord(tokens[i + 1], "column") ? i + 2 : i + 1);
      return column && { kind: "drop-column", table: name.name, column: column.name, line };
    }
    return void 0;
  }
  if (isWord(tokens[0], "insert") || isWord(tokens[0], "replace")) {
    let i = 0;
    while (i < tokens.length && !isWord(tokens[i], "into")) i++;
    const target = nameAt(tokens, i + 1);
    if (!target) return void 0;
    let at = target.next;
    if (isWord(tokens[at], "as")) at += 2;
    const listed = isOp(tokens[at], "(");
    const select = tokens.findIndex((t, k) => k >= at && isWord(t, "select"));
    if (select === -1) return void 0;
    const star = !listed && isOp(tokens[select + 1], "*") && isWord(tokens[select + 2], "from");
    const from = tokens.findIndex((t, k) => k > select && isWord(t, "from"));
    const source = from === -1 ? void 0 : nameAt(tokens, from + 1)?.name;
    return { kind: "copy", table: target.name, ...source ? { from: source } : {}, star, line };
  }
  return void 0;
}
function schemaSteps(script) {
  const out = [];
  for (const { tokens, line } of scriptStatements(script)) {
    const step = stepOf(tokens, line);
    if (step) out.push(step);
  }
  return out;
}
function findRebuilds(steps, existed) {
  const out = [];
  steps.forEach((step, i) => {
    if (step.kind !== "rename-table") return;
    const later = steps.slice(i + 1);
    const earlier = steps.slice(0, i);
    if (!existed(step.table)) {
      let created2 = earlier.length - 1;
      while (created2 >= 0 && !isCreate(earlier[created2], step.table)) created2--;
      const drop2 = earlier.findIndex(
        (s, k) => k > created2 && s.kind === "drop-table" && same(s.table, step.to)
      );
      const dropped2 = earlier[drop2];
      if (created2 === -1 || !dropped2 || !existed(step.to)) return;
      out.push({
        table: step.to,
        other: step.table,
        renamedFirst: false,
        create: earlier[created2]?.line ?? step.line,
        drop: dropped2.line,
        rename: step.line,
        copy: copyOf(earlier, step.table, step.to),
        parts: [dropped2, step]
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
      parts: [step, dropped]
    });
  });
  return out;
}
function isCreate(step, name) {
  return step?.kind === "create-table" && same(step.table, name);
}
function copyOf(steps, into, from) {
  for (const s of steps)
    if (s.kind === "copy" && same(s.table, into) && s.from !== void 0 && same(s.from, from)) return s;
  return void 0;
}

// src/core/safety/table-changes.ts
var ROLLING = "during a rolling deploy the application still running the old code uses it and fails until every instance runs the new code";
var NEXT = "ship it in two steps (first code that no longer uses it, then this migration), or acknowledge it if nothing running uses it";
function table(schema, name) {
  const obj = schema.objects.get(`table:${foldCase(name)}`);
  return obj?.kind === "table" ? obj : void 0;
}
function tableChangeFindings(migration, script, before, after, runner) {
  const steps = schemaSteps(script);
  if (steps.length === 0) return [];
  const existed = (name) => table(before, name) !== void 0;
  const rebuilds = findRebuilds(steps, existed);
  const part = new Set(rebuilds.flatMap((r) => r.parts));
  const out = [];
  const at = (line) => ({ version: migration.version, file: script.file, line });
  const says = (line, what) => finding(
    "destructive",
    `${script.file}:${line} ${what}; ${runner} runs it as written, and ${ROLLING}; ${NEXT}`,
    at(line)
  );
  const renamed = /* @__PURE__ */ new Set();
  const original = /* @__PURE__ */ new Map();
  const kept = (t, column) => table(after, t)?.columns.some(
    (c) => foldCase(c.name) === foldCase(original.get(foldCase(column)) ?? column)
  );
  for (const step of steps) {
    if (step.kind === "rename-column") original.set(foldCase(step.to), step.column);
    if (part.has(step)) continue;
    if ((step.kind === "rename-column" || step.kind === "drop-column") && kept(step.table, step.column))
      continue;
    if (!("table" in step) || !(existed(step.table) || renamed.has(foldCase(step.table)))) continue;
    if (step.kind === "rename-table") renamed.add(foldCase(step.to));
    const name = codeSpan(step.table);
    if (step.kind === "drop-table") out.push(says(step.line, `drops the table ${name} and its rows`));
    else if (step.kind === "rename-table")
      out.push(says(step.line, `renames the table ${name} to ${codeSpan(step.to)}`));
    else if (step.kind === "rename-column")
      out.push(
        says(step.line, `renames the column ${codeSpan(step.column)} of ${name} to ${codeSpan(step.to)}`)
      );
    else if (step.kind === "drop-column")
      out.push(says(step.line, `drops the column ${codeSpan(step.column)} of ${name} and its values`));
  }
  for (const r of rebuilds) out.push(...rebuildFindings(r, steps, before, after, script, at, says));
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
function rebuildFindings(r, steps, before, after, script, at, says) {
  const out = [];
  const old = table(before, r.table);
  const now = table(after, r.table);
  if (!old || !now) return out;
  const name = codeSpan(r.table);
  const order = (line, what, next) => finding("rebuild-order", `${script.file}:${line} ${what}; ${next}`, at(line));
  const kept = new Set(now.columns.map((c) => foldCase(c.name)));
  const left = old.columns.filter((c) => !kept.has(foldCase(c.name))).map((c) => codeSpan(c.name));
  if (left.length > 0)
    out.push(
      says(
        r.create,
        `rebuilds ${name} without the column${left.length > 1 ? "s" : ""} ${left.join(", ")} (dropped or renamed, with their values)`
      )
    );
  if (r.renamedFirst) {
    const dangling = danglingReferences(after, r.other);
    if (dangling.length > 0)
      out.push(
        order(
          r.rename,
          `renames ${name} to ${codeSpan(r.other)} before rebuilding it: SQLite 3.26+ re-points what refers to ${name} (${dangling.join(", ")}) to ${codeSpan(r.other)}, and the DROP at line ${r.drop} leaves them naming a table that no longer exists`,
          `create the new table under another name, copy the rows, drop ${name}, then rename the new table to ${name} (sqlite.org/lang_altertable.html#otheralter)`
        )
      );
  }
  const dropped = new Set(steps.filter((s) => s.kind === "drop-object").map((s) => foldCase(s.name)));
  const lost = [...before.objects.values()].filter(
    (o) => dependsOn(o, r.table) && // An index of a column the rebuild left out went with the column (reported as that).
    !(o.kind === "index" && o.terms.some((t) => t.column !== null && !kept.has(foldCase(t.column)))) && !dropped.has(foldCase(o.name)) && !after.objects.has(`${o.kind}:${foldCase(o.name)}`) && ![...after.objects.values()].some((a) => dependsOn(a, r.table) && sameDefinition(a, o))
  );
  if (lost.length > 0)
    out.push(
      order(
        r.drop,
        `rebuilds ${name}, and dropping the old table took its ${lost.map((o) => `${o.kind} ${codeSpan(o.name)}`).join(", ")}, which the migration does not create again`,
        "create them again after the rename (as the before-schema had them), or drop them on purpose with DROP INDEX/DROP TRIGGER"
      )
    );
  const lostKeys = old.foreignKeys.filter(
    (fk) => fk.columns.every((c) => kept.has(foldCase(c))) && table(before, fk.table) !== void 0 && !now.foreignKeys.some((k) => sameColumns(k, fk))
  );
  if (lostKeys.length > 0)
    out.push(
      order(
        r.create,
        `rebuilds ${name} without its foreign key${lostKeys.length > 1 ? "s" : ""} ${lostKeys.map((fk) => codeSpan(`(${fk.columns.join(", ")}) REFERENCES ${fk.table}`)).join(", ")}: SQLite no longer checks those rows`,
        "copy the FOREIGN KEY / REFERENCES clauses into the new table's CREATE TABLE, or drop the key in a migration of its own that says so"
      )
    );
  if (r.copy?.star)
    out.push(
      order(
        r.copy.line,
        `copies the rows of the rebuilt ${name} with \`SELECT *\`, which fills the new table's columns by position: a column added, removed or in another order puts values into the wrong columns, or fails`,
        "name the columns on both sides: `INSERT INTO new (a, b) SELECT a, b FROM old`"
      )
    );
  return out;
}
function dependsOn(obj, tableName2) {
  return (obj.kind === "index" || obj.kind === "trigger") && foldCase(obj.table) === foldCase(tableName2);
}
function sameColumns(a, b) {
  const cols = (k) => k.columns.map(foldCase).join(",");
  return cols(a) === cols(b);
}
function sameDefinition(a, b) {
  if (a.kind === "index" && b.kind === "index")
    return a.unique === b.unique && a.where === b.where && JSON.stringify(a.terms) === JSON.stringify(b.terms);
  return a.kind === "trigger" && b.kind === "trigger" && a.body === b.body;
}
function danglingReferences(after, gone) {
  if (after.objects.has(`table:${foldCase(gone)}`)) return [];
  const key = foldCase(gone);
  const out = [];
  for (const obj of after.objects.values()) {
    if (obj.kind === "table" && obj.foreignKeys.some((fk) => foldCase(fk.table) === key))
      out.push(`the foreign key of ${codeSpan(obj.name)}`);
    const text = obj.kind === "view" ? obj.select : obj.kind === "trigger" ? obj.body : void 0;
    if (text && tokenize(text).some((t) => (t.kind === "word" || t.kind === "quoted") && foldCase(t.value) === key))
      out.push(`${obj.kind} ${codeSpan(obj.name)}`);
  }
  return out;
}

// src/core/data/fill-order.ts
function objectsLedTo(schema, terms, wanted) {
  if (schema.objects instanceof LayeredMap) return schema.objects.withTerms(terms, wanted);
  const out = [];
  for (const obj of schema.objects.values()) if (terms(obj).some((t) => wanted.has(t))) out.push(obj);
  return out;
}
function uniqueIndexTable(obj) {
  return obj.kind === "index" && obj.unique ? [obj.table] : [];
}
function virtualTerm(obj) {
  return obj.kind === "virtual" ? ["virtual"] : [];
}
function shadowTest(schema) {
  const prefixes = objectsLedTo(schema, virtualTerm, /* @__PURE__ */ new Set(["virtual"])).map((o) => `${foldCase(o.name)}_`);
  if (prefixes.length === 0) return () => false;
  return (table2) => {
    const name = foldCase(table2.name);
    return prefixes.some((prefix) => name.startsWith(prefix));
  };
}
var targets = /* @__PURE__ */ new WeakMap();
function foreignKeyTargets(obj) {
  if (obj.kind !== "table") return [];
  let out = targets.get(obj);
  if (!out) {
    out = obj.foreignKeys.map((fk) => fk.table);
    targets.set(obj, out);
  }
  return out;
}
function fillCandidates(schema, wanted, shadow) {
  const found = /* @__PURE__ */ new Map();
  let frontier = /* @__PURE__ */ new Set();
  for (const name of wanted) {
    const table2 = schema.objects.get(`table:${name}`);
    if (table2?.kind !== "table" || shadow(table2)) continue;
    found.set(name, table2);
    frontier.add(name);
  }
  while (frontier.size > 0) {
    const next = /* @__PURE__ */ new Set();
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

// src/core/data/row-generator.ts
var ROWS_PER_TABLE = 3;
function fillOrder(schema, wanted) {
  const tables = /* @__PURE__ */ new Map();
  const shadow = shadowTest(schema);
  const candidates = wanted ? fillCandidates(schema, wanted, shadow) : schema.objects.values();
  for (const obj of candidates) {
    if (obj.kind !== "table" || shadow(obj)) continue;
    tables.set(foldCase(obj.name), obj);
  }
  const order = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (name) => {
    const table2 = tables.get(name);
    if (!table2 || state.has(name)) return;
    state.set(name, "visiting");
    for (const fk of table2.foreignKeys) if (fk.table !== name) visit(fk.table);
    state.set(name, "done");
    order.push(table2);
  };
  for (const name of [...tables.keys()].sort()) visit(name);
  return order;
}
function uniqueColumns(table2, indexes) {
  const out = /* @__PURE__ */ new Set();
  const terms = [table2.primaryKey, ...table2.uniques, ...indexes.filter((i) => i.unique).map((i) => i.terms)];
  for (const list of terms) for (const term of list) if (term.column) out.add(term.column);
  return out;
}
function uniqueIndexes(schema, tables) {
  const out = /* @__PURE__ */ new Map();
  for (const obj of tables ? objectsLedTo(schema, uniqueIndexTable, tables) : schema.objects.values()) {
    if (obj.kind !== "index" || !obj.unique) continue;
    const list = out.get(obj.table) ?? [];
    list.push(obj);
    out.set(obj.table, list);
  }
  return out;
}
function isRowidAlias(table2, column) {
  return !table2.withoutRowid && table2.primaryKey.length === 1 && column.pk === 1 && column.type === "INTEGER";
}
function rowCandidates(table2, index, unique, parents2, seed) {
  const columns = table2.columns.filter((c) => !c.generated && !c.hidden && !isRowidAlias(table2, c));
  const byFk = /* @__PURE__ */ new Map();
  let unsatisfiable = false;
  for (const fk of table2.foreignKeys) {
    const rows = parents2(fk);
    const row = rows.length > 0 ? rows[index % rows.length] : void 0;
    fk.columns.forEach((col, i) => {
      const value = row?.[i];
      if (value !== void 0) byFk.set(col, value);
      else {
        const column = table2.columns.find((c) => foldCase(c.name) === col);
        byFk.set(col, "NULL");
        if (column?.notNull) unsatisfiable = true;
      }
    });
  }
  if (unsatisfiable && table2.foreignKeys.length > 0) {
    const selfOnly = table2.foreignKeys.every((fk) => fk.table === foldCase(table2.name));
    if (!selfOnly) return [];
  }
  const literals = checkLiterals(table2);
  const variant = (shape) => {
    const names = [];
    const values = [];
    for (const column of columns) {
      const name = foldCase(column.name);
      const isUnique = unique.has(name);
      let value;
      if (byFk.has(name)) value = byFk.get(name);
      else if (typeof shape === "number" && literals.length > 0 && mentions(table2, name))
        value = literals[(shape + index) % literals.length];
      else if (shape === "real" && !isUnique && !column.notNull && index === 2 && column.pk === 0)
        value = "NULL";
      else if (shape === "real" && !isUnique && column.pk === 0)
        value = valueFor(column, Math.min(index, 1), seed, table2.name);
      else value = valueFor(column, index, seed, table2.name);
      names.push(name);
      values.push(value);
    }
    return { columns: names, values };
  };
  const out = [variant("real"), variant("plain")];
  for (let i = 0; i < Math.min(literals.length, 6); i++) out.push(variant(i));
  return out;
}
function insertSql(table2, row) {
  if (row.columns.length === 0) return `INSERT INTO ${quoteIdent(table2.name)} DEFAULT VALUES`;
  return `INSERT INTO ${quoteIdent(table2.name)} (${row.columns.map(quoteIdent).join(", ")}) VALUES (${row.values.join(", ")})`;
}
function valueFor(column, n, seed, table2 = "") {
  const type = column.type;
  const name = foldCase(column.name);
  const k = n + 1;
  const base = seed % 1e3 * 10;
  if (/BOOL/.test(type)) return String(n % 2);
  if (/DATE|TIME/.test(type) || /_at$|_on$|date|time/.test(name))
    return affinityOf(type) === "INTEGER" || affinityOf(type) === "REAL" ? String(1704067200 + base * 86400 + k * 86400) : sqlLiteral(`2024-01-${String(k).padStart(2, "0")} 10:00:00`);
  if (/JSON/.test(type) || JSON_NAMES.test(name)) return sqlLiteral(`{"n":${base + k}}`);
  if (/UUID/.test(type) || /uuid/.test(name))
    return sqlLiteral(`00000000-0000-4000-8000-${String(base + k).padStart(12, "0")}`);
  switch (affinityOf(type)) {
    case "INTEGER":
      return String(base + k);
    case "REAL":
      return `${base + k}.5`;
    case "NUMERIC":
      return String(base + k);
    default:
      if (type.includes("BLOB")) return `x'${(base + k).toString(16).padStart(4, "0")}'`;
      if (name.includes("email")) return sqlLiteral(`user${base + k}@example.com`);
      return sqlLiteral(`${table2 ? `${table2}.` : ""}${column.name} ${base + k}`);
  }
}
var JSON_NAMES = /^(?:data|json|metadata|meta|payload|settings|config|attributes|properties|extra|options)$|_json$/;
function checkLiterals(table2) {
  const out = /* @__PURE__ */ new Set();
  for (const check of table2.checks) {
    for (const m of check.expr.matchAll(/'(?:[^']|'')*'|(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])/g)) out.add(m[0]);
  }
  return [...out];
}
function mentions(table2, column) {
  return table2.checks.some((c) => foldCase(c.expr).includes(column));
}

// src/engine/replay/data-fill.ts
var MAX_COMPARED_ROWS = 2e3;
function fillTables(db, schema, seed, reach = "all") {
  const wanted = reach === "all" ? void 0 : withParents(schema, reach);
  const unique = uniqueIndexes(schema, wanted);
  for (const table2 of fillOrder(schema, wanted)) {
    const name = foldCase(table2.name);
    if (wanted && !wanted.has(name)) continue;
    let count = countRows(db, table2.name);
    if (count >= ROWS_PER_TABLE) continue;
    const columns = uniqueColumns(table2, unique.get(name) ?? []);
    for (let index = count; index < ROWS_PER_TABLE; index++) {
      const parents2 = (fk) => parentKeys(db, schema, fk);
      for (const candidate of rowCandidates(table2, index, columns, parents2, seed)) {
        if (tryInsert(db, insertSql(table2, candidate))) {
          count++;
          break;
        }
      }
    }
  }
}
function withParents(schema, reach) {
  const out = /* @__PURE__ */ new Set();
  const queue = [...reach];
  while (queue.length > 0) {
    const name = queue.pop();
    if (out.has(name)) continue;
    out.add(name);
    const table2 = schema.objects.get(`table:${name}`);
    if (table2?.kind === "table") queue.push(...table2.foreignKeys.map((fk) => foldCase(fk.table)));
  }
  return out;
}
function tryInsert(db, sql) {
  db.exec("SAVEPOINT lockstep_fill");
  try {
    db.exec(sql);
    db.exec("RELEASE lockstep_fill");
    return true;
  } catch {
    db.exec("ROLLBACK TO lockstep_fill");
    db.exec("RELEASE lockstep_fill");
    return false;
  }
}
function parentKeys(db, schema, fk) {
  const parent = schema.objects.get(`table:${foldCase(fk.table)}`);
  if (parent?.kind !== "table") return [];
  let columns = fk.references;
  if (columns.length === 0) {
    columns = parent.primaryKey.flatMap((t) => t.column ? [t.column] : []);
    if (columns.length === 0) columns = ["rowid"];
  }
  try {
    return queryRows(
      db,
      `SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(parent.name)} ORDER BY rowid LIMIT ${ROWS_PER_TABLE}`
    ).map((row) => row.map(literalOf));
  } catch {
    return queryRows(
      db,
      `SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(parent.name)} LIMIT ${ROWS_PER_TABLE}`
    ).map((row) => row.map(literalOf));
  }
}
function literalOf(value) {
  if (value === null) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return sqlLiteral(value);
  return `x'${Buffer.from(value).toString("hex")}'`;
}
function tableName(obj) {
  return obj.kind === "table" ? [foldCase(obj.name)] : [];
}
function snapshotTables(db, schema, reach = "all") {
  const out = /* @__PURE__ */ new Map();
  const tables = reach === "all" ? schema.objects.values() : objectsLedTo(schema, tableName, reach);
  for (const obj of tables) {
    if (obj.kind !== "table") continue;
    out.set(foldCase(obj.name), readTable(db, obj));
  }
  return out;
}
function readTable(db, table2) {
  const count = countRows(db, table2.name);
  const declared = table2.primaryKey.flatMap((t) => t.column ? [t.column] : []);
  const key = declared.length > 0 && declared.length === table2.primaryKey.length ? declared : ["rowid"];
  if (key[0] === "rowid" && table2.withoutRowid) return { count, key };
  if (count > MAX_COMPARED_ROWS) return { count, key };
  const columns = table2.columns.filter((c) => !c.hidden).map((c) => foldCase(c.name));
  const wanted = [.../* @__PURE__ */ new Set([...key, ...columns])];
  const rows = /* @__PURE__ */ new Map();
  for (const row of queryRows(
    db,
    `SELECT ${wanted.map(quoteIdent).join(", ")} FROM ${quoteIdent(table2.name)}`
  )) {
    const values = new Map(wanted.map((c, i) => [c, row[i] ?? null]));
    rows.set(keyOf(key.map((c) => values.get(c) ?? null)), values);
  }
  return { count, rows, key };
}
function keyOf(values) {
  return JSON.stringify(
    values.map((v) => v instanceof Uint8Array ? Buffer.from(v).toString("hex") : String(v))
  );
}
function countRows(db, table2) {
  return Number(queryRows(db, `SELECT count(*) FROM ${quoteIdent(table2)}`)[0]?.[0] ?? 0);
}

// src/engine/replay/data-intent.ts
function rowIntent(script) {
  const intent = {
    onPurpose: /* @__PURE__ */ new Set(),
    dropped: /* @__PURE__ */ new Map(),
    copiedFrom: /* @__PURE__ */ new Map(),
    filtered: /* @__PURE__ */ new Set(),
    remade: /* @__PURE__ */ new Map()
  };
  for (const chunk of script.chunks) {
    for (const [offset, length] of statementSpans(chunk.sql)) {
      const start = skipTrivia(chunk.sql, offset);
      const text = chunk.sql.slice(start, offset + length);
      const tokens = tokenize(text.slice(0, 4e3));
      const at = () => positionIn(chunk.sql, start, chunk);
      const name = (i) => {
        const t = tokens[i];
        const next = tokens[i + 1];
        if (next?.kind === "op" && next.text === ".") return foldCase(tokens[i + 2]?.value ?? "");
        return t ? foldCase(t.value) : "";
      };
      if (isWords(tokens, 0, "drop", "table")) {
        const i = isWords(tokens, 2, "if", "exists") ? 4 : 2;
        intent.dropped.set(name(i), at());
        continue;
      }
      for (let i = 0; i < tokens.length; i++) {
        if (isWords(tokens, i, "delete", "from")) intent.onPurpose.add(name(i + 2));
        else if (isWord(tokens[i], "update") && i === 0) {
          intent.onPurpose.add(name(isWord(tokens[1], "or") ? 3 : 1));
        } else if (isWords(tokens, i, "replace", "into")) intent.onPurpose.add(name(i + 2));
      }
      if (isWord(tokens[0], "insert") || isWord(tokens[0], "replace")) {
        const from = tokens.findIndex((t, i) => i > 0 && isWord(t, "from"));
        if (from > 0 && tokens.some((t) => isWord(t, "select"))) {
          intent.copiedFrom.set(name(from + 1), at());
          if (tokens.some((t, i) => i > from && isWord(t, "where"))) intent.filtered.add(name(from + 1));
        }
      }
    }
  }
  intent.onPurpose.delete("");
  return intent;
}

// src/engine/replay/data-loss.ts
function compare(before, after, table2) {
  const loss = { rows: Math.max(0, before.count - after.count), nulled: /* @__PURE__ */ new Map() };
  if (!before.rows || !after.rows || before.key.join() !== after.key.join()) return loss;
  const kept = new Set(table2.columns.map((c) => foldCase(c.name)));
  let missing = 0;
  for (const [key, row] of before.rows) {
    const now = after.rows.get(key);
    if (!now) {
      missing++;
      continue;
    }
    for (const [column, value] of row) {
      if (column === "rowid" || !kept.has(column) || value === null) continue;
      if (now.get(column) === null) loss.nulled.set(column, (loss.nulled.get(column) ?? 0) + 1);
    }
  }
  loss.rows = Math.max(loss.rows, missing);
  return loss;
}
function sqlUpRows(set, up) {
  return {
    file: up.file,
    line: up.chunks[0]?.line ?? 1,
    intent: rowIntent(up),
    cascadeFix: (child, parent) => cascadeFix(set, child, parent)
  };
}
function dataLossFindings(db, migration, up, before, after, snapshot) {
  const { intent } = up;
  const out = [];
  const tables = [];
  for (const [name, rows] of snapshot) {
    const now = after.objects.get(`table:${name}`);
    const was = before.objects.get(`table:${name}`);
    if (now?.kind !== "table" || was?.kind !== "table" || rows.count === 0) continue;
    if (intent.onPurpose.has(name)) continue;
    if (intent.dropped.has(name) && !intent.copiedFrom.has(name)) continue;
    const loss = compare(rows, readTable(db, now), now);
    if (intent.filtered.has(name)) loss.rows = 0;
    if (loss.rows === 0 && loss.nulled.size === 0) continue;
    const cause = causeOf(was, intent, loss);
    if (!cause && up.causeRequired) continue;
    tables.push(name);
    const where = cause?.at ?? { line: up.line, column: 1 };
    const lost = [
      loss.rows > 0 ? `${loss.rows} of its ${rows.count} rows` : "",
      ...[...loss.nulled].map(([c, n]) => `the values of column "${c}" in ${n} rows (now NULL)`)
    ].filter(Boolean);
    out.push(
      finding(
        "data-loss",
        `the up of ${migration.version} loses ${lost.join(" and ")} of table "${now.name}", which it neither drops nor deletes from: ${cause?.how(up.file) ?? "its statements leave fewer rows than they found"}; ${cause?.parent ? up.cascadeFix(now.name, cause.parent) : "copy every row and column before dropping the old table"}`,
        { version: migration.version, file: up.file, line: where.line, column: where.column }
      )
    );
  }
  return { findings: out, tables };
}
function causeOf(table2, intent, loss) {
  for (const fk of table2.foreignKeys) {
    const parent = foldCase(fk.table);
    const at = intent.dropped.get(parent);
    const action = fk.onDelete.toUpperCase();
    if (!at || action !== "CASCADE" && action !== "SET NULL") continue;
    if (action === "SET NULL" && loss.rows > 0 && loss.nulled.size === 0) continue;
    return {
      at,
      parent: fk.table,
      how: (file) => `${remadeWords(intent, parent, fk.table, `${file}:${at.line}`) ?? `DROP TABLE "${fk.table}" at ${file}:${at.line}`} deletes every row of "${fk.table}" first, foreign keys are on there, so ON DELETE ${action} on "${table2.name}" (${fk.columns.join(", ")}) ${action === "CASCADE" ? "deletes the rows that referenced them" : "sets the references to NULL"}`
    };
  }
  const copy = intent.copiedFrom.get(foldCase(table2.name));
  if (copy)
    return {
      at: copy,
      how: (file) => intent.remade.has(foldCase(table2.name)) ? `the up rebuilds "${table2.name}" (${file}:${copy.line} names it) and its copy does not bring every row and value back` : `the copy at ${file}:${copy.line} does not bring every row and value of "${table2.name}" back`
    };
  return void 0;
}
function remadeWords(intent, folded, table2, at) {
  const how = intent.remade.get(folded);
  if (how === "rebuilt")
    return `the up rebuilds "${table2}" (${at} names it), and the DROP TABLE of the old one`;
  if (how === "dropped") return `the up drops "${table2}" (${at} names it), which`;
  return void 0;
}
function cascadeFix(set, child, parent) {
  const tool = toolOf(set.layout);
  const copy = `or copy the rows of "${child}" aside before the DROP TABLE "${parent}" and back after the rename`;
  if (set.layout === "d1")
    return `D1 always enforces foreign keys, and PRAGMA defer_foreign_keys = on only defers checks (it blocks nothing here, and still cascades): copy the rows of "${child}" aside before the DROP TABLE "${parent}" and back after the rename`;
  if (tool.transaction.foreignKeysOff && !set.transaction)
    return `${tool.transaction.foreignKeysOff}, ${copy}`;
  const wraps = set.transaction ? WRAPS_OF[set.transaction] : tool.transaction.wraps;
  if (wraps === "as-written")
    return `put PRAGMA foreign_keys = OFF before the rebuild and PRAGMA foreign_keys = ON after it (outside any BEGIN), ${copy}`;
  if (wraps === "all-pending" && !set.transaction && tool.transaction.pragmaIgnored)
    return `${tool.transaction.pragmaIgnored}, ${copy}`;
  if (wraps === "all-pending")
    return `the runner applies every pending migration in one transaction, where PRAGMA foreign_keys = OFF is ignored: turn foreign keys off on the connection before it starts, ${copy}`;
  const optOut = set.transaction ? void 0 : tool.transaction.optOut;
  const connection = tool.transaction.optOutConnection;
  return optOut ? `${tool.name} runs the file in a transaction, where PRAGMA foreign_keys = OFF is ignored: let the file run as written (${optOut}) with PRAGMA foreign_keys = OFF before the rebuild and ON after, ${copy}${connection ? `; ${connection}` : ""}` : `${tool.name} runs the file in a transaction, where PRAGMA foreign_keys = OFF is ignored: copy the rows of "${child}" aside before the DROP TABLE "${parent}" and back after the rename`;
}
function downDataFindings(db, migration, down, afterDown, snapshot) {
  const out = [];
  for (const [name, rows] of snapshot) {
    const now = afterDown.objects.get(`table:${name}`);
    if (now?.kind !== "table" || rows.count === 0) continue;
    const loss = compare(rows, readTable(db, now), now);
    if (loss.rows === 0 && loss.nulled.size === 0) continue;
    const lost = [
      loss.rows > 0 ? `${loss.rows} of its ${rows.count} rows` : "",
      ...[...loss.nulled].map(([c, n]) => `the values of column "${c}" in ${n} rows`)
    ].filter(Boolean);
    const f = finding(
      "data-loss",
      `after the up and the down of ${migration.version}, table "${now.name}" lacks ${lost.join(" and ")} it had before the up: the schema comes back but the data does not, so rolling back a real database loses it; if the down cannot keep it (a dropped column re-added), say so in the down, else copy the data back in it`,
      { version: migration.version, file: down.file, line: down.line }
    );
    f.severity = "warning";
    out.push(f);
  }
  return out;
}

// src/engine/replay/data-step.ts
var DataMode = class {
  constructor(options) {
    this.options = options;
  }
  options;
  snapshot = /* @__PURE__ */ new Map();
  /** Tables whose loss the up already reported: the down is not blamed for it again. */
  lostByUp = /* @__PURE__ */ new Set();
  /**
   * Tops up the tables the up or its down can reach and remembers their rows; outside the up's own
   * transaction, as real data predates it. Tables out of reach keep their rows through the step, so neither
   * filling nor comparing them can change a finding, and they are what made a long history slow.
   */
  beforeUp(db, before, reach = "all") {
    fillTables(db, before, this.options.seed, reach);
    this.snapshot = snapshotTables(db, before, reach);
  }
  /** The database was rebuilt without its rows: nothing from before can be compared. */
  forget() {
    this.snapshot = /* @__PURE__ */ new Map();
  }
  afterUp(db, migration, up, before, after) {
    const { findings, tables } = dataLossFindings(db, migration, up, before, after, this.snapshot);
    this.lostByUp = new Set(tables);
    return findings;
  }
  afterDown(db, migration, down, afterDown) {
    const snapshot = new Map([...this.snapshot].filter(([name]) => !this.lostByUp.has(name)));
    return downDataFindings(db, migration, down, afterDown, snapshot);
  }
  /**
   * For an up that failed: when it passes on the same history without data, the words that say so and
   * name a row that breaks it; undefined when it fails on an empty database too.
   */
  async onlyWithData(state, up, message) {
    if (!await state.passesEmpty(up)) return void 0;
    return onlyWithDataWords(state.db, message);
  }
  /** The user's seed files due after this migration; a failing one is a `seed-failed` finding. */
  afterStep(target, migration) {
    const out = [];
    for (const seed of this.options.seeds) {
      if (seed.after !== "every" && seed.after !== migration.version) continue;
      const result = target.run(seed.script);
      if (!result.ok && result.failure)
        out.push(
          finding(
            "seed-failed",
            `the seed ${seed.script.file} failed after ${migration.version} at ${seed.script.file}:${result.failure.line}:${result.failure.column}: ${result.failure.message}; fix the seed for the schema ${migration.version} leaves, or run it after another migration ("after" in its "seed" entry)`,
            {
              version: migration.version,
              file: seed.script.file,
              line: result.failure.line,
              column: result.failure.column
            }
          )
        );
    }
    return out;
  }
  /** Whether any seed runs after this migration. */
  seedsAfter(migration) {
    return this.options.seeds.some((s) => s.after === "every" || s.after === migration.version);
  }
};
function onlyWithDataWords(db, message) {
  const row = breakingRow(db, message);
  return `it passes on an empty database, but a database with rows fails${row ? ` (${row})` : ""}; make the up hold for the rows a real database has: fix them first (an UPDATE or DELETE before the constraint), or give the constraint what existing rows need (a default, a WHERE on the index)`;
}
function breakingRow(db, message) {
  const m = /(UNIQUE|NOT NULL) constraint failed: ([^\s.,]+)\.([^\s,]+)/.exec(message);
  if (!m) return void 0;
  const [, kind, table2, column] = m;
  for (const name of [
    table2,
    table2.replace(/^_*(?:new|tmp|temp)_+/i, ""),
    table2.replace(/_+(?:new|tmp)$/i, "")
  ]) {
    try {
      const sql = kind === "UNIQUE" ? `SELECT ${quoteIdent(column)}, count(*) FROM ${quoteIdent(name)} GROUP BY 1 HAVING count(*) > 1 LIMIT 1` : `SELECT rowid FROM ${quoteIdent(name)} WHERE ${quoteIdent(column)} IS NULL LIMIT 1`;
      const row = queryRows(db, sql)[0];
      if (!row) continue;
      return kind === "UNIQUE" ? `${row[1]} rows of ${sqlLiteral(name)} have ${column} = ${literalOf(row[0] ?? null)}` : `the row of ${sqlLiteral(name)} with rowid ${row[0]} has ${column} NULL`;
    } catch {
    }
  }
  return void 0;
}

// src/engine/replay/empty-up.ts
function emptyUpFinding(layout, migration, up) {
  const v = migration.version;
  const where = { version: v, file: up.file, line: 1 };
  if (!migration.placeholder)
    return finding(
      "empty-migration",
      `the up of ${v} has no statements (${up.file} is empty or only comments), so it changes nothing; write it, or, if no database has applied it yet, delete it`,
      where
    );
  const tool = layout === "plain" || layout === "pattern" ? "the tool that runs it" : toolOf(layout).name;
  return finding(
    "empty-migration",
    `the up of ${v} has no statements (${up.file}), and ${migration.placeholder}: a placeholder for work done in code, which ${tool} applies as a migration that changes nothing, recording ${v}; keep it: deleting it would leave databases that recorded ${v} with a version ${tool} can no longer find (\`lockstep known --update\` records this finding as known)`,
    where
  );
}

// src/adapters/table-rows.ts
function keyOf2(table2) {
  const columns = table2.columns.filter((c) => !c.generated && !c.hidden).map((c) => c.name);
  const pk = [...table2.columns].filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return { columns, key: pk.length > 0 ? pk.map((c) => c.name) : ["rowid"] };
}
function readTableRows(db, table2) {
  const { columns, key } = keyOf2(table2);
  const read = [...key, ...columns];
  const select = read.map((c) => c === "rowid" && key[0] === "rowid" ? "rowid" : quoteIdent(c));
  const stmt = db.prepare(
    `SELECT ${select.map((c) => `${c}, typeof(${c}) = 'real'`).join(", ")} FROM main.${quoteIdent(table2.name)}`
  );
  const rows = /* @__PURE__ */ new Map();
  try {
    for (const raw of stmt.rows()) {
      const literals = read.map((_, i) => sqlLiteral(raw[2 * i] ?? null, Number(raw[2 * i + 1]) === 1));
      const keyLiterals = literals.slice(0, key.length);
      rows.set(keyLiterals.join(","), { key: keyLiterals, values: literals.slice(key.length) });
    }
  } finally {
    stmt.finalize();
  }
  return { table: table2.name, columns, key, rows };
}
function rowContents(db, tables) {
  const out = /* @__PURE__ */ new Map();
  for (const table2 of tables) {
    const { rows } = readTableRows(db, table2);
    out.set(table2.name.toLowerCase(), [...rows.values()].map((r) => r.values.join(",")).sort());
  }
  return out;
}

// src/engine/replay/idempotent-step.ts
var MARKER = /^[ \t]*--[ \t]*lockstep:idempotent[ \t]*$/im;
var CODE_MARKER = /^[ \t]*(?:--|#|\/\/)[ \t]*lockstep:idempotent[ \t]*$/im;
function idempotentAdvice(marker = "-- lockstep:idempotent") {
  const code = !marker.startsWith("--");
  const how = code ? "make each step safe to repeat (CREATE \u2026 IF NOT EXISTS, INSERT OR IGNORE, a check of what exists before each change)" : "make each statement safe to repeat (CREATE \u2026 IF NOT EXISTS, INSERT OR IGNORE, a guard on an UPDATE)";
  return `${how}, or, if this migration is not meant to be re-run, take it out of \`idempotent\` (the config key or the file's \`${marker}\`)`;
}
var ADVICE = idempotentAdvice();
function markedIdempotent(code) {
  return CODE_MARKER.test(code);
}
function idempotentMarkerLine(code) {
  const found = CODE_MARKER.exec(code);
  return found ? code.slice(0, found.index).split("\n").length : void 0;
}
function runsTwice(migration, options) {
  const up = migration.up;
  if (!up) return false;
  return options.idempotent === true || up.chunks.some((c) => MARKER.test(c.sql));
}
function verifyIdempotent(state, migration, after, findings) {
  const up = migration.up;
  const v = migration.version;
  const tables = [...after.objects.values()].filter((o) => o.kind === "table");
  const rows = rowContents(state.db, tables);
  const again = state.run(up);
  if (!again.ok && again.failure) {
    const { line, column, message, statement } = again.failure;
    findings.push(
      finding(
        "not-idempotent",
        `the up of ${v} is meant to be safe to re-run, but run a second time it failed at ${up.file}:${line}:${column} (${quoteStatement(statement)}): ${message}; a re-run of it would stop there, with ${up.transaction ? "its transaction rolled back" : "the statements before it applied again"}: ${ADVICE}`,
        { version: v, file: up.file, line, column }
      )
    );
    return up.transaction ? "unchanged" : "rebuild";
  }
  const changed = changesOf(
    after,
    state.reader.read(again.schemaWrites),
    tables,
    rows,
    rowContents(state.db, tables)
  );
  if (changed.length === 0) return "unchanged";
  findings.push(
    finding(
      "not-idempotent",
      `the up of ${v} is meant to be safe to re-run, but run a second time (${up.file}) it changed ${changed.join(" and ")}; a re-run would change the database again: ${ADVICE}`,
      { version: v, file: up.file, line: up.chunks[0]?.line ?? 1 }
    )
  );
  return "rebuild";
}
function changesOf(schema, schemaAgain, tables, rows, rowsAgain) {
  const diff = diffSchemas(schema, schemaAgain);
  const changed = [];
  if (!isEmptyDiff(diff)) changed.push(`its schema (${summarizeDiff(diff)})`);
  for (const table2 of tables) {
    const before = rows.get(table2.name.toLowerCase()) ?? [];
    const later = rowsAgain.get(table2.name.toLowerCase()) ?? [];
    const { added, removed } = multisetChange(before, later);
    if (added + removed > 0)
      changed.push(`the rows of ${codeSpan(table2.name)} (${added} added, ${removed} removed or changed)`);
  }
  return changed;
}
function multisetChange(before, after) {
  const counts = /* @__PURE__ */ new Map();
  for (const row of before) counts.set(row, (counts.get(row) ?? 0) + 1);
  let added = 0;
  for (const row of after) {
    const n = counts.get(row) ?? 0;
    if (n > 0) counts.set(row, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of counts.values()) removed += n;
  return { added, removed };
}

// src/engine/replay/step-findings.ts
function notReplayed(set, migration) {
  const file = migration.code ?? migration.files[0];
  return finding(
    "not-replayed",
    `${migration.version} is not SQL (${file}); lockstep cannot run it, so failures after it may stem from what it would have done${proposeRunner(set.layout)}`,
    { version: migration.version, file }
  );
}
function upFailed(migration, up, failure, advice) {
  return finding(
    "up-failed",
    `the up of ${migration.version} failed at ${up.file}:${failure.line}:${failure.column} (${quoteStatement(failure.statement)}): ${failure.message}${advice}`,
    { version: migration.version, file: up.file, line: failure.line, column: failure.column }
  );
}
function dataOnlyFailure(migration, up, failure, why) {
  return finding(
    "up-failed",
    `the up of ${migration.version} fails on a database with data at ${up.file}:${failure.line}:${failure.column} (${quoteStatement(failure.statement)}): ${failure.message}; ${why}`,
    { version: migration.version, file: up.file, line: failure.line, column: failure.column }
  );
}
function downMissing(migration, up, required) {
  const missing = finding(
    "down-missing",
    `${migration.version} has no down; write one so the migration can be rolled back (or set "down": "none" for this database)`,
    { version: migration.version, file: up.file }
  );
  if (required) missing.severity = "error";
  return missing;
}
function downAt(migration) {
  const down = migration.down;
  return { file: down.file, line: down.chunks[0]?.line ?? 1 };
}
function proposeRunner(layout) {
  const tool = codePreset(layout);
  return tool ? `; to replay it, have ${tool.name} run it: give the database "runner": "${tool.id}" (see Code migrations in lockstep's README)` : `; to replay it, give the database a "runner" whose commands run it, such as the project's own migrate command (see Code migrations in lockstep's README)`;
}

// src/engine/replay/up-failure.ts
function upFailureAdvice(migration, failure, ctx) {
  const v = migration.version;
  const missing = /no such function: (\S+)/.exec(failure.message)?.[1];
  const hint = ctx.skippedCode ? ` (${ctx.skippedCode.version} before it was not replayed and may be the cause)` : "";
  const after = "the migrations after it were not replayed";
  if (missing) {
    const name = codeSpan(missing);
    const register = ctx.functionsModule ? `the \`functions\` module (${ctx.functionsModule}) registers ${ctx.registered.length ? ctx.registered.map(codeSpan).join(", ") : "nothing"} but not ${name}: add ${name} to its default export` : `give the replay the same function with the \`functions\` key of the lockstep config, an ES module whose default export maps ${name} to a JavaScript function`;
    const otherwise = ctx.applied ? `${v} is applied (the base has it), so do not edit it: the databases that ran it had the function` : "if nothing registers it, fix the statement";
    return `${hint}; ${name} is not built into SQLite: where the application registers it on its connection, ${register}; ${otherwise}. ${cap(after)}`;
  }
  if (ctx.applied)
    return `${hint}; ${v} is applied (the base has it), so do not edit it: an edit never reaches the databases that ran it, which had what this replay lacks (a \`baseline\` schema, \`functions\`, \`replacements\` in the lockstep config). ${cap(after)}`;
  return `${hint}; fix the statement, ${after}`;
}
function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/engine/replay/verify-step.ts
var SAVEPOINT = "lockstep_verify";
var OWN_TRANSACTION = /^[ \t]*(?:BEGIN(?:[ \t]+(?:DEFERRED|IMMEDIATE|EXCLUSIVE))?|COMMIT|ROLLBACK)(?:[ \t]+TRANSACTION)?[ \t]*;/gim;
function withoutOwnTransaction(sql) {
  return sql.replace(OWN_TRANSACTION, (statement) => " ".repeat(statement.length));
}
function runVerify(state, layout, migration, findings) {
  const verify = migration.verify;
  const script = {
    ...verify,
    transaction: false,
    chunks: verify.chunks.map((chunk) => ({ ...chunk, sql: withoutOwnTransaction(chunk.sql) }))
  };
  state.db.exec(`SAVEPOINT ${SAVEPOINT}`);
  const result = state.run(script);
  try {
    state.db.exec(`ROLLBACK TO ${SAVEPOINT}`);
    state.db.exec(`RELEASE ${SAVEPOINT}`);
  } catch {
  }
  if (result.ok || !result.failure) return;
  const { line, column, message, statement } = result.failure;
  findings.push(
    finding(
      "verify-failed",
      `the verify of ${migration.version} (${migration.name}) failed at ${verify.file}:${line}:${column} (${quoteStatement(statement)}): ${message}; ${toolOf(layout).verify ?? "its tool reports the change as broken"}. The up did not leave what its verify expects: fix the up, or the verify`,
      { version: migration.version, file: verify.file, line, column }
    )
  );
}

// src/engine/replay/replay-set.ts
async function replaySet(set, options) {
  const findings = [];
  const reports = [];
  const touched = /* @__PURE__ */ new Map();
  const state = new ReplayState(options);
  await state.open();
  const engine = state.db.info;
  options.onProgress?.(0, set.migrations.length, { migrations: reports, findings, engine });
  try {
    if (options.baseline) {
      const result = state.run(options.baseline);
      if (!result.ok && result.failure) {
        findings.push(
          finding(
            "up-failed",
            `the baseline failed at line ${result.failure.line}: ${result.failure.message}; fix the baseline file before the migrations can be replayed`,
            { file: options.baseline.file, line: result.failure.line, column: result.failure.column }
          )
        );
        return {
          migrations: set.migrations.map(notRun),
          findings,
          schema: state.reader.read(),
          touched,
          engine
        };
      }
      state.recordApplied(options.baseline);
    }
    const cache = PrefixCache.open(set, options, engine, (m) => checksDown(m, options));
    const hit = cache?.longest();
    if (cache && hit && !hit.database) {
      const verdicts = cachedVerdicts(hit.record);
      options.onProgress?.(set.migrations.length, set.migrations.length, { ...verdicts, engine });
      return { ...verdicts, engine };
    }
    if (hit?.database) {
      await state.load(hit.database, hit.record.pragmas);
      state.reader.importModels(hit.record.models);
      reports.push(...hit.record.reports);
      findings.push(...hit.record.findings);
      for (const [version, tables] of hit.record.touched) touched.set(version, tables);
      for (const problem of hit.record.reportedIntegrity) state.reportedIntegrity.add(problem);
      for (const m of set.migrations.slice(0, hit.record.count)) if (m.up) state.recordApplied(m.up);
    }
    const start = hit?.record.count ?? 0;
    const data = options.data && new DataMode(options.data);
    let before = state.reader.read();
    let stopped;
    let skippedCode;
    let lastApplied = set.migrations[start - 1];
    for (const [index, migration] of set.migrations.entries()) {
      if (index < start) continue;
      options.onProgress?.(index, set.migrations.length, { migrations: reports, findings, engine });
      if (stopped) {
        reports.push(notRun(migration));
        continue;
      }
      if (!migration.up && !migration.code) {
        skippedCode = migration;
        reports.push(notRun(migration));
        continue;
      }
      if (!migration.up) {
        skippedCode = migration;
        findings.push(notReplayed(set, migration));
        reports.push(notRun(migration));
        continue;
      }
      const report = newReport(migration);
      reports.push(report);
      if (isBlank(migration.up)) findings.push(emptyUpFinding(set.layout, migration, migration.up));
      data?.beforeUp(state.db, before, tablesReached(before, [migration.up, migration.down]));
      let up = state.run(migration.up);
      report.ms = round(up.ms);
      noteTransactionControl(findings, set, migration, migration.up, up);
      noteDqs(findings, set, migration, migration.up, up.dqs);
      if (!up.ok && up.failure && data) {
        const withData = await data.onlyWithData(state, migration.up, up.failure.message);
        if (withData) {
          findings.push(dataOnlyFailure(migration, migration.up, up.failure, withData));
          await state.rebuild();
          data.forget();
          up = state.run(migration.up);
        }
      }
      if (!up.ok && up.failure) {
        report.up = "failed";
        const advice = upFailureAdvice(migration, up.failure, {
          applied: options.baseVersions?.has(migration.version) ?? false,
          functionsModule: options.functionsModule,
          registered: Object.keys(options.functions ?? {}),
          skippedCode
        });
        findings.push(upFailed(migration, migration.up, up.failure, advice));
        stopped = migration.version;
        continue;
      }
      report.up = "ok";
      state.recordApplied(migration.up);
      const after = state.reader.read(up.schemaWrites);
      const upChanged = changedTables(diffSchemas(before, after));
      touched.set(migration.version, upChanged);
      findings.push(
        ...tableChangeFindings(migration, migration.up, before, after, runnerOf(toolOf(set.layout)))
      );
      checkIntegrity(
        state,
        findings,
        migration,
        migration.up.file,
        `after the up of ${migration.version}`,
        scopeOfStep(before, after, up, state.hasFunctions, upChanged)
      );
      if (data)
        findings.push(...data.afterUp(state.db, migration, sqlUpRows(set, migration.up), before, after));
      if (migration.verify) runVerify(state, set.layout, migration, findings);
      if (runsTwice(migration, options) && verifyIdempotent(state, migration, after, findings) === "rebuild") {
        await state.rebuild();
        state.reader.read();
      }
      lastApplied = migration;
      let since = "none";
      if (shouldVerifyDown(migration, options)) {
        const outcome = await verifyDown(
          state,
          set,
          migration,
          before,
          after,
          report,
          findings,
          data && ((afterDown) => findings.push(...data.afterDown(state.db, migration, downAt(migration), afterDown)))
        );
        if (outcome === "rebuild") await state.rebuild();
        if (outcome !== "unchanged") since = "any";
      } else if (!migration.down && set.hasDowns && checksDown(migration, options)) {
        report.down = "missing";
        findings.push(downMissing(migration, migration.up, options.downPolicy === "required"));
      }
      if (data) findings.push(...data.afterStep(state, migration));
      before = state.reader.read(since);
    }
    options.onProgress?.(set.migrations.length, set.migrations.length, {
      migrations: reports,
      findings,
      engine
    });
    const reportedIntegrity = [...state.reportedIntegrity];
    const final = [];
    if (lastApplied?.up) {
      const when = `at the end of the replay (the last migration is ${lastApplied.version}; the whole database was checked)`;
      checkIntegrity(state, final, lastApplied, lastApplied.up.file, when, WHOLE_DATABASE);
    }
    if (cache && set.migrations.length > 0 && reports.every((r) => r.up === "ok")) {
      cache.store(
        state.db,
        {
          count: set.migrations.length,
          reports,
          findings,
          touched: [...touched],
          reportedIntegrity,
          models: state.reader.exportModels(),
          final
        },
        set.migrations
      );
    }
    return { migrations: reports, findings: [...findings, ...final], schema: before, touched, engine };
  } finally {
    state.close();
  }
}
function checksDown(migration, options) {
  if (options.downPolicy === "none" || options.down === "none") return false;
  if (options.down === "new") return !options.baseVersions?.has(migration.version);
  return true;
}
function shouldVerifyDown(migration, options) {
  return migration.down !== void 0 && checksDown(migration, options);
}
function newReport(migration) {
  return {
    version: migration.version,
    name: migration.name,
    files: migration.files,
    up: "not-run",
    down: "not-run",
    redo: "not-run",
    ms: 0
  };
}
function notRun(migration) {
  return newReport(migration);
}
function round(ms) {
  return Math.round(ms * 100) / 100;
}

export {
  fillPlaceholders,
  commandWords,
  codePreset,
  resolveRunner,
  unknownPlaceholders,
  stepValues,
  scriptFor,
  describeRunner,
  literalOf,
  countRows,
  rowIntent,
  sqlUpRows,
  cascadeFix,
  DataMode,
  onlyWithDataWords,
  readTableRows,
  rowContents,
  idempotentAdvice,
  markedIdempotent,
  idempotentMarkerLine,
  runsTwice,
  changesOf,
  replaySet,
  checksDown,
  newReport,
  round
};
