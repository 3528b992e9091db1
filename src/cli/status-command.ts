import type { StatusEntry } from "../core/applied-status.js";
import { LockstepError } from "../core/errors.js";
import { renderFindingText } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { openRealDatabase } from "../engine/realdb/real-database.js";
import type { Io } from "./io.js";
import { type RealDatabaseArgs, realDatabaseRequest } from "./real-database-args.js";

const STATES = ["applied", "pending", "missing", "changed", "failed"] as const;

export async function statusCommand(
  io: Io,
  args: RealDatabaseArgs & { format: "text" | "json" },
): Promise<number> {
  const real = await openRealDatabase(realDatabaseRequest(io, args));
  for (const note of real.notes) io.err(`lockstep: ${shown(note)}\n`);
  // No tracking table: lockstep cannot say what is applied, which is not the same as "nothing is".
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
      ...(real.registry ? { registry: real.registry } : {}),
      migrations: entries,
      findings,
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.out(
      `${io.style.bold(`${shown(args.file)}: ${real.tool.name} (${shown(real.tool.tracking.reader?.table ?? "")}${real.registry ? ` of ${shown(real.registry)}` : ""}) against ${shown(real.read.spec.name)}`)}\n`,
    );
    for (const e of entries)
      io.out(`  ${label(e, io)}  ${shown(e.version)}${e.name ? ` ${shown(e.name)}` : ""}\n`);
    const unknown = entries.filter((e) => e.state === "unknown").length;
    io.out(
      `${STATES.map((s) => `${entries.filter((e) => e.state === s).length} ${s}`).join(", ")}${unknown ? `, ${unknown} unknown` : ""}\n`,
    );
    for (const f of findings) io.err(`${renderFindingText(f, io.style)}\n`);
  }
  return ok ? 0 : 1;
}

function label(e: StatusEntry, io: Io): string {
  const text = e.state.padEnd(7);
  if (e.state === "applied") return io.style.dim(text);
  if (e.state === "pending" || e.state === "unknown") return io.style.yellow(text);
  return io.style.red(text);
}
