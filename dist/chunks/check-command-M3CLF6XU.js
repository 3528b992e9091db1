import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  renderComment,
  runCheck
} from "./chunk-ZI7WW7BK.js";
import "./chunk-Q7HCX6YG.js";
import {
  VERSION
} from "./chunk-EEN42PIS.js";
import "./chunk-VP24JB4S.js";
import {
  isEmptyDiff,
  renderDiffText,
  summarizeDiff
} from "./chunk-CDBE52MH.js";
import {
  renderReportText
} from "./chunk-OBRLQUVM.js";
import "./chunk-BAIZEYCI.js";
import "./chunk-CFB4PT5Z.js";
import "./chunk-KRB2KCU3.js";
import "./chunk-SUSQVD54.js";
import "./chunk-PW6FGNTB.js";
import "./chunk-VFAKEDVC.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import "./chunk-XJYJDYYE.js";
import "./chunk-CVUXP45T.js";

// src/cli/check-command.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
async function checkCommand(io, args) {
  const outcome = await runCheck({
    cwd: io.cwd,
    base: args.base,
    configPath: args.config,
    db: args.db,
    down: args.down
  });
  for (const note of outcome.notes) io.err(`lockstep: ${note}
`);
  const { report, base } = outcome;
  const against = `${base.ref} (${base.how})`;
  const markdown = () => renderComment({ report, base: base.ref, version: VERSION });
  const json = () => `${JSON.stringify({ ...report, base: base.ref }, null, 2)}
`;
  write(io, args.jsonOut, json);
  write(io, args.markdownOut, markdown);
  if (args.format === "json") io.out(json());
  else if (args.format === "markdown") io.out(markdown());
  else {
    io.out(`checked HEAD against ${against}

`);
    io.out(renderReportText(report, io.style));
    for (const db of report.databases) {
      if (!db.diff) continue;
      io.out(`
${io.style.bold(`schema diff ${base.ref} \u2192 HEAD (${db.name})`)}
`);
      io.out(
        isEmptyDiff(db.diff) ? `${summarizeDiff(db.diff)}
` : `${renderDiffText(db.diff)}

${summarizeDiff(db.diff)}
`
      );
    }
  }
  return report.ok ? 0 : 1;
}
function write(io, path, text) {
  if (!path) return;
  try {
    writeFileSync(resolve(io.cwd, path), text());
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${path} (${cause.code ?? "error"})`,
      { cause }
    );
  }
}
export {
  checkCommand
};
