import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  GitRepo
} from "./chunk-MIWH5IJS.js";
import {
  replayDatabase
} from "./chunk-3YNM6M3L.js";
import {
  DISK,
  readDatabase
} from "./chunk-27KHMPRI.js";
import {
  SchemaReader,
  diffSchemas
} from "./chunk-ODQ3WMNU.js";
import {
  chooseEngine,
  loadEngine
} from "./chunk-FTWE2UU2.js";
import {
  resolveDatabases
} from "./chunk-WWXHY5GU.js";
import {
  kindOf
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

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

export {
  runDiff
};
