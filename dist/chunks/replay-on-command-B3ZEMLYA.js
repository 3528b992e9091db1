import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  renderReportMarkdown
} from "./chunk-2UZMU7IW.js";
import {
  replayChoices
} from "./chunk-5ZYM57CX.js";
import {
  openRealDatabase,
  refuseApart,
  refuseUnknown
} from "./chunk-NPRMCQGL.js";
import "./chunk-46T76R5N.js";
import {
  databaseRunner,
  replayDatabase
} from "./chunk-3YNM6M3L.js";
import "./chunk-HNTKQ7MF.js";
import {
  renderReportText
} from "./chunk-OG4VZJVS.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-27KHMPRI.js";
import {
  reportOk
} from "./chunk-GV6QPZO7.js";
import "./chunk-ICBRVQAN.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-G2C637I4.js";
import "./chunk-LR4K5SKU.js";
import "./chunk-ODQ3WMNU.js";
import "./chunk-CFAGLQ5I.js";
import "./chunk-TR7J7TJX.js";
import "./chunk-5RV7R7RT.js";
import {
  resolveEngine
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

// src/engine/realdb/replay-on.ts
async function runReplayOn(req) {
  const real = await openRealDatabase(req);
  if (!real.status) throw new LockstepError("usage", real.noTracking ?? `${req.file} has no tracking table`);
  refuseApart(real, "replay --on");
  refuseUnknown(real, "replay --on");
  if (databaseRunner(real.read.spec))
    throw new LockstepError(
      "usage",
      `replay --on replays SQL migrations on a copy of the file; ${real.read.spec.name}'s migrations run through a runner, which works on a file of its own: run \`lockstep replay\` without --on`
    );
  const applied = new Set(real.status.applied);
  const set = real.read.set;
  const pending = set.migrations.filter((m) => !applied.has(m.version));
  const read = {
    ...real.read,
    set: {
      ...set,
      migrations: pending,
      // What the reader says of applied migrations was true when they ran; only pending ones are replayed.
      findings: set.findings.filter((f) => f.version === void 0 || !applied.has(f.version))
    }
  };
  const replayed = await replayDatabase(read, { ...req, engine: real.engine, start: real.bytes });
  return { real, applied: real.status.applied, report: replayed.report };
}

// src/cli/replay-on-command.ts
async function replayOnCommand(io, args) {
  const result = await runReplayOn({
    cwd: io.cwd,
    env: io.env,
    file: args.on,
    configPath: args.config,
    db: args.db,
    registry: args.registry,
    ...replayChoices(args)
  });
  for (const note of result.real.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  const replayed = result.report.migrations.map((m) => m.version);
  const report = {
    version: 1,
    ok: reportOk([result.report]),
    engine: await resolveEngine(result.real.engine),
    databases: [result.report]
  };
  if (args.format === "json") {
    const on = { file: args.on, registry: result.real.registry, applied: result.applied, replayed };
    io.out(`${JSON.stringify({ ...report, on }, null, 2)}
`);
  } else if (args.format === "markdown") io.out(renderReportMarkdown(report));
  else {
    const list = (v) => v.length ? v.map(escapeControl).join(", ") : "none";
    io.out(
      `${io.style.bold(`on ${escapeControl(args.on)} (a copy in memory; the file is not written)`)}
already applied: ${list(result.applied)}
replayed: ${list(replayed)}
`
    );
    if (replayed.length > 0) io.out(renderReportText(report, io.style));
  }
  return report.ok ? 0 : 1;
}
export {
  replayOnCommand
};
