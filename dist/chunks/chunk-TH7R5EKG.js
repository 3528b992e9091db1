import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  PrefixCache,
  ReplayState,
  WHOLE_DATABASE,
  changedTables,
  checkIntegrity,
  diffSchemas,
  isBlank,
  isEmptyDiff,
  noteTransactionControl,
  quoteStatement,
  scopeOfStep,
  summarizeDiff,
  verifyDown
} from "./chunk-5RC7M3UC.js";
import {
  TOOLS,
  codeSpan,
  toolOf
} from "./chunk-WR5YIZ6K.js";
import {
  finding
} from "./chunk-YZCTIH3S.js";

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

// src/core/sql/literal.ts
function quoteIdent(name) {
  return `"${name.split('"').join('""')}"`;
}
function sqlLiteral(value, real = false) {
  if (value === null) return "NULL";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (value === Number.POSITIVE_INFINITY) return "9e999";
    if (value === Number.NEGATIVE_INFINITY) return "-9e999";
    const text = String(value);
    if (!real) return text;
    return /[.e]/.test(text) ? text : `${text}.0`;
  }
  if (typeof value === "string") return `'${value.split("'").join("''")}'`;
  let hex = "";
  for (const byte of value) hex += byte.toString(16).padStart(2, "0");
  return `X'${hex.toUpperCase()}'`;
}

// src/adapters/table-rows.ts
function keyOf(table) {
  const columns = table.columns.filter((c) => !c.generated && !c.hidden).map((c) => c.name);
  const pk = [...table.columns].filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return { columns, key: pk.length > 0 ? pk.map((c) => c.name) : ["rowid"] };
}
function readTableRows(db, table) {
  const { columns, key } = keyOf(table);
  const read = [...key, ...columns];
  const select = read.map((c) => c === "rowid" && key[0] === "rowid" ? "rowid" : quoteIdent(c));
  const stmt = db.prepare(
    `SELECT ${select.map((c) => `${c}, typeof(${c}) = 'real'`).join(", ")} FROM main.${quoteIdent(table.name)}`
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
  return { table: table.name, columns, key, rows };
}
function rowContents(db, tables) {
  const out = /* @__PURE__ */ new Map();
  for (const table of tables) {
    const { rows } = readTableRows(db, table);
    out.set(table.name.toLowerCase(), [...rows.values()].map((r) => r.values.join(",")).sort());
  }
  return out;
}

// src/engine/replay/idempotent-step.ts
var MARKER = /^[ \t]*--[ \t]*lockstep:idempotent[ \t]*$/im;
var ADVICE = "make each statement safe to repeat (CREATE \u2026 IF NOT EXISTS, INSERT OR IGNORE, a guard on an UPDATE), or, if this migration is not meant to be re-run, take it out of `idempotent` (the config key or the file's `-- lockstep:idempotent`)";
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
  const diff = diffSchemas(after, state.reader.read(again.schemaWrites));
  const changed = [];
  if (!isEmptyDiff(diff)) changed.push(`its schema (${summarizeDiff(diff)})`);
  const now = rowContents(state.db, tables);
  for (const table of tables) {
    const before = rows.get(table.name.toLowerCase()) ?? [];
    const later = now.get(table.name.toLowerCase()) ?? [];
    const { added, removed } = multisetChange(before, later);
    if (added + removed > 0)
      changed.push(`the rows of ${codeSpan(table.name)} (${added} added, ${removed} removed or changed)`);
  }
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
      checkIntegrity(
        state,
        findings,
        migration,
        migration.up.file,
        `after the up of ${migration.version}`,
        scopeOfStep(before, after, up, state.hasFunctions, upChanged)
      );
      if (migration.verify) runVerify(state, set.layout, migration, findings);
      if (runsTwice(migration, options) && verifyIdempotent(state, migration, after, findings) === "rebuild") {
        await state.rebuild();
        state.reader.read();
      }
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
  quoteIdent,
  readTableRows,
  replaySet,
  checksDown,
  newReport,
  round
};
