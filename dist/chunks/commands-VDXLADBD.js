import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  renderReportMarkdown
} from "./chunk-VP24JB4S.js";
import {
  SchemaReader,
  diffSchemas,
  isEmptyDiff,
  openDatabaseBytes,
  renderDiffMarkdown,
  renderDiffText,
  replayDatabase,
  runReplay,
  summarizeDiff
} from "./chunk-CDBE52MH.js";
import {
  renderFindingText,
  renderReportText
} from "./chunk-OBRLQUVM.js";
import "./chunk-BAIZEYCI.js";
import {
  GitRepo
} from "./chunk-CFB4PT5Z.js";
import {
  filesAt
} from "./chunk-PW6FGNTB.js";
import {
  resolveDatabases
} from "./chunk-VFAKEDVC.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-XJYJDYYE.js";
import "./chunk-CVUXP45T.js";

// src/engine/diff.ts
import { existsSync } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
var SQLITE_HEADER = "SQLite format 3\0";
async function isSqliteFile(path) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(16);
    await handle.read(buffer, 0, 16, 0);
    return buffer.toString("latin1") === SQLITE_HEADER;
  } finally {
    await handle.close();
  }
}
async function loadCommitted(source, ref, dir, cwd) {
  const repo = await GitRepo.open(cwd);
  const commit = await repo.commitOf(ref);
  if (!commit)
    throw new LockstepError("usage", `${ref} in ${source} is not a commit here; fetch it or name another`);
  const path = dir.replace(/^\/+|\/+$/g, "");
  const files = await filesAt(repo, commit, path, cwd);
  if (files.length === 0)
    throw new LockstepError("usage", `${source}: there is no ${path || "."}/ at ${ref}`);
  const { specs } = await resolveDatabases({ cwd, dir: relative(cwd, resolve(repo.root, path)) || "." });
  const spec = specs[0];
  const { report, schema } = await replayDatabase(spec, { cwd, down: "none" }, void 0, { files });
  return { source, kind: "migrations", schema, findings: report.findings };
}
async function loadSide(source, cwd) {
  const abs = resolve(cwd, source);
  const committed = /^([^:]+):(.*)$/.exec(source);
  if (committed && !existsSync(abs))
    return loadCommitted(source, committed[1], committed[2], cwd);
  const info = await stat(abs).catch((cause) => {
    throw new LockstepError(
      "usage",
      `${source} does not exist; give a migrations directory, a SQLite database file, or REF:DIR in a git repository`,
      {
        cause
      }
    );
  });
  if (info.isDirectory()) {
    const { specs } = await resolveDatabases({ cwd, dir: relative(cwd, abs) || "." });
    const spec = specs[0];
    const { report, schema } = await replayDatabase(spec, { cwd, down: "none" });
    return { source, kind: "migrations", schema, findings: report.findings };
  }
  if (!await isSqliteFile(abs)) {
    throw new LockstepError(
      "usage",
      `${source} is neither a directory nor a SQLite database file (no SQLite header)`
    );
  }
  const db = await openDatabaseBytes(await readFile(abs));
  try {
    return { source, kind: "database", schema: new SchemaReader(db).read(), findings: [] };
  } catch (cause) {
    throw new LockstepError(
      "io",
      `${source} cannot be read as a SQLite database: ${cause.message}`,
      {
        cause
      }
    );
  } finally {
    db.close();
  }
}
async function runDiff(req) {
  const from = await loadSide(req.from, req.cwd);
  const to = await loadSide(req.to, req.cwd);
  return { from, to, diff: diffSchemas(from.schema, to.schema) };
}

// src/cli/commands.ts
async function replayCommand(io, args) {
  const started = Date.now();
  let shown = false;
  const outcome = await runReplay({
    cwd: io.cwd,
    dir: args.dir,
    configPath: args.config,
    db: args.db,
    down: args.down,
    onProgress: io.progress ? (name, done, total) => {
      if (Date.now() - started > 1e3) {
        shown = true;
        io.progress?.(done < total ? `replaying ${name}: ${done}/${total}` : "");
      }
    } : void 0
  });
  if (shown) io.progress?.("");
  for (const note of outcome.notes) io.err(`lockstep: ${note}
`);
  const { report } = outcome;
  if (args.format === "json") io.out(`${JSON.stringify(report, null, 2)}
`);
  else if (args.format === "markdown") io.out(renderReportMarkdown(report));
  else io.out(renderReportText(report, io.style));
  return report.ok ? 0 : 1;
}
async function diffCommand(io, args) {
  const result = await runDiff({ cwd: io.cwd, from: args.from, to: args.to });
  const findings = [...result.from.findings, ...result.to.findings];
  const errors = findings.filter((f) => f.severity === "error");
  if (args.format === "json") {
    const { from, to, diff } = result;
    const side = (s) => ({ source: s.source, kind: s.kind, findings: s.findings });
    io.out(
      `${JSON.stringify({ version: 1, ok: errors.length === 0, from: side(from), to: side(to), diff }, null, 2)}
`
    );
  } else if (args.format === "markdown") {
    io.out(`${renderDiffMarkdown(result.diff).trimEnd()}
`);
  } else {
    io.out(`${io.style.bold(`schema diff ${args.from} \u2192 ${args.to}`)}
`);
    if (isEmptyDiff(result.diff)) io.out(`${summarizeDiff(result.diff)}
`);
    else io.out(`${renderDiffText(result.diff)}

${summarizeDiff(result.diff)}
`);
    for (const f of errors) io.err(`${renderFindingText(f, io.style)}
`);
  }
  if (errors.length > 0) {
    io.err(
      `lockstep: the replay behind this diff hit ${errors.length} error(s); the diff shows the schema as far as it got
`
    );
    return 1;
  }
  return 0;
}
export {
  diffCommand,
  replayCommand
};
