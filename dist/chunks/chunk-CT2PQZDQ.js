import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  PrefixCache,
  ReplayState,
  WHOLE_DATABASE,
  changedTables,
  checkIntegrity,
  diffSchemas,
  isBlank,
  noteTransactionControl,
  quoteStatement,
  scopeOfStep,
  verifyDown
} from "./chunk-5JCFMZFG.js";
import {
  codeSpan,
  toolOf
} from "./chunk-TVJNDH33.js";
import {
  finding
} from "./chunk-MXKZ7EFD.js";

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
  const tool = toolOf(layout);
  return tool.runner && tool.code ? `; to replay it, have ${tool.name} run it: give the database "runner": "${tool.id}" (see Code migrations in lockstep's README)` : `; to replay it, give the database a "runner" whose commands run it, such as the project's own migrate command (see Code migrations in lockstep's README)`;
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
  replaySet,
  checksDown,
  newReport,
  round
};
