import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  DISK,
  readDatabase
} from "./chunk-27KHMPRI.js";
import {
  chooseEngine,
  loadEngine,
  queryRows
} from "./chunk-FTWE2UU2.js";
import {
  resolveDatabases
} from "./chunk-WWXHY5GU.js";
import {
  TOOLS,
  toolOf
} from "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import {
  kindOf
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-J4JBNE5M.js";

// src/engine/realdb/real-database.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { resolve } from "node:path";

// src/adapters/database-file.ts
import { open, readFile, stat } from "node:fs/promises";
var SQLITE_HEADER = "SQLite format 3\0";
var MAX_DATABASE_BYTES = 2 * 1024 * 1024 * 1024;
async function readDatabaseFile(abs, source) {
  const info = await stat(abs).catch((cause) => {
    throw new LockstepError("usage", `${source} does not exist; give the path of a SQLite database file`, {
      cause
    });
  });
  if (!info.isFile())
    throw new LockstepError("usage", `${source} is ${kindOf(info)}, not a SQLite database file`);
  if (info.size >= MAX_DATABASE_BYTES)
    throw new LockstepError(
      "usage",
      `${source} is 2 GiB or larger, more than the in-memory SQLite engine of lockstep can hold`
    );
  const header = await readHeader(abs).catch((cause) => {
    throw new LockstepError(
      "io",
      `${source} cannot be read (${cause.code ?? "error"}); check its permissions`,
      { cause }
    );
  });
  if (header !== SQLITE_HEADER)
    throw new LockstepError("usage", `${source} is not a SQLite database file (no SQLite header)`);
  return readFile(abs);
}
async function readHeader(abs) {
  const handle = await open(abs, "r");
  try {
    const buffer = Buffer.alloc(16);
    await handle.read(buffer, 0, 16, 0);
    return buffer.toString("latin1");
  } finally {
    await handle.close();
  }
}
function openCopy(engine, bytes, source) {
  try {
    const db = engine.openBytes(bytes);
    db.prepare("SELECT count(*) FROM sqlite_schema").finalize();
    return db;
  } catch (cause) {
    throw new LockstepError(
      "io",
      `${source} cannot be read as a SQLite database: ${cause.message}`,
      {
        cause
      }
    );
  }
}
function tableNames(db) {
  return queryRows(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map(
    (r) => String(r[0])
  );
}

// src/core/applied-status.ts
function appliedStatus(tool, reader, set, tracked, checksums, where) {
  const rows = new Map(tracked.map((r) => [r.key, r]));
  const entries = [];
  const findings = [];
  const applied = [];
  const matched = /* @__PURE__ */ new Set();
  let lastApplied = -1;
  set.migrations.forEach((m, index) => {
    const row = rows.get(reader.key(m));
    if (row) lastApplied = index;
  });
  set.migrations.forEach((m, index) => {
    const key = reader.key(m);
    const row = rows.get(key);
    const file = m.up?.file ?? m.files[0];
    const base = { version: m.version, name: m.name, file };
    if (!row) {
      entries.push({ ...base, state: "pending" });
      if (reader.neverApplied) {
        const why = reader.neverApplied(m, tracked);
        if (why)
          findings.push(
            finding(
              "db-never-applied",
              `${escapeControl(file ?? m.version)}: ${escapeControl(m.version)} is pending in ${where}, and ${tool.name} will never apply it: ${why}`,
              { version: m.version, file }
            )
          );
        return;
      }
      if (index < lastApplied && tool.applied.outOfOrder && !tool.graph)
        findings.push(
          finding(
            "db-out-of-order",
            `${escapeControl(file ?? m.version)}: ${escapeControl(m.version)} is not applied in ${where}, though later migrations are; ${tool.name} ${tool.applied.outOfOrder.does}`,
            { version: m.version, file }
          )
        );
      return;
    }
    matched.add(key);
    if (row.unknown) {
      entries.push({ ...base, state: "unknown" });
      return;
    }
    applied.push(m.version);
    if (row.failed) {
      entries.push({ ...base, state: "failed" });
      findings.push(
        finding(
          "db-failed",
          `${escapeControl(file ?? m.version)}: ${where} records ${escapeControl(m.version)} as not finished (${row.failed}); ${fill(reader.failed ?? `${tool.name} counts it as applied`, m.version)}`,
          { version: m.version, file }
        )
      );
      return;
    }
    const sum = checksums.get(m.version);
    if (reader.checksum && row.checksum !== void 0 && sum !== void 0 && sum !== row.checksum) {
      entries.push({ ...base, state: "changed" });
      findings.push(
        finding(
          "db-changed",
          `${escapeControl(file ?? m.version)}: the file was edited after ${where} applied it (checksum ${escapeControl(short(row.checksum))} recorded, ${short(sum)} now); ${fill(reader.checksum.changed, m.version)}. Put the file back as it was applied and write the change as a new migration`,
          { version: m.version, file }
        )
      );
      return;
    }
    entries.push({ ...base, state: "applied" });
  });
  for (const row of tracked) {
    if (matched.has(row.key)) continue;
    entries.push({ version: row.key, name: "", state: "missing" });
    findings.push(
      finding(
        "db-missing",
        row.missing ? `${where}: ${row.missing}` : `${where} records ${escapeControl(row.key)} as applied, but no migration file has it; ${fill(reader.missing, row.key)}. Restore the file from git history if it was deleted by mistake`,
        { version: row.key }
      )
    );
  }
  return { entries, findings, applied };
}
function fill(text, version) {
  return text.replace(/VERSION|REVISION/g, escapeControl(version));
}
function short(sum) {
  return sum.length > 16 ? `${sum.slice(0, 12)}\u2026` : sum;
}

// src/engine/realdb/real-database.ts
async function openRealDatabase(req) {
  const resolved = await resolveDatabases(req);
  const engine = await chooseEngine(req.engine ?? resolved.config?.config.engine);
  const bytes = await readDatabaseFile(resolve(req.cwd, req.file), req.file);
  const db = openCopy(await loadEngine(engine), bytes, req.file);
  try {
    const tables = tableNames(db);
    const read = await pickSet(resolved.specs, tables, req);
    const tool = toolOf(read.set.layout);
    const reader = tool.tracking.reader;
    const base = { source: req.file, read, tool, bytes, tables, engine, notes: resolved.notes };
    if (!reader) {
      if (req.registry)
        throw new LockstepError("usage", `--registry is for Sqitch's registry; ${tool.name} has none`);
      return { ...base, noTracking: noTrackingReason(tool, reader, tables, req.file) };
    }
    const apart = reader.apart;
    if (req.registry && !apart)
      throw new LockstepError(
        "usage",
        `--registry is for a tool that keeps its records in a database of its own (Sqitch); ${tool.name} keeps them in ${req.file} itself`
      );
    const registryOnly = !!apart && !req.registry && apart.tables.every((t) => tables.includes(t));
    if (apart && !registryOnly) {
      const registry = req.registry ?? apart.beside(req.file);
      const found = await readRegistry(tool, reader, registry, req, engine);
      if (!found) return { ...base, noTracking: noRegistryReason(apart, registry, req) };
      const rows2 = reader.rows(found, read.set);
      return { ...base, registry, status: await statusOf(tool, reader, read, rows2, req, registry) };
    }
    if (!tables.includes(reader.table))
      return { ...base, noTracking: noTrackingReason(tool, reader, tables, req.file) };
    const rows = reader.rows(queryRows(db, reader.query), read.set);
    return { ...base, registryOnly, status: await statusOf(tool, reader, read, rows, req, req.file) };
  } finally {
    db.close();
  }
}
async function statusOf(tool, reader, read, rows, req, where) {
  const checksums = reader.checksum ? await fileChecksums(read, reader, req.cwd) : /* @__PURE__ */ new Map();
  return appliedStatus(tool, reader, read.set, rows, checksums, where);
}
async function readRegistry(tool, reader, registry, req, engine) {
  const abs = resolve(req.cwd, registry);
  if (!req.registry && !await stat2(abs).catch(() => void 0)) return void 0;
  const db = openCopy(await loadEngine(engine), await readDatabaseFile(abs, registry), registry);
  try {
    const tables = tableNames(db);
    if (!tables.includes(reader.table))
      throw new LockstepError(
        "usage",
        `${registry} has no ${reader.table} table: it is not a ${tool.name} registry (its tables: ${tables.join(", ") || "none"})`
      );
    return queryRows(db, reader.query);
  } finally {
    db.close();
  }
}
function noRegistryReason(apart, registry, req) {
  return `${req.file} is the target database, and ${registry} beside it, where the registry would be, does not exist: ${apart.where}. Give the registry with --registry FILE, or deploy to ${req.file} first`;
}
async function pickSet(specs, tables, req) {
  if (specs.length === 0) throw new LockstepError("usage", "no migration set found; give --config or --db");
  const reads = await Promise.all(specs.map((spec) => readDatabase(spec, req.cwd, DISK)));
  if (reads.length === 1) return reads[0];
  const fitting = reads.filter((r) => {
    const table = toolOf(r.set.layout).tracking.reader?.table;
    return table !== void 0 && tables.includes(table);
  });
  if (fitting.length === 1) return fitting[0];
  const names = (fitting.length ? fitting : reads).map((r) => r.spec.name);
  throw new LockstepError(
    "usage",
    `${names.length} databases of the config could be ${req.file} (${names.join(", ")}); say which with --db NAME (its tables: ${tables.join(", ") || "none"})`
  );
}
async function fileChecksums(read, reader, cwd) {
  const out = /* @__PURE__ */ new Map();
  const of = reader.checksum?.of;
  if (!of) return out;
  for (const m of read.set.migrations) {
    if (!m.up) continue;
    const bytes = await readFile2(resolve(cwd, m.up.file)).catch(() => void 0);
    if (bytes) out.set(m.version, of(bytes));
  }
  return out;
}
function noTrackingReason(tool, reader, tables, file) {
  const suggested = TOOLS.filter((t) => t.tracking.reader && tables.includes(t.tracking.reader.table)).map((t) => `${t.tracking.reader?.table} (${t.name})`);
  const uniq = [...new Set(suggested)];
  const has = tables.length ? `its tables are ${tables.join(", ")}` : "it has no tables";
  const hint = uniq.length ? `; those suggest ${uniq.join(", ")}: set "layout" in the config if the set is that tool's` : "; it may not have been migrated yet, or by another tool";
  if (!reader)
    return `${tool.name} keeps no tracking table lockstep can read in the migrated database (${tool.tracking.stores}); ${has}`;
  return `${file} has no ${reader.table} table, where ${tool.name} records what it applied; ${has}${hint}`;
}
function refuseApart(real, command) {
  if (real.registryOnly)
    throw new LockstepError(
      "usage",
      `${command} needs the migrated database, but ${real.source} is ${real.tool.name}'s registry, which records what was deployed and holds none of its schema; pass the target database instead (${real.tool.tracking.reader?.apart?.where}), or give this file with --registry`
    );
}
function refuseUnknown(real, command) {
  const unknown = real.status?.entries.filter((e) => e.state === "unknown") ?? [];
  if (unknown.length === 0) return;
  const why = real.status?.findings.find((f) => f.rule === "db-missing")?.message;
  throw new LockstepError(
    "usage",
    `${command} needs to know which migrations ${real.source} has applied, but ${unknown.length === 1 ? "one is" : `${unknown.length} are`} unknown (${unknown.map((e) => e.version).join(", ")})${why ? `: ${why}` : ""}`
  );
}

export {
  openCopy,
  openRealDatabase,
  refuseApart,
  refuseUnknown
};
