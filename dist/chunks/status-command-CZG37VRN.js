import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  realDatabaseRequest
} from "./chunk-KWQMZEWF.js";
import {
  openRealDatabase
} from "./chunk-NPRMCQGL.js";
import {
  renderFindingText
} from "./chunk-OG4VZJVS.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-27KHMPRI.js";
import "./chunk-GV6QPZO7.js";
import "./chunk-ICBRVQAN.js";
import "./chunk-Z2X2U7TB.js";
import "./chunk-FTWE2UU2.js";
import "./chunk-IPJJON7X.js";
import "./chunk-JCJLY7EN.js";
import "./chunk-WWXHY5GU.js";
import "./chunk-UJ4G5TDP.js";
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

// src/cli/status-command.ts
var STATES = ["applied", "pending", "missing", "changed", "failed"];
async function statusCommand(io, args) {
  const real = await openRealDatabase(realDatabaseRequest(io, args));
  for (const note of real.notes) io.err(`lockstep: ${escapeControl(note)}
`);
  if (!real.status) throw new LockstepError("usage", real.noTracking ?? `${args.file} has no tracking table`);
  const { entries, findings } = real.status;
  const ok = !findings.some((f) => f.severity === "error");
  if (args.format === "json") {
    const json = {
      version: 1,
      ok,
      file: args.file,
      database: real.read.spec.name,
      format: real.read.set.layout,
      table: real.tool.tracking.reader?.table,
      ...real.registry ? { registry: real.registry } : {},
      migrations: entries,
      findings
    };
    io.out(`${JSON.stringify(json, null, 2)}
`);
  } else {
    io.out(
      `${io.style.bold(`${escapeControl(args.file)}: ${real.tool.name} (${escapeControl(real.tool.tracking.reader?.table ?? "")}${real.registry ? ` of ${escapeControl(real.registry)}` : ""}) against ${escapeControl(real.read.spec.name)}`)}
`
    );
    for (const e of entries)
      io.out(`  ${label(e, io)}  ${escapeControl(e.version)}${e.name ? ` ${escapeControl(e.name)}` : ""}
`);
    const unknown = entries.filter((e) => e.state === "unknown").length;
    io.out(
      `${STATES.map((s) => `${entries.filter((e) => e.state === s).length} ${s}`).join(", ")}${unknown ? `, ${unknown} unknown` : ""}
`
    );
    for (const f of findings) io.err(`${renderFindingText(f, io.style)}
`);
  }
  return ok ? 0 : 1;
}
function label(e, io) {
  const text = e.state.padEnd(7);
  if (e.state === "applied") return io.style.dim(text);
  if (e.state === "pending" || e.state === "unknown") return io.style.yellow(text);
  return io.style.red(text);
}
export {
  statusCommand
};
