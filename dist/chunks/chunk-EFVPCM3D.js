import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  nameAt,
  scriptStatements
} from "./chunk-G2M362GD.js";
import {
  PrefixCache,
  ReplayState,
  WHOLE_DATABASE,
  changedTables,
  checkIntegrity,
  diffSchemas,
  isBlank,
  noteDqs,
  noteTransactionControl,
  quoteStatement,
  scopeOfStep,
  verifyDown
} from "./chunk-2SSXICKE.js";
import {
  foldCase,
  isOp,
  isWord,
  isWords,
  objectNameAt,
  runnerOf,
  tokenize
} from "./chunk-SB34DSUF.js";
import {
  TOOLS,
  codeSpan,
  toolOf
} from "./chunk-C7XSC45V.js";
import {
  finding
} from "./chunk-UHGHVWWI.js";

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
function dependsOn(obj, tableName) {
  return (obj.kind === "index" || obj.kind === "trigger") && foldCase(obj.table) === foldCase(tableName);
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
    if (hit) {
      await state.load(hit.database, hit.record.pragmas);
      state.reader.importModels(hit.record.models);
      reports.push(...hit.record.reports);
      findings.push(...hit.record.findings);
      for (const [version, tables] of hit.record.touched) touched.set(version, tables);
      for (const problem of hit.record.reportedIntegrity) state.reportedIntegrity.add(problem);
      for (const m of set.migrations.slice(0, hit.record.count)) if (m.up) state.recordApplied(m.up);
    }
    const start = hit?.record.count ?? 0;
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
        findings.push(
          finding(
            "not-replayed",
            `${migration.version} is not SQL (${migration.code ?? migration.files[0]}); lockstep cannot run it, so failures after it may stem from what it would have done${proposeRunner(set.layout)}`,
            { version: migration.version, file: migration.code ?? migration.files[0] }
          )
        );
        reports.push(notRun(migration));
        continue;
      }
      const report = newReport(migration);
      reports.push(report);
      if (isBlank(migration.up)) findings.push(emptyUpFinding(set.layout, migration, migration.up));
      const up = state.run(migration.up);
      report.ms = round(up.ms);
      noteTransactionControl(findings, set, migration, migration.up, up);
      noteDqs(findings, set, migration, migration.up, up.dqs);
      if (!up.ok && up.failure) {
        report.up = "failed";
        const advice = upFailureAdvice(migration, up.failure, {
          applied: options.baseVersions?.has(migration.version) ?? false,
          functionsModule: options.functionsModule,
          registered: Object.keys(options.functions ?? {}),
          skippedCode
        });
        findings.push(
          finding(
            "up-failed",
            `the up of ${migration.version} failed at ${migration.up.file}:${up.failure.line}:${up.failure.column} (${quoteStatement(up.failure.statement)}): ${up.failure.message}${advice}`,
            {
              version: migration.version,
              file: migration.up.file,
              line: up.failure.line,
              column: up.failure.column
            }
          )
        );
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
      if (migration.verify) runVerify(state, set.layout, migration, findings);
      lastApplied = migration;
      let since = "none";
      if (shouldVerifyDown(migration, options)) {
        const outcome = await verifyDown(state, set, migration, before, after, report, findings);
        if (outcome === "rebuild") await state.rebuild();
        if (outcome !== "unchanged") since = "any";
      } else if (!migration.down && set.hasDowns && checksDown(migration, options)) {
        report.down = "missing";
        const missing = finding(
          "down-missing",
          `${migration.version} has no down; write one so the migration can be rolled back (or set "down": "none" for this database)`,
          { version: migration.version, file: migration.up.file }
        );
        if (options.downPolicy === "required") missing.severity = "error";
        findings.push(missing);
      }
      before = state.reader.read(since);
    }
    options.onProgress?.(set.migrations.length, set.migrations.length, {
      migrations: reports,
      findings,
      engine
    });
    if (cache && set.migrations.length > 0 && reports.every((r) => r.up === "ok")) {
      cache.store(
        state.db,
        {
          count: set.migrations.length,
          reports,
          findings,
          touched: [...touched],
          reportedIntegrity: [...state.reportedIntegrity],
          models: state.reader.exportModels()
        },
        set.migrations
      );
    }
    if (lastApplied?.up) {
      const when = `at the end of the replay (the last migration is ${lastApplied.version}; the whole database was checked)`;
      checkIntegrity(state, findings, lastApplied, lastApplied.up.file, when, WHOLE_DATABASE);
    }
    return { migrations: reports, findings, schema: before, touched, engine };
  } finally {
    state.close();
  }
}
function proposeRunner(layout) {
  const tool = codePreset(layout);
  return tool ? `; to replay it, have ${tool.name} run it: give the database "runner": "${tool.id}" (see Code migrations in lockstep's README)` : `; to replay it, give the database a "runner" whose commands run it, such as the project's own migrate command (see Code migrations in lockstep's README)`;
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
  replaySet,
  checksDown,
  newReport,
  round
};
