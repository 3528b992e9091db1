import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  realDatabaseRequest
} from "./chunk-KWQMZEWF.js";
import {
  openCopy,
  openRealDatabase,
  refuseApart,
  refuseUnknown
} from "./chunk-NPRMCQGL.js";
import {
  replayDatabase
} from "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import {
  renderFindingText
} from "./chunk-OG4VZJVS.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-27KHMPRI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-ICBRVQAN.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-G2C637I4.js";
import "./chunk-LR4K5SKU.js";
import {
  SchemaReader,
  diffSchemas,
  isEmptyDiff,
  renderDiffMarkdown,
  renderDiffText,
  summarizeDiff,
  withoutTables
} from "./chunk-ODQ3WMNU.js";
import "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import {
  loadEngine
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
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-J4JBNE5M.js";
import "./chunk-CVUXP45T.js";

// src/engine/realdb/drift.ts
async function runDrift(req) {
  const real = await openRealDatabase(req);
  if (!real.status) throw new LockstepError("usage", real.noTracking ?? `${req.file} has no tracking table`);
  refuseApart(real, "drift");
  refuseUnknown(real, "drift");
  const applied = new Set(real.status.applied);
  const read = {
    ...real.read,
    set: { ...real.read.set, migrations: real.read.set.migrations.filter((m) => applied.has(m.version)) }
  };
  const replayed = await replayDatabase(read, {
    cwd: req.cwd,
    env: req.env,
    down: "none",
    engine: real.engine,
    cache: req.cache
  });
  const db = openCopy(await loadEngine(real.engine), real.bytes, req.file);
  let actual;
  try {
    actual = new SchemaReader(db).read();
  } finally {
    db.close();
  }
  const own = real.tool.tracking.ownTables ?? [];
  const diff = diffSchemas(withoutTables(replayed.schema, own), withoutTables(actual, own));
  return { real, applied: real.status.applied, diff, findings: replayed.report.findings };
}

// src/cli/drift-command.ts
async function driftCommand(io, args) {
  const result = await runDrift(realDatabaseRequest(io, args));
  for (const note of result.real.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  const drift = !isEmptyDiff(result.diff);
  const at = result.applied.at(-1);
  if (args.format === "json") {
    const json = {
      version: 1,
      ok: !drift,
      file: args.file,
      database: result.real.read.spec.name,
      applied: result.applied,
      diff: result.diff,
      findings: result.findings
    };
    io.out(`${JSON.stringify(json, null, 2)}
`);
  } else if (args.format === "markdown") {
    io.out(`${renderDiffMarkdown(result.diff).trimEnd()}
`);
  } else {
    const replay = at ? `the migrations up to ${escapeControl(at)}` : "no migration (none is applied)";
    io.out(`${io.style.bold(`drift: ${replay} \u2192 ${escapeControl(args.file)}`)}
`);
    if (drift) io.out(`${renderDiffText(result.diff)}

`);
    io.out(
      `${drift ? `${escapeControl(summarizeDiff(result.diff))}: the file's schema is not what its applied migrations give; a change was made outside the migrations, or a migration was edited after it ran` : "no drift: the file's schema is what its applied migrations give"}
`
    );
  }
  const errors = result.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 && args.format === "text") {
    for (const f of errors) io.err(`${renderFindingText(f, io.style)}
`);
    io.err(
      `lockstep: the replay behind this comparison hit ${errors.length} error(s); it shows the schema as far as it got
`
    );
  }
  return drift || errors.length > 0 ? 1 : 0;
}
export {
  driftCommand
};
