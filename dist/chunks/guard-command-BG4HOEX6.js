import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runGuard
} from "./chunk-Q7HCX6YG.js";
import {
  renderFindingText
} from "./chunk-OBRLQUVM.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-CFB4PT5Z.js";
import "./chunk-SUSQVD54.js";
import "./chunk-PW6FGNTB.js";
import "./chunk-VFAKEDVC.js";
import "./chunk-HVSG2UMJ.js";
import "./chunk-XJYJDYYE.js";
import "./chunk-CVUXP45T.js";

// src/cli/guard-command.ts
async function guardCommand(io, args) {
  if (io.env.LOCKSTEP_SKIP === "1") {
    io.err("lockstep: LOCKSTEP_SKIP=1, guard skipped (CI still checks)\n");
    return 0;
  }
  const result = await runGuard({ cwd: io.cwd, base: args.base, configPath: args.config, db: args.db });
  let errors = 0;
  for (const db of result.databases) {
    for (const f of db.findings) io.err(`${renderFindingText(f, io.style)}
`);
    errors += db.findings.filter((f) => f.severity === "error").length;
    if (db.lockStaged) io.err(`lockstep: updated and staged ${db.lockStaged}
`);
  }
  if (errors > 0) {
    const against = result.base ? `applied means in ${result.base.frozenRef === "HEAD" ? "HEAD" : result.base.ref} (${result.base.how})` : "applied means committed in HEAD (no base branch found)";
    io.err(
      `lockstep: commit refused, ${errors} problem${errors === 1 ? "" : "s"} with applied migrations; ${against}. LOCKSTEP_SKIP=1 or git commit --no-verify skips this check; CI still runs it.
`
    );
    return 1;
  }
  return 0;
}
export {
  guardCommand
};
