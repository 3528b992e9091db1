import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  GitRepo
} from "./chunk-CJ2BOADH.js";
import {
  replayDatabase
} from "./chunk-OLMGF5LX.js";
import {
  renderFindingText
} from "./chunk-ICEMCYO2.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-GV6QPZO7.js";
import {
  DISK,
  readDatabase
} from "./chunk-4SWIL6AT.js";
import "./chunk-3IUPCQ4L.js";
import "./chunk-RCIOBLM7.js";
import "./chunk-G2C637I4.js";
import "./chunk-ELXH56KB.js";
import "./chunk-5XVE6VB3.js";
import "./chunk-ZTJVCKZ2.js";
import {
  SchemaReader,
  diffSchemas,
  isEmptyDiff,
  renderDiffMarkdown,
  renderDiffText,
  summarizeDiff
} from "./chunk-TPNI2MT2.js";
import "./chunk-VKMQKD47.js";
import {
  chooseEngine,
  loadEngine
} from "./chunk-YFUYWVF6.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import "./chunk-P34DZR23.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import {
  resolveDatabases
} from "./chunk-BCRJXBLX.js";
import "./chunk-UJ4G5TDP.js";
import "./chunk-YBKIMZXO.js";
import "./chunk-ZN3DV6XH.js";
import "./chunk-ZSYM6HFY.js";
import {
  kindOf
} from "./chunk-5LXPE3ZJ.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-VD4JFQKR.js";
import "./chunk-CVUXP45T.js";

// src/engine/replay/diff.ts
import { existsSync } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
var SQLITE_HEADER = "SQLite format 3\0";
var MAX_DATABASE_BYTES = 2 * 1024 * 1024 * 1024;
var DATABASE_NAME = /\.(db|db3|sqlite|sqlite3)$/i;
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
async function loadCommitted(source, ref, dir, cwd, engine) {
  const repo = await GitRepo.open(cwd);
  const commit = await repo.commitOf(ref);
  if (!commit)
    throw new LockstepError("usage", `${ref} in ${source} is not a commit here; fetch it or name another`);
  const path = dir.replace(/^\/+|\/+$/g, "");
  const { specs } = await resolveDatabases({ cwd, dir: relative(cwd, resolve(repo.root, path)) || "." });
  const spec = specs[0];
  const read = await readDatabase(spec, cwd, { at: "git", repo, ref: commit });
  if (read.files.length === 0)
    throw new LockstepError("usage", `${source}: there is no ${path || "."}/ at ${ref}`);
  const { report, schema } = await replayDatabase(read, { cwd, down: "none", engine });
  return { source, kind: "migrations", schema, findings: report.findings };
}
async function loadSide(source, cwd, engine) {
  const abs = resolve(cwd, source);
  const committed = /^([^:]+):(.*)$/.exec(source);
  if (committed && !existsSync(abs))
    return loadCommitted(source, committed[1], committed[2], cwd, engine);
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
    const { report, schema } = await replayDatabase(await readDatabase(spec, cwd, DISK), {
      cwd,
      down: "none",
      engine
    });
    if (report.migrations.length === 0 && DATABASE_NAME.test(abs))
      throw new LockstepError(
        "usage",
        `${source} is a directory with no migrations, not a SQLite database file; give the database file itself, or a migrations directory`
      );
    return { source, kind: "migrations", schema, findings: report.findings };
  }
  if (!info.isFile())
    throw new LockstepError(
      "usage",
      `${source} is ${kindOf(info)}, neither a migrations directory nor a SQLite database file; give one of those, or REF:DIR`
    );
  if (info.size >= MAX_DATABASE_BYTES)
    throw new LockstepError(
      "usage",
      `${source} is 2 GiB or larger, more than the in-memory SQLite engine of lockstep can hold; diff a copy with the schema only (sqlite3 ${source} .schema | sqlite3 schema.db), or the migrations directory`
    );
  const sqlite = await isSqliteFile(abs).catch((cause) => {
    throw new LockstepError(
      "io",
      `${source} cannot be read (${cause.code ?? "error"}); check its permissions`,
      { cause }
    );
  });
  if (!sqlite) {
    throw new LockstepError(
      "usage",
      `${source} is neither a directory nor a SQLite database file (no SQLite header)`
    );
  }
  let db;
  try {
    db = (await loadEngine(engine)).openBytes(await readFile(abs));
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
    db?.close();
  }
}
async function runDiff(req) {
  const engine = await chooseEngine(req.engine);
  const from = await loadSide(req.from, req.cwd, engine);
  const to = await loadSide(req.to, req.cwd, engine);
  return { from, to, diff: diffSchemas(from.schema, to.schema) };
}

// src/cli/diff-command.ts
async function diffCommand(io, args) {
  const result = await runDiff({
    cwd: io.cwd,
    from: args.from,
    to: args.to,
    engine: args.engine === "auto" ? void 0 : args.engine
  });
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
    io.out(`${io.style.bold(`schema diff ${escapeControl(args.from)} \u2192 ${escapeControl(args.to)}`)}
`);
    if (isEmptyDiff(result.diff)) io.out(`${escapeControl(summarizeDiff(result.diff))}
`);
    else io.out(`${renderDiffText(result.diff)}

${escapeControl(summarizeDiff(result.diff))}
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
  diffCommand
};
